from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from charter import (
    EU_1182_71,
    SERVICE_STANDARD,
    CharterError,
    CharterTypeError,
    CharterValidationError,
    CharterValueError,
    Dates,
    EndOfPeriod,
    LocalizedText,
    OpeningHours,
    Period,
    Unit,
    UnknownLanguageError,
    belgium,
)
from charter.model import (
    Appointment,
    AuthenticSource,
    CalendarSpec,
    Channel,
    ChannelKind,
    Charter,
    ClientDuty,
    Contact,
    DataReuse,
    Email,
    EnterpriseNumber,
    ExtensionPolicy,
    Guarantee,
    GuaranteeKind,
    Indicator,
    LocalizedUrl,
    Organisation,
    PaymentMethod,
    PhoneNumber,
    PostalAddress,
    QualityMonitoring,
    ReachabilityTarget,
    Referral,
    Share,
    Url,
)

BRUSSELS = ZoneInfo("Europe/Brussels")
CLOSURES = Dates({date(2026, 12, 28): "Compensation day"})
#: A channel of the "federal" calendar is closed on its holidays and its closure days.
OFFICE = OpeningHours.from_osm(
    "Mo-Fr 09:00-17:00; PH off",
    timezone="Europe/Brussels",
    holidays=belgium.FEDERAL_ADMINISTRATION | CLOSURES,
)


@pytest.mark.parametrize("text", ["0203.201.340", "0203201340", "BE 0203.201.340", "be0203201340"])
def test_enterprise_numbers(text: str) -> None:
    assert str(EnterpriseNumber.parse(text)) == "0203.201.340"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0203.201.341", "wrong check digits"),
        ("2203.201.340", "10 digits starting with 0 or 1"),
        ("0203.201.34", "10 digits"),
        ("0203.2O1.340", "10 digits"),
    ],
)
def test_bad_enterprise_numbers(text: str, message: str) -> None:
    with pytest.raises(CharterValueError, match=message):
        EnterpriseNumber.parse(text)


def test_contact_details() -> None:
    assert PhoneNumber.parse("+32 (0)2 123 45 67".replace("(0)", "")).e164 == "+3221234567"
    assert Email.parse(" info@fod-voorbeeld.be ").address == "info@fod-voorbeeld.be"
    assert Url.parse("https://www.fod-voorbeeld.be/nl/contact").address.startswith("https://")
    contact = Contact(phone="+32 2 123 45 67", email="info@example.be", url="https://example.be")
    assert contact.phone == PhoneNumber.parse("+32 2 123 45 67")
    address = PostalAddress(street="Wetstraat 1", postal_code="1000", city="Brussel")
    assert address.country == "BE"


def test_a_street_and_a_city_per_language_or_one_for_all() -> None:
    brussels = PostalAddress(
        street={"nl": "Voorbeeldstraat 1", "fr": "Rue de l'Exemple 1"},
        postal_code="1000",
        city={"nl": "Brussel", "fr": "Bruxelles", "de": "Brüssel"},
    )
    assert brussels.street == LocalizedText({"nl": "Voorbeeldstraat 1", "fr": "Rue de l'Exemple 1"})
    assert isinstance(brussels.city, LocalizedText)
    assert brussels.city["de"] == "Brüssel"
    # A plain string means the same in every language, as before: it stays a string.
    ganshoren = PostalAddress(street=" Dorpsplein 1 ", postal_code="1083", city="Ganshoren")
    assert (ganshoren.street, ganshoren.city) == ("Dorpsplein 1", "Ganshoren")


def test_a_web_address_per_language_or_one_for_all() -> None:
    site = Organisation(
        name="x", website={"nl": "https://www.example.be/nl", "fr": Url.parse("https://e.be/fr")}
    )
    assert isinstance(site.website, LocalizedUrl)
    assert site.website["fr"] == Url("https://e.be/fr")
    assert site.website.languages == ("fr", "nl")
    assert len(site.website) == 2
    assert list(site.website) == ["fr", "nl"]
    assert repr(site.website) == (
        "LocalizedUrl({'fr': 'https://e.be/fr', 'nl': 'https://www.example.be/nl'})"
    )
    with pytest.raises(UnknownLanguageError, match="no text in language 'de'; available: fr, nl"):
        site.website["de"]
    assert Organisation(name="x", website=site.website).website is site.website
    assert Organisation(name="x", website="https://e.be").website == Url("https://e.be")


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        (lambda: LocalizedUrl({"nl": "http://example.be"}), CharterValueError, "not an https"),
        (lambda: LocalizedUrl({}), CharterValueError, "at least one language"),
        (lambda: LocalizedUrl({"dutch": "https://e.be"}), CharterValueError, "language code"),
        (lambda: LocalizedUrl("https://e.be"), CharterTypeError, "a mapping of"),  # type: ignore[arg-type]
        (lambda: Organisation(name="x", website=42), CharterTypeError, "https address or"),  # type: ignore[arg-type]
        (
            lambda: PostalAddress(street={"nl": "a\nb"}, postal_code="1000", city="x"),
            CharterValueError,
            "line break",
        ),
        (
            lambda: PostalAddress(street=["Wetstraat 1"], postal_code="1000", city="x"),  # type: ignore[arg-type]
            CharterTypeError,
            "a text or",
        ),
    ],
)
def test_bad_localised_addresses(build: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        build()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: PhoneNumber.parse("2 123 45 67"), "international form"),
        (lambda: PhoneNumber.parse("+32"), "international form"),
        (lambda: Email.parse("info at example.be"), "not an e-mail address"),
        (lambda: Email.parse("info@localhost"), "not an e-mail address"),
        (lambda: Url.parse("http://example.be"), "not an https address"),
        (lambda: Url.parse("https://"), "not an https address"),
        (lambda: Email.parse("info@-example.be"), "not an e-mail address"),
        (lambda: Email.parse("info@example..be"), "not an e-mail address"),
        (lambda: Url.parse("https://example-.be"), "not an https address"),
        (lambda: Url.parse("https://www..be"), "not an https address"),
        (lambda: PostalAddress(street=" ", postal_code="1000", city="Brussel"), "non-empty"),
        (
            lambda: PostalAddress(
                street="x", postal_code="1000", city="Brussel", country="Belgium"
            ),
            "ISO 3166",
        ),
    ],
)
def test_bad_contact_details(build: object, message: str) -> None:
    with pytest.raises(CharterValueError, match=message):
        build()  # type: ignore[operator]


def test_channels() -> None:
    counter = Channel(
        id="reception",
        kind="counter",
        name={"nl": "Onthaal", "en": "Reception"},
        hours=OFFICE,
        languages=["nl", "fr"],
        accessibility=[{"en": "Step-free access"}],
        appointment="required",
        payment_methods=["bancontact", PaymentMethod.CASH],
    )
    assert counter.kind is ChannelKind.COUNTER
    assert counter.appointment is Appointment.REQUIRED
    assert counter.payment_methods == (PaymentMethod.BANCONTACT, PaymentMethod.CASH)


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"id": "Phone"}, CharterValueError, "'Phone' is not an id"),
        ({"kind": "telegram"}, CharterValueError, "'telegram' is not a kind of channel"),
        ({"kind": "business_counter"}, CharterValueError, "names its partner"),
        ({"hours": "Mo-Fr 09:00-17:00"}, CharterTypeError, "OpeningHours.from_osm"),
        ({"languages": ["dutch"]}, CharterValueError, "'dutch' is not a language code"),
        ({"payment_methods": ["bitcoin"]}, CharterValueError, "'bitcoin' is not a payment method"),
        ({"appointment": "sometimes"}, CharterValueError, "not an appointment policy"),
    ],
)
def test_bad_channels(options: dict[str, object], error: type[Exception], message: str) -> None:
    arguments: dict[str, object] = {"id": "phone", "kind": "telephone", "name": "Phone", **options}
    with pytest.raises(error, match=message):
        Channel(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "value"), [("90 %", 0.9), ("80%", 0.8), ("87,5 %", 0.875), (0.5, 0.5), ("100 %", 1.0)]
)
def test_shares(text: str | float, value: float) -> None:
    assert Share.parse(text).value == pytest.approx(value)
    assert Share.parse(str(Share.parse(text))) == Share.parse(text)


@pytest.mark.parametrize("text", ["0 %", "120 %", "ninety", "-5 %", 1.5])
def test_bad_shares(text: str | float) -> None:
    with pytest.raises(CharterValueError):
        Share.parse(text)


def _charter(**changes: object) -> Charter:
    parts: dict[str, object] = {
        "organisation": Organisation(
            name={
                "nl": "FOD Voorbeeld",
                "fr": "SPF Exemple",
                "de": "FÖD Beispiel",
                "en": "FPS Example",
            },
            enterprise_number="0203.201.340",
            website="https://www.example.be",
        ),
        "timezone": "Europe/Brussels",
        "calendars": [
            CalendarSpec(
                id="federal",
                holidays="be-federal",
                closures={date(2026, 12, 28): "Compensation day"},
            )
        ],
        "channels": [
            Channel(
                id="phone",
                kind="telephone",
                name="Contact centre",
                hours=OFFICE,
                contact=Contact(phone="+32 2 123 45 67"),
            ),
            Channel(
                id="email", kind="email", name="E-mail", contact=Contact(email="info@example.be")
            ),
        ],
        "guarantees": [
            Guarantee(
                id="info",
                kind="informative_question",
                description="Questions",
                period="5 working days",
                calendar="federal",
                channels=["email"],
                target="90 %",
            ),
            Guarantee(
                id="callback",
                kind="callback",
                description="Callback",
                period="4 service hours",
                calendar="federal",
                channels=["phone"],
            ),
            Guarantee(
                id="gdpr",
                kind="decision",
                description="Access to personal data",
                period="1 month",
                rule=EU_1182_71,
                calendar="federal",
                extension=ExtensionPolicy(by="2 months"),
                legal_maximum="1 month",
                legal_source="GDPR art. 12(3)",
            ),
        ],
        "reachability": [ReachabilityTarget(channel="phone", share="80 %", within_seconds=120)],
        "duties": [
            ClientDuty(
                text="Send the documents asked for",
                period="15 days",
                consequence="The file is closed",
            )
        ],
        "data_reuse": DataReuse(
            statement="We do not ask again for what we know",
            sources=[AuthenticSource(id="rrn", name="National Register")],
        ),
        "referral": Referral(statement="We forward your question", guarantee="info"),
        "quality": QualityMonitoring(
            indicators=[Indicator(id="on-time", description="Answered on time", guarantee="info")],
            reporting_cycle="1 year",
        ),
        "valid_from": date(2026, 1, 1),
        "version": "2026.1",
    }
    parts.update(changes)
    return Charter(**parts)  # type: ignore[arg-type]


def test_a_consistent_charter_and_its_deadlines() -> None:
    charter = _charter()
    assert charter.calendar("federal").is_working_day(date(2026, 12, 28)) is False
    info = charter.deadline("info", datetime(2026, 12, 24, 16, tzinfo=BRUSSELS))
    assert info.last_day == date(2027, 1, 5)  # 25-26 December holidays, 28 December a closure
    callback = charter.deadline("callback", datetime(2026, 7, 17, 15, tzinfo=BRUSSELS))
    assert callback.due == datetime(2026, 7, 20, 11, tzinfo=BRUSSELS)
    gdpr = charter.deadline("gdpr", datetime(2026, 5, 4, 10, tzinfo=BRUSSELS))
    assert gdpr.last_day == date(2026, 6, 4)
    assert charter.guarantee("gdpr").extension == ExtensionPolicy(by=Period(2, Unit.MONTHS))


def test_every_problem_is_reported_at_once_with_its_path() -> None:
    with pytest.raises(CharterValidationError) as info:
        _charter(
            calendars=[
                CalendarSpec(id="federal", holidays="be-federal"),
                CalendarSpec(id="federal", holidays="be-legal"),
            ],
            guarantees=[
                Guarantee(
                    id="info",
                    kind="informative_question",
                    description="Q",
                    period="5 working days",
                    calendar="flemish",
                    channels=["fax"],
                ),
                Guarantee(
                    id="info",
                    kind="callback",
                    description="C",
                    period="4 service hours",
                    calendar="federal",
                    channels=["email"],
                ),
                Guarantee(
                    id="access",
                    kind="decision",
                    description="D",
                    period="45 days",
                    calendar="federal",
                    legal_maximum="1 month",
                ),
            ],
            reachability=[ReachabilityTarget(channel="chat", share="80 %", within_seconds=60)],
            referral=Referral(statement="x", guarantee="nope"),
            quality=QualityMonitoring(
                indicators=[Indicator(id="i", description="x", guarantee="nope")]
            ),
            valid_until=date(2025, 1, 1),
        )
    found = {(issue.path, issue.message) for issue in info.value.issues}
    assert found == {
        ("$.calendars[1].id", "duplicate id 'federal'"),
        ("$.guarantees[1].id", "duplicate id 'info'"),
        ("$.guarantees[0].calendar", "no calendar 'flemish'"),
        ("$.guarantees[0].channels[0]", "no channel 'fax'"),
        (
            "$.guarantees[1].period",
            (
                "4 service hours under rule 'SERVICE_STANDARD' needs opening hours, and none of "
                "its channels has any"
            ),
        ),
        ("$.guarantees[2].period", "45 days is longer than the legal maximum of 1 month"),
        ("$.reachability[0].channel", "no channel 'chat'"),
        ("$.referral.guarantee", "no guarantee 'nope'"),
        ("$.quality.indicators[0].guarantee", "no guarantee 'nope'"),
        ("$.valid_until", "2025-01-01 is before valid_from 2026-01-01"),
    }
    assert str(info.value).startswith("10 problems:")


def test_close_of_business_needs_opening_hours() -> None:
    rule = SERVICE_STANDARD.replace(end=EndOfPeriod.CLOSE_OF_BUSINESS)
    with pytest.raises(CharterValidationError) as info:
        Charter(
            organisation=Organisation(name={"en": "X"}),
            timezone="Europe/Brussels",
            calendars=[CalendarSpec(id="federal", holidays="be-federal")],
            guarantees=[
                Guarantee(
                    id="info",
                    kind=GuaranteeKind.INFORMATIVE_QUESTION,
                    description="x",
                    period="5 working days",
                    rule=rule,
                    calendar="federal",
                )
            ],
        )
    assert [(i.path, i.message) for i in info.value.issues] == [
        (
            "$.guarantees[0].period",
            (
                "5 working days under rule 'SERVICE_STANDARD' needs opening hours, and none of "
                "its channels has any"
            ),
        )
    ]


def test_a_calendar_spec_names_a_known_calendar() -> None:
    with pytest.raises(CharterError, match="unknown calendar 'be-feral'"):
        CalendarSpec(id="federal", holidays="be-feral")


def test_a_norm_within_the_legal_maximum_in_other_units() -> None:
    ok = Guarantee(
        id="a",
        kind="decision",
        description="D",
        period="4 weeks",
        calendar="federal",
        legal_maximum="1 month",
    )
    _charter(guarantees=[ok], referral=None, quality=None)
    too_long = Guarantee(
        id="a",
        kind="decision",
        description="D",
        period="5 weeks",
        calendar="federal",
        legal_maximum="1 month",
    )
    with pytest.raises(
        CharterValidationError, match="5 weeks is longer than the legal maximum of 1 month"
    ):
        _charter(guarantees=[too_long], referral=None, quality=None)


def test_an_unknown_guarantee() -> None:
    with pytest.raises(CharterValidationError, match="no guarantee 'nope'"):
        _charter().deadline("nope", datetime(2026, 5, 4, tzinfo=BRUSSELS))


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        (
            lambda: Guarantee(id="g", kind="poem", description="x", period="1 day", calendar="c"),
            CharterValueError,
            "'poem' is not a kind of guarantee",
        ),
        (
            lambda: Guarantee(
                id="g",
                kind="mail",
                description="x",
                period="1 day",
                calendar="c",
                rule="EU",  # type: ignore[arg-type]
            ),
            CharterTypeError,
            "a CountingRule",
        ),
        (
            lambda: Guarantee(
                id="g", kind="mail", description="x", period="1 day", calendar="c", channels="phone"
            ),
            CharterTypeError,
            "a list of ids",
        ),
        (lambda: ExtensionPolicy(by="2 months", times=0), CharterValueError, "at least 1"),
        (
            lambda: ReachabilityTarget(channel="phone", share="80 %", within_seconds=0),
            CharterValueError,
            "positive",
        ),
        (
            lambda: Charter(
                organisation=Organisation(name="x"), timezone="Europe/Brussels", languages=["it"]
            ),
            CharterTypeError,
            "one of nl, fr, de, en",
        ),
        (
            lambda: Charter(
                organisation=Organisation(name="x"),
                timezone="Europe/Brussels",
                channels=[1],  # type: ignore[list-item]
            ),
            CharterTypeError,
            "a Channel",
        ),
        (
            lambda: DataReuse(statement="x", sources=["rrn"]),  # type: ignore[list-item]
            CharterTypeError,
            "an AuthenticSource",
        ),
        (
            lambda: QualityMonitoring(indicators=["x"]),  # type: ignore[list-item]
            CharterTypeError,
            "an Indicator",
        ),
    ],
)
def test_bad_parts(build: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        build()  # type: ignore[operator]


def test_a_charter_pickles_after_use() -> None:
    import pickle  # noqa: PLC0415
    from datetime import datetime  # noqa: PLC0415
    from zoneinfo import ZoneInfo  # noqa: PLC0415

    from charter import Case, examples  # noqa: PLC0415

    c = examples.load()
    brussels = ZoneInfo("Europe/Brussels")
    received = datetime(2026, 12, 23, 10, tzinfo=brussels)
    c.deadline("informative", received)
    c.evaluate(
        Case(guarantee="callback", received=received), at=datetime(2027, 1, 5, tzinfo=brussels)
    )
    copy = pickle.loads(pickle.dumps(c))  # noqa: S301 - our own data
    assert copy == c
    assert copy.deadline("informative", received) == c.deadline("informative", received)


def test_sub_packages_are_attributes_of_charter() -> None:
    import charter  # noqa: PLC0415

    assert charter.clock.Period is charter.Period
    assert charter.errors.CharterError is charter.CharterError
    assert {"clock", "io", "__file__", "Charter"} <= set(dir(charter))
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        charter.nope  # noqa: B018


def test_a_share_is_exact_as_written() -> None:
    from fractions import Fraction  # noqa: PLC0415

    from charter.model import Share  # noqa: PLC0415

    assert Share.parse("80 %").exact == Fraction(4, 5)
    assert Share.parse("87,5 %").exact == Fraction(7, 8)
    assert Share(0.9).exact > Fraction(899, 1000)
    assert Share(0.9).exact != Fraction(0.9)  # the float's own value is not 9/10
