import json
import tomllib
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

import charter
from charter import LANGUAGES, UnknownExampleError, examples
from test_schema import VALIDATOR

BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.mark.parametrize("name", examples.names())
def test_every_example_loads_round_trips_and_passes_the_schema(name: str) -> None:
    c = examples.load(name)
    assert charter.loads(charter.dumps(c)) == c
    text = examples.text(name)
    document = json.loads(text) if text.lstrip().startswith("{") else tomllib.loads(text)
    assert VALIDATOR.is_valid(document), [e.message for e in VALIDATOR.iter_errors(document)][:3]
    assert VALIDATOR.is_valid(json.loads(charter.dumps(c)))


def test_the_default_is_the_federal_service_in_four_languages() -> None:
    c = examples.load()
    assert c == examples.load("federal")
    for text in (
        c.organisation.name,
        *(g.description for g in c.guarantees),
        *(ch.name for ch in c.channels),
    ):
        assert set(text.languages) == set(LANGUAGES)
    assert {g.id for g in c.guarantees} >= {
        "informative",
        "substantive",
        "complaint-acknowledgement",
        "complaint",
        "referral",
        "personal-data",
    }
    assert str(c.reachability[0].share) == "80 %"
    assert c.reachability[0].within_seconds == 120
    assert c.data_reuse is not None
    assert {s.id for s in c.data_reuse.sources} == {"national-register", "cbe"}


def test_the_federal_promises() -> None:
    c = examples.load()
    received = datetime(2026, 12, 24, 16, tzinfo=BRUSSELS)
    # 25 and 26 December are holidays, 28-29 compensation days, 1 January a holiday.
    assert c.deadline("informative", received).last_day == date(2027, 1, 6)
    assert c.deadline("personal-data", datetime(2026, 5, 4, 10, tzinfo=BRUSSELS)).last_day == date(
        2026, 6, 4
    )
    callback = c.deadline("callback", datetime(2026, 7, 17, 15, tzinfo=BRUSSELS))
    # The contact centre is closed on the bridge day (20 July) and on 21 July.
    assert callback.due == datetime(2026, 7, 22, 11, tzinfo=BRUSSELS)


def test_an_unknown_example() -> None:
    with pytest.raises(
        UnknownExampleError, match="unknown example 'regional'; known: federal, municipal"
    ):
        examples.load("regional")
