"""The composer's verdict: every draft check, the sender's profile gate, and "Ready to send"."""

from __future__ import annotations

import datetime as dt

from preflight.core.analysis.language import detect_language
from preflight.core.assessment import Assessment
from preflight.core.draft.checks import CHECKS, DraftContext
from preflight.core.draft.model import Draft, DraftAssessment, Recipient
from preflight.core.draft.text import words
from preflight.core.messages import messages
from preflight.core.models import Language, Profile

RECENT_POSTS = 5
_SLOW_DAYS = (4, 5)  # Friday and Saturday get the fewest answers (shared/reference)


def profile_texts(profile: Profile) -> dict[str, str]:
    """Where a claim about the sender could be backed: headline, About, current roles, posts."""
    texts = {"headline": profile.headline, "about": profile.summary}
    for index, position in enumerate(profile.current_positions):
        texts[f"position {index + 1}"] = " ".join(
            (position.title, position.company, position.description)
        )
    for index, post in enumerate((profile.posts or [])[:RECENT_POSTS]):
        texts[f"post {index + 1}"] = post.text
    return texts


def draft_language(draft: Draft, fallback: Language) -> Language:
    """The draft's own language, else the interface's."""
    return detect_language(f"{draft.subject}\n{draft.body}", default=fallback)


def assess_draft(
    draft: Draft,
    recipient: Recipient,
    *,
    profile: Profile | None,
    profile_assessment: Assessment | None,
    as_of: dt.date,
    language: Language,
) -> DraftAssessment:
    """Every draft check in ``language``, and the gate: the profile ready and no check failing."""
    msg = messages(language)
    text_language = draft_language(draft, language)
    ctx = DraftContext(
        draft=draft,
        recipient=recipient,
        language=text_language,
        msg=msg,
        profile_texts=profile_texts(profile) if profile else {},
        recent_posts=[p.text for p in (profile.posts or [])[:RECENT_POSTS]] if profile else [],
    )
    checks = [check(ctx) for check in CHECKS.values()]
    ready = profile_assessment is not None and profile_assessment.ready
    blockers = [b.value for b in profile_assessment.blockers] if profile_assessment else []
    note = msg("draft.send_day.slow") if as_of.weekday() in _SLOW_DAYS else msg("draft.send_day.ok")
    return DraftAssessment(
        language=text_language,
        checks=checks,
        profile_ready=ready,
        profile_blockers=blockers,
        words=len(words(draft.body)),
        characters=len(draft.body),
        send_day_note=note,
    )
