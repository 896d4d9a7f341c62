"""Robustness, in-process: fuzzed command lines and stores, and stores full of hostile text."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import MINI_STORE, write_store

MINI = json.loads(MINI_STORE.read_text(encoding="utf-8"))


def _copy_mini_store(folder: Path, data: Any = MINI) -> Path:
    """The mini store (or ``data`` in its place) with its source, in ``folder``."""
    folder.mkdir(exist_ok=True)
    shutil.copytree(MINI_STORE.parent / "sources", folder / "sources", dirs_exist_ok=True)
    path = folder / "facts.json"
    path.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")
    return path


# --- found by the fuzzers: each a regression test ----------------------------------------------


def test_a_store_error_naming_a_key_with_line_breaks_stays_one_line(run, tmp_path: Path) -> None:
    path = _copy_mini_store(tmp_path / "store", {**MINI, "a\nb\u2028c": 1})
    result = run("figures", "--store", str(path))
    assert result.exit_code == 4, result.output
    assert result.stdout == ""
    assert result.stderr == "perufacts: store is invalid: a\\nb\\u2028c: unknown field\n"
    result = run("validate", str(path))
    assert result.exit_code == 4, result.output
    assert result.stderr.splitlines() == [
        "a\\nb\\u2028c: unknown field",
        "perufacts: store is invalid: a\\nb\\u2028c: unknown field",
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
    assert result.stdout == "1\t2 million\tno-match\t\t\t\tcaf\\udce9 has 2 million\n"
    result = run("topic", "caf\udce9")
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith("perufacts: no topic 'caf\\udce9' (did you mean ")


def test_an_output_name_too_long_is_a_usage_error(run, tmp_path: Path) -> None:
    path = tmp_path / ("x" * 300)
    result = run("export", "--format", "csv", "-o", str(path))
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == f"perufacts: cannot write {path}: File name too long\n"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("s\x00.txt", "embedded null byte"),
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
    assert result.stderr == (
        f"perufacts: store is invalid: sources[0].file: cannot read source {shown}: {reason}\n"
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
    first = result.stdout.splitlines()[0].split()
    assert (first[:3], first[-1]) == (["over", "$22", "billion"], "trade-2021")
    assert first[3] == "#" * 10 + ">"


def test_a_draft_on_standard_input_that_is_not_utf8_is_a_usage_error(run) -> None:
    result = run("check", "--file", "-", input=b"caf\xe9 has 2 million")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == "perufacts: cannot read standard input: not UTF-8 (byte 3)\n"
