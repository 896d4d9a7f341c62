"""Export: every format round-trips the store exactly; files are never overwritten unasked or left half-written."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import sqlite3
from pathlib import Path

import pytest

from conftest import MINI_STORE, REAL_STORE
from perufacts import export
from perufacts.store import store_from_dict

STORE = json.loads(REAL_STORE.read_text(encoding="utf-8"))
FIGURE_IDS = [f["id"] for f in STORE["figures"]]
FORMATS = ["csv", "jsonl", "markdown", "sqlite"]
TEXT_FORMATS = ["csv", "jsonl", "markdown"]
MINI_MARKDOWN = """\
| ID | Topic | Label | As written | Value | Period | Line |
| --- | --- | --- | --- | ---: | --- | ---: |
| trade-2020 | trade | Trade in 2020 | over \\$5 billion | 5,000,000,000 USD | 2020 | 5 |
| trade-2010 | trade | Trade in 2010 | \\$2 billion | 2,000,000,000 USD | 2010 | 5 |
| fund-grants | trade | Grants from the \\[bold\\]Fund\\[/bold\\] | nearly 300 | 300 projects |  | 6 |
| visitors | people | Museum visitors | About 1.5 million | 1,500,000 people |  | 10 |

Source: perufacts tests, [*A Mini Sheet*](https://example.org/mini), January 2020.
"""


def _expected_csv_rows(store: dict) -> list[dict[str, str]]:
    """The CSV rows built independently from the store's JSON."""
    statements = {s["id"]: s for s in store["statements"]}
    source = store["sources"][0]
    return [
        {
            "id": f["id"],
            "topic": f["topic"],
            "label": f["label"],
            "value": str(f["value"]),
            "unit": f["unit"],
            "qualifier": f["qualifier"],
            "as_written": f["as_written"],
            "period": f["period"] or "",
            "line": str(statements[f["statement"]]["line"]),
            "statement": statements[f["statement"]]["text"],
            "document_title": source["title"],
            "document_url": source["url"],
        }
        for f in store["figures"]
    ]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder for the exports alone (tmp_path also holds the test's cache)."""
    path = tmp_path / "exports"
    path.mkdir()
    return path


def _export(run, fmt: str, path: Path, *extra: str):
    return run("export", "--format", fmt, "-o", str(path), *extra)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_formats_match_the_core() -> None:
    assert list(export.FORMATS) == FORMATS


# --- CSV -------------------------------------------------------------------------------------


def test_csv_round_trips_every_figure_exactly(run) -> None:
    result = run("export", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert len(rows) == 26
    assert rows == _expected_csv_rows(STORE)
    trade = next(r for r in rows if r["id"] == "trade-2021")
    assert (trade["value"], trade["qualifier"], trade["line"]) == ("22000000000", "over", "8")


def test_csv_is_utf8_with_crlf_line_ends(run) -> None:
    result = run("export", "--format", "csv")
    assert result.exit_code == 0, result.output
    raw = result.stdout_bytes
    assert raw.startswith(b"id,topic,label,value,unit,qualifier,as_written,period,line,")
    assert raw.count(b"\r\n") == 27
    assert "Peru’s most remote".encode() in raw


def test_csv_quotes_commas_quotes_and_newlines() -> None:
    data = json.loads(MINI_STORE.read_text(encoding="utf-8"))
    data["figures"][0]["label"] = 'Trade, "total"\nin 2020'
    text = export.csv_text(store_from_dict(data))
    assert '"Trade, ""total""\nin 2020"' in text
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows[0]["label"] == 'Trade, "total"\nin 2020'
    assert rows == [
        r | {"label": 'Trade, "total"\nin 2020'} if r["id"] == "trade-2020" else r
        for r in _expected_csv_rows(json.loads(MINI_STORE.read_text(encoding="utf-8")))
    ]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (22000000000, "22000000000"),
        (2.2e10, "22000000000"),
        (86.8, "86.8"),
        (1e-7, "0.0000001"),
        (1.5, "1.5"),
        ("2021-09", "2021-09"),
    ],
)
def test_plain_numbers_have_no_separators_or_exponents(value: float | str, text: str) -> None:
    assert export.plain_number(value) == text


# --- JSON Lines ------------------------------------------------------------------------------


def test_jsonl_lines_equal_figure_json(run, run_json) -> None:
    result = run("export", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout.endswith("\n")
    lines = result.stdout.split("\n")[:-1]
    assert len(lines) == 26
    expected = run_json("figure", *FIGURE_IDS)["figures"]
    assert [json.loads(line) for line in lines] == expected


def test_jsonl_escapes_characters_that_end_lines() -> None:
    text = export.jsonl_text([{"t": "a\u2028b\u2029c\x85d\ne"}, {"t": "é"}])
    assert text == '{"t": "a\\u2028b\\u2029c\\u0085d\\ne"}\n{"t": "é"}\n'
    assert [json.loads(line) for line in text.splitlines()] == [
        {"t": "a\u2028b\u2029c\x85d\ne"},
        {"t": "é"},
    ]


# --- Markdown --------------------------------------------------------------------------------


def test_markdown_table_of_the_mini_store(run, mini_store) -> None:
    result = run("export", "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout == MINI_MARKDOWN


def test_markdown_escapes_pipes_in_cells() -> None:
    data = json.loads(MINI_STORE.read_text(encoding="utf-8"))
    data["figures"][0]["label"] = "Trade | goods & services"
    table = export.markdown_text(store_from_dict(data))
    row = table.splitlines()[2]
    assert row == (
        "| trade-2020 | trade | Trade \\| goods \\& services | over \\$5 billion | "
        "5,000,000,000 USD | 2020 | 5 |"
    )
    # Every row still has the header's eight pipes once escaped ones are left out.
    assert {line.replace("\\|", "").count("|") for line in table.splitlines()[:6]} == {8}


def test_markdown_of_the_real_store_names_the_source(run) -> None:
    result = run("export", "--format", "markdown")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2 + 26 + 2
    assert lines[5] == (
        "| trade-2021 | partnership | U.S.-Peru total trade in 2021 | over \\$22 billion | "
        "22,000,000,000 USD | 2021 | 8 |"
    )
    assert lines[-1] == (
        "Source: U.S. Department of State, [*The U.S.-Peru Relationship*]"
        "(https://www.state.gov/the-u-s-peru-relationship/), October 2022."
    )


# --- SQLite ----------------------------------------------------------------------------------


def _query(path: Path, sql: str) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_sqlite_holds_the_store_exactly(run, folder: Path) -> None:
    path = folder / "facts.db"
    result = _export(run, "sqlite", path)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"perufacts: wrote 26 figures to {path}\n"
    counts = {
        table: _query(path, f"SELECT count(*) FROM {table}")[0][0]
        for table in ("sources", "topics", "statements", "figures", "relations", "relation_figures")
    }
    assert counts == {
        "sources": 1,
        "topics": len(STORE["topics"]),
        "statements": len(STORE["statements"]),
        "figures": 26,
        "relations": 1,
        "relation_figures": 2,
    }
    assert _query(path, "PRAGMA foreign_key_check") == []
    assert _query(path, "PRAGMA integrity_check") == [("ok",)]
    figures = _query(path, "SELECT * FROM figures ORDER BY rowid")
    assert figures == [
        (
            f["id"], f["source"], f["topic"], f["statement"], f["label"], f["value"], f["unit"],
            f["qualifier"], f["as_written"], f["period"], int(f.get("year_inferred", False)),
            f.get("note"),
        )
        for f in STORE["figures"]
    ]  # fmt: skip
    statements = _query(path, "SELECT id, source, topic, line, text FROM statements ORDER BY rowid")
    assert statements == [tuple(s.values()) for s in STORE["statements"]]


def test_sqlite_keeps_numbers_numeric_and_dates_text(run, folder: Path) -> None:
    path = folder / "facts.db"
    assert _export(run, "sqlite", path).exit_code == 0
    rows = _query(
        path,
        "SELECT id, value, typeof(value) FROM figures "
        "WHERE id IN ('trade-2021', 'lima-visit', 'usaid-agreement-end') ORDER BY id",
    )
    assert rows == [
        ("lima-visit", "2022-10-06", "text"),
        ("trade-2021", 22000000000, "integer"),
        ("usaid-agreement-end", "2026", "text"),
    ]


@pytest.mark.parametrize(
    ("words", "ids"),
    [
        ("vaccine", ["10.1"]),
        ("vaccines", ["10.1"]),  # the porter stemmer
        ("cesar landa", ["3.2"]),  # accents removed
        ("migration crisis", ["17.1"]),
    ],
)
def test_sqlite_full_text_search(run, folder: Path, words: str, ids: list[str]) -> None:
    path = folder / "facts.db"
    assert _export(run, "sqlite", path).exit_code == 0
    found = _query(
        path,
        "SELECT s.id FROM statements_fts JOIN statements AS s ON s.rowid = statements_fts.rowid "
        f"WHERE statements_fts MATCH '{words}' ORDER BY s.line",
    )
    assert [row[0] for row in found] == ids


def test_sqlite_index_is_where_datasette_looks(run, folder: Path) -> None:
    path = folder / "facts.db"
    assert _export(run, "sqlite", path).exit_code == 0
    # The query Datasette runs to decide that a table can be searched.
    found = _query(
        path,
        "SELECT name FROM sqlite_master WHERE rootpage = 0 "
        "AND sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"statements\"%'",
    )
    assert found == [("statements_fts",)]


def test_sqlite_needs_an_output_file(run) -> None:
    result = run("export", "--format", "sqlite")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == (
        "perufacts: --format sqlite needs -o PATH: a database cannot go to stdout\n"
    )


# --- every format ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_a_text_file_is_what_stdout_would_be(run, folder: Path, fmt: str) -> None:
    path = folder / f"out.{fmt}"
    result = _export(run, fmt, path)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"perufacts: wrote 26 figures to {path}\n"
    piped = run("export", "--format", fmt)
    assert piped.exit_code == 0, piped.output
    assert path.read_bytes() == piped.stdout_bytes


def _figure_ids(fmt: str, output: bytes, path: Path) -> list[str]:
    """The figure ids an export holds, read back the way its format is read."""
    if fmt == "sqlite":
        return [row[0] for row in _query(path, "SELECT id FROM figures ORDER BY rowid")]
    text = output.decode("utf-8")
    if fmt == "csv":
        return [r["id"] for r in csv.DictReader(io.StringIO(text, newline=""))]
    if fmt == "jsonl":
        return [json.loads(line)["id"] for line in text.splitlines()]
    return [line.split(" | ")[0].removeprefix("| ") for line in text.splitlines()[2:-2]]


@pytest.mark.parametrize("fmt", FORMATS)
def test_topic_is_resolved_like_the_topic_command(run, folder: Path, fmt: str) -> None:
    path = folder / "out"
    args = ("-o", str(path)) if fmt == "sqlite" else ()
    result = run("export", "--format", fmt, "--topic", "Migrantes", *args)
    assert result.exit_code == 0, result.output
    ids = _figure_ids(fmt, result.stdout_bytes, path)
    assert ids == ["migration-assistance", "venezuelan-migrants"]


def test_topic_database_keeps_its_own_rows_and_relations(run, folder: Path) -> None:
    path = folder / "partnership.db"
    result = _export(run, "sqlite", path, "--topic", "partnership")
    assert result.exit_code == 0, result.output
    assert result.stderr == f"perufacts: wrote 9 figures to {path}\n"
    assert _query(path, "SELECT id FROM topics") == [("partnership",)]
    assert _query(
        path, "SELECT group_concat(id, ' ') FROM (SELECT id FROM statements ORDER BY rowid)"
    ) == [("7.1 8.1 9.1 10.1 11.1 12.1",)]
    assert _query(path, "SELECT id FROM relations") == [("trade-growth-2009-2021",)]
    assert _query(path, "PRAGMA foreign_key_check") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_topic_fails_like_the_topic_command(run, folder: Path, fmt: str) -> None:
    path = folder / "out"
    result = _export(run, fmt, path, "--topic", "nowhere")
    topic = run("topic", "nowhere")
    assert result.exit_code == topic.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == topic.stderr
    assert result.stderr.startswith("perufacts: no topic 'nowhere'")
    assert _leftovers(folder) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_existing_file_is_refused_and_left_untouched(run, folder: Path, fmt: str) -> None:
    path = folder / "out"
    old = b"old contents\x00\xff\n"
    path.write_bytes(old)
    result = _export(run, fmt, path)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == f"perufacts: {path} already exists; add --force to replace it\n"
    assert path.read_bytes() == old
    assert _leftovers(folder) == ["out"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_force_replaces_the_file_and_keeps_its_mode(run, folder: Path, fmt: str) -> None:
    path = folder / "out"
    path.write_bytes(b"old")
    path.chmod(0o640)
    result = _export(run, fmt, path, "--force")
    assert result.exit_code == 0, result.output
    assert _figure_ids(fmt, path.read_bytes(), path) == FIGURE_IDS
    assert path.stat().st_mode & 0o777 == 0o640
    assert _leftovers(folder) == ["out"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_new_file_gets_the_usual_permissions(run, folder: Path, fmt: str) -> None:
    path = folder / "out"
    previous = os.umask(0o027)
    try:
        result = _export(run, fmt, path)
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.output
    assert path.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_folder_is_not_a_file(run, folder: Path, fmt: str) -> None:
    result = _export(run, fmt, folder, "--force")
    assert result.exit_code == 2, result.output
    assert result.stderr == f"perufacts: cannot write {folder}: it is a directory\n"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_missing_folder_is_refused(run, folder: Path, fmt: str) -> None:
    path = folder / "nowhere" / "out"
    result = _export(run, fmt, path)
    assert result.exit_code == 2, result.output
    assert result.stderr == f"perufacts: cannot write {path}: no directory {path.parent}\n"


# --- atomic writes ---------------------------------------------------------------------------


def _disk_full(tmp: Path, path: Path) -> None:
    """Stand-in for the final flush: the export is already (partly) on disk when it fails."""
    assert tmp.parent == path.parent
    assert tmp.stat().st_size > 0
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("fmt", FORMATS)
def test_failed_write_leaves_no_file_at_all(run, monkeypatch, folder: Path, fmt: str) -> None:
    monkeypatch.setattr(export, "_settle", _disk_full)
    path = folder / "out"
    result = _export(run, fmt, path)
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr == f"perufacts: cannot write {path}: No space left on device\n"
    assert _leftovers(folder) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_failed_forced_write_keeps_the_old_file(run, monkeypatch, folder: Path, fmt: str):
    monkeypatch.setattr(export, "_settle", _disk_full)
    path = folder / "out"
    path.write_bytes(b"old")
    result = _export(run, fmt, path, "--force")
    assert result.exit_code == 1, result.output
    assert path.read_bytes() == b"old"
    assert _leftovers(folder) == ["out"]


def test_database_failing_mid_build_leaves_nothing(run, monkeypatch, folder: Path) -> None:
    def fail(db: sqlite3.Connection) -> None:
        # The tables are filled by now; only the search index is missing.
        assert db.execute("SELECT count(*) FROM figures").fetchone() == (26,)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(export, "_index_statements", fail)
    path = folder / "facts.db"
    result = _export(run, "sqlite", path)
    assert result.exit_code == 1, result.output
    assert result.stderr == f"perufacts: cannot write {path}: database or disk is full\n"
    assert _leftovers(folder) == []


def test_interrupted_write_removes_the_temporary_file(monkeypatch, folder: Path) -> None:
    def interrupt(tmp: Path, path: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(export, "_settle", interrupt)
    with pytest.raises(KeyboardInterrupt):
        export.write_text(folder / "out.csv", "a,b\r\n", force=False)
    assert _leftovers(folder) == []


def test_a_file_that_appears_during_the_export_is_not_clobbered(
    run, monkeypatch, folder: Path
) -> None:
    path = folder / "out.csv"
    settle = export._settle

    def someone_else_writes(tmp: Path, dest: Path) -> None:
        settle(tmp, dest)
        dest.write_bytes(b"theirs")

    monkeypatch.setattr(export, "_settle", someone_else_writes)
    result = _export(run, "csv", path)
    assert result.exit_code == 2, result.output
    assert result.stderr == f"perufacts: {path} already exists; add --force to replace it\n"
    assert path.read_bytes() == b"theirs"
    assert _leftovers(folder) == ["out.csv"]


def test_output_dash_is_stdout(run, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("export", "--format", "csv", "--topic", "migration", "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("id,topic,label,value,")
    assert not (tmp_path / "-").exists()
