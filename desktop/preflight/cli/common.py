"""Options shared by ``check`` and ``report``, and turning them into a profile and assessment."""

from __future__ import annotations

import argparse
import datetime as dt
import locale
import os
import re
import sys
from pathlib import Path

from preflight.core.assessment import Assessment, CheckId
from preflight.core.errors import InputError, input_error
from preflight.core.models import Language, Profile
from preflight.core.settings import Settings, load_settings

EXIT_READY = 0
EXIT_NOT_READY = 1
EXIT_BAD_INPUT = 2


def add_profile_options(parser: argparse.ArgumentParser, *, many: bool = False) -> None:
    """Adds PATH (one or, with ``many``, several) and the options every assessing subcommand
    takes; with several, ``args.paths`` lists them and ``args.path`` is the first."""
    parser.add_argument(
        "paths" if many else "path",
        metavar="PATH",
        nargs="+" if many else None,
        help="a LinkedIn export ZIP or folder, a profile PDF, a JSON Resume, a .txt paste, "
        "or - for stdin" + ("; several may be given" if many else ""),
    )
    parser.add_argument("--photo", metavar="IMAGE", type=Path, help="your profile photo file")
    parser.add_argument(
        "--as-of", metavar="YYYY-MM-DD", type=_iso_date, help="the day to judge recency from"
    )
    parser.add_argument(
        "--lang", choices=["en", "es"], help="language of the output (default: system)"
    )
    parser.add_argument(
        "--confirm",
        metavar="ID[,ID]",
        type=_check_ids,
        default=frozenset(),
        help="checks you have verified yourself, e.g. photo,posts",
    )
    parser.add_argument(
        "--settings", metavar="FILE", type=Path, help="a TOML or JSON settings file"
    )


def output_language(requested: str | None) -> Language:
    """The language asked for, else the system locale's, else English."""
    if requested in ("en", "es"):
        return requested  # type: ignore[return-value]
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "es" if value.lower().startswith("es") else "en"
    code = locale.getlocale()[0] or ""
    return "es" if code.lower().startswith("es") else "en"


def load_and_assess(
    args: argparse.Namespace, path: str | None = None
) -> tuple[Profile, Assessment]:
    """Reads the profile (``path``, else the one named on the command line) and judges it."""

    from preflight.core.importers import load_profile, read_ahead

    source = path if path is not None else args.path
    # A PDF is read in a child process: started first, it runs while spaCy loads here.
    read_ahead(source)
    from preflight.core.scoring import assess

    settings = load_settings(args.settings) if args.settings else Settings()
    as_of: dt.date = args.as_of or dt.date.today()
    profile = load_profile(source, as_of=as_of)
    if args.photo is not None:
        profile = _with_photo(profile, args.photo, settings, output_language(args.lang))
    assessment = assess(
        profile,
        as_of=as_of,
        language=output_language(args.lang),
        settings=settings,
        confirmed=args.confirm,
    )
    return profile, assessment


def _with_photo(profile: Profile, photo: Path, settings: Settings, language: Language) -> Profile:
    """The profile with ``photo`` attached; whatever goes wrong names the photo, not the profile."""
    from preflight.core.importers.reading import display_name, display_path
    from preflight.core.photo import attach_photo  # only needed (and loaded) with --photo

    try:
        return attach_photo(profile, photo, settings.photo)
    except MemoryError as error:
        raise input_error("photo.out_of_memory", name=display_name(photo)) from error
    except (RecursionError, ValueError, OSError, LookupError, TypeError) as error:
        from preflight.core.messages import messages

        msg = messages(language)
        message = msg("cli.check.unexpected", path=display_path(photo), error=type(error).__name__)
        raise InputError(message, msg("cli.check.unexpected_hint")) from error


def paths_of(args: argparse.Namespace) -> list[str]:
    """The PATHs given, with ``args.path`` set to the first (as single-path code expects)."""
    paths: list[str] = list(getattr(args, "paths", None) or [args.path])
    args.path = paths[0]
    return paths


def combined_exit(codes: list[int]) -> int:
    """2 if any input failed, else 1 if any profile is not ready, else 0."""
    if EXIT_BAD_INPUT in codes:
        return EXIT_BAD_INPUT
    return EXIT_NOT_READY if EXIT_NOT_READY in codes else EXIT_READY


def report_input_error(error: InputError, language: Language = "en") -> int:
    """Prints an input error as one or two plain lines in ``language`` and returns exit code 2."""
    from preflight.core.messages import messages

    message, hint = error.localized(messages(language))
    # A file name may hold a newline or an escape sequence: each line stays one plain line.
    print(f"preflight: {terminal_safe(message, keep_newlines=False)}", file=sys.stderr)
    if hint:
        print(terminal_safe(hint, keep_newlines=False), file=sys.stderr)
    return EXIT_BAD_INPUT


def terminal_safe(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with what a terminal would act on shown escaped instead (``\\x1b[31m``).

    Control characters (ANSI escape sequences, carriage returns, C1 controls), bidirectional
    overrides that reorder what is shown, and the lone surrogates Python keeps for the bytes of a
    file name that is not UTF-8 (shown as the byte, ``caf\\xe9.txt``). Tabs stay, newlines too
    unless ``keep_newlines`` is False.
    """
    pattern = _UNSAFE if keep_newlines else _UNSAFE_OR_NEWLINE
    return pattern.sub(_escaped, text)


def json_safe(text: str) -> str:
    """JSON text with the same characters written as ``\\uXXXX`` escapes (still valid JSON)."""
    return _UNSAFE_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE = re.compile(f"[{_CONTROLS}]")
_UNSAFE_OR_NEWLINE = re.compile(f"[{_CONTROLS}\n]")
# json.dumps already escapes C0 controls; C1 controls, overrides and surrogates it leaves raw.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-26") from exc


def _check_ids(text: str) -> frozenset[CheckId]:
    ids = [part.strip().lower() for part in text.split(",") if part.strip()]
    valid = {c.value for c in CheckId}
    unknown = [i for i in ids if i not in valid]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown check {', '.join(unknown)}; choose from {', '.join(c.value for c in CheckId)}"
        )
    return frozenset(CheckId(i) for i in ids)
