"""`preflight log` and `preflight credits` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.core.outreach.test_messages_import import EN, ROWS, _export


def _run(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PREFLIGHT_DATA_DIR": str(tmp_path / "data"), "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "preflight", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_import_list_and_credits(tmp_path: Path) -> None:
    export = _export(tmp_path / "export", EN, ROWS, "messages.csv")
    done = _run(tmp_path, "log", "import", str(export))
    assert done.returncode == 0, done.stderr
    assert "Imported 2 new InMails and 1 answers" in done.stdout
    again = _run(tmp_path, "log", "import", str(export))
    assert "Imported 0 new InMails" in again.stdout
    listed = _run(tmp_path, "log", "list", "--json")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [r["subject"] for r in rows] == ["Your churn post", "Q3 logistics audit"]
    assert (tmp_path / "data" / "outreach.sqlite").is_file()

    no_plan = _run(tmp_path, "credits")
    assert no_plan.returncode == 2
    assert "--plan" in no_plan.stderr
    credits = _run(
        tmp_path,
        "credits",
        "--plan",
        "premium-business",
        "--plan-start",
        "2026-01-10",
        "--as-of",
        "2026-03-20",
        "--json",
    )
    state = json.loads(credits.stdout)
    # Jan 10 (15), Feb 10 (15), Mar 10 (15) granted; 2 spent; the answered one refunded on Mar 5.
    assert state["available"] == 44
    assert state["refunded"] == 1
    assert [w["closes_on"] for w in state["open_refunds"]] == ["2026-06-02"]
    # The plan is remembered.
    text = _run(tmp_path, "credits", "--as-of", "2026-03-20", "--lang", "es")
    assert "Disponibles: 44" in text.stdout


def test_bad_inputs_exit_2_with_one_clear_line(tmp_path: Path) -> None:
    missing = _run(tmp_path, "log", "import", str(tmp_path / "nope.zip"))
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr
    unknown = _run(tmp_path, "credits", "--plan", "gold")
    assert unknown.returncode == 2
    assert "premium-career" in unknown.stderr
    (tmp_path / "a-folder").mkdir()
    folder = _run(tmp_path, "log", "list", "--db", str(tmp_path / "a-folder"))
    assert folder.returncode == 2
    assert "not a regular file" in folder.stderr


def test_add_and_reply_by_hand(tmp_path: Path) -> None:
    added = _run(tmp_path, "log", "add", "--to", "Ana", "--subject", "Hi", "--date", "2026-03-01")
    assert added.returncode == 0, added.stderr
    replied = _run(tmp_path, "log", "reply", "1", "--date", "2026-03-03", "--outcome", "yes")
    assert replied.returncode == 0
    (row,) = [json.loads(x) for x in _run(tmp_path, "log", "list", "--json").stdout.splitlines()]
    assert row["outcome"] == "yes"
    assert _run(tmp_path, "log", "reply", "9").returncode == 2
