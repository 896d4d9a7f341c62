"""Reading the store and its sources: regular files only, within a size limit, or StoreError."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from perufacts.errors import StoreError
from perufacts.models import Source

MAX_BYTES = 256 * 1024 * 1024


def stat_regular_file(path: Path, what: str) -> os.stat_result:
    """A regular file's status, or StoreError "cannot read WHAT PATH: why" for anything else."""
    try:
        info = path.stat()
    except FileNotFoundError:
        kind = "a dangling link" if path.is_symlink() else "no such file"
        raise StoreError(f"cannot read {what} {path}: {kind}") from None
    except OSError as exc:
        raise StoreError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
    except ValueError as exc:  # a NUL in a name that came from the store's JSON
        raise StoreError(f"cannot read {what} {path}: {exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise StoreError(f"cannot read {what} {path}: it is a directory")
    if not stat.S_ISREG(info.st_mode):
        # Opening a FIFO would block until a writer appears, and /dev/zero never ends: refuse
        # before opening.
        raise StoreError(f"cannot read {what} {path}: not a regular file")
    if info.st_size > MAX_BYTES:
        raise StoreError(f"{what} {path} is {info.st_size:,} bytes; the limit is {MAX_BYTES:,}")
    return info


def read_regular_file(path: Path, what: str) -> bytes:
    """A regular file's bytes, or StoreError "cannot read WHAT PATH: why" for anything else."""
    stat_regular_file(path, what)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise StoreError(f"cannot read {what} {path}: {exc.strerror or exc}") from None


def read_source_text(store_path: Path, source: Source) -> str:
    """The text of a source document kept beside the store (refused as the store would be)."""
    path = store_path.parent / source.file
    try:
        return read_regular_file(path, "source").decode("utf-8")
    except UnicodeDecodeError:
        raise StoreError(f"cannot read source {path}: not UTF-8 text") from None
