"""InMail credit rules in one place: monthly grants, expiry, spending and refunds, day by day.

The rules, as LinkedIn and the guide state them (sources in resources/plans.toml):
- the plan grants ``monthly_credits`` on the same day of every month as the plan started (the 31st
  becomes the last day of shorter months);
- a credit lasts ``credit_lifetime_days``: granted on day D, it can be spent before D + lifetime;
- each InMail sent spends one credit, the one that expires first;
- an answer within ``refund_window_days`` of the send (any answer, "not interested" included; day
  90 still counts, day 91 does not) returns a credit on the day of the answer, which then lasts a
  full lifetime (LinkedIn does not say how long a refunded credit lasts: this is our reading);
- credits bought separately are granted on the day bought and last a lifetime too.
"""

from __future__ import annotations

import calendar
import datetime as dt
import heapq
from dataclasses import dataclass, field

from preflight.core.outreach.plans import Plan


@dataclass(frozen=True)
class SentInMail:
    """What the rules need of one logged InMail."""

    key: str
    sent_on: dt.date
    replied_on: dt.date | None = None


@dataclass(frozen=True)
class Purchase:
    """Credits bought beyond the plan."""

    on: dt.date
    credits: int


@dataclass(frozen=True)
class RefundWindow:
    """A send still waiting for an answer that would return its credit."""

    key: str
    sent_on: dt.date
    closes_on: dt.date  # the last day an answer still refunds


@dataclass(frozen=True)
class CreditsToday:
    """The state of the user's credits on ``as_of``."""

    as_of: dt.date
    available: int
    expiring: list[tuple[dt.date, int]]  # (the first day they are gone, how many), soonest first
    open_refunds: list[RefundWindow]
    refunded: int
    spent: int
    overdrawn: int  # sends the log holds that no credit could have paid for
    granted: int = 0
    expired: int = 0
    purchased: int = 0


@dataclass(order=True)
class _Batch:
    expires_on: dt.date
    granted_on: dt.date
    left: int = field(compare=False)


def add_months(start: dt.date, months: int) -> dt.date:
    """``start`` moved by whole months, the day clamped to the month's length."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def refund_closes_on(plan: Plan, sent_on: dt.date) -> dt.date:
    """The last day on which an answer still returns the credit."""
    return sent_on + dt.timedelta(days=plan.refund_window_days)


def is_refunded(plan: Plan, send: SentInMail, as_of: dt.date) -> bool:
    """True when the send was answered inside the refund window, on or before ``as_of``."""
    replied = send.replied_on
    return (
        replied is not None
        and replied <= as_of
        and send.sent_on <= replied <= refund_closes_on(plan, send.sent_on)
    )


def credits_today(
    plan: Plan,
    plan_started: dt.date,
    sends: list[SentInMail],
    as_of: dt.date,
    purchases: list[Purchase] | None = None,
) -> CreditsToday:
    """Replays every grant, expiry, send and refund up to ``as_of``."""
    lifetime = dt.timedelta(days=plan.credit_lifetime_days)
    # (day, order within the day, kind, count): grants before spending on the same day.
    events: list[tuple[dt.date, int, str, int]] = []
    month = 0
    while (grant := add_months(plan_started, month)) <= as_of:
        events.append((grant, 0, "grant", plan.monthly_credits))
        month += 1
    for purchase in purchases or []:
        if purchase.on <= as_of and purchase.credits > 0:
            events.append((purchase.on, 0, "purchase", purchase.credits))
    refunded = 0
    for send in sends:
        if send.sent_on <= as_of:
            events.append((send.sent_on, 1, "send", 1))
        if is_refunded(plan, send, as_of) and send.replied_on is not None:
            events.append((send.replied_on, 0, "refund", 1))
            refunded += 1
    events.sort(key=lambda e: (e[0], e[1]))

    pool: list[_Batch] = []
    spent = overdrawn = granted = expired = purchased = 0
    for day, _, kind, count in events:
        expired += _drop_expired(pool, day)
        if kind == "send":
            if pool:
                pool[0].left -= 1
                spent += 1
                if pool[0].left == 0:
                    heapq.heappop(pool)
            else:
                overdrawn += 1
            continue
        if count:
            heapq.heappush(pool, _Batch(day + lifetime, day, count))
        granted += count if kind == "grant" else 0
        purchased += count if kind == "purchase" else 0
    expired += _drop_expired(pool, as_of)

    by_day: dict[dt.date, int] = {}
    for batch in pool:
        by_day[batch.expires_on] = by_day.get(batch.expires_on, 0) + batch.left
    open_refunds = [
        RefundWindow(s.key, s.sent_on, refund_closes_on(plan, s.sent_on))
        for s in sorted(sends, key=lambda s: s.sent_on)
        if s.sent_on <= as_of
        and not is_refunded(plan, s, as_of)
        and (s.replied_on is None or s.replied_on > as_of)
        and as_of <= refund_closes_on(plan, s.sent_on)
    ]
    return CreditsToday(
        as_of=as_of,
        available=sum(b.left for b in pool),
        expiring=sorted(by_day.items()),
        open_refunds=open_refunds,
        refunded=refunded,
        spent=spent,
        overdrawn=overdrawn,
        granted=granted,
        expired=expired,
        purchased=purchased,
    )


def _drop_expired(pool: list[_Batch], day: dt.date) -> int:
    """Removes the batches no longer usable on ``day``; returns how many credits were lost."""
    lost = 0
    while pool and pool[0].expires_on <= day:
        lost += heapq.heappop(pool).left
    return lost
