"""Opening hours: the model, its evaluation on real instants, the OpenStreetMap syntax."""

from charter.hours.model import MonthDay, OpeningHours, Season, SpecialHours
from charter.hours.ranges import TimeRange, WeeklySchedule
from charter.hours.rules import Rule, State

__all__ = [
    "MonthDay",
    "OpeningHours",
    "Rule",
    "Season",
    "SpecialHours",
    "State",
    "TimeRange",
    "WeeklySchedule",
]
