"""A deadline in words: the promise for a letter or an e-mail, and how it was reached.

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> from charter import WorkingCalendar, belgium, deadline
>>> calendar = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
>>> received = datetime(2026, 12, 26, 11, tzinfo=ZoneInfo("Europe/Brussels"))
>>> text = describe_deadline(deadline(received, "5 working days", calendar=calendar), "nl_BE")
>>> print(text.promise)
U krijgt uiterlijk op maandag 4 januari 2027 een antwoord.
>>> for sentence in text.explanation:
...     print(sentence)
We hebben uw vraag ontvangen op zaterdag 26 december 2026.
De termijn begint te lopen op maandag 28 december.
Vrijdag 1 januari is een feestdag.

A period says itself with its own preposition, in each language's grammar (no sentence
puts "within" in one place and the period in another): ``binnen een maand``, ``dans un
délai d'un mois``, ``innerhalb eines Monats``.

>>> from charter import Period
>>> describe_period(Period.parse("1 month"), "de_BE", form="within")
'innerhalb eines Monats'
>>> describe_period(Period.parse("2 months"), "fr_BE", form="by")
'de deux mois'
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from attrs import frozen

from charter.calendars.working import DayOffKind
from charter.clock.deadline import Deadline
from charter.clock.events import Start
from charter.clock.periods import Period, Unit
from charter.clock.rules import EndOfPeriod
from charter.clock.steps import (
    CountingFrom,
    CountingStarts,
    CutoffReason,
    DayOff,
    EndsAt,
    ExtendedUntil,
    ExtensionCounted,
    MinimumWorkingDays,
    MovedPastCutoff,
    Received,
    RolledForward,
    Step,
    SuspensionCounted,
)
from charter.errors import CharterTypeError, CharterValueError
from charter.language.messages import N_, NN_, NP_, NPN_, Messages
from charter.model.guarantees import GuaranteeKind
from charter.text import Register

__all__ = ["DeadlineText", "PeriodForm", "describe_deadline", "describe_period"]

#: How a period is said: alone (``vijf werkdagen``), after "within" with its preposition
#: (``binnen vijf werkdagen``), or as an extension's "by" (``met vijf werkdagen``).
PeriodForm = Literal["bare", "within", "by"]


@frozen
class DeadlineText:
    """The promise sentence, and the sentences that explain it (one per decision)."""

    promise: str
    explanation: tuple[str, ...]

    def __str__(self) -> str:
        return " ".join((*self.explanation, self.promise))


def describe_deadline(
    d: Deadline,
    locale: str,
    *,
    kind: GuaranteeKind | str | None = None,
    register: Register | str = Register.FORMAL,
) -> DeadlineText:
    """The promise of deadline *d* and its explanation, in *locale* (``"nl_BE"``, ...).

    *kind*: the kind of the guarantee (:class:`~charter.model.GuaranteeKind`), which the
    promise names: a callback is a call back, an acknowledgement an acknowledgement of
    receipt. By default the promise is an answer. *register*: formal (u, vous, Sie; the
    default) or informal (je, tu, du), as the charter's ``register`` says.
    """
    if not isinstance(d, Deadline):
        raise CharterTypeError.expected("a Deadline", d)
    promised = _kind(kind)
    m = Messages(locale, register)
    timed = _timed(d)
    sentences: list[str] = []
    days_off: list[DayOff] = []
    for step in _reading_order(d.steps):
        if isinstance(step, DayOff):
            days_off.append(step)
            continue
        if days_off:
            sentences.extend(_days_off(days_off, m))
            days_off = []
        sentence = _sentence(step, m, timed=timed)
        if sentence:
            sentences.append(sentence)
    sentences.extend(_days_off(days_off, m))
    return DeadlineText(
        promise=_capital(_promise(d, promised, m, timed=timed)),
        explanation=tuple(_capital(s) for s in sentences),
    )


def _reading_order(steps: tuple[Step, ...]) -> list[Step]:
    """The steps as a reader follows them: days off before the counting starts come first.

    From Saturday 26 December, closed on 28 and 29 December, the count starts on the 30th:
    the closure explains that start, so it is told before it.
    """
    ordered = list(steps)
    for index, step in enumerate(ordered):
        if isinstance(step, CountingStarts):
            before = [s for s in ordered[index + 1 :] if isinstance(s, DayOff) and s.date < step.on]
            if before:
                rest = [s for s in ordered[index + 1 :] if not any(s is b for b in before)]
                return [*ordered[:index], *before, step, *rest]
            break
    return ordered


def _kind(kind: GuaranteeKind | str | None) -> GuaranteeKind | None:
    if kind is None or isinstance(kind, GuaranteeKind):
        return kind
    try:
        return GuaranteeKind(kind)
    except ValueError:
        known = ", ".join(member.value for member in GuaranteeKind)
        raise CharterValueError(f"{kind!r} is not a kind of guarantee: {known}") from None


def _timed(d: Deadline) -> bool:
    """Whether the deadline ends at a time of day (a period in hours), not at midnight."""
    ends = d.steps[-1]
    return not (isinstance(ends, EndsAt) and ends.end is EndOfPeriod.END_OF_DAY)


def _capital(sentence: str) -> str:
    """The sentence with a capital first letter (a weekday may start it: ``zaterdag``)."""
    return sentence[:1].upper() + sentence[1:]


def _local(d: Deadline, t: datetime) -> datetime:
    return t.astimezone(d.received.tzinfo)


def _minutes(t: datetime) -> int:
    return t.hour * 60 + t.minute


# -- the promise ---------------------------------------------------------------------------------

_PROMISES = {
    # Translators: the promise of a letter; {by} is "by Tuesday 5 January 2027 at the
    # latest" with its own preposition ("uiterlijk op …", "au plus tard le …").
    None: N_("You will receive an answer {by}."),
    # Translators: the promise of an acknowledgement of receipt; {by} as above.
    GuaranteeKind.ACKNOWLEDGEMENT: N_("You will receive an acknowledgement of receipt {by}."),
    # Translators: the promise to handle a complaint; {by} as above.
    GuaranteeKind.COMPLAINT: N_("We will handle your complaint {by}."),
    # Translators: the promise to forward a question for another service; {by} as above.
    GuaranteeKind.REFERRAL: N_("We will forward your question to the competent service {by}."),
    # Translators: the promise of a callback; {by} as above.
    GuaranteeKind.CALLBACK: N_("We will call you back {by}."),
    # Translators: the promise of a payment; {by} as above.
    GuaranteeKind.PAYMENT: N_("We will pay {by}."),
    # Translators: the promise to publish a change on the website; {by} as above.
    GuaranteeKind.WEBSITE_FRESHNESS: N_("The change will be on our website {by}."),
    # Translators: the promise that an appointment takes place; {by} as above ("Uw afspraak
    # vindt {by} plaats.", "Votre rendez-vous aura lieu {by}.", "Ihr Termin findet {by}
    # statt.").
    GuaranteeKind.APPOINTMENT: N_("Your appointment will take place {by}."),
    # Translators: the promise to help a visitor at the counter; {by} is "by Tuesday
    # 5 January 2027 at 10:15 at the latest" ("Wij helpen u {by}.").
    GuaranteeKind.WAITING_TIME: N_("We will help you {by}."),
    # Translators: the promise that a document or product is ready (for pick-up or sent),
    # not a decision; {by} as above ("Uw document is {by} klaar.", "Votre document sera
    # prêt {by}.", "Ihr Dokument liegt {by} bereit.").
    GuaranteeKind.READY: N_("Your document will be ready {by}."),
}


def _promise(d: Deadline, kind: GuaranteeKind | None, m: Messages, *, timed: bool) -> str:
    message = _PROMISES.get(kind, _PROMISES[None])
    if timed:
        local = _local(d, d.due)
        # Translators: when a promise is kept at the latest, "by Wednesday 23 December
        # 2026 at 14:30 at the latest"; {time} is "14.30" (add "uur", "Uhr" as needed).
        by = m.gettext("by {date} at {time} at the latest").format(
            date=m.full_date(local.date()), time=m.clock(_minutes(local))
        )
    else:
        # Translators: when a promise is kept at the latest, "by Tuesday 5 January 2027 at
        # the latest" ("uiterlijk op …", "au plus tard le …", "spätestens am …").
        by = m.gettext("by {date} at the latest").format(date=m.full_date(d.last_day))
    return m.gettext(message).format(by=by)


# -- the explanation ------------------------------------------------------------------------------

#: The sentence that says when the event a period counts from happened.
STARTED = {
    # Translators: an explanation's sentence after the receipt, for a period that counts
    # from a complete file; {date} is "Monday 4 January 2027" (or "… at 10:00").
    Start.COMPLETE: N_("Your file was complete on {date}; the period counts from then."),
    # Translators: as above, for a period that counts from the acknowledgement of receipt.
    Start.ACKNOWLEDGED: N_(
        "We sent the acknowledgement of receipt on {date}; the period counts from then."
    ),
    # Translators: as above, for a period that counts from the declaration of admissibility.
    Start.ADMISSIBLE: N_(
        "We declared your request admissible on {date}; the period counts from then."
    ),
    # Translators: as above, for a period that counts from the notification of a decision.
    Start.NOTIFIED: N_("We notified you of the decision on {date}; the period counts from then."),
    # Translators: as above, for the receipt itself (not used in practice).
    Start.RECEIVED: N_("We received your question on {date}."),
}

_CUTOFF = {
    # Translators: why a question counts as received later; explanations use the perfect
    # tense. {date} is "Monday 28 December" (or "… at 9:00" for a period in hours).
    CutoffReason.NON_WORKING_DAY: N_(
        "That is not a working day, so your question counts as received on {date}."
    ),
    # Translators: as above; the question arrived after the last time of the day it is
    # received on ("na het uiterste uur van ontvangst", "nach Annahmeschluss").
    CutoffReason.AFTER_CUTOFF_TIME: N_(
        "It arrived after the cut-off time for receipt, so it counts as received on {date}."
    ),
    # Translators: as above; the question arrived while the channel was closed.
    CutoffReason.OUTSIDE_HOURS: N_(
        "It arrived outside opening hours, so it counts as received on {date}."
    ),
    # Translators: as above; a registered letter counts from the day after it was
    # presented (Judicial Code art. 53bis).
    CutoffReason.PRESENTED: N_(
        "The registered letter was presented, so it counts as received on {date}."
    ),
    # Translators: as above; a letter handed to the post counts as received on the third
    # working day after (Judicial Code art. 53bis).
    CutoffReason.POSTED: N_(
        "The letter was handed to the post, so it counts as received on the third working "
        "day after, {date}."
    ),
}


def _sentence(step: Step, m: Messages, *, timed: bool) -> str | None:  # noqa: PLR0911 - one a step
    if isinstance(step, Received):
        at = step.at
        when = m.moment(at.date(), _minutes(at), year=True) if timed else m.full_date(at.date())
        # Translators: the first sentence of an explanation; {date} is "Saturday 26
        # December 2026" (or "… at 10:00" for a period in hours).
        return m.gettext("We received your question on {date}.").format(date=when)
    if isinstance(step, CountingFrom):
        at = step.at
        when = m.moment(at.date(), _minutes(at), year=True) if timed else m.full_date(at.date())
        return m.gettext(STARTED[step.start]).format(date=when)
    if isinstance(step, MovedPastCutoff):
        when = m.moment(step.on, _minutes(step.at)) if timed else m.weekday_date(step.on)
        return m.gettext(_CUTOFF[step.reason]).format(date=when)
    if isinstance(step, CountingStarts):
        when = m.moment(step.on, _minutes(step.at)) if timed else m.weekday_date(step.on)
        # Translators: {date} is "Tuesday 29 December" (or "… at 9:00" for a period in
        # hours); French "à partir du {date}".
        return m.gettext("The period starts on {date}.").format(date=when)
    if isinstance(step, SuspensionCounted):
        return _suspension(step, m)
    if isinstance(step, ExtensionCounted):
        # Translators: {date} is "Sunday 20 December"; {by} the extension with its own
        # preposition: "by 45 calendar days" ("met 45 kalenderdagen", "de 45 jours
        # calendrier", "um 45 Kalendertage").
        return m.gettext("On {date} we extended the period {by}.").format(
            date=m.weekday_date(step.at.date()),
            by=describe_period(step.by, m, form="by", calendar_days=True),
        )
    if isinstance(step, ExtendedUntil):
        # Translators: a holding reply; {date} is "Sunday 20 December", {until} "Friday 29
        # January 2027": the day the answer is now due by.
        return m.gettext("On {date} we told you that you would have our answer by {until}.").format(
            date=m.weekday_date(step.at.date()), until=m.full_date(step.until)
        )
    if isinstance(step, RolledForward):
        return _rolled(step, m)
    if isinstance(step, MinimumWorkingDays):
        # Translators: EU Regulation 1182/71 art. 3(5); {n} is a word ("two"), {to} "Monday
        # 28 December". The singular is for one (write it as a word in its gender).
        return m.ngettext(
            "A period of two days or more holds at least one working day, so the period ends "
            "on {to}.",
            "A period of two days or more holds at least {n} working days, so the period "
            "ends on {to}.",
            step.required,
        ).format(n=m.count(step.required), to=m.weekday_date(step.to_day))
    return None  # EndsAt: the promise says it


def _suspension(step: SuspensionCounted, m: Messages) -> str:
    """The time the clock stood still: its dates, or its times on one date."""
    start, end = step.suspended, step.resumed.astimezone(step.suspended.tzinfo)
    if start.date() == end.date():
        # Translators: a wait within one day; {date} is "Monday 21 December", {start}
        # and {end} times ("11.00", "14.20": add "uur" or "Uhr"); {time} how long ("3 hours
        # and 20 minutes"). Explanations use the perfect tense.
        message = N_(
            "On {date} we waited for your answer from {start} to {end}; that time ({time}) "
            "does not count."
        )
        if not step.time:
            # Translators: as above, in a period counted in days: a wait within one day
            # takes no day off the count.
            message = N_(
                "On {date} we waited for your answer from {start} to {end}; a wait within one "
                "day does not change the period."
            )
        return m.gettext(message).format(
            date=m.weekday_date(start.date()),
            start=m.clock(_minutes(start)),
            end=m.clock(_minutes(end)),
            time=_duration(step.time, m) if step.time else "",
        )
    if step.time:
        # Translators: a wait over several days in a period in hours; {start} and {end}
        # are "Wednesday 23 December at 10:00"; {time} how long it was ("one hour and 30
        # minutes").
        return m.gettext(
            "From {start} to {end} we waited for your answer; that time ({time}) does not count."
        ).format(
            start=m.moment(start.date(), _minutes(start)),
            end=m.moment(end.date(), _minutes(end)),
            time=_duration(step.time, m),
        )
    # Translators: a wait in a period in days; {start} and {end} are "Thursday 3 December"
    # (the day the period resumes is not among them, so "to", not "to and including");
    # {n} is a word ("five"). The singular is for one day.
    return m.ngettext(
        "From {start} to {end} we waited for your answer; that day does not count.",
        "From {start} to {end} we waited for your answer; those {n} days do not count.",
        step.days,
    ).format(
        start=m.weekday_date(start.date()),
        end=m.weekday_date(end.date()),
        n=m.count(step.days),
    )


def _rolled(step: RolledForward, m: Messages) -> str:
    """The last day is not a working day: why (a weekend, a holiday, a closure), and after."""
    kind = step.reason.kind if step.reason is not None else DayOffKind.CLOSURE
    message = {
        # Translators: EU Regulation 1182/71 art. 3(4); {day} is "Saturday 28 February",
        # {to} "Monday 2 March". German may use {date} and {weekday} instead of {day}
        # ("28. Februar", "Samstag"): "Der {date} ist ein {weekday} und damit kein …".
        DayOffKind.REST_DAY: N_("{day} is not a working day, so the period ends on {to}."),
        # Translators: as above, the last day a public holiday; German may use {weekday}
        # and {date} instead of {day}: "{weekday}, der {date}, ist ein Feiertag; …".
        DayOffKind.HOLIDAY: N_("{day} is a public holiday, so the period ends on {to}."),
        # Translators: as above, the service closed on the last day (a closure day).
        DayOffKind.CLOSURE: N_("The service is closed on {day}, so the period ends on {to}."),
    }[kind]
    return m.gettext(message).format(
        day=m.weekday_date(step.from_day),
        date=m.day_month(step.from_day),
        weekday=m.weekday(step.from_day.weekday()),
        to=m.weekday_date(step.to_day),
    )


#: A day in the list of the public holidays that start a sentence: Dutch starts no
#: sentence with a digit (it adds the weekday), German gives each day its article.
_HOLIDAY_DAYS = (
    # Translators: a CLDR date pattern for a holiday in a list that starts a sentence,
    # followed by another day of the same month: "25" in "25 and 26 December are
    # public holidays" (Dutch "EEEE d": no sentence starts with a digit; German "'der' d.").
    NP_("a public holiday in a list", "d"),
    # Translators: as above, a day with its month: "25 December" (Dutch "EEEE d MMMM",
    # German "'der' d. MMMM").
    NP_("a public holiday in a list", "d MMMM"),
)
_CLOSURE_DAYS = (
    # Translators: a CLDR date pattern for a closure day in a list, followed by another
    # day of the same month: "28" in "the service is closed on 28 and 29 December"
    # (German "'der' d.": "Der 28. und der 29. Dezember sind Schließtage").
    NP_("a closure day in a list", "d"),
    # Translators: as above, a day with its month: "29 December" (German "'der' d. MMMM").
    NP_("a closure day in a list", "d MMMM"),
)


def _days_off(days: list[DayOff], m: Messages) -> list[str]:
    """One sentence for the holidays skipped, one for the closure days."""
    sentences = []
    holidays = [d.date for d in days if d.kind is DayOffKind.HOLIDAY]
    if holidays:
        # Translators: {days} is a list of dates as the patterns of "a public holiday in a
        # list" write them: "25 December and 1 January".
        message = m.ngettext(
            "{days} is a public holiday.", "{days} are public holidays.", len(holidays)
        )
        sentences.append(message.format(days=m.date_list(holidays, _HOLIDAY_DAYS)))
    closures = [d.date for d in days if d.kind is DayOffKind.CLOSURE]
    if closures:
        # Translators: {days} is a list of dates as the patterns of "a closure day in a
        # list" write them: "28 and 29 December".
        message = m.ngettext(
            "The service is closed on {days}.", "The service is closed on {days}.", len(closures)
        )
        sentences.append(message.format(days=m.date_list(closures, _CLOSURE_DAYS)))
    return sentences


def _duration(value: timedelta, m: Messages) -> str:
    minutes = round(value.total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(describe_period(Period(hours, Unit.HOURS), m))
    if minutes or not hours:
        parts.append(describe_period(Period(minutes, Unit.MINUTES), m))
    return m.list(parts)


# -- periods --------------------------------------------------------------------------------------

#: The unit words of "calendar days", said where working days are said too.
_CALENDAR_DAYS = "calendar days"


def describe_period(
    period: Period,
    m: Messages | str,
    *,
    within: bool = False,
    form: PeriodForm | None = None,
    calendar_days: bool = False,
) -> str:
    """*period* in words: ``vijf werkdagen``, ``un mois``, ``vier Stunden``.

    *form*: ``"bare"`` (the default), ``"within"`` with the language's own preposition
    (``binnen een maand``, ``dans un délai d'un mois``, ``innerhalb eines Monats``) or
    ``"by"``, the amount of an extension (``met een maand``, ``d'un mois``, ``um einen
    Monat``). *within* is ``form="within"``. *calendar_days*: days are said as calendar
    days (``kalenderdagen``), as a document does where working days appear too. Counts
    of two to twelve are words; one is said in the unit's gender and case.
    """
    messages = m if isinstance(m, Messages) else Messages(m)
    chosen: PeriodForm = form if form is not None else ("within" if within else "bare")
    if chosen not in _FORMS:
        raise CharterValueError(f"{chosen!r} is not a form of a period: bare, within or by")
    parts = [
        (n, _CALENDAR_DAYS if calendar_days and unit is Unit.DAYS else unit)
        for n, unit in period.parts
    ]
    if len(parts) == 1:
        n, unit = parts[0]
        singular, plural = _FORMS[chosen][unit]
        return messages.ngettext(singular, plural, n).format(n=messages.count(n))
    # A compound period ("1 month 15 days"): its parts, in the case the preposition wants.
    context = {"bare": None, "within": _WITHIN_PART, "by": _BY_PART}[chosen]
    words = []
    for n, unit in parts:
        if context is None:
            singular, plural = _BARE[unit]
            words.append(messages.ngettext(singular, plural, n).format(n=messages.count(n)))
        else:
            _, singular, plural = context[unit]
            found = messages.npgettext(context[unit][0], singular, plural, n)
            words.append(found.format(n=messages.count(n)))
    listed = messages.list(words)
    if chosen == "within":
        # Translators: a period of several parts after "within"; {periods} is "one month
        # and 15 days", each part as it reads there (German: dative, "innerhalb von …").
        return messages.elide(messages.gettext("within {periods}").format(periods=listed))
    if chosen == "by":
        # Translators: an extension of several parts; {periods} is "one month and 15
        # days", each part as it reads there (German: accusative, "um …").
        return messages.elide(messages.gettext("by {periods}").format(periods=listed))
    return listed


_Unit = Unit | str

# Translators (for every period below): the singular is for one, written as a word in
# the unit's gender and case ("een maand", "un mois", "ein Monat"); in the plural, {n} is
# a word from two to twelve ("vijf") and digits from 13 ("30").
_BARE: dict[_Unit, tuple[str, str]] = {
    # Translators: a period alone (a label, "Berichtszeitraum: ein Jahr").
    Unit.MINUTES: NN_("one minute", "{n} minutes"),
    # Translators: a period alone.
    Unit.HOURS: NN_("one hour", "{n} hours"),
    # Translators: a period alone; hours counted while the service is open ("werkuren",
    # "heures ouvrables", German "Stunden (während unserer Öffnungszeiten)").
    Unit.SERVICE_HOURS: NN_("one working hour", "{n} working hours"),
    # Translators: a period alone, in days.
    Unit.DAYS: NN_("one day", "{n} days"),
    # Translators: a period alone, in calendar days (said so where working days appear
    # too: "kalenderdagen", "jours calendrier", "Kalendertage").
    _CALENDAR_DAYS: NN_("one calendar day", "{n} calendar days"),
    # Translators: a period alone, in working days ("werkdagen", "jours ouvrables",
    # "Werktage"; the document defines them).
    Unit.WORKING_DAYS: NN_("one working day", "{n} working days"),
    # Translators: a period alone.
    Unit.WEEKS: NN_("one week", "{n} weeks"),
    # Translators: a period alone.
    Unit.MONTHS: NN_("one month", "{n} months"),
    # Translators: a period alone.
    Unit.YEARS: NN_("one year", "{n} years"),
}

_WITHIN: dict[_Unit, tuple[str, str]] = {
    # Translators: a period with its preposition, "within": "binnen een minuut", "dans un
    # délai d'une minute", "innerhalb einer Minute" (plural "innerhalb von … Minuten").
    Unit.MINUTES: NN_("within one minute", "within {n} minutes"),
    # Translators: as above, in hours.
    Unit.HOURS: NN_("within one hour", "within {n} hours"),
    # Translators: as above, in hours counted while the service is open.
    Unit.SERVICE_HOURS: NN_("within one working hour", "within {n} working hours"),
    # Translators: as above, in days.
    Unit.DAYS: NN_("within one day", "within {n} days"),
    # Translators: as above, in calendar days.
    _CALENDAR_DAYS: NN_("within one calendar day", "within {n} calendar days"),
    # Translators: as above, in working days.
    Unit.WORKING_DAYS: NN_("within one working day", "within {n} working days"),
    # Translators: as above, in weeks.
    Unit.WEEKS: NN_("within one week", "within {n} weeks"),
    # Translators: as above, in months.
    Unit.MONTHS: NN_("within one month", "within {n} months"),
    # Translators: as above, in years.
    Unit.YEARS: NN_("within one year", "within {n} years"),
}

_BY: dict[_Unit, tuple[str, str]] = {
    # Translators: the amount of an extension, with its preposition: "met een minuut",
    # "d'une minute", "um eine Minute".
    Unit.MINUTES: NN_("by one minute", "by {n} minutes"),
    # Translators: as above, in hours.
    Unit.HOURS: NN_("by one hour", "by {n} hours"),
    # Translators: as above, in hours counted while the service is open.
    Unit.SERVICE_HOURS: NN_("by one working hour", "by {n} working hours"),
    # Translators: as above, in days.
    Unit.DAYS: NN_("by one day", "by {n} days"),
    # Translators: as above, in calendar days.
    _CALENDAR_DAYS: NN_("by one calendar day", "by {n} calendar days"),
    # Translators: as above, in working days.
    Unit.WORKING_DAYS: NN_("by one working day", "by {n} working days"),
    # Translators: as above, in weeks.
    Unit.WEEKS: NN_("by one week", "by {n} weeks"),
    # Translators: as above, in months.
    Unit.MONTHS: NN_("by one month", "by {n} months"),
    # Translators: as above, in years.
    Unit.YEARS: NN_("by one year", "by {n} years"),
}

_FORMS: dict[str, dict[_Unit, tuple[str, str]]] = {"bare": _BARE, "within": _WITHIN, "by": _BY}

_WITHIN_PART: dict[_Unit, tuple[str, str, str]] = {
    # Translators: one part of a period of several parts after "within" (German dative:
    # "innerhalb von einem Monat und 15 Tagen").
    Unit.DAYS: NPN_("within", "one day", "{n} days"),
    # Translators: as above.
    _CALENDAR_DAYS: NPN_("within", "one calendar day", "{n} calendar days"),
    # Translators: as above.
    Unit.WEEKS: NPN_("within", "one week", "{n} weeks"),
    # Translators: as above.
    Unit.MONTHS: NPN_("within", "one month", "{n} months"),
    # Translators: as above.
    Unit.YEARS: NPN_("within", "one year", "{n} years"),
}

_BY_PART: dict[_Unit, tuple[str, str, str]] = {
    # Translators: one part of an extension of several parts (German accusative: "um
    # einen Monat und 15 Tage").
    Unit.DAYS: NPN_("by", "one day", "{n} days"),
    # Translators: as above.
    _CALENDAR_DAYS: NPN_("by", "one calendar day", "{n} calendar days"),
    # Translators: as above.
    Unit.WEEKS: NPN_("by", "one week", "{n} weeks"),
    # Translators: as above.
    Unit.MONTHS: NPN_("by", "one month", "{n} months"),
    # Translators: as above.
    Unit.YEARS: NPN_("by", "one year", "{n} years"),
}
