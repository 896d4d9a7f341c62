"""The cache of validated stores: an SQLite copy of each, known by its path, size and time.

Like Python's own .pyc files, a validated store is known by its path, size and modification
time, so that a lookup never reads, let alone parses, a large store; the source files it was
checked against are vouched for the same way.
"""

from __future__ import annotations

import os
import sqlite3
import zlib
from pathlib import Path
from typing import Any

from perufacts import __version__
from perufacts.models import Store
from perufacts.store.records import read_meta

CACHE_ENV = "PERUFACTS_CACHE_DIR"
NO_CACHE_ENV = "PERUFACTS_NO_CACHE"
# Bump when validation rules or the database's layout change, so that stores validated by
# older code are checked (and laid out) again.
_RULES = "6"  # 6: each topic's statement lines kept (SECTION_LINES)


def cache_enabled() -> bool:
    """False when PERUFACTS_NO_CACHE is set."""
    return os.environ.get(NO_CACHE_ENV, "") in ("", "0")


def cache_dir() -> Path:
    """Where validated stores are kept ($PERUFACTS_CACHE_DIR, else the XDG cache)."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "perufacts"


def identity(info: os.stat_result) -> tuple[int, int, int, int]:
    """What tells a file's versions apart (not its access time, which reading it changes)."""
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def cache_key(store_path: Path, info: os.stat_result) -> str:
    """What identifies one version of a store file, with the code that validated it."""
    return f"{store_path.resolve()}\0{info.st_size}\0{info.st_mtime_ns}\0{__version__}\0{_RULES}"


def cache_file(key: str) -> Path:
    """Where the validated copy of the store with this key is kept."""
    data = key.encode()
    return cache_dir() / f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}.sqlite"


def source_stats(store: Store, base_dir: Path) -> list[dict[str, Any]]:
    """Each source file's resolved path, size and modification time."""
    entries = []
    for source in store.sources:
        path = (base_dir / source.file).resolve()
        info = path.stat()
        entries.append({"path": str(path), "size": info.st_size, "mtime_ns": info.st_mtime_ns})
    return entries


def open_cache(cache: Path, key: str) -> sqlite3.Connection | None:
    """The cached database, if it exists and every source file it vouched for is unchanged."""
    if not cache.is_file():
        return None
    try:
        db = sqlite3.connect(f"{cache.as_uri()}?mode=ro", uri=True)
        meta = read_meta(db)
        if meta["key"] != key:
            return None
        for entry in meta["sources"]:
            info = Path(entry["path"]).stat()
            if (info.st_size, info.st_mtime_ns) != (entry["size"], entry["mtime_ns"]):
                return None
        return db
    except (OSError, sqlite3.Error, ValueError, KeyError, TypeError):
        return None


def save_cache(db: sqlite3.Connection, cache: Path) -> None:
    """Keep a copy of the database; a cache that cannot be written is simply skipped."""
    import tempfile  # only on the rare run that writes the cache

    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix=".store-", suffix=".tmp")
        os.close(fd)
    except OSError:
        return
    try:
        copy = sqlite3.connect(tmp)
        with copy:
            db.backup(copy)
        copy.close()
        os.replace(tmp, cache)
    except (OSError, sqlite3.Error):
        return
    finally:
        Path(tmp).unlink(missing_ok=True)
