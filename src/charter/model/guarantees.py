"""Guarantees, reachability targets, client duties, data reuse, referral, quality.

>>> g = Guarantee(
...     id="info",
...     kind=GuaranteeKind.INFORMATIVE_QUESTION,
...     description="Questions",
...     period="5 working days",
...     calendar="federal",
...     channels=("email",),
...     target="90 %",
... )
>>> g.period, g.target
(Period(5, Unit.WORKING_DAYS), Share(0.9))
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Self

from attrs import field, frozen

from charter._checks import (
    check_flag,
    check_id,
    check_ids,
    check_instance,
    check_items,
    check_list,
    check_optional_id,
    check_optional_instance,
    check_optional_text,
    to_member,
    whole_number,
)
from charter.clock.events import Event, Extended, Start, Started, Suspended
from charter.clock.periods import Period, to_period
from charter.clock.rules import SERVICE_STANDARD, CountingRule
from charter.errors import (
    CaseError,
    CharterTypeError,
    CharterValidationError,
    CharterValueError,
    Issue,
    excerpt,
)
from charter.model.channels import ChannelKind
from charter.text import LocalizedText, TextLike, to_line, to_optional_line, to_text

__all__ = [
    "FEE_PATTERN",
    "MAX_FEE",
    "AuthenticSource",
    "ClientDuty",
    "DataReuse",
    "ExtensionPolicy",
    "Fee",
    "Guarantee",
    "GuaranteeKind",
    "Indicator",
    "QualityMonitoring",
    "ReachabilityMetric",
    "ReachabilityTarget",
    "Referral",
    "Share",
    "TargetPeriod",
    "target_period_of",
]


class GuaranteeKind(Enum):
    """What a guarantee promises: an answer of a kind, or (the last three) a service.

    ``APPOINTMENT``: the appointment takes place within the period; ``WAITING_TIME``: the
    wait at the counter, from arrival, is at most the period; ``READY``: a document or a
    product is ready (for pick-up or sent) within the period, which is not a decision.
    """

    ACKNOWLEDGEMENT = "acknowledgement"
    INFORMATIVE_QUESTION = "informative_question"
    SUBSTANTIVE_QUESTION = "substantive_question"
    DECISION = "decision"
    COMPLAINT = "complaint"
    REFERRAL = "referral"
    CALLBACK = "callback"
    MAIL = "mail"
    PAYMENT = "payment"
    WEBSITE_FRESHNESS = "website_freshness"
    APPOINTMENT = "appointment"
    WAITING_TIME = "waiting_time"
    READY = "ready"


class TargetPeriod(Enum):
    """The calendar period a guarantee's target holds in: each month, quarter or year.

    "95 % per quarter" is kept when every quarter's cases reach 95 %, not the year's
    together. Periods are calendar periods of the receipt day, in the charter's zone.
    """

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


def target_period_of(day: date, per: TargetPeriod) -> tuple[date, date]:
    """The first and last day of the period *per* that *day* falls in."""
    if per is TargetPeriod.YEAR:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    months = 3 if per is TargetPeriod.QUARTER else 1
    first_month = (day.month - 1) // months * months + 1
    first = date(day.year, first_month, 1)
    after = first_month + months
    following = date(day.year + 1, 1, 1) if after > 12 else date(day.year, after, 1)
    return first, following - timedelta(days=1)


#: At most three digits, and six after the decimal sign: 87,5 % or 99.999 %.
_PERCENT = re.compile(r"\s*(\d{1,3}(?:[.,]\d{1,6})?)\s*%\s*", re.ASCII)


def _fraction(value: Fraction | float) -> Fraction:
    if isinstance(value, Fraction):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CharterTypeError.expected("a share such as 0.9 or '90 %'", value)
    try:
        return Fraction(repr(value))  # the number as written: 0.9 is 9/10, not the float
    except ValueError:  # nan, inf
        raise CharterValueError(
            f"a share must be above 0 % and at most 100 %, got {excerpt(value)}"
        ) from None


@frozen(repr=False)
class Share:
    """A share between 0 (exclusive) and 1 (inclusive): ``Share.parse("90 %")``.

    It holds the share exactly, as a :class:`~fractions.Fraction` (``Share(0.9).exact ==
    Fraction(9, 10)``): not the binary float nearest to it, which compares wrongly with
    exact shares. :attr:`value` is that float, for JSON and for display.
    """

    exact: Fraction = field(converter=_fraction, alias="value")

    def __attrs_post_init__(self) -> None:
        if not 0 < self.exact <= 1:
            raise CharterValueError(
                f"a share must be above 0 % and at most 100 %, got {excerpt(self.value)}"
            )

    @classmethod
    def parse(cls, value: str | float | Fraction) -> Self:
        """Read ``"90 %"``, ``"90%"``, ``"87,5 %"`` or a number 0-1."""
        if isinstance(value, str):
            match = _PERCENT.fullmatch(value)
            if match is None:
                raise CharterValueError(f"{excerpt(value)} is not a share such as '90 %'")
            return cls(Fraction(match[1].replace(",", ".")) / 100)
        return cls(value)

    @property
    def value(self) -> float:
        """The share as the nearest float (0.9), for JSON and for display."""
        return float(self.exact)

    def __str__(self) -> str:
        return f"{float(self.exact * 100):g} %"

    def __repr__(self) -> str:
        return f"Share({self.value!r})"


def _share(value: Share | str | float | Fraction) -> Share:
    return value if isinstance(value, Share) else Share.parse(value)


def _optional_share(value: Share | str | float | Fraction | None) -> Share | None:
    return None if value is None else _share(value)


def _target_per(value: TargetPeriod | str | None) -> TargetPeriod | None:
    if value is None:
        return None
    return to_member(TargetPeriod, value, "a period a target holds in:")


def _kind(value: GuaranteeKind | str) -> GuaranteeKind:
    return to_member(GuaranteeKind, value, "a kind of guarantee:")


#: The most times a guarantee may be extended.
MAX_EXTENSIONS = 100


def _times(value: int) -> int:
    what = (
        f"an extension is allowed a whole number of times, at least 1 and at most {MAX_EXTENSIONS}"
    )
    return whole_number(value, 1, MAX_EXTENSIONS, what)


@frozen(kw_only=True)
class ExtensionPolicy:
    """A guarantee may be extended by at most ``by``, ``times`` times.

    Where ``notice_required`` (the default), each extension must be noticed to the client
    before the deadline in force. Where ``dated``, the extension is a holding reply that
    gives the client the date of the answer (an :class:`~charter.clock.events.Extended`
    event *until* a date), at most ``by`` after the deadline in force: "an answer within
    10 working days, or a notice with the date you will get it"; it is one notice, given
    beforehand (``times`` 1, ``notice_required``). Either kind of extension is allowed
    under either policy; ``dated`` says which one the charter promises.
    """

    by: Period = field(converter=to_period)
    times: int = field(default=1, converter=_times)
    notice_required: bool = field(default=True, converter=check_flag)
    dated: bool = field(default=False, converter=check_flag)

    def __attrs_post_init__(self) -> None:
        if self.dated and not self.notice_required:
            raise CharterValueError(
                "a dated extension is a notice: notice_required cannot be false"
            )
        if self.dated and self.times != 1:
            raise CharterValueError(
                "a dated extension is one notice with the date of the answer: times must be 1"
            )


#: The longest wait a reachability target may allow: 366 days, in seconds.
MAX_WAIT_SECONDS = 366 * 24 * 3600


def _seconds(value: int | None) -> int | None:
    if value is None:
        return None
    what = f"within_seconds must be a positive whole number, at most {MAX_WAIT_SECONDS} (366 days)"
    return whole_number(value, 1, MAX_WAIT_SECONDS, what)


#: The most rings a reachability target may count.
MAX_RINGS = 20


def _rings(value: int | None) -> int | None:
    if value is None:
        return None
    return whole_number(value, 1, MAX_RINGS, f"rings must be a whole number from 1 to {MAX_RINGS}")


#: A wait in words: amounts of days, hours, minutes and seconds, larger first, each once.
_WAIT_PART = r"(\d{1,9})\s+(days?|hours?|minutes?|seconds?)"
_WAIT_WORDS = re.compile(rf"\s*{_WAIT_PART}(?:\s+{_WAIT_PART})*\s*", re.ASCII | re.IGNORECASE)
_WAIT_ISO = re.compile(
    r"P(?!$)(?:(\d{1,9})D)?(?:T(?=\d)(?:(\d{1,9})H)?(?:(\d{1,9})M)?(?:(\d{1,9})S)?)?", re.ASCII
)
_WAIT_UNITS = {"day": 86_400, "hour": 3_600, "minute": 60, "second": 1}


def wait_seconds(text: str) -> int:
    """A wait written in words, in seconds: ``"2 minutes"``, ``"1 minute 30 seconds"``, ``"PT2M"``.

    Days, hours, minutes and seconds, each at most once and the larger first, none of
    them zero; or ISO 8601 (``PT90S``, ``PT1H30M``, ``P1D``). At most 366 days.

    >>> wait_seconds("2 minutes"), wait_seconds("1 minute 30 seconds"), wait_seconds("PT1H")
    (120, 90, 3600)
    """
    if not isinstance(text, str):
        raise CharterTypeError.expected("a wait such as '2 minutes'", text)
    amounts: list[tuple[int, str]] = []
    iso = _WAIT_ISO.fullmatch(text)
    if iso is not None:
        amounts = [
            (int(found), unit)
            for found, unit in zip(iso.groups(), _WAIT_UNITS, strict=True)
            if found is not None
        ]
    elif _WAIT_WORDS.fullmatch(text):
        parts = re.findall(_WAIT_PART, text, re.ASCII | re.IGNORECASE)
        amounts = [(int(amount), word.lower().removesuffix("s")) for amount, word in parts]
    order = [list(_WAIT_UNITS).index(unit) for _, unit in amounts]
    if not amounts or order != sorted(set(order)) or any(amount == 0 for amount, _ in amounts):
        raise CharterValueError(
            f"{excerpt(text)} is not a wait: write amounts of days, hours, minutes and seconds, "
            "larger first, such as '2 minutes' or '1 minute 30 seconds', or ISO 8601 such as "
            "'PT2M'"
        )
    seconds = sum(amount * _WAIT_UNITS[unit] for amount, unit in amounts)
    if seconds > MAX_WAIT_SECONDS:
        raise CharterValueError(f"{excerpt(text)} is longer than 366 days, the longest wait")
    return seconds


def _rule(value: CountingRule) -> CountingRule:
    return check_instance(value, CountingRule, "a CountingRule")


def _extension(value: ExtensionPolicy | None) -> ExtensionPolicy | None:
    return check_optional_instance(value, ExtensionPolicy, "an ExtensionPolicy")


def _optional_period(value: Period | str | None) -> Period | None:
    return None if value is None else to_period(value)


def _optional_text(value: TextLike | None) -> LocalizedText | None:
    return None if value is None else to_text(value)


#: The most a fee may be, in euro; amounts are written with at most two decimals.
MAX_FEE = Decimal("9999999.99")
#: A fee as a document writes it: euro, with a point and at most two decimals.
FEE_PATTERN = r"(0|[1-9][0-9]{0,6})(\.[0-9]{1,2})?"


def euro(value: Decimal | int | str) -> Decimal:
    """An amount in euro, exactly: ``"20.00"``, ``20`` or ``Decimal("20.5")``; 0 is free."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise CharterTypeError.expected("an amount in euro such as '20.00'", value)
    if isinstance(value, str):
        if not re.fullmatch(FEE_PATTERN, value, re.ASCII):
            raise CharterValueError(
                f"{excerpt(value)} is not an amount in euro such as '20.00' (a point, at "
                "most two decimals)"
            )
        value = Decimal(value)
    amount = Decimal(value)
    if (
        not amount.is_finite()
        or amount < 0
        or amount > MAX_FEE
        or amount != amount.quantize(Decimal("0.01"))
    ):
        raise CharterValueError(
            f"a fee must be 0 to {MAX_FEE} euro with at most two decimals, got {excerpt(value)}"
        )
    # Held in cents, so that equal amounts write one text ("7.50") that reads back.
    return abs(amount).quantize(Decimal("0.01"))


@frozen(kw_only=True)
class Fee:
    """What a service costs the client: an amount in euro (0: free of charge).

    ``per`` says what the amount is for ("per certificate"). An urgent procedure with a
    surcharge is a guarantee of its own, with its shorter period and its own fee.
    """

    amount: Decimal = field(converter=euro)
    per: LocalizedText | None = field(default=None, converter=_optional_text)


def _fee(value: Fee | None) -> Fee | None:
    return check_optional_instance(value, Fee, "a Fee")


def _start(value: Start | str) -> Start:
    return to_member(Start, value, "an event a period counts from:")


@frozen(kw_only=True)
class Guarantee:
    """A promise: an answer of this kind within ``period``, counted by ``rule``.

    ``calendar`` and ``channels`` are ids of the charter's calendars and channels;
    ``target`` is the share of cases that must meet it, in each calendar month, quarter
    or year where ``target_per`` says so (otherwise over a report's cases); a case is at
    risk once
    ``warning`` of its period has elapsed. ``legal_maximum`` is the legal limit the
    service norm must not exceed, where the law sets one. ``starts`` is the event the
    period counts from: the receipt, or another event (the file complete, the decision
    notified), which a case then records as a :class:`~charter.clock.events.Started`.
    """

    id: str = field(converter=check_id)
    kind: GuaranteeKind = field(converter=_kind)
    description: LocalizedText = field(converter=to_text)
    period: Period = field(converter=to_period)
    rule: CountingRule = field(default=SERVICE_STANDARD, converter=_rule)
    calendar: str = field(converter=check_id)
    channels: tuple[str, ...] = field(default=(), converter=check_ids)
    target: Share | None = field(default=None, converter=_optional_share)
    warning: Share = field(default=Share(0.8), converter=_share)
    suspension_allowed: bool = field(default=False, converter=check_flag)
    extension: ExtensionPolicy | None = field(default=None, converter=_extension)
    legal_maximum: Period | None = field(default=None, converter=_optional_period)
    legal_source: str | None = field(default=None, converter=check_optional_text)
    fee: Fee | None = field(default=None, converter=_fee)
    starts: Start = field(default=Start.RECEIVED, converter=_start)
    target_per: TargetPeriod | None = field(default=None, converter=_target_per)

    def __attrs_post_init__(self) -> None:
        if self.target_per is not None and self.target is None:
            raise CharterValueError("target_per needs a target: a share to reach in each period")

    @property
    def extension_limit(self) -> Period | None:
        """The most one extension may add (its policy's ``by``), or None without a policy."""
        return None if self.extension is None else self.extension.by

    def counting_from(
        self, received: datetime, events: tuple[Event, ...]
    ) -> tuple[datetime | None, tuple[Event, ...]]:
        """The instant the period counts from, and the events after it.

        For a guarantee that counts from the receipt: *received* and all *events*. For
        one that counts from another event: the instant of the history's
        :class:`~charter.clock.events.Started` and the events after it, or None and all
        *events* if it has not happened (a history checked already: nothing that moves
        the deadline comes before it).
        """
        if self.starts is Start.RECEIVED:
            return received, events
        for index, event in enumerate(events):
            if type(event) is Started:
                return event.at, events[index + 1 :]
        return None, events

    def not_started(self) -> str:
        """Why a deadline of this guarantee is not known yet: its start event is missing."""
        return (
            f"guarantee {self.id!r} counts from its start event ({self.starts.value}), "
            "which the history does not hold yet"
        )

    def check_events(self, events: Iterable[Event]) -> None:
        """Whether this guarantee allows *events*: suspensions, and extensions (how many, how long).

        The notice of an extension (before the deadline in force) and the date of an
        extension until a date (at most the policy's ``by`` after the deadline in force)
        are checked by the deadline calculator, which knows that deadline. Raises
        :class:`~charter.errors.CaseError` naming the event.
        """
        policy = self.extension
        extensions = 0
        waiting = self.starts is not Start.RECEIVED  # for its start event
        for index, event in enumerate(events):
            if isinstance(event, Suspended) and not self.suspension_allowed:
                message = f"guarantee {self.id!r} allows no suspension"
                raise CaseError.at_event(index, event, message)
            if isinstance(event, Started):
                if not waiting:
                    message = (
                        f"guarantee {self.id!r} counts from the receipt: it has no start event"
                    )
                    raise CaseError.at_event(index, event, message)
                waiting = False
            elif waiting and isinstance(event, Suspended | Extended):
                message = (
                    f"before the start event of guarantee {self.id!r} "
                    f"({self.starts.value}): its clock was not running yet"
                )
                raise CaseError.at_event(index, event, message)
            if not isinstance(event, Extended):
                continue
            extensions += 1
            if policy is None:
                message = f"guarantee {self.id!r} allows no extension"
            elif extensions > policy.times:
                times = "once" if policy.times == 1 else f"{policy.times} times"
                message = f"guarantee {self.id!r} may be extended {times} only"
            elif event.by is not None and not _within(event.by, policy.by):
                message = f"guarantee {self.id!r} may be extended by at most {policy.by}"
            else:
                continue
            raise CaseError.at_event(index, event, message)


def _within(by: Period, allowed: Period) -> bool:
    """Whether an extension by *by* is no more than *allowed*, part by part, in its units."""
    most = {unit: amount for amount, unit in allowed.parts}
    return all(unit in most and amount <= most[unit] for amount, unit in by.parts)


class ReachabilityMetric(Enum):
    """What a reachability target measures on its channel's calls (chats, visits, e-mails).

    ``ANSWERED_WITHIN`` (the default): at least ``share`` of them answered within
    ``within_seconds``. ``ANSWER_RATE``: at least ``share`` of them answered.
    ``ABANDONMENT_RATE``: at most ``share`` of them given up before an answer.
    ``AVERAGE_WAIT``: the mean wait of those answered at most ``within_seconds`` (no share).
    ``RINGS``: at least ``share`` of them answered within ``rings`` rings.
    """

    ANSWERED_WITHIN = "answered_within"
    ANSWER_RATE = "answer_rate"
    ABANDONMENT_RATE = "abandonment_rate"
    AVERAGE_WAIT = "average_wait"
    RINGS = "rings"


#: The fields each metric needs; the others of ``share``, ``within_seconds`` and ``rings``
#: it refuses.
METRIC_FIELDS: dict[ReachabilityMetric, tuple[str, ...]] = {
    ReachabilityMetric.ANSWERED_WITHIN: ("share", "within_seconds"),
    ReachabilityMetric.ANSWER_RATE: ("share",),
    ReachabilityMetric.ABANDONMENT_RATE: ("share",),
    ReachabilityMetric.AVERAGE_WAIT: ("within_seconds",),
    ReachabilityMetric.RINGS: ("share", "rings"),
}
#: What each of those fields is, as a message says it.
_METRIC_FIELD_NAMES = {
    "share": "a share, such as '80 %'",
    "within_seconds": "a wait: within_seconds, or in a document within, such as '2 minutes'",
    "rings": "rings, a number of rings",
}
#: The kinds of channel a metric fits, where it does not fit every kind: rings are a
#: telephone's, and only people who wait in line can give up.
METRIC_KINDS: dict[ReachabilityMetric, tuple[ChannelKind, ...]] = {
    ReachabilityMetric.RINGS: (ChannelKind.TELEPHONE, ChannelKind.VIDEO),
    ReachabilityMetric.ABANDONMENT_RATE: (
        ChannelKind.TELEPHONE,
        ChannelKind.VIDEO,
        ChannelKind.CHAT,
        ChannelKind.COUNTER,
        ChannelKind.BUSINESS_COUNTER,
    ),
}


def _metric(value: ReachabilityMetric | str) -> ReachabilityMetric:
    return to_member(ReachabilityMetric, value, "a reachability metric:")


@frozen(kw_only=True)
class ReachabilityTarget:
    """A promise about how a channel answers: ``metric`` measured against its figures.

    By default (``ANSWERED_WITHIN``), ``share`` of the calls (chats, visits, ...) on
    ``channel`` answered within ``within_seconds``; see :class:`ReachabilityMetric` for
    the others and the fields each needs. A field a metric does not use is refused, each
    problem with its path (``$.share``).
    """

    channel: str = field(converter=check_id)
    metric: ReachabilityMetric = field(
        default=ReachabilityMetric.ANSWERED_WITHIN, converter=_metric
    )
    share: Share | None = field(default=None, converter=_optional_share)
    within_seconds: int | None = field(default=None, converter=_seconds)
    rings: int | None = field(default=None, converter=_rings)

    def __attrs_post_init__(self) -> None:
        needed = METRIC_FIELDS[self.metric]
        issues = []
        for name, what in _METRIC_FIELD_NAMES.items():
            given = getattr(self, name) is not None
            if name in needed and not given:
                message = f"the metric {self.metric.value!r} needs {what}"
                issues.append(Issue(f"$.{name}", message))
            elif name not in needed and given:
                uses = " and ".join(needed)
                message = f"the metric {self.metric.value!r} takes no {name}: it uses {uses}"
                issues.append(Issue(f"$.{name}", message))
        if issues:
            raise CharterValidationError(issues)


@frozen(kw_only=True)
class ClientDuty:
    """What the client is asked to do, within a period where there is one, and why.

    ``counted_from`` names the event the period runs from, where it is not plain ("the
    date the assessment was sent"); it needs a ``period``.
    """

    text: LocalizedText = field(converter=to_text)
    period: Period | None = field(default=None, converter=_optional_period)
    consequence: LocalizedText | None = field(default=None, converter=_optional_text)
    counted_from: LocalizedText | None = field(default=None, converter=to_optional_line)

    def __attrs_post_init__(self) -> None:
        if self.counted_from is not None and self.period is None:
            raise CharterValueError(
                "counted_from needs a period: a duty without one runs from nothing"
            )


@frozen(kw_only=True)
class AuthenticSource:
    """A register consulted instead of asking the client (the *only once* principle)."""

    id: str = field(converter=check_id)
    name: LocalizedText = field(converter=to_line)
    data: LocalizedText | None = field(default=None, converter=_optional_text)


def _sources(values: Iterable[AuthenticSource]) -> tuple[AuthenticSource, ...]:
    return check_items(values, AuthenticSource, "an AuthenticSource")


@frozen(kw_only=True)
class DataReuse:
    """The commitment to reuse data already held, and the sources consulted."""

    statement: LocalizedText = field(converter=to_text)
    sources: tuple[AuthenticSource, ...] = field(default=(), converter=_sources)


@frozen(kw_only=True)
class Referral:
    """Questions for another service are forwarded, within ``period``, the client told."""

    statement: LocalizedText = field(converter=to_text)
    guarantee: str | None = field(default=None, converter=check_optional_id)
    inform_client: bool = field(default=True, converter=check_flag)


@frozen(kw_only=True)
class Indicator:
    """A quality indicator, tied to a guarantee where it measures one."""

    id: str = field(converter=check_id)
    description: LocalizedText = field(converter=to_text)
    guarantee: str | None = field(default=None, converter=check_optional_id)


def _indicators(values: Iterable[Indicator]) -> tuple[Indicator, ...]:
    return check_items(values, Indicator, "an Indicator")


def _texts(values: Iterable[TextLike]) -> tuple[LocalizedText, ...]:
    return tuple(to_text(value) for value in check_list(values, "texts"))


@frozen(kw_only=True)
class QualityMonitoring:
    """How the charter is monitored: indicators, reporting cycle, complaints, ombudsmen.

    ``ombudsman`` names one ombudsman; ``ombudsmen`` several (the federal one, a regional
    one, one of a sector), in the order the charter gives them. A charter names them in
    one of the two: :attr:`all_ombudsmen` is whichever it used.
    """

    indicators: tuple[Indicator, ...] = field(default=(), converter=_indicators)
    reporting_cycle: Period | None = field(default=None, converter=_optional_period)
    complaint_procedure: LocalizedText | None = field(default=None, converter=_optional_text)
    ombudsman: LocalizedText | None = field(default=None, converter=_optional_text)
    ombudsmen: tuple[LocalizedText, ...] = field(default=(), converter=_texts)

    def __attrs_post_init__(self) -> None:
        if self.ombudsman is not None and self.ombudsmen:
            message = (
                "name the ombudsmen in one place: ombudsmen (a list), or ombudsman for one, "
                "not both"
            )
            raise CharterValidationError([Issue("$.ombudsmen", message)])

    @property
    def all_ombudsmen(self) -> tuple[LocalizedText, ...]:
        """Every ombudsman the charter names: ``ombudsmen``, or ``ombudsman`` alone."""
        return self.ombudsmen or (() if self.ombudsman is None else (self.ombudsman,))
