"""Keyboard only: Tab between controls, arrows in the checklist, shortcuts, focus ring, names."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from preflight.core.assessment import CheckId
from preflight.gui.shortcuts_dialog import ShortcutsDialog, shortcut_rows


def shown(window: Any, qtbot: Any) -> Any:
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def test_tab_leaves_the_checklist_and_arrows_move_inside_it(loaded: Any, qtbot: Any) -> None:
    shown(loaded, qtbot)
    loaded.page.select(CheckId.SKILLS)
    table = loaded.page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert loaded.page.details.current().id == CheckId.SKILLS  # Tab changed no section
    assert QApplication.focusWidget() is not table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert loaded.page.details.current().id == CheckId.EXPERIENCE
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    assert loaded.page.details.current().id == CheckId.EXPERIENCE


def test_shift_tab_from_the_about_editor_keeps_the_about_section(loaded: Any, qtbot: Any) -> None:
    shown(loaded, qtbot)
    loaded.page.select(CheckId.SUMMARY)
    editor = loaded.page.details.summary_editor.edit
    editor.setFocus()
    for _ in range(3):
        focused = loaded.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Backtab)
    assert loaded.page.details.current().id == CheckId.SUMMARY


def test_the_shortcuts_the_issue_asks_for(loaded: Any) -> None:
    menus = loaded.menus

    def keys(action: Any) -> set[str]:
        return {s.toString() for s in action.shortcuts()}

    assert "Ctrl+," in keys(menus.settings_action)
    assert "Ctrl+J" in keys(menus.next_blocker_action)
    assert "Ctrl+Shift+C" in keys(menus.copy_section_action)
    assert QKeySequence(QKeySequence.StandardKey.Open).toString() in keys(menus.open_action)
    assert "Ctrl+Shift+V" in keys(menus.paste_action)
    assert QKeySequence(QKeySequence.StandardKey.Print).toString() in keys(menus.print_action)
    assert "Ctrl+E" in keys(menus.pdf_action)
    every = [s.toString() for a in menus.shortcut_actions() for s in a.shortcuts()]
    assert len(every) == len(set(every)), "two actions share a key"


def test_ctrl_comma_opens_settings(
    loaded: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from preflight.gui import settings_dialog

    asked: list[bool] = []
    monkeypatch.setattr(
        settings_dialog.SettingsDialog,
        "edit",
        classmethod(lambda cls, *a: asked.append(True)),
    )
    shown(loaded, qtbot)
    qtbot.keyClick(loaded.page.table, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]


def test_next_blocker_walks_the_blockers(loaded: Any) -> None:
    assert [b.value for b in loaded.assessment.blockers] == ["summary", "headline"]
    loaded.page.select(CheckId.PHOTO)
    loaded.menus.next_blocker_action.trigger()
    assert loaded.page.details.current().id == CheckId.HEADLINE
    loaded.menus.next_blocker_action.trigger()
    assert loaded.page.details.current().id == CheckId.SUMMARY
    loaded.menus.next_blocker_action.trigger()
    assert loaded.page.details.current().id == CheckId.HEADLINE


def test_copy_section_text_copies_the_editor_or_the_findings(loaded: Any) -> None:
    loaded.page.select(CheckId.HEADLINE)
    loaded.menus.copy_section_action.trigger()
    assert QGuiApplication.clipboard().text() == loaded.page.details.headline_editor.text()
    loaded.page.select(CheckId.SKILLS)
    loaded.menus.copy_section_action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Skills")
    assert "What" not in copied.splitlines()[0]
    assert "<" not in copied


def test_help_lists_every_shortcut(loaded: Any, qtbot: Any) -> None:
    rows = dict((does, keys) for keys, does in shortcut_rows(loaded))
    assert rows["Settings"] == "Ctrl+,"
    assert rows["Next Blocker"] == "Ctrl+J"
    assert "Export PDF" in rows and "Copy Section Text" in rows and "Print" in rows
    assert any(keys == "F8" for keys in rows.values())
    dialog = ShortcutsDialog(loaded)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(rows)
    assert "F1" in {s.toString() for s in loaded.menus.shortcuts_action.shortcuts()}


def test_focused_controls_show_a_thick_ring_including_the_blocker_chips(
    loaded: Any, qtbot: Any
) -> None:
    shown(loaded, qtbot)
    chip = loaded.page.banner.blocker_buttons()[0]
    loaded.page.table.setFocus()
    qtbot.waitUntil(lambda: not chip.hasFocus())
    plain = chip.grab().toImage()
    chip.setFocus()
    qtbot.waitUntil(chip.hasFocus)
    ringed = chip.grab().toImage()
    highlight = chip.palette().highlight().color().rgb()
    # The ring: at least 2 px of the highlight along the left edge, where nothing was before.
    middle = ringed.height() // 2
    edge = [x for x in range(6) if ringed.pixel(x, middle) == highlight]
    assert len(edge) >= 2 or any(
        ringed.pixel(x, y) == highlight and ringed.pixel(x + 1, y) == highlight
        for x in range(6)
        for y in range(ringed.height())
    )
    assert plain != ringed


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


@pytest.mark.parametrize("section", list(CheckId))
def test_every_focusable_control_has_an_accessible_name(
    loaded: Any, qtbot: Any, section: CheckId
) -> None:
    shown(loaded, qtbot)
    loaded.page.select(section)
    nameless = [
        f"{w.metaObject().className()} {w.objectName()}"
        for w in loaded.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not _name(w).strip()
    ]
    assert nameless == []


def test_start_page_controls_have_accessible_names(window: Any, qtbot: Any) -> None:
    shown(window, qtbot)
    nameless = [
        f"{w.metaObject().className()} {w.objectName()}"
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not _name(w).strip()
    ]
    assert nameless == []


def test_ctrl_v_on_the_start_page_pastes_after_a_menu_closed(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    pasted: list[bool] = []
    monkeypatch.setattr(window, "paste_profile", lambda: pasted.append(True))
    shown(window, qtbot)
    # Once a menu closes the focus is on the window or its menu bar, not on the start page
    # (a real popup menu cannot open on the offscreen platform).
    for holder in (window, window.menuBar()):
        holder.setFocus()
        qtbot.keyClick(holder, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert pasted == [True, True]


def test_ctrl_v_in_an_editor_pastes_text_not_a_profile(
    loaded: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    pasted: list[bool] = []
    monkeypatch.setattr(loaded, "paste_profile", lambda: pasted.append(True))
    shown(loaded, qtbot)
    loaded.page.select(CheckId.HEADLINE)
    editor = loaded.page.details.headline_editor.edit
    editor.setFocus()
    QGuiApplication.clipboard().setText(" Planner")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert pasted == []
    assert editor.toPlainText().endswith("Planner")
