"""Precision and recall of the draft checks on the labelled drafts (tests/labelled/drafts_*.jsonl).

A draft's label lists the checks that must flag it (warn or fail); every other measured check must
pass. "Flag" is the positive class: precision is the share of flags that were right (a false alarm
costs trust), recall the share of real faults that were flagged.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from preflight.core.draft.assess import assess_draft
from preflight.core.draft.model import Draft, Recipient
from preflight.core.models import Language, Status

FOLDER = Path(__file__).resolve().parent
MEASURED = ("subject", "length", "personalisation", "ask", "placeholders", "tone")
AS_OF = dt.date(2026, 11, 17)


@dataclass
class Score:
    """Counts for one check on one split of one language."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    @property
    def precision(self) -> float:
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        faults = self.true_positive + self.false_negative
        return self.true_positive / faults if faults else 1.0


def load(language: Language) -> list[dict[str, object]]:
    """The labelled drafts of one language."""
    path = FOLDER / f"drafts_{language}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def flagged(item: dict[str, object], language: Language) -> set[str]:
    """The measured checks that do not pass on this draft."""
    draft = Draft(subject=str(item["subject"]), body=str(item["body"]))
    recipient = Recipient.model_validate(item["recipient"])
    result = assess_draft(
        draft, recipient, profile=None, profile_assessment=None, as_of=AS_OF, language=language
    )
    return {c.id.value for c in result.checks if c.id.value in MEASURED and c.status != Status.PASS}


def score(language: Language, split: str) -> tuple[dict[str, Score], list[str]]:
    """Per-check counts on one split, and a line for each disagreement."""
    scores = {check: Score() for check in MEASURED}
    misses = []
    for item in load(language):
        if item["split"] != split:
            continue
        got, want = flagged(item, language), set(item["flags"])  # type: ignore[arg-type]
        for check in MEASURED:
            if check in got and check in want:
                scores[check].true_positive += 1
            elif check in got:
                scores[check].false_positive += 1
                misses.append(f"{item['id']}: false alarm on {check}")
            elif check in want:
                scores[check].false_negative += 1
                misses.append(f"{item['id']}: missed {check}")
    return scores, misses
