"""The ``preflight check`` subcommand: the checklist in the terminal, or one JSON object."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, TextIO

from preflight.cli.common import (
    EXIT_NOT_READY,
    EXIT_READY,
    add_profile_options,
    combined_exit,
    json_safe,
    load_and_assess,
    output_language,
    paths_of,
    report_input_error,
    terminal_safe,
)
from preflight.core.assessment import Assessment
from preflight.core.errors import InputError
from preflight.core.messages import Messages, messages
from preflight.core.models import Language, Status
from preflight.core.notices import Notice

_ICONS = {Status.PASS: "✔", Status.WARN: "!", Status.FAIL: "✘", Status.UNKNOWN: "?"}
_ASCII_ICONS = {Status.PASS: "+", Status.WARN: "!", Status.FAIL: "x", Status.UNKNOWN: "?"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds ``check`` to the parser."""
    msg = messages(output_language(None))
    parser = commands.add_parser(
        "check", help=msg("cli.check.help"), description=msg("cli.check.help")
    )
    add_profile_options(parser, many=True)
    parser.add_argument("--json", action="store_true", help=msg("cli.check.json_help"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Assesses each profile and prints it; exit code 0 ready, 1 not ready, 2 bad input.

    With several PATHs, one that cannot be read does not stop the others: its error is printed
    (in JSON Lines, as that line's ``error``) and the exit code is 2 if any failed, else 1 if any
    is not ready, else 0. Each profile is assessed, printed and dropped before the next is read.
    """
    paths = paths_of(args)
    if len(paths) == 1:
        return _check_one(args, paths[0], json_lines=False, separator="")
    if paths.count("-") > 1:
        msg = messages(output_language(args.lang))
        return report_input_error(InputError(msg("cli.check.stdin_twice"), ""))
    codes = []
    for index, path in enumerate(paths):
        separator = "" if args.json or index == 0 else "\n" + "─" * 40 + "\n\n"
        codes.append(_check_one(args, path, json_lines=args.json, separator=separator))
    return combined_exit(codes)


def _check_one(args: argparse.Namespace, path: str, *, json_lines: bool, separator: str) -> int:
    """Checks one PATH and prints the result (an error as a JSON line when ``json_lines``)."""
    language = output_language(args.lang)
    try:
        profile, assessment = load_and_assess(args, path)
    except InputError as error:
        return _failed(error, path, language, json_lines)
    except (MemoryError, RecursionError, ValueError, OSError, LookupError, TypeError) as error:
        # A bug must still not reach the user as a traceback; say what failed and how to report it.
        msg = messages(language)
        unexpected = InputError(
            msg("cli.check.unexpected", path=path, error=type(error).__name__),
            msg("cli.check.unexpected_hint"),
        )
        return _failed(unexpected, path, language, json_lines)
    out = sys.stdout
    if json_lines:
        text = json.dumps({"path": path, **as_json(assessment)}, ensure_ascii=False) + "\n"
    elif args.json:
        ascii_only = not _can_encode(out, "«ñ»")
        text = json.dumps(as_json(assessment), ensure_ascii=ascii_only, indent=2) + "\n"
        text = json_safe(text)
    else:
        unicode = _can_encode(out, "✔✘“”«»…→·─")
        text = render_text(assessment, width=_width(), unicode=unicode, notes=profile.warnings)
        # Profile text and file names may hold escape sequences: shown, never acted on.
        text = terminal_safe(text)
        text = (separator if unicode else separator.replace("─", "-")) + text
    _write(out, text)
    return EXIT_READY if assessment.ready else EXIT_NOT_READY


def _failed(error: InputError, path: str, language: Language, json_lines: bool) -> int:
    """Reports an input error: on stderr, and as a JSON line carrying it when ``json_lines``."""
    if json_lines:
        message, hint = error.localized(messages(language))
        line = {"path": path, "error": {"message": message, "hint": hint}}
        _write(sys.stdout, json.dumps(line, ensure_ascii=False) + "\n")
    return report_input_error(error, language)


def _write(out: TextIO, text: str) -> None:
    try:
        if not _can_encode(out, text):
            text = text.encode(out.encoding or "ascii", "replace").decode(out.encoding or "ascii")
        out.write(text)
        out.flush()
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; Python's documented fix keeps exit quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())


def as_json(assessment: Assessment) -> dict[str, Any]:
    """The assessment as the documented JSON object, nothing more."""
    return {
        "ready": assessment.ready,
        "score": assessment.score,
        "as_of": assessment.as_of.isoformat(),
        "source": {
            "format": assessment.source.format.value,
            "language": assessment.source.other_language or assessment.source.language,
        },
        "profile": {"name": assessment.name, "headline": assessment.headline},
        "blockers": [b.value for b in assessment.blockers],
        "checks": [
            {
                "id": r.id.value,
                "status": r.status.value,
                "points": r.points,
                "max_points": r.max_points,
                "title": r.title,
                "evidence": list(r.evidence),
                "suggestions": list(r.suggestions),
            }
            for r in assessment.checks
        ],
    }


def render_text(
    assessment: Assessment,
    *,
    width: int = 100,
    unicode: bool = True,
    notes: Sequence[Notice] = (),
) -> str:
    """The checklist for a terminal: what the source could not show, each check, the verdict."""
    msg = messages(assessment.language)
    icons = _ICONS if unicode else _ASCII_ICONS
    bullet, arrow = ("·", "→") if unicode else ("-", "->")
    status_width = max(len(msg(f"checks.status.{s.value}")) for s in Status) + 4
    title_width = max(len(r.title) for r in assessment.checks) + 2
    lines = [
        msg("cli.check.heading", name=assessment.name or msg("cli.check.unnamed")),
        msg(
            "cli.check.source",
            source=msg(f"checks.source.{assessment.source.format.value}"),
            language=_language(msg, assessment),
            as_of=assessment.as_of.isoformat(),
        ),
    ]
    for note in notes:
        line = msg("shown_notices.cli_note", text=note.text(msg))
        lines += textwrap.wrap(line, width=width, subsequent_indent="  ")
    lines.append("")
    for result in assessment.checks:
        label = f"[{icons[result.status]} {msg(f'checks.status.{result.status.value}')}]"
        points = msg("cli.check.points", points=result.points, max=result.max_points)
        lines.append(f"{label:<{status_width}} {result.title:<{title_width}} {points}")
        lines += _wrapped(result.evidence, f"    {bullet} ", width)
        lines += _wrapped(result.suggestions, f"    {arrow} ", width)
        lines.append("")
    lines.append(msg("cli.check.score", score=assessment.score))
    lines += textwrap.wrap(_verdict(msg, assessment, icons), width=width, subsequent_indent="  ")
    text = "\n".join(lines) + "\n"
    return text if unicode else _ascii(text)


def _verdict(msg: Messages, assessment: Assessment, icons: dict[Status, str]) -> str:
    if assessment.ready:
        return f"{icons[Status.PASS]} {msg('cli.check.ready')}"
    titles = [assessment.check(b).title for b in assessment.blockers]
    key = "cli.check.not_ready_one" if len(titles) == 1 else "cli.check.not_ready_many"
    return f"{icons[Status.FAIL]} {msg(key, count=len(titles), blockers=', '.join(titles))}"


def _wrapped(items: list[str], prefix: str, width: int) -> list[str]:
    indent = " " * len(prefix)
    out: list[str] = []
    for item in items:
        for number, paragraph in enumerate(item.splitlines() or [""]):
            first = prefix if number == 0 else indent
            out += textwrap.wrap(
                paragraph, width=width, initial_indent=first, subsequent_indent=indent
            ) or [first.rstrip()]
    return out


def _width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))


def _can_encode(stream: TextIO, sample: str) -> bool:
    try:
        sample.encode(stream.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _ascii(text: str) -> str:
    """Typographic characters a plain ASCII terminal cannot show, replaced by close equivalents."""
    table = str.maketrans(
        {"“": '"', "”": '"', "«": '"', "»": '"', "…": "...", "—": "-", "–": "-", "×": "x"}
    )
    return text.translate(table).encode("ascii", "replace").decode("ascii")


def _language(msg: Messages, assessment: Assessment) -> str:
    """The language the profile is written in, named in the output language."""
    other = assessment.source.other_language
    return msg(f"languages.{other}") if other else msg(f"cli.language.{assessment.source.language}")
