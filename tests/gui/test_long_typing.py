"""A long typing session: the app lives through 5,000 keystrokes and the draft holds every one.

PySide6 6.12.0 on CPython 3.11 dropped a reference to None per void Qt call and the app aborted
after about 1,450 keystrokes, losing the typing since the last autosave.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import ALMOST_READY

KEYSTROKES = 5000
CHUNK = 250


@pytest.mark.slow
def test_five_thousand_keystrokes_into_the_about(loaded: Any, qtbot: Any) -> None:
    editor = loaded.page.details.summary_editor.edit
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    before = loaded.page.details.summary_editor.text()
    typed = ("Cut empty miles by 18% across 60 lorries. " * 200)[:KEYSTROKES]
    none_refs = sys.getrefcount(None)
    for start in range(0, KEYSTROKES, CHUNK):
        QTest.keyClicks(editor, typed[start : start + CHUNK])
        QApplication.processEvents()
    # Far fewer than one reference per keystroke may come or go; a leaking binding loses thousands.
    assert sys.getrefcount(None) > none_refs - 1000
    assert loaded.page.details.summary_editor.text() == before + typed
    # The autosave and the new verdict come once the typing pauses.
    with qtbot.waitSignals([loaded.draft_saved, loaded.assessment_shown], timeout=5000):
        pass
    saved = json.loads(loaded.drafts.path_for(ALMOST_READY).read_text(encoding="utf-8"))
    assert saved["summary"] == before + typed
    assert loaded.assessment.check("summary").status == "warn"  # over LinkedIn's 2,600 characters
