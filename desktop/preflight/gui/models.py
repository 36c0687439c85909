"""Item models for the checklist and the text lists in a section's details."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:
    from preflight.core.assessment import Assessment, CheckId, CheckResult
from preflight.gui.status import section_name, status_icon, status_word

Index = QModelIndex | QPersistentModelIndex

CHECK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


class ChecklistModel(QAbstractTableModel):
    """The six sections: name with status icon, status word, points."""

    SECTION, STATUS, POINTS = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._checks: list[CheckResult] = []

    def set_assessment(self, assessment: Assessment | None) -> None:
        """Shows a new verdict; keeps the selection when the sections stay the same."""
        checks = list(assessment.checks) if assessment else []
        if [c.id for c in checks] == [c.id for c in self._checks] and checks:
            self._checks = checks
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(checks) - 1, self.columnCount() - 1)
            )
            return
        self.beginResetModel()
        self._checks = checks
        self.endResetModel()

    def check_at(self, row: int) -> CheckResult:
        """The result shown in ``row``."""
        return self._checks[row]

    def row_of(self, check: CheckId | str) -> int:
        """The row of a section, or -1."""
        for row, result in enumerate(self._checks):
            if result.id == check:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._checks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._checks):
            return None
        result = self._checks[index.row()]
        column = index.column()
        if role == CHECK_ID_ROLE:
            return result.id.value
        if role == STATUS_ROLE:
            return result.status.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(result, column, accessible=role != Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DecorationRole and column == self.SECTION:
            return status_icon(result.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return result.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, result: CheckResult, column: int, *, accessible: bool) -> str:
        if column == self.SECTION:
            name = section_name(result.id)
            return f"{name}: {status_word(result.status)}" if accessible else name
        if column == self.STATUS:
            word = status_word(result.status)
            if result.confirmed_by_user:
                return self.tr("{status} (checked by you)").format(status=word)
            return word
        return self.tr("{points} of {max}").format(points=result.points, max=result.max_points)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 3:
            return None
        return (self.tr("Section"), self.tr("Status"), self.tr("Points"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def retranslate(self) -> None:
        """Re-announces every cell and header after a language switch."""
        if self._checks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._checks) - 1, 2))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
