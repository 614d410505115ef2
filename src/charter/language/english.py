"""Plain English for the command: dates and instants (Babel's names), amounts, names.

The citizen's words in every language are :mod:`charter.language.deadlines`' and the
catalogues'; these are the working English of the command's text output and of
:func:`charter.language.steps.explain_step`.

>>> from datetime import datetime, timedelta
>>> from zoneinfo import ZoneInfo
>>> moment_text(datetime(2027, 1, 5, 11, tzinfo=ZoneInfo("UTC")), ZoneInfo("Europe/Brussels"))
'Tuesday 5 January 2027 at 12:00'
>>> duration_text(timedelta(hours=2, minutes=30)), plural(1, "day")
('2 hours 30 minutes', '1 day')
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from charter.language.messages import Messages

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from charter.text import LocalizedText

__all__ = ["day_text", "duration_text", "english", "moment_text", "plural"]


def english(text: LocalizedText | None) -> str:
    """*text* in English, or the best language it has; ``""`` for None."""
    return "" if text is None else text.best("en")


def day_text(d: date) -> str:
    """*d* in English: ``Tuesday 5 January 2027``."""
    return Messages("en_BE").full_date(d)


def moment_text(t: datetime, zone: ZoneInfo) -> str:
    """*t* in *zone*, in English: ``Tuesday 5 January 2027 at 12:00``."""
    local = t.astimezone(zone)
    return f"{day_text(local.date())} at {local:%H:%M}"


def plural(n: int, word: str) -> str:
    """``1 day``, ``2 days``, ``1,200 cases``."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def duration_text(value: timedelta) -> str:
    """*value* in hours and minutes: ``2 hours 30 minutes``."""
    minutes = round(value.total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    parts = [plural(hours, "hour")] if hours else []
    if minutes or not parts:
        parts.append(plural(minutes, "minute"))
    return " ".join(parts)
