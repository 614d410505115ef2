"""What the writers share: localised texts as language-tagged values, durations, windows."""

from __future__ import annotations

from datetime import date
from typing import Any

from charter.clock.periods import Period, Unit
from charter.errors import InteropError, Issue
from charter.text import LocalizedText

__all__ = ["MAX_DAYS", "JsonLd", "check_window", "iso_duration", "tagged"]

#: The most days a window of dated days may span: three years.
MAX_DAYS = 3 * 366

#: A JSON-LD node or document, as plain data.
JsonLd = dict[str, Any]

#: The units an ISO 8601 duration says exactly (working days and service hours it cannot).
_CALENDAR_UNITS = frozenset({Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS})


def iso_duration(period: Period) -> str | None:
    """*period* as an ISO 8601 duration (``P30D``, ``P1M``), or None where it has none."""
    if all(unit in _CALENDAR_UNITS for _, unit in period.parts):
        return period.iso()
    return None


def tagged(text: LocalizedText) -> list[JsonLd]:
    """*text* as JSON-LD values, one per language: ``{"@value": ..., "@language": "nl"}``."""
    return [{"@value": text[language], "@language": language} for language in text.languages]


def check_window(start: date, end: date) -> None:
    """Refuse a window of dates that ends before it starts, or spans three years or more."""
    if end < start or (end - start).days >= MAX_DAYS:
        message = f"from {start} to {end}: the end must not be before the start, nor 3 years on"
        raise InteropError([Issue("$", message)])
