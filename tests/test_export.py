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

from conftest import MINI_STORE, REAL_STORE, copy_mini_store
from perufacts import export
from perufacts.record import EXPORT_FIELDS
from perufacts.store import store_from_dict

STORE = json.loads(REAL_STORE.read_text(encoding="utf-8"))
FIGURE_IDS = [f["id"] for f in STORE["figures"]]
FORMATS = ["csv", "jsonl", "markdown", "sqlite"]
TEXT_FORMATS = ["csv", "jsonl", "markdown"]
MINI_MARKDOWN = """\
| ID | Topic | Label | As written | Value | Period | Line |
| --- | --- | --- | --- | ---: | --- | ---: |
| trade-2020 | trade | Trade in 2020 | over \\$5 billion | \\> 5,000,000,000 USD | 2020 | 5 |
| trade-2010 | trade | Trade in 2010 | \\$2 billion | 2,000,000,000 USD | 2010 | 5 |
| fund-grants | trade | Grants from the \\[bold\\]Fund\\[/bold\\] | nearly 300 | \\< 300 projects |  | 6 |
| visitors | people | Museum visitors | About 1.5 million | \\~ 1,500,000 people |  | 10 |

Source: perufacts tests, [*A Mini Sheet*](https://example.org/mini), January 2020.
"""


def _place(store_path: Path, store: dict, figure: dict) -> tuple[str | None, str]:
    """The printed heading and the place of a figure, counted in the source text itself."""
    line = next(s["line"] for s in store["statements"] if s["id"] == figure["statement"])
    topic = next(t for t in store["topics"] if t["id"] == figure["topic"])
    lines = (store_path.parent / store["sources"][0]["file"]).read_text(encoding="utf-8")
    lines = lines.split("\n")
    if topic["heading_line"] is None:
        number = sum(1 for n in range(1, line + 1) if lines[n - 1].strip())
        return None, f"opening paragraph {number}"
    bullets = range(topic["heading_line"] + 1, line + 1)
    number = sum(1 for n in bullets if lines[n - 1].lstrip().startswith("•"))
    return topic["heading"], f"{topic['heading']}, bullet {number}"


def _expected_csv_rows(store_path: Path) -> list[dict[str, str]]:
    """The CSV rows built independently from the store's JSON and its source text."""
    store = json.loads(store_path.read_text(encoding="utf-8"))
    statements = {s["id"]: s for s in store["statements"]}
    source = store["sources"][0]
    rows = []
    for f in store["figures"]:
        is_date = f["unit"] == "date"
        section, place = _place(store_path, store, f)
        statement = statements[f["statement"]]
        rows.append({
            "id": f["id"],
            "topic": f["topic"],
            "section": section or "",
            "place": place,
            "label": f["label"],
            "value": "" if is_date else str(f["value"]),
            "date": f["value"] if is_date else "",
            "unit": f["unit"],
            "qualifier": f["qualifier"],
            "bound": BOUND_WORDS[f["qualifier"]],
            **_expected_bounds(f),
            "as_written": f["as_written"],
            # The display text is the presenters'; DISPLAY below pins a few figures' exactly.
            "display": "",
            "period": f["period"] or "",
            "year_inferred": "true" if f.get("year_inferred") else "false",
            "note": f.get("note") or "",
            "line": str(statement["line"]),
            "statement": statement["id"],
            "sentence": statement["text"],
            "document": source["id"],
            "title": source["title"],
            "url": source["url"],
        })  # fmt: skip
    return rows


BOUND_WORDS = {
    "exact": "exact", "over": "above", "at-least": "at-least", "nearly": "below",
    "about": "about", "under": "below", "up-to": "at-most",
}  # fmt: skip
# Each qualifier's ends for a value v as docs/commands.md's table gives them: (low, high,
# low_open, high_open), None where the interval is unbounded.
ENDS = {
    "exact": lambda v: (v, v, False, False),
    "over": lambda v: (v, None, True, True),
    "at-least": lambda v: (v, None, False, True),
    "nearly": lambda v: (v * 9 / 10, v, False, True),
    "about": lambda v: (v * 9 / 10, v * 11 / 10, False, False),
    "under": lambda v: (0, v, False, True),
    "up-to": lambda v: (0, v, False, False),
}


def _sql_end(cell: str) -> int | float | str | None:
    """A CSV bound cell as SQLite gives it back: NULL, a number, or an ISO day."""
    if not cell:
        return None
    if "-" in cell:
        return cell
    return float(cell) if "." in cell else int(cell)


def _expected_bounds(f: dict) -> dict[str, str]:
    """The low, high and open-end cells of a figure, worked out here from the value alone."""
    import calendar

    if f["unit"] == "date":
        year, month, day = ([int(p) for p in f["value"].split("-")] + [0, 0])[:3]
        last_month = month or 12
        last_day = day or calendar.monthrange(year, last_month)[1]
        low = f"{year:04d}-{month or 1:02d}-{day or 1:02d}"
        return {"low": low, "high": f"{year:04d}-{last_month:02d}-{last_day:02d}",
                "low_open": "false", "high_open": "false"}  # fmt: skip
    low, high, low_open, high_open = ENDS[f["qualifier"]](f["value"])
    cell = lambda x: "" if x is None else (str(int(x)) if float(x).is_integer() else str(x))  # noqa: E731
    return {"low": cell(low), "high": cell(high), "low_open": str(low_open).lower(),
            "high_open": str(high_open).lower()}  # fmt: skip


# The display text of a few figures, as the figure table shows it.
DISPLAY = {
    "lima-visit": "2022-10-06 (year inferred)",
    "trade-2021": "> 22,000,000,000 USD",
    "usaid-agreement-end": "2026",
    "awe-alumnae": "< 400 people",
    "repatriated-artifacts": "> 2,000 artifacts",
}


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


def test_the_command_line_offers_the_cores_formats_and_the_pages() -> None:
    from perufacts.cli.app import PAGES, ExportFormat

    # html is built by a presenter (tests/test_html.py), which the core must not import.
    assert list(PAGES) == ["html"]
    assert [str(f) for f in ExportFormat] == [*FORMATS, "html"]


# --- CSV -------------------------------------------------------------------------------------


def test_csv_round_trips_every_figure_exactly(run) -> None:
    result = run("export", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert len(rows) == 26
    expected = _expected_csv_rows(REAL_STORE)
    assert [r | {"display": ""} for r in rows] == expected
    assert {r["id"]: r["display"] for r in rows if r["id"] in DISPLAY} == DISPLAY
    trade = next(r for r in rows if r["id"] == "trade-2021")
    assert (trade["value"], trade["qualifier"], trade["line"]) == ("22000000000", "over", "8")


def test_csv_value_holds_numbers_only_and_date_holds_dates(run) -> None:
    result = run("export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    dates = {r["id"]: r["date"] for r in rows if r["date"]}
    assert dates == {
        "lima-visit": "2022-10-06",
        "usaid-agreement-signed": "2021-09",
        "usaid-agreement-end": "2026",
        "oil-spill": "2022-01-15",
    }
    assert all(r["value"] == "" for r in rows if r["date"])
    assert all(float(r["value"]) > 0 for r in rows if not r["date"])


def test_csv_bom_for_spreadsheets(run) -> None:
    result = run("export", "--format", "csv", "--bom", "--unit", "dollars")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbfid,topic,section,")
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8-sig"), newline="")))
    assert {r["unit"] for r in rows} == {"USD"}
    assert len(rows) == sum(f["unit"] == "USD" for f in STORE["figures"])


def test_bom_is_for_csv_only(run) -> None:
    result = run("export", "--format", "jsonl", "--bom")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert (
        result.stderr
        == "perufacts: --bom is for --format csv only (see 'perufacts export --help')\n"
    )


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_export_unit_takes_the_names_people_use(run, fmt: str) -> None:
    by_id = run("export", "--format", fmt, "--unit", "date").stdout
    assert by_id == run("export", "--format", fmt, "--unit", "dates").stdout
    assert "lima-visit" in by_id
    assert "trade-2021" not in by_id


def test_export_unknown_unit_is_not_found(run) -> None:
    result = run("export", "--format", "csv", "--unit", "dolars")
    assert result.exit_code == 3
    assert result.stderr == "perufacts: no unit 'dolars' (did you mean USD?)\n"


def test_csv_is_utf8_with_crlf_line_ends(run) -> None:
    result = run("export", "--format", "csv")
    assert result.exit_code == 0, result.output
    raw = result.stdout_bytes
    assert raw.startswith(
        b"id,topic,section,place,label,value,date,unit,qualifier,bound,low,high,low_open,high_open,"
        b"as_written,display,"
        b"period,year_inferred,note,line,statement,sentence,document,title,url\r\n"
    )
    assert raw.count(b"\r\n") == 27
    assert "Peru’s most remote".encode() in raw


def test_csv_quotes_commas_quotes_and_newlines() -> None:
    data = json.loads(MINI_STORE.read_text(encoding="utf-8"))
    data["figures"][0]["label"] = 'Trade, "total"\nin 2020'
    text = export.csv_text(store_from_dict(data))
    assert '"Trade, ""total""\nin 2020"' in text
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows[0]["label"] == 'Trade, "total"\nin 2020'
    assert [r | {"display": ""} for r in rows] == [
        r | {"label": 'Trade, "total"\nin 2020'} if r["id"] == "trade-2020" else r
        for r in _expected_csv_rows(MINI_STORE)
    ]


# Cells a spreadsheet would run as formulas (OWASP's CSV injection): each start, in a field.
FORMULAS = {
    "label": '=HYPERLINK("https://example.org/x","Trade")',
    "note": "+1 from the sheet",
    "period": "-2020",
    "as_written": "@SUM(A1:A9)",
}


def _formula_store() -> dict:
    data = json.loads(MINI_STORE.read_text(encoding="utf-8"))
    data["figures"][0].update(FORMULAS)
    data["figures"][1]["label"] = "\tTrade\rin 2010"
    return data


def test_csv_cells_that_read_as_formulas_start_with_an_apostrophe() -> None:
    rows = list(csv.DictReader(io.StringIO(export.csv_text(store_from_dict(_formula_store())))))
    assert {name: rows[0][name] for name in FORMULAS} == {
        name: "'" + text for name, text in FORMULAS.items()
    }
    assert rows[1]["label"] == "'\tTrade\rin 2010"
    # Numbers are never formulas; nor are cells with the characters elsewhere than first.
    assert (rows[0]["value"], rows[0]["display"]) == ("5000000000", "> 5,000,000,000 USD")
    assert rows[2]["label"] == "Grants from the [bold]Fund[/bold]"


def test_csv_raw_writes_the_cells_as_they_are(run, tmp_path: Path) -> None:
    data = json.loads(MINI_STORE.read_text(encoding="utf-8"))
    data["figures"][0] |= {"label": FORMULAS["label"], "note": FORMULAS["note"]}
    store = copy_mini_store(tmp_path / "store", data)
    guarded = run("export", "-f", "csv", "--store", str(store))
    raw = run("export", "-f", "csv", "--raw", "--store", str(store))
    assert (guarded.exit_code, raw.exit_code) == (0, 0), guarded.output + raw.output
    first = [next(csv.DictReader(io.StringIO(r.stdout, newline=""))) for r in (guarded, raw)]
    assert [row["label"] for row in first] == ["'" + FORMULAS["label"], FORMULAS["label"]]
    assert [row["note"] for row in first] == ["'" + FORMULAS["note"], FORMULAS["note"]]
    assert raw.stdout == guarded.stdout.replace("'=", "=").replace("'+", "+")


@pytest.mark.parametrize("fmt", ["jsonl", "markdown", "sqlite", "html"])
def test_raw_is_for_csv_only(run, folder: Path, fmt: str) -> None:
    result = run("export", "-f", fmt, "--raw", "-o", str(folder / "out"))
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "perufacts: --raw is for --format csv only (see 'perufacts export --help')\n"
    )
    assert _leftovers(folder) == []


def test_no_bound_cell_reads_as_a_formula(run) -> None:
    rows = list(csv.DictReader(io.StringIO(run("export", "-f", "csv").stdout, newline="")))
    assert sorted({r["bound"] for r in rows}) == ["above", "below", "exact"]
    assert [(r["id"], k) for r in rows for k, v in r.items() if v.startswith(tuple("=+-@"))] == []


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


def test_jsonl_lines_are_the_csv_records_with_types(run) -> None:
    result = run("export", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout.endswith("\n")
    lines = [json.loads(line) for line in result.stdout.split("\n")[:-1]]
    assert len(lines) == 26
    csv_rows = list(csv.DictReader(io.StringIO(run("export", "-f", "csv").stdout, newline="")))
    assert [list(line) for line in lines] == [list(r) for r in csv_rows]
    trade = next(r for r in lines if r["id"] == "trade-2021")
    assert (trade["value"], trade["date"], trade["year_inferred"], trade["line"]) == (
        22000000000,
        None,
        False,
        8,
    )
    visit = next(r for r in lines if r["id"] == "lima-visit")
    assert (visit["value"], visit["date"], visit["section"]) == (None, "2022-10-06", None)


def test_jsonl_fields_mean_what_figure_json_means(run, run_json) -> None:
    lines = [json.loads(line) for line in run("export", "-f", "jsonl").stdout.splitlines()]
    for line, figure in zip(lines, run_json("figure", *FIGURE_IDS)["figures"], strict=True):
        source = figure.pop("source")
        assert {k: line[k] for k in figure} == figure
        assert {k: line[k] for k in ("section", "place", "statement", "line", "sentence")} == {
            k: source[k] for k in ("section", "place", "statement", "line", "sentence")
        }


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
    store = store_from_dict(data)
    table = export.markdown_text(store)
    row = table.splitlines()[2]
    assert row == (
        "| trade-2020 | trade | Trade \\| goods \\& services | over \\$5 billion | "
        "\\> 5,000,000,000 USD | 2020 | 5 |"
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
        "\\> 22,000,000,000 USD | 2021 | 8 |"
    )
    awe = next(line for line in lines if line.startswith("| awe-alumnae "))
    assert "| nearly 400 | \\< 400 people |" in awe
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
    columns = [row[1] for row in _query(path, "PRAGMA table_info(figures)")]
    assert columns == [f for f in EXPORT_FIELDS if f not in ("title", "url")]
    figures = _query(path, "SELECT * FROM figures ORDER BY rowid")
    expected = _expected_csv_rows(REAL_STORE)
    rows = [dict(zip(columns, r, strict=True)) for r in figures]
    text = ("id", "topic", "label", "unit", "qualifier", "bound", "as_written")
    assert [(*tuple(r[k] for k in text), r["period"]) for r in rows] == [
        (*tuple(e[k] for k in text), e["period"] or None) for e in expected
    ]
    assert [(r["section"], r["place"], r["line"], r["statement"], r["sentence"], r["document"])
            for r in rows] == [
        (e["section"] or None, e["place"], int(e["line"]), e["statement"], e["sentence"],
         e["document"])
        for e in expected
    ]  # fmt: skip
    # The bounds are numbers SQL can compare (an ISO day for a date), and NULL when unbounded.
    assert [(r["low"], r["high"], r["low_open"], r["high_open"]) for r in rows] == [
        (_sql_end(e["low"]), _sql_end(e["high"]), int(e["low_open"] == "true"),
         int(e["high_open"] == "true"))
        for e in expected
    ]  # fmt: skip
    assert _query(
        path, "SELECT id FROM figures WHERE unit = 'people' AND low >= 360 AND high <= 400"
    ) == [("awe-alumnae",)]
    statements = _query(
        path, "SELECT id, document, topic, line, text FROM statements ORDER BY rowid"
    )
    assert statements == [tuple(s.values()) for s in STORE["statements"]]


def test_sqlite_keeps_numbers_numeric_and_dates_in_their_own_column(run, folder: Path) -> None:
    path = folder / "facts.db"
    assert _export(run, "sqlite", path).exit_code == 0
    rows = _query(
        path,
        "SELECT id, value, typeof(value), date, bound, display, year_inferred FROM figures "
        "WHERE id IN ('trade-2021', 'lima-visit', 'usaid-agreement-end', 'technical-assistance') "
        "ORDER BY id",
    )
    assert rows == [
        ("lima-visit", None, "null", "2022-10-06", "exact", "2022-10-06 (year inferred)", 1),
        ("technical-assistance", 86800000, "integer", None, "above", "> 86,800,000 USD", 0),
        ("trade-2021", 22000000000, "integer", None, "above", "> 22,000,000,000 USD", 0),
        ("usaid-agreement-end", None, "null", "2026", "exact", "2026", 0),
    ]
    # What an analyst asks first: the dates no longer sort above the amounts.
    assert _query(path, "SELECT id FROM figures WHERE value > 1000000000 ORDER BY value DESC") == [
        ("trade-2021",),
        ("trade-2009",),
    ]


def test_sqlite_with_foreign_keys_on_rejects_a_dangling_figure(run, folder: Path) -> None:
    path = folder / "facts.db"
    assert _export(run, "sqlite", path).exit_code == 0
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            db.execute("UPDATE figures SET statement = 'nope' WHERE id = 'trade-2021'")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute("UPDATE figures SET date = '2021' WHERE id = 'trade-2021'")
    finally:
        db.close()


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
        "perufacts: --format sqlite needs -o PATH: a database cannot go to stdout (see 'perufacts export --help')\n"
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
    assert (
        result.stderr
        == f"perufacts: {path} already exists; add --force to replace it (see 'perufacts export --help')\n"
    )
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
    assert (
        result.stderr
        == f"perufacts: cannot write {folder}: it is a directory (see 'perufacts export --help')\n"
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_missing_folder_is_refused(run, folder: Path, fmt: str) -> None:
    path = folder / "nowhere" / "out"
    result = _export(run, fmt, path)
    assert result.exit_code == 2, result.output
    assert (
        result.stderr
        == f"perufacts: cannot write {path}: no directory {path.parent} (see 'perufacts export --help')\n"
    )


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
    assert (
        result.stderr
        == f"perufacts: {path} already exists; add --force to replace it (see 'perufacts export --help')\n"
    )
    assert path.read_bytes() == b"theirs"
    assert _leftovers(folder) == ["out.csv"]


def test_output_dash_is_stdout(run, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("export", "--format", "csv", "--topic", "migration", "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("id,topic,section,place,label,value,date,")
    assert not (tmp_path / "-").exists()


# --- replacing a database beside SQLite's own files ------------------------------------------

# A writer that leaves its database mid-use: it prints "ready" once its files are on disk, then
# waits to be killed, so that nothing of SQLite's cleaning up on close happens.
_WAL_WRITER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA wal_autocheckpoint = 0")
db.execute("CREATE TABLE old (x)")
db.execute("INSERT INTO old VALUES ('stale')")
print("ready", flush=True)
time.sleep(60)
"""
_JOURNAL_WRITER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("CREATE TABLE old (x)")
db.executemany("INSERT INTO old VALUES (?)", [(bytes(1000),)] * 500)
# A small cache spills changed pages into the file before the commit: the journal is hot.
db.execute("PRAGMA cache_size = 2")
db.execute("BEGIN")
db.execute("UPDATE old SET x = randomblob(1000)")
print("ready", flush=True)
time.sleep(60)
"""


def _killed_writer(script: str, path: Path) -> None:
    """Run ``script`` on the database at ``path`` in a real process, and kill it mid-use."""
    import subprocess
    import sys

    command = [sys.executable, "-c", script, str(path)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as writer:
        try:
            assert writer.stdout is not None
            assert writer.stdout.readline() == "ready\n"
        finally:
            writer.kill()


def _assert_exactly_the_export(path: Path) -> None:
    tables = _query(path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    assert [t for (t,) in tables if not t.startswith("statements_fts")] == [
        "figures", "relation_figures", "relations", "sources", "statements", "topics",
    ]  # fmt: skip
    assert _query(path, "SELECT count(*) FROM figures") == [(26,)]
    assert _query(path, "PRAGMA integrity_check") == [("ok",)]
    assert _query(path, "PRAGMA journal_mode") == [("delete",)]


def test_force_replaces_a_database_and_its_leftover_log(run, folder: Path) -> None:
    path = folder / "facts.db"
    _killed_writer(_WAL_WRITER, path)
    assert _leftovers(folder) == ["facts.db", "facts.db-shm", "facts.db-wal"]
    result = _export(run, "sqlite", path, "--force")
    assert result.exit_code == 0, result.output
    _assert_exactly_the_export(path)
    assert _leftovers(folder) == ["facts.db"]


def test_force_replaces_a_database_and_its_hot_journal(run, folder: Path) -> None:
    path = folder / "facts.db"
    _killed_writer(_JOURNAL_WRITER, path)
    assert _leftovers(folder) == ["facts.db", "facts.db-journal"]
    result = _export(run, "sqlite", path, "--force")
    assert result.exit_code == 0, result.output
    _assert_exactly_the_export(path)
    assert _leftovers(folder) == ["facts.db"]


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_side_file_without_its_database_is_refused_then_replaced(
    run, folder: Path, suffix: str
) -> None:
    path = folder / "facts.db"
    side = folder / f"facts.db{suffix}"
    side.write_bytes(b"left behind")
    result = _export(run, "sqlite", path)
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"perufacts: {side} already exists (SQLite's file beside a database {path}); "
        "add --force to replace both (see 'perufacts export --help')\n"
    )
    assert _leftovers(folder) == [side.name]
    result = _export(run, "sqlite", path, "--force")
    assert result.exit_code == 0, result.output
    assert _leftovers(folder) == ["facts.db"]
    _assert_exactly_the_export(path)


def test_a_database_in_use_is_refused_and_kept(run, monkeypatch, folder: Path) -> None:
    path = folder / "facts.db"
    assert _export(run, "sqlite", path).exit_code == 0
    before = path.read_bytes()
    monkeypatch.setattr(export, "LOCK_WAIT", 0.1)
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM figures").fetchall()  # holds a read lock
        result = _export(run, "sqlite", path, "--force")
    finally:
        reader.close()
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        f"perufacts: cannot replace {path}: another program has the database open "
        "(database is locked); close it, then export again\n"
    )
    assert path.read_bytes() == before
    assert _leftovers(folder) == ["facts.db"]


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="needs Linux's /proc")
def test_a_folder_that_takes_no_new_file_is_named(run) -> None:
    # /proc answers "No such file or directory" for a new file beside a file that exists.
    result = run("export", "-f", "csv", "-o", "/proc/version", "--force")
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        "perufacts: cannot write /proc/version: no new file can be made in /proc "
        "(No such file or directory)\n"
    )


# --- temporaries of killed exports ---------------------------------------------------------------


def _temporary(folder: Path, name: str, age: float) -> Path:
    """A file named like an export's temporary, last changed ``age`` seconds ago."""
    path = folder / name
    path.write_bytes(b"half an export")
    then = path.stat().st_mtime - age
    os.utime(path, (then, then))
    return path


def test_the_temporary_of_a_killed_export_is_swept_by_the_next(run, tmp_path: Path) -> None:
    # kill -9 during an export left a hidden .pf* file (2 MB) that nothing removed.
    folder = tmp_path / "out"
    folder.mkdir()
    _temporary(folder, ".pfk1ll3d_x", 60)
    result = run("export", "-f", "csv", "-o", str(folder / "facts.csv"), "--store", str(MINI_STORE))
    assert result.exit_code == 0, result.output
    assert _leftovers(folder) == ["facts.csv"]


def test_only_dead_exports_temporaries_are_swept(tmp_path: Path) -> None:
    import fcntl

    _temporary(tmp_path, ".pfdead0001", 60)
    _temporary(tmp_path, ".pffresh001", 0)  # made a moment ago: its export may not have locked it
    live = _temporary(tmp_path, ".pflive0001", 60)
    _temporary(tmp_path, ".pfnot-ours", 60)  # not mkstemp's name
    _temporary(tmp_path, ".pftoolong01", 60)
    (tmp_path / ".pflink0001").symlink_to(live)
    with live.open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # a live export holds its temporary locked
        assert export.sweep_temporaries(tmp_path) == [".pfdead0001"]
    assert _leftovers(tmp_path) == [
        ".pffresh001", ".pflink0001", ".pflive0001", ".pfnot-ours", ".pftoolong01",
    ]  # fmt: skip
