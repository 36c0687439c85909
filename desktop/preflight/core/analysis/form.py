"""The form component: keyword dumps, shouting, raw markup and repeated sentences.

Each is a property of the text's shape, measured in one pass: a sentence made of many short
items between separators and no subject; words of five or more letters mostly in capitals;
HTML tags or entities that LinkedIn would show as typed; a sentence seen before.
"""

from __future__ import annotations

import re

from spacy.language import Language as Nlp
from spacy.tokens import Doc, Span, Token

from preflight.core.analysis.components import MENTIONS, add_mentions, nlp_language, require_lists
from preflight.core.analysis.lexicons import lexicon_words

KEYWORD_DUMP = "keyword_dump"
SHOUTING = "shouting"
MARKUP = "markup"
REPEAT = "repeat"
COUNTED = "counted"

# Item separators in keyword lists, and the words that join the last item ("…, SQL and Excel").
_SEPARATORS = frozenset({",", "|", "•", "·", ";", "▪", "‣", "●", "◦", "/"})
_JOINERS = frozenset({"and", "or", "y", "e", "o", "u"})
# Words before a number written in letters that make it a frame (when, where), not a result:
# "in two clicks", "at two start-ups" (where the member worked).
_FRAME_WORDS = frozenset(
    {"in", "at", "within", "under", "over", "for", "en", "durante", "por", "tras"}
)
# Pronouns after "of"/"de" that make a number a count of people or things already named.
_PARTITIVES = frozenset({"them", "us", "ellos", "ellas", "nosotros", "nosotras"})
# Tags (<b>, </p>, <br/>, <div class='x'>), entities (&amp;, &#124;) and Markdown bold (**x**).
MARKUP_PATTERN = re.compile(
    r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?/?>"
    r"|&(?:[A-Za-z]{2,8}|#[0-9]{2,6}|#x[0-9A-Fa-f]{2,5});"
    r"|\*\*[^*\n]{1,200}\*\*"
)


@Nlp.factory(
    "preflight_form",
    assigns=[f"doc._.{MENTIONS}"],
    default_config={
        "dump_min_items": 6,
        "dump_max_item_words": 5,
        "dump_short_item_words": 3,
        "dump_short_share": 0.8,
        "shout_min_letters": 5,
        "shout_min_words": 2,
        "shout_share": 0.5,
        "repeat_min_words": 3,
    },
)
class Form:
    """Adds spans for keyword dumps, shouted sentences, markup and repeated sentences."""

    def __init__(
        self,
        nlp: Nlp,
        name: str,
        *,
        dump_min_items: int,
        dump_max_item_words: int,
        dump_short_item_words: int,
        dump_short_share: float,
        shout_min_letters: int,
        shout_min_words: int,
        shout_share: float,
        repeat_min_words: int,
    ) -> None:
        language = nlp_language(nlp, name)
        require_lists(
            language,
            ["first_person", "second_person", "third_person", "number_words", "durations"],
            name,
        )
        counts = {
            "dump_min_items": dump_min_items,
            "dump_max_item_words": dump_max_item_words,
            "dump_short_item_words": dump_short_item_words,
            "shout_min_letters": shout_min_letters,
            "shout_min_words": shout_min_words,
            "repeat_min_words": repeat_min_words,
        }
        for option, value in counts.items():
            if value < 1:
                raise ValueError(f"{name}: {option} must be 1 or more, not {value}")
        for option, share in (("dump_short_share", dump_short_share), ("shout_share", shout_share)):
            if not 0 < share <= 1:
                raise ValueError(f"{name}: {option} must be in (0, 1], not {share}")
        self.name = name
        self.dump_min_items = dump_min_items
        self.dump_max_item_words = dump_max_item_words
        self.dump_short_item_words = dump_short_item_words
        self.dump_short_share = dump_short_share
        self.shout_min_letters = shout_min_letters
        self.shout_min_words = shout_min_words
        self.shout_share = shout_share
        self.repeat_min_words = repeat_min_words
        self.number_words = lexicon_words(language, "number_words")
        self.durations = lexicon_words(language, "durations")
        self.persons = (
            lexicon_words(language, "first_person")
            | lexicon_words(language, "second_person")
            | lexicon_words(language, "third_person")
        )

    def __call__(self, doc: Doc) -> Doc:
        """Add the form spans for one text."""
        toks = list(doc)  # one Token object per word: Span iteration would make new ones
        bounds = [(sent.start, sent.end) for sent in doc.sents]
        spans = [*self._markup(doc), *self._shouting(doc, toks, bounds), *self._counted(toks)]
        seen: set[str] = set()
        for start, end in bounds:
            words = toks[start:end]
            if self._is_keyword_dump(words):
                spans.append(Span(doc, start, end, label=KEYWORD_DUMP))
            kept = [t.lower_ for t in words if t.is_alpha or t.like_num]
            if len(kept) >= self.repeat_min_words:
                key = " ".join(kept)
                if key in seen:
                    spans.append(Span(doc, start, end, label=REPEAT))
                seen.add(key)
        add_mentions(doc, spans)
        return doc

    def _markup(self, doc: Doc) -> list[Span]:
        spans = []
        for match in MARKUP_PATTERN.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), label=MARKUP, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        return spans

    def _counted(self, toks: list[Token]) -> list[Span]:
        """Counts written in words: "three submissions", "seis empresas", "tres últimos puestos".

        Durations ("three months") are no result; the noun is plural, at most one word later.
        """
        spans = []
        for token in toks:
            if token.lower_ not in self.number_words:
                continue
            if token.i and toks[token.i - 1].lower_ in _FRAME_WORDS:
                continue  # "in two clicks", "en tres trimestres": a time or a manner, no count
            after = [t.lower_ for t in toks[token.i + 1 : token.i + 3]]
            if len(after) == 2 and after[0] in {"of", "de"} and after[1] in _PARTITIVES:
                spans.append(Span(token.doc, token.i, token.i + 3, label=COUNTED))
                continue  # "fourteen of them", "catorce de ellas": people counted
            for word in toks[token.i + 1 : token.i + 3]:
                if not word.is_alpha:
                    break
                noun = _compound_end(toks, word)  # "nine start-ups": the last part counts
                if noun.lower_.endswith("s") and noun.lower_ not in self.number_words:
                    if noun.lower_ not in self.durations:
                        spans.append(Span(token.doc, token.i, noun.i + 1, label=COUNTED))
                    break
        return spans

    def _shouting(self, doc: Doc, toks: list[Token], bounds: list[tuple[int, int]]) -> list[Span]:
        """The sentences in capitals, when most telling words of the whole text are in capitals.

        Telling words are the long ones, function words in capitals ("THE", "AT", "DEL") and short
        words in lower case: short capitals are mostly acronyms ("SEO", "HTML"), but a function
        word never is one, so "HEAD CHEF AT THE OLD MILL" shouts; and "run", "site" or "with" are
        as plainly not shouted as "staff".
        """
        total = upper = 0
        shouted: list[Span] = []
        for start, end in bounds:
            long_words = [t for t in toks[start:end] if self._tells_case(t)]
            capitals = sum(1 for t in long_words if t.is_upper)
            total += len(long_words)
            upper += capitals
            if capitals and capitals >= self.shout_share * len(long_words):
                shouted.append(Span(doc, start, end, label=SHOUTING))
        if upper < self.shout_min_words or upper < self.shout_share * total:
            return []
        return shouted

    def _tells_case(self, token: Token) -> bool:
        """A long word, a function word in capitals ("AT", "THE", "LOS") or a lower-case word of
        three letters or more."""
        if not token.is_alpha:
            return False
        size = len(token.text)
        if size >= self.shout_min_letters:
            return True
        if token.is_upper:
            return token.is_stop and size > 1
        return token.is_lower and size > 2

    def _is_keyword_dump(self, tokens: list[Token]) -> bool:
        """Many short items between separators, with no subject: "Python, SQL, Airflow, …"."""
        colon = next((i for i, t in enumerate(tokens) if t.text == ":"), -1)
        if colon >= 0 and sum(1 for t in tokens[:colon] if t.is_alpha) <= 4:
            tokens = tokens[colon + 1 :]  # "Skills: …", "Herramientas: …"
        if sum(1 for t in tokens if t.text in _SEPARATORS) + 1 < self.dump_min_items - 1:
            return False
        items: list[int] = []
        words = 0
        for token in tokens:
            if token.text in _SEPARATORS or token.lower_ in _JOINERS:
                if words:
                    items.append(words)
                words = 0
            elif token.is_alpha or token.like_num or any(ch.isalnum() for ch in token.text):
                if token.lower_ in self.persons:
                    return False  # "I have worked with Python, SQL…" is a sentence
                words += 1
        if words:
            items.append(words)
        if len(items) < self.dump_min_items or max(items) > self.dump_max_item_words:
            return False
        short = sum(1 for n in items if n <= self.dump_short_item_words)
        return short >= self.dump_short_share * len(items)


def _compound_end(toks: list[Token], word: Token) -> Token:
    """The last part of a compound written with hyphens and no spaces ("start-ups" -> "ups"),
    or ``word`` itself."""
    index = word.i
    while (
        index + 2 < len(toks)
        and toks[index + 1].text in {"-", "‐"}
        and not toks[index].whitespace_
        and not toks[index + 1].whitespace_
        and toks[index + 2].is_alpha
    ):
        index += 2
    return toks[index]
