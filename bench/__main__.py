"""Runs every benchmark module: ``python -m bench`` (or ``python -m bench export``).

Each module runs in a fresh process of its own: what one benchmark loaded cannot slow the next,
and a process the next one starts does not inherit (and count as its own peak memory) this one's.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path


def bench_modules() -> list[str]:
    """The names of the ``bench_*`` modules beside this file, sorted."""
    folder = str(Path(__file__).resolve().parent)
    return sorted(
        info.name for info in pkgutil.iter_modules([folder]) if info.name.startswith("bench_")
    )


def main(selected: list[str]) -> int:
    """Runs the chosen benchmarks (all when none are named); returns the exit status."""
    names = bench_modules()
    if selected:
        wanted = {name if name.startswith("bench_") else f"bench_{name}" for name in selected}
        unknown = wanted - set(names)
        if unknown:
            print(f"No such benchmark: {', '.join(sorted(unknown))}. Known: {', '.join(names)}")
            return 2
        names = [name for name in names if name in wanted]
    failed = []
    for name in names:
        print(f"== {name}", flush=True)
        if subprocess.run([sys.executable, "-m", f"bench.{name}"], check=False).returncode:
            failed.append(name)
        print(flush=True)
    if failed:
        print(f"Failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
