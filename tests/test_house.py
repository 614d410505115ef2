"""One home for each word: lookups by id, model invariants, the public surface's tables."""

from __future__ import annotations

import ast
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import charter
from charter import examples
from charter.cases import compliance
from charter.errors import (
    CharterError,
    CharterValidationError,
    UnknownCalendarError,
    UnknownChannelError,
    UnknownGuaranteeError,
)
from charter.model import (
    AuthenticSource,
    CalendarSpec,
    Channel,
    ClientDuty,
    Contact,
    DataReuse,
    ExtensionPolicy,
    Guarantee,
    GuaranteeKind,
    Indicator,
    Organisation,
    PostalAddress,
    QualityMonitoring,
    ReachabilityTarget,
    Referral,
    Share,
)

BRUSSELS = ZoneInfo("Europe/Brussels")
AT = datetime(2026, 5, 4, 12, tzinfo=BRUSSELS)
FEDERAL = examples.load("federal")


def _lookups() -> list[tuple[Callable[[str], object], type[CharterError], str]]:
    report = compliance(FEDERAL, [], at=AT)
    return [
        (FEDERAL.guarantee, UnknownGuaranteeError, FEDERAL.guarantees[0].id),
        (FEDERAL.channel, UnknownChannelError, FEDERAL.channels[0].id),
        (FEDERAL.calendar, UnknownCalendarError, FEDERAL.calendars[0].id),
        (report.guarantee, UnknownGuaranteeError, FEDERAL.guarantees[0].id),
    ]


@pytest.mark.parametrize(("lookup", "error", "known"), _lookups())
def test_a_lookup_by_an_unknown_id(
    lookup: Callable[[str], object], error: type[CharterError], known: str
) -> None:
    assert lookup(known) is not None
    with pytest.raises(error) as raised:
        lookup("nope")
    assert isinstance(raised.value, KeyError)
    assert isinstance(raised.value, CharterValidationError)  # what Charter.guarantee raised
    message = str(raised.value)
    assert "'nope'" in message
    assert f"known: '{known}'" in message or f"'{known}'" in message


def test_a_lookup_lists_a_few_ids_and_escapes_the_value() -> None:
    with pytest.raises(UnknownGuaranteeError) as raised:
        FEDERAL.guarantee("x\x1b[2J" * 40)
    message = str(raised.value)
    assert "\x1b" not in message
    assert len(message) < 400


def test_a_report_lookup_of_a_channel() -> None:
    report = compliance(FEDERAL, [], at=AT)
    with pytest.raises(UnknownChannelError, match="no channel 'fax' in the report"):
        report.channel("fax")


ORG = Organisation(name="FPS Example")
GOOD: dict[type, dict[str, object]] = {
    Organisation: {"name": "FPS Example"},
    Contact: {},
    PostalAddress: {"street": "Rue 1", "postal_code": "1000", "city": "Brussels"},
    Channel: {"id": "phone", "kind": "telephone", "name": "Phone"},
    CalendarSpec: {"id": "federal", "holidays": "be-federal"},
    ExtensionPolicy: {"by": "1 month"},
    Guarantee: {
        "id": "g",
        "kind": GuaranteeKind.MAIL,
        "description": "x",
        "period": "5 days",
        "calendar": "federal",
    },
    ReachabilityTarget: {"channel": "phone", "share": "80 %", "within_seconds": 60},
    ClientDuty: {"text": "Answer"},
    AuthenticSource: {"id": "kbo", "name": "KBO"},
    DataReuse: {"statement": "Only once"},
    Referral: {"statement": "We forward"},
    Indicator: {"id": "i", "description": "Share on time"},
    QualityMonitoring: {},
    charter.Charter: {"organisation": ORG, "timezone": "Europe/Brussels"},
}
BAD: list[tuple[type, str, object]] = [
    (Organisation, "name", 3),
    (Organisation, "enterprise_number", 123),
    (Organisation, "website", 1.5),
    (Contact, "phone", 32),
    (Contact, "email", ["a@b.be"]),
    (Contact, "url", b"https://x.be"),
    (Contact, "address", "Rue 1"),
    (PostalAddress, "street", 1),
    (PostalAddress, "country", "be"),
    (Channel, "id", "NOT AN ID!!"),
    (Channel, "kind", "telegram"),
    (Channel, "contact", "+32 2 123 45 67"),
    (Channel, "hours", "Mo-Fr 09:00-17:00"),
    (Channel, "languages", "nl"),
    (Channel, "appointment", True),
    (Channel, "payment_methods", ["bitcoin"]),
    (CalendarSpec, "id", "Federal"),
    (CalendarSpec, "holidays", 7),
    (CalendarSpec, "workweek", ["monday"]),
    (ExtensionPolicy, "times", True),
    (ExtensionPolicy, "notice_required", "yes"),
    (Guarantee, "id", "NOT AN ID!!"),
    (Guarantee, "kind", "poem"),
    (Guarantee, "calendar", "Federal"),
    (Guarantee, "channels", ["Phone"]),
    (Guarantee, "target", "ninety"),
    (Guarantee, "suspension_allowed", 1),
    (Guarantee, "extension", "1 month"),
    (Guarantee, "legal_source", 42),
    (ReachabilityTarget, "channel", "Phone!"),
    (ReachabilityTarget, "within_seconds", 1.5),
    (ClientDuty, "period", "soon"),
    (AuthenticSource, "id", ""),
    (DataReuse, "sources", ["kbo"]),
    (Referral, "guarantee", "NOT AN ID!!"),
    (Referral, "inform_client", "yes"),
    (Indicator, "guarantee", 7),
    (QualityMonitoring, "indicators", ["i"]),
    (charter.Charter, "organisation", "not an org"),
    (charter.Charter, "timezone", "Mars/Olympus"),
    (charter.Charter, "languages", ["xx"]),
    (charter.Charter, "calendars", ["federal"]),
    (charter.Charter, "data_reuse", "only once"),
    (charter.Charter, "referral", "yes"),
    (charter.Charter, "quality", {}),
    (charter.Charter, "valid_from", "2026-01-01"),
    (charter.Charter, "version", 2),
]


@pytest.mark.parametrize("cls", list(GOOD))
def test_the_good_values_build(cls: type) -> None:
    assert cls(**GOOD[cls])


@pytest.mark.parametrize(("cls", "name", "value"), BAD)
def test_every_field_is_checked(cls: type, name: str, value: object) -> None:
    with pytest.raises(CharterError):
        cls(**{**GOOD[cls], name: value})


def test_a_share_is_exact() -> None:
    from fractions import Fraction  # noqa: PLC0415

    assert Share.parse("87,5 %").exact == Fraction(7, 8)
    assert Share(0.9).exact == Fraction(9, 10)
    assert Share.parse("90 %") == Share(0.9)
    assert repr(Share(0.9)) == "Share(0.9)"


def _tables() -> tuple[set[str], set[str], set[str]]:
    tree = ast.parse(Path(charter.__file__).read_text(encoding="utf-8"))
    checked: set[str] = set()
    table: set[str] = set()
    listed: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If):  # if TYPE_CHECKING:
            for item in node.body:
                if isinstance(item, ast.ImportFrom):
                    checked.update(alias.asname or alias.name for alias in item.names)
        elif isinstance(node, ast.AnnAssign | ast.Assign):
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
            name = getattr(target, "id", "")
            if name == "_WHERE" and isinstance(node.value, ast.Dict):
                table = {ast.literal_eval(key) for key in node.value.keys if key is not None}
            elif name == "__all__":
                listed = set(ast.literal_eval(node.value))  # type: ignore[arg-type]
    return checked, table, listed


def test_the_lazy_table_the_type_checking_imports_and_all_agree() -> None:
    checked, table, listed = _tables()
    assert table == checked
    assert listed - {"__version__"} == table
    for name in listed:
        assert getattr(charter, name) is not None


def test_the_model_parts_and_the_words_are_exported() -> None:
    import charter.model  # noqa: PLC0415

    _, _, listed = _tables()
    assert set(charter.model.__all__) <= listed  # Channel, ChannelKind, Guarantee, ...
    assert {"describe_period", "DeadlineText", "describe_hours", "render"} <= listed
    assert charter.ChannelKind is charter.model.ChannelKind
    assert charter.GuaranteeKind.MAIL is GuaranteeKind.MAIL


def test_each_export_is_public_where_it_lives() -> None:
    import importlib  # noqa: PLC0415

    where: dict[str, str] = charter._WHERE  # noqa: SLF001 - the table under test
    for name, module in where.items():
        if module != "charter":
            assert name in importlib.import_module(module).__all__, (name, module)


def test_import_charter_stays_light() -> None:
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    probe = (
        "import sys, charter; heavy = ('charter', 'babel', 'cattrs', 'attrs'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    found = subprocess.run(  # noqa: S603 - this interpreter, a fixed probe
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "['charter', 'charter._version']"
