"""Robustness in real processes: what CliRunner cannot see (pipes, encodings, locales, signals)."""

from __future__ import annotations

import fcntl
import json
import os
import resource
import select
import signal
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from conftest import REAL_STORE, TIMEOUT, perufacts, write_store
from perufacts.text import nearest_ascii

REAL = json.loads(REAL_STORE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache that already vouches for the bundled store, shared by this file's processes."""
    cache = tmp_path_factory.mktemp("cache")
    env = {**os.environ, "PERUFACTS_CACHE_DIR": str(cache)}
    env.pop("PERUFACTS_STORE", None)
    subprocess.run([sys.executable, "-m", "perufacts", "topics", "--json"], env=env, check=True,
                   capture_output=True, timeout=TIMEOUT)  # fmt: skip
    return cache


@pytest.fixture
def env(warm_cache: Path) -> dict[str, str]:
    """The environment for a child process: this test's settings, the bundled store, a warm cache."""
    child = dict(os.environ)
    child["PERUFACTS_CACHE_DIR"] = str(warm_cache)
    child.pop("PERUFACTS_STORE", None)
    return child


def perufacts_all(commands: list[list[str]], env: dict[str, str]) -> list[tuple[int, bytes, bytes]]:
    """Run many ``python -m perufacts`` side by side; (exit code, stdout, stderr) of each."""
    streams = {"stdin": subprocess.DEVNULL, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    children = [
        subprocess.Popen([sys.executable, "-m", "perufacts", *args], env=env, **streams)
        for args in commands
    ]
    results = []
    for child in children:
        out, err = child.communicate(timeout=TIMEOUT)
        results.append((child.returncode, out, err))
    return results


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
    assert done.stdout == (
        b"1:10\t2 million\tno-match\t\t\t\tcaf\\udce9 has 2 million"
        b"\tno figure of the sheet measures what this counts\n"
    )


def _limited_memory() -> None:
    """In the child: a ceiling on memory, so that a regression reading /dev/zero fails fast."""
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_source_that_is_a_fifo_or_a_device_is_refused_not_read(env, tmp_path: Path, kind) -> None:
    if kind == "fifo":
        os.mkfifo(tmp_path / "pipe")
        name = str(tmp_path / "pipe")
        what = "a FIFO (named pipe)"
    else:
        name = "/dev/zero"  # never ends
        what = "a character device"
    store = write_store(tmp_path, source={"file": name})
    done = subprocess.run(
        [sys.executable, "-m", "perufacts", "figures", "--store", str(store)],
        capture_output=True, env=env, timeout=TIMEOUT, check=False, preexec_fn=_limited_memory,
    )  # fmt: skip
    assert done.returncode == 4, done.stderr
    assert done.stdout == b""
    assert done.stderr.decode() == (
        f"perufacts: store is invalid: sources[0].file: cannot read source {name}: "
        f"it is {what}, not a regular file\n"
    )


def test_a_fifo_as_the_store_is_refused_not_opened(env, tmp_path: Path) -> None:
    fifo = tmp_path / "facts.json"
    os.mkfifo(fifo)
    done = perufacts("figures", "--store", str(fifo), env=env)
    assert done.returncode == 4, done.stderr
    assert done.stdout == b""
    assert done.stderr.decode() == (
        f"perufacts: cannot read store {fifo}: it is a FIFO (named pipe), not a regular file\n"
    )


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
    # The inline bullet starts a sentence of its own.
    assert claim["sentence_text"] == "Peru hosts 2 million Venezuelan migrants."


def test_a_closed_standard_input_is_a_usage_error(env) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "perufacts", "check", "-"],
        stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=TIMEOUT, check=False,
        preexec_fn=lambda: os.close(0),
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert (
        done.stderr
        == b"perufacts: cannot read standard input: it is closed (see 'perufacts check --help')\n"
    )


# --- pipes, colour and signals ---------------------------------------------------------------

# Every figure ten times: more than a 64 KiB pipe holds, so head's early exit reaches the writer.
MANY_IDS = [f["id"] for f in REAL["figures"]] * 10


@pytest.mark.parametrize("fmt", ["--plain", "--json"])
@pytest.mark.parametrize("command", [["figures"], ["figure", *MANY_IDS]], ids=["figures", "many"])
def test_head_reading_one_line_leaves_stderr_empty(env, fmt: str, command) -> None:
    # `perufacts figures --plain | head -n 1`, with the producer's stderr kept apart.
    producer = subprocess.Popen(
        [sys.executable, "-m", "perufacts", *command, fmt],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    head = subprocess.Popen(["head", "-n", "1"], stdin=producer.stdout, stdout=subprocess.PIPE)
    producer.stdout.close()  # head alone holds the read end now
    first, _ = head.communicate(timeout=TIMEOUT)
    errors = producer.stderr.read()
    producer.stderr.close()
    # Killed by SIGPIPE if it wrote after head left, else finished first: quiet either way.
    assert producer.wait(timeout=TIMEOUT) in (0, -signal.SIGPIPE)
    assert errors == b""
    assert first.startswith(b"{" if fmt == "--json" else b"lima-visit\t2022-10-06\tdate\t")
    assert first.count(b"\n") == 1
    assert first.endswith(b"\n")


@pytest.mark.parametrize(
    "command",
    [["figures", "--plain"], ["figures", "--json"], ["figures"], ["export", "--format", "csv"]],
)
def test_writing_to_a_pipe_nobody_reads_ends_quietly(env, command) -> None:
    # Some pipes hold megabytes, so head may leave without the writer noticing: here the
    # reader is gone before the first byte is written.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "perufacts", *command],
            stdout=write_end, stderr=subprocess.PIPE, env=env, timeout=TIMEOUT, check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert done.returncode == -signal.SIGPIPE
    assert done.stderr == b""


# A contradicted claim, and a draft with none, each more than a 64 KiB pipe holds.
CONTRADICTED = "Peru hosts 2 million Venezuelan migrants.\n"
SUPPORTED = "Trade was $9 billion in 2009.\n"


@pytest.mark.parametrize("fmt", ["--plain", "--json", "--table"])
def test_a_closed_pipe_never_hides_a_contradiction(env, tmp_path: Path, fmt: str) -> None:
    # The reader is gone before the first byte: check still exits 5, and says why on stderr.
    draft = tmp_path / "draft.txt"
    draft.write_text(CONTRADICTED * 400, encoding="utf-8")
    read_end, write_end = os.pipe()
    os.close(read_end)
    args = ["check", "--file", str(draft), *([fmt] if fmt != "--table" else [])]
    try:
        done = subprocess.run(
            [sys.executable, "-m", "perufacts", *args],
            stdout=write_end, stderr=subprocess.PIPE, env=env, timeout=TIMEOUT, check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert done.returncode == 5
    assert done.stderr == (
        b"perufacts: the reader stopped before the end: 400 of 400 claims are contradicted "
        b"(exit 5)\n"
    )


def test_a_closed_pipe_without_a_contradiction_ends_as_sigpipe(env, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(SUPPORTED * 400, encoding="utf-8")
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "perufacts", "check", "--file", str(draft), "--plain"],
            stdout=write_end, stderr=subprocess.PIPE, env=env, timeout=TIMEOUT, check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert done.returncode == -signal.SIGPIPE
    assert done.stderr == b""


def test_check_piped_to_head_under_pipefail_exits_5(env, tmp_path: Path) -> None:
    # The shell's view, as docs/commands.md shows it: `set -o pipefail; check ... | head -1`.
    draft = tmp_path / "draft.txt"
    draft.write_text(CONTRADICTED * 400, encoding="utf-8")
    script = f'set -o pipefail; "{sys.executable}" -m perufacts check --file "{draft}" --plain | head -n 1'
    done = subprocess.run(
        ["bash", "-c", script], env=env, capture_output=True, timeout=TIMEOUT, check=False
    )
    assert done.returncode == 5
    assert done.stdout.decode().startswith("1:12\t2 million\tcontradicted\t")
    assert done.stdout.count(b"\n") == 1
    assert done.stderr.decode() in (
        "",  # the whole output fitted in the pipe before head left
        "perufacts: the reader stopped before the end: 400 of 400 claims are contradicted (exit 5)\n",
    )


COLOURLESS = {"no-color": {"NO_COLOR": "1"}, "dumb-terminal": {"TERM": "dumb"}, "pipe-only": {}}
RICH_COMMANDS = [
    ["figures"], ["figure", "trade-2021"], ["topic", "migration"], ["topics"],
    ["search", "vaccine"], ["source"], ["chart"], ["audit"], ["compare", "trade-2009", "trade-2021"],
    ["check", "Peru hosts 2 million Venezuelan migrants."], ["validate"],
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("setting", COLOURLESS.values(), ids=COLOURLESS.keys())
def test_no_escape_sequences_without_a_colour_terminal(env, setting) -> None:
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "NO_COLOR"):
        env.pop(name, None)
    env["TERM"] = "xterm-256color"
    env.update(setting)
    results = perufacts_all(RICH_COMMANDS, env)
    for command, (code, out, err) in zip(RICH_COMMANDS, results, strict=True):
        assert code in (0, 5), (command, err)  # check exits 5: its claim is contradicted
        assert out, command
        assert b"\x1b" not in out, command
        assert err == b"", command


def _drained(pipe: int) -> bool:
    """True when everything written into the pipe has been read from its other end."""
    waiting = fcntl.ioctl(pipe, termios.FIONREAD, b"\0\0\0\0")
    return struct.unpack("i", waiting)[0] == 0


@pytest.mark.parametrize("draft", [["--file", "-"], ["-"]], ids=["file", "argument"])
def test_ctrl_c_while_reading_a_draft_exits_130_with_one_line(env, draft) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "perufacts", "check", *draft],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    child.stdin.write(b"Peru hosts ")
    child.stdin.flush()
    # Once it has read those words it waits on stdin for the rest: Ctrl-C lands there.
    while not _drained(child.stdin.fileno()):
        assert child.poll() is None, child.stderr.read() if child.stderr else b""
        select.select([], [], [], 0.01)  # yield the CPU; no time is measured
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=TIMEOUT)
    assert child.returncode == 130
    assert out == b""
    assert err == b"perufacts: interrupted\n"


# --- encodings and locales -------------------------------------------------------------------

# Each prints "César", "•" or "’" (and "“ ”" for the markdown citation).
NON_ASCII = {
    ("search", "Cesar Landa"): "César Landa",
    ("figure", "inl-support", "cultural-mou"): "State Department’s",
    ("topic", "visit"): "César",
    ("source", "--lines"): "• Under the U.S.-Peru Trade Promotion Agreement",
}


@pytest.mark.slow
@pytest.mark.parametrize("setting", ASCII_LOCALES.values(), ids=ASCII_LOCALES.keys())
def test_non_ascii_text_prints_on_an_ascii_stdout(env, setting) -> None:
    env.update(setting)
    commands = [
        [*command, *fmt] for command in NON_ASCII for fmt in ([], ["--plain"], ["--json"])
    ] + [["cite", "inl-support"], ["cite", "inl-support", "--format", "markdown"]]
    for args, (code, out, err) in zip(commands, perufacts_all(commands, env), strict=True):
        assert code == 0, (args, err)
        assert err == b"", args
        assert out.isascii(), args  # the nearest ASCII ("Cesar"), \u escapes in JSON
        if "--json" in args:
            assert NON_ASCII[tuple(args[:-1])] in json.dumps(json.loads(out), ensure_ascii=False)
        elif args[0] != "cite":
            wanted = nearest_ascii(NON_ASCII[tuple(a for a in args if a != "--plain")]).encode()
            assert b" ".join(wanted.split()) in b" ".join(out.split()), args


# --- what a scripted lookup imports ---------------------------------------------------------

PROBE = """
import json, sys
from perufacts.cli import main
sys.argv = ["perufacts", "figure", "trade-2021", "--json"]
try:
    main()
except SystemExit as exc:
    code = exc.code
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("rich", "pydantic"))
sys.stderr.write(json.dumps({"exit": code, "loaded": loaded}))
"""


def test_figure_json_imports_neither_rich_nor_on_a_warm_cache_pydantic(env, tmp_path) -> None:
    env["PERUFACTS_CACHE_DIR"] = str(tmp_path / "empty-cache")
    probes = []
    for _ in ("cold", "warm"):
        done = subprocess.run(
            [sys.executable, "-c", PROBE], capture_output=True, env=env, timeout=TIMEOUT, check=True
        )
        assert json.loads(done.stdout)["figures"][0]["id"] == "trade-2021"
        probes.append(json.loads(done.stderr))
    cold, warm = probes
    # Cold, the store is validated, with pydantic: the probe sees what was imported.
    assert cold["exit"] == 0
    assert "pydantic" in cold["loaded"]
    assert [m for m in cold["loaded"] if m.split(".")[0] == "rich"] == []
    assert warm == {"exit": 0, "loaded": []}


def test_a_draft_piped_in_is_checked_and_a_terminal_is_never_waited_on(env) -> None:
    draft = b"Peru hosts 2 million Venezuelan migrants.\n"
    piped = subprocess.run([sys.executable, "-m", "perufacts", "check", "--plain"], input=draft,
                           env=env, capture_output=True, timeout=60)  # fmt: skip
    assert piped.returncode == 5
    assert piped.stdout.split(b"\t")[2] == b"contradicted"
    # Standard input closed: nothing to read, and a usage error rather than a wait.
    closed = subprocess.run([sys.executable, "-m", "perufacts", "check"], stdin=subprocess.DEVNULL,
                            env=env, capture_output=True, timeout=60)  # fmt: skip
    assert closed.returncode == 2
    assert closed.stderr.startswith(b"perufacts: nothing to check: give a sentence")


def _on_a_terminal(args: list[str], env: dict[str, str]) -> bytes:
    """What a command shows on a pseudo-terminal of 80 columns."""
    import pty

    parent, child = pty.openpty()
    try:
        subprocess.run([sys.executable, "-m", "perufacts", *args], stdout=child,
                       stderr=subprocess.PIPE, env=env, timeout=60, check=False)  # fmt: skip
        os.close(child)
        shown = b""
        while True:
            try:
                chunk = os.read(parent, 65536)
            except OSError:  # the other end is closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(parent)
    return shown


@pytest.mark.parametrize("args", [["topic", "visit"], ["figure", "trade-2021"], ["chart"]])
def test_no_color_on_a_terminal_means_no_escape_at_all(env, args: list[str]) -> None:
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        env.pop(name, None)
    env |= {"TERM": "xterm-256color", "COLUMNS": "80", "NO_COLOR": "1"}
    shown = _on_a_terminal(args, env)
    assert shown
    assert b"\x1b" not in shown
    # Without NO_COLOR the same terminal gets bold headings: the test can tell them apart.
    env.pop("NO_COLOR")
    assert b"\x1b[" in _on_a_terminal(args, env)
