"""The cases a reader builds equal ``Case(...)``'s, and refuse what it refuses, as it does.

The reader checks each value once as it reads it and builds its cases without running
the checks again (charter.cases.case.read_case); these tests hold it to the public
constructors: the same case, or the same message.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from charter import (
    Answered,
    Case,
    CharterError,
    Extended,
    Resumed,
    Suspended,
    read_cases,
)
from charter.clock import Event

NAMES = ("reference", "guarantee", "received", "answered", "suspensions", "extensions")


def public(case: Case) -> Case:
    """*case* built again by the public constructors, every check run."""
    events: list[Event] = []
    for event in case.events:
        if isinstance(event, Suspended):
            events.append(Suspended(at=event.at))
        elif isinstance(event, Resumed):
            events.append(Resumed(at=event.at))
        elif isinstance(event, Extended):
            events.append(Extended(at=event.at, by=str(event.by)))
        else:
            events.append(Answered(at=event.at))
    return Case(
        guarantee=case.guarantee,
        received=case.received,
        events=events,
        reference=case.reference,
    )


def test_read_cases_equal_the_public_constructors() -> None:
    rng = random.Random(7)
    rows = []
    for number in range(3000):
        received = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(500_000))
        later = [received + timedelta(minutes=rng.randrange(1, 40_000)) for _ in range(3)]
        later.sort()
        shape = rng.randrange(4)
        answered = later[2].isoformat() if shape in {0, 2} else ""
        suspensions = f"{later[0].isoformat()}/{later[1].isoformat()}" if shape >= 2 else ""
        extensions = f"{later[1].isoformat()}/10 days" if shape == 1 else ""
        rows.append(
            dict(
                zip(
                    NAMES,
                    (f"R-{number}", "wd", received.isoformat(), answered, suspensions, extensions),
                    strict=True,
                )
            )
        )
    cases = list(read_cases(rows))
    assert len(cases) == 3000
    assert sum(1 for case in cases if len(case.events) >= 2) > 1000
    for case in cases:
        assert public(case) == case


def built(guarantee: str, received: str, answered: str, suspensions: str, extensions: str) -> Case:
    """The case of a row's texts, by the public constructors (as the reader read before)."""
    events: list[Suspended | Resumed | Extended | Answered] = []
    if suspensions:
        start, _, end = suspensions.partition("/")
        events.append(Suspended(at=datetime.fromisoformat(start)))
        if end:
            events.append(Resumed(at=datetime.fromisoformat(end)))
    if extensions:
        at, _, by = extensions.partition("/")
        events.append(Extended(at=datetime.fromisoformat(at), by=by))
    if answered:
        events.append(Answered(at=datetime.fromisoformat(answered)))
    events.sort(key=lambda event: event.at.timestamp())
    return Case(
        guarantee=guarantee,
        received=datetime.fromisoformat(received),
        events=events,
        reference="R-1",
    )


BAD_ROWS = [
    # guarantee not an id
    ("Not An Id", "2026-01-05T10:00+01:00", "", "", ""),
    # received outside the supported years
    ("wd", "2300-01-05T10:00+01:00", "", "", ""),
    ("wd", "1800-01-05T10:00+01:00", "", "", ""),
    # an event outside them
    ("wd", "2026-01-05T10:00+01:00", "2301-01-05T10:00+01:00", "", ""),
    ("wd", "2026-01-05T10:00+01:00", "", "1899-01-05T10:00+01:00/", ""),
    ("wd", "2026-01-05T10:00+01:00", "", "", "2301-01-05T10:00+01:00/2 days"),
    # a history that cannot be
    ("wd", "2026-01-05T10:00+01:00", "2026-01-04T10:00+01:00", "", ""),
    ("wd", "2026-01-05T10:00+01:00", "2026-01-06T10:00+01:00", "2026-01-07T10:00+01:00/", ""),
    # a bad period, then a bad id (the event's check comes first, as in Case(...))
    ("Bad", "2026-01-05T10:00+01:00", "", "", "2026-01-06T10:00+01:00/2 fortnights"),
    ("Bad", "2300-01-05T10:00+01:00", "", "", ""),
]


@pytest.mark.parametrize(
    ("guarantee", "received", "answered", "suspensions", "extensions"), BAD_ROWS
)
def test_a_row_is_refused_with_the_public_constructors_message(
    guarantee: str, received: str, answered: str, suspensions: str, extensions: str
) -> None:
    row = dict(
        zip(NAMES, ("R-1", guarantee, received, answered, suspensions, extensions), strict=True)
    )
    reader = read_cases([row])
    assert list(reader) == []
    (problem,) = reader.skipped.problems
    with pytest.raises(CharterError) as raised:
        built(guarantee, received, answered, suspensions, extensions)
    assert problem.message == str(raised.value)
