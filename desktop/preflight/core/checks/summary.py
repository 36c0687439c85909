"""About (summary): long enough, a result and value for the reader, a strong opening, no fluff."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from preflight.core.analysis.signals import (
    has_result,
    in_third_person,
    markup_tags,
    reader_value_of,
    results,
    third_person_cues,
)
from preflight.core.assessment import TextFix
from preflight.core.checks.about_rewrite import opening_lines, rewrite_about
from preflight.core.checks.base import CheckContext, Verdict
from preflight.core.checks.guard import improves
from preflight.core.checks.rewrite import (
    latest_role_result,
    member_audience,
    result_sentence,
    role_result,
    strongest_line,
)
from preflight.core.checks.units import holds_long_list, is_keyword_list
from preflight.core.checks.wording import (
    claimed_results,
    mention_texts,
    quote,
    quote_list,
    quote_tags,
    sentence_of,
)
from preflight.core.models import Status

if TYPE_CHECKING:
    from preflight.core.analysis.text import TextAnalysis

# Two or more duty phrases ("responsible for", "encargado de") read as a job description.
_DUTY_WALL = 2
# Two or more different clichés and nothing else make a "string of clichés".
_CLICHE_STRING = 2


@dataclass
class _Findings:
    """What is wrong with the About, each as (evidence, suggestion), and the rewrites offered."""

    fails: list[tuple[str, str]] = field(default_factory=list)
    warns: list[tuple[str, str]] = field(default_factory=list)
    fixes: list[TextFix] = field(default_factory=list)
    cliches_named: bool = False  # a failure already lists the clichés
    draft: str | None = None  # the proven rewrite, once asked for
    draft_asked: bool = False
    draft_quoted: bool = False  # a suggestion already shows the rewrite

    def verdict(self) -> Verdict:
        findings = self.fails + self.warns
        status = Status.FAIL if self.fails else Status.WARN
        evidence = [e for e, _ in findings if e]
        return Verdict(status, evidence, [s for _, s in findings if s], self.fixes)


def check(ctx: CheckContext) -> Verdict:
    """Fail when empty, short or with neither result nor reader value; warn on softer problems."""
    msg, text = ctx.msg, ctx.analysis.summary
    about = ctx.profile.summary.strip()
    if not about:
        return _empty(ctx)
    found = _Findings()
    _judge_substance(ctx, about, found)
    if not found.fails:
        _judge_opening(ctx, about, found)
    _judge_style(ctx, about, found)
    _judge_form(ctx, found)
    if found.fails or found.warns:
        _offer_rewrite(ctx, found)
        return found.verdict()
    value = sentence_of(text, reader_value_of(text)[0])
    evidence = [
        msg("checks.summary.has_value", value=quote(msg, value, 160)),
        msg("checks.summary.has_result", result=quote(msg, result_sentence(text), 160)),
    ]
    # Not a rule of the checklist, but the last thing a coach would add: an easy next step,
    # unless the closing sentences already invite one ("…te cuento qué funciona y qué no.").
    advice = [] if text.next_steps else [msg("checks.summary.suggest_call_to_action")]
    return Verdict(Status.PASS, evidence, advice)


def _proven_draft(ctx: CheckContext, found: _Findings) -> str | None:
    """The About rewritten from the member's clean lines, if applying it makes this check pass."""
    if not found.draft_asked and ctx.offer_rewrites:
        found.draft_asked = True
        draft = rewrite_about(ctx.profile, ctx.analysis, ctx.settings.summary)
        if draft is not None and improves(ctx, "summary", draft, check):
            found.draft = draft
    return found.draft


def _offer_rewrite(ctx: CheckContext, found: _Findings) -> None:
    """The proven rewrite as a one-click fix, quoted unless a suggestion already shows it."""
    draft = _proven_draft(ctx, found)
    if draft is None:
        return
    if not found.draft_quoted:
        found.warns.append(
            ("", ctx.msg("checks.summary.suggest_rewrite", draft=quote(ctx.msg, draft, 400)))
        )
    found.fixes.append(TextFix(field="summary", text=draft))


def _empty(ctx: CheckContext) -> Verdict:
    """An empty About fails; offer a first draft built from the rest of the profile."""
    msg = ctx.msg
    draft = _proven_draft(ctx, _Findings())
    if draft is None:
        return Verdict(
            Status.FAIL, [msg("checks.summary.empty")], [msg("checks.summary.suggest_empty")]
        )
    return Verdict(
        Status.FAIL,
        [msg("checks.summary.empty")],
        [msg("checks.summary.suggest_draft", draft=quote(msg, draft, 400))],
        [TextFix(field="summary", text=draft)],
    )


def _judge_substance(ctx: CheckContext, about: str, found: _Findings) -> None:
    """Length, a concrete result and value for the reader: the fail rules and the pass criteria."""
    msg, text, limits = ctx.msg, ctx.analysis.summary, ctx.settings.summary
    from_role, role_key = role_result(ctx.analysis), "checks.summary.suggest_role_result"
    if not from_role:
        from_role = latest_role_result(ctx.analysis)
        role_key = "checks.summary.suggest_latest_role_result"
    if len(about) < limits.min_chars:
        found.fails.append(
            (
                msg("checks.summary.too_short", chars=len(about), about=quote(msg, about, 200)),
                msg("checks.summary.suggest_longer", min=limits.min_chars),
            )
        )
    if not (has_result(text) or claimed_results(text) or reader_value_of(text)):
        found.fails.append(_no_substance(ctx, found))
        if from_role:
            role = msg(role_key, result=quote(msg, from_role, 200))
            found.fails.append(("", role))
        return
    if not results(text):
        suggestion = (
            msg(role_key, result=quote(msg, from_role, 200))
            if from_role
            else msg("checks.summary.suggest_number")
        )
        found.warns.append((msg("checks.summary.no_number"), suggestion))
    if not reader_value_of(text):
        audience = member_audience(ctx.analysis)  # the About has none, so from headline or role
        if audience:
            suggestion = msg("checks.summary.suggest_open_with", audience=quote(msg, audience, 160))
        else:
            suggestion = msg("checks.summary.suggest_reader_value")
        found.warns.append((msg("checks.summary.no_reader_value"), suggestion))


def _judge_opening(ctx: CheckContext, about: str, found: _Findings) -> None:
    """Warn when what shows before "see more" holds neither value for the reader nor a number."""
    msg, text, fold = ctx.msg, ctx.analysis.summary, ctx.settings.summary.fold_chars
    strong = (*reader_value_of(text), *text.quantities)  # verbs alone are too fuzzy to count here
    if any(m.end <= fold for m in strong):  # wholly visible before "see more"
        return
    # The proven rewrite, else at least the lines to lead with (a tip: the rest is theirs).
    draft = _proven_draft(ctx, found)
    opening = draft or (
        opening_lines(ctx.profile, ctx.analysis, ctx.settings.summary) if ctx.offer_rewrites else ""
    )
    suggestion = (
        msg("checks.summary.suggest_opening", opening=quote(msg, opening, 400))
        if opening
        else msg("checks.summary.suggest_opening_generic", fold=fold)
    )
    found.draft_quoted = bool(draft)
    evidence = msg("checks.summary.weak_opening", fold=fold, opening=quote(msg, about[:fold], 160))
    found.warns.append((evidence, suggestion))


def _judge_style(ctx: CheckContext, about: str, found: _Findings) -> None:
    """Clichés, duty lists, long sentences and length over LinkedIn's limit."""
    msg, text, limits = ctx.msg, ctx.analysis.summary, ctx.settings.summary
    has_claim = bool(text.quantities or claimed_results(text))
    if text.buzzwords and not found.cliches_named:
        words = quote_list(msg, mention_texts(text.buzzwords))
        result = strongest_line([text], ctx.profile.name)
        suggestion = (
            msg(
                "checks.summary.suggest_cut_buzzwords_proof",
                words=words,
                proof=quote(msg, result, 160),
            )
            if result
            else msg("checks.summary.suggest_cut_buzzwords", words=words)
        )
        found.warns.append((msg("checks.summary.buzzwords", words=words), suggestion))
    if len(text.duties) >= _DUTY_WALL and has_claim:
        duty = sentence_of(text, text.duties[0])
        found.warns.append(
            (
                msg("checks.summary.duties", phrases=quote_list(msg, mention_texts(text.duties))),
                msg("checks.summary.suggest_duty_to_result", duty=quote(msg, duty, 160)),
            )
        )
    longest, sentence = _longest_prose(text)  # a keyword list is its own finding
    if longest > limits.max_sentence_words:
        # A list of terms has nothing to split: it wants a verb, or a place in the skills.
        if is_keyword_list(sentence, text.language):
            key = "checks.summary.suggest_list_to_sentence"
        elif holds_long_list(sentence):  # splitting a list in three keeps every term
            key = "checks.summary.suggest_trim_list"
        else:
            key = "checks.summary.suggest_split"
        found.warns.append(
            (
                msg("checks.summary.long_sentence", words=longest, max=limits.max_sentence_words),
                msg(key, sentence=quote(msg, sentence, 160)),
            )
        )
    if len(about) > limits.max_chars:
        found.warns.append(
            (
                msg("checks.summary.too_long", chars=len(about), max=limits.max_chars),
                msg("checks.summary.suggest_trim", over=len(about) - limits.max_chars),
            )
        )


def _judge_form(ctx: CheckContext, found: _Findings) -> None:
    """Third person, repeated sentences, keyword lists, capitals and markup: each a warning."""
    msg, text = ctx.msg, ctx.analysis.summary
    if in_third_person(text, ctx.profile.name):
        cue = third_person_cues(text, ctx.profile.name)[0]
        found.warns.append(
            (
                msg(
                    "checks.summary.third_person", sentence=quote(msg, sentence_of(text, cue), 160)
                ),
                msg("checks.summary.suggest_first_person"),
            )
        )
    if text.repeats:
        first = text.repeats[0].text
        count = 1 + sum(1 for r in text.repeats if r.text.casefold() == first.casefold())
        found.warns.append(
            (
                msg("checks.summary.repeated", sentence=quote(msg, first, 120), count=count),
                msg("checks.summary.suggest_cut_repeats"),
            )
        )
    if text.keyword_dumps:
        listed = quote(msg, text.keyword_dumps[0].text, 160)
        found.warns.append(
            (
                msg("checks.summary.keyword_dump", list=listed),
                msg("checks.summary.suggest_keyword_dump"),
            )
        )
    if text.shouting:
        shouted = quote(msg, text.shouting[0].text, 120)
        found.warns.append(
            (
                msg("checks.summary.shouting", sentence=shouted),
                msg("checks.summary.suggest_sentence_case"),
            )
        )
    if text.markup:
        tags = quote_tags(msg, markup_tags(text))
        found.warns.append(
            (
                msg("checks.summary.markup", tags=tags),
                msg("checks.summary.suggest_remove_markup", tags=tags),
            )
        )


def _no_substance(ctx: CheckContext, found: _Findings) -> tuple[str, str]:
    """Why an About with neither a result nor reader value fails, and the first thing to change."""
    msg, text = ctx.msg, ctx.analysis.summary
    if text.duties:
        duty = sentence_of(text, text.duties[0])
        evidence = msg(
            "checks.summary.duties_only", phrases=quote_list(msg, mention_texts(text.duties))
        )
        suggestion = msg("checks.summary.suggest_duty_to_result", duty=quote(msg, duty, 160))
    elif len(mention_texts(text.buzzwords)) >= _CLICHE_STRING:
        found.cliches_named = True
        evidence = msg(
            "checks.summary.cliches_only", words=quote_list(msg, mention_texts(text.buzzwords))
        )
        suggestion = msg("checks.summary.suggest_replace_cliches")
    else:
        evidence = msg("checks.summary.no_substance")
        suggestion = msg("checks.summary.suggest_reader_value")
    return evidence, suggestion


def _longest_prose(text: TextAnalysis) -> tuple[int, str]:
    """The word count and text of the longest sentence that is not a keyword list."""
    counts = text.sentence_word_counts
    if not counts or len(counts) != len(text.sentences) or not text.sentence_offsets:
        sentence = max(text.sentences, key=lambda s: len(s.split()), default="")
        return text.longest_sentence_words(), sentence
    starts = [m.start for m in text.keyword_dumps]  # sorted
    best, best_at = 0, -1
    for index, (start, _) in enumerate(text.sentence_offsets):
        at = bisect_right(starts, start) - 1  # the last list starting at or before it
        inside = at >= 0 and start < text.keyword_dumps[at].end
        if not inside and counts[index] > best:
            best, best_at = counts[index], index
    return best, text.sentences[best_at] if best_at >= 0 else ""
