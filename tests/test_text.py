import pytest

from charter import CharterTypeError, CharterValueError, LocalizedText, UnknownLanguageError
from charter.text import to_text

CHRISTMAS = LocalizedText({"nl": "Kerstmis", "fr": "Noël", "de": "Weihnachten", "en": "Christmas"})


def test_lookup_and_mapping_behaviour() -> None:
    assert CHRISTMAS["de"] == "Weihnachten"
    assert CHRISTMAS.languages == ("de", "en", "fr", "nl")
    assert dict(CHRISTMAS) == {
        "nl": "Kerstmis",
        "fr": "Noël",
        "de": "Weihnachten",
        "en": "Christmas",
    }
    assert len(CHRISTMAS) == 4
    assert CHRISTMAS.get("it") is None


def test_equal_texts_are_equal_and_hash_alike_whatever_the_order() -> None:
    other = LocalizedText({"en": "Christmas", "de": "Weihnachten", "fr": "Noël", "nl": "Kerstmis"})
    assert other == CHRISTMAS
    assert hash(other) == hash(CHRISTMAS)
    assert LocalizedText({"en": "x"}) != LocalizedText({"en": "y"})


def test_repr_round_trips_and_str_joins() -> None:
    assert repr(LocalizedText({"en": "a", "nl": "b"})) == "LocalizedText({'en': 'a', 'nl': 'b'})"
    assert str(LocalizedText({"en": "a", "nl": "b"})) == "a / b"


def test_missing_language_names_what_exists() -> None:
    with pytest.raises(UnknownLanguageError, match=r"'it'; available: de, en, fr, nl") as info:
        CHRISTMAS["it"]
    assert isinstance(info.value, KeyError)
    assert str(info.value).startswith("no text")  # no KeyError quoting


@pytest.mark.parametrize(
    ("texts", "error", "message"),
    [
        ({}, CharterValueError, "at least one language"),
        ({"english": "x"}, CharterValueError, "'english' is not a language code"),
        ({1: "a", "en": "b"}, CharterValueError, "language 1 is not a language code"),
        ({"en": "  "}, CharterValueError, "the 'en' text is empty"),
        ({"en": 3}, CharterTypeError, "expected a string for language 'en', got int 3"),
        ("Kerstmis", CharterTypeError, "expected a mapping"),
    ],
)
def test_bad_texts_are_refused(texts: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        LocalizedText(texts)  # type: ignore[arg-type]


def test_to_text_takes_plain_strings_as_english() -> None:
    assert to_text("Closed") == LocalizedText({"en": "Closed"})
    assert to_text({"nl": "Dicht"}) == LocalizedText({"nl": "Dicht"})
    assert to_text(CHRISTMAS) is CHRISTMAS


def test_the_best_text_falls_back_to_english_then_to_the_first_language() -> None:
    from charter.text import LocalizedText  # noqa: PLC0415

    both = LocalizedText({"nl": "Onthaal", "en": "Reception"})
    assert (both.best("nl"), both.best("de")) == ("Onthaal", "Reception")
    assert LocalizedText({"fr": "Accueil", "nl": "Onthaal"}).best("de") == "Accueil"
