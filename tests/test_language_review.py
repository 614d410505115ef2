"""The native review's findings, each path that read wrong, as it reads now (nl, fr, de).

One table per path the review lists as an error; each row the corrected sentence, exact.
The finding's number is in the row's id (X4, N17, F-C12, ...).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import attrs
import pytest

import charter
from charter import (
    EU_1182_71,
    MissingTextError,
    OpeningHours,
    Period,
    Resumed,
    Suspended,
    UnknownLanguageError,
    WorkingCalendar,
    belgium,
    deadline,
    examples,
)
from charter.clock import Event
from charter.language import describe_deadline, describe_hours, describe_period, render
from charter.model import LocalizedUrl
from charter.text import LocalizedText

BRUSSELS = ZoneInfo("Europe/Brussels")
CALENDAR = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
NNBSP, NBSP = "\u202f", "\u00a0"
LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "de": "de_BE", "en": "en_BE"}


def at(*args: int) -> datetime:
    return datetime(*args).replace(tzinfo=BRUSSELS)  # type: ignore[arg-type]


def lines(example: str, language: str) -> list[str]:
    """The rendered example's lines, as plain text shows them (list items without "- ")."""
    page = render(examples.load(example), locale=LOCALES[language], format="text")
    return [line.strip().removeprefix("- ") for line in page.splitlines()]


def line_with(example: str, language: str, start: str) -> str:
    """The one line of the rendered example that starts so."""
    found = [line for line in lines(example, language) if line.startswith(start)]
    assert len(found) == 1, (start, found)
    return found[0]


# -- counts of one: the period carries its preposition and its article (X4, rule 2) ---------


@pytest.mark.parametrize(
    ("language", "period", "form", "expected"),
    [
        ("nl", "1 month", "within", "binnen een maand"),
        ("fr", "1 month", "within", "dans un délai d'un mois"),
        ("de", "1 month", "within", "innerhalb eines Monats"),
        ("nl", "1 week", "within", "binnen een week"),
        ("fr", "1 week", "within", "dans un délai d'une semaine"),
        ("de", "1 week", "within", "innerhalb einer Woche"),
        ("nl", "1 working day", "within", "binnen een werkdag"),
        ("fr", "1 working day", "within", "dans un délai d'un jour ouvrable"),
        ("de", "1 working day", "within", "innerhalb eines Werktages"),
        ("de", "1 year", "within", "innerhalb eines Jahres"),
        ("nl", "1 month", "by", "met een maand"),
        ("fr", "1 month", "by", "d'un mois"),
        ("de", "1 month", "by", "um einen Monat"),
        ("fr", "1 week", "by", "d'une semaine"),
        ("de", "1 week", "by", "um eine Woche"),
        ("nl", "2 months", "by", "met twee maanden"),
        ("fr", "2 months", "by", "de deux mois"),
        ("de", "2 months", "by", "um zwei Monate"),
        ("de", "2 months", "within", "innerhalb von zwei Monaten"),
        ("nl", "12 days", "within", "binnen twaalf dagen"),
        ("nl", "13 days", "within", "binnen 13 dagen"),
        ("fr", "11 days", "within", "dans un délai de onze jours"),
        (
            "de",
            "4 service hours",
            "within",
            "innerhalb von vier Stunden (während unserer Öffnungszeiten)",
        ),
        ("nl", "4 service hours", "within", "binnen vier werkuren"),
        ("fr", "4 service hours", "within", "dans un délai de quatre heures ouvrables"),
    ],
)
def test_a_period_with_its_own_preposition(
    language: str, period: str, form: str, expected: str
) -> None:
    assert describe_period(Period.parse(period), LOCALES[language], form=form) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            (
                "Behandeling van een klacht. We behandelen uw klacht binnen een maand. We halen "
                "die "
                "termijn in minstens 90% van de gevallen. Hebben we meer tijd nodig, dan kunnen we "
                "die termijn eenmalig met een maand verlengen. We laten u dat vooraf weten."
            ),
        ),
        (
            "fr",
            (
                "Traitement d'une plainte. Nous traitons votre plainte dans un délai d'un mois. "
                "Nous "
                f"respectons ce délai dans au moins 90{NBSP}% des cas. S'il nous faut plus de "
                "temps, "
                "nous pouvons prolonger ce délai une seule fois d'un mois. Nous vous en informons "
                "au "
                "préalable."
            ),
        ),
        (
            "de",
            (
                "Bearbeitung einer Beschwerde. Wir bearbeiten Ihre Beschwerde innerhalb eines "
                "Monats. "
                f"Wir halten diese Frist in mindestens 90{NBSP}% der Fälle ein. Benötigen wir mehr "
                "Zeit, können wir diese Frist einmalig um einen Monat verlängern. Wir teilen Ihnen "
                "dies vorher mit."
            ),
        ),
    ],
    ids=["X4-X13-N15", "X4-X13-F16", "X4-X13-D15"],
)
def test_the_complaint_line_one_month_extended_once_and_its_target(
    language: str, expected: str
) -> None:
    # X1: the target counts cases, not questions, on the complaint line too.
    assert line_with("commune", language, expected[:20]) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "Inzage in uw persoonsgegevens. U krijgt binnen een maand een antwoord."),
        (
            "fr",
            (
                "Accès à vos données à caractère personnel. Vous recevez une réponse dans un délai "
                "d'un mois."
            ),
        ),
        (
            "de",
            (
                "Auskunft über Ihre personenbezogenen Daten. Sie erhalten innerhalb eines Monats "
                "eine Antwort."
            ),
        ),
    ],
    ids=["N17", "F18", "D18"],
)
def test_the_decision_promise(language: str, expected: str) -> None:
    assert line_with("federal", language, expected).startswith(expected + " ")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "Uittreksel of attest. U krijgt binnen een werkdag een antwoord."),
        ("fr", "Extrait ou certificat. Vous recevez une réponse dans un délai d'un jour ouvrable."),
        ("de", "Auszug oder Bescheinigung. Sie erhalten innerhalb eines Werktages eine Antwort."),
    ],
)
def test_a_promise_of_one_working_day(language: str, expected: str) -> None:
    assert line_with("commune", language, expected).startswith(expected + " ")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "Infolijn: 80% van de oproepen wordt binnen een minuut beantwoord."),
        (
            "fr",
            (
                f"Ligne info{NBSP}: 80{NBSP}% des appels reçoivent une réponse dans un délai d'une "
                "minute."
            ),
        ),
        ("de", f"Infotelefon: 80{NBSP}% der Anrufe werden innerhalb einer Minute angenommen."),
        ("nl", "Chat: 87,5% van de chatgesprekken wordt binnen 90 seconden beantwoord."),
        (
            "fr",
            (
                f"Chat{NBSP}: 87,5{NBSP}% des conversations reçoivent une réponse dans un délai de "
                "90 secondes."
            ),
        ),
        ("de", f"Chat: 87,5{NBSP}% der Chats werden innerhalb von 90 Sekunden beantwortet."),
        ("en", "Chat: 87.5% of chats are answered within 90 seconds."),
        ("nl", "Contactcenter: 80% van de oproepen wordt binnen twee minuten beantwoord."),
    ],
    ids=["N19-nl", "F-C1", "D20", "seconds-nl", "seconds-fr", "seconds-de", "X22", "N19"],
)
def test_reachability_in_minutes_or_seconds(language: str, expected: str) -> None:
    example = "federal" if expected.startswith("Contactcenter") else "commune"
    assert expected in lines(example, language)


# -- days and dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            (
                "Bereikbaar: maandag en dinsdag van 9.00 tot 16.00 uur; donderdag en vrijdag van "
                "9.00 "
                "tot 12.00 uur; gesloten op feestdagen"
            ),
        ),
        (
            "fr",
            (
                f"Joignable{NBSP}: le lundi et le mardi de 9{NBSP}h à 16{NBSP}h{NBSP}; le jeudi et "
                "le "
                f"vendredi de 9{NBSP}h à 12{NBSP}h{NBSP}; fermé les jours fériés"
            ),
        ),
        (
            "de",
            (
                "Erreichbar: Montag und Dienstag von 9.00 bis 16.00 Uhr; Donnerstag und Freitag "
                "von "
                "9.00 bis 12.00 Uhr; an Feiertagen geschlossen"
            ),
        ),
    ],
    ids=["X5-N5", "X5-F5-F-C14", "X5-D4"],
)
def test_two_neighbouring_days(language: str, expected: str) -> None:
    # Plain text: the no-break space every font has (F30).
    assert expected in lines("commune", language)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            (
                "Open: maandag, woensdag en vrijdag van 8.30 tot 12.30 uur; dinsdag van 13.00 tot "
                "19.00 uur; gesloten op feestdagen; gesloten op 24 en 31 december"
            ),
        ),
        (
            "fr",
            (
                f"Ouvert{NBSP}: le lundi, le mercredi et le vendredi de 8{NBSP}h{NBSP}30 à "
                f"12{NBSP}h"
                f"{NBSP}30{NBSP}; le mardi de 13{NBSP}h à 19{NBSP}h{NBSP}; fermé les jours fériés"
                f"{NBSP}; fermé les 24 et 31 décembre"
            ),
        ),
        (
            "de",
            (
                "Geöffnet: Montag, Mittwoch und Freitag von 8.30 bis 12.30 Uhr; Dienstag von 13.00 "
                "bis 19.00 Uhr; an Feiertagen geschlossen; am 24. und 31. Dezember geschlossen"
            ),
        ),
    ],
    ids=["X5-X18-nl", "X5-X18-F-C14", "X5-X18-de"],
)
def test_days_with_the_same_hours_grouped_and_dates_listed(language: str, expected: str) -> None:
    assert expected in lines("commune", language)


@pytest.mark.parametrize(
    ("language", "holidays", "closures"),
    [
        (
            "nl",
            "Vrijdag 25 december en vrijdag 1 januari zijn feestdagen.",
            "Op 28 en 29 december is de dienst gesloten.",
        ),
        (
            "fr",
            "Les 25 décembre et 1er janvier sont des jours fériés.",
            "Les 28 et 29 décembre sont des jours de fermeture du service.",
        ),
        (
            "de",
            "Der 25. Dezember und der 1. Januar sind Feiertage.",
            "Der 28. und der 29. Dezember sind Schließtage.",
        ),
    ],
    ids=["X6-N-C11-N-C12", "X6-F-C11", "X6-D-C1"],
)
def test_date_lists_in_an_explanation(language: str, holidays: str, closures: str) -> None:
    d = examples.load().deadline("informative", at(2026, 12, 23, 10))
    explanation = describe_deadline(d, LOCALES[language]).explanation
    assert explanation[-2:] == (holidays, closures)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "Vrijdag 1 januari is een feestdag."),
        ("fr", "Le 1er janvier est un jour férié."),
        ("de", "Der 1. Januar ist ein Feiertag."),
    ],
    ids=["N-C12", "fr", "D-C1"],
)
def test_one_holiday_starts_no_sentence_with_a_digit(language: str, expected: str) -> None:
    d = deadline(at(2026, 12, 26, 11), "5 working days", calendar=CALENDAR)
    assert describe_deadline(d, LOCALES[language]).explanation[-1] == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "gesloten in juli; gesloten op 24 en 26 december"),
        ("fr", f"fermé en juillet{NNBSP}; fermé les 24 et 26 décembre"),
        ("de", "im Juli geschlossen; am 24. und 26. Dezember geschlossen"),
    ],
    ids=["X18-nl", "X18-fr", "X18-de"],
)
def test_a_whole_month_and_closures_of_one_month(language: str, expected: str) -> None:
    for text in (
        "Jul 01-Jul 31 off; Dec 24 off; Dec 26 off",
        "Mo 09:00-12:00; Jul off; Dec 24,Dec 26 off",
    ):
        hours = OpeningHours.from_osm(text, timezone="Europe/Brussels")
        assert describe_hours(hours, LOCALES[language]).endswith(expected), text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "gesloten van 24 december 2026 tot en met 2 januari 2027"),
        ("fr", "fermé du 24 décembre 2026 au 2 janvier 2027"),
        ("de", "vom 24. Dezember 2026 bis zum 2. Januar 2027 geschlossen"),
    ],
    ids=["N-C13", "fr", "de"],
)
def test_a_span_of_dates_includes_its_last_day(language: str, expected: str) -> None:
    hours = OpeningHours(
        timezone="Europe/Brussels",
        weekly={0: ["09:00-12:00"]},
        special=[charter.SpecialHours(start=at(2026, 12, 24).date(), end=at(2027, 1, 2).date())],
    )
    assert describe_hours(hours, LOCALES[language]).endswith(expected)


# -- suspensions and periods in hours: their times (X7, X8) ----------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            (
                "Op maandag 21 december van 11.00 tot 14.20 uur wachtten we op uw antwoord; een "
                "wachttijd binnen één dag verandert niets aan de termijn."
            ),
        ),
        (
            "fr",
            (
                f"Le lundi 21 décembre, de 11{NBSP}h à 14{NBSP}h{NBSP}20, nous avons attendu votre "
                f"réponse{NNBSP}; une attente au cours d'une même journée ne modifie pas le délai."
            ),
        ),
        (
            "de",
            (
                "Am Montag, 21. Dezember haben wir von 11.00 bis 14.20 Uhr auf Ihre Antwort "
                "gewartet; "
                "eine Wartezeit innerhalb eines Tages ändert die Frist nicht."
            ),
        ),
    ],
    ids=["X7-nl", "X7-fr", "X7-de"],
)
def test_a_suspension_within_one_day_gives_its_times(language: str, expected: str) -> None:
    events: list[Event] = [Suspended(at=at(2026, 12, 21, 11)), Resumed(at=at(2026, 12, 21, 14, 20))]
    d = examples.load().deadline("substantive", at(2026, 12, 1, 10), events)
    assert describe_deadline(d, LOCALES[language]).explanation[-1] == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            (
                "We hebben uw vraag ontvangen op woensdag 23 december 2026 om 9.00 uur.",
                "De termijn begint te lopen op woensdag 23 december om 9.00 uur.",
                (
                    "Van woensdag 23 december om 10.00 uur tot donderdag 24 december om 10.30 uur "
                    "wachtten we op uw antwoord; die tijd (acht uur en 30 minuten) telt niet mee."
                ),
            ),
        ),
        (
            "fr",
            (
                f"Votre demande nous est parvenue le mercredi 23 décembre 2026 à 9{NBSP}h.",
                f"Le délai court à partir du mercredi 23 décembre à 9{NBSP}h.",
                (
                    f"Du mercredi 23 décembre à 10{NBSP}h au jeudi 24 décembre à "
                    f"10{NBSP}h{NBSP}30, "
                    f"nous avons attendu votre réponse{NNBSP}; cette durée (huit heures et 30 "
                    "minutes) "
                    "n'est pas comptée."
                ),
            ),
        ),
        (
            "de",
            (
                "Ihre Anfrage ist am Mittwoch, 23. Dezember 2026 um 9.00 Uhr eingegangen.",
                "Die Frist beginnt am Mittwoch, 23. Dezember um 9.00 Uhr.",
                (
                    "Vom Mittwoch, 23. Dezember um 10.00 Uhr bis zum Donnerstag, 24. Dezember um "
                    "10.30 Uhr haben wir auf Ihre Antwort gewartet; diese Zeit (acht Stunden und "
                    "30 "
                    "Minuten) wird nicht mitgezählt."
                ),
            ),
        ),
    ],
    ids=["X8-nl", "X8-fr", "X8-de"],
)
def test_a_period_in_hours_explained_with_its_times(
    language: str, expected: tuple[str, ...]
) -> None:
    hours = OpeningHours.from_osm("Mo-Fr 09:00-17:00", timezone="Europe/Brussels")
    events: list[Event] = [Suspended(at=at(2026, 12, 23, 10)), Resumed(at=at(2026, 12, 24, 10, 30))]
    d = deadline(
        at(2026, 12, 23, 9), "4 service hours", calendar=CALENDAR, hours=hours, events=events
    )
    assert describe_deadline(d, LOCALES[language]).explanation == expected


@pytest.mark.parametrize(
    ("language", "kind", "expected"),
    [
        (
            "nl",
            "callback",
            "We bellen u uiterlijk op donderdag 24 december 2026 om 13.30 uur terug.",
        ),
        (
            "fr",
            "callback",
            f"Nous vous rappellerons au plus tard le jeudi 24 décembre 2026 à 13{NBSP}h{NBSP}30.",
        ),
        (
            "de",
            "callback",
            "Wir rufen Sie spätestens am Donnerstag, 24. Dezember 2026 um 13.30 Uhr zurück.",
        ),
        (
            "nl",
            "acknowledgement",
            (
                "U krijgt uiterlijk op donderdag 24 december 2026 om 13.30 uur een "
                "ontvangstbevestiging."
            ),
        ),
        (
            "fr",
            "complaint",
            (
                "Nous traiterons votre plainte au plus tard le jeudi 24 décembre 2026 à "
                f"13{NBSP}h{NBSP}30."
            ),
        ),
        (
            "de",
            "referral",
            (
                "Wir leiten Ihre Anfrage spätestens am Donnerstag, 24. Dezember 2026 um 13.30 Uhr "
                "an den zuständigen Dienst weiter."
            ),
        ),
        (
            "nl",
            "decision",
            "U krijgt uiterlijk op donderdag 24 december 2026 om 13.30 uur een antwoord.",
        ),
    ],
    ids=[
        "X9-nl",
        "X9-fr",
        "X9-de",
        "X9-acknowledgement",
        "X9-complaint",
        "X9-referral",
        "X9-decision",
    ],
)
def test_the_promise_names_what_is_promised(language: str, kind: str, expected: str) -> None:
    hours = OpeningHours.from_osm("Mo-Fr 09:00-17:00", timezone="Europe/Brussels")
    events: list[Event] = [Suspended(at=at(2026, 12, 23, 10)), Resumed(at=at(2026, 12, 24, 10, 30))]
    d = deadline(
        at(2026, 12, 23, 9), "4 service hours", calendar=CALENDAR, hours=hours, events=events
    )
    assert describe_deadline(d, LOCALES[language], kind=kind).promise == expected


def test_a_kind_that_is_none_is_refused() -> None:
    d = deadline(at(2026, 12, 23, 9), "5 working days", calendar=CALENDAR)
    with pytest.raises(charter.CharterValueError, match="'poem' is not a kind of guarantee"):
        describe_deadline(d, "nl_BE", kind="poem")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            "Zaterdag 28 februari is geen werkdag; de termijn loopt daarom af op maandag 2 maart.",
        ),
        (
            "fr",
            (
                f"Le samedi 28 février n'est pas un jour ouvrable{NNBSP}; le délai expire donc le "
                "lundi 2 mars."
            ),
        ),
        (
            "de",
            (
                "Der 28. Februar ist ein Samstag und damit kein Werktag; die Frist endet daher am "
                "Montag, 2. März."
            ),
        ),
    ],
    ids=["N-C7", "F-C7", "D-C8"],
)
def test_a_last_day_that_rolls_forward(language: str, expected: str) -> None:
    d = deadline(at(2026, 2, 16, 10), "12 days", calendar=CALENDAR, rule=EU_1182_71)
    assert describe_deadline(d, LOCALES[language]).explanation[-1] == expected


# -- labels: data names stand alone (X2, X3) ---------------------------------------------------


@pytest.mark.parametrize(
    ("language", "payments", "partner"),
    [
        (
            "nl",
            (
                "Betaalmogelijkheden: cash, kredietkaart, Bancontact, overschrijving, online "
                "betaling, mobiele betaling, cheque of domiciliëring"
            ),
            "Partner: Ondernemingsloket Voorbeeld vzw",
        ),
        (
            "fr",
            (
                f"Moyens de paiement{NBSP}: espèces, carte de crédit, Bancontact, virement, "
                "paiement en ligne, paiement mobile, chèque ou domiciliation"
            ),
            f"Partenaire{NBSP}: Guichet d'entreprises Exemple asbl",
        ),
        (
            "de",
            (
                "Zahlungsmöglichkeiten: Bargeld, Kreditkarte, Bancontact, Überweisung, "
                "Online-Zahlung, mobile Zahlung, Scheck oder Domizilierung"
            ),
            "Partner: Unternehmensschalter Beispiel VoG",
        ),
    ],
    ids=["N8-N-C15-N-C16", "F9-F-C2-F-C12-F-C16", "D8-D-C2-D-C3-D-C14"],
)
def test_payment_methods_and_a_partner_as_labels(
    language: str, payments: str, partner: str
) -> None:
    found = lines("commune", language)
    assert payments in found
    assert partner in found


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            (
                "Open: dinsdag en donderdag van 9.00 tot 12.00 uur (op afspraak); gesloten op "
                "feestdagen"
            ),
        ),
        (
            "fr",
            (
                f"Ouvert{NBSP}: le mardi et le jeudi de 9{NBSP}h à 12{NBSP}h (sur "
                f"rendez-vous){NBSP}; fermé les jours fériés"
            ),
        ),
        (
            "de",
            (
                "Geöffnet: Dienstag und Donnerstag von 9.00 bis 12.00 Uhr (nur nach "
                "Terminvereinbarung); an Feiertagen geschlossen"
            ),
        ),
    ],
    ids=["X17-N-C14", "X17-F-C13", "X17-D-C13"],
)
def test_an_appointment_only_counter(language: str, expected: str) -> None:
    found = lines("commune", language)
    assert expected in found
    assert (
        found[found.index(expected) + 1]
        == {
            "nl": "Enkel op afspraak.",
            "fr": "Uniquement sur rendez-vous.",
            "de": "Nur nach Terminvereinbarung.",
        }[language]
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            (
                "Bent u niet tevreden over de behandeling van uw klacht? Dan kunt u terecht bij de "
                "ombudsdienst: de federale Ombudsman."
            ),
        ),
        (
            "fr",
            (
                "Si le traitement de votre plainte ne vous satisfait pas, vous pouvez vous "
                "adresser au "
                f"service de médiation{NBSP}: le Médiateur fédéral."
            ),
        ),
        (
            "de",
            (
                "Sind Sie mit der Bearbeitung Ihrer Beschwerde nicht zufrieden? Dann können Sie "
                "sich an "
                "den Ombudsdienst wenden: der Föderale Ombudsmann."
            ),
        ),
    ],
    ids=["N25", "F26", "de"],
)
def test_the_ombudsman(language: str, expected: str) -> None:
    assert expected in lines("federal", language)


@pytest.mark.parametrize(
    ("language", "caption", "header"),
    [
        ("nl", "<caption>Openingsuren: Onthaal</caption>", '<th scope="col">Openingsuren</th>'),
        (
            "fr",
            f"<caption>Heures d'ouverture{NBSP}: Accueil</caption>",
            '<th scope="col">Horaire</th>',
        ),
        ("de", "<caption>Öffnungszeiten: Empfang</caption>", '<th scope="col">Öffnungszeiten</th>'),
    ],
    ids=["N6-N7", "F6-F7", "D5"],
)
def test_the_caption_of_a_table_of_hours(language: str, caption: str, header: str) -> None:
    page = render(examples.load(), locale=LOCALES[language], format="html")
    assert caption.replace("'", "&#x27;") in page
    assert header in page


@pytest.mark.parametrize(
    ("language", "opening", "online"),
    [
        ("nl", "Bereikbaar: van maandag tot vrijdag", "Beschikbaar: 24 uur op 24, 7 dagen op 7"),
        (
            "fr",
            f"Joignable{NBSP}: du lundi au vendredi",
            f"Disponible{NBSP}: 24{NBSP}h/24, 7{NBSP}j/7",
        ),
        ("de", "Erreichbar: Montag bis Freitag", "Verfügbar: rund um die Uhr"),
    ],
    ids=["X16-N4-N5-N9", "X16-F5-F11", "X16-D4-D9"],
)
def test_a_label_per_kind_of_channel(language: str, opening: str, online: str) -> None:
    found = lines("federal", language)
    assert any(line.startswith(opening) for line in found)
    assert online in found


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            (
                "Werkdagen zijn de dagen van maandag tot vrijdag, behalve feestdagen en de dagen "
                "waarop de dienst gesloten is."
            ),
        ),
        (
            "fr",
            (
                "Les jours ouvrables sont les jours du lundi au vendredi, sauf les jours fériés et "
                "les jours de fermeture du service."
            ),
        ),
        (
            "de",
            "Werktage sind Montag bis Freitag, ausgenommen Feiertage und Schließtage des Dienstes.",
        ),
    ],
    ids=["X15-nl", "X15-fr", "X15-de"],
)
def test_the_working_day_defined_once_and_calendar_days_named(language: str, expected: str) -> None:
    found = lines("federal", language)
    assert found.count(expected) == 1
    calendar_days = {
        "nl": "30 kalenderdagen",
        "fr": "30 jours calendrier",
        "de": "30 Kalendertagen",
    }
    assert any(calendar_days[language] in line for line in found)


# -- one language per document (X10, rule 11) ----------------------------------------------


def test_a_charter_not_written_in_the_language_is_refused_naming_its_texts() -> None:
    municipal = examples.load("municipal")
    with pytest.raises(MissingTextError) as refused:
        render(municipal, locale="de_BE", format="html")
    assert isinstance(refused.value, UnknownLanguageError)
    assert refused.value.language == "de"
    assert refused.value.paths == (
        "organisation.name",
        "channels[desk].name",
        "channels[phone].name",
        "guarantees[certificate].description",
        "guarantees[question].description",
        "duties[0].text",
    )
    assert str(refused.value).startswith(
        "the charter is not written in 'de' (its languages: nl); 6 texts lack 'de': "
        "organisation.name, channels[desk].name, "
    )


def test_a_text_missing_in_one_of_the_charter_s_languages_is_refused() -> None:
    c = examples.load()
    desk = attrs.evolve(c.channels[1], name=LocalizedText({"nl": "Onthaal"}))
    broken = attrs.evolve(c, channels=(c.channels[0], desk, *c.channels[2:]))
    with pytest.raises(
        MissingTextError, match=r"^1 text lacks 'fr': channels\[reception\]\.name; "
    ):
        render(broken, locale="fr_BE")
    assert "### Onthaal" in render(broken, locale="nl_BE")
    with pytest.raises(
        MissingTextError,
        match=r"^1 text lacks both 'fr' and 'de': channels\[reception\]\.name; add",
    ):
        render(broken, locale="fr_BE", fallback="de")


@pytest.mark.parametrize(
    ("language", "notice"),
    [
        (
            "fr",
            (
                f"Certains textes de cette charte n'existent pas en français{NNBSP}; ils figurent "
                "ici en néerlandais."
            ),
        ),
        (
            "de",
            (
                "Einige Texte dieser Charta liegen nicht auf Deutsch vor; sie sind hier auf "
                "Niederländisch wiedergegeben."
            ),
        ),
        ("en", "Some texts of this charter do not exist in English; they are given here in Dutch."),
    ],
)
def test_a_fallback_is_said_in_the_document(language: str, notice: str) -> None:
    page = render(examples.load("municipal"), locale=LOCALES[language], fallback="nl")
    assert page.split("\n\n")[2] == notice
    assert "Loket Burgerzaken" in page
    # The document in the charter's own language needs no notice.
    assert notice not in render(examples.load("municipal"), locale="nl_BE", fallback="fr")


def test_a_fallback_that_is_no_language_is_refused() -> None:
    with pytest.raises(UnknownLanguageError, match="fallback 'xx' is not a language code"):
        render(examples.load(), locale="nl_BE", fallback="xx")


def test_an_osm_comment_is_english_and_refused_elsewhere_or_said_in_english() -> None:
    hours = OpeningHours.from_osm(
        'Mo-Fr 09:00-17:00, Sa 10:00-12:00 "Christmas market"; Dec 25 off',
        timezone="Europe/Brussels",
    )
    assert describe_hours(hours, "en").endswith("(“Christmas market”); closed on 25 December")
    with pytest.raises(MissingTextError, match=r"1 text lacks 'nl': rules\[1\]\.comment"):
        describe_hours(hours, "nl_BE")
    assert describe_hours(hours, "nl_BE", fallback="en") == (
        "van maandag tot vrijdag van 9.00 tot 17.00 uur; zaterdag van 10.00 tot 12.00 uur "
        "(“Christmas market”, in het Engels); gesloten op 25 december"
    )
    assert f"(«{NNBSP}Christmas market{NNBSP}», en anglais)" in describe_hours(
        hours, "fr_BE", fallback="en"
    )
    c = examples.load()
    channels = tuple(
        attrs.evolve(ch, hours=hours) if ch.id == "reception" else ch for ch in c.channels
    )
    with pytest.raises(
        MissingTextError, match=r"channels\[reception\]\.hours\.rules\[1\]\.comment"
    ):
        render(attrs.evolve(c, channels=channels), locale="de_BE")


def test_a_structured_note_per_language() -> None:
    hours = OpeningHours(
        timezone="Europe/Brussels",
        weekly={0: ["09:00-12:00"]},
        special=[
            charter.SpecialHours(
                start=charter.MonthDay(12, 24), note={"nl": "Kerstavond", "de": "Heiligabend"}
            )
        ],
    )
    assert describe_hours(hours, "de_BE").endswith("am 24. Dezember geschlossen (Heiligabend)")
    assert describe_hours(hours, "fr_BE", fallback="de").endswith(
        "fermé le 24 décembre (Heiligabend, en allemand)"
    )


# -- addresses and websites in the reader's language (X12) ---------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "Adres: Voorbeeldstraat 1, 1000 Brussel"),
        ("fr", f"Adresse{NBSP}: Rue de l'Exemple 1, 1000 Bruxelles"),
        ("de", "Adresse: Beispielstraße 1, 1000 Brüssel"),
        ("en", "Address: Rue de l'Exemple 1, 1000 Brussels"),
    ],
    ids=["nl", "F8", "D6", "en"],
)
def test_an_address_in_the_reader_s_language(language: str, expected: str) -> None:
    assert lines("federal", language).count(expected) == 2  # the reception and the post


def test_a_plain_street_and_city_still_load_and_mean_every_language() -> None:
    document = json.loads(examples.text())
    plain = {"street": "Wetstraat 16", "postal_code": "1000", "city": "Brussel"}
    document["channels"][1]["contact"]["address"] = plain
    c = charter.loads(json.dumps(document))
    assert c.channels[1].contact.address is not None
    assert c.channels[1].contact.address.city == "Brussel"
    for language in ("nl", "fr", "de", "en"):
        assert re.search(r": Wetstraat 16, 1000 Brussel$", line_with_page(c, language))
    assert json.loads(charter.dumps(c))["channels"][1]["contact"]["address"] == plain


def line_with_page(c: charter.Charter, language: str) -> str:
    page = render(c, locale=LOCALES[language], format="text")
    return next(line for line in page.splitlines() if "Wetstraat" in line)


def test_a_website_per_language() -> None:
    c = examples.load("commune")
    assert isinstance(c.organisation.website, LocalizedUrl)
    for language in ("nl", "fr", "de", "en"):
        expected = f"https://www.voorbeeldbeek.example.be/{language}"
        assert any(line.endswith(expected) for line in lines("commune", language))
    only_dutch = attrs.evolve(
        c,
        organisation=attrs.evolve(
            c.organisation, website=LocalizedUrl({"nl": "https://www.voorbeeldbeek.example.be"})
        ),
    )
    with pytest.raises(MissingTextError, match=r"lacks 'de': organisation\.website;"):
        render(only_dutch, locale="de_BE")


def test_seasons_and_special_days_in_months_and_spans() -> None:
    special = charter.SpecialHours
    hours = OpeningHours(
        timezone="Europe/Brussels",
        weekly={0: ["09:00-12:00"]},
        seasons=[
            charter.Season(
                start=charter.MonthDay(4, 1),
                end=charter.MonthDay(6, 30),
                weekly={1: ["10:00-11:00"]},
            ),
            charter.Season(
                start=charter.MonthDay(8, 3),
                end=charter.MonthDay(8, 14),
                weekly={2: ["10:00-11:00"]},
            ),
        ],
        special=[
            special(start=at(2026, 7, 1).date(), end=at(2026, 7, 31).date()),
            special(start=at(2026, 9, 1).date(), end=at(2026, 9, 30).date(), hours=["10:00-12:00"]),
            special(start=at(2027, 11, 1).date(), end=at(2028, 2, 29).date()),
            special(start=at(2026, 12, 24).date(), note={"nl": "Kerstavond"}),
            special(start=at(2026, 12, 26).date(), note={"nl": "Kerstavond"}),
            special(start=at(2027, 1, 4).date(), note={"nl": "Kerstavond"}),
        ],
    )
    assert describe_hours(hours, "nl_BE").split("; ") == [
        "maandag van 9.00 tot 12.00 uur",
        "van april tot en met juni: dinsdag van 10.00 tot 11.00 uur",
        "van 3 tot en met 14 augustus: woensdag van 10.00 tot 11.00 uur",
        "gesloten in juli 2026",
        "in september 2026: van 10.00 tot 12.00 uur",
        "gesloten op 24, 26 december 2026 en 4 januari 2027 (Kerstavond)",
        "gesloten van november 2027 tot en met februari 2028",
    ]
    assert "fermé de novembre 2027 à février 2028" in describe_hours(hours, "fr_BE", fallback="nl")
    with pytest.raises(MissingTextError) as refused:
        describe_hours(hours, "de_BE")
    assert refused.value.paths == ("special[2].note", "special[3].note", "special[4].note")
