"""The grammatical person of a Spanish verb form whose lemma the lookup table knows.

Spanish drops the subject pronoun, so the person of an About is often only in its verbs: "Dirijo
el equipo… Reduje…" is the member speaking; "Dirige el equipo… Redujo…" is someone speaking of
them. Read from the ending against the lemma, for the verbs the lemma tables keep (achievement,
help and contact verbs); infinitives, gerunds and participles have no person.
"""

from __future__ import annotations

from typing import Literal

Person = Literal["first", "third", ""]

_INFINITIVE = ("ar", "er", "ir")
_NO_PERSON = ("ndo", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
# Third-person preterites, regular and strong: "lanzó", "redujo", "tuvo", "hizo".
_THIRD_PAST = ("ó", "ujo", "uvo", "izo")
# First-person forms: preterite ("lancé", "dirigí", "reduje", "tuve"); present ("dirijo"), plural.
_FIRST_PAST = ("é", "í", "je", "uve", "ice")
_FIRST_PRESENT = ("o", "amos", "emos", "imos")


# Words after which a form is a noun, not a verb: "el cierre", "de diseño", "al desarrollo".
_BEFORE_NOUNS = frozenset(
    {"el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "al", "del", "de", "a", "en"}
    | {"con", "por", "para", "sin", "sobre", "entre", "desde", "hasta", "hacia", "su", "sus"}
    | {"mi", "mis", "tu", "tus", "nuestro", "nuestra", "este", "esta", "ese", "esa", "cada"}
)
# Words after which a present form is a verb: "Dirijo…", "y lidera", "que ayuda", "también
# gestiono", "lo diseño". Elsewhere "diseño", "cierre" or "ayuda" are more often nouns.
_BEFORE_PRESENT = frozenset(
    {"y", "e", "ni", "o", "u", "yo", "él", "ella", "que", "quien", "no", "también", "ya", "hoy"}
    | {"ahora", "además", "actualmente", "me", "te", "se", "nos", "le", "les", "lo", "la", "los"}
    | {"las", ",", ".", "!", "?", "¡", "¿", ";"}
)


def spanish_person(lower: str, lemma: str, before: str, after: str) -> Person:
    """ "first", "third" or "" (no person, a noun, or a form the ending does not tell) for a verb
    form between the words ``before`` and ``after`` ("" at a sentence's edge), lower-cased."""
    if lemma == lower or not lemma.endswith(_INFINITIVE) or lower.endswith(_INFINITIVE):
        return ""
    if lower.endswith(_NO_PERSON) or before in _BEFORE_NOUNS or after in {"de", "del"}:
        return ""
    if lower.endswith(_THIRD_PAST) or (lower.endswith("ijo") and lemma.endswith("decir")):
        return "third"  # "dijo" tells, "dirijo" is the member
    if lower.endswith(_FIRST_PAST):
        return "first"
    if before and before not in _BEFORE_PRESENT:
        return ""  # "Competencias: diseño curricular", "gestión y cierre"
    if lower.endswith(_FIRST_PRESENT):
        return "first"
    if lower.endswith(("a", "e")):
        return "third"  # "dirige", "lidera", "ayuda"
    return ""
