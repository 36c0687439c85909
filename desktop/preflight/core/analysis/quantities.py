"""The quantity component: numbers with meaning ("30%", "$2M", "10,000 users"), not years, dates."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language as Nlp
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from preflight.core.analysis.components import MENTIONS, add_mentions, nlp_language, require_lists
from preflight.core.analysis.lexicons import exact_case_entries, lexicon_names, lexicon_words
from preflight.core.analysis.promises import Promises, uncounted_nouns

_SYMBOL = r"[$€£¥₹₽₩]"
_SUFFIX = r"(?:%|[kKmMbB]|bn|BN|mm|MM|[xX])"
# One token that is a quantity by itself: "500k", "2.5x", "+35%", "2M€", "20k+", "$5".
MARKED_NUMBER = (
    rf"^[+\-±~]?{_SYMBOL}?\d[\d.,]*{_SUFFIX}\+?{_SYMBOL}?$"
    rf"|^[+\-±~]?\d[\d.,]*\+?{_SYMBOL}$"
    rf"|^[+\-±~]?{_SYMBOL}\d[\d.,]*\+?$"
)
# A scale glued to a currency sign, written apart from its number: "2,3 M€", "500 k€", "4 MM$".
SCALED_SYMBOL = rf"^(?:[kKmMbB]|bn|BN|mm|MM){_SYMBOL}$"
# A bare number written with digits: "12", "10,000", "1.500", "+40".
PLAIN_NUMBER = r"^[+\-±~]?\d[\d.,]*$"
# Digits grouped by thousands ("14,000", "1.500"): a count, never a name.
_GROUPED_THOUSANDS = re.compile(r"^[+\-±~]?\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")
# A version written as a whole number and ".0" after a word: «reclutamiento 2.0», "web 3.0".
_POINT_ZERO = re.compile(r"[1-9]\.0")
_YEAR = range(1900, 2100)
_RANGE_WORDS = {"-", "–", "—", "+", "to", "a", "or", "o", "y", "and", "/"}
_LIST_MARKS = {".", ")"}
_DATE_SEPARATORS = {"-", "/", "."}
_HYPHENS = {"-", "‐"}


def quantity_patterns(
    scales: list[str], currencies: list[str], markers: tuple[str, ...] = ("%", "x", "X", "+")
) -> dict[str, list[list[dict[str, Any]]]]:
    """Matcher patterns by kind; "PLAIN" matches still go through the year and date filter."""
    number = {"TEXT": {"REGEX": PLAIN_NUMBER}}
    scale = {"LOWER": {"IN": scales}, "OP": "?"}
    currency_word = {"LOWER": {"IN": currencies}}
    return {
        "MARKED": [
            [{"IS_CURRENCY": True, "OP": "?"}, {"TEXT": {"REGEX": MARKED_NUMBER}}, scale],
            [currency_word, {"TEXT": {"REGEX": MARKED_NUMBER}}],
            [{"IS_CURRENCY": True}, number, scale],
            [currency_word, number, scale],
            [number, scale, {"IS_CURRENCY": True}],
            [number, scale, currency_word],
            [number, scale, {"ORTH": {"IN": list(markers)}}],
            [number, {"LOWER": {"IN": scales}}],
            [number, {"TEXT": {"REGEX": SCALED_SYMBOL}}],
        ],
        # The counted noun is part of the quantity: "10,000 users", "12 engineers".
        "PLAIN": [[number, {"IS_ALPHA": True, "IS_STOP": False, "OP": "?"}]],
    }


# A number glued to a unit of time ("9h", "47min", "2hrs"): a measure when a change links two.
_GLUED_TIME = r"^\d[\d.,]*(?:h|hr|hrs|min|mins|sec|secs|ms|d|wk|wks)$"
# Arrows and words that lead from a figure before to a figure after: "9h → 47min", "3d -> 1d".
_CHANGE_ARROWS = ["→", "⇒", "➡", "➔", "to"]


def change_patterns() -> list[list[dict[str, Any]]]:
    """Matcher patterns for a change between two numbers glued to a unit of time: "First
    response 9h → 47min", "close 5d -> 2d" (one such number alone may be an opening time)."""
    glued = {"TEXT": {"REGEX": _GLUED_TIME}}
    return [
        [glued, {"ORTH": {"IN": _CHANGE_ARROWS}}, glued],
        [glued, {"ORTH": "-"}, {"ORTH": ">"}, glued],
    ]


@Nlp.factory(
    "preflight_quantities",
    assigns=[f"doc._.{MENTIONS}"],
    default_config={
        "scales": "quantity_scales",
        "currencies": "currency_words",
        "durations": "durations",
        "months": "months",
        "year_words": "year_words",
        "designators": "number_designators",
        "ranks": "rank_words",
        "upper_bounds": "upper_bounds",
        "points": "point_words",
        "family": "family_nouns",
    },
)
class Quantities:
    """Finds quantified outcomes: percentages, money, multipliers, counts; never years or dates."""

    def __init__(
        self,
        nlp: Nlp,
        name: str,
        *,
        scales: str,
        currencies: str,
        durations: str,
        months: str,
        year_words: str,
        designators: str,
        ranks: str,
        upper_bounds: str,
        points: str,
        family: str,
    ) -> None:
        language = nlp_language(nlp, name)
        lists = [scales, currencies, durations, months, year_words, designators, ranks]
        lists.extend([upper_bounds, points, family])
        require_lists(language, lists, name)
        self.name = name
        exact = exact_case_entries(language, designators)
        self.designators = lexicon_words(language, designators) - {e.lower() for e in exact}
        self.exact_designators = exact
        self.ranks = lexicon_words(language, ranks)
        self.upper_bounds = lexicon_words(language, upper_bounds)
        self.points = lexicon_words(language, points)
        self.family = lexicon_words(language, family)
        self.durations = lexicon_words(language, durations)
        self.months = lexicon_words(language, months)
        self.year_words = lexicon_words(language, year_words)
        self.matcher = Matcher(nlp.vocab)
        self.scales = lexicon_words(language, scales)
        self.currencies = lexicon_words(language, currencies)
        patterns = quantity_patterns(sorted(self.scales), sorted(self.currencies))
        for key, group in patterns.items():
            self.matcher.add(key, group)
        self.matcher.add("CHANGE", change_patterns())
        self.plain = nlp.vocab.strings["PLAIN"]
        self.promises = Promises(language)
        self.uncounted = uncounted_nouns(language)
        known = lexicon_names(language)  # optional: "the first 90 days" names a period
        self.period_openers = (
            lexicon_words(language, "period_openers") if "period_openers" in known else frozenset()
        )
        self.time_units = (
            lexicon_words(language, "time_units") if "time_units" in known else frozenset()
        )

    def __call__(self, doc: Doc) -> Doc:
        """Add one span per quantity; a bare number only when not a year, a date or a duration."""
        spans = []
        for match_id, start, end in self.matcher(doc):
            if match_id == self.plain and not self._plain_number_counts(doc[start]):
                continue
            if match_id == self.plain and self._names_a_point(doc, start, end):
                continue
            if (
                match_id == self.plain
                and start + 1 < len(doc)
                and doc[start + 1].lower_ in self.family
            ):
                continue  # "madre de 3 hijos": the member's life, not a result
            if any(self._names_technology(doc[i]) for i in range(start, end)):
                continue
            if self._counts_time(doc, start + 1) and not self._bounded_above(doc, start):
                continue
            if self._names_period(doc, start, end):
                continue  # "the first 90 days", "the past 6 months": a stretch of time
            if self.promises.holds(doc[start]):
                continue  # "I'll send back 3 fixes", "Book a 15-minute call": not achieved
            spans.append(Span(doc, start, end, label="quantity"))
        add_mentions(doc, filter_spans(spans))
        return doc

    def _plain_number_counts(self, token: Token) -> bool:
        doc = token.doc
        text = token.text.lstrip("+-±~")
        digits = text.replace(",", "").replace(".", "")
        if len(digits) == 4 and int(digits) in _YEAR and text.isdigit():
            return self._year_used_as_count(token)
        if self._near_month(token) or _in_numeric_date(token) or _in_digit_run(token):
            return False
        if self._names_something(token) or _hyphenated_name(token) or _age_after_name(token):
            return False
        following = [t for t in doc[token.i + 1 : token.i + 3] if t.is_alpha]
        if any(t.lower_ in self.uncounted for t in following):
            return False  # "3 things I learned", "my 5 rules for hiring"
        # "1." or "2)" at the start of a line numbers a list.
        followed_by_mark = token.i + 1 < len(doc) and doc[token.i + 1].text in _LIST_MARKS
        return not (token.is_sent_start and followed_by_mark)

    def _names_something(self, token: Token) -> bool:
        """True for a number that is part of a name: a type, version or level ("type 2 diabetes",
        "Level 4", "Industria 4.0") or a product's version ("Python 3", "Windows 11 |").

        A rank ("Top 10") measures; so does a number after a verb or before a plural ("Led 12
        engineers"), unless the word before it is a skill ("Python 3 developers"). A word in
        capitals opening a line names a product as much as mid-sentence ("WINDOWS 11").
        """
        doc = token.doc
        if token.i == 0 or _GROUPED_THOUSANDS.match(token.text):
            return False  # "14,000", "1.500": a count; no version or type is written so
        before = doc[token.i - 1]
        lower = before.lower_
        if lower in self.ranks:
            return False
        if lower in self.designators or before.text in self.exact_designators:
            return True
        named = before.is_alpha or before.text.replace("-", "").isalpha()  # "Wi-Fi 6"
        if named and not before.is_stop and _POINT_ZERO.fullmatch(token.text):
            return not self._counted_after(token)  # «reclutamiento 2.0», "web 3.0"
        if not named or before.is_lower or before.is_stop:
            return False
        mentions = doc._.get(MENTIONS) or ()
        if any(m.label_ == "skill" and m.start <= before.i < m.end for m in mentions):
            return True
        if before.lower_.endswith("ed") or any(
            m.label_ == "achievement_verb" and m.start <= before.i < m.end for m in mentions
        ):
            return False  # a verb's object: "Moved 14,000 TEU", "Trained 40 staff"
        if before.is_sent_start and not before.is_upper:
            return False  # its capital may only open the sentence: "Managed 14 stores"
        return not self._counted_after(token)  # "Led 12 engineers"

    @staticmethod
    def _counted_after(token: Token) -> bool:
        """A plural noun within two words after a number: what it counts ("12 engineers")."""
        following = []
        for word in token.doc[token.i + 1 : token.i + 3]:
            if not word.is_alpha or (word.is_stop and word.is_lower):
                break  # "Office 365 | Redes", «Wi-Fi 6 en hoteles»: no counted noun after it
            following.append(word)
        return any(t.lower_.endswith("s") for t in following)

    def _names_a_point(self, doc: Doc, index: int, end: int) -> bool:
        """True for a bare number that is an age, a time or a number to ring: "aged 14 to 18",
        "qualified at 34.", "3am", "calls 999", «mayores de 60», «a los 34», «llama al 112».

        Only a number with no counted noun after it: "at 34 sites" and "called 40 clients" count.
        """
        after = doc[index + 1] if index + 1 < len(doc) else None
        if after is not None and after.lower_ in self.points:
            return True  # "3am", "7 pm", «las 9 h»
        if end - index > 1:
            return False  # a counted noun: "at 34 sites", "called 40 clients"
        start = index
        if start >= 2 and doc[start - 1].lower_ in _RANGE_WORDS and doc[start - 2].like_num:
            start -= 2  # the second end of a range: "aged 14 to 18"
        words = doc[max(0, start - 2) : start]
        before = [t.lower_ for t in words]
        point = any(" ".join(before[i:]) in self.points for i in range(len(before)))
        point = point or (len(words) > 0 and words[-1].lemma_ in self.points)  # "rings 111"
        if not point or before[-1:] != ["at"]:
            return point
        return after is None or not (after.is_alpha or after.like_num)  # "at 34." but "at 34 sites"

    def _names_period(self, doc: Doc, start: int, end: int) -> bool:
        """A number of time units after a word that places them: "the first 90 days", "over the
        next 12 weeks"; not "cut the close from 12 days to 4"."""
        if start == 0 or doc[start - 1].lower_ not in self.period_openers:
            return False
        unit = doc[end - 1] if end - start > 1 else (doc[end] if end < len(doc) else None)
        return unit is not None and unit.lower_ in self.time_units | self.durations

    def _bounded_above(self, doc: Doc, start: int) -> bool:
        """True for a duration after an upper bound: "in under 11 months", "en menos de 11
        meses" measure how fast something was done, where "11 months" alone is tenure."""
        before = [t.lower_ for t in doc[max(0, start - 2) : start]]
        return any(" ".join(before[i:]) in self.upper_bounds for i in range(len(before)))

    def _names_technology(self, token: Token) -> bool:
        """True for a number glued to a capital letter that names a technology or a standard:
        "5G", "3D", "4K vídeo"; not "20M", "10kg" or "5K followers" (a scale, a unit, a count)."""
        doc = token.doc
        if token.whitespace_ or not token.text.isdigit() or token.i + 1 >= len(doc):
            return False
        letter = doc[token.i + 1]
        if len(letter.text) != 1 or not letter.text.isupper():
            return False
        if letter.lower_ not in self.scales:
            return True  # "5G", "4G", "2D": no scale of anything
        # "4K": a scale letter after one digit names a resolution unless money or a counted
        # noun stands beside it ("5K followers", "$4K", "4K de seguidores").
        near = [doc[i] for i in (token.i - 1, token.i + 2) if 0 <= i < len(doc)]
        counted = any(
            t.is_currency or t.lower_ in self.currencies or t.lower_ in {"de", "of", "+"}
            for t in near
        )
        after = doc[token.i + 2] if token.i + 2 < len(doc) else None
        plural = (
            after is not None
            and after.is_alpha
            and not after.is_stop
            and after.lower_.endswith("s")
        )
        return len(token.text) == 1 and not counted and not plural

    def _year_used_as_count(self, token: Token) -> bool:
        """A year-like number counts only before a content word: "2000 users", not "2019 I".

        Never after "in"/"en"/"since"/"desde" ("en 2023 reduje") nor before an achievement verb
        ("2023 reduje costes"): that is when the deed happened, not how much.
        """
        doc = token.doc
        if token.i + 1 >= len(doc):
            return False
        if token.i > 0 and doc[token.i - 1].lower_ in self.year_words:
            return False
        following = doc[token.i + 1]
        if not following.is_alpha or following.is_stop or following.lower_ in self.months:
            return False
        verbs = [s for s in doc._.get(MENTIONS) or () if s.label_ == "achievement_verb"]
        if any(v.start == following.i for v in verbs):
            return False
        return following.lower_ not in self.durations and not self._near_month(token)

    def _near_month(self, token: Token) -> bool:
        """True for the day or year of a date: "15 March", "marzo de 2019", "May 2019"."""
        doc = token.doc
        for step in (-1, 1):
            index = token.i + step
            if 0 <= index < len(doc) and doc[index].lower_ in {"de", "of", ","}:
                index += step
            if 0 <= index < len(doc) and doc[index].lower_.rstrip(".") in self.months:
                return True
        return False

    def _counts_time(self, doc: Doc, index: int) -> bool:
        """True when the number before ``index`` is tenure: "3 years", "3-5 años", "10+ years";
        not a number counting an age group ("28 six-year-olds")."""
        first = index
        while index < len(doc):
            token = doc[index]
            if token.like_num or token.text == "+" or token.is_space:
                index += 1
            elif token.lower_ in _RANGE_WORDS and index + 1 < len(doc) and doc[index + 1].like_num:
                index += 2  # the second end of a range: "3-5 years", "de 3 a 5 años"
            elif token.text in _HYPHENS and index + 1 < len(doc):
                if index > first and doc[first - 1].whitespace_ and doc[first].like_num:
                    return False  # "28 six-year-olds": the age is the second number's
                index += 1  # an age or a term: "13-year-olds", "a 3-year contract"
                break
            else:
                break
        return index < len(doc) and doc[index].lower_ in self.durations


# Marks that end a list item or a line: a compound before one qualifies no noun ("5-AXIS /").
_ITEM_ENDS = frozenset({"/", "|", ",", ";", ".", "·", "•", ")"})
# Words that join two numbers named alike: "1040 and 1120-S returns".
_NUMBER_JOINS = frozenset({"and", "or", ",", "&", "/"})
# Tails that make a hyphenated number a multiple, which measures: "3-fold".
_MULTIPLE_TAILS = frozenset({"fold"})


def _hyphenated_name(token: Token) -> bool:
    """True for a number that names a form, a model or a kind by a hyphen: "1120-S" (a code
    letter after it), "1040 and 1120-S returns" (joined to such a name), "5-AXIS /" (a compound
    standing alone as a list item, qualifying no noun); not "a 12-person team" or "six e-shops"."""
    if _coded(token):
        return True
    doc = token.doc
    after = token.i + 2
    if after < len(doc) and doc[after - 1].lower_ in _NUMBER_JOINS and doc[after].like_num:
        return _coded(doc[after])
    if token.whitespace_ or after >= len(doc) or doc[token.i + 1].text not in _HYPHENS:
        return False
    word = doc[after]
    if not word.is_alpha or doc[after - 1].whitespace_ or word.lower_ in _MULTIPLE_TAILS:
        return False  # "grew revenue 3-fold." measures
    return after + 1 >= len(doc) or doc[after + 1].text in _ITEM_ENDS or "\n" in word.whitespace_


# Words that introduce the member's name before an age: "hi, im Rahul, 22" ("im" is read as
# "i" and "m"), "I'm Ana López, 34.".
_NAME_INTRODUCERS = frozenset({"im", "m", "i'm", "i’m", "am", "'m", "’m", "is"})
# How many words a name introduced so may run to: "Ana María López".
_NAME_REACH = 3


def _age_after_name(token: Token) -> bool:
    """True for an age set off by commas after the member's introduced name: "im Rahul, 22,
    final year…", "I'm Ana López, 34."; not "offices in Leeds, 12 of them" (no introduction)."""
    doc = token.doc
    if not token.text.isdigit() or len(token.text) > 2 or token.i < 3:
        return False
    if doc[token.i - 1].text != ",":
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.text not in {",", ".", ";"}:
        return False
    index = token.i - 2
    first = index
    while index >= 0 and first - index < _NAME_REACH and doc[index].is_title:
        index -= 1
    return index < first and index >= 0 and doc[index].lower_ in _NAME_INTRODUCERS


def _coded(token: Token) -> bool:
    """A number glued by a hyphen to a code of one or two capitals: "1120-S", "747-8F"."""
    doc = token.doc
    if token.whitespace_ or token.i + 2 >= len(doc) or doc[token.i + 1].text not in _HYPHENS:
        return False
    code = doc[token.i + 2]
    return not doc[token.i + 1].whitespace_ and code.is_upper and len(code.text) <= 2


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and int(text) in _YEAR


def _in_numeric_date(token: Token) -> bool:
    """True for a part of "2021-06-30" or "30/06/2021" that the tokenizer split apart."""
    doc = token.doc
    parts = [token.text]
    for step in (-1, 1):
        index = token.i
        while 0 <= index + 2 * step < len(doc) and doc[index + step].text in _DATE_SEPARATORS:
            neighbour = doc[index + 2 * step]
            if not neighbour.text.isdigit() or doc[min(index, index + step)].whitespace_:
                break
            parts.append(neighbour.text)
            index += 2 * step
    return len(parts) >= 3 or (len(parts) == 2 and any(_is_year(p) for p in parts))


def _in_digit_run(token: Token) -> bool:
    """True for a group of a phone number or an ID written in spaced groups: "+34 600 123 456"."""
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(n.text.lstrip("+").isdigit() for n in neighbours)
