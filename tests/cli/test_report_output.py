"""``preflight report -o`` never overwrites an input and never leaves a half-written report.

Each case runs the command line in a subprocess under the bad-input tests' memory cap and time
limit, and checks that it ends with exit 2 and one or two plain lines, that every input file
keeps its exact bytes, and that no temporary file is left behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.cli.test_bad_input import (
    LINKEDIN_PDF,
    RESUME,
    SAMPLE,
    _export_zip,
    assert_refused,
    preflight,
)


def _snapshot(*roots: Path) -> dict[Path, bytes]:
    """The bytes of every file under ``roots`` (files themselves, or folders walked)."""
    files: dict[Path, bytes] = {}
    for root in roots:
        paths = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        files.update({path: path.read_bytes() for path in paths})
    return files


def _assert_unchanged(before: dict[Path, bytes]) -> None:
    after = {path: path.read_bytes() for path in before}
    assert after == before, "an input file was changed"


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.fixture(autouse=True)
def committed_inputs_stay_as_they_were() -> Iterator[None]:
    """The committed fixtures some cases read in place must come out byte for byte the same."""
    before = _snapshot(RESUME, LINKEDIN_PDF, SAMPLE)
    yield
    _assert_unchanged(before)


@pytest.fixture
def linkedin_pdf(tmp_path: Path) -> Path:
    return Path(shutil.copyfile(LINKEDIN_PDF, tmp_path / "Profile.pdf"))


@pytest.fixture
def resume(tmp_path: Path) -> Path:
    return Path(shutil.copyfile(RESUME, tmp_path / "resume.json"))


@pytest.fixture
def export_folder(tmp_path: Path) -> Path:
    return Path(shutil.copytree(SAMPLE, tmp_path / "Basic_LinkedInDataExport"))


def test_report_of_a_pdf_onto_itself_is_refused(linkedin_pdf: Path) -> None:
    before = _snapshot(linkedin_pdf)
    done = preflight("report", linkedin_pdf, "-o", linkedin_pdf)
    assert_refused(done)
    assert "same file as the input Profile.pdf" in done.stderr
    _assert_unchanged(before)


@pytest.mark.parametrize("html", [False, True], ids=["pdf", "html"])
def test_report_onto_the_export_zip_is_refused(tmp_path: Path, html: bool) -> None:
    archive = _export_zip(tmp_path)
    before = _snapshot(archive)
    flags = ["--html"] if html else []
    assert_refused(preflight("report", archive, "-o", archive, *flags))
    _assert_unchanged(before)


@pytest.mark.parametrize("name", ["Profile.csv", "report.pdf"], ids=["existing", "new"])
def test_report_inside_the_export_folder_is_refused(export_folder: Path, name: str) -> None:
    before = _snapshot(export_folder)
    done = preflight("report", export_folder, "-o", export_folder / name)
    assert_refused(done)
    assert "inside the input Basic_LinkedInDataExport" in done.stderr
    _assert_unchanged(before)
    assert sorted(p.name for p in export_folder.iterdir()) == sorted(
        p.name for p in SAMPLE.iterdir()
    )


def test_report_onto_a_json_resume_is_refused(resume: Path) -> None:
    before = _snapshot(resume)
    assert_refused(preflight("report", resume, "-o", resume, "--html"))
    _assert_unchanged(before)


def test_report_onto_the_photo_is_refused(tmp_path: Path, resume: Path) -> None:
    from PIL import Image

    photo = tmp_path / "me.jpg"
    Image.new("RGB", (400, 400), (180, 140, 120)).save(photo, quality=90)
    before = _snapshot(resume, photo)
    done = preflight("report", resume, "--photo", photo, "-o", photo)
    assert_refused(done)
    assert "me.jpg" in done.stderr
    _assert_unchanged(before)


def test_report_onto_the_settings_file_is_refused(tmp_path: Path, resume: Path) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text("[skills]\npass_min = 8\n", encoding="utf-8")
    before = _snapshot(resume, settings)
    assert_refused(preflight("report", resume, "--settings", settings, "-o", settings, "--html"))
    _assert_unchanged(before)


LINKS: dict[str, Callable[[Path, Path], None]] = {
    "symlink": lambda link, target: link.symlink_to(target),
    "hard-link": lambda link, target: os.link(target, link),
}


@pytest.mark.parametrize("make_link", LINKS.values(), ids=LINKS.keys())
def test_report_onto_a_link_to_the_input_is_refused(
    tmp_path: Path, linkedin_pdf: Path, make_link: Callable[[Path, Path], None]
) -> None:
    link = tmp_path / "report.pdf"
    make_link(link, linkedin_pdf)
    before = _snapshot(linkedin_pdf)
    assert_refused(preflight("report", linkedin_pdf, "-o", link))
    _assert_unchanged(before)
    assert os.path.lexists(link)


def test_report_onto_a_symlink_to_the_export_folder_is_refused(
    tmp_path: Path, export_folder: Path
) -> None:
    alias = tmp_path / "alias"
    alias.symlink_to(export_folder, target_is_directory=True)
    before = _snapshot(export_folder)
    assert_refused(preflight("report", export_folder, "-o", alias / "Profile.csv", "--html"))
    _assert_unchanged(before)


def test_report_to_dev_full_is_refused_before_writing() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("this system has no /dev/full")
    done = preflight("report", RESUME, "-o", "/dev/full")
    assert_refused(done)
    assert "not a regular file" in done.stderr
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode), "the device node must stay a device"


def test_report_to_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "report.pdf"
    os.mkfifo(fifo)
    assert_refused(preflight("report", RESUME, "-o", fifo))
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_report_to_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    done = preflight("report", RESUME, "-o", folder, "--html")
    assert_refused(done)
    assert "is a folder" in done.stderr
    assert list(folder.iterdir()) == []


def test_a_spanish_refusal_is_in_spanish(linkedin_pdf: Path) -> None:
    done = preflight("report", linkedin_pdf, "-o", linkedin_pdf, lang="es")
    assert_refused(done)
    assert "es el mismo archivo que la entrada Profile.pdf" in done.stderr


def _mount_tmpfs(folder: Path, options: str) -> None:
    """Mounts a small tmpfs on ``folder``, or skips the test saying why it cannot."""
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs (a full or read-only disk); run as root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}")


@contextlib.contextmanager
def _mounted(folder: Path, options: str) -> Iterator[Path]:
    folder.mkdir()
    _mount_tmpfs(folder, options)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


YESTERDAY = b"<!DOCTYPE html><p>Yesterday's report, which must survive.</p>\n"


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KiB tmpfs holding yesterday's report and a filler that leaves it full."""
    with _mounted(tmp_path / "disk", "size=256k,mode=0755") as disk:
        (disk / "report.html").write_bytes(YESTERDAY)
        (disk / "report.pdf").write_bytes(YESTERDAY)
        with (disk / "filler").open("wb", buffering=0) as filler, contextlib.suppress(OSError):
            while True:
                filler.write(b"\0" * 4096)
        yield disk


@pytest.mark.slow
@pytest.mark.parametrize("html", [True, False], ids=["html", "pdf"])
def test_report_on_a_full_disk_keeps_yesterdays_report(full_disk: Path, html: bool) -> None:
    target = full_disk / ("report.html" if html else "report.pdf")
    flags = ["--html"] if html else []
    done = preflight("report", RESUME, "-o", target, *flags)
    assert_refused(done)
    assert "the disk is full" in done.stderr
    assert "Wrote" not in done.stderr
    assert target.read_bytes() == YESTERDAY
    assert _leftovers(full_disk) == []


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder holding yesterday's report that cannot be written to (read-only mount as root)."""
    folder = tmp_path / "readonly"
    if os.geteuid() == 0:  # root writes through permissions: make the whole file system read-only
        with _mounted(folder, "size=64k") as mounted:
            (mounted / "report.html").write_bytes(YESTERDAY)
            subprocess.run(["mount", "-o", "remount,ro", str(mounted)], check=True)
            yield mounted
        return
    folder.mkdir()
    (folder / "report.html").write_bytes(YESTERDAY)
    folder.chmod(0o555)
    try:
        yield folder
    finally:
        folder.chmod(0o755)


def test_report_into_a_read_only_folder_is_refused(read_only_folder: Path) -> None:
    target = read_only_folder / "report.html"
    done = preflight("report", RESUME, "-o", target, "--html", lang="es")
    assert_refused(done)
    assert "solo lectura" in done.stderr
    assert target.read_bytes() == YESTERDAY
    assert _leftovers(read_only_folder) == []


@pytest.mark.slow
def test_report_replaces_yesterdays_report_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_bytes(YESTERDAY)
    target.chmod(0o640)
    done = preflight("report", RESUME, "-o", target, "--html")
    assert done.returncode in (0, 1), done.stderr
    assert done.stdout.startswith(f"Wrote {target}")
    assert target.read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640, "a replaced report keeps its permissions"
    assert _leftovers(tmp_path) == []
