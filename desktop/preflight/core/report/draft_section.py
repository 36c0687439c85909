"""The report's last section: the InMail draft, its verdict and each draft check."""

from __future__ import annotations

from preflight.core.draft.model import Draft, DraftAssessment
from preflight.core.models import Status
from preflight.core.report.wording import Wording, esc, paragraphs, quote_box


def draft_section(draft: Draft, result: DraftAssessment, w: Wording) -> str:
    """The subject and body as written, whether it may be sent, and what each check found."""
    verdict = w("draft_ready") if result.ready else _blocked(result, w)
    parts = [
        f"<h2>{w.html('draft_heading')}</h2>",
        f'<p class="verdict-line"><strong>{esc(verdict)}</strong></p>',
        f"<h4>{w.html('draft_subject')}</h4>",
        quote_box(f'<p class="quoted">{esc(draft.subject) or "—"}</p>'),
        f"<h4>{w.html('draft_body')}</h4>",
        quote_box(paragraphs(draft.body, "quoted")),
        f'<p class="count">{_counts(result, w)}</p>',
    ]
    for check in result.checks:
        status = w.status(check.status)
        parts.append(f'<h3>{esc(check.title)} <span class="h3-status">· {esc(status)}</span></h3>')
        if check.status is Status.PASS:
            parts.append(_bullets(check.evidence[:1]))
            continue
        parts.append(_bullets(check.evidence))
        parts.append(_bullets([f"→ {line}" for line in check.suggestions]))
    parts.append(f'<p class="note">{esc(result.send_day_note)}</p>')
    return "".join(parts)


def _counts(result: DraftAssessment, w: Wording) -> str:
    return w.html("draft_counts", words=result.words, chars=result.characters)


def _blocked(result: DraftAssessment, w: Wording) -> str:
    reasons = [w.section(b) for b in result.profile_blockers]
    reasons += [result.check(b).title for b in result.draft_blockers]
    return w("draft_not_ready", reasons=", ".join(reasons))


def _bullets(lines: list[str]) -> str:
    if not lines:
        return ""
    return "<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"
