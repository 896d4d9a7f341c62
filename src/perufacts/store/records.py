"""The store's records kept in SQLite and read one row at a time, and the Store built on them.

A validated store is written once into a small SQLite database (in the cache folder, or in
memory when there is none); every Store is read from such a database. Finding one figure in a
store of 100,000 then reads a handful of rows through an index, instead of parsing the file;
so do a topic's figures and statements (indexed by topic and unit), and a search, which asks a
full-text index of each statement's and figure's folded words for the records holding every
word of the query.

Every row of records, names and derived data carries a checksum written when the database is
built, and checked whenever the row is read: a row changed on disk (a bad sector, a stray
write) is damage, found as SQLite's own structural checks cannot find it.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

from perufacts.models import (
    Entity,
    Figure,
    Frame,
    Furniture,
    NotFigure,
    Relation,
    Source,
    Statement,
    Store,
    Synonym,
    Topic,
)
from perufacts.text import PREFIX_MIN, key, words
from perufacts.vocab import Unit, qualifier_named

T = TypeVar("T")

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- Data derived from the records at validation (the claim checker's frames), read by name only.
CREATE TABLE derived (name TEXT PRIMARY KEY, value TEXT NOT NULL, sum INTEGER NOT NULL);
CREATE TABLE records (
    kind TEXT NOT NULL,
    pos INTEGER NOT NULL,
    rid TEXT,
    topic TEXT,
    unit TEXT,
    data TEXT NOT NULL,
    sum INTEGER NOT NULL, -- row_sum of the columns before it
    PRIMARY KEY (kind, pos)
) WITHOUT ROWID;
CREATE INDEX records_by_id ON records (kind, rid);
CREATE INDEX records_by_topic ON records (kind, topic, pos);
CREATE INDEX records_by_unit ON records (kind, unit, pos);
-- Every name of every topic, as ``text.key`` folds it: a topic is found by name without a scan.
CREATE TABLE topic_names (key TEXT NOT NULL, pos INTEGER NOT NULL, sum INTEGER NOT NULL);
CREATE INDEX topic_names_by_key ON topic_names (key, pos);
-- Each figure's record as a listing writes it (``record.listed_records``), by the figure's pos,
-- compressed (``_pack``): ``figures --json`` reads it instead of building and encoding every
-- record again. Its topic and unit too: a listing of one reads the figures' index alone, and
-- checks here that each row it names is one of that topic or unit. ``sum``: ``_packed_sum``.
CREATE TABLE listing (
    pos INTEGER PRIMARY KEY,
    topic TEXT NOT NULL,
    unit TEXT NOT NULL,
    packed BLOB NOT NULL,
    sum INTEGER NOT NULL
);
-- The folded, singular words of each statement and figure (``text.words``), one token each:
-- the tokenizer splits on the spaces between them and changes nothing else.
CREATE VIRTUAL TABLE search USING fts5 (
    words, kind UNINDEXED, pos UNINDEXED, tokenize = "unicode61 remove_diacritics 0"
);
"""
# What ``search`` reads of each kind of record.
_SEARCHED: dict[str, Callable[[dict[str, Any]], str]] = {
    "statements": lambda d: str(d["text"]),
    "figures": lambda d: Figure(**d).searchable(),
}
# The columns of a record's row that a read checks, its checksum last.
ROW = "kind, pos, rid, topic, unit, data, sum"
KINDS = (
    "sources", "topics", "statements", "figures", "not_figures", "relations", "entities",
    "synonyms",
)  # fmt: skip
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
        **{
            **d,
            "unit": Unit(d["unit"]),
            "qualifier": qualifier_named(d["qualifier"]),
            "frame": Frame(**d["frame"]),
        }
    ),
    "not_figures": lambda d: NotFigure(**d),
    "relations": lambda d: Relation(**d),
    "entities": lambda d: Entity(**d),
    "synonyms": lambda d: Synonym(**d),
}


def row_sum(*fields: object) -> int:
    """The checksum of a row's fields: written when the database is built, checked on read."""
    text = "\x1f".join("" if f is None else str(f) for f in fields)
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def checked(row: Any) -> Any:
    """The fields of a row read with its checksum last, without it; damage if they disagree."""
    *fields, total = row
    if row_sum(*fields) != total:
        raise sqlite3.DatabaseError(f"a row does not match its checksum: {fields[:2]!r}")
    return fields


# The name of the listing's compression dictionary among the derived data: the listing text of
# the store's first figure. Every record repeats its keys and much of its source's wording, so
# each text, compressed alone with it, keeps about a seventh of its size (82 MB of listing take
# 12 MB at 100,000 generated figures), for about 1.5 us of a listing's time per figure.
LISTING_DICTIONARY = "listing_dictionary"


def _pack(text: str, dictionary: bytes) -> bytes:
    """A listing text as it is kept: its UTF-8, compressed with the listing's dictionary."""
    packer = zlib.compressobj(6, zdict=dictionary)
    return packer.compress(text.encode("utf-8")) + packer.flush()


def _packed_sum(pos: int, topic: str, unit: str, packed: bytes) -> int:
    """The checksum of a listing row: one CRC-32 over its columns, the compressed text last."""
    head = f"{pos}\x1f{topic}\x1f{unit}\x1f".encode("utf-8", "surrogatepass")
    return zlib.crc32(packed, zlib.crc32(head))


def _unpacker(
    dictionary: bytes, topic: str | None = None, unit: str | None = None
) -> Callable[[Any], str]:
    """What reads a row of the listing (pos, topic, unit, packed, sum): its text, checked.

    A row whose checksum fails, that is missing (NULL: the figure has no listing row), that is
    not of the ``topic`` or ``unit`` asked for (the figure's own row, not read, says otherwise),
    or that does not unpack is damage.
    """

    def unpacked(row: Any) -> str:
        pos, kept_topic, kept_unit, packed, total = row
        try:
            if packed is None or _packed_sum(pos, kept_topic, kept_unit, packed) != total:
                raise ValueError
            if topic not in (None, kept_topic) or unit not in (None, kept_unit):
                raise ValueError
            unpacker = zlib.decompressobj(zdict=dictionary)
            text = unpacker.decompress(packed).decode("utf-8")
            if not unpacker.eof:
                raise ValueError
        except (ValueError, TypeError, zlib.error):  # UnicodeDecodeError is a ValueError
            raise sqlite3.DatabaseError(
                f"a row does not match its checksum: ['listing', {pos}]"
            ) from None
        return text

    return unpacked


def _record(row: Any) -> tuple[int, str]:
    """A checked row of records (selected as ROW): its position and data."""
    _, pos, _, _, _, data = checked(row)
    return pos, data


class Database:
    """A store's open database, replaced once by a freshly validated one if it proves damaged.

    A cached copy too large to be checked page by page when it is opened may turn out damaged
    only when a row is read; ``recover`` (given the error) then returns a database validated
    again from the store, and the query is run again on it, its rows already given skipped.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        recover: Callable[[sqlite3.DatabaseError], sqlite3.Connection] | None = None,
    ) -> None:
        self.connection = connection
        self._recover = recover

    def rows(
        self,
        query: str,
        params: tuple[object, ...] = (),
        check: Callable[[Any], Any] | None = None,
    ) -> Iterator[Any]:
        """The rows of ``query``, as they are read; each passed through ``check`` if given."""
        given = 0
        while True:
            try:
                for row in itertools.islice(self.connection.execute(query, params), given, None):
                    # Checked here: a row that fails is damage, recovered from like SQLite's.
                    found = row if check is None else check(row)
                    given += 1
                    yield found
                return
            except sqlite3.ProgrammingError:  # a mistake in the query, not damage
                raise
            except sqlite3.DatabaseError as exc:
                recover, self._recover = self._recover, None  # only once
                if recover is None:
                    raise
                damaged, self.connection = self.connection, recover(exc)
                damaged.close()

    def close(self) -> None:
        """Close the database (a closed one may be closed again)."""
        self.connection.close()

    def one(
        self,
        query: str,
        params: tuple[object, ...] = (),
        check: Callable[[Any], Any] | None = None,
    ) -> Any:
        """The first row of ``query``, or None."""
        return next(self.rows(query, params, check), None)


class Records(Sequence[T], Generic[T]):
    """The records of one kind, built from their rows when first read."""

    def __init__(self, db: Database, kind: str) -> None:
        self._db = db
        self._kind = kind
        self._build = BUILDERS[kind]
        self._built: dict[int, T] = {}
        self._len: int | None = None

    def __len__(self) -> int:
        if self._len is None:
            query = "SELECT count(*) FROM records WHERE kind = ?"
            self._len = self._db.one(query, (self._kind,))[0]
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
            query = f"SELECT {ROW} FROM records WHERE kind = ? AND pos = ?"
            row = self._db.one(query, (self._kind, i), _record)
            if row is None:
                raise IndexError(i)
            self._built[i] = self._build(json.loads(row[1]))
        return self._built[i]

    def __iter__(self) -> Iterator[T]:
        query = f"SELECT {ROW} FROM records WHERE kind = ? ORDER BY pos"
        for pos, data in self._db.rows(query, (self._kind,), _record):
            if pos not in self._built:
                self._built[pos] = self._build(json.loads(data))
            yield self._built[pos]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"Records({self._kind}, {len(self)} items)"

    def where(self, *conditions: tuple[str, str]) -> Iterator[T]:
        """The records whose columns (topic, unit) have these values, all if none, in store order.

        Built as they are read and not kept: a listing of every figure streams in little memory.
        """
        where = "".join(f" AND {column} = ?" for column, _ in conditions)
        # The first column's own index, named: SQLite would rather walk the primary key in store
        # order and test every row, which on 100,000 figures costs more than the whole lookup.
        index = f" INDEXED BY records_by_{conditions[0][0]}" if conditions else ""
        query = f"SELECT {ROW} FROM records{index} WHERE kind = ?{where} ORDER BY pos"
        params = (self._kind, *(value for _, value in conditions))
        for pos, data in self._db.rows(query, params, _record):
            yield self._built[pos] if pos in self._built else self._build(json.loads(data))

    def get(self, record_id: str) -> T | None:
        """The record with this id, or None: one indexed read.

        Not kept: a listing of every figure looks up every statement, and keeping them all
        would grow the heap it streams in.
        """
        # The index named: asked for the data too, SQLite would walk the primary key instead.
        query = (
            f"SELECT {ROW} FROM records INDEXED BY records_by_id "
            "WHERE kind = ? AND rid = ? ORDER BY pos LIMIT 1"
        )
        try:
            row = self._db.one(query, (self._kind, record_id), _record)
        except UnicodeEncodeError:  # a lone surrogate from a mis-decoded argument: no such id
            return None
        if row is None:
            return None
        pos, data = row
        return self._built[pos] if pos in self._built else self._build(json.loads(data))


def build_database(data: dict[str, Any]) -> sqlite3.Connection:
    """Write a store's parsed JSON into a new database in memory and return it, open."""
    # Closed by the front end when its call ends (store.front_end_call), which may be on another
    # thread than the one that read it (the MCP SDK runs tools on worker threads).
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.executescript(SCHEMA)
    rows = (
        _summed(kind, pos, item.get("id"), item.get("topic"), item.get("unit"),
                json.dumps(item, ensure_ascii=False))
        for kind in KINDS
        for pos, item in enumerate(data.get(kind, ()))
    )  # fmt: skip
    searched = (
        (" ".join(words(read(item))), kind, pos)
        for kind, read in _SEARCHED.items()
        for pos, item in enumerate(data.get(kind, ()))
    )
    names = (
        _summed(key(n), pos)
        for pos, item in enumerate(data.get("topics", ()))
        for n in BUILDERS["topics"](item).names()
    )
    with db:
        db.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?)", _section_rows(data))
        db.executemany("INSERT INTO topic_names VALUES (?, ?, ?)", names)
        db.executemany("INSERT INTO search (words, kind, pos) VALUES (?, ?, ?)", searched)
    write_meta(db, {"version": data["version"]})
    return db


def _summed(*fields: object) -> tuple[object, ...]:
    """A row's fields with their checksum after them."""
    return (*fields, row_sum(*fields))


def _section_rows(data: dict[str, Any]) -> list[tuple[object, ...]]:
    """One row per topic: the lines of its statements, so that a bullet's number is one read."""
    lines: dict[str, set[int]] = {}
    for s in data.get("statements", ()):
        lines.setdefault(s["topic"], set()).add(s["line"])
    return [
        _summed(SECTION_LINES, pos, topic, topic, None, json.dumps(sorted(found)))
        for pos, (topic, found) in enumerate(lines.items())
    ]


def write_listing(db: sqlite3.Connection, store: Store) -> None:
    """Keep every figure's record as a listing writes it, compressed and checksummed.

    ``store`` must be the valid store of ``db``: validated, and answering from it.
    """
    from perufacts.record import listed_records  # only when a store is validated

    records = listed_records(store)
    first = next(records, None)
    # Kept even empty (a store without figures), so that a dictionary missing is damage.
    write_derived(db, LISTING_DICTIONARY, first[1] if first else "")
    if first is None:
        return
    dictionary = first[1].encode("utf-8")
    rows = (
        (pos, f.topic, str(f.unit), _pack(text, dictionary))
        for pos, (f, text) in enumerate(itertools.chain([first], records))
    )
    with db:
        db.executemany(
            "INSERT INTO listing VALUES (?, ?, ?, ?, ?)",
            ((*row, _packed_sum(*row)) for row in rows),
        )


def write_meta(db: sqlite3.Connection, meta: dict[str, Any]) -> None:
    """Set metadata entries (each value stored as JSON)."""
    with db:
        db.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?, ?)",
            [(k, json.dumps(v)) for k, v in meta.items()],
        )


def write_derived(db: sqlite3.Connection, name: str, value: Any) -> None:
    """Keep data derived from the records, as JSON, beside them."""
    with db:
        db.execute(
            "INSERT OR REPLACE INTO derived VALUES (?, ?, ?)", _summed(name, json.dumps(value))
        )


def read_meta(db: sqlite3.Connection) -> dict[str, Any]:
    """The database's metadata (the store's version, the sources it was validated against)."""
    return {k: json.loads(v) for k, v in db.execute("SELECT key, value FROM meta")}


class CachedStore(Store):
    """A Store whose records are read from an SQLite database as they are needed.

    Lookups by id go through the database's index instead of a scan. ``recover`` is given to
    the ``Database``: what to do if the database proves damaged while it is read.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        recover: Callable[[sqlite3.DatabaseError], sqlite3.Connection] | None = None,
    ) -> None:
        db = Database(connection, recover)
        self.database = db
        self._db = db
        # A store has few topics and sources, and every figure's context names one of each.
        self._known_topics: dict[str, Topic | None] = {}
        self._known_sources: dict[str, Source | None] = {}
        self._section_lines: dict[str, list[int]] = {}
        self._sources = Records[Source](db, "sources")
        self._topics = Records[Topic](db, "topics")
        self._statements = Records[Statement](db, "statements")
        self._figures = Records[Figure](db, "figures")
        super().__init__(
            json.loads(db.one("SELECT value FROM meta WHERE key = 'version'")[0]), self._sources, self._topics, self._statements,
            self._figures, Records[NotFigure](db, "not_figures"), Records[Relation](db, "relations"),
            Records[Entity](db, "entities"), Records[Synonym](db, "synonyms"),
        )  # fmt: skip

    def derived(self, name: str) -> Any:
        """Data derived from the store at validation, kept in its database's metadata."""
        query = "SELECT name, value, sum FROM derived WHERE name = ?"
        row = self._db.one(query, (name,), checked)
        try:
            return None if row is None else json.loads(row[1])
        except ValueError:  # damaged: the caller derives it again from the records
            return None

    def source(self, source_id: str) -> Source | None:
        """The source with this id, or None: one indexed read, once."""
        if source_id not in self._known_sources:
            self._known_sources[source_id] = self._sources.get(source_id)
        return self._known_sources[source_id]

    def topic(self, topic_id: str) -> Topic | None:
        """The topic with this id, or None: one indexed read, once."""
        if topic_id not in self._known_topics:
            self._known_topics[topic_id] = self._topics.get(topic_id)
        return self._known_topics[topic_id]

    def statement(self, statement_id: str) -> Statement | None:
        """The statement with this id, or None: one indexed read."""
        return self._statements.get(statement_id)

    def figure(self, figure_id: str) -> Figure | None:
        """The figure with this id, or None: one indexed read."""
        return self._figures.get(figure_id)

    def section_lines(self, topic: str) -> list[int]:
        """The lines that hold a topic's statements: one indexed read, remembered."""
        known = self._section_lines
        if topic not in known:
            query = f"SELECT {ROW} FROM records WHERE kind = ? AND rid = ?"
            row = self._db.one(query, (SECTION_LINES, topic), _record)
            known[topic] = json.loads(row[1]) if row else []
        return known[topic]

    def select_figures(
        self, topic: str | None = None, unit: Unit | None = None
    ) -> Iterator[Figure]:
        """The figures of one topic id and one unit (either may be None), through the indexes."""
        given = [(c, str(v)) for c, v in (("topic", topic), ("unit", unit)) if v is not None]
        return self._figures.where(*given)

    def figure_listing(self, topic: str | None = None, unit: Unit | None = None) -> Iterator[str]:
        """The records of ``select_figures(topic, unit)`` as a listing writes them, kept when the
        store was validated: each row read with its checksum checked, and nothing else."""
        given = [(c, str(v)) for c, v in (("topic", topic), ("unit", unit)) if v is not None]
        where = "".join(f" AND r.{column} = ?" for column, _ in given)
        index = f" INDEXED BY records_by_{given[0][0]}" if given else ""
        # Joined to the figures' own rows: a listing row missing (NULL) is damage.
        query = (
            f"SELECT r.pos, l.topic, l.unit, l.packed, l.sum FROM records AS r{index} "
            f"LEFT JOIN listing AS l ON l.pos = r.pos WHERE r.kind = 'figures'{where} ORDER BY r.pos"
        )
        unpacked = _unpacker(self._listing_dictionary(), topic, str(unit) if unit else None)
        return self._db.rows(query, tuple(value for _, value in given), unpacked)

    def _listing_dictionary(self) -> bytes:
        """The listing's compression dictionary, checked: one missing is damage, found (and
        recovered from) here, before a row is unpacked with the wrong one."""
        # One row whatever is kept: a dictionary missing reads as NULLs, which fail the checksum.
        query = (
            "SELECT d.name, d.value, d.sum FROM (SELECT ? AS wanted) "
            "LEFT JOIN derived AS d ON d.name = wanted"
        )
        _, value = self._db.one(query, (LISTING_DICTIONARY,), checked)
        return str(json.loads(value)).encode("utf-8")

    def topics_named(self, name_key: str) -> list[Topic]:
        """The topics with a name whose ``text.key`` is ``name_key``, through the name index."""
        query = "SELECT key, pos, sum FROM topic_names WHERE key = ? ORDER BY pos"
        found = dict.fromkeys(pos for _, pos in self._db.rows(query, (name_key,), checked))
        return [self._topics[p] for p in found]

    def select_statements(self, topic: str) -> Iterator[Statement]:
        """The statements of one topic id, through the topic index."""
        return self._statements.where(("topic", topic))

    def units(self) -> list[Unit]:
        """The units the store's figures use, sorted: read from the unit index alone."""
        query = "SELECT DISTINCT unit FROM records WHERE kind = 'figures'"
        return sorted(Unit(u) for (u,) in self._db.rows(query))

    def figure_counts(self) -> dict[str, int]:
        """How many figures each topic id has, counted on the topic index."""
        query = "SELECT topic, count(*) FROM records WHERE kind = 'figures' GROUP BY topic"
        return dict(self._db.rows(query))

    def search_candidates(
        self, groups: Sequence[Sequence[str]]
    ) -> tuple[list[Statement], list[Figure]]:
        """The statements and figures holding a word of every group, from the full-text index."""
        if not groups:
            return [], []
        # Each word is [a-z0-9]+ (``text.words``); quoted, FTS5 reads it as one token, and a
        # quoted token then '*' as every token that starts with it (``text.matches``).
        match = " AND ".join(
            "(" + " OR ".join(f'"{w}" *' if len(w) >= PREFIX_MIN else f'"{w}"' for w in g) + ")"
            for g in groups
        )
        query = "SELECT kind, pos FROM search WHERE search MATCH ? ORDER BY kind, pos"
        found: dict[str, list[int]] = {"statements": [], "figures": []}
        for kind, pos in self._db.rows(query, (match,)):
            found[kind].append(pos)
        return [self._statements[p] for p in found["statements"]], [
            self._figures[p] for p in found["figures"]
        ]


def store_from_dict(data: dict[str, Any]) -> Store:
    """A Store in memory from JSON that has already been validated (no checks, no SQLite)."""
    return Store(
        version=data["version"],
        **{kind: [BUILDERS[kind](item) for item in data.get(kind, ())] for kind in KINDS},
    )
