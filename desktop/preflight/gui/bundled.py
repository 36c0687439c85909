"""Bundled files the window needs for its first paint, found without importlib.resources.

``preflight.core.resources`` states where resources live, but importing it loads
importlib.resources (about 5 ms before the first paint). This is the same rule for plain folders,
and tests/gui/test_bundled.py keeps the two in step; anything unusual goes to the core's rule.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def _root() -> Path | None:
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "resources", package.parents[1] / "resources"):
        if candidate.is_dir():  # installed inside the package, or at the top of a checkout
            return candidate
    return None


def bundled_path(*parts: str) -> Path:
    """A file or folder under the resources root."""
    root = _root()
    if root is None:
        from preflight.core.resources import resource_path

        return resource_path(*parts)
    return root.joinpath(*parts)
