"""Reply rates from the user's own log, never shown for fewer than ten InMails."""

from __future__ import annotations

import datetime as dt

from preflight.core.outreach.insights import MIN_MESSAGES, reply_rates
from preflight.core.outreach.log import LoggedSend

MONDAY = dt.datetime(2026, 3, 2, 9)


def _send(i: int, subject: str, words: int, replied: bool, day: dt.datetime = MONDAY) -> LoggedSend:
    return LoggedSend(
        id=i,
        sent_at=day,
        recipient="R",
        subject=subject,
        body=" ".join(["word"] * words),
        origin="manual",
        personalised=i % 2 == 0,
        replied_at=day + dt.timedelta(days=2) if replied else None,
    )


def test_short_subjects_answered_twice_as_often_show_as_such() -> None:
    sends = [_send(i, "Your churn post", 80, i % 2 == 0) for i in range(20)]
    sends += [_send(100 + i, "A" * 70, 80, i % 4 == 0) for i in range(20)]
    figures = {f.bucket: f for f in reply_rates(sends)["subject_length"]}
    assert figures["subject_short"].rate == 0.5
    assert figures["subject_long"].rate == 0.25
    assert figures["subject_medium"].messages == 0
    assert figures["subject_medium"].rate is None


def test_no_rate_below_the_minimum_sample() -> None:
    sends = [_send(i, "Hi", 30, True) for i in range(MIN_MESSAGES - 1)]
    (short,) = [f for f in reply_rates(sends)["message_length"] if f.bucket == "words_under_50"]
    assert (short.messages, short.replies, short.rate) == (MIN_MESSAGES - 1, MIN_MESSAGES - 1, None)
    sends.append(_send(99, "Hi", 30, False))
    (short,) = [f for f in reply_rates(sends)["message_length"] if f.bucket == "words_under_50"]
    assert short.rate == (MIN_MESSAGES - 1) / MIN_MESSAGES


def test_weekday_and_personalisation_buckets() -> None:
    friday = MONDAY + dt.timedelta(days=4)
    sends = [_send(i, "S", 60, False, friday) for i in range(12)]
    rates = reply_rates(sends)
    weekday = {f.bucket: f for f in rates["weekday"]}
    assert weekday["weekday_4"].messages == 12
    assert weekday["weekday_4"].rate == 0.0
    personal = {f.bucket: f.messages for f in rates["personalisation"]}
    assert personal == {"personal_yes": 6, "personal_no": 6}
