"""A checklist section in detail: evidence, suggestions, one-click fixes and the editors."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from preflight.gui.editors import TextFieldEditor
from preflight.gui.photo_view import PhotoView
from preflight.gui.status import UNKNOWN, section_name, status_icon, status_word

if TYPE_CHECKING:
    from preflight.core.assessment import CheckResult, TextFix


LONG_WORD = re.compile(r"\S{30,}")
ZERO_WIDTH_SPACE = "\u200b"


def _breakable(text: str) -> str:
    """Lets a label wrap inside long unbroken words (links, hashtags) instead of clipping them."""

    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        return ZERO_WIDTH_SPACE.join(word[i : i + 20] for i in range(0, len(word), 20))

    return LONG_WORD.sub(split, text)


def _bullets(lines: list[str], *, quoted: bool) -> str:
    if not lines:
        return ""
    items = []
    for line in lines:
        text = html.escape(_breakable(line)).replace("\n", "<br>")
        items.append(f"<li>{'&ldquo;' + text + '&rdquo;' if quoted else text}</li>")
    return "<ul style='margin-left:-20px'>" + "".join(items) + "</ul>"


class SectionDetails(QScrollArea):
    """Everything about the selected section, with the tools to fix it."""

    fix_applied = Signal(str, str)
    confirm_toggled = Signal(str, bool)
    attach_photo_requested = Signal()
    remove_photo_requested = Signal()
    save_crop_requested = Signal()
    fixes_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fix_rows: list[QFrame] = []
        self._result: CheckResult | None = None
        # Where the profile came from ("pasted-text", "linkedin-pdf"…): a note names it.
        self.source_kind = ""

        self.icon = QLabel()
        self.icon.setFixedSize(28, 28)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        self.found_label = self._subheading()
        self.found = self._body()
        self.found.setObjectName("evidence")
        self.change_label = self._subheading()
        self.change = self._body()
        self.change.setObjectName("suggestions")
        self.fix_box = QVBoxLayout()
        self.fix_buttons: list[QPushButton] = []
        self.confirm = QCheckBox()
        self.confirm.setObjectName("confirmCheck")
        self.confirm.toggled.connect(self._confirm_changed)
        self.confirm_note = QLabel()
        self.confirm_note.setWordWrap(True)

        self.headline_editor = TextFieldEditor("headline", 220)
        self.summary_editor = TextFieldEditor("summary", 2600)
        self.photo_box = self._build_photo_box()
        self._build_layout()
        self.show_result(None)

    def _build_photo_box(self) -> QWidget:
        self.photo_view = PhotoView()
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("attachPhoto")
        self.attach_button.clicked.connect(self.attach_photo_requested)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_photo_requested)
        self.crop_button = QPushButton()
        self.crop_button.clicked.connect(self.save_crop_requested)
        box = QWidget()
        photo_buttons = QHBoxLayout()
        for button in (self.attach_button, self.remove_button, self.crop_button):
            photo_buttons.addWidget(button)
        photo_buttons.addStretch(1)
        photo_layout = QVBoxLayout(box)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.photo_view)
        self.photo_legend = QLabel()
        self.photo_legend.setWordWrap(True)
        photo_layout.addWidget(self.photo_legend)
        photo_layout.addLayout(photo_buttons)
        return box

    def _build_layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.icon)
        head.addWidget(self.heading, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(head)
        layout.addWidget(self.photo_box)
        layout.addWidget(self.headline_editor)
        layout.addWidget(self.summary_editor)
        # Suggested rewrites sit right under the text they would replace.
        layout.addLayout(self.fix_box)
        layout.addWidget(self.found_label)
        layout.addWidget(self.found)
        layout.addWidget(self.change_label)
        layout.addWidget(self.change)
        layout.addWidget(self.confirm)
        layout.addWidget(self.confirm_note)
        layout.addStretch(1)
        self.setWidget(body)

    def _subheading(self) -> QLabel:
        label = QLabel()
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _body(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return label

    def current(self) -> CheckResult | None:
        """The section shown."""
        return self._result

    def show_result(self, result: CheckResult | None) -> None:
        """Shows one section's verdict (None: nothing selected)."""
        self._result = result
        check = result.id if result else None
        self.headline_editor.setVisible(check == "headline")
        self.summary_editor.setVisible(check == "summary")
        self.photo_box.setVisible(check == "photo")
        self.retranslate()

    def set_photo(self, path: str, analysis: object) -> None:
        """Shows the attached photo (or none)."""
        from preflight.core.models import PhotoAnalysis

        self.photo_view.set_photo(path, analysis if isinstance(analysis, PhotoAnalysis) else None)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Sets every text for the current language and section."""
        self.found_label.setText(self.tr("What we found"))
        self.change_label.setText(self.tr("What to change"))
        self.attach_button.setText(self.tr("Attach &photo…"))
        self.remove_button.setText(self.tr("Remove photo"))
        self.crop_button.setText(self.tr("Save cropped copy…"))
        has_photo = self.photo_view.has_photo()
        if self.photo_view.crop_differs():
            self.photo_legend.setText(
                self.tr(
                    "Solid box: the face found. Dotted box: the square LinkedIn shows today, "
                    "seen in the first circle as visitors see it next to your InMail. Dashed "
                    "box: the suggested crop, and the second circle: how it would look."
                )
            )
        else:
            self.photo_legend.setText(
                self.tr(
                    "Solid box: the face found. Dotted box: the square LinkedIn shows, seen in "
                    "the circle as visitors see it next to your InMail. It needs no crop."
                )
            )
        self.photo_legend.setVisible(has_photo)
        self.remove_button.setVisible(has_photo)
        # A copy cropped to what LinkedIn already shows would be the same picture.
        self.crop_button.setVisible(self.photo_view.crop_differs())
        self.confirm.setText(self.tr("I checked this myself"))
        if self.source_kind == "pasted-text":
            self.confirm_note.setText(
                self.tr(
                    "Preflight cannot see this in the text you pasted. Tick the box only if you "
                    "looked at your live LinkedIn profile and it is in order; the report will say "
                    "you confirmed it."
                )
            )
        else:
            self.confirm_note.setText(
                self.tr(
                    "Preflight cannot see this in your file. Tick the box only if you looked at "
                    "your live LinkedIn profile and it is in order; the report will say you "
                    "confirmed it."
                )
            )
        result = self._result
        for row in self.fix_rows:
            self.fix_box.removeWidget(row)
            row.deleteLater()
        self.fix_rows = []
        self.fix_buttons = []
        if result is None:
            self.icon.clear()
            self.heading.setText(self.tr("Select a section of the checklist"))
            for widget in (
                self.found_label,
                self.found,
                self.change_label,
                self.change,
            ):
                widget.hide()
            self.confirm.hide()
            self.confirm_note.hide()
            return
        self.icon.setPixmap(status_icon(result.status).pixmap(28, 28))
        self.heading.setText(
            self.tr("{section} \u2014 {status} \u00b7 {points} of {max} points").format(
                section=section_name(result.id),
                status=status_word(result.status),
                points=result.points,
                max=result.max_points,
            )
        )
        self.heading.setAccessibleName(self.heading.text())
        # The check's own title ("About (summary)") only repeats the section's name: a tooltip.
        self.heading.setToolTip(result.title)
        self.found.setText(_bullets(result.evidence, quoted=False) or self.tr("Nothing to quote."))
        self.change.setText(
            _bullets(result.suggestions, quoted=False) or self.tr("Nothing to change here.")
        )
        for widget in (self.found_label, self.found, self.change_label, self.change):
            widget.show()
        for fix in result.fixes:
            self._add_fix(fix)
        self.fixes_changed.emit()
        can_confirm = result.status == UNKNOWN or result.confirmed_by_user
        self.confirm.setVisible(can_confirm)
        self.confirm_note.setVisible(can_confirm)
        self.confirm.blockSignals(True)
        self.confirm.setChecked(result.confirmed_by_user)
        self.confirm.blockSignals(False)

    def focus_chain(self) -> list[QWidget]:
        """The controls in the order Tab should visit them (hidden ones are skipped by Qt)."""
        editors: list[QWidget] = []
        for editor in (self.headline_editor, self.summary_editor):
            editors += [editor.edit, editor.reset_button, editor.copy_button]
        photo = [self.attach_button, self.remove_button, self.crop_button]
        return [*editors, *self.fix_buttons, *photo, self.confirm]

    def _add_fix(self, fix: TextFix) -> None:
        row = QFrame()
        row.setObjectName(f"fix-{fix.field}-{len(self.fix_buttons)}")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        quote = QLabel(f"\u201c{_breakable(fix.text)}\u201d")
        quote.setTextFormat(Qt.TextFormat.PlainText)
        quote.setWordWrap(True)
        quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if fix.field == "headline":
            label = self.tr("Use this headline")
        else:
            label = self.tr("Use this About draft")
        button = QPushButton(label)
        button.setAccessibleName(f"{label}: {fix.text}")
        button.setToolTip(fix.text)
        button.clicked.connect(lambda _=False, f=fix: self._preview_fix(f))
        layout = QHBoxLayout(row)
        layout.addWidget(quote, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.fix_box.addWidget(row)
        self.fix_rows.append(row)
        self.fix_buttons.append(button)

    def _preview_fix(self, fix: TextFix) -> None:
        """Shows the suggestion beside the current text first; applies what the user accepts."""
        from preflight.gui.draft_preview import DraftPreviewDialog

        editor = self.headline_editor if fix.field == "headline" else self.summary_editor
        chosen = DraftPreviewDialog.review(self.window(), fix.field, editor.text(), fix.text)
        if chosen is not None:
            self.fix_applied.emit(fix.field, chosen)

    def _confirm_changed(self, checked: bool) -> None:
        if self._result is not None:
            self.confirm_toggled.emit(self._result.id.value, checked)
