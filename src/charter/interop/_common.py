"""What the JSON-LD writers share: localised texts as language-tagged values, durations."""

from __future__ import annotations

from typing import Any

from charter.clock.periods import Period, Unit
from charter.text import LocalizedText

__all__ = ["JsonLd", "iso_duration", "tagged"]

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
