"""Periods, counting rules, and the deadline calculator with its explanation (docs/design.md).

- :mod:`~charter.clock.periods`: :class:`Period` and its :class:`Unit`;
- :mod:`~charter.clock.rules`: :class:`CountingRule`, its switches and the legal presets;
- :mod:`~charter.clock.events`: a case's events (:class:`Started`, :class:`Suspended`,
  :class:`Resumed`, :class:`Extended`, :class:`Answered`) and the :class:`Start` events a
  period may count from;
- :mod:`~charter.clock.deadline`: :func:`deadline` and :class:`Deadline`;
- :mod:`~charter.clock.backward`: :func:`deadline_before`, periods counted back;
- :mod:`~charter.clock.service`: service hours, time counted while a channel is open;
- :mod:`~charter.clock.steps`: the typed steps that explain a deadline.
"""

from charter.clock import steps
from charter.clock.backward import deadline_before
from charter.clock.deadline import Deadline, deadline
from charter.clock.events import Answered, Event, Extended, Resumed, Start, Started, Suspended
from charter.clock.periods import Period, Unit
from charter.clock.rules import (
    BE_JUDICIAL_CODE,
    EU_1182_71,
    SERVICE_STANDARD,
    CountingRule,
    DaysOff,
    EndOfPeriod,
    ExtensionBase,
    MonthEnd,
    Notification,
)

__all__ = [
    "BE_JUDICIAL_CODE",
    "EU_1182_71",
    "SERVICE_STANDARD",
    "Answered",
    "CountingRule",
    "DaysOff",
    "Deadline",
    "EndOfPeriod",
    "Event",
    "Extended",
    "ExtensionBase",
    "MonthEnd",
    "Notification",
    "Period",
    "Resumed",
    "Start",
    "Started",
    "Suspended",
    "Unit",
    "deadline",
    "deadline_before",
    "steps",
]
