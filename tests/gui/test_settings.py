"""Settings: every field validated, stored in the config folder, presets, the language switch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from preflight.core.assessment import CheckId
from preflight.core.models import Status
from preflight.core.resources import resource_path
from preflight.core.settings import Settings
from preflight.gui.preferences import Preferences
from preflight.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import ALMOST_READY


@pytest.fixture(scope="session", autouse=True)
def spanish_translation() -> None:
    """Builds the Spanish .qm from its .ts when the build step has not (as `make translations`)."""
    source = resource_path("translations", "preflight_es.ts")
    target = source.with_suffix(".qm")
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        tool = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)], check=True)


def test_dialog_has_every_setting_and_validates(qtbot: Any) -> None:
    dialog = SettingsDialog(None, Settings(), Preferences())
    qtbot.addWidget(dialog)
    expected = {
        f"{section}.{name}"
        for section, info in Settings.model_fields.items()
        for name in info.annotation.model_fields  # type: ignore[union-attr]
    }
    assert set(dialog.spins) == expected
    assert all(spin.accessibleName() for spin in dialog.spins.values())
    dialog.spins["skills.pass_min"].setValue(7)
    assert dialog.validated() == Settings(skills={"pass_min": 7, "warn_min": 3})
    dialog.spins["skills.warn_min"].setValue(9)
    assert dialog.validated() is None
    assert dialog.error.isVisibleTo(dialog)
    assert "Skills" in dialog.error.text()
    dialog.accept()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted


def test_preset_export_and_import(
    qtbot: Any, dialogs: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from preflight.gui import dialogs as module

    dialog = SettingsDialog(None, Settings(), Preferences())
    qtbot.addWidget(dialog)
    dialog.spins["posts.recent_days"].setValue(14)
    dialogs.save_path = tmp_path / "team.json"
    dialog.export_preset()
    assert json.loads(dialogs.save_path.read_text())["posts"]["recent_days"] == 14
    other = SettingsDialog(None, Settings(), Preferences())
    qtbot.addWidget(other)
    monkeypatch.setattr(
        module.OpenProfileDialog, "ask_preset", classmethod(lambda c, p: dialogs.save_path)
    )
    other.import_preset()
    assert other.spins["posts.recent_days"].value() == 14
    broken = tmp_path / "broken.json"
    broken.write_text('{"posts": {"recent_days": -3}}')
    monkeypatch.setattr(module.OpenProfileDialog, "ask_preset", classmethod(lambda c, p: broken))
    other.import_preset()
    assert dialogs.errors and "recent_days" in dialogs.errors[0]["message"]
    assert other.spins["posts.recent_days"].value() == 14


def test_settings_and_language_switch_apply_and_persist(
    loaded: Any, make_window: Any, monkeypatch: Any, qtbot: Any
) -> None:
    assert loaded.assessment.check(CheckId.SKILLS).status == Status.PASS
    chosen = (
        Settings(skills={"pass_min": 8, "warn_min": 3}),
        loaded.preferences.replace(language="es"),
    )
    monkeypatch.setattr(SettingsDialog, "edit", classmethod(lambda cls, p, s, pr: chosen))
    loaded.settings_action.trigger()
    assert loaded.assessment.check(CheckId.SKILLS).status == Status.WARN
    assert loaded.assessment.language == "es"
    # Qt delivers the language change as an event to every widget.
    qtbot.waitUntil(lambda: loaded.file_menu.title() == "&Archivo")
    assert loaded.page.banner.headline.text() == "Aún no está listo para enviar InMail"
    assert loaded.page.model.headerData(0, Qt.Orientation.Horizontal) == "Sección"
    assert loaded.page.details.headline_editor.copy_button.text() == "Copiar el titular"
    # A new window (a restart) reads both files back.
    again = make_window()
    assert again.settings.skills.pass_min == 8
    assert again.preferences.language == "es"
    again.open_path(ALMOST_READY)
    assert again.assessment.check(CheckId.SKILLS).status == Status.WARN
    # Back to English.
    monkeypatch.setattr(
        SettingsDialog,
        "edit",
        classmethod(lambda cls, p, s, pr: (s, pr.replace(language="en"))),
    )
    loaded.settings_action.trigger()
    qtbot.waitUntil(lambda: loaded.file_menu.title() == "&File")
    assert loaded.assessment.language == "en"


def test_damaged_settings_file_falls_back_to_defaults(make_window: Any, app_paths: Any) -> None:
    app_paths.settings_file.write_text('{"skills": {"pass_min": "lots"}}')
    app_paths.preferences_file.write_text("not json")
    window = make_window()
    assert window.settings == Settings()
    assert window.preferences == Preferences()


@pytest.mark.parametrize(
    ("system", "expected"), [("es_MX", "es"), ("en_GB", "en"), ("de_DE", "en")]
)
def test_interface_language_follows_the_system(
    monkeypatch: Any, system: str, expected: str
) -> None:
    from PySide6.QtCore import QLocale

    from preflight.gui import appearance

    monkeypatch.setattr(appearance.QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert appearance.effective_language("system") == expected
    assert appearance.effective_language("en") == "en"


def test_settings_speak_in_the_users_units(qtbot: Any) -> None:
    dialog = SettingsDialog(None, Settings(), Preferences())
    qtbot.addWidget(dialog)
    size = dialog.spins["photo.max_file_bytes"]
    assert size.text() == "8.0 MB"
    # A share of the circle is shown as a percentage: the default 0.45 reads "45 %".
    assert Settings().photo.face_ratio_min == 0.45
    assert dialog.spins["photo.face_ratio_min"].text() == "45 %"
    assert dialog.spins["photo.max_aspect_ratio"].text() == "25 %"
    size.setValue(5)
    assert dialog.validated() is not None
    assert dialog.validated().photo.max_file_bytes == 5 * 1024 * 1024  # type: ignore[union-attr]
    labels = [label.text() for label in dialog.findChildren(type(dialog.error))]
    assert "Largest photo file LinkedIn accepts:" in labels
    assert not any("(bytes)" in text for text in labels)


def test_weights_are_shown_as_shares_of_100(qtbot: Any) -> None:
    dialog = SettingsDialog(None, Settings(), Preferences())
    qtbot.addWidget(dialog)
    assert sum(dialog.weight_shares().values()) == 100
    assert "Photo 15" in dialog.shares.text()
    dialog.spins["weights.photo"].setValue(30)  # 115 points in all: photo is 26 of 100
    assert dialog.weight_shares()["photo"] == 26
    assert "Photo 26" in dialog.shares.text()


def test_the_verdict_follows_the_values_and_cancel_puts_it_back(loaded: Any, qtbot: Any) -> None:
    assert loaded.assessment.check(CheckId.SKILLS).status == Status.PASS
    dialog = SettingsDialog(loaded, loaded.settings, loaded.preferences)
    qtbot.addWidget(dialog)
    before = dialog.verdict.text()
    assert "/100" in before
    dialog.spins["skills.pass_min"].setValue(9)
    with qtbot.waitSignal(loaded.assessment_shown, timeout=3000):
        pass  # the short pause after typing a value
    assert loaded.assessment.check(CheckId.SKILLS).status == Status.WARN
    assert dialog.verdict.text() != before
    dialog.reject()
    assert loaded.assessment.check(CheckId.SKILLS).status == Status.PASS
    assert loaded.settings.skills.pass_min == 5


def test_apply_saves_and_keeps_the_dialog_open(loaded: Any, qtbot: Any, app_paths: Any) -> None:
    dialog = SettingsDialog(loaded, loaded.settings, loaded.preferences)
    qtbot.addWidget(dialog)
    dialog.spins["skills.pass_min"].setValue(9)
    dialog.apply_button.click()
    assert json.loads(app_paths.settings_file.read_text())["skills"]["pass_min"] == 9
    assert loaded.assessment.check(CheckId.SKILLS).status == Status.WARN
    dialog.reject()  # Cancel after Apply keeps what was applied
    assert loaded.settings.skills.pass_min == 9


def test_spanish_labels_read_naturally() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(resource_path("translations", "preflight_es.ts")).getroot()
    translations = [m.findtext("translation") or "" for m in root.iter("message")]
    assert not any("más corto que aún sirve" in t for t in translations)
