"""The version of charter, in one place (read by hatchling and by ``charter.__version__``)."""

__version__ = "0.1.0.dev0"
