"""Example charters bundled with the library (package data).

- ``federal``: a fictitious Belgian federal public service, in Dutch, French, German and
  English, modelled on real federal charters (the default);
- ``commune``: a fictitious Brussels municipality, in the same four languages, with what
  the federal one lacks: periods of one, days two by two and dates in lists, an
  appointment-only counter run with a partner, every payment method, reachability in
  seconds, a website per language;
- ``municipal``: a small municipal charter written in TOML, in Dutch only;
- ``city``: a Flemish city, in Dutch, whose counters close on Thursday and see people by
  appointment until 19:00 and every other Saturday, close at noon on 24 and 31 December,
  and handle complaints as the Flemish complaints decree says (acknowledged within 10
  days, handled within 45, one extension);
- ``allowances``: a Walloon public family-allowance fund, in French, whose promises are
  those of the Charter of the socially insured (law of 11 April 1995: information within
  45 days, a decision within four months, payment within four months of its
  notification), with targets per quarter and per year and a dated holding reply;
- ``ostbelgien``: the family-allowance department of a ministry of the German-speaking
  Community, in German and French, under the same law, with Carnival Monday and the
  Community's day off, a holding reply with a date for letters and reachability metrics.

The last three cite their sources (``Charter.sources``); their organisations, addresses and
numbers are fictitious (``example.be``), their periods those of the texts they cite.

>>> from charter import examples
>>> examples.names()
['allowances', 'city', 'commune', 'federal', 'municipal', 'ostbelgien']
>>> examples.load().organisation.name["en"]
'FPS Example Affairs'
"""

from __future__ import annotations

from importlib import resources
from typing import Literal

from charter.errors import UnknownExampleError
from charter.model.charter import Charter

__all__ = ["DEFAULT", "document_format", "load", "names", "text"]

#: The example used when none is named.
DEFAULT = "federal"
_FILES = {
    "federal": "federal.json",
    "commune": "commune.json",
    "municipal": "municipal.toml",
    "allowances": "allowances.json",
    "city": "city.json",
    "ostbelgien": "ostbelgien.json",
}


def names() -> list[str]:
    """The names of the bundled examples."""
    return sorted(_FILES)


def _file(name: str | None) -> str:
    key = DEFAULT if name is None else name
    if key not in _FILES:
        raise UnknownExampleError.for_name(key, _FILES)
    return _FILES[key]


def text(name: str | None = None) -> str:
    """The document of example *name* (``None``: the default), as written."""
    return resources.files(__name__).joinpath(_file(name)).read_text(encoding="utf-8")


def document_format(name: str | None = None) -> Literal["json", "toml"]:
    """The format example *name* is written in: ``"json"`` or ``"toml"``."""
    return "json" if _file(name).endswith(".json") else "toml"


def load(name: str | None = None) -> Charter:
    """The charter of example *name* (``None``: the default)."""
    from charter.io import loads  # noqa: PLC0415 - the document machinery, on use

    return loads(text(name), format=document_format(name))
