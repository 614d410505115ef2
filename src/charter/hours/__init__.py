"""Opening hours: the model, its evaluation on real instants, the OpenStreetMap syntax."""

from charter.hours.model import MonthDay, OpeningHours, Season, SpecialHours
from charter.hours.ranges import TimeRange, WeeklySchedule

__all__ = ["MonthDay", "OpeningHours", "Season", "SpecialHours", "TimeRange", "WeeklySchedule"]
