"""Writing files all or nothing: a temporary file in the target folder, synced, then renamed."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path


class NotAFileError(OSError):
    """The target exists but is not a regular file (a folder, device, FIFO or socket)."""


def _umask() -> int:
    """The process's umask, read without changing it where Linux allows (threads may be writing)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _permissions_for(old: os.stat_result | None) -> int:
    """The mode the new file gets: the old file's mode, else 0o666 less the umask."""
    return stat.S_IMODE(old.st_mode) if old is not None else 0o666 & ~_umask()


def _sync_folder(folder: Path) -> None:
    """Makes the rename itself durable (best effort: some file systems refuse to open folders)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def existing_target(path: Path) -> os.stat_result | None:
    """The target's status (following links), None if absent; NotAFileError if not a file."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(status.st_mode):
        raise NotAFileError(errno.EEXIST, "not a regular file", str(path))
    return status


@contextlib.contextmanager
def atomic_path(path: Path, *, overwrite: bool = True) -> Iterator[Path]:
    """Yields a temporary path beside ``path``; on success it is synced and renamed over ``path``.

    For writers that want a file name (Qt's PDF writer, Pillow). If the body raises, the temporary
    file is removed and ``path`` is left exactly as it was. A target that exists but is not a
    regular file is never replaced (NotAFileError); a symbolic link is written through, so the
    link stays. A replaced file keeps its permissions; a new one gets 0o666 less the umask. With
    ``overwrite=False`` an existing target is left alone and FileExistsError is raised, even if
    it appears while writing.
    """
    if overwrite and path.is_symlink():
        path = Path(os.path.realpath(path))
    old = existing_target(path) if overwrite else None
    path.parent.mkdir(parents=True, exist_ok=True)
    # A shortened name: the temporary file must fit the 255-byte limit when the target does.
    stem = path.name.encode("utf-8", "surrogateescape")[:150].decode("utf-8", "ignore")
    handle, name = tempfile.mkstemp(prefix=f".{stem}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    mode = _permissions_for(old)
    try:
        yield temporary
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        temporary.chmod(mode)  # mkstemp makes files only the owner can read
        if overwrite:
            existing_target(path)  # it may have become a folder or device meanwhile
            temporary.replace(path)
        else:
            _publish_new(temporary, path)
        _sync_folder(path.parent)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _publish_new(temporary: Path, path: Path) -> None:
    """Gives ``temporary`` the name ``path`` only if that name is free (FileExistsError if not)."""
    try:
        os.link(temporary, path)  # fails if the name exists: nothing is ever replaced
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        # A file system without hard links (FAT, some network shares): check, then rename.
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "file exists", str(path)) from exc
        temporary.replace(path)
        return
    temporary.unlink()


def write_atomically(path: Path, data: str | bytes) -> None:
    """Writes ``data`` (text as UTF-8) to ``path`` all or nothing; on failure the old file stays."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(path) as temporary, temporary.open("wb") as stream:
        stream.write(payload)
        stream.flush()
