"""Holiday calendars of other countries, from the ``holidays`` package.

Install the extra: ``pip install 'charter[holidays]'``. Any country or subdivision the
package knows can then be used wherever charter expects a holiday calendar:

>>> from datetime import date
>>> bavaria = CountryHolidays(country="DE", subdiv="BY")
>>> bavaria.name(date(2027, 1, 6), "de")
'Heilige Drei Könige'

Names come in each of charter's languages (nl, fr, de, en) that the package translates
the country into, and always in the country's own default language.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import ModuleType
from typing import Any

from attrs import field, frozen

from charter._memo import Memo
from charter.calendars.base import CalendarBase, YearHolidays, year_cache
from charter.errors import (
    CharterTypeError,
    CharterValueError,
    MissingDependencyError,
    UnsupportedYearError,
    excerpt,
)
from charter.text import LANGUAGES, LocalizedText

__all__ = ["CountryHolidays"]


def _holidays_package() -> ModuleType:
    try:
        import holidays  # noqa: PLC0415 - optional, imported on first use
    except ImportError:  # pragma: no cover - the test environment has the extra
        raise MissingDependencyError.for_extra("holidays", "holidays") from None
    return holidays


def _code(value: str) -> str:
    if not isinstance(value, str) or not value:
        raise CharterTypeError.expected("a country code such as 'NL'", value)
    return value


def _optional_code(value: str | None) -> str | None:
    return None if value is None else _code(value)


def _optional_tuple(value: tuple[str, ...] | list[str] | str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    found = (value,) if isinstance(value, str) else value
    if not isinstance(found, (tuple, list)) or not all(isinstance(c, str) for c in found):
        raise CharterTypeError.expected("category names such as 'public'", value)
    return tuple(found)


def _primary(language: str) -> str:
    return language.split("_", maxsplit=1)[0].split("-", maxsplit=1)[0].lower()


def _language_codes(entity: object) -> dict[str, str | None]:
    """Charter language → the package's code for it, the country's default language first.

    None stands for the package's own default, where the country declares no language.
    """
    supported: tuple[str, ...] = tuple(getattr(entity, "supported_languages", ()))
    default: str | None = getattr(entity, "default_language", None)
    codes: dict[str, str | None] = {_primary(default): default} if default else {"en": None}
    for language in LANGUAGES:
        preferred = (language, f"{language}_GB", f"{language}_BE")
        candidates = [code for code in supported if _primary(code) == language]
        candidates.sort(key=lambda code: preferred.index(code) if code in preferred else 9)
        if candidates:
            codes.setdefault(language, candidates[0])
    return codes


@frozen(kw_only=True)
class CountryHolidays(CalendarBase):
    """The holidays of a country (ISO 3166-1 alpha-2) or subdivision, per the ``holidays`` package.

    ``categories`` selects the package's categories (``("public",)`` by default there).
    """

    country: str = field(converter=_code)
    subdiv: str | None = field(default=None, converter=_optional_code)
    categories: tuple[str, ...] | None = field(default=None, converter=_optional_tuple)
    _cache: Memo[int, YearHolidays] = field(
        factory=year_cache, init=False, repr=False, eq=False, hash=False
    )

    _codes: dict[str, str | None] = field(init=False, repr=False, eq=False, hash=False)
    _years: tuple[int, int] = field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        # Fails now, not at the first query, on an unknown country or subdivision.
        entity = self._entity(None, 2000)
        object.__setattr__(self, "_codes", _language_codes(entity))
        first, last = getattr(entity, "start_year", 1900), getattr(entity, "end_year", 2200)
        object.__setattr__(self, "_years", (int(first), int(last)))

    def _entity(self, language: str | None, year: int) -> Mapping[date, str]:
        package = _holidays_package()
        options: dict[str, Any] = {"subdiv": self.subdiv, "years": year, "language": language}
        if self.categories is not None:
            options["categories"] = self.categories
        try:
            entity: Mapping[date, str] = package.country_holidays(self.country, **options)
        except (NotImplementedError, ValueError, TypeError) as error:
            raise CharterValueError(
                f"the holidays package has no calendar for country {excerpt(self.country)}"
                f" subdivision {excerpt(self.subdiv)}: {error}"
            ) from None
        return entity

    def _compute(self, year: int) -> Mapping[date, LocalizedText]:
        first, last = self._years
        if not first <= year <= last:
            # Outside its years the package lists no holidays: that would be a wrong answer.
            raise UnsupportedYearError(
                f"the holidays package knows {self.country}"
                f"{'-' + self.subdiv if self.subdiv else ''} for {first}-{last} only, "
                f"not {year}"
            )
        names: dict[date, dict[str, str]] = {}
        for language, code in self._codes.items():
            for d, name in self._entity(code, year).items():
                names.setdefault(d, {})[language] = name
        return {d: LocalizedText(texts) for d, texts in names.items()}
