"""A blocker chip keeps room for its whole label when it has the focus (bold, in the focus ring)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QFontMetrics

from preflight.gui.banner import FOCUSED_EXTRA_WIDTH


def test_the_focused_blocker_chip_shows_its_whole_label(loaded: Any, qtbot: Any) -> None:
    loaded.show()
    qtbot.waitExposed(loaded)
    chips = loaded.page.banner.blocker_buttons()
    assert chips
    for chip in chips:
        chip.setFocus()
        qtbot.waitUntil(chip.hasFocus)
        bold = QFont(chip.font())
        bold.setBold(True)
        needed = QFontMetrics(bold).horizontalAdvance(chip.text()) + FOCUSED_EXTRA_WIDTH
        assert chip.width() >= needed + chip.iconSize().width()
