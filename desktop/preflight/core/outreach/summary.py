"""From the log to the credit rules' inputs: the plan with the user's numbers, sends, purchases."""

from __future__ import annotations

from preflight.core.outreach.credits import Purchase, SentInMail
from preflight.core.outreach.log import OutreachLog, PlanChoice
from preflight.core.outreach.plans import Plan, plan_by_id


def chosen_plan(choice: PlanChoice) -> Plan:
    """The plan the user picked, with the numbers they changed."""
    base = plan_by_id(choice.plan_id)
    fields = {k: v for k, v in choice.overrides.items() if k in Plan.model_fields and k != "id"}
    return Plan.model_validate({**base.model_dump(), **fields})


def credit_inputs(
    log: OutreachLog, choice: PlanChoice
) -> tuple[Plan, list[SentInMail], list[Purchase]]:
    """Everything ``credits_today`` needs, read from the log."""
    sends = [
        SentInMail(str(s.id), s.sent_on, s.replied_at.date() if s.replied_at else None)
        for s in log.sends()
    ]
    purchases = [Purchase(day, count) for day, count in log.purchases()]
    return chosen_plan(choice), sends, purchases
