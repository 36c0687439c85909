"""Cold start: whole ``preflight`` processes against naive spaCy baselines timed in the same run.

Each figure is a ratio of medians over interleaved runs (a baseline run, then the measured run,
repeated), so a busy machine slows both alike:
- cold ``check --json`` for every input format, English and Spanish, against
  ``python -c "import spacy; spacy.blank('en')"`` (target ≤ 0.9×);
- the app's window shown against a bare ``QMainWindow``, and its verdict on screen against a bare
  window plus the naive ``import spacy`` and ``spacy.blank()`` for the profile's language
  (target ≤ 1.0×);
- peak memory (max RSS) of each process (targets: Spanish check ≤ 150 MiB, app with a Spanish
  profile on screen ≤ 200 MiB).

Run: ``python -m bench startup`` from the repository root.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
ROUNDS = 7

NAIVE_SPACY = "import spacy; spacy.blank({lang!r})"
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([]); w = QMainWindow(); w.resize(1100, 760); w.show()\n"
    "app.processEvents()\n"
)
CHECKS: list[tuple[str, str, Path]] = [
    ("export", "en", REPO / "resources" / "sample" / "linkedin-export"),
    ("export", "es", FIXTURES / "gui" / "export-almost-ready"),
    ("paste", "en", FIXTURES / "pasted" / "profile_en.txt"),
    ("paste", "es", FIXTURES / "pasted" / "profile_es.txt"),
    ("pdf", "en", FIXTURES / "pdf" / "linkedin_en.pdf"),
    ("pdf", "es", FIXTURES / "pdf" / "linkedin_es.pdf"),
    ("json", "en", FIXTURES / "jsonresume" / "resume.json"),
]


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time (s) and max RSS (MiB) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024


def _paired(
    baseline: list[str], measured: list[str], env: dict[str, str]
) -> tuple[float, float, float]:
    """Median ratio measured/baseline, and the measured median time and max RSS."""
    ratios, times, peaks = [], [], []
    _run(baseline, env), _run(measured, env)  # warm the file cache
    for _ in range(ROUNDS):
        base, _ = _run(baseline, env)
        took, peak = _run(measured, env)
        ratios.append(took / base)
        times.append(took)
        peaks.append(peak)
    return statistics.median(ratios), statistics.median(times), max(peaks)


def main() -> None:
    """Prints every ratio with its target."""
    python = sys.executable
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PREFLIGHT_LANG": "en"}
    env["PYTHONPATH"] = str(REPO / "desktop")
    print(f"cold check --json vs python -c {NAIVE_SPACY.format(lang='en')!r} (target ≤ 0.90×)")
    naive_en = [python, "-c", NAIVE_SPACY.format(lang="en")]
    for kind, lang, path in CHECKS:
        command = [python, "-m", "preflight", "check", str(path), "--json", "--as-of", "2026-11-01"]
        ratio, took, peak = _paired(naive_en, command, env)
        print(f"  {kind:6} {lang}  {ratio:5.2f}×  ({took * 1000:5.0f} ms, max RSS {peak:5.0f} MiB)")
    with tempfile.TemporaryDirectory() as data:
        env["PREFLIGHT_DATA_DIR"] = data
        env["PREFLIGHT_CONFIG_DIR"] = data
        bare = [python, "-c", BARE_WINDOW]
        shown = [python, "-m", "preflight", "gui", "--quit-after", "shown"]
        ratio, took, peak = _paired(bare, shown, env)
        print(f"window shown vs bare QMainWindow: {ratio:.2f}×", end=" ")
        print(f"({took * 1000:.0f} ms, {peak:.0f} MiB)")
        print("verdict on screen vs bare window + naive spaCy (target ≤ 1.00×)")
        for lang, path in (
            ("en", REPO / "resources" / "sample" / "linkedin-export"),
            ("es", FIXTURES / "pasted" / "profile_es.txt"),
        ):
            baseline = [python, "-c", BARE_WINDOW + NAIVE_SPACY.format(lang=lang)]
            verdict = [python, "-m", "preflight", "gui", str(path), "--quit-after", "ready"]
            ratio, took, peak = _paired(baseline, verdict, env)
            print(f"  {lang}  {ratio:5.2f}×  ({took * 1000:5.0f} ms, max RSS {peak:5.0f} MiB)")


if __name__ == "__main__":
    main()
