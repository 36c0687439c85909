"""Text no output can carry as is: lone surrogates, undecodable bytes, file names that are not
UTF-8, escape sequences. Replaced or shown escaped, never a "bug" message and never acted on by the
terminal. Each runs ``preflight`` in a subprocess under the bad-input tests' memory cap."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tests.cli.test_bad_input import NOT_A_REFUSAL, REPO, RESUME, assert_refused, preflight

PASTE = REPO / "tests" / "fixtures" / "pasted" / "profile_en.txt"
ESC = "\x1b"
RED_TITLE = "\x1b[31mRED\x1b[0m \x1b]0;owned\x07"


def _verdict(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode in (0, 1), done.stderr
    assert not [marker for marker in NOT_A_REFUSAL if marker in done.stderr], done.stderr


def _resume(tmp: Path, name: str = "resume.json", **basics: str) -> Path:
    resume = json.loads(RESUME.read_text(encoding="utf-8"))
    resume["basics"].update(basics)
    path = tmp / os.fsdecode(name.encode("utf-8", "surrogateescape"))
    # ensure_ascii writes "\ud800" escapes, as a hostile file would.
    path.write_text(json.dumps(resume, ensure_ascii=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_lone_surrogates_in_a_resume_are_replaced(tmp_path: Path, as_json: bool) -> None:
    path = _resume(tmp_path, label="Account Executive \ud800", summary="Half a pair \udfff here.")
    done = preflight("check", path, *(["--json"] if as_json else []))
    _verdict(done)
    if as_json:
        assert json.loads(done.stdout)["profile"]["headline"] == "Account Executive \ufffd"
    else:
        assert "Account Executive \ufffd" in done.stdout


def test_escape_sequences_in_profile_text_are_shown_not_run(tmp_path: Path) -> None:
    path = _resume(tmp_path, name=f"Dana {RED_TITLE}", label=f"Account Executive {RED_TITLE}")
    done = preflight("check", path)
    _verdict(done)
    assert ESC not in done.stdout
    assert "\x07" not in done.stdout
    assert "\\x1b[31mRED\\x1b[0m \\x1b]0;owned\\x07" in done.stdout


def test_escape_sequences_in_a_file_name_are_shown_not_run(tmp_path: Path) -> None:
    done = preflight("check", tmp_path / f"evil{ESC}[2J\nname.json")
    assert_refused(done)
    assert ESC not in done.stderr
    assert "evil\\x1b[2J\\x0aname.json" in done.stderr


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path: Path) -> None:
    resume = _resume(tmp_path, name="caf\udce9.json")
    photo = tmp_path / os.fsdecode(b"m\xe9.png")
    Image.new("RGB", (400, 400), (120, 90, 70)).save(photo)
    done = preflight("check", resume, "--photo", photo, "--json")
    _verdict(done)
    evidence = json.loads(done.stdout)["checks"][0]["evidence"]
    assert any("m\\xe9.png" in line for line in evidence), evidence
    text = preflight("check", resume, "--photo", photo)
    _verdict(text)
    assert "m\\xe9.png" in text.stdout


def test_a_report_for_files_whose_names_are_not_utf8_is_written(tmp_path: Path) -> None:
    resume = _resume(tmp_path, name="caf\udce9.json")
    out = tmp_path / "report.html"
    done = preflight("report", resume, "-o", out, "--html")
    _verdict(done)
    assert "caf\\xe9.json" in out.read_text(encoding="utf-8")


def test_a_missing_file_whose_name_is_not_utf8_is_refused_escaped(tmp_path: Path) -> None:
    done = preflight("check", tmp_path / os.fsdecode(b"perfil-\xf1.pdf"))
    assert_refused(done)
    assert "perfil-\\xf1.pdf" in done.stderr


def test_undecodable_bytes_in_a_paste_are_replaced(tmp_path: Path) -> None:
    # 0x81 and 0x9d are bytes neither UTF-8 nor Windows-1252 can decode.
    data = PASTE.read_bytes().replace(b"Noor", b"No\x81or", 1) + b"\n\x9d\n"
    paste = tmp_path / "paste.txt"
    paste.write_bytes(data)
    from_file = preflight("check", paste, "--json")
    from_stdin = preflight("check", "-", "--json", stdin=paste)
    for done in (from_file, from_stdin):
        _verdict(done)
        assert json.loads(done.stdout)["profile"]["name"].startswith("No\ufffdor")
