"""Whether a skill name found in the member's text names a field, tool or method they work in.

The skills list matches words such as "sales" or «ventas» wherever they occur, but "23 completed
sales", "retail sales data", «frena tus ventas» and «le cuestan ventas» are counts and other
people's purchases, not a skill the member claims. A name counts when the shape of its phrase
says it is a name:

- a tool or a several-word name ("Apache Airflow", "machine learning"), unless a number comes
  right before it ("23 sales calls");
- a one-word name written as a name: capitalised inside a sentence ("I lead Sales and Ops");
- a one-word everyday word ("sales", «ventas») only when it heads its own phrase and a field
  cue introduces it: "experience in sales", "Head of Sales", «directora de ventas», "sales
  director", or the member is its subject ("I build partnerships"), or it stands alone as an
  item of a "|" / "·" list as in a headline.

Words that turn it into a count or a possession ("your", "completed", «tus») rule it out, and
so does a capitalised word before it that is not a role: "Employer Branding" is not "Branding". The
cue words are data in ``resources/lexicons/<lang>/skill_context.toml``.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from preflight.core.analysis.lexicons import canonical_name, exact_case_entries, load_lexicon
from preflight.core.analysis.text import Mention, TextAnalysis
from preflight.core.models import Language
from preflight.core.resources import resource

_TOKEN = re.compile(r"\w+(?:[’'.+#&-]\w+)*[+#]*|[^\w\s]")
_NUMBER = re.compile(r"\d[\d.,]*%?|\d")
_LIST_MARKS = frozenset("|·•/–—")
_SENTENCE_MARKS = frozenset(".!?:;¡¿")


@dataclass(frozen=True)
class _Cues:
    field_before: frozenset[str]
    field_heads: frozenset[str]
    field_link: frozenset[str]
    other_sense_before: frozenset[str]
    phrase_end: frozenset[str]
    first_person: frozenset[str]
    roles: frozenset[str]
    exact_case: frozenset[str]


@cache
def _cues(language: Language) -> _Cues:
    raw = tomllib.loads(
        resource("lexicons", language, "skill_context.toml").read_text(encoding="utf-8")
    )

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in raw.get(key, []))

    roles = frozenset(r.casefold() for r in load_lexicon(language, "roles") if " " not in r)
    return _Cues(
        field_before=words("field_before"),
        field_heads=words("field_heads"),
        field_link=words("field_link"),
        other_sense_before=words("other_sense_before"),
        phrase_end=words("phrase_end"),
        first_person=words("first_person"),
        roles=roles,
        exact_case=exact_case_entries(language, "skills"),
    )


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.casefold()


@lru_cache(maxsize=6)
def _tokens(text: str) -> tuple[_Token, ...]:
    """The words and marks of ``text``; the last six kept, as one verdict and the proofs of its
    suggestions ask about the same About, its draft and the headlines many times, in turn (six
    only: a hostile About can be huge)."""
    return tuple(_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text))


def _overlapping(tokens: tuple[_Token, ...], mention: Mention) -> list[int]:
    """Indexes of the tokens that overlap ``mention`` (tokens are in order: a bisection)."""
    first = bisect_right(tokens, mention.start, key=lambda t: t.end)
    inside = []
    for index in range(first, len(tokens)):
        if tokens[index].start >= mention.end:
            break
        inside.append(index)
    return inside


def skill_names(analysis: TextAnalysis) -> list[str]:
    """The skills a text names as skills, spelled as the skills list spells them."""
    language = analysis.language
    names = [(m, canonical_name(language, "skills", m.text)) for m in analysis.skills]
    tokens = _tokens(analysis.text) if names else ()
    return [name for m, name in names if is_skill_term(analysis.text, m, language, name, tokens)]


def is_skill_term(
    text: str,
    mention: Mention,
    language: Language,
    canonical: str,
    tokens: tuple[_Token, ...] | None = None,
) -> bool:
    """True when ``mention`` in ``text`` names a skill the member works with (see module doc)."""
    cues = _cues(language)
    # ``tokens``: the text's, when the caller judges several mentions of it (linear, not n²).
    tokens = _tokens(text) if tokens is None else tokens
    inside = _overlapping(tokens, mention)
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    before = tokens[first - 1] if first > 0 else None
    before2 = tokens[first - 2] if first > 1 else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if before is not None and _NUMBER.fullmatch(before.text):
        return False  # "23 sales", "1.200 ventas"
    if len(inside) > 1 or not _everyday_form(canonical) or canonical in cues.exact_case:
        return True  # a tool or a several-word name
    if before is not None and before.low in cues.other_sense_before:
        return False  # "your sales", «tus ventas»
    if before2 is not None and _NUMBER.fullmatch(before2.text) and before is not None:
        return False  # "23 completed sales"
    starts_line = before is None or "\n" in text[before.end : mention.start]
    mid_sentence = before is not None and not starts_line and before.text not in _SENTENCE_MARKS
    # The word before opens its sentence or line, so its capital says nothing about a name.
    before_starts = before2 is None or before2.text in _SENTENCE_MARKS
    if before is not None and before2 is not None and "\n" in text[before2.end : before.start]:
        before_starts = True
    if (
        mid_sentence
        and before is not None
        and not before_starts
        and _written_as_name(before.text)
        and before.low not in cues.roles
    ):
        return False  # the end of a longer name: "Employer Branding", "Support Driven"
    if _written_as_name(mention.text) and mid_sentence:
        return True  # "I lead Sales and Operations"
    if _list_item(before, after, text, mention, starts_line):
        return True  # "Sales | Marketing", «Ventas · Marketing»
    if after is not None and after.low in cues.roles:
        return True  # "sales director"
    if not _heads_phrase(after, text, mention, cues):
        return False  # "sales data": a modifier of another noun
    if before is None:
        return False
    if before.low in cues.field_before:
        return True  # "experience in sales", «experiencia en ventas»
    if before.low in cues.field_link and before2 is not None:
        return before2.low in cues.field_heads or before2.low in cues.roles  # "Head of Sales"
    # "I build long-term partnerships": what the member does, with no count or owner before it.
    window = tokens[max(0, first - 4) : first]
    return any(t.low in cues.first_person for t in window)


def _everyday_form(canonical: str) -> bool:
    """True for a one-word name spelled like an everyday word ("Sales", «Ventas»).

    Lower-case tool names ("dbt"), acronyms ("SQL") and inner capitals ("JavaScript") are names.
    """
    return (
        canonical[:1].isupper()
        and canonical[1:].islower()
        and canonical.isalpha()
        and " " not in canonical
    )


def _written_as_name(written: str) -> bool:
    return written[:1].isupper()


def _list_item(
    before: _Token | None, after: _Token | None, text: str, mention: Mention, starts_line: bool
) -> bool:
    """True when the word stands alone between list marks or line ends: "Sales | B2B"."""
    opens = starts_line or (before is not None and before.text in _LIST_MARKS)
    ends_line = after is None or "\n" in text[mention.end : after.start]
    closes = ends_line or (after is not None and after.text in _LIST_MARKS)
    marked = (before is not None and before.text in _LIST_MARKS) or (
        after is not None and after.text in _LIST_MARKS
    )
    return opens and closes and (marked or (starts_line and ends_line))


def _heads_phrase(after: _Token | None, text: str, mention: Mention, cues: _Cues) -> bool:
    """True when nothing after the word makes it a modifier ("sales" in "sales data" is one)."""
    if after is None or "\n" in text[mention.end : after.start]:
        return True
    return not after.text[:1].isalnum() or after.low in cues.phrase_end
