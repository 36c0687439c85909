"""A charge held in the past before a change made is an achievement, not a duty ("I was
responsible for growing revenue 40%", "the person responsible for moving our close from 11 days
to 4"); "Responsible for managing a team of 12" and "I was responsible for payroll" list duties."""

from __future__ import annotations

from spacy.tokens import Span, Token

# How far before the duty phrase a word may say the charge was held ("I was the person…").
_MARKER_REACH = 4


def reports_a_change(span: Span, holders: frozenset[str], verbs: frozenset[str]) -> bool:
    """True for a duty phrase held in the past (a word of ``holders`` shortly before it in its
    sentence) right before an -ing verb that states a change with a number: an achievement verb
    (lemma in ``verbs``) and a number after it, or a move from one number to another."""
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
    return _moves_between_numbers(rest)


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
