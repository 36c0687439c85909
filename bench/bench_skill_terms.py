"""Precision and recall of the skills check's "add this skill" suggestions, per language and split.

The labelled sentences live in ``tests/fixtures/skills``: each names the skills it mentions as
the member's field, tool or method; "23 completed sales" or «frena tus ventas» name none. A
suggestion is correct when the label holds it. The target on the held-out part is precision
≥ 0.95 (a wrong "add this skill" costs trust); recall is printed for information.

Run: ``python -m bench.bench_skill_terms`` from the repository root.
"""

from __future__ import annotations

from tests.core.checks.skill_candidates import load_items, score

from preflight.core.models import Language

LANGUAGES: tuple[Language, ...] = ("en", "es")


def main() -> None:
    """Prints one line per language and split, then any wrong suggestion."""
    print(
        f"{'language':<9}{'split':<10}{'items':>6}{'suggested':>10}{'precision':>10}{'recall':>8}"
    )
    for language in LANGUAGES:
        items = load_items(language)
        for split in ("dev", "held_out"):
            chosen = [i for i in items if i.split == split]
            result = score(chosen)
            print(
                f"{language:<9}{split:<10}{len(chosen):>6}{result.suggested:>10}"
                f"{result.precision:>10.3f}{result.recall:>8.3f}"
            )
            for skill, text in result.wrong:
                print(f"    wrong: {skill!r} from {text!r}")


if __name__ == "__main__":
    main()
