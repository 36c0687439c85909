"""A duty phrase right before a count says how much was done ("handled 120+ incidents")."""

from __future__ import annotations

from spacy.tokens import Span


def counts_work(span: Span, holders: frozenset[str]) -> bool:
    """Whether a number follows the duty phrase at once: "Worked on 11 closed transactions",
    «participé en 40 obras» give a scale, which the result check reads; but a phrase that ends
    on a word holding its charge ("responsible for 120 accounts") still lists a duty."""
    doc = span.doc
    if span.end >= len(doc) or not doc[span.end].like_num:
        return False
    return doc[span.end - 1].lower_ not in holders
