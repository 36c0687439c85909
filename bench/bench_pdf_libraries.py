"""Which PDF library should read LinkedIn PDFs: time and accuracy on the five public samples.

Each candidate turns every page into positioned text runs (the ``Span`` the PDF importer lays out);
the same layout and parsing code then builds the profile, so the libraries differ only in what
they extract and how fast. Time is the best of a few rounds over all samples, as a ratio to the
fastest library in this run. Accuracy counts the name, headline and every position (company,
title, current or not) that match the sample's ``*.Profile.expected.json``.

Run: ``python -m bench.bench_pdf_libraries`` from the repository root.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from preflight.core.importers.pdf import profile_from_spans
from preflight.core.importers.pdf.document import read_spans
from preflight.core.importers.pdf.layout import Span
from preflight.core.importers.pdf.lexicon import pdf_lexicon
from preflight.core.models import Profile

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples" / "public"
SAMPLES = SAMPLES / "linkedin-pdf-alexanderpico"
ROUNDS = 3
# The sample's expected JSON drops the credential the PDF prints after the name.
EXPECTED_NAME_IN_PDF = {"elisa": "Elisa Park, PharmD"}

Extractor = Callable[[Path], list[Span]]


def spans_pypdfium2(path: Path) -> list[Span]:
    """PDFium's text objects: one run per line piece, with size and fill colour (the importer's)."""
    return read_spans(path, pdf_lexicon())


def spans_pdfplumber(path: Path) -> list[Span]:
    """pdfminer words through pdfplumber, with size and fill colour as extra attributes."""
    pdfplumber = importlib.import_module("pdfplumber")
    spans: list[Span] = []
    with pdfplumber.open(path) as pdf:
        assert pdf.metadata.get("Author") == "LinkedIn"
        for index, page in enumerate(pdf.pages):
            words = page.extract_words(extra_attrs=["size", "non_stroking_color"])
            for word in words:
                spans.append(
                    Span(
                        text=word["text"],
                        page=index,
                        x0=word["x0"],
                        x1=word["x1"],
                        baseline=word["bottom"],
                        size=round(word["size"], 2),
                        shade=_shade(word["non_stroking_color"]),
                    )
                )
    return spans


def spans_pypdf(path: Path) -> list[Span]:
    """pypdf's text visitor, with the fill colour tracked from the content stream's operators."""
    reader = importlib.import_module("pypdf").PdfReader(path)
    assert (reader.metadata or {}).get("/Author") == "LinkedIn"
    spans: list[Span] = []
    for index, page in enumerate(reader.pages):
        collector = _PypdfCollector(index, float(page.mediabox.height))
        page.extract_text(visitor_operand_before=collector.operator, visitor_text=collector.text)
        spans += collector.spans
    return spans


class _PypdfCollector:
    """Receives pypdf's visitor calls for one page and keeps the runs as spans."""

    def __init__(self, page: int, height: float) -> None:
        self.page = page
        self.height = height
        self.shade = 0.0
        self.spans: list[Span] = []

    def operator(self, operator: bytes, operands: list[Any], *_matrices: Any) -> None:
        if operator in {b"rg", b"g", b"sc", b"scn", b"k"}:
            self.shade = _shade(tuple(v for v in operands if isinstance(v, int | float)))

    def text(self, text: str, cm: Any, tm: Any, *font_and_size: Any) -> None:
        size = float(font_and_size[1])
        if not text.strip():
            return
        _a, _b, c, d, e, f = _multiply(tm, cm)
        run_size = round(size * (math.hypot(c, d) or 1.0), 2)
        self.spans.append(
            Span(
                text=text.replace("\n", " "),
                page=self.page,
                x0=e,
                # pypdf gives no glyph widths here: estimate half an em per character.
                x1=e + 0.5 * run_size * len(text),
                baseline=self.height - f,
                size=run_size,
                shade=self.shade,
            )
        )


def _multiply(m: list[float], n: list[float]) -> tuple[float, ...]:
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


def _shade(colour: Any) -> float:
    values = tuple(colour) if isinstance(colour, list | tuple) else (colour,)
    values = tuple(float(v) for v in values if isinstance(v, int | float))
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        return 0.299 * values[0] + 0.587 * values[1] + 0.114 * values[2]
    if len(values) == 4:
        return 1.0 - min(1.0, values[3] + 0.3 * values[0] + 0.59 * values[1] + 0.11 * values[2])
    return 0.0


def _normal(text: str) -> str:
    return " ".join(text.split())


def score(profile: Profile, expected: dict[str, Any], person: str) -> tuple[int, int]:
    """How many of name, headline and each position's company/title/current-ness match."""
    basics = expected["basics"]
    checks = [
        _normal(profile.name) == EXPECTED_NAME_IN_PDF.get(person, basics["name"]),
        _normal(profile.headline) == _normal(basics["label"]),
    ]
    work = expected.get("work", [])
    for index, job in enumerate(work):
        got = profile.positions[index] if index < len(profile.positions) else None
        checks.append(
            got is not None
            and _normal(got.company) == _normal(job["name"])
            and _normal(got.title) == _normal(job["position"])
            and got.is_current == ("endDate" not in job)
        )
    checks.append(len(profile.positions) == len(work))
    return sum(checks), len(checks)


def run(extractor: Extractor, samples: list[Path]) -> tuple[float, int, int]:
    """Best time over ROUNDS for all samples, and the accuracy of the last round."""
    best = math.inf
    right = total = 0
    for _ in range(ROUNDS):
        right = total = 0
        started = time.perf_counter()
        profiles = [(pdf, profile_from_spans(extractor(pdf), pdf)) for pdf in samples]
        best = min(best, time.perf_counter() - started)
        for pdf, profile in profiles:
            person = pdf.name.split(".")[0]
            expected = json.loads(pdf.with_name(f"{person}.Profile.expected.json").read_text())
            got, out_of = score(profile, expected, person)
            right += got
            total += out_of
    return best, right, total


def main() -> None:
    """Print time ratios and accuracy for each candidate library."""
    samples = sorted(SAMPLES.glob("*.Profile.pdf"))
    if not samples:
        print(f"PDF library benchmark skipped: no samples in {SAMPLES}")
        return
    candidates: dict[str, Extractor] = {
        "pypdfium2": spans_pypdfium2,
        "pdfplumber": spans_pdfplumber,
        "pypdf": spans_pypdf,
    }
    for name in list(candidates):
        if importlib.util.find_spec(name) is None:
            print(f"{name} is not installed: left out of the comparison")
            del candidates[name]
    results = {name: run(extract, samples) for name, extract in candidates.items()}
    fastest = min(seconds for seconds, _, _ in results.values())
    print(f"PDF libraries on {len(samples)} LinkedIn PDFs (best of {ROUNDS} rounds)")
    print(f"{'library':<12} {'time (ms)':>10} {'x fastest':>10} {'accuracy':>12}")
    for name, (seconds, right, total) in results.items():
        ratio = seconds / fastest
        print(f"{name:<12} {seconds * 1000:>10.1f} {ratio:>10.1f} {right:>7}/{total:<4}")


if __name__ == "__main__":
    main()
