"""The entry points: `preflight gui PATH --quit-after ...` as tests and benchmarks run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import ALMOST_READY


def _gui(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PREFLIGHT_DATA_DIR": str(tmp_path / "data"),
        "PREFLIGHT_CONFIG_DIR": str(tmp_path / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "preflight", "gui", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_quit_after_ready_saves_a_screenshot_of_the_verdict(tmp_path: Path) -> None:
    shot = tmp_path / "ready.png"
    result = _gui(tmp_path, str(ALMOST_READY), "--quit-after", "ready", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert image.width() > 700 and image.height() > 500  # fitted to the 800x800 offscreen screen
    # The profile was really read: it is now in the recent files.
    assert str(ALMOST_READY) in (tmp_path / "config" / "preferences.json").read_text()


def test_a_screenshot_never_replaces_the_profile_it_shows(tmp_path: Path) -> None:
    profile = tmp_path / "resume.json"
    profile.write_bytes((ALMOST_READY.parent / "resume.json").read_bytes())
    before = profile.read_bytes()
    result = _gui(tmp_path, str(profile), "--quit-after", "shown", "--screenshot", str(profile))
    assert result.returncode == 2
    assert "same file as the input resume.json" in result.stderr
    assert profile.read_bytes() == before


def test_quit_after_shown_and_a_bad_path(tmp_path: Path) -> None:
    assert _gui(tmp_path, "--quit-after", "shown").returncode == 0
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    failed = _gui(tmp_path, str(empty), "--quit-after", "ready")
    assert failed.returncode == 2
    assert "empty" in failed.stderr
    assert "Traceback" not in failed.stderr


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_theme_sets_a_readable_palette(qtbot: Any, theme: str) -> None:
    from preflight.gui.appearance import apply_theme

    try:
        apply_theme(theme)  # type: ignore[arg-type]
        palette = QApplication.palette()
        window = palette.color(QPalette.ColorRole.Window).lightness()
        text = palette.color(QPalette.ColorRole.WindowText).lightness()
        assert (window < text) if theme == "dark" else (window > text)
        assert abs(window - text) > 120
    finally:
        apply_theme("system")


FIRST_PAINT_PROBE = """
import json, sys
{call}
print(json.dumps(sorted(sys.modules)))
"""


@pytest.mark.parametrize(
    "call",
    [
        "from preflight.gui.app import main; main(['--quit-after', 'shown'])",
        "from preflight.cli import main; main(['gui', '--quit-after', 'shown'])",
    ],
    ids=["preflight-desktop", "preflight gui"],
)
def test_the_first_paint_waits_for_neither_the_core_nor_spacy(tmp_path: Path, call: str) -> None:
    # --quit-after shown returns right after the first frame, so sys.modules is what it needed.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PREFLIGHT_DATA_DIR": str(tmp_path / "data"),
        "PREFLIGHT_CONFIG_DIR": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE.format(call=call)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = set(json.loads(result.stdout.splitlines()[-1]))
    assert "preflight.gui.main_window" in loaded  # the probe really built the window
    slow = {"pydantic", "spacy", "preflight.core.models", "preflight.core.settings"}
    slow |= {"preflight.core.importers", "preflight.core.messages", "preflight.gui.profile_page"}
    slow |= {"preflight.gui.dialogs", "preflight.printing", "PySide6.QtSvg", "hashlib"}
    slow |= {"preflight.core.resources", "preflight.gui.errors", "platformdirs"}
    assert loaded & slow == set()


def test_app_folders_follow_the_platform_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QStandardPaths

    from preflight.gui.storage import AppPaths

    monkeypatch.delenv("PREFLIGHT_DATA_DIR", raising=False)
    monkeypatch.setenv("PREFLIGHT_CONFIG_DIR", "/tmp/preflight-config")
    paths = AppPaths.default()
    generic_data = QStandardPaths.StandardLocation.GenericDataLocation
    assert paths.data == Path(QStandardPaths.writableLocation(generic_data)) / "Preflight"
    assert paths.config == Path("/tmp/preflight-config")


def test_a_window_set_up_after_its_first_paint_works_like_any_other(
    qtbot: Any, app_paths: Any, dialogs: Any
) -> None:
    from preflight.gui.main_window import MainWindow
    from preflight.gui.tasks import SyncTaskRunner

    early = MainWindow(paths=app_paths, runner=SyncTaskRunner(), defer_setup=True)
    qtbot.addWidget(early)
    assert early.file_menu.title() == "&File" and not early.menus.has_actions
    early.close()  # closing before the set-up loses nothing and raises nothing
    window = MainWindow(paths=app_paths, runner=SyncTaskRunner(), defer_setup=True)
    qtbot.addWidget(window)
    window.open_path(ALMOST_READY)  # opening a file finishes the set-up on the spot
    assert window.menus.has_actions and window.session is not None
    assert window.print_action.isEnabled()
    window.finish_setup()  # a second call changes nothing
    assert len(window.file_menu.actions()) == len(set(window.file_menu.actions()))
