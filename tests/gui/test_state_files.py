"""Damaged state files, drafts from other versions and unwritable folders never cost a word."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from preflight.core.settings import Settings
from preflight.gui.drafts import DraftStore
from preflight.gui.preferences import MAX_RECENT, Preferences
from preflight.gui.storage import AppPaths
from tests.gui.conftest import ALMOST_READY, FIXTURES

DAMAGED_PREFERENCES = {
    "not-json": b"{'language': 'en'",
    "truncated": b'{"language": "en", "recent": ["/home/a',
    "deeply-nested": b"[" * 100_000 + b"]" * 100_000,
    "a-list": b'["en", "dark"]',
    "wrong-types": b'{"language": 5, "theme": null, "recent": "one path"}',
    "not-utf8": b'{"language": "\xff\xfe"}',
    "huge": b'{"recent": ["' + b"x" * (9 * 1024 * 1024) + b'"]}',
}


def _kept(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.damaged-*"))


@pytest.mark.parametrize("content", DAMAGED_PREFERENCES.values(), ids=DAMAGED_PREFERENCES)
def test_damaged_preferences_are_kept_aside_and_the_app_starts(
    make_window: Any, app_paths: AppPaths, dialogs: Any, qtbot: Any, content: bytes
) -> None:
    app_paths.preferences_file.write_bytes(content)
    window = make_window()
    assert window.preferences == Preferences()
    (kept,) = _kept(app_paths.preferences_file)
    assert kept.read_bytes() == content
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1)
    told = dialogs.errors[0]["message"]
    assert "preferences" in told and str(kept) in told
    # Told once: the next start finds no damaged file.
    make_window()
    qtbot.wait(10)
    assert len(dialogs.errors) == 1


def test_a_fifo_as_preferences_does_not_hang_the_start(
    make_window: Any, app_paths: AppPaths, dialogs: Any, qtbot: Any
) -> None:
    app_paths.preferences_file.unlink()
    os.mkfifo(app_paths.preferences_file)
    window = make_window()
    assert window.preferences == Preferences()
    assert not app_paths.preferences_file.exists()
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1)
    assert "not a regular file" in dialogs.errors[0]["message"]


def test_one_bad_preference_keeps_the_others(make_window: Any, app_paths: AppPaths) -> None:
    app_paths.preferences_file.write_text(
        json.dumps({"language": "es", "theme": "purple", "recent": [str(ALMOST_READY), 7]})
    )
    window = make_window()
    assert window.preferences.language == "es"
    assert window.preferences.theme == "system"
    assert window.preferences.recent == [str(ALMOST_READY)]
    assert len(_kept(app_paths.preferences_file)) == 1
    window.translations.apply("en")


def test_preferences_from_a_newer_version_are_kept_not_reset(
    make_window: Any, app_paths: AppPaths, dialogs: Any
) -> None:
    app_paths.preferences_file.write_text(
        json.dumps({"format": 9, "language": "en", "theme": "dark", "font_scale": 1.2})
    )
    window = make_window()
    assert window.preferences.theme == "dark"
    window.open_path(ALMOST_READY)  # saves the preferences with the new recent file
    saved = json.loads(app_paths.preferences_file.read_text())
    assert saved["font_scale"] == 1.2 and saved["recent"] == [str(ALMOST_READY)]
    assert _kept(app_paths.preferences_file) == []
    assert dialogs.errors == []


def test_ten_thousand_recent_files_do_not_break_start_up(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    recent = [f"/home/someone/profiles/profile-{n}.zip" for n in range(10_000)]
    (config / "preferences.json").write_text(json.dumps({"language": "en", "recent": recent}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PREFLIGHT_DATA_DIR": str(tmp_path / "data"),
        "PREFLIGHT_CONFIG_DIR": str(config),
    }
    result = subprocess.run(
        [sys.executable, "-m", "preflight", "gui", "--quit-after", "shown"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "preferences" not in result.stderr  # a long list is cut, not called damaged


def test_a_capped_recent_list_shows_on_the_start_page(
    make_window: Any, app_paths: AppPaths
) -> None:
    recent = [str(FIXTURES / f"profile-{n}.zip") for n in range(10_000)]
    app_paths.preferences_file.write_text(json.dumps({"language": "en", "recent": recent}))
    window = make_window()
    assert window.preferences.recent == recent[:MAX_RECENT]
    assert window.start.recent.count() == MAX_RECENT
    window.open_path(ALMOST_READY)
    saved = json.loads(app_paths.preferences_file.read_text())["recent"]
    assert saved == [str(ALMOST_READY), *recent[: MAX_RECENT - 1]]


def test_one_bad_setting_keeps_the_others(
    make_window: Any, app_paths: AppPaths, dialogs: Any, qtbot: Any
) -> None:
    original = json.dumps(
        {"skills": {"pass_min": "lots", "warn_min": 1}, "posts": {"recent_days": 10}}
    )
    app_paths.settings_file.write_text(original)
    window = make_window()
    assert window.settings.skills.pass_min == Settings().skills.pass_min
    assert window.settings.skills.warn_min == 1
    assert window.settings.posts.recent_days == 10
    (kept,) = _kept(app_paths.settings_file)
    assert kept.read_text() == original
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1)
    assert "checklist settings" in dialogs.errors[0]["message"]


def _write_draft(paths: AppPaths, data: object) -> Path:
    path = DraftStore(paths.drafts).path_for(ALMOST_READY)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_draft_from_another_version_is_used_and_kept(
    make_window: Any, app_paths: AppPaths, dialogs: Any
) -> None:
    # One unknown check id used to throw the whole draft away and delete its file on close.
    path = _write_draft(
        app_paths,
        {
            "format": 3,
            "headline": "Freight planner who cuts empty miles",
            "confirmed": ["skills", "recommendations"],
            "tone": "warm",
        },
    )
    window = make_window()
    window.open_path(ALMOST_READY)
    assert window.page.details.headline_editor.text() == "Freight planner who cuts empty miles"
    assert window.assessment.check("skills").confirmed_by_user
    window.close()
    saved = json.loads(path.read_text())
    assert saved["confirmed"] == ["skills", "recommendations"]
    assert saved["tone"] == "warm" and saved["format"] == 3
    assert _kept(path) == [] and dialogs.errors == []


def test_a_damaged_draft_gives_back_what_it_can_and_keeps_the_original(
    make_window: Any, app_paths: AppPaths, dialogs: Any, qtbot: Any
) -> None:
    original = {"headline": 5, "summary": "My own words about freight.", "confirmed": [3]}
    path = _write_draft(app_paths, original)
    window = make_window()
    window.open_path(ALMOST_READY)
    assert window.page.details.summary_editor.text() == "My own words about freight."
    assert window.page.details.headline_editor.text() == window.session.imported.headline
    (kept,) = _kept(path)
    assert json.loads(kept.read_text()) == original
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1)
    assert "saved edits" in dialogs.errors[0]["message"]


def test_a_draft_that_is_not_json_is_kept_aside(
    make_window: Any, app_paths: AppPaths, dialogs: Any, qtbot: Any
) -> None:
    path = _write_draft(app_paths, {})
    path.write_bytes(b'{"summary": "half a dra')
    window = make_window()
    window.open_path(ALMOST_READY)
    assert window.session.draft.summary is None
    window.close()
    (kept,) = _kept(path)
    assert kept.read_bytes() == b'{"summary": "half a dra'
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1)


def test_the_draft_file_goes_only_when_the_user_resets(loaded: Any, dialogs: Any) -> None:
    path = loaded.drafts.path_for(ALMOST_READY)
    loaded.edits.confirm_toggled("photo", True)
    assert path.exists()
    loaded.edits.confirm_toggled("photo", False)  # nothing left to remember, but no reset
    assert path.exists()
    loaded.page.details.headline_editor.edit.setPlainText("Freight planner")
    loaded.save_draft()
    loaded.reset_action.trigger()
    assert not path.exists()


def _break_drafts_folder(paths: AppPaths) -> None:
    # A file where the folder should be: no write can succeed, even as root.
    shutil.rmtree(paths.drafts, ignore_errors=True)
    paths.drafts.parent.mkdir(parents=True, exist_ok=True)
    paths.drafts.write_text("")


def test_unwritable_drafts_are_said_in_the_editor_and_kept_in_memory(
    loaded: Any, app_paths: AppPaths, dialogs: Any
) -> None:
    _break_drafts_folder(app_paths)
    editor = loaded.page.details.summary_editor
    editor.edit.setPlainText("Words that must not be lost.")
    loaded.save_draft()
    assert editor.save_note.isVisibleTo(loaded)
    assert "not saved" in editor.save_note.text()
    assert loaded.session.draft.summary == "Words that must not be lost."
    # Closing asks; Cancel keeps the window (and the words) open.
    dialogs.unsaved_answer = "cancel"
    assert not loaded.close()
    assert len(dialogs.unsaved) == 1
    # Once the folder works again, the note goes.
    app_paths.drafts.unlink()
    loaded.save_draft()
    assert not editor.save_note.isVisibleTo(loaded)
    assert loaded.close()


def test_closing_with_unsaved_edits_can_save_them_elsewhere(
    loaded: Any, app_paths: AppPaths, dialogs: Any, tmp_path: Path
) -> None:
    _break_drafts_folder(app_paths)
    loaded.page.details.headline_editor.edit.setPlainText("Freight planner, fewer empty miles")
    dialogs.unsaved_answer = "save"
    dialogs.save_path = tmp_path / "my-edits.txt"
    assert loaded.close()
    assert "Freight planner, fewer empty miles" in dialogs.save_path.read_text(encoding="utf-8")


def test_closing_with_unsaved_edits_can_copy_them(
    loaded: Any, app_paths: AppPaths, dialogs: Any
) -> None:
    _break_drafts_folder(app_paths)
    loaded.page.details.summary_editor.edit.setPlainText("Copied before closing.")
    dialogs.unsaved_answer = "copy"
    assert loaded.close()
    assert "Copied before closing." in QGuiApplication.clipboard().text()


def test_opening_another_profile_asks_before_unsaved_edits_go(
    loaded: Any, app_paths: AppPaths, dialogs: Any
) -> None:
    _break_drafts_folder(app_paths)
    loaded.page.details.summary_editor.edit.setPlainText("Still mine.")
    dialogs.unsaved_answer = "cancel"
    loaded.open_path(FIXTURES / "resume.json")
    assert loaded.session.path == ALMOST_READY
    assert loaded.page.details.summary_editor.text() == "Still mine."
    dialogs.unsaved_answer = "discard"
    loaded.open_path(FIXTURES / "resume.json")
    assert loaded.session.path == FIXTURES / "resume.json"


def test_pasting_works_without_a_writable_data_folder(
    make_window: Any, tmp_path: Path, dialogs: Any, qtbot: Any
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("")  # the data folder's path is taken by a file
    config = tmp_path / "config"
    paths = AppPaths(data=blocked / "data", config=config)
    window = make_window(paths=paths)
    window.open_text((FIXTURES / "pasted-profile.txt").read_text(encoding="utf-8"))
    assert window.session is not None
    assert window.session.imported.name == "Oskar Brennan-Vale"
    assert window.preferences.recent == []  # nothing on disk to open again
    qtbot.wait(50)  # a notice about a damaged state file would come through the event loop
    assert dialogs.errors == []


def test_a_fifo_as_the_window_state_does_not_hang_the_start(
    make_window: Any, app_paths: AppPaths, dialogs: Any, qtbot: Any
) -> None:
    # Qt's QSettings opened it and waited for a writer forever.
    os.mkfifo(app_paths.window_state_file)
    window = make_window()
    assert window.isWindow()
    (kept,) = _kept(app_paths.window_state_file)
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1)
    assert (
        "window size" in dialogs.errors[0]["message"] and str(kept) in dialogs.errors[0]["message"]
    )


def test_an_unexpected_error_does_not_claim_unsaved_edits_are_saved(
    loaded: Any, app_paths: AppPaths, dialogs: Any
) -> None:
    from preflight.gui.errors import make_excepthook

    _break_drafts_folder(app_paths)
    loaded.page.details.summary_editor.edit.setPlainText("Typed before the crash")
    hook = make_excepthook(loaded)
    try:
        raise ValueError("boom in a slot")
    except ValueError as error:
        hook(ValueError, error, error.__traceback__)
    assert "could not be saved" in dialogs.errors[-1]["hint"]
    assert "are saved" not in dialogs.errors[-1]["hint"]


def test_unsaved_edits_are_never_saved_over_the_profile_itself(
    make_window: Any, app_paths: AppPaths, dialogs: Any, tmp_path: Path
) -> None:
    profile = tmp_path / "profile.txt"
    profile.write_bytes((FIXTURES / "pasted-profile.txt").read_bytes())
    window = make_window()
    window.open_path(profile)
    _break_drafts_folder(app_paths)
    window.page.details.summary_editor.edit.setPlainText("My new About.")
    dialogs.unsaved_answer = "save"
    dialogs.save_path = profile
    assert not window.close()
    assert profile.read_bytes() == (FIXTURES / "pasted-profile.txt").read_bytes()
    assert dialogs.errors and window.session.draft.summary == "My new About."
