"""The English and Spanish spaCy pipelines: built lazily, once per language, shared by threads."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

import spacy
from spacy.language import Language as Nlp
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

# Importing the modules registers the factories the pipelines name.
from preflight.core.analysis import (  # noqa: F401
    achievements,
    components,
    form,
    lemmas,
    quantities,
    voice,
)
from preflight.core.analysis.lexicons import LEMMA_LISTS, PHRASE_LISTS
from preflight.core.models import Language
from preflight.core.startup_gc import collector_paused

LANGUAGES: tuple[Language, ...] = ("en", "es")

# English verbs such as "lead" or "cut" are also nouns: a bare form needs a cue (see achievements).
_ACHIEVEMENT_CUES: dict[Language, str] = {"en": "achievement_cues", "es": ""}
# Inflections that describe ongoing work rather than a result: "building", "drives", "liderando".
_ONGOING: dict[Language, list[str]] = {"en": ["ing", "s"], "es": ["ando", "iendo", "yendo"]}
# Spanish results are told in the past: preterite (regular and the -je/-uve/-ice kinds) and
# participle forms. Present forms stay out, and so do nouns such as "aumento" or "diseño".
_DONE: dict[Language, list[str]] = {
    "en": [],
    "es": [
        *("é", "í", "ó", "aste", "iste", "amos", "imos", "aron", "ieron", "yeron"),
        *("je", "jo", "jimos", "jeron", "uve", "uvo", "uvimos", "uvieron", "ice", "izo"),
        *("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    ],
}

# An HTML tag typed into a profile ("<br>", "</b>") is a token of its own wherever it stands, so
# the words beside it are read as words and a line-break tag can end a sentence; so is a full stop
# just before one ("…keyboard.<br>React").
_TAG = r"</?[A-Za-z][A-Za-z0-9]*\s*/?>"
# An HTML entity is one too ("adjusting.&nbsp;I moved", «seguros&nbsp;|&nbsp;Apasionada»), so a
# sentence ends at the full stop before it and the words beside it are read as words; not a letter
# ("Dise&ntilde;o" stays one word).
_LETTER_ENTITY = r"[A-Za-z](?:acute|grave|tilde|uml|circ|cedil|ring|slash);|szlig;"
_ENTITY = rf"&(?!{_LETTER_ENTITY})(?:[A-Za-z]{{2,8}}|#[0-9]{{2,6}}|#x[0-9A-Fa-f]{{2,5}});"
# A dash between two numbers makes a range of two numbers ("10–15%", "3–5 years"), as "-" does.
_NUMBER_DASH = r"(?<=[0-9])[–—](?=[0-9])"
_EXTRA_PREFIXES = (_TAG, _ENTITY)
# A colon, semicolon, comma, "!" or "?" before a tag or entity is split off as a full stop is
# ("Responsible for:<br>- …", "Tools:&nbsp;Excel"), so the words before it are read as words.
_MARK_BEFORE = r"[.:;,!?]"
_EXTRA_INFIXES = (
    *(_TAG, rf"{_MARK_BEFORE}(?={_TAG})", _ENTITY, rf"{_MARK_BEFORE}(?={_ENTITY})", _NUMBER_DASH),
)
# A full stop after a currency sign, a percent sign or a digit-letter pair ends the sentence.
_EXTRA_SUFFIXES = (
    *(r"(?<=[€$£¥%])\.", r"(?<=[0-9][A-Za-z])\.", _TAG, rf"\.(?={_TAG})"),
    *(_ENTITY, rf"\.(?={_ENTITY})"),
)

_pipelines: dict[Language, Nlp] = {}
_lock = threading.Lock()


def build_nlp(language: Language) -> Nlp:
    """A new blank pipeline: sentencizer, lookup lemmatizer and Preflight's components."""
    if language not in LANGUAGES:
        raise ValueError(f"no pipeline for language {language!r}; Preflight knows en and es")
    nlp = spacy.blank(language, config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("preflight_line_breaks")
    # Lemmas serve the achievement, help and contact verbs only, so the table keeps just the forms
    # that lead to them.
    kept = " ".join(LEMMA_LISTS)
    nlp.add_pipe("preflight_lemmatizer", config={"keep_lemmas": kept})
    nlp.add_pipe("preflight_fold_accents")
    nlp.add_pipe("preflight_phrases", config={"lists": list(PHRASE_LISTS), "attr": "NORM"})
    nlp.add_pipe(
        "preflight_achievements",
        config={
            "cues": _ACHIEVEMENT_CUES[language],
            "ongoing_endings": _ONGOING[language],
            "done_endings": _DONE[language],
        },
    )
    nlp.add_pipe("preflight_quantities")
    # Structure, not phrases: whom the text addresses, how it ends, its person and its form.
    nlp.add_pipe("preflight_form")
    nlp.add_pipe("preflight_voice")
    nlp.initialize()  # loads the lemma tables from spacy-lookups-data; no download
    return nlp


TOKENIZER = "preflight.tokenizer.v1"


def make_tokenizer() -> Callable[[Nlp], Tokenizer]:
    """spaCy's own tokenizer for the language, plus suffixes that split a full stop off "2M€." and
    "B2B." so the quantity and the skill are found, and HTML tags split off the words they touch.

    Built once with the extra suffixes: assigning ``suffix_search`` afterwards would make spaCy
    re-tokenize its thousands of special cases (about 70 ms per pipeline).
    """

    def create(nlp: Nlp) -> Tokenizer:
        defaults = nlp.Defaults
        suffixes = [*_EXTRA_SUFFIXES, *(defaults.suffixes or ())]
        prefixes = [*_EXTRA_PREFIXES, *(defaults.prefixes or ())]
        infixes = [*_EXTRA_INFIXES, *(defaults.infixes or ())]
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return create


registry.tokenizers.register(TOKENIZER, func=make_tokenizer)


def get_nlp(language: Language) -> Nlp:
    """The shared pipeline for ``language``, built on first use."""
    nlp = _pipelines.get(language)
    if nlp is not None:
        return nlp
    with _lock:
        nlp = _pipelines.get(language)
        if nlp is None:
            with collector_paused():
                nlp = build_nlp(language)
            _pipelines[language] = nlp
        return nlp


def warm_up(languages: Iterable[Language] = LANGUAGES) -> None:
    """Build the pipelines ahead of time (the GUI calls this on a background thread)."""
    for language in languages:
        get_nlp(language)
