"""Takes the README's screenshots of the app on a real X display (see doc-screenshots.sh).

python packaging/scripts/doc_screenshots.py OUT_FOLDER LANGUAGE [--screen-only]
Pictures: the About editor with its marked findings, the draft preview, Settings, and the score
history chart, each of the window itself; with --screen-only, the whole screen for each state
(window manager frames included), to check that everything fits.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "linkedin-export"
# The sample profile is written in English, so its About stays English in both interfaces (the
# findings about it are said in the interface's language).
ABOUT = (
    "I am a results-driven, passionate logistics planner for freight and retail teams. "
    "Responsible for managing the night shift and the carriers who work with us. In 2025 I "
    "cut empty miles by 18% with a shared load board that carriers now use every day, and I "
    "talk to them every single week about their loads, their drivers, their routes and their "
    "costs, which takes time to do well. I love my job. I love my job."
)


def settle(app: QApplication, ms: int = 150) -> None:
    """Lets layout, language changes and painting run."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def shoot(widget: QWidget, path: Path, screen_only: bool) -> None:
    """The widget's own pixels, or the whole screen with the window manager's frames."""
    if screen_only:
        widget.screen().grabWindow(0).save(str(path))
    else:
        widget.grab().save(str(path))


def main() -> None:
    """Builds each state in turn and saves its picture."""
    out, language = Path(sys.argv[1]), sys.argv[2]
    screen_only = "--screen-only" in sys.argv
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Preflight")
    from preflight.core.history import HistoryStore
    from preflight.gui.appearance import Translations
    from preflight.gui.draft_preview import DraftPreviewDialog
    from preflight.gui.main_window import MainWindow
    from preflight.gui.settings_dialog import SettingsDialog
    from preflight.gui.storage import AppPaths
    from preflight.gui.tasks import SyncTaskRunner

    folder = Path(tempfile.mkdtemp())
    paths = AppPaths(data=folder / "data", config=folder / "config")
    paths.config.mkdir(parents=True)
    paths.preferences_file.write_text(f'{{"language": "{language}"}}', encoding="utf-8")
    translations = Translations()
    translations.apply(language)  # type: ignore[arg-type]
    window = MainWindow(paths=paths, runner=SyncTaskRunner(), translations=translations)
    window.showMaximized()
    settle(app, 400)
    window.open_path(SAMPLE)
    settle(app)
    # A few earlier checks of this profile, so the chart has a history to draw.
    store = HistoryStore(paths.data / "history.sqlite3")
    key = window.history.profile_key()
    now = dt.datetime.now()
    assessment = window.assessment
    assert assessment is not None
    for days, score in ((9, 41), (6, 55), (3, 62)):
        store.record(key, assessment.model_copy(update={"score": score}), now - dt.timedelta(days))
    window.page.select("summary")
    editor = window.page.details.summary_editor
    editor.edit.setPlainText(ABOUT)
    window.rescore_timer.stop()
    window.rescore()
    settle(app)
    cursor = editor.edit.textCursor()
    cursor.setPosition(0)
    editor.edit.setTextCursor(cursor)
    editor.edit.setFocus()
    editor.edit.go_to_mark()
    settle(app)
    shoot(window, out / f"editor-marks-{language}.png", screen_only)

    # The suggestion shown: every marked fix made at once, last first so offsets hold.
    from preflight.core.marks import apply_edit

    current = suggested = editor.text()
    fixes = [m.finding.fix for m in editor.edit.mark_layer.marks if m.finding.fix is not None]
    taken: list[tuple[int, int]] = []
    for fix in sorted(fixes, key=lambda f: f.start, reverse=True):
        if all(fix.end <= start or fix.start >= end for start, end in taken):
            suggested = apply_edit(suggested, fix)
            taken.append((fix.start, fix.end))
    preview = DraftPreviewDialog(window, "summary", current, suggested)
    preview.show()
    settle(app)
    shoot(preview, out / f"preview-{language}.png", screen_only)
    preview.close()

    settings = SettingsDialog(window, window.settings, window.preferences)
    settings.show()
    settle(app)
    shoot(settings, out / f"settings-{language}.png", screen_only)
    settings.reject()

    window.page.select("headline")
    settle(app)
    window.page.chart.setFocus()
    settle(app)
    shoot(window, out / f"history-{language}.png", screen_only)
    window.close()


if __name__ == "__main__":
    main()
