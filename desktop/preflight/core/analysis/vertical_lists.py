"""Keyword lists written down the page: a run of bulleted lines that are short phrases."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Token

from preflight.core.analysis.emoji import count_emoji

# Marks that open a line as a list entry ("• Payroll", "- Audit", "▪ SQL").
BULLETS = frozenset({"•", "-", "–", "*", "▪", "‣", "●", "◦", "·", "►", "✓", "✔"})


def vertical_runs(
    toks: list[Token],
    bounds: list[tuple[int, int]],
    is_phrase: Callable[[list[Token]], bool],
    is_word: Callable[[Token], bool],
    min_entries: int,
) -> list[tuple[int, int]]:
    """Token ranges of runs of at least ``min_entries`` bulleted lines (a bullet or an ``<li>``
    before them) that are all short phrases; segments with no words (tags) are passed over."""
    runs: list[tuple[int, int]] = []
    entries: list[tuple[int, int]] = []
    listed = False  # the last segment without words opened a list item
    for start, end in bounds:
        segment = toks[start:end]
        words = [t for t in segment if is_word(t)]
        if not words:
            listed = listed or any(t.lower_.startswith("<li") for t in segment)
            continue
        bulleted = listed or _opens_with_bullet(segment, words[0]) or _bare_word_line(segment)
        listed = False
        if bulleted and is_phrase(words):
            entries.append((start, end))
            continue
        _close(entries, runs, min_entries)
        entries = []
    _close(entries, runs, min_entries)
    return runs


def _opens_with_bullet(segment: list[Token], first: Token) -> bool:
    """Whether a bullet mark, or an emoji used as one ("🔹 AWS"), stands before the first word."""
    return any(
        t.text.strip() in BULLETS or count_emoji(t.text) for t in segment[: first.i - segment[0].i]
    )


def _bare_word_line(segment: list[Token]) -> bool:
    """A line that is one word and nothing else ("Strategy", "Naming"): a list entry written down
    the page without bullets; not "Ship." or "Design, build." (punctuated: a sentence)."""
    marks = [t for t in segment if not t.is_space]
    return len(marks) == 1 and marks[0].is_alpha


def _close(
    entries: Collection[tuple[int, int]], runs: list[tuple[int, int]], min_entries: int
) -> None:
    """Keep a finished run of entries when it is long enough."""
    if len(entries) >= min_entries:
        spans = list(entries)
        runs.append((spans[0][0], spans[-1][1]))
