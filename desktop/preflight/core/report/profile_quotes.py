"""The profile's own words for each section of the report, quoted and escaped."""

from __future__ import annotations

import datetime as dt

from preflight.core.assessment import CheckId
from preflight.core.models import Post, Profile
from preflight.core.report.wording import Wording, esc, paragraphs, quote_box

MAX_POSTS = 10
MAX_POST_CHARS = 600


def profile_quote(check_id: CheckId, profile: Profile, w: Wording) -> str:
    """HTML quoting what the profile says for one section; empty when there is nothing to quote."""
    body = {
        CheckId.PHOTO: _photo,
        CheckId.HEADLINE: _headline,
        CheckId.SUMMARY: _summary,
        CheckId.EXPERIENCE: _experience,
        CheckId.SKILLS: _skills,
        CheckId.POSTS: _posts,
    }[check_id](profile, w)
    if not body:
        return ""
    return f"<h4>{w.html('from_profile')}</h4>" + quote_box(body)


def _photo(profile: Profile, w: Wording) -> str:
    analysis = profile.photo.analysis if profile.photo else None
    if analysis is None:
        return ""
    size = w("photo_size", width=w.number(analysis.width), height=w.number(analysis.height))
    return f'<p class="quoted">{esc(size)}</p>'


def _headline(profile: Profile, w: Wording) -> str:
    if not profile.headline.strip():
        return ""
    count = w.html("chars", count=w.number(len(profile.headline)))
    return f'<p class="quoted">{esc(profile.headline)}</p><p class="count">{count}</p>'


def _summary(profile: Profile, w: Wording) -> str:
    if not profile.summary.strip():
        return ""
    count = w.html("chars", count=w.number(len(profile.summary)))
    return paragraphs(profile.summary, "quoted") + f'<p class="count">{count}</p>'


def _experience(profile: Profile, w: Wording) -> str:
    parts: list[str] = []
    for position in profile.current_positions:
        if position.title and position.company:
            line = w("position_line", title=position.title, company=position.company)
        else:
            line = position.title or position.company
        if position.start is not None:
            line = f"{line} · {w('since', date=w.partial_date(position.start))}"
        parts.append(f'<p class="quoted"><b>{esc(line)}</b></p>')
        if position.description.strip():
            parts.append(paragraphs(position.description, "quoted"))
    if not parts:
        return ""
    return f"<h5>{w.html('positions_current')}</h5>" + "".join(parts)


def _skills(profile: Profile, w: Wording) -> str:
    if not profile.skills:
        return ""
    count = w.html("skills_count", count=w.number(len(profile.skills)))
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
