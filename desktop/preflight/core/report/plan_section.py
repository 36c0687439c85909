"""Page 1's plan: the verdict with the score gauge, then every gain ranked with its projection."""

from __future__ import annotations

from preflight.core.assessment import Assessment, CheckResult
from preflight.core.models import Status
from preflight.core.plan import Plan, Step
from preflight.core.report.gauge import gauge_img
from preflight.core.report.tidy import first_sentence, tidy
from preflight.core.report.wording import STATUS_ICONS, Wording, esc


def verdict_text(assessment: Assessment, plan: Plan, w: Wording) -> str:
    """ "Ready to send InMail", "Almost ready: 1 check to confirm" or "Not ready: N blockers"."""
    if assessment.ready:
        return w("verdict_ready")
    if plan.only_confirmations:
        count = plan.confirmations
        return w("verdict_confirm_one" if count == 1 else "verdict_confirm_other", count=count)
    count = len(assessment.blockers)
    return w("verdict_not_ready_one" if count == 1 else "verdict_not_ready_other", count=count)


def verdict(assessment: Assessment, plan: Plan, w: Wording) -> str:
    """The verdict and score beside the gauge, on a band coloured by the verdict."""
    if assessment.ready:
        note, css, icon = w("verdict_ready_note"), "ready", STATUS_ICONS[Status.PASS]
    elif plan.only_confirmations:
        note, css, icon = w("verdict_confirm_note"), "not-ready", STATUS_ICONS[Status.UNKNOWN]
    else:
        note, css, icon = w("verdict_not_ready_note"), "not-ready", STATUS_ICONS[Status.FAIL]
    gauge = gauge_img(assessment.score, w.html("gauge_alt", score=assessment.score))
    return (
        f'<table role="presentation" class="verdict {css}" width="100%" cellspacing="0" '
        'cellpadding="8"><tr>'
        f'<td class="gauge" width="84" valign="middle">{gauge}</td><td valign="middle">'
        f'<p class="verdict-line">{icon} {esc(verdict_text(assessment, plan, w))} '
        f'<span class="score">· {w.html("score", score=assessment.score)}</span></p>'
        f'<p class="verdict-note">{esc(note)}</p></td></tr></table>'
    )


def plan_section(assessment: Assessment, plan: Plan, w: Wording) -> str:
    """The ranked gains as a table, then the projected score and verdict in one or two lines."""
    if not plan.steps:
        return f'<h2>{w.html("plan")}</h2><p class="projection">{w.html("plan_nothing")}</p>'
    rows, was_ready = [], plan.ready
    for number, step in enumerate(plan.steps, start=1):
        flips = step.ready_after and not was_ready
        rows.append(_row(number, step, assessment.check(step.check), flips, w))
        was_ready = step.ready_after
    table = (
        '<table class="grid plan" width="100%" cellspacing="0" cellpadding="5">'
        f'<tr><th scope="col" width="21%">{w.html("col_section")}</th>'
        f'<th scope="col" width="57%">{w.html("col_todo")}</th>'
        f'<th scope="col" width="22%" class="num">{w.html("col_gain")}</th></tr>'
        f"{''.join(rows)}</table>"
    )
    lines = "".join(f'<p class="projection">{esc(line)}</p>' for line in projection_lines(plan, w))
    intro = w.html("plan_intro_ready" if plan.ready else "plan_intro")
    return f'<h2>{w.html("plan")}</h2><p class="intro">{intro}</p>{table}{lines}'


def projection_lines(plan: Plan, w: Wording) -> list[str]:
    """ "Fix these 3: 92/100, ready." and, when more is left after that, "Do all 5: 100/100."."""
    steps, last = plan.steps, plan.steps[-1]
    if plan.ready:
        key = "plan_ready_rest_one" if len(steps) == 1 else "plan_ready_rest_other"
        return [w(key, count=len(steps), score=last.score_after)]
    needed = plan.to_ready
    reach = needed[-1]
    if all(s.kind == "confirm" for s in needed):
        key = "plan_confirm_one" if len(needed) == 1 else "plan_confirm_other"
    else:
        key = "plan_fix_one" if len(needed) == 1 else "plan_fix_other"
    lines = [w(key, count=len(needed), score=reach.score_after)]
    if len(steps) > len(needed):
        key = "plan_all_one" if len(steps) == len(needed) + 1 else "plan_all_other"
        lines.append(w(key, count=len(steps), score=last.score_after))
    return lines


def action(result: CheckResult, w: Wording) -> str:
    """What to do for one check, in one line (the first sentence of its first suggestion)."""
    if not result.suggestions:
        return w("plan_no_action")
    return tidy(first_sentence(result.suggestions[0]), w)


def confirm_how(result: CheckResult, w: Wording) -> str:
    """Exactly how to confirm a check the source cannot show, in the app and on the command line."""
    return w("confirm_how", section=w.section(result.id.value), id=result.id.value)


def _row(number: int, step: Step, result: CheckResult, flips: bool, w: Wording) -> str:
    todo = f"<p>{esc(action(result, w))}</p>"
    if step.kind == "confirm":
        todo += f'<p class="confirm">{esc(confirm_how(result, w))}</p>'
    gain = w.html("plan_gain_one" if step.points == 1 else "plan_gain", points=step.points)
    after = w.html("plan_after_ready" if flips else "plan_after", score=step.score_after)
    if flips:
        after = f"<b>{after}</b>"
    status = f'<span class="{result.status.value}">{STATUS_ICONS[result.status]}</span>'
    return (
        f"<tr><td><b>{number}. {esc(w.section(result.id.value))}</b><br>{status} "
        f'<span class="small">{esc(w.status(result.status))}</span></td><td>{todo}</td>'
        f'<td class="num"><b>{gain}</b><br><span class="small">{after}</span></td></tr>'
    )
