"""Hypothesis strategies for charter's types, in one place."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from charter import Dates, Weekday, WorkingCalendar, belgium

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
