"""The settings dialog: every checklist threshold (validated by the core) and the interface."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from preflight.core.errors import InputError
from preflight.core.settings import Settings, load_settings
from preflight.gui.dialogs import ErrorDialog, OpenProfileDialog, SaveFileDialog
from preflight.gui.preferences import Preferences, save_checklist_settings
from preflight.gui.screen_fit import fit_to_screen

Spin = QSpinBox | QDoubleSpinBox


def section_titles() -> dict[str, str]:
    """The translated title of each settings section."""
    return {
        "headline": QCoreApplication.translate("SettingsDialog", "Headline"),
        "summary": QCoreApplication.translate("SettingsDialog", "About"),
        "skills": QCoreApplication.translate("SettingsDialog", "Skills"),
        "posts": QCoreApplication.translate("SettingsDialog", "Posts"),
        "photo": QCoreApplication.translate("SettingsDialog", "Photo file"),
        "weights": QCoreApplication.translate(
            "SettingsDialog", "Points per section (the score adds them up)"
        ),
    }


def field_labels() -> dict[str, str]:
    """The translated label of every setting, keyed ``section.field``."""
    return {
        "headline.max_chars": QCoreApplication.translate(
            "SettingsDialog", "Longest headline (characters)"
        ),
        "headline.max_emoji": QCoreApplication.translate(
            "SettingsDialog", "Most emoji before it reads as noise"
        ),
        "summary.min_chars": QCoreApplication.translate(
            "SettingsDialog", "Shortest useful About (characters)"
        ),
        "summary.max_chars": QCoreApplication.translate(
            "SettingsDialog", "Longest About (characters)"
        ),
        "summary.fold_chars": QCoreApplication.translate(
            "SettingsDialog", "Characters shown before \u201csee more\u201d"
        ),
        "summary.max_sentence_words": QCoreApplication.translate(
            "SettingsDialog", "Longest easy sentence (words)"
        ),
        "skills.pass_min": QCoreApplication.translate("SettingsDialog", "Skills needed to pass"),
        "skills.warn_min": QCoreApplication.translate(
            "SettingsDialog", "Skills needed to only warn"
        ),
        "posts.recent_days": QCoreApplication.translate(
            "SettingsDialog", "Newest post within (days) passes"
        ),
        "posts.stale_days": QCoreApplication.translate(
            "SettingsDialog", "Newest post within (days) only warns"
        ),
        "photo.min_px": QCoreApplication.translate(
            "SettingsDialog", "Smallest side that fails below (pixels)"
        ),
        "photo.recommended_px": QCoreApplication.translate(
            "SettingsDialog", "Recommended smallest side (pixels)"
        ),
        "photo.max_file_bytes": QCoreApplication.translate(
            "SettingsDialog", "Largest file LinkedIn accepts (bytes)"
        ),
        "photo.face_ratio_target": QCoreApplication.translate(
            "SettingsDialog", "Share of the frame the face should fill"
        ),
        "photo.face_ratio_min": QCoreApplication.translate(
            "SettingsDialog", "Smallest face share before a warning"
        ),
        "photo.max_aspect_ratio": QCoreApplication.translate(
            "SettingsDialog", "Furthest from square before a warning"
        ),
        "weights.photo": QCoreApplication.translate("SettingsDialog", "Photo"),
        "weights.headline": QCoreApplication.translate("SettingsDialog", "Headline"),
        "weights.summary": QCoreApplication.translate("SettingsDialog", "About"),
        "weights.experience": QCoreApplication.translate("SettingsDialog", "Experience"),
        "weights.skills": QCoreApplication.translate("SettingsDialog", "Skills"),
        "weights.posts": QCoreApplication.translate("SettingsDialog", "Posts"),
    }


def _bounds(info: Any) -> tuple[float, float]:
    low, high = 0.0, 1e9
    for item in info.metadata:
        for name in ("ge", "gt"):
            value = getattr(item, name, None)
            if value is not None:
                low = float(value) + (0.01 if name == "gt" else 0)
        for name in ("le", "lt"):
            value = getattr(item, name, None)
            if value is not None:
                high = float(value)
    return low, high


class SettingsDialog(QDialog):
    """Edits a copy of the settings and preferences; nothing changes until OK."""

    def __init__(
        self, parent: QWidget | None, settings: Settings, preferences: Preferences
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Settings"))
        self._preferences = preferences
        self.spins: dict[str, Spin] = {}
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, label in (
            ("system", QCoreApplication.translate("SettingsDialog", "As the system")),
            ("en", "English"),
            ("es", "Español"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(preferences.language))
        self.theme = QComboBox()
        for code, label in (
            ("system", QCoreApplication.translate("SettingsDialog", "As the system")),
            ("light", QCoreApplication.translate("SettingsDialog", "Light")),
            ("dark", QCoreApplication.translate("SettingsDialog", "Dark")),
        ):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(self.theme.findData(preferences.theme))
        interface = QGroupBox(QCoreApplication.translate("SettingsDialog", "Interface"))
        form = QFormLayout(interface)
        form.addRow(QCoreApplication.translate("SettingsDialog", "&Language:"), self.language)
        form.addRow(QCoreApplication.translate("SettingsDialog", "&Theme:"), self.theme)
        self.clear_history_button = QPushButton(
            QCoreApplication.translate("SettingsDialog", "Clear score &history…")
        )
        self.clear_history_button.setObjectName("clearHistory")
        self.clear_history_button.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog",
                "Forget every score Preflight kept on this computer to draw the chart",
            )
        )
        self.clear_history_button.clicked.connect(self.clear_history)
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Score history:"),
            self.clear_history_button,
        )

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(interface)
        self._add_sections(column, settings)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.hide()

        presets = QHBoxLayout()
        for text, slot in (
            (QCoreApplication.translate("SettingsDialog", "&Import preset…"), self.import_preset),
            (QCoreApplication.translate("SettingsDialog", "E&xport preset…"), self.export_preset),
            (
                QCoreApplication.translate("SettingsDialog", "Restore &defaults"),
                lambda: self.show_settings(Settings()),
            ),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=slot: s())
            presets.addWidget(button)
        presets.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(presets)
        layout.addWidget(buttons)
        # The values scroll; the buttons under them stay on screen however small it is.
        scroll.setMinimumHeight(60)
        fit_to_screen(self, 600, 640)

    def _add_sections(self, column: QVBoxLayout, settings: Settings) -> None:
        titles, labels = section_titles(), field_labels()
        for section, info in Settings.model_fields.items():
            model = info.annotation
            assert isinstance(model, type) and issubclass(model, BaseModel)
            box = QGroupBox(titles.get(section, section))
            form = QFormLayout(box)
            for name, field in model.model_fields.items():
                key = f"{section}.{name}"
                low, high = _bounds(field)
                spin: Spin
                if field.annotation is float:
                    spin = QDoubleSpinBox()
                    spin.setDecimals(2)
                    spin.setSingleStep(0.05)
                    spin.setRange(low, high)
                else:
                    spin = QSpinBox()
                    spin.setRange(int(low), int(min(high, 2**31 - 1)))
                    spin.setGroupSeparatorShown(True)
                spin.setObjectName(key)
                spin.setToolTip(
                    QCoreApplication.translate("SettingsDialog", "From {low} to {high}").format(
                        low=spin.minimum(), high=spin.maximum()
                    )
                )
                label = labels.get(key, field.description or name)
                spin.setAccessibleName(label)
                form.addRow(label, spin)
                self.spins[key] = spin
            column.addWidget(box)
        self.show_settings(settings)

    def show_settings(self, settings: Settings) -> None:
        """Puts every value of ``settings`` into the form."""
        data = settings.model_dump()
        for key, spin in self.spins.items():
            section, name = key.split(".")
            spin.setValue(data[section][name])

    def values(self) -> dict[str, dict[str, float | int]]:
        """The form's values as nested data for the settings model."""
        data: dict[str, dict[str, float | int]] = {}
        for key, spin in self.spins.items():
            section, name = key.split(".")
            data.setdefault(section, {})[name] = spin.value()
        return data

    def validated(self) -> Settings | None:
        """The form as valid settings, or None with the problem shown."""
        try:
            settings = Settings.model_validate(self.values())
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(p) for p in first["loc"] if p != "__root__")
            label = field_labels().get(where) or section_titles().get(where, where)
            self.error.setText(
                QCoreApplication.translate(
                    "SettingsDialog", "Please fix \u201c{where}\u201d: {problem}"
                ).format(where=label, problem=first["msg"])
            )
            self.error.show()
            return None
        self.error.hide()
        return settings

    def preferences(self) -> Preferences:
        """The interface choices in the form."""
        return self._preferences.replace(
            language=self.language.currentData(), theme=self.theme.currentData()
        )

    def accept(self) -> None:
        """Closes only when the values are valid."""
        if self.validated() is not None:
            super().accept()

    def clear_history(self) -> None:
        """Forgets the score history, after asking (it cannot be undone)."""
        from preflight.gui.dialogs import ConfirmDialog

        history = getattr(self.parent(), "history", None)
        if history is None or not ConfirmDialog.ask(
            self,
            QCoreApplication.translate("SettingsDialog", "Clear score history"),
            QCoreApplication.translate(
                "SettingsDialog",
                "Forget every recorded score of every profile? The chart starts again empty.",
            ),
        ):
            return
        history.clear()
        self.clear_history_button.setEnabled(False)

    def import_preset(self) -> None:
        """Loads a team's preset file into the form."""
        path = OpenProfileDialog.ask_preset(self)
        if path is None:
            return
        try:
            preset = load_settings(path)
            self.show_settings(preset)
            mark = getattr(self.parent(), "settings_mark", None)
            if mark is not None:
                mark.remember_preset(path.stem, preset)
        except InputError as error:
            from preflight.core.messages import messages
            from preflight.gui.appearance import effective_language

            language = effective_language(self._preferences.language)
            ErrorDialog.show_error(self, *error.localized(messages(language)))

    def export_preset(self) -> None:
        """Saves the form's settings as a preset file to share."""
        settings = self.validated()
        if settings is None:
            return
        path = SaveFileDialog.ask(
            self,
            QCoreApplication.translate("SettingsDialog", "Export preset"),
            "preflight-preset.json",
            QCoreApplication.translate("SettingsDialog", "Preset (*.json)"),
        )
        if path is None:
            return
        try:
            save_checklist_settings(path, settings)
        except OSError as error:
            ErrorDialog.show_error(
                self,
                QCoreApplication.translate("SettingsDialog", "Could not save the preset."),
                str(error),
            )

    @classmethod
    def edit(
        cls, parent: QWidget | None, settings: Settings, preferences: Preferences
    ) -> tuple[Settings, Preferences] | None:
        """Shows the dialog; the chosen settings and preferences, or None when cancelled."""
        dialog = cls(parent, settings, preferences)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.validated()
        return (chosen, dialog.preferences()) if chosen is not None else None
