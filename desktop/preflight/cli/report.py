"""The ``preflight report`` subcommand: the readiness report as a PDF (or HTML), with no display."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from preflight.cli.common import (
    EXIT_NOT_READY,
    EXIT_READY,
    add_profile_options,
    load_and_assess,
    output_language,
    report_input_error,
)
from preflight.core.errors import InputError
from preflight.core.messages import messages
from preflight.core.report import PageSize, Report, build_report, default_page_size, parse_page_size
from preflight.core.settings import Settings, load_settings

HTML_SUFFIXES = (".html", ".htm")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds ``report`` to the parser."""
    msg = messages(output_language(None))
    parser = commands.add_parser(
        "report", help=msg("report.cli.help"), description=msg("report.cli.help")
    )
    add_profile_options(parser)
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
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Assesses the profile and writes the report; exit code 0 ready, 1 not ready, 2 bad input."""
    language = output_language(args.lang)
    msg = messages(language)
    output: Path = args.output
    try:
        profile, assessment = load_and_assess(args)
        settings = load_settings(args.settings) if args.settings else Settings()
        report = build_report(
            profile, assessment, dt.datetime.now(), language, settings=settings, full=args.full
        )
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
                msg("report.cli.unexpected", path=args.path, error=type(error).__name__),
                msg("report.cli.unexpected_hint"),
            )
        )
    print(line)
    return EXIT_READY if assessment.ready else EXIT_NOT_READY


def write_pdf_headless(report: Report, path: Path, page_size: PageSize) -> int:
    """Writes the PDF through Qt without needing a display; returns the page count."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt loads only when a PDF is asked for, so HTML reports and errors stay fast.
    from PySide6.QtGui import QGuiApplication

    from preflight.printing.render import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pages = write_pdf(report, path, page_size)
    del app
    return pages


def _page_size(text: str) -> PageSize:
    try:
        return parse_page_size(text)
    except ValueError as exc:
        msg = messages(output_language(None))
        raise argparse.ArgumentTypeError(msg("report.cli.bad_page_size", value=text)) from exc
