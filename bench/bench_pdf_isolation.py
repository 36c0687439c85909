"""What reading PDFs in a child process costs, on the five public LinkedIn PDFs.

PDFium runs in a child under memory and time limits (``core/importers/pdf/isolation.py``), so a
native crash is a refusal instead of the end of the program. This compares, per file, the
fastest of a few reads: in this process (no isolation), a plain fork (the command line), and a
fork server (the app, whose Qt threads forbid a plain fork), as ratios to the first; plus what
starting the fork server costs once.

Run: ``python -m bench.bench_pdf_isolation`` from the repository root.
"""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

from bench.timing import best_seconds
from preflight.core.importers.pdf import isolation
from preflight.core.importers.pdf.document import read_spans, spans_from_bytes
from preflight.core.importers.pdf.lexicon import pdf_lexicon

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples" / "public"
SAMPLES = SAMPLES / "linkedin-pdf-alexanderpico"
ROUNDS = 5


def main() -> None:
    """Prints milliseconds per file for each way, and the ratios to reading in process."""
    files = sorted(SAMPLES.glob("*.pdf"))
    if not files:
        raise SystemExit(f"no sample PDFs in {SAMPLES}")
    lexicon = pdf_lexicon()
    server = multiprocessing.get_context("forkserver")
    server.set_forkserver_preload(["preflight.core.importers.pdf.document"])
    fork = multiprocessing.get_context("fork")
    started = time.perf_counter()
    isolation._pdf_context = lambda: server  # type: ignore[assignment]  # as in the app
    read_spans(files[0], lexicon)
    first_server = time.perf_counter() - started

    def in_process() -> None:
        for file in files:
            spans_from_bytes(file.read_bytes(), file.name, lexicon)

    def isolated() -> None:
        for file in files:
            read_spans(file, lexicon)

    base = best_seconds(in_process, ROUNDS)
    isolation._pdf_context = lambda: fork  # type: ignore[assignment]
    forked = best_seconds(isolated, ROUNDS)
    isolation._pdf_context = lambda: server  # type: ignore[assignment]
    served = best_seconds(isolated, ROUNDS)
    count = len(files)
    print(f"{count} public LinkedIn PDFs, best of {ROUNDS} rounds, milliseconds per file:")
    for label, seconds in (
        ("in this process", base),
        ("child by fork (CLI)", forked),
        ("child by fork server (app)", served),
    ):
        print(f"  {label:<28} {1000 * seconds / count:7.1f} ms   x{seconds / base:5.2f}")
    print(f"  starting the fork server once (first PDF in the app): {1000 * first_server:.0f} ms")


if __name__ == "__main__":
    main()
