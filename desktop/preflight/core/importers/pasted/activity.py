"""The member's own posts in the Activity section, with dates from their relative ages."""

from __future__ import annotations

import datetime as dt

from preflight.core.importers.pasted.relative_dates import parse_post_age
from preflight.core.importers.pasted.top_card import parse_counts
from preflight.core.importers.pasted.vocabulary import UiVocabulary, fold
from preflight.core.models import Post


def read_posts(
    lines: list[str], as_of: dt.date, vocab: UiVocabulary, *, author: tuple[str, ...]
) -> list[Post]:
    """Posts under Activity, newest first as the page lists them; reposts of others are skipped.

    ``author`` holds the member's name and headline, which the page prints above each post.
    """
    own = {fold(text) for text in author if text}
    posts: list[Post] = []
    reposted = False
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        repost = vocab.repost_pattern.fullmatch(line)
        date = None
        if repost is not None:
            reposted = True
            if not repost["age"]:
                continue  # the shared post's own age line comes next
        else:
            date = _post_date(line, as_of, vocab)
            if date is None:
                continue
        body: list[str] = []
        while index < len(lines) and not _ends_post(lines[index], own, as_of, vocab):
            body.append(vocab.strip_trailing(lines[index]))
            index += 1
        if not reposted and date is not None:
            posts.append(Post(date=date, approximate=True, text="\n".join(body).strip()))
        reposted = False
    return posts


def _post_date(line: str, as_of: dt.date, vocab: UiVocabulary) -> dt.date | None:
    """The date of a post whose age is on ``line`` ("3mo •", "Noor posted this • 3mo")."""
    posted = vocab.posted_pattern.fullmatch(line)
    if posted is not None:
        age = (posted["age"] or "").strip(" •·")
        return parse_post_age(age, as_of, vocab) if age else None
    return parse_post_age(line, as_of, vocab)


def _is_repost_mark(line: str, vocab: UiVocabulary) -> bool:
    """True for "Ana Ruiz reposted this" / "Ana Ruiz ha compartido esto"."""
    return vocab.repost_pattern.fullmatch(line) is not None


def _ends_post(line: str, own: set[str], as_of: dt.date, vocab: UiVocabulary) -> bool:
    """True for the buttons, counters and author lines that follow a post's text."""
    return (
        vocab.is_noise(line)
        or vocab.activity_noise.fullmatch(line) is not None
        or _is_repost_mark(line, vocab)
        or fold(line) in own
        or parse_counts(line, vocab) is not None
        or vocab.heading(line) is not None
        or vocab.posted_pattern.fullmatch(line) is not None
        or parse_post_age(line, as_of, vocab) is not None
    )
