"""Sphinx configuration: ``sphinx-build docs docs/_build`` (extra ``charter[docs]``)."""

from charter import __version__

project = "charter"
release = __version__
extensions = ["myst_parser", "sphinx.ext.autodoc"]
myst_enable_extensions = ["colon_fence"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
