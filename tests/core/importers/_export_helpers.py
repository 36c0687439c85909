"""Builds export ZIPs at test time from the committed folder fixtures."""

from __future__ import annotations

import zipfile
from pathlib import Path


def zip_folder(folder: Path, target: Path, *, prefix: str = "") -> Path:
    """A ZIP of ``folder``'s files, optionally under a top folder ``prefix``."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                archive.write(file, prefix + file.relative_to(folder).as_posix())
    return target
