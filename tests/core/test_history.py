"""Score history: recorded per profile, merged per editing burst, cleared, and never fatal."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from preflight.core.assessment import Assessment, CheckId, CheckResult
from preflight.core.history import SCHEMA_VERSION, HistoryStore
from preflight.core.models import SourceInfo, Status

WHEN = dt.datetime(2026, 11, 20, 9, 30)


def assessment(score: int, headline: Status = Status.FAIL) -> Assessment:
    checks = [
        CheckResult(id=CheckId.HEADLINE, status=headline, points=0, max_points=20, title="H"),
        CheckResult(id=CheckId.SKILLS, status=Status.PASS, points=10, max_points=10, title="S"),
    ]
    return Assessment(
        ready=False,
        score=score,
        as_of=WHEN.date(),
        language="en",
        source=SourceInfo(format="pasted-text", path="x.txt", language="en"),
        name="Maya",
        headline="",
        checks=checks,
        blockers=[CheckId.HEADLINE],
    )


def test_each_assessment_is_kept_per_profile_with_its_statuses(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3")
    store.record("maya", assessment(40), WHEN)
    store.record("maya", assessment(70, Status.WARN), WHEN + dt.timedelta(days=2))
    store.record("other", assessment(10), WHEN)
    entries = HistoryStore(tmp_path / "history.sqlite3").entries("maya")
    assert [(e.when, e.score) for e in entries] == [
        (WHEN, 40),
        (WHEN + dt.timedelta(days=2), 70),
    ]
    assert entries[1].statuses == {"headline": "warn", "skills": "pass"}
    assert [e.score for e in store.entries("other")] == [10]
    assert store.entries("nobody") == []


def test_an_editing_burst_keeps_one_entry(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3")
    window = dt.timedelta(minutes=10)
    store.record("maya", assessment(40), WHEN, merge_within=window)
    store.record("maya", assessment(55), WHEN + dt.timedelta(minutes=3), merge_within=window)
    store.record("maya", assessment(60), WHEN + dt.timedelta(hours=1), merge_within=window)
    assert [e.score for e in store.entries("maya")] == [55, 60]


def test_the_same_verdict_again_within_a_burst_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore(path)
    window = dt.timedelta(minutes=10)
    store.record("maya", assessment(40), WHEN, merge_within=window)
    watch = sqlite3.connect(path)  # its data_version moves when another connection commits
    before = watch.execute("PRAGMA data_version").fetchone()
    for minutes in (1, 2, 3):
        later = WHEN + dt.timedelta(minutes=minutes)
        store.record("maya", assessment(40), later, merge_within=window)
    assert watch.execute("PRAGMA data_version").fetchone() == before
    assert [(e.when, e.score) for e in store.entries("maya")] == [(WHEN, 40)]
    # A different verdict in the same burst still replaces it, and a later burst adds one.
    changed = assessment(40, Status.WARN)
    store.record("maya", changed, WHEN + dt.timedelta(minutes=4), merge_within=window)
    assert watch.execute("PRAGMA data_version").fetchone() != before
    store.record("maya", changed, WHEN + dt.timedelta(hours=2), merge_within=window)
    assert [e.statuses["headline"] for e in store.entries("maya")] == ["warn", "warn"]
    watch.close()


def test_clear_forgets_everything(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3")
    store.record("maya", assessment(40), WHEN)
    store.clear()
    assert store.entries("maya") == []
    assert b"maya" not in (tmp_path / "history.sqlite3").read_bytes()


def test_a_damaged_file_is_set_aside_with_the_date_and_a_new_one_started(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    store = HistoryStore(path)
    store.record("maya", assessment(40), WHEN)
    assert [e.score for e in store.entries("maya")] == [40]
    assert store.set_aside is not None
    assert store.set_aside.name == f"history.damaged-{dt.date.today().isoformat()}.sqlite3"
    assert store.set_aside.read_bytes().startswith(b"this is not a database")


def test_a_file_from_a_newer_version_is_set_aside_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    store = HistoryStore(path)
    assert store.entries("maya") == []
    assert store.set_aside is not None and store.set_aside.exists()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
