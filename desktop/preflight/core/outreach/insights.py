"""What the user's own log says works: reply rates by subject length, length, personalisation, day.

A figure is shown only when at least ``MIN_MESSAGES`` InMails stand behind it; below that a rate
would be noise, so it is ``None`` and the view says how many more are needed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from preflight.core.outreach.log import LoggedSend

MIN_MESSAGES = 10


@dataclass(frozen=True)
class Figure:
    """One bar: a bucket, how many InMails fall in it, how many were answered."""

    bucket: str  # a catalogue key under outreach.bucket.
    messages: int
    replies: int

    @property
    def rate(self) -> float | None:
        """The share answered, or None when too few InMails stand behind it."""
        if self.messages < MIN_MESSAGES:
            return None
        return self.replies / self.messages


def _subject_bucket(send: LoggedSend) -> str:
    length = len(send.subject.strip())
    return "subject_short" if length <= 40 else "subject_medium" if length <= 60 else "subject_long"


def _length_bucket(send: LoggedSend) -> str:
    words = len(send.body.split())
    if words < 50:
        return "words_under_50"
    if words <= 100:
        return "words_50_100"
    return "words_101_200" if words <= 200 else "words_over_200"


def _personal_bucket(send: LoggedSend) -> str:
    if send.personalised is None:
        return "personal_unknown"
    return "personal_yes" if send.personalised else "personal_no"


def _weekday_bucket(send: LoggedSend) -> str:
    return f"weekday_{send.sent_at.weekday()}"


DIMENSIONS: dict[str, tuple[Callable[[LoggedSend], str], tuple[str, ...]]] = {
    "subject_length": (_subject_bucket, ("subject_short", "subject_medium", "subject_long")),
    "message_length": (
        _length_bucket,
        ("words_under_50", "words_50_100", "words_101_200", "words_over_200"),
    ),
    "personalisation": (_personal_bucket, ("personal_yes", "personal_no")),
    "weekday": (_weekday_bucket, tuple(f"weekday_{day}" for day in range(7))),
}


def reply_rates(sends: Sequence[LoggedSend]) -> dict[str, list[Figure]]:
    """Every dimension's figures, buckets in a fixed order (empty buckets included)."""
    out: dict[str, list[Figure]] = {}
    for name, (bucket_of, buckets) in DIMENSIONS.items():
        counts = {bucket: [0, 0] for bucket in buckets}
        for send in sends:
            bucket = bucket_of(send)
            if bucket in counts:
                counts[bucket][0] += 1
                counts[bucket][1] += send.replied_at is not None
        out[name] = [Figure(bucket, total, replied) for bucket, (total, replied) in counts.items()]
    return out
