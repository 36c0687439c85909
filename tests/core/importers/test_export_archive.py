"""Bad and odd containers: broken and unrelated ZIPs, ZIP bombs, partial exports, loose names."""

from __future__ import annotations

import os
import shutil
import struct
import threading
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from preflight.core.errors import InputError
from preflight.core.importers.export import archive, read_export
from preflight.core.importers.export.archive import normalise_name
from preflight.core.models import Profile
from tests.core.importers._export_helpers import zip_folder


@pytest.fixture
def exports(fixtures: Path) -> Path:
    return fixtures / "export"


@pytest.mark.parametrize(
    ("file_name", "expected"),
    [
        ("Profile.csv", "profile"),
        ("Rich Media.csv", "rich_media"),
        ("Rich_Media.csv", "rich_media"),
        ("Shares_1158443584.csv", "shares"),
        ("SHARES.CSV", "shares"),
        ("Basic_LinkedInDataExport_07-11-2023/Profile Summary.csv", "profile_summary"),
        ("Jobs\\Saved Jobs.csv", "saved_jobs"),
        (
            "Job Applicant Saved Screening Question Responses_1.csv",
            "job_applicant_saved_screening_question_responses",
        ),
    ],
)
def test_file_names_match_loosely(file_name: str, expected: str) -> None:
    assert normalise_name(file_name) == expected


def test_truncated_zip_is_refused_with_advice_to_download_again(exports: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_export(exports / "broken" / "truncated-export.zip")
    assert "damaged or incomplete" in caught.value.message
    assert "Download the export again" in caught.value.hint


def test_zip_with_a_corrupted_entry_is_refused(exports: Path, tmp_path: Path) -> None:
    target = zip_folder(exports / "2023-basic", tmp_path / "export.zip")
    data = bytearray(target.read_bytes())
    start = data.index(b"Profile.csv") + len("Profile.csv")
    data[start + 5 : start + 40] = b"\xff" * 35  # scramble the deflated bytes of Profile.csv
    target.write_bytes(bytes(data))
    with pytest.raises(InputError, match="cannot be read"):
        read_export(target)


def test_unrelated_zip_and_folder_are_not_taken_for_an_export(
    exports: Path, tmp_path: Path
) -> None:
    unrelated_zip = zip_folder(exports / "unrelated-folder", tmp_path / "invoices.zip")
    for path in (unrelated_zip, exports / "unrelated-folder"):
        with pytest.raises(InputError) as caught:
            read_export(path)
        assert "does not look like a LinkedIn data export" in caught.value.message
        assert "Get a copy of your data" in caught.value.hint


def test_zip_whose_profile_csv_is_not_linkedins_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "other.zip"
    with zipfile.ZipFile(target, "w") as bundle:
        bundle.writestr("Profile.csv", "id,score\n1,20\n")
    with pytest.raises(InputError, match="does not look like a LinkedIn data export"):
        read_export(target)


def test_folder_holding_the_export_zip_points_to_the_zip(exports: Path, tmp_path: Path) -> None:
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    zip_folder(exports / "2023-basic", downloads / "Basic_LinkedInDataExport_07-11-2023.zip")
    with pytest.raises(InputError) as caught:
        read_export(downloads)
    assert "Basic_LinkedInDataExport_07-11-2023.zip" in caught.value.hint


def test_rich_media_alone_is_a_partial_export_without_a_profile(
    tmp_path: Path, exports: Path
) -> None:
    folder = tmp_path / "partial"
    folder.mkdir()
    rich_media = exports / "2026-complete" / "Rich_Media.csv"
    (folder / "Rich_Media.csv").write_bytes(rich_media.read_bytes())
    with pytest.raises(InputError) as caught:
        read_export(folder)
    assert "part of a LinkedIn data export but no Profile.csv" in caught.value.message


def _zip_bomb(target: Path, *, name: str, gib: int) -> Path:
    """A ZIP whose one entry inflates to ``gib`` GiB of zeros (built without inflating it)."""
    chunk = bytes(1 << 20)
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflater.compress(chunk) + deflater.flush(zlib.Z_FULL_FLUSH)
    # After a full flush the deflater starts afresh, so every further MiB of zeros deflates alike.
    repeat = deflater.compress(chunk) + deflater.flush(zlib.Z_FULL_FLUSH)
    chunks = gib * 1024
    body = block + repeat * (chunks - 1) + deflater.flush()
    crc = 0
    for _ in range(chunks):
        crc = zlib.crc32(chunk, crc)
    size = chunks * len(chunk)
    encoded = name.encode()
    local = struct.pack(
        "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(body), size, len(encoded), 0
    )
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(body), size,
        len(encoded), 0, 0, 0, 0, 0, 0,
    )  # fmt: skip
    directory = central + encoded
    offset = len(local) + len(encoded) + len(body)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(directory), offset, 0)
    target.write_bytes(local + encoded + body + directory + end)
    return target


def test_zip_bomb_shares_file_is_refused_within_seconds(tmp_path: Path, exports: Path) -> None:
    bomb = _zip_bomb(tmp_path / "bomb.zip", name="Shares.csv", gib=3)
    with zipfile.ZipFile(bomb, "a") as bundle:  # add a real Profile.csv so the bomb gets opened
        bundle.write(exports / "2026-complete" / "Profile.csv", "Profile.csv")
    assert zipfile.ZipFile(bomb).getinfo("Shares.csv").file_size == 3 * 2**30
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        read_export(bomb)
    assert time.monotonic() - started < 10
    assert "Shares.csv" in caught.value.message
    assert "larger than any LinkedIn export file" in caught.value.message


def test_entry_that_lies_about_its_size_is_cut_off_and_refused(
    tmp_path: Path, exports: Path
) -> None:
    bomb = _zip_bomb(tmp_path / "liar.zip", name="Profile.csv", gib=1)
    data = bytearray(bomb.read_bytes())
    # Both headers now claim 2 KiB; inflating stops there and the checksum cannot match.
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.index(signature) + size_at
        data[at : at + 4] = struct.pack("<I", 2048)
    bomb.write_bytes(bytes(data))
    with pytest.raises(InputError, match="cannot be unpacked"):
        read_export(bomb)


def test_reading_stops_at_the_per_file_cap_in_a_folder(
    tmp_path: Path, exports: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "MAX_FILE_BYTES", 4096)
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Profile.csv").write_bytes((exports / "2023-basic" / "Profile.csv").read_bytes())
    (folder / "Shares.csv").write_bytes(b"Date,ShareLink,ShareCommentary\n" + b"0" * 10_000)
    with pytest.raises(InputError, match=r"Shares\.csv"):
        read_export(folder)


def test_reading_stops_at_the_total_cap(
    tmp_path: Path, exports: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 1500)
    with pytest.raises(InputError, match="more data than a LinkedIn export"):
        read_export(exports / "2026-complete")


def test_unsupported_compression_is_refused(tmp_path: Path, exports: Path) -> None:
    target = zip_folder(exports / "2023-basic", tmp_path / "export.zip")
    data = bytearray(target.read_bytes())
    for signature, method_at in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        position = 0
        while (position := data.find(signature, position)) >= 0:
            data[position + method_at : position + method_at + 2] = struct.pack("<H", 99)
            position += 4
    target.write_bytes(bytes(data))
    with pytest.raises(InputError, match="compression method"):
        read_export(target)


def test_only_needed_entries_are_read(tmp_path: Path, exports: Path) -> None:
    target = zip_folder(exports / "2026-complete", tmp_path / "export.zip")
    # A damaged entry Preflight has no use for must not stop the import.
    with zipfile.ZipFile(target, "a") as bundle:
        bundle.writestr("messages.csv", "FROM,TO\n" * 10)
    data = bytearray(target.read_bytes())
    at = data.index(b"messages.csv") + len("messages.csv")
    data[at : at + 30] = b"\x00" * 30
    target.write_bytes(bytes(data))
    assert read_export(target).name == "Tobias Okafor"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_pipe_named_like_an_export_file_is_skipped_not_waited_on(
    exports: Path, tmp_path: Path
) -> None:
    # Opening a named pipe blocks until something writes to it: the read hung for good.
    folder = tmp_path / "export"
    shutil.copytree(exports / "2023-basic", folder)
    os.mkfifo(folder / "Shares.csv")
    profiles: list[Profile] = []
    reader = threading.Thread(target=lambda: profiles.append(read_export(folder)), daemon=True)
    reader.start()
    reader.join(timeout=20)
    assert not reader.is_alive()
    assert profiles[0].name
    assert profiles[0].posts is None  # no Shares.csv that can be read
