"""The outreach log: every InMail sent and its answer, in a local SQLite file that never leaves.

The schema is versioned with ``PRAGMA user_version`` and brought forward by the ordered
``MIGRATIONS`` (Picard's config_upgrade, for a database). A file that is not a readable database is
moved aside with the date in its name, and a new log is started; ``notice`` says so once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from preflight.core.notices import Notice, notice
from preflight.core.state_files import set_aside_database

Outcome = Literal["yes", "no", "not_interested", "replied"]
Origin = Literal["composer", "manual", "export"]
OUTCOMES: tuple[Outcome, ...] = ("yes", "no", "not_interested", "replied")

MIGRATIONS: tuple[str, ...] = (
    # 1: sends, their answers, bought credits and the chosen plan.
    """
    CREATE TABLE sends (
        id INTEGER PRIMARY KEY,
        source_key TEXT UNIQUE,
        sent_at TEXT NOT NULL,
        recipient TEXT NOT NULL DEFAULT '',
        recipient_url TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        profile_score INTEGER,
        personalised INTEGER,
        origin TEXT NOT NULL,
        conversation TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE replies (
        send_id INTEGER PRIMARY KEY REFERENCES sends(id) ON DELETE CASCADE,
        replied_at TEXT NOT NULL,
        outcome TEXT NOT NULL
    );
    CREATE TABLE purchases (
        id INTEGER PRIMARY KEY, bought_on TEXT NOT NULL, credits INTEGER NOT NULL
    );
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE INDEX sends_conversation ON sends(conversation);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class OutreachLogError(Exception):
    """The log cannot be used (a newer version's file, a special file, an unwritable folder)."""


@dataclass(frozen=True)
class LoggedSend:
    """One InMail as the log holds it, with its answer if any."""

    id: int
    sent_at: dt.datetime
    recipient: str
    subject: str
    body: str
    origin: Origin
    profile_score: int | None = None
    personalised: bool | None = None
    recipient_url: str = ""
    conversation: str = ""
    replied_at: dt.datetime | None = None
    outcome: Outcome | None = None

    @property
    def sent_on(self) -> dt.date:
        """The day it was sent."""
        return self.sent_at.date()


@dataclass(frozen=True)
class PlanChoice:
    """The user's plan, the day it started (grants follow that day), and numbers they changed."""

    plan_id: str
    started: dt.date
    overrides: dict[str, float]


class OutreachLog:
    """Read and write access to one log file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notice: Notice | None = None
        _refuse_special_file(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutreachLogError(
                f"cannot create the folder {path.parent}: {exc.strerror}"
            ) from exc
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:
            aside = set_aside_database(path)
            self.notice = notice("outreach.log_set_aside", name=aside.name)
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, detect_types=0, isolation_level=None)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise OutreachLogError(
                    f"{self.path.name} was written by a newer Preflight (log format {version}); "
                    "update Preflight to use it. The file was left as it is."
                )
            for number in range(version, SCHEMA_VERSION):
                with db:
                    db.execute("BEGIN")
                    for statement in MIGRATIONS[number].split(";"):
                        if statement.strip():
                            db.execute(statement)
                    db.execute(f"PRAGMA user_version = {number + 1}")
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        """Closes the file."""
        self._db.close()

    def __enter__(self) -> OutreachLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Sends and replies

    def add_send(
        self,
        *,
        sent_at: dt.datetime,
        recipient: str,
        subject: str,
        body: str = "",
        origin: Origin = "manual",
        profile_score: int | None = None,
        personalised: bool | None = None,
        recipient_url: str = "",
        conversation: str = "",
        source_key: str | None = None,
    ) -> int | None:
        """Adds one InMail; returns its id, or None when ``source_key`` is already logged."""
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO sends (source_key, sent_at, recipient, recipient_url, subject,"
            " body, profile_score, personalised, origin, conversation)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                source_key,
                sent_at.isoformat(timespec="seconds"),
                recipient,
                recipient_url,
                subject,
                body,
                profile_score,
                None if personalised is None else int(personalised),
                origin,
                conversation,
            ),
        )
        return cursor.lastrowid if cursor.rowcount else None

    def set_reply(
        self, send_id: int, replied_at: dt.datetime, outcome: Outcome = "replied"
    ) -> None:
        """Records (or corrects) the answer to one send."""
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}")
        self._db.execute(
            "INSERT INTO replies (send_id, replied_at, outcome) VALUES (?, ?, ?)"
            " ON CONFLICT(send_id) DO UPDATE SET replied_at = excluded.replied_at,"
            " outcome = excluded.outcome",
            (send_id, replied_at.isoformat(timespec="seconds"), outcome),
        )

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside is written at once, or not at all (and synced once, not per row)."""
        with self._db:
            self._db.execute("BEGIN")
            yield

    def add_sends(self, rows: Iterable[dict[str, object]]) -> int:
        """Adds many sends (call inside ``transaction``); returns how many were new."""
        return sum(self.add_send(**row) is not None for row in rows)  # type: ignore[arg-type]

    def send_id_for(self, source_key: str) -> int | None:
        """The id of the send imported under ``source_key``."""
        row = self._db.execute(
            "SELECT id FROM sends WHERE source_key = ?", (source_key,)
        ).fetchone()
        return None if row is None else int(row[0])

    def sends(self) -> list[LoggedSend]:
        """Every send with its answer, oldest first."""
        rows = self._db.execute(
            "SELECT s.id, s.sent_at, s.recipient, s.subject, s.body, s.origin, s.profile_score,"
            " s.personalised, s.recipient_url, s.conversation, r.replied_at, r.outcome"
            " FROM sends s LEFT JOIN replies r ON r.send_id = s.id ORDER BY s.sent_at, s.id"
        ).fetchall()
        return [
            LoggedSend(
                id=row[0],
                sent_at=dt.datetime.fromisoformat(row[1]),
                recipient=row[2],
                subject=row[3],
                body=row[4],
                origin=row[5],
                profile_score=row[6],
                personalised=None if row[7] is None else bool(row[7]),
                recipient_url=row[8],
                conversation=row[9],
                replied_at=None if row[10] is None else dt.datetime.fromisoformat(row[10]),
                outcome=row[11],
            )
            for row in rows
        ]

    def clear_reply(self, send_id: int) -> None:
        """Forgets the answer to one send (it was logged by mistake)."""
        self._db.execute("DELETE FROM replies WHERE send_id = ?", (send_id,))

    def delete_send(self, send_id: int) -> None:
        """Removes one send and its answer."""
        self._db.execute("DELETE FROM sends WHERE id = ?", (send_id,))

    def clear(self) -> None:
        """Forgets every send, answer and purchase (the plan choice stays)."""
        with self._db:
            self._db.execute("BEGIN")
            self._db.execute("DELETE FROM replies")
            self._db.execute("DELETE FROM sends")
            self._db.execute("DELETE FROM purchases")

    # Plan and purchases

    def plan_choice(self) -> PlanChoice | None:
        """The plan the user picked, if any."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'plan'").fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        return PlanChoice(
            plan_id=str(data["plan_id"]),
            started=dt.date.fromisoformat(data["started"]),
            overrides={str(k): float(v) for k, v in data.get("overrides", {}).items()},
        )

    def save_plan_choice(self, choice: PlanChoice) -> None:
        """Remembers the user's plan."""
        value = json.dumps(
            {
                "plan_id": choice.plan_id,
                "started": choice.started.isoformat(),
                "overrides": choice.overrides,
            }
        )
        self._db.execute(
            "INSERT INTO meta (key, value) VALUES ('plan', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (value,),
        )

    def add_purchase(self, bought_on: dt.date, credits: int) -> None:
        """Records credits bought beyond the plan."""
        self._db.execute(
            "INSERT INTO purchases (bought_on, credits) VALUES (?, ?)",
            (bought_on.isoformat(), credits),
        )

    def purchases(self) -> list[tuple[dt.date, int]]:
        """Every purchase, oldest first."""
        rows = self._db.execute("SELECT bought_on, credits FROM purchases ORDER BY bought_on")
        return [(dt.date.fromisoformat(day), int(count)) for day, count in rows]


def _refuse_special_file(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutreachLogError(f"cannot read {path}: {exc.strerror}") from exc
    if not stat.S_ISREG(mode):
        raise OutreachLogError(f"{path} is not a regular file; the outreach log needs one.")
