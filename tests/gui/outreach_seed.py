"""Outreach logs for the GUI tests and screenshots: a small one with known credits, a larger one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from preflight.core.outreach.log import OutreachLog, PlanChoice

NOON = dt.time(12)


def small_log(path: Path) -> None:
    """Premium Career from 1 Nov 2026: three InMails, the first answered (its credit back)."""
    with OutreachLog(path) as log:
        log.save_plan_choice(PlanChoice("premium-career", dt.date(2026, 11, 1), {}))
        first = log.add_send(
            sent_at=dt.datetime(2026, 11, 3, 9), recipient="Ana Ruiz", subject="Your churn post"
        )
        assert first is not None
        log.set_reply(first, dt.datetime(2026, 11, 10, 18), "not_interested")
        log.add_send(sent_at=dt.datetime(2026, 11, 20, 9), recipient="Luis Gil", subject="Q3 audit")
        log.add_send(sent_at=dt.datetime(2026, 11, 25, 9), recipient="Eva Sanz", subject="Routes")


SUBJECTS = (
    "Your talk on cold-chain routing",
    "A question about the Harbourline fleet in Leeds",
    "A way to cut empty miles on your Midlands routes before the spring peak",
)
NAMES = ("Ana Ruiz", "Luis Gil", "Eva Sanz", "Tom Price", "Mia Chen", "Raj Patel", "Zoe Hart")


def large_log(path: Path, sends: int = 42) -> None:
    """Premium Business since June: ``sends`` InMails over three months, about a third answered."""
    with OutreachLog(path) as log:
        log.save_plan_choice(PlanChoice("premium-business", dt.date(2026, 6, 10), {}))
        monday = dt.date(2026, 8, 17)
        offsets = (1, 2, 3, 1, 2, 0, 4)  # mostly Tuesdays and Wednesdays
        with log.transaction():
            for number in range(sends):
                day = monday + dt.timedelta(days=7 * (number // 3) + offsets[number % 7])
                words = (30, 70, 140)[number % 3]
                send_id = log.add_send(
                    sent_at=dt.datetime.combine(day, NOON),
                    recipient=NAMES[number % len(NAMES)],
                    subject=SUBJECTS[number % len(SUBJECTS)],
                    body=" ".join(["word"] * words),
                    personalised=number % 4 != 0,
                )
                assert send_id is not None
                if (number * 7) % 11 < 4:  # about a third, spread over every kind of InMail
                    outcome = ("yes", "no", "not_interested", "replied")[number % 4]
                    answered = dt.datetime.combine(day + dt.timedelta(days=2), NOON)
                    log.set_reply(send_id, answered, outcome)
