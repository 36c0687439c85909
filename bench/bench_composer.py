"""Re-checking an InMail draft after a keystroke in the composer: median time for 200 words.

Target: median under 50 ms per keystroke (type one character, then every draft check, the banner,
the check list and the inline marks). Baseline in the same run: the same keystroke with no
re-check (what Qt itself pays to insert a character), so the ratio shows what the checks add.

Run: ``python -m bench composer`` from the repository root.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PROFILE = REPO / "tests" / "fixtures" / "gui" / "export-almost-ready"
KEYSTROKES = 60
TARGET_MS = 50.0
PARAGRAPH = (
    "I read your post on half-empty lorries at Northwind Retail and the figures from your forty "
    "stores stayed with me. In 2025 I cut empty miles by 18% with a shared load board that our "
    "carriers now use every day, and I think part of it could work for your stores. "
)


def draft_body(words: int = 200) -> str:
    """A plausible body of ``words`` words, in short paragraphs, ending with one ask."""
    opener, ask = "Hi Maria,", "Would you be open to a 15-minute call next week?\n\nThanks, Sam"
    room = words - len(opener.split()) - len(ask.split())
    pool = (PARAGRAPH * (room // len(PARAGRAPH.split()) + 1)).split()[:room]
    parts = [" ".join(pool[i : i + 45]) for i in range(0, room, 45)]
    return "\n\n".join([opener, *parts, ask])


def _median_ms(composer: object, recheck: bool) -> float:
    from PySide6.QtGui import QTextCursor

    edit = composer.body_edit  # type: ignore[attr-defined]
    times = []
    for index in range(KEYSTROKES):
        edit.moveCursor(QTextCursor.MoveOperation.End)
        start = time.perf_counter()
        edit.insertPlainText("a" if index % 2 else " ")
        if recheck:
            composer.recheck()  # type: ignore[attr-defined]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Prints the median keystroke with and without the re-check, and the ratio."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from preflight.core.settings import Settings
    from preflight.gui.composer import Composer
    from preflight.gui.engine import Engine

    app = QApplication.instance() or QApplication([])
    as_of = dt.date(2026, 11, 26)
    engine = Engine()
    profile = engine.load(PROFILE, as_of=as_of)
    verdict = engine.assess(
        profile, as_of=as_of, language="en", settings=Settings(), confirmed=frozenset()
    )
    composer = Composer(as_of=as_of)
    composer.set_profile(profile, verdict, [])
    composer.name_edit.setText("Maria Lopez")
    composer.company_edit.setText("Northwind Retail")
    composer.subject_edit.setPlainText("Your post on half-empty lorries")
    composer.body_edit.setPlainText(draft_body())
    composer.recheck()  # warms the word lists and the language pipelines
    words = composer.assessment.words if composer.assessment else 0
    baseline = _median_ms(composer, recheck=False)
    checked = _median_ms(composer, recheck=True)
    ratio = checked / baseline if baseline else float("inf")
    verdict_word = "OK" if checked < TARGET_MS else "OVER TARGET"
    print(f"draft of {words} words, {KEYSTROKES} keystrokes")
    print(f"keystroke alone (baseline): median {baseline:.2f} ms")
    print(f"keystroke + re-check:       median {checked:.2f} ms ({ratio:.1f}x baseline)")
    print(f"target: median < {TARGET_MS:.0f} ms -> {verdict_word}")
    composer.close()
    del app


if __name__ == "__main__":
    main()
