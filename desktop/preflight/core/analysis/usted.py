"""Spanish *usted*: the imperative forms that show it, and a verb after «si» that means it."""

from __future__ import annotations

from preflight.core.analysis.components import fold_accents

# Clitics after an imperative that name the member: "pídame", "escríbanos", "cuéntemelo".
MEMBER_CLITICS = frozenset({"me", "nos", "melo", "mela", "noslo"})
# Words that open a clause after «si» with a subject of its own: "si el cliente…", "si hay…".
_NOT_A_VERB = frozenset(
    {"el", "la", "los", "las", "un", "una", "unos", "unas", "mi", "mis", "tu", "tus", "este"}
    | {"esta", "ese", "esa", "alguien", "algún", "alguna", "nadie", "todo", "hay", "yo", "él"}
    | {"ella", "nosotros", "cada", "lo", "se", "me", "te", "nos", "de", "en", "a"}
)


def usted_imperative(bare: str, lemma: str) -> bool:
    """True when ``bare`` (a verb with its clitic peeled off) is the usted imperative of
    ``lemma``: "llame" of "llamar", "escriba" of "escribir", "pida" of "pedir"."""
    ending = fold_accents(bare)[-1:]
    if lemma.endswith("ar"):
        return ending == "e" and not bare.endswith("é")
    return lemma.endswith(("er", "ir")) and ending == "a" and not bare.endswith("á")


def third_person_verb_after_si(word: str) -> bool:
    """True for a word after «si» that can be a present verb with no subject, usted's when the
    text speaks to usted: "si está cansado", "si quiere", "si necesita"."""
    return word.isalpha() and word not in _NOT_A_VERB and word.endswith(("a", "e", "á", "é"))
