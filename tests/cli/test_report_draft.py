"""`preflight report --draft` adds the InMail draft and its checks as the report's last section."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

PROFILE = {
    "en": FIXTURES / "pasted" / "profile_en.txt",
    "es": FIXTURES / "pasted" / "profile_es.txt",
}
DRAFT = {"en": FIXTURES / "drafts" / "good_en.txt", "es": FIXTURES / "drafts" / "good_es.txt"}


def _report(tmp_path: Path, language: str, *extra: str) -> subprocess.CompletedProcess[str]:
    out = tmp_path / "report.html"
    command = [sys.executable, "-m", "preflight", "report", str(PROFILE[language]), "-o", str(out)]
    command += ["--html", "--as-of", "2026-11-17", "--lang", language, *extra]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PREFLIGHT_DATA_DIR": str(tmp_path)}
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, check=False
    )


@pytest.mark.parametrize(
    ("language", "heading", "blocked"),
    [
        ("en", "Your InMail draft", "Not ready to send yet"),
        ("es", "Tu borrador de InMail", "Aún no"),
    ],
)
def test_the_draft_and_its_checks_close_the_report(
    tmp_path: Path, language: str, heading: str, blocked: str
) -> None:
    done = _report(tmp_path, language, "--draft", str(DRAFT[language]))
    assert done.returncode in (0, 1), done.stderr
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert heading in html
    subject = DRAFT[language].read_text(encoding="utf-8").splitlines()[0].split(":", 1)[1].strip()
    assert subject in html
    # The pasted profile has no photo: the draft is blocked by the profile, and the section says so.
    assert blocked in html
    assert html.index(heading) > html.index("<h2")


def test_without_draft_there_is_no_draft_section(tmp_path: Path) -> None:
    assert _report(tmp_path, "en").returncode in (0, 1)
    assert "Your InMail draft" not in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_an_unreadable_draft_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "draft.txt"
    bad.write_bytes(b"\x00\x01" * 100)
    done = _report(tmp_path, "en", "--draft", str(bad))
    assert done.returncode == 2
    assert "binary" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "report.html").exists()
