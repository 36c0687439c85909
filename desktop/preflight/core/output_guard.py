"""Files the user names as output: never an input or inside one, and written all or nothing."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Literal

from preflight.core.errors import InputError, input_error
from preflight.core.safe_write import NotAFileError, atomic_path

_FileId = tuple[int, int]
OutputKind = Literal["report", "cropped photo"]
# Why a write failed, in words a user can act on; other errors quote the system's reason.
_WRITE_FAILURES = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EFBIG: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
}


def check_output(output: Path, inputs: Iterable[Path | str | None]) -> None:
    """Raises InputError when ``output`` cannot safely be (re)placed by a new file.

    Refused: an existing output that is not a regular file (folder, device such as /dev/full,
    FIFO, socket); an output that is the same file as an input, however it is reached (resolved
    path, symbolic link, hard link: device and inode); an output inside an input folder or ZIP.
    """
    _check_kind(output)
    resolved = _resolve(output)
    output_id = _file_id(output)
    ancestors = [(parent, _file_id(parent)) for parent in resolved.parents]
    for given in inputs:
        if given is None or str(given) in ("", "-"):
            continue
        source = Path(given)
        source_resolved = _resolve(source)
        source_id = _file_id(source)
        if resolved == source_resolved or (output_id is not None and output_id == source_id):
            raise input_error("output.is_input", path=str(output), input=source.name)
        for parent, parent_id in ancestors:
            if parent == source_resolved or (parent_id is not None and parent_id == source_id):
                raise input_error("output.inside_input", path=str(output), input=source.name)


def _check_kind(output: Path) -> None:
    try:
        status = output.stat()
    except OSError:
        return  # absent (or unreachable: the write itself will say why)
    if stat.S_ISDIR(status.st_mode):
        raise input_error("output.folder", path=str(output))
    if not stat.S_ISREG(status.st_mode):
        raise input_error("output.special", path=str(output))


def _resolve(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return path.absolute()


def _file_id(path: Path) -> _FileId | None:
    try:
        status = path.stat()
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def check_folder(kind: OutputKind, path: Path) -> None:
    """Raises InputError when ``path``'s folder is missing or plainly cannot be written to.

    A cheap early answer (before minutes of work); the write itself still checks everything.
    """
    fail = _FAILURES[kind]
    folder = path.parent
    if not folder.is_dir():
        raise fail("", path, os.strerror(errno.ENOENT))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise fail("read_only", path, os.strerror(errno.EACCES))


@contextlib.contextmanager
def user_output(kind: OutputKind, path: Path, *, overwrite: bool = True) -> Iterator[Path]:
    """``atomic_path`` for a file the user named: the folder must exist, failures are InputErrors.

    Yields the temporary file to write; ``path`` changes only if the whole body succeeds. The new
    file gets the usual permissions (0666 less the umask), a replaced one keeps its own.
    """
    fail = _FAILURES[kind]
    if not path.parent.is_dir():  # atomic_path would create it; a user's typo must not
        raise fail("", path, os.strerror(errno.ENOENT))
    try:
        with atomic_path(path, overwrite=overwrite) as temporary:
            yield temporary
    except NotAFileError as exc:
        if path.is_dir():
            raise input_error("output.folder", path=str(path)) from exc
        raise input_error("output.special", path=str(path)) from exc
    except FileExistsError:
        raise
    except OSError as exc:
        raise fail(_WRITE_FAILURES.get(exc.errno or 0, ""), path, exc.strerror or exc) from exc


def _report_failure(why: str, path: Path, reason: object) -> InputError:
    if why == "disk_full":
        return input_error("report.disk_full", path=str(path))
    if why == "read_only":
        return input_error("report.read_only", path=str(path))
    return input_error("report.cannot_write", path=str(path), reason=reason)


def _crop_failure(why: str, path: Path, reason: object) -> InputError:
    if why == "disk_full":
        return input_error("photo.crop.disk_full", path=str(path))
    if why == "read_only":
        return input_error("photo.crop.read_only", path=str(path))
    return input_error("photo.crop.cannot_save", path=str(path), reason=reason)


_FAILURES: dict[OutputKind, Callable[[str, Path, object], InputError]] = {
    "report": _report_failure,
    "cropped photo": _crop_failure,
}
