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
    load_and_assess,
    output_language,
    report_input_error,
)
from preflight.core.assessment import Assessment
from preflight.core.errors import InputError
from preflight.core.messages import Messages, messages
from preflight.core.models import Status
from preflight.core.notices import Notice

_ICONS = {Status.PASS: "✔", Status.WARN: "!", Status.FAIL: "✘", Status.UNKNOWN: "?"}
_ASCII_ICONS = {Status.PASS: "+", Status.WARN: "!", Status.FAIL: "x", Status.UNKNOWN: "?"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds ``check`` to the parser."""
    msg = messages(output_language(None))
    parser = commands.add_parser(
        "check", help=msg("cli.check.help"), description=msg("cli.check.help")
    )
    add_profile_options(parser)
    parser.add_argument("--json", action="store_true", help=msg("cli.check.json_help"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Assesses the profile and prints it; exit code 0 ready, 1 not ready, 2 bad input."""
    try:
        profile, assessment = load_and_assess(args)
    except InputError as error:
        return report_input_error(error, output_language(args.lang))
    except (MemoryError, RecursionError, ValueError, OSError, LookupError, TypeError) as error:
        # A bug must still not reach the user as a traceback; say what failed and how to report it.
        msg = messages(output_language(args.lang))
        return report_input_error(
            InputError(
                msg("cli.check.unexpected", path=args.path, error=type(error).__name__),
                msg("cli.check.unexpected_hint"),
            )
        )
    out = sys.stdout
    if args.json:
        ascii_only = not _can_encode(out, "«ñ»")
        text = json.dumps(as_json(assessment), ensure_ascii=ascii_only, indent=2) + "\n"
    else:
        unicode = _can_encode(out, "✔✘“”«»…→·")
        text = render_text(assessment, width=_width(), unicode=unicode, notes=profile.warnings)
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; Python's documented fix keeps exit quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
    return EXIT_READY if assessment.ready else EXIT_NOT_READY


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
