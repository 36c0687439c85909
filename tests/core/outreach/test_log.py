"""The outreach log file: versioned, never lost, a damaged one set aside, special files refused."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from preflight.core.outreach.log import (
    SCHEMA_VERSION,
    OutreachLog,
    OutreachLogError,
    PlanChoice,
)

WHEN = dt.datetime(2026, 3, 2, 9, 30)


def test_sends_and_answers_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "outreach.sqlite"
    with OutreachLog(path) as log:
        first = log.add_send(sent_at=WHEN, recipient="Ana Ruiz", subject="Your post on churn")
        assert first is not None
        log.set_reply(first, WHEN + dt.timedelta(days=3), "not_interested")
        log.save_plan_choice(PlanChoice("premium-business", dt.date(2026, 1, 5), {"x": 1.0}))
    with OutreachLog(path) as log:
        (send,) = log.sends()
        assert (send.recipient, send.outcome) == ("Ana Ruiz", "not_interested")
        assert send.replied_at == WHEN + dt.timedelta(days=3)
        assert log.plan_choice() == PlanChoice("premium-business", dt.date(2026, 1, 5), {"x": 1.0})
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_the_same_source_key_is_logged_once(tmp_path: Path) -> None:
    with OutreachLog(tmp_path / "log.sqlite") as log:
        assert log.add_send(sent_at=WHEN, recipient="A", subject="S", source_key="k1") is not None
        assert log.add_send(sent_at=WHEN, recipient="A", subject="S", source_key="k1") is None
        assert len(log.sends()) == 1


def test_a_damaged_file_is_set_aside_and_a_new_log_started(tmp_path: Path) -> None:
    path = tmp_path / "outreach.sqlite"
    path.write_bytes(b"this is not a database, but it is the user's file" * 100)
    with OutreachLog(path) as log:
        assert log.notice is not None
        assert log.notice.key == "outreach.log_set_aside"
        assert log.sends() == []
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("outreach.sqlite.damaged-")]
    assert len(kept) == 1
    assert kept[0].read_bytes().startswith(b"this is not a database")


def test_a_newer_versions_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "outreach.sqlite"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(OutreachLogError, match="newer Preflight"):
        OutreachLog(path)
    assert path.read_bytes() == before


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    path = tmp_path / "outreach.sqlite"
    os.mkfifo(path)
    with pytest.raises(OutreachLogError, match="not a regular file"):
        OutreachLog(path)


def test_clear_forgets_sends_but_keeps_the_plan(tmp_path: Path) -> None:
    with OutreachLog(tmp_path / "log.sqlite") as log:
        log.add_send(sent_at=WHEN, recipient="A", subject="S")
        log.save_plan_choice(PlanChoice("premium-career", dt.date(2026, 1, 1), {}))
        log.clear()
        assert log.sends() == []
        assert log.plan_choice() is not None


def test_an_answer_logged_by_mistake_can_be_taken_back(tmp_path: Path) -> None:
    with OutreachLog(tmp_path / "log.sqlite") as log:
        send = log.add_send(sent_at=WHEN, recipient="A", subject="S")
        assert send is not None
        log.set_reply(send, WHEN + dt.timedelta(days=1), "yes")
        log.clear_reply(send)
        (logged,) = log.sends()
        assert (logged.replied_at, logged.outcome) == (None, None)
