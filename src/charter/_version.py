"""The version of charter, in one place (read by hatchling and by ``charter.__version__``)."""

#: The version of charter (PEP 440), as its package metadata states it.
__version__ = "0.1.0.dev0"
