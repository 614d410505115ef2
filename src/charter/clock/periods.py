"""Periods: an amount and a unit, written as people and ISO 8601 write them.

>>> Period.parse("5 working days")
Period(5, Unit.WORKING_DAYS)
>>> str(Period.parse("P1M"))
'1 month'
>>> Period.parse("PT4H") == Period(4, Unit.HOURS)
True
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Self

from attrs import field, frozen

from charter.errors import CharterTypeError, PeriodError, excerpt

__all__ = ["Period", "Unit", "to_period"]


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
_ISO = re.compile(r"P(?:(\d{1,9})([YMWD]))?(?:T(\d{1,9})([HM]))?", re.ASCII)
_ISO_DATE_UNITS = {"Y": Unit.YEARS, "M": Unit.MONTHS, "W": Unit.WEEKS, "D": Unit.DAYS}
_ISO_TIME_UNITS = {"H": Unit.HOURS, "M": Unit.MINUTES}
_ISO_LETTERS = {Unit.YEARS: "Y", Unit.MONTHS: "M", Unit.WEEKS: "W", Unit.DAYS: "D"}


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


@frozen(repr=False)
class Period:
    """A positive whole amount of a :class:`Unit`: ``Period(5, Unit.WORKING_DAYS)``."""

    amount: int = field(converter=_amount)
    unit: Unit = field(converter=_unit)

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read ``"5 working days"``, ``"1 month"``, ``"4 service hours"`` or ISO ``"P1M"``."""
        if not isinstance(text, str):
            raise CharterTypeError.expected("a period such as '5 working days' or 'P1M'", text)
        if text.startswith("P"):
            return cls._parse_iso(text)
        match = _TEXT.fullmatch(text.lower()) if text.isascii() else None
        unit = _WORDS.get(" ".join(match[2].split())) if match else None
        if match is None or unit is None:
            raise PeriodError(
                f"{excerpt(text)} is not a period: write an amount and a unit, such as "
                "'5 working days', '1 month', '4 service hours', or ISO 8601 such as 'P1M'"
            )
        return cls(int(match[1]), unit)

    @classmethod
    def _parse_iso(cls, text: str) -> Self:
        match = _ISO.fullmatch(text)
        if match is None or (match[1] is None) == (match[3] is None):
            raise PeriodError(
                f"{excerpt(text)} is not an ISO 8601 period of one unit such as 'P5D', 'P2W', "
                "'P1M' or 'PT4H' (working days have no ISO 8601 form: write '5 working days')"
            )
        if match[1] is not None:
            return cls(int(match[1]), _ISO_DATE_UNITS[match[2]])
        return cls(int(match[3]), _ISO_TIME_UNITS[match[4]])

    def iso(self) -> str:
        """The ISO 8601 form (``P1M``); working days and service hours have none."""
        if self.unit in _ISO_LETTERS:
            return f"P{self.amount}{_ISO_LETTERS[self.unit]}"
        if self.unit is Unit.HOURS:
            return f"PT{self.amount}H"
        if self.unit is Unit.MINUTES:
            return f"PT{self.amount}M"
        raise PeriodError(f"{self} has no ISO 8601 form; write it as {str(self)!r}")

    def __str__(self) -> str:
        return f"{self.amount} {self.unit.singular if self.amount == 1 else self.unit.value}"

    def __repr__(self) -> str:
        return f"Period({self.amount}, Unit.{self.unit.name})"


def to_period(value: Period | str) -> Period:
    """*value* as a ``Period``: a ``Period`` itself, or its text (``"5 working days"``)."""
    if isinstance(value, Period):
        return value
    if isinstance(value, str):
        return Period.parse(value)
    raise CharterTypeError.expected("a Period or a period such as '5 working days'", value)
