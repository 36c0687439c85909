"""The sentences and bullets a rewrite may reuse, each with what it holds and its faults."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from preflight.core.analysis.lexicons import lexicon_words
from preflight.core.analysis.profile import ROLE_SEPARATOR
from preflight.core.analysis.signals import reader_value_of

if TYPE_CHECKING:
    from preflight.core.analysis.text import Mention, TextAnalysis
    from preflight.core.models import Language

# Line breaks and bullet characters that split a "sentence" spaCy kept together.
_BULLET = re.compile(r"\s*(?:\n|[•▪‣●◦⁃])\s*")
# Characters that separate the items of a list of terms.
_LIST_MARKS = re.compile(r"\s*[,;|·•/]\s*")
# A list of at least this many short items, with no verb of the member's, is a keyword dump.
_DUMP_ITEMS = 4
_DUMP_ITEM_WORDS = 3
# A sentence whose tail lists at least this many short terms is mostly a list, even with a verb.
_LONG_LIST_ITEMS = 5
# Mostly capitals: shouting, whatever the words ("RESULTS-DRIVEN SALES LEADER").
_SHOUT_LETTERS = 8
_SHOUT_SHARE = 0.7
# Tags and entities LinkedIn would show as written: "<b>", "</script>", "&lt;", "&bull;".
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][^<>]*>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
# A year: a line with one and no number that measures anything tells history ("since 2009").
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Fewer words than this is a fragment ("Denver.", "Hi!"), not a line worth reusing.
_MIN_WORDS = 4


@dataclass(frozen=True)
class Unit:
    """One sentence or bullet of a text, with the mentions inside it and what is wrong with it."""

    text: str
    start: int
    words: int
    quantities: tuple[Mention, ...]
    results: tuple[Mention, ...]
    reader_value: tuple[Mention, ...]
    calls_to_action: tuple[Mention, ...]
    skills: tuple[Mention, ...]
    faults: frozenset[str]

    @property
    def clean(self) -> bool:
        """True when the unit can be reused as written: no cliché, duty, repeat or other fault."""
        return not self.faults

    @property
    def substantive(self) -> bool:
        """True when it carries a result, the reader's gain, an invitation or a skill."""
        return bool(
            self.quantities or self.results or self.reader_value or self.calls_to_action
        ) or bool(self.skills and self.words >= _MIN_WORDS)


def units_of(
    text: TextAnalysis, *, name: str = "", max_words: int = 35, skip_title: bool = False
) -> list[Unit]:
    """Every sentence or bullet of ``text`` in order; later copies of an earlier one are "repeat".

    ``name`` is the member's name (a sentence naming them is in the third person); with
    ``skip_title`` the first line (a position's title) is left out.
    """
    return list(_units(text, name, max_words, skip_title))


# One check asks for the same text's units several times (rewrite, proof, opening tip).
@lru_cache(maxsize=16)
def _units(text: TextAnalysis, name: str, max_words: int, skip_title: bool) -> tuple[Unit, ...]:
    language = text.language
    # Achievement verbs outside clichés; one in a duty line does not matter, that line is faulty.
    results = [v for v in text.achievement_verbs if not _in_any(v, text.buzzwords)]
    names = _name_words(name)
    # The analysis's third-person cues: a pronoun opening the piece, or a verb in the third person
    # (found only in a text with no first-person word); "his" mid-sentence may be a colleague's.
    persons = text.third_person
    pronouns = lexicon_words(language, "third_person")
    seen: set[str] = set()
    out: list[Unit] = []
    title_end = text.text.find(ROLE_SEPARATOR) if skip_title else -1
    for span_start, span_end in _spans(text):
        if skip_title and (title_end < 0 or span_start < title_end):
            continue
        piece = text.text[span_start:span_end].strip().lstrip("-*– ").strip()
        if not piece:
            continue
        start = text.text.find(piece, span_start)
        end = start + len(piece)

        def inside(
            mentions: Sequence[Mention], s: int = start, e: int = end
        ) -> tuple[Mention, ...]:
            # Mentions come sorted by start: cut the slice instead of scanning them all.
            first = bisect_left(mentions, s, key=lambda m: m.start)
            return tuple(mentions[first : bisect_left(mentions, e, key=lambda m: m.start)])

        words = len(re.findall(r"[\w+#]+", piece))
        faults = set(_faults(piece, language, names, words, max_words))
        if inside(text.buzzwords):
            faults.add("cliche")
        if inside(text.duties):
            faults.add("duty")
        if inside(text.job_seeking):
            faults.add("job_seeking")
        if any(p.start == start or p.text.casefold() not in pronouns for p in inside(persons)):
            faults.add("third_person")  # "They lead…", «Lidera el equipo y redujo…»
        if not inside(text.quantities) and (_YEAR.search(piece) or _tells_life(piece, language)):
            faults.add("life_story")  # where and when, not what the reader gets
        key = " ".join(re.findall(r"\w+", piece.casefold()))
        if key in seen:
            faults.add("repeat")
        seen.add(key)
        unit_results = inside(results)
        if "list" in faults and unit_results:
            faults.discard("list")  # "Cut costs 20%, churn 5% and lead time 2 days" has a verb
        out.append(
            Unit(
                text=piece,
                start=start,
                words=words,
                quantities=inside(text.quantities),
                results=unit_results,
                reader_value=inside(reader_value_of(text)),
                calls_to_action=inside(text.calls_to_action),
                skills=inside(text.skills),
                faults=frozenset(faults),
            )
        )
    return tuple(out)


def _in_any(inner: Mention, outers: Sequence[Mention]) -> bool:
    """True when ``inner`` lies within one of ``outers`` (sorted, not overlapping each other)."""
    at = bisect_right(outers, inner.start, key=lambda m: m.start) - 1
    return at >= 0 and outers[at].end >= inner.end


def is_keyword_list(sentence: str, language: Language) -> bool:
    """True for a list of short terms with no word of the member's ("Python, SQL, Spark, dbt")."""
    items = [i for i in _LIST_MARKS.split(sentence.strip(" .")) if i.strip()]
    if len(items) < _DUMP_ITEMS:
        return False
    short = sum(1 for i in items if len(i.split()) <= _DUMP_ITEM_WORDS)
    if short * 4 < len(items) * 3:
        return False
    mine = lexicon_words(language, "first_person")
    return not any(w in mine for w in re.findall(r"[\w']+", sentence.casefold()))


def holds_long_list(sentence: str) -> bool:
    """True for a sentence that is mostly a list of short terms after its opening words
    ("I build Apps, Custom Objects, Custom Fields, Workflow Rules, Flows and Approvals")."""
    items = [i for i in _LIST_MARKS.split(sentence.strip(" .")) if i.strip()]
    return sum(1 for i in items[1:] if len(i.split()) <= _DUMP_ITEM_WORDS) >= _LONG_LIST_ITEMS


def _faults(
    piece: str, language: Language, names: frozenset[str], words: int, max_words: int
) -> list[str]:
    """What keeps a piece from being reused, judged from its own characters and words."""
    faults = []
    if words < _MIN_WORDS:
        faults.append("fragment")
    if words > max_words:
        faults.append("long")
    letters = [c for c in piece if c.isalpha()]
    if len(letters) >= _SHOUT_LETTERS and sum(c.isupper() for c in letters) >= _SHOUT_SHARE * len(
        letters
    ):
        faults.append("shouting")
    if _MARKUP.search(piece):
        faults.append("markup")
    if is_keyword_list(piece, language):
        faults.append("list")
    tokens = re.findall(r"[\w']+", piece.casefold())
    third = lexicon_words(language, "third_person")
    if (tokens and tokens[0] in third) or any(t in names for t in tokens):
        faults.append("third_person")
    return faults


def _tells_life(piece: str, language: Language) -> bool:
    """True when the piece holds a life-story phrase ("grew up", "nací")."""
    words = re.findall(r"[\w']+", piece.casefold())
    folded = " " + " ".join(words) + " "
    return any(f" {p} " in folded for p in lexicon_words(language, "life_story"))


def _spans(text: TextAnalysis) -> list[tuple[int, int]]:
    """Sentence offsets, each cut further at line breaks and bullet characters."""
    spans: list[tuple[int, int]] = []
    for start, end in text.sentence_offsets:
        cursor = start
        for match in _BULLET.finditer(text.text, start, end):
            spans.append((cursor, match.start()))
            cursor = match.end()
        spans.append((cursor, end))
    return [(s, e) for s, e in spans if e > s]


def _name_words(name: str) -> frozenset[str]:
    """The words of the member's name long enough to mean them ("Maya", "Castellanos")."""
    return frozenset(w for w in re.findall(r"\w+", name.casefold()) if len(w) >= 3)
