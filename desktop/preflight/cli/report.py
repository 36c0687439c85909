"""The ``preflight report`` subcommand: the readiness report as a PDF (or HTML), with no display."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from preflight.cli.common import (
    EXIT_NOT_READY,
    EXIT_READY,
    add_profile_options,
    combined_exit,
    load_and_assess,
    output_language,
    paths_of,
    report_input_error,
)
from preflight.cli.draft import add_recipient_options
from preflight.core.assessment import Assessment
from preflight.core.errors import InputError
from preflight.core.messages import messages
from preflight.core.models import Language, Profile
from preflight.core.output_guard import check_folder, check_output
from preflight.core.settings import Settings, load_settings

if TYPE_CHECKING:  # the report package imports spaCy: loaded only when a report is written
    from preflight.core.draft.model import Draft, DraftAssessment
    from preflight.core.report import PageSize, Report
    from preflight.core.report.history import ScorePoint
    from preflight.core.report.summary import SummaryRow

HTML_SUFFIXES = (".html", ".htm")
_QT_APP: list[object] = []


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds ``report`` to the parser."""
    msg = messages(output_language(None))
    parser = commands.add_parser(
        "report", help=msg("report.cli.help"), description=msg("report.cli.help")
    )
    add_profile_options(parser, many=True)
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=Path,
        required=True,
        help=msg("report.cli.output_help"),
    )
    parser.add_argument(
        "--page-size",
        metavar="A4|Letter",
        type=_page_size,
        help=msg("report.cli.page_size_help"),
    )
    parser.add_argument("--html", action="store_true", help=msg("report.cli.html_help"))
    parser.add_argument("--full", action="store_true", help=msg("report.cli.full_help"))
    parser.add_argument("--summary", action="store_true", help=msg("report.cli.summary_help"))
    parser.add_argument(
        "--draft", metavar="MESSAGE.txt", type=Path, help=msg("report.cli.draft_help")
    )
    add_recipient_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Assesses each profile and writes its report (or, with --summary, one team table); exit
    code 2 if any input failed, else 1 if any profile is not ready, else 0."""
    paths = paths_of(args)
    if args.summary:
        return _write_summary(args, paths)
    if len(paths) == 1:
        return _report_one(args, paths[0], args.output)
    language = output_language(args.lang)
    msg = messages(language)
    if paths.count("-") > 1:
        return report_input_error(InputError(msg("cli.check.stdin_twice"), ""), language)
    if not args.output.is_dir():
        error = InputError(msg("report.cli.output_not_folder", path=args.output), "")
        return report_input_error(error, language)
    return combined_exit([_report_one(args, path, args.output, into_folder=True) for path in paths])


def _report_one(
    args: argparse.Namespace, path: str, output: Path, *, into_folder: bool = False
) -> int:
    """Writes one profile's report to ``output`` (a file, or a folder to name it in)."""
    language = output_language(args.lang)
    msg = messages(language)
    try:
        inputs = (path, args.photo, args.settings)
        if not into_folder:
            # Before anything is read or written: never replace, or write inside, an input.
            check_output(output, inputs)
            check_folder("report", output)
        profile, assessment = load_and_assess(args, path)
        from preflight.core.report import build_report, default_page_size

        settings = load_settings(args.settings) if args.settings else Settings()
        report = build_report(
            profile,
            assessment,
            dt.datetime.now(),
            language,
            settings=settings,
            full=args.full,
            history=_history(path),
            draft=_draft(args, profile, assessment, language),
        )
        if into_folder:
            suffix = ".html" if args.html else ".pdf"
            output = _free_name(output, report.file_stem, suffix)
            check_output(output, inputs)
        values = {"path": output, "verdict": report.verdict, "score": assessment.score}
        if args.html or output.suffix.lower() in HTML_SUFFIXES:
            report.write_html(output)
            line = msg("report.cli.written_html", **values)
        else:
            size: PageSize = args.page_size or default_page_size()
            pages = write_pdf_headless(report, output, size)
            key = "report.cli.written_pdf_one" if pages == 1 else "report.cli.written_pdf"
            line = msg(key, pages=pages, size=size, **values)
    except InputError as error:
        return report_input_error(error, language)
    except (MemoryError, RecursionError, ValueError, OSError, LookupError, TypeError) as error:
        # A bug must still not reach the user as a traceback; say what failed and how to report it.
        return report_input_error(
            InputError(
                msg("report.cli.unexpected", path=path, error=type(error).__name__),
                msg("report.cli.unexpected_hint"),
            )
        )
    print(line)
    return EXIT_READY if assessment.ready else EXIT_NOT_READY


def _write_summary(args: argparse.Namespace, paths: list[str]) -> int:
    """Assesses every profile, keeping only its summary row, then writes the team table."""
    from preflight.core.report import default_page_size
    from preflight.core.report.summary import build_summary, failed_row, summary_row

    language = output_language(args.lang)
    msg = messages(language)
    rows: list[SummaryRow] = []
    codes: list[int] = []
    for path in paths:
        try:
            profile, assessment = load_and_assess(args, path)
        except InputError as error:
            codes.append(report_input_error(error, language))
            rows.append(failed_row(path, error.localized(msg)[0], language))
            continue
        except (MemoryError, RecursionError, ValueError, OSError, LookupError, TypeError) as exc:
            unexpected = msg("report.cli.unexpected", path=path, error=type(exc).__name__)
            codes.append(report_input_error(InputError(unexpected, ""), language))
            rows.append(failed_row(path, unexpected, language))
            continue
        rows.append(summary_row(profile, assessment, path, language))
        codes.append(EXIT_READY if assessment.ready else EXIT_NOT_READY)
        del profile, assessment  # only the row is kept: memory stays flat with the team's size
    report = build_summary(rows, dt.datetime.now(), language)
    output: Path = args.output
    values = {"path": output, "verdict": report.verdict, "count": len(rows)}
    try:
        check_output(output, (*paths, args.photo, args.settings))
        check_folder("report", output)
        if args.html or output.suffix.lower() in HTML_SUFFIXES:
            report.write_html(output)
        else:
            write_pdf_headless(report, output, args.page_size or default_page_size())
    except InputError as error:
        return report_input_error(error, language)
    print(msg("report.cli.written_summary", **values))
    return combined_exit(codes)


def _draft(
    args: argparse.Namespace, profile: Profile, assessment: Assessment, language: Language
) -> tuple[Draft, DraftAssessment] | None:
    """With ``--draft``: the message and its checks against this profile, for the last section."""
    if args.draft is None:
        return None
    from preflight.cli.draft import read_draft
    from preflight.core.draft.assess import assess_draft

    draft, recipient = read_draft(args)
    result = assess_draft(
        draft,
        recipient,
        profile=profile,
        profile_assessment=assessment,
        as_of=assessment.as_of,
        language=language,
    )
    return draft, result


def _history(path: str) -> list[ScorePoint]:
    """The profile's earlier scores as the app kept them (keyed by its file), if any."""
    if path == "-":
        return []
    from preflight.core.app_dirs import history_path
    from preflight.core.report.history import recorded_history

    return recorded_history(history_path(), str(Path(path).resolve()))


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem.suffix``, or ``stem (2).suffix`` and so on when that name is taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def write_pdf_headless(report: Report, path: Path, page_size: PageSize) -> int:
    """Writes the PDF through Qt without needing a display; returns the page count."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt loads only when a PDF is asked for, so HTML reports and errors stay fast.
    from PySide6.QtGui import QGuiApplication

    from preflight.printing.render import write_pdf

    # One application for the whole run: several PATHs write several PDFs with it.
    _QT_APP.append(QGuiApplication.instance() or QGuiApplication(sys.argv[:1]))
    del _QT_APP[1:]
    return write_pdf(report, path, page_size)


def _page_size(text: str) -> PageSize:
    from preflight.core.report import parse_page_size

    try:
        return parse_page_size(text)
    except ValueError as exc:
        msg = messages(output_language(None))
        raise argparse.ArgumentTypeError(msg("report.cli.bad_page_size", value=text)) from exc
