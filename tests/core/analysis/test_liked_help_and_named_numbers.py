"""Liked help in the first person, trades named by a help verb, invitations' own "your", duty
and dated audiences, selling to people, and numbers that name a product, a form or an age."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS, HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_text


def _about(text: str, name: str = "") -> set[str]:
    analysis = analyze_text(text, "en")
    return {detector for detector, fires in ABOUT_DETECTORS.items() if fires(analysis, name)}


def _headline(text: str) -> set[str]:
    analysis = analyze_text(text, "en")
    return {detector for detector, fires in HEADLINE_DETECTORS.items() if fires(analysis)}


@pytest.mark.parametrize(
    "text",
    [
        "I love helping first-time buyers work out what they can afford.",
        "I really enjoy helping small teams ship their first release.",
        "I AM A PEOPLE PERSON WHO LOVES TO HELP FAMILIES PROTECT WHAT MATTERS MOST.",
        "I sell life and motor cover to individuals and small businesses in Nairobi.",
        "Train driver turned trainer. I coach new drivers on the Elizabeth line.",
        "I fix laptops in Swindon. Call me to talk about your slow laptop.",
    ],
)
def test_whom_the_member_helps_counts(text: str) -> None:
    assert "reader_value" in _about(text)


@pytest.mark.parametrize(
    "text",
    [
        "I run a bakery. My son loves helping customers choose a cake on Saturdays.",
        "Marcus is an engineer in Bristol. Marcus loves helping out at his rugby club.",
        "In my spare time I love helping families at the food bank.",
        "Support worker with Glasgow Health and Social Care Partnership.",
        "I am a personal trainer in Miami. DM me to start your transformation today!",
        "Responsible for month-end close for assigned clients. Responsible for reconciliations.",
        "In 2022 our clinic cut waiting times for new patients from 14 weeks to 6.",
        "I sell handmade oak furniture through my workshop in Hexham.",
        "Before retraining I sold advertising to local businesses. Now I teach maths.",
    ],
)
def test_no_one_served_is_named(text: str) -> None:
    assert "reader_value" not in _about(text)


def test_a_liked_help_is_no_invitation() -> None:
    assert "next_step" not in _about("I love helping families protect what matters most.")


def test_whatsapp_as_a_verb_invites() -> None:
    assert "next_step" in _about("I make cakes in Accra. WhatsApp me with your date.")
    assert "next_step" not in _about("I post the rota in our WhatsApp group. I'm a verger.")


@pytest.mark.parametrize(
    "text",
    [
        "hi, im Rahul, 22, final year mechanical engineering student in Pune.",
        "Hi, I'm Grace Mensah, 34. I'm a quantity surveyor.",
        "I look after Microsoft 365 licences and the school's Windows 11 laptops.",
        "Windows 11, macOS, Intune, Jamf",
        "MAZAK / HAAS / 5-AXIS / CMM INSPECTION",
        "I prepare 1040 and 1120-S returns for US citizens in the UK.",
    ],
)
def test_numbers_that_name_are_no_result(text: str) -> None:
    assert "result" not in _about(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grew revenue 3-fold in two years.",
        "Led a 12-person team through the migration.",
        "We took first response from 9h to 50min by splitting the queue.",
        "I removed 600 unused licences and cut the bill by £40,000.",
    ],
)
def test_measures_still_count(text: str) -> None:
    assert "result" in _about(text)


def test_a_change_between_glued_times_is_a_headline_result() -> None:
    assert "result" in _headline("Support lead | First response 9h → 47min")
    assert "result" not in _headline("Night nurse on a 12h rota in critical care")


def test_readers_are_a_headline_audience() -> None:
    assert "reader_value" in _headline(
        "Data journalist turning spreadsheets into stories for readers"
    )
