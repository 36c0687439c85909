"""Which words of a headline or About to mark, what is wrong with each, and its fix."""

from __future__ import annotations

from typing import Literal

from preflight.core.analysis.text import TextAnalysis, analyze_text
from preflight.core.checks.units import holds_long_list
from preflight.core.checks.wording import quote, unique
from preflight.core.marks.models import InlineFinding
from preflight.core.marks.rewrites import (
    cut_sentence,
    cuttable,
    duty_as_action,
    headline_cut,
    remove_phrase,
    split_sentence,
)
from preflight.core.messages import Messages, messages
from preflight.core.models import Language
from preflight.core.settings import Settings

Field = Literal["headline", "summary"]


def find_marks(
    field: Field,
    text: str,
    *,
    text_language: Language,
    language: Language,
    settings: Settings,
    analysis: TextAnalysis | None = None,
) -> list[InlineFinding]:
    """Every finding that quotes words of ``text``, in text order, said in ``language``."""
    if not text.strip():
        return []
    msg = messages(language)
    found = analysis if analysis is not None else analyze_text(text, text_language)
    marks = _cliches(field, found, msg, text_language)
    if field == "headline":
        marks += _job_seeking(found, msg)
        limit = settings.headline.max_chars
    else:
        marks += _duties(found, msg, text_language)
        marks += _long_sentences(found, msg, settings.summary.max_sentence_words, text_language)
        marks += _repeats(found, msg)
        limit = settings.summary.max_chars
    if len(text) > limit:
        over = len(text) - limit
        marks.append(
            InlineFinding(
                "over_limit",
                limit,
                len(text),
                msg("marks.over_limit.finding", over=over, max=limit),
                msg("marks.over_limit.advice"),
            )
        )
    return sorted(marks, key=lambda m: (m.start, m.end))


def _cliches(
    field: Field, found: TextAnalysis, msg: Messages, language: Language
) -> list[InlineFinding]:
    text, out = found.text, []
    for mention in found.buzzwords:
        quoted = quote(msg, mention.text, 60)
        cut = None
        if cuttable(mention.text, language):
            cut = (
                headline_cut(text, mention.start, mention.end)
                if field == "headline"
                else remove_phrase(text, mention.start, mention.end)
            )
        out.append(
            InlineFinding(
                "cliche",
                mention.start,
                mention.end,
                msg("marks.cliche.finding", text=quoted),
                msg("marks.cliche.advice"),
                msg("marks.cliche.fix", text=quoted) if cut else "",
                cut,
            )
        )
    return out


def _job_seeking(found: TextAnalysis, msg: Messages) -> list[InlineFinding]:
    out = []
    for mention in found.job_seeking:
        quoted = quote(msg, mention.text, 60)
        out.append(
            InlineFinding(
                "job_seeking",
                mention.start,
                mention.end,
                msg("marks.job_seeking.finding", text=quoted),
                msg("marks.job_seeking.advice"),
                msg("marks.job_seeking.fix", text=quoted),
                headline_cut(found.text, mention.start, mention.end),
            )
        )
    return out


def _duties(found: TextAnalysis, msg: Messages, language: Language) -> list[InlineFinding]:
    out = []
    for mention in found.duties:
        edit = duty_as_action(found.text, mention.start, mention.end, language)
        label = ""
        if edit is not None:
            rest = _to_sentence_end(found.text, edit.end)
            label = msg("marks.duty.fix", rewrite=quote(msg, edit.replacement + rest, 60))
        out.append(
            InlineFinding(
                "duty",
                mention.start,
                mention.end,
                msg("marks.duty.finding", text=quote(msg, mention.text, 60)),
                msg("marks.duty.advice"),
                label,
                edit,
            )
        )
    return out


def _long_sentences(
    found: TextAnalysis, msg: Messages, max_words: int, language: Language
) -> list[InlineFinding]:
    out = []
    spans = zip(found.sentence_offsets, found.sentence_word_counts, strict=False)
    for (start, end), words in spans:
        if words <= max_words:
            continue
        mostly_list = holds_long_list(found.text[start:end])
        # A list split in two still holds every term: the advice is to keep a few instead.
        edit = None if mostly_list else split_sentence(found.text, start, end, language)
        label = ""
        if edit is not None:
            after = found.text[edit.end - 1 :].split()[:3]
            label = msg("marks.long_sentence.fix", after=quote(msg, " ".join(after), 40))
        out.append(
            InlineFinding(
                "long_sentence",
                start,
                end,
                msg("marks.long_sentence.finding", words=words, max=max_words),
                msg(
                    "marks.long_sentence.list_advice"
                    if mostly_list
                    else "marks.long_sentence.advice"
                ),
                label,
                edit,
            )
        )
    return out


def _repeats(found: TextAnalysis, msg: Messages) -> list[InlineFinding]:
    seen: set[str] = set()
    out = []
    for start, end in found.sentence_offsets:
        key = " ".join(unique([found.text[start:end]])).casefold()
        key = "".join(ch for ch in key if ch.isalnum() or ch == " ")
        if len(key.split()) < 3:
            continue
        if key in seen:
            out.append(
                InlineFinding(
                    "repeated",
                    start,
                    end,
                    msg("marks.repeated.finding"),
                    msg("marks.repeated.advice"),
                    msg("marks.repeated.fix"),
                    cut_sentence(found.text, start, end),
                )
            )
        seen.add(key)
    return out


def _to_sentence_end(text: str, at: int) -> str:
    """The text from ``at`` to the end of its sentence or line."""
    ends = [i for i in (text.find(ch, at) for ch in ".!?\n") if i >= 0]
    return text[at : min(ends)] if ends else text[at:]
