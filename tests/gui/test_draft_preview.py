"""A whole-draft suggestion is previewed beside the current text before it replaces it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from preflight.core.assessment import CheckId
from preflight.gui.draft_preview import DraftPreviewDialog, word_diff
from tests.gui.conftest import GOOD_SUMMARY, edit


def test_word_diff_marks_removed_and_added_words() -> None:
    runs = word_diff("Hard worker and team player.", "Hard worker who cut costs by 18%.")
    assert runs[0] == ("same", "Hard worker ")
    removed = "".join(t for op, t in runs if op == "removed")
    added = "".join(t for op, t in runs if op == "added")
    assert "team player." in removed and "and" in removed
    assert "cut costs by 18%." in added


def test_use_this_draft_previews_first_and_cancel_changes_nothing(
    loaded: Any, dialogs: Any
) -> None:
    edit(loaded, "summary", GOOD_SUMMARY)
    loaded.page.select(CheckId.HEADLINE)
    before = loaded.page.details.headline_editor.text()
    dialogs.preview_answer = None
    loaded.page.details.fix_buttons[0].click()
    field, current, suggested = dialogs.previews[-1]
    assert field == "headline" and current == before
    assert suggested == loaded.assessment.check(CheckId.HEADLINE).fixes[0].text
    assert loaded.page.details.headline_editor.text() == before


def test_an_edited_draft_is_what_gets_used_in_one_undo_step(loaded: Any, dialogs: Any) -> None:
    loaded.page.select(CheckId.HEADLINE)
    before = loaded.page.details.headline_editor.text()
    dialogs.preview_answer = "Logistics Planner | I cut empty miles for UK freight teams"
    loaded.page.details.fix_buttons[0].click()
    editor = loaded.page.details.headline_editor
    assert editor.text() == dialogs.preview_answer
    editor.edit.undo()
    assert editor.text() == before


def test_the_dialog_shows_both_texts_with_marks_that_are_not_colour_alone(qtbot: Any) -> None:
    dialog = DraftPreviewDialog(None, "summary", "Hard worker and team player.", GOOD_SUMMARY)
    qtbot.addWidget(dialog)
    assert dialog.current.toPlainText() == "Hard worker and team player."
    assert dialog.suggested.toPlainText() == GOOD_SUMMARY
    cursor = dialog.current.textCursor()
    cursor.setPosition(len("Hard worker and team pla"))
    assert cursor.charFormat().fontStrikeOut()
    cursor = dialog.suggested.textCursor()
    cursor.setPosition(GOOD_SUMMARY.index("lorries") + 2)
    assert cursor.charFormat().fontUnderline()
    assert dialog.suggested.isReadOnly()
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert not dialog.suggested.isReadOnly()
    dialog.suggested.setPlainText("My own words.")
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == DraftPreviewDialog.DialogCode.Accepted
    assert dialog.chosen_text() == "My own words."
