"""iCalendar: events equal the model's days off and special hours; stable UIDs; the command."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
import icalendar
import pytest

from charter import examples
from charter.cli import main
from charter.hours import OpeningHours, SpecialHours
from charter.interop import deadline_to_ical, to_ical

BRUSSELS = ZoneInfo("Europe/Brussels")


def _events(feed: str) -> list[icalendar.cal.Component]:
    return list(icalendar.Calendar.from_ical(feed).walk("VEVENT"))


def _charter_with_dst_days() -> object:
    c = examples.load()
    special = (
        SpecialHours(start=date(2026, 3, 29), hours="09:00-12:00", note="Spring forward"),
        SpecialHours(start=date(2026, 10, 25), hours="10:00-13:00,14:00-16:00"),
        SpecialHours(start=date(2026, 6, 12)),
    )
    holidays = c.channels[0].hours.holidays  # type: ignore[union-attr]
    weekly = dict.fromkeys(range(5), "09:00-17:00")
    hours = OpeningHours(
        timezone="Europe/Brussels", weekly=weekly, holidays=holidays, special=special
    )
    channel = attrs.evolve(c.channels[0], hours=hours)
    return attrs.evolve(c, channels=(channel, *c.channels[1:]))


def test_a_channel_s_events_are_its_days_off_and_special_hours_over_a_year() -> None:
    c = _charter_with_dst_days()
    hours = c.channels[0].hours  # type: ignore[attr-defined]
    feed = to_ical(c, start=date(2026, 1, 1), end=date(2026, 12, 31), channel="contact-centre")  # type: ignore[arg-type]
    closed, opened = set(), []
    for event in _events(feed):
        start = event.decoded("dtstart")
        if isinstance(start, datetime):
            opened.append((start, event.decoded("dtend")))
        else:
            closed.add(start)
    # The model, day by day: a closed weekday, or hours other than the week's, is an event.
    expected_closed, expected_open = set(), []
    day = date(2026, 1, 1)
    while day <= date(2026, 12, 31):
        midnight = datetime(day.year, day.month, day.day, tzinfo=BRUSSELS)
        intervals = list(hours.intervals(midnight, midnight + timedelta(days=1)))
        regular = (
            day.weekday() < 5
            and not any(s.matches(day) for s in hours.special)
            and not hours.holidays.is_holiday(day)
        )
        if not intervals and (
            day.weekday() < 5
            or hours.holidays.is_holiday(day)
            or any(s.matches(day) for s in hours.special)
        ):
            expected_closed.add(day)
        elif intervals and not regular:
            expected_open.extend(intervals)
        day += timedelta(days=1)
    assert closed == expected_closed
    assert sorted(a.timestamp() for a, _ in opened) == sorted(
        a.timestamp() for a, _ in expected_open
    )
    assert sorted(b.timestamp() for _, b in opened) == sorted(
        b.timestamp() for _, b in expected_open
    )
    # DST days: wall-clock hours, in the charter's zone, on the right instants.
    spring = [a for a, _ in opened if a.date() == date(2026, 3, 29)]
    assert spring == [datetime(2026, 3, 29, 9, tzinfo=BRUSSELS)]
    assert spring[0].utcoffset() == timedelta(hours=2)
    assert len([a for a, _ in opened if a.date() == date(2026, 10, 25)]) == 2
    assert date(2026, 12, 25) in closed
    assert date(2026, 6, 12) in closed
    assert "BEGIN:VTIMEZONE" in feed
    assert "TZID:Europe/Brussels" in feed


def test_the_feed_has_the_calendars_days_off_named_in_the_charter_s_languages() -> None:
    feed = to_ical(examples.load(), start=date(2026, 1, 1), end=date(2026, 12, 31))
    events = _events(feed)
    days = {e.decoded("dtstart"): str(e.get("summary")) for e in events}
    assert days[date(2026, 12, 25)] == "Kerstmis / Noël / Weihnachten / Christmas Day"
    assert days[date(2026, 5, 15)] == "Brugdag / Jour de pont / Brückentag / Bridge day"
    working = examples.load().calendar("federal")
    expected = set(working.holidays.holidays(2026)) | set(working.closures.holidays(2026))
    assert set(days) == expected


def test_uids_are_stable_and_unique() -> None:
    c = examples.load()
    first = to_ical(c, start=date(2026, 1, 1), end=date(2026, 12, 31), channel="reception")
    again = to_ical(c, start=date(2026, 1, 1), end=date(2026, 12, 31), channel="reception")
    assert first == again
    uids = [str(e.get("uid")) for e in _events(first)]
    assert len(uids) == len(set(uids)) > 10
    shorter = to_ical(c, start=date(2026, 12, 1), end=date(2026, 12, 31), channel="reception")
    assert {str(e.get("uid")) for e in _events(shorter)} <= set(uids)


def test_a_deadline_is_an_event_at_the_instant_it_falls_due() -> None:
    c = examples.load()
    d = c.deadline("informative", datetime(2026, 12, 23, 10, tzinfo=BRUSSELS))
    (event,) = _events(deadline_to_ical(d))
    assert event.decoded("dtstart") == d.due
    assert event.decoded("dtstart").utcoffset() == timedelta(hours=1)
    assert "Christmas Day (holiday)" in str(event.get("description"))
    (dutch,) = _events(deadline_to_ical(d, locale="nl_BE"))
    assert "januari 2027" in str(dutch.get("summary"))
    assert dutch.get("uid") == event.get("uid")


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


@pytest.mark.parametrize("form", ["cpsv-ap", "schema-org"])
def test_the_command_exports_json_ld(form: str) -> None:
    code, out = (
        _run("export", "--format", form, "--start", "2026-01-01", "--end", "2026-12-31")
        if form == "schema-org"
        else _run("export", "--format", form)
    )
    assert code == 0
    data = json.loads(out)
    assert "@context" in data


def test_the_command_exports_ical_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "days.ics"
    code, out = _run(
        "export",
        "--format",
        "ical",
        "--start",
        "2026-12-20",
        "--end",
        "2026-12-31",
        "--channel",
        "reception",
        "--output",
        str(target),
    )
    assert (code, out) == (0, "")
    assert (
        len(_events(target.read_text("utf-8"))) == 4
    )  # 25, 26 December (holidays), 28, 29 (closures)


@pytest.mark.parametrize(
    "argv",
    [
        ("export", "--format", "ical"),
        ("export", "--format", "ical", "--start", "2026-01-01"),
        ("export", "--format", "ical", "--start", "2026-1-1", "--end", "2026-12-31"),
        (
            "export",
            "--format",
            "ical",
            "--start",
            "2026-01-01",
            "--end",
            "2026-12-31",
            "--channel",
            "fax",
        ),
        ("export", "--format", "cpsv-ap", "--channel", "reception"),
        ("export", "--format", "rdf"),
        ("export",),
    ],
)
def test_usage_errors_exit_2(argv: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(*argv)
    assert code == 2
    assert out == ""
    assert "error" in capsys.readouterr().err


def test_two_cases_with_the_same_dates_are_two_events_and_say_their_kind() -> None:
    from charter import examples  # noqa: PLC0415
    from charter.interop import deadline_to_ical  # noqa: PLC0415

    c = examples.load()
    received = datetime(2026, 12, 23, 10, tzinfo=ZoneInfo("Europe/Brussels"))
    informative = c.deadline("informative", received)
    acknowledgement = c.deadline("complaint-acknowledgement", received)

    def uid(text: str) -> str:
        return next(line for line in text.splitlines() if line.startswith("UID:"))

    first = deadline_to_ical(informative, guarantee="informative", reference="Q-1")
    second = deadline_to_ical(acknowledgement, guarantee="complaint-acknowledgement")
    third = deadline_to_ical(informative, guarantee="informative", reference="Q-2")
    assert len({uid(first), uid(second), uid(third)}) == 3
    assert uid(first) == uid(
        deadline_to_ical(informative, guarantee="informative", reference="Q-1")
    )
    callback = c.deadline("callback", received)
    said = deadline_to_ical(callback, locale="nl_BE", kind=c.guarantee("callback").kind)
    assert "een antwoord" not in said.replace("\r\n ", "")
