"""Loading a profile every way a user would try, and keeping the old one when a file is bad."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from preflight.core.assessment import CheckId
from preflight.core.messages import messages
from tests.gui.conftest import ALMOST_READY, FIXTURES


def _assert_shows(window: Any, name: str) -> None:
    assert window.stack.currentWidget() is window.page
    assert window.page.model.rowCount() == len(CheckId)
    assert name in window.windowTitle()
    assert window.page.banner.headline.text() in (
        "Ready to send InMail",
        "Not ready to send InMail yet",
    )


def _zip_of(folder: Path, target: Path) -> Path:
    return Path(shutil.make_archive(str(target), "zip", root_dir=folder))


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("folder", "Marisol Quenby"),
        ("zip", "Marisol Quenby"),
        ("json", "Ines Parkhurst"),
        ("txt", "Oskar Brennan-Vale"),
    ],
)
def test_opens_each_format(window: Any, tmp_path: Path, kind: str, name: str) -> None:
    path = {
        "folder": ALMOST_READY,
        "zip": tmp_path / "export.zip",
        "json": FIXTURES / "resume.json",
        "txt": FIXTURES / "pasted-profile.txt",
    }[kind]
    if kind == "zip":
        path = _zip_of(ALMOST_READY, tmp_path / "export")
    window.open_path(path)
    _assert_shows(window, name)


def test_opens_a_linkedin_pdf(window: Any, public_samples: Path) -> None:
    window.open_path(public_samples / "linkedin-pdf-alexanderpico" / "alex.Profile.pdf")
    assert window.session is not None
    _assert_shows(window, window.session.imported.name)


def test_open_dialog_and_recent_files(window: Any, dialogs: Any) -> None:
    dialogs.open_path = FIXTURES / "resume.json"
    window.open_action.trigger()
    assert window.session.imported.name == "Ines Parkhurst"
    window.open_path(ALMOST_READY)
    assert window.preferences.recent[:2] == [str(ALMOST_READY), str(FIXTURES / "resume.json")]
    assert window.start.recent.count() == 2
    window.recent_menu.aboutToShow.emit()
    window.recent_menu.actions()[1].trigger()
    assert window.session.imported.name == "Ines Parkhurst"


def test_try_the_sample(window: Any) -> None:
    window.start.sample_button.click()
    assert window.session is not None
    assert window.assessment is not None


def _drop(target: Any, mime: QMimeData) -> QDropEvent:
    point = QPointF(10, 10)
    # Qt's C++ QDragEnterEvent takes a QPoint, QDropEvent a QPointF.
    enter = QDragEnterEvent(
        point.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    return drop


def test_drop_a_file_on_the_window(window: Any) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "resume.json"))])
    _drop(window, mime)
    assert window.session.imported.name == "Ines Parkhurst"


def test_drop_on_the_editor_opens_the_file_instead_of_typing_its_path(loaded: Any) -> None:
    editor = loaded.page.details.headline_editor
    before = editor.text()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "resume.json"))])
    _drop(editor.edit.viewport(), mime)
    assert loaded.session.imported.name == "Ines Parkhurst"
    assert str(FIXTURES) not in editor.text()
    assert editor.text() != before


def test_paste_action_reads_the_clipboard(window: Any) -> None:
    QGuiApplication.clipboard().setText(
        (FIXTURES / "pasted-profile.txt").read_text(encoding="utf-8")
    )
    window.paste_action.trigger()
    assert window.session.imported.name == "Oskar Brennan-Vale"
    assert window.session.path.parent == window.paths.pastes
    # The same paste later finds the same drafts.
    first = window.session.path
    window.paste_action.trigger()
    assert window.session.path == first


def test_ctrl_v_on_the_start_screen_pastes(window: Any, qtbot: Any) -> None:
    QGuiApplication.clipboard().setText(
        (FIXTURES / "pasted-profile.txt").read_text(encoding="utf-8")
    )
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.start.open_button.setFocus()
    with qtbot.waitSignal(window.profile_loaded, timeout=3000):
        qtbot.keyClick(window.start.open_button, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.session.imported.name == "Oskar Brennan-Vale"


def test_empty_clipboard_says_so(window: Any) -> None:
    QGuiApplication.clipboard().setText("   ")
    window.paste_action.trigger()
    assert window.session is None
    assert "clipboard" in window.statusBar().currentMessage()


def test_bad_file_keeps_the_loaded_profile(loaded: Any, dialogs: Any, tmp_path: Path) -> None:
    score = loaded.assessment.score
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    loaded.open_path(broken)
    assert len(dialogs.errors) == 1
    assert dialogs.errors[0]["message"]
    assert dialogs.errors[0]["details"] == ""  # a bad file is explained, not a traceback
    assert loaded.session.path == ALMOST_READY
    assert loaded.assessment.score == score
    assert loaded.stack.currentWidget() is loaded.page


def test_unexpected_error_shows_details_and_keeps_edits(make_window: Any, dialogs: Any) -> None:
    from preflight.gui.engine import Engine

    class Exploding(Engine):
        def load(self, path: Path, *, as_of: Any) -> Any:
            if path.suffix == ".json":
                raise RuntimeError("importer bug")
            return super().load(path, as_of=as_of)

    window = make_window(engine=Exploding())
    window.open_path(ALMOST_READY)
    window.page.details.headline_editor.edit.setPlainText("Logistics Planner")
    window.open_path(FIXTURES / "resume.json")
    assert "importer bug" in dialogs.errors[0]["details"]
    assert "Traceback" in dialogs.errors[0]["details"]
    assert window.page.details.headline_editor.text() == "Logistics Planner"
    assert window.drafts.load(ALMOST_READY).headline == "Logistics Planner"


def test_excepthook_saves_drafts_and_shows_details(loaded: Any, dialogs: Any) -> None:
    from preflight.gui.errors import make_excepthook

    loaded.page.details.summary_editor.edit.setPlainText("Typed before the crash")
    hook = make_excepthook(loaded)
    try:
        raise ValueError("boom in a slot")
    except ValueError as error:
        hook(ValueError, error, error.__traceback__)
    assert "boom in a slot" in dialogs.errors[0]["details"]
    assert loaded.drafts.load(ALMOST_READY).summary == "Typed before the crash"


def test_drop_a_photo_attaches_it(loaded: Any, tmp_path: Path) -> None:
    from PIL import Image

    picture = tmp_path / "portrait.jpg"
    Image.new("RGB", (300, 300), (120, 110, 100)).save(picture)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    _drop(loaded, mime)
    assert loaded.session.path == ALMOST_READY  # still the same profile
    assert loaded.session.draft.photo_path == str(picture)
    assert loaded.page.details.current().id == CheckId.PHOTO


def test_error_dialog_copies_its_details(qtbot: Any) -> None:
    from PySide6.QtWidgets import QPushButton

    from preflight.gui.dialogs import ErrorDialog

    dialog = ErrorDialog(None, "Could not read x.zip.", "Try again.", "Traceback: boom")
    qtbot.addWidget(dialog)
    copy = next(b for b in dialog.findChildren(QPushButton) if "Copy" in b.text())
    copy.click()
    assert QGuiApplication.clipboard().text() == "Could not read x.zip.\n\nTraceback: boom"
    assert dialog.details.isReadOnly()


def test_a_pdf_says_what_it_could_not_show_beside_the_checklist(
    window: Any, public_samples: Path
) -> None:
    window.open_path(public_samples / "linkedin-pdf-alexanderpico" / "alex.Profile.pdf")
    assert window.session is not None and window.session.imported.warnings
    warnings = window.page.warnings
    assert warnings.isVisibleTo(window) and window.page.warnings_icon.isVisibleTo(window)
    assert window.session.imported.warnings[0].text(messages("en")) in warnings.text()
    window.open_path(ALMOST_READY)  # an export that read cleanly hides the note again
    assert not window.session.imported.warnings
    assert not warnings.isVisibleTo(window)


def test_a_bad_file_is_explained_in_the_interface_language(
    make_window: Any, app_paths: Any, dialogs: Any, tmp_path: Path
) -> None:
    app_paths.preferences_file.write_text('{"language": "es"}', encoding="utf-8")
    window = make_window()
    empty = tmp_path / "vacio.txt"
    empty.write_text("", encoding="utf-8")
    window.open_path(empty)
    assert dialogs.errors, "the user is told why"
    assert dialogs.errors[-1]["message"] == "vacio.txt está vacío."
    assert dialogs.errors[-1]["hint"].startswith("Preflight lee")
