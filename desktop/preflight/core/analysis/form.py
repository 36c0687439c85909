"""The form component: keyword dumps, shouting, raw markup and repeated sentences.

Each is a property of the text's shape, measured in one pass: a sentence made of many short
items between separators and no subject; words of five or more letters mostly in capitals;
HTML tags or entities that LinkedIn would show as typed; a sentence seen before.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from spacy.language import Language as Nlp
from spacy.tokens import Doc, Span, Token

from preflight.core.analysis.components import (
    MENTIONS,
    add_mentions,
    fold_accents,
    nlp_language,
    require_lists,
)
from preflight.core.analysis.lexicons import lexicon_words
from preflight.core.analysis.promises import Promises, uncounted_nouns
from preflight.core.analysis.verb_person import spanish_person
from preflight.core.analysis.vertical_lists import vertical_runs

KEYWORD_DUMP = "keyword_dump"
SHOUTING = "shouting"
MARKUP = "markup"
REPEAT = "repeat"
COUNTED = "counted"

# Item separators in keyword lists, and the words that join the last item ("…, SQL and Excel").
_SEPARATORS = frozenset({",", "|", "•", "·", ";", "▪", "‣", "●", "◦", "/"})
_JOINERS = frozenset({"and", "or", "y", "e", "o", "u"})
# Words that make a list's last item a clause: "… y lo que haga falta", "… and anyone who asks".
_RELATIVE_WORDS = frozenset({"que", "quien", "quienes", "cual", "who", "that", "which"})
# Dashes that separate items when spaced and used twice or more ("Python – SQL – Airflow").
_DASHES = frozenset({"-", "–", "—"})
# The most words an item of a three-item list has: "Marketing digital, creatividad y estrategia".
_TRIPLE_ITEM_WORDS = 2
# The fewest words of a sentence that counts as repeated at its third time ("AVAILABLE NOW.").
_SHORT_REPEAT_WORDS = 2
# Words after a list closed by "and" that make it part of a sentence ("…, done without fuss").
_CLAUSE_TAIL_WORDS = 3
# The fewest sentences of an About that may close on its opening line as a frame.
_FRAMED_SENTENCES = 5
# The joiners that close a list of things held together; "or" offers a choice.
_AND = frozenset({"and", "y", "e"})
# Mentions that mark a verb: a list with one is a sentence ("Led sales, marketing and support").
_VERB_LABELS = frozenset({"achievement_verb"})
# Mentions that describe the member: a line with one is no motto to frame an About with.
_SELF_LABELS = frozenset({"role", "buzzword"})
# Words before a number written in letters that make it a frame (when, where), not a result:
# "in two clicks", "at two start-ups" (where the member worked).
_FRAME_WORDS = frozenset(
    {"in", "at", "within", "under", "over", "for", "en", "durante", "por", "tras"}
)
# Words after a verb of multiplying that make it no result ("doubled as", "doubled down"), the
# prepositions before a fraction that make it one ("cut in half", "by half") and the articles
# after it that make it a time ("half a day").
_NOT_MULTIPLIED = frozenset({"as", "down", "up", "back", "over", "como"})
_BY_PART = frozenset({"in", "by", "en", "a", "por"})
_FRACTION_ARTICLES = frozenset({"a", "la", "un"})
_ARTICLES = frozenset({"a", "an", "un", "una"})
# Endings of Spanish participles, which after a noun describe it ("pruebas automatizadas").
_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
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
        "dump_min_items": 3,
        "dump_alone_min_items": 5,
        "dump_max_item_words": 5,
        "dump_short_item_words": 3,
        "dump_short_share": 0.75,
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
        dump_alone_min_items: int,
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
            [
                *("first_person", "second_person", "third_person", "conditionals"),
                *("number_words", "durations", "number_designators"),
                *("multiplier_words", "fraction_words", "multiples", "family_nouns"),
                "help_verbs",
            ],
            name,
        )
        counts = {
            "dump_min_items": dump_min_items,
            "dump_alone_min_items": dump_alone_min_items,
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
        self.language = language
        self.dump_min_items = dump_min_items
        self.dump_alone_min_items = dump_alone_min_items
        self.dump_max_item_words = dump_max_item_words
        self.dump_short_item_words = dump_short_item_words
        self.dump_short_share = dump_short_share
        self.shout_min_letters = shout_min_letters
        self.shout_min_words = shout_min_words
        self.shout_share = shout_share
        self.repeat_min_words = repeat_min_words
        self.number_words = lexicon_words(language, "number_words")
        self.durations = lexicon_words(language, "durations")
        self.designators = lexicon_words(language, "number_designators")
        self.multipliers = lexicon_words(language, "multiplier_words")
        self.fractions = lexicon_words(language, "fraction_words")
        self.family = lexicon_words(language, "family_nouns")
        self.helps = lexicon_words(language, "help_verbs")
        self.multiples = frozenset(fold_accents(m) for m in lexicon_words(language, "multiples"))
        self.multiple_sizes = sorted({len(m.split()) for m in self.multiples}, reverse=True)
        # Only a token that opens some multiple can start one: the rest are passed over at once.
        self.multiple_openers = frozenset(m.split()[0] for m in self.multiples)
        self.promises = Promises(language)
        self.uncounted = uncounted_nouns(language)
        # A person ("I have worked with Python, SQL…") or a condition ("Si le interesa, puede
        # llamarme o escribirme") makes a run of commas a sentence, not a list.
        self.clauses = lexicon_words(language, "conditionals") | (
            lexicon_words(language, "first_person")
            | lexicon_words(language, "second_person")
            | lexicon_words(language, "third_person")
        )

    def __call__(self, doc: Doc) -> Doc:
        """Add the form spans for one text."""
        toks = list(doc)  # one Token object per word: Span iteration would make new ones
        bounds = [(sent.start, sent.end) for sent in doc.sents]
        spans = [*self._markup(doc), *self._shouting(doc, toks, bounds)]
        results = [*self._counted(toks), *self._multiplied(toks), *self._multiples(toks)]
        spans += [s for s in results if not self.promises.holds(s[0])]  # "I'll send 3 fixes"
        verbs = {t.i for s in doc._.get(MENTIONS) or () if s.label_ in _VERB_LABELS for t in s}
        cliched = {t.i for s in doc._.get(MENTIONS) or () if s.label_ == "buzzword" for t in s}
        duties = {t.i for s in doc._.get(MENTIONS) or () if s.label_ == "duty" for t in s}
        worded = [any(_is_word(t) for t in toks[start:end]) for start, end in bounds]
        lists = [
            self._list_items(toks[start:end], verbs, cliched, _own_line(toks, bounds, worded, i))
            for i, (start, end) in enumerate(bounds)
        ]
        for index, (start, end) in enumerate(bounds):
            dump = self._is_keyword_dump(index, lists, bounds, duties, worded)
            if dump or self._hashtag_line(toks[start:end]):
                spans.append(Span(doc, start, end, label=KEYWORD_DUMP))
        if len(bounds) > 1:

            def phrase(words: list[Token]) -> bool:
                return self._is_phrase(words, verbs, cliched)

            runs = vertical_runs(toks, bounds, phrase, _is_word, self.dump_min_items + 1)
            spans.extend(Span(doc, start, end, label=KEYWORD_DUMP) for start, end in runs)
        described = {t.i for s in doc._.get(MENTIONS) or () if s.label_ in _SELF_LABELS for t in s}
        spans.extend(self._repeats(doc, toks, bounds, described))
        add_mentions(doc, spans)
        return doc

    def _repeats(
        self, doc: Doc, toks: list[Token], bounds: list[tuple[int, int]], described: set[int]
    ) -> list[Span]:
        """Sentences seen before: of three words or more at the second time, shorter ones
        ("AVAILABLE IMMEDIATELY.") at the third, or together with the short sentence beside them
        ("RESULTS-DRIVEN. NO EXCUSES." again); but not an About of five sentences or more that
        closes on its opening line and repeats nothing else, when that line is a motto: a frame,
        not a stutter (a line said between them as well is a refrain: "Guests first." three
        times). A line that names the member's role or praises them (``described``: "Motivated
        translator with a can-do attitude") said again is a pasted paragraph, not a motto."""
        keys = [
            " ".join(t.lower_ for t in toks[start:end] if t.is_alpha or t.like_num)
            for start, end in bounds
        ]
        seen: dict[str, int] = {}
        found: list[int] = []
        for index, key in enumerate(keys):
            size = len(key.split())
            seen[key] = seen.get(key, 0) + 1
            needed = 2 if size >= self.repeat_min_words else 3
            if size >= _SHORT_REPEAT_WORDS and seen[key] >= needed:
                found.append(index)
        worded = [i for i, key in enumerate(keys) if key]
        found = sorted({*found, *self._repeated_pairs(keys, worded)})
        opening = keys[worded[0]] if worded else ""
        motto = bool(worded) and not any(i in described for i in range(*bounds[worded[0]]))
        framed = len(worded) >= _FRAMED_SENTENCES and motto
        if framed and found == worded[-1:] and keys[found[0]] == opening and seen[opening] == 2:
            return []  # the opening line said again at the end, and nowhere between
        found = sorted({*found, *_near_repeats(toks, bounds, worded if framed else [])})
        return [Span(doc, bounds[i][0], bounds[i][1], label=REPEAT) for i in found]

    def _repeated_pairs(self, keys: list[str], worded: list[int]) -> list[int]:
        """Two short sentences said again side by side, together of three words or more:
        "RESULTS-DRIVEN. NO EXCUSES." opening and closing an About; each alone is too short."""
        seen: dict[tuple[str, str], int] = {}
        found: list[int] = []
        for place in range(len(worded) - 1):
            first, second = worded[place], worded[place + 1]
            pair = (keys[first], keys[second])
            if len(" ".join(pair).split()) < self.repeat_min_words:
                continue
            earlier = seen.setdefault(pair, place)
            if earlier + 1 < place:  # not overlapping: "No excuses. No excuses. No excuses."
                found += [first, second]
        return found

    def _is_phrase(self, words: list[Token], verbs: set[int], cliched: set[int]) -> bool:
        """A list line that names a thing: a few words, no person, no achievement verb and no
        cliché ("Planned preventive maintenance", not "Cut costs by 30%" or "Team player")."""
        if len(words) > self.dump_max_item_words:
            return False
        return not any(t.i in verbs or t.i in cliched or t.lower_ in self.clauses for t in words)

    def _markup(self, doc: Doc) -> list[Span]:
        spans = []
        for match in MARKUP_PATTERN.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), label=MARKUP, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        return spans

    def _multiplied(self, toks: list[Token]) -> list[Span]:
        """Results told as a multiple or a fraction: "doubled repeat bookings", "cut load times
        in half", "in half the time"; not "doubled as the first-aider", "half a day" or "half
        marathon"."""
        spans = []
        for token in toks:
            lower = token.lower_
            following = toks[token.i + 1] if token.i + 1 < len(toks) else None
            after = following.lower_ if following is not None else ""
            if lower in self.multipliers and after not in _NOT_MULTIPLIED:
                spans.append(Span(token.doc, token.i, token.i + 1, label=COUNTED))
                continue
            if lower not in self.fractions or after in _ARTICLES:
                continue  # "half a day"
            if following is not None and following.is_alpha and after not in {"the", "del"}:
                continue  # "half marathon", "a third of…"; "in half the time" is a result
            start = token.i - 1
            if start > 0 and toks[start].lower_ in _FRACTION_ARTICLES:
                start -= 1  # "by a third", «a la mitad»
            if start >= 0 and toks[start].lower_ in _BY_PART:
                spans.append(Span(token.doc, start, token.i + 1, label=COUNTED))
        return spans

    def _multiples(self, toks: list[Token]) -> list[Span]:
        """Multiples and fractions in words that close a change: "a la mitad", "el doble que…",
        "by half"; not "el doble grado" (a name) nor a word inside one."""
        spans = []
        for token in toks:
            if token.norm_ not in self.multiple_openers:
                continue
            for size in self.multiple_sizes:
                end = token.i + size
                if end > len(toks) or " ".join(t.norm_ for t in toks[token.i : end]) not in (
                    self.multiples
                ):
                    continue
                after = toks[end] if end < len(toks) else None
                if after is None or not after.is_alpha or after.is_stop:
                    spans.append(Span(token.doc, token.i, end, label=COUNTED))
                break
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
                    if noun.lower_ not in self.durations | self.uncounted | self.family:
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

    def _is_keyword_dump(
        self,
        index: int,
        lists: list[_Items | None],
        bounds: list[tuple[int, int]],
        duties: set[int],
        worded: list[bool],
    ) -> bool:
        """Whether segment ``index`` is a keyword list: "Python, SQL, Airflow, dbt".

        A text that is one segment (a headline) needs five items, or four when at least two after
        the first have several words (a run of roles or courses, not "Role | Java | Spring | AWS",
        the usual headline). In a longer text four items do; three of at most two words do when
        the list closes with "and"/"y" ("Marketing digital, creatividad y estrategia.") or stands
        beside another list ("Debian, Ubuntu, RHEL" over "Ansible, Terraform, Docker"), but not
        a line of duties ("Responsibilities" / "Receiving, put-away and cycle counts.").
        """
        items = lists[index]
        if items is None:
            return False
        count = len(items.sizes)
        if len(bounds) == 1:
            if count >= self.dump_alone_min_items:
                return True
            tail = sum(1 for n in items.words[1:] if n > 1)  # "Ex-KPMG" is one word
            return count == self.dump_alone_min_items - 1 and tail >= 2
        long_items = max(items.sizes) > _TRIPLE_ITEM_WORDS
        if count > self.dump_min_items:
            # "Duties: managing the diary, ordering supplies, …" lists tasks, not keywords
            return not (long_items and self._about_duties(index, bounds, duties))
        if long_items or self._about_duties(index, bounds, duties):
            return False  # "Trabajo con Python, SQL y Airflow": the list ends a sentence
        if items.joined:
            return True
        return any(lists[i] is not None for i in (self._beside(index, bounds, worded)))

    def _hashtag_line(self, tokens: list[Token]) -> bool:
        """A segment of hashtags only, three or more ("#leadership #sales #b2b"); not a sentence
        that tags a word or two ("I write about #leadership")."""
        words = [t for t in tokens if _is_word(t)]
        tagged = [
            t
            for t in words
            if t.i and t.doc[t.i - 1].text == "#" and not t.doc[t.i - 1].whitespace_
        ]
        return len(words) >= self.dump_min_items and len(tagged) == len(words)

    @staticmethod
    def _beside(index: int, bounds: list[tuple[int, int]], worded: list[bool]) -> list[int]:
        """The nearest segments with words before and after ``index``, over lone tags ("<li>")."""
        found = []
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(bounds) and not worded[other]:
                other += step
            if 0 <= other < len(bounds):
                found.append(other)
        return found

    @staticmethod
    def _about_duties(index: int, bounds: list[tuple[int, int]], duties: set[int]) -> bool:
        """A duty word in the segment or the one before it ("Responsibilities", «Funciones:»)."""
        start = bounds[index - 1][0] if index else bounds[index][0]
        return any(start <= i < bounds[index][1] for i in duties)

    def _list_items(
        self, tokens: list[Token], verbs: set[int], cliched: set[int], own_line: bool
    ) -> _Items | None:
        """The word counts of a segment's items when it is a list of three or more short items
        with no verb and no person, or None. On a line of its own, function words make no item
        longer: "atención a la diversidad" names one thing; an item that opens on a help verb
        ("Helping clinics fix their booking") says whom the member helps and is no item."""
        colon = next((i for i, t in enumerate(tokens) if t.text == ":"), -1)
        if colon >= 0:
            if sum(1 for t in tokens[:colon] if _is_word(t)) > 4:
                return None  # "Organizo la contratación: perfiles, …" is a sentence
            tokens = tokens[colon + 1 :]  # "Skills: …", "Herramientas: …"
        items: list[list[Token]] = [[]]
        marks: list[str] = []  # the separator before each item after the first
        inside = _qualifiers(tokens)  # "interpreter (Hindi/Marathi/English) for courts"
        separators = joiners = 0
        # Spaced dashes separate items when used twice or more and no other separator is
        # ("Skills – Python – SQL"): one dash opens a clause ("Three things matter – speed,
        # price"), and beside commas dashes pair words ("Monday – planning, Tuesday – …").
        dashes = {t.i for t in tokens if _spaced_dash(t)}
        if len(dashes) < 2 or any(p in _SEPARATORS for t in tokens for p in _pieces(t.text)):
            dashes = set()
        for token in tokens:
            for piece in _pieces(token.text):
                dash = token.i in dashes
                if token.i in inside:
                    if any(ch.isalnum() for ch in piece):
                        items[-1].append(token)
                elif dash or piece in _SEPARATORS or piece.lower() in _JOINERS:
                    separators += dash or piece in _SEPARATORS
                    joiners += not dash and piece not in _SEPARATORS
                    if items[-1]:
                        items.append([])
                        marks.append("-" if dash else piece.lower())
                elif any(ch.isalnum() for ch in piece):
                    if token.lower_ in self.clauses and not self._roman_one(token):
                        return None  # "I have worked with Python, SQL…" is a sentence
                    items[-1].append(token)
        items = _joined_by_commas(items, marks)
        items = [item for item in items if not self._offers_help(item)] or [[]]
        for item in items:
            # "Led the sales, marketing…" is a sentence; "Design, illustration…" (one word
            # between separators) names a field.
            if len(item) > 1 and any(
                (t.i in verbs or self._inflected_verb(t)) and not self._modifies(item, t)
                for t in item
            ):
                return None
            if self._verb_and_object(item):
                return None  # "Traduzco escrituras, sentencias y certificados": a sentence
        if sum(1 for item in items if item and item[0].is_lower and item[0].is_stop) > 1:
            return None  # "Trabajo sola, sin posados, con luz natural…": a sentence's adjuncts
        if _clause_after_list(tokens):
            return None  # "VAT returns, payroll and year-end, done without fuss": a sentence
        sizes = [len(item) for item in items if item]
        content = [sum(1 for t in item if not (own_line and t.is_stop)) for item in items if item]
        if not separators or len(sizes) < self.dump_min_items:
            return None
        if joiners > 1 and joiners >= separators:
            return None  # "y" as often as commas: coordinated phrases of a sentence
        last = next((t for t in reversed(tokens) if any(ch.isalnum() for ch in t.text)), None)
        closing = [t for t in tokens if t.lower_ in _AND]
        joined = bool(closing) and last is not None and closing[-1].i < last.i
        tail = [item for item in items if item][-1]
        if max(sizes) > self.dump_max_item_words and not (
            joined and joiners == 1 and self._long_tail(sizes, tail)
        ):
            return None
        if sum(1 for n in content if n <= self.dump_short_item_words) < self.dump_short_share * len(
            sizes
        ):
            return None
        praised = sum(1 for item in items if any(t.i in cliched for t in item))
        bare = len(sizes) >= self.dump_alone_min_items and not joined
        if praised * 2 >= len(sizes) and not bare:
            # "Excellent communicator, fast learner…": the cliché check's finding; but five bare
            # terms or more ("Visionary | Dynamic | Go-getter | Innovator | Strategist") are a list
            return None
        words = tuple(_word_count(item) for item in items if item)
        return _Items(tuple(sizes), joined and joiners == 1, words)

    def _offers_help(self, item: list[Token]) -> bool:
        """An item of several words opening on an inflected help verb: "Helping clinics fix their
        booking", "Coaching first-time managers"; not "Coaching" alone, a field."""
        first = item[0] if len(item) > 1 else None
        return first is not None and first.lower_ != first.lemma_ and first.lemma_ in self.helps

    def _roman_one(self, token: Token) -> bool:
        """ "I" as the Roman numeral one, not the member: after a word that numbers things
        ("Phase I", "Type I") or opening a range of numerals ("I–III")."""
        if token.text != "I":
            return False
        doc = token.doc
        if token.i and doc[token.i - 1].lower_ in self.designators:
            return True
        after = doc[token.i + 1 : token.i + 3]
        return (
            len(after) == 2
            and after[0].text in {"-", "–", "—", "/"}
            and after[1].text.isupper()
            and set(after[1].text) <= set("IVX")
        )

    def _long_tail(self, sizes: list[int], tail: list[Token]) -> bool:
        """Three or more short items closed by "y" on a longer noun phrase: "Instalaciones
        nuevas, boletines, cuadros eléctricos y puntos de recarga para coche eléctrico"; not
        "… y lo que haga falta para tu boda" (a clause)."""
        return (
            len(sizes) > self.dump_min_items
            and all(n <= _TRIPLE_ITEM_WORDS for n in sizes[:-1])
            and sizes[-1] <= 2 * self.dump_max_item_words
            and not (tail[0].is_lower and tail[0].is_stop)
            and not any(t.lower_ in _RELATIVE_WORDS for t in tail)
        )

    def _verb_and_object(self, item: list[Token]) -> bool:
        """A Spanish item opening on a first-person verb before a plural object: "Traduzco
        escrituras", "Desarrollo apps"; a noun before its adjective agrees with it ("Diseño
        gráfico", "Desarrollo personal"), so a singular "-o" before a plural is a verb."""
        if self.language != "es" or len(item) < 2:
            return False
        first, second = item[0].lower_, item[1]
        return (
            item[0].is_alpha
            and first.endswith("o")
            and second.is_alpha
            and second.is_lower
            and not second.is_stop
            and second.lower_.endswith("s")
        )

    def _modifies(self, item: list[Token], token: Token) -> bool:
        """A Spanish participle after the item's first word describes it ("pruebas
        automatizadas", "aprendizaje basado en proyectos"): no verb of a sentence."""
        if self.language != "es" or token is item[0]:
            return False
        return token.lower_.endswith(_PARTICIPLE_ENDINGS)

    def _inflected_verb(self, token: Token) -> bool:
        """A verb form with a person or tense the lemma tables know: "led", "reduced"."""
        lemma, lower = token.lemma_, token.lower_
        if not lemma or lemma == lower:
            return False
        if self.language == "es":
            doc = token.doc
            before = doc[token.i - 1].lower_ if token.i else ""
            after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            if lower.endswith("o") and _singular_modifier(doc, token.i + 1):
                return False  # "Diseño gráfico": a noun and its adjective, not "Diseño webs"
            return bool(spanish_person(lower, lemma, before, after))
        return lower.endswith("ed") or not lower.startswith(lemma[:-1] or lemma)


# The most tokens a bracket that qualifies a word may hold: "(Hindi/Marathi/English)".
_QUALIFIER_REACH = 16


def _qualifiers(tokens: list[Token]) -> set[int]:
    """The tokens of brackets between words, whose separators qualify the word before them
    rather than split a list: "Medical interpreter (Hindi/Marathi/English) for hospitals"; not
    "Tools (Python, SQL, dbt)", a list that ends the line."""
    inside: set[int] = set()
    for place, token in enumerate(tokens):
        if token.text != "(" or not place or not _is_word(tokens[place - 1]):
            continue
        reach = tokens[place + 1 : place + 1 + _QUALIFIER_REACH]
        close = next((k for k, t in enumerate(reach) if t.text in {"(", ")"}), -1)
        if close < 0 or reach[close].text != ")":
            continue
        if any(_is_word(t) for t in tokens[place + close + 2 :]):
            inside.update(t.i for t in tokens[place : place + close + 2])
    return inside


# Separators that split a headline into its parts; a comma inside such a part joins a role to
# its employer, place or credential ("CEO, Synergy Health | ex-NHS, KPMG").
_STRONG_SEPARATORS = frozenset({"|", "•", "·", "▪", "‣", "●", "◦", "-"})


def _joined_by_commas(items: list[list[Token]], marks: list[str]) -> list[list[Token]]:
    """The items with each part between strong separators that a single comma splits in two made
    one again ("HR generalist, SHRM-CP" in "USMC veteran | HR generalist, SHRM-CP | …"); a part
    of three or more ("AWS, GCP, Azure") stays a list."""
    if "," not in marks or not _STRONG_SEPARATORS & set(marks):
        return items
    parts: list[list[int]] = [[0]]
    for index, mark in enumerate(marks, start=1):
        if mark in _STRONG_SEPARATORS:
            parts.append([])
        parts[-1].append(index)
    merged: list[list[Token]] = []
    for part in parts:
        if len(part) == 2 and marks[part[1] - 1] == ",":
            merged.append([*items[part[0]], *items[part[1]]])
        else:
            merged.extend(items[i] for i in part)
    return merged


def _singular_modifier(doc: Doc, index: int) -> bool:
    """A lower-case singular content word at ``index`` ("gráfico", "industrial"): after a form in
    "-o" it describes a noun, where a verb takes an article or a plural ("diseño webs")."""
    if index >= len(doc):
        return False
    word = doc[index]
    return word.is_alpha and word.is_lower and not word.is_stop and not word.lower_.endswith("s")


def _own_line(
    toks: list[Token], bounds: list[tuple[int, int]], worded: list[bool], index: int
) -> bool:
    """Whether segment ``index`` has no words beside it on its line (tags aside)."""
    start, end = bounds[index]
    alone_before = index == 0 or not worded[index - 1] or "\n" in toks[start - 1].text_with_ws
    alone_after = (
        index + 1 == len(bounds) or not worded[index + 1] or "\n" in toks[end - 1].text_with_ws
    )
    return alone_before and alone_after


def _clause_after_list(tokens: list[Token]) -> bool:
    """A list closed by "and"/"y" and then a comma and a lower-case phrase of three words or
    more with no separator: the list is part of a sentence ("Payroll, VAT and year-end, done
    without fuss"); not "credit and debt, merchant letters, palaeography"."""
    closing = [k for k, t in enumerate(tokens) if t.lower_ in _AND]
    if not closing:
        return False
    comma = next((k for k in range(closing[-1], len(tokens)) if tokens[k].text == ","), None)
    if comma is None:
        return False
    rest = tokens[comma + 1 :]
    if any(p in _SEPARATORS for t in rest for p in _pieces(t.text)):
        return False  # "credit and debt, merchant letters, …": the list goes on
    tail = [t for t in rest if _is_word(t)]
    return len(tail) >= _CLAUSE_TAIL_WORDS and tail[0].is_lower


def _spaced_dash(token: Token) -> bool:
    """A dash with a space on each side, as between list items ("Python – SQL – dbt"); not a
    hyphen inside a word ("on-call") or a range ("10–15%")."""
    if token.text not in _DASHES or not token.whitespace_ or token.i == 0:
        return False
    return bool(token.doc[token.i - 1].whitespace_)


# A long sentence said again with a small change («su agenda» / «sus agendas», "team" /
# "teams") is a pasted paragraph: compared by the starts of its longer words, when it has this
# many of them.
_NEAR_REPEAT_WORDS = 6
_NEAR_STEM = 4
# A sentence said again shortened or with a few words changed ("I AM A HARDWORKING INSURANCE
# AGENT WITH A LEADING INSURER." / "I AM A HARDWORKING INSURANCE AGENT."): the two share this
# many word starts at least in the same order, and this share of the shorter's, which is at least
# this share of the longer's length ("Languages: Quechua, Aymara, Spanish, English" restating
# four words of a longer sentence is no repeat).
_OVERLAP_MIN_STEMS = 5
# A shorter sentence made of the opening of a longer one needs only this many word starts: "I am a
# friendly and reliable care assistant." after "I am a friendly and reliable care assistant with…".
_PREFIX_MIN_STEMS = 4
_OVERLAP_SHARE = 0.8
_OVERLAP_LENGTH_SHARE = 0.5
# Bounds on the work: the word starts compared per sentence, and the earlier sentences each word
# start points back to (the most recent ones), so a long About costs time in proportion to it.
_OVERLAP_MAX_STEMS = 60
_OVERLAP_POSTINGS = 24


def _near_repeats(toks: list[Token], bounds: list[tuple[int, int]], framed: list[int]) -> list[int]:
    """Sentences whose longer words, cut to their first letters, and numbers repeat an earlier
    sentence's, exactly or nearly (most of them in the same order); ``framed``: the worded
    sentences of an About long enough to close on its opening line, which is then a frame, not a
    repeat."""
    stems_of: list[list[str]] = []
    postings: dict[str, list[int]] = {}
    found: list[int] = []
    matched: dict[int, int] = {}
    for index, (start, end) in enumerate(bounds):
        words = [fold_accents(t.lower_) for t in toks[start:end] if t.is_alpha]
        stems = [w[:_NEAR_STEM] for w in words if len(w) > 3]
        stems += [t.text for t in toks[start:end] if t.like_num]  # "Project 1…", "Project 2…"
        stems = stems[:_OVERLAP_MAX_STEMS]
        stems_of.append(stems)
        earlier = -1
        if len(stems) >= _PREFIX_MIN_STEMS:
            earlier = _overlapping(stems, stems_of, postings)
        if earlier >= 0:
            found.append(index)
            matched[index] = earlier
        for stem in set(stems):
            posting = postings.setdefault(stem, [])
            posting.append(index)
            if len(posting) > _OVERLAP_POSTINGS:
                del posting[0]
    if framed and found == framed[-1:] and matched[found[0]] == framed[0]:
        return []  # the opening line said again at the end with a small change
    return found


def _overlapping(
    stems: list[str], stems_of: list[list[str]], postings: dict[str, list[int]]
) -> int:
    """The earlier sentence ``stems`` repeats exactly or nearly, or -1: candidates share word
    starts with it (looked up, not compared pairwise), then their order is compared."""
    shared: dict[int, int] = {}
    for stem in set(stems):
        for other in postings.get(stem, ()):
            shared[other] = shared.get(other, 0) + 1
    key = " ".join(stems)
    for other, count in sorted(shared.items(), key=lambda item: -item[1]):
        before = stems_of[other]
        shorter = min(len(stems), len(before))
        if count < _OVERLAP_SHARE * shorter:
            break  # sorted: no later candidate shares enough
        if len(stems) >= _NEAR_REPEAT_WORDS and " ".join(before) == key:
            return other
        numbers, earlier_numbers = _numbers(stems), _numbers(before)
        if numbers and earlier_numbers and numbers != earlier_numbers:
            continue  # "Project 1 taught me…", "Project 2 taught me…": each says something new
        if shorter >= _PREFIX_MIN_STEMS and _opens(stems, before):
            return other  # "I AM A HARDWORKING INSURANCE AGENT." after "… WITH A LEADING INSURER."
        if shorter < _OVERLAP_LENGTH_SHARE * max(len(stems), len(before)):
            continue
        common = _in_order(stems, before)
        if common >= _OVERLAP_MIN_STEMS and common >= _OVERLAP_SHARE * shorter:
            return other
    return -1


def _opens(first: list[str], second: list[str]) -> bool:
    """Whether the shorter sentence's longer words are the start of the other's, in order."""
    shorter, longer = sorted((first, second), key=len)
    words = [stem for stem in shorter if stem.isalpha()]
    return len(words) >= _PREFIX_MIN_STEMS and longer[: len(words)] == words


def _numbers(stems: list[str]) -> list[str]:
    """The numbers among a sentence's word starts, in order."""
    return [stem for stem in stems if not stem.isalpha()]


def _in_order(first: list[str], second: list[str]) -> int:
    """How many word starts the two sentences share in the same order (longest common
    subsequence; both are at most ``_OVERLAP_MAX_STEMS`` long)."""
    previous = [0] * (len(second) + 1)
    for word in first:
        current = [0]
        for place, other in enumerate(second):
            current.append(
                previous[place] + 1 if word == other else max(previous[place + 1], current[place])
            )
        previous = current
    return previous[-1]


def _is_word(token: Token) -> bool:
    """A token with a letter or digit that is not an HTML tag or entity."""
    return _is_word_text(token.text)


@lru_cache(maxsize=8192)
def _is_word_text(text: str) -> bool:
    return any(ch.isalnum() for ch in text) and not MARKUP_PATTERN.fullmatch(text)


@dataclass(frozen=True)
class _Items:
    """The word counts of a list's items, and whether "and"/"y" joins its last item."""

    sizes: tuple[int, ...]
    joined: bool
    # Words per item with a hyphenated compound as one ("Ex-KPMG", "Co-founder").
    words: tuple[int, ...] = ()


def _word_count(item: list[Token]) -> int:
    """The words of an item, a compound written with hyphens and no spaces counted once:
    "Ex-KPMG" is one word, "Trustee Shelter Cymru" three."""
    joined = sum(
        1
        for a, b in pairwise(item)
        if b.i == a.i + 2 and a.doc[a.i + 1].text in {"-", "‐"} and not a.whitespace_
    )
    return len(item) - joined


def _pieces(text: str) -> list[str]:
    """A token's text with HTML entities read and separators kept apart: "Python&nbsp;|&nbsp;SQL"
    -> ["Python", "|", "SQL"], "&middot;" -> ["·"], "&nbsp;" -> [], "Dise&ntilde;o" ->
    ["Diseño"]."""
    if "&" not in text:
        return [text]
    parts = re.split(r"([|,;•·/])|\s+", html.unescape(text))
    return [p for p in parts if p and (p in _SEPARATORS or any(ch.isalnum() for ch in p))]


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
