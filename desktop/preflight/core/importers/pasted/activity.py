"""The member's activity in the Activity section: own posts dated from their ages, and reposts.

Each card of the section opens with a header saying whose it is: the member's own name, headline
or "• You" for a post they wrote, "Ana Ruiz reposted this" (or "ha compartido esto", "compartió
esto"…) for someone else's post they shared. Everything in a repost card (the other author's
name, age and text) belongs to that author: it is kept as one repost, never as the member's post.
"""

from __future__ import annotations

import datetime as dt

from preflight.core.importers.pasted.relative_dates import parse_post_age
from preflight.core.importers.pasted.top_card import parse_counts
from preflight.core.importers.pasted.vocabulary import UiVocabulary, fold
from preflight.core.models import Post


def read_posts(
    lines: list[str], as_of: dt.date, vocab: UiVocabulary, *, author: tuple[str, ...]
) -> list[Post]:
    """Own posts and reposts under Activity, in page order (newest first).

    ``author`` holds the member's name and headline, which the page prints above each own post.
    """
    own = {fold(text) for text in author if text}
    posts: list[Post] = []
    in_repost = False
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        repost = vocab.repost_pattern.fullmatch(line)
        if repost is not None:
            in_repost = True
            age = (repost["age"] or "").strip(" •·")
            date = parse_post_age(age, as_of, vocab) if age else None
            posts.append(Post(date=date, approximate=date is not None, repost=True))
            continue
        if _is_own_header(line, own, vocab):
            in_repost = False
        date = _post_date(line, as_of, vocab)
        if date is None:
            continue
        body: list[str] = []
        while index < len(lines) and not _ends_post(lines[index], own, as_of, vocab):
            body.append(vocab.strip_trailing(lines[index]))
            index += 1
        text = "\n".join(body).strip()
        if in_repost:
            continue  # the reposted author's age and words, not the member's
        posts.append(Post(date=date, approximate=True, text=text))
    return posts


def _is_own_header(line: str, own: set[str], vocab: UiVocabulary) -> bool:
    """True for a line that opens one of the member's own cards: name, headline, "• You"."""
    return (
        fold(line) in own
        or vocab.own_pattern.fullmatch(line.strip()) is not None
        or vocab.posted_pattern.fullmatch(line) is not None
    )


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
