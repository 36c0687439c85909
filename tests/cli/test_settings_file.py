"""``--settings FILE`` under hostile input: one clear exit-2 message, at once, under the cap."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.cli.test_bad_input import SAMPLE, assert_refused, preflight


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder", "huge", "binary"])
def test_a_bad_settings_file_is_refused_with_one_message(tmp_path: Path, kind: str) -> None:
    if kind == "fifo":
        settings = tmp_path / "settings.toml"
        os.mkfifo(settings)  # used to wait forever for a writer
    elif kind == "dev-zero":
        settings = Path("/dev/zero")  # used to be read to 1.7 GB
    elif kind == "folder":
        settings = tmp_path
    elif kind == "huge":
        settings = tmp_path / "settings.toml"
        with settings.open("wb") as handle:
            handle.truncate(50_000_000)
    else:
        settings = tmp_path / "settings.toml"
        settings.write_bytes(os.urandom(4000))
    done = preflight("check", SAMPLE, "--settings", settings)
    assert_refused(done)
    assert "settings" in done.stderr


def test_a_settings_file_with_a_bom_is_read(tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_bytes(b"\xef\xbb\xbf[skills]\npass_min = 100\nwarn_min = 100\n")
    done = preflight("check", SAMPLE, "--settings", settings, "--json")
    assert done.returncode == 1, done.stderr  # the sample cannot have 100 skills
    skills = next(c for c in json.loads(done.stdout)["checks"] if c["id"] == "skills")
    assert skills["status"] == "fail"
