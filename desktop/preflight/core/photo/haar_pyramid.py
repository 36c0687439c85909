"""The image pyramid a Haar cascade scans: shrunk copies, their integral images, the window grid.

As in OpenCV, the picture is shrunk by the scale factor per level while the window keeps the
cascade's size. All levels' integral images share one buffer with one row stride (packed in
shelves, largest first), so a feature corner lies at the same offset from every window of every
level: a whole stage is then one pass of gathers over all surviving windows, whatever their level.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Grey = npt.NDArray[np.uint8]
Ints = npt.NDArray[np.int64]
Buffer = npt.NDArray[np.int32] | npt.NDArray[np.int64]
# Below this many pixels a level's pixel sums fit in 32-bit integers (255 × pixels < 2**31).
INT32_PIXELS = 8_000_000
# OpenCV scans every other position on levels shrunk less than twice, every position beyond.
DENSE_FROM_FACTOR = 2.0
# Bilinear weights in fixed point: 256 is a weight of 1.
WEIGHT_ONE = 256


@dataclass(frozen=True)
class Level:
    """One pyramid level: its shrink factor and size, and where its integral image sits."""

    factor: float
    width: int
    height: int
    row: int
    col: int

    @property
    def step(self) -> int:
        """Distance between scanned window positions, in the level's pixels."""
        return 1 if self.factor >= DENSE_FROM_FACTOR else 2


class Pyramid:
    """All levels of one grey image for a window of ``window`` (width, height)."""

    def __init__(
        self, grey: Grey, window: tuple[int, int], scale_factor: float, min_size: int
    ) -> None:
        self.window = window
        shapes = _level_shapes(grey.shape, window, scale_factor, min_size)
        self.stride = shapes[0][1] + 1 if shapes else 1
        self.levels = _pack(shapes, self.stride)
        rows = max((level.row + level.height + 1 for level in self.levels), default=1)
        int_type = np.int32 if grey.size < INT32_PIXELS else np.int64
        self.sums = np.zeros((rows, self.stride), dtype=int_type)
        self.squares = np.zeros((rows, self.stride), dtype=np.int64)
        for level in self.levels:
            pixels = resize_bilinear(grey, level.width, level.height)
            top, left = level.row + 1, level.col + 1
            area = np.s_[top : top + level.height, left : left + level.width]
            np.cumsum(pixels.cumsum(0, dtype=int_type), 1, out=self.sums[area])
            squared = np.square(pixels, dtype=np.int32)
            np.cumsum(squared.cumsum(0, dtype=np.int64), 1, out=self.squares[area])
        self.factors = np.array([level.factor for level in self.levels], dtype=np.float64)
        self.sides = np.array(
            [(round(window[0] * f), round(window[1] * f)) for f in self.factors], dtype=np.int64
        ).reshape(-1, 2)

    def offsets(self, x: Ints, y: Ints) -> Ints:
        """Buffer offsets of integral-image points (x, y) relative to a window's corner."""
        return np.asarray(y * self.stride + x, dtype=np.int64)

    def window_counts(self, level: Level) -> tuple[int, int]:
        """How many window positions a level has down and across."""
        width, height = self.window
        return (level.height - height) // level.step + 1, (level.width - width) // level.step + 1

    def window_view(self, buffer: Buffer, level: Level, x: int, y: int) -> Buffer:
        """For every window of a level, the ``buffer`` value at (x, y) from its corner (a view)."""
        rows, columns = self.window_counts(level)
        top, left, step = level.row + y, level.col + x, level.step
        return buffer[
            top : top + (rows - 1) * step + 1 : step, left : left + (columns - 1) * step + 1 : step
        ]


def _level_shapes(
    shape: tuple[int, ...], window: tuple[int, int], scale_factor: float, min_size: int
) -> list[tuple[float, int, int]]:
    height, width = shape
    shapes: list[tuple[float, int, int]] = []
    factor = 1.0
    while True:
        level_w, level_h = round(width / factor), round(height / factor)
        if level_w <= window[0] or level_h <= window[1]:
            return shapes
        if round(window[0] * factor) >= min_size and round(window[1] * factor) >= min_size:
            shapes.append((factor, level_w, level_h))
        factor *= scale_factor


def _pack(shapes: list[tuple[float, int, int]], stride: int) -> list[Level]:
    levels = []
    row = col = shelf = 0
    for factor, width, height in shapes:
        if col + width + 1 > stride:
            row, col, shelf = row + shelf, 0, 0
        levels.append(Level(factor, width, height, row, col))
        col += width + 1
        shelf = max(shelf, height + 1)
    return levels


def resize_bilinear(grey: Grey, width: int, height: int) -> Grey:
    """The image resized as OpenCV's bit-exact bilinear resize (``INTER_LINEAR_EXACT``) does it.

    Pixel centres are aligned; each weight is rounded to 1/256, and the result to the nearest
    grey level. OpenCV shrinks the pyramid levels this way, so the levels match to the bit.
    """
    if (height, width) == grey.shape:
        return grey
    rows, row_weight = _taps(grey.shape[0], height)
    cols, col_weight = _taps(grey.shape[1], width)
    pixels = grey.astype(np.int32)
    next_col = np.minimum(cols + 1, grey.shape[1] - 1)
    across = pixels[:, cols] * (WEIGHT_ONE - col_weight) + pixels[:, next_col] * col_weight
    next_row = np.minimum(rows + 1, grey.shape[0] - 1)
    down = (
        across[rows] * (WEIGHT_ONE - row_weight)[:, None] + across[next_row] * row_weight[:, None]
    )
    half = WEIGHT_ONE * WEIGHT_ONE // 2
    return np.asarray((down + half) // (WEIGHT_ONE * WEIGHT_ONE), dtype=np.uint8)


def _taps(source: int, target: int) -> tuple[Ints, npt.NDArray[np.int32]]:
    """For each target pixel, the source pixel before its centre and the next one's weight."""
    centre = (np.arange(target) + 0.5) * (source / target) - 0.5
    first = np.floor(centre).astype(np.int64)
    weight = np.rint((centre - first) * WEIGHT_ONE).astype(np.int32)
    before, after = centre < 0, first >= source - 1
    weight[before | after] = 0
    first[before] = 0
    first[after] = source - 1
    return first, weight


def resize_area(grey: Grey, width: int, height: int) -> Grey:
    """The image shrunk by averaging the source area under each pixel (OpenCV's INTER_AREA).

    For the photo check's smaller copies (the quick face search, the focus measure); within one
    grey level of OpenCV's result. Meant for shrinking: enlarged, pixels come out blocky.
    """
    rows = _area_weights(grey.shape[0], height)
    cols = _area_weights(grey.shape[1], width)
    averaged = rows @ grey.astype(np.float32) @ cols.T
    return np.asarray(np.clip(np.floor(averaged + 0.5), 0, 255), dtype=np.uint8)


def _area_weights(source: int, target: int) -> npt.NDArray[np.float32]:
    """(target, source): how much of each source pixel lies under each target pixel, normalised."""
    edges = np.arange(target + 1) * (source / target)
    pixels = np.arange(source)[None, :]
    overlap = np.minimum(edges[1:, None], pixels + 1) - np.maximum(edges[:-1, None], pixels)
    weights = np.clip(overlap, 0, None)
    return np.asarray(weights / weights.sum(axis=1, keepdims=True), dtype=np.float32)
