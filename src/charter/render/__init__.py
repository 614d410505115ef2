"""Charters in people's words: Dutch, French, German and English (Babel and gettext).

Only this package imports Babel; ``import charter`` does not load it.
"""

from charter.render.deadlines import DeadlineText, describe_deadline, describe_period
from charter.render.hours import describe_hours
from charter.render.messages import Messages

__all__ = ["DeadlineText", "Messages", "describe_deadline", "describe_hours", "describe_period"]
