"""HTML entities as words of their own, dash ranges, versions in capitals, refrains and sites."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS, HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_text


def _about(text: str) -> set[str]:
    analysis = analyze_text(text, "en")
    return {name for name, fires in ABOUT_DETECTORS.items() if fires(analysis, "")}


def _headline(text: str) -> set[str]:
    analysis = analyze_text(text, "en")
    return {name for name, fires in HEADLINE_DETECTORS.items() if fires(analysis)}


def test_an_entity_glued_to_a_word_leaves_the_word_readable() -> None:
    found = _about("&nbsp;&nbsp;Passionate underwriter in London.&nbsp;I read risks all day.")
    assert {"cliches", "markup"} <= found


def test_an_entity_after_a_full_stop_ends_the_sentence() -> None:
    analysis = analyze_text("I fit kitchens in Bath.&nbsp;I fit kitchens in Bath.", "en")
    assert len(analysis.sentences) == 2
    assert analysis.repeats


def test_an_entity_for_a_bullet_separates_list_items() -> None:
    text = (
        "Pharmacy technician\nAseptics &bull; TPN &middot; chemotherapy &#8226; audit\n"
        "I work nights."
    )
    assert "keyword_dump" in _about(text)


def test_an_ampersand_entity_is_no_list_separator() -> None:
    found = _headline("Game Designer | 3M downloads on Tidepool | Unity &amp; C#")
    assert "keyword_dump" not in found
    assert {"result", "markup"} <= found


def test_a_roman_one_in_a_list_is_no_first_person() -> None:
    text = (
        "Research nurse\nOncology • Phase I–III trials • informed consent • data management\n"
        "I run trials."
    )
    assert "keyword_dump" in _about(text)


@pytest.mark.parametrize(
    "text", ["I help hotels raise RevPAR by 10–15% in a year", "Cut costs 20—30% at three plants"]
)
def test_a_range_with_a_dash_is_a_result(text: str) -> None:
    assert "result" in _headline(text)


def test_a_range_of_years_or_ages_with_a_dash_is_no_result() -> None:
    assert "result" not in _about("Teacher with 3–5 years in sixth forms, for pupils aged 14–16.")


def test_a_version_on_a_line_in_capitals_is_no_result() -> None:
    text = "IT SUPPORT\nWINDOWS 11\nMICROSOFT 365\nACTIVE DIRECTORY\nI fix things properly."
    assert "result" not in _about(text)


def test_a_verb_before_a_number_after_a_separator_counts() -> None:
    assert "result" in _headline("Freight Forwarder | Moved 14,000 TEU across Europe")


def test_a_short_line_said_three_times_is_repetition_even_when_it_also_frames() -> None:
    text = (
        "Guests first. I have managed hotels in Bath. Guests first. Our rating went from 7.9 "
        "to 9.3 in two seasons. Guests first."
    )
    assert "repetition" in _about(text)


def test_an_about_framed_by_its_opening_line_is_no_repetition() -> None:
    text = (
        "Good food takes time. I cook in Kendal. I bake the bread each morning. The menu "
        "changes with the farms. Good food takes time."
    )
    assert "repetition" not in _about(text)


def test_a_company_named_as_a_site_is_no_next_step() -> None:
    text = "I run a holiday park. Our rating went from 8.1 to 9.0 on Booking.com last season."
    assert "next_step" not in _about(text)


@pytest.mark.parametrize(
    "closing", ["Portfolio: www.devmalhotra.co.uk", "See my work at DevMalhotra.com"]
)
def test_an_address_to_visit_is_a_next_step(closing: str) -> None:
    assert "next_step" in _about("I design logos for small food brands. " + closing)
