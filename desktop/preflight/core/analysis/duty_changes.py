"""A charge held in the past before a change made is an achievement, not a duty ("I was
responsible for growing revenue 40%", "the person responsible for moving our close from 11 days
to 4"); "Responsible for managing a team of 12" and "I was responsible for payroll" list duties."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

# How far before the duty phrase a word may say the charge was held ("I was the person…").
_MARKER_REACH = 4
# The most words of an end-state phrase ("over the finish line"), and the words before a time a
# change took ("in 14 weeks", "within six months").
_STATE_WORDS = 4
_BOUNDS = frozenset({"in", "within"})


def reports_a_change(
    span: Span,
    holders: frozenset[str],
    verbs: frozenset[str],
    ends: ChargeEnds | None = None,
) -> bool:
    """True for a duty phrase held in the past (a word of ``holders`` shortly before it in its
    sentence) right before an -ing verb that states a change with a number: an achievement verb
    (lemma in ``verbs``) and a number after it, or a move from one number to another; or that
    says what it brought about (``ends``): an end state ("off the ground") or a time it took
    ("in 14 weeks")."""
    if not holders:
        return False
    doc, sent = span.doc, span.sent
    first = max(sent.start, span.start - _MARKER_REACH)
    if not any(doc[i].lower_ in holders for i in range(first, span.start)):
        return False
    if span.end >= sent.end or not doc[span.end].lower_.endswith("ing"):
        return False
    rest = doc[span.end + 1 : sent.end]
    if doc[span.end].lemma_ in verbs and any(t.like_num for t in rest):
        return True
    return _moves_between_numbers(rest) or (ends is not None and ends.reached(rest))


@dataclass(frozen=True)
class ChargeEnds:
    """Phrases that bring a charge to an end state ("off the ground") and the time units a
    bounded time is counted in ("in 14 weeks")."""

    states: frozenset[str]
    units: frozenset[str]

    def reached(self, tokens: Span) -> bool:
        """Whether the words after a charge's verb reach an end state or take a counted time."""
        words = [t.lower_ for t in tokens]
        for index, word in enumerate(words):
            if word in _BOUNDS and _counted_time(tokens, index + 1, self.units):
                return True
            for size in range(1, _STATE_WORDS + 1):
                if " ".join(words[index : index + size]) in self.states:
                    return True
        return False


def _counted_time(tokens: Span, index: int, units: frozenset[str]) -> bool:
    """Whether a number and a time unit start at ``index`` ("14 weeks", "six months")."""
    pair = tokens[index : index + 2]
    return len(pair) == 2 and pair[0].like_num and pair[1].lower_ in units


def _moves_between_numbers(tokens: Span) -> bool:
    """Whether the words say "from <number> … to <number>" ("from 11 working days to 4")."""
    opened = False
    for index, token in enumerate(tokens):
        if token.lower_ == "from" and _number_follows(tokens, index):
            opened = True
        elif opened and token.lower_ == "to" and _number_follows(tokens, index):
            return True
    return False


def _number_follows(tokens: Span, index: int) -> bool:
    """Whether a number (after an optional currency sign) comes right after ``tokens[index]``."""
    following: list[Token] = list(tokens[index + 1 : index + 3])
    if following and following[0].is_currency:
        following = following[1:]
    return bool(following) and following[0].like_num
