"""Preflight's registered spaCy components: accent folding, line-break sentences, word lists."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from spacy.attrs import SENT_START
from spacy.language import Language as Nlp
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from preflight.core.analysis.duty_changes import ChargeEnds, reports_a_change
from preflight.core.analysis.duty_counts import counts_work
from preflight.core.analysis.duty_nouns import introduces_duties, names_a_post
from preflight.core.analysis.emoji import count_emoji
from preflight.core.analysis.lexicons import (
    ACHIEVEMENT_LIST,
    PHRASE_LISTS,
    exact_case_entries,
    lexicon_names,
    lexicon_words,
    load_lexicon,
)
from preflight.core.analysis.project_entries import lists_a_project
from preflight.core.analysis.proper_names import ProperNames
from preflight.core.analysis.spans import CoveringSpans, DisjointSpans
from preflight.core.models import Language

if TYPE_CHECKING:
    from thinc.types import Ints2d

MENTIONS = "preflight_mentions"
# The duty nouns ("tareas", "tasks") that count only where they introduce duties.
DUTY_NOUNS = "duty_nouns"
EARLIER_POSTS = "earlier_posts"
DUTY_HOLDERS = "duty_holders"
# Participation phrases ("Participé en") and the heading words that make them a project entry.
PARTICIPATION = "participation"
PROJECT_HEADINGS = "project_headings"
# Words before "responsible for" that say the charge is over (optional per language).
PAST_CHARGES = "past_charges"
# End states a past charge brought something to ("off the ground"; optional per language).
COMPLETIONS = "completions"
PERFECT_AUXILIARIES = "perfect_auxiliaries"
# Units and facilities a cliché adjective may describe instead of the member ("a dedicated QA
# department"); read by the clichés.
DESCRIBED_THINGS = "described_things"
# How many words after a one-word cliché such a noun may stand: "a dedicated customer success
# team".
_DESCRIBED_REACH = 3
# Words that make a cliché a subject taught or studied: «Investigo el trabajo en equipo».
TOPIC_GOVERNORS = "topic_governors"
READER_COPULAS = "reader_copulas"
# How many words before a cliché its governing verb or noun may stand: «dedico un trimestre
# entero al trabajo en equipo».
_TOPIC_REACH = 5
# Words that end the search for a governor: a cliché joined by these is listed, not governed
# («formación y trabajo en equipo»).
_TOPIC_BREAKS = frozenset({"y", "e", "o", "u", "ni", "and", "or", "que", "that", "who"})
PHRASE_ATTRS = ("LOWER", "ORTH", "NORM")


def register_extensions() -> None:
    """Register Preflight's Doc extensions (safe to call more than once)."""
    if not Doc.has_extension(MENTIONS):
        Doc.set_extension(MENTIONS, default=None)
    if not Doc.has_extension("preflight_emoji_count"):
        Doc.set_extension("preflight_emoji_count", getter=lambda doc: count_emoji(doc.text))


register_extensions()


def add_mentions(doc: Doc, spans: Iterable[Span]) -> None:
    """Append labelled spans to the Doc's mentions."""
    current: list[Span] = doc._.get(MENTIONS) or []
    doc._.set(MENTIONS, [*current, *spans])


def nlp_language(nlp: Nlp, component: str) -> Language:
    """The pipeline's language as a Preflight language, or a clear error."""
    if nlp.lang not in ("en", "es"):
        raise ValueError(
            f"{component}: Preflight has word lists for 'en' and 'es', not '{nlp.lang}'"
        )
    return cast(Language, nlp.lang)


def require_lists(language: Language, names: Iterable[str], component: str) -> None:
    """Fail with the names of the bundled lists when a configured list does not exist."""
    known = lexicon_names(language)
    missing = sorted(set(names) - known)
    if missing:
        raise ValueError(
            f"{component}: no word list {', '.join(repr(m) for m in missing)} for '{language}'; "
            f"bundled lists are {', '.join(sorted(known))}"
        )


@dataclass(frozen=True)
class PhrasePatterns:
    """One word list as tokenised patterns: most match in any case, a few only as written."""

    any_case: list[Doc]
    exact_case: list[Doc]


# Pattern Docs are made once per vocabulary and list, whichever component asks.
_pattern_cache: dict[tuple[int, str, str], tuple[Vocab, PhrasePatterns]] = {}
_pattern_lock = threading.Lock()


def phrase_patterns(nlp: Nlp, language: Language, name: str) -> PhrasePatterns:
    """Tokenised patterns for one word list, cached per vocabulary."""
    key = (id(nlp.vocab), language, name)
    with _pattern_lock:
        cached = _pattern_cache.get(key)
        if cached is None or cached[0] is not nlp.vocab:
            exact = exact_case_entries(language, name)
            phrases = load_lexicon(language, name)
            patterns = PhrasePatterns(
                any_case=[fold_doc(nlp.make_doc(p)) for p in phrases if p not in exact],
                exact_case=[nlp.make_doc(p) for p in phrases if p in exact],
            )
            cached = (nlp.vocab, patterns)
            _pattern_cache[key] = cached
        return cached[1]


@lru_cache(maxsize=16384)
def fold_accents(text: str) -> str:
    """The text without accents or tildes: "gestión" -> "gestion", "diseñadora" -> "disenadora"."""
    decomposed = unicodedata.normalize("NFD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_doc(doc: Doc) -> Doc:
    """Set each token's NORM to its lower-case form without accents (text and LOWER stay).

    This replaces spaCy's own norm exceptions ("'s" -> "us"), so NORM is predictable: LOWER, folded.
    """
    for token in doc:
        lower = token.lower_
        token.norm_ = lower if lower.isascii() else fold_accents(lower)
    return doc


@Nlp.component("preflight_fold_accents", assigns=["token.norm"])
def fold_accents_component(doc: Doc) -> Doc:
    """Accent-free lower-case NORMs, so "gestion de proyectos" without accents still matches."""
    return fold_doc(doc)


# Tags that break a line where LinkedIn shows them typed: "<br>", "<p>", "</li>", "<h2>".
_BREAK_TAG = re.compile(r"</?(?:br|p|li|div|h[1-6]|hr|ul|ol|tr)\b[^<>]*>", re.IGNORECASE)


@Nlp.component("preflight_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after each line break, typed or as a tag ("<br>", "</p>"), or flattened
    into a run of spaces by an export ("…landscape.  Strategic Foresight"): profiles list points
    without full stops; and at a Spanish opening «¿»/«¡» after a sentence's end ("…países.
    ¿Hablamos?"), which the sentencizer leaves at the end of the sentence before."""
    opening = "¿" in doc.text or "¡" in doc.text
    lettered = bool(_LETTER_STOP.search(doc.text))
    if (
        "\n" not in doc.text
        and "<" not in doc.text
        and not _SPACE_RUN.search(doc.text)
        and not opening
        and not lettered
    ):
        return doc
    language = cast(Language, doc.lang_)
    designators = lexicon_words(language, "number_designators") if lettered else frozenset()
    # One array write: setting token.is_sent_start one by one re-walks the Doc each time, which
    # took ~15 s on an About of 20,000 short lines.
    starts = doc.to_array([SENT_START])
    for token in doc[:-1]:
        if "\n" in token.text_with_ws or (token.is_space and _flattened_break(token)):
            starts[token.i + 1] = 1
        elif token.text[0] == "<" and _BREAK_TAG.fullmatch(token.text):
            starts[token.i] = 1
            starts[token.i + 1] = 1
        elif designators and _lettered_stop(token, designators):
            starts[token.i + 1] = 1
        elif token.text in _OPENING_MARKS and token.i and doc[token.i - 1].text in _ENDING_MARKS:
            starts[token.i] = 1
            if starts[token.i + 1] == 1:
                starts[token.i + 1] = 0
    doc.from_array([SENT_START], cast("Ints2d", starts.reshape(-1, 1)))
    return doc


# Spanish marks that open a question or an exclamation, and the marks that end a sentence before.
_OPENING_MARKS = frozenset({"¿", "¡"})
_ENDING_MARKS = frozenset({".", "!", "?", "…", "..."})
# Two or more spaces or tabs in a row: where an export flattened a line break.
_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")
# Marks that go on a line rather than open one ("Python,  SQL", "Data  | SQL"), and those that
# join what comes next to what came before ("Python,  SQL", "Sales &  Marketing").
_CLOSING_MARKS = frozenset({",", ";", ":", "|", "/", "&", ")", ".", "!", "?", "·"})
_JOINING_MARKS = frozenset({",", ";", "|", "/", "&", "+", "·", "-", "–", "—", "("})
_JOINING_WORDS = frozenset({"and", "or", "y", "o", "e", "u"})
# Function words that may end a heading or a line ("About me", "What I do", «Sobre mí»), unlike
# "the", "of" or «de», after which the line goes on ("the  Board of Trustees").
_LINE_ENDING_WORDS = frozenset(
    {"me", "us", "you", "it", "them", "him", "do", "does", "did", "here", "now", "too", "again"}
    | {"well", "more", "else", "today", "mí", "yo", "nosotros", "hago", "más", "aquí", "hoy"}
)


# A capital letter and a full stop before a capitalised word ("CLASS A. OPEN TO WORK"), which the
# tokenizer keeps as one token, as it does an initial ("John F. Kennedy").
_LETTER_STOP = re.compile(r"\b[A-Z]\.\s+[A-Z]")


def _lettered_stop(token: Token, designators: frozenset[str]) -> bool:
    """A letter and a full stop after a word that names a class ("Class A.", "Grade B.", "Plan
    B.") ends its sentence when a capitalised word follows; after a name it is an initial."""
    doc = token.doc
    if len(token.text) != 2 or not token.text[0].isupper() or token.text[1] != ".":
        return False
    if token.i == 0 or token.i + 1 >= len(doc) or not doc[token.i + 1].text[:1].isupper():
        return False
    return doc[token.i - 1].lower_ in designators


def _flattened_break(space: Token) -> bool:
    """Whether a run of spaces stands for a line break: between two lines' worth of words, not
    typed by mistake mid-sentence ("the  Board", "with  clients", "Python,  SQL")."""
    doc = space.doc
    if space.i == 0 or space.i + 1 >= len(doc):
        return False
    before, after = doc[space.i - 1], doc[space.i + 1]
    if after.text in _CLOSING_MARKS or (after.is_alpha and after.is_lower):
        return False
    if before.text in _JOINING_MARKS or before.lower_ in _JOINING_WORDS:
        return False
    return not (before.is_lower and before.is_stop and before.lower_ not in _LINE_ENDING_WORDS)


@Nlp.factory(
    "preflight_phrases",
    assigns=[f"doc._.{MENTIONS}"],
    default_config={"lists": list(PHRASE_LISTS), "attr": "LOWER"},
)
class PhraseLists:
    """Finds the phrases of Preflight's word lists (roles, clichés, duties...) in a Doc."""

    def __init__(self, nlp: Nlp, name: str, *, lists: list[str], attr: str) -> None:
        language = nlp_language(nlp, name)
        if not lists:
            raise ValueError(
                f"{name}: 'lists' is empty; name at least one of {', '.join(sorted(PHRASE_LISTS))}"
            )
        unknown = sorted(set(lists) - set(PHRASE_LISTS))
        if unknown:
            raise ValueError(
                f"{name}: {', '.join(repr(u) for u in unknown)} is not a phrase list; "
                f"choose from {', '.join(sorted(PHRASE_LISTS))}"
            )
        if attr not in PHRASE_ATTRS:
            raise ValueError(f"{name}: attr must be one of {', '.join(PHRASE_ATTRS)}, not {attr!r}")
        if attr == "NORM" and "preflight_fold_accents" not in nlp.pipe_names:
            raise ValueError(
                f"{name}: attr NORM compares accent-free forms; add 'preflight_fold_accents' "
                "to the pipeline before this component"
            )
        require_lists(language, lists, name)
        self.name = name
        self.lists = tuple(lists)
        self.matcher = PhraseMatcher(nlp.vocab, attr=attr)
        self.exact_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        # Nouns such as "tareas" count as duties only where they introduce them.
        self.duty_nouns: frozenset[str] = frozenset()
        self.auxiliaries: frozenset[str] = frozenset()
        self.things: frozenset[str] = frozenset()
        self.topic_governors: frozenset[str] = frozenset()
        if "buzzwords" in self.lists:
            require_lists(language, [PERFECT_AUXILIARIES, DESCRIBED_THINGS, TOPIC_GOVERNORS], name)
            self.auxiliaries = lexicon_words(language, PERFECT_AUXILIARIES)
            self.things = lexicon_words(language, DESCRIBED_THINGS)
            self.topic_governors = frozenset(
                fold_accents(w) for w in lexicon_words(language, TOPIC_GOVERNORS)
            )
        # Copulas said to the reader («si sos trabajador…»): a cliché after one describes them.
        self.reader_copulas: frozenset[str] = frozenset()
        if "buzzwords" in self.lists and READER_COPULAS in lexicon_names(language):
            self.reader_copulas = lexicon_words(language, READER_COPULAS)
        self.earlier_posts: frozenset[str] = frozenset()
        self.duty_holders: frozenset[str] = frozenset()
        self.participation: frozenset[str] = frozenset()
        self.project_headings: frozenset[str] = frozenset()
        self.past_charges: frozenset[str] = frozenset()
        self.achievement_verbs: frozenset[str] = frozenset()
        self.charge_ends = _charge_ends(language) if "duties" in self.lists else None
        if "duties" in self.lists:
            require_lists(language, [DUTY_NOUNS, EARLIER_POSTS, DUTY_HOLDERS], name)
            require_lists(language, [PARTICIPATION, PROJECT_HEADINGS], name)
            self.participation = lexicon_words(language, PARTICIPATION)
            self.project_headings = lexicon_words(language, PROJECT_HEADINGS)
            require_lists(language, [PERFECT_AUXILIARIES], name)
            self.auxiliaries = lexicon_words(language, PERFECT_AUXILIARIES)
            self.duty_nouns = lexicon_words(language, DUTY_NOUNS)
            self.earlier_posts = lexicon_words(language, EARLIER_POSTS)
            self.duty_holders = lexicon_words(language, DUTY_HOLDERS)
            if PAST_CHARGES in lexicon_names(language):
                self.past_charges = lexicon_words(language, PAST_CHARGES)
                self.achievement_verbs = lexicon_words(language, ACHIEVEMENT_LIST)
        for list_name in self.lists:
            patterns = phrase_patterns(nlp, language, list_name)
            self.matcher.add(PHRASE_LISTS[list_name], patterns.any_case)
            self.exact_matcher.add(PHRASE_LISTS[list_name], patterns.exact_case)

    def _participle(self, span: Span, *, any_length: bool = False) -> bool:
        """A one-word cliché after a perfect auxiliary is a verb: "I have driven for…"; so is a
        duty phrase, which then sums up experience rather than a post's duties ("I've worked on
        the ramp at Aberdeen", "she has handled complaints for years")."""
        if (len(span) != 1 and not any_length) or span.start == 0:
            return False
        return span.doc[span.start - 1].lower_ in self.auxiliaries

    def _describes_thing(self, span: Span, names: list[Span]) -> bool:
        """A one-word cliché beside a unit or facility it describes ("without a dedicated QA
        department", "our dedicated support team", «un equipo dedicado»), not the member;
        "dedicated team leader" is a role and "passionate team player" a cliché (``names``)."""
        if len(span) != 1 or not self.things:
            return False
        doc = span.doc

        def unit(index: int) -> bool:
            named = any(n.start <= index < n.end for n in names if n.start != span.start)
            return doc[index].lower_ in self.things and not named

        if span.start > 0 and unit(span.start - 1):
            return True  # «un equipo dedicado», "a team dedicated to…"
        for index in range(span.end, min(span.end + _DESCRIBED_REACH, len(doc))):
            word = doc[index]
            if not word.is_alpha or (word.is_stop and word.is_lower):
                return False  # "dedicated to", "dedicated and…": the phrase has ended
            if word.lower_ in self.things:
                return unit(index)
        return False

    def _taught_topic(self, span: Span) -> bool:
        """A cliché that a verb or noun of teaching or study governs a few words before it, in
        the same clause: «Investigo el trabajo en equipo», «talleres de trabajo en equipo»."""
        doc = span.doc
        index = span.start - 1
        while index >= 0 and index >= span.start - _TOPIC_REACH:
            token = doc[index]
            if token.is_punct or token.lower_ in _TOPIC_BREAKS:
                return False
            if token.norm_ in self.topic_governors:
                return True
            if token.is_sent_start:
                return False
            index -= 1
        return False

    def _describes_reader(self, span: Span) -> bool:
        """A cliché right after a copula said to the reader: «si sos trabajador», «si eres
        proactiva» describe the reader, not the member."""
        return span.start > 0 and span.doc[span.start - 1].lower_ in self.reader_copulas

    def __call__(self, doc: Doc) -> Doc:
        """Add one labelled span per phrase found, the longest where phrases of a list overlap.

        A cliché inside a job title, a skill or a technical term is part of that name, not a
        cliché: "trabajador" in "trabajador social", "creative" in "creative director",
        "dynamic" in "dynamic pricing".
        """
        by_label: dict[str, list[Span]] = {}
        found = [*self.matcher(doc, as_spans=True), *self.exact_matcher(doc, as_spans=True)]
        for span in found:
            by_label.setdefault(span.label_, []).append(span)
        kept = {label: filter_spans(spans) for label, spans in by_label.items()}
        if "duty" in kept:
            kept["duty"] = [
                d
                for d in kept["duty"]
                if introduces_duties(d, self.duty_nouns)
                and d.sent[0].lower_ not in self.earlier_posts  # "Before Corvo I worked on…"
                and not counts_work(d, self.duty_holders)  # "handled 120+ incidents": a scale
                and not self._participle(d, any_length=True)  # "I've worked on the ramp…"
                and not names_a_post(d)  # «Responsable de compras en…» is a title
                # "Proyectos:\n- Participé en la rehabilitación…" names a project
                and not lists_a_project(d, self.participation, self.project_headings)
                # "I was responsible for growing revenue 40%" reports what was achieved
                and not reports_a_change(
                    d, self.past_charges, self.achievement_verbs, self.charge_ends
                )
            ]
        terms = kept.pop("term", [])  # never reported; they only cover clichés
        names = [*terms, *(s for label in ("role", "skill") for s in kept.get(label, ()))]
        if names and "buzzword" in kept:
            covering = CoveringSpans(names)
            kept["buzzword"] = [b for b in kept["buzzword"] if not covering.covers(b)]
        if "buzzword" in kept:
            # "AI-driven models" describes the models, not the member: a one-word cliché counts
            # only on its own, not as the tail of a compound the list does not hold.
            kept["buzzword"] = [b for b in kept["buzzword"] if not _compound_tail(b)]
            roles = kept.get("role", [])
            words = [*roles, *kept.get("skill", []), *kept["buzzword"]]
            proper = ProperNames(doc, roles, words)
            kept["buzzword"] = _cliches_in_context(kept["buzzword"], kept.get("duty", []), proper)
            kept["buzzword"] = [
                b for b in kept["buzzword"] if not (self._participle(b) or self._taught_topic(b))
            ]
            named = [*roles, *kept["buzzword"]]
            kept["buzzword"] = [b for b in kept["buzzword"] if not self._describes_thing(b, named)]
            kept["buzzword"] = [
                b
                for b in kept["buzzword"]
                if not (_in_quoted_title(b) or self._describes_reader(b))
            ]
        kept = _longest_wins(kept)
        blocked = DisjointSpans(kept.pop("not_skill", []))
        if blocked.spans and "skill" in kept:
            kept["skill"] = [k for k in kept["skill"] if not blocked.any_overlaps(k)]
        add_mentions(doc, (s for spans in kept.values() for s in spans))
        return doc


def _charge_ends(language: Language) -> ChargeEnds | None:
    """The end states and time units that make a past charge an achievement, where the language
    has a list of end states."""
    if COMPLETIONS not in lexicon_names(language):
        return None
    units = lexicon_words(language, "time_units") | lexicon_words(language, "durations")
    return ChargeEnds(lexicon_words(language, COMPLETIONS), units)


# Quotation marks that open and close a quoted title: «…», “…”, "…".
_OPEN_QUOTES = frozenset({"«", "“", '"'})
_CLOSE_QUOTES = frozenset({"»", "”", '"'})
# The most tokens a quoted title runs on either side of a cliché inside it: the search stays local,
# so each cliché costs the same however long the About (a 26,000-character one took seconds).
_TITLE_REACH = 16


def _in_quoted_title(span: Span) -> bool:
    """A cliché that is only part of a longer quoted title on its line: the course «Trabajo en
    equipo en el laboratorio escolar», a talk "Passionate about Pumps"; not a quoted cliché on
    its own («proactiva»), which still describes whoever it is said of."""
    doc = span.doc
    first, end = max(0, span.start - _TITLE_REACH), min(len(doc), span.end + _TITLE_REACH)
    opened = span.start - 1
    while opened >= first and doc[opened].text not in _OPEN_QUOTES:
        if doc[opened].text in _CLOSE_QUOTES - {'"'} or "\n" in doc[opened].text_with_ws:
            return False
        opened -= 1
    closed = span.end
    while closed < end and doc[closed].text not in _CLOSE_QUOTES:
        if doc[closed].text in _OPEN_QUOTES - {'"'} or "\n" in doc[closed - 1].text_with_ws:
            return False
        closed += 1
    if opened < first or closed >= end:
        return False
    if doc[opened].text == '"' and _straight_quotes_before(doc, opened) % 2:
        return False  # that mark closes an earlier quotation: «"Hi" — a passionate…»
    # A title opens on a capital; «apasionada por los espacios pequeños» quotes a self-portrait.
    return doc[opened + 1].is_title and closed - opened - 1 > len(span)


def _straight_quotes_before(doc: Doc, index: int) -> int:
    """How many straight quotation marks stand before ``index`` in its sentence, on its line."""
    count = 0
    start = doc[index].sent.start
    index -= 1
    while index >= start and "\n" not in doc[index].text_with_ws:
        count += doc[index].text == '"'
        index -= 1
    return count


# Lists whose phrases read the same words in different ways; where they overlap, the longer phrase
# says what the words mean: "Responsable de" (a duty) over "Responsable" (a role), "soy
# responsable" (a cliché) over "responsable", "responsable de marketing" (a role) over the duty.
_RIVAL_LABELS = ("role", "duty", "buzzword")


def _longest_wins(kept: dict[str, list[Span]]) -> dict[str, list[Span]]:
    """Drop a role, duty or cliché that overlaps a strictly longer one of another of those lists."""
    present = [label for label in _RIVAL_LABELS if kept.get(label)]
    if len(present) < 2:
        return kept
    # Each list's spans are disjoint (filter_spans), so each look-up is a bisection.
    index = {label: DisjointSpans(kept[label]) for label in present}
    out = dict(kept)
    for label in present:
        others = [index[other] for other in present if other != label]
        out[label] = [
            s
            for s in kept[label]
            if not any(len(o) > len(s) for spans in others for o in spans.overlapping(s))
        ]
    return out


def _cliches_in_context(cliches: list[Span], duties: list[Span], names: ProperNames) -> list[Span]:
    """Drop clichés that are part of a proper name or the start of a duty phrase.

    "Driven" in "the Support Driven community" names a community; "soy responsable" in "soy
    responsable de los inventarios" states a duty (reported as such). Linear in the spans' length.
    """
    if not cliches:
        return cliches
    doc = cliches[0].doc
    duty_end = [0] * len(doc)
    for duty in duties:
        for index in range(duty.start, duty.end):
            duty_end[index] = max(duty_end[index], duty.end)
    return [
        c
        for c in cliches
        if not names.holds(c) and not any(duty_end[i] > c.end for i in range(c.start, c.end))
    ]


def _compound_tail(span: Span) -> bool:
    """True for "driven" in "AI-driven": the span follows a hyphen written without spaces."""
    if span.start < 2:
        return False
    hyphen = span.doc[span.start - 1]
    return hyphen.text in {"-", "‐"} and not span.doc[span.start - 2].whitespace_
