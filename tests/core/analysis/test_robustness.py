"""Any text at all: the analysis never fails, and every mention points at the words it quotes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from preflight.core.analysis.language import detect_language
from preflight.core.analysis.text import analyze_text

PROFILE_ALPHABET = st.characters(
    blacklist_categories=("Cs",),  # lone surrogates cannot reach us from any importer
)
PROFILE_WORDS = st.sampled_from(
    ["Led", "30%", "$2M", "2019", "-", "responsible for", "\n", "🚀", "ñ", "Aumenté", "10,000", "."]
)
TEXTS = st.one_of(
    st.text(PROFILE_ALPHABET, max_size=300),
    st.lists(PROFILE_WORDS, max_size=40).map(" ".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, language=st.sampled_from(["en", "es"]))
def test_any_text_is_analysed_and_mentions_quote_it(text: str, language: str) -> None:
    analysis = analyze_text(text, language)  # type: ignore[arg-type]
    mentions = (
        analysis.roles + analysis.job_seeking + analysis.buzzwords + analysis.duties
        + analysis.achievement_verbs + analysis.reader_value + analysis.calls_to_action
        + analysis.quantities + analysis.skills
    )  # fmt: skip
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    for sentence, (start, end) in zip(analysis.sentences, analysis.sentence_offsets, strict=True):
        assert text[start:end] == sentence
    assert analysis.word_count == sum(analysis.sentence_word_counts)
    assert analysis.emoji_count >= 0


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, default=st.sampled_from(["en", "es"]))
def test_language_is_always_english_or_spanish(text: str, default: str) -> None:
    assert detect_language(text, default=default) in {"en", "es"}  # type: ignore[arg-type]
