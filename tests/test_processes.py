"""Robustness in real processes: what CliRunner cannot see (pipes, encodings, locales, signals)."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REAL_STORE, write_store

REAL = json.loads(REAL_STORE.read_text(encoding="utf-8"))

TIMEOUT = 60  # seconds: only a guard against a hang, never a measurement


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The test's environment for a child process, with its own cache and the bundled store."""
    child = dict(os.environ)
    child["PERUFACTS_CACHE_DIR"] = str(tmp_path / "cache")
    child.pop("PERUFACTS_STORE", None)
    return child


def perufacts(
    *args: str | bytes, env: dict[str, str], input: bytes = b""
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m perufacts ARGS`` to completion; stdout and stderr as bytes."""
    return subprocess.run(
        [sys.executable, "-m", "perufacts", *args],
        input=input,
        capture_output=True,
        env=env,
        timeout=TIMEOUT,
        check=False,
    )


@pytest.mark.parametrize(
    "setting",
    # Strict UTF-8 refuses a lone surrogate; ASCII replaces it; the C.UTF-8 locale writes the
    # original byte back, which is not UTF-8.
    [{"PYTHONIOENCODING": "utf-8"}, {"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "C.UTF-8"}],
    ids=["strict-utf8", "ascii", "c-utf8-locale"],
)
def test_an_argument_that_is_not_utf8_is_echoed_as_an_escape(env, setting) -> None:
    env.update(setting)
    done = perufacts("search", b"caf\xe9", "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert json.loads(done.stdout.decode("utf-8")) == {"query": "caf\udce9", "results": []}
    done = perufacts("check", b"caf\xe9 has 2 million", "--plain", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == b"1\t2 million\tno-match\t\t\t\tcaf\\udce9 has 2 million\n"


def _limited_memory() -> None:
    """In the child: a ceiling on memory, so that a regression reading /dev/zero fails fast."""
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_source_that_is_a_fifo_or_a_device_is_refused_not_read(env, tmp_path: Path, kind) -> None:
    if kind == "fifo":
        os.mkfifo(tmp_path / "pipe")
        name = str(tmp_path / "pipe")
    else:
        name = "/dev/zero"  # never ends
    store = write_store(tmp_path, source={"file": name})
    done = subprocess.run(
        [sys.executable, "-m", "perufacts", "figures", "--store", str(store)],
        capture_output=True, env=env, timeout=TIMEOUT, check=False, preexec_fn=_limited_memory,
    )  # fmt: skip
    assert done.returncode == 4, done.stderr
    assert done.stdout == b""
    assert done.stderr.decode() == (
        f"perufacts: store is invalid: sources[0].file: cannot read source {name}: "
        "not a regular file\n"
    )


def test_a_fifo_as_the_store_is_refused_not_opened(env, tmp_path: Path) -> None:
    fifo = tmp_path / "facts.json"
    os.mkfifo(fifo)
    done = perufacts("figures", "--store", str(fifo), env=env)
    assert done.returncode == 4, done.stderr
    assert done.stdout == b""
    assert done.stderr.decode() == f"perufacts: cannot read store {fifo}: not a regular file\n"


@pytest.mark.parametrize("columns", ["20", "300"])
@pytest.mark.parametrize("fmt", ["table", "plain"])
def test_no_terminal_width_cuts_a_figure(env, columns: str, fmt: str) -> None:
    env["COLUMNS"] = columns
    done = perufacts("figures", *([f"--{fmt}"] if fmt != "table" else []), env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    flat = " ".join(done.stdout.decode("utf-8").split())
    for figure in REAL["figures"]:
        assert figure["id"] in flat
        assert " ".join(figure["as_written"].split()) in flat


DRAFT = "César’s note • Peru hosts 2 million Venezuelan migrants.\n".encode()
ASCII_LOCALES = {
    "pythonioencoding-ascii": {"PYTHONIOENCODING": "ascii"},
    "c-locale": {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
}


@pytest.mark.parametrize("setting", ASCII_LOCALES.values(), ids=ASCII_LOCALES.keys())
@pytest.mark.parametrize("draft", [["--file", "-"], ["-"]], ids=["file", "argument"])
def test_a_utf8_draft_on_standard_input_is_read_whatever_the_locale(env, setting, draft) -> None:
    env.update(setting)
    done = perufacts("check", *draft, "--json", env=env, input=DRAFT)
    assert done.returncode == 5, done.stderr  # 2 million contradicts the sheet's 1.3 million
    assert done.stderr == b""
    (claim,) = json.loads(done.stdout)["claims"]
    assert claim["sentence_text"] == DRAFT.decode().strip()


def test_a_closed_standard_input_is_a_usage_error(env) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "perufacts", "check", "-"],
        stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=TIMEOUT, check=False,
        preexec_fn=lambda: os.close(0),
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr == b"perufacts: cannot read standard input: it is closed\n"
