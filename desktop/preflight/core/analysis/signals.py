"""The findings the About and headline checks judge, one detector each, shared with the benchmark.

Each detector reads a TextAnalysis (and, for the person a text is written in, the member's name),
so what the benchmark measures is exactly what the checks decide on.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from preflight.core.analysis.form import MARKUP_PATTERN
from preflight.core.analysis.lexicons import lexicon_names, load_lexicon
from preflight.core.analysis.text import Mention, TextAnalysis
from preflight.core.models import Language

# Parts of a name that are no name on their own: "María de la Fuente", "Ludwig van Beethoven".
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "van", "von", "da", "di", "du", "y"})


def name_parts(name: str) -> frozenset[str]:
    """The words of a member's name that can stand for the member as a subject."""
    words = ("".join(ch if ch.isalpha() else " " for ch in name)).split()
    return frozenset(w for w in words if len(w) > 1 and w.lower() not in _NAME_PARTICLES)


def short_forms(parts: frozenset[str], language: Language) -> frozenset[str]:
    """The short forms a bio may use for a name's words ("Robert" → "Bob", "Rob"), from the
    language's optional nicknames list (each line: a name, then its short forms)."""
    if "nicknames" not in lexicon_names(language):
        return frozenset()
    lowered = {p.lower() for p in parts}
    found: set[str] = set()
    for line in load_lexicon(language, "nicknames"):
        first, *forms = line.split()
        if first in lowered:
            found.update(f.capitalize() for f in forms)
    return frozenset(found)


def third_person_cues(text: TextAnalysis, name: str) -> list[Mention]:
    """Where the text speaks of its member as "he", "she" or by name ("John leads…"), or by a
    short form of the name ("Bob" for Robert)."""
    parts = name_parts(name)
    parts = parts | short_forms(parts, text.language)
    named = [m for m in text.subjects if parts.intersection(m.text.split())]
    return sorted([*named, *_shouted_names(text, parts), *text.third_person], key=lambda m: m.start)


def _shouted_names(text: TextAnalysis, parts: frozenset[str]) -> list[Mention]:
    """Sentences in capitals that open with the member's name ("GARY HOLT IS…"): capitals hide
    the case that tells a name elsewhere, so the name is matched without it."""
    folded = {p.casefold() for p in parts}
    found = []
    for mention in text.shouting:
        words = mention.text.split(maxsplit=1)
        if len(words) == 2 and (
            words[0].strip("<>/*\"'“«¿¡").casefold() in folded or _titled_name(mention.text, folded)
        ):
            found.append(Mention(words[0], "subject", mention.start, mention.start + len(words[0])))
    return found


# Articles that open a bio's sentence before a title and the name: «EL C.P. JORGE BAUTISTA ES…»,
# «LA DRA. ANA RUIZ DIRIGE…», "THE REV. JOHN OKAFOR LEADS…".
_TITLE_ARTICLES = frozenset({"el", "la", "the"})


def _titled_name(sentence: str, folded: set[str]) -> bool:
    """A sentence in capitals that opens with an article, a title of one or two words and the
    member's name («EL CHEF ARTURO VILLASEÑOR CUENTA…»)."""
    words = [w.strip(",.:;").casefold() for w in sentence.split()[:5]]
    if len(words) < 4 or words[0] not in _TITLE_ARTICLES:
        return False
    return words[1] not in folded and (words[2] in folded or words[3] in folded)


def in_third_person(text: TextAnalysis, name: str) -> bool:
    """True when third-person cues outnumber the first-person words (none needed for a bio)."""
    third = len(third_person_cues(text, name))
    return third > 0 and third > len(text.first_person)


def results(text: TextAnalysis) -> list[Mention]:
    """Numbers with meaning (money, a percentage, a count, a scale), in digits or in words, not
    those inside markup ("&#124;" is a character, not 124 of anything)."""
    found = sorted([*text.quantities, *text.counted], key=lambda m: m.start)
    if not text.markup:
        return found
    starts = [m.start for m in text.markup]  # sorted; each quantity looks up one tag
    kept = []
    for quantity in found:
        at = bisect_right(starts, quantity.start) - 1
        if at < 0 or text.markup[at].end < quantity.end:
            kept.append(quantity)
    return kept


def has_result(text: TextAnalysis) -> bool:
    """A concrete result: a number with meaning."""
    return bool(results(text))


def markup_tags(text: TextAnalysis) -> list[str]:
    """The tags and entities themselves ("<b>", "&amp;"), without the words their spans touch."""
    return [m.group(0) for mention in text.markup for m in MARKUP_PATTERN.finditer(mention.text)]


def reader_value_of(text: TextAnalysis) -> tuple[Mention, ...]:
    """What in an About speaks to the reader or names whom the member serves ("If your team…",
    "I build websites for therapists"), in text order."""
    return tuple(sorted((*text.reader_value, *text.served), key=lambda m: m.start))


AboutDetector = Callable[[TextAnalysis, str], bool]
HeadlineDetector = Callable[[TextAnalysis], bool]

# The About findings, each as (analysis, member's name) -> found.
ABOUT_DETECTORS: dict[str, AboutDetector] = {
    "reader_value": lambda text, _: bool(reader_value_of(text)),
    "result": lambda text, _: has_result(text),
    "next_step": lambda text, _: bool(text.next_steps),
    "duties": lambda text, _: bool(text.duties),
    "cliches": lambda text, _: bool(text.buzzwords),
    "third_person": in_third_person,
    "keyword_dump": lambda text, _: bool(text.keyword_dumps),
    "shouting": lambda text, _: bool(text.shouting),
    "markup": lambda text, _: bool(text.markup),
    "repetition": lambda text, _: bool(text.repeats),
}

# The headline findings: whom it serves counts "for <audience>" too ("CFO for founder-led firms").
HEADLINE_DETECTORS: dict[str, HeadlineDetector] = {
    "reader_value": lambda text: bool(text.reader_value or text.audiences),
    "result": has_result,
    "cliches": lambda text: bool(text.buzzwords),
    "keyword_dump": lambda text: bool(text.keyword_dumps),
    "shouting": lambda text: bool(text.shouting),
    "markup": lambda text: bool(text.markup),
}
