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
# Possessives that, opening the sentence, make the words up to a duty noun describe the member's
# own duties ("My job responsibilities are:", "My day-to-day tasks include…").
_POSSESSIVES = frozenset({"my", "his", "her", "their", "our", "mis", "sus", "nuestras"})
# The most words a possessive may stand before the duty noun it describes ("My daily job tasks").
_POSSESSIVE_REACH = 6
# Words after such a duty noun that go on to list the duties ("… include the rota", "… are:");
# "My favourite tasks are the messy ones" names a liking, not the duties.
_LISTING_WORDS = frozenset(
    {"include", "includes", "included", "including", "involve", "involves", "involved"}
    | {"cover", "covers", "covered", "incluyen", "incluían", "abarcan"}
)
_LISTING_COPULAS = frozenset({"are", "were", "is", "was", "son", "eran", "fueron"})


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
            return _possessive_opener(span)
        index -= 1
    return True


def _possessive_opener(span: Span) -> bool:
    """A duty noun a few words after a possessive that opens its sentence, with only content
    words and hyphens between, going on to list the duties: "My job responsibilities are:", "My
    day-to-day tasks include…"; not "the tasks", "my team and their tasks", "My favourite tasks
    are the messy ones"."""
    doc, sent = span.doc, span.sent
    words = [t for t in doc[sent.start : span.start] if not _is_markup(t.text)]
    if not words or words[0].lower_ not in _POSSESSIVES or len(words) > _POSSESSIVE_REACH:
        return False
    if not all(t.text in {"-", "‐"} or (t.is_alpha and not t.is_stop) for t in words[1:]):
        return False
    after = [t.lower_ for t in doc[span.end : min(span.end + 2, sent.end)]]
    if after and after[0] in _LISTING_WORDS:
        return True
    return len(after) == 2 and after[0] in _LISTING_COPULAS and after[1] in _LIST_MARKS


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
