"""Charters in people's words: Dutch, French, German and English (Babel and gettext).

Only this package imports Babel; ``import charter`` does not load it.
"""

from charter.language.deadlines import DeadlineText, describe_deadline, describe_period
from charter.language.document import render
from charter.language.hours import describe_hours
from charter.language.messages import Messages

__all__ = [
    "DeadlineText",
    "Messages",
    "describe_deadline",
    "describe_hours",
    "describe_period",
    "render",
]
