"""GUI test set-up: a window on temporary folders, a synchronous runner, stand-in dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from preflight.gui.storage import AppPaths

AS_OF = dt.date(2026, 11, 26)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gui"
ALMOST_READY = FIXTURES / "export-almost-ready"
GOOD_HEADLINE = "Logistics Planner | Helping UK freight teams cut empty miles and delivery costs"
GOOD_SUMMARY = (
    "I help freight and retail teams move more goods with fewer lorries. At Harbourline Freight I "
    "plan weekly routes for 60 lorries, and in 2025 I cut empty miles by 18% with a shared load "
    "board that carriers now use every day. If your transport costs keep climbing, message me and "
    "let's compare routes."
)


@dataclass
class DialogLog:
    """What the stand-in dialogs were asked."""

    errors: list[dict[str, str]] = field(default_factory=list)
    confirm_answer: bool = True
    confirms: list[str] = field(default_factory=list)
    open_path: Path | None = None
    photo_path: Path | None = None
    save_path: Path | None = None
    unsaved_answer: str = "cancel"
    unsaved: list[str] = field(default_factory=list)
    # What the draft preview was shown (field, current, suggested); by default the user accepts
    # the suggestion as shown. Set ``preview_answer`` to a text (edited) or None (cancelled).
    previews: list[tuple[str, str, str]] = field(default_factory=list)
    # Reports the "saved" message was shown for (Export PDF).
    saved_reports: list[Path] = field(default_factory=list)
    preview_answer: str | None = "accept"


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    """Replaces every modal dialog with a recorder (one classmethod each)."""
    from preflight.gui import dialogs as module

    log = DialogLog()

    def show_error(
        cls: Any, parent: Any, message: str, hint: str = "", details: str = "", *, title: str = ""
    ) -> None:
        log.errors.append({"message": message, "hint": hint, "details": details, "title": title})

    def confirm(cls: Any, parent: Any, title: str, question: str) -> bool:
        log.confirms.append(question)
        return log.confirm_answer

    def review(cls: Any, parent: Any, kind: str, current: str, suggested: str) -> str | None:
        log.previews.append((kind, current, suggested))
        return suggested if log.preview_answer == "accept" else log.preview_answer

    from preflight.gui import draft_preview, outcome_dialogs

    monkeypatch.setattr(draft_preview.DraftPreviewDialog, "review", classmethod(review))
    monkeypatch.setattr(
        outcome_dialogs.ExportDoneDialog,
        "show_done",
        classmethod(lambda cls, parent, path: log.saved_reports.append(path) or "close"),
    )
    monkeypatch.setattr(module.ErrorDialog, "show_error", classmethod(show_error))
    monkeypatch.setattr(module.ConfirmDialog, "ask", classmethod(confirm))
    monkeypatch.setattr(module.OpenProfileDialog, "ask", classmethod(lambda cls, p: log.open_path))
    monkeypatch.setattr(module.PhotoFileDialog, "ask", classmethod(lambda cls, p: log.photo_path))
    monkeypatch.setattr(
        module.SaveFileDialog, "ask", classmethod(lambda cls, p, t, s, f: log.save_path)
    )

    def unsaved(cls: Any, parent: Any, message: str) -> str:
        log.unsaved.append(message)
        return log.unsaved_answer

    monkeypatch.setattr(module.UnsavedDraftDialog, "ask", classmethod(unsaved))
    return log


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    """Data and config folders inside the test's temporary folder, interface in English."""
    paths = AppPaths(data=tmp_path / "data", config=tmp_path / "config")
    paths.config.mkdir(parents=True)
    paths.preferences_file.write_text('{"language": "en"}', encoding="utf-8")
    return paths


@pytest.fixture
def make_window(
    qtbot: Any, app_paths: AppPaths, dialogs: DialogLog
) -> Iterator[Callable[..., Any]]:
    """Builds main windows on the test folders; each one is closed after the test."""
    from preflight.gui.appearance import Translations
    from preflight.gui.main_window import MainWindow
    from preflight.gui.tasks import SyncTaskRunner

    made: list[Any] = []

    def make(runner: Any = None, engine: Any = None, paths: AppPaths | None = None) -> Any:
        window = MainWindow(
            paths=paths or app_paths,
            runner=runner or SyncTaskRunner(),
            engine=engine,
            translations=Translations(),
            as_of=AS_OF,
        )
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.translations.apply("en")


@pytest.fixture
def window(make_window: Callable[..., Any]) -> Any:
    """One main window with nothing loaded."""
    return make_window()


@pytest.fixture
def loaded(window: Any) -> Any:
    """A window with the almost-ready export loaded (only headline and About block it)."""
    window.open_path(ALMOST_READY)
    assert window.session is not None
    return window


def edit(window: Any, field: str, text: str) -> None:
    """Replaces a field's text as the user would, and waits for the new verdict."""
    editor = getattr(window.page.details, f"{field}_editor")
    editor.edit.setPlainText(text)
    window.rescore_timer.stop()
    window.rescore()
