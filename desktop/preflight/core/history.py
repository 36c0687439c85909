"""Score history: each assessment of a profile (when, score, each check's status) in SQLite.

The database lives in the app's data folder and never leaves the machine. Its schema is
versioned (``PRAGMA user_version``); a file that is damaged or from a newer version is set aside
beside it, named with the date, and a new one is started, so the app always starts.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from preflight.core.assessment import Assessment

SCHEMA_VERSION = 1
# The file's name in the app's data folder (the app and the command line share it).
HISTORY_FILE = "history.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS assessments (
    id INTEGER PRIMARY KEY,
    profile_key TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    score INTEGER NOT NULL,
    statuses TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS assessments_by_profile ON assessments (profile_key, recorded_at);
"""


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded assessment: when, the score, and each check's status by check id."""

    when: dt.datetime
    score: int
    statuses: dict[str, str]


class HistoryStore:
    """The score history in one SQLite file (created on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Where a damaged file was moved to, once one was found (for the app to say so).
        self.set_aside: Path | None = None
        self._ready = False

    def record(
        self,
        profile_key: str,
        assessment: Assessment,
        when: dt.datetime,
        *,
        merge_within: dt.timedelta | None = None,
    ) -> None:
        """Keeps one assessment; with ``merge_within`` it replaces the profile's last entry
        when that one is more recent than ``when - merge_within`` (one entry per editing burst),
        and writes nothing when that entry already says the same (a re-score after each pause in
        typing would otherwise commit, and sync, the same row again and again).
        """
        statuses = json.dumps(
            {result.id.value: result.status.value for result in assessment.checks}, sort_keys=True
        )
        row = (profile_key, when.isoformat(timespec="seconds"), assessment.score)
        with closing(self._connect()) as db, db:
            if merge_within is not None:
                last = db.execute(
                    "SELECT id, recorded_at, score, statuses FROM assessments "
                    "WHERE profile_key = ? ORDER BY recorded_at DESC, id DESC LIMIT 1",
                    (profile_key,),
                ).fetchone()
                if last and dt.datetime.fromisoformat(last[1]) >= when - merge_within:
                    if (last[2], last[3]) == (assessment.score, statuses):
                        return  # the same verdict again while typing: nothing to write
                    db.execute("DELETE FROM assessments WHERE id = ?", (last[0],))
            db.execute(
                "INSERT INTO assessments (profile_key, recorded_at, score, statuses) "
                "VALUES (?, ?, ?, ?)",
                (*row, statuses),
            )

    def entries(self, profile_key: str) -> list[HistoryEntry]:
        """The profile's recorded assessments, oldest first."""
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT recorded_at, score, statuses FROM assessments WHERE profile_key = ? "
                "ORDER BY recorded_at, id",
                (profile_key,),
            ).fetchall()
        out = []
        for recorded_at, score, statuses in rows:
            try:
                parsed = json.loads(statuses)
                when = dt.datetime.fromisoformat(recorded_at)
            except ValueError:
                continue  # one unreadable row is skipped, not the whole history
            if isinstance(parsed, dict):
                out.append(
                    HistoryEntry(when, int(score), {str(k): str(v) for k, v in parsed.items()})
                )
        return out

    def clear(self) -> None:
        """Forgets every recorded assessment of every profile."""
        with closing(self._connect()) as db, db:
            db.execute("DELETE FROM assessments")
        with closing(self._connect()) as db:
            db.execute("VACUUM")  # the forgotten rows leave the file, not only the index

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            self._open_or_replace()
        return sqlite3.connect(self.path, timeout=5)

    def _open_or_replace(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._migrate()
        except sqlite3.DatabaseError:
            self.set_aside = self._move_aside()
            self._migrate()
        self._ready = True

    def _migrate(self) -> None:
        with closing(sqlite3.connect(self.path, timeout=5)) as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"history schema {version} is newer than this app")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("history database failed its check")
            with db:
                db.executescript(_SCHEMA)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            # Every table the app reads must be there with its columns.
            db.execute("SELECT profile_key, recorded_at, score, statuses FROM assessments LIMIT 1")

    def _move_aside(self) -> Path:
        stamp = dt.date.today().isoformat()
        target = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{self.path.suffix}")
        number = 1
        while target.exists():
            number += 1
            target = self.path.with_name(
                f"{self.path.stem}.damaged-{stamp}-{number}{self.path.suffix}"
            )
        self.path.replace(target)
        for extra in ("-journal", "-wal", "-shm"):
            leftover = self.path.with_name(self.path.name + extra)
            if leftover.exists():
                leftover.replace(target.with_name(target.name + extra))
        return target


def read_scores(path: Path, profile_key: str) -> list[tuple[dt.date, int]]:
    """(day, score) of a profile's recorded assessments, oldest first, read without writing.

    For the report: a missing, damaged or newer file is no history (the app sets those aside).
    """
    if not path.is_file():
        return []
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            rows = db.execute(
                "SELECT recorded_at, score FROM assessments WHERE profile_key = ? "
                "ORDER BY recorded_at, id",
                (profile_key,),
            ).fetchall()
        return [(dt.datetime.fromisoformat(when).date(), int(score)) for when, score in rows]
    except (sqlite3.Error, ValueError, TypeError, OSError):
        return []
