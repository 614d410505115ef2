"""The charter aggregate: organisation, calendars, channels, guarantees and the rest.

Cross-references are checked when a charter is built, and every problem is reported at
once with its path, in ``CharterValidationError.issues``.

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> from charter.model import Organisation, CalendarSpec, Guarantee, GuaranteeKind
>>> c = Charter(
...     organisation=Organisation(name={"nl": "FOD Voorbeeld", "en": "FPS Example"}),
...     timezone="Europe/Brussels",
...     calendars=[CalendarSpec(id="federal", holidays="be-federal")],
...     guarantees=[
...         Guarantee(
...             id="info",
...             kind=GuaranteeKind.INFORMATIVE_QUESTION,
...             description="Questions",
...             period="5 working days",
...             calendar="federal",
...         )
...     ],
... )
>>> c.deadline("info", datetime(2026, 12, 24, 16, tzinfo=ZoneInfo("Europe/Brussels"))).last_day
datetime.date(2027, 1, 4)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, cast
from zoneinfo import ZoneInfo

from attrs import field, frozen

from charter._checks import (
    check_flag,
    check_id,
    check_instance,
    check_items,
    check_list,
    check_optional_instance,
    check_optional_text,
    check_text,
)
from charter._memo import Memo
from charter.calendars.base import (
    HolidayCalendar,
    UnionCalendar,
    Weekday,
    check_date,
    check_timezone,
    to_weekdays,
)
from charter.calendars.eu import PublishedCalendar
from charter.calendars.instants import check_supported_instant
from charter.calendars.registry import calendar_by_id
from charter.calendars.rules import (
    CLOSED,
    Dates,
    RuleCalendar,
    Substitutes,
    YearlyRule,
    union,
)
from charter.calendars.working import MONDAY_TO_FRIDAY, WorkingCalendar
from charter.clock.deadline import Deadline, counted_from, deadline
from charter.clock.events import Event, Start, check_history
from charter.clock.periods import Period, Unit
from charter.errors import (
    CaseError,
    CharterTypeError,
    CharterValidationError,
    CharterValueError,
    Issue,
    UnknownCalendarError,
    UnknownChannelError,
    UnknownGuaranteeError,
    excerpt,
)
from charter.hours.model import OpeningHours
from charter.model.channels import Channel
from charter.model.contact import Organisation
from charter.model.guarantees import (
    METRIC_KINDS,
    ClientDuty,
    DataReuse,
    Guarantee,
    QualityMonitoring,
    ReachabilityTarget,
    Referral,
)
from charter.text import LANGUAGES, Register, TextLike, to_register

if TYPE_CHECKING:
    from charter.cases.case import Case
    from charter.cases.status import CaseEvaluator, CaseReport

__all__ = ["CalendarSpec", "Charter"]

#: Roughly how many days each unit lasts at most, to compare a norm with a legal maximum.
_LONGEST_DAYS = {
    Unit.DAYS: 1,
    Unit.WORKING_DAYS: 1.4,
    Unit.WEEKS: 7,
    Unit.MONTHS: 31,
    Unit.YEARS: 366,
}
_SHORTEST_DAYS = {
    Unit.DAYS: 1,
    Unit.WORKING_DAYS: 1,
    Unit.WEEKS: 7,
    Unit.MONTHS: 28,
    Unit.YEARS: 365,
}


def _closures(value: Mapping[date, TextLike] | Iterable[date]) -> Dates:
    return value if isinstance(value, Dates) else Dates(value)


def _holidays_id(value: str) -> str:
    if not isinstance(value, str):
        raise CharterTypeError.expected("a holiday calendar id such as 'be-federal'", value)
    calendar_by_id(value)  # refuses an unknown id, naming it
    return value


def _published(calendar: HolidayCalendar) -> bool:
    """Whether *calendar* (or a part of it) knows only the years it has lists for."""
    if isinstance(calendar, UnionCalendar):
        return any(_published(part) for part in calendar.calendars)
    return isinstance(calendar, PublishedCalendar)


def _recurring(values: Iterable[YearlyRule]) -> tuple[YearlyRule, ...]:
    return RuleCalendar(name=CLOSED, rules=values).rules


@frozen(kw_only=True)
class CalendarSpec:
    """A working calendar by id: built-in holidays by id (``be-federal``), closures as data.

    Attributes:
        id: the calendar's id, which guarantees and opening hours name.
        holidays: the holiday calendar's id (``be-federal``, ``be-legal+be-brussels``).
        workweek: the days of the work week (Monday to Friday unless said otherwise).
        closures: dated closure days with their reasons (a bridge day in 2026).
        recurring: closure days every year: :class:`~charter.calendars.rules.DateSpan`
            (27 to 31 December), :class:`~charter.calendars.rules.FixedDate`,
            :class:`~charter.calendars.rules.EasterOffset` (Carnival Monday, 48 days
            before Easter), :class:`~charter.calendars.rules.NthWeekday`.
        substitutes: whether a holiday outside the work week gives a replacement day, the
            first working day after it (:class:`~charter.calendars.rules.Substitutes`).
    """

    id: str = field(converter=check_id)
    holidays: str = field(converter=_holidays_id)
    workweek: frozenset[Weekday] = field(default=MONDAY_TO_FRIDAY, converter=to_weekdays)
    closures: Dates = field(factory=Dates, converter=_closures)
    recurring: tuple[YearlyRule, ...] = field(default=(), converter=_recurring)
    substitutes: bool = field(default=False, converter=check_flag)

    def __attrs_post_init__(self) -> None:
        if self.substitutes and _published(calendar_by_id(self.holidays)):
            raise CharterValueError(
                f"substitutes need holidays for every year, and {excerpt(self.holidays)} is "
                "published year by year (its published lists hold their own replacement days)"
            )

    @property
    def has_closures(self) -> bool:
        """Whether the calendar closes on any day of its own (dated, recurring, replacement)."""
        return bool(self.closures.entries or self.recurring or self.substitutes)

    def closed(self) -> HolidayCalendar:
        """The organisation's own days off: dated, recurring and replacement days."""
        parts: list[HolidayCalendar] = [self.closures]
        if self.recurring:
            parts.append(RuleCalendar(name=CLOSED, rules=self.recurring))
        own = union(*parts)
        if self.substitutes:
            replacements = Substitutes(
                of=calendar_by_id(self.holidays), workweek=self.workweek, closed=own
            )
            return own | replacements
        return own

    def days_off(self) -> HolidayCalendar:
        """Every day off a holiday closure (``PH off``) closes: holidays and own days off."""
        holidays = calendar_by_id(self.holidays)
        return holidays | self.closed() if self.has_closures else holidays

    def build(self, timezone: str | ZoneInfo) -> WorkingCalendar:
        """The working calendar, in *timezone* (an IANA name or a ``ZoneInfo`` built from one)."""
        return WorkingCalendar(
            holidays=calendar_by_id(self.holidays),
            timezone=timezone,
            workweek=self.workweek,
            closures=self.closed(),
        )


def _calendars(values: Iterable[CalendarSpec]) -> tuple[CalendarSpec, ...]:
    return check_items(values, CalendarSpec, "a CalendarSpec")


def _channels(values: Iterable[Channel]) -> tuple[Channel, ...]:
    return check_items(values, Channel, "a Channel")


def _guarantees(values: Iterable[Guarantee]) -> tuple[Guarantee, ...]:
    return check_items(values, Guarantee, "a Guarantee")


def _targets(values: Iterable[ReachabilityTarget]) -> tuple[ReachabilityTarget, ...]:
    return check_items(values, ReachabilityTarget, "a ReachabilityTarget")


def _duties(values: Iterable[ClientDuty]) -> tuple[ClientDuty, ...]:
    return check_items(values, ClientDuty, "a ClientDuty")


def _date(value: date) -> date:
    return check_date(value, "a date")


def _optional_date(value: date | None) -> date | None:
    return None if value is None else _date(value)


#: The most sources a charter may cite, and the longest citation.
MAX_SOURCES = 50
MAX_SOURCE_CHARS = 500


def _sources(values: Iterable[str]) -> tuple[str, ...]:
    """Citations: each a text on one line, not blank, of at most 500 characters."""
    found = check_list(values, "sources")
    if len(found) > MAX_SOURCES:
        raise CharterValueError(f"a charter cites at most {MAX_SOURCES} sources, got {len(found)}")
    for source in found:
        text = check_text(source, "a source: a citation on one line")
        # str.splitlines breaks where LINE_BREAKS does: one line is a list of itself.
        if not text.strip() or text.splitlines() != [text] or len(text) > MAX_SOURCE_CHARS:
            raise CharterValueError(
                f"a source is a citation on one line of at most {MAX_SOURCE_CHARS} characters, "
                f"got {excerpt(text)}"
            )
    return found


def _languages(values: Iterable[str]) -> tuple[str, ...]:
    """Some of :data:`charter.text.LANGUAGES`."""
    found = check_list(values, "languages")
    if not found:
        raise CharterValueError("a charter is written in one language at least: languages is empty")
    for language in found:
        if language not in LANGUAGES:
            raise CharterTypeError.expected(f"one of {', '.join(LANGUAGES)}", language)
    return found


def _organisation(value: Organisation) -> Organisation:
    return check_instance(value, Organisation, "an Organisation")


def _data_reuse(value: DataReuse | None) -> DataReuse | None:
    return check_optional_instance(value, DataReuse, "a DataReuse")


def _referral(value: Referral | None) -> Referral | None:
    return check_optional_instance(value, Referral, "a Referral")


def _quality(value: QualityMonitoring | None) -> QualityMonitoring | None:
    return check_optional_instance(value, QualityMonitoring, "a QualityMonitoring")


@frozen(kw_only=True)
class Charter:
    """A client charter as data. Built, it is consistent: every reference resolves.

    ``sources`` cites where its promises are published or set (a decree, a web page): for
    the record and for a reviewer; the rendered charter does not show them. ``register``
    is how its sentences address the reader: formally (u, vous, Sie; the default) or
    informally (je, tu, du).
    """

    organisation: Organisation = field(converter=_organisation)
    timezone: str = field(converter=check_timezone)
    languages: tuple[str, ...] = field(default=LANGUAGES, converter=_languages)
    calendars: tuple[CalendarSpec, ...] = field(default=(), converter=_calendars)
    channels: tuple[Channel, ...] = field(default=(), converter=_channels)
    guarantees: tuple[Guarantee, ...] = field(default=(), converter=_guarantees)
    reachability: tuple[ReachabilityTarget, ...] = field(default=(), converter=_targets)
    duties: tuple[ClientDuty, ...] = field(default=(), converter=_duties)
    data_reuse: DataReuse | None = field(default=None, converter=_data_reuse)
    referral: Referral | None = field(default=None, converter=_referral)
    quality: QualityMonitoring | None = field(default=None, converter=_quality)
    valid_from: date | None = field(default=None, converter=_optional_date)
    valid_until: date | None = field(default=None, converter=_optional_date)
    version: str | None = field(default=None, converter=check_optional_text)
    sources: tuple[str, ...] = field(default=(), converter=_sources)
    register: Register = field(default=Register.FORMAL, converter=to_register)
    _working: dict[str, WorkingCalendar] = field(init=False, repr=False, eq=False, hash=False)
    _by_id: dict[str, Guarantee] = field(init=False, repr=False, eq=False, hash=False)
    _hours: dict[str, OpeningHours | None] = field(init=False, repr=False, eq=False, hash=False)
    # A memo of the CaseEvaluator, made on first use (charter.cases builds on this module: not
    # named in annotations that attrs and cattrs resolve at run time). It pickles empty.
    _evaluator: Memo[None, object] = field(
        init=False, factory=lambda: Memo(1), repr=False, eq=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        issues = list(self._problems())
        if issues:
            raise CharterValidationError(issues)
        working = {spec.id: spec.build(self.timezone) for spec in self.calendars}
        object.__setattr__(self, "_working", working)
        object.__setattr__(self, "_by_id", {g.id: g for g in self.guarantees})
        channels = {c.id: c for c in self.channels}
        hours = {g.id: self._hours_of(g, channels) for g in self.guarantees}
        object.__setattr__(self, "_hours", hours)

    def _problems(self) -> Iterable[Issue]:
        yield from _duplicates("$.calendars", [c.id for c in self.calendars])
        yield from _duplicates("$.channels", [c.id for c in self.channels])
        yield from _duplicates("$.guarantees", [g.id for g in self.guarantees])
        if self.data_reuse is not None:
            sources = [s.id for s in self.data_reuse.sources]
            yield from _duplicates("$.data_reuse.sources", sources)
        if self.quality is not None:
            indicators = [i.id for i in self.quality.indicators]
            yield from _duplicates("$.quality.indicators", indicators)
        channels = {c.id: c for c in self.channels}
        for index, channel in enumerate(self.channels):
            if channel.hours is not None and channel.hours.timezone != self.timezone:
                yield Issue(
                    f"$.channels[{index}].hours",
                    f"in {channel.hours.timezone}, not the charter's zone {self.timezone}",
                )
        for index, g in enumerate(self.guarantees):
            yield from self._guarantee_problems(f"$.guarantees[{index}]", g, channels)
        for index, target in enumerate(self.reachability):
            on = channels.get(target.channel)
            if on is None:
                yield Issue(
                    f"$.reachability[{index}].channel", f"no channel {excerpt(target.channel)}"
                )
            elif target.metric in METRIC_KINDS and on.kind not in METRIC_KINDS[target.metric]:
                *others, last = (repr(kind.value) for kind in METRIC_KINDS[target.metric])
                kinds = f"{', '.join(others)} or {last}" if others else last
                message = (
                    f"{target.metric.value!r} fits a channel of kind {kinds}; channel "
                    f"{excerpt(target.channel)} is of kind {on.kind.value!r}"
                )
                yield Issue(f"$.reachability[{index}].metric", message)
        yield from self._reference_problems()
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            message = f"{self.valid_until} is before valid_from {self.valid_from}"
            yield Issue("$.valid_until", message)

    def _guarantee_problems(
        self, path: str, g: Guarantee, channels: Mapping[str, Channel]
    ) -> Iterable[Issue]:
        if g.calendar not in {c.id for c in self.calendars}:
            yield Issue(f"{path}.calendar", f"no calendar {excerpt(g.calendar)}")
        for k, channel in enumerate(g.channels):
            if channel not in channels:
                yield Issue(f"{path}.channels[{k}]", f"no channel {excerpt(channel)}")
        if g.rule.needs_hours(g.period) and self._hours_of(g, channels) is None:
            message = (
                f"{g.period} under rule {excerpt(g.rule.name)} needs opening hours, and none "
                "of its channels has any"
            )
            yield Issue(f"{path}.period", message)
        if g.legal_maximum is not None and _longer(g.period, g.legal_maximum):
            message = f"{g.period} is longer than the legal maximum of {g.legal_maximum}"
            yield Issue(f"{path}.period", message)

    def _reference_problems(self) -> Iterable[Issue]:
        guarantees = {g.id for g in self.guarantees}
        if self.referral is not None and self.referral.guarantee not in (None, *guarantees):
            yield Issue("$.referral.guarantee", f"no guarantee {excerpt(self.referral.guarantee)}")
        for index, indicator in enumerate(self.quality.indicators if self.quality else ()):
            if indicator.guarantee is not None and indicator.guarantee not in guarantees:
                yield Issue(
                    f"$.quality.indicators[{index}].guarantee",
                    f"no guarantee {excerpt(indicator.guarantee)}",
                )

    @staticmethod
    def _hours_of(g: Guarantee, channels: Mapping[str, Channel]) -> OpeningHours | None:
        for channel_id in g.channels:
            channel = channels.get(channel_id)
            if channel is not None and channel.hours is not None:
                return channel.hours
        return None

    def guarantee(self, guarantee_id: str) -> Guarantee:
        """The guarantee *guarantee_id*, or :class:`~charter.errors.UnknownGuaranteeError`."""
        found = self._by_id.get(guarantee_id) if isinstance(guarantee_id, str) else None
        if found is None:
            raise UnknownGuaranteeError.for_lookup(
                guarantee_id, self._by_id, where="in the charter", path="$.guarantees"
            )
        return found

    def channel(self, channel_id: str) -> Channel:
        """The channel *channel_id*, or :class:`~charter.errors.UnknownChannelError`."""
        for channel in self.channels:
            if channel.id == channel_id:
                return channel
        known = [c.id for c in self.channels]
        raise UnknownChannelError.for_lookup(
            channel_id, known, where="in the charter", path="$.channels"
        )

    def calendar(self, calendar_id: str) -> WorkingCalendar:
        """The working calendar *calendar_id*, in the charter's zone.

        An id the charter does not define raises :class:`~charter.errors.UnknownCalendarError`.
        """
        found = self._working.get(calendar_id) if isinstance(calendar_id, str) else None
        if found is None:
            raise UnknownCalendarError.for_lookup(
                calendar_id, self._working, where="in the charter", path="$.calendars"
            )
        return found

    def hours_for(self, guarantee_id: str) -> OpeningHours | None:
        """The opening hours guarantee *guarantee_id* counts with (its first channel's)."""
        self.guarantee(guarantee_id)
        return self._hours[guarantee_id]

    def deadline(
        self, guarantee_id: str, received: datetime, events: Iterable[Event] = ()
    ) -> Deadline:
        """The deadline of guarantee *guarantee_id* for a question *received*.

        The guarantee's calendar, rule and period; the opening hours of the first of its
        channels that has any. The guarantee must allow the history, as when a case is
        evaluated: a suspension only where it allows one, extensions no more often and no
        longer than its extension policy says, noticed before the deadline in force unless
        the policy does not require notice (:class:`~charter.errors.CaseError` names the
        event otherwise). A guarantee that counts from another event than the receipt
        (``starts``) counts from the history's :class:`~charter.clock.events.Started`,
        which must be there; the explanation then tells both.
        """
        g = self.guarantee(guarantee_id)
        history = check_history(check_supported_instant(received, "received"), events)
        outside = self.outside_validity(received)
        if outside is not None:
            raise CharterValueError(outside)
        g.check_events(history)
        start, after = g.counting_from(received, history)
        if start is None:
            raise CaseError(g.not_started())
        found = deadline(
            start,
            g.period,
            calendar=self._working[g.calendar],
            rule=g.rule,
            hours=self._hours[g.id],
            events=after,
            notice_required=g.extension is None or g.extension.notice_required,
            extension_limit=g.extension_limit,
        )
        if g.starts is Start.RECEIVED:
            return found
        return counted_from(found, received, g.starts)

    def warnings(self) -> tuple[Issue, ...]:
        """What this charter may say but probably does not mean, each with its path.

        Dated days off that run out while the charter is still valid, a counting rule
        that changes the plain reading of its period, hours that contradict their
        channel or calendar (docs/documents.md#warnings). ``charter validate`` prints
        them; ``--strict`` makes them fail.
        """
        from charter.model.advice import charter_warnings  # noqa: PLC0415 - on use

        return charter_warnings(self)

    def outside_validity(self, received: datetime) -> str | None:
        """Why a question *received* then is outside the charter's validity, or None.

        A charter valid until a date promises nothing for what is received after it: its
        days off and its periods may have changed. Received before ``valid_from`` is
        allowed, so that cases still open from before the charter can be measured.
        """
        if self.valid_until is None:
            return None
        day = received.astimezone(self._zone()).date()
        if day <= self.valid_until:
            return None
        return (
            f"the charter is valid until {self.valid_until.isoformat()}: a question received "
            f"on {day.isoformat()} falls outside it (load the charter in force on that day)"
        )

    def _zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def evaluate(self, case: Case, at: datetime) -> CaseReport:
        """The status of *case* at the instant *at*: see :func:`charter.cases.evaluate`.

        What each guarantee needs is worked out on the first call and kept on the
        charter (it never changes); sharing a charter across threads is safe.
        """
        evaluator = cast("CaseEvaluator | None", self._evaluator.get(None))
        if evaluator is None:
            from charter.cases.status import CaseEvaluator  # noqa: PLC0415 - cases builds on model

            evaluator = CaseEvaluator(self)
            self._evaluator.put(None, evaluator)
        return evaluator(case, at)


def _duplicates(path: str, ids: list[str]) -> Iterable[Issue]:
    seen: set[str] = set()
    for index, value in enumerate(ids):
        if value in seen:
            yield Issue(f"{path}[{index}].id", f"duplicate id {excerpt(value)}")
        seen.add(value)


def _longer(norm: Period, maximum: Period) -> bool:
    """Whether the service norm is surely longer than the legal maximum."""
    if not norm.is_compound and not maximum.is_compound and norm.unit is maximum.unit:
        return norm.amount > maximum.amount
    units = [unit for _, unit in (*norm.parts, *maximum.parts)]
    if any(unit not in _SHORTEST_DAYS for unit in units):
        return False
    shortest = sum(amount * _SHORTEST_DAYS[unit] for amount, unit in norm.parts)
    return shortest > sum(amount * _LONGEST_DAYS[unit] for amount, unit in maximum.parts)
