"""The credit rules: monthly grants, month ends, roll-over and expiry, spending, refunds."""

from __future__ import annotations

import datetime as dt

import pytest

from preflight.core.outreach.credits import (
    Purchase,
    SentInMail,
    add_months,
    credits_today,
    is_refunded,
)
from preflight.core.outreach.plans import plan_by_id, plans

D = dt.date
BUSINESS = plan_by_id("premium-business")  # 15 a month, 90-day life, 90-day refund window


def test_plans_file_lists_the_known_plans_with_sources() -> None:
    by_id = {p.id: p for p in plans()}
    assert by_id["premium-career"].monthly_credits == 5
    assert by_id["premium-business"].monthly_credits == 15
    assert by_id["sales-navigator-core"].monthly_credits == 50
    assert all(p.source and p.refund_window_days == 90 for p in plans())


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2026, 1, 31), 2, D(2026, 3, 31)),
        (D(2026, 11, 15), 2, D(2027, 1, 15)),
    ],
)
def test_grants_follow_the_start_day_clamped_to_short_months(
    start: dt.date, months: int, expected: dt.date
) -> None:
    assert add_months(start, months) == expected


def test_monthly_grants_accumulate_until_they_expire() -> None:
    start = D(2026, 1, 10)
    # Jan 10, Feb 10 and Mar 10 grants are alive on Apr 1: 45 credits.
    assert credits_today(BUSINESS, start, [], D(2026, 4, 1)).available == 45
    # On Apr 10 the Jan 10 grant is 90 days old and gone, and April's arrives: still 45.
    state = credits_today(BUSINESS, start, [], D(2026, 4, 10))
    assert state.available == 45
    assert state.expired == 15
    # The oldest batch expires first; the listing says when.
    assert state.expiring[0] == (D(2026, 2, 10) + dt.timedelta(days=90), 15)


def test_the_day_before_and_the_day_of_expiry() -> None:
    start = D(2026, 1, 1)
    expires = start + dt.timedelta(days=90)  # 2026-04-01
    before = credits_today(BUSINESS, start, [], expires - dt.timedelta(days=1))
    assert before.expired == 0
    assert before.expiring[0] == (expires, 15)
    on_the_day = credits_today(BUSINESS, start, [], expires)
    assert on_the_day.expired == 15
    assert expires not in dict(on_the_day.expiring)


def test_a_send_spends_the_credit_that_expires_first() -> None:
    start = D(2026, 1, 1)
    sends = [SentInMail("1", D(2026, 2, 15))]
    state = credits_today(BUSINESS, start, sends, D(2026, 3, 5))
    assert state.spent == 1
    assert state.available == 44
    # The January batch lost the credit: 14 of it expire on April 1.
    assert state.expiring[0] == (D(2026, 4, 1), 14)


@pytest.mark.parametrize(("after_days", "refunded"), [(89, True), (90, True), (91, False)])
def test_refund_window_boundaries(after_days: int, refunded: bool) -> None:
    sent = D(2026, 3, 1)
    send = SentInMail("7", sent, sent + dt.timedelta(days=after_days))
    as_of = sent + dt.timedelta(days=120)
    assert is_refunded(BUSINESS, send, as_of) is refunded
    state = credits_today(BUSINESS, D(2026, 1, 1), [send], as_of)
    assert state.refunded == int(refunded)


def test_open_refund_windows_close_90_days_after_the_send() -> None:
    sends = [
        SentInMail("1", D(2026, 5, 1)),
        SentInMail("2", D(2026, 2, 1)),  # window closed on May 2
        SentInMail("3", D(2026, 5, 2), D(2026, 5, 20)),  # answered: no longer waiting
    ]
    state = credits_today(BUSINESS, D(2026, 1, 1), sends, D(2026, 6, 1))
    assert [(w.key, w.closes_on) for w in state.open_refunds] == [("1", D(2026, 7, 30))]


def test_an_answer_after_today_is_not_counted_yet() -> None:
    send = SentInMail("1", D(2026, 5, 1), D(2026, 6, 10))
    state = credits_today(BUSINESS, D(2026, 1, 1), [send], D(2026, 6, 1))
    assert state.refunded == 0
    assert [w.key for w in state.open_refunds] == ["1"]


def test_a_refunded_credit_can_be_spent_again() -> None:
    career = plan_by_id("premium-career")  # 5 a month
    start = D(2026, 1, 1)
    sends = [SentInMail(str(i), D(2026, 1, 2)) for i in range(5)]
    sends[0] = SentInMail("0", D(2026, 1, 2), D(2026, 1, 5))
    sends.append(SentInMail("5", D(2026, 1, 6)))
    state = credits_today(career, start, sends, D(2026, 1, 20))
    assert state.overdrawn == 0
    assert state.available == 0
    assert state.refunded == 1


def test_sends_beyond_the_credits_are_counted_as_overdrawn() -> None:
    career = plan_by_id("premium-career")
    sends = [SentInMail(str(i), D(2026, 1, 3)) for i in range(7)]
    state = credits_today(career, D(2026, 1, 1), sends, D(2026, 1, 10))
    assert (state.spent, state.overdrawn, state.available) == (5, 2, 0)


def test_bought_credits_add_to_the_pool_and_expire_too() -> None:
    career = plan_by_id("premium-career")
    state = credits_today(career, D(2026, 1, 1), [], D(2026, 1, 10), [Purchase(D(2026, 1, 5), 10)])
    assert state.available == 15
    assert state.purchased == 10
    later = credits_today(career, D(2026, 1, 1), [], D(2026, 4, 6), [Purchase(D(2026, 1, 5), 10)])
    assert later.purchased == 10
    assert later.available == 15  # Feb, Mar, Apr grants; January's and the purchase expired
