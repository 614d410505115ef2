"""One converter for the process: built once, the document's scope passed per call."""

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import charter
from charter import examples
from charter.io import converter as converter_module
from charter.io.converter import _SCOPE, shared_converter


def test_the_process_has_one_converter() -> None:
    assert shared_converter() is shared_converter()


def test_reading_and_writing_build_no_converter(monkeypatch: pytest.MonkeyPatch) -> None:
    text = examples.text()
    charter.loads(text)  # warm
    built: list[object] = []
    original = converter_module.make_converter

    def counting(*args: object, **kwargs: object) -> object:
        built.append(args)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(converter_module, "make_converter", counting)
    c = charter.loads(text)
    assert charter.loads(charter.dumps(c)) == c
    assert built == []


def test_the_scope_is_set_for_one_call_only() -> None:
    charter.loads(examples.text())
    assert _SCOPE.get() is None
    with pytest.raises(charter.CharterValidationError):
        charter.loads('{"format": "charter/1", "timezone": "Mars/Base"}')
    assert _SCOPE.get() is None


def _in_zone(zone: str) -> str:
    document = json.loads(charter.dumps(examples.load()))
    document["timezone"] = zone
    return json.dumps(document)


def test_documents_read_at_once_in_threads_keep_their_own_zone() -> None:
    zones = ["Europe/Brussels", "America/New_York", "Asia/Tokyo", "Australia/Sydney"] * 25
    texts = {zone: _in_zone(zone) for zone in set(zones)}

    def read(zone: str) -> tuple[str, str, bool]:
        c = charter.loads(texts[zone])
        hours = c.channel("contact-centre").hours
        assert hours is not None
        at = datetime(2026, 12, 1, 9, 30, tzinfo=ZoneInfo(zone))  # a Tuesday, 9:30 there
        return zone, hours.timezone, hours.is_open(at)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(read, zones))
    assert all(zone == held and is_open for zone, held, is_open in results), results
