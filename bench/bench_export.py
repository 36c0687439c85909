"""Import of a large generated export against plain ``csv`` reading of the same files; peak memory.

The export is generated in a temporary folder (10,000 posts, 30,000 connections, plus the profile
files), then zipped. The baseline reads every row of the same CSV files with the standard ``csv``
module and nothing else, timed in the same run, so the ratio holds on any machine. Peak memory is
measured with tracemalloc (Python allocations during one import) and the process's maximum RSS.

Run: ``python -m bench.bench_export`` from the repository root.
"""

from __future__ import annotations

import csv
import random
import resource
import sys
import tempfile
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

from bench.timing import best_seconds
from preflight.core.importers.export import read_export

POSTS = 10_000
CONNECTIONS = 30_000
ROUNDS = 7
WORDS = [
    "pipeline", "forecast", "customer", "warehouse", "distributor", "quarter", "renewal", "demo",
    "discovery", "onboarding", "pricing", "contract", "territory", "quota", "partner", "rollout",
]  # fmt: skip
SHARE_LINK = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A"
PREAMBLE = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email '
    'addresses are missing."\n\n'
)


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def generate_export(folder: Path, *, posts: int = POSTS, connections: int = CONNECTIONS) -> None:
    """Writes a realistic large export (invented content) into ``folder``."""
    rng = random.Random(2026)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Profile.csv").write_text(
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
        "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
        f'Bench,Marker,,,,Account Executive,"{_sentence(rng, 120)}",Software,,"Denver, CO",,,\n',
        encoding="utf-8",
    )
    with (folder / "Positions.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]
        )
        for index in range(20):
            end = "" if index == 0 else f"Jan {2025 - index}"
            writer.writerow(
                [
                    f"Company {index}",
                    "Account Executive",
                    _sentence(rng, 40),
                    "Denver",
                    f"Feb {2024 - index}",
                    end,
                ]
            )
    with (folder / "Skills.csv").open("w", encoding="utf-8", newline="") as handle:
        handle.write("Name\n" + "".join(f"Skill {index}\n" for index in range(50)))
    with (folder / "Shares_1158443584.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(
            ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]
        )
        for index in range(posts):
            day = 1 + index % 28
            lines = [_sentence(rng, rng.randint(8, 40)) for _ in range(rng.randint(1, 4))]
            # Multi-line posts carry LinkedIn's quote quirk: each line break is '"' CRLF '"'.
            text = '"\r\n"'.join(lines)
            writer.writerow([
                f"2026-{1 + index % 11:02d}-{day:02d} 10:{index % 60:02d}:00",
                f"{SHARE_LINK}{7000000000000000000 + index}",
                text, "", "", "MEMBER_NETWORK",
            ])  # fmt: skip
    with (folder / "Connections.csv").open("w", encoding="utf-8", newline="") as handle:
        handle.write(PREAMBLE)
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            [
                "First Name",
                "Last Name",
                "URL",
                "Email Address",
                "Company",
                "Position",
                "Connected On",
            ]
        )
        for index in range(connections):
            writer.writerow(
                [
                    f"First{index}",
                    f"Last{index}",
                    f"https://www.linkedin.com/in/person-{index}",
                    "",
                    f"Company {index % 500}",
                    "Manager",
                    "04 Jul 2023",
                ]
            )


def zip_export(folder: Path, target: Path) -> Path:
    """The folder as the ZIP LinkedIn would send."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.iterdir()):
            archive.write(file, file.name)
    return target


def plain_csv_read(folder: Path) -> int:
    """The baseline: every row of every file through ``csv.reader``, nothing more."""
    rows = 0
    for file in sorted(folder.glob("*.csv")):
        with file.open(encoding="utf-8", newline="") as handle:
            for _row in csv.reader(handle):
                rows += 1
    return rows


def peak_python_mib(action: Callable[[], object]) -> float:
    """Peak Python memory allocated while ``action`` runs, in MiB."""
    tracemalloc.start()
    try:
        action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def max_rss_mib() -> float:
    """The process's maximum resident set size so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def main() -> None:
    """Print the import time, the csv baseline, their ratio and the peak memory."""
    with tempfile.TemporaryDirectory(prefix="preflight-bench-") as temp:
        folder = Path(temp) / "export"
        generate_export(folder)
        archive = zip_export(folder, Path(temp) / "export.zip")
        size_mib = sum(f.stat().st_size for f in folder.iterdir()) / 2**20
        profile = read_export(folder)
        assert profile.posts is not None and len(profile.posts) == POSTS
        assert profile.connections == CONNECTIONS
        baseline = best_seconds(lambda: plain_csv_read(folder), ROUNDS)
        from_folder = best_seconds(lambda: read_export(folder), ROUNDS)
        from_zip = best_seconds(lambda: read_export(archive), ROUNDS)
        peak = peak_python_mib(lambda: read_export(archive))
        print(
            f"Large export ({POSTS:,} posts, {CONNECTIONS:,} connections, "
            f"{size_mib:.1f} MiB of CSV; ZIP {archive.stat().st_size / 2**20:.1f} MiB)"
        )
        print(f"  plain csv reading      {baseline * 1000:8.1f} ms")
        for label, seconds in (("folder", from_folder), ("ZIP", from_zip)):
            ratio = seconds / baseline
            name = f"read_export ({label})"
            print(f"  {name:22} {seconds * 1000:8.1f} ms   ratio {ratio:.1f}x")
        print(f"  peak Python memory during one ZIP import  {peak:.0f} MiB")
        print(f"  process max RSS so far                    {max_rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
