"""`preflight draft` as a user runs it: output, exit codes, JSON, and bad message files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

PROFILE_ES = FIXTURES / "pasted" / "profile_es.txt"
GOOD_ES = FIXTURES / "drafts" / "good_es.txt"


def _draft(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "preflight", "draft", *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8"},
        timeout=60,
        check=False,
    )


def test_json_has_the_checks_and_the_profile_verdict() -> None:
    done = _draft(
        str(GOOD_ES),
        "--profile",
        str(PROFILE_ES),
        "--json",
        "--as-of",
        "2026-11-17",
        "--recipient-company",
        "Transportes Rivera",
    )
    assert done.returncode == 1, done.stderr  # the pasted profile has no photo: not ready
    data = json.loads(done.stdout)
    assert [c["id"] for c in data["checks"]][:4] == ["subject", "length", "personalisation", "ask"]
    assert all(c["status"] == "pass" for c in data["checks"])
    assert data["profile"]["ready"] is False
    assert data["profile"]["blockers"] == ["photo"]
    assert data["ready"] is False


def test_exit_0_once_profile_and_draft_are_ready(tmp_path: Path) -> None:
    done = _draft(
        str(GOOD_ES),
        "--profile",
        str(PROFILE_ES),
        "--as-of",
        "2026-11-17",
        "--confirm",
        "photo",
        "--lang",
        "es",
        "--recipient-company",
        "Transportes Rivera",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Listo para enviar." in done.stdout


def test_a_failing_draft_check_blocks_with_exit_1(tmp_path: Path) -> None:
    message = tmp_path / "m.txt"
    message.write_text("Subject: Hola\n\nHola [Nombre], ¿hablamos?", encoding="utf-8")
    done = _draft(str(message), "--profile", str(PROFILE_ES), "--confirm", "photo", "--lang", "es")
    assert done.returncode == 1
    assert "Sin marcadores" in done.stdout
    assert "El mensaje aún no está listo" in done.stdout


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary" * 100, "binary"),
        (b"Subject: x\n\n" + b"a" * 300_000, "200 KB"),
    ],
)
def test_bad_message_files_exit_2_with_one_clear_line(
    tmp_path: Path, content: bytes, needle: str
) -> None:
    message = tmp_path / "message.txt"
    message.write_bytes(content)
    done = _draft(str(message), "--profile", str(PROFILE_ES), "--lang", "en")
    assert done.returncode == 2
    assert needle in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) <= 2


def test_no_subject_line_is_a_failing_subject_not_an_error(tmp_path: Path) -> None:
    message = tmp_path / "message.txt"
    message.write_text("Hi Ana, would you be open to a quick call?", encoding="utf-8")
    done = _draft(str(message), "--profile", str(PROFILE_ES), "--json")
    data = json.loads(done.stdout)
    assert data["checks"][0]["status"] == "fail"
    assert done.returncode == 1


def test_missing_message_and_unreadable_profile(tmp_path: Path) -> None:
    assert _draft(str(tmp_path / "none.txt"), "--profile", str(PROFILE_ES)).returncode == 2
    bad = tmp_path / "profile.pdf"
    bad.write_bytes(b"%PDF-1.4 truncated")
    done = _draft(str(GOOD_ES), "--profile", str(bad))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
