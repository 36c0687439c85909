"""Scores the About and headline detectors against the labelled passages beside this file.

Each ``<kind>_<language>.jsonl`` line is one passage: ``id``, ``split`` ("heldout" or "dev"),
``text``, the member's ``name`` (Abouts), and ``findings``, the detectors that must fire; every
other detector must stay silent. The held-out part was written before any detector was tuned and
is never tuned on (see README.md here).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from preflight.core.analysis.signals import ABOUT_DETECTORS, HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_texts
from preflight.core.models import Language

FOLDER = Path(__file__).resolve().parent
KINDS = ("about", "headline")
LANGUAGES: tuple[Language, ...] = ("en", "es")
SPLITS = ("heldout", "dev")


@dataclass(frozen=True)
class Passage:
    """One labelled passage."""

    id: str
    split: str
    text: str
    name: str
    findings: frozenset[str]


@dataclass
class Score:
    """True positives, false positives and false negatives of one detector on some passages."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def detectors(kind: str) -> tuple[str, ...]:
    """The detector names judged on one kind of passage."""
    return tuple(ABOUT_DETECTORS if kind == "about" else HEADLINE_DETECTORS)


def load(kind: str, language: Language, splits: Iterable[str] = SPLITS) -> list[Passage]:
    """The passages of one kind and language in the given splits, in file order."""
    wanted = set(splits)
    lines = (FOLDER / f"{kind}_{language}.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [
        Passage(
            id=row["id"],
            split=row["split"],
            text=row["text"],
            name=row.get("name", ""),
            findings=frozenset(row["findings"]),
        )
        for row in rows
        if row["split"] in wanted
    ]


def predictions(kind: str, language: Language, passages: list[Passage]) -> list[frozenset[str]]:
    """What the detectors find in each passage."""
    analyses = analyze_texts([p.text for p in passages], language)
    found = []
    for passage, analysis in zip(passages, analyses, strict=True):
        if kind == "about":
            names = {n for n, fires in ABOUT_DETECTORS.items() if fires(analysis, passage.name)}
        else:
            names = {n for n, fires in HEADLINE_DETECTORS.items() if fires(analysis)}
        found.append(frozenset(names))
    return found


def score(kind: str, language: Language, split: str) -> dict[str, Score]:
    """One Score per detector for one kind, language and split."""
    passages = load(kind, language, [split])
    scores = {name: Score() for name in detectors(kind)}
    for passage, found in zip(passages, predictions(kind, language, passages), strict=True):
        for name, tally in scores.items():
            if name in found and name in passage.findings:
                tally.tp += 1
            elif name in found:
                tally.fp += 1
            elif name in passage.findings:
                tally.fn += 1
    return scores


def pooled(language: Language, split: str) -> dict[str, Score]:
    """Scores per detector for one language and split, Abouts and headlines together."""
    total: dict[str, Score] = {}
    for kind in KINDS:
        for name, tally in score(kind, language, split).items():
            total.setdefault(name, Score()).add(tally)
    return total
