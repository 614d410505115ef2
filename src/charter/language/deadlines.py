"""A deadline in words: the promise for a letter or an e-mail, and how it was reached.

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> from charter import WorkingCalendar, belgium, deadline
>>> calendar = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
>>> received = datetime(2026, 12, 26, 11, tzinfo=ZoneInfo("Europe/Brussels"))
>>> text = describe_deadline(deadline(received, "5 working days", calendar=calendar), "nl_BE")
>>> print(text.promise)
U krijgt uiterlijk op dinsdag 5 januari 2027 een antwoord.
>>> for sentence in text.explanation:
...     print(sentence)
Uw vraag kwam binnen op zaterdag 26 december 2026.
Dat is geen werkdag: ze geldt als ontvangen op maandag 28 december.
We tellen vanaf dinsdag 29 december.
1 januari is een feestdag.
"""

from __future__ import annotations

from datetime import timedelta

from attrs import frozen

from charter.calendars.working import DayOffKind
from charter.clock.deadline import Deadline
from charter.clock.periods import Period, Unit
from charter.clock.rules import EndOfPeriod
from charter.clock.steps import (
    CountingStarts,
    CutoffReason,
    DayOff,
    EndsAt,
    ExtensionCounted,
    MinimumWorkingDays,
    MovedPastCutoff,
    Received,
    RolledForward,
    Step,
    SuspensionCounted,
)
from charter.errors import CharterTypeError
from charter.language.messages import N_, NN_, NPN_, Messages

__all__ = ["DeadlineText", "describe_deadline", "describe_period"]


@frozen
class DeadlineText:
    """The promise sentence, and the sentences that explain it (one per decision)."""

    promise: str
    explanation: tuple[str, ...]

    def __str__(self) -> str:
        return " ".join((*self.explanation, self.promise))


def describe_deadline(d: Deadline, locale: str) -> DeadlineText:
    """The promise of deadline *d* and its explanation, in *locale* (``"nl_BE"``, ...)."""
    if not isinstance(d, Deadline):
        raise CharterTypeError.expected("a Deadline", d)
    m = Messages(locale)
    sentences: list[str] = []
    days_off: list[DayOff] = []
    for step in d.steps:
        if isinstance(step, DayOff):
            days_off.append(step)
            continue
        if days_off:
            sentences.extend(_days_off(days_off, m))
            days_off = []
        sentence = _sentence(step, m)
        if sentence:
            sentences.append(sentence)
    sentences.extend(_days_off(days_off, m))
    return DeadlineText(
        promise=_capital(_promise(d, m)), explanation=tuple(_capital(s) for s in sentences)
    )


def _capital(sentence: str) -> str:
    """The sentence with a capital first letter (a weekday may start it: ``zaterdag``)."""
    return sentence[:1].upper() + sentence[1:]


def _promise(d: Deadline, m: Messages) -> str:
    ends = d.steps[-1]
    if isinstance(ends, EndsAt) and ends.end is EndOfPeriod.END_OF_DAY:
        return m.gettext("You will receive an answer by {date} at the latest.").format(
            date=m.full_date(d.last_day)
        )
    local = d.due.astimezone(d.received.tzinfo)
    return m.gettext("You will receive an answer by {date} at {time} at the latest.").format(
        date=m.full_date(local.date()), time=m.clock(local.hour * 60 + local.minute)
    )


def _sentence(step: Step, m: Messages) -> str | None:  # noqa: PLR0911 - one a step
    if isinstance(step, Received):
        return m.gettext("Your question arrived on {date}.").format(
            date=m.full_date(step.at.date())
        )
    if isinstance(step, MovedPastCutoff):
        when = m.weekday_date(step.on)
        message = {
            CutoffReason.NON_WORKING_DAY: N_(
                "That is not a working day: it counts as received on {date}."
            ),
            CutoffReason.AFTER_CUTOFF_TIME: N_(
                "It arrived after the day's cut-off time: it counts as received on {date}."
            ),
            CutoffReason.OUTSIDE_HOURS: N_(
                "It arrived outside opening hours: it counts as received on {date}."
            ),
            CutoffReason.PRESENTED: N_(
                "The registered letter was presented: it counts as received on {date}."
            ),
            CutoffReason.POSTED: N_(
                "The letter was posted: it counts as received on {date}, the third working "
                "day after."
            ),
        }[step.reason]
        return m.gettext(message).format(date=when)
    if isinstance(step, CountingStarts):
        return m.gettext("We count from {date}.").format(date=m.weekday_date(step.on))
    if isinstance(step, SuspensionCounted):
        start, end = m.weekday_date(step.suspended.date()), m.weekday_date(step.resumed.date())
        if step.time:
            taken = _duration(step.time, m)
            return m.gettext(
                "We waited for you from {start} to {end}: {time} does not count."
            ).format(start=start, end=end, time=taken)
        return m.ngettext(
            "We waited for you from {start} to {end}: {n} day does not count.",
            "We waited for you from {start} to {end}: {n} days do not count.",
            step.days,
        ).format(start=start, end=end, n=step.days)
    if isinstance(step, ExtensionCounted):
        return m.gettext("On {date} the time was extended by {period}.").format(
            date=m.weekday_date(step.at.date()), period=describe_period(step.by, m)
        )
    if isinstance(step, RolledForward):
        return m.gettext("{day} is not a working day, so the last day is {to}.").format(
            day=m.weekday_date(step.from_day), to=m.weekday_date(step.to_day)
        )
    if isinstance(step, MinimumWorkingDays):
        return m.ngettext(
            "The period holds at least {n} working day, so the last day is {to}.",
            "The period holds at least {n} working days, so the last day is {to}.",
            step.required,
        ).format(n=step.required, to=m.weekday_date(step.to_day))
    return None  # EndsAt: the promise says it


def _days_off(days: list[DayOff], m: Messages) -> list[str]:
    """One sentence for the holidays skipped, one for the closure days."""
    sentences = []
    for kind, (singular, plural) in (
        (DayOffKind.HOLIDAY, NN_("{days} is a public holiday.", "{days} are public holidays.")),
        (
            DayOffKind.CLOSURE,
            NN_("{days} is a day the service is closed.", "{days} are days the service is closed."),
        ),
    ):
        found = [d.date for d in days if d.kind is kind]
        if found:
            listed = m.list([m.day_month(d) for d in found])
            sentences.append(m.ngettext(singular, plural, len(found)).format(days=listed))
    return sentences


def _duration(value: timedelta, m: Messages) -> str:
    minutes = round(value.total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(m.ngettext("{n} hour", "{n} hours", hours).format(n=hours))
    if minutes or not hours:
        parts.append(m.ngettext("{n} minute", "{n} minutes", minutes).format(n=minutes))
    return m.list(parts)


def describe_period(period: Period, m: Messages | str, *, within: bool = False) -> str:
    """*period* in words: ``5 werkdagen``, ``1 mois``, ``4 Servicestunden``.

    *within*: as it reads after "within" (German: ``innerhalb von 5 Werktagen``).
    """
    messages = m if isinstance(m, Messages) else Messages(m)
    words = []
    for n, unit in period.parts:  # a compound period: "1 maand en 15 dagen"
        if within:
            context, singular, plural = _WITHIN[unit]
            words.append(messages.npgettext(context, singular, plural, n).format(n=n))
        else:
            singular, plural = _UNITS[unit]
            words.append(messages.ngettext(singular, plural, n).format(n=n))
    return words[0] if len(words) == 1 else messages.list(words)


_UNITS = {
    Unit.MINUTES: NN_("{n} minute", "{n} minutes"),
    Unit.HOURS: NN_("{n} hour", "{n} hours"),
    Unit.SERVICE_HOURS: NN_("{n} service hour", "{n} service hours"),
    Unit.DAYS: NN_("{n} day", "{n} days"),
    Unit.WORKING_DAYS: NN_("{n} working day", "{n} working days"),
    Unit.WEEKS: NN_("{n} week", "{n} weeks"),
    Unit.MONTHS: NN_("{n} month", "{n} months"),
    Unit.YEARS: NN_("{n} year", "{n} years"),
}

_WITHIN = {
    Unit.MINUTES: NPN_("within", "{n} minute", "{n} minutes"),
    Unit.HOURS: NPN_("within", "{n} hour", "{n} hours"),
    Unit.SERVICE_HOURS: NPN_("within", "{n} service hour", "{n} service hours"),
    Unit.DAYS: NPN_("within", "{n} day", "{n} days"),
    Unit.WORKING_DAYS: NPN_("within", "{n} working day", "{n} working days"),
    Unit.WEEKS: NPN_("within", "{n} week", "{n} weeks"),
    Unit.MONTHS: NPN_("within", "{n} month", "{n} months"),
    Unit.YEARS: NPN_("within", "{n} year", "{n} years"),
}
