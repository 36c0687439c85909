"""Merging a cascade's overlapping hits into detections, as OpenCV's ``groupRectangles`` does.

A real face is hit by many windows at neighbouring positions and sizes; a false hit usually by few.
Hits whose four sides lie within ``eps`` × their mean size of each other are linked, linked hits
form a group (transitively), and a group counts only with more than ``min_neighbors`` hits. Its
box is the mean of its hits. A weak group lying inside a stronger one is dropped.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]
# OpenCV keeps a small group inside a bigger one when the small one has at least this many hits
# and the bigger one no more.
STRONG_GROUP = 3


def group_rectangles(hits: Ints, min_neighbors: int, eps: float = 0.2) -> list[tuple[int, ...]]:
    """Grouped (x, y, w, h) boxes; with ``min_neighbors`` 0 the hits are returned as they are."""
    if min_neighbors <= 0 or hits.size == 0:
        return [tuple(int(v) for v in row) for row in hits]
    labels = _components(hits, eps)
    groups, labels = np.unique(labels, return_inverse=True)
    counts = np.bincount(labels, minlength=groups.size)
    sums = np.zeros((groups.size, 4), dtype=np.float64)
    np.add.at(sums, labels, hits.astype(np.float64))
    means = np.rint(
        sums.astype(np.float32) * (np.float32(1.0) / counts[:, None].astype(np.float32))
    )
    boxes = means.astype(np.int64)
    kept = []
    for i in range(groups.size):
        if counts[i] > min_neighbors and not _inside_stronger(boxes, counts, i, min_neighbors, eps):
            kept.append(tuple(int(v) for v in boxes[i]))
    return kept


def _components(hits: Ints, eps: float) -> Ints:
    """A label per hit, equal for hits linked directly or through others."""
    x, y, w, h = (hits[:, i].astype(np.float64) for i in range(4))
    delta = eps * (np.minimum(w[:, None], w[None, :]) + np.minimum(h[:, None], h[None, :])) * 0.5
    linked = (
        (np.abs(x[:, None] - x[None, :]) <= delta)
        & (np.abs(y[:, None] - y[None, :]) <= delta)
        & (np.abs((x + w)[:, None] - (x + w)[None, :]) <= delta)
        & (np.abs((y + h)[:, None] - (y + h)[None, :]) <= delta)
    )
    count = hits.shape[0]
    labels = np.arange(count)
    while True:
        # Each hit takes the smallest label among its links, then jumps along label chains.
        smallest = np.where(linked, labels[None, :], count).min(axis=1)
        smallest = smallest[smallest]
        if np.array_equal(smallest, labels):
            return labels
        labels = smallest


def _inside_stronger(boxes: Ints, counts: Ints, i: int, min_neighbors: int, eps: float) -> bool:
    x, y, w, h = (int(v) for v in boxes[i])
    votes = int(counts[i])
    for j in range(boxes.shape[0]):
        other = int(counts[j])
        if j == i or other <= min_neighbors:
            continue
        ox, oy, ow, oh = (int(v) for v in boxes[j])
        dx, dy = round(ow * eps), round(oh * eps)
        inside = x >= ox - dx and y >= oy - dy and x + w <= ox + ow + dx and y + h <= oy + oh + dy
        if inside and (other > max(STRONG_GROUP, votes) or votes < STRONG_GROUP):
            return True
    return False
