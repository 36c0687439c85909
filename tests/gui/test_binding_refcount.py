"""The Qt binding must not leak references to None: on CPython < 3.12 that aborts the app."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_refcount(qtbot: object) -> None:
    # PySide6 6.12.0 on CPython 3.11 dropped one reference to None per void call; after a few
    # thousand keystrokes CPython aborted with "none_dealloc". A fixed binding keeps the count.
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        label.setText("x")
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"None refcount went from {before} to {after}"
