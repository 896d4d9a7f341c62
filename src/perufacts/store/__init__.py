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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from perufacts.errors import StoreError
from perufacts.models import Store
from perufacts.store import cache
from perufacts.store.files import (
    MAX_BYTES,
    read_regular_file,
    read_source_text,
    stat_regular_file,
)
from perufacts.store.jsonparse import MAX_DEPTH, parse_json
from perufacts.store.records import CachedStore, build_database, store_from_dict, write_meta

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "STORE_ENV",
    "CachedStore",
    "Store",
    "bundled_store_path",
    "load_store",
    "parse_json",
    "read_regular_file",
    "read_source_text",
    "resolve_store_path",
    "stat_regular_file",
    "store_from_dict",
    "validate_bytes",
]

STORE_ENV = "PERUFACTS_STORE"


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


def load_store(
    path: str | Path | None = None, *, use_cache: bool = True, revalidate: bool = False
) -> Store:
    """The store at ``path``, validated once and then read from the cache; raise StoreError.

    ``revalidate`` validates in full even when the cache vouches for the store, and leaves the
    result in the cache; ``use_cache=False`` neither reads nor writes the cache.
    """
    store_path = resolve_store_path(path)
    info = stat_regular_file(store_path, "store")
    key = cache.cache_key(store_path, info) if use_cache and cache.cache_enabled() else None
    if key is not None and not revalidate:
        cached = cache.open_cache(cache.cache_file(key), key)
        if cached is not None:
            return CachedStore(cached)
    with _no_cycle_collection():
        db, store = validate_bytes(read_regular_file(store_path, "store"), store_path.parent)
    stable = cache.identity(stat_regular_file(store_path, "store")) == cache.identity(info)
    if key is not None and stable:
        write_meta(db, {"key": key, "sources": cache.source_stats(store, store_path.parent)})
        cache.save_cache(db, cache.cache_file(key))
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
    from perufacts.store.integrity import check_store
    from perufacts.store.validation import check_types

    problems = check_types(raw)
    if problems:
        raise StoreError(_summary(problems), problems=problems)
    db = build_database(data)
    store = CachedStore(db)
    problems = check_store(store, base_dir)
    if problems:
        raise StoreError(_summary(problems), problems=problems)
    return db, store


def _summary(problems: list[str]) -> str:
    """The one-line message for a list of problems."""
    if len(problems) == 1:
        return f"store is invalid: {problems[0]}"
    return f"store is invalid: {len(problems)} problems; the first: {problems[0]}"
