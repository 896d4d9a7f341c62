"""The fact store: the real store is valid and complete; every kind of broken store is refused."""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import FIXTURES, MINI_STORE, REAL_STORE, ROOT, copy_mini_store
from perufacts.errors import StoreError
from perufacts.store import MAX_BYTES, load_store, parse_json, store_from_dict, validate_bytes
from perufacts.store.records import CachedStore, Records
from perufacts.vocab import Unit

BROKEN = FIXTURES / "broken"
# The sha256 of the document as published, recorded when it was copied into data/sources/.
DOCUMENT_SHA256 = "e1d0e21f6493a81dace13bd5cf7ef2ff0612994055073e8f7aa570301bea292b"


def test_real_store_is_valid() -> None:
    store = load_store(REAL_STORE, use_cache=False)
    assert (len(store.topics), len(store.statements), len(store.figures)) == (6, 31, 26)


def test_bundled_source_is_byte_identical_to_the_document() -> None:
    ours = (ROOT / "data" / "sources" / "us-peru-fact-sheet-2022.txt").read_bytes()
    assert len(ours) == 6271
    assert ours.count("\u00a0".encode()) == 8
    assert ours.count("’".encode()) == 8
    assert not ours.endswith(b"\n")
    assert hashlib.sha256(ours).hexdigest() == DOCUMENT_SHA256


def test_cached_and_uncached_loads_give_the_same_store(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = load_store(REAL_STORE, use_cache=False)
    first = load_store(REAL_STORE)  # validates and writes the cache
    # From here on, validating again would be a bug: the cache must answer.
    monkeypatch.setattr("perufacts.store.validate_bytes", _must_not_validate)
    cached = load_store(REAL_STORE)
    assert fresh == first == cached
    assert cached.figures[4].as_written == "two million doses"


def _must_not_validate(raw: bytes, base_dir: Path) -> None:
    raise AssertionError("the cached store was validated again")


def test_a_cache_that_cannot_be_written_is_skipped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    # A file where the cache folder should be: no one, not even root, can create it.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("PERUFACTS_CACHE_DIR", str(blocker / "perufacts"))
    assert load_store(REAL_STORE) == load_store(REAL_STORE, use_cache=False)
    assert not (blocker / "perufacts").exists()


def test_a_changed_source_invalidates_the_cache(tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    source = tmp_path / "sources" / "mini.txt"
    load_store(store)
    source.write_bytes(source.read_bytes().replace(b"$2 billion", b"$3 billion"))
    with pytest.raises(
        StoreError, match=r"sources\[0\]\.sha256: .* \(the source file was changed\)"
    ):
        load_store(store)


# Each broken store and the exact one-line reason it must give.
BROKEN_STORES = {
    "missing-field": "figures[0].label: required field is missing",
    "wrong-type": "topics[0].aliases: Input should be a valid array (got 'about')",
    "string-for-number": "statements[0].line: Input should be a valid integer (got '1')",
    "string-value": "figures[1].value: must be a number for unit 'USD' (got '2000000000')",
    "unknown-key": "figures[0].colour: unknown field",
    "duplicate-id": "figures[1].id: duplicate id 'trade-2020' (first used at figures[0].id)",
    "dangling-topic": "figures[0].topic: unknown topic 'nowhere'",
    "statement-not-in-source": "statements[1].text: '5.1' does not occur on line 5 "
    "(it is nowhere in the source)",
    "statement-wrong-line": "statements[3].text: '6.1' does not occur on line 5 (it is on line 6)",
    # "1.5 million" is one number, reported once.
    "uncovered-number": "statements[4].text: the number '1.5 million' in '10.1' is neither a figure "
    "nor listed in not_figures",
    "as-written-disagrees": "figures[0].value: 6000000000 but as_written 'over $5 billion' "
    "reads as 5000000000",
    "tampered-source": "sources[0].sha256: sources/tampered.txt has sha256 ed833aae36e47c4b1a1c0b99"
    "f8fdf20842ff2073123eda9ad63fa4c0747dd625, not d0c932575dbb1c834bf7e80956a27e2fce2201661a2310"
    "993557e5e139d44840 (the source file was changed)",
    "not-json": "not JSON: Expecting value at line 2 column 1",
    "empty": "the file is empty",
    "duplicate-keys": "figures[1]: duplicate key 'id'",
    "nan": "NaN is not allowed in a store (JSON has no NaN)",
    "deep-nesting": "nesting deeper than 32 levels",
}


def test_every_broken_fixture_is_listed() -> None:
    assert sorted(p.stem for p in BROKEN.glob("*.json")) == sorted(BROKEN_STORES)


@pytest.mark.parametrize(("name", "reason"), sorted(BROKEN_STORES.items()))
def test_broken_store_gives_its_reason_and_exit_4(run, name: str, reason: str) -> None:
    result = run("figures", "--store", str(BROKEN / f"{name}.json"))
    assert result.exit_code == 4, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("perufacts: store is invalid: ")
    assert reason in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("name", "reason"), sorted(BROKEN_STORES.items()))
def test_validate_lists_the_problem_with_json(run, name: str, reason: str) -> None:
    result = run("validate", str(BROKEN / f"{name}.json"), "--json")
    assert result.exit_code == 4, result.output
    assert result.stdout == ""
    error = json.loads(result.stderr)["error"]
    assert error["code"] == "store-invalid"
    assert any(reason in p for p in error.get("problems", [error["message"]]))


def test_validate_prints_every_problem_one_per_line(run) -> None:
    result = run("validate", str(BROKEN / "statement-wrong-line.json"))
    assert result.exit_code == 4
    assert result.stderr.splitlines() == [
        "statements[3].text: '6.1' does not occur on line 5 (it is on line 6)",
        "statements: line 5 of ../mini/sources/mini.txt is not covered exactly by its statements",
        "statements: line 6 of ../mini/sources/mini.txt is not covered exactly by its statements",
        # Each problem once: the last line only counts them.
        "perufacts: store is invalid: 3 problems, above",
    ]


def test_oversize_store_is_refused_before_reading(run, tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    result = run("validate", str(huge))
    assert result.exit_code == 4
    assert (
        result.stderr
        == f"perufacts: store {huge} is {MAX_BYTES + 1:,} bytes; the limit is {MAX_BYTES:,}\n"
    )


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.mkdir(), "it is a directory"),
        (lambda p: p.symlink_to(p.parent / "nowhere"), "a dangling link"),
        (lambda p: os.mkfifo(p), "it is a FIFO (named pipe), not a regular file"),
        (lambda p: None, "no such file"),
    ],
    ids=["directory", "dangling-link", "fifo", "missing"],
)
def test_unreadable_store_paths(run, tmp_path: Path, make, reason: str) -> None:
    path = tmp_path / "store.json"
    make(path)
    result = run("topics", "--store", str(path))
    assert result.exit_code == 4
    assert result.stderr == f"perufacts: cannot read store {path}: {reason}\n"


@pytest.mark.parametrize(
    ("device", "reason"),
    [
        ("/dev/null", "it is a character device, not a regular file"),
        ("/dev/zero", "it is a character device, not a regular file"),
    ],
)
def test_a_device_as_the_store_is_named(run, device: str, reason: str) -> None:
    result = run("topics", "--store", device)
    assert result.exit_code == 4
    assert result.stderr == f"perufacts: cannot read store {device}: {reason}\n"


def test_unreadable_file(run, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    path = tmp_path / "store.json"
    path.write_text("{}")
    path.chmod(0)
    result = run("topics", "--store", str(path))
    assert result.exit_code == 4
    assert result.stderr == f"perufacts: cannot read store {path}: Permission denied\n"


def test_parse_json_rejects_infinity_and_huge_numbers() -> None:
    with pytest.raises(StoreError, match="Infinity is not allowed"):
        parse_json(b'{"a": Infinity}')
    with pytest.raises(StoreError, match="number 1e999 is too large"):
        parse_json(b'{"a": 1e999}')


def test_validation_keeps_exactly_the_parsed_json() -> None:
    raw = REAL_STORE.read_bytes()
    db, validated = validate_bytes(raw, REAL_STORE.parent)
    with closing(db):
        assert validated == store_from_dict(json.loads(raw))
        assert validated.figures[6].value == 321_000_000


def test_schema_file_matches_the_models() -> None:
    from perufacts.store.validation import schema_json

    committed = (ROOT / "data" / "facts.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(), "regenerate: perufacts schema > data/facts.schema.json"


def test_an_edited_store_is_validated_again(tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    assert load_store(store).topics[2].summary == "Visitors."
    store.write_text(store.read_text(encoding="utf-8").replace("Visitors.", "Museum visitors."))
    assert load_store(store).topics[2].summary == "Museum visitors."
    store.write_text(
        store.read_text(encoding="utf-8").replace('"summary": "Museum', '"summary": 7, "x": "')
    )
    with pytest.raises(StoreError):
        load_store(store)


def test_a_damaged_cache_file_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("PERUFACTS_CACHE_DIR", str(cache))
    store = copy_mini_store(tmp_path)
    load_store(store)
    (cached,) = cache.glob("*.sqlite")
    cached.write_bytes(b"not a database")
    assert [f.id for f in load_store(store).figures] == [
        "trade-2020",
        "trade-2010",
        "fund-grants",
        "visitors",
    ]


def _traced_cached_store(tmp_path: Path) -> tuple[CachedStore, list[str]]:
    """The mini store read back from a warm cache, with every SQL statement it runs recorded."""
    store = copy_mini_store(tmp_path)
    load_store(store)
    cached = load_store(store)
    assert isinstance(cached, CachedStore)
    executed: list[str] = []
    cached._db.connection.set_trace_callback(executed.append)
    return cached, executed


def test_a_lookup_reads_only_the_records_it_needs(tmp_path: Path) -> None:
    cached, executed = _traced_cached_store(tmp_path)
    found = cached.figure("visitors")
    assert found is not None
    assert found.label == "Museum visitors"
    # One indexed read of one row: nothing scanned, no other figure built.
    assert executed == [
        "SELECT kind, pos, rid, topic, unit, data, sum FROM records INDEXED BY records_by_id "
        "WHERE kind = 'figures' AND rid = 'visitors' ORDER BY pos LIMIT 1"
    ]
    assert isinstance(cached.figures, Records)
    assert cached.figures._built == {}


@pytest.mark.parametrize("date", ["undated", "2022-13", "2022-02-30"])
def test_a_source_date_must_be_a_real_date(run, tmp_path: Path, date: str) -> None:
    from conftest import write_store

    store = write_store(tmp_path, source={"date": date})
    result = run("validate", str(store))
    assert result.exit_code == 4
    assert result.stderr.splitlines()[0] == (
        f"sources[0].date: {date!r} is not a date such as 2022, 2022-10 or 2022-10-06"
    )


def test_a_change_cannot_be_measured_from_a_figure_that_may_be_zero(tmp_path: Path) -> None:
    from test_compare import _store_with_relation

    path = _store_with_relation(tmp_path, 150)
    data = json.loads(path.read_text(encoding="utf-8"))
    sentence = data["statements"][0]["text"]
    data["figures"][0].update(qualifier="under", as_written="$2 billion")
    # "under $2 billion" must be what the sentence says: rewrite source, statement and hash.
    new_sentence = sentence.replace("was $2 billion", "was under $2 billion")
    text = (tmp_path / "s.txt").read_text(encoding="utf-8").replace(sentence, new_sentence)
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    data["statements"][0]["text"] = new_sentence
    data["figures"][0]["as_written"] = "under $2 billion"
    data["sources"][0]["sha256"] = __import__("hashlib").sha256(text.encode()).hexdigest()
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        load_store(path, use_cache=False)
    assert caught.value.problems == [
        "relations[0].figures: a percent-change needs a first figure above zero, not 'under $2 billion'"
    ]


def test_validate_checks_in_full_and_leaves_a_warm_cache(
    run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = copy_mini_store(tmp_path / "store")
    calls = []

    def counted(raw: bytes, base_dir: Path, **options: Any) -> Any:
        calls.append(base_dir)
        return validate_bytes(raw, base_dir, **options)

    monkeypatch.setattr("perufacts.store.validate_bytes", counted)
    assert run("validate", str(store), "--plain").exit_code == 0
    assert run("validate", str(store), "--plain").exit_code == 0
    # Validated in full each time, although the first run left a cache that vouches for it.
    assert calls == [store.parent, store.parent]
    monkeypatch.setattr("perufacts.store.validate_bytes", _must_not_validate)
    result = run("figure", "visitors", "--store", str(store), "--plain")
    assert result.exit_code == 0, result.output
    assert result.stdout.split("\t")[:2] == ["visitors", "1500000"]


def test_every_lookup_goes_through_an_index(tmp_path: Path) -> None:
    cached, executed = _traced_cached_store(tmp_path)
    cached.figure("visitors")
    cached.statement("5.1")
    cached.topic("trade")
    cached.source("mini")
    list(cached.select_figures("trade"))
    list(cached.select_figures("trade", Unit.USD))
    list(cached.select_figures(None, Unit.USD))
    list(cached.select_statements("trade"))
    list(cached.figure_listing("trade"))
    list(cached.figure_listing(None, Unit.USD))
    cached.topics_named("commerce")
    cached.search_candidates([["trade"]])
    cached._db.connection.set_trace_callback(None)
    # Ours, not the full-text index's own bookkeeping (which names its tables 'main'.'...').
    selects = [sql for sql in executed if sql.startswith("SELECT") and "'main'." not in sql]
    assert len(selects) >= 12
    for sql in selects:
        plan = " / ".join(
            row[3] for row in cached._db.connection.execute(f"EXPLAIN QUERY PLAN {sql}")
        )
        # Without statistics SQLite may walk the primary key in store order and test every row,
        # as fast as an index on a tiny store and hopeless on a large one.
        indexed = ("INDEX", "VIRTUAL TABLE", "PRIMARY KEY (kind=? AND pos=?)")
        assert any(way in plan for way in indexed), (sql, plan)


# --- headings are source text; no hidden characters in any text field ------------------------


def _validate(run, path: Path) -> list[str]:
    result = run("validate", str(path))
    return result.stderr.splitlines()


def _edit(path: Path, edit) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_heading_must_be_its_line_word_for_word(run, tmp_path: Path) -> None:
    from conftest import write_store

    path = write_store(tmp_path)
    path = _edit(path, lambda d: d["topics"][0].update(heading="Trade fell to $1 billion"))
    assert _validate(run, path) == [
        "topics[0].heading: 'Trade fell to $1 billion' is not line 1 (no line of the source is)",
        "topics[0].heading: the number '1 billion' in the heading of 'trade' is neither a "
        "figure of the topic nor listed in not_figures",
        "perufacts: store is invalid: 2 problems, above",
    ]
    path = _edit(path, lambda d: d["topics"][0].update(heading="Trade", heading_line=3))
    assert _validate(run, path)[0] == "topics[0].heading: 'Trade' is not line 3 (it is line 1)"
    path = _edit(path, lambda d: d["topics"][0].update(heading_line=9))
    assert _validate(run, path)[0] == ("topics[0].heading_line: line 9 is outside the source (1-3)")


def test_the_real_store_cites_its_headings_as_written(run) -> None:
    # Every heading of the real store passes the check (test_real_store_is_valid), and the
    # heading cite prints is the line of the sheet.
    lines = (ROOT / "data" / "sources").glob("*.txt")
    text = next(iter(lines)).read_text(encoding="utf-8").split("\n")
    result = run("cite", "trade-2009")
    assert result.exit_code == 0, result.output
    assert "  trade-2009: " + text[4] + ", bullet 2 (perufacts line 8)" in result.stdout


@pytest.mark.parametrize(
    ("character", "name"),
    [
        ("\x00", "U+0000"),
        ("\x07", "U+0007"),
        ("\t", "U+0009"),
        ("\x85", "U+0085"),
        ("\u200b", "U+200B ZERO WIDTH SPACE"),
        ("\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("\u2028", "U+2028 LINE SEPARATOR"),
    ],
)
def test_hidden_characters_are_refused_in_headings(
    run, tmp_path: Path, character: str, name: str
) -> None:
    from conftest import write_store

    # The source has the same heading: only the character is wrong.
    path = write_store(tmp_path, topic={"heading": f"Tra{character}de"})
    assert _validate(run, path) == [
        f"topics[0].heading: holds {name}; text holds no control, invisible or "
        "line-separating characters",
        "perufacts: store is invalid: 1 problem, above",
    ]


@pytest.mark.parametrize(
    ("field", "where"),
    [
        ({"figure": {"label": "Trade\u2060"}}, "figures[0].label"),
        ({"figure": {"note": "a\x1bnote"}}, "figures[0].note"),
        ({"figure": {"frame": {"measure": ["It\u200d"]}}}, "figures[0].frame.measure[0]"),
        ({"topic": {"summary": "Sum\x9bmary"}}, "topics[0].summary"),
        ({"topic": {"aliases": ["ok", "com\u00admerce"]}}, "topics[0].aliases[1]"),
        ({"source": {"title": "T\ufeff"}}, "sources[0].title"),
    ],
)
def test_hidden_characters_are_refused_in_every_text_field(
    run, tmp_path: Path, field: dict, where: str
) -> None:
    from conftest import write_store

    problems = _validate(run, write_store(tmp_path, **field))
    hidden = [p for p in problems if "text holds no control" in p]
    assert len(hidden) == 1, problems
    assert hidden[0].startswith(where + ": holds U+")


def test_a_number_in_a_heading_is_a_figure_or_a_not_figure(run, tmp_path: Path) -> None:
    from conftest import write_store

    path = write_store(tmp_path, topic={"heading": "Trade since 2009"})
    assert _validate(run, path) == [
        "topics[0].heading: the number '2009' in the heading of 'trade' is neither a figure of "
        "the topic nor listed in not_figures",
        "perufacts: store is invalid: 1 problem, above",
    ]
    reason = {"text": "2009", "reason": "the year the agreement took effect"}
    path = _edit(path, lambda d: d["not_figures"].append({"topic": "trade", **reason}))
    assert run("validate", str(path)).exit_code == 0
    path = _edit(path, lambda d: d["not_figures"][0].update(statement="3.1"))
    path = _edit(path, lambda d: d["not_figures"].append(reason))
    assert _validate(run, path)[:2] == [
        "not_figures[0]: names the statement or the topic (whose heading holds the number): "
        "exactly one of them",
        "not_figures[1]: names the statement or the topic (whose heading holds the number): "
        "exactly one of them",
    ]


def test_synonyms_are_validated_data(run, tmp_path: Path) -> None:
    from conftest import write_store

    path = write_store(tmp_path, "It was $5 billion in trade.")
    synonyms = [
        {"word": "aid", "means": ["trade"]},
        {"word": "aid", "means": ["tourism"]},
        {"word": "Help Desk", "means": ["trade", "billion"]},
        {"word": "money", "means": []},
    ]
    path = _edit(path, lambda d: d.update(synonyms=synonyms))
    assert _validate(run, path) == [
        "synonyms[1].word: 'aid' is listed already (synonyms[0])",
        "synonyms[1].means[0]: 'tourism' is no word of any statement",
        "synonyms[2].word: 'Help Desk' is not one folded, singular word",
        "synonyms[3].means: a synonym needs at least one word of the sheet",
        "perufacts: store is invalid: 4 problems, above",
    ]


def test_a_store_with_a_byte_order_mark_is_accepted(run, tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    store.write_bytes(b"\xef\xbb\xbf" + store.read_bytes())
    result = run("validate", str(store))
    assert result.exit_code == 0, result.output
    figure = run("figure", "trade-2010", "--store", str(store), "--plain")
    assert figure.stdout.split("\t")[:2] == ["trade-2010", "2000000000"]


@pytest.mark.parametrize(
    ("number", "message"),
    [
        (
            b"1" * 5000,
            "number 11111111111111111111… has 5,000 digits; a store's numbers have at most 4,300",
        ),
        (
            b"-" + b"9" * 4301,
            "number -9999999999999999999… has 4,301 digits; a store's numbers have at most 4,300",
        ),
        (b"1" * 400 + b".5", "number 11111111111111111111… is too large"),
    ],
)
def test_numbers_past_the_digit_limit_get_the_stores_message(number: bytes, message: str) -> None:
    with pytest.raises(StoreError) as caught:
        parse_json(b'{"version": ' + number + b"}")
    assert caught.value.message == f"store is invalid: {message}"


def test_a_number_of_exactly_the_digit_limit_is_read() -> None:
    assert parse_json(b'{"n": ' + b"7" * 4300 + b"}")["n"] == int("7" * 4300)


# --- a store with very many problems ------------------------------------------------------------


def _with_figures(tmp_path: Path, figures: list[Any]) -> Path:
    """The mini store with ``figures`` in place of its own."""
    store = copy_mini_store(tmp_path)
    data = json.loads(store.read_text(encoding="utf-8"))
    store.write_text(json.dumps({**data, "figures": figures}), encoding="utf-8")
    return store


def test_a_store_with_very_many_problems_lists_its_first_ten(run, tmp_path: Path) -> None:
    # 3 million bad entries took 62-92 s per command to refuse, listing "3000004 problems".
    store = _with_figures(tmp_path, [1] * 25_000)
    result = run("validate", str(store))
    assert result.exit_code == 4
    assert result.stderr.splitlines() == [
        *(f"figures[{i}]: Input should be an object (got 1)" for i in range(10)),
        "and 24,990 more problems",
        "perufacts: store is invalid: 25,000 problems, above",
    ]
    other = run("topics", "--store", str(store))
    assert other.stderr == (
        "perufacts: store is invalid: 25,000 problems; the first: figures[0]: Input should be an "
        "object (got 1)\n"
    )


def test_problems_past_the_first_slice_are_placed_in_the_whole_list(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from perufacts.store import validation

    monkeypatch.setattr(validation, "_SLICE", 2)  # records validated two at a time
    data = json.loads(MINI_STORE.read_text(encoding="utf-8"))
    figures = data["figures"]
    store = _with_figures(tmp_path, [*figures[:3], {**figures[3], "value": "many"}])
    result = run("validate", str(store))
    assert result.exit_code == 4
    assert result.stderr.splitlines()[0].startswith("figures[3].value: ")
    assert result.stderr.splitlines()[-1] == "perufacts: store is invalid: 1 problem, above"


def _pydantic_count(store: Path) -> int:
    """How many errors pydantic itself finds in a whole store: what the count must agree with."""
    from pydantic import ValidationError

    from perufacts.store import validation

    with pytest.raises(ValidationError) as caught:
        validation._adapter().validate_json(store.read_bytes())
    return caught.value.error_count()


def test_a_store_known_bad_is_validated_no_further_than_its_first_problems(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 3 million bad entries took 2.2 s, and 2 million empty objects 21 s: every record went
    # through pydantic, which makes an error object for each of the 20 million problems.
    from perufacts.store import validation

    handed: list[int] = []

    def validated(doc: dict[str, Any]) -> Any:
        handed.append(len(doc["figures"]))
        return real(doc)

    real = validation._validated
    monkeypatch.setattr(validation, "_validated", validated)
    store = _with_figures(tmp_path, [{}] * 30_000)
    result = run("validate", str(store))
    # Slices of 64 and 128 records, of 10 problems each: 1,920 problems, past 1,000.
    assert sum(handed) == 64 + 128
    assert result.stderr.splitlines() == [
        *(f"figures[0].{name}: required field is missing" for name in FIGURE_REQUIRED),
        "and 299,990 more problems",
        "perufacts: store is invalid: 300,000 problems, above",
    ]
    assert _pydantic_count(store) == 300_000


FIGURE_REQUIRED = (
    "id", "source", "topic", "statement", "label", "value", "unit", "qualifier", "as_written",
    "frame",
)  # fmt: skip


def _figures_past_the_first(figure: dict[str, Any], n: int) -> list[Any]:
    """``n`` records of every kind of problem, after 1,100 that are no objects."""
    kinds: list[Any] = [
        "figure", None, [figure], {}, {"extra": 1, "more": [1, 2]}, {"id": "x", "extra": 1},
        {**figure, "value": None}, {**figure, "frame": {}}, figure, {"note": 5},
    ]  # fmt: skip
    return [1] * 1_100 + [kinds[i % len(kinds)] for i in range(n)]


def test_the_problems_past_the_listed_ones_are_counted_as_pydantic_counts_them(
    run, tmp_path: Path
) -> None:
    figure = json.loads(MINI_STORE.read_text(encoding="utf-8"))["figures"][0]
    store = _with_figures(tmp_path, _figures_past_the_first(figure, 20_000))
    result = run("validate", str(store))
    # 1,100 no objects; then of every 10 records: 3 no objects (3), {} (10), two unknown
    # fields (12), an id and an unknown field (10), a null value fitting no member of the
    # union (3), a frame without its measure (1), a valid figure (0) and a bad note with the
    # 10 required fields missing (11): 50 problems each 10 records.
    assert _pydantic_count(store) == 1_100 + 2_000 * 50 == 101_100
    assert result.stderr.splitlines() == [
        *(f"figures[{i}]: Input should be an object (got 1)" for i in range(10)),
        "and 101,090 more problems",
        "perufacts: store is invalid: 101,100 problems, above",
    ]


def test_past_its_budget_the_count_is_a_lower_bound_and_says_so(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from perufacts.store import validation

    monkeypatch.setattr(validation, "_COUNTED", 100)  # pydantic counts a slice, then no more
    monkeypatch.setattr(validation, "_SLICE", 1_000)
    figure = json.loads(MINI_STORE.read_text(encoding="utf-8"))["figures"][0]
    store = _with_figures(tmp_path, _figures_past_the_first(figure, 20_000))
    result = run("validate", str(store))
    # Listed: slices of 64 to 512 records, then one of 1,000 (5,400 problems in 1,960 records).
    # Of the 1,914 tens of records left, the objects with a field of a figure are counted by
    # pydantic for the first 1,000 of them, then by their shape: the null value, the frame
    # without its measure and the bad note lose 5 of their 50 problems, in 1,714 tens.
    assert _pydantic_count(store) - 1_714 * 5 == 101_100 - 8_570 == 92_530
    assert result.stderr.splitlines() == [
        *(f"figures[{i}]: Input should be an object (got 1)" for i in range(10)),
        "and at least 92,520 more problems",
        "perufacts: store is invalid: at least 92,530 problems, above",
    ]
    other = run("topics", "--store", str(store), "--json")
    assert json.loads(other.stderr)["error"]["message"] == (
        "store is invalid: at least 92,530 problems; the first: figures[0]: Input should be an "
        "object (got 1)"
    )


_FIGURE = json.loads(MINI_STORE.read_text(encoding="utf-8"))["figures"][0]
_BAD_VALUES = st.sampled_from([None, 1, "x", [], {}, [1], {"measure": 1}, True, 2.5])


@st.composite
def _records(draw: st.DrawFn) -> Any:
    """A figure record, or something else, with any mix of its fields, others and bad values."""
    if draw(st.booleans()):
        return draw(st.sampled_from([1, "x", None, [], True, [_FIGURE]]))
    keys = draw(st.lists(st.sampled_from([*_FIGURE, "extra", "more"]), unique=True))
    return {k: draw(_BAD_VALUES) if draw(st.booleans()) else _FIGURE.get(k, 0) for k in keys}


@given(st.lists(_records(), max_size=40), st.integers(0, 30))
def test_records_past_the_listed_ones_are_counted_exactly(records: list[Any], copies: int) -> None:
    from pydantic import ValidationError

    from perufacts.store import validation

    # 1,001 problems first, so that every record after them is only counted.
    data = {**json.loads(MINI_STORE.read_text(encoding="utf-8"))}
    data["figures"] = [1] * 1_001 + records * copies
    found = validation.check_types(parse_json(json.dumps(data).encode()), listed=10)
    with pytest.raises(ValidationError) as caught:
        validation._adapter().validate_json(json.dumps(data))
    assert (found.total, found.exact) == (caught.value.error_count(), True)


def _nesting(value: Any) -> int:
    """How many levels of containers hold something, the outermost being the first."""
    members = value.values() if isinstance(value, dict) else value
    if not isinstance(value, (dict, list)) or not members:
        return 0
    return 1 + max(_nesting(m) for m in members)


_JSON = st.recursive(
    st.none() | st.integers() | st.text(max_size=3),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner, max_size=3)
    ),
    max_leaves=8,
)


@given(_JSON, st.lists(st.booleans(), min_size=26, max_size=34), st.lists(_JSON, max_size=3))
def test_nesting_past_the_limit_is_refused_exactly(
    inner: Any, wrappers: list[bool], beside: list[Any]
) -> None:
    value = inner
    for i, as_list in enumerate(wrappers):
        value = [*beside[: i % 3], value] if as_list else {"k": value, "b": beside}
    store = {"version": 1, "deep": value}
    if _nesting(store) > 32:
        with pytest.raises(StoreError) as caught:
            parse_json(json.dumps(store).encode())
        assert caught.value.message == "store is invalid: nesting deeper than 32 levels"
    else:
        assert parse_json(json.dumps(store).encode()) == store


def test_a_lone_surrogate_escape_is_refused_as_an_invalid_store(tmp_path) -> None:
    from perufacts.errors import StoreError
    from perufacts.store import parse_json

    with pytest.raises(StoreError, match="escape that makes no character"):
        parse_json(b'{"a": [{"\\ud800": 1}]}')
    # A pair that makes one character is fine.
    assert parse_json(b'{"a": "\\ud83d\\ude00"}') == {"a": "\U0001f600"}


def test_a_generic_word_of_a_frame_is_a_word_of_its_measure(run, tmp_path: Path) -> None:
    from conftest import write_store

    path = write_store(tmp_path)
    frame = json.loads(path.read_text(encoding="utf-8"))["figures"][0]["frame"]
    path = _edit(path, lambda d: d["figures"][0]["frame"].update(generic=["regions"]))
    assert _validate(run, path) == [
        "figures[0].frame.generic[0]: 'regions' is not a word of its measure",
        "perufacts: store is invalid: 1 problem, above",
    ]
    path = _edit(path, lambda d: d["figures"][0]["frame"].update(generic=frame["measure"][:1]))
    assert run("validate", str(path)).exit_code == 0


def test_a_frame_narrowed_by_words_its_sentence_never_says_is_invalid(run, tmp_path: Path) -> None:
    from conftest import write_store

    path = write_store(tmp_path)
    path = _edit(path, lambda d: d["figures"][0]["frame"].update(narrowed_by=["zeppelin"]))
    assert _validate(run, path) == [
        "figures[0].frame.narrowed_by: none of its words is in the figure's sentence",
        "perufacts: store is invalid: 1 problem, above",
    ]
