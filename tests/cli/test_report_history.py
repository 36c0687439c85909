"""`preflight report` shows the change since the scores the app kept for the same profile."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from preflight.core.assessment import Assessment
from preflight.core.history import HISTORY_FILE, HistoryStore, read_scores
from preflight.core.importers import load_profile
from preflight.core.scoring import assess
from preflight.core.settings import Settings
from tests.conftest import FIXTURES

PROFILE = FIXTURES / "pasted" / "profile_en.txt"
AS_OF = dt.date(2026, 11, 26)


def _assessment() -> Assessment:
    profile = load_profile(PROFILE, as_of=AS_OF)
    return assess(profile, as_of=AS_OF, language="en", settings=Settings())


def _report(data: Path, out: Path) -> str:
    env = {**os.environ, "PREFLIGHT_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "preflight", "report", str(PROFILE), "-o", str(out)]
    command += ["--html", "--as-of", AS_OF.isoformat(), "--lang", "en"]
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode in (0, 1), done.stderr
    return out.read_text(encoding="utf-8")


def test_the_report_says_how_far_the_score_moved_since_the_app_last_checked(tmp_path: Path) -> None:
    current = _assessment()
    earlier = current.model_copy(update={"score": current.score - 23})
    store = HistoryStore(tmp_path / "data" / HISTORY_FILE)
    store.record(str(PROFILE.resolve()), earlier, dt.datetime(2026, 11, 20, 9, 0))
    html = _report(tmp_path / "data", tmp_path / "report.html")
    assert "+23 points since 20 November 2026" in html


def test_no_history_no_line_and_no_file_created(tmp_path: Path) -> None:
    html = _report(tmp_path / "data", tmp_path / "report.html")
    assert "points since" not in html
    assert not (tmp_path / "data" / HISTORY_FILE).exists()


def test_a_damaged_history_file_is_no_history_and_is_left_alone(tmp_path: Path) -> None:
    damaged = tmp_path / HISTORY_FILE
    damaged.write_bytes(b"not a database" * 50)
    assert read_scores(damaged, "anything") == []
    assert damaged.read_bytes() == b"not a database" * 50
