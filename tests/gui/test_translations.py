"""The Spanish interface is complete: every string the code marks for translation is translated."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from preflight.core.resources import resource_path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "preflight"
# The app's own strings and the print dialogs' ("ReportPrinting" in preflight.printing).
SOURCES = (PACKAGE / "gui", PACKAGE / "printing")
PLACEHOLDER = re.compile(r"\{\w+\}")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_spanish_translation_is_complete_and_keeps_placeholders() -> None:
    messages = _messages(resource_path("translations", "preflight_es.ts"))
    assert len(messages) > 100
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None and translation.text, (context, source)
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        assert sorted(PLACEHOLDER.findall(translation.text)) == sorted(
            PLACEHOLDER.findall(source)
        ), source


def test_every_marked_string_is_in_the_ts_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for folder in SOURCES for p in folder.glob("*.py"))
    subprocess.run([str(tool), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(_messages(fresh))
    have = set(_messages(resource_path("translations", "preflight_es.ts")))
    assert wanted - have == set(), "run pyside6-lupdate and translate the new strings"
