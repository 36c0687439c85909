"""The size of a plain ``pip install .`` virtualenv, against one that also carries what it used to.

Until OpenCV (only for one cascade XML, now in resources/models) and spacy-lookups-data (whole
lemma tables, now trimmed into resources/lemmas) left the runtime dependencies, every install
carried both. Both venvs are built in this run from the same package cache; the target is at least
150 MB saved. Takes a few minutes (two venvs).

Run: ``python -m bench install_size`` from the repository root.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FORMER_EXTRAS = ("opencv-python-headless>=4.9,<5", "spacy-lookups-data>=1.0.5,<1.1")


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def _venv(folder: Path, *packages: str) -> float:
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    pip = [
        str(folder / "bin" / "python"),
        "-m",
        "pip",
        "install",
        "-q",
        "--disable-pip-version-check",
    ]
    subprocess.run([*pip, str(REPO), *packages], check=True, stdout=subprocess.DEVNULL)
    return _size_mb(folder)


def main() -> None:
    """Prints both sizes and the saving."""
    with tempfile.TemporaryDirectory() as scratch:
        lean = _venv(Path(scratch) / "lean")
        former = _venv(Path(scratch) / "former", *FORMER_EXTRAS)
    print(
        f"pip install . venv: {lean:.0f} MB; with OpenCV and the full lemma tables: {former:.0f} MB"
    )
    print(f"saved {former - lean:.0f} MB (target ≥ 150 MB)")


if __name__ == "__main__":
    main()
