"""The settings dialog: every checklist threshold (validated by the core) and the interface."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QCoreApplication, Qt, QTimer
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

if TYPE_CHECKING:
    from preflight.gui.settings_preview import LiveSettings

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
            "SettingsDialog", "How much each section counts in the score"
        ),
    }


def field_labels() -> dict[str, str]:
    """The translated label of every setting, keyed ``section.field``, in the user's words."""

    return {
        "headline.max_chars": QCoreApplication.translate(
            "SettingsDialog", "Longest headline LinkedIn accepts:"
        ),
        "headline.max_emoji": QCoreApplication.translate(
            "SettingsDialog", "Most emoji before a headline reads as noise:"
        ),
        "summary.min_chars": QCoreApplication.translate(
            "SettingsDialog", "An About shorter than this is too thin:"
        ),
        "summary.max_chars": QCoreApplication.translate(
            "SettingsDialog", "Longest About LinkedIn accepts:"
        ),
        "summary.fold_chars": QCoreApplication.translate(
            "SettingsDialog", "Characters LinkedIn shows before \u201csee more\u201d:"
        ),
        "summary.max_sentence_words": QCoreApplication.translate(
            "SettingsDialog", "Longest sentence that still reads easily:"
        ),
        "skills.pass_min": QCoreApplication.translate("SettingsDialog", "Skills needed to pass:"),
        "skills.warn_min": QCoreApplication.translate(
            "SettingsDialog", "Fewer skills than this fail:"
        ),
        "posts.recent_days": QCoreApplication.translate(
            "SettingsDialog", "Newest post no older than this passes:"
        ),
        "posts.stale_days": QCoreApplication.translate(
            "SettingsDialog", "Newest post no older than this only needs work:"
        ),
        "photo.min_px": QCoreApplication.translate(
            "SettingsDialog", "A photo with a shorter side than this fails:"
        ),
        "photo.recommended_px": QCoreApplication.translate(
            "SettingsDialog", "A photo with a shorter side than this needs work:"
        ),
        "photo.max_file_bytes": QCoreApplication.translate(
            "SettingsDialog", "Largest photo file LinkedIn accepts:"
        ),
        "photo.face_ratio_target": QCoreApplication.translate(
            "SettingsDialog", "How much of the photo the face should fill:"
        ),
        "photo.face_ratio_min": QCoreApplication.translate(
            "SettingsDialog", "A face filling less than this needs work:"
        ),
        "photo.face_ratio_max": QCoreApplication.translate(
            "SettingsDialog", "Largest face share before a warning"
        ),
        "photo.max_aspect_ratio": QCoreApplication.translate(
            "SettingsDialog", "How much longer one side may be than the other:"
        ),
        "weights.photo": QCoreApplication.translate("SettingsDialog", "Photo:"),
        "weights.headline": QCoreApplication.translate("SettingsDialog", "Headline:"),
        "weights.summary": QCoreApplication.translate("SettingsDialog", "About:"),
        "weights.experience": QCoreApplication.translate("SettingsDialog", "Experience:"),
        "weights.skills": QCoreApplication.translate("SettingsDialog", "Skills:"),
        "weights.posts": QCoreApplication.translate("SettingsDialog", "Posts:"),
    }


def field_units() -> dict[str, str]:
    """The unit shown after each value, with its leading space."""

    chars, px, days, percent = (
        QCoreApplication.translate("SettingsDialog", " characters"),
        QCoreApplication.translate("SettingsDialog", " px"),
        QCoreApplication.translate("SettingsDialog", " days"),
        " %",
    )
    return {
        "headline.max_chars": chars,
        "headline.max_emoji": QCoreApplication.translate("SettingsDialog", " emoji"),
        "summary.min_chars": chars,
        "summary.max_chars": chars,
        "summary.fold_chars": chars,
        "summary.max_sentence_words": QCoreApplication.translate("SettingsDialog", " words"),
        "skills.pass_min": QCoreApplication.translate("SettingsDialog", " skills"),
        "skills.warn_min": QCoreApplication.translate("SettingsDialog", " skills"),
        "posts.recent_days": days,
        "posts.stale_days": days,
        "photo.min_px": px,
        "photo.recommended_px": px,
        "photo.max_file_bytes": " MB",
        "photo.face_ratio_target": percent,
        "photo.face_ratio_min": percent,
        "photo.max_aspect_ratio": percent,
    }


MEGABYTE = 1024 * 1024
# Settings shown in a unit people use (MB, %) instead of the stored one (bytes, a ratio):
# (stored -> shown, shown -> stored, decimals shown).
SHOWN_AS: dict[str, tuple[Any, Any, int]] = {
    "photo.max_file_bytes": (lambda v: v / MEGABYTE, lambda v: round(v * MEGABYTE), 1),
    "photo.face_ratio_target": (lambda v: v * 100, lambda v: round(v / 100, 4), 0),
    "photo.face_ratio_min": (lambda v: v * 100, lambda v: round(v / 100, 4), 0),
    "photo.max_aspect_ratio": (lambda v: (v - 1) * 100, lambda v: round(1 + v / 100, 4), 0),
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
        interface = self._interface_group()

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(interface)
        self._add_sections(column, settings)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        # Long labels go above their value on a narrow screen instead of widening the form.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        buttons = self._buttons(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.verdict)
        layout.addLayout(presets)
        layout.addWidget(buttons)
        # The values scroll; the buttons under them stay on screen however small it is.
        scroll.setMinimumHeight(60)
        fit_to_screen(self, 600, 640)

    def _interface_group(self) -> QGroupBox:
        """Language, theme and the score history."""
        interface = QGroupBox(QCoreApplication.translate("SettingsDialog", "Interface"))
        form = QFormLayout(interface)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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

        return interface

    def _buttons(self, parent: QWidget | None) -> QDialogButtonBox:
        """OK, Apply and Cancel, and the live verdict they act on."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.apply)
        self.buttons = buttons
        # The open profile's verdict follows the values as they change (Cancel puts it back).
        self.verdict = QLabel()
        self.verdict.setObjectName("liveVerdict")
        self.verdict.setWordWrap(True)
        self.live: LiveSettings | None = None
        if parent is not None and hasattr(parent, "rescore"):
            from preflight.gui.settings_preview import LiveSettings

            self.live = LiveSettings(parent)  # type: ignore[arg-type]
            self.live.verdict_changed.connect(self.verdict.setText)
            self.verdict.setText(self.live.verdict())
        self.verdict.setVisible(self.live is not None)
        self.preview_timer = QTimer(self, singleShot=True, interval=250)
        self.preview_timer.timeout.connect(self.preview)
        return buttons

    def _add_sections(self, column: QVBoxLayout, settings: Settings) -> None:
        titles, labels, units = section_titles(), field_labels(), field_units()
        for section, info in Settings.model_fields.items():
            model = info.annotation
            assert isinstance(model, type) and issubclass(model, BaseModel)
            box = QGroupBox(titles.get(section, section))
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for name, field in model.model_fields.items():
                key = f"{section}.{name}"
                low, high = _bounds(field)
                spin: Spin
                if key in SHOWN_AS:
                    to_shown, _, decimals = SHOWN_AS[key]
                    spin = QDoubleSpinBox()
                    spin.setDecimals(decimals)
                    spin.setSingleStep(0.5 if decimals else 5)
                    spin.setRange(to_shown(low), to_shown(min(high, 10 * 1024 * MEGABYTE)))
                elif field.annotation is float:
                    spin = QDoubleSpinBox()
                    spin.setDecimals(2)
                    spin.setSingleStep(0.05)
                    spin.setRange(low, high)
                else:
                    spin = QSpinBox()
                    spin.setRange(int(low), int(min(high, 2**31 - 1)))
                    spin.setGroupSeparatorShown(True)
                spin.setObjectName(key)
                spin.setSuffix(units.get(key, ""))
                spin.setToolTip(
                    QCoreApplication.translate("SettingsDialog", "From {low} to {high}").format(
                        low=f"{spin.minimum():g}{spin.suffix()}",
                        high=f"{spin.maximum():g}{spin.suffix()}",
                    )
                )
                label = labels.get(key, field.description or name)
                spin.setAccessibleName(label.rstrip(":"))
                form.addRow(label, spin)
                self.spins[key] = spin
                spin.valueChanged.connect(self._changed)
            if section == "weights":
                self.shares = QLabel()
                self.shares.setObjectName("weightShares")
                self.shares.setWordWrap(True)
                form.addRow(self.shares)
            column.addWidget(box)
        self.show_settings(settings)
        self._changed()

    def show_settings(self, settings: Settings) -> None:
        """Puts every value of ``settings`` into the form."""
        data = settings.model_dump()
        for key, spin in self.spins.items():
            section, name = key.split(".")
            value = data[section][name]
            spin.setValue(SHOWN_AS[key][0](value) if key in SHOWN_AS else value)

    def values(self) -> dict[str, dict[str, float | int]]:
        """The form's values as nested data for the settings model."""
        data: dict[str, dict[str, float | int]] = {}
        for key, spin in self.spins.items():
            section, name = key.split(".")
            value = spin.value()
            data.setdefault(section, {})[name] = (
                SHOWN_AS[key][1](value) if key in SHOWN_AS else value
            )
        return data

    def weight_shares(self) -> dict[str, int]:
        """Each section's share of the score out of 100, from the weights in the form."""
        weights = {
            key.split(".")[1]: spin.value()
            for key, spin in self.spins.items()
            if key.startswith("weights.")
        }
        total = sum(weights.values())
        return {k: round(v * 100 / total) if total else 0 for k, v in weights.items()}

    def _changed(self) -> None:
        """Shows the weights' shares now and tries the values on the open profile shortly."""
        shares = self.weight_shares()
        labels = field_labels()
        parts = [
            QCoreApplication.translate("SettingsDialog", "{section} {share}").format(
                section=labels[f"weights.{name}"].rstrip(":"), share=share
            )
            for name, share in shares.items()
        ]
        self.shares.setText(
            QCoreApplication.translate(
                "SettingsDialog", "Shares of the score out of 100: {shares}."
            ).format(shares=" \u00b7 ".join(parts))
        )
        if hasattr(self, "preview_timer"):
            self.preview_timer.start()

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

    def preview(self) -> None:
        """Judges the open profile with the form's values (when they are valid)."""
        settings = self.validated()
        if settings is not None and self.live is not None:
            self.live.preview(settings)

    def apply(self) -> None:
        """Saves the values now and keeps the dialog open."""
        settings = self.validated()
        if settings is not None and self.live is not None:
            self.live.commit(settings, self.preferences())

    def accept(self) -> None:
        """Closes only when the values are valid."""
        if self.validated() is not None:
            self._stop_live()
            super().accept()

    def reject(self) -> None:
        """Closes and puts back the settings saved before (or at the last Apply)."""
        if self.live is not None:
            self.preview_timer.stop()
            self.live.restore()
        self._stop_live()
        super().reject()

    def _stop_live(self) -> None:
        self.preview_timer.stop()
        if self.live is not None:
            self.live.disconnect_window()
            self.live = None

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
