"""A general "you", help verbs before counts, a bio's "They", ages, experience, described units."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text


def _about(text: str, name: str = "") -> set[str]:
    analysis = analyze_text(text, "en")
    return {detector for detector, fires in ABOUT_DETECTORS.items() if fires(analysis, name)}


@pytest.mark.parametrize(
    "text",
    [
        "Ten years on the ambulances teaches you that nobody calls 999 on a good day.",
        "Nobody tells you that the first year is the hardest. I'm a paramedic in Cardiff.",
        "In the studio you learn quickly that the kiln decides, not you.",
        "On a night shift you find out who you can rely on and you learn to trust your gut.",
    ],
)
def test_a_general_you_is_no_reader(text: str) -> None:
    assert "reader_value" not in _about(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll show you that a pension transfer can be simple.",
        "You learn a lot in twenty years, so if you need a second opinion, send me the quote.",
    ],
)
def test_you_said_to_the_reader_still_counts(text: str) -> None:
    assert "reader_value" in _about(text)


def test_a_help_verb_before_a_count_of_things_serves_no_one() -> None:
    found = _about("On a summer Saturday we serve around 200 covers.")
    assert "reader_value" not in found
    assert "result" in found


def test_a_help_verb_before_a_count_of_people_serves_them() -> None:
    assert "reader_value" in _about("I coach around 40 new managers a year.")


def test_they_opening_a_bio_s_second_sentence_is_the_member() -> None:
    bio = (
        "Alex Mwale (they/them) is a community organiser in Hackney. They help private renters "
        "organise against unfair evictions."
    )
    assert "reader_value" in _about(bio, "Alex Mwale")


def test_they_after_a_first_person_sentence_is_a_team() -> None:
    text = "I manage support workers in Derby. They help adults with learning disabilities."
    assert "reader_value" not in _about(text)


@pytest.mark.parametrize(
    "text",
    ["Most of my patients are over 30.", "Classes for people aged over 60."],
)
def test_an_age_given_as_a_bound_is_no_result(text: str) -> None:
    assert "result" not in _about(text)


def test_a_count_after_over_is_still_a_result() -> None:
    assert "result" in _about("I have taught over 300 adults to swim.")


def test_a_duty_phrase_after_have_sums_up_experience() -> None:
    assert "duties" not in _about("I've worked on the ramp at Aberdeen for most of my career.")
    assert "duties" in _about("At the council I worked on bin rounds and parking permits.")


def test_a_cliche_word_before_a_unit_describes_the_unit() -> None:
    assert "cliches" not in _about("I test apps for teams without a dedicated QA department.")
    assert "cliches" in _about("Dedicated team leader at a call centre in Sunderland.")
    assert "cliches" in _about("I am a dedicated and caring nurse.")


@pytest.mark.parametrize("text", ["I'm 52 and a joiner.", "I have fixed cars since I was 16."])
def test_an_age_said_of_oneself_is_no_result(text: str) -> None:
    assert "result" not in _about(text)


def test_a_count_of_an_age_group_is_a_result() -> None:
    assert "result" in _about("I teach 28 six-year-olds in Bolton.")
    assert "result" not in _about("I coach 13-year-olds at a club in Bolton.")


@pytest.mark.parametrize(
    "text",
    [
        "We cut load times in half.",
        "We rebuilt it in half the time.",
        "Repeat bookings doubled after the refit.",
        "I cut food waste by a third.",
    ],
)
def test_a_multiple_or_a_fraction_is_a_result(text: str) -> None:
    assert "result" in _about(text)


@pytest.mark.parametrize(
    "text",
    [
        "I run the Severn Bridge half marathon every year.",
        "The audit took half a day.",
        "I doubled as the office first-aider.",
    ],
)
def test_a_fraction_or_multiple_that_measures_nothing_is_no_result(text: str) -> None:
    assert "result" not in _about(text)
