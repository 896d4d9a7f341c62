"""Robustness, in-process: fuzzed command lines and stores, and stores full of hostile text."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from conftest import MINI_STORE

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
