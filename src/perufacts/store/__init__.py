"""Finding, reading and validating the fact store, with a cache of stores already validated.

A store is validated in full (strict JSON, pydantic types, cross-checks against the source)
into an SQLite database the first time a version of the file is seen; the database is kept in
the cache folder (``cache.py``), so later runs skip the validation, the import of pydantic and
even the parse. Every run, cached or not, reads its Store the same way: from such a database
(``records.CachedStore``).

The package, bottom up: ``files`` (regular-file guards), ``jsonparse`` (strict JSON),
``validation`` (pydantic types), ``integrity`` (cross-checks), ``records`` (the SQLite store),
``cache`` (validated copies), and here the entry points.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from perufacts.errors import StoreError, count_problems
from perufacts.models import Store
from perufacts.store import cache
from perufacts.store.files import (
    MAX_BYTES,
    open_regular_file,
    read_open_file,
    read_regular_file,
    read_source_text,
    real_store_path,
    stat_regular_file,
)
from perufacts.store.jsonparse import MAX_DEPTH, parse_json
from perufacts.store.records import (
    CachedStore,
    Database,
    build_database,
    store_from_dict,
    write_derived,
    write_listing,
)

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "STORE_ENV",
    "CachedStore",
    "Store",
    "bundled_store_path",
    "close_store",
    "damaged_cache",
    "front_end_call",
    "load_store",
    "opened_store",
    "parse_json",
    "read_regular_file",
    "read_source_text",
    "real_store_path",
    "resolve_store_path",
    "stat_regular_file",
    "store_from_dict",
    "validate_bytes",
]

STORE_ENV = "PERUFACTS_STORE"
# The problems of an invalid store listed at most; the rest are counted.
LISTED = 10


def bundled_store_path() -> Path:
    """The store shipped with perufacts: inside the installed package, or data/ in a checkout."""
    packaged = Path(__file__).parents[1] / "data" / "facts.json"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[3] / "data" / "facts.json"


def resolve_store_path(path: str | Path | None) -> Path:
    """The store to use: ``path`` if given, else $PERUFACTS_STORE, else the bundled one."""
    chosen = path or os.environ.get(STORE_ENV) or None
    return Path(chosen).expanduser() if chosen else bundled_store_path()


# The databases of the stores loaded during the current call of a front end, closed when the
# call ends. A context variable, not a global: the MCP server runs calls side by side, each in
# a task of its own, and runs their tools on worker threads, which inherit the task's context.
_call_databases: ContextVar[list[Database] | None] = ContextVar("call_databases", default=None)


def load_store(
    path: str | Path | None = None, *, use_cache: bool = True, revalidate: bool = False
) -> Store:
    """The store at ``path``, validated once and then read from the cache; raise StoreError.

    ``revalidate`` validates in full even when the cache vouches for the store, and leaves the
    result in the cache; ``use_cache=False`` neither reads nor writes the cache. Links are
    followed once: the store and its sources are read from the folder of the file itself.
    Its database is closed when the front end's call (``front_end_call``) ends, or by
    ``close_store``; outside a call, ``opened_store`` is the way to have it closed.
    """
    store = _load(path, use_cache=use_cache, revalidate=revalidate)
    databases = _call_databases.get()
    if databases is not None and isinstance(store, CachedStore):
        databases.append(store.database)
    return store


@contextmanager
def opened_store(path: str | Path | None = None) -> Iterator[Store]:
    """The store at ``path`` (as ``load_store``), its database closed when the block ends."""
    store = load_store(path)
    try:
        yield store
    finally:
        close_store(store)


def close_store(store: Store) -> None:
    """Close the database of a store that ``load_store`` gave (a closed one may be closed again)."""
    if isinstance(store, CachedStore):
        store.database.close()
        databases = _call_databases.get()
        if databases is not None and store.database in databases:
            databases.remove(store.database)


@contextmanager
def front_end_call() -> Iterator[None]:
    """One call of a front end (a command, a tool call), around all of its work.

    Earlier calls' cache files are not its own (``damaged_cache``), and every database a store
    loaded during the call is closed when it ends, never left to the garbage collector.
    """
    token = _call_databases.set([])
    try:
        with cache.call():
            yield
    finally:
        databases = _call_databases.get() or []
        _call_databases.reset(token)
        while databases:
            databases.pop().close()


def _load(path: str | Path | None, *, use_cache: bool, revalidate: bool) -> Store:
    """``load_store``'s work: the cache if it vouches for the store, else a full validation."""
    store_path = real_store_path(resolve_store_path(path))
    before_ns = time.time_ns()
    fd, info = open_regular_file(store_path, "store")
    try:
        folder = _cache_folder() if use_cache else None
        if folder is None:
            return _validate(fd, store_path, info)[1]
        if not revalidate and (found := _cached(folder, store_path, info)) is not None:
            return found
        if cache.blocked(folder / _cache_name(folder, store_path, info)):
            return _validate(fd, store_path, info)[1]  # named once; no copy can be saved there
        with cache.build_lock(folder, store_path):
            for attempt in range(2):
                if attempt or _replaced(store_path, info):
                    # Replaced while this process waited for the lock (or while it validated,
                    # below): the file there now is the store, and it may be cached already.
                    os.close(fd)
                    fd = -1
                    before_ns = time.time_ns()
                    fd, info = open_regular_file(store_path, "store")
                # Another process may have built it while this one waited.
                if not revalidate and (found := _cached(folder, store_path, info)) is not None:
                    return found
                db, store, read = _validate(fd, store_path, info)
                # A file that moved while it was validated is not vouched for: validated once
                # more from the new file, or (if that moves too) answered uncached.
                if cache.unchanged(read):
                    key = cache.cache_key(store_path, info, folder)
                    meta = {"key": key, **cache.files_entry(read, before_ns)}
                    cache.save(db, folder, cache.file_name(store_path, key), meta)
                    return store
                if attempt:
                    return store
                db.close()
            raise AssertionError("unreachable: the second attempt returns")
    finally:
        if fd >= 0:
            os.close(fd)


def _cache_name(folder: Path, store_path: Path, info: os.stat_result) -> str:
    """The name of the cache file for this version of the store."""
    return cache.file_name(store_path, cache.cache_key(store_path, info, folder))


def _cached(folder: Path, store_path: Path, info: os.stat_result) -> CachedStore | None:
    """The store from its cache file, if the cache vouches for this version of it."""
    key = cache.cache_key(store_path, info, folder)
    name = cache.file_name(store_path, key)
    db = cache.lookup(folder, name, key, {store_path: cache.identity(info)})
    return None if db is None else _opened(db, _recovery(store_path, info, folder / name))


def _replaced(store_path: Path, info: os.stat_result) -> bool:
    """True when the name no longer holds the version of the store read as ``info``."""
    try:
        return cache.identity(os.stat(store_path)) != cache.identity(info)
    except (OSError, ValueError):
        return False  # gone: the version already open is the one to answer from


def _opened(
    db: sqlite3.Connection, recover: Callable[[sqlite3.DatabaseError], sqlite3.Connection]
) -> CachedStore:
    """The store of a cached database; the database closed if even that fails."""
    try:
        return CachedStore(db, recover)
    except BaseException:
        db.close()
        raise


def damaged_cache(exc: BaseException | None) -> StoreError | None:
    """The error to report when ``exc`` came from a cache file of this call found damaged as read.

    A cached store validates again when its file proves damaged while it is read; if even that
    fails, the front end's call ends with ``exc``. The cache files the call opened are removed
    then, so that the next call validates the store again. None, and nothing removed, when
    ``exc`` is no database error or the call opened no cache file.
    """
    if not isinstance(exc, sqlite3.DatabaseError) or not cache.opened():
        return None
    damaged = cache.discard_opened()
    return StoreError(
        f"the cache file {damaged[0]} is damaged and has been removed; run the command again"
    )


def _recovery(
    store_path: Path, info: os.stat_result, cache_file: Path
) -> Callable[[sqlite3.DatabaseError], sqlite3.Connection]:
    """What a cached store does if its file proves damaged while read: discard it, validate again.

    ``info`` is the version of the store the cache file answered for.
    """

    def recover(exc: sqlite3.DatabaseError) -> sqlite3.Connection:
        """The database of the store validated again (and cached again)."""
        cache.discard(cache_file, f"it is damaged ({type(exc).__name__}: {exc})")
        fresh = load_store(store_path, revalidate=True)
        assert isinstance(fresh, CachedStore)  # every Store load_store makes is one
        if _replaced(store_path, info):
            # Another version stands there now: the query goes on from where it was, and its
            # rows would come from two stores. Damage, not recovered from: run it again.
            close_store(fresh)
            raise exc
        return fresh.database.connection

    return recover


def _cache_folder() -> Path | None:
    """The cache folder to use this run (created if missing), or None: disabled or untrusted."""
    if not cache.cache_enabled():
        return None
    folder = cache.cache_dir()
    return folder if folder is not None and cache.ensure_folder(folder) else None


def _validate(
    fd: int, store_path: Path, info: os.stat_result
) -> tuple[sqlite3.Connection, Store, dict[Path, tuple[cache.Identity, str]]]:
    """Validate the store open on ``fd``: its database, Store, and each file read (identity, hash)."""
    sources: dict[Path, os.stat_result] = {}
    try:
        raw = read_open_file(fd, store_path, "store")
        with _no_cycle_collection():
            db, store = validate_bytes(raw, store_path.parent, read=sources)
    except MemoryError:
        raise StoreError(
            f"cannot load store {store_path}: not enough memory for {info.st_size:,} bytes"
        ) from None
    import hashlib  # only when a store is validated: a lookup never hashes

    read = {store_path: (cache.identity(info), hashlib.sha256(raw).hexdigest())}
    for source in store.sources:
        source_path = store_path.parent / source.file
        if source_path in sources:  # validation checked its sha256 against this one
            read[source_path] = (cache.identity(sources[source_path]), source.sha256)
    return db, store, read


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


def validate_bytes(
    raw: bytes, base_dir: Path, *, read: dict[Path, os.stat_result] | None = None
) -> tuple[sqlite3.Connection, Store]:
    """Validate a store's bytes in full; return its database and Store, or raise StoreError.

    ``read`` receives each source file read and the status it was read with.
    """
    data = parse_json(raw)
    # Imported here: pydantic is needed only when a store is actually validated.
    from perufacts.store.integrity import check_store
    from perufacts.store.validation import check_types

    found = check_types(data, listed=LISTED)
    if found.lines:
        raise _invalid(found.lines, found.total, exact=found.exact)
    db = build_database(data)
    try:
        store = CachedStore(db)
        problems = check_store(store, base_dir, read)
        if problems:
            raise _invalid(problems, len(problems))
        # What the claim checker needs of every figure is derived once, here, and cached with it.
        from perufacts.checking.frames import build_index

        write_derived(db, "frames", build_index(store).to_data())
        write_listing(db, store)
    except BaseException:
        db.close()
        raise
    return db, store


def _invalid(problems: list[str], total: int, *, exact: bool = True) -> StoreError:
    """The error for an invalid store: its first problems listed, and how many there are.

    ``exact`` False: ``total`` is a lower bound, and the counts say "at least".
    """
    listed = problems[:LISTED]
    more = total - len(listed)
    if more > 0:
        listed.append(f"and {count_problems(more, exact=exact, more=True)}")
    if total == 1 and exact:
        message = f"store is invalid: {problems[0]}"
    else:
        message = (
            f"store is invalid: {count_problems(total, exact=exact)}; the first: {problems[0]}"
        )
    return StoreError(message, problems=listed, total=total, exact=exact)
