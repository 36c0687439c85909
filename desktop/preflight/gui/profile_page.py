"""The page for a loaded profile: banner on top, checklist on the left, details on the right."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from preflight.core.messages import messages
from preflight.gui.banner import ReadinessBanner
from preflight.gui.details import SectionDetails
from preflight.gui.models import ChecklistModel
from preflight.gui.score_chart import ScoreChart
from preflight.gui.status import WARN, status_icon

if TYPE_CHECKING:
    from preflight.core.assessment import Assessment, CheckId
    from preflight.core.models import Profile


class ProfilePage(QWidget):
    """Shows one profile's verdict and the tools to improve it."""

    section_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: Profile | None = None
        self.banner = ReadinessBanner()
        self.who = QLabel()
        self.who.setObjectName("profileName")
        font = self.who.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.who.setFont(font)
        self.who.setWordWrap(True)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("importWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_icon = QLabel()
        self.warnings_icon.setPixmap(status_icon(WARN).pixmap(18, 18))
        self.warnings_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart_label = QLabel()
        self.chart = ScoreChart()
        self.chart_label.setBuddy(self.chart)
        self.model = ChecklistModel(self)
        self.table = self._build_table()
        self.details = SectionDetails()
        self.details.setObjectName("details")
        self._build_layout()
        self.banner.blocker_clicked.connect(self.select)
        self.banner.rebuilt.connect(self.order_focus)
        self.details.fixes_changed.connect(self.order_focus)
        self.retranslate()

    def _build_table(self) -> QTableView:
        table = QTableView()
        self.table = table
        self.table.setObjectName("checklist")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        # Tab leaves the table for the next control; the arrow keys move between sections.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ChecklistModel.SECTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChecklistModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistModel.POINTS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setIconSize(self.table.iconSize().expandedTo(self.table.iconSize() * 1.2))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        return table

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.who)
        left_layout.addWidget(self.source)
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warnings_icon, 0, Qt.AlignmentFlag.AlignTop)
        warning_row.addWidget(self.warnings, 1)
        left_layout.addLayout(warning_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.chart_label)
        left_layout.addWidget(self.chart)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([380, 620])
        # On a very small screen (1024x600 at scale 2) the whole page scrolls rather than push the
        # window past the screen; anywhere bigger the scroll bars never show.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("profileScroll")
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidgetResizable(True)
        # Not a Tab stop of its own: it scrolls to whichever control takes the focus.
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)

    def show_profile(self, profile: Profile) -> None:
        """Shows who and where from."""
        self._profile = profile
        self.details.source_kind = str(profile.source.format)
        self.retranslate()

    def show_assessment(self, assessment: Assessment, uncopied: list[str]) -> None:
        """Shows a verdict, keeping the selected section (the first blocker when none is)."""
        current = self.details.current()
        self.model.set_assessment(assessment)
        self.banner.set_assessment(assessment, uncopied)
        keep = current.id if current else None
        if keep is None:
            # The first blocker, else the section with the most points still to gain.
            best = max(assessment.checks, key=lambda c: c.points_to_gain)
            keep = assessment.blockers[0] if assessment.blockers else best.id
            self.select(keep, focus=False)
        else:
            self.details.show_result(assessment.check(keep))

    def focus_first_step(self) -> None:
        """Puts the keyboard on the first blocker (Enter shows it), else on the checklist."""
        blockers = self.banner.blocker_buttons()
        (blockers[0] if blockers else self.table).setFocus(Qt.FocusReason.OtherFocusReason)

    def order_focus(self) -> None:
        """Tab goes: the banner's blockers, Report, the checklist, then the section's controls."""
        chain = [*self.banner.blocker_buttons(), self.banner.report_button, self.table, self.chart]
        chain += self.details.focus_chain()
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def select(self, check: CheckId | str, *, focus: bool = True) -> None:
        """Selects a section in the checklist and shows it."""
        row = self.model.row_of(check)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.details.show_result(self.model.check_at(row))
        self.details.verticalScrollBar().setValue(0)
        if focus:
            editor = {
                "headline": self.details.headline_editor.edit,
                "summary": self.details.summary_editor.edit,
            }.get(str(check))
            (editor or self.table).setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_selection(self) -> None:
        """Forgets the selected section (a new profile starts at its first blocker)."""
        self.table.clearSelection()
        self.details.show_result(None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Sets every text for the current language."""
        self.table.setAccessibleName(self.tr("Checklist"))
        self.chart_label.setText(self.tr("Score &over time"))
        self.details.setAccessibleName(self.tr("Section details"))
        self.model.retranslate()
        profile = self._profile
        self.warnings.setVisible(bool(profile and profile.warnings))
        self.warnings_icon.setVisible(self.warnings.isVisibleTo(self))
        if profile is None:
            self.who.setText("")
            self.source.setText("")
            return
        self.who.setText(profile.name or self.tr("(no name in the file)"))
        kinds = {
            "linkedin-export": self.tr("LinkedIn data export"),
            "pasted-text": self.tr("Text pasted from the profile page"),
            "linkedin-pdf": self.tr("Profile saved as PDF"),
            "json-resume": self.tr("JSON Resume"),
        }
        language = self.tr("Spanish") if profile.source.language == "es" else self.tr("English")
        if profile.source.other_language:  # French, German…: named from the core's catalogue
            ui = "es" if QLocale().language() == QLocale.Language.Spanish else "en"
            language = messages(ui)(f"languages.{profile.source.other_language}")
        text = self.tr("{kind} \u00b7 written in {language}").format(
            kind=kinds[str(profile.source.format)], language=language
        )
        self.source.setText(text)
        # What the importer could not read (a PDF's top three skills, no photo or posts) stays in
        # view beside the checklist, so an "Unknown" has its reason next to it.
        # Translations.apply sets the default locale to the interface language.
        notes = messages("es" if QLocale().language() == QLocale.Language.Spanish else "en")
        self.warnings.setText(
            self.tr("Could not read everything: {warnings}").format(
                warnings="\n".join(note.text(notes) for note in profile.warnings)
            )
        )

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        result = self.model.check_at(current.row())
        if self.details.current() is None or self.details.current().id != result.id:  # type: ignore[union-attr]
            self.details.show_result(result)
            self.details.verticalScrollBar().setValue(0)
        self.section_selected.emit(result.id.value)
