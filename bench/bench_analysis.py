"""Whole-profile analysis time against spaCy's own pass over the same text, and first-load time.

The baseline is what spaCy costs anyway: a blank pipeline with only the sentencizer running over
the very texts ``analyze_profile`` reads (headline, summary, current positions). The ratio says
how much Preflight's lemmas, word lists and quantity rules add on top. Both are timed in this run,
best of several rounds, so the figure holds on any machine. First load is the time to build each
language's pipeline from nothing (lemma tables from spacy-lookups-data, word-list patterns).

Run: ``python -m bench.bench_analysis`` from the repository root.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import spacy

from preflight.core.analysis.pipeline import build_nlp, get_nlp
from preflight.core.analysis.profile import analyze_profile, position_text
from preflight.core.models import Language, PartialDate, Position, Profile, SourceFormat, SourceInfo

ROUNDS = 7
CALLS_PER_ROUND = 20

SUMMARY_EN = (
    "I help B2B software companies turn messy pipelines into predictable revenue. "
    "Over nine years in sales I have built outbound teams from scratch, rewritten playbooks and "
    "coached reps who now lead their own teams.\n\n"
    "What that looked like at Northwind:\n"
    "• Grew new-business revenue from $1.2M to $4.5M in two years\n"
    "• Cut the sales cycle by 28% with a shorter discovery call and clear mutual action plans\n"
    "• Hired and onboarded 14 account executives; 11 hit quota in their first two quarters\n"
    "• Launched a partner channel that now brings in 20% of qualified pipeline\n\n"
    "Before that I was responsible for the mid-market segment at Initech, where I doubled "
    "average deal size and won our first three enterprise logos. "
    "I like hard problems, honest forecasts and teams that write things down. "
    "If your team is missing its number and you are not sure why, let's talk."
)
SUMMARY_ES = (
    "Ayudo a empresas de software B2B a convertir un embudo desordenado en ingresos previsibles. "
    "En nueve años en ventas he formado equipos desde cero, reescrito procesos comerciales y "
    "acompañado a vendedores que hoy lideran sus propios equipos.\n\n"
    "En Northwind:\n"
    "• Aumenté los ingresos de nuevos clientes de 1,2 M€ a 4,5 M€ en dos años\n"
    "• Reduje el ciclo de venta un 28% con una llamada de descubrimiento más corta\n"
    "• Contraté y formé a 14 ejecutivos de cuentas; 11 cumplieron su cuota en dos trimestres\n"
    "• Lancé un canal de socios que hoy aporta el 20% del embudo cualificado\n\n"
    "Antes fui responsable del segmento de medianas empresas en Initech, donde dupliqué el "
    "tamaño medio de los contratos. Si tu equipo no llega a su objetivo, hablemos."
)


def realistic_profile(language: Language) -> Profile:
    """An invented sales leader with a full summary and a few positions."""
    english = language == "en"
    title = "Head of Sales" if english else "Directora de ventas"
    return Profile(
        name="Marta Quiroga",
        headline=(
            "Head of Sales | I help B2B SaaS teams build predictable pipeline"
            if english
            else "Directora de ventas | Ayudo a equipos SaaS B2B a crear un embudo previsible"
        ),
        summary=SUMMARY_EN if english else SUMMARY_ES,
        positions=[
            Position(
                title=title,
                company="Northwind",
                description=(SUMMARY_EN if english else SUMMARY_ES).split("\n\n")[1],
                start=PartialDate(year=2022, month=3),
            ),
            Position(title="Mentor", company="Sales Circle", start=PartialDate(year=2020)),
            Position(
                title="Account Executive",
                company="Initech",
                description="Responsible for mid-market accounts.",
                start=PartialDate(year=2016),
                end=PartialDate(year=2022, month=2),
            ),
        ],
        skills=["Negotiation", "Salesforce", "B2B sales"],
        source=SourceInfo(format=SourceFormat.JSON_RESUME, language=language),
    )


def best_seconds(work: Callable[[], object]) -> float:
    """The best per-call time over ROUNDS rounds of CALLS_PER_ROUND calls."""
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(CALLS_PER_ROUND):
            work()
        times.append((time.perf_counter() - start) / CALLS_PER_ROUND)
    return min(times)


def bench_language(language: Language) -> dict[str, float]:
    """First-load time, analysis time, baseline time and their ratio for one language."""
    start = time.perf_counter()
    build_nlp(language)
    first_load = time.perf_counter() - start
    get_nlp(language)  # the shared pipeline the analysis uses
    profile = realistic_profile(language)
    texts = [profile.headline, profile.summary]
    texts += [position_text(p) for p in profile.current_positions]
    baseline_nlp = spacy.blank(language)
    baseline_nlp.add_pipe("sentencizer")
    ours = best_seconds(lambda: analyze_profile(profile))
    baseline = best_seconds(lambda: list(baseline_nlp.pipe(texts)))
    return {
        "first_load_s": first_load,
        "analysis_ms": ours * 1000,
        "spacy_pass_ms": baseline * 1000,
        "ratio": ours / baseline,
        "chars": float(sum(len(t) for t in texts)),
    }


def main() -> None:
    """Print the figures for English and Spanish."""
    print("Whole-profile analysis vs spaCy's own pass (blank pipeline + sentencizer), same texts")
    ratios = []
    for language in ("en", "es"):
        figures = bench_language(language)
        ratios.append(figures["ratio"])
        print(
            f"  {language}: {figures['chars']:.0f} chars  analysis {figures['analysis_ms']:.2f} ms"
            f"  spaCy pass {figures['spacy_pass_ms']:.2f} ms  ratio {figures['ratio']:.1f}x"
            f"  first load {figures['first_load_s']:.2f} s"
        )
    print(f"  mean ratio {statistics.mean(ratios):.1f}x")


if __name__ == "__main__":
    main()
