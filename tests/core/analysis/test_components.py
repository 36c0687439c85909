"""The registered components: configuration is validated, patterns are valid, lemmas ignore case."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher

from preflight.core.analysis import components, pipeline  # registers the factories
from preflight.core.analysis.achievements import achievement_patterns
from preflight.core.analysis.lexicons import lexicon_words


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"lists": []}, "'lists' is empty"),
        ({"lists": ["roles", "recipes"]}, "'recipes' is not a phrase list"),
        ({"attr": "SHAPE"}, "attr must be one of LOWER, ORTH, NORM"),
        ({"attr": "NORM"}, "add 'preflight_fold_accents'"),
    ],
)
def test_phrase_component_refuses_bad_configuration(
    config: dict[str, object], message: str
) -> None:
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match=message):
        nlp.add_pipe("preflight_phrases", config=config)


def test_phrase_component_refuses_a_language_without_word_lists() -> None:
    nlp = spacy.blank("fr")
    with pytest.raises(ValueError, match="'en' and 'es', not 'fr'"):
        nlp.add_pipe("preflight_phrases")


def test_achievement_component_names_the_missing_list() -> None:
    nlp = spacy.blank("es")
    with pytest.raises(ValueError, match=r"no word list 'verbos'.*bundled lists are"):
        nlp.add_pipe("preflight_achievements", config={"verbs": "verbos"})


def test_achievement_component_refuses_endings_that_are_not_letters() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="ongoing_endings must be letters only"):
        nlp.add_pipe("preflight_achievements", config={"ongoing_endings": ["ing", ""]})


def test_phrase_component_can_be_limited_to_some_lists() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("preflight_phrases", config={"lists": ["calls_to_action"]})
    doc = nlp("Marketing manager. Let's talk.")
    assert [(s.text, s.label_) for s in doc._.preflight_mentions] == [
        ("Let's talk", "call_to_action")
    ]


@pytest.mark.parametrize(("language", "cues"), [("en", "achievement_cues"), ("es", "")])
def test_achievement_patterns_are_valid_matcher_patterns(language: str, cues: str) -> None:
    nlp = spacy.blank(language)
    verbs = lexicon_words(language, "achievement_verbs")  # type: ignore[arg-type]
    cue_words = lexicon_words(language, cues) if cues else None  # type: ignore[arg-type]
    matcher = Matcher(nlp.vocab, validate=True)
    matcher.add("achievement_verb", achievement_patterns(verbs, cue_words))
    assert len(matcher) == 1


@pytest.mark.parametrize(
    ("language", "word", "lemma"),
    [("en", "Increased", "increase"), ("en", "GREW", "grow"), ("es", "Aumenté", "aumentar")],
)
def test_lemmas_ignore_capital_letters(language: str, word: str, lemma: str) -> None:
    nlp = pipeline.get_nlp(language)  # type: ignore[arg-type]
    assert nlp(word)[0].lemma_ == lemma


def test_extensions_register_once() -> None:
    components.register_extensions()
    components.register_extensions()
    doc = spacy.blank("en")("🚀 Ship it")
    assert doc._.preflight_mentions is None
    assert doc._.preflight_emoji_count == 1
