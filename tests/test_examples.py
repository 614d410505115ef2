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


def test_the_commune_has_what_the_federal_example_lacks() -> None:
    c = examples.load("commune")
    assert set(c.languages) == set(LANGUAGES)
    periods = {g.id: str(g.period) for g in c.guarantees}
    assert periods["certificate"] == "1 working day"
    assert periods["complaint"] == "1 month"
    assert {str(c.guarantee("complaint").extension.by)} == {"1 month"}  # type: ignore[union-attr]
    desk = c.channel("desk")
    assert set(desk.payment_methods) == set(charter.PaymentMethod)
    assert desk.hours is not None
    assert [len(day) for day in desk.hours.weekly.days] == [1, 1, 1, 0, 1, 0, 0]  # type: ignore[union-attr]
    assert [(s.start.month, s.start.day) for s in desk.hours.special] == [(12, 24), (12, 31)]
    business = c.channel("business")
    assert business.partner is not None
    assert business.hours is not None
    assert business.hours.by_appointment
    assert {t.within_seconds for t in c.reachability} == {60, 90}
    assert isinstance(c.organisation.website, charter.LocalizedUrl)
    assert desk.contact.address is not None
    assert desk.contact.address.city == "Voorbeeldbeek"  # the same in every language
    assert desk.contact.address.street["fr"] == "Place Communale 1"  # type: ignore[index]
    assert not c.calendars[0].closures.entries  # every year instead:
    for year in (2026, 2027, 2040):
        closed = c.calendar(c.calendars[0].id).closures.in_year(year, "fr")
        assert closed == {
            date(year, 12, 24): "Veille de Noël",
            date(year, 12, 31): "Saint-Sylvestre",
        }


def test_the_municipal_charter_is_in_dutch_only() -> None:
    c = examples.load("municipal")
    assert c.languages == ("nl",)
    texts = [
        c.organisation.name,
        *(ch.name for ch in c.channels),
        *(g.description for g in c.guarantees),
        *(d.text for d in c.duties),
    ]
    assert {text.languages for text in texts} == {("nl",)}


def test_an_unknown_example() -> None:
    with pytest.raises(
        UnknownExampleError,
        match="unknown example 'regional'; known: allowances, city, commune, federal, municipal",
    ):
        examples.load("regional")
