"""The edits behind one-finding fixes: cut a phrase, a duty as an action, split, cut a repeat."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from preflight.core.marks.models import TextEdit
from preflight.core.models import Language
from preflight.core.resources import resource

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Separators a headline uses between its parts ("Planner | Open to work").
_HEADLINE_SEPARATORS = "|·•-–—,;/"
# A comma, semicolon or "and"/"y" that joins a phrase to its neighbour, with its spaces.
_JOINER = r"(?:,|;|\band\b|\by\b)"
_HEAD_JOINER = re.compile(rf"[ \t]*{_JOINER}?[ \t]*$")
_TAIL_JOINER = re.compile(rf"[ \t]*{_JOINER}?[ \t]*")


@dataclass(frozen=True)
class RewriteWords:
    """One language's words for rewriting: duty objects, the fallback verb, joins, past forms."""

    duty_objects: frozenset[str]
    open_endings: frozenset[str]
    default_verb: str
    joins: tuple[str, ...]
    dropped_joins: tuple[str, ...]
    irregular: dict[str, str]


@cache
def rewrite_words(language: Language) -> RewriteWords:
    """The rewrite words of ``language`` from resources/marks/<language>.toml."""
    data = tomllib.loads(resource("marks", f"{language}.toml").read_text(encoding="utf-8"))
    return RewriteWords(
        duty_objects=frozenset(data["duty_objects"]),
        open_endings=frozenset(data["open_endings"]),
        default_verb=data["default_verb"],
        joins=tuple(data["joins"]),
        dropped_joins=tuple(data["dropped_joins"]),
        irregular=dict(data["irregular"]),
    )


def cuttable(phrase: str, language: Language) -> bool:
    """False for a phrase that needs its object ("passionate about"): cutting it breaks the text."""
    words = phrase.lower().split()
    return bool(words) and words[-1] not in rewrite_words(language).open_endings


def remove_phrase(text: str, start: int, end: int) -> TextEdit:
    """Cuts ``text[start:end]`` with the comma or "and" that would be left dangling."""
    head = _HEAD_JOINER.search(text, _head_window(text, start), start)
    tail = _TAIL_JOINER.match(text, end)
    head_len = len(head.group(0)) if head else 0
    tail_len = len(tail.group(0)) if tail else 0
    head_joined = bool(head and head.group(0).strip())
    tail_joined = bool(tail and tail.group(0).strip())
    if head_joined and tail_joined:  # "a, X and b" -> "a and b"
        cut_start, cut_end = start - head_len, end
    elif tail_joined:  # "X, b" -> "b"
        cut_start, cut_end = start, end + tail_len
    elif head_joined:  # "a and X." -> "a."
        cut_start, cut_end = start - head_len, end
    elif end < len(text) and text[end] in " \t" and (start == 0 or text[start - 1] in " \t\n"):
        cut_start, cut_end = start, end + tail_len  # "a X b" -> "a b"
    else:  # "a X." -> "a."
        cut_start, cut_end = start - head_len, end
    replacement = ""
    if _starts_sentence(text, cut_start) and cut_end < len(text) and text[cut_end].islower():
        replacement, cut_end = text[cut_end].upper(), cut_end + 1
    return TextEdit(cut_start, cut_end, replacement)


def _head_window(text: str, start: int) -> int:
    """Where a joiner ending at ``start`` could begin at the earliest: searching only from there
    keeps each cut's cost independent of how far into the text it is."""
    index = start - 1 if text[start - 1 : start] == "\n" else start  # "$" matches before it
    while index > 0 and text[index - 1] in " \t":
        index -= 1
    index = max(index - len("and"), 0)  # the longest joiner
    while index > 0 and text[index - 1] in " \t":
        index -= 1
    return index


def past_tense(word: str, language: Language) -> str:
    """The first-person past of a gerund ("managing") or infinitive ("gestionar"), or ""."""
    words = rewrite_words(language)
    lower = word.lower()
    if language == "es":
        if lower in words.irregular:
            return words.irregular[lower]
        for ending, past in (("car", "qué"), ("gar", "gué"), ("zar", "cé")):
            if lower.endswith(ending):
                return lower[: -len(ending)] + past
        if lower.endswith("ar"):
            return lower[:-2] + "é"
        if lower.endswith(("er", "ir")):
            return lower[:-2] + "í"
        return ""
    if not lower.endswith("ing") or len(lower) < 6:
        return ""
    stem = lower[:-3]
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
        if base in words.irregular:
            return words.irregular[base]
    if stem.endswith("y") and stem[-2:-1] not in "aeiou":
        return stem[:-1] + "ied"
    return stem + "ed"


def duty_as_action(text: str, start: int, end: int, language: Language) -> TextEdit | None:
    """ "Responsible for managing X" -> "Managed X"; "Responsible for X" -> "Led X"."""
    phrase = text[start:end]
    words = rewrite_words(language)
    last = phrase.split()[-1].lower() if phrase.split() else ""
    if last not in words.duty_objects:
        return None
    following = _WORD.match(text, _skip_spaces(text, end))
    verb = past_tense(following.group(0), language) if following else ""
    if verb and following is not None:
        cut_end = following.end()
    else:
        verb, cut_end = words.default_verb, end
    rest_start = _skip_spaces(text, cut_end)
    starts_sentence = _starts_sentence(text, start)
    verb = verb[:1].upper() + verb[1:] if starts_sentence else verb[:1].lower() + verb[1:]
    replacement = verb if rest_start >= len(text) or text[rest_start] in ".,;:!?\n" else verb + " "
    # "Responsible for the team" drops "the" in neither language: the object reads on.
    return TextEdit(start, rest_start, replacement)


def split_sentence(text: str, start: int, end: int, language: Language) -> TextEdit | None:
    """Splits the sentence ``text[start:end]`` near its middle: at a joining word or a comma."""
    sentence = text[start:end]
    middle = len(sentence) / 2
    words = rewrite_words(language)
    # (how far from the middle, weighted; where the cut starts; where the kept text starts)
    candidates: list[tuple[float, int, int]] = []
    for join in (*words.dropped_joins, *words.joins):
        dropped = join in words.dropped_joins
        for match in re.finditer(rf"(,?)\s+({re.escape(join)})\s+", sentence, re.IGNORECASE):
            weight = 0.5 if match.group(1) else 1.0
            kept = match.end() if dropped else match.start(2)
            candidates.append((abs(match.start() - middle) * weight, match.start(), kept))
    for match in re.finditer(r"[,;:]\s+", sentence):
        candidates.append((abs(match.start() - middle) * 1.5 + 10, match.start(), match.end()))
    # Never leave a part of fewer than four words.
    usable = [
        c
        for c in candidates
        if len(sentence[: c[1]].split()) >= 4 and len(sentence[c[2] :].split()) >= 4
    ]
    if not usable:
        return None
    _, cut_start, kept = min(usable)
    return TextEdit(start + cut_start, start + kept + 1, ". " + sentence[kept].upper())


def cut_sentence(text: str, start: int, end: int) -> TextEdit:
    """Cuts the sentence ``text[start:end]`` and the space after it."""
    cut_end = _skip_spaces(text, end)
    if cut_end >= len(text):  # the last sentence: take the space before it instead
        cut_start = start
        while cut_start > 0 and text[cut_start - 1] in " \t":
            cut_start -= 1
        return TextEdit(cut_start, len(text), "")
    return TextEdit(start, cut_end, "")


def headline_cut(text: str, start: int, end: int) -> TextEdit:
    """Cuts a headline part with the separator that would be left dangling ("X | Open to work")."""
    left = text[:start].rstrip()
    right = text[end:].lstrip()
    cut_start, cut_end = len(left), len(text) - len(right)
    if left.endswith(tuple(_HEADLINE_SEPARATORS)):
        cut_start = len(left[:-1].rstrip())
        return TextEdit(cut_start, cut_end, "")
    if right.startswith(tuple(_HEADLINE_SEPARATORS)):
        return TextEdit(start, len(text) - len(right[1:].lstrip()), "")
    return remove_phrase(text, start, end)


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in ".!?\n•:-–—|¡¿"
