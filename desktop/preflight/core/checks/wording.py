"""Quoting the profile's own words in evidence and suggestions: one line, shortened, quoted."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from preflight.core.analysis.spans import CoveringSpans
from preflight.core.messages import Messages

if TYPE_CHECKING:
    from preflight.core.analysis.text import Mention, TextAnalysis

ELLIPSIS = "…"
# Line breaks and bullet characters members use to list achievements inside one "sentence".
_BULLET = re.compile(r"\s*(?:\n|[•▪‣●◦⁃])\s*")


def one_line(text: str) -> str:
    """The text with every run of whitespace (newlines included) turned into one space."""
    return " ".join(text.split())


def shorten(text: str, limit: int) -> str:
    """The text on one line, cut at a word boundary with "…" when longer than ``limit``."""
    flat = one_line(text)
    if len(flat) <= limit:
        return flat
    cut = flat[: max(limit - 1, 1)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—|·") + ELLIPSIS


def quote(msg: Messages, text: str, limit: int = 140) -> str:
    """The text in the output language's quote marks, shortened, without a closing full stop."""
    return msg("checks.common.quote", text=shorten(text, limit).rstrip(" .,;:"))


def unique(items: Iterable[str]) -> list[str]:
    """The items without blanks or case-insensitive repeats, first spelling kept, order kept."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        clean = one_line(item)
        key = clean.casefold()
        if clean and key not in seen:
            seen.add(key)
            out.append(clean)
    return out


def join_words(msg: Messages, words: list[str]) -> str:
    """'a, b and c' in the output language."""
    if len(words) <= 1:
        return "".join(words)
    return msg("checks.common.and", first=", ".join(words[:-1]), last=words[-1])


def quote_list(msg: Messages, items: Iterable[str], limit: int = 5) -> str:
    """Up to ``limit`` distinct items, each quoted, joined as a list in the output language."""
    distinct = unique(items)
    quoted = [quote(msg, item, 60) for item in distinct[:limit]]
    if len(distinct) > limit:
        quoted[-1] += ", " + ELLIPSIS
    return join_words(msg, quoted)


def quote_tags(msg: Messages, tags: Iterable[str], limit: int = 4) -> str:
    """Markup as typed ("<b>", "&amp;"), each quoted whole: no shortening, no trimmed ";"."""
    distinct = unique(tags)
    quoted = [msg("checks.common.quote", text=tag) for tag in distinct[:limit]]
    if len(distinct) > limit:
        quoted[-1] += ", " + ELLIPSIS
    return join_words(msg, quoted)


def mention_texts(mentions: Iterable[Mention]) -> list[str]:
    """The distinct phrases a list of mentions matched, as written."""
    return unique(m.text for m in mentions)


def sentence_of(analysis: TextAnalysis, mention: Mention) -> str:
    """The sentence (or bullet line) of ``analysis`` holding ``mention``, else the mention."""
    offsets = analysis.sentence_offsets
    # Sentences are in text order: bisect for the last one starting at or before the mention.
    index = bisect_right(offsets, (mention.start, sys.maxsize)) - 1
    if index >= 0 and offsets[index][0] <= mention.start < offsets[index][1]:
        start, end = offsets[index]
        return _segment(analysis.text[start:end], mention.start - start)
    offset = 0
    for sentence in analysis.sentences:  # analyses built without offsets
        start = analysis.text.find(sentence, offset)
        if start < 0:
            continue
        end = start + len(sentence)
        if start <= mention.start < end:
            return _segment(analysis.text[start:end], mention.start - start)
        offset = end
    for sentence in analysis.sentences:
        at = sentence.find(mention.text)
        if at >= 0:
            return _segment(sentence, at)
    return mention.text


def _segment(sentence: str, at: int) -> str:
    """The bullet or line of ``sentence`` around character ``at`` (spaCy keeps bullets together)."""
    start, end = 0, len(sentence)
    for match in _BULLET.finditer(sentence):
        if match.end() <= at:
            start = match.end()
        elif match.start() >= at:
            end = match.start()
            break
    return sentence[start:end].strip().lstrip("-*– ")


def claimed_results(analysis: TextAnalysis) -> list[Mention]:
    """Achievement verbs that claim a result: not inside a cliché, not in a duty sentence."""
    duty_sentences = {sentence_of(analysis, d) for d in analysis.duties}
    cliches = CoveringSpans(analysis.buzzwords)
    return [
        verb
        for verb in analysis.achievement_verbs
        if not cliches.covers(verb) and sentence_of(analysis, verb) not in duty_sentences
    ]


def contains_words(haystack: str, needle: str) -> bool:
    """True when ``needle`` occurs in ``haystack`` as whole words, ignoring case and spacing."""
    hay = f" {_words(haystack)} "
    words = _words(needle)
    return bool(words) and f" {words} " in hay


@lru_cache(maxsize=8)
def _words(text: str) -> str:
    """``text`` folded to its words, one space apart (kept: the same About is asked many times)."""
    kept = "".join(ch if ch.isalnum() else " " for ch in text.casefold())
    return " ".join(kept.split())
