"""Periods: an amount and a unit, written as people and ISO 8601 write them.

>>> Period.parse("5 working days")
Period(5, Unit.WORKING_DAYS)
>>> str(Period.parse("P1M"))
'1 month'
>>> Period.parse("PT4H") == Period(4, Unit.HOURS)
True
>>> Period("1 month 15 days") == Period.parse("P1M15D")
True
>>> Period("P1M15D").parts
((1, <Unit.MONTHS: 'months'>), (15, <Unit.DAYS: 'days'>))
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Self

from attrs import field, frozen

from charter.errors import CharterTypeError, PeriodError, excerpt

__all__ = ["CALENDAR_UNITS", "Period", "Unit", "to_period"]


class Unit(Enum):
    """The unit of a period. Day-based units count local calendar days."""

    # Members are singletons compared by identity: hash them so too (Enum's own __hash__
    # runs Python code; units key the tables the calculators look up per case).
    __hash__ = object.__hash__

    MINUTES = "minutes"
    HOURS = "hours"
    SERVICE_HOURS = "service hours"
    """Hours counted only while a schedule (an ``OpeningHours``) is open."""
    DAYS = "days"
    WORKING_DAYS = "working days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"

    @property
    def is_time(self) -> bool:
        """Whether the unit measures elapsed time (minutes, hours, service hours)."""
        return self in (Unit.MINUTES, Unit.HOURS, Unit.SERVICE_HOURS)

    @property
    def singular(self) -> str:
        """The unit's English name for an amount of one."""
        return self.value.removesuffix("s")


_WORDS = {unit.value: unit for unit in Unit} | {unit.singular: unit for unit in Unit}
_WORDS |= {"workdays": Unit.WORKING_DAYS, "workday": Unit.WORKING_DAYS}
_TEXT = re.compile(r"\s*(\d{1,9})\s+([a-z ]+?)\s*", re.ASCII)
#: A compound period's parts in words: "1 month 15 days" (years, months, weeks, days).
_CALENDAR_WORDS = "years?|months?|weeks?|days?"
_COMPOUND = re.compile(
    rf"\s*\d{{1,9}}\s+(?:{_CALENDAR_WORDS})(?:\s+\d{{1,9}}\s+(?:{_CALENDAR_WORDS}))+\s*", re.ASCII
)
_PART = re.compile(rf"(\d{{1,9}})\s+({_CALENDAR_WORDS})", re.ASCII)
_ISO = re.compile(
    r"P(?:(\d{1,9})Y)?(?:(\d{1,9})M)?(?:(\d{1,9})W)?(?:(\d{1,9})D)?|PT(\d{1,9})([HM])", re.ASCII
)
_ISO_DATE_UNITS = (Unit.YEARS, Unit.MONTHS, Unit.WEEKS, Unit.DAYS)
_ISO_TIME_UNITS = {"H": Unit.HOURS, "M": Unit.MINUTES}
_ISO_LETTERS = {Unit.YEARS: "Y", Unit.MONTHS: "M", Unit.WEEKS: "W", Unit.DAYS: "D"}
#: The units a compound period combines, largest first (Regulation 1182/71 art. 3(2)(d)).
CALENDAR_UNITS = _ISO_DATE_UNITS

#: A period's parts: (amount, unit), largest unit first.
Parts = tuple[tuple[int, Unit], ...]


def _amount(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CharterTypeError.expected("a whole number as the amount of a period", value)
    if value <= 0:
        raise PeriodError(f"a period must be positive, got {value}")
    return value


def _unit(value: Unit) -> Unit:
    if not isinstance(value, Unit):
        raise CharterTypeError.expected("a Unit such as Unit.WORKING_DAYS", value)
    return value


def _parts(value: Parts) -> Parts:
    parts = tuple((_amount(amount), _unit(unit)) for amount, unit in value)
    if len(parts) > 1:
        units = [unit for _, unit in parts]
        order = [CALENDAR_UNITS.index(u) if u in CALENDAR_UNITS else -1 for u in units]
        if -1 in order:
            raise PeriodError(
                f"{_words(parts)}: a compound period combines years, months, weeks and days "
                "only (write working days, hours or service hours alone)"
            )
        if order != sorted(set(order)):
            raise PeriodError(
                f"{_words(parts)}: write each unit once, the larger first "
                "(such as '1 month 15 days')"
            )
    return parts


def _words(parts: Parts) -> str:
    return " ".join(
        f"{amount} {unit.singular if amount == 1 else unit.value}" for amount, unit in parts
    )


@frozen(init=False, repr=False)
class Period:
    """A positive whole amount of a :class:`Unit`: ``Period(5, Unit.WORKING_DAYS)``.

    A **compound** period adds several calendar units, largest first:
    ``Period("1 month 15 days")`` (Regulation 1182/71 art. 3(2)(d)); it counts its
    months (and years) first, then its weeks and days (docs/deadlines.md#compound-periods).
    It has ``parts`` but no single ``amount`` or ``unit``: asking for them raises
    ``PeriodError`` rather than answer for one part.
    """

    parts: Parts = field(converter=_parts)
    #: ``(amount, unit)`` of a period of one unit; None for a compound period.
    single: tuple[int, Unit] | None = field(eq=False, hash=False)

    def __init__(self, amount: int | str, unit: Unit | None = None) -> None:
        if isinstance(amount, str) and unit is None:
            parts = Period.parse(amount).parts
        else:
            parts = _parts(((amount, unit),))  # type: ignore[arg-type]
        if not parts:
            raise PeriodError("a period needs at least one part")
        self.__attrs_init__(parts, parts[0] if len(parts) == 1 else None)

    @classmethod
    def of(cls, *parts: tuple[int, Unit]) -> Self:
        """A period of *parts*: ``Period.of((1, Unit.MONTHS), (15, Unit.DAYS))``."""
        checked = _parts(parts)
        if not checked:
            raise PeriodError("a period needs at least one part")
        period = cls.__new__(cls)
        period.__attrs_init__(checked, checked[0] if len(checked) == 1 else None)
        return period

    @property
    def is_compound(self) -> bool:
        """Whether the period has several parts (``1 month 15 days``)."""
        return self.single is None

    @property
    def amount(self) -> int:
        """The amount of a period of one unit; a compound period raises ``PeriodError``."""
        single = self.single
        if single is None:
            raise self._compound_error("amount")
        return single[0]

    @property
    def unit(self) -> Unit:
        """The unit of a period of one unit; a compound period raises ``PeriodError``."""
        single = self.single
        if single is None:
            raise self._compound_error("unit")
        return single[1]

    @property
    def is_time(self) -> bool:
        """Whether the period measures elapsed time (minutes, hours, service hours)."""
        return self.parts[0][1].is_time

    @property
    def smallest_unit(self) -> Unit:
        """The unit of the last (smallest) part: what the period is measured to."""
        return self.parts[-1][1]

    def _compound_error(self, what: str) -> PeriodError:
        return PeriodError(f"{self} is a compound period: it has parts, not one {what}")

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read ``"5 working days"``, ``"1 month"``, ``"1 month 15 days"`` or ISO ``"P1M"``."""
        if not isinstance(text, str):
            raise CharterTypeError.expected("a period such as '5 working days' or 'P1M'", text)
        if text.startswith("P"):
            return cls._parse_iso(text)
        lower = text.lower() if text.isascii() else ""
        if _COMPOUND.fullmatch(lower):
            return cls.of(*((int(n), _WORDS[word]) for n, word in _PART.findall(lower)))
        match = _TEXT.fullmatch(lower) if lower else None
        unit = _WORDS.get(" ".join(match[2].split())) if match else None
        if match is None or unit is None:
            raise PeriodError(
                f"{excerpt(text)} is not a period: write an amount and a unit, such as "
                "'5 working days', '1 month', '1 month 15 days', '4 service hours', or "
                "ISO 8601 such as 'P1M'"
            )
        return cls.of((int(match[1]), unit))

    @classmethod
    def _parse_iso(cls, text: str) -> Self:
        match = _ISO.fullmatch(text)
        if match is None or match.group(0) == "P":
            raise PeriodError(
                f"{excerpt(text)} is not an ISO 8601 period such as 'P5D', 'P2W', 'P1M', "
                "'P1M15D' or 'PT4H' (working days have no ISO 8601 form: write "
                "'5 working days')"
            )
        if match[5] is not None:
            return cls.of((int(match[5]), _ISO_TIME_UNITS[match[6]]))
        found = [
            (int(amount), unit)
            for amount, unit in zip(match.groups()[:4], _ISO_DATE_UNITS, strict=True)
            if amount is not None
        ]
        return cls.of(*found)

    def iso(self) -> str:
        """The ISO 8601 form (``P1M``, ``P1M15D``); working days and service hours have none."""
        if all(unit in _ISO_LETTERS for _, unit in self.parts):
            return "P" + "".join(f"{amount}{_ISO_LETTERS[unit]}" for amount, unit in self.parts)
        amount, unit = self.parts[0]
        if unit is Unit.HOURS:
            return f"PT{amount}H"
        if unit is Unit.MINUTES:
            return f"PT{amount}M"
        raise PeriodError(f"{self} has no ISO 8601 form; write it as {str(self)!r}")

    def __str__(self) -> str:
        return _words(self.parts)

    def __repr__(self) -> str:
        if self.single is not None:
            return f"Period({self.single[0]}, Unit.{self.single[1].name})"
        return f"Period({str(self)!r})"


def to_period(value: Period | str) -> Period:
    """*value* as a ``Period``: a ``Period`` itself, or its text (``"5 working days"``)."""
    if isinstance(value, Period):
        return value
    if isinstance(value, str):
        return Period.parse(value)
    raise CharterTypeError.expected("a Period or a period such as '5 working days'", value)
