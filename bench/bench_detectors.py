"""Precision and recall of the About and headline detectors on the labelled passages; their cost.

Figures per detector and language, for Abouts, headlines and both pooled, on the held-out part
(written before the detectors, never tuned on) and on the development part. Targets on the
held-out part, pooled per detector and language: precision >= 0.95, recall >= 0.9.

Cost: the analysis of a 2,600-character About (LinkedIn's maximum), and the same pipeline with and
without the voice and form components (the ratio is what they add), best CPU time of several
rounds in this run; and the time for ten times that text, which must stay about ten times as
long (every rule is linear).

Run: ``python -m bench detectors`` from the repository root.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from tests.labelled.scoring import KINDS, LANGUAGES, SPLITS, Score, detectors, pooled, score

from preflight.core.analysis.pipeline import get_nlp
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language

STRUCTURE_COMPONENTS = ("preflight_voice", "preflight_form")
PRECISION_TARGET = 0.95
RECALL_TARGET = 0.9

_ABOUT = {
    "en": (
        "If your sales team keeps missing its forecast, I can help you find out why. "
        "I run revenue operations for B2B software companies with 20 to 200 reps. At Larkspur I "
        "rebuilt the pipeline review and forecast accuracy rose from 61% to 89% in three quarters. "
    ),
    "es": (
        "Si tu equipo comercial no llega a la previsión, puedo ayudarte a encontrar el motivo. "
        "Dirijo operaciones de ingresos para empresas de software con entre 20 y 200 comerciales. "
        "En Alcor la precisión de la previsión pasó del 58% al 87% en tres trimestres. "
    ),
}
_CLOSING = {"en": "Send me a message and let's talk.", "es": "Escríbeme y hablamos."}


def best_cpu_seconds(action: Callable[[], object], rounds: int) -> float:
    """The fewest CPU seconds this process spent in one of ``rounds`` runs of ``action``.

    CPU time rather than wall time: on a shared machine other processes stretch the wall clock,
    not the work this process does.
    """
    times = []
    for _ in range(rounds):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return min(times)


def _figure(value: float | None) -> str:
    return " n/a" if value is None else f"{value:.2f}"


def _row(label: str, tally: Score) -> str:
    return (
        f"    {label:<13} P {_figure(tally.precision)}  R {_figure(tally.recall)}"
        f"  (tp {tally.tp}, fp {tally.fp}, fn {tally.fn})"
    )


def long_about(language: Language, chars: int) -> str:
    """A realistic About of about ``chars`` characters ending with an invitation."""
    body = _ABOUT[language]
    repeats = max(1, (chars - len(_CLOSING[language])) // len(body))
    # Each paragraph differs by its numbers, so nothing reads as a repeated sentence.
    paragraphs = [body.replace("20 ", f"{20 + i} ") for i in range(repeats)]
    return "\n\n".join(paragraphs) + "\n\n" + _CLOSING[language]


def timings(language: Language) -> dict[str, float]:
    """Analysis time of a 2,600-character About, with and without the structure components, and
    of ten times that text."""
    nlp = get_nlp(language)
    about = long_about(language, 2600)
    ten = long_about(language, 26_000)
    analyze_text(about, language)  # build the pipeline outside the timing
    ours = best_cpu_seconds(lambda: analyze_text(about, language), rounds=40)
    ours_ten = best_cpu_seconds(lambda: analyze_text(ten, language), rounds=12)
    with nlp.select_pipes(disable=list(STRUCTURE_COMPONENTS)):
        without = best_cpu_seconds(lambda: nlp(about), rounds=40)
    with_them = best_cpu_seconds(lambda: nlp(about), rounds=40)
    return {
        "chars": float(len(about)),
        "ms": ours * 1000,
        "added": with_them / without,
        "ten_times": ours_ten / ours,
    }


def main() -> None:
    """Print the detector scores and the analysis cost."""
    print(
        f"Detectors on the labelled passages (targets on held-out, pooled: "
        f"P >= {PRECISION_TARGET}, R >= {RECALL_TARGET})"
    )
    for split in SPLITS:
        for language in LANGUAGES:
            print(f"  {split} / {language}")
            for kind in KINDS:
                print(f"   {kind}")
                for name, tally in score(kind, language, split).items():
                    print(_row(name, tally))
            print("   pooled")
            both = pooled(language, split)
            for name in detectors("about"):
                print(_row(name, both[name]))
    print("Analysis cost of an About (LinkedIn's 2,600-character maximum)")
    for language in LANGUAGES:
        figures = timings(language)
        print(
            f"  {language}: {figures['chars']:.0f} chars  {figures['ms']:.1f} ms"
            f"  with/without the voice and form components {figures['added']:.2f}x"
            f"  ten times the text takes {figures['ten_times']:.1f}x as long"
        )


if __name__ == "__main__":
    main()
