"""The draft checks meet their targets on the held-out drafts: precision ≥ 0.95, recall ≥ 0.9.

Held-out v3 was scored once, after the checks were frozen; v1 and v2 were each scored once too
and their misses fixed through new development drafts (see the commit history), so the targets
are asserted on v3 alone and on all held-out drafts together.
"""

from __future__ import annotations

import pytest

from preflight.core.models import Language
from tests.labelled.draft_scoring import MEASURED, Score, score

PRECISION, RECALL = 0.95, 0.90


def _merged(language: Language, splits: tuple[str, ...]) -> dict[str, Score]:
    total = {check: Score() for check in MEASURED}
    for split in splits:
        scores, _ = score(language, split)
        for check, counts in scores.items():
            total[check].true_positive += counts.true_positive
            total[check].false_positive += counts.false_positive
            total[check].false_negative += counts.false_negative
    return total


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("splits", [("heldout3",), ("heldout", "heldout2", "heldout3")])
def test_draft_checks_meet_the_targets_on_held_out_drafts(
    language: Language, splits: tuple[str, ...]
) -> None:
    for check, counts in _merged(language, splits).items():
        assert counts.precision >= PRECISION, (check, counts)
        assert counts.recall >= RECALL, (check, counts)


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_check_has_faults_to_find_in_the_held_out_drafts(language: Language) -> None:
    merged = _merged(language, ("heldout", "heldout2", "heldout3"))
    assert all(c.true_positive + c.false_negative >= 1 for c in merged.values()), merged
