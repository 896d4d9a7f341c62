"""Shared test set-up: a pinned terminal, a private cache, and the fixture stores."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from perufacts.cli import app

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
MINI_STORE = FIXTURES / "mini" / "facts.json"
REAL_STORE = ROOT / "data" / "facts.json"


@pytest.fixture(autouse=True)
def _pinned_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Same width, no colour, bundled store and an empty private cache for every test."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    for name in ("FORCE_COLOR", "PERUFACTS_STORE", "PERUFACTS_NO_CACHE", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PERUFACTS_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def mini_store(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point perufacts at the small hand-written fixture store."""
    monkeypatch.setenv("PERUFACTS_STORE", str(MINI_STORE))
    return MINI_STORE


@pytest.fixture
def run() -> Callable[..., object]:
    """Invoke the CLI in-process; stdout and stderr stay apart."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> object:
        return runner.invoke(app, list(args), input=input)

    return invoke


@pytest.fixture
def run_json(run: Callable[..., object]) -> Callable[..., object]:
    """Invoke with --json, assert success and an empty stderr, and return the parsed stdout."""

    def invoke(*args: str) -> object:
        result = run(*args, "--json")
        assert result.exit_code == 0, result.output
        assert result.stderr == ""
        return json.loads(result.stdout)

    return invoke
