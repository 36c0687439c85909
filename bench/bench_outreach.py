"""Importing a 100,000-message export into the outreach log: time and peak memory.

The export is generated in a temporary folder: 25,000 conversations of four messages, half of them
InMails with a subject, a quarter answered. Targets: under 10 s and under 300 MB (max RSS of the
child process that imports), against a baseline in the same run: the same file parsed by the
``csv`` module alone, which is the floor any importer pays.

Run: ``python -m bench outreach`` from the repository root.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MESSAGES = 100_000
HEADER = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
          "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"]  # fmt: skip
BODY = "Hi {name}, I read your post on onboarding and had a question about it. " * 6


def write_export(folder: Path) -> None:
    """A plausible export: Profile.csv and a large messages.csv."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Profile.csv").write_text("First Name,Last Name\nMarta,Quiroga\n", encoding="utf-8")
    with (folder / "messages.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        for n in range(MESSAGES // 4):
            other = f"Person {n}"
            day = f"2025-{n % 12 + 1:02d}-{n % 28 + 1:02d}"
            subject = f"Your post on topic {n}" if n % 2 == 0 else ""
            rows = [
                ("Marta Quiroga", other, f"{day} 09:00:00 UTC", subject),
                ("Marta Quiroga", other, f"{day} 09:05:00 UTC", ""),
                (other, "Marta Quiroga", f"{day} 18:00:00 UTC", "") if n % 4 == 0 else None,
                ("Marta Quiroga", other, f"{day} 19:00:00 UTC", ""),
            ]
            for row in rows:
                fields = row or ("Marta Quiroga", other, f"{day} 10:00:00 UTC", "")
                sender, to, when, subj = fields
                writer.writerow([f"conv-{n}", "", sender, "", to, "", when, subj,
                                 BODY.format(name=to), "INBOX"])  # fmt: skip


def _child(code: str) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop")}
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code], env=env)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError("the benchmark child failed")
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> None:
    """Prints the import's time and memory, and the csv-only floor."""
    with tempfile.TemporaryDirectory() as scratch:
        export = Path(scratch) / "export"
        write_export(export)
        size = (export / "messages.csv").stat().st_size / 1e6
        floor_code = (
            f"import csv; rows = list(csv.reader(open({str(export / 'messages.csv')!r}, "
            "encoding='utf-8', newline='')))"
        )
        floor, floor_mb = _child(floor_code)
        code = (
            "from pathlib import Path\n"
            "from preflight.core.outreach.log import OutreachLog\n"
            "from preflight.core.outreach.messages_import import import_messages\n"
            f"with OutreachLog(Path({scratch!r}) / 'log.sqlite') as log:\n"
            f"    result = import_messages(Path({str(export)!r}), log)\n"
            "assert result.sends_added > 10_000, result\n"
        )
        took, peak = _child(code)
    print(f"{MESSAGES:,} messages ({size:.0f} MB): import {took:.1f} s, max RSS {peak:.0f} MB")
    print(f"  targets: under 10 s and 300 MB; csv-only floor {floor:.1f} s, {floor_mb:.0f} MB")
    print(f"  ratio to the floor: {took / floor:.1f}× time")


if __name__ == "__main__":
    main()
