"""French, Portuguese, German and Italian are told apart from English and Spanish, even briefly."""

from __future__ import annotations

import subprocess
import sys

import pytest

from preflight.core.analysis.language import detect_language
from preflight.core.analysis.other_languages import other_language

FRENCH = [
    "Ingénieure logicielle chez Airbus | Systèmes embarqués",
    "J'aide les équipes produit à livrer des applications que les patients comprennent.",
    "Directrice commerciale – je fais grandir les ventes B2B des PME industrielles",
    "Responsable grands comptes | J'aide les industriels à vendre leurs services",
    "Si vos contrats de service se renouvellent mal, écrivez-moi.",
]
PORTUGUESE = [
    "Engenheira de software na Nubank | Sistemas distribuídos",
    "Ajudo empresas de logística a reduzir custos com dados confiáveis.",
    "Gerente de vendas | Ajudo equipes comerciais a vender mais",
    "Se os seus relatórios chegam tarde, envie-me uma mensagem.",
    "Gestão de projetos e transformação digital para o setor público",
]
GERMAN = [
    "Softwareentwicklerin bei SAP | Verteilte Systeme",
    "Ich helfe mittelständischen Unternehmen, ihre Daten sinnvoll zu nutzen.",
    "Leiterin Vertrieb DACH | B2B SaaS",
    "Wenn Ihre Serviceverträge schlecht verlängert werden, schreiben Sie mir.",
    "Projektleiter Digitalisierung und Prozessoptimierung",
]
ITALIAN = [
    "Ingegnere del software presso Enel | Sistemi distribuiti",
    "Aiuto le aziende manifatturiere a ridurre i tempi di consegna.",
    "Responsabile commerciale | Vendite B2B per l'industria",
    "Se il vostro e-commerce cresce ma il margine no, scrivetemi.",
    "Più qualità e meno attività inutili nella gestione dei progetti",
]
# English and Spanish, including ones with foreign names and loanwords: never another language.
ENGLISH_OR_SPANISH = [
    "I help B2B SaaS companies grow revenue through outbound sales and clear messaging.",
    "Account Executive at Müller & Söhne GmbH in München",
    "Head of Sales DACH at Zalando | B2B partnerships",
    "José García, engineer at Telefónica in Bogotá",
    "Nurse",
    "Product Manager",
    "Ayudo a empresas de software a aumentar sus ventas con procesos comerciales claros.",
    "Gerente de proyectos en Banco Estado",
    "Analista de datos",
    "Si tu empresa pierde ventas, hablemos.",
    "Consultora SAP | Ayudo a empresas a migrar a S/4HANA",
    "Diseñadora de producto | Ayudo a equipos de salud digital a lanzar apps",
    "Si su empresa pierde clientes por errores de facturación, puedo ayudarle: escríbame.",
    "Software Engineer | Python | apasionada por la tecnología",
    "Coordinadora de marketing digital en Mercado Libre",
    "Director of Operations, ex-Deloitte, MBA (INSEAD), based in São Paulo",
]


@pytest.mark.parametrize(
    ("code", "text"),
    [("fr", t) for t in FRENCH]
    + [("pt", t) for t in PORTUGUESE]
    + [("de", t) for t in GERMAN]
    + [("it", t) for t in ITALIAN],
)
def test_short_texts_in_other_languages_are_named(code: str, text: str) -> None:
    assert other_language(text) == code


@pytest.mark.parametrize("text", ENGLISH_OR_SPANISH)
def test_english_and_spanish_are_never_named_as_another_language(text: str) -> None:
    assert other_language(text) is None


@pytest.mark.parametrize("text", ["", "   ", "🚀🚀🚀", "SQL | AWS | 2024", "Chef"])
def test_no_sign_names_no_language(text: str) -> None:
    assert other_language(text) is None


def test_english_spanish_choice_is_unchanged() -> None:
    assert detect_language("Ingeniera de datos en Northwind", default="en") == "es"
    assert detect_language("Data Engineer at Northwind", default="es") == "en"


def test_stop_words_are_read_without_importing_the_language_packages() -> None:
    # spacy.lang.fr compiles its tokenizer exceptions on import, which takes seconds.
    code = (
        "import sys\n"
        "from preflight.core.analysis.other_languages import other_language\n"
        "assert other_language('Ingénieure logicielle chez Airbus') == 'fr'\n"
        "loaded = [m for m in ('fr', 'pt', 'de', 'it') if f'spacy.lang.{m}' in sys.modules]\n"
        "print(loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"
