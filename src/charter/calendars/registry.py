"""Holiday calendars by id, for documents and the command line.

Ids:

- ``be-legal``, ``be-federal``, ``be-flemish``, ``be-french``, ``be-german-speaking``,
  ``be-brussels``, ``be-walloon``: the Belgian calendars of
  :mod:`charter.calendars.belgium`;
- ``eu-institutions-brussels``, ``eu-institutions-luxembourg``: the EU institutions'
  public holidays of :mod:`charter.calendars.eu` (published years only);
- ``holidays:CC`` or ``holidays:CC-SUB``: country ``CC`` (and subdivision ``SUB``) from the
  ``holidays`` package (extra ``charter[holidays]``), for example ``holidays:DE-BY``;
- several ids joined by ``+`` give their union: ``be-legal+be-flemish``.

>>> calendar_by_id("be-legal+be-flemish").name(__import__("datetime").date(2027, 7, 11))
'Flemish Community Day'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from charter.calendars import belgium, eu
from charter.calendars.adapters import CountryHolidays
from charter.calendars.base import HolidayCalendar
from charter.calendars.rules import RuleCalendar, union
from charter.errors import CharterError, UnknownCalendarError, excerpt

__all__ = ["BUILT_IN", "calendar_by_id"]

#: The calendars that ship with charter, by id.
BUILT_IN: Mapping[str, RuleCalendar | eu.PublishedCalendar] = MappingProxyType(
    {
        "be-legal": belgium.LEGAL,
        "be-federal": belgium.FEDERAL_ADMINISTRATION,
        "be-flemish": belgium.FLEMISH_COMMUNITY,
        "be-french": belgium.FRENCH_COMMUNITY,
        "be-german-speaking": belgium.GERMAN_SPEAKING_COMMUNITY,
        "be-brussels": belgium.BRUSSELS_REGION,
        "be-walloon": belgium.WALLOON_REGION,
        "eu-institutions-brussels": eu.INSTITUTIONS_BRUSSELS,
        "eu-institutions-luxembourg": eu.INSTITUTIONS_LUXEMBOURG,
    }
)

_PACKAGE_PREFIX = "holidays:"


def _one(calendar_id: str) -> HolidayCalendar:
    found = BUILT_IN.get(calendar_id)
    if found is not None:
        return found
    if calendar_id.startswith(_PACKAGE_PREFIX):
        country, _, subdiv = calendar_id.removeprefix(_PACKAGE_PREFIX).partition("-")
        try:
            return CountryHolidays(country=country, subdiv=subdiv or None)
        except CharterError as error:
            raise UnknownCalendarError(
                f"unknown calendar {excerpt(calendar_id)}: {error}"
            ) from None
    raise UnknownCalendarError.for_id(calendar_id, [*BUILT_IN, "holidays:CC[-SUBDIVISION]"])


def calendar_by_id(calendar_id: str) -> HolidayCalendar:
    """The holiday calendar named by *calendar_id* (see the module's documentation)."""
    if not isinstance(calendar_id, str) or not calendar_id:
        raise UnknownCalendarError(
            f"unknown calendar {excerpt(calendar_id)}: expected an id such as 'be-legal'"
        )
    parts = [_one(part.strip()) for part in calendar_id.split("+")]
    return union(*parts)
