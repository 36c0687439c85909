"""Overlap and containment look-ups among spans in O(log n) each, so no filter is quadratic.

Anything with integer ``start`` and ``end`` works: spaCy spans (token offsets) and Preflight's
mentions (character offsets) alike.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import Generic, Protocol, TypeVar


class Extent(Protocol):
    """A stretch of text: ``start`` inclusive, ``end`` exclusive."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=Extent)


class DisjointSpans(Generic[T]):
    """Spans that do not overlap one another (``filter_spans`` output), sorted by position."""

    def __init__(self, spans: Iterable[T]) -> None:
        self.spans = sorted(spans, key=lambda s: s.start)
        # Disjoint spans sorted by start are sorted by end too.
        self._ends = [s.end for s in self.spans]

    def overlapping(self, span: Extent) -> Iterator[T]:
        """The spans that share at least one token with ``span``, in order."""
        index = bisect_right(self._ends, span.start)
        while index < len(self.spans) and self.spans[index].start < span.end:
            yield self.spans[index]
            index += 1

    def any_overlaps(self, span: Extent) -> bool:
        """True when some span shares a token with ``span``."""
        return next(self.overlapping(span), None) is not None


class CoveringSpans:
    """Spans that may overlap; answers "is this span inside one of them?"."""

    def __init__(self, spans: Iterable[Extent]) -> None:
        ordered = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in ordered]
        # The furthest end among the spans starting at or before each position in the order.
        self._reach = list(accumulate((s.end for s in ordered), max))

    def covers(self, span: Extent) -> bool:
        """True when one of the spans starts at or before ``span`` and ends at or after it."""
        index = bisect_right(self._starts, span.start)
        return index > 0 and self._reach[index - 1] >= span.end


__all__ = ["CoveringSpans", "DisjointSpans"]
