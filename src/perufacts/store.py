"""Finding, reading and validating the fact store, with a cache of stores already validated.

A store is validated in full (JSON hygiene, pydantic types, cross-checks against the source)
into an SQLite database the first time a version of the file is seen; the database is kept in
the cache folder, keyed like a .pyc file by the store's path, size and modification time, so
later runs skip the validation, the import of pydantic and even the parse. Every run, cached
or not, reads its Store the same way: from such a database (``records.store_from_database``).
"""

from __future__ import annotations

import gc
import json
import math
import os
import sqlite3
import stat
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from perufacts import __version__
from perufacts.errors import StoreError, location
from perufacts.models import Source, Store
from perufacts.records import build_database, read_meta, store_from_database, write_meta

MAX_BYTES = 256 * 1024 * 1024
MAX_DEPTH = 32
STORE_ENV = "PERUFACTS_STORE"
CACHE_ENV = "PERUFACTS_CACHE_DIR"
NO_CACHE_ENV = "PERUFACTS_NO_CACHE"
# Bump when validation rules change, so that stores validated by older rules are checked again.
_RULES = "3"


def bundled_store_path() -> Path:
    """The store shipped with perufacts: inside the installed package, or data/ in a checkout."""
    packaged = Path(__file__).parent / "data" / "facts.json"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "data" / "facts.json"


def resolve_store_path(path: str | Path | None) -> Path:
    """The store to use: ``path`` if given, else $PERUFACTS_STORE, else the bundled one."""
    chosen = path or os.environ.get(STORE_ENV) or None
    return Path(chosen).expanduser() if chosen else bundled_store_path()


def load_store(path: str | Path | None = None, *, use_cache: bool = True) -> Store:
    """The store at ``path``, validated once and then read from the cache; raise StoreError."""
    store_path = resolve_store_path(path)
    info = stat_regular_file(store_path, "store")
    key = _cache_key(store_path, info) if use_cache and _cache_enabled() else None
    if key is not None and (db := _open_cache(_cache_file(key), key)) is not None:
        return store_from_database(db)
    with _no_cycle_collection():
        db, store = validate_bytes(read_regular_file(store_path, "store"), store_path.parent)
    if key is not None and _identity(stat_regular_file(store_path, "store")) == _identity(info):
        write_meta(db, {"key": key, "sources": _stats(store, store_path.parent)})
        _save_cache(db, _cache_file(key))
    return store


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector while a store is parsed and validated."""
    # A store is many new objects and no cycles: collecting while they are made cost half the
    # time of loading 100,000 figures.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def validate_bytes(raw: bytes, base_dir: Path) -> tuple[sqlite3.Connection, Store]:
    """Validate a store's bytes in full; return its database and Store, or raise StoreError."""
    data = parse_json(raw)
    # Imported here: pydantic is needed only when a store is actually validated.
    from perufacts.integrity import check_store
    from perufacts.validation import check_types

    problems = check_types(raw)
    if problems:
        raise StoreError(_summary(problems), problems=problems)
    db = build_database(data)
    store = store_from_database(db)
    problems = check_store(store, base_dir)
    if problems:
        raise StoreError(_summary(problems), problems=problems)
    return db, store


def _summary(problems: list[str]) -> str:
    """The one-line message for a list of problems."""
    if len(problems) == 1:
        return f"store is invalid: {problems[0]}"
    return f"store is invalid: {len(problems)} problems; the first: {problems[0]}"


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


class _DuplicateKeys(dict):  # type: ignore[type-arg]
    """A JSON object that had repeated keys; ``repeated`` names them."""

    repeated: list[str]


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, marked when it repeats a key."""
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    marked = _DuplicateKeys(obj)
    seen: set[str] = set()
    marked.repeated = [k for k, _ in pairs if k in seen or seen.add(k)]
    return marked


def _no_constant(name: str) -> float:
    """Refuse NaN and Infinity, which JSON does not have."""
    raise ValueError(f"{name} is not allowed in a store (JSON has no {name})")


def _finite(text: str) -> float:
    """A JSON number that fits in a float."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text} is too large")
    return value


def parse_json(raw: bytes) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN or Infinity, nesting at most MAX_DEPTH."""
    if not raw.strip():
        raise StoreError("store is invalid: the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StoreError(f"store is invalid: not UTF-8 text (byte {exc.start})") from None
    try:
        data = json.loads(
            text, object_pairs_hook=_object, parse_constant=_no_constant, parse_float=_finite
        )
    except json.JSONDecodeError as exc:
        raise StoreError(
            f"store is invalid: not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except ValueError as exc:
        raise StoreError(f"store is invalid: {exc}") from None
    except RecursionError:
        raise StoreError(f"store is invalid: nesting deeper than {MAX_DEPTH} levels") from None
    _check_shape(data)
    return data


def _check_shape(data: Any) -> None:
    """Walk the parsed JSON once for excessive depth and repeated keys, naming the place."""
    stack: list[tuple[Any, tuple[Any, ...]]] = [(data, ())]
    while stack:
        node, path = stack.pop()
        if len(path) > MAX_DEPTH:
            raise StoreError(f"store is invalid: nesting deeper than {MAX_DEPTH} levels")
        if isinstance(node, _DuplicateKeys):
            keys = ", ".join(repr(k) for k in dict.fromkeys(node.repeated))
            where = location(path) if path else "the top-level object"
            raise StoreError(f"store is invalid: {where}: duplicate key {keys}")
        if isinstance(node, dict):
            stack.extend((v, (*path, k)) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(node))


def read_source_text(store_path: Path, source: Source) -> str:
    """The text of a source document kept beside the store (refused as the store would be)."""
    path = store_path.parent / source.file
    try:
        return read_regular_file(path, "source").decode("utf-8")
    except UnicodeDecodeError:
        raise StoreError(f"cannot read source {path}: not UTF-8 text") from None


# --- the cache of validated stores -------------------------------------------------------------


def _cache_enabled() -> bool:
    """False when PERUFACTS_NO_CACHE is set."""
    return os.environ.get(NO_CACHE_ENV, "") in ("", "0")


def cache_dir() -> Path:
    """Where validated stores are kept ($PERUFACTS_CACHE_DIR, else the XDG cache)."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "perufacts"


def _identity(info: os.stat_result) -> tuple[int, int, int, int]:
    """What tells a file's versions apart (not its access time, which reading it changes)."""
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _cache_key(store_path: Path, info: os.stat_result) -> str:
    """What identifies one version of a store file, with the code that validated it."""
    # Like Python's own .pyc files, a validated store is known by its path, size and time:
    # a lookup then never reads, let alone parses, a large store. Sources are checked the same way.
    return f"{store_path.resolve()}\0{info.st_size}\0{info.st_mtime_ns}\0{__version__}\0{_RULES}"


def _cache_file(key: str) -> Path:
    """Where the validated copy of the store with this key is kept."""
    data = key.encode()
    return cache_dir() / f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}.sqlite"


def _stats(store: Store, base_dir: Path) -> list[dict[str, Any]]:
    """Each source file's resolved path, size and modification time."""
    entries = []
    for source in store.sources:
        path = (base_dir / source.file).resolve()
        info = path.stat()
        entries.append({"path": str(path), "size": info.st_size, "mtime_ns": info.st_mtime_ns})
    return entries


def _open_cache(cache: Path, key: str) -> sqlite3.Connection | None:
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


def _save_cache(db: sqlite3.Connection, cache: Path) -> None:
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
