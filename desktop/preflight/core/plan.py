"""The readiness plan: every gain ranked by points, with the score each fix leads to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from preflight.core.assessment import Assessment, CheckId, CheckResult
from preflight.core.models import Status

StepKind = Literal["fix", "confirm", "improve"]


@dataclass(frozen=True)
class Step:
    """One gain: the check, what kind of work it is, its points, and where it leads."""

    check: CheckId
    kind: StepKind
    points: int
    score_after: int
    ready_after: bool


@dataclass(frozen=True)
class Plan:
    """The ranked steps, and the projections a reader wants at a glance."""

    score: int
    ready: bool
    steps: tuple[Step, ...]

    @property
    def to_ready(self) -> tuple[Step, ...]:
        """The first steps that make the profile ready (empty when it already is)."""
        if self.ready:
            return ()
        for index, step in enumerate(self.steps):
            if step.ready_after:
                return self.steps[: index + 1]
        return self.steps

    @property
    def only_confirmations(self) -> bool:
        """True when nothing fails: every blocker is a check the source could not show."""
        blocking = [s for s in self.steps if s.kind != "improve"]
        return bool(blocking) and all(s.kind == "confirm" for s in blocking)

    @property
    def confirmations(self) -> int:
        """How many checks wait for the user to confirm them."""
        return sum(1 for s in self.steps if s.kind == "confirm")


def build_plan(assessment: Assessment) -> Plan:
    """Blockers first (most points first), then warnings by points lost; ties in checklist order."""
    # scoring pulls in the spaCy analysis; the app's window should not wait for it at start-up.
    from preflight.core.scoring import projected

    order = list(CheckId)
    gaining = [r for r in assessment.checks if r.points_to_gain > 0 or r.blocks]
    gaining.sort(key=lambda r: (not r.blocks, -r.points_to_gain, order.index(r.id)))
    steps: list[Step] = []
    done: list[CheckId] = []
    for result in gaining:
        done.append(result.id)
        score, ready = projected(assessment, done)
        steps.append(
            Step(
                check=result.id,
                kind=_kind(result),
                points=result.points_to_gain,
                score_after=score,
                ready_after=ready,
            )
        )
    return Plan(score=assessment.score, ready=assessment.ready, steps=tuple(steps))


def _kind(result: CheckResult) -> StepKind:
    if result.status is Status.UNKNOWN:
        return "confirm"
    if result.status is Status.FAIL:
        return "fix"
    return "improve"
