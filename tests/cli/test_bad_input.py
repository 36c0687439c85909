"""Hostile input end to end: ``preflight check`` and ``report`` in a subprocess capped at 1 GiB.

Each case must end with exit code 2 and one or two plain lines on stderr (or, for hostile text
inside a valid profile, a normal verdict), within the time limit, never with a traceback.
"""

from __future__ import annotations

import io
import json
import os
import resource
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.importers._pdf_helpers import content_encoded_twice

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "linkedin-export"
LINKEDIN_PDF = REPO / "tests" / "fixtures" / "pdf" / "linkedin_en.pdf"
RESUME = REPO / "tests" / "fixtures" / "checks" / "en-strong.json"
MEMORY_CAP = 1024**3
TIMEOUT_SECONDS = 20
# What the command line prints for a bug or an exhausted memory cap instead of a clear refusal.
NOT_A_REFUSAL = ("Traceback", "internal error", "MemoryError", "RecursionError", "bug in Preflight")

Maker = Callable[[Path], Path]


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _cap_memory_and_close_stdin() -> None:
    _cap_memory()
    os.close(0)


def preflight(
    *args: str | Path,
    stdin: Path | None = None,
    lang: str = "en",
    pass_fds: tuple[int, ...] = (),
    close_stdin: bool = False,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Runs ``preflight ARGS`` in a fresh process under the memory cap and the time limit."""
    environment = {
        **os.environ,
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "QT_QPA_PLATFORM": "offscreen",
        **(env or {}),
    }
    environment.pop("PREFLIGHT_DEBUG", None)
    command = [sys.executable, "-m", "preflight", *map(str, args), "--lang", lang]
    with (stdin or Path(os.devnull)).open("rb") as source:
        return subprocess.run(
            command,
            stdin=source,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=environment,
            preexec_fn=_cap_memory_and_close_stdin if close_stdin else _cap_memory,
            pass_fds=pass_fds,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )


def assert_refused(done: subprocess.CompletedProcess[str]) -> None:
    """Exit 2 with one or two plain lines saying what is wrong, nothing on stdout."""
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert not [marker for marker in NOT_A_REFUSAL if marker in done.stderr], done.stderr
    assert done.stderr.startswith("preflight: ")
    assert 1 <= len(done.stderr.strip().splitlines()) <= 2, done.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def _sample_files() -> dict[str, bytes]:
    return {f"Basic_LinkedInDataExport/{p.name}": p.read_bytes() for p in SAMPLE.iterdir()}


def _export_zip(tmp: Path) -> Path:
    return _zip(tmp / "Basic_LinkedInDataExport_11-26-2026.zip", _sample_files())


def _truncated_zip(tmp: Path) -> Path:
    whole = _export_zip(tmp).read_bytes()
    return _write(tmp / "cut.zip", whole[: len(whole) // 2])


def _corrupt_zip(tmp: Path) -> Path:
    whole = bytearray(_export_zip(tmp).read_bytes())
    for offset in range(40, len(whole) - 200, 97):  # scribble over the compressed data
        whole[offset] ^= 0x5A
    return _write(tmp / "corrupt.zip", bytes(whole))


def _many_entries_zip(tmp: Path) -> Path:
    return _zip(tmp / "many.zip", {f"notes/{n:05}.csv": b"a,b\n1,2\n" for n in range(10_000)})


def _many_entries_export(tmp: Path) -> Path:
    files = _sample_files()
    files.update({f"Basic_LinkedInDataExport/Extra_{n:05}.csv": b"x\n" for n in range(10_000)})
    return _zip(tmp / "export-with-extras.zip", files)


def _unrelated_zip(tmp: Path) -> Path:
    from PIL import Image

    photo = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 120, 90)).save(photo, "JPEG")
    return _zip(tmp / "holiday.zip", {"IMG_0001.jpg": photo.getvalue(), "notes.txt": b"beach\n"})


def _unrelated_csv(tmp: Path) -> Path:
    rows = "date,amount,category\n" + "2026-01-02,12.50,groceries\n" * 200
    return _write(tmp / "budget.csv", rows.encode())


def _random(name: str) -> Maker:
    return lambda tmp: _write(tmp / name, os.urandom(256 * 1024))


def _deep_json(tmp: Path) -> Path:
    depth = 200_000
    return _write(tmp / "deep.json", b'{"basics":' + b"[" * depth + b"]" * depth + b"}")


def _deep_object_json(tmp: Path) -> Path:
    depth = 100_000
    return _write(tmp / "deep-object.json", b'{"a":' * depth + b"1" + b"}" * depth)


def _pdf(tmp: Path, name: str, metadata: dict[str, str]) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    writer.add_metadata(metadata)
    path = tmp / name
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _other_pdf(tmp: Path) -> Path:
    return _pdf(tmp, "invoice.pdf", {"/Author": "Accounts", "/Title": "Invoice 2026-118"})


def _empty_linkedin_pdf(tmp: Path) -> Path:
    return _pdf(tmp, "Profile.pdf", {"/Author": "LinkedIn", "/Title": "Resume"})


def _damaged_pdf(tmp: Path) -> Path:
    data = bytearray(LINKEDIN_PDF.read_bytes())
    for offset in range(64, len(data) - 64, 7):  # everything but the head and the %%EOF tail
        data[offset] = (data[offset] * 31 + 17) % 256
    return _write(tmp / "Profile-damaged.pdf", bytes(data))


def _truncated_pdf(tmp: Path) -> Path:
    data = LINKEDIN_PDF.read_bytes()
    return _write(tmp / "Profile-cut.pdf", data[: len(data) // 2])


def _pdf_content_encoded_twice(tmp: Path) -> Path:
    # [/ASCIIHexDecode /FlateDecode] inflating to 1.5 GB: PDFium aborted the process (exit 134).
    return _write(tmp / "Profile.pdf", content_encoded_twice())


def _no_export_folder(tmp: Path) -> Path:
    folder = tmp / "Downloads"
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "cat.jpg").write_bytes(os.urandom(2048))
    (folder / "todo.txt").write_text("milk\n")
    (folder / "budget.csv").write_text("a,b\n1,2\n")
    return folder


def _paste_with_nul(tmp: Path) -> Path:
    text = "Dana Whitfield\nAccount Executive\nAbout\nI help\x00 teams\x00\x00 close.\n"
    return _write(tmp / "paste.txt", text.encode() * 50)


def _huge_paste(tmp: Path) -> Path:
    page = (REPO / "tests" / "fixtures" / "pasted" / "profile_en.txt").read_bytes()
    path = tmp / "huge-paste.txt"
    with path.open("wb") as handle:
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(page)
    return path


BAD_INPUTS: dict[str, Maker] = {
    "truncated-zip": _truncated_zip,
    "corrupt-zip": _corrupt_zip,
    "zip-with-thousands-of-entries": _many_entries_zip,
    "unrelated-zip": _unrelated_zip,
    "unrelated-csv": _unrelated_csv,
    "empty-file": lambda tmp: _write(tmp / "profile.json", b""),
    "binary-file": lambda tmp: _write(tmp / "program.bin", bytes(range(256)) * 64),
    "random-txt": _random("profile.txt"),
    "random-json": _random("resume.json"),
    "random-pdf": _random("Profile.pdf"),
    "random-zip": _random("export.zip"),
    "broken-json": lambda tmp: _write(tmp / "resume.json", b'{"basics": {"name": "Dana"'),
    "non-resume-json": lambda tmp: _write(tmp / "package.json", b'{"name": "x", "version": "1"}'),
    "json-array": lambda tmp: _write(tmp / "list.json", b"[1, 2, 3]"),
    "deeply-nested-json": _deep_json,
    "deeply-nested-json-objects": _deep_object_json,
    "non-linkedin-pdf": _other_pdf,
    "linkedin-pdf-with-no-text": _empty_linkedin_pdf,
    "damaged-pdf": _damaged_pdf,
    "truncated-pdf": _truncated_pdf,
    "pdf-content-encoded-twice": _pdf_content_encoded_twice,
    "huge-paste-file": _huge_paste,
    "paste-with-nul-bytes": _paste_with_nul,
    "folder-without-export": _no_export_folder,
    "missing-path": lambda tmp: tmp / "nowhere" / "export.zip",
}


@pytest.mark.parametrize("make", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_input_is_refused_in_two_lines(tmp_path: Path, make: Maker) -> None:
    assert_refused(preflight("check", make(tmp_path)))


@pytest.fixture(scope="session")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real export whose Shares.csv inflates to 3 GiB of zeros (about 3 MB on disk)."""
    path = tmp_path_factory.mktemp("bomb") / "Basic_LinkedInDataExport_bomb.zip"
    zeros = bytes(16 * 1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in _sample_files().items():
            if not name.endswith("Shares.csv"):
                archive.writestr(name, data)
        with archive.open("Basic_LinkedInDataExport/Shares.csv", "w", force_zip64=True) as entry:
            for _ in range(3 * 64):
                entry.write(zeros)
    return path


def test_zip_bomb_is_refused(zip_bomb: Path) -> None:
    done = preflight("check", zip_bomb)
    assert_refused(done)
    assert "Shares.csv" in done.stderr


def test_many_files_each_under_the_cap_are_refused_by_the_total_cap(tmp_path: Path) -> None:
    files = {name: data for name, data in _sample_files().items() if name.endswith("Profile.csv")}
    filler = b"\n" * (60 * 1024 * 1024)
    for name in ("Positions", "Skills", "Education", "Rich_Media", "Connections", "Shares"):
        files[f"Basic_LinkedInDataExport/{name}.csv"] = filler
    assert_refused(preflight("check", _zip(tmp_path / "stuffed.zip", files)))


def test_export_among_thousands_of_other_entries_is_read(tmp_path: Path) -> None:
    done = preflight("check", _many_entries_export(tmp_path), "--json")
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["profile"]["name"] == "Maya Castellanos"


def test_huge_paste_on_standard_input_is_refused(tmp_path: Path) -> None:
    assert_refused(preflight("check", "-", stdin=_huge_paste(tmp_path)))


def test_binary_on_standard_input_is_refused(tmp_path: Path) -> None:
    assert_refused(preflight("check", "-", stdin=_random("noise.bin")(tmp_path)))


HOSTILE_HEADLINE = "Account Executive <b>bold</b> helping SaaS teams <script>alert(1)</script>"
HOSTILE_ABOUT = (
    "I help SaaS finance teams close the quarter in 5 days instead of 12. "
    '<img src=x onerror="alert(2)"> &lt;not an entity&gt; {name} %s \\u0000'
)


def _hostile_paste(tmp: Path) -> Path:
    text = (
        "Dana Whitfield\n"
        f"{HOSTILE_HEADLINE}\n"
        "About\n"
        f"{HOSTILE_ABOUT}\n"
        "Experience\n"
        "Account Executive\n"
        "Northwind Ledger · Full-time\n"
        "Jan 2023 - Present · 3 yrs 11 mos\n"
    )
    return _write(tmp / "hostile.txt", text.encode())


@pytest.mark.parametrize("from_stdin", [False, True], ids=["file", "stdin"])
def test_html_and_script_in_a_paste_stay_literal_text(tmp_path: Path, from_stdin: bool) -> None:
    paste = _hostile_paste(tmp_path)
    if from_stdin:
        done = preflight("check", "-", "--json", stdin=paste)
    else:
        done = preflight("check", paste, "--json")
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    data = json.loads(done.stdout)
    assert data["profile"]["name"] == "Dana Whitfield"
    assert data["profile"]["headline"] == HOSTILE_HEADLINE


def test_html_in_a_paste_is_escaped_in_the_html_report(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    done = preflight("report", _hostile_paste(tmp_path), "-o", out, "--html")
    assert done.returncode in (0, 1), done.stderr
    html = out.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html


def test_nul_bytes_inside_a_resume_stay_text(tmp_path: Path) -> None:
    resume = json.loads(RESUME.read_text(encoding="utf-8"))
    resume["basics"]["summary"] += " Null\u0000 byte."
    path = _write(tmp_path / "nul.json", json.dumps(resume).encode())
    done = preflight("check", path, "--json")
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["profile"]["name"] == resume["basics"]["name"]


def _text_file(tmp: Path) -> Path:
    return _write(tmp / "me.jpg", b"this is not a photo\n")


PHOTO_INPUTS: dict[str, Maker] = {
    "text-named-jpg": _text_file,
    "random-bytes": _random("me.png"),
    "folder": lambda tmp: tmp,
    "missing": lambda tmp: tmp / "me.webp",
}


@pytest.mark.parametrize("make", PHOTO_INPUTS.values(), ids=PHOTO_INPUTS.keys())
def test_photo_that_is_not_an_image_is_refused(tmp_path: Path, make: Maker) -> None:
    assert_refused(preflight("check", RESUME, "--photo", make(tmp_path)))


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _square_transparent_png(path: Path, side: int) -> Path:
    """A half-transparent RGBA PNG of one colour, written row by row (a megabyte or two)."""
    row = b"\x00" + bytes((200, 150, 120, 128)) * side
    packer = zlib.compressobj(1)
    body = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 6, 0, 0, 0)
    chunks = _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", body) + _png_chunk(b"IEND", b"")
    return _write(path, b"\x89PNG\r\n\x1a\n" + chunks)


@pytest.fixture(scope="session")
def huge_transparent_png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 9,999 × 9,999 RGBA PNG (just under the 100-megapixel ceiling)."""
    return _square_transparent_png(tmp_path_factory.mktemp("png") / "huge.png", 9_999)


@pytest.fixture(scope="session")
def large_transparent_png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An 8,888 × 8,888 RGBA PNG: 79 megapixels, under the report thumbnail's 80-megapixel limit."""
    return _square_transparent_png(tmp_path_factory.mktemp("png") / "large.png", 8_888)


def test_photo_just_under_the_pixel_ceiling_is_judged_within_the_memory_cap(
    huge_transparent_png: Path,
) -> None:
    # Composited at full size this needed over 1 GiB and ended as a MemoryError "bug".
    done = preflight("check", RESUME, "--photo", huge_transparent_png, "--json")
    assert done.returncode in (0, 1), done.stderr
    photo = json.loads(done.stdout)["checks"][0]
    assert photo["id"] == "photo"
    assert photo["status"] != "unknown"


SETTINGS_INPUTS: dict[str, Maker] = {
    "random-bytes": _random("settings.toml"),
    "broken-toml": lambda tmp: _write(tmp / "settings.toml", b"[skills\npass_min = 5\n"),
    "wrong-type": lambda tmp: _write(tmp / "settings.toml", b'[skills]\npass_min = "five"\n'),
    "unknown-key": lambda tmp: _write(tmp / "settings.toml", b"[karma]\nlevel = 3\n"),
    "json-list": lambda tmp: _write(tmp / "settings.json", b"[1, 2]"),
    "deep-json": lambda tmp: _write(tmp / "settings.json", b"[" * 100_000 + b"]" * 100_000),
    "folder": lambda tmp: tmp,
    "missing": lambda tmp: tmp / "settings.toml",
}


@pytest.mark.parametrize("make", SETTINGS_INPUTS.values(), ids=SETTINGS_INPUTS.keys())
def test_bad_settings_file_is_refused(tmp_path: Path, make: Maker) -> None:
    assert_refused(preflight("check", RESUME, "--settings", make(tmp_path)))


REPORT_INPUTS: dict[str, Maker] = {
    "truncated-zip": _truncated_zip,
    "random-pdf": _random("Profile.pdf"),
    "non-resume-json": lambda tmp: _write(tmp / "package.json", b'{"name": "x"}'),
}


@pytest.mark.parametrize("make", REPORT_INPUTS.values(), ids=REPORT_INPUTS.keys())
def test_report_refuses_bad_input_and_writes_nothing(tmp_path: Path, make: Maker) -> None:
    out = tmp_path / "x.pdf"
    assert_refused(preflight("report", make(tmp_path), "-o", out))
    assert not out.exists()


def test_report_refuses_a_zip_bomb(tmp_path: Path, zip_bomb: Path) -> None:
    out = tmp_path / "x.pdf"
    assert_refused(preflight("report", zip_bomb, "-o", out))
    assert not out.exists()


def test_report_refuses_a_bad_photo(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    assert_refused(preflight("report", RESUME, "--photo", _text_file(tmp_path), "-o", out))
    assert not out.exists()


@pytest.mark.parametrize("html", [False, True], ids=["pdf", "html"])
def test_report_with_a_79_megapixel_transparent_photo_fits_the_memory_cap(
    tmp_path: Path, large_transparent_png: Path, html: bool
) -> None:
    # The round thumbnail was made from the full-size image and ended as a MemoryError "bug".
    out = tmp_path / ("report.html" if html else "report.pdf")
    flags = ["--html"] if html else []
    done = preflight("report", RESUME, "--photo", large_transparent_png, "-o", out, *flags)
    assert done.returncode in (0, 1), done.stderr
    if html:
        assert "data:image/png;base64," in out.read_text(encoding="utf-8")
    else:
        assert out.read_bytes().startswith(b"%PDF")


def test_report_to_a_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    assert_refused(preflight("report", RESUME, "-o", tmp_path / "missing" / "x.pdf"))


def test_a_spanish_run_says_what_is_wrong_in_spanish(tmp_path: Path) -> None:
    done = preflight("check", _truncated_zip(tmp_path), lang="es")
    assert_refused(done)
    message, hint = done.stderr.strip().splitlines()
    assert (
        message == "preflight: No se puede leer cut.zip: el archivo ZIP está dañado o incompleto."
    )
    assert hint.startswith("Vuelve a descargar la exportación desde LinkedIn")


def test_a_spanish_report_says_what_is_wrong_in_spanish(tmp_path: Path) -> None:
    settings = _write(tmp_path / "ajustes.toml", b"[skills\n")
    done = preflight("report", RESUME, "--settings", settings, "-o", tmp_path / "x.pdf", lang="es")
    assert_refused(done)
    assert "El archivo de ajustes ajustes.toml no es TOML ni JSON válido." in done.stderr


def test_a_spanish_pdf_report_to_a_missing_folder_says_so_in_spanish(tmp_path: Path) -> None:
    out = tmp_path / "falta" / "informe.pdf"
    done = preflight("report", RESUME, "-o", out, lang="es")
    assert_refused(done)
    message, hint = done.stderr.strip().splitlines()
    assert message.startswith(f"preflight: No se puede escribir el informe en {out}: ")
    assert hint == "Elige una carpeta en la que puedas escribir."


def test_resume_with_endless_jobs_and_skills_is_judged_in_time(tmp_path: Path) -> None:
    job = {"name": "Acme", "position": "Account Executive", "startDate": "2020-01"}
    resume = {
        "basics": {"name": "Ines Okafor", "label": "Account Executive"},
        "work": [job] * 100_000,
        "skills": [{"name": f"Skill {n}"} for n in range(100_000)],
    }
    path = _write(tmp_path / "endless.json", json.dumps(resume).encode())
    done = preflight("check", path, "--json")
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["profile"]["name"] == "Ines Okafor"


@pytest.mark.parametrize("field", ["label", "summary"], ids=["headline", "about"])
def test_resume_with_a_wall_of_emoji_is_judged_in_time(tmp_path: Path, field: str) -> None:
    # spaCy's tokenizer took 22 s over 20,000 emoji with no space between them.
    resume = json.loads(RESUME.read_text(encoding="utf-8"))
    resume["basics"][field] = "🚀" * 20_000
    path = _write(tmp_path / "emoji.json", json.dumps(resume, ensure_ascii=False).encode())
    done = preflight("check", path, "--json")
    assert done.returncode in (0, 1), done.stderr
    data = json.loads(done.stdout)
    assert data["profile"]["name"] == resume["basics"]["name"]
