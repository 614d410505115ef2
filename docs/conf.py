"""Sphinx configuration: ``sphinx-build -W -n docs docs/_build`` (extra ``charter[docs]``)."""

import sys
from pathlib import Path

from charter import __version__

# The project's own extensions (docs/_ext): what the API reference needs beyond autodoc
# and napoleon (charter_api), and the document reference rendered from the JSON Schema.
sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "charter"
release = __version__
extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "charter_api",
    "charter_document_reference",
]
myst_enable_extensions = ["colon_fence"]
#: Every heading of depth 1-3 has an anchor (docs/design.md#working-days cites them too).
myst_heading_anchors = 3
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"

# -- API reference (docs/api.md) ---------------------------------------------------------

# Docstrings are Google style (ruff's pydocstyle convention "google").
napoleon_google_docstring = True
napoleon_numpy_docstring = False
# An attrs class's fields are listed as its attributes (with their types) already; its
# "Attributes:" section is read as descriptions of those, not as a second set of targets.
napoleon_use_ivar = True
# Types go beside each parameter, not into long signatures.
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_member_order = "bysource"
# Every name of a public __all__ is shown, documented or not (tests/test_docs_reference.py
# checks that every public module is on the page).
autodoc_default_options = {"undoc-members": True, "show-inheritance": True}

# -- Nitpicky references (-n) ------------------------------------------------------------

# CI has no network but to package registries, so there is no intersphinx inventory for
# Python's or the third-party libraries' docs. References to their names cannot resolve;
# they are ignored by module here, so that every reference to charter's own names must
# resolve (docs/_ext/charter_api.py finds them by any of their paths).
nitpick_ignore_regex = [
    # The standard library's modules, and the builtins (str, int, ...), by name.
    (
        r"py:.*",
        (
            r"(abc|collections|collections\.abc|csv|datetime|decimal|enum|fractions|io|os"
            r"|pathlib|re|types|typing|typing_extensions|zoneinfo)(\..*)?"
        ),
    ),
    (
        r"py:.*",
        (
            r"(bool|bytes|dict|float|frozenset|int|list|object|set|str|tuple|type|None|Ellipsis"
            r"|NotImplemented|Exception|ValueError|TypeError|KeyError|LookupError|OSError"
            r"|DeprecationWarning|Path|ZoneInfo|Fraction|Decimal|Enum|IntEnum|Iterable|Iterator"
            r"|Mapping|Sequence|Callable|Any|Self|datetime|date|time|timedelta|tzinfo)"
        ),
    ),
    # Third-party libraries: attrs, cattrs, babel, dateutil, holidays.
    (r"py:.*", r"(attr|attrs|cattrs|babel|dateutil|holidays)(\..*)?"),
    # NumPy, by the names the batch path's annotations give it; DateArray is their alias
    # for an array of datetime64 days (charter.calendars.batch), known to type checkers only.
    (r"py:.*", r"(np|npt|numpy)(\..*)?|DateArray"),
]
