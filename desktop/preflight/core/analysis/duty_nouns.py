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
        if doc[index - 1].lower_ not in _OPENER_LEADS:
            return False
        index -= 1
    return True
