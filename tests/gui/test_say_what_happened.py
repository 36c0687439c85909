"""Saying what happened: continue where you left off, restored drafts, saved PDFs, error titles."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest

from preflight.core.settings import Settings
from preflight.gui.continuation import Continuation
from tests.gui.conftest import ALMOST_READY, GOOD_HEADLINE, edit


def test_start_offers_to_continue_with_the_last_profile(make_window: Any, qtbot: Any) -> None:
    first = make_window()
    first.open_path(ALMOST_READY)
    edit(first, "headline", GOOD_HEADLINE)
    first.save_draft()
    first.close()
    draft = first.drafts.path_for(ALMOST_READY)
    five_minutes_ago = (dt.datetime.now() - dt.timedelta(minutes=5)).timestamp()
    os.utime(draft, (five_minutes_ago, five_minutes_ago))

    again = make_window()
    again.continuation.offer()
    button = again.start.continue_button
    assert button.isVisibleTo(again)
    assert (
        button.text().replace("&", "") == "Continue with Marisol Quenby \u2014 edited 5 minutes ago"
    )
    with qtbot.waitSignal(again.assessment_shown, timeout=5000):
        button.click()
    assert again.page.details.headline_editor.text() == GOOD_HEADLINE
    message = again.statusBar().currentMessage()
    assert message.startswith("Your edits from 5 minutes ago are back")


def test_a_new_user_is_offered_nothing(window: Any) -> None:
    window.continuation.offer()
    assert not window.start.continue_button.isVisibleTo(window)


def test_relative_times_in_both_languages(window: Any) -> None:
    now = dt.datetime(2026, 11, 26, 12, 0)
    continuation = Continuation(window, now=now)
    assert continuation.ago(now - dt.timedelta(seconds=20)) == "just now"
    assert continuation.ago(now - dt.timedelta(minutes=1)) == "1 minute ago"
    assert continuation.ago(now - dt.timedelta(hours=3)) == "3 hours ago"
    window.translations.apply("es")
    assert continuation.ago(now - dt.timedelta(days=2)) == "hace 2 días"


def test_a_bad_file_gets_a_dialog_titled_for_what_happened(
    window: Any, dialogs: Any, tmp_path: Path
) -> None:
    bad = tmp_path / "profile.pdf"
    bad.write_bytes(b"not a pdf")
    window.open_path(bad)
    assert dialogs.errors[-1]["title"] == "Can't open this file"


def test_the_window_title_names_the_person_not_the_app(loaded: Any) -> None:
    assert loaded.windowTitle() == "Marisol Quenby"


def test_export_pdf_says_where_it_went(
    loaded: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from preflight.gui import outcome_dialogs, printing

    saved = tmp_path / "report.pdf"
    told: list[Path] = []
    monkeypatch.setattr(printing, "export_pdf", lambda *a, **k: saved)
    monkeypatch.setattr(
        outcome_dialogs.ExportDoneDialog,
        "show_done",
        classmethod(lambda cls, parent, path: told.append(path) or "close"),
    )
    loaded.menus.pdf_action.trigger()
    assert told == [saved]


def test_custom_thresholds_and_a_team_preset_are_marked(loaded: Any, qtbot: Any) -> None:
    mark = loaded.settings_mark
    mark.update()
    assert not mark.label.isVisibleTo(loaded)
    custom = Settings.model_validate({"skills": {"pass_min": 8}})
    loaded._settings = custom
    mark.update()
    assert mark.label.isVisibleTo(loaded)
    assert "Custom thresholds" in mark.label.text()
    mark.remember_preset("recruiting-team", custom)
    mark.update()
    assert "Team preset: recruiting-team" in mark.label.text()


def test_pasted_text_is_not_called_a_file(window: Any) -> None:
    from preflight.core.assessment import CheckId
    from tests.gui.conftest import FIXTURES

    window.open_text((FIXTURES / "pasted-profile.txt").read_text(encoding="utf-8"))
    window.page.select(CheckId.PHOTO)
    note = window.page.details.confirm_note
    assert note.isVisibleTo(window)
    assert "the text you pasted" in note.text()
    assert "your file" not in note.text()
