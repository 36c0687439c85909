"""The labelled skill-candidate sentences and the suggestion precision measured on them."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from preflight.core.analysis.profile import analyze_profile
from preflight.core.checks.base import CheckContext
from preflight.core.checks.skills import named_but_missing
from preflight.core.messages import messages
from preflight.core.models import Language, Profile, SourceInfo
from preflight.core.settings import Settings
from tests.core.checks.profiles import AS_OF

FOLDER = Path(__file__).resolve().parents[2] / "fixtures" / "skills"


@dataclass(frozen=True)
class Item:
    """One labelled sentence: the skills it names as the member's own."""

    language: Language
    split: str
    text: str
    skills: frozenset[str]


@dataclass(frozen=True)
class Score:
    """Suggestion counts over a set of items."""

    suggested: int
    correct: int
    expected: int
    wrong: tuple[tuple[str, str], ...]

    @property
    def precision(self) -> float:
        return self.correct / self.suggested if self.suggested else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0


def load_items(language: Language) -> list[Item]:
    """Every labelled item of one language."""
    raw = tomllib.loads((FOLDER / f"skill_candidates_{language}.toml").read_text("utf-8"))
    return [
        Item(language, e["split"], e["text"], frozenset(s.casefold() for s in e["skills"]))
        for e in raw["item"]
    ]


def suggested(item: Item) -> list[str]:
    """The skills the skills check would suggest for an About holding only this sentence."""
    profile = Profile(source=SourceInfo(format="linkedin-export", language=item.language))
    profile = profile.model_copy(update={"summary": item.text})
    ctx = CheckContext(
        profile=profile,
        analysis=analyze_profile(profile, AS_OF),
        settings=Settings(),
        as_of=AS_OF,
        msg=messages(item.language),
    )
    return named_but_missing(ctx, [])[0]


def score(items: list[Item]) -> Score:
    """Precision and recall of the suggestions over ``items``."""
    made = correct = expected = 0
    wrong: list[tuple[str, str]] = []
    for item in items:
        found = suggested(item)
        made += len(found)
        expected += len(item.skills)
        for skill in found:
            if skill.casefold() in item.skills:
                correct += 1
            else:
                wrong.append((skill, item.text))
    return Score(made, correct, expected, tuple(wrong))
