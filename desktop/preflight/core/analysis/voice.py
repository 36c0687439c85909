"""The voice component: whom a text addresses, how it ends, and in which person it is written.

It reads the structure of sentences, not fixed phrases: second-person words, conditionals
("If your…", "Si su…"), help verbs followed by the people served, imperatives and offers built on
contact verbs (found through their lookup lemmas, Spanish clitics peeled off: "escríbame" ->
"escriba" -> "escribir"), questions, and first- versus third-person subjects. Every cue is one
token or a short window around it, so the cost grows linearly with the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from spacy.language import Language as Nlp
from spacy.tokens import Doc, Span, Token

from preflight.core.analysis.components import (
    MENTIONS,
    add_mentions,
    fold_accents,
    nlp_language,
    require_lists,
)
from preflight.core.analysis.lexicons import lexicon_names, lexicon_words
from preflight.core.analysis.usted import (
    MEMBER_CLITICS,
    third_person_verb_after_si,
    usted_imperative,
)
from preflight.core.analysis.verb_person import spanish_person
from preflight.core.models import Language

# The word lists the component reads, by role.
VOICE_LISTS = (
    "second_person",
    "help_verbs",
    "contact_verbs",
    "willingness",
    "audiences",
    "first_person",
    "third_person",
    "name_followers",
    "preference_words",
    "unnamed_third_person",
    "generic_you",
    "lesson_verbs",
    "roles",
    "audience_prepositions",
    "object_prepositions",
    "leisure_frames",
)
# Spanish-only lists: contact verbs that invite only with the member as a clitic
# («consultame»), and words in -ás/-és/-ís that are no voseo verb («además», «inglés»).
CLITIC_CONTACT_VERBS = "clitic_contact_verbs"
NOT_VOSEO = "not_voseo"
# Help verbs that serve only people or groups named after them («Atiendo a adultos…»).
PEOPLE_HELP_VERBS = "people_help_verbs"
# Labels of the spans the component adds.
READER = "reader_value"
AUDIENCE = "audience"
SERVED = "served"
NEXT_STEP = "next_step"
FIRST_PERSON = "first_person"
THIRD_PERSON = "third_person"
SUBJECT = "subject"


@dataclass(frozen=True)
class Grammar:
    """What differs between English and Spanish in the cues (grammar, not vocabulary)."""

    # Words after which a clause starts: an imperative may stand there ("…, email me").
    clause_openers: frozenset[str]
    # Question words: a question opening with one asks, it does not address ("Why…?").
    question_words: frozenset[str]
    # The conditional conjunction ("if", "si") and the words that make it address the reader.
    conditional: str
    formal_after_conditional: frozenset[str]
    # Words after the help verb that introduce the people served ("ayudo a …"); empty: none.
    audience_markers: frozenset[str]
    # "for" / "para" before an audience noun (headlines).
    for_word: str
    # The word that ends a "work with" phrase ("I work with", "trabajo con"): people must follow.
    with_word: str
    # Forms that report the past ("helped", "ayudé"): a deed, not an offer.
    past_endings: tuple[str, ...]
    # Modals said to the reader ("puedes", "can" after ``modal_subject`` "you"), and those that
    # are usted or a third person ("puede") and address the reader only with no subject before.
    reader_modals: frozenset[str]
    modal_subject: str
    polite_modals: frozenset[str]
    # Object clitics that may end a Spanish verb, longest first; and those that address "usted".
    clitics: tuple[str, ...]
    # Clitics that stand for the reader: "ayudarte", "ayudarle", "explicároslo".
    reader_clitics: frozenset[str]
    # True when verbs show their person ("dirijo" / "dirige") and the subject may be dropped.
    verbs_show_person: bool = False
    # The words that open a purpose clause ("para que"): said for a group named right after
    # them («para que los fundadores vean…») they say whom the work serves.
    purpose: tuple[str, ...] = ()


_GRAMMAR: dict[Language, Grammar] = {
    "en": Grammar(
        clause_openers=frozenset(
            {",", ";", ":", "—", "–", "-", "(", "!", "and", "or", "then", "just", "please", "so"}
        ),
        question_words=frozenset({"why", "what", "how", "when", "where", "who", "which"}),
        conditional="if",
        formal_after_conditional=frozenset(),
        audience_markers=frozenset(),
        for_word="for",
        with_word="with",
        past_endings=("ed",),
        reader_modals=frozenset({"can", "could", "may"}),
        modal_subject="you",
        polite_modals=frozenset(),
        clitics=(),
        reader_clitics=frozenset(),
    ),
    "es": Grammar(
        clause_openers=frozenset(
            {",", ";", ":", "—", "–", "-", "(", "¡", "¿", "!", "y", "e", "o", "u", "pues"}
        ),
        question_words=frozenset(
            {"qué", "que", "cuál", "cuáles", "cómo", "cuándo", "dónde", "quién", "quiénes"}
            | {"cuánto", "cuántos", "cuánta", "cuántas", "por", "para"}
        ),
        conditional="si",
        formal_after_conditional=frozenset({"su", "sus", "le", "les", "usted", "ustedes"}),
        audience_markers=frozenset({"a", "al"}),
        for_word="para",
        with_word="con",
        past_endings=(
            *("é", "ó", "aron", "ieron", "aste", "iste"),
            *("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
        ),
        reader_modals=frozenset({"puedes", "podéis", "podrías", "podríais"}),
        modal_subject="",
        polite_modals=frozenset({"puede", "pueden", "podría", "podrían"}),
        clitics=(
            *("selo", "sela", "selos", "selas", "melo", "mela", "telo", "tela", "noslo"),
            *("les", "nos", "los", "las", "me", "te", "le", "os", "lo", "la", "se"),
        ),
        reader_clitics=frozenset(
            {"te", "os", "le", "les", "selo", "sela", "selos", "selas", "telo"}
        ),
        verbs_show_person=True,
        purpose=("para", "que"),
    ),
}
# Spanish second-person singular verbs end so ("si buscas", "¿estás…?"); these words do too.
_NOT_SECOND_PERSON_VERB = frozenset(
    {"las", "les", "mis", "tus", "sus", "es", "más", "tres", "meses", "veces", "años", "días"}
)
# "Ser" said to the reader after «si», in forms no ending test catches: "si sos…", "si sois…".
_SECOND_PERSON_BE = frozenset({"sos", "sois"})
# Adverbs that may stand between a subject and its verb ("si también vendes", "I now coach").
_ADVERBS = frozenset(
    {"también", "ya", "no", "aún", "todavía", "además", "hoy", "ahora"}
    | {"now", "also", "still", "currently", "mainly", "mostly", "primarily", "today"}
)
# Words after which a verb's subject is the member being described ("who helps", "que ayuda");
# not "which": "a unit, which now supports 1,200 births" speaks of the unit.
_RELATIVES = frozenset({"who", "that", "que", "quien"})
# Spanish words that stand before a noun (articles, quantifiers, adjectives written first): an
# audience word after one is that noun ("para pequeñas empresas"), after any other word an
# adjective ("para dispositivos médicos").
_BEFORE_NOUN = frozenset(
    {"los", "las", "el", "la", "un", "una", "unos", "unas", "sus", "tus", "mis", "nuestros"}
    | {"nuestras", "todos", "todas", "otros", "otras", "muchos", "muchas", "varios", "varias"}
    | {"pequeños", "pequeñas", "pequeño", "pequeña", "grandes", "medianos", "medianas"}
    | {"nuevos", "nuevas", "futuros", "futuras", "distintos", "distintas", "diferentes"}
    | {"cientos", "miles", "y", "e", "o", "u", "de", "del", "a", "al", "con", "en", "que"}
)
# Relatives after a group that describe it: "to engineers who…", «a ingenieros que…».
_AUDIENCE_RELATIVES = frozenset({"who", "that", "que", "quienes"})
# First-person subjects (not possessives: "my mentor taught me" has no verb "mentor").
_SUBJECTS = frozenset({"i", "we", "yo", "nosotros", "nosotras"})
_INFINITIVE = ("ar", "er", "ir")
# First-person forms an offer is made in after a clitic: "te cuento", "se lo enseñaré", "os
# contamos", "le ayudaría".
_FIRST_PERSON_ENDINGS = ("o", "é", "mos", "ía")
# First-person preterites of strong verbs, which no imperative ends in: "propuse", "dije", "tuve".
_STRONG_PRETERITES = ("puse", "dije", "uve", "traje")
# Words between a modal and its infinitive: "puedes también escribirme", "you can always reach".
_MODAL_LINKS = frozenset({"always", "directly", "simply", "siempre", "directamente"})
# Subjects after which a verb joined by "and" shares them ("I drive … and help out"), and the
# joining words.
_CLAUSE_SUBJECTS = frozenset({"i", "we", "he", "she", "they", "yo", "él", "ella", "nosotros"})
_JOINERS = frozenset({"and", "or", "y", "e", "o", "u"})
# Second-person words that can be the subject of a general statement ("you learn", "te das
# cuenta"); "your" always addresses someone.
_GENERIC_SUBJECTS = frozenset({"you", "tú", "tu", "te"})
# Words between such a subject and its verb that keep the statement general: "you quickly learn",
# "you can't", "you never know", "nunca te acostumbras".
_GENERIC_LINKS = frozenset(
    {"quickly", "soon", "never", "always", "eventually", "really", "just", "slowly", "ca", "n't"}
    | {"cannot", "do", "not", "rápido", "pronto", "enseguida", "nunca", "siempre", "al", "final"}
    | _ADVERBS
)
# The word that opens what a lesson verb teaches: "teaches you that…", «te enseña que…».
_THAT = frozenset({"that", "que"})
# Quotation marks: what stands between them is someone else's voice.
_OPENING_QUOTES = frozenset({"“", "«", "„"})
_CLOSING_QUOTES = frozenset({"”", "»"})
_PEELED_MAX = 50_000
# How far after "si" a usted form still belongs to the condition (keeps the scan linear).
_CONDITIONAL_REACH = 30
# How many tokens after "I work with" / "trabajo con" the people worked with may stand: "con
# Agroseguro y con las principales aseguradoras".
_WITH_REACH = 7
# Pointers that place a channel: they point the reader to it only at the end of the sentence.
_PLACES = frozenset({"below", "above"})
# Words that open a clause of its own after "open to…": its verbs are no talk offered.
_CLAUSE_LINKS = frozenset({"who", "that", "which", "where", "when", "if", "because"})
# Words that may stand before "open to" when the member is open to a talk ("I'm always…").
_OPEN_LEADS = frozenset(
    {"i", "i'm", "i’m", "am", "'m", "’m", "always", "also", "still", "we", "are", "'re"}
)
_WOULD = frozenset({"would", "'d", "’d"})
# How many tokens after a contact channel its pointer may stand ("DMs are always open").
_POINTER_REACH = 5
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
# How many tokens after "coach to" the people coached may stand ("to GCSE and A-level students").
_HELPER_REACH = 8
# Helpers that, as nouns, mostly name a book: "The Field Guide to Product Teams".
_DOCUMENT_HELPERS = frozenset({"guide"})
# Past forms and perfect auxiliaries: work told in the past is a deed, not whom one serves.
_PAST_FORMS = frozenset({"was", "were", "had", "fui", "fue", "era", "eran", "estuve", "estuvo"})
_PERFECT = frozenset({"have", "has", "'ve", "’ve", "he", "ha", "hemos", "han"})
# Words before a year that date a deed: "In 2024 we cut…", «En 2023 reduje…».
_DATING_WORDS = frozenset({"in", "en"})
_ARTICLES = frozenset({"a", "an", "the", "un", "una", "el", "la", "los", "las"})
_PRETERITE_ENDINGS = ("ó", "aron", "ieron")
# Relatives whose clause is a third party's work ("a charity that runs…", «que organiza…»).
_THIRD_PARTY_RELATIVES = frozenset({"that", "which", "que"})
# A workplace named with an indefinite article: "at a studio…", «en una empresa…».
_WORKPLACE_WORDS = frozenset({"at", "en"})
_INDEFINITE = frozenset({"a", "an", "un", "una"})
_WORD_SPLIT = re.compile(r"[^\w-]+")
# The token a possessive ends in: "India's", "Kenya’s".
_POSSESSIVE_ENDINGS = frozenset({"'s", "’s"})
# A plural group that owns the noun after it: "workers' rights", "members’ fees".
_PLURAL_POSSESSIVE = re.compile(r"[\w-]+s['’](?!\w)")
# The pronoun for a group named before "to help": "with farmers to help them…".
_GROUP_PRONOUNS = frozenset({"them"})
# A bio's subjects for its member: "she runs trials with farmers to help them…".
_BIO_SUBJECTS = frozenset({"he", "she"})
# Words after an English help verb that are no audience ("help to…", "support with…").
_NOT_AUDIENCE = frozenset({"to", "with", "out", "in", "on", "me", "us", "and", "or"})
# Words that make the number after a help verb approximate ("serve around 200 covers"), and how
# many tokens from there the people counted may stand ("coach over 30 early-career teachers").
_APPROXIMATE = frozenset({"around", "about", "over", "some", "roughly", "nearly", "almost", "up"})
_COUNT_REACH = 6
# How far after "sell"/"supply" the people sold to may stand, past a list of what is sold.
_SOLD_TO_REACH = 10
# Words before "helping"/"coaching" that make it a noun or a duty, not an offer.
_NOT_BEFORE_GERUND = frozenset(
    {"a", "an", "the", "my", "our", "of", "in", "for", "and", "with", "by", "include", "includes"}
    | {"including", "included"}
)
# Words that make a compound noun with a gerund written in the same case ("executive coaching",
# "Career Coaching"); "Account Executive helping retailers…" breaks the case, so it is a verb.
# Words before "<adjective> training …" that make the gerund part of a noun phrase.
_GERUND_ARTICLES = frozenset({"a", "an", "the", "my", "our", "their", "his", "her", "its"})
_GERUND_COMPOUNDS = frozenset({"executive", "career", "life"})
# Words that may stand between a word of liking and the help verb it governs: "loves to coach",
# "passionate about mentoring", "disfruta mucho formando", "apasionada por acompañar".
_PREFERENCE_LINKS = frozenset(
    {"to", "about", "on", "of", "in", "really", "especially", "particularly", "truly", "genuinely"}
    | {"de", "en", "por", "mucho", "especialmente", "sobre", "todo"}
    | _ADVERBS
)
# Words after a contact verb that make it a talk with someone: "hablar con…", "charlar sobre…".
_TALK_LINKS = frozenset({"con", "sobre", "de", "contigo", "acerca", "with", "about", "to", "more"})
# Labels of a question the member asks and answers ("Q: What do I do? A: …"), words that link a
# question to what came before ("So how…?"), and words that open its answer ("Because…").
_QUESTION_LABELS = frozenset({"q", "question", "p", "pregunta"})
_ANSWER_LABELS = frozenset({"a", "answer", "r", "respuesta"})
_LINKING_OPENERS = frozenset({"so", "and", "but", "then", "well", "now", "ok", "okay"})
_ANSWER_OPENERS = frozenset({"because", "porque"})
# Modals that make a question in the first person an offer: "How can I help?", "Shall we talk?".
_OFFER_MODALS = frozenset({"can", "could", "may", "shall", "should"})
# Possessives that may introduce another person by name ("my colleague Dana", «mi socia Laura»).
_POSSESSIVES = frozenset({"my", "our", "mi", "mis", "nuestra", "nuestro", "nuestras", "nuestros"})
# Words before a word of liking that turn it into an offer: "I'd love to help", "would love to".
_OFFER_BEFORE_LIKING = frozenset({"would", "'d", "’d"})
# The help verb that names whom the member helps even after a word of liking ("I love helping…").
_HELP_ITSELF = frozenset({"help"})
# The reader's possessive, and the member as the object of a contact verb ("DM me", "call us").
_READER_POSSESSIVES = frozenset({"your"})
_MEMBER_OBJECTS = frozenset({"me", "us"})
# Adverbs between the member and a word of liking: "I really love…", "I truly enjoy…".
_LIKING_ADVERBS = frozenset({"really", "truly", "genuinely", "also", "just", "especially"})
# Voseo words that speak to the reader: "vos", "sos"; and the endings of voseo present forms
# («tenés», «llegás», «sentís»).
_VOS_WORDS = frozenset({"vos", "sos"})
_VOSEO_ENDINGS = ("ás", "és", "ís")
# Words before a form in -ás/-és/-ís that make it a noun («para bebés», «los cafés»).
_BEFORE_VOSEO_NOUN = frozenset(
    {"el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "para", "con", "sin"}
    | {"mis", "tus", "sus", "a", "al", "en", "por", "y", "e", "o", "u", "muchos", "varios"}
)
# Words after a bare voseo imperative that leave it without an object («Escribí.», «Escribí y
# lo vemos», «escribí por privado»): after any other word «Escribí dos libros» is the past.
_AFTER_BARE_IMPERATIVE = frozenset({"y", "e", "por", "al", "cuando", "ya", "nomás"})


@dataclass(frozen=True)
class _Context:
    """The sentence a token is read in: a question? a duty sentence? the text's first one?"""

    sent: Span
    question: bool
    duties: bool
    lead: bool
    # The text speaks to usted elsewhere ("pídame una cita", "puede llamarme").
    usted: bool = False
    # The sentence right after the first, where a bio goes on with "She helps…".
    second: bool = False
    # The text has no first-person word, so "They" opening a sentence is the member (a bio).
    unvoiced: bool = False
    # The first "you" of the sentence that is anyone ("you learn…"), or -1: a later "you" in the
    # sentence is anyone too.
    generic_from: int = -1
    # In a bio (no first-person word or verb), the words of the names its opening sentence has
    # as subjects: the member named again later ("Ricardo acompaña a familias…") still offers.
    member_names: frozenset[str] = frozenset()


@Nlp.factory(
    "preflight_voice",
    assigns=[f"doc._.{MENTIONS}"],
    requires=["token.lemma"],
    default_config={"lemmatizer": "preflight_lemmatizer", "closing_sentences": 2},
)
class Voice:
    """Adds spans for reader address, audiences, a closing next step and grammatical person."""

    def __init__(self, nlp: Nlp, name: str, *, lemmatizer: str, closing_sentences: int) -> None:
        language = nlp_language(nlp, name)
        require_lists(language, VOICE_LISTS, name)
        if closing_sentences < 1:
            raise ValueError(
                f"{name}: closing_sentences must be 1 or more, not {closing_sentences}"
            )
        self.name = name
        self.nlp = nlp
        self.lemmatizer = lemmatizer
        self.closing = closing_sentences
        self.grammar = _GRAMMAR[language]
        self.words = {list_name: lexicon_words(language, list_name) for list_name in VOICE_LISTS}
        self.verbs = self.words["help_verbs"] | self.words["contact_verbs"]
        self.clitic_contacts = _optional_list(language, CLITIC_CONTACT_VERBS)
        self.not_voseo = _optional_list(language, NOT_VOSEO)
        self.people_verbs = _optional_list(language, PEOPLE_HELP_VERBS)
        # Forms of those verbs before a clitic, by their accent-free spelling: "consulta",
        # "consulte", "consulten", "consultar" -> "consultar".
        self.clitic_forms = {f: v for v in self.clitic_contacts for f in _clitic_bases(v)}
        # Their usted and ustedes imperatives invite with no clitic too, since no noun is spelt
        # so: «Consulte disponibilidad», «Consulten tarifas» (not «Consulta online»).
        polite = (f for v in self.clitic_contacts for f in _clitic_bases(v)[1:3])
        self.polite_forms = frozenset(polite)
        self.leisure = tuple(fold_accents(f) for f in self.words["leisure_frames"])
        self.clitics = frozenset(self.grammar.clitics)
        self.clitic_lengths = sorted({len(c) for c in self.clitics}, reverse=True)
        # Peeled forms by word: a text repeats its words, and peeling tries several lookups.
        self.peeled: dict[str, tuple[str, str]] = {}
        self.table: Mapping[str, Any] = {}
        known = lexicon_names(language)  # optional lists: "DMs are open", "calendar link below"
        self.channels, self.pointers = (
            lexicon_words(language, n) if n in known else frozenset()
            for n in ("contact_channels", "channel_pointers")
        )

    def initialize(self, get_examples: Any = None, *, nlp: Nlp | None = None) -> None:
        """Share the lemmatizer's lookup table (loaded just before this component)."""
        pipeline = nlp or self.nlp
        if self.lemmatizer not in pipeline.pipe_names:
            raise ValueError(
                f"{self.name}: needs the lemmatizer {self.lemmatizer!r} earlier in the pipeline"
            )
        lemmatizer = pipeline.get_pipe(self.lemmatizer)
        self.table = lemmatizer.lookups.get_table("lemma_lookup", {})  # type: ignore[attr-defined]

    def __call__(self, doc: Doc) -> Doc:
        """Add the voice spans for one text."""
        toks = list(doc)  # one Token object per word: Span iteration would make new ones
        sentences = [s for s in doc.sents if any(t.is_alpha for t in toks[s.start : s.end])]
        closing_start = sentences[-min(self.closing, len(sentences))].start if sentences else 0
        mentions = doc._.get(MENTIONS) or ()
        sentence_of = [0] * len(doc)  # each token's sentence start, without walking sentences
        for sent in sentences:
            sentence_of[sent.start : sent.end] = [sent.start] * len(sent)
        quoted = _quoted(toks)
        # A help phrase governed by a word of liking names a pastime: "disfruta ayudando a…"; one
        # inside quotation marks is someone else speaking.
        mentions = [
            s
            for s in mentions
            if s.label_ != READER
            or not (
                quoted[s.start]
                or self._reader_pastime(toks[s.start], sentence_of[s.start])
                or self._in_leisure(toks[s.start], sentence_of[s.start])
                or self._works_with_things(s)
                or _inverted(s)
            )
        ]
        doc._.set(MENTIONS, mentions)
        duty_sentences = {sentence_of[s.start] for s in mentions if s.label_ == "duty"}
        invitations = {s.start for s in mentions if s.label_ == "call_to_action"}
        lists = {s.start for s in mentions if s.label_ == "keyword_dump"}  # "…, llamadas en frío"
        # Tokens a reader-value phrase already covers ("I help") get no second, structural span.
        covered = bytearray(len(doc))
        for span in mentions:
            if span.label_ == READER:
                covered[span.start : span.end] = b"\x01" * len(span)
        usted = self._speaks_to_usted(toks, sentence_of)
        unvoiced = not any(t.lower_ in self.words["first_person"] for t in toks)
        members = self._member_names(toks, sentences) if unvoiced else frozenset()
        spans: list[Span] = []
        closing: list[tuple[Span, bool]] = []
        for sent in sentences:
            words = toks[sent.start : sent.end]
            question = any(t.text in {"?", "¿"} for t in words)
            context = _Context(
                sent,
                question,
                sent.start in duty_sentences,
                sent is sentences[0],
                usted,
                len(sentences) > 1 and sent is sentences[1],
                unvoiced,
                next((t.i for t in words if self._generic_at(t)), -1),
                members,
            )
            for token in words:
                cues = self._token_cues(token, context)
                spans += [
                    c
                    for c in cues
                    if c.label_ != READER or not (covered[token.i] or quoted[token.i])
                ]
            if sent.start >= closing_start and sent.start not in lists:
                # A question inside quotation marks is someone else's ("“Will you be in the
                # way?” Never."): it asks the reader nothing.
                asked = any(t.text in {"?", "¿"} and not quoted[t.i] for t in words)
                closing.append((sent, asked))
        spans += self._person_without_pronoun(toks, sentences, spans)
        # In an About, an audience counts as whom the member serves only in the member's own
        # present work (headlines read every "for <audience>"); not in a duty ("Responsible for
        # month-end close for assigned clients"), which lists a post's tasks.
        voiced = any(s.label_ == FIRST_PERSON for s in spans)
        spans += [
            Span(doc, s.start, s.end, label=SERVED)
            for s in spans
            if s.label_ == AUDIENCE
            and sentence_of[s.start] not in duty_sentences
            and not (quoted[s.start] or self._not_served(toks, s, sentence_of[s.start], voiced))
        ]
        # In a text told of the member ("Restaura muebles… y enseña a…"), a bare "enseña" is
        # the member's verb, not an imperative to the reader.
        told = _told_of_member(spans) and not any(
            t.lower_ in self.words["second_person"] for t in toks
        )
        vos = self._speaks_to_vos(toks)
        for position, (sent, question) in enumerate(closing):
            following = closing[position + 1][0] if position + 1 < len(closing) else None
            asks = question and self._asks_reader(sent, following)
            step = self._next_step(sent, asks, invitations, told, vos)
            if step is not None:
                spans.append(step)
        add_mentions(doc, spans)
        return doc

    def _person_without_pronoun(
        self, toks: list[Token], sentences: list[Span], spans: list[Span]
    ) -> list[Span]:
        """First-person verb forms ("Dirijo", "reduje"); and, in a text with no first- or
        second-person word, the cues that then speak of the member: "They" opening a sentence, a
        verb in the third person ("Dirige el equipo… Redujo…")."""
        if not toks:
            return []
        doc = toks[0].doc
        persons = [""] * len(toks)
        if self.grammar.verbs_show_person:
            for sent in sentences:
                for token in toks[sent.start : sent.end]:
                    persons[token.i] = self._verb_person(token, sent)
        first = [
            Span(doc, i, i + 1, label=FIRST_PERSON) for i, p in enumerate(persons) if p == "first"
        ]
        second = self.words["second_person"]
        if first or any(s.label_ == FIRST_PERSON for s in spans):
            return first
        if any(t.lower_ in second and not _shouted_short(t) for t in toks):
            return []
        opening = {next((t.i for t in toks[s.start : s.end] if t.is_alpha), -1) for s in sentences}
        pronouns = [
            Span(doc, i, i + 1, label=THIRD_PERSON)
            for i in sorted(opening - {-1})
            if toks[i].lower_ in self.words["unnamed_third_person"]
        ]
        verbs = [
            Span(doc, i, i + 1, label=THIRD_PERSON) for i, p in enumerate(persons) if p == "third"
        ]
        return sorted([*pronouns, *verbs], key=lambda s: s.start)

    def _member_names(self, toks: list[Token], sentences: list[Span]) -> frozenset[str]:
        """In a bio, told with no first-person verb either, the lower-cased words of the names
        its opening sentence has as subjects ("Ricardo Alarcón es…"), and "" standing for its
        pronouns; empty for a text the member writes ("Dirijo…", "Mi socia Ana acompaña…")."""
        if not sentences:
            return frozenset()
        if self.grammar.verbs_show_person and any(
            self._verb_person(t, s) == "first" for s in sentences for t in toks[s.start : s.end]
        ):
            return frozenset()
        lead = sentences[0]
        names = {""}
        for token in toks[lead.start : lead.end]:
            subject = self._subject(token)
            if subject is not None:
                names.update(t.lower_ for t in subject)
        return frozenset(names)

    def _verb_person(self, token: Token, sent: Span) -> str:
        """The person of an achievement or help verb form ("redujo" -> "third"); contact verbs are
        left out: "Escribe a…" is as often an imperative to the reader."""
        lemma = token.lemma_
        if not token.is_alpha or lemma in self.words["contact_verbs"]:
            return ""
        doc = token.doc
        before = doc[token.i - 1].lower_ if token.i > sent.start else ""
        after = doc[token.i + 1].lower_ if token.i + 1 < sent.end else ""
        if token.lower_ in self.words["roles"] and after not in _OBJECT_OPENERS:
            return ""  # "GUÍA NACIONAL DE TURISMO" names a trade; "Guía a grupos…" is a verb
        return spanish_person(token.lower_, lemma, before, after)

    # --- one token at a time -------------------------------------------------------------------

    def _token_cues(self, token: Token, context: _Context) -> list[Span]:
        """Reader, audience and person cues that start at ``token``."""
        out: list[Span] = []
        doc, lower = token.doc, token.lower_
        if self._addresses_reader(token, context):
            out.append(Span(doc, token.i, token.i + 1, label=READER))
        served = self._served_by_purpose(token)
        if served is not None:
            out.append(served)
        if lower == self.grammar.for_word and token.i + 1 < len(doc):
            following = doc[token.i + 1 : min(token.i + 6, len(doc))]
            words = _without_possessives(following.text.lower())  # "founder-led companies"
            if _PLACE_WORD in words:  # «para trabajar en clínicas de Lima» names a workplace
                words = words[: words.index(_PLACE_WORD)]
            if any(
                self._audience_word(w) and not self._describes_noun(words, i)
                for i, w in enumerate(words[:4])
            ):
                out.append(Span(doc, token.i, following.end, label=AUDIENCE))
        elif lower in self.words["audience_prepositions"]:
            described = self._described_audience(token) or self._helper_audience(token)
            if described is not None:
                out.append(described)
        if lower in self.words["first_person"]:
            out.append(Span(doc, token.i, token.i + 1, label=FIRST_PERSON))
        elif (
            lower in self.words["third_person"]
            and (token.text != token.text.upper() or _among_capitals(token))
            and not self._object_of_preposition(token)
        ):
            out.append(Span(doc, token.i, token.i + 1, label=THIRD_PERSON))
        subject = self._subject(token)
        if subject is not None:
            out.append(subject)
        return out

    def _not_served(self, toks: list[Token], span: Span, start: int, voiced: bool) -> bool:
        """An audience after "for"/«para» that names no one the member serves: a pastime or a
        liking ("In my free time…", "a love for…"), past work ("I have driven for…", «Trabajó
        para…»), a workplace's or a third party's work ("at a firm for…", «que organiza… para»),
        a colleague's sentence, or a proper name ("wrote for Farmers Weekly")."""
        marker = toks[span.start]
        if marker.lower_ != self.grammar.for_word or marker.i == start:
            return False
        before = toks[start : marker.i]
        if self._in_leisure(marker, start) or any(
            t.lower_ in self.words["preference_words"] for t in before
        ):
            return True
        if any(self._reports_past(t, toks) for t in before) or _at_workplace(before):
            return True
        if self._third_party_clause(before):
            return True
        if voiced and self._colleague_sentence(before):
            return True
        return _proper_audience(toks, marker)

    def _reports_past(self, token: Token, toks: list[Token]) -> bool:
        """A past form or a perfect: "was", "have driven", "'ve bought", «trabajó», «fui»."""
        lower = token.lower_
        if lower in _PAST_FORMS or _dated(token, toks):
            return True
        if lower in _PERFECT and token.i + 1 < len(toks):
            after = toks[token.i + 1]
            return after.is_alpha and after.lower_ not in _ARTICLES
        if self.grammar.verbs_show_person and lower.endswith(_PRETERITE_ENDINGS):
            return token.is_alpha and len(lower) > 4
        return False

    def _third_party_clause(self, before: list[Token]) -> bool:
        """A relative clause whose verb is a third person's: "a charity that runs camps for…",
        «la fundación…, que organiza vuelos para…»."""
        for index, token in enumerate(before[:-1]):
            if token.lower_ not in _THIRD_PARTY_RELATIVES:
                continue
            verb = before[index + 1]
            if self.grammar.verbs_show_person:
                third = verb.lower_.endswith(("a", "e", "an", "en")) and verb.is_alpha
                if third and verb.lower_ not in _BEFORE_NOUN:
                    return True
            elif verb.lower_.endswith("s") and verb.lemma_ != verb.lower_:
                return True
        return False

    def _colleague_sentence(self, before: list[Token]) -> bool:
        """In a text the member writes, a sentence about someone else before the audience: "My
        colleague Ana designs sites for…", "She runs a clinic for…" (no "I" or first-person
        verb)."""
        first = self.words["first_person"]
        if any(
            (t.lower_ in first and not _names_relation(before, index))
            or (self.grammar.verbs_show_person and self._verb_person(t, t.sent) == "first")
            for index, t in enumerate(before)
        ):
            return False
        third = self.words["third_person"] | self.words["unnamed_third_person"]
        roles = self.words["roles"]
        return any(
            t.lower_ in third or (self._subject(t) is not None and t.lower_ not in roles)
            for t in before
        )

    def _object_of_preposition(self, token: Token) -> bool:
        """A pronoun right after a preposition is its object ("vivir con él"): no subject."""
        return token.i > 0 and token.doc[token.i - 1].lower_ in self.words["object_prepositions"]

    def _works_with_things(self, span: Span) -> bool:
        """True for "I work with" / "trabajo con" followed by no people, organisations or
        audience within a few words: "Trabajo con roble, nogal y castaño" names materials."""
        if span[-1].lower_ != self.grammar.with_word:
            return False
        doc = span.doc
        end = span.end
        while end < len(doc) and end < span.end + _WITH_REACH and not doc[end].is_sent_start:
            end += 1
        words = _WORD_SPLIT.split(doc[span.end : end].text.lower())
        return not any(self._audience(w) or self._audience(w.rsplit("-", 1)[-1]) for w in words)

    def _audience_word(self, word: str) -> bool:
        """An audience, also as the tail of a compound: "13-year-olds", "founder-led firms"."""
        parts = word.split("-")
        if len(parts) > 1 and self._audience("".join(parts)):
            return True  # "non-profits", "start-ups" written either way
        return any(self._audience("-".join(parts[i:])) for i in range(len(parts)))

    def _served_by_purpose(self, token: Token) -> Span | None:
        """ "para que los fundadores vean…": a purpose clause whose subject is a group served;
        not "para que la fábrica no se entere…"."""
        purpose = self.grammar.purpose
        doc = token.doc
        if not purpose or token.lower_ != purpose[0] or token.i + 1 >= len(doc):
            return None
        if doc[token.i + 1].lower_ != purpose[1]:
            return None
        for index in range(token.i + 2, min(token.i + 5, len(doc))):
            word = doc[index]
            if not word.is_alpha:
                return None
            if self._audience_word(word.lower_):
                return Span(doc, token.i, index + 1, label=READER)
        return None

    def _describes_noun(self, words: list[str], index: int) -> bool:
        """True for a Spanish audience word right after a noun it describes: "para dispositivos
        médicos", "para centros médicos"; not after an article or an adjective that goes before
        its noun ("para pequeñas empresas") nor after another audience ("empresas y autónomos")."""
        if not self.grammar.verbs_show_person or index == 0:
            return False
        before = words[index - 1]
        return bool(before) and before not in _BEFORE_NOUN and not self._audience_word(before)

    def _described_audience(self, marker: Token) -> Span | None:
        """ "to engineers who need it", «a ingenieros que lo necesitan»: a group served, told by
        the relative clause that says what they need, after "to"/«a»."""
        doc = marker.doc
        for index in range(marker.i + 1, min(marker.i + 4, len(doc) - 1)):
            word = doc[index]
            if not word.is_alpha:
                return None
            if self._audience(word.lower_) and doc[index + 1].lower_ in _AUDIENCE_RELATIVES:
                return Span(doc, marker.i, index + 2, label=AUDIENCE)
        return None

    def _helper_audience(self, marker: Token) -> Span | None:
        """ "Coach to first-time managers", "mentor to founders": an audience within a few words
        after "to" that follows a helper, a help verb used as a noun or its agent ("adviser")."""
        doc = marker.doc
        if marker.lower_ != "to" or marker.i == 0:
            return None
        helper = doc[marker.i - 1].lower_
        stems = (helper, helper[:-1], helper[:-2])  # "coach", "adviser" → "advise", "trainer"
        if helper in _DOCUMENT_HELPERS or not any(s in self.words["help_verbs"] for s in stems):
            return None
        end = min(marker.i + _HELPER_REACH, doc[marker.i].sent.end)
        words = _WORD_SPLIT.split(doc[marker.i + 1 : end].text.lower())
        if any(w and self._audience_word(w) for w in words):
            return Span(doc, marker.i, end, label=AUDIENCE)
        return None

    def _audience(self, word: str) -> bool:
        """A group served: a listed audience, "…people", or a role in the plural ("nurses",
        "electricistas", "profesores")."""
        if word in self.words["audiences"] or (word.endswith("people") and len(word) > 6):
            return True
        roles = self.words["roles"]
        if word.endswith("ces") and word[:-3] + "z" in roles:
            return True  # "actrices", "jueces"
        return word.endswith("s") and (word[:-1] in roles or word[:-2] in roles)

    def _addresses_reader(self, token: Token, context: _Context) -> bool:
        """Second person, a yes/no question, "si su…", "I help teams…", "puedo ayudarle"."""
        lower, sent = token.lower_, context.sent
        if lower in self.words["second_person"]:
            if _shouted_short(token) or self._invitation_purpose(token, sent):
                return False
            return context.question or not (
                self._generic(token, context.generic_from) or self._after_generic(token, sent)
            )
        if token.i == sent.start and context.question:
            return self._addresses_in_question(sent)
        if lower == self.grammar.conditional:
            return self._conditional_addresses(token, sent, context.usted)
        offers = (
            not context.duties and self._serves_audience(token, context)
        ) or self._clitic_addresses(token)
        return offers and not (
            self._reader_pastime(token, sent.start) or self._in_leisure(token, sent.start)
        )

    def _invitation_purpose(self, token: Token, sent: Span) -> bool:
        """ "your" in the purpose of an invitation to contact the member: "DM me to start your
        transformation", "Call us to book your valuation" belong to the invitation itself (not
        "Let's talk about your tax return", which names the reader's concern)."""
        doc, index = token.doc, token.i
        if token.lower_ not in _READER_POSSESSIVES or index - 2 <= sent.start:
            return False
        if doc[index - 2].lower_ != "to" or not doc[index - 1].is_alpha:
            return False
        contacts = self.words["contact_verbs"]
        return any(
            t.lemma_ in contacts and doc[t.i + 1].lower_ in _MEMBER_OBJECTS
            for t in doc[sent.start : index - 2]
        )

    def _generic(self, token: Token, generic_from: int = -1) -> bool:
        """ "you" as anyone in a general statement: its subject ("In the ER you learn quickly
        that…", "you never know", "te das cuenta de que…"), taught a lesson ("Ten years on the
        ambulances teaches you that…"), or said again after such a "you" of the sentence (at
        ``generic_from``: "…you learn that the kiln decides, not you"); not "you will find…"
        nor "I can show you"."""
        if self._generic_at(token):
            return True
        if token.i and token.doc[token.i - 1].lower_ == self.grammar.conditional:
            return False  # "…, so if you are planning one, call me" turns to the reader
        return 0 <= generic_from < token.i

    def _generic_at(self, token: Token) -> bool:
        """ "you" as anyone by its own words: a general subject or taught a lesson."""
        return token.lower_ in _GENERIC_SUBJECTS and (
            self._generic_subject(token) or self._taught(token)
        )

    def _taught(self, token: Token) -> bool:
        """ "you" taught a general lesson by a thing: "Ten years on the wards teaches you that…",
        "Nobody tells you that…", «Urgencias te enseña que…» (a verb in the third person, then
        "that"/«que»)."""
        doc = token.doc
        if token.lower_ not in _GENERIC_SUBJECTS:
            return False
        lessons = self.words["lesson_verbs"]
        if 0 < token.i < len(doc) - 1 and doc[token.i - 1].lower_ in lessons:
            return doc[token.i + 1].lower_ in _THAT  # "teaches you that"
        return (
            token.i + 2 < len(doc)
            and doc[token.i + 1].lower_ in lessons
            and doc[token.i + 2].lower_ in _THAT
        )  # «te enseña que»

    def _generic_subject(self, token: Token) -> bool:
        """ "you" as the subject of a general statement ("you learn", "you never know")."""
        if token.lower_ not in _GENERIC_SUBJECTS:
            return False
        doc = token.doc
        index = token.i + 1
        while index < len(doc) and index <= token.i + 3 and doc[index].lower_ in _GENERIC_LINKS:
            index += 1
        if index < len(doc) and doc[index].lower_ == "te":
            index += 1  # "nunca te acostumbras" after "tú"
        return index < len(doc) and doc[index].lower_ in self.words["generic_you"]

    def _after_generic(self, token: Token, sent: Span) -> bool:
        """A second-person word later in a general statement: "En la calle aprendes que cada
        parte mal redactado vuelve a ti", "you learn that it comes back to you"."""
        doc = token.doc
        for index in range(sent.start, token.i):
            word = doc[index]
            if word.lower_ in _GENERIC_SUBJECTS and self._generic(word):
                return True
            if not self.grammar.verbs_show_person or word.lower_ not in self.words["generic_you"]:
                continue
            before = doc[index - 1].lower_ if index > sent.start else ""
            if before != self.grammar.conditional:  # "si aprendes…" speaks to the reader
                return True
        return False

    def _in_leisure(self, verb: Token, start: int) -> bool:
        """True when a free-time frame stands before the verb in its sentence: "Outside work I
        coach…", «Los fines de semana entreno a niños…»: a pastime, not an offer."""
        if verb.i == start:
            return False
        before = " ".join(fold_accents(t.lower_) for t in verb.doc[start : verb.i])
        return any(f" {frame} " in f" {before} " for frame in self.leisure)

    def _pastime(self, verb: Token, start: int) -> bool:
        """True when a word of liking governs the verb: "Daniel enjoys mentoring…", "loves to
        coach", "le encanta acompañar a…", "disfruta formando a…"; not "I'd love to help"."""
        doc = verb.doc
        index = verb.i - 1
        while index >= start and doc[index].lower_ in _PREFERENCE_LINKS:
            index -= 1
        if index < start or doc[index].lower_ not in self.words["preference_words"]:
            return False
        return index == start or doc[index - 1].lower_ not in _OFFER_BEFORE_LIKING

    def _reader_pastime(self, verb: Token, start: int) -> bool:
        """A pastime as far as reader value goes: not "I love helping families…", where the
        member says whom they help (the word of liking still makes no invitation of it)."""
        return self._pastime(verb, start) and not self._likes_own_help(verb, start)

    def _likes_own_help(self, verb: Token, start: int) -> bool:
        """ "I love helping families…", "a people person who loves to help families…": the
        member, in the first person, likes the help that names whom they help (unlike "I enjoy
        mentoring…" beside a pastime, "My daughter loves helping…" or "Priya loves coaching…")."""
        if verb.lemma_ not in _HELP_ITSELF:
            return False
        doc = verb.doc
        index = verb.i - 1
        while index >= start and doc[index].lower_ in _PREFERENCE_LINKS:
            index -= 1
        subject = index - 1
        while subject >= start and doc[subject].lower_ in _ADVERBS | _LIKING_ADVERBS:
            subject -= 1  # "I really love…", "I truly enjoy…"
        if subject < start:
            return False
        said = doc[subject].lower_
        if said in _RELATIVES:  # "I am a people person who loves to help…"
            return any(t.lower_ in _SUBJECTS for t in doc[start:subject])
        return said in _SUBJECTS

    def _addresses_in_question(self, sent: Span) -> bool:
        """A yes/no question asks the reader: "¿Busca…?", "Want to see it?" (not "Why…?", "So
        how do we…?", a labelled "Q: …?" or "Do I still…?", which the member asks of
        themselves)."""
        first, labelled = _question_opening(sent)
        if first is None or labelled:
            return False
        if any(t.lower_ in _SUBJECTS for t in sent):
            return False  # "Do I still get grease under my nails?"
        lower = first.lower_
        return (
            lower not in self.grammar.question_words
            and lower not in self.words["first_person"]
            and not lower.endswith("mos")  # "¿Hablamos?" invites; it does not address
        )

    def _speaks_to_usted(self, toks: list[Token], sentence_of: list[int]) -> bool:
        """True when a usted imperative or offer names the member: "pídame", "escríbanos",
        "Puede llamarme" (a modal with no subject before it)."""
        if not self.grammar.polite_modals:
            return False
        for token in toks:
            lemma, clitic = self._clitic_lemma(token)
            if clitic not in MEMBER_CLITICS:
                continue
            bare = token.lower_[: len(token.lower_) - len(clitic)]
            if lemma.endswith(_INFINITIVE) and usted_imperative(bare, lemma):
                return True
            index = token.i - 1
            if index >= 0 and index >= sentence_of[token.i]:
                modal, start = toks[index], sentence_of[token.i]
                before = toks[index - 1].lower_ if index > start else ""
                if modal.lower_ in self.grammar.polite_modals and (
                    not before or before in self.grammar.clause_openers
                ):
                    return True
            if _usted_prohibition(toks, index, sentence_of[token.i]):
                return True
        return False

    def _conditional_addresses(self, token: Token, sent: Span, usted: bool = False) -> bool:
        """ "Si su empresa…", "si buscas…", "si también vendes…" (English "if you" is covered);
        in a text that speaks to usted, "si está cansado de… sus impuestos" too."""
        doc = token.doc
        index = token.i + 1
        while index < len(doc) and doc[index].lower_ in _ADVERBS:
            index += 1
        if index >= len(doc) or not self.grammar.formal_after_conditional:
            return False
        after = doc[index].lower_
        if after in self.grammar.formal_after_conditional:
            return True
        if (
            after.endswith(("as", "es", "ás", "és", "áis", "éis", "ís"))
            and after not in _NOT_SECOND_PERSON_VERB
            and doc[index].is_alpha
        ) or after in _SECOND_PERSON_BE:
            return True  # "si buscas…", "si también vendes…", "si tenéis…", "si sos…"
        # "Si quiere saber qué productos le hacen perder dinero": usted, named later on
        rest = doc[index : min(sent.end, index + _CONDITIONAL_REACH)]
        if any(t.lower_ in {"le", "les", "usted", "ustedes"} for t in rest):
            return True
        # A text that speaks to usted ("pídame una cita") means usted after «si» too: "si está
        # cansado…", "si quiere que revise los de su comunidad".
        return usted and (
            third_person_verb_after_si(after) or any(t.lower_ in {"su", "sus"} for t in rest)
        )

    def _serves_audience(self, token: Token, context: _Context) -> bool:
        """A present form of a help verb followed by the people served: "I help teams…"."""
        lemma = token.lemma_
        if lemma not in self.words["help_verbs"]:
            return False
        lower, doc = token.lower_, token.doc
        if lower.endswith(self.grammar.past_endings) or lower.endswith(_INFINITIVE):
            return False
        if _irregular_past(token, self.grammar.verbs_show_person):
            return False  # "I sold homes to first-time buyers": past work
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is None or not (after.is_alpha or after.like_num):
            return False
        before = doc[token.i - 1] if token.i else None
        if before is not None and before.text in {"-", "‐"} and not before.whitespace_:
            return False  # the tail of a compound: "our longest-serving client"
        if not (
            self._speaks_for_member(token, before, context)
            or self._helps_group_named(token, context)
            or self._likes_own_help(token, context.sent.start)  # "who loves to help families"
        ):
            return False
        markers = self.grammar.audience_markers
        if markers:  # Spanish: "ayudo a equipos…", not "ayudo a reducir"
            beyond = doc[token.i + 2] if token.i + 2 < len(doc) else None
            if lemma in self.people_verbs and beyond is not None and beyond.is_alpha:
                return after.lower_ in markers and self._counts_people(beyond)
            return (
                after.lower_ in markers
                and beyond is not None
                and beyond.is_alpha
                and not beyond.lower_.endswith(_INFINITIVE)
            )
        if self._names_trade(token, after, context.sent.start):
            return False  # "Support worker with…", "Train driver at…": a job, not an offer
        gerund = lower.endswith("ing")  # "designer helping teams", not "include helping patients"
        if gerund and (after.lower_ == "for" or (before and self._makes_noun(before, token))):
            return False
        if lemma in self.people_verbs:
            # "supply cafés", not "supply eggs" nor "serves on the board of two charities"
            reach = _SOLD_TO_REACH  # "sell life, medical and motor cover to individuals"
            return after.lower_ not in _NOT_AUDIENCE and self._counts_people(after, reach)
        if after.like_num or after.lower_ in _APPROXIMATE:
            return self._counts_people(after)  # "coach 30 teachers", not "serve around 200 covers"
        if gerund and self._gerund_without_subject(token):
            # "a strong training contract", "Currently serving notice period": only people count
            return self._counts_people(after)
        return (after.is_alpha or after.like_num) and after.lower_ not in _NOT_AUDIENCE

    def _names_trade(self, verb: Token, after: Token, start: int) -> bool:
        """A help verb opening its sentence before a role in the singular names a trade
        ("Support worker with…", "Support engineer at…"), not an imperative or an offer."""
        if verb.i != start and not verb.doc[verb.i - 1].is_punct:
            return False
        roles = self.words["roles"]
        return after.lower_ in roles or f"{verb.lower_} {after.lower_}" in roles

    def _helps_group_named(self, verb: Token, context: _Context) -> bool:
        """ "I run trials with smallholder farmers to help them cut costs": a purpose "to help
        them" whose group is named earlier in the same sentence, where the member is the subject
        ("I", "we"; in a bio "she"/"he" or the member's name)."""
        doc, start = verb.doc, context.sent.start
        if verb.i < start + 2 or verb.i + 1 >= len(doc):
            return False
        if doc[verb.i - 1].lower_ != "to" or doc[verb.i + 1].lower_ not in _GROUP_PRONOUNS:
            return False
        earlier = list(doc[start : verb.i - 1])
        if not any(self._audience_word(w) for t in earlier for w in _WORD_SPLIT.split(t.lower_)):
            return False
        if any(self._reports_past(t, list(doc)) for t in earlier):
            return False
        bio = bool(context.member_names) or context.unvoiced
        return any(
            (
                t.lower_ in _SUBJECTS
                or (bio and (t.lower_ in _BIO_SUBJECTS or t.lower_ in context.member_names))
            )
            and not _past_after(t)
            for t in earlier
        )

    def _counts_people(self, start: Token, reach: int = _COUNT_REACH) -> bool:
        """Whether a count after a help verb counts people or organisations served ("30
        early-career teachers", "40 rural schools"), not things ("around 200 covers")."""
        doc = start.doc
        end = min(start.i + reach, start.sent.end)
        words = _WORD_SPLIT.split(doc[start.i : end].text.lower())
        return any(self._audience_word(w) for w in words if w)

    def _gerund_without_subject(self, gerund: Token) -> bool:
        """Whether a gerund modifies a noun after an article and a word that is no role ("a
        strong training contract", not "a designer helping…") or follows only an adverb opening
        its sentence ("Currently serving notice period"), so it names no one the member serves."""
        doc, index = gerund.doc, gerund.i
        if index < 1:
            return False
        before = doc[index - 1]
        if before.lower_ in _ADVERBS and (index < 2 or before.is_sent_start):
            return True
        if index < 2 or not before.is_alpha or before.is_sent_start:
            return False
        article = doc[index - 2].lower_
        return article in _GERUND_ARTICLES and before.lower_ not in self.words["roles"]

    @staticmethod
    def _makes_noun(before: Token, gerund: Token) -> bool:
        """Whether the word before a gerund makes it a noun or a duty ("the coaching", "executive
        coaching"), rather than the member's verb ("Account Executive helping…")."""
        prior = before.lower_
        if prior in _NOT_BEFORE_GERUND:
            return True
        return prior in _GERUND_COMPOUNDS and before.is_title == gerund.is_title

    def _speaks_for_member(self, verb: Token, before: Token | None, context: _Context) -> bool:
        """The help verb's subject is the member: "I help", "who helps", "Ayudo", "que acompaña",
        and a name in the opening sentence, where a bio states its offer ("Sarah Kim helps…"), or
        "he"/"she" opening the next ("… is a social worker. She helps…"); not "he coaches youth
        football", nor "Outside work, Tom coaches…" later in a bio."""
        lower, start = verb.lower_, context.sent.start
        if before is None or before.i < start or before.is_punct:
            return True
        prior = before.lower_
        if prior in _RELATIVES or prior in _SUBJECTS:
            return True
        # A bio says whom its member helps wherever it says it: "She helps…", "Ricardo acompaña
        # a…" in any sentence (``member_names``); in a text the member writes, a colleague.
        bio = bool(context.member_names)
        if prior in self.words["third_person"] and before.i == start:
            return context.lead or context.second or bio  # "… is a social worker. She helps…"
        if prior in self.words["third_person"] and bio:  # «Hoy ella asesora…», "Now she coaches"
            return all(t.lower_ in _ADVERBS for t in verb.doc[start : before.i])
        if bio and self.grammar.verbs_show_person and _adverbs_only(verb.doc[start : verb.i]):
            return True  # a bio's dropped subject after an adverb: «Hoy asesora a padres…»
        if bio and context.lead and prior in _JOINERS and self._verb_person(verb, context.sent):
            return True  # the opening sentence's name goes on: «Andrés es agrónomo y asesora a…»
        if prior in self.words["unnamed_third_person"] and before.i == start:
            # "Alex Mwale (they/them) is an organiser. They help renters…"; with "I" or "we"
            # elsewhere, "They" is a team or clients.
            return (context.lead or context.second or bio) and context.unvoiced
        if before.is_title and not before.is_stop:
            return context.lead or prior in context.member_names
        if prior in _ADVERBS and before.i > start:  # "I now coach…", "que también ayuda…"
            earlier = verb.doc[before.i - 1].lower_
            if earlier in _RELATIVES or earlier in _SUBJECTS:
                return True
            if bio and (earlier in context.member_names or earlier in self.words["third_person"]):
                return True  # "Osei now advises…", «Hoy ella asesora…» in a bio
        if self.grammar.audience_markers:  # Spanish needs no pronoun: "Ayudo", "acompañamos"
            return lower.endswith(("o", "mos"))
        return lower.endswith("ing")

    def _clitic_addresses(self, token: Token) -> bool:
        """ "puedo ayudarle", "ayudarte", "le explico": an offer made to the reader."""
        if not self.grammar.clitics:
            return False
        lemma, clitic = self._clitic_lemma(token)
        verbs = self.verbs
        if lemma in verbs and clitic in self.grammar.reader_clitics:
            bare = token.lower_[: len(token.lower_) - len(clitic)]
            # "súmate", "únete": the reader is the imperative's subject, invited, not served;
            # so in "escríbale", "llámele" (usted, to write to the member a bio speaks of)
            if clitic in {"le", "les"} and self._usted_contact(bare, lemma):
                return False
            return fold_accents(bare).endswith(_INFINITIVE) or clitic not in {"te", "os"}
        if token.lower_ in {"le", "les"} and token.i + 1 < len(token.doc):
            after = token.doc[token.i + 1]
            return after.lemma_ in verbs and after.lower_.endswith("o")
        return False

    def _usted_contact(self, bare: str, lemma: str) -> bool:
        """A contact verb's usted imperative ("escriba", "llame", "contacte"): an invitation."""
        return lemma in self.words["contact_verbs"] and usted_imperative(bare, lemma)

    def _subject(self, token: Token) -> Span | None:
        """A run of capitalised words followed by a lower-case word that can be its verb."""
        doc = token.doc
        if not _is_name_word(token):
            return None
        if token.i + 1 < len(doc) and _is_name_word(doc[token.i + 1]):
            return None  # the run goes on; judged at its last word
        start = token.i
        while start > 0 and _is_name_word(doc[start - 1]):
            start -= 1
        following = token.i + 1
        while following < len(doc) and _is_tag(doc[following]):
            following += 1  # "<b>Rafael Montenegro</b> es…": the tag is no word between them
        after = doc[following] if following < len(doc) else None
        if after is None or not after.is_alpha or not after.is_lower:
            return None
        if after.lower_ in self.words["name_followers"]:
            return None
        return Span(doc, start, token.i + 1, label=SUBJECT)

    # --- the closing sentences ------------------------------------------------------------------

    def _next_step(
        self, sent: Span, question: bool, invitations: set[int], told: bool, vos: bool = False
    ) -> Span | None:
        """The sentence as a next step when it invites the reader to act, else None; ``told``:
        the text speaks of the member in the third person and to no one."""
        if question or any(sent.start <= i < sent.end for i in invitations):
            return Span(sent.doc, sent.start, sent.end, label=NEXT_STEP)
        subject = False  # a subject seen earlier in the sentence: "I drive … and help out"
        for token in sent:
            address = token.like_url and not _names_platform(token)
            if token.like_email or address or self._invites(token, sent, subject, told, vos):
                return Span(sent.doc, sent.start, sent.end, label=NEXT_STEP)
            if self._channel_offered(token, sent) or self._open_to_talk(token, sent):
                return Span(sent.doc, sent.start, sent.end, label=NEXT_STEP)
            subject = subject or token.lower_ in _CLAUSE_SUBJECTS
        return None

    def _channel_offered(self, token: Token, sent: Span) -> bool:
        """A contact channel said to be open or pointed to: "DMs are open", "My door is always
        open", "My calendar link is below"; not "My diary is not open until May" nor "the link
        below the photo shows…" (a place that ends the sentence points the reader to it)."""
        if token.lower_ not in self.channels:
            return False
        after = sent.doc[token.i + 1 : min(token.i + _POINTER_REACH, sent.end)]
        for word in after:
            if word.lower_ in _NEGATIONS:
                return False
            if word.lower_ in self.pointers:
                rest = sent.doc[word.i + 1 : sent.end]
                return word.lower_ not in _PLACES or not any(t.is_alpha for t in rest)
        return False

    def _open_to_talk(self, token: Token, sent: Span) -> bool:
        """The member "open to" a talk further on: "Open to commissions and the odd chat",
        "I'm always open to a call"; not "The gym is open to members" (a place, no talk) nor
        "open to roles where I can help" (the member's verb)."""
        doc = token.doc
        if token.lower_ != "open" or token.i + 1 >= sent.end or doc[token.i + 1].lower_ != "to":
            return False
        if any(t.lower_ not in _OPEN_LEADS for t in doc[sent.start : token.i]):
            return False
        for word in doc[token.i + 2 : sent.end]:
            if word.lower_ in _CLAUSE_SUBJECTS or word.lower_ in _CLAUSE_LINKS:
                return False
            if word.lower_ in self.words["contact_verbs"] and doc[word.i - 1].lower_ != "to":
                return True
        return False

    def _asks_reader(self, sent: Span, following: Span | None) -> bool:
        """A closing question invites the reader ("Struggling with churn?", "Want the
        template?", "How can I help?"), unless the member asks it of themselves and answers it:
        "Q: What do I do? A: I keep 11 hotels full", "What's my secret? Boring checklists.",
        "Why chemistry? Because…" (a question word with no "you" in it)."""
        opening, labelled = _question_opening(sent)
        if labelled or (following is not None and _answers(following)):
            return False  # "Q: …? A: …", "…? Because…"
        words = self.words
        if any(t.lower_ in words["second_person"] and not _shouted_short(t) for t in sent):
            return True  # "What is holding your team back?"
        if any(t.lower_ in words["first_person"] for t in sent):
            # "How can I help?", "Shall we talk?" offer; "What do I do?" asks about the member.
            modal = any(t.lower_ in _OFFER_MODALS for t in sent)
            return modal and any(self._clitic_lemma(t)[0] in words["contact_verbs"] for t in sent)
        return opening is None or opening.lower_ not in self.grammar.question_words

    def _invites(
        self, token: Token, sent: Span, subject: bool, told: bool = False, vos: bool = False
    ) -> bool:
        """An imperative, a "let's", an offer ("happy to talk", "te cuento") at ``token``;
        ``subject``: a subject stands earlier in the sentence, so a verb after "and" shares it;
        ``told``: a text in the third person, where "enseña" is the member's verb; ``vos``: a text
        that speaks to the reader in voseo, where a bare «Escribí.» is an imperative."""
        lemma, clitic = self._clitic_lemma(token)
        if fold_accents(token.lower_) in self.polite_forms:
            return self._opens_clause(token, sent)  # «Consulte disponibilidad por teléfono»
        if lemma not in self.words["contact_verbs"] and not (
            clitic in MEMBER_CLITICS and lemma in self.clitic_contacts
        ):
            return False
        doc, lower = token.doc, token.lower_
        if not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-":
            return False  # the head of a compound noun: "sign-ups rose", "a follow-up call"
        before = doc[token.i - 1] if token.i > sent.start else None
        window = doc[max(sent.start, token.i - 4) : token.i]
        teaches = (
            token.i + 2 < sent.end
            and doc[token.i + 1].lower_ in {"a", "to"}
            and (doc[token.i + 2].lower_.endswith(_INFINITIVE))
        )  # "me encanta enseñar a leer" teaches; it invites no one
        willing = any(t.lower_ in self.words["willingness"] or _would_like(t) for t in window)
        if willing and self.grammar.clitics:
            # Spanish offers the infinitive («encantada de conversar», «me encantaría
            # conectar»); «me encanta contar historias que conectan marcas…» offers nothing.
            willing = self._offered_form(token, lower[: len(lower) - len(clitic)], lemma)
        governed = (
            before is not None
            and before.lower_ == "a"
            and before.i > sent.start
            and doc[before.i - 1].lower_.endswith(_INFINITIVE)
        )  # "me encanta enseñar a leer": "leer" is what is taught
        if willing and not (teaches or governed or self._liked_activity(token, sent)):
            return True  # "happy to chat", "encantado de comentarlo"; not "me encanta contar…"
        if clitic in {"me", "nos", "melo", "mela", "noslo"}:
            return True  # "escríbeme", "contácteme", "no dudes en escribirme"
        if before is not None and before.lower_ in {"te", "le", "les", "os", "lo", "la"}:
            # "te cuento", "se lo explico": the member offers, in the first person; "en la
            # cuenta" is an article and a noun, "le escribe" someone else.
            return lower.endswith(_FIRST_PERSON_ENDINGS)
        if self._after_reader_modal(token, sent):
            return True  # "puedes escribirle", "puede llamarme", "you can reach me"
        after = doc[token.i + 1 : min(token.i + 3, sent.end)]
        told_that = len(after) == 2 and after[1].lower_ in _THAT  # "I can tell you that we…"
        if (
            any(t.lower_ == "you" for t in after)
            and any(t.lower_ in {"i", "we"} for t in window)
            and not told_that
        ):
            return True  # "I will walk you through it", not "He could tell you about it"
        opens_clause = before is None or (
            before.lower_ in self.grammar.clause_openers
            and not (before.text == "-" and not doc[before.i - 1].whitespace_)  # "on-call"
        )
        if not opens_clause or (subject and before is not None and before.lower_ in _JOINERS):
            return False  # "I also drive the forklift and help out…" is no imperative
        if self.grammar.clitics:  # Spanish: "Reserve…", "Mira…", "Hablemos", not "Escribo…"
            if told and not clitic:
                return False  # "Restaura muebles… y enseña a…": the member's verb
            bare = lower[: len(lower) - len(clitic)]  # "pruébalo" is judged as "prueba"
            if bare.endswith(_STRONG_PRETERITES):
                return False  # "propuse cambios", "dije que sí": the member's past
            if bare.endswith(("é", "í")) and fold_accents(bare) + "r" == lemma:
                # the reader spoken to in voseo in the text, or in the sentence («Escribí, te
                # respondo en el día»)
                second = self.words["second_person"]
                vos = vos or any(t.lower_ in second for t in sent)
                return self._voseo_imperative(token, bare, sent, vos)
            return bare.endswith("mos") or not bare.endswith(("o", "é", "í", "ó", *_INFINITIVE))
        return lower in (lemma, "let")

    def _offered_form(self, token: Token, bare: str, lemma: str) -> bool:
        """After a word of willingness, the form a Spanish offer takes: an infinitive
        («encantada de conversar») or the reader's subjunctive after «que» («me encantaría que
        me escribas», «que me escriba»), not a verb of the sentence's own («historias que
        conectan…»)."""
        if fold_accents(bare).endswith(_INFINITIVE):
            return True
        doc = token.doc
        after_que = any(doc[i].lower_ == "que" for i in range(max(0, token.i - 2), token.i))
        return after_que and (
            bare.endswith(("as", "es", "áis", "éis")) or usted_imperative(bare, lemma)
        )

    def _opens_clause(self, token: Token, sent: Span) -> bool:
        """Whether ``token`` opens its sentence or a clause («…, consulte sin compromiso»)."""
        if token.i == sent.start:
            return True
        return token.doc[token.i - 1].lower_ in self.grammar.clause_openers

    @staticmethod
    def _voseo_imperative(token: Token, bare: str, sent: Span, vos: bool) -> bool:
        """A voseo imperative: «respondé» (an -er verb's «é», never its past), or «escribí» in a
        text that speaks in voseo and with no object after it («Escribí.», «escribí y lo
        vemos»); «Escribí dos libros» is the member's past."""
        if bare.endswith("é"):
            return True
        if not vos:
            return False
        after = token.doc[token.i + 1] if token.i + 1 < sent.end else None
        return after is None or after.is_punct or after.lower_ in _AFTER_BARE_IMPERATIVE

    def _speaks_to_vos(self, toks: list[Token]) -> bool:
        """True when the text speaks to the reader in voseo: "vos", "sos", a present form in
        -ás/-és/-ís with no article or preposition before it («si tenés», «¿Necesitás…?»)."""
        if not self.not_voseo:
            return False
        for token in toks:
            lower = token.lower_
            if lower in _VOS_WORDS:
                return True
            if (
                len(lower) > 4
                and lower.endswith(_VOSEO_ENDINGS)
                and token.is_lower
                and lower not in self.not_voseo
                and (token.i == 0 or toks[token.i - 1].lower_ not in _BEFORE_VOSEO_NOUN)
            ):
                return True
        return False

    def _liked_activity(self, verb: Token, sent: Span) -> bool:
        """A word of liking before a contact verb with a thing as its object names a pastime:
        "me encanta contar historias"; "me encanta hablar con otros…" still offers a talk."""
        if not self._pastime(verb, sent.start):
            return False
        after = verb.doc[verb.i + 1] if verb.i + 1 < sent.end else None
        return after is not None and after.is_alpha and after.lower_ not in _TALK_LINKS

    def _after_reader_modal(self, verb: Token, sent: Span) -> bool:
        """An infinitive after a modal said to the reader: "puedes escribirle", "podéis
        llamarnos", "Puede llamarme" (usted, no subject before it), "you can reach me"."""
        doc = verb.doc
        if self.grammar.clitics and not self._clitic_lemma(verb)[0].endswith(_INFINITIVE):
            return False
        index = verb.i - 1
        while index > sent.start and doc[index].lower_ in _ADVERBS | _MODAL_LINKS:
            index -= 1
        if index < sent.start:
            return False
        modal = doc[index].lower_
        before = doc[index - 1].lower_ if index > sent.start else ""
        grammar = self.grammar
        if modal in grammar.reader_modals:
            return not grammar.modal_subject or before == grammar.modal_subject
        if modal in grammar.polite_modals:  # "puede": usted only with no subject before it
            return not before or before in grammar.clause_openers or before in {"usted", "ustedes"}
        return False

    # --- lemmas --------------------------------------------------------------------------------

    def _clitic_lemma(self, token: Token) -> tuple[str, str]:
        """The lemma of a form and the clitic peeled off it: "escríbame" -> ("escribir", "me")."""
        lower = token.lower_
        lemma = token.lemma_ or lower
        if lemma != lower or not self.clitic_lengths or not token.is_alpha:
            return lemma, ""
        if lower.endswith(("á", "é")) and fold_accents(lower) + "r" in self.verbs:
            return fold_accents(lower) + "r", ""  # voseo: "hablá", "agendá", "contá"
        if len(lower) < 5:
            return lemma, ""
        cached = self.peeled.get(lower)
        if cached is None:
            cached = self._peel(lower)
            if len(self.peeled) > _PEELED_MAX:
                self.peeled.clear()
            self.peeled[lower] = cached
        return cached

    def _peel(self, lower: str) -> tuple[str, str]:
        for length in self.clitic_lengths:  # longest first: "pídamela" -> "pida" + "mela"
            clitic, bare = lower[-length:], lower[:-length]
            if clitic not in self.clitics or len(bare) < 3:
                continue
            for form in (bare, fold_accents(bare)):
                found = self.table.get(form)
                if isinstance(found, str):
                    return found, clitic
                if form.endswith(_INFINITIVE):
                    return form, clitic
            if fold_accents(bare) + "r" in self.verbs:
                return fold_accents(bare) + "r", clitic  # voseo: "escribime", "contame"
            if fold_accents(bare) in self.clitic_forms:  # "consultame", "consúltenos"
                return self.clitic_forms[fold_accents(bare)], clitic
        return lower, ""


def _irregular_past(verb: Token, spanish: bool) -> bool:
    """An English help verb in an irregular past form ("sold" for "sell"): none of its lemma,
    the lemma with "s" or a gerund."""
    if spanish:
        return False
    lower, lemma = verb.lower_, verb.lemma_
    return lower not in {lemma, lemma + "s", lemma + "es"} and not lower.endswith("ing")


def _dated(token: Token, toks: list[Token]) -> bool:
    """A year after "in"/«en»: "In 2024 our station cut… for stroke patients" tells a deed done
    then, not whom the member serves now (a year after "since" still runs to now)."""
    text = token.text
    if len(text) != 4 or not text.isdigit() or not 1900 <= int(text) < 2100 or token.i == 0:
        return False
    return toks[token.i - 1].lower_ in _DATING_WORDS


def _at_workplace(before: list[Token]) -> bool:
    """ "at a firm for…", «en una empresa de software para…»: the workplace's audience."""
    return any(
        t.lower_ in _WORKPLACE_WORDS and n.lower_ in _INDEFINITE for t, n in pairwise(before)
    )


def _proper_audience(toks: list[Token], marker: Token) -> bool:
    """ "wrote for Farmers Weekly": capitalised words after a lower-case "for" name a title."""
    if marker.i + 2 >= len(toks) or not marker.is_lower:
        return False
    first, second = toks[marker.i + 1], toks[marker.i + 2]
    if not (first.is_title and second.is_title):
        return False
    index = marker.i + 1
    while index < len(toks) and toks[index].is_title:
        index += 1
    # "for New Zealand's dairy farmers": the name owns the audience, it is no title.
    return index >= len(toks) or toks[index].lower_ not in _POSSESSIVE_ENDINGS


def _past_after(subject: Token) -> bool:
    """Whether the verb after a subject is in the past: "I met…", "she worked…" (its lemma
    differs from it and it is no third-person present nor a gerund)."""
    doc = subject.doc
    if subject.i + 1 >= len(doc):
        return False
    verb = doc[subject.i + 1]
    lower = verb.lower_
    if not verb.is_alpha or lower.endswith(("s", "ing")):
        return False
    return lower.endswith("ed") or verb.lemma_ != lower


def _without_possessives(text: str) -> list[str]:
    """The words of ``text`` without the "'s" of a possessive ("india's gig workers" gives
    "india", "gig", "workers": the audience stays within reach of "for"), and with a plural
    possessive blanked, as it owns the next noun ("workers' rights")."""
    owners = _PLURAL_POSSESSIVE.sub(" _ ", text)
    return [w for w in _WORD_SPLIT.split(owners) if w != "s"]


def _adverbs_only(words: Span) -> bool:
    """Whether a sentence's words before a verb are adverbs and commas only («Hoy, …»)."""
    return all(t.lower_ in _ADVERBS or t.text == "," for t in words)


def _optional_list(language: Language, name: str) -> frozenset[str]:
    """A word list only some languages have (empty for the others)."""
    return lexicon_words(language, name) if name in lexicon_names(language) else frozenset()


def _clitic_bases(verb: str) -> tuple[str, ...]:
    """The accent-free forms a clitic follows in an invitation: imperatives for tú, vos, usted,
    ustedes and vosotros, and the infinitive ("consulta", "consulte", "consulten", "consultad",
    "consultar")."""
    stem, vowel = verb[:-2], verb[-2]
    own, other = ("a", "e") if vowel == "a" else ("e", "a")
    return (stem + own, stem + other, stem + other + "n", stem + vowel + "d", verb)


def _usted_prohibition(toks: list[Token], index: int, start: int) -> bool:
    """ "No dude en escribirme", "no duden en llamarnos": a usted form after «no» before «en»
    and the member's infinitive (``index`` is «en»); "no dudes en…" speaks to tú."""
    if index - 2 < start or toks[index].lower_ != "en" or toks[index - 2].lower_ != "no":
        return False
    verb = toks[index - 1].lower_
    return verb.isalpha() and verb.endswith(("e", "a", "en", "an")) and not verb.endswith("é")


def _would_like(token: Token) -> bool:
    """ "like" after "would"/"'d": a wish ("I'd like to hear about it"), not a taste ("I like to
    talk shop")."""
    doc = token.doc
    return token.lower_ == "like" and token.i > 0 and doc[token.i - 1].lower_ in _WOULD


def _names_relation(before: list[Token], index: int) -> bool:
    """A possessive that introduces someone else by name: "My colleague Dana…", «Mi socia
    Laura…»; the member's "my" in "My team builds…" is not one."""
    if before[index].lower_ not in _POSSESSIVES or index + 2 >= len(before):
        return False
    relation, name = before[index + 1], before[index + 2]
    return relation.is_alpha and relation.is_lower and name.is_title and name.is_alpha


def _inverted(span: Span) -> bool:
    """A phrase whose subject follows a modal in a question: "How can I help?" offers help,
    it does not say whom the member helps."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in _OFFER_MODALS | {"do", "will"}:
        return False
    return any(t.text == "?" for t in doc[span.start : span.sent.end])


def _question_opening(sent: Span) -> tuple[Token | None, bool]:
    """The first word that asks in a question, past a label ("Q:", "Question:") or a word that
    links it to what came before ("So how…", "And why…"); and whether such a label stood there."""
    labelled = False
    tokens = list(sent)
    for index, token in enumerate(tokens):
        after = tokens[index + 1].text if index + 1 < len(tokens) else ""
        if token.lower_ in _QUESTION_LABELS and after == ":":
            labelled = True
        elif token.is_alpha and token.lower_ not in _LINKING_OPENERS:
            return token, labelled
    return None, labelled


def _answers(sent: Span) -> bool:
    """A sentence that opens as an answer: "A: I keep…", "Answer: patience", "Because…"."""
    tokens = [t for t in sent if t.is_alpha or t.text == ":"][:2]
    if not tokens:
        return False
    first = tokens[0].lower_
    if first in _ANSWER_LABELS and len(tokens) > 1 and tokens[1].text == ":":
        return True
    return first in _ANSWER_OPENERS


def _told_of_member(spans: list[Span]) -> bool:
    """True when the person spans speak of the member in the third person and none in the
    first: "Restaura muebles… y enseña a…"."""
    labels = {s.label_ for s in spans}
    if FIRST_PERSON in labels:
        return False
    # A capitalised word opening a sentence may be a verb ("Restauro muebles"); a full name or a
    # third-person word is a subject.
    return THIRD_PERSON in labels or any(s.label_ == SUBJECT and len(s) > 1 for s in spans)


# Prepositions before a site that make it the place where something happened: "went from 7.9 to
# 9.3 on Booking.com", "top seller on Etsy.com" (not "at", "via": "book at Acme.com").
_PLATFORM_PREPOSITIONS = frozenset({"on", "from", "in", "of", "across", "with"})


def _names_platform(token: Token) -> bool:
    """A site written as a company's name inside a sentence ("on Booking.com"): a capital, no
    scheme, "www" or path, after a preposition of place; not an address to visit."""
    text = token.text
    if not text[:1].isupper() or "/" in text or text.lower().startswith("www."):
        return False
    return token.i > 0 and token.doc[token.i - 1].lower_ in _PLATFORM_PREPOSITIONS


def _among_capitals(token: Token) -> bool:
    """True when a word beside ``token`` is in capitals too: "HE WORKS ON…" is shouted text, not an
    acronym standing alone among lower-case words."""
    doc = token.doc
    near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(t.is_alpha and len(t.text) > 1 and t.is_upper for t in near)


# «en» after «para» places what follows: «para trabajar en clínicas» names where, not whom.
_PLACE_WORD = "en"
# Words that open a verb's object or complement, after a form that is also a trade's name: "guía
# a grupos", "guía los equipos", "les guía".
_OBJECT_OPENERS = frozenset(
    {"a", "al", "el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "cada"}
    | {"le", "les", "lo", "me", "te", "nos", "hasta", "desde", "en", "por"}
)


def _quoted(toks: list[Token]) -> bytearray:
    """1 for each token inside a pair of quotation marks ("…", “…”, «…») closed in the same
    paragraph, quotation marks included; 0 elsewhere. One pass."""
    mask = bytearray(len(toks))
    opened = -1
    for token in toks:
        text = token.text
        if text in _CLOSING_QUOTES or (text == '"' and opened >= 0):
            if opened >= 0:
                mask[opened : token.i + 1] = b"\x01" * (token.i + 1 - opened)
            opened = -1
        elif text in _OPENING_QUOTES or text == '"':
            opened = token.i
        if "\n" in text or "\n" in token.whitespace_:
            opened = -1
    return mask


def _is_tag(token: Token) -> bool:
    """An HTML tag the tokenizer split off ("</b>")."""
    text = token.text
    return len(text) > 2 and text[0] == "<" and text[-1] == ">"


def _is_name_word(token: Token) -> bool:
    return token.is_alpha and token.is_title and len(token.text) > 1


def _shouted_short(token: Token) -> bool:
    """ "OS" or "TE" in capitals is an acronym more often than a pronoun."""
    return len(token.text) <= 2 and token.text.isupper() and token.lower_ in {"os", "te"}
