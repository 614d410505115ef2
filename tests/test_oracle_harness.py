"""Self-checks of the opening_hours.js oracle harness (tests/oracle, tests/oracle_client.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from oracle_client import Oracle, OracleError

BRUSSELS = ZoneInfo("Europe/Brussels")
OFFICE = "Mo-Fr 09:00-17:00; PH off"


def test_belgian_national_day_is_a_public_holiday(oracle: Oracle) -> None:
    assert oracle.state(OFFICE, datetime(2026, 7, 21, 10, tzinfo=BRUSSELS)) == (False, False)
    assert oracle.state(OFFICE, datetime(2026, 7, 22, 10, tzinfo=BRUSSELS)) == (True, False)


def test_next_change_skips_the_public_holiday(oracle: Oracle) -> None:
    at = datetime.fromisoformat("2026-07-20T18:00+02:00")
    following = oracle.next_change(OFFICE, at, at + timedelta(days=30))
    assert following == datetime(2026, 7, 22, 7, tzinfo=UTC)
    assert following is not None
    assert following.utcoffset() == timedelta(0)


def test_night_interval_over_the_spring_dst_change_lasts_five_hours(oracle: Oracle) -> None:
    start = datetime.fromisoformat("2025-03-29T12:00+01:00")
    end = datetime.fromisoformat("2025-03-30T12:00+02:00")
    intervals = oracle.intervals("Mo-Su 22:00-04:00", start, end)
    assert intervals == [
        (datetime(2025, 3, 29, 21, tzinfo=UTC), datetime(2025, 3, 30, 2, tzinfo=UTC), False, None)
    ]
    (begin, finish, _, _) = intervals[0]
    assert finish - begin == timedelta(hours=5)


def test_a_value_that_does_not_parse_raises(oracle: Oracle) -> None:
    with pytest.raises(OracleError, match="25:00"):
        oracle.state("Mo-Fr 25:00-26:00 ||", datetime(2026, 7, 21, 10, tzinfo=BRUSSELS))
    # The oracle stays usable after an error.
    assert oracle.state(OFFICE, datetime(2026, 7, 22, 10, tzinfo=BRUSSELS)) == (True, False)


def test_naive_datetimes_are_refused(oracle: Oracle) -> None:
    with pytest.raises(ValueError, match="aware"):
        oracle.state(OFFICE, datetime(2026, 7, 22, 10))
