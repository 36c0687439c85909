"""Blocker buttons wrap onto new rows instead of widening the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from preflight.gui.flow_layout import FlowLayout


def test_buttons_wrap_to_the_width_and_never_overlap(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host)
    buttons = [QPushButton(f"Publicaciones: Sin verificar {n}") for n in range(6)]
    for button in buttons:
        layout.addWidget(button)
    widest = max(b.sizeHint().width() for b in buttons)
    assert layout.minimumSize().width() < 2 * widest  # the window may be narrower than one row
    host.resize(widest * 2 + 20, layout.heightForWidth(widest * 2 + 20))
    host.show()
    qtbot.waitExposed(host)
    rows = sorted({b.geometry().top() for b in buttons})
    assert len(rows) == 3  # two per row
    for a in buttons:
        assert host.rect().contains(a.geometry())
        for b in buttons:
            assert a is b or not a.geometry().intersects(b.geometry())
