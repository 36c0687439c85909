"""The analysis of one profile text: sentences, counts and every phrase the word lists found."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from preflight.core.analysis.emoji import count_emoji
from preflight.core.analysis.pipeline import get_nlp
from preflight.core.models import Language


@dataclass(frozen=True)
class Mention:
    """One matched phrase in the text, as written, with its list label and character offsets."""

    text: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class TextAnalysis:
    """What the NLP layer found in one text (headline, summary or a position)."""

    text: str
    language: Language
    sentences: tuple[str, ...]
    word_count: int
    emoji_count: int
    roles: tuple[Mention, ...]
    job_seeking: tuple[Mention, ...]
    buzzwords: tuple[Mention, ...]
    duties: tuple[Mention, ...]
    achievement_verbs: tuple[Mention, ...]
    reader_value: tuple[Mention, ...]
    calls_to_action: tuple[Mention, ...]
    quantities: tuple[Mention, ...]
    skills: tuple[Mention, ...]
    # Words per entry of ``sentences``, in the same order.
    sentence_word_counts: tuple[int, ...] = ()
    # Character offsets (start, end) of each entry of ``sentences`` in ``text``.
    sentence_offsets: tuple[tuple[int, int], ...] = ()
    # True when the text was longer than MAX_ANALYSED_CHARS and only its start was analysed;
    # ``text`` is then that start.
    truncated: bool = False
    # From the structure of the text (voice and form components), not from phrase lists:
    # "for <audience>" (read in headlines), closing sentences that invite a next step, words in
    # the first or third person, capitalised words followed by a verb-like word (a name as
    # subject), keyword lists, sentences in capitals, raw markup, and repeated sentences.
    audiences: tuple[Mention, ...] = ()
    # Those audiences told as the member's own present work (read in Abouts).
    served: tuple[Mention, ...] = ()
    next_steps: tuple[Mention, ...] = ()
    first_person: tuple[Mention, ...] = ()
    third_person: tuple[Mention, ...] = ()
    subjects: tuple[Mention, ...] = ()
    keyword_dumps: tuple[Mention, ...] = ()
    shouting: tuple[Mention, ...] = ()
    markup: tuple[Mention, ...] = ()
    repeats: tuple[Mention, ...] = ()
    # Counts written in words ("three submissions"), which the quantity matcher leaves out.
    counted: tuple[Mention, ...] = ()

    def sentence_containing(self, mention: Mention) -> str:
        """The sentence a mention sits in ("" when it sits in none)."""
        for sentence, (start, end) in zip(self.sentences, self.sentence_offsets, strict=True):
            if start <= mention.start < end:
                return sentence
        return ""

    def longest_sentence_words(self) -> int:
        """The number of words in the longest sentence (0 for empty text)."""
        return max(self.sentence_word_counts, default=0)

    @property
    def is_empty(self) -> bool:
        """True when the text holds no words at all."""
        return self.word_count == 0


# LinkedIn caps an About section at 2,600 characters; a paste far beyond that is not a profile
# text worth reading whole, and spaCy refuses texts over a million characters.
MAX_ANALYSED_CHARS = 100_000
# spaCy's tokenizer peels prefixes and suffixes off a run without spaces one at a time, in time
# that grows with the square of the run: 4,000 emoji in a row took 4 s, 20,000 quotes a minute.
# The tokenizer reads such runs cut every this many characters (no word in a profile is longer).
MAX_UNBROKEN_RUN = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_UNBROKEN_RUN + 1},}}")

# Every label the pipeline components give their spans.
LABELS = (
    "role",
    "job_seeking",
    "buzzword",
    "duty",
    "achievement_verb",
    "reader_value",
    "call_to_action",
    "quantity",
    "skill",
    "audience",
    "served",
    "next_step",
    "first_person",
    "third_person",
    "subject",
    "keyword_dump",
    "shouting",
    "markup",
    "repeat",
    "counted",
)


def analysable(text: str) -> str:
    """The part of a text the analysis reads: all of it, up to MAX_ANALYSED_CHARS."""
    return text[:MAX_ANALYSED_CHARS]


def tokenizable(text: str) -> str:
    """``text`` with a space every MAX_UNBROKEN_RUN characters of a longer run without one.

    A same-length substitution, so every character offset into the result is one into ``text``.
    """
    if _LONG_RUN.search(text) is None:
        return text
    chars = list(text)
    for run in _LONG_RUN.finditer(text):
        for index in range(run.start() + MAX_UNBROKEN_RUN, run.end() - 1, MAX_UNBROKEN_RUN):
            chars[index] = " "
    return "".join(chars)


def analysis_from_doc(
    doc: Doc, language: Language, *, truncated: bool = False, text: str | None = None
) -> TextAnalysis:
    """Turn a Doc that went through a Preflight pipeline into a TextAnalysis.

    ``text`` is what the Doc was made from before ``tokenizable`` cut its long runs (the Doc's own
    text when not given): quotes, sentences and the emoji count come from it.
    """
    original = doc.text if text is None else text
    by_label: dict[str, list[Mention]] = {label: [] for label in LABELS}
    for span in doc._.preflight_mentions or ():
        written = original[span.start_char : span.end_char]
        mention = Mention(written, span.label_, span.start_char, span.end_char)
        by_label.setdefault(span.label_, []).append(mention)
    sentences: list[str] = []
    counts: list[int] = []
    offsets: list[tuple[int, int]] = []
    for sent in doc.sents:
        words = sum(1 for token in sent if _is_word(token.text))
        if words:
            written = original[sent.start_char : sent.end_char]
            stripped = written.strip()
            start = sent.start_char + written.index(stripped)
            sentences.append(stripped)
            counts.append(words)
            offsets.append((start, start + len(stripped)))
    return TextAnalysis(
        text=original,
        language=language,
        sentences=tuple(sentences),
        word_count=sum(counts),
        emoji_count=count_emoji(original),
        roles=_sorted(by_label["role"]),
        job_seeking=_sorted(by_label["job_seeking"]),
        buzzwords=_sorted(by_label["buzzword"]),
        duties=_sorted(by_label["duty"]),
        achievement_verbs=_sorted(by_label["achievement_verb"]),
        reader_value=_sorted(by_label["reader_value"]),
        calls_to_action=_sorted(by_label["call_to_action"]),
        quantities=_sorted(by_label["quantity"]),
        skills=_sorted(by_label["skill"]),
        sentence_word_counts=tuple(counts),
        sentence_offsets=tuple(offsets),
        truncated=truncated,
        audiences=_sorted(by_label["audience"]),
        served=_sorted(by_label["served"]),
        next_steps=_sorted(by_label["next_step"]),
        first_person=_sorted(by_label["first_person"]),
        third_person=_sorted(by_label["third_person"]),
        subjects=_sorted(by_label["subject"]),
        keyword_dumps=_sorted(by_label["keyword_dump"]),
        shouting=_sorted(by_label["shouting"]),
        markup=_sorted(by_label["markup"]),
        repeats=_sorted(by_label["repeat"]),
        counted=_sorted(by_label["counted"]),
    )


def analyze_text(text: str, language: Language) -> TextAnalysis:
    """Analyse one text with the pipeline for ``language``."""
    return analyze_texts([text], language)[0]


def analyze_texts(texts: Sequence[str], language: Language) -> list[TextAnalysis]:
    """Analyse several texts in one pass of the pipeline for ``language``, in order.

    The pipelines are fixed, so a text analysed recently is answered from memory: a re-score after
    an edit analyses only the edited field, and the inline marks reuse the verdict's analysis.
    """
    found: list[TextAnalysis | None] = [_RECENT.get((language, text)) for text in texts]
    missing = [text for text, hit in zip(texts, found, strict=True) if hit is None]
    if missing:
        unique = list(dict.fromkeys(missing))
        computed = dict(zip(unique, _analyze_uncached(unique, language), strict=True))
        for text, analysis in computed.items():
            _RECENT.put((language, text), analysis)
        found = [computed.get(text, hit) for text, hit in zip(texts, found, strict=True)]
    return [analysis for analysis in found if analysis is not None]


def _analyze_uncached(texts: Sequence[str], language: Language) -> list[TextAnalysis]:
    read = [analysable(text) for text in texts]
    docs = get_nlp(language).pipe(tokenizable(text) for text in read)
    return [
        analysis_from_doc(doc, language, truncated=len(text) > MAX_ANALYSED_CHARS, text=part)
        for text, part, doc in zip(texts, read, docs, strict=True)
    ]


class _RecentAnalyses:
    """The last few analyses by (language, text), shared by the worker threads."""

    def __init__(self, size: int, chars: int = 400_000) -> None:
        self._size = size
        self._chars = chars  # a hostile 100,000-character About may not be kept 48 times over
        self._held = 0
        self._items: OrderedDict[tuple[Language, str], TextAnalysis] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[Language, str]) -> TextAnalysis | None:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None:
                self._items.move_to_end(key)
            return hit

    def put(self, key: tuple[Language, str], analysis: TextAnalysis) -> None:
        with self._lock:
            if key in self._items:
                self._held -= len(key[1])
            self._items[key] = analysis
            self._items.move_to_end(key)
            self._held += len(key[1])
            while len(self._items) > 1 and (
                len(self._items) > self._size or self._held > self._chars
            ):
                (_, oldest), _ = self._items.popitem(last=False)
                self._held -= len(oldest)


# A profile's headline, About, current roles and the drafts proven against them, with room to spare.
_RECENT = _RecentAnalyses(48)


def _sorted(mentions: list[Mention]) -> tuple[Mention, ...]:
    return tuple(sorted(mentions, key=lambda m: (m.start, m.end)))


def _is_word(token_text: str) -> bool:
    return any(ch.isalnum() for ch in token_text)
