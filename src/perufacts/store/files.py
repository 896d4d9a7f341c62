"""Reading the store and its sources: regular files only, within a size limit, or StoreError.

A file is opened once, checked and read through that one descriptor, and its status is taken
from the same descriptor (``fstat``): what the cache records about a file is then what was read,
never what a later look at the name found.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from perufacts.errors import StoreError
from perufacts.models import Source

MAX_BYTES = 256 * 1024 * 1024
# Open without blocking (a FIFO would wait for a writer) and without leaking to children.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def real_store_path(path: Path) -> Path:
    """The store file that ``path`` names once every link is followed: the one path used for it.

    Its sources are looked up beside this file, never beside a link to it, so that one store
    file always means one set of sources (and the cache, keyed by this path, cannot confuse two).
    """
    try:
        return Path(os.path.realpath(path, strict=True))
    except (OSError, ValueError):  # missing, a dangling link or a loop: reported on opening
        return path


def _cannot(what: str, path: Path, why: str) -> StoreError:
    """The one error for a file that cannot be used."""
    return StoreError(f"cannot read {what} {path}: {why}")


# What stands at a path when it is not a regular file, for the messages that refuse it.
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def kind_of(mode: int) -> str | None:
    """What a file of this mode is when it is not a regular file ("a FIFO (named pipe)")."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "a special file")


def _check_status(info: os.stat_result, path: Path, what: str) -> None:
    """Refuse anything but a regular file within the size limit."""
    kind = kind_of(info.st_mode)
    if kind == "a directory":
        raise _cannot(what, path, "it is a directory")
    if kind is not None:
        # Reading a FIFO would block until a writer appears, and /dev/zero never ends.
        raise _cannot(what, path, f"it is {kind}, not a regular file")
    if info.st_size > MAX_BYTES:
        raise StoreError(f"{what} {path} is {info.st_size:,} bytes; the limit is {MAX_BYTES:,}")


def _os_error(exc: OSError | ValueError, path: Path, what: str) -> StoreError:
    """The StoreError for a failed open or stat."""
    if isinstance(exc, FileNotFoundError):
        return _cannot(what, path, "a dangling link" if path.is_symlink() else "no such file")
    if isinstance(exc, ValueError):  # a NUL in a name that came from the store's JSON
        # Named here: Python's own words for it change between versions.
        return _cannot(what, path, "a NUL byte in its name")
    return _cannot(what, path, exc.strerror or str(exc))


def open_regular_file(path: Path, what: str) -> tuple[int, os.stat_result]:
    """An open descriptor on a regular file and its status from that descriptor; or StoreError."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except (OSError, ValueError) as exc:
        raise _os_error(exc, path, what) from None
    try:
        info = os.fstat(fd)
        _check_status(info, path, what)
    except BaseException:
        os.close(fd)
        raise
    return fd, info


def stat_regular_file(path: Path, what: str) -> os.stat_result:
    """A regular file's status (from an open descriptor), or StoreError for anything else."""
    fd, info = open_regular_file(path, what)
    os.close(fd)
    return info


def read_open_file(fd: int, path: Path, what: str) -> bytes:
    """The bytes of a file opened by ``open_regular_file`` (the descriptor stays open)."""
    chunks = []
    total = 0
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_BYTES:  # the file grew after it was checked
                raise StoreError(f"{what} {path} is over {MAX_BYTES:,} bytes, the limit")
    except OSError as exc:
        raise _cannot(what, path, exc.strerror or str(exc)) from None
    return b"".join(chunks)


def read_file(path: Path, what: str) -> tuple[bytes, os.stat_result]:
    """A regular file's bytes and the status of the very descriptor they were read from."""
    fd, info = open_regular_file(path, what)
    try:
        return read_open_file(fd, path, what), info
    finally:
        os.close(fd)


def read_regular_file(path: Path, what: str) -> bytes:
    """A regular file's bytes, or StoreError "cannot read WHAT PATH: why" for anything else."""
    return read_file(path, what)[0]


def read_source_text(store_path: Path, source: Source) -> str:
    """The text of a source document beside the (resolved) store, checked against its sha256."""
    import hashlib  # importing it costs a few milliseconds: only where a text is shown

    path = real_store_path(store_path).parent / source.file
    data = read_regular_file(path, "source")
    if hashlib.sha256(data).hexdigest() != source.sha256:
        # The store vouches for one text: a file changed since it was validated is not that text.
        raise _cannot("source", path, "its sha256 is not the one the store records")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise _cannot("source", path, "not UTF-8 text") from None
