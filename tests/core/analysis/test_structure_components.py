"""The voice and form components: configured with clear errors, and what they find in a text."""

from __future__ import annotations

import pytest
import spacy

from preflight.core.analysis import form, pipeline, voice  # noqa: F401  (registers the factories)
from preflight.core.analysis.lexicons import PHRASE_LISTS
from preflight.core.analysis.signals import markup_tags
from preflight.core.analysis.text import analysis_from_doc, analyze_text


def test_voice_refuses_a_closing_of_no_sentences() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="closing_sentences must be 1 or more"):
        nlp.add_pipe("preflight_voice", config={"closing_sentences": 0})


def test_voice_names_the_lemmatizer_it_needs() -> None:
    nlp = spacy.blank("es")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("preflight_voice")
    with pytest.raises(ValueError, match="needs the lemmatizer 'preflight_lemmatizer'"):
        nlp.initialize()


def test_voice_refuses_a_language_without_word_lists() -> None:
    with pytest.raises(ValueError, match="word lists for 'en' and 'es', not 'fr'"):
        spacy.blank("fr").add_pipe("preflight_voice")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("dump_short_share", 1.5, "dump_short_share must be in"),
        ("shout_share", 0.0, "shout_share must be in"),
        ("dump_min_items", 0, "dump_min_items must be 1 or more"),
    ],
)
def test_form_refuses_settings_that_cannot_work(option: str, value: float, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        spacy.blank("en").add_pipe("preflight_form", config={option: value})


def test_markup_is_found_as_typed_and_angle_brackets_in_prose_are_not() -> None:
    analysis = analyze_text("Kids <10 love it & so do I. R&D lead.<br/>Sales &amp; ops", "en")
    assert markup_tags(analysis) == ["<br/>", "&amp;"]


def test_a_spanish_usted_offer_and_its_invitation_are_read_through_clitics() -> None:
    text = "Si su equipo pierde horas, puedo ayudarle. Llevo años en ello. Pídamela y se la envío."
    analysis = analyze_text(text, "es")
    assert {m.text for m in analysis.reader_value} >= {"Si", "ayudarle"}
    assert [m.text for m in analysis.next_steps] == ["Pídamela y se la envío."]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("My last three submissions passed review.", ["three submissions"]),
        ("Book a demo in two clicks.", []),
        ("He ayudado a seis empresas en tres meses.", []),
    ],
)
def test_counts_in_words_are_results_but_frames_and_durations_are_not(
    text: str, counted: list[str]
) -> None:
    language = "es" if text.startswith("He ") else "en"
    found = [m.text for m in analyze_text(text, language).counted]  # type: ignore[arg-type]
    assert found == (["seis empresas"] if language == "es" else counted)


def test_a_repeated_sentence_is_found_once_per_repeat_whatever_its_case() -> None:
    text = "I fix broken forecasts. I FIX BROKEN FORECASTS. I fix broken forecasts!"
    assert len(analyze_text(text, "en").repeats) == 2


@pytest.fixture(scope="module", params=["en", "es"])
def without_phrase_lists(request: pytest.FixtureRequest) -> tuple[str, spacy.language.Language]:
    """A Preflight pipeline whose reader-value and call-to-action phrase lists are switched off."""
    language = request.param
    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("preflight_line_breaks")
    nlp.add_pipe(
        "preflight_lemmatizer",
        config={"keep_lemmas": "achievement_verbs help_verbs contact_verbs"},
    )
    nlp.add_pipe("preflight_fold_accents")
    lists = [n for n in PHRASE_LISTS if n not in {"reader_value", "calls_to_action"}]
    nlp.add_pipe("preflight_phrases", config={"lists": lists, "attr": "NORM"})
    nlp.add_pipe("preflight_form")
    nlp.add_pipe("preflight_voice")
    nlp.initialize()
    return language, nlp


ISSUE_EXAMPLES = {
    "en": (
        "If your app's error messages generate calls to your support team, I can help you fix "
        "that. I rewrote 400 of them last year. If your engineers wait on infrastructure "
        "tickets, I am happy to share how we cut the wait."
    ),
    "es": (
        "Si su empresa pierde ventas por pedidos tardíos, puedo ayudarle. Llevo nueve años en "
        "ello. Si tu planta para por averías, te cuento qué funciona y qué no."
    ),
}


def test_reader_address_and_next_step_need_no_phrase_list(
    without_phrase_lists: tuple[str, spacy.language.Language],
) -> None:
    language, nlp = without_phrase_lists
    text = ISSUE_EXAMPLES[language]
    analysis = analysis_from_doc(nlp(text), language)  # type: ignore[arg-type]
    assert analysis.reader_value  # from "your"/"si su"/"ayudarle", not from a phrase
    assert analysis.next_steps  # from "happy to share"/"te cuento", not from a phrase
    assert analysis.next_steps[-1].text.endswith(("cut the wait.", "qué funciona y qué no."))
