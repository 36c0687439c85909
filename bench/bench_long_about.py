"""``report`` against ``check`` on a profile whose About holds 5,000,000 characters.

The report once took 150 s on such a file against 2 s for ``check``: it laid out the whole About
as paragraphs. It now quotes a capped excerpt. Both commands run as the user runs them (a fresh
process each), best of a few rounds; the ratio is what matters (the goal: at most 3).

Run: ``python -m bench.bench_long_about`` from the repository root.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.timing import best_seconds

REPO = Path(__file__).resolve().parents[1]
RESUME = REPO / "tests" / "fixtures" / "checks" / "en-strong.json"
ROUNDS = 2
ABOUT_CHARS = 5_000_000


def main() -> None:
    """Prints seconds for ``check``, for ``report`` as PDF and as HTML, and the ratios."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as folder:
        resume = json.loads(RESUME.read_text(encoding="utf-8"))
        sentence = "I help finance teams close the quarter in 5 days instead of 12. "
        resume["basics"]["summary"] = (sentence * (ABOUT_CHARS // len(sentence) + 1))[:ABOUT_CHARS]
        path = Path(folder) / "long-about.json"
        path.write_text(json.dumps(resume), encoding="utf-8")

        def run(*args: str) -> None:
            command = [sys.executable, "-m", "preflight", *args, "--lang", "en"]
            subprocess.run(command, capture_output=True, env=env, check=False)

        check = best_seconds(lambda: run("check", str(path)), ROUNDS)
        pdf = best_seconds(lambda: run("report", str(path), "-o", f"{folder}/r.pdf"), ROUNDS)
        html = best_seconds(
            lambda: run("report", str(path), "-o", f"{folder}/r.html", "--html"), ROUNDS
        )
    print(f"About of {ABOUT_CHARS:,} characters, best of {ROUNDS} runs:")
    print(f"  check           {check:6.2f} s")
    print(f"  report (PDF)    {pdf:6.2f} s   x{pdf / check:4.2f} of check")
    print(f"  report (HTML)   {html:6.2f} s   x{html / check:4.2f} of check")


if __name__ == "__main__":
    main()
