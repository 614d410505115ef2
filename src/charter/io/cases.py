"""Case documents: one case and its history as JSON, as ``charter status --case`` reads it.

>>> import charter
>>> from charter.io.cases import loads_case
>>> case = loads_case('''{"guarantee": "informative", "received": "2026-12-01T10:00+01:00",
...     "reference": "Q-1", "events": [{"event": "answered", "at": "2026-12-02T09:30+01:00"}]}''')
>>> case.answered
datetime.datetime(2026, 12, 2, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))

Instants carry their offset. Given a *charter*, a local time (``2026-12-01T10:00``) is read
in the charter's zone, and one that its clocks skip or show twice is refused; the
guarantee must be one of the charter's. Every problem is reported at once, each with its
JSON path (``$.events[0].at: ...``), as for charter documents; a key given twice in one
object is refused too. The event kind is the tag of a cattrs tagged union: ``started``
(the event a guarantee counts from, where it is not the receipt), ``suspended`` (with an
optional ``reason``), ``resumed``, ``extended`` (with ``by``, a period, or ``until``, the
date a holding reply gives, and an optional ``reason``) and ``answered``.
:func:`case_schema` is the JSON Schema of the document.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from attrs import frozen
from cattrs import Converter
from cattrs.errors import BaseValidationError
from cattrs.strategies import configure_tagged_union

from charter.calendars.instants import INSTANT_EXAMPLE, parse_instant
from charter.cases.case import Case
from charter.clock.events import Answered, Event, Extended, Resumed, Started, Suspended
from charter.errors import (
    CaseError,
    CharterError,
    CharterValidationError,
    CharterValueError,
    Issue,
    excerpt,
)
from charter.io.converter import DocumentError, issues_of, make_converter
from charter.io.limits import written_path
from charter.model.charter import Charter

__all__ = [
    "EVENT_KINDS",
    "MAX_CASE_BYTES",
    "case_schema",
    "load_case",
    "loads_case",
    "parse_instant",
]

#: The bytes a case document may hold, unless ``max_bytes`` says more.
MAX_CASE_BYTES = 1_000_000
#: The event kinds, as the ``event`` key names them, and their classes.
EVENT_KINDS: dict[str, type[Event]] = {
    "started": Started,
    "suspended": Suspended,
    "resumed": Resumed,
    "extended": Extended,
    "answered": Answered,
}


@frozen(kw_only=True)
class _Document:
    """A case document as written: the case before its history is checked."""

    guarantee: str
    received: datetime
    events: tuple[Event, ...] = ()
    reference: str | None = None


def _converter(timezone: str | None, notes: list[str]) -> Converter:
    converter = make_converter()

    def instant(value: object, _: object) -> datetime:
        if not isinstance(value, str):
            raise DocumentError(f"an instant such as {INSTANT_EXAMPLE}, got {excerpt(value)}")
        found, note = parse_instant(value, timezone)
        if note is not None:
            notes.append(note)
        return found

    converter.register_structure_hook(datetime, instant)
    union = Started | Suspended | Resumed | Extended | Answered
    configure_tagged_union(
        union,
        converter,
        tag_generator=lambda kind: kind.__name__.lower(),
        tag_name="event",
    )
    tagged = converter.get_structure_hook(union)

    def event(value: object, kind: object) -> Event:
        if not isinstance(value, dict):
            raise DocumentError("an event: an object such as {'event': 'answered', 'at': ...}")
        if value.get("event") not in EVENT_KINDS:
            issue = Issue("$.event", f"one of {', '.join(EVENT_KINDS)}")
            raise CharterValidationError([issue])
        found: Event = tagged(value, kind)
        return found

    converter.register_structure_hook(union, event)
    return converter


def loads_case(
    text: str, *, charter: Charter | None = None, notes: list[str] | None = None
) -> Case:
    """Read a case from the JSON *text* of a case document; every problem at once.

    Given a *charter*, its guarantee is checked and local times are read in its zone
    (each with a note appended to *notes*, if given); without, an instant must carry
    its offset.
    """
    if not isinstance(text, str):
        raise CharterValueError(f"expected the document as a string, got {excerpt(text)}")
    return _case(_parse(text, "the case document"), charter, notes)


def load_case(
    path: str | Path,
    *,
    charter: Charter | None = None,
    max_bytes: int = MAX_CASE_BYTES,
    notes: list[str] | None = None,
) -> Case:
    """Read a case from the case document at *path*, as :func:`loads_case` does.

    At most ``max_bytes + 1`` bytes are read, so that a pipe or a device (``/dev/zero``)
    costs the limit, not its length.
    """
    path = Path(path)
    shown = excerpt(str(path))
    try:
        with path.open("rb") as file:
            data = file.read(max_bytes + 1)
    except OSError as error:
        raise _fail("$", f"cannot read {shown}: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise _fail(
            "$",
            f"{shown} has more than {max_bytes:,} bytes, the limit for a case document: "
            "raise it with load_case(..., max_bytes=...)",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _fail("$", f"{shown} is not UTF-8 (byte {error.start})") from None
    return _case(_parse(text, shown), charter, notes)


def _fail(path: str, message: str) -> CharterValidationError:
    return CharterValidationError([Issue(path, message)])


def _parse(text: str, shown: str) -> object:
    reader = _Objects()
    try:
        document = json.loads(text, object_pairs_hook=reader)
    except (ValueError, RecursionError) as error:  # ValueError: JSON too
        reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise _fail("$", f"{shown} is not JSON: {reason}") from None
    if reader.twice:
        raise CharterValidationError(list(_duplicates(document, reader.twice)))
    return document


class _Objects:
    """Builds the objects of a document, remembering the keys each was given twice."""

    def __init__(self) -> None:
        self.twice: dict[int, list[str]] = {}

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        found = dict(pairs)
        if len(found) < len(pairs):
            counts = Counter(key for key, _ in pairs)
            self.twice[id(found)] = [key for key, count in counts.items() if count > 1]
        return found


def _duplicates(document: object, twice: dict[int, list[str]]) -> Iterator[Issue]:
    """Each key given twice in an object of *document*, with its JSON path."""
    stack: list[tuple[object, Any]] = [(document, None)]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            for key in twice.get(id(node), ()):
                yield Issue(written_path((path, key)), "given twice in one object: name it once")
            stack.extend((value, (path, key)) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((value, (path, index)) for index, value in reversed(list(enumerate(node))))


def _case(document: object, charter: Charter | None, notes: list[str] | None) -> Case:
    if not isinstance(document, dict):
        raise _fail("$", "a case is an object with guarantee, received and events")
    if charter is not None and not isinstance(charter, Charter):
        raise CharterValueError(f"expected a Charter, got {excerpt(charter)}")
    found: list[str] = []
    timezone = None if charter is None else charter.timezone
    issues: list[Issue] = []
    guarantee = document.get("guarantee")
    known = None if charter is None else {g.id for g in charter.guarantees}
    if known is not None and isinstance(guarantee, str) and guarantee not in known:
        issues.append(Issue("$.guarantee", f"no guarantee {excerpt(guarantee)} in the charter"))
    try:
        written = _converter(timezone, found).structure(document, _Document)
    except (BaseValidationError, CharterError) as error:
        issues.extend(issues_of(error, each_unknown=True))
        raise CharterValidationError(list(dict.fromkeys(issues))) from None
    if issues:
        raise CharterValidationError(issues)
    try:
        case = Case(
            guarantee=written.guarantee,
            received=written.received,
            events=written.events,
            reference=written.reference,
        )
    except CaseError as error:
        index = getattr(error, "index", None)
        raise _fail("$.events" if index is None else f"$.events[{index}]", str(error)) from None
    except CharterError as error:
        raise _fail("$", str(error)) from None
    if notes is not None:
        notes.extend(found)
    return case


#: An instant as the loader reads it: a supported year, a time to the minute or finer, an
#: offset (``Z``, ``+01:00``) or none (a local time, read in the charter's zone).
_INSTANT_PATTERN = (
    r"^(19[0-9]{2}|2[01][0-9]{2}|2200)-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}"
    r"(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})?$"
)


def case_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of case documents: what :func:`loads_case` reads.

    What a schema cannot say is the loader's alone: that a date exists, that a local time
    exists once in the charter's zone, that the guarantee is the charter's, and that the
    history is in order (docs/cases.md).
    """
    from charter.io.schema import _DATE, _ID, _PERIOD, _text  # noqa: PLC0415 - one pattern each

    instant = {"type": "string", "pattern": _INSTANT_PATTERN}
    fields: dict[str, dict[str, Any]] = {
        "started": {},
        "suspended": {"reason": _text()},
        "resumed": {},
        "extended": {
            "by": {"type": "string", "pattern": _PERIOD},
            "until": {"type": "string", "format": "date", "pattern": _DATE},
            "reason": _text(),
        },
        "answered": {},
    }
    events: list[dict[str, Any]] = [
        {
            "type": "object",
            "properties": {"event": {"const": kind}, "at": instant, **more},
            "required": ["event", "at"],
            "additionalProperties": False,
        }
        for kind, more in fields.items()
    ]
    # An extension by a period or until a date: one of the two.
    extended = events[list(fields).index("extended")]
    extended["oneOf"] = [{"required": ["by"]}, {"required": ["until"]}]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "A case and its history (charter status --case)",
        "type": "object",
        "properties": {
            "guarantee": _ID,
            "received": instant,
            "reference": {"type": ["string", "null"]},
            "events": {"type": "array", "items": {"oneOf": events}},
        },
        "required": ["guarantee", "received"],
        "additionalProperties": False,
    }
