"""Finds the bundled data files (lexicons, messages, sample, icons) wherever Preflight runs."""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


@cache
def resource_root() -> Traversable:
    """The resources folder: inside the package when installed, at the repo top in a checkout."""
    packaged = resources.files("preflight") / "resources"
    if packaged.is_dir():
        return packaged
    # Editable install or source checkout: desktop/preflight/core/resources.py -> repo/resources
    checkout = Path(__file__).resolve().parents[3] / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("Preflight's resources folder is missing from this installation.")


def resource(*parts: str) -> Traversable:
    """One file or folder under the resources root."""
    node = resource_root()
    for part in parts:
        node = node / part
    return node


def resource_path(*parts: str) -> Path:
    """A resource as a filesystem path (resources always live on disk in our installs)."""
    return Path(str(resource(*parts)))
