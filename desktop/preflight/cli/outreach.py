"""``preflight log`` and ``preflight credits``: the outreach log and the InMail credits."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from preflight.cli.common import EXIT_BAD_INPUT, output_language, report_input_error

if TYPE_CHECKING:
    from preflight.core.outreach.log import LoggedSend, OutreachLog


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds ``log`` (import, list, add, reply) and ``credits`` to the parser."""
    from preflight.core.messages import messages
    from preflight.core.outreach.plans import plans

    msg = messages(output_language(None))
    log = commands.add_parser("log", help=msg("cli.outreach.log_help"))
    actions = log.add_subparsers(dest="log_command", required=True, metavar="ACTION")

    def common(parser: argparse.ArgumentParser, *, json_output: bool = False) -> None:
        parser.add_argument("--db", metavar="FILE", type=Path, help=msg("cli.outreach.db_help"))
        parser.add_argument("--lang", choices=["en", "es"])
        if json_output:
            parser.add_argument("--json", action="store_true", help=msg("cli.outreach.json_help"))

    parser = actions.add_parser("import", help=msg("cli.outreach.import_help"))
    parser.add_argument("export", metavar="EXPORT", type=Path)
    common(parser)
    parser.set_defaults(run=_import)

    parser = actions.add_parser("list", help=msg("cli.outreach.list_help"))
    common(parser, json_output=True)
    parser.set_defaults(run=_list)

    parser = actions.add_parser("add", help=msg("cli.outreach.add_help"))
    parser.add_argument("--to", required=True, metavar="NAME")
    parser.add_argument("--subject", required=True)
    parser.add_argument("--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    parser.add_argument("--body-file", type=Path, metavar="FILE")
    parser.add_argument("--score", type=int, metavar="0-100")
    common(parser)
    parser.set_defaults(run=_add)

    parser = actions.add_parser("reply", help=msg("cli.outreach.reply_help"))
    parser.add_argument("id", type=int)
    parser.add_argument("--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    parser.add_argument(
        "--outcome", choices=["yes", "no", "not_interested", "replied"], default="replied"
    )
    common(parser)
    parser.set_defaults(run=_reply)

    credits = commands.add_parser("credits", help=msg("cli.outreach.credits_help"))
    known = ", ".join(p.id for p in plans())
    credits.add_argument("--plan", metavar="PLAN", help=msg("cli.outreach.plan_help", plans=known))
    credits.add_argument(
        "--plan-start",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help=msg("cli.outreach.plan_start_help"),
    )
    credits.add_argument("--as-of", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    common(credits, json_output=True)
    credits.set_defaults(run=_credits)


def _open(args: argparse.Namespace) -> OutreachLog:
    from preflight.core.app_dirs import outreach_log_path
    from preflight.core.messages import messages
    from preflight.core.outreach.log import OutreachLog

    log = OutreachLog(args.db or outreach_log_path())
    if log.notice is not None:
        print(
            f"preflight: {log.notice.text(messages(output_language(args.lang)))}", file=sys.stderr
        )
    return log


def _guarded(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turns the log's and the importers' errors into the usual exit-2 lines."""

    def wrapper(args: argparse.Namespace) -> int:
        from preflight.core.errors import InputError, input_error
        from preflight.core.outreach.log import OutreachLogError

        language = output_language(args.lang)
        try:
            return int(run(args))
        except InputError as error:
            return report_input_error(error, language)
        except OutreachLogError as error:
            return report_input_error(
                input_error("outreach.log_unusable", reason=str(error)), language
            )
        except OSError as error:
            print(f"preflight: {error.strerror or error}", file=sys.stderr)
            return EXIT_BAD_INPUT

    return wrapper


@_guarded
def _import(args: argparse.Namespace) -> int:
    from preflight.core.errors import input_error
    from preflight.core.messages import messages
    from preflight.core.outreach.messages_import import import_messages

    msg = messages(output_language(args.lang))
    if not args.export.exists():
        raise input_error("input.no_such_path", path=str(args.export))
    with _open(args) as log:
        result = import_messages(args.export, log)
    print(
        msg(
            "cli.outreach.imported",
            added=result.sends_added,
            replies=result.replies_found,
            name=args.export.name,
            already=result.sends_already_logged,
            no_subject=result.without_subject,
            skipped=result.rows_skipped,
        )
    )
    return 0


@_guarded
def _list(args: argparse.Namespace) -> int:
    from preflight.core.messages import messages

    msg = messages(output_language(args.lang))
    with _open(args) as log:
        sends = log.sends()
    if args.json:
        for send in sends:
            print(json.dumps(_send_json(send), ensure_ascii=False))
        return 0
    if not sends:
        print(msg("cli.outreach.empty"))
    for send in sends:
        answer = (
            msg("cli.outreach.answered", date=send.replied_at.date().isoformat())
            if send.replied_at
            else msg("cli.outreach.not_answered")
        )
        print(
            msg(
                "cli.outreach.row",
                id=send.id,
                date=send.sent_on.isoformat(),
                recipient=_printable(send.recipient),
                subject=_printable(send.subject),
                answer=answer,
            )
        )
    return 0


@_guarded
def _add(args: argparse.Namespace) -> int:
    from preflight.core.errors import input_error
    from preflight.core.importers.reading import read_capped
    from preflight.core.messages import messages

    msg = messages(output_language(args.lang))
    body = ""
    if args.body_file:
        name = args.body_file.name
        data = read_capped(
            args.body_file, 100_000, lambda: input_error("outreach.body_too_big", name=name)
        )
        body = data.decode("utf-8", "replace")
    when = dt.datetime.combine(args.date or dt.date.today(), dt.time(12))
    with _open(args) as log:
        new_id = log.add_send(
            sent_at=when,
            recipient=args.to,
            subject=args.subject,
            body=body,
            profile_score=args.score,
        )
    print(msg("cli.outreach.added", id=new_id))
    return 0


@_guarded
def _reply(args: argparse.Namespace) -> int:
    from preflight.core.messages import messages

    msg = messages(output_language(args.lang))
    with _open(args) as log:
        if args.id not in {send.id for send in log.sends()}:
            print(f"preflight: {msg('cli.outreach.no_such_send', id=args.id)}", file=sys.stderr)
            return EXIT_BAD_INPUT
        when = dt.datetime.combine(args.date or dt.date.today(), dt.time(12))
        log.set_reply(args.id, when, args.outcome)
    print(msg("cli.outreach.replied", id=args.id))
    return 0


@_guarded
def _credits(args: argparse.Namespace) -> int:
    from preflight.core.errors import input_error
    from preflight.core.messages import messages
    from preflight.core.outreach.credits import credits_today
    from preflight.core.outreach.log import PlanChoice
    from preflight.core.outreach.plans import plan_by_id, plans
    from preflight.core.outreach.summary import credit_inputs

    msg = messages(output_language(args.lang))
    as_of = args.as_of or dt.date.today()
    with _open(args) as log:
        choice = log.plan_choice()
        if args.plan or args.plan_start:
            try:
                plan_by_id(args.plan or (choice.plan_id if choice else ""))
            except KeyError:
                known = ", ".join(p.id for p in plans())
                raise input_error("outreach.unknown_plan", plan=args.plan, known=known) from None
            choice = PlanChoice(
                plan_id=args.plan or (choice.plan_id if choice else ""),
                started=args.plan_start or (choice.started if choice else as_of),
                overrides=choice.overrides if choice else {},
            )
            log.save_plan_choice(choice)
        if choice is None:
            raise input_error("outreach.no_plan")
        plan, sends, purchases = credit_inputs(log, choice)
        recipients = {send.id: send.recipient for send in log.sends()}
    state = credits_today(plan, choice.started, sends, as_of, purchases)
    if args.json:
        print(
            json.dumps(
                {
                    "as_of": as_of.isoformat(),
                    "plan": plan.model_dump(),
                    "plan_started": choice.started.isoformat(),
                    "available": state.available,
                    "expiring": [{"date": d.isoformat(), "credits": n} for d, n in state.expiring],
                    "open_refunds": [
                        {
                            "id": int(w.key),
                            "sent_on": w.sent_on.isoformat(),
                            "closes_on": w.closes_on.isoformat(),
                        }
                        for w in state.open_refunds
                    ],
                    "refunded": state.refunded,
                    "spent": state.spent,
                    "overdrawn": state.overdrawn,
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(msg("cli.outreach.credits_heading", date=as_of.isoformat(), plan=plan.name))
    print(msg("cli.outreach.available", count=state.available))
    for day, count in state.expiring:
        print(msg("cli.outreach.expiring", count=count, date=day.isoformat()))
    if state.open_refunds:
        print(msg("cli.outreach.refund_heading", days=plan.refund_window_days))
        for window in state.open_refunds:
            print(
                msg(
                    "cli.outreach.refund_row",
                    id=window.key,
                    recipient=_printable(recipients.get(int(window.key), "")),
                    sent=window.sent_on.isoformat(),
                    closes=window.closes_on.isoformat(),
                )
            )
    print(msg("cli.outreach.refunded", count=state.refunded))
    if state.overdrawn:
        print(msg("cli.outreach.overdrawn", count=state.overdrawn))
    return 0


def _send_json(send: LoggedSend) -> dict[str, object]:
    return {
        "id": send.id,
        "sent_at": send.sent_at.isoformat(),
        "recipient": send.recipient,
        "subject": send.subject,
        "words": len(send.body.split()),
        "origin": send.origin,
        "profile_score": send.profile_score,
        "replied_at": send.replied_at.isoformat() if send.replied_at else None,
        "outcome": send.outcome,
    }


def _printable(text: str) -> str:
    """Control characters (terminal escape sequences among them) shown escaped."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
