"""A suggested rewrite beside the current text, differences marked, to use, edit or cancel."""

from __future__ import annotations

import difflib
import re
from typing import Literal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from preflight.gui.screen_fit import fit_to_screen
from preflight.gui.status import FAIL, PASS, status_colour

Op = Literal["same", "removed", "added"]
_TOKEN = re.compile(r"\s*\S+\s*|\s+")


def word_diff(
    current: str, suggested: str, *, spacing: Literal["current", "suggested"] = "suggested"
) -> list[tuple[Op, str]]:
    """The two texts as runs of kept, removed and added words (spaces travel with the words).

    Kept words are spaced as in ``spacing``'s text.
    """
    old, new = _TOKEN.findall(current), _TOKEN.findall(suggested)
    out: list[tuple[Op, str]] = []
    # Words are compared without their spaces, so a re-wrapped line is not a change.
    matcher = difflib.SequenceMatcher(
        None, [t.strip() for t in old], [t.strip() for t in new], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            kept = old[i1:i2] if spacing == "current" else new[j1:j2]
            out.append(("same", "".join(kept)))
            continue
        if i2 > i1:
            out.append(("removed", "".join(old[i1:i2])))
        if j2 > j1:
            out.append(("added", "".join(new[j1:j2])))
    return out


def _fill(edit: QTextEdit, runs: list[tuple[Op, str]], shown: Op) -> int:
    """Writes the runs a side shows; returns how many changed runs it marked."""
    edit.clear()
    cursor = QTextCursor(edit.document())
    plain = QTextCharFormat()
    marked = QTextCharFormat()
    colour = QColor(status_colour(PASS if shown == "added" else FAIL))
    tint = QColor(colour)
    tint.setAlpha(50)
    marked.setBackground(tint)
    # Not colour alone: removed words are struck through, added ones underlined.
    if shown == "added":
        marked.setFontUnderline(True)
    else:
        marked.setFontStrikeOut(True)
    count = 0
    for op, text in runs:
        if op == "same":
            cursor.insertText(text, plain)
        elif op == shown:
            cursor.insertText(text, marked)
            count += bool(text.strip())
    return count


class DraftPreviewDialog(QDialog):
    """The current text and the suggested one side by side; the suggestion can be edited."""

    def __init__(self, parent: QWidget | None, field: str, current: str, suggested: str) -> None:
        super().__init__(parent)
        self.setObjectName("draftPreview")
        self.field = field
        self.suggested_text = suggested
        self.current_label = QLabel()
        self.suggested_label = QLabel()
        self.current = QTextEdit()
        self.current.setObjectName("previewCurrent")
        self.current.setReadOnly(True)
        self.suggested = QTextEdit()
        self.suggested.setObjectName("previewSuggested")
        self.suggested.setReadOnly(True)
        self.suggested.setAcceptRichText(False)
        for edit in (self.current, self.suggested):
            edit.setTabChangesFocus(True)
        self.current_label.setBuddy(self.current)
        self.suggested_label.setBuddy(self.suggested)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.removed = _fill(
            self.current, word_diff(current, suggested, spacing="current"), "removed"
        )
        self.added = _fill(self.suggested, word_diff(current, suggested), "added")

        self.buttons = QDialogButtonBox()
        self.use_button = QPushButton()
        self.use_button.setObjectName("useDraft")
        self.use_button.setDefault(True)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editDraft")
        self.buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit_button.clicked.connect(self.start_editing)

        grid = QGridLayout()
        grid.addWidget(self.current_label, 0, 0)
        grid.addWidget(self.suggested_label, 0, 1)
        grid.addWidget(self.current, 1, 0)
        grid.addWidget(self.suggested, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addLayout(grid, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fit(field)

    def _fit(self, field: str) -> None:
        for edit in (self.current, self.suggested):
            edit.setMinimumHeight(48)
        fit_to_screen(self, 860, 260 if field == "headline" else 480)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Sets every text for the current language."""
        if self.field == "headline":
            self.setWindowTitle(self.tr("Suggested headline"))
        else:
            self.setWindowTitle(self.tr("Suggested About"))
        self.current_label.setText(self.tr("&Now"))
        self.suggested_label.setText(self.tr("&Suggested"))
        self.current.setAccessibleName(self.tr("Your text now, removed words struck through"))
        self.suggested.setAccessibleName(self.tr("Suggested text, new words underlined"))
        self.legend.setText(
            self.tr(
                "Struck-through words would go; underlined words are new ({removed} "
                "removed, {added} added). Use it as it is, edit it first, or cancel."
            ).format(removed=self.removed, added=self.added)
        )
        self.use_button.setText(self.tr("&Use this draft"))
        self.edit_button.setText(self.tr("&Edit before using"))

    def start_editing(self) -> None:
        """Lets the user change the suggestion before using it."""
        self.suggested.setReadOnly(False)
        self.suggested.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit_button.setEnabled(False)

    def chosen_text(self) -> str:
        """The suggestion as it stands (edited or not)."""
        return self.suggested.toPlainText()

    @classmethod
    def review(cls, parent: QWidget | None, field: str, current: str, suggested: str) -> str | None:
        """The text to use, or None when cancelled."""
        dialog = cls(parent, field, current, suggested)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_text()
