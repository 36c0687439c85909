"""Whose voice a cue is in: quoted speech, a generic "you", a verb sharing an earlier subject,
a relative clause about a thing, and a bio written in capitals."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


def _fires(detector: str, text: str, language: Language, name: str = "") -> bool:
    return ABOUT_DETECTORS[detector](analyze_text(text, language), name)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "My first boss told me, \"If you can't say it simply, you don't know it yet.\""),
        ("en", "A patient once wrote to us: “You gave me my life back.” I kept the card."),
        ("es", "Mi primera jefa me dijo: «Si no sabes explicarlo, es que no lo entiendes»."),
        ("en", "In the ER you learn quickly that the loudest patient is rarely the sickest."),
        ("en", "On night shifts you never really get used to the quiet."),
        ("en", "You soon realise on a building site that the plan is only a starting point."),
        (
            "es",
            "En urgencias te das cuenta enseguida de que el paciente que más grita no es el "
            "más grave.",
        ),
    ],
)
def test_quoted_or_generic_you_is_no_reader_value(language: Language, text: str) -> None:
    assert not _fires("reader_value", text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "If you run a small clinic, I can help you cut waiting times."),
        ("en", "You will find the checklist I use on my website."),
        ("en", "Do you find month-end takes too long? I can show you why."),
        ("en", 'Quoted or not, your team deserves a clear "yes" or "no" from me.'),
        ("es", "Si diriges una clínica pequeña, puedo ayudarte a reducir las esperas."),
    ],
)
def test_a_you_that_speaks_to_the_reader_still_counts(language: Language, text: str) -> None:
    assert _fires("reader_value", text, language)


def test_which_speaks_of_a_thing_not_the_member() -> None:
    bio = (
        "Aoife Brennan is a consultant midwife in Cork. She set up the first midwife-led unit, "
        "which now supports 1,200 births a year."
    )
    assert not _fires("reader_value", bio, "en", "Aoife Brennan")
    assert _fires("reader_value", "I'm a coach who helps nurses move into management.", "en")


@pytest.mark.parametrize(
    ("text", "invites"),
    [
        ("I also drive the forklift and help out on the trade counter when it gets busy.", False),
        ("We design the kits and send them to schools across Wales.", False),
        ("Have a look at my portfolio and send me a message.", True),
        ("If that sounds useful, call me and let's talk.", True),
    ],
)
def test_a_verb_after_and_shares_the_subject_before_it(text: str, invites: bool) -> None:
    about = f"I manage a builders' merchant yard in Leicester. {text}"
    assert _fires("next_step", about, "en") is invites


@pytest.mark.parametrize(
    ("language", "name", "text"),
    [
        (
            "en",
            "Gary Holt",
            "GARY HOLT IS AN ELECTRICIAN IN SWINDON. HE WORKS ON DOMESTIC REWIRES.",
        ),
        ("en", "Gary Holt", "GARY HAS WIRED HOUSES IN SWINDON SINCE 2004 AND TESTS EVERY JOB."),
        ("es", "Ramiro Gutiérrez", "RAMIRO GUTIÉRREZ ES DIRECTOR COMERCIAL EN UN LABORATORIO."),
    ],
)
def test_capitals_do_not_hide_the_third_person(language: Language, name: str, text: str) -> None:
    assert _fires("third_person", text, language, name)


def test_a_first_person_text_in_capitals_is_not_third_person() -> None:
    text = "I AM AN ELECTRICIAN IN SWINDON AND I WORK ON DOMESTIC REWIRES FOR HOMEOWNERS."
    assert not _fires("third_person", text, "en", "Gary Holt")
    assert not _fires("third_person", "Gary Holt. HE Lab lead at Acme.", "en", "Ann Lee")
