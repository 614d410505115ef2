"""Every error charter raises: one base, :class:`CharterError`, and precise leaves.

Each leaf also subclasses the builtin that fits (``ValueError``, ``TypeError``,
``KeyError``), so code that already catches builtins keeps working. Messages name
the offending value; the classmethods build them, so the wording is the same
wherever the error is raised.

This module imports nothing from charter.
"""

from __future__ import annotations

import reprlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Self

__all__ = [
    "CaseError",
    "CharterError",
    "CharterTypeError",
    "CharterValidationError",
    "CharterValueError",
    "InteropError",
    "Issue",
    "MissingDependencyError",
    "MissingTextError",
    "NaiveDatetimeError",
    "OpeningHoursError",
    "OpeningHoursSyntaxError",
    "PeriodError",
    "RuleError",
    "UnknownCalendarError",
    "UnknownChannelError",
    "UnknownExampleError",
    "UnknownGuaranteeError",
    "UnknownIdError",
    "UnknownLanguageError",
    "UnknownTimezoneError",
    "UnpublishedYearError",
    "UnsupportedYearError",
    "excerpt",
    "excerpts",
]

#: The years every calendar computation supports (inclusive).
MIN_YEAR = 1900
MAX_YEAR = 2200

#: About how many characters of an offending value a message quotes.
EXCERPT_LENGTH = 48

_NESTED = reprlib.Repr()
_NESTED.maxlevel = 2
_NESTED.maxstring = EXCERPT_LENGTH
_NESTED.maxother = EXCERPT_LENGTH
_NESTED.maxlong = EXCERPT_LENGTH
for _name in ("maxlist", "maxtuple", "maxdict", "maxset", "maxfrozenset", "maxdeque"):
    setattr(_NESTED, _name, 4)


def excerpt(value: object, length: int = EXCERPT_LENGTH) -> str:
    r"""*value* as an error message quotes it: its ``repr``, cut to about *length* characters.

    Control, format (bidi) and other unprintable characters are escaped, as ``repr`` does;
    a cut value ends with ``...`` and says how long it was. Every message that quotes
    input goes through here, so no message grows with the input.

    >>> excerpt("Europe/Brussels")
    "'Europe/Brussels'"
    >>> excerpt("x" * 300, 10)
    "'xxxxxxxxxx'... (300 characters)"
    >>> excerpt("left\u202eright")
    "'left\\u202eright'"
    >>> excerpt(10**4000)
    'a whole number of 4001 digits'
    """
    if isinstance(value, str):
        return _text_excerpt(value, length)
    if isinstance(value, int) and not isinstance(value, bool):
        return _number_excerpt(value, length)
    try:
        text = _NESTED.repr(value)
    except Exception:  # noqa: BLE001 - a repr that fails still names the type
        return f"<{type(value).__name__}>"
    return text if len(text) <= length else text[:length] + "..."


def excerpts(values: Iterable[object], count: int = 5) -> str:
    """The excerpts of the first *count* *values*, and how many more there are.

    >>> excerpts(["a", "b", "c"], 2)
    "'a', 'b' and 1 more"
    """
    shown: list[str] = []
    more = 0
    for value in values:
        if len(shown) < count:
            shown.append(excerpt(value))
        else:
            more += 1
    return ", ".join(shown) + (f" and {more} more" if more else "")


def _number_excerpt(value: int, length: int) -> str:
    try:
        digits = str(value)
    except ValueError:  # beyond Python's limit for converting integers to text
        return f"a whole number of about {int(value.bit_length() * 0.30103) + 1} digits"
    if len(digits) <= length:
        return digits
    return f"a whole number of {len(digits.lstrip('-'))} digits"


def _text_excerpt(value: str, length: int) -> str:
    cut = value[:length]
    quoted = repr(cut)
    while len(quoted) > length + 2 and len(cut) > 1:  # escapes take several characters
        cut = cut[:-1]
        quoted = repr(cut)
    if len(cut) == len(value):
        return quoted
    return f"{quoted}... ({len(value)} characters)"


class CharterError(Exception):
    """The base of every error charter raises on purpose."""

    def __str__(self) -> str:
        # KeyError would print its message in quotes; every leaf prints plain text.
        return str(self.args[0]) if self.args else ""


class CharterValueError(CharterError, ValueError):
    """A value has the right type but is not acceptable (an empty work week, say)."""


class CharterTypeError(CharterError, TypeError):
    """A value has the wrong type (a ``datetime`` where a ``date`` is expected, say)."""

    @classmethod
    def expected(cls, what: str, value: object) -> Self:
        """Build the error for *value* where *what* was expected."""
        return cls(f"expected {what}, got {type(value).__name__} {excerpt(value)}")


class NaiveDatetimeError(CharterValueError):
    """A ``datetime`` without a time zone was given where an instant is expected."""

    @classmethod
    def for_value(cls, value: object) -> Self:
        """Build the error for the naive *value*."""
        return cls(
            f"naive datetime {excerpt(value)}: an instant needs a time zone "
            "(for example tzinfo=ZoneInfo('Europe/Brussels'))"
        )


class UnsupportedYearError(CharterValueError):
    """A date or a result lies outside the supported years (1900–2200)."""

    @classmethod
    def for_year(cls, year: int, what: str = "year") -> Self:
        """Build the error for *year*; *what* says where the year came from."""
        return cls(f"{what} {year} is outside the supported years {MIN_YEAR}-{MAX_YEAR}")

    @classmethod
    def for_date(cls, value: date) -> Self:
        """Build the error for a date outside the supported years."""
        return cls(f"date {value.isoformat()} is outside the supported years {MIN_YEAR}-{MAX_YEAR}")

    @classmethod
    def for_result(cls, start: date, n: int) -> Self:
        """Build the error for a working-day sum that leaves the supported years."""
        return cls(
            f"{n} working days from {start.isoformat()} fall outside the supported "
            f"years {MIN_YEAR}-{MAX_YEAR}"
        )


class UnpublishedYearError(CharterValueError):
    """A calendar published year by year holds no data for the year asked."""


class UnknownTimezoneError(CharterValueError):
    """A time zone name is not in the IANA tz database."""

    @classmethod
    def for_name(cls, name: object) -> Self:
        """Build the error for the unknown zone *name*."""
        return cls(
            f"unknown time zone {excerpt(name)}: expected an IANA name such as 'Europe/Brussels'"
        )

    @classmethod
    def for_value(cls, value: object) -> Self:
        """Build the error for *value*, neither a zone's name nor a ``ZoneInfo``."""
        return cls(
            f"expected a time zone, got {type(value).__name__} {excerpt(value)}: give {_ZONE_FORMS}"
        )

    @classmethod
    def for_keyless(cls) -> Self:
        """Build the error for a ``ZoneInfo`` without a name (one read from a file).

        Its ``repr`` names the file it was read from, a path of the user's machine: the
        message does not quote it.
        """
        return cls(f"a ZoneInfo read from a file has no IANA name: give {_ZONE_FORMS}")


#: The two forms a ``timezone=`` argument takes.
_ZONE_FORMS = "an IANA name such as 'Europe/Brussels' or a zoneinfo.ZoneInfo built from one"


class CaseError(CharterValueError):
    """A case history that cannot be, or that its guarantee does not allow.

    :attr:`index` is the index of the offending event in the case's events (``None``
    when the problem is the case itself); :attr:`reference` is the case's reference,
    where it has one.
    """

    index: int | None
    reference: str | None

    def __init__(
        self, message: str, *, index: int | None = None, reference: str | None = None
    ) -> None:
        super().__init__(message)
        self.index = index
        self.reference = reference

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only fields survive pickling (reports cross process boundaries).
        return (_case_error, (self.args[0], self.index, self.reference))

    @classmethod
    def at_event(cls, index: int, event: object, message: str) -> Self:
        """Build the error for the event at *index* (its kind and instant in the message)."""
        at = getattr(event, "at", None)
        when = f" at {at.isoformat()}" if isinstance(at, datetime) else ""
        return cls(f"event {index} ({type(event).__name__}{when}): {message}", index=index)

    def for_case(self, reference: str | None) -> CaseError:
        """The same error, its message naming the case *reference* (if any)."""
        if reference is None:
            return self
        return CaseError(
            f"case {excerpt(reference)}: {self}", index=self.index, reference=reference
        )


def _case_error(message: str, index: int | None, reference: str | None) -> CaseError:
    return CaseError(message, index=index, reference=reference)


class OpeningHoursError(CharterValueError):
    """Opening hours that cannot exist: overlapping ranges, contradictory exceptions, ..."""


class OpeningHoursSyntaxError(OpeningHoursError):
    """An OpenStreetMap ``opening_hours`` value that charter cannot read exactly.

    :attr:`position` is the 0-based offset in :attr:`text` where the problem starts.
    """

    text: str
    position: int

    def __init__(self, text: str, position: int, message: str) -> None:
        self.text = text
        self.position = position
        shown, offset = _excerpt(text, position)
        pointer = " " * offset + "^"
        super().__init__(f"{message} at position {position}:\n  {shown}\n  {pointer}")


#: How many characters of an opening_hours value an error shows on each side of the problem.
_EXCERPT_SIDE = 40


def _shown(character: str) -> str:
    """*character* as an error shows it: control and bidi characters escaped."""
    if (
        character.isprintable()
        and not 0x202A <= ord(character) <= 0x202E
        and not (0x2066 <= ord(character) <= 0x2069)
    ):
        return character
    return repr(character)[1:-1] if ord(character) < 0x10000 else f"\\U{ord(character):08x}"


def _excerpt(text: str, position: int) -> tuple[str, int]:
    """A short, escaped excerpt of *text* around *position*, and the position within it."""
    start = max(0, position - _EXCERPT_SIDE)
    end = min(len(text), position + _EXCERPT_SIDE)
    before = "".join(map(_shown, text[start:position]))
    after = "".join(map(_shown, text[position:end]))
    head = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    return f"{head}{before}{after}{tail}", len(head) + len(before)


class PeriodError(CharterValueError):
    """A period that cannot be read, or that is not positive."""


class RuleError(CharterValueError):
    """A counting rule whose switches contradict each other, or that a deadline cannot use."""


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem found in a document: where (a JSON path) and what (a plain message).

    A row or case skipped from a stream (a CSV file, many cases) is another thing, a
    :class:`charter.cases.Problem`: a file, a line and a case reference, where an issue
    has one path into one document.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class CharterValidationError(CharterValueError):
    """A document has problems; :attr:`issues` lists every one of them."""

    issues: tuple[Issue, ...]

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues = tuple(issues)
        count = len(self.issues)
        lines = "\n".join(f"  {issue}" for issue in self.issues[:LISTED_ISSUES])
        if count > LISTED_ISSUES:
            lines += f"\n  ... and {count - LISTED_ISSUES} more (every one is in .issues)"
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{count} {noun}:\n{lines}")


#: How many issues the message of a :class:`CharterValidationError` lists (all are kept).
LISTED_ISSUES = 100


class InteropError(CharterValidationError):
    """A charter another standard cannot say exactly, or a document of one that is no charter.

    Writing (:mod:`charter.interop`), each issue's path is the charter's
    (``$.channels[0].hours``); reading CPSV-AP, the JSON-LD document's
    (``$['charter:services']['@list'][0]['charter:period']``).
    """


class MissingDependencyError(CharterError, ImportError):
    """An optional feature needs a package that is not installed."""

    @classmethod
    def for_extra(cls, package: str, extra: str) -> Self:
        """Build the error for the missing *package* of the optional *extra*."""
        return cls(f"this needs the {package!r} package: pip install 'charter[{extra}]'")


class UnknownIdError(CharterValidationError, KeyError):
    """An id names nothing of its kind; the message lists the known ids (a few of them).

    Every lookup by id raises one of its leaves: :meth:`charter.Charter.guarantee`,
    ``.channel``, ``.calendar``, ``ComplianceReport.guarantee`` and ``.channel``. It is a
    ``KeyError`` (a lookup that failed) and, so that code written when ``Charter.guarantee``
    raised a validation error keeps working, a :class:`CharterValidationError` whose one
    issue is at :attr:`path`.
    """

    #: What the ids name, in messages ("guarantee").
    kind = "id"

    def __init__(self, message: str, path: str = "$") -> None:
        self.issues = (Issue(path, message),)
        CharterValueError.__init__(self, message)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.args[0], self.issues[0].path))

    @property
    def path(self) -> str:
        """Where the ids live (``$.guarantees``)."""
        return self.issues[0].path

    @classmethod
    def for_lookup(cls, value: object, known: Iterable[str], *, where: str, path: str) -> Self:
        """Build the error for *value*, not among the *known* ids *where* (``in the charter``)."""
        ids = sorted(known)
        listed = f"known: {excerpts(ids)}" if ids else "there are none"
        return cls(f"no {cls.kind} {excerpt(value)} {where}; {listed}", path)


class UnknownGuaranteeError(UnknownIdError):
    """A guarantee id names no guarantee of the charter (or of the report)."""

    kind = "guarantee"


class UnknownChannelError(UnknownIdError):
    """A channel id names no channel of the charter (or of the report)."""

    kind = "channel"


class UnknownCalendarError(UnknownIdError):
    """A calendar id names no calendar.

    No working calendar of the charter (``Charter.calendar``), or no holiday calendar
    (:func:`charter.calendar_by_id`).
    """

    kind = "calendar"

    @classmethod
    def for_id(cls, calendar_id: str, known: Iterable[str]) -> Self:
        """Build the error for *calendar_id*, listing the *known* ids."""
        return cls(f"unknown calendar {excerpt(calendar_id)}; known: {', '.join(sorted(known))}")


class UnknownExampleError(CharterError, KeyError):
    """No bundled example has this name."""

    @classmethod
    def for_name(cls, name: object, known: Iterable[str]) -> Self:
        """Build the error for *name*, listing the *known* examples."""
        return cls(f"unknown example {excerpt(name)}; known: {', '.join(sorted(known))}")


class UnknownLanguageError(CharterError, KeyError):
    """A text was asked for in a language it does not have."""

    @classmethod
    def for_language(cls, language: str, available: Iterable[str]) -> Self:
        """Build the error for *language*, listing the *available* ones."""
        return cls(
            f"no text in language {excerpt(language)}; available: {', '.join(sorted(available))}"
        )


class MissingTextError(UnknownLanguageError):
    """A document for people was asked for in a language some of its texts do not have.

    A citizen's document is in one language: rather than mix in another,
    :func:`charter.render` and :func:`charter.describe_hours` refuse, naming every text that
    lacks the language. :attr:`language` is the language asked for; :attr:`paths` where the texts
    are (``channels[desk].name``). With ``fallback=`` they take such texts from another
    language, and the document says so.
    """

    language: str
    paths: tuple[str, ...]

    def __init__(self, message: str, *, language: str, paths: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.language = language
        self.paths = tuple(paths)

    def __reduce__(self) -> tuple[object, ...]:
        return (_missing_text, (self.args[0], self.language, self.paths))

    @classmethod
    def for_texts(
        cls,
        language: str,
        paths: Iterable[str],
        *,
        fallback: str | None = None,
        written_in: Iterable[str] | None = None,
    ) -> Self:
        """Build the error for the texts at *paths* (and the charter *written_in* others)."""
        found = tuple(paths)
        parts: list[str] = []
        if written_in is not None:
            languages = ", ".join(written_in)
            parts.append(f"the charter is not written in {language!r} (its languages: {languages})")
        if found:
            lack = f"{len(found)} {'text lacks' if len(found) == 1 else 'texts lack'}"
            wanted = repr(language) if fallback is None else f"both {language!r} and {fallback!r}"
            parts.append(f"{lack} {wanted}: {_paths(found)}")
        hint = (
            "add the missing texts"
            if fallback is not None
            else "add the missing texts, or give fallback= a language to take them from "
            "(the document then says so)"
        )
        return cls(f"{'; '.join(parts)}; {hint}", language=language, paths=found)


#: How many paths the message of a :class:`MissingTextError` lists (all are kept).
LISTED_PATHS = 10


def _paths(paths: tuple[str, ...]) -> str:
    listed = ", ".join(paths[:LISTED_PATHS])
    more = len(paths) - LISTED_PATHS
    return f"{listed} and {more} more (every one is in .paths)" if more > 0 else listed


def _missing_text(message: str, language: str, paths: tuple[str, ...]) -> MissingTextError:
    return MissingTextError(message, language=language, paths=paths)
