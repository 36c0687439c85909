"""Runs without spaces (20,000 emoji, a wall of quotes) are analysed whole, in short pieces."""

from __future__ import annotations

import re

import pytest

from preflight.core.analysis.pipeline import get_nlp
from preflight.core.analysis.profile import analyze_profile
from preflight.core.analysis.text import MAX_UNBROKEN_RUN, analyze_text, tokenizable
from preflight.core.models import Profile, SourceFormat, SourceInfo

RUNS = {
    "emoji": "🚀" * 20_000,
    "joined-emoji": "👩\u200d💻" * 7_000,
    "quotes": '"' * 20_000,
    "letters": "a" * 20_000,
}
BEFORE = "I help SaaS teams close the quarter in 5 days. "
AFTER = " Message me."


def _longest_run(text: str) -> int:
    return max((len(run) for run in re.findall(r"\S+", text)), default=0)


@pytest.mark.parametrize("run", RUNS.values(), ids=RUNS.keys())
def test_the_tokenizer_reads_a_long_run_in_short_pieces_at_the_same_offsets(run: str) -> None:
    text = BEFORE + run + AFTER
    pieces = tokenizable(text)
    assert len(pieces) == len(text)
    assert _longest_run(pieces) <= MAX_UNBROKEN_RUN + 1
    changed = [i for i, (a, b) in enumerate(zip(text, pieces, strict=True)) if a != b]
    assert all(pieces[i] == " " for i in changed)
    assert len(changed) <= len(run) // MAX_UNBROKEN_RUN
    # Bounded work: the pipeline sees pieces, never one token as long as the run.
    assert max(len(token) for token in get_nlp("en").tokenizer(pieces)) <= MAX_UNBROKEN_RUN + 1


def test_ordinary_text_goes_to_the_tokenizer_unchanged() -> None:
    text = BEFORE + "https://example.com/dana-whitfield?from=profile " + "🚀" * MAX_UNBROKEN_RUN
    assert tokenizable(text) is text


@pytest.mark.parametrize("run", RUNS.values(), ids=RUNS.keys())
def test_text_around_a_long_run_is_analysed_from_the_original(run: str) -> None:
    text = BEFORE + run + AFTER
    analysis = analyze_text(text, "en")
    assert analysis.text == text
    assert analysis.emoji_count == (len(run) // 3 if "\u200d" in run else run.count("🚀"))
    assert [m.text for m in analysis.reader_value] == ["I help"]
    [call] = analysis.calls_to_action
    assert call.text == "Message me" == text[call.start : call.end]
    for sentence, (start, end) in zip(analysis.sentences, analysis.sentence_offsets, strict=True):
        assert text[start:end] == sentence
    assert analysis.sentences[0].startswith(BEFORE.strip())
    assert analysis.sentences[-1].endswith("Message me.")


def test_a_profile_whose_headline_and_about_are_emoji_walls_is_analysed() -> None:
    profile = Profile(
        name="Ines Okafor",
        headline="🚀" * 20_000,
        summary=BEFORE + "✨" * 20_000 + AFTER,
        source=SourceInfo(format=SourceFormat.JSON_RESUME, language="en"),
    )
    analysis = analyze_profile(profile)
    assert analysis.headline.emoji_count == 20_000
    assert analysis.headline.word_count == 0
    assert analysis.summary.emoji_count == 20_000
    assert analysis.summary.text == profile.summary
    assert [m.text for m in analysis.summary.calls_to_action] == ["Message me"]


def test_every_line_of_a_many_line_about_starts_a_sentence() -> None:
    # 5,000 bullet-like lines, each its own sentence (20,000 lines once took ~15 s).
    analysis = analyze_text("Grew revenue 30%\n" * 5_000, "en")
    assert len(analysis.sentences) == 5_000
    assert analysis.sentences[0] == "Grew revenue 30%"
