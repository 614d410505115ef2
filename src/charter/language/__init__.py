"""Charters in people's words: Dutch, French, German and English (Babel and gettext).

Only this package imports Babel; ``import charter`` does not load it. Each name loads its
module on first use, so that the command's English lines (``charter.language.english``)
do not load the document writers too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from charter._lazy import lazy_names

if TYPE_CHECKING:
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

#: Where each name lives.
_WHERE = {
    "DeadlineText": "deadlines",
    "describe_deadline": "deadlines",
    "describe_period": "deadlines",
    "render": "document",
    "describe_hours": "hours",
    "Messages": "messages",
}


__getattr__, __dir__ = lazy_names(__name__, _WHERE)
