"""The draft checks: precision and recall on the labelled drafts, and re-check time per keystroke.

Precision and recall per check, language and split (dev, the three held-out batches); the targets
on held-out are precision ≥ 0.95 and recall ≥ 0.9. Re-checking a 200-word draft after one more
keystroke must take under 50 ms (median); the baseline in the same run is a plain ``str.split``
word count of the same text, which any editor pays.

Run: ``python -m bench draft`` from the repository root.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from tests.labelled.draft_scoring import MEASURED, score

from preflight.core.draft.assess import assess_draft
from preflight.core.draft.model import Draft, Recipient

BODY = (
    "Hi Ana,\n\nI read your post last week about onboarding churn at Northwind, and your "
    "point about the first 30 days stuck with me. We ran into the same wall with trial users. "
) * 5 + "\n\nWould you be open to a 15-minute call next Tuesday to compare notes?\n\nBest,\nMaya"


def main() -> None:
    """Prints the detector figures and the per-keystroke time."""
    for language in ("en", "es"):
        for split in ("dev", "heldout", "heldout2", "heldout3"):
            scores, _ = score(language, split)  # type: ignore[arg-type]
            figures = "  ".join(
                f"{check} {scores[check].precision:.2f}/{scores[check].recall:.2f}"
                for check in MEASURED
            )
            print(f"{language} {split:9} (precision/recall)  {figures}")
    recipient = Recipient(name="Ana Ruiz", company="Northwind", post="Onboarding churn")
    times = []
    for n in range(60):
        draft = Draft(subject="Your post on onboarding churn", body=BODY + "x" * (n % 5))
        start = time.perf_counter()
        assess_draft(
            draft,
            recipient,
            profile=None,
            profile_assessment=None,
            as_of=dt.date(2026, 11, 17),
            language="en",
        )
        times.append(time.perf_counter() - start)
    start = time.perf_counter()
    for _ in range(60):
        len(BODY.split())
    floor = (time.perf_counter() - start) / 60
    words = len(BODY.split())
    median = statistics.median(times[5:]) * 1000
    print(
        f"re-check of a {words}-word draft: median {median:.1f} ms (target < 50 ms); "
        f"word-count floor {floor * 1e6:.0f} µs"
    )


if __name__ == "__main__":
    main()
