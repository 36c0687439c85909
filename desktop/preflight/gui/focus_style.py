"""A focus ring every control shows: a 2 px dashed outline, a shape and not only a colour."""

from __future__ import annotations

# Buttons keep their look until focused; then the outline (and, for buttons, a bold label)
# shows where the keyboard is, in light and dark themes alike (palette colours).
FOCUS_STYLE = """
QPushButton:focus {
    border: 2px dashed palette(highlight);
    border-radius: 4px;
    padding: 4px 10px;
    font-weight: bold;
}
QCheckBox:focus, QRadioButton:focus {
    border: 2px dashed palette(highlight);
    padding: 2px;
}
QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus, QLineEdit:focus,
QPlainTextEdit:focus, QTextEdit:focus, QListView:focus, QListWidget:focus,
QTableView:focus, QTreeView:focus, QTreeWidget:focus, QTableWidget:focus {
    border: 2px dashed palette(highlight);
}
"""
