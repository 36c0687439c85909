"""Numbers on offer or to come: "I'll send back three fixes", "Book a 15-minute call".

A result is something achieved. A number in a clause that promises, plans, offers or invites
("we will open 2 clinics", "happy to share 3 templates", "Try these 3 stretches") or in a question
("Would a 20-minute review help?") says what may come, so it is no result. The rule reads the
clause backwards from the number and stops at a deed already done ("I'll show you how we grew
40%") or at a new subject or relative clause ("the playbook that gets 40% replies").
"""

from __future__ import annotations

from bisect import bisect_left
from typing import cast

from spacy.tokens import Doc, Span, Token

from preflight.core.analysis.components import MENTIONS
from preflight.core.analysis.lexicons import lexicon_names, lexicon_words
from preflight.core.models import Language

# The lists the rule reads; a language without them has no such rule.
PROMISE_LISTS = (
    *("promise_words", "intentions", "offer_verbs", "free_words", "willingness"),
    *("first_person", "second_person"),
)
# Modals of ability that promise only with the member or the reader as subject ("we can do a
# 30-minute review"), not "a system that can handle 10,000 orders".
_ABILITY_MODALS = frozenset({"can", "could"})
_PROMISING_SUBJECTS = frozenset({"i", "we", "you"})
# Subjects and relatives that open a clause of their own, told in its own tense.
_CLAUSE_STARTS = frozenset(
    {"i", "we", "he", "she", "they", "that", "which", "who", ";", ":", "but"}
)
# Past forms of "be" and "have", which the trimmed lemma table does not know: "my biggest win
# was cutting our bill by 38%".
_PAST_FORMS = frozenset({"was", "were", "had"})
# Words before a bare verb that let it open a clause as an imperative.
_IMPERATIVE_OPENERS = frozenset(
    {",", ";", ":", "—", "–", "-", "(", "!", "and", "or", "then", "just", "please", "so"}
)
# Words between an imperative and its number that make the number part of what is offered:
# "Book a 15-minute call", "Try these 3 stretches", "Send me 3 pages"; "Call 60 clients a day"
# is a line of duties.
_OFFERED_LINKS = frozenset(
    {"a", "an", "the", "these", "this", "those", "my", "our", "your", "me", "us", "you", "free"}
)


def uncounted_nouns(language: Language) -> frozenset[str]:
    """Plural nouns a number counts without measuring a deed ("three things I learned"); empty
    for a language without the list."""
    if "uncounted_nouns" not in lexicon_names(language):
        return frozenset()
    return lexicon_words(language, "uncounted_nouns")


class Promises:
    """Tells whether a number stands in a promise, plan, offer or question."""

    def __init__(self, language: Language) -> None:
        known = lexicon_names(language)
        self.enabled = all(name in known for name in PROMISE_LISTS)
        words = {n: lexicon_words(language, n) for n in PROMISE_LISTS if n in known}
        self.promises = words.get("promise_words", frozenset())
        self.intentions = words.get("intentions", frozenset()) | words.get(
            "willingness", frozenset()
        )
        self.offer_verbs = words.get("offer_verbs", frozenset())
        self.free = words.get("free_words", frozenset())
        self.first = words.get("first_person", frozenset())
        self.second = words.get("second_person", frozenset())

    def holds(self, token: Token) -> bool:
        """True when the number at ``token`` is promised, planned, offered or asked about."""
        if not self.enabled:
            return False
        doc, sent = token.doc, token.sent
        if token.i > sent.start and doc[token.i - 1].lower_ in self.free:
            return True  # "a free 20-minute call"
        offered = self._in_offer(token)
        if offered is not None:
            return offered
        # Nothing in the clause decides: a question put to the reader asks ("Want 3 tips?").
        return any(t.text == "?" for t in sent) and self._asks_reader(sent)

    def _in_offer(self, token: Token) -> bool | None:
        """Read the clause backwards from the number: True at a promise, an aim or an offer,
        False at a deed done or a clause of its own, None at the sentence's start."""
        doc, sent = token.doc, token.sent
        done = _deeds(token)
        for index in range(token.i - 1, sent.start - 1, -1):
            word = doc[index]
            lower = word.lower_
            if lower in self.promises:
                return True
            if lower in _ABILITY_MODALS:
                return index > sent.start and doc[index - 1].lower_ in _PROMISING_SUBJECTS
            if lower == "to" and index > sent.start and doc[index - 1].lower_ in self.intentions:
                return True  # "happy to share", "going to publish"
            if self._imperative(word, sent.start):
                between = doc[index + 1 : token.i]
                return any(t.lower_ in _OFFERED_LINKS for t in between) or any(
                    t.lower_ in self.free for t in doc[token.i : sent.end]
                )
            if lower in _CLAUSE_STARTS or index in done or _reported(word):
                return False
        return None

    def _asks_reader(self, sent: Span) -> bool:
        """A question put to the reader ("Want 3 tips?", "Did you know 70%…?"), not one the
        member asks of themselves ("So how do we keep 300 vans on the road?")."""
        lowers = {t.lower_ for t in sent}
        return bool(lowers & self.second) or not lowers & self.first

    def _imperative(self, word: Token, start: int) -> bool:
        """A bare offer verb opening a clause: "Book…", "…, and try…"."""
        if word.lower_ not in self.offer_verbs or word.lower_ != (word.lemma_ or word.lower_):
            return False
        if word.i == start:
            return True
        before = word.doc[word.i - 1]
        return before.lower_ in _IMPERATIVE_OPENERS or (before.i == start and not before.is_alpha)


def _deeds(token: Token) -> frozenset[int]:
    """The achievement verbs of the number's sentence, told in an inflected form ("grew")."""
    starts, inflected = _achievement_verbs(token.doc)
    first = bisect_left(starts, token.sent.start)
    return frozenset(i for words in inflected[first : bisect_left(starts, token.i)] for i in words)


def _achievement_verbs(doc: Doc) -> tuple[list[int], list[tuple[int, ...]]]:
    """The starts of the Doc's achievement-verb mentions, in order, and each one's inflected
    words; worked out once per state of the mentions, not once per number."""
    mentions = doc._.get(MENTIONS) or ()
    known = doc.user_data.get(_DEEDS_KEY)
    if known is not None and known[0] is mentions:
        return cast(tuple[list[int], list[tuple[int, ...]]], known[1])
    verbs = sorted((s.start, s.end) for s in mentions if s.label_ == "achievement_verb")
    found = (
        [start for start, _ in verbs],
        [
            tuple(i for i in range(start, end) if doc[i].lower_ != doc[i].lemma_)
            for start, end in verbs
        ],
    )
    doc.user_data[_DEEDS_KEY] = (mentions, found)  # the list held, so its identity stays its own
    return found


_DEEDS_KEY = "preflight.promises.deeds"


def _reported(word: Token) -> bool:
    """A verb form that reports the past: "reviewed", "grew", "led"."""
    lower = word.lower_
    if not word.is_alpha or len(lower) < 3:
        return False
    if lower in _PAST_FORMS:
        return True
    if lower.endswith("ed") and not lower.endswith("eed"):
        return True  # "reviewed", not "need" or "speed"
    lemma = word.lemma_ or lower
    return lemma != lower and not lower.endswith(("s", "ing"))
