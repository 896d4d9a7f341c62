"""Robustness, in-process: fuzzed command lines and stores, and stores full of hostile text."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import COMMANDS, MINI_STORE, REAL_STORE, copy_mini_store, write_store
from perufacts.cli import app

MINI = json.loads(MINI_STORE.read_text(encoding="utf-8"))
REAL = json.loads(REAL_STORE.read_text(encoding="utf-8"))
EXIT_CODES = {0, 1, 2, 3, 4, 5}
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


# --- fuzzed command lines ----------------------------------------------------------------------

OPTIONS = [
    "--json", "--plain", "--store", "--topic", "--unit", "--format", "--file", "--lines", "-o",
    "--output", "--force", "--help", "--version", "-h", "-t", "-u", "-f", "--",
]  # fmt: skip
# Options that take the next word as their value, whatever that word looks like.
VALUE_OPTIONS = {"--store", "--topic", "-t", "--unit", "-u", "--format", "-f", "--file", "-o", "--output"}  # fmt: skip
NAMES = sorted(
    {t["id"] for t in REAL["topics"]}
    | {a for t in REAL["topics"] for a in t["aliases"]}
    | {f["id"] for f in REAL["figures"]}
    | {f["unit"] for f in REAL["figures"]}
)
VALUES = [
    "csv", "jsonl", "markdown", "sqlite", "text", "bibtex", "csl-json", "-", "", ".",
    "facts.json", "sources", "out.csv", "missing.json", "x" * 300, "2 million", "Cesar Landa",
]  # fmt: skip
# Characters that break naive code, drawn more often than chance would.
SPECIAL = "\n\r\t\x1b\x07\x7f\x85\x9b\u2028\u00a0[]'\"$%,.-=’é"
# No "/": every path a word can name stays in the example's own folder. No NUL: argv cannot
# hold one.
FREE_TEXT = st.text(
    st.sampled_from(SPECIAL) | st.characters(blacklist_characters="/\x00"), max_size=12
)
# What the OS gives Python for argument bytes that are not UTF-8: lone surrogates (PEP 383).
UNDECODABLE = st.binary(min_size=1, max_size=6).map(
    lambda b: b.replace(b"/", b"").replace(b"\0", b"").decode("utf-8", "surrogateescape")
)
# `mcp` serves its standard input until that closes (tests/test_mcp.py talks to it instead).
ONE_SHOT = [c for c in COMMANDS if c != "mcp"]
WORD = st.sampled_from(ONE_SHOT + OPTIONS + NAMES + VALUES) | FREE_TEXT | UNDECODABLE
ARGV = st.one_of(
    st.tuples(st.sampled_from(ONE_SHOT), st.lists(WORD, max_size=6)).map(lambda t: [t[0], *t[1]]),
    st.lists(WORD, max_size=6),
)


def _json_requested(argv: list[str]) -> bool:
    """Whether --json is given as the flag: not as another option's value, nor after --."""
    if {"--help", "-h", "--version"} & set(argv):
        return False
    value_next = False
    for word in argv:
        if value_next:
            value_next = False
        elif word == "--":
            return False
        elif word in VALUE_OPTIONS:
            value_next = True
        elif word == "--json":
            return True
    return False


def test_the_fuzzers_json_oracle() -> None:
    assert _json_requested(["figures", "--json"])
    assert _json_requested(["figures", "--unit", "USD", "--json"])
    assert not _json_requested(["figures", "--unit", "--json"])
    assert not _json_requested(["search", "--", "--json"])
    assert not _json_requested(["figures", "--json", "--help"])


@pytest.mark.slow
@settings(FUZZ, max_examples=250)
@given(argv=ARGV)
def test_any_command_line_ends_with_a_documented_exit_code(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path) as name:
        # A fresh folder per example, holding a copy of the mini store: whatever -o writes
        # lands there and goes with it.
        copy_mini_store(Path(name), MINI)
        monkeypatch.chdir(name)
        result = CliRunner().invoke(app, argv)
    assert result.exit_code in EXIT_CODES, (argv, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), argv
    assert "Traceback" not in result.stdout
    assert "Traceback" not in result.stderr
    assert "unexpected error" not in result.stderr, (argv, result.stderr)
    if result.exit_code == 0 and _json_requested(argv):
        json.loads(result.stdout)


# --- fuzzed stores -----------------------------------------------------------------------------

TEXT = st.text(st.sampled_from(SPECIAL) | st.characters(), max_size=8)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(sorted(MINI)) | TEXT, children, max_size=4)
    ),
    max_leaves=20,
)


def _assert_store_error(result: Any) -> None:
    """Exit 4, nothing on stdout, one line on stderr."""
    assert result.exit_code == 4, result.output
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("perufacts: ")
    assert result.stderr.endswith("\n")


@pytest.mark.slow
@settings(FUZZ, max_examples=150)
@given(value=JSON_VALUES)
def test_any_json_value_as_the_store_is_a_store_error(run, tmp_path: Path, value: Any) -> None:
    path = tmp_path / "store.json"
    # allow_nan writes NaN and Infinity, which JSON has no word for and a store must refuse.
    path.write_text(json.dumps(value, allow_nan=True), encoding="utf-8")
    _assert_store_error(run("figures", "--store", str(path)))


@pytest.mark.slow
@settings(FUZZ, max_examples=150)
@given(raw=st.binary(max_size=200))
def test_any_bytes_as_the_store_are_a_store_error(run, tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "store.json"
    path.write_bytes(raw)
    _assert_store_error(run("figures", "--store", str(path)))


def _change_somewhere(data: Any, draw: Any) -> Any:
    """``data`` with one value anywhere replaced by an arbitrary JSON value, or one key added."""
    if isinstance(data, dict) and data and draw(st.booleans()):
        key = draw(st.sampled_from(sorted(data)))
        return {**data, key: _change_somewhere(data[key], draw)}
    if isinstance(data, list) and data and draw(st.booleans()):
        i = draw(st.integers(0, len(data) - 1))
        return [*data[:i], _change_somewhere(data[i], draw), *data[i + 1 :]]
    if isinstance(data, dict) and draw(st.booleans()):
        return {**data, draw(TEXT): draw(JSON_VALUES)}
    return draw(JSON_VALUES)


@pytest.mark.slow
@settings(FUZZ, max_examples=150)
@given(data=st.data())
def test_a_store_changed_anywhere_is_valid_or_a_store_error(run, tmp_path: Path, data) -> None:
    path = copy_mini_store(tmp_path / "store", _change_somewhere(MINI, data.draw))
    result = run("figures", "--store", str(path), "--plain")
    assert result.exit_code in (0, 4), result.output
    if result.exit_code == 4:
        _assert_store_error(result)
    else:
        assert result.stderr == ""


# --- found by the fuzzers: each a regression test ----------------------------------------------


def test_a_store_error_naming_a_key_with_line_breaks_stays_one_line(run, tmp_path: Path) -> None:
    path = copy_mini_store(tmp_path / "store", {**MINI, "a\nb\u2028c": 1})
    result = run("figures", "--store", str(path))
    assert result.exit_code == 4, result.output
    assert result.stdout == ""
    assert result.stderr == "perufacts: store is invalid: a\\nb\\u2028c: unknown field\n"
    result = run("validate", str(path))
    assert result.exit_code == 4, result.output
    assert result.stderr.splitlines() == [
        "a\\nb\\u2028c: unknown field",
        "perufacts: store is invalid: 1 problem, above",
    ]


def test_an_argument_that_is_not_utf8_is_echoed_as_an_escape(run) -> None:
    # The OS hands Python the byte 0xE9 of a Latin-1 "café" as the lone surrogate U+DCE9.
    result = run("search", "caf\udce9", "--json")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert '"query": "caf\\udce9"' in result.stdout
    assert json.loads(result.stdout_bytes.decode("utf-8")) == {"query": "caf\udce9", "results": []}
    result = run("check", "caf\udce9 has 2 million", "--plain")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "1:10\t2 million\tno-match\t\t\t\tcaf\\udce9 has 2 million"
        "\tno figure of the sheet measures what this counts\n"
    )
    result = run("topic", "caf\udce9")
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith("perufacts: no topic 'caf\\udce9' (did you mean ")


def test_an_output_name_too_long_is_a_usage_error(run, tmp_path: Path) -> None:
    path = tmp_path / ("x" * 300)
    result = run("export", "--format", "csv", "-o", str(path))
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert (
        result.stderr
        == f"perufacts: cannot write {path}: File name too long (see 'perufacts export --help')\n"
    )


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("s\x00.txt", "a NUL byte in its name"),
        ("folder", "it is a directory"),
        ("nowhere.txt", "no such file"),
    ],
    ids=["nul-in-name", "directory", "missing"],
)
def test_a_source_that_cannot_be_read_is_a_store_error(run, tmp_path: Path, name, reason) -> None:
    (tmp_path / "folder").mkdir()
    path = write_store(tmp_path, source={"file": name})
    result = run("figures", "--store", str(path))
    assert result.exit_code == 4, result.output
    assert result.stdout == ""
    shown = str(tmp_path / name).replace("\x00", "\\x00")
    # The NUL is also a character no text field may hold: a second problem, listed after.
    count = "2 problems; the first: " if "\x00" in name else ""
    assert result.stderr == (
        f"perufacts: store is invalid: {count}sources[0].file: cannot read source {shown}: "
        f"{reason}\n"
    )


def test_a_terminal_too_narrow_for_a_table_gets_longer_lines_not_cut_ones(run, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "20")
    result = run("figure", "trade-2021")
    assert result.exit_code == 0, result.output
    names = [line.split("  ")[0] for line in result.stdout.splitlines() if line[:1] != " "]
    assert names == [
        "Figure", "Label", "As written", "Value", "Period", "Section", "Source", "Statement", "Cite",
    ]  # fmt: skip
    assert result.stdout.splitlines()[0] == "Figure      trade-2021"
    result = run("chart", "--unit", "USD")
    assert result.exit_code == 0, result.output
    title, first = (line.split() for line in result.stdout.splitlines()[:2])
    assert title == ["USD,", "all", "topics"]
    assert (first[:3], first[-1]) == (["over", "$22", "billion"], "trade-2021")
    assert first[3] == "#" * 10 + ">"


def test_a_draft_on_standard_input_that_is_not_utf8_is_a_usage_error(run) -> None:
    result = run("check", "--file", "-", input=b"caf\xe9 has 2 million")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert (
        result.stderr
        == "perufacts: cannot read standard input: not UTF-8 (byte 3) (see 'perufacts check --help')\n"
    )


# --- hostile text in a valid store -------------------------------------------------------------

ESC = "\x1b"
# Rich markup, colour codes, a window-title sequence, BEL, backspace, DEL, a C1 CSI, a CR.
HOSTILE = f"[red]x[/red] {ESC}[31mred{ESC}[0m {ESC}]0;title\x07 \x08\x7f\x9b\r"
# A sentence must occur in the source and hold no number that is not a figure: no digits here.
SENTENCE = f"The [red]Fund[/red] gave {ESC}[J$5 billion{ESC}[m\x07 to [bold]all[/bold]."
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
HOSTILE_COMMANDS = [
    ["figures"], ["figure", "t"], ["topic", "trade"], ["search", "fund"], ["source", "--lines"],
]  # fmt: skip


@pytest.fixture
def hostile_store(tmp_path: Path, unchecked_characters: None) -> Path:
    """A valid store whose label, note, summary, title and statement carry markup and escapes."""
    return write_store(
        tmp_path / "hostile", SENTENCE, source={"title": f"T {HOSTILE}"},
        topic={"summary": HOSTILE}, figure={"label": HOSTILE, "note": HOSTILE},
    )  # fmt: skip


@pytest.mark.parametrize("fmt", ["table", "plain", "json"])
@pytest.mark.parametrize("command", HOSTILE_COMMANDS, ids=[c[0] for c in HOSTILE_COMMANDS])
def test_hostile_text_in_a_store_prints_inert(run, hostile_store, command, fmt: str) -> None:
    result = run(*command, "--store", str(hostile_store), *([f"--{fmt}"] if fmt != "table" else []))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert not RAW_CONTROL.search(result.stdout), repr(result.stdout)
    if fmt == "json":
        # The data itself is intact, escaped by JSON.
        assert json.dumps(SENTENCE)[1:-1] in json.dumps(json.loads(result.stdout))
    else:
        # Markup is text, and escape sequences show as escapes.
        assert "[red]" in result.stdout
        assert "\\x1b[" in result.stdout


def test_hostile_label_shows_every_character_escaped(run, hostile_store) -> None:
    result = run("figures", "--store", str(hostile_store), "--plain")
    assert result.exit_code == 0, result.output
    assert (
        result.stdout.split("\t")[5]
        == "[red]x[/red] \\x1b[31mred\\x1b[0m \\x1b]0;title\\x07 \\x08\\x7f\\x9b"
    )
    result = run("figure", "t", "--store", str(hostile_store), "--json")
    assert json.loads(result.stdout)["figures"][0]["label"] == HOSTILE


# --- store paths that cannot be read (tests/test_store.py has the directory, the dangling link,
# the FIFO and a missing file; these cannot be read even by root) -------------------------------


def _loop(path: Path) -> None:
    path.symlink_to(path.name)


def _under_a_file(path: Path) -> Path:
    path.write_text("{}")
    return path / "facts.json"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_loop, "Too many levels of symbolic links"),
        (_under_a_file, "Not a directory"),
        (lambda p: p.parent / ("x" * 300), "File name too long"),
    ],
    ids=["symlink-loop", "under-a-file", "name-too-long"],
)
def test_a_store_path_no_one_can_read_is_a_store_error(run, tmp_path: Path, make, reason) -> None:
    path = tmp_path / "store.json"
    path = make(path) or path
    result = run("figures", "--store", str(path))
    assert result.exit_code == 4, result.output
    assert result.stdout == ""
    assert result.stderr == f"perufacts: cannot read store {path}: {reason}\n"


@pytest.mark.parametrize("fmt", ["text", "markdown", "bibtex"])
def test_citations_show_control_characters_never_send_them(run, hostile_store, fmt: str) -> None:
    result = run("cite", "t", "--format", fmt, "--store", str(hostile_store))
    assert result.exit_code == 0, result.output
    assert not RAW_CONTROL.search(result.stdout.replace("\n", ""))
    assert "\\x1b" in result.stdout


def test_bidi_controls_are_shown_not_obeyed() -> None:
    from perufacts.present.safety import inert

    assert inert("price \u202e000,1$") == "price \\u202e000,1$"
