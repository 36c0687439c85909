"""The lemma tables Preflight ships: spaCy's lookup tables trimmed to the lemmas it matches.

spacy-lookups-data's Spanish table holds half a million forms (1.5 MB gzipped, about 100 MiB and a
few hundred milliseconds to decompress); Preflight matches only the forms that lead to its
achievement verbs. ``python -m preflight.core.analysis.lemma_tables`` (a development step, with
spacy-lookups-data installed) writes ``resources/lemmas/<lang>.json``; a test checks that the
shipped tables are what that step would write today and give the same lemmas as the full tables.
"""

from __future__ import annotations

import json
from typing import Any

from preflight.core.analysis.lexicons import LEMMA_LISTS
from preflight.core.models import Language
from preflight.core.resources import resource, resource_path

LANGUAGES: tuple[Language, ...] = ("en", "es")


class LemmaTableError(RuntimeError):
    """The shipped table does not match the word list it was trimmed for."""


def kept_lemmas(language: Language) -> frozenset[str]:
    """The lemmas the pipeline matches: every entry of the lists named in ``LEMMA_LISTS``."""
    from preflight.core.analysis.lexicons import lexicon_words

    return frozenset().union(*(lexicon_words(language, name) for name in LEMMA_LISTS))


def trim(forms: dict[str, Any], keep: frozenset[str]) -> dict[str, str]:
    """The entries of a full lookup table whose lemma is one of ``keep``, sorted by form."""
    return {form: forms[form] for form in sorted(forms) if forms[form] in keep}


def shipped_table(language: str, keep: frozenset[str]) -> dict[str, str]:
    """The trimmed table for ``language``; refuses one trimmed for another list of lemmas."""
    data = json.loads(resource("lemmas", f"{language}.json").read_text(encoding="utf-8"))
    if frozenset(data["keep"]) != keep:
        raise LemmaTableError(
            f"resources/lemmas/{language}.json was trimmed for another word list: run "
            "python -m preflight.core.analysis.lemma_tables"
        )
    table: dict[str, str] = data["table"]
    return table


def full_table(language: str) -> dict[str, Any]:
    """spacy-lookups-data's whole table (development and tests only)."""
    from spacy.util import load_language_data, registry

    paths: dict[str, Any] = registry.lookups.get(language)
    forms = load_language_data(paths["lemma_lookup"])
    if not isinstance(forms, dict):
        raise TypeError(f"spacy-lookups-data's {language} lemma table is not a dict")
    return forms


def write_tables() -> None:
    """Regenerates the shipped tables from spacy-lookups-data and the current word lists."""
    from preflight.core.safe_write import write_atomically

    for language in LANGUAGES:
        keep = kept_lemmas(language)
        data = {
            "source": "spacy-lookups-data lemma_lookup (MIT), trimmed to Preflight's "
            f"{', '.join(LEMMA_LISTS)} lists",
            "keep": sorted(keep),
            "table": trim(full_table(language), keep),
        }
        text = json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n"
        write_atomically(resource_path("lemmas", f"{language}.json"), text)


if __name__ == "__main__":
    import preflight.core.analysis  # noqa: F401  (spaCy without its CLI)

    write_tables()
