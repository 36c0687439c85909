"""Reading OpenCV's Haar cascade XML files into numpy arrays, without importing OpenCV.

The cascades are the "new" (traincascade) format that the opencv-python-headless 4.x wheel ships
in ``cv2/data``: a window of ``width``×``height`` pixels, boosted stages of small decision trees
(stumps in ``frontalface_default`` and ``alt``, two-node trees in ``alt2``), and Haar features made
of up to three weighted upright rectangles. Tilted features (none in the face cascades) are refused.
"""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from preflight.core.resources import resource_path

DEFAULT_CASCADE = "haarcascade_frontalface_alt2.xml"
# Up to three rectangles per Haar feature; shorter features are padded with zero weights.
RECTS_PER_FEATURE = 3
# OpenCV lowers every stage threshold by this much when it reads a cascade; so do we, so that a
# window right at a threshold gets the same verdict.
THRESHOLD_EPS = 1e-5

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


class CascadeMissingError(RuntimeError):
    """The cascade XML file cannot be found or read: face detection is impossible."""


@dataclass(frozen=True)
class Stage:
    """One boosted stage: trees whose leaf values add up and must reach ``threshold``.

    Node arrays are (trees, nodes per tree). A child code above 0 is another node of the same tree;
    0 or below is a leaf, whose index is minus the code (OpenCV's encoding).
    """

    threshold: float
    features: IntArray
    node_feature: IntArray
    node_threshold: FloatArray
    left: IntArray
    right: IntArray
    leaves: FloatArray

    @property
    def depth(self) -> int:
        """The most nodes a window can visit in one tree."""
        return int(self.node_feature.shape[1])


@dataclass(frozen=True)
class Cascade:
    """A whole cascade: window size, stages, and each feature's rectangles and their weights.

    Rectangles are (features, 3, 4) as x, y, w, h; weights (features, 3), zero for unused slots.
    The shipped cascades weigh rectangles by whole numbers (-1, 2, 3), which keeps every feature
    sum an exact integer; a cascade with fractional weights is refused.
    """

    width: int
    height: int
    stages: tuple[Stage, ...]
    rects: IntArray
    weights: IntArray


def cascade_path(name: str = DEFAULT_CASCADE) -> Path:
    """The named cascade XML: Preflight's shipped copy, else (development) the OpenCV wheel's."""
    shipped = resource_path("models", name)
    if shipped.is_file():
        return shipped
    # Other cascades are only for the tests that compare with OpenCV, which installs them.
    spec = None if getattr(sys, "frozen", False) else importlib.util.find_spec("cv2")
    if spec is None or not spec.submodule_search_locations:
        raise CascadeMissingError(f"The face model {name} is missing from this installation.")
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    path = folder / name
    if not path.is_file():
        raise CascadeMissingError(f"The face model {name} is missing from {folder}.")
    return path


@cache
def load_cascade(name: str = DEFAULT_CASCADE) -> Cascade:
    """The named cascade parsed once per process."""
    path = cascade_path(name)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise CascadeMissingError(f"The face model {path} cannot be read: {exc}") from exc
    node = root.find("cascade")
    if node is None or _text(node, "stageType") != "BOOST" or _text(node, "featureType") != "HAAR":
        raise CascadeMissingError(f"{path} is not a boosted Haar cascade in OpenCV's new format.")
    rects, weights = _features(node, path)
    stages = tuple(_stage(stage) for stage in node.iterfind("stages/_"))
    return Cascade(int(_text(node, "width")), int(_text(node, "height")), stages, rects, weights)


def _text(node: ET.Element, tag: str) -> str:
    return (node.findtext(tag) or "").strip()


def _numbers(text: str | None) -> list[float]:
    return [float(part) for part in (text or "").split()]


def _features(node: ET.Element, path: Path) -> tuple[IntArray, IntArray]:
    features = node.findall("features/_")
    rects = np.zeros((len(features), RECTS_PER_FEATURE, 4), dtype=np.int64)
    weights = np.zeros((len(features), RECTS_PER_FEATURE), dtype=np.int64)
    for index, feature in enumerate(features):
        if _text(feature, "tilted") == "1":
            raise CascadeMissingError(f"{path} uses tilted features, which are not supported.")
        for slot, rect in enumerate(feature.iterfind("rects/_")):
            x, y, w, h, weight = _numbers(rect.text)
            if weight != int(weight):
                raise CascadeMissingError(f"{path} has fractional feature weights (unsupported).")
            rects[index, slot] = (int(x), int(y), int(w), int(h))
            weights[index, slot] = int(weight)
    return rects, weights


def _stage(node: ET.Element) -> Stage:
    trees = node.findall("weakClassifiers/_")
    nodes = [_numbers(tree.findtext("internalNodes")) for tree in trees]
    leaves = [_numbers(tree.findtext("leafValues")) for tree in trees]
    depth = max(len(values) // 4 for values in nodes)
    shape = (len(trees), depth)
    left, right, feature = (np.zeros(shape, dtype=np.int64) for _ in range(3))
    threshold = np.zeros(shape, dtype=np.float64)
    leaf_values = np.zeros((len(trees), max(len(values) for values in leaves)), dtype=np.float64)
    for t, (values, leaf) in enumerate(zip(nodes, leaves, strict=True)):
        for n in range(len(values) // 4):
            left[t, n], right[t, n], feature[t, n] = (int(v) for v in values[4 * n : 4 * n + 3])
            threshold[t, n] = values[4 * n + 3]
        leaf_values[t, : len(leaf)] = leaf
    # Each stage works on a compact table of the features its trees use.
    used, local = np.unique(feature, return_inverse=True)
    return Stage(
        threshold=float(_text(node, "stageThreshold")) - THRESHOLD_EPS,
        features=used.astype(np.int64),
        node_feature=local.reshape(shape).astype(np.int64),
        node_threshold=threshold,
        left=left,
        right=right,
        leaves=leaf_values,
    )
