"""Sphinx configuration: ``sphinx-build docs docs/_build`` (extra ``charter[docs]``)."""

from charter import __version__

project = "charter"
release = __version__
extensions = ["myst_parser", "sphinx.ext.autodoc"]
myst_enable_extensions = ["colon_fence"]
#: Every heading of depth 1-3 has an anchor (docs/design.md#working-days cites them too).
myst_heading_anchors = 3
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
