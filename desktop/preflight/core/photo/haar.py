"""Haar cascade face detection in numpy, so the app needs only OpenCV's model file, not OpenCV.

OpenCV (cv2 and its bundled libraries) would add ~150 MB to the desktop build, over the size the
packaging allows; the cascade itself is a 0.5 MB XML file (see ``haar_model``). This evaluator
does what ``cv2.CascadeClassifier.detectMultiScale`` does with a new-format cascade, so its boxes
match OpenCV's on the same grey image (see ``tests/core/photo/test_haar.py``):

- an image pyramid (``haar_pyramid``) shrunk with OpenCV's bit-exact bilinear resize, windows
  every 2 px on levels shrunk less than twice, every pixel beyond;
- a window right after one that failed the first stage is skipped, as OpenCV does;
- contrast normalisation: with ``norm`` = area × pixel standard deviation of the window less a
  one-pixel border, a feature (weighted rectangle sums) goes left when ``sum / norm`` is below
  the node threshold; windows with a standard deviation of 10 or less are rejected outright;
- stage by stage, only the windows that passed the stage before are evaluated;
- hits grouped like ``groupRectangles`` (``haar_group``).

Speed: the first stage, which sees every window, runs level by level on strided views of the
integral images; later stages gather, in 32-bit integers, only the surviving windows of all levels
at once (see ``haar_pyramid``). Measured with ``bench/bench_haar.py`` (alt2 cascade, 20 px
minimum, CPU time on a busy 2-core machine): about twice OpenCV's time, ~100 ms against ~48 ms on
320×240 and ~350 ms against ~172 ms on 640×480. Parsing the XML costs ~50 ms once per process.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from preflight.core.models import Box
from preflight.core.photo.haar_group import group_rectangles
from preflight.core.photo.haar_model import Cascade, Stage, load_cascade
from preflight.core.photo.haar_pyramid import Level, Pyramid

FACE_CASCADE = "haarcascade_frontalface_alt2.xml"
# Windows with a pixel standard deviation of 10 or less hold no face (OpenCV's rule).
MIN_WINDOW_STDDEV = 10.0
# With fewer windows than this, a stage gathers all its corners in one numpy call; with more,
# corner by corner, so memory stays at a few arrays of one value per window.
GATHER_AT_ONCE = 1024
# With fewer windows than this, a stage's trees vote all at once; with more, tree by tree.
VOTES_AT_ONCE = 256
# Windows per block when gathering corner by corner (see _feature_sums).
CACHE_BLOCK = 16384

Grey = npt.NDArray[np.uint8]
Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]
IntegralArray = npt.NDArray[np.int32] | npt.NDArray[np.int64]


def detect_faces(
    grey: Grey,
    *,
    cascade_name: str = FACE_CASCADE,
    scale_factor: float = 1.1,
    min_neighbors: int = 3,
    min_size: int = 0,
) -> list[Box]:
    """Faces in a grey image (histogram-equalised first), as boxes in its pixels.

    Raises ``CascadeMissingError`` when the model file is not installed.
    """
    if grey.ndim != 2 or scale_factor <= 1.0:
        raise ValueError("detect_faces needs a 2-D grey image and a scale factor above 1")
    cascade = load_cascade(cascade_name)
    hits = find_windows(equalize_histogram(grey), cascade, scale_factor, min_size)
    return [
        Box(x=x, y=y, width=w, height=h) for x, y, w, h in group_rectangles(hits, min_neighbors)
    ]


def equalize_histogram(grey: Grey) -> Grey:
    """The grey image with its histogram spread over 0-255, as ``cv2.equalizeHist`` does."""
    if grey.size == 0:
        return grey
    counts = np.bincount(grey.ravel(), minlength=256)
    darkest = int(np.flatnonzero(counts)[0])
    rest = grey.size - int(counts[darkest])
    if rest == 0:
        return np.full_like(grey, darkest)
    above = (np.cumsum(counts) - counts[darkest]).astype(np.float32)
    lut = np.clip(np.rint(above * np.float32(255.0 / rest)), 0, 255).astype(np.uint8)
    lut[: darkest + 1] = 0
    return np.asarray(lut[grey], dtype=np.uint8)


def find_windows(grey: Grey, cascade: Cascade, scale_factor: float, min_size: int) -> Ints:
    """Every window all stages accept, as (x, y, w, h) rows in the image's pixels, ungrouped."""
    pyramid = Pyramid(grey, (cascade.width, cascade.height), scale_factor, min_size)
    if not pyramid.levels:
        return np.zeros((0, 4), dtype=np.int64)
    windows = _first_stage(pyramid, cascade)
    for stage in cascade.stages[1:]:
        if not windows.base.size:
            break
        windows = windows.keep(_passes(stage, cascade, pyramid, windows.base, windows.norm))
    factor = pyramid.factors[windows.level]
    return np.column_stack(
        [
            np.rint(windows.x * factor),
            np.rint(windows.y * factor),
            pyramid.sides[windows.level, 0],
            pyramid.sides[windows.level, 1],
        ]
    ).astype(np.int64)


@dataclass(frozen=True)
class _Windows:
    """Candidate windows: buffer offset, level, position on the level, and contrast norm."""

    base: Ints
    level: Ints
    x: Ints
    y: Ints
    norm: Floats

    def keep(self, mask: Bools) -> _Windows:
        """The windows where ``mask`` is true."""
        return _Windows(
            self.base[mask], self.level[mask], self.x[mask], self.y[mask], self.norm[mask]
        )


def _first_stage(pyramid: Pyramid, cascade: Cascade) -> _Windows:
    """Windows passing the contrast floor and the first stage, skipping as OpenCV does.

    Every window is tried here, so each level is computed whole on strided views of its integral
    image (no gathers); the survivors become a flat list for the later stages.
    """
    stage = cascade.stages[0]
    terms = _corner_terms(cascade, stage)
    shapes = [pyramid.window_counts(level) for level in pyramid.levels]
    grid = (sum(rows for rows, _ in shapes), max(columns for _, columns in shapes))
    passed, failed = np.zeros(grid, dtype=np.bool_), np.zeros(grid, dtype=np.bool_)
    norms = np.zeros(grid, dtype=np.float64)
    row_level = np.repeat(np.arange(len(shapes)), [rows for rows, _ in shapes])
    top = 0
    for level, (rows, columns) in zip(pyramid.levels, shapes, strict=True):
        norm = _contrast(pyramid, level)
        sums = np.zeros((stage.features.size, rows, columns), dtype=pyramid.sums.dtype)
        for feature, x, y, sign in terms:
            _add(sums[feature], pyramid.window_view(pyramid.sums, level, x, y), sign)
        contrasty = norm > MIN_WINDOW_STDDEV * (cascade.width - 2) * (cascade.height - 2)
        accepted = contrasty & (_votes_by_tree(stage, sums, norm) >= stage.threshold)
        block = np.s_[top : top + rows, :columns]
        passed[block], failed[block], norms[block] = accepted, contrasty & ~accepted, norm
        top += rows
    # OpenCV moves one extra step right after a window that fails the first stage (not after
    # one rejected for low contrast).
    visited = np.ones_like(passed)
    for column in range(1, grid[1]):
        visited[:, column] = ~(visited[:, column - 1] & failed[:, column - 1])
    row, col = np.nonzero(passed & visited)
    level_of = row_level[row]
    first_row = np.cumsum([0] + [rows for rows, _ in shapes])[level_of]
    steps = np.array([level.step for level in pyramid.levels])[level_of]
    xs, ys = col * steps, (row - first_row) * steps
    origins = np.array([(level.row, level.col) for level in pyramid.levels]).reshape(-1, 2)
    base = pyramid.offsets(origins[level_of, 1] + xs, origins[level_of, 0] + ys)
    return _Windows(base, level_of, xs, ys, norms[row, col])


def _corner_terms(cascade: Cascade, stage: Stage) -> list[tuple[int, int, int, int]]:
    """(feature, corner x, corner y, sign × weight) for every integral corner the stage reads."""
    terms = []
    for feature, index in enumerate(stage.features.tolist()):
        for (x, y, w, h), weight in zip(
            cascade.rects[index].tolist(), cascade.weights[index].tolist(), strict=True
        ):
            if weight:
                terms += [(feature, x, y, weight), (feature, x + w, y, -weight)]
                terms += [(feature, x, y + h, -weight), (feature, x + w, y + h, weight)]
    return terms


def _contrast(pyramid: Pyramid, level: Level) -> Floats:
    """Each window's area × pixel standard deviation, inside a one-pixel border."""
    width, height = pyramid.window
    inner = (width - 2) * (height - 2)
    rows, columns = pyramid.window_counts(level)
    total, squares = np.zeros((rows, columns)), np.zeros((rows, columns))
    for x, y, sign in (
        (1, 1, 1),
        (width - 1, 1, -1),
        (1, height - 1, -1),
        (width - 1, height - 1, 1),
    ):
        _add(total, pyramid.window_view(pyramid.sums, level, x, y), sign)
        _add(squares, pyramid.window_view(pyramid.squares, level, x, y), sign)
    return np.sqrt(np.maximum(inner * squares - total * total, 0.0))


def _add(out: npt.NDArray[np.generic], values: npt.NDArray[np.generic], sign: int) -> None:
    """``out += sign * values`` in place, without a temporary array for signs ±1."""
    if sign == 1:
        np.add(out, values, out=out)
    elif sign == -1:
        np.subtract(out, values, out=out)
    else:
        np.add(out, values * sign, out=out)


def _passes(stage: Stage, cascade: Cascade, pyramid: Pyramid, base: Ints, norm: Floats) -> Bools:
    """Whether each window's tree votes reach the stage threshold."""
    sums = _feature_sums(stage, cascade, pyramid, base)
    if base.size <= VOTES_AT_ONCE:
        votes = _votes_together(stage, sums / norm)
    else:
        votes = _votes_by_tree(stage, sums, norm)
    return np.asarray(votes >= stage.threshold, dtype=np.bool_)


def _votes_by_tree(stage: Stage, sums: IntegralArray, norm: Floats) -> Floats:
    """The stage's summed leaf values, one tree at a time (few trees, many windows)."""
    votes = np.zeros(norm.shape, dtype=np.float64)
    for tree in range(stage.node_feature.shape[0]):
        votes += _subtree(stage, sums, norm, tree, 0)
    return votes


def _subtree(stage: Stage, sums: IntegralArray, norm: Floats, tree: int, node: int) -> Floats:
    go_left = sums[stage.node_feature[tree, node]] < stage.node_threshold[tree, node] * norm
    left, right = (
        stage.leaves[tree, -code] if code <= 0 else _subtree(stage, sums, norm, tree, code)
        for code in (int(stage.left[tree, node]), int(stage.right[tree, node]))
    )
    return np.where(go_left, left, right)


def _votes_together(stage: Stage, values: Floats) -> Floats:
    """The stage's summed leaf values, all trees at once (many trees, few windows)."""
    # Every node's verdict for every window: (nodes per tree, trees, windows).
    go_left = values[stage.node_feature.T] < stage.node_threshold.T[:, :, None]
    node = np.zeros(go_left.shape[1:], dtype=np.int64)
    leaf = np.full_like(node, -1)
    lefts, rights = stage.left.T[:, :, None], stage.right.T[:, :, None]
    for _ in range(stage.depth):
        child = np.where(np.choose(node, go_left), np.choose(node, lefts), np.choose(node, rights))
        open_ = leaf < 0
        leaf = np.where(open_ & (child <= 0), -child, leaf)
        node = np.where(open_ & (child > 0), child, node)
    return np.asarray(np.take_along_axis(stage.leaves, leaf, axis=1).sum(axis=0))


def _feature_sums(stage: Stage, cascade: Cascade, pyramid: Pyramid, base: Ints) -> IntegralArray:
    """Weighted rectangle sums of the stage's features, (features, windows), exact integers.

    Integer sums may wrap around in 32 bits midway; the final ones are small, so they are exact.
    """
    rects = cascade.rects[stage.features]
    x, y, w, h = (rects[..., i] for i in range(4))
    corners = np.concatenate(
        [
            pyramid.offsets(x, y),
            pyramid.offsets(x + w, y),
            pyramid.offsets(x, y + h),
            pyramid.offsets(x + w, y + h),
        ],
        axis=1,
    )
    weights = cascade.weights[stage.features]
    signs = np.concatenate([weights, -weights, -weights, weights], axis=1).ravel()
    used = signs != 0
    feature = np.repeat(np.arange(corners.shape[0]), corners.shape[1])[used]
    corner, sign = corners.ravel()[used], signs[used]
    flat = pyramid.sums.ravel()
    if base.size <= GATHER_AT_ONCE:
        return _sums_at_once(flat, base, corner, feature, sign)
    return _sums_by_corner(flat, base, corner, feature, sign, count=stage.features.size)


def _sums_at_once(flat: IntegralArray, base: Ints, corner: Ints, feature: Ints, sign: Ints) -> Ints:
    """Few windows: every distinct corner gathered in one call, then added up per feature."""
    distinct, which = np.unique(corner, return_inverse=True)
    gathered = np.take(flat, distinct[:, None] + base[None, :])
    terms = np.multiply(gathered[which], sign.astype(flat.dtype)[:, None])
    starts = np.flatnonzero(np.diff(feature, prepend=-1))
    return np.asarray(np.add.reduceat(terms, starts, axis=0), dtype=np.int64)


def _sums_by_corner(
    flat: IntegralArray, base: Ints, corner: Ints, feature: Ints, sign: Ints, *, count: int
) -> IntegralArray:
    """Many windows: one gather per distinct corner, added to every feature that uses it."""
    order = np.lexsort((feature, corner))
    corner, feature, sign = corner[order], feature[order], sign[order]
    starts = np.flatnonzero(np.diff(corner, prepend=-1)).tolist()
    groups = [
        (int(corner[start]), feature[start:end].tolist(), sign[start:end].tolist())
        for start, end in zip(starts, [*starts[1:], corner.size], strict=True)
    ]
    sums = np.zeros((count, base.size), dtype=flat.dtype)
    # Windows in blocks, so the integral rows a block reads stay in the processor's cache while
    # all the stage's corners are gathered.
    for first in range(0, base.size, CACHE_BLOCK):
        block = base[first : first + CACHE_BLOCK]
        out = sums[:, first : first + CACHE_BLOCK]
        for offset, features, signs in groups:
            values = np.take(flat[offset:], block)
            for f, s in zip(features, signs, strict=True):
                _add(out[f], values, s)
    return sums
