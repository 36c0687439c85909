"""The Linux desktop entry, AppStream metainfo and icons are valid and consistent."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from preflight import APP_ID

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name} is missing: `make test` installs it (packaging/scripts/ensure-system-deps.sh)"
        )
    return path


def test_desktop_entry_validates() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_validates_offline() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_launches_the_gui_script_with_our_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "preflight-desktop"
    assert section["Icon"] == APP_ID
    assert "Name" in section and "Comment[es]" in section


def test_metainfo_names_the_desktop_file_and_screenshots_that_exist() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    images = [el.text or "" for el in root.iter("image")]
    assert images, "metainfo must reference screenshots"
    for url in images:
        local = REPO / url.split("/main/", 1)[1]
        assert local.is_file(), (
            f"screenshot {local} referenced by the metainfo is not in the repository"
        )


def test_icon_pngs_are_rendered_at_their_named_sizes() -> None:
    from PIL import Image

    icons = REPO / "resources" / "icons"
    assert (icons / "preflight.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        with Image.open(icons / f"preflight-{size}.png") as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
