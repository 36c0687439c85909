"""The bisection look-ups answer exactly what the pairwise comparisons they replace answered."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from preflight.core.analysis.spans import CoveringSpans, DisjointSpans

DOC = Doc(Vocab(), words=["w"] * 60)
intervals = st.lists(
    st.tuples(st.integers(0, 59), st.integers(1, 6)).map(
        lambda t: Span(DOC, t[0], min(60, t[0] + t[1]))
    ),
    max_size=25,
)


def _overlap(one: Span, two: Span) -> bool:
    return one.start < two.end and two.start < one.end


@given(intervals, intervals)
def test_overlapping_matches_the_pairwise_answer(spans: list[Span], queries: list[Span]) -> None:
    disjoint = filter_spans(spans)
    index = DisjointSpans(disjoint)
    for query in queries:
        expected = [s for s in sorted(disjoint, key=lambda s: s.start) if _overlap(s, query)]
        assert list(index.overlapping(query)) == expected
        assert index.any_overlaps(query) == bool(expected)


@given(intervals, intervals)
def test_covers_matches_the_pairwise_answer(spans: list[Span], queries: list[Span]) -> None:
    index = CoveringSpans(spans)
    for query in queries:
        expected = any(s.start <= query.start and query.end <= s.end for s in spans)
        assert index.covers(query) == expected
