"""LinkedIn plans and their InMail credit rules, read from resources/plans.toml."""

from __future__ import annotations

import tomllib
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from preflight.core.resources import resource


class Plan(BaseModel):
    """One plan's credit rules; every number can be changed by the user."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    name: str
    monthly_credits: int = Field(ge=0, le=10_000)
    credit_lifetime_days: int = Field(ge=1, le=3_650)
    refund_window_days: int = Field(ge=0, le=3_650)
    extra_credit_price_usd: float = Field(ge=0)
    source: str = ""


@cache
def plans() -> tuple[Plan, ...]:
    """Every plan the file lists, in its order, with the shared defaults filled in."""
    data = tomllib.loads(resource("plans.toml").read_text(encoding="utf-8"))
    defaults = {k: v for k, v in data["defaults"].items() if k != "source_rules"}
    return tuple(Plan.model_validate({**defaults, **entry}) for entry in data["plan"])


def plan_by_id(plan_id: str) -> Plan:
    """The plan with this id; ``KeyError`` naming the known ids otherwise."""
    for plan in plans():
        if plan.id == plan_id:
            return plan
    known = ", ".join(p.id for p in plans())
    raise KeyError(f"no plan {plan_id!r}; known plans: {known}")
