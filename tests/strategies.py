"""Hypothesis strategies for charter's types, in one place."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from charter import (
    EU_1182_71,
    SERVICE_STANDARD,
    CloseEarly,
    Dates,
    ExtraHours,
    MonthDay,
    OpeningHours,
    Period,
    Season,
    SpecialHours,
    TimeRange,
    Unit,
    Weekday,
    WeeklySchedule,
    WorkingCalendar,
    belgium,
)
from charter._checks import MINUTES_PER_DAY as DAY
from charter.model import (
    Appointment,
    CalendarSpec,
    Channel,
    ChannelKind,
    Charter,
    Guarantee,
    GuaranteeKind,
    Organisation,
    QualityMonitoring,
    ReachabilityMetric,
    ReachabilityTarget,
)
from charter.model.guarantees import METRIC_KINDS

#: Dates well inside the supported years, so that ±a few hundred working days stay inside.
DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31))

#: Non-empty work weeks.
WORKWEEKS = st.frozensets(st.sampled_from(list(Weekday)), min_size=1)


def _near(anchor: date) -> st.SearchStrategy[date]:
    return st.integers(-800, 800).map(lambda offset: anchor + timedelta(days=offset))


@st.composite
def working_calendars(draw: st.DrawFn, anchor: date = date(2026, 6, 1)) -> WorkingCalendar:
    """Working calendars with random work weeks, holidays, closures and extra working days.

    Random dates cluster around *anchor*, where the tests draw their start dates.
    """
    holidays = draw(
        st.one_of(
            st.just(belgium.LEGAL),
            st.just(belgium.FEDERAL_ADMINISTRATION),
            st.frozensets(_near(anchor), max_size=40).map(Dates),
        )
    )
    closures = draw(st.frozensets(_near(anchor), max_size=20))
    extra = draw(st.frozensets(_near(anchor), max_size=10)) - closures
    return WorkingCalendar(
        holidays=holidays,
        timezone="Europe/Brussels",
        workweek=draw(WORKWEEKS),
        closures=Dates(closures),
        extra_working_days=Dates(extra),
    )


#: Start dates near the default anchor of :func:`working_calendars`.
NEAR_2026 = _near(date(2026, 6, 1))


# -- opening hours ------------------------------------------------------------------------------

_QUARTERS = st.integers(0, 95).map(lambda q: q * 15)


@st.composite
def day_ranges(draw: st.DrawFn, max_size: int = 3) -> tuple[TimeRange, ...]:
    """Up to *max_size* non-overlapping ranges of one day, some past midnight."""
    if draw(st.integers(0, 9)) == 0:
        return (TimeRange(0, DAY),)
    ranges: list[TimeRange] = []
    cursor = draw(_QUARTERS)
    for _ in range(draw(st.integers(0, max_size))):
        if cursor >= DAY:
            break
        start = cursor + draw(st.integers(0, 8)) * 15
        if start >= DAY:
            break
        end = start + draw(st.integers(1, 48)) * 15
        end = min(end, start + DAY - 15)
        ranges.append(TimeRange(start, end))
        cursor = end + 15
        if end > DAY:
            break
    return tuple(ranges)


@st.composite
def weekly_schedules(draw: st.DrawFn) -> WeeklySchedule:
    """Weekly schedules, with identical days likely (so weekday groups get written)."""
    shared = draw(day_ranges())
    days = {day: shared if draw(st.booleans()) else draw(day_ranges()) for day in Weekday}
    return WeeklySchedule(days)


NOTES = st.none() | st.sampled_from(["summer closure", "Christmas Eve", "move", "training day"])

_PERIODS = st.sampled_from(
    [
        (MonthDay(7, 1), MonthDay(8, 31)),
        (MonthDay(11, 1), MonthDay(2, 29)),
        (MonthDay(7, 15), MonthDay(8, 15)),
    ]
)


@st.composite
def special_hours(draw: st.DrawFn) -> tuple[SpecialHours, ...]:
    """Non-overlapping special days: a yearly one in December, dated ones in 2025-2027."""
    found: list[SpecialHours] = []
    if draw(st.booleans()):
        found.append(
            SpecialHours(start=MonthDay(12, 24), hours=draw(day_ranges(1)), note=draw(NOTES))
        )
    day = date(2025, 1, 1) + timedelta(days=draw(st.integers(0, 60)))
    for _ in range(draw(st.integers(0, 3))):
        length = draw(st.integers(0, 3))
        end = day + timedelta(days=length)
        if end.month == 12 and end.day >= 20:
            break
        found.append(SpecialHours(start=day, end=end, hours=draw(day_ranges(1)), note=draw(NOTES)))
        day = end + timedelta(days=draw(st.integers(1, 200)))
        if day.year > 2027:
            break
    return tuple(found)


@st.composite
def extra_hours(draw: st.DrawFn, weekly: WeeklySchedule) -> tuple[ExtraHours, ...]:
    """Extra hours that *weekly* allows: on free days, or going on from a day's last range.

    Each on a weekday of its own (so that two never overlap): every week, the n-th of the
    month (some that can meet Th[1] and Th[-5]) or every other week from a day in 2025-2027.
    """
    found: list[ExtraHours] = []
    for day in draw(st.lists(st.sampled_from(list(Weekday)), unique=True, max_size=3)):
        before = weekly.days[(day - 1) % 7]
        if any(r.spills for r in before):
            continue
        ranges = weekly.days[day]
        if ranges and ranges[-1].end > DAY - 60:
            continue
        start = ranges[-1].end if ranges else draw(_QUARTERS.filter(lambda q: q < DAY - 60))
        hours = TimeRange(start, draw(st.integers(start // 15 + 1, DAY // 15)) * 15)
        kind = draw(st.sampled_from(["week", "nth", "other"]))
        anchor = date(2025, 1, 6) + timedelta(days=day + 7 * draw(st.integers(0, 150)))
        found.append(
            ExtraHours(
                days=[day],
                hours=[hours],
                nth=draw(st.sampled_from([(1,), (2, -1), (-5,), (4, 5)])) if kind == "nth" else (),
                every_other_week=anchor if kind == "other" else None,
                by_appointment=draw(st.booleans()),
                note=draw(NOTES),
            )
        )
    return tuple(found)


@st.composite
def opening_hours(
    draw: st.DrawFn, timezone: str = "Europe/Brussels", *, extras: bool = False
) -> OpeningHours:
    """Opening hours with every part of the model, Belgian holidays when there are any.

    *extras*: with extra hours and early closing too (which OSM text does not read back as
    parts: every other week has no OSM form, the others read back as rules).
    """
    seasons: tuple[Season, ...] = ()
    if draw(st.booleans()):
        start, end = draw(_PERIODS)
        seasons = (Season(start=start, end=end, weekly=draw(weekly_schedules()), note=draw(NOTES)),)
    with_holidays = draw(st.booleans())
    weekly = draw(weekly_schedules())
    holiday_hours = draw(day_ranges(1)) if with_holidays else ()
    special = draw(special_hours())
    extra: tuple[ExtraHours, ...] = ()
    close_early: list[CloseEarly] = []
    if extras:
        extra = draw(extra_hours(weekly))
        ranges = [r for day in weekly.days for r in day] + list(holiday_hours)
        ranges += [r for s in seasons for day in s.weekly.days for r in day]
        ranges += [r for s in special for r in s.hours]
        if not any(r.spills for r in ranges) and draw(st.booleans()):
            closes = time(draw(st.integers(8, 20)), draw(st.sampled_from([0, 30])))
            close_early.append(CloseEarly(start=MonthDay(12, 31), closes=closes, note=draw(NOTES)))
            if draw(st.booleans()):
                close_early.append(CloseEarly(start=date(2026, 12, 24), closes=closes))
    return OpeningHours(
        timezone=timezone,
        weekly=weekly,
        seasons=seasons,
        holidays=belgium.LEGAL if with_holidays else None,
        holiday_hours=holiday_hours,
        special=special,
        extra=extra,
        close_early=close_early,
        by_appointment=draw(st.integers(0, 9)) == 0,
    )


#: Instants around the interesting days of 2025-2027 (DST changes, 21 July, Christmas).
BRUSSELS = ZoneInfo("Europe/Brussels")
INSTANTS = st.datetimes(
    min_value=datetime(2025, 1, 1),
    max_value=datetime(2027, 12, 31),
    timezones=st.just(BRUSSELS),
)


# -- charters -----------------------------------------------------------------------------------

#: What a charter's texts may hold: no controls, no bidirectional overrides (docs/documents.md).
PLAIN_CHARACTERS = st.characters(
    codec="utf-8",
    exclude_categories=("Cs", "Cc"),
    exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
)
_TEXTS = st.dictionaries(
    st.sampled_from(["nl", "fr", "de", "en"]),
    st.text(PLAIN_CHARACTERS, min_size=1, max_size=12).filter(lambda text: text.strip() != ""),
    min_size=1,
    max_size=4,
)
_CHARTER_PERIODS = st.builds(
    Period,
    st.integers(1, 400),
    st.sampled_from(list(Unit)),
)


@st.composite
def reachability_targets(draw: st.DrawFn, channel: Channel) -> ReachabilityTarget:
    """A target on *channel*, of a metric that fits its kind, with the fields the metric needs."""
    metric = draw(
        st.sampled_from(
            [m for m in ReachabilityMetric if channel.kind in METRIC_KINDS.get(m, (channel.kind,))]
        )
    )
    share = draw(st.sampled_from(["80 %", "87,5 %", "5 %", "100 %"]))
    wait = draw(st.sampled_from([1, 59, 60, 90, 120, 3_600, 86_400, 366 * 86_400]))
    by_metric: dict[ReachabilityMetric, dict[str, Any]] = {
        ReachabilityMetric.ANSWERED_WITHIN: {"share": share, "within_seconds": wait},
        ReachabilityMetric.ANSWER_RATE: {"share": share},
        ReachabilityMetric.ABANDONMENT_RATE: {"share": share},
        ReachabilityMetric.AVERAGE_WAIT: {"within_seconds": wait},
        ReachabilityMetric.RINGS: {"share": share, "rings": draw(st.integers(1, 20))},
    }
    return ReachabilityTarget(channel=channel.id, metric=metric, **by_metric[metric])


#: Quality monitoring that names its ombudsmen: none, one, or a list of them.
_QUALITY = (
    st.none()
    | st.builds(
        QualityMonitoring,
        ombudsman=st.none() | _TEXTS,
    )
    | st.builds(QualityMonitoring, ombudsmen=st.lists(_TEXTS, max_size=3))
)


@st.composite
def charters(draw: st.DrawFn) -> Charter:
    """Consistent charters: every reference resolves, hours use the charter's calendar."""
    channel_ids = draw(
        st.lists(st.sampled_from(["phone", "desk", "mail", "chat"]), unique=True, max_size=4)
    )
    channels = [
        Channel(
            id=channel_id,
            kind=draw(
                st.sampled_from([k for k in ChannelKind if k is not ChannelKind.BUSINESS_COUNTER])
            ),
            name=draw(_TEXTS),
            hours=draw(opening_hours(extras=True)),
            appointment=draw(st.sampled_from(list(Appointment))),
        )
        for channel_id in channel_ids
    ]
    guarantees = []
    for index in range(draw(st.integers(0, 3))):
        period = draw(_CHARTER_PERIODS)
        guarantees.append(
            Guarantee(
                id=f"g{index}",
                kind=draw(st.sampled_from(list(GuaranteeKind))),
                description=draw(_TEXTS),
                period=period,
                rule=draw(
                    st.sampled_from(
                        [
                            SERVICE_STANDARD,
                            EU_1182_71,
                            SERVICE_STANDARD.replace(name="custom", cutoff=time(16)),
                        ]
                    )
                ),
                calendar="legal",
                channels=tuple(channel_ids),
                target=draw(st.none() | st.sampled_from(["90 %", "80 %", "95 %"])),
            )
        )
    return Charter(
        organisation=Organisation(
            name=draw(_TEXTS), enterprise_number=draw(st.none() | st.just("0203.201.340"))
        ),
        timezone="Europe/Brussels",
        calendars=[CalendarSpec(id="legal", holidays="be-legal")],
        channels=channels,
        guarantees=[
            g for g in guarantees if not (g.period.unit is Unit.SERVICE_HOURS and not channels)
        ],
        reachability=[
            draw(reachability_targets(channel))
            for channel in draw(st.lists(st.sampled_from(channels), max_size=3))
        ]
        if channels
        else [],
        quality=draw(_QUALITY),
        version=draw(st.none() | st.text(PLAIN_CHARACTERS, min_size=1, max_size=8)),
    )
