"""Costs and fees, cheque and direct debit (issue 20, item 8)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import jsonschema
import pytest

import charter
from charter import CharterError, CharterValidationError, Fee

PER = {
    "nl": "per attest",
    "fr": "par attestation",
    "de": "pro Bescheinigung",
    "en": "per certificate",
}


def _document(**fees: object) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(charter.dumps(charter.examples.load()))
    for index, fee in fees.items():
        doc["guarantees"][int(index[1:])]["fee"] = fee
    doc["channels"][1]["payment_methods"] = ["cheque", "direct_debit", "cash"]
    return doc


def test_fees_load_round_trip_and_pass_the_schema() -> None:
    doc = _document(g0={"amount": "20.00", "per": PER}, g1={"amount": 0}, g2={"amount": "7.5"})
    jsonschema.validate(doc, charter.json_schema())
    c = charter.loads(json.dumps(doc))
    assert c.guarantees[0].fee == Fee(amount=Decimal("20.00"), per=PER)
    assert c.guarantees[1].fee == Fee(amount=Decimal(0))
    assert c.guarantees[2].fee is not None
    assert c.guarantees[2].fee.amount == Decimal("7.50")
    assert charter.loads(charter.dumps(c)) == c
    assert charter.loads(charter.dumps(c, format="toml"), format="toml") == c


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (20.5, "write an amount in euro with decimals as text, such as '20.50'"),
        ("20,00", "is not an amount in euro such as '20.00'"),
        ("-1", "is not an amount in euro"),
        ("1.005", "is not an amount in euro"),
        ("1e3", "is not an amount in euro"),
        ("NaN", "is not an amount in euro"),
        ("010", "is not an amount in euro"),
        (10_000_000, "a fee must be 0 to 9999999.99 euro"),
        (-1, "a fee must be 0 to"),
        (True, "expected an amount in euro"),
    ],
)
def test_an_amount_that_is_not_exact_is_refused_by_both(amount: object, message: str) -> None:
    doc = _document(g0={"amount": amount})
    with pytest.raises(CharterValidationError) as info:
        charter.loads(json.dumps(doc))
    (issue,) = info.value.issues
    assert issue.path == "$.guarantees[0].fee.amount"
    assert message in issue.message
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, charter.json_schema())


def test_the_largest_amount_is_accepted_by_both() -> None:
    for amount in ("9999999.99", 9_999_999, "0.01", "0"):
        doc = _document(g0={"amount": amount})
        jsonschema.validate(doc, charter.json_schema())
        assert charter.loads(json.dumps(doc)).guarantees[0].fee is not None


@pytest.mark.parametrize(
    ("locale", "paid", "free", "payments"),
    [
        (
            "nl_BE",
            "Dit kost €\u00a020,00 per attest.",
            "Dit is gratis.",
            "- Betaalmogelijkheden: cheque, domiciliëring of cash",
        ),
        (
            "fr_BE",
            "Le prix est de 20,00\u00a0€ par attestation.",
            "Ce service est gratuit.",
            "- Moyens de paiement\u00a0: chèque, domiciliation ou espèces",
        ),
        (
            "de_BE",
            "Dies kostet 20,00\u00a0€ pro Bescheinigung.",
            "Dieser Dienst ist kostenlos.",
            "- Zahlungsmöglichkeiten: Scheck, Domizilierung oder Bargeld",
        ),
        (
            "en",
            "It costs €20.00 per certificate.",
            "This service is free of charge.",
            "- Payment methods: cheque, direct debit, or cash",
        ),
    ],
)
def test_fees_and_payments_are_said_in_each_language(
    locale: str, paid: str, free: str, payments: str
) -> None:
    c = charter.loads(json.dumps(_document(g0={"amount": "20.00", "per": PER}, g1={"amount": 0})))
    lines = charter.render(c, locale=locale).splitlines()
    assert any(line.endswith(paid) for line in lines)
    assert any(line.endswith(free) for line in lines)
    assert payments in lines


def test_a_fee_in_python() -> None:
    assert Fee(amount="12.50").amount == Decimal("12.50")
    with pytest.raises(CharterError, match="at most two decimals"):
        Fee(amount=Decimal("0.001"))
    with pytest.raises(CharterError, match="an amount in euro"):
        Fee(amount=1.5)  # type: ignore[arg-type]


@pytest.mark.parametrize("amount", [Decimal("20.000"), Decimal("2E+1"), "20", 20, Decimal("-0")])
def test_equal_amounts_write_one_text_that_reads_back(amount: object) -> None:
    fee = Fee(amount=amount)  # type: ignore[arg-type]
    assert str(fee.amount) in {"20.00", "0.00"}
    doc = _document(g0={"amount": 1})
    c = charter.loads(json.dumps(doc))
    with_fee = charter.loads(charter.dumps(c).replace('"1.00"', f'"{fee.amount}"'))
    assert charter.loads(charter.dumps(with_fee)) == with_fee
    assert charter.loads(charter.dumps(with_fee, format="toml"), format="toml") == with_fee


@pytest.mark.parametrize("amount", [20.0, 0.0, 1e3])
def test_a_whole_number_written_with_a_point_is_read_by_both(amount: float) -> None:
    doc = _document(g0={"amount": amount})
    jsonschema.validate(doc, charter.json_schema())
    fee = charter.loads(json.dumps(doc)).guarantees[0].fee
    assert fee is not None
    assert fee.amount == Decimal(int(amount))
