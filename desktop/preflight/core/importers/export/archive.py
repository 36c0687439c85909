"""The export's files, from a ZIP or a folder, found by loose name and read with size caps."""

from __future__ import annotations

import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from types import TracebackType

from preflight.core.errors import InputError, input_error
from preflight.core.importers.reading import file_kind

# A real export's CSVs are a few MB; these caps only stop ZIP bombs and mistaken inputs.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
# A folder search stops after listing this many entries, or below this depth (someone may pick
# their home folder). Listing a name is cheap (no stat, nothing read); 200,000 take well under a
# second, and a Downloads folder of 20,000 files or more still has its export found inside.
MAX_FOLDER_ENTRIES = 200_000
MAX_FOLDER_DEPTH = 6
_CHUNK = 1024 * 1024
_MEMBER_ID = re.compile(r"_\d+$")


def normalise_name(file_name: str) -> str:
    """The loose key of a file: 'Shares_1158443584.csv' and 'shares.CSV' both give 'shares'."""
    name = PurePosixPath(file_name.replace("\\", "/")).name.lower()
    if name.endswith(".csv"):
        name = name[: -len(".csv")]
    name = name.strip().replace(" ", "_")
    return _MEMBER_ID.sub("", name)


def _is_csv(file_name: str) -> bool:
    return file_name.lower().endswith(".csv")


class ExportArchive:
    """Read access to the CSV files of one export, by loose name, within the byte caps."""

    def __init__(self, path: Path, *, data: bytes | None = None) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._entries: dict[str, str] = {}
        self._total_read = 0
        # ZIP files found in a folder given to us (the user may have picked the download folder).
        self.zip_files_inside: list[str] = []
        if data is None and file_kind(path) == "folder":
            self._entries = _index_folder(path, self.zip_files_inside)
        else:
            self._zip = _open_zip(path, data)
            self._entries = _index_zip(self._zip)

    def __enter__(self) -> ExportArchive:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Releases the ZIP file handle."""
        if self._zip is not None:
            self._zip.close()

    def names(self) -> set[str]:
        """The loose names of every CSV file in the export."""
        return set(self._entries)

    def has(self, name: str) -> bool:
        """True when the export holds a file with this loose name."""
        return name in self._entries

    def display_name(self, name: str) -> str:
        """The file's own name, for messages ('Rich Media.csv')."""
        return PurePosixPath(self._entries[name].replace("\\", "/")).name

    def read(self, name: str) -> bytes | None:
        """The bytes of the file with this loose name, or None when the export has none."""
        entry = self._entries.get(name)
        if entry is None:
            return None
        if self._zip is not None:
            return self._read_zip_entry(self._zip, entry)
        return self._read_file(Path(entry))

    def _read_zip_entry(self, archive: zipfile.ZipFile, entry: str) -> bytes:
        info = archive.getinfo(entry)
        label = PurePosixPath(entry).name
        if info.file_size > MAX_FILE_BYTES:
            raise _too_big(label, self.path)
        try:
            with archive.open(info) as stream:
                return self._read_capped(iter(lambda: stream.read(_CHUNK), b""), label)
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            ValueError,
            struct.error,
            OverflowError,
        ) as exc:
            name = self.path.name
            raise input_error("export.damaged.entry", name=name, label=label, detail=exc) from exc
        except NotImplementedError as exc:
            name = self.path.name
            raise input_error("export.damaged.compression", name=name, label=label) from exc
        except RuntimeError as exc:  # encrypted entries
            raise input_error("export.password", name=self.path.name, label=label) from exc

    def _read_file(self, file: Path) -> bytes:
        try:
            with file.open("rb") as handle:
                return self._read_capped(iter(lambda: handle.read(_CHUNK), b""), file.name)
        except OSError as exc:
            raise _cannot_read(file, exc) from exc

    def _read_capped(self, chunks: Iterator[bytes], label: str) -> bytes:
        """Reads chunk by chunk and stops once a cap is passed, whatever the header claimed."""
        parts: list[bytes] = []
        size = 0
        for chunk in chunks:
            size += len(chunk)
            self._total_read += len(chunk)
            if size > MAX_FILE_BYTES:
                raise _too_big(label, self.path)
            if self._total_read > MAX_TOTAL_BYTES:
                mib = MAX_TOTAL_BYTES // 2**20
                raise input_error("export.too_much", name=self.path.name, mib=mib)
            parts.append(chunk)
        return b"".join(parts)


def _open_zip(path: Path, data: bytes | None) -> zipfile.ZipFile:
    try:
        if data is not None:
            return zipfile.ZipFile(io.BytesIO(data))
        if file_kind(path) == "pipe":  # a FIFO or device was refused by file_kind itself
            raise input_error("export.not_an_export", name=path.name)
        return zipfile.ZipFile(path)
    # A damaged central directory surfaces as any of these (fuzzing found each one).
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        ValueError,
        NotImplementedError,
        struct.error,
        OverflowError,
    ) as exc:
        raise input_error("export.damaged.zip", name=path.name) from exc
    except OSError as exc:
        raise _cannot_read(path, exc) from exc


def _index_zip(archive: zipfile.ZipFile) -> dict[str, str]:
    entries: dict[str, str] = {}
    for info in archive.infolist():
        if info.is_dir() or not _is_csv(info.filename):
            continue
        # The shallowest entry wins when two folders hold the same name (e.g. Verifications/).
        key = normalise_name(info.filename)
        if key not in entries or _depth(info.filename) < _depth(entries[key]):
            entries[key] = info.filename
    return entries


def _index_folder(root: Path, zip_files: list[str]) -> dict[str, str]:
    """The CSV files under ``root`` by loose name, the shallowest of each name winning.

    Breadth first, so an export folder beside thousands of other files is reached as soon as its
    parent is listed, not after a walk through every other folder first. Only CSV entries are
    stat-ed; symbolic links to folders are not followed (a link loop would never end).
    """
    entries: dict[str, str] = {}
    zips: list[tuple[int, str]] = []
    listed = 0
    level = [root]
    for depth in range(MAX_FOLDER_DEPTH):
        below: list[Path] = []
        for folder in level:
            try:
                with os.scandir(folder) as scan:
                    for entry in scan:
                        listed += 1
                        if listed > MAX_FOLDER_ENTRIES:
                            break
                        _note_entry(entry, depth, entries, below, zips)
            except OSError:
                continue  # an unreadable subfolder: the rest of the export may still be there
        level = sorted(below)
        if listed > MAX_FOLDER_ENTRIES:
            break
    zip_files.extend(name for _, name in sorted(zips))
    return entries


def _note_entry(
    entry: os.DirEntry[str],
    depth: int,
    entries: dict[str, str],
    below: list[Path],
    zips: list[tuple[int, str]],
) -> None:
    """Files one entry of a listed folder: a subfolder to list next, a ZIP, or a CSV."""
    try:
        if entry.is_dir(follow_symlinks=False):
            below.append(Path(entry.path))
            return
        name = entry.name
        if name.lower().endswith(".zip"):
            zips.append((depth, name))
        if not _is_csv(name) or not entry.is_file():  # a pipe or device named .csv would block
            return
    except OSError:
        return
    key = normalise_name(name)
    known = entries.get(key)
    if known is None or (_depth(entry.path), entry.path) < (_depth(known), known):
        entries[key] = entry.path


def _depth(name: str) -> int:
    return name.replace("\\", "/").count("/")


def _too_big(label: str, path: Path) -> InputError:
    mib = MAX_FILE_BYTES // 2**20
    return input_error("export.file_too_big", label=label, name=path.name, mib=mib)


def _cannot_read(path: Path, exc: OSError) -> InputError:
    return input_error("file.cannot_read", name=path.name, reason=exc.strerror or exc)
