"""A bare duty noun ("tareas") counts only where it introduces the member's duties."""

from __future__ import annotations

from spacy.tokens import Span

# Words that may stand before a duty noun that opens its sentence: "Entre sus funciones…", "Sus
# tareas:", "Among her duties…"; an article does not ("Las tareas que…" names any object).
_OPENER_LEADS = frozenset(
    {"entre", "sus", "mis", "nuestras", "principales", "among", "his", "her", "their", "our"}
    | {"main", "key", "•", "-", "*", "·", "▪"}
)
# Marks after a duty noun that open a list of them: "Tareas: …", "Funciones — …".
_LIST_MARKS = frozenset({":", "—", "–"})


def introduces_duties(span: Span, nouns: frozenset[str]) -> bool:
    """False for a lone duty noun used as an ordinary object ("automatizar las tareas que…");
    True for every other duty phrase and for a duty noun that heads a list or its sentence."""
    if len(span) != 1 or span[0].lower_ not in nouns:
        return True
    doc, index = span.doc, span.start
    if index + 1 < len(doc) and doc[index + 1].text in _LIST_MARKS:
        return True
    while index > 0 and not doc[index].is_sent_start:
        if doc[index - 1].lower_ not in _OPENER_LEADS and not _is_markup(doc[index - 1].text):
            return False
        index -= 1
    return True


def _is_markup(text: str) -> bool:
    """An HTML tag or entity the tokenizer split off ("&nbsp;", "<li>"): no word before a noun."""
    return (text[:1], text[-1:]) in {("&", ";"), ("<", ">")} and len(text) > 2


# Spanish duty words that also open a post's title: «Responsable de compras», «Encargado de obra».
_TITLE_OPENERS = frozenset({"responsable", "encargado", "encargada"})
# Words after «de» that make the phrase a duty: an article or quantifier («de las nóminas»).
_DUTY_OBJECT_LEADS = frozenset(
    {"el", "la", "los", "las", "un", "una", "unos", "unas", "todo", "toda", "todos", "todas"}
    | {"mi", "mis", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras", "cada", "varios"}
    | {"varias", "diversos", "diversas", "distintos", "distintas", "que"}
)


def names_a_post(span: Span) -> bool:
    """True for «Responsable de compras en…» opening a sentence, as a title line does: a post,
    where a bare noun follows «de»; not «Responsable de las nóminas…», «Responsable de
    gestionar…», nor «es responsable de control de gestión» (a duty stated in a sentence)."""
    if span[0].lower_ not in _TITLE_OPENERS or span[-1].lower_ != "de":
        return False
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    if not after.is_alpha or after.lower_ in _DUTY_OBJECT_LEADS:
        return False
    if after.lower_.endswith(("ar", "er", "ir")):
        return False  # «responsable de gestionar…» states a duty
    return span.start == span.sent.start
