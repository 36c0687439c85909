"""The profile's own words for each section of the report, quoted and escaped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial

from preflight.core.assessment import CheckId
from preflight.core.models import Post, Profile
from preflight.core.report.marks import Flag, marked_paragraphs
from preflight.core.report.wording import Wording, esc, paragraphs, quote_box

MAX_POSTS = 10
# Photo findings said in the words people use ("sharp", "well lit"), in this order.
PHOTO_WORDS = ("sharp", "blurry", "light_ok", "too_dark", "washed_out")
MAX_POST_CHARS = 600
# LinkedIn allows 2,600 characters in About and 2,000 in a job's description; past this a quote
# is cut (and says so), so a 5,000,000-character About cannot make the report take minutes.
MAX_QUOTED_CHARS = 10_000


def profile_quote(
    check_id: CheckId,
    profile: Profile,
    w: Wording,
    flags: Sequence[Flag] = (),
    *,
    as_of: dt.date | None = None,
) -> str:
    """HTML quoting what the profile says for one section, the ``flags`` marked; empty when there
    is nothing to quote. ``as_of``: the check date (a job starting later is quoted as such)."""
    if check_id in (CheckId.HEADLINE, CheckId.SUMMARY):
        text = profile.headline if check_id == CheckId.HEADLINE else profile.summary
        body = _marked(text, list(flags), w)
    else:
        quoters: dict[CheckId, Callable[[Profile, Wording], str]] = {
            CheckId.PHOTO: _photo,
            CheckId.EXPERIENCE: partial(_experience, as_of=as_of),
            CheckId.SKILLS: _skills,
            CheckId.POSTS: _posts,
        }
        body = quoters[check_id](profile, w)
    if not body:
        return ""
    return f"<h4>{w.html('from_profile')}</h4>" + quote_box(body)


def photo_in_words(profile: Profile, w: Wording) -> str:
    """The attached photo's size, focus and light as people say them ("sharp", "well lit")."""
    analysis = profile.photo.analysis if profile.photo else None
    if analysis is None:
        return ""
    size = w("photo_size", width=w.number(analysis.width), height=w.number(analysis.height))
    codes = {finding.code for finding in analysis.findings}
    return " · ".join([size, *(w(f"photo_{code}") for code in PHOTO_WORDS if code in codes)])


def _photo(profile: Profile, w: Wording) -> str:
    described = photo_in_words(profile, w)
    return f'<p class="quoted">{esc(described)}</p>' if described else ""


def _marked(text: str, flags: list[Flag], w: Wording) -> str:
    """The headline or About, flagged words underlined and numbered, with its length."""
    if not text.strip():
        return ""
    count = w.html("chars", count=w.number(len(text)))
    if len(text) > MAX_QUOTED_CHARS:
        # A huge About is quoted as an excerpt, unmarked: the report's time stays linear.
        return _long_quote(text, w) + f'<p class="count">{count}</p>'
    note = f'<p class="count">{w.html("flag_note")}</p>' if flags else ""
    return marked_paragraphs(text, flags) + f'<p class="count">{count}</p>{note}'


def _experience(profile: Profile, w: Wording, *, as_of: dt.date | None = None) -> str:
    parts: list[str] = []
    current = profile.current_on(as_of) if as_of else profile.current_positions
    upcoming = profile.upcoming_on(as_of) if as_of else []
    for position in [*current, *upcoming]:
        if position.title and position.company:
            line = w("position_line", title=position.title, company=position.company)
        else:
            line = position.title or position.company
        if position.start is not None:
            key = "starts" if position in upcoming else "since"
            line = f"{line} · {w(key, date=w.partial_date(position.start))}"
        parts.append(f'<p class="quoted"><b>{esc(line)}</b></p>')
        if position.description.strip():
            parts.append(_long_quote(position.description, w))
    if not parts:
        return ""
    return f"<h5>{w.html('positions_current')}</h5>" + "".join(parts)


def _long_quote(text: str, w: Wording) -> str:
    """``text`` quoted; past MAX_QUOTED_CHARS only its start, with a line saying how much."""
    if len(text) <= MAX_QUOTED_CHARS:
        return paragraphs(text, "quoted")
    cut = text[:MAX_QUOTED_CHARS]
    cut = cut.rsplit(" ", 1)[0] if " " in cut[-200:] else cut
    shown, total = w.number(len(cut)), w.number(len(text))
    note = w.html("excerpt", shown=shown, count=total)
    return paragraphs(cut + " …", "quoted") + f'<p class="count">{note}</p>'


def _skills(profile: Profile, w: Wording) -> str:
    if not profile.skills:
        return ""
    shown = len(profile.skills)
    total = profile.skills_total
    if total is not None and total > shown:
        count = w.html("skills_count_partial", total=w.number(total), count=w.number(shown))
    else:
        count = w.html("skills_count", count=w.number(shown))
    listed = " · ".join(esc(skill) for skill in profile.skills)
    return f'<p class="quoted">{listed}</p><p class="count">{count}</p>'


def _posts(profile: Profile, w: Wording) -> str:
    if profile.posts is None:
        return f'<p class="count">{w.html("no_posts_source")}</p>'
    own = [post for post in profile.posts if post.is_own]  # reposts are other people's words
    if not own:
        return f'<p class="count">{w.html("no_posts")}</p>'
    newest = sorted(own, key=_newest_first)[:MAX_POSTS]
    heading = w.html("posts_shown", shown=len(newest), total=w.number(len(own)))
    items = "".join(_post(post, w) for post in newest)
    return f"<h5>{heading}</h5>{items}"


def _post(post: Post, w: Wording) -> str:
    if post.date is None:
        when = w("post_undated")
    elif post.approximate:
        when = w("post_approximate", date=w.date(post.date))
    else:
        when = w.date(post.date)
    text = post.text.strip()
    if len(text) > MAX_POST_CHARS:
        text = text[:MAX_POST_CHARS].rsplit(" ", 1)[0] + " …"
    return f'<p class="post-date">{esc(when)}</p>' + paragraphs(text or post.link, "quoted")


def _newest_first(post: Post) -> tuple[bool, int]:
    if post.date is None:
        return (True, 0)
    return (False, -(post.date - dt.date.min).days)
