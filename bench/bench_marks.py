"""How fast an edited About (2,600 and 26,000 characters) is re-scored and re-marked in the editor.

Measured in one process through the real background runner, from the re-score starting to the
marks on screen (verdict, then the marks worked out off the GUI thread and drawn), after the
pipelines are warm. Baseline in the same run, rounds alternating: the same re-score with the marks
turned off (the verdict on screen, as before inline marks).
Targets: the whole round under 100 ms at 2,600 characters and 150 ms at 26,000 (the 150 ms typing
pause before it is a deliberate debounce).

Run: ``QT_QPA_PLATFORM=offscreen python -m bench.bench_marks`` from the repository root.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

EDITS = int(os.environ.get("BENCH_ROUNDS", "9")) * 3
REPO = Path(__file__).resolve().parents[1]
# A long About with something to mark in most sentences: clichés, duties, a long sentence, a repeat.
PARAGRAPH = (
    "I am a results-driven, passionate logistics planner for freight and retail teams. "
    "Responsible for managing the night shift and the carriers who work with us across the north. "
    "In 2025 I cut empty miles by 18% with a shared load board that carriers now use every day, "
    "and I talk to them every single week about their loads, their drivers, their routes and "
    "their costs, which takes a long time to do well. I love my job. I love my job. "
)


def about_text(chars: int = 2600) -> str:
    """A ``chars``-long About made of PARAGRAPH repeated, cut at a word."""
    text = (PARAGRAPH * (chars // len(PARAGRAPH) + 1))[:chars]
    return text[: text.rfind(" ")]


def _remark_latency(text: str) -> tuple[list[float], list[float], int]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from preflight.gui.main_window import MainWindow
    from preflight.gui.storage import AppPaths
    from preflight.gui.tasks import ThreadTaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    profile = REPO / "tests" / "fixtures" / "gui" / "export-almost-ready"
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths(data=Path(folder) / "data", config=Path(folder) / "config")
        runner = ThreadTaskRunner()
        window = MainWindow(paths=paths, runner=runner)
        window.show()
        loop = QEventLoop()
        window.assessment_shown.connect(loop.quit)
        window.open_path(profile)
        loop.exec()
        window.assessment_shown.disconnect(loop.quit)
        marks_on = window.inline_marks
        editor = window.page.details.summary_editor
        window.page.select("summary")
        times: dict[bool, list[float]] = {True: [], False: []}
        marks = 0
        for round_ in range(EDITS * 2):
            with_marks = round_ % 2 == 0
            marks_on.enabled = with_marks
            done = marks_on.marked if with_marks else window.assessment_shown
            done.connect(loop.quit)
            editor.edit.setPlainText(f"Shipped {round_ + 1} new routes. {text}")
            window.rescore_timer.stop()
            start = time.perf_counter()
            window.rescore()
            loop.exec()
            app.processEvents()  # the repaint (with the new marks)
            times[with_marks].append(time.perf_counter() - start)
            done.disconnect(loop.quit)
            if with_marks:
                marks = len(editor.edit.mark_layer.marks)
        window.close()
        runner.wait()
    app.processEvents()
    return times[True], times[False], marks


# About lengths and the targets for their whole round: LinkedIn's limit, and ten times it.
TARGETS_MS = ((2_600, 100.0), (26_000, 150.0))


def main() -> None:
    """Prints the re-score + re-mark latency against the re-score alone, per About length."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for chars, target in TARGETS_MS:
        text = about_text(chars)
        times, plain, marks = _remark_latency(text)
        times.sort()
        median, base = statistics.median(times), statistics.median(plain)
        p95 = times[max(int(len(times) * 0.95) - 1, 0)]
        verdict = "ok" if median * 1000 < target else "SLOW"
        print(
            f"re-score + re-mark, {len(text):,}-character About ({marks} marks): "
            f"median {median * 1000:.1f} ms, 95th percentile {p95 * 1000:.1f} ms; "
            f"re-score without marks {base * 1000:.1f} ms ({median / base:.2f}x)  "
            f"target under {target:.0f} ms  {verdict}",
            flush=True,
        )


if __name__ == "__main__":
    main()
