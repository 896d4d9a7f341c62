"""Exporting figures as CSV, JSON Lines, a Markdown table or an SQLite database.

Files are written beside their destination under a temporary name and only then given their
real name, so an export that fails or is interrupted never leaves a half-written file, and an
existing file is replaced only when asked. A database replaces its target together with the
files SQLite keeps beside it (``-wal``, ``-shm``, ``-journal``), under SQLite's own lock on the
old database, so that the next open sees exactly the new one and never an old log applied to it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from perufacts import cite, queries, signals
from perufacts.errors import PerufactsError, UsageError
from perufacts.models import Store
from perufacts.numbers import plain_number
from perufacts.record import EXPORT_FIELDS, export_record
from perufacts.store.files import kind_of
from perufacts.text import json_safe

# The name that means standard output wherever a file name is asked for.
STDOUT = "-"

# The byte order mark that spreadsheet programs look for to read a CSV file as UTF-8.
BOM = "\ufeff"


# --- what to export --------------------------------------------------------------------------


def select(store: Store, topic: str | None, unit: str | None = None) -> Store:
    """The whole store, or only one topic (resolved like ``perufacts topic``) and/or one unit."""
    if topic is None and unit is None:
        return store
    chosen = [queries.resolve_topic(store, topic)] if topic is not None else list(store.topics)
    topic_ids = {t.id for t in chosen}
    figures = [f for f in store.figures if f.topic in topic_ids]
    if unit is not None:
        wanted = queries.resolve_unit(store, unit)
        figures = [f for f in figures if f.unit == wanted]
    statement_ids = {s.id for s in store.statements if s.topic in topic_ids and unit is None}
    statement_ids |= {f.statement for f in figures}
    figure_ids = {f.id for f in figures}
    source_ids = {t.source for t in chosen}
    # A plain in-memory Store: its lookups scan these lists, whatever store it was cut from.
    return Store(
        version=store.version,
        sources=[s for s in store.sources if s.id in source_ids],
        topics=chosen,
        statements=[s for s in store.statements if s.id in statement_ids],
        figures=figures,
        not_figures=[
            n
            for n in store.not_figures
            if n.statement in statement_ids or (n.statement is None and n.topic in topic_ids)
        ],
        relations=[r for r in store.relations if {*r.figures, r.stated} <= figure_ids],
    )


# --- text formats ----------------------------------------------------------------------------


def figure_records(store: Store) -> list[dict[str, Any]]:
    """The store's figures as flat export records (record.EXPORT_FIELDS)."""
    return [export_record(c) for c in queries.context(store, store.figures)]


# The first characters that make a spreadsheet read a cell as a formula (OWASP's list for CSV
# injection): a text cell starting with one is written after an apostrophe, which spreadsheets
# take as "this is text" and do not show.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(store: Store, fields: Sequence[str] = EXPORT_FIELDS, *, raw: bool = False) -> str:
    """One CSV row per figure under a header; quoting and CRLF line ends as RFC 4180 asks.

    Numbers are written as plain digits, true/false as ``true``/``false`` and null as an
    empty cell, so that a spreadsheet or pandas reads each column as one type. A text cell
    that a spreadsheet would run as a formula gets a leading apostrophe, unless ``raw``.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(fields)
    for r in figure_records(store):
        writer.writerow([_csv_cell(r[name], raw=raw) for name in fields])
    return out.getvalue()


def csv_raw(store: Store, fields: Sequence[str] = EXPORT_FIELDS) -> str:
    """The CSV with every text cell exactly as the store has it, formulas and all (``--raw``)."""
    return csv_text(store, fields, raw=True)


def _csv_cell(value: Any, *, raw: bool) -> str:
    """A value as a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        # Plain digits with at most a minus sign: a number, never a formula.
        return plain_number(value)
    return str(value) if raw else spreadsheet_safe(str(value))


def spreadsheet_safe(cell: str) -> str:
    """A text cell that no spreadsheet runs as a formula: OWASP's leading apostrophe if needed."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def jsonl_figures(store: Store, fields: Sequence[str] = EXPORT_FIELDS) -> str:
    """The figures as JSON Lines: one flat export record per line, with JSON types."""
    return jsonl_text({f: r[f] for f in fields} for r in figure_records(store))


def jsonl_text(records: Iterable[Mapping[str, Any]]) -> str:
    """One JSON object per line, UTF-8 kept, and nothing inside a line that reads as a line end.

    U+2028/2029 (which str.splitlines() splits on), C1 controls and invisible format characters
    are written as JSON escapes: the same data, nothing hidden.
    """
    lines = [json_safe(json.dumps(r, ensure_ascii=False)) for r in records]
    return "".join(line + "\n" for line in lines)


def markdown_text(store: Store) -> str:
    """A Markdown pipe table of the figures, bounds shown as the tables show them, and sources."""
    header = ("ID", "Topic", "Label", "As written", "Value", "Period", "Line")
    rows = [f"| {' | '.join(header)} |", "| --- | --- | --- | --- | ---: | --- | ---: |"]
    for r in figure_records(store):
        cells = (r["id"], r["topic"], r["label"], r["as_written"], r["display"],
                 r["period"] or "", str(r["line"]))  # fmt: skip
        rows.append(f"| {' | '.join(cite.markdown_escape(cell) for cell in cells)} |")
    used = {f.source for f in store.figures}
    sources = [f"Source: {cite.markdown_source(s)}." for s in store.sources if s.id in used]
    return "\n".join(rows) + "\n\n" + "\n\n".join(sources) + "\n"


# --- SQLite ----------------------------------------------------------------------------------

SQLITE_SCHEMA = """
CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    publisher TEXT NOT NULL,
    url TEXT NOT NULL,
    date TEXT NOT NULL,
    date_basis TEXT NOT NULL,
    licence TEXT NOT NULL,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL
);
CREATE TABLE topics (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL REFERENCES sources (id),
    heading TEXT NOT NULL,
    heading_line INTEGER,
    summary TEXT NOT NULL,
    aliases TEXT NOT NULL -- a JSON array of strings
);
CREATE TABLE statements (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL REFERENCES sources (id),
    topic TEXT NOT NULL REFERENCES topics (id),
    line INTEGER NOT NULL,
    text TEXT NOT NULL
);
-- One row per figure with the same fields as the CSV and JSON Lines exports (docs/json.md).
CREATE TABLE figures (
    id TEXT PRIMARY KEY,
    topic TEXT NOT NULL REFERENCES topics (id),
    section TEXT, -- the heading as printed; NULL for the opening paragraphs
    place TEXT NOT NULL,
    label TEXT NOT NULL,
    value NUMERIC, -- numbers only; NULL for a date
    date TEXT, -- ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD); NULL for a number
    unit TEXT NOT NULL,
    qualifier TEXT NOT NULL,
    bound TEXT NOT NULL,
    low NUMERIC, -- the least value the bound allows (a date: its first ISO day); NULL: unbounded
    high NUMERIC, -- the most it allows (a date: its last ISO day); NULL: unbounded
    low_open INTEGER NOT NULL CHECK (low_open IN (0, 1)), -- 1: low itself is excluded
    high_open INTEGER NOT NULL CHECK (high_open IN (0, 1)),
    as_written TEXT NOT NULL,
    display TEXT NOT NULL,
    period TEXT,
    year_inferred INTEGER NOT NULL CHECK (year_inferred IN (0, 1)),
    note TEXT,
    line INTEGER NOT NULL,
    statement TEXT NOT NULL REFERENCES statements (id),
    sentence TEXT NOT NULL,
    document TEXT NOT NULL REFERENCES sources (id),
    CHECK ((value IS NULL) <> (date IS NULL))
);
CREATE TABLE relations (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    stated TEXT NOT NULL REFERENCES figures (id),
    note TEXT
);
CREATE TABLE relation_figures (
    relation TEXT NOT NULL REFERENCES relations (id),
    position INTEGER NOT NULL,
    figure TEXT NOT NULL REFERENCES figures (id),
    PRIMARY KEY (relation, position)
);
CREATE INDEX topics_document ON topics (document);
CREATE INDEX statements_topic ON statements (topic);
CREATE INDEX figures_topic ON figures (topic);
CREATE INDEX figures_statement ON figures (statement);
CREATE INDEX relation_figures_figure ON relation_figures (figure);
-- content="statements" in double quotes is what Datasette looks for to offer search on a table.
CREATE VIRTUAL TABLE statements_fts USING fts5 (
    text, content="statements", tokenize="porter unicode61 remove_diacritics 2"
);
"""


# The record fields of a figures row; title and url are the sources table's.
_FIGURE_COLUMNS = (
    "id", "topic", "section", "place", "label", "value", "date", "unit", "qualifier", "bound",
    "low", "high", "low_open", "high_open", "as_written", "display", "period", "year_inferred",
    "note", "line", "statement", "sentence", "document",
)  # fmt: skip


def _fill_database(db: sqlite3.Connection, store: Store) -> None:
    """Insert every row of the store into the tables of SQLITE_SCHEMA."""
    db.executemany(
        "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(s.id, s.title, s.publisher, s.url, s.date, s.date_basis, s.licence, s.file, s.sha256)
         for s in store.sources],
    )  # fmt: skip
    db.executemany(
        "INSERT INTO topics VALUES (?, ?, ?, ?, ?, ?)",
        [(t.id, t.source, t.heading, t.heading_line, t.summary, json.dumps(t.aliases))
         for t in store.topics],
    )  # fmt: skip
    db.executemany(
        "INSERT INTO statements VALUES (?, ?, ?, ?, ?)",
        [(s.id, s.source, s.topic, s.line, s.text) for s in store.statements],
    )
    columns = ", ".join(_FIGURE_COLUMNS)
    db.executemany(
        f"INSERT INTO figures ({columns}) VALUES ({', '.join('?' * len(_FIGURE_COLUMNS))})",
        [tuple(r[c] for c in _FIGURE_COLUMNS) for r in figure_records(store)],
    )
    db.executemany(
        "INSERT INTO relations VALUES (?, ?, ?, ?)",
        [(r.id, r.kind, r.stated, r.note) for r in store.relations],
    )
    db.executemany(
        "INSERT INTO relation_figures VALUES (?, ?, ?)",
        [(r.id, n, fid) for r in store.relations for n, fid in enumerate(r.figures, 1)],
    )


def _index_statements(db: sqlite3.Connection) -> None:
    """Build the full-text index from the statements table."""
    db.execute("INSERT INTO statements_fts (statements_fts) VALUES ('rebuild')")


def build_database(store: Store, path: Path) -> None:
    """Write the store into a new SQLite database at ``path`` (an empty or missing file)."""
    db = sqlite3.connect(path)
    try:
        # No journal file beside the database: a failed export deletes the whole file anyway.
        db.execute("PRAGMA journal_mode = MEMORY")
        db.execute("PRAGMA foreign_keys = ON")
        db.executescript(SQLITE_SCHEMA)
        with db:
            _fill_database(db, store)
            _index_statements(db)
    finally:
        db.close()


# --- the formats -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportFormat:
    """An export format: text (to stdout or a file), or a database built at a path."""

    text: Callable[[Store], str] | None = None
    database: Callable[[Store, Path], None] | None = None
    # A format of records may be cut to some of their fields (--fields).
    fields: Callable[[Store, Sequence[str]], str] | None = None
    # A format that guards its cells against spreadsheets has a way to opt out (--raw).
    raw: Callable[[Store, Sequence[str]], str] | None = None


# Format name -> how to write it; the command line offers exactly these names.
FORMATS = {
    "csv": ExportFormat(text=csv_text, fields=csv_text, raw=csv_raw),
    "jsonl": ExportFormat(text=jsonl_figures, fields=jsonl_figures),
    "markdown": ExportFormat(text=markdown_text),
    "sqlite": ExportFormat(database=build_database),
}


def _record_formats() -> str:
    """The formats whose records --fields may cut."""
    return ", ".join(name for name, f in FORMATS.items() if f.fields is not None)


def destination(output: str | Path | None) -> Path | None:
    """The file an export goes to, or None for standard output.

    Standard output is no name, ``-``, or a symbolic link to this process's own standard output
    (``/dev/stdout``, ``/proc/self/fd/1``): written as ``-`` is, never in place of the link.
    """
    if output is None or str(output) == STDOUT:
        return None
    path = Path(output)
    target = _link_target(path)
    if target is not None and _is_stdout(target):
        return None
    return path


# Flags some systems lack (Windows): none of them needed where they are missing.
_NOCTTY = getattr(os, "O_NOCTTY", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _link_target(path: Path) -> os.stat_result | None:
    """The status of what the symbolic link ``path`` leads to; None if it is no link or leads nowhere."""
    try:
        if not stat.S_ISLNK(os.lstat(path).st_mode):
            return None
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _is_stdout(info: os.stat_result) -> bool:
    """True when ``info`` is the status of this process's standard output."""
    try:
        out = os.fstat(1)
    except OSError:
        return False
    return (out.st_dev, out.st_ino) == (info.st_dev, info.st_ino)


def streamed(path: Path) -> bool:
    """True when ``path`` is a symbolic link to a pipe or a terminal: written like ``-``, in place."""
    target = _link_target(path)
    if target is None:
        return False
    if stat.S_ISFIFO(target.st_mode):
        return True
    return stat.S_ISCHR(target.st_mode) and _is_terminal(path)


def _is_terminal(path: Path) -> bool:
    """True when the character device at ``path`` is a terminal."""
    try:
        fd = os.open(path, os.O_WRONLY | _NOCTTY | _NONBLOCK | _CLOEXEC)
    except OSError:
        return False
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)


def open_stream(path: Path) -> int:
    """A descriptor open for writing on the pipe or terminal a link at ``path`` leads to."""
    try:
        fd = os.open(path, os.O_WRONLY | _NOCTTY | _CLOEXEC)
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    info = os.fstat(fd)
    # Checked again on what was opened: a link changed meanwhile to a file is not overwritten.
    if not (stat.S_ISFIFO(info.st_mode) or os.isatty(fd)):
        os.close(fd)
        raise UsageError(f"cannot write {path}: it changed while it was written to")
    return fd


def through_link(path: Path) -> Path:
    """The name to write for ``path``: where a symbolic link leads (every link followed), else itself.

    An export never replaces a link: a file is written, atomically, at the link's target.
    """
    try:
        if not stat.S_ISLNK(os.lstat(path).st_mode):
            return path
        return Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        if os.path.lexists(path):
            raise UsageError(
                f"cannot write {path}: it is a symbolic link to nothing; "
                "an export never replaces a link"
            ) from None
        return path
    except OSError as exc:  # a loop of links, a name too long
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None


def export(
    store: Store,
    fmt: str,
    path: Path | None,
    *,
    force: bool,
    bom: bool = False,
    fields: Sequence[str] | None = None,
    raw: bool = False,
) -> bytes | None:
    """Write the store in format ``fmt`` to ``path`` atomically; or return the bytes for stdout.

    ``bom`` starts a CSV file with the byte order mark spreadsheet programs look for;
    ``fields`` keeps only those fields of a CSV or JSON Lines record; ``raw`` writes CSV cells
    that a spreadsheet would run as formulas without their guarding apostrophe.
    """
    writer = FORMATS[fmt]
    if bom and fmt != "csv":
        raise UsageError("--bom is for --format csv only")
    if raw and writer.raw is None:
        raise UsageError("--raw is for --format csv only")
    if fields is not None and writer.fields is None:
        raise UsageError(f"--fields is for the formats of records ({_record_formats()}), not {fmt}")
    if writer.text is not None:
        if raw and writer.raw is not None:
            text = writer.raw(store, EXPORT_FIELDS if fields is None else fields)
        elif fields is None or writer.fields is None:
            text = writer.text(store)
        else:
            text = writer.fields(store, fields)
        body = (BOM if bom else "") + text
        if path is None or streamed(path):
            return body.encode("utf-8")
        write_text(path, body, force=force)
        return None
    build = writer.database
    if build is None or path is None:
        check_target(fmt, path, force=force)  # refuses a database bound for stdout
        raise AssertionError(f"export format {fmt!r} writes neither text nor a database")
    atomic_write(path, lambda tmp: build(store, tmp), force=force, database=True)
    return None


# --- writing files ---------------------------------------------------------------------------


def check_target(fmt: str, path: Path | None, *, force: bool) -> None:
    """Refuse, before any work, an export that has nowhere to go or may not overwrite its file."""
    if path is None:
        if FORMATS[fmt].text is None:
            raise UsageError(f"--format {fmt} needs -o PATH: a database cannot go to stdout")
        return
    if FORMATS[fmt].text is None and streamed(path):
        raise UsageError(
            f"--format {fmt} needs a regular file: {path} leads to a pipe or a terminal"
        )
    check_destination(path, force=force)


def check_destination(path: Path, *, force: bool) -> None:
    """Refuse a path that lies in no directory, is not a regular file, or exists (unless forced).

    Only a regular file is ever replaced (at a link's target, never the link): a FIFO, a device,
    a socket or a directory is refused even with --force, since replacing it would destroy it.
    A link to a pipe or a terminal is written in place, like standard output.
    """
    if streamed(path):
        return
    try:
        kind = _not_a_file(path)
        if kind is not None:
            raise _not_replaced(path, kind)
        path = through_link(path)
        if not path.parent.is_dir():
            raise UsageError(f"cannot write {path}: no directory {path.parent}")
        if not force and os.path.lexists(path):
            raise _exists(path)
    except OSError as exc:
        # lstat() and is_dir() raise for a name too long, or a folder that may not be searched.
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None


def _not_replaced(path: Path, kind: str) -> UsageError:
    """The refusal to replace something that is not a regular file, saying what it is."""
    if kind == "a directory":
        return UsageError(f"cannot write {path}: it is a directory")
    return UsageError(
        f"cannot write {path}: it is {kind}, not a regular file; "
        "only a regular file is ever replaced, even with --force"
    )


def _not_a_file(path: Path) -> str | None:
    """What stands at ``path`` (or where its link leads) if it is not a regular file, else None."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(info.st_mode):
        try:
            info = os.stat(path)
        except FileNotFoundError:  # a dangling link: nothing there to destroy
            return None
    kind = kind_of(info.st_mode)
    if kind is None:
        return None
    return kind if not stat.S_ISLNK(os.lstat(path).st_mode) else f"a link to {kind}"


def _exists(path: Path) -> UsageError:
    """True when something already stands at ``path`` (a dangling link included)."""
    return UsageError(f"{path} already exists; add --force to replace it")


def write_text(path: Path, body: str, *, force: bool) -> None:
    """Write ``body`` as UTF-8 to ``path`` atomically."""
    data = body.encode("utf-8")
    atomic_write(path, lambda tmp: tmp.write_bytes(data), force=force)


def atomic_write(
    path: Path, fill: Callable[[Path], object], *, force: bool, database: bool = False
) -> None:
    """Let ``fill`` write a temporary file beside ``path``, then give it that name; never half a file.

    A ``database`` takes the place of the old one together with SQLite's files beside it.
    """
    import tempfile  # only when a file is written

    check_destination(path, force=force)
    path = through_link(path)
    if database:
        check_side_files(path, force=force)
    sweep_temporaries(path.parent)
    held = signals.hold()
    tmp: Path | None = None
    fd = -1
    try:
        try:
            # A short name: an output name near the file-name limit still leaves room for it.
            fd, name = tempfile.mkstemp(dir=path.parent, prefix=_TMP_PREFIX)
        except OSError as exc:
            # /proc and a read-only folder take no new file, whatever stands at the name.
            raise PerufactsError(
                f"cannot write {path}: no new file can be made in {path.parent} "
                f"({exc.strerror or exc})"
            ) from None
        tmp = Path(name)
        _lock_temporary(fd)  # while it is written: not a killed export's, to a sweeper
        signals.release(held)  # a signal held back meanwhile ends the run here: tmp is removed
        fill(tmp)
        _settle(tmp, path)
        if database:
            _publish_database(tmp, path, force=force)
        else:
            _publish(tmp, path, force=force)
    except (OSError, sqlite3.Error) as exc:
        raise _cannot_write(path, exc) from None
    finally:
        # Also on Ctrl-C, SIGTERM or SIGHUP: the temporary file never outlives the export.
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        if fd >= 0:
            os.close(fd)
        signals.release(held)


# The temporary files of exports: ".pf" and mkstemp's eight characters. One that no live export
# holds locked, older than a few seconds, was left by an export killed outright (kill -9).
_TMP_PREFIX = ".pf"
_TMP_NAME = re.compile(r"\.pf[a-z0-9_]{8}")
_TMP_GRACE_SECONDS = 5


def _lock_temporary(fd: int) -> None:
    """Lock an export's temporary file for as long as it is open (where flock exists)."""
    try:
        import fcntl
    except ImportError:  # no flock (Windows): temporaries are never swept there
        return
    with suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def sweep_temporaries(folder: Path, now: float | None = None) -> list[str]:
    """Remove the temporary files that killed exports left in ``folder``; return their names.

    Only files of the temporaries' name pattern, regular, ours, not locked by a live export, and
    unchanged for a few seconds (the moment between making one and locking it).
    """
    try:
        import fcntl
    except ImportError:
        return []
    now = time.time() if now is None else now
    removed = []
    try:
        names = [e.name for e in os.scandir(folder) if _TMP_NAME.fullmatch(e.name)]
    except OSError:
        return []
    for name in names:
        try:
            fd = os.open(folder / name, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC)
        except OSError:
            continue
        try:
            info = os.fstat(fd)
            if not _stale(info, now):
                continue
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while an export writes it
            same = os.stat(folder / name, follow_symlinks=False)
            if (same.st_dev, same.st_ino) == (info.st_dev, info.st_ino):
                os.unlink(folder / name)
                removed.append(name)
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


def _stale(info: os.stat_result, now: float) -> bool:
    """True when a temporary file is a regular file of ours, unchanged for the grace period."""
    own = not hasattr(os, "geteuid") or info.st_uid == os.geteuid()
    return stat.S_ISREG(info.st_mode) and own and now - info.st_mtime > _TMP_GRACE_SECONDS


def _cannot_write(path: Path, exc: Exception) -> PerufactsError:
    """The usage error for a destination that cannot be written."""
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return PerufactsError(f"cannot write {path}: {reason}")


def _settle(tmp: Path, path: Path) -> None:
    """Give the file its permissions and flush it to disk.

    A regular file that is replaced keeps its read and write bits (a private file stays
    private); anything else gets those of any new file, 0666 less the umask. Never the mode
    found through a link, which is another file's (a link to a setuid program made a setuid
    CSV), and never a setuid, setgid or sticky bit.
    """
    try:
        info = os.lstat(path)
        replaced = stat.S_ISREG(info.st_mode)
    except OSError:
        replaced = False
    os.chmod(tmp, stat.S_IMODE(info.st_mode) & 0o777 if replaced else 0o666 & ~_umask())
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    """The process's umask (read without changing it for long)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _publish(tmp: Path, path: Path, *, force: bool) -> None:
    """Give the finished file its name: replace when forced, else never clobber a file."""
    if force:
        # Checked again just before: what appeared since the first check is not replaced.
        kind = _not_a_file(path)
        if kind is not None:
            raise _not_replaced(path, kind)
        os.replace(tmp, path)
        return
    try:
        # Unlike a check followed by a rename, a hard link fails if a file appeared meanwhile.
        os.link(tmp, path)
    except FileExistsError:
        raise _exists(path) from None
    except OSError:
        # Some file systems have no hard links: check, then rename.
        if os.path.lexists(path):
            raise _exists(path) from None
        os.replace(tmp, path)


# --- replacing a database --------------------------------------------------------------------

# The files SQLite keeps beside a database: the write-ahead log, its shared-memory index and the
# rollback journal. On its next open, SQLite applies a log or a hot journal found beside a
# database to it, whatever database it is: beside a new database, an old one's would bring back
# old rows or tear the new file apart.
SIDE_FILES = ("-wal", "-shm", "-journal")

# Seconds to wait for another program's transaction on the old database to end.
LOCK_WAIT = 2.0


def side_files(path: Path) -> list[Path]:
    """The paths of SQLite's files beside the database at ``path``."""
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def check_side_files(path: Path, *, force: bool) -> None:
    """Refuse, unless forced, to write a database where SQLite's files of another one lie."""
    if force:
        return
    for side in side_files(path):
        if os.path.lexists(side):
            raise UsageError(
                f"{side} already exists (SQLite's file beside a database {path}); "
                "add --force to replace both"
            )


def _publish_database(tmp: Path, path: Path, *, force: bool) -> None:
    """Give the finished database its name, the old one's side files gone with it.

    Under SQLite's exclusive lock on the old database (its hot journal rolled back and its log
    emptied into it first), so that no program writes a new log or journal for it meanwhile;
    the side files go before the rename, so that no open ever pairs them with the new file.
    """
    if not force:
        check_side_files(path, force=False)
        _publish(tmp, path, force=False)
        return
    with _exclusive(path):
        for side in side_files(path):
            kind = _not_a_file(side)
            if kind is not None:
                raise _not_replaced(side, kind)
            side.unlink(missing_ok=True)
        _publish(tmp, path, force=True)


@contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    """Hold SQLite's exclusive lock on the database at ``path``, if a database is there.

    A file that is no database (or one too damaged to open) has no lock to take and nothing
    worth keeping; a database that another program has open is refused, not pulled from under
    it: a program with it open would still delete the log by name when it closes.
    """
    db = _open_for_lock(path) if os.path.isfile(path) else None
    if db is None:
        yield
        return
    with closing(db):
        locked = _lock(db, path)
        try:
            yield
        finally:
            if locked:
                db.execute("ROLLBACK")


def _open_for_lock(path: Path) -> sqlite3.Connection | None:
    """A connection to the existing file at ``path`` that never creates one; None if refused."""
    from urllib.parse import quote  # only when a database is replaced

    uri = f"file:{quote(str(path.resolve()))}?mode=rw"
    try:
        return sqlite3.connect(uri, uri=True, timeout=LOCK_WAIT, isolation_level=None)
    except sqlite3.Error:  # a file we may not open: no lock to take; it is replaced as a file
        return None


def _lock(db: sqlite3.Connection, path: Path) -> bool:
    """Take the exclusive lock: True when held, False when the file is no usable database."""
    try:
        # Reading the mode rolls back a hot journal; leaving WAL mode empties the log into the
        # old file and deletes it, which SQLite allows only when no other program has it open.
        if db.execute("PRAGMA journal_mode").fetchone() == ("wal",):
            db.execute("PRAGMA journal_mode = DELETE")
        db.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise PerufactsError(
                f"cannot replace {path}: another program has the database open ({exc}); "
                "close it, then export again"
            ) from None
        return False
    except sqlite3.DatabaseError:  # not a database, or damaged: nothing of it is kept
        return False
    return True
