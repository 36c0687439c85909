"""Analysis, checks and marks stay linear in the About's length: cost per character at 2.6k-100k.

For English and Spanish, plain, cliché-packed and skill-packed Abouts, ``assess`` (analysis plus
every check) and the About's inline marks run on the same profile with its About repeated to each
length; the cost per character must stay flat within 2× from the shortest to the longest (a
pairwise comparison anywhere would show as 10× and more). Each time is the best of a few rounds.

Run: ``python -m bench linear`` from the repository root.
"""

from __future__ import annotations

import datetime as dt

from bench.bench_analysis import SUMMARY_EN, SUMMARY_ES, realistic_profile
from bench.timing import best_seconds
from preflight.core.marks import find_marks
from preflight.core.models import Language, Profile
from preflight.core.scoring import assess
from preflight.core.settings import Settings

LENGTHS = (2_600, 26_000, 100_000)
CLICHES = {
    "en": "Results-driven, passionate team player and visionary guru. Responsible for synergy. ",
    "es": "Soy proactivo, apasionado y orientado a resultados. Responsable de la sinergia. ",
}
# Skill names in use, for the skill-term reading and the suggested skills line.
SKILLS = {
    "en": "I lead Sales and Marketing and work in Python, SQL and Salesforce every day. ",
    "es": "Dirijo Ventas y Marketing y trabajo con Python, SQL y Salesforce cada día. ",
}
AS_OF = dt.date(2026, 11, 1)


def _repeat(text: str, length: int) -> str:
    return (text * (length // len(text) + 1))[:length]


def _judge_and_mark(profile: Profile, settings: Settings, language: Language) -> None:
    """What an edit costs: the verdict, then the About's inline marks."""
    assess(profile, settings=settings, as_of=AS_OF, language=language)
    find_marks(
        "summary", profile.summary, text_language=language, language=language, settings=settings
    )


def main() -> None:
    """Prints the per-character cost at each length and the longest-to-shortest ratio."""
    settings = Settings()
    for language in ("en", "es"):
        plain = SUMMARY_EN if language == "en" else SUMMARY_ES
        lang: Language = language  # type: ignore[assignment]
        base = realistic_profile(lang)
        assess(base, settings=settings, as_of=AS_OF, language=lang)  # builds the pipeline once
        kinds = (
            ("plain", plain),
            ("cliché-packed", CLICHES[language] * 3 + plain),
            ("skill-packed", SKILLS[language] * 3 + plain),
        )
        for kind, text in kinds:
            costs = []
            for length in LENGTHS:
                profile = base.model_copy(update={"summary": _repeat(text, length)})
                rounds = 5 if length < 50_000 else 2
                seconds = best_seconds(
                    lambda p=profile, lg=lang: _judge_and_mark(p, settings, lg),
                    rounds,
                )
                costs.append(seconds / length * 1e6)
            figures = "  ".join(
                f"{length // 1000:>3}k {cost:5.2f} µs/char"
                for length, cost in zip(LENGTHS, costs, strict=True)
            )
            print(
                f"{language} {kind:14} {figures}  flat within {max(costs) / min(costs):.2f}× (≤ 2)"
            )


if __name__ == "__main__":
    main()
