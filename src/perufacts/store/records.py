"""The store's records kept in SQLite and read one row at a time, and the Store built on them.

A validated store is written once into a small SQLite database (in the cache folder, or in
memory when there is none); every Store is read from such a database. Finding one figure in a
store of 100,000 then reads a handful of rows through an index, instead of parsing the file.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

from perufacts.models import (
    Figure,
    Furniture,
    NotFigure,
    Relation,
    Source,
    Statement,
    Store,
    Topic,
)
from perufacts.vocab import Unit, qualifier_named

T = TypeVar("T")

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE records (
    kind TEXT NOT NULL,
    pos INTEGER NOT NULL,
    rid TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (kind, pos)
) WITHOUT ROWID;
CREATE INDEX records_by_id ON records (kind, rid);
"""
KINDS = ("sources", "topics", "statements", "figures", "not_figures", "relations")
# Not a kind of record: each topic's statement lines, derived when the database is built.
SECTION_LINES = "section_lines"


def _source(data: dict[str, Any]) -> Source:
    """A Source from its JSON, its furniture included."""
    furniture = [Furniture(**f) for f in data.get("furniture", ())]
    return Source(**{**data, "furniture": furniture})


BUILDERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "sources": _source,
    "topics": lambda d: Topic(**d),
    "statements": lambda d: Statement(**d),
    "figures": lambda d: Figure(
        **{**d, "unit": Unit(d["unit"]), "qualifier": qualifier_named(d["qualifier"])}
    ),
    "not_figures": lambda d: NotFigure(**d),
    "relations": lambda d: Relation(**d),
}


class Records(Sequence[T], Generic[T]):
    """The records of one kind, built from their rows when first read."""

    def __init__(self, db: sqlite3.Connection, kind: str) -> None:
        self._db = db
        self._kind = kind
        self._build = BUILDERS[kind]
        self._built: dict[int, T] = {}
        self._len: int | None = None

    def __len__(self) -> int:
        if self._len is None:
            query = "SELECT count(*) FROM records WHERE kind = ?"
            self._len = self._db.execute(query, (self._kind,)).fetchone()[0]
        return self._len

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> list[T]: ...
    def __getitem__(self, i: int | slice) -> T | list[T]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if i not in self._built:
            query = "SELECT data FROM records WHERE kind = ? AND pos = ?"
            row = self._db.execute(query, (self._kind, i)).fetchone()
            if row is None:
                raise IndexError(i)
            self._built[i] = self._build(json.loads(row[0]))
        return self._built[i]

    def __iter__(self) -> Iterator[T]:
        query = "SELECT pos, data FROM records WHERE kind = ? ORDER BY pos"
        for pos, data in self._db.execute(query, (self._kind,)):
            if pos not in self._built:
                self._built[pos] = self._build(json.loads(data))
            yield self._built[pos]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"Records({self._kind}, {len(self)} items)"

    def get(self, record_id: str) -> T | None:
        """The record with this id, or None: one indexed read."""
        query = "SELECT pos FROM records WHERE kind = ? AND rid = ? ORDER BY pos LIMIT 1"
        try:
            row = self._db.execute(query, (self._kind, record_id)).fetchone()
        except UnicodeEncodeError:  # a lone surrogate from a mis-decoded argument: no such id
            return None
        return None if row is None else self[row[0]]


def build_database(data: dict[str, Any]) -> sqlite3.Connection:
    """Write a store's parsed JSON into a new database in memory and return it, open."""
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    rows = (
        (kind, pos, item.get("id"), json.dumps(item, ensure_ascii=False))
        for kind in KINDS
        for pos, item in enumerate(data.get(kind, ()))
    )
    with db:
        db.executemany("INSERT INTO records VALUES (?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO records VALUES (?, ?, ?, ?)", _section_rows(data))
    write_meta(db, {"version": data["version"]})
    return db


def _section_rows(data: dict[str, Any]) -> list[tuple[str, int, str, str]]:
    """One row per topic: the lines of its statements, so that a bullet's number is one read."""
    lines: dict[str, set[int]] = {}
    for s in data.get("statements", ()):
        lines.setdefault(s["topic"], set()).add(s["line"])
    return [
        (SECTION_LINES, pos, topic, json.dumps(sorted(found)))
        for pos, (topic, found) in enumerate(lines.items())
    ]


def write_meta(db: sqlite3.Connection, meta: dict[str, Any]) -> None:
    """Set metadata entries (each value stored as JSON)."""
    with db:
        db.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?, ?)",
            [(k, json.dumps(v)) for k, v in meta.items()],
        )


def read_meta(db: sqlite3.Connection) -> dict[str, Any]:
    """The database's metadata (the store's version, the sources it was validated against)."""
    return {k: json.loads(v) for k, v in db.execute("SELECT key, value FROM meta")}


class CachedStore(Store):
    """A Store whose records are read from an SQLite database as they are needed.

    Lookups by id go through the database's index instead of a scan.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._sources = Records[Source](db, "sources")
        self._topics = Records[Topic](db, "topics")
        self._statements = Records[Statement](db, "statements")
        self._figures = Records[Figure](db, "figures")
        super().__init__(
            read_meta(db)["version"], self._sources, self._topics, self._statements,
            self._figures, Records[NotFigure](db, "not_figures"), Records[Relation](db, "relations"),
        )  # fmt: skip

    def source(self, source_id: str) -> Source | None:
        """The source with this id, or None: one indexed read."""
        return self._sources.get(source_id)

    def topic(self, topic_id: str) -> Topic | None:
        """The topic with this id, or None: one indexed read."""
        return self._topics.get(topic_id)

    def statement(self, statement_id: str) -> Statement | None:
        """The statement with this id, or None: one indexed read."""
        return self._statements.get(statement_id)

    def figure(self, figure_id: str) -> Figure | None:
        """The figure with this id, or None: one indexed read."""
        return self._figures.get(figure_id)

    def section_lines(self, topic: str) -> list[int]:
        """The lines that hold a topic's statements: one indexed read."""
        query = "SELECT data FROM records WHERE kind = ? AND rid = ?"
        row = self._db.execute(query, (SECTION_LINES, topic)).fetchone()
        lines: list[int] = json.loads(row[0]) if row else []
        return lines


def store_from_dict(data: dict[str, Any]) -> Store:
    """A Store in memory from JSON that has already been validated (no checks, no SQLite)."""
    return Store(
        version=data["version"],
        **{kind: [BUILDERS[kind](item) for item in data.get(kind, ())] for kind in KINDS},
    )
