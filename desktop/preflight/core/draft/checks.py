"""The draft checks: each judges one rule of the InMail guide and quotes the draft's own words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from preflight.core.draft.lexicon import draft_words, stop_words
from preflight.core.draft.model import Draft, DraftCheckId, DraftCheckResult, Mark, Recipient
from preflight.core.draft.text import Piece, fold, paragraphs, reading_ease, sentences, words
from preflight.core.messages import Messages
from preflight.core.models import Language, Status

SUBJECT_ADVISED = 60
SUBJECT_LIMIT = 200  # LinkedIn's stated limit
BODY_LIMIT = 2_000  # LinkedIn's stated limit
BODY_SAFE = 1_900  # what third parties measure; treat as the safe limit
WORDS_MAX = 200  # the guide's 100-200 words, as the upper band
WORDS_MIN = 12  # below this a message cannot say why it writes and what it asks
SHORT_CHARS = 400  # LinkedIn's best-answered bucket
LONG_SENTENCE = {"en": 25, "es": 30}
LONG_PARAGRAPH_WORDS = 70
EASE_FLOOR = 50.0
HEAVY_MINUTES = 30

_PLACEHOLDER = re.compile(
    r"\[[^\[\]\n]{1,40}\]|\{\{[^{}\n]{1,40}\}\}|\{[A-Za-z_][\w ]{0,30}\}"
    r"|<[A-Za-z][\w ]{0,30}>|\bX{3,}\b"
)
_CAPS_RUN = re.compile(r"\b(?:[A-ZÁÉÍÓÚÑ]+\b[\s,.!?¡¿-]*){3,}")
_EXCLAIM = re.compile(r"!{2,}")
_DURATION = re.compile(
    r"(\d+)\s*(?:-|–|to|a|o)?\s*(\d+)?\s*(min(?:ute|uto)?s?|h(?:ou)?rs?|horas?)\b", re.I
)
_NUMBER_CLAIM = re.compile(
    r"[$€£]?\s?\d[\d.,]*\s*(?:%|x\b|k\b|m\b|€|\$|£|million\b|millones\b|mil\b)?", re.I
)
_CAPITALISED = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\w&.-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w&.-]+)*")


@dataclass(frozen=True)
class DraftContext:
    """Everything the draft checks read."""

    draft: Draft
    recipient: Recipient
    language: Language
    msg: Messages
    # The sender's profile text, by where it appears (headline, about, position, post N).
    profile_texts: dict[str, str]
    recent_posts: list[str]


def _result(  # noqa: PLR0917  (the same six parts every check reports)
    ctx: DraftContext,
    check: DraftCheckId,
    status: Status,
    evidence: list[str],
    suggestions: list[str] | None = None,
    marks: list[Mark] | None = None,
) -> DraftCheckResult:
    return DraftCheckResult(
        id=check,
        status=status,
        title=ctx.msg(f"draft.{check.value}.title"),
        evidence=evidence,
        suggestions=suggestions or [],
        marks=marks or [],
    )


def _contains(folded_text: str, phrase: str) -> list[int]:
    """Where ``phrase`` (folded) starts in ``folded_text`` as whole words ("saved" is no "save")."""
    return [m.start() for m in _phrase_pattern(phrase).finditer(folded_text)]


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    before = r"(?<!\w)" if phrase[:1].isalnum() else ""
    after = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return re.compile(f"{before}{re.escape(phrase)}{after}")


@lru_cache(maxsize=64)
def _list_pattern(language: Language, list_name: str) -> re.Pattern[str]:
    """One pattern for a whole list, longest phrases first."""
    return re.compile(
        "|".join(_phrase_pattern(p).pattern for p in draft_words(language)[list_name])
    )


def _has_any(ctx: DraftContext, folded_text: str, list_name: str) -> bool:
    """True when any phrase of the list occurs in ``folded_text`` as whole words."""
    return _list_pattern(ctx.language, list_name).search(folded_text) is not None


def _found(ctx: DraftContext, text: str, list_name: str) -> list[tuple[str, int, int]]:
    """Phrases of one list in ``text``: (as written, start, end), longest first, no overlap."""
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    out = []
    for phrase in draft_words(ctx.language)[list_name]:
        for start in _contains(folded, phrase):
            end = start + len(phrase)
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            out.append((text[start:end], start, end))
    return sorted(out, key=lambda t: t[1])


def content_words(ctx: DraftContext, text: str) -> set[str]:
    """Folded words that carry meaning: not stop words, not one letter."""
    stops = stop_words(ctx.language)
    return {fold(w.text) for w in words(text) if len(w.text) > 2 and fold(w.text) not in stops}


# Subject ----------------------------------------------------------------------------------------


def check_subject(ctx: DraftContext) -> DraftCheckResult:
    """Present, under 60 characters, and about something of theirs."""
    msg, subject = ctx.msg, ctx.draft.subject.strip()
    check = DraftCheckId.SUBJECT
    if not subject:
        return _result(
            ctx,
            check,
            Status.FAIL,
            [msg("draft.subject.missing")],
            [msg("draft.subject.fix_specific")],
        )
    length = len(subject)
    whole = [Mark(field="subject", start=0, end=len(ctx.draft.subject), message="")]
    if length > SUBJECT_LIMIT:
        return _result(
            ctx,
            check,
            Status.FAIL,
            [msg("draft.subject.over_limit", length=length, limit=SUBJECT_LIMIT)],
            [msg("draft.subject.fix_shorten", limit=SUBJECT_ADVISED)],
            whole,
        )
    evidence, suggestions, marks, status = [], [], [], Status.PASS
    if length > SUBJECT_ADVISED:
        status = Status.WARN
        evidence.append(msg("draft.subject.long", length=length, limit=SUBJECT_ADVISED))
        suggestions.append(msg("draft.subject.fix_shorten", limit=SUBJECT_ADVISED))
    vague = _found(ctx, subject, "vague_subjects")
    lists = draft_words(ctx.language)
    # What is left once greetings, stock words, "your post" alone and placeholders are set aside.
    empty = set(lists["empty_subject_words"]) | set(lists["their_work"])
    named = _PLACEHOLDER.sub(" ", subject)
    meaning = content_words(ctx, named) - _first_name_words(ctx) - empty
    for phrase, _, _ in vague:
        meaning -= content_words(ctx, phrase)
    if not meaning:
        status = Status.WARN
        evidence.append(msg("draft.subject.vague", subject=subject))
        suggestions.append(msg("draft.subject.fix_specific"))
        offset = ctx.draft.subject.find(subject)
        marks.append(
            Mark(
                field="subject",
                start=offset,
                end=offset + length,
                message=msg("draft.subject.vague", subject=subject),
            )
        )
    if status == Status.PASS:
        evidence.append(msg("draft.subject.ok", subject=subject, length=length))
        theirs = _recipient_words(ctx)
        if theirs and not (meaning & theirs):
            suggestions.append(msg("draft.subject.tip_theirs"))
    return _result(ctx, check, status, evidence, suggestions, marks)


def _first_name_words(ctx: DraftContext) -> set[str]:
    return {fold(w.text) for w in words(ctx.recipient.name)}


def _recipient_words(ctx: DraftContext) -> set[str]:
    r = ctx.recipient
    return content_words(ctx, " ".join((r.company, r.role, r.post)))


# Length -----------------------------------------------------------------------------------------


def check_length(ctx: DraftContext) -> DraftCheckResult:
    """Within LinkedIn's body limit and the guide's 100-200 words; shorter gets more replies."""
    msg, body = ctx.msg, ctx.draft.body
    count, characters = len(words(body)), len(body)
    check = DraftCheckId.LENGTH
    counts = msg("draft.length.counts", words=count, characters=characters)
    if not body.strip():
        return _result(ctx, check, Status.FAIL, [msg("draft.length.empty")])
    if characters > BODY_LIMIT:
        return _result(
            ctx,
            check,
            Status.FAIL,
            [counts, msg("draft.length.over_limit", limit=BODY_LIMIT)],
            [msg("draft.length.fix_cut", words=WORDS_MAX)],
        )
    if characters > BODY_SAFE or count > WORDS_MAX:
        return _result(
            ctx,
            check,
            Status.WARN,
            [counts, msg("draft.length.long", words=WORDS_MAX)],
            [msg("draft.length.fix_cut", words=WORDS_MAX)],
        )
    if count < WORDS_MIN:
        return _result(
            ctx,
            check,
            Status.WARN,
            [counts, msg("draft.length.short", words=WORDS_MIN)],
            [msg("draft.length.fix_why")],
        )
    tips = [] if characters <= SHORT_CHARS else [msg("draft.length.tip_shorter", chars=SHORT_CHARS)]
    return _result(ctx, check, Status.PASS, [counts], tips)


# Personalisation --------------------------------------------------------------------------------

_THEIR_THINGS = {
    "en": r"\byour\s+(?:recent\s+|latest\s+|last\s+)?(\w+)",
    "es": r"\b(?:tu|su)\s+(?:reciente\s+|ultima\s+|ultimo\s+)?(\w+)",
}


def check_personalisation(ctx: DraftContext) -> DraftCheckResult:
    """At least one fact about them beyond the name: their post, company, role, something shared."""
    msg = ctx.msg
    check = DraftCheckId.PERSONAL
    facts = _personal_facts(ctx)
    generic = _generic_openers(ctx)
    marks = [
        Mark(field="body", start=s, end=e, message=msg("draft.personalisation.generic_opener"))
        for _, s, e in generic
    ]
    if not facts:
        evidence = [msg("draft.personalisation.none")]
        evidence += [msg("draft.personalisation.generic_quote", quote=q) for q, _, _ in generic]
        return _result(
            ctx, check, Status.FAIL, evidence, [msg("draft.personalisation.fix_fact")], marks
        )
    quoted = ", ".join(msg("draft.quote", text=f) for f in facts[:3])
    evidence = [msg("draft.personalisation.found", facts=quoted)]
    if generic:
        evidence += [msg("draft.personalisation.generic_quote", quote=q) for q, _, _ in generic]
        return _result(
            ctx, check, Status.WARN, evidence, [msg("draft.personalisation.fix_opener")], marks
        )
    return _result(ctx, check, Status.PASS, evidence)


def _generic_openers(ctx: DraftContext) -> list[tuple[str, int, int]]:
    """Stock openers at the start of a sentence ("My name is…"; not "…me llamó la atención")."""
    body = ctx.draft.body
    starts = [s.start for s in sentences(body)]

    def opens_sentence(at: int) -> bool:
        # At the start, or after one word: "I hope all is well", "So, my name is…".
        before = max((s for s in starts if s <= at), default=0)
        return len(words(body[before:at])) <= 1

    return [hit for hit in _found(ctx, body, "generic_openers") if opens_sentence(hit[1])]


def _personal_facts(ctx: DraftContext) -> list[str]:
    """The words of the draft that could only be written to this person (a placeholder is none)."""
    body = _PLACEHOLDER.sub(lambda m: " " * len(m.group()), ctx.draft.body)
    folded = fold(body)
    facts: list[str] = []
    r = ctx.recipient
    for value in (r.company.strip(), r.role.strip()):
        if len(value) > 1 and _contains(folded, fold(value)):
            facts.append(value)
    post_words = content_words(ctx, r.post)
    shared = sorted(post_words & content_words(ctx, body))
    if len(shared) >= 2:
        facts.append(" ".join(shared[:3]))
    artefacts = set(draft_words(ctx.language)["their_work"])
    for match in re.finditer(_THEIR_THINGS[ctx.language], folded):
        if match.group(1) in artefacts:
            facts.append(body[match.start() : match.end()])
    return facts


# The ask ----------------------------------------------------------------------------------------

SHORT_LINE_WORDS = 4  # "Hi Ana," / "Thanks," / "Best, Maya": greetings and sign-offs


def message_sentences(body: str) -> tuple[Piece, ...]:
    """The body's sentences without the greeting line and the sign-off lines around them."""
    found = sentences(body)
    start, end = 0, len(found)
    if found and len(words(found[0].text)) <= SHORT_LINE_WORDS and not found[0].text.endswith("?"):
        start = 1
    # A sign-off has no end punctuation or ends with a comma ("Thanks,", "Best, Maya");
    # "Let me know!" or "¿Hablamos?" is the message itself.
    while (
        end > start
        and len(words(found[end - 1].text)) <= SHORT_LINE_WORDS
        and found[end - 1].text.rstrip()[-1:] not in ".!?…"
    ):
        end -= 1
    return found[start:end]


def _asks(ctx: DraftContext) -> list[Piece]:
    """Requests to the reader, one per run of consecutive asking sentences.

    A sentence asks when it opens like an invitation ("Would you…", "¿Te parece…"), or is a
    question that names something to do or speaks to the reader, or is any question among the
    closing lines (an InMail's last question is its ask). Consecutive asking sentences are one
    request put two ways ("Could you share it? A short reply is plenty.").
    """
    lists = draft_words(ctx.language)
    reader = set(lists["reader_words"])
    body = message_sentences(ctx.draft.body)
    closing = {s.start for s in body[-2:]}
    asks: list[Piece] = []
    previous_was_ask = False
    for sentence in body:
        folded = fold(sentence.text)
        tokens = {fold(w.text) for w in words(sentence.text)}
        opener = _has_any(ctx, folded, "ask_openers")
        verb = _has_any(ctx, folded, "ask_verbs")
        question = sentence.text.rstrip().endswith("?")
        to_reader = bool(tokens & reader)
        asking = opener or (question and (verb or to_reader or sentence.start in closing))
        # A question is a request of its own; a plain sentence right after an ask restates it.
        if asking and (question or not previous_was_ask):
            asks.append(sentence)
        previous_was_ask = asking
    return asks


def _minutes(text: str) -> int | None:
    """The longest duration a sentence names, in minutes."""
    longest: int | None = None
    for match in _DURATION.finditer(text):
        low, high, unit = match.group(1), match.group(2), match.group(3).lower()
        value = int(high or low)
        minutes = value * 60 if unit.startswith("h") else value
        longest = minutes if longest is None else max(longest, minutes)
    return longest


def check_ask(ctx: DraftContext) -> DraftCheckResult:
    """Exactly one request, near the end, and a small one."""
    msg = ctx.msg
    check = DraftCheckId.ASK
    asks = _asks(ctx)
    if not asks:
        return _result(ctx, check, Status.FAIL, [msg("draft.ask.none")], [msg("draft.ask.fix_add")])
    all_sentences = message_sentences(ctx.draft.body)
    evidence = [msg("draft.ask.quote", quote=a.text) for a in asks]
    marks: list[Mark] = []
    status, suggestions = Status.PASS, []
    if len(asks) > 1:
        status = Status.WARN
        evidence.insert(0, msg("draft.ask.several", count=len(asks)))
        suggestions.append(msg("draft.ask.fix_one"))
        marks += [
            Mark(field="body", start=a.start, end=a.end, message=msg("draft.ask.fix_one"))
            for a in asks[:-1]
        ]
    last = asks[-1]
    position = next(i for i, s in enumerate(all_sentences) if s.start == last.start)
    if position < len(all_sentences) - 3:
        status = Status.WARN
        evidence.append(msg("draft.ask.early"))
        suggestions.append(msg("draft.ask.fix_end"))
    lists = draft_words(ctx.language)
    for ask in asks:
        folded = fold(ask.text)
        minutes = _minutes(ask.text)
        heavy = [p for p in lists["heavy_asks"] if _contains(folded, p)]
        if (minutes is not None and minutes > HEAVY_MINUTES) or (heavy and minutes is None):
            status = Status.WARN
            evidence.append(msg("draft.ask.heavy", quote=ask.text))
            suggestions.append(msg("draft.ask.fix_small"))
            marks.append(
                Mark(field="body", start=ask.start, end=ask.end, message=msg("draft.ask.fix_small"))
            )
    return _result(ctx, check, status, evidence, suggestions, marks)


# Focus ------------------------------------------------------------------------------------------


def check_focus(ctx: DraftContext) -> DraftCheckResult:
    """How much the draft talks about the sender against how much about the reader."""
    msg = ctx.msg
    lists = draft_words(ctx.language)
    self_words, reader_words = set(lists["self_words"]), set(lists["reader_words"])
    tokens = [fold(w.text) for w in words(ctx.draft.body)]
    mine = sum(t in self_words for t in tokens)
    theirs = sum(t in reader_words for t in tokens)
    evidence = [msg("draft.focus.counts", mine=mine, theirs=theirs)]
    if mine >= 5 and mine > 2 * theirs:
        return _result(ctx, DraftCheckId.FOCUS, Status.WARN, evidence, [msg("draft.focus.fix")])
    return _result(ctx, DraftCheckId.FOCUS, Status.PASS, evidence)


# Readability ------------------------------------------------------------------------------------


def check_readability(ctx: DraftContext) -> DraftCheckResult:
    """Short sentences and paragraphs, and a reading-ease score for the language."""
    msg, body = ctx.msg, ctx.draft.body
    score, count, sentence_count, syllable_count = reading_ease(body, ctx.language)
    formula = msg(f"draft.readability.formula_{ctx.language}")
    evidence = [
        msg(
            "draft.readability.score",
            formula=formula,
            score=f"{score:.0f}",
            words=count,
            sentences=sentence_count,
            syllables=syllable_count,
        )
    ]
    status, suggestions, marks = Status.PASS, [], []
    limit = LONG_SENTENCE[ctx.language]
    for sentence in sentences(body):
        if len(words(sentence.text)) > limit:
            status = Status.WARN
            evidence.append(
                msg("draft.readability.long_sentence", quote=sentence.text[:120], limit=limit)
            )
            marks.append(
                Mark(
                    field="body",
                    start=sentence.start,
                    end=sentence.end,
                    message=msg("draft.readability.fix_split"),
                )
            )
    if any(s.text for s in sentences(body)) and marks:
        suggestions.append(msg("draft.readability.fix_split"))
    for paragraph in paragraphs(body):
        if len(words(paragraph.text)) > LONG_PARAGRAPH_WORDS:
            status = Status.WARN
            evidence.append(msg("draft.readability.long_paragraph", words=LONG_PARAGRAPH_WORDS))
            suggestions.append(msg("draft.readability.fix_paragraph"))
            break
    if count >= WORDS_MIN and score < EASE_FLOOR:
        status = Status.WARN
        suggestions.append(msg("draft.readability.fix_plain"))
    return _result(ctx, DraftCheckId.READABILITY, status, evidence, suggestions, marks)


# Placeholders and tone --------------------------------------------------------------------------


def check_placeholders(ctx: DraftContext) -> DraftCheckResult:
    """A leftover "[Name]", "{{company}}" or "<Topic>" would be sent as it is."""
    msg = ctx.msg
    marks, quotes = [], []
    for field, text in (("subject", ctx.draft.subject), ("body", ctx.draft.body)):
        for match in _PLACEHOLDER.finditer(text):
            quotes.append(match.group())
            marks.append(
                Mark(
                    field=field,
                    start=match.start(),
                    end=match.end(),
                    message=msg("draft.placeholders.fix"),
                )
            )
    if quotes:
        evidence = [msg("draft.placeholders.found", quotes=", ".join(quotes[:5]))]
        return _result(
            ctx,
            DraftCheckId.PLACEHOLDERS,
            Status.FAIL,
            evidence,
            [msg("draft.placeholders.fix")],
            marks,
        )
    return _result(ctx, DraftCheckId.PLACEHOLDERS, Status.PASS, [msg("draft.placeholders.none")])


def check_tone(ctx: DraftContext) -> DraftCheckResult:
    """Hype, pressure, shouting: InMail has no spam filter, but the reader does."""
    msg = ctx.msg
    evidence, marks = [], []
    for field, text in (("subject", ctx.draft.subject), ("body", ctx.draft.body)):
        for phrase, start, end in _found(ctx, text, "hype"):
            evidence.append(msg("draft.tone.hype", quote=phrase))
            marks.append(
                Mark(field=field, start=start, end=end, message=msg("draft.tone.fix_hype"))
            )
        for match in _CAPS_RUN.finditer(text):
            if len(match.group().strip()) < 10:
                continue  # "VP EMEA IT" style acronyms, not shouting
            evidence.append(msg("draft.tone.caps", quote=match.group().strip()))
            marks.append(
                Mark(
                    field=field,
                    start=match.start(),
                    end=match.end(),
                    message=msg("draft.tone.fix_caps"),
                )
            )
        for match in _EXCLAIM.finditer(text):
            evidence.append(msg("draft.tone.exclaim"))
            marks.append(
                Mark(
                    field=field,
                    start=match.start(),
                    end=match.end(),
                    message=msg("draft.tone.fix_exclaim"),
                )
            )
    for sentence in sentences(ctx.draft.body):
        if _pressure(ctx, sentence.text):
            evidence.append(msg("draft.tone.pressure", quote=sentence.text[:120]))
            mark = Mark(field="body", start=sentence.start, end=sentence.end, message="")
            marks.append(mark.model_copy(update={"message": msg("draft.tone.fix_hype")}))
    if marks:
        return _result(
            ctx, DraftCheckId.TONE, Status.WARN, evidence[:6], [msg("draft.tone.fix_hype")], marks
        )
    return _result(ctx, DraftCheckId.TONE, Status.PASS, [msg("draft.tone.ok")])


def _pressure(ctx: DraftContext, sentence: str) -> bool:
    """Selling in a first message: an offer, or a sentence that opens by telling them to buy."""
    lists = draft_words(ctx.language)
    folded = fold(sentence)
    tokens = [fold(w.text) for w in words(sentence)]
    offer = _has_any(ctx, folded, "offer_words")
    command = any(
        folded.startswith(p) and (len(folded) == len(p) or not folded[len(p)].isalnum())
        for p in lists["sales_imperatives"]
    )
    deadline = _has_any(ctx, folded, "deadlines")
    return bool(tokens) and (offer or command or (deadline and (offer or command)))


# Coherence with the sender's profile ------------------------------------------------------------


def check_coherence(ctx: DraftContext) -> DraftCheckResult:
    """Every claim the draft makes about the sender should be visible on the sender's profile."""
    msg = ctx.msg
    profile_folded = fold(" \n ".join(ctx.profile_texts.values()))
    claims = _claims(ctx)
    evidence, suggestions, marks = [], [], []
    missing = 0
    for sentence, terms in claims:
        unseen = [t for t in terms if fold(t) not in profile_folded]
        if unseen:
            missing += 1
            evidence.append(
                msg("draft.coherence.unseen", quote=sentence.text[:140], terms=", ".join(unseen))
            )
            marks.append(
                Mark(
                    field="body",
                    start=sentence.start,
                    end=sentence.end,
                    message=msg("draft.coherence.fix_add"),
                )
            )
    if missing:
        suggestions.append(msg("draft.coherence.fix_add"))
    elif claims:
        key = "draft.coherence.backed_one" if len(claims) == 1 else "draft.coherence.backed"
        evidence.append(msg(key, count=len(claims)))
    else:
        evidence.append(msg("draft.coherence.no_claims"))
    post = _relevant_post(ctx)
    if post:
        suggestions.append(msg("draft.coherence.tip_post", post=post[:120]))
    status = Status.WARN if missing else Status.PASS
    return _result(ctx, DraftCheckId.COHERENCE, status, evidence, suggestions, marks)


def _claims(ctx: DraftContext) -> list[tuple[Piece, list[str]]]:
    """Sentences where the sender says something about themselves, with the terms to look for.

    A claim opens like one ("I help…", "we cut…") or has the sender as subject without talking
    about the reader ("I read your post" is about them). The terms are the figures with a unit
    (40%, $1.2M, 3x) and the names (a capitalised word inside the sentence: "at Contoso").
    """
    lists = draft_words(ctx.language)
    self_words, reader_words = set(lists["self_words"]), set(lists["reader_words"])
    out = []
    for sentence in sentences(ctx.draft.body):
        folded = fold(sentence.text)
        tokens = [fold(w.text) for w in words(sentence.text)]
        opens_claim = _has_any(ctx, folded, "claim_openers")
        first_person = bool(set(tokens[:4]) & self_words) or (
            ctx.language == "es" and _spanish_first_person(sentence.text)
        )
        about_me = first_person and not set(tokens) & reader_words
        if not (opens_claim or about_me) or sentence.text.rstrip().endswith("?"):
            continue
        terms = [
            m.group().strip() for m in _NUMBER_CLAIM.finditer(sentence.text) if _has_unit(m.group())
        ]
        theirs = fold(f"{ctx.recipient.company} {ctx.recipient.name}")
        for match in _CAPITALISED.finditer(sentence.text):
            name = match.group()
            if match.start() == 0 or not name[1:].replace(" ", "").isalpha():
                continue
            if (
                name.split()[0][1:].islower()
                and not _contains(theirs, fold(name))
                and fold(name) not in stop_words(ctx.language)
            ):
                terms.append(name)
        if terms:
            out.append((sentence, terms))
    return out


# Words ending in an accented vowel that are not first-person verbs.
_NOT_VERBS = {
    "aquí",
    "allí",
    "ahí",
    "así",
    "allá",
    "acá",
    "quizá",
    "además",
    "jamás",
    "café",
    "menú",
}


def _spanish_first_person(text: str) -> bool:
    """Spanish drops the pronoun: "bajé", "conseguí", "redujimos" say "I" or "we" by themselves."""
    for word in words(text):
        lower = word.text.lower()
        if len(lower) < 4 or lower in _NOT_VERBS:
            continue
        if lower.endswith(("é", "í")) or lower.endswith(("amos", "imos", "uje", "ice")):
            return True
    return False


def _has_unit(figure: str) -> bool:
    """True for "40%", "$1.2M", "3x", "2 millones": a figure that measures a result."""
    stripped = figure.strip().lower()
    return (
        any(ch.isdigit() for ch in stripped)
        and not stripped.replace(".", "").replace(",", "").isdigit()
    )


def _relevant_post(ctx: DraftContext) -> str:
    """The sender's recent post sharing the most words with the recipient and the draft."""
    wanted = _recipient_words(ctx) | content_words(ctx, ctx.draft.body)
    best, best_overlap = "", 1
    for post in ctx.recent_posts:
        overlap = len(content_words(ctx, post) & wanted)
        if overlap > best_overlap:
            best, best_overlap = post, overlap
    return best.strip()


CHECKS: dict[DraftCheckId, Callable[[DraftContext], DraftCheckResult]] = {
    DraftCheckId.SUBJECT: check_subject,
    DraftCheckId.LENGTH: check_length,
    DraftCheckId.PERSONAL: check_personalisation,
    DraftCheckId.ASK: check_ask,
    DraftCheckId.FOCUS: check_focus,
    DraftCheckId.READABILITY: check_readability,
    DraftCheckId.PLACEHOLDERS: check_placeholders,
    DraftCheckId.TONE: check_tone,
    DraftCheckId.COHERENCE: check_coherence,
}
