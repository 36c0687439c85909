"""The ``preflight draft`` subcommand: checks an InMail draft against the guide and the profile."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from preflight.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_NOT_READY,
    EXIT_READY,
    load_and_assess,
    output_language,
    report_input_error,
)
from preflight.cli.common import _check_ids as check_ids
from preflight.cli.common import _iso_date as iso_date
from preflight.core.draft.model import Draft, Recipient, parse_message
from preflight.core.errors import InputError, input_error
from preflight.core.messages import messages
from preflight.core.models import Language

MAX_MESSAGE_BYTES = 200_000
MAX_POST_BYTES = 200_000


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds ``draft`` to the parser."""
    msg = messages(output_language(None))
    parser = commands.add_parser(
        "draft", help=msg("cli.draft.help"), description=msg("cli.draft.help")
    )
    parser.add_argument(
        "message", metavar="MESSAGE.txt", type=Path, help=msg("cli.draft.message_help")
    )
    parser.add_argument(
        "--profile", metavar="PATH", required=True, help=msg("cli.draft.profile_help")
    )
    parser.add_argument("--photo", metavar="IMAGE", type=Path)
    parser.add_argument("--recipient-name", default="", metavar="NAME")
    parser.add_argument("--recipient-company", default="", metavar="COMPANY")
    parser.add_argument("--recipient-role", default="", metavar="ROLE")
    parser.add_argument(
        "--recipient-post", type=Path, metavar="FILE", help=msg("cli.draft.post_help")
    )
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", type=iso_date)
    parser.add_argument("--lang", choices=["en", "es"])
    parser.add_argument("--confirm", metavar="ID[,ID]", type=check_ids, default=frozenset())
    parser.add_argument("--settings", metavar="FILE", type=Path)
    parser.add_argument("--json", action="store_true", help=msg("cli.draft.json_help"))
    parser.set_defaults(run=run)


def _read_text(path: Path, limit: int) -> str:
    from preflight.core.importers.reading import read_capped

    data = read_capped(path, limit, lambda: input_error("draft.too_big", name=path.name))
    if b"\x00" in data:
        raise input_error("draft.binary", name=path.name)
    return data.decode("utf-8", "replace")


def read_draft(args: argparse.Namespace) -> tuple[Draft, Recipient]:
    """The message file and the recipient options (``--draft`` for report, MESSAGE for draft)."""
    message: Path = getattr(args, "draft", None) or args.message
    if not message.exists():
        raise input_error("input.no_such_path", path=str(message))
    draft = parse_message(_read_text(message, MAX_MESSAGE_BYTES))
    if not draft.subject and not draft.body:
        raise input_error("draft.empty", name=message.name)
    post = _read_text(args.recipient_post, MAX_POST_BYTES) if args.recipient_post else ""
    recipient = Recipient(
        name=args.recipient_name,
        company=args.recipient_company,
        role=args.recipient_role,
        post=post,
    )
    return draft, recipient


def add_recipient_options(parser: argparse.ArgumentParser) -> None:
    """Who the InMail is for: the options ``draft`` and ``report --draft`` share."""
    msg = messages(output_language(None))
    parser.add_argument("--recipient-name", default="", metavar="NAME")
    parser.add_argument("--recipient-company", default="", metavar="COMPANY")
    parser.add_argument("--recipient-role", default="", metavar="ROLE")
    parser.add_argument(
        "--recipient-post", type=Path, metavar="FILE", help=msg("cli.draft.post_help")
    )


def run(args: argparse.Namespace) -> int:
    """Checks the draft: exit 0 when it and the profile are ready, 1 when not, 2 bad input."""
    from preflight.core.draft.assess import assess_draft

    language = output_language(args.lang)
    try:
        draft, recipient = read_draft(args)
        args.path = args.profile
        profile, assessment = load_and_assess(args)
    except InputError as error:
        return report_input_error(error, language)
    as_of: dt.date = args.as_of or dt.date.today()
    result = assess_draft(
        draft,
        recipient,
        profile=profile,
        profile_assessment=assessment,
        as_of=as_of,
        language=language,
    )
    if args.json:
        print(json.dumps(as_json(result, assessment), ensure_ascii=False, indent=2))
    else:
        _print_text(result, assessment, language)
    return EXIT_READY if result.ready else EXIT_NOT_READY


def as_json(result: Any, assessment: Any) -> dict[str, Any]:
    """The draft's checks in the shape of ``check --json``, plus the profile's verdict."""
    return {
        "ready": result.ready,
        "language": result.language,
        "words": result.words,
        "characters": result.characters,
        "blockers": [b.value for b in result.draft_blockers],
        "checks": [
            {
                "id": c.id.value,
                "status": c.status.value,
                "title": c.title,
                "evidence": c.evidence,
                "suggestions": c.suggestions,
                "marks": [m.model_dump() for m in c.marks],
            }
            for c in result.checks
        ],
        "profile": {
            "ready": assessment.ready,
            "score": assessment.score,
            "blockers": [b.value for b in assessment.blockers],
        },
        "send_day": result.send_day_note,
    }


def _print_text(result: Any, assessment: Any, language: Language) -> None:
    from preflight.core.models import Status

    msg = messages(language)
    marks = {Status.PASS: "✓", Status.WARN: "!", Status.FAIL: "✗", Status.UNKNOWN: "?"}
    out = sys.stdout
    for check in result.checks:
        print(f"{marks[check.status]} {check.title}", file=out)
        for line in check.evidence:
            print(f"    {_printable(line)}", file=out)
        for line in check.suggestions:
            print(f"    → {_printable(line)}", file=out)
    print(file=out)
    print(result.send_day_note, file=out)
    if result.ready:
        print(msg("draft.gate.ready"), file=out)
        return
    if not assessment.ready:
        blockers = ", ".join(assessment.check(b).title for b in assessment.blockers)
        print(msg("draft.gate.profile_blocked", blockers=blockers), file=out)
    if result.draft_blockers:
        titles = ", ".join(result.check(b).title for b in result.draft_blockers)
        print(msg("draft.gate.draft_blocked", blockers=titles), file=out)


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


__all__ = ["EXIT_BAD_INPUT", "register", "run"]
