"""Every public ``timezone=`` takes an IANA name or a ``zoneinfo.ZoneInfo`` built from one.

The places, found by grepping the signatures under src/charter (``timezone:`` in a ``def``
or an attrs field of a public class): ``WorkingCalendar(timezone=)``,
``OpeningHours(timezone=)``, ``OpeningHours.always(timezone=)``,
``OpeningHours.from_osm(timezone=)``, ``charter.hours.osm.parse_osm(timezone=)``,
``Charter(timezone=)``, ``CalendarSpec.build(timezone)``, ``read_cases(timezone=)``,
``read_calls(timezone=)`` (and the readers they build, ``CaseReader``, ``CallReader``).
"""

import inspect
import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import charter
from charter import (
    CalendarSpec,
    Charter,
    OpeningHours,
    Organisation,
    UnknownTimezoneError,
    WorkingCalendar,
    belgium,
    read_calls,
    read_cases,
)
from charter.cases import CallReader, CaseReader
from charter.hours.osm import parse_osm

BRUSSELS = "Europe/Brussels"
FORMS = "an IANA name such as 'Europe/Brussels' or a zoneinfo.ZoneInfo built from one"
CASES_CSV = "guarantee,received\nwd,2026-03-02 10:00\nwd,2026-03-29T02:30\n"
CALLS_CSV = "channel,waited,answered,at\nphone,12,yes,2026-03-02 09:01\n"
SPEC = CalendarSpec(id="office", holidays="be-federal")
MONDAY = charter.Weekday.MONDAY


def _cases(zone: Any) -> object:
    return [(c.guarantee, c.received) for c in read_cases(io.StringIO(CASES_CSV), timezone=zone)]


def _calls(zone: Any) -> object:
    return [(c.channel, c.at) for c in read_calls(io.StringIO(CALLS_CSV), timezone=zone)]


#: Each public ``timezone=``, and what it gives for a zone (compared as the same answer).
PLACES: dict[str, Callable[[Any], object]] = {
    "WorkingCalendar": lambda zone: WorkingCalendar(holidays=belgium.LEGAL, timezone=zone),
    "OpeningHours": lambda zone: OpeningHours(
        timezone=zone, weekly={charter.Weekday.MONDAY: "09:00-12:00"}
    ),
    "OpeningHours.always": lambda zone: OpeningHours.always(timezone=zone),
    "OpeningHours.from_osm": lambda zone: OpeningHours.from_osm(
        "Mo-Fr 09:00-12:00; PH off", timezone=zone, holidays=belgium.LEGAL
    ),
    "parse_osm": lambda zone: parse_osm("Mo-Fr 09:00-12:00; Sa[1] 10:00-12:00", timezone=zone),
    "Charter": lambda zone: Charter(organisation=Organisation(name="x"), timezone=zone),
    "CalendarSpec.build": SPEC.build,
    "read_cases": _cases,
    "read_calls": _calls,
}


@pytest.mark.parametrize("place", sorted(PLACES))
def test_a_zoneinfo_gives_the_same_answer_as_its_name(place: str) -> None:
    by_name = PLACES[place](BRUSSELS)
    by_zone = PLACES[place](ZoneInfo(BRUSSELS))
    assert by_zone == by_name
    assert repr(by_zone) == repr(by_name)
    if hasattr(by_zone, "timezone"):
        assert by_zone.timezone == BRUSSELS  # held as its name: documents stay strings


def test_the_answers_are_the_zones_answers() -> None:
    calendar = WorkingCalendar(holidays=belgium.LEGAL, timezone=ZoneInfo(BRUSSELS))
    assert calendar.add_working_days(date(2026, 12, 23), 2) == date(2026, 12, 28)
    hours = OpeningHours.from_osm("Mo-Fr 09:00-12:00", timezone=ZoneInfo(BRUSSELS))
    assert hours.next_change(datetime(2026, 3, 28, 12, tzinfo=ZoneInfo(BRUSSELS))) == datetime(
        2026, 3, 30, 9, tzinfo=ZoneInfo(BRUSSELS)
    )
    c = Charter(organisation=Organisation(name="x"), timezone=ZoneInfo(BRUSSELS))
    assert '"timezone": "Europe/Brussels"' in charter.dumps(c)
    assert [received for _, received in _cases(ZoneInfo(BRUSSELS))] == [  # type: ignore[attr-defined]
        datetime(2026, 3, 2, 10, tzinfo=ZoneInfo(BRUSSELS)),
        datetime(2026, 3, 29, 3, tzinfo=ZoneInfo(BRUSSELS)),  # past the spring gap
    ]


def _keyless() -> ZoneInfo:
    # The tz database as the test extra's package holds it: the same bytes as a system file.
    with resources.files("tzdata.zoneinfo.Europe").joinpath("Brussels").open("rb") as file:
        return ZoneInfo.from_file(file)


@pytest.mark.parametrize("place", sorted(PLACES))
def test_a_zoneinfo_without_a_name_is_refused_with_both_forms(place: str) -> None:
    with pytest.raises(UnknownTimezoneError) as caught:
        PLACES[place](_keyless())
    assert str(caught.value) == f"a ZoneInfo read from a file has no IANA name: give {FORMS}"
    assert "/" not in str(caught.value).split(": give")[0]  # no path of the machine


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (5, "int 5"),
        (None, "NoneType None"),
        (b"Europe/Brussels", "bytes b'Europe/Brussels'"),
        (UTC, "timezone datetime.timezone.utc"),
    ],
)
@pytest.mark.parametrize("place", sorted(PLACES))
def test_anything_else_is_refused_with_both_forms(place: str, value: object, shown: str) -> None:
    if value is None and place.startswith("read_"):
        return  # no timezone: times without an offset are refused row by row
    with pytest.raises(UnknownTimezoneError) as caught:
        PLACES[place](value)
    message = str(caught.value)
    assert message.startswith(f"expected a time zone, got {shown}")
    assert message.endswith(f": give {FORMS}")


def test_an_unknown_name_is_refused_as_before() -> None:
    with pytest.raises(UnknownTimezoneError) as caught:
        WorkingCalendar(holidays=belgium.LEGAL, timezone=ZoneInfo("UTC").key.lower())
    assert str(caught.value) == (
        "unknown time zone 'utc': expected an IANA name such as 'Europe/Brussels'"
    )


def test_a_document_says_a_zone_is_a_string() -> None:
    # Documents hold names: a number there is a value of the wrong kind, said once.
    with pytest.raises(charter.CharterValidationError) as caught:
        charter.loads('{"format": "charter/1", "timezone": 5, "organisation": {"name": "x"}}')
    assert [(i.path, i.message) for i in caught.value.issues] == [
        ("$.timezone", "expected a string, got int 5")
    ]


def _public_places() -> set[str]:
    """The public names of charter, and their public methods, that take ``timezone``."""
    found: set[str] = set()
    for name in charter.__all__:
        value = getattr(charter, name)
        candidates = [(name, value)]
        if inspect.isclass(value):
            candidates += [
                (f"{name}.{attribute}", getattr(value, attribute))
                for attribute in vars(value)
                if not attribute.startswith("_")
            ]
        for label, item in candidates:
            try:
                parameters = inspect.signature(item).parameters
            except (TypeError, ValueError):
                continue
            if "timezone" in parameters:
                found.add(label)
    return found


def test_the_list_of_places_is_complete() -> None:
    # parse_osm (charter.hours.osm) is what from_osm calls; the readers that read_cases and
    # read_calls build (charter.cases) take the zone too, and pass it to the same check.
    assert _public_places() == set(PLACES) - {"parse_osm"}
    assert "timezone" in inspect.signature(CaseReader).parameters
    assert "timezone" in inspect.signature(CallReader).parameters
