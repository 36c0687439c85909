"""Many profiles at once: ``check --json`` and ``report --summary`` over 200 generated profiles.

The profiles are made from the committed fixtures (pastes in English and Spanish, a JSON Resume,
a data-export folder and a broken PDF) with a different name each, in a temporary folder. The
baseline is the same command over 20 of them in the same run: peak Python memory (tracemalloc)
should not grow with the number of profiles, since each is assessed, printed and dropped before
the next is read; the time per profile should stay the same too.

Run: ``python -m bench.bench_many`` from the repository root.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
import time
import tracemalloc
from pathlib import Path

from preflight.cli import main as preflight

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
PROFILES = 200
BASELINE = 20
AS_OF = "2024-12-02"
NAMES = {
    "pasted/profile_en.txt": "Noor Haddad-Lindqvist",
    "pasted/profile_es.txt": "Lucía Ferrándiz Olmo",
}


def generate(folder: Path, count: int) -> list[str]:
    """``count`` profiles cycling through the fixture kinds, each with its own name."""
    paths: list[str] = []
    kinds = [*NAMES, "jsonresume/resume.json", "export/2026-complete", "pdf/truncated.pdf"]
    for index in range(count):
        kind = kinds[index % len(kinds)]
        source = FIXTURES / kind
        target = folder / f"{index:04d}-{source.name}"
        if source.is_dir():
            shutil.copytree(source, target)
        elif kind in NAMES:
            text = source.read_text(encoding="utf-8")
            target.write_text(text.replace(NAMES[kind], f"Person {index} Example"), "utf-8")
        else:
            shutil.copyfile(source, target)
        paths.append(str(target))
    return paths


def measure(argv: list[str]) -> tuple[float, float]:
    """Seconds and peak Python MiB of one in-process ``preflight`` run, output discarded."""
    tracemalloc.start()
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        preflight(argv)
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / 2**20


def main() -> None:
    """Prints time per profile and peak memory for 20 and for 200 profiles, and their ratios."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = generate(folder, PROFILES)
        common = ["--as-of", AS_OF, "--lang", "en"]
        # One of each kind first, so loading spaCy and the word lists is not measured.
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            preflight(["check", "--json", *paths[:5], *common])
        for label, argv in (
            ("check --json", ["check", "--json"]),
            ("report --summary (HTML)", ["report", "--summary", "-o", str(folder / "team.html")]),
        ):
            small_s, small_mib = measure([*argv, *paths[:BASELINE], *common])
            large_s, large_mib = measure([*argv, *paths, *common])
            print(
                f"{label}: {BASELINE} profiles {small_s / BASELINE * 1000:.0f} ms each, peak "
                f"{small_mib:.1f} MiB; {PROFILES} profiles {large_s / PROFILES * 1000:.0f} ms "
                f"each, peak {large_mib:.1f} MiB; memory ratio {large_mib / small_mib:.2f}, "
                f"time per profile ratio {(large_s / PROFILES) / (small_s / BASELINE):.2f}"
            )


if __name__ == "__main__":
    main()
