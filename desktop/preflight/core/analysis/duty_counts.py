"""A duty phrase right before a count says how much was done ("handled 120+ incidents")."""

from __future__ import annotations

import re

from spacy.tokens import Span

# How many words after the duty phrase its counted object may start: "I handle a team of 18
# agents", "handled around 120 calls a day".
_COUNT_REACH = 4
# A year is a date, not a count: "worked on the 2022 rebrand".
_YEAR = re.compile(r"(?:19|20)\d\d")


def counts_work(span: Span, holders: frozenset[str]) -> bool:
    """Whether a number follows the duty phrase within its object: "Worked on 11 closed
    transactions", «participé en 40 obras», "I handle a team of 18 agents" give a scale, which the
    result check reads; but a phrase that ends on a word holding its charge ("responsible for
    120 accounts") still lists a duty."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end - 1].lower_ in holders:
        return False
    if doc[span.end].like_num:
        return True
    for token in doc[span.end : min(span.end + _COUNT_REACH, span.sent.end)]:
        if token.is_punct or (token.lower_.endswith("ing") and len(token) > 4):
            return False  # "tasked with keeping 40 vans on the road": a duty's own verb
        if token.like_num and token.text[:1].isdigit() and not _YEAR.fullmatch(token.text):
            return True
    return False
