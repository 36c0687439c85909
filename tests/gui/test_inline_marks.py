"""Findings marked where they are written: underline and box, hover, keyboard, one-step fixes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication

from preflight.core.assessment import CheckId
from tests.gui.conftest import edit

ABOUT = (
    "I am a results-driven, passionate logistics planner for UK freight teams. Responsible for "
    "managing the night shift team. In 2025 I cut empty miles by 18% with a shared load board "
    "that carriers now use every day. I love my job. I love my job."
)


def marked_words(editor: Any) -> list[str]:
    text = editor.text()
    return [text[m.start : m.end] for m in editor.edit.mark_layer.marks]


def test_every_quoted_finding_is_marked_in_the_about(loaded: Any) -> None:
    loaded.page.select(CheckId.SUMMARY)
    edit(loaded, "summary", ABOUT)
    editor = loaded.page.details.summary_editor
    assert marked_words(editor) == [
        "results-driven",
        "passionate",
        "Responsible for",
        "I love my job.",
    ]
    # A wavy underline on each marked span, besides the dotted box painted around it.
    waves = [
        s
        for s in editor.edit.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert len(waves) == 4
    assert editor.edit.mark_layer.span_rects(waves[0].cursor.selectionStart(), 30)
    assert editor.finding_bar.isVisibleTo(editor)
    assert editor.finding_bar.message.text().startswith("4 findings marked")


def test_headline_marks_a_job_seeking_phrase_and_removes_it_in_one_undo_step(
    loaded: Any, qtbot: Any
) -> None:
    loaded.page.select(CheckId.HEADLINE)
    editor = loaded.page.details.headline_editor
    edit(loaded, "headline", "Logistics Planner | Open to work")
    assert marked_words(editor) == ["Open to work"]
    assert editor.finding_bar.message.text().startswith("1 finding marked")
    qtbot.keyClick(editor.edit, Qt.Key.Key_F8)
    assert editor.edit.textCursor().selectedText() == "Open to work"
    assert "looking for work" in editor.finding_bar.message.text()
    assert editor.finding_bar.fix_button.isVisibleTo(editor)
    editor.finding_bar.fix_button.click()
    assert editor.text() == "Logistics Planner"
    editor.edit.undo()
    assert editor.text() == "Logistics Planner | Open to work"


def test_keyboard_walks_the_marks_and_applies_a_fix(loaded: Any, qtbot: Any) -> None:
    loaded.page.select(CheckId.SUMMARY)
    edit(loaded, "summary", ABOUT)
    editor = loaded.page.details.summary_editor
    editor.edit.setFocus()
    cursor = editor.edit.textCursor()
    cursor.setPosition(0)
    editor.edit.setTextCursor(cursor)
    for expected in ("results-driven", "passionate", "Responsible for"):
        qtbot.keyClick(editor.edit, Qt.Key.Key_F8)
        assert editor.edit.textCursor().selectedText() == expected
    qtbot.keyClick(editor.edit, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert "teams. Managed the night shift team. In 2025" in editor.text()
    qtbot.keyClick(editor.edit, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert editor.edit.textCursor().selectedText() == "passionate"
    editor.edit.undo()
    assert editor.text() == ABOUT


def test_each_one_finding_fix_changes_only_its_words(loaded: Any) -> None:
    loaded.page.select(CheckId.SUMMARY)
    editor = loaded.page.details.summary_editor
    for words, expected in [
        ("results-driven", "I am a passionate logistics planner"),
        ("I love my job.", "every day. I love my job."),
    ]:
        edit(loaded, "summary", ABOUT)
        mark = next(m for m in editor.edit.mark_layer.marks if m.words == words)
        assert editor.edit.mark_layer.apply_fix(mark)
        assert expected in editor.text()
        assert editor.text().count("I love my job.") == (1 if "love" in words else 2)


def test_marks_follow_the_text_as_the_user_types(loaded: Any, qtbot: Any) -> None:
    loaded.page.select(CheckId.SUMMARY)
    edit(loaded, "summary", ABOUT)
    editor = loaded.page.details.summary_editor
    cursor = editor.edit.textCursor()
    cursor.setPosition(0)
    editor.edit.setTextCursor(cursor)
    qtbot.keyClicks(editor.edit, "Hello. ")
    # Before the next verdict arrives, the marks moved with their words.
    assert marked_words(editor)[:2] == ["results-driven", "passionate"]
    # Typing inside a marked word drops that mark until the next verdict.
    cursor.setPosition(editor.text().index("passionate") + 3)
    editor.edit.setTextCursor(cursor)
    qtbot.keyClicks(editor.edit, "x")
    assert "passionate" not in marked_words(editor)
    with qtbot.waitSignal(loaded.inline_marks.marked, timeout=3000):
        loaded.rescore_timer.start(0)
    assert marked_words(editor)[0] == "results-driven"


def test_hovering_a_mark_shows_the_finding_and_its_fix(
    loaded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from preflight.gui import editors

    shown: list[str] = []
    monkeypatch.setattr(
        editors.QToolTip, "showText", lambda _pos, text, _w=None: shown.append(text)
    )
    loaded.page.select(CheckId.SUMMARY)
    edit(loaded, "summary", ABOUT)
    editor = loaded.page.details.summary_editor
    mark = editor.edit.mark_layer.marks[0]
    centre = editor.edit.mark_layer.span_rects(mark.start, mark.end)[0].center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, editor.edit.viewport().mapToGlobal(centre))
    QApplication.sendEvent(editor.edit.viewport(), event)
    assert len(shown) == 1
    assert "“results-driven” is a cliché" in shown[0]
    assert "Remove “results-driven” (Ctrl+.)" in shown[0]


def test_spanish_interface_says_findings_in_spanish(loaded: Any) -> None:
    loaded.translations.apply("es")
    loaded.preferences = loaded.preferences.replace(language="es")
    loaded.page.select(CheckId.SUMMARY)
    edit(loaded, "summary", ABOUT)
    editor = loaded.page.details.summary_editor
    first = editor.edit.mark_layer.marks[0]
    assert first.finding.finding.startswith("«results-driven» es un tópico")


def test_clicking_a_mark_shows_its_finding_and_fix(loaded: Any, qtbot: Any) -> None:
    loaded.page.select(CheckId.SUMMARY)
    edit(loaded, "summary", ABOUT)
    editor = loaded.page.details.summary_editor
    bar = editor.finding_bar
    assert not bar.fix_button.isVisibleTo(editor)  # the count, until a mark is chosen
    mark = next(m for m in editor.edit.mark_layer.marks if m.words == "Responsible for")
    centre = editor.edit.mark_layer.span_rects(mark.start, mark.end)[0].center().toPoint()
    qtbot.mouseClick(editor.edit.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert "describes a duty" in bar.message.text()
    assert bar.fix_button.isVisibleTo(editor)
    assert "Managed the night shift team" in bar.fix_button.text()
