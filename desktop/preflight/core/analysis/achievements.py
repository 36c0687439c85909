"""The achievement-verb component: "increased", "grew", "aumenté", "lideré" as done deeds."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language as Nlp
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from preflight.core.analysis.components import (
    MENTIONS,
    add_mentions,
    nlp_language,
    require_lists,
)
from preflight.core.analysis.lexicons import ACHIEVEMENT_LIST, lexicon_words


def achievement_patterns(
    verbs: Iterable[str], cues: Iterable[str] | None
) -> list[list[dict[str, Any]]]:
    """Matcher patterns for achievement verbs; the verb is always the last token of a match.

    Without cues every form of a verb counts (Spanish: "aumenté", "lideramos", "logrado").
    With cues (English, where "lead" or "cut" may be nouns) an uninflected form counts only
    after a cue ("I", "we", "to"...) or at the start of a sentence or bullet.
    """
    verb_list = sorted({v.lower() for v in verbs})
    if cues is None:
        return [[{"LEMMA": {"IN": verb_list}}]]
    cue_list = sorted({c.lower() for c in cues})
    return [
        [{"LEMMA": {"IN": verb_list}, "LOWER": {"NOT_IN": verb_list}}],
        [{"LOWER": {"IN": cue_list}}, {"LOWER": {"IN": verb_list}}],
        [{"IS_SENT_START": True, "LOWER": {"IN": verb_list}}],
        [{"IS_SENT_START": True, "IS_ALPHA": False}, {"LOWER": {"IN": verb_list}}],
    ]


@Nlp.factory(
    "preflight_achievements",
    assigns=[f"doc._.{MENTIONS}"],
    requires=["token.lemma"],
    default_config={
        "verbs": ACHIEVEMENT_LIST,
        "cues": "",
        "ongoing_endings": [],
        "done_endings": [],
    },
)
class AchievementVerbs:
    """Finds achievement verbs through their lower-cased lookup lemma, as done deeds only.

    An inflected form counts when it ends in none of ``ongoing_endings`` (forms that describe,
    not report: "building", "drives") and, if ``done_endings`` is given, in one of those (Spanish
    past tenses and participles: "aumenté", "redujo", "logrado", while the nouns "aumento" or
    "diseño" that the lookup table maps to verbs do not). A verb inside a cliché
    ("results-driven") or a hyphenated compound ("AI-powered") is no achievement either.
    """

    def __init__(
        self,
        nlp: Nlp,
        name: str,
        *,
        verbs: str,
        cues: str,
        ongoing_endings: list[str],
        done_endings: list[str],
    ) -> None:
        language = nlp_language(nlp, name)
        require_lists(language, [verbs, *([cues] if cues else [])], name)
        options = {"ongoing_endings": ongoing_endings, "done_endings": done_endings}
        for option, endings in options.items():
            if any(not ending or not ending.isalpha() for ending in endings):
                raise ValueError(f"{name}: {option} must be letters only, got {endings}")
        self.ongoing_endings = tuple(e.lower() for e in ongoing_endings)
        self.done_endings = tuple(e.lower() for e in done_endings)
        self.name = name
        self.matcher = Matcher(nlp.vocab)
        cue_words = lexicon_words(language, cues) if cues else None
        self.matcher.add(
            "achievement_verb", achievement_patterns(lexicon_words(language, verbs), cue_words)
        )

    def __call__(self, doc: Doc) -> Doc:
        """Add one span per achievement verb."""
        ends = sorted({end for _, _, end in self.matcher(doc)})
        in_cliche = {
            i
            for s in doc._.get(MENTIONS) or ()
            if s.label_ == "buzzword"
            for i in range(s.start, s.end)
        }
        spans = []
        for end in ends:
            token = doc[end - 1]
            if self._is_ongoing(token) or _in_compound(token):
                continue
            if token.i in in_cliche:
                continue
            spans.append(Span(doc, end - 1, end, label="achievement_verb"))
        add_mentions(doc, spans)
        return doc

    def _is_ongoing(self, token: Token) -> bool:
        lower = token.lower_
        if lower == token.lemma_:
            # The bare verb: English patterns already decided ("I lead"); a Spanish infinitive
            # is a wish or a goal ("ganas de crecer"), unless a deed carries it ("logré duplicar").
            if not self.done_endings or lower.endswith(self.done_endings):
                return False
            before = token.doc[token.i - 1] if token.i else None
            return before is None or not (
                before.lower_ != before.lemma_ and before.lower_.endswith(self.done_endings)
            )
        if self.done_endings and not lower.endswith(self.done_endings):
            return True
        return lower.endswith(self.ongoing_endings)


def _in_compound(token: Token) -> bool:
    """True for the second half of "data-driven" or "AI-powered"."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.text in {"-", "‐"} and not before.whitespace_
