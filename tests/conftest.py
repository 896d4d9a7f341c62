"""Shared test set-up: a pinned terminal, a private cache, and the fixture stores."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from perufacts.cli import app
from perufacts.store import front_end_call

# In CI (CI set, as CI services and .ci/run set it) every test runs and hypothesis tries its
# full number of examples; locally, slow tests are skipped unless -m selects them, and
# hypothesis runs a light profile, so that the default run stays quick.
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false")
settings.register_profile("ci", deadline=None)
settings.register_profile("dev", max_examples=10, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if IN_CI else "dev"))

# Every command of the CLI, listed once.
COMMANDS = [
    "topics", "topic", "figure", "figures", "search", "source", "validate", "schema", "compare",
    "audit", "chart", "check", "export", "cite", "mcp",
]  # fmt: skip


# Seconds: a guard against a hang in a real process, never a measurement.
TIMEOUT = 60


def perufacts(*args: str | bytes, env: dict[str, str] | None, **options: Any) -> Any:
    """Run ``python -m perufacts ARGS`` in a real process to completion; output as bytes."""
    if "stdout" not in options and "stderr" not in options:
        options.setdefault("capture_output", True)
    options.setdefault("timeout", TIMEOUT)
    command = [sys.executable, "-m", "perufacts", *args]
    return subprocess.run(command, env=env, check=False, **options)


# Scores that tests report (the claim checker's accuracy), printed at the end of the run.
SCORES: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the scores the tests recorded, whether they passed or not."""
    for line in SCORES:
        terminalreporter.write_line(line)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip slow tests locally, unless CI is set or a -m expression chooses what runs."""
    if IN_CI or config.getoption("markexpr"):
        return
    skip = pytest.mark.skip(reason="slow: runs in CI (CI=true) or with -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
MINI_STORE = FIXTURES / "mini" / "facts.json"
REAL_STORE = ROOT / "data" / "facts.json"


def copy_mini_store(folder: Path, data: Any = None) -> Path:
    """The mini store with its source, in ``folder``; ``data`` (if given) as its JSON instead."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(MINI_STORE.parent / "sources", folder / "sources", dirs_exist_ok=True)
    path = folder / "facts.json"
    if data is None:
        path.write_bytes(MINI_STORE.read_bytes())
    else:
        path.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")
    return path


def write_store(
    folder: Path,
    sentence: str = "It was $5 billion.",
    *,
    source: dict[str, Any] | None = None,
    topic: dict[str, Any] | None = None,
    figure: dict[str, Any] | None = None,
    not_figures: tuple[str, ...] = (),
) -> Path:
    """Write a valid one-figure store in ``folder``: its sentence is line 3 of its source file.

    ``source``, ``topic`` and ``figure`` replace fields of those records; ``not_figures`` lists
    numbers in the sentence that are not figures.
    """
    folder.mkdir(parents=True, exist_ok=True)
    topic = {"id": "trade", "source": "s", "heading": "Trade", "heading_line": 1,
             "summary": "Trade.", **(topic or {})}  # fmt: skip
    text = f"{topic['heading']}\n\n  • {sentence}"
    (folder / "s.txt").write_text(text, encoding="utf-8")
    store = {
        "version": 1,
        "sources": [{"id": "s", "title": "T", "publisher": "P", "url": "https://example.org",
                     "date": "2020", "date_basis": "test", "file": "s.txt", "licence": "CC0",
                     "sha256": hashlib.sha256(text.encode()).hexdigest(), **(source or {})}],
        "topics": [topic],
        "statements": [{"id": "3.1", "source": "s", "topic": "trade", "line": 3, "text": sentence}],
        "figures": [{"id": "t", "source": "s", "topic": "trade", "statement": "3.1",
                     "label": "Trade", "value": 5000000000, "unit": "USD", "qualifier": "exact",
                     "as_written": "$5 billion", "frame": {"measure": re.findall(r"[A-Za-z]+", sentence)[:1]}, "period": None,
                     **(figure or {})}],
        "not_figures": [{"statement": "3.1", "text": n, "reason": "test"} for n in not_figures],
    }  # fmt: skip
    path = folder / "facts.json"
    path.write_text(json.dumps(store), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _pinned_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Same width, no colour, bundled store and an empty private cache for every test."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    for name in ("FORCE_COLOR", "PERUFACTS_STORE", "PERUFACTS_NO_CACHE", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PERUFACTS_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="session", autouse=True)
def _databases_closed_at_the_end() -> Iterator[None]:
    """Close the databases of stores loaded by module fixtures, as a command's end does."""
    with front_end_call():
        yield


@pytest.fixture(autouse=True)
def _databases_closed() -> Iterator[None]:
    """Close the databases of the stores a test loaded itself, as a command's end does."""
    with front_end_call():
        yield


@pytest.fixture
def unchecked_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let text with controls and invisible characters through validation, in this process.

    Validation refuses them in every text field (tests/test_store.py); the presenters show
    them inert all the same, since drafts, paths and messages carry them too. Tests of the
    presenters reach them through a store validated without that one check.
    """
    monkeypatch.setattr("perufacts.store.integrity.HIDDEN_CHARACTERS", re.compile("(?!)"))


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
