"""Opening hours: the model, its evaluation on real instants, the OpenStreetMap syntax.

- :mod:`~charter.hours.ranges`: :class:`TimeRange` and :class:`WeeklySchedule`, wall-clock
  hours before any date or zone;
- :mod:`~charter.hours.model`: :class:`OpeningHours` and its parts (:class:`Season`,
  :class:`SpecialHours`, :class:`ExtraHours`, :class:`CloseEarly`, :class:`MonthDay`), the
  structured form that compiles to rules;
- :mod:`~charter.hours.rules`: the ordered OSM :class:`Rule` list and the state of each
  minute of a local day (``RuleSet``), as OpenStreetMap reads it;
- :mod:`~charter.hours.evaluate`: those days on real instants, DST gaps and folds
  (``HoursEvaluator``);
- :mod:`~charter.hours.osm`: reading and writing ``opening_hours`` text, exactly or not
  at all; its grammar is :mod:`~charter.hours._osm_syntax`, and :mod:`~charter.hours._lift`
  finds the structured form of a value where it has one.
"""

from charter.hours.model import (
    CloseEarly,
    ExtraHours,
    MonthDay,
    OpeningHours,
    Season,
    SpecialHours,
)
from charter.hours.ranges import TimeRange, WeeklySchedule
from charter.hours.rules import Rule, State

__all__ = [
    "CloseEarly",
    "ExtraHours",
    "MonthDay",
    "OpeningHours",
    "Rule",
    "Season",
    "SpecialHours",
    "State",
    "TimeRange",
    "WeeklySchedule",
]
