"""The edges of issue 10: the user's files, signals, bounded input, and what reaches a terminal.

Each test reproduces one defect of the review exactly; real processes where a process is what
fails (signals, a closed stdout, a full disk, a terminal).
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import stat
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from conftest import MINI_STORE, REAL_STORE, TIMEOUT, copy_mini_store, perufacts, write_store
from perufacts import export, signals
from perufacts.errors import StoreError
from perufacts.present.contract import to_json
from perufacts.present.safety import inert, terminal_text
from perufacts.store import load_store
from perufacts.text import FORMAT_CHARACTERS

ROOT_ONLY = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device node needs root"
)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A child's environment: this test's cache, the mini store."""
    child = dict(os.environ)
    child["PERUFACTS_CACHE_DIR"] = str(tmp_path / "cache")
    child["PERUFACTS_STORE"] = str(MINI_STORE)
    return child


# --- never replace what is not a regular file -------------------------------------------------

REFUSED = "not a regular file; only a regular file is ever replaced, even with --force"
SEE_EXPORT = " (see 'perufacts export --help')"  # a refusal is a usage error (exit 2)


@pytest.mark.parametrize("force", [["--force"], []])
def test_export_never_replaces_a_fifo(run, mini_store, tmp_path: Path, force: list[str]) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    result = run("export", "-f", "csv", "-o", str(fifo), *force)
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"perufacts: cannot write {fifo}: it is a FIFO (named pipe), {REFUSED}{SEE_EXPORT}\n"
    )
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert "--force to replace" not in result.stderr  # the message no longer invites it


@ROOT_ONLY
def test_export_never_replaces_a_character_device(run, mini_store, tmp_path: Path) -> None:
    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a second /dev/null
    result = run("export", "-f", "csv", "-o", str(device), "--force")
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"perufacts: cannot write {device}: it is a character device, {REFUSED}{SEE_EXPORT}\n"
    )
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_export_never_replaces_a_link_to_a_device(run, mini_store, tmp_path: Path) -> None:
    link = tmp_path / "null"
    link.symlink_to("/dev/null")
    result = run("export", "-f", "markdown", "-o", str(link), "--force")
    assert result.exit_code == 2
    assert "it is a link to a character device, not a regular file" in result.stderr
    assert link.is_symlink()


def test_export_never_replaces_a_socket(run, mini_store, tmp_path: Path) -> None:
    path = tmp_path / "sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        result = run("export", "-f", "jsonl", "-o", str(path), "--force")
    assert result.exit_code == 2
    assert (
        result.stderr == f"perufacts: cannot write {path}: it is a socket, {REFUSED}{SEE_EXPORT}\n"
    )


NO_PROC_FD = pytest.mark.skipif(
    not Path("/proc/self/fd/1").exists(), reason="no /proc/self/fd on this system"
)


@NO_PROC_FD
def test_a_link_to_its_own_stdout_is_written_like_stdout(env, tmp_path: Path) -> None:
    # In a real process whose stdout is a pipe: the link leads to that pipe. It used to be
    # refused as a link to a FIFO; replacing it would have lost the output.
    link = tmp_path / "out"
    link.symlink_to("/proc/self/fd/1")
    expected = perufacts("export", "-f", "csv", env=env).stdout
    result = perufacts("export", "-f", "csv", "-o", str(link), "--force", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert result.stdout == expected
    assert expected.startswith(b"id,topic,section,")
    assert os.readlink(link) == "/proc/self/fd/1"


@NO_PROC_FD
def test_a_link_to_stdout_redirected_to_a_file_fills_that_file(env, tmp_path: Path) -> None:
    # The review's case: ln -s /proc/self/fd/1 out; perufacts export -o out --force > result.csv
    # exited 0 and left result.csv empty (the link was replaced; the output went there).
    link = tmp_path / "out"
    link.symlink_to("/proc/self/fd/1")
    expected = perufacts("export", "-f", "csv", env=env).stdout
    result_csv = tmp_path / "result.csv"
    with result_csv.open("wb") as out:
        done = perufacts("export", "-f", "csv", "-o", str(link), "--force", env=env, stdout=out,
                         stderr=subprocess.PIPE)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert result_csv.read_bytes() == expected
    assert link.is_symlink()


def test_a_link_to_a_regular_file_is_written_through(run, mini_store, tmp_path: Path) -> None:
    target = tmp_path / "data" / "facts.csv"
    target.parent.mkdir()
    target.write_text("old")
    target.chmod(0o600)
    link = tmp_path / "facts.csv"
    link.symlink_to(target)
    refused = run("export", "-f", "csv", "-o", str(link))
    assert refused.exit_code == 2
    assert refused.stderr == (
        f"perufacts: {target} already exists; add --force to replace it{SEE_EXPORT}\n"
    )
    result = run("export", "-f", "csv", "-o", str(link), "--force")
    assert result.exit_code == 0, result.output
    assert result.stderr == f"perufacts: wrote 4 figures to {link}\n"
    assert link.is_symlink()
    assert os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8").startswith("id,topic,section,")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # the target's own mode, kept
    assert sorted(p.name for p in target.parent.iterdir()) == ["facts.csv"]


def test_a_dangling_link_is_refused_and_kept(run, mini_store, tmp_path: Path) -> None:
    link = tmp_path / "facts.csv"
    link.symlink_to(tmp_path / "nowhere" / "facts.csv")
    result = run("export", "-f", "csv", "-o", str(link), "--force")
    assert result.exit_code == 2
    assert result.stderr == (
        f"perufacts: cannot write {link}: it is a symbolic link to nothing; "
        f"an export never replaces a link{SEE_EXPORT}\n"
    )
    assert os.readlink(link) == str(tmp_path / "nowhere" / "facts.csv")


def test_a_link_to_a_named_pipe_is_written_in_place(run, mini_store, tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "out.csv"
    link.symlink_to(fifo)
    read: list[bytes] = []
    reader = threading.Thread(target=lambda: read.append(fifo.read_bytes()))
    reader.start()
    result = run("export", "-f", "csv", "-o", str(link))
    reader.join(TIMEOUT)
    assert result.exit_code == 0, result.output
    assert read[0] == run("export", "-f", "csv").stdout_bytes
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert link.is_symlink()


def test_a_link_to_a_terminal_is_written_in_place(run, mini_store, tmp_path: Path) -> None:
    import pty
    import select

    controller, terminal = pty.openpty()
    try:
        link = tmp_path / "tty"
        link.symlink_to(os.ttyname(terminal))
        result = run("export", "-f", "csv", "-o", str(link))
        assert result.exit_code == 0, result.output
        shown = b""
        while select.select([controller], [], [], 1)[0]:
            shown += os.read(controller, 1 << 16)
    finally:
        os.close(controller)
        os.close(terminal)
    assert shown.startswith(b"id,topic,section,")
    assert link.is_symlink()


def test_a_database_through_a_link_to_a_pipe_is_refused(run, mini_store, tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "out.db"
    link.symlink_to(fifo)
    result = run("export", "-f", "sqlite", "-o", str(link), "--force")
    assert result.exit_code == 2
    assert result.stderr == (
        f"perufacts: --format sqlite needs a regular file: {link} leads to a pipe or a "
        f"terminal{SEE_EXPORT}\n"
    )


def test_force_through_a_link_never_copies_a_setuid_bit(run, mini_store, tmp_path: Path):
    program = tmp_path / "program"
    program.write_bytes(b"#!/bin/sh\n")
    program.chmod(0o4755)  # setuid
    link = tmp_path / "facts.csv"
    link.symlink_to(program)
    result = run("export", "-f", "csv", "-o", str(link), "--force")
    assert result.exit_code == 0, result.output
    assert link.is_symlink()  # written through, at the target
    assert stat.S_IMODE(program.stat().st_mode) == 0o755
    assert program.read_text(encoding="utf-8").startswith("id,topic,section,")


def test_force_never_keeps_a_setuid_bit(run, mini_store, tmp_path: Path) -> None:
    path = tmp_path / "facts.csv"
    path.write_text("old")
    path.chmod(0o4640)
    assert run("export", "-f", "csv", "-o", str(path), "--force").exit_code == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.parametrize(("fmt", "magic"), [("csv", b"id,topic,section,"), ("sqlite", b"SQLite")])
def test_an_output_name_at_the_file_name_limit(run, mini_store, tmp_path, fmt, magic) -> None:
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    path = tmp_path / ("f" * (limit - 4) + ".out")
    result = run("export", "-f", fmt, "-o", str(path))
    assert result.exit_code == 0, result.output
    assert path.read_bytes().startswith(magic)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "cache") == [path.name]


# --- signals ---------------------------------------------------------------------------------


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_signal_during_an_export_removes_the_temporary_file(tmp_path: Path, signum: int):
    store = load_store(MINI_STORE)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.csv"
    previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    seen = []

    def fill(tmp: Path) -> None:
        tmp.write_text("half")
        seen.append(tmp)
        os.kill(os.getpid(), signum)  # arrives while the file is half written

    signals.install()
    try:
        with pytest.raises(SystemExit) as stopped:
            export.atomic_write(target, fill, force=False)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    assert stopped.value.code == 128 + signum
    assert seen
    assert not seen[0].exists()
    assert list(folder.iterdir()) == []
    assert store.figures  # the store was not touched


def test_a_signal_while_the_cache_is_written_removes_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from perufacts.store import cache

    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)

    class Interrupted(sqlite3.Connection):
        def backup(self, target: sqlite3.Connection, **kwargs: object) -> None:
            os.kill(os.getpid(), signal.SIGTERM)

    db = sqlite3.connect(":memory:", factory=Interrupted)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    previous = signal.getsignal(signal.SIGTERM)
    signals.install()
    try:
        with pytest.raises(SystemExit) as stopped:
            cache.save(db, folder, "x.sqlite", {"key": "k"})
    finally:
        signal.signal(signal.SIGTERM, previous)
        db.close()
    assert stopped.value.code == 143
    assert list(folder.iterdir()) == []


def _caught(pid: int) -> int:
    """The signals process ``pid`` catches (SigCgt in /proc/PID/status), as a bit mask."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return int(line.split()[1], 16)
    return 0


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc/PID/status")
@pytest.mark.parametrize("delay_ms", [0, 5, 10, 20, 40, 80])
def test_ctrl_c_while_perufacts_starts_is_one_line(env, delay_ms: int) -> None:
    # The handlers are in place before the command line's imports: as soon as SIGTERM is
    # caught (which only perufacts' own handler does), Ctrl-C gives one line, no traceback.
    proc = subprocess.Popen(
        [sys.executable, "-m", "perufacts", "topics", "--plain"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + TIMEOUT
    while not _caught(proc.pid) & (1 << (signal.SIGTERM - 1)):
        assert time.monotonic() < deadline
        time.sleep(0.0005)
    time.sleep(delay_ms / 1000)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=TIMEOUT)
    assert b"Traceback" not in err
    if proc.returncode == 130:
        assert err == b"perufacts: interrupted\n"
    else:  # it had already finished
        assert (proc.returncode, err) == (0, b"")


# Python runs a handler wherever the main thread is. In a __del__ or a weakref callback (the
# import system's module locks have one) its SystemExit can only be reported, and was dropped.
_IN_A_CALLBACK = {
    "__del__": "class C:\n    def __del__(self):\n        RAISE\nC()\n",
    "weakref": "import weakref\nclass C: pass\nc = C()\nr = weakref.ref(c, lambda _: RAISE)\ndel c\n",
}


@pytest.mark.parametrize("where", sorted(_IN_A_CALLBACK))
@pytest.mark.parametrize(
    ("signum", "line"), [(signal.SIGINT, b"interrupted"), (signal.SIGTERM, b"terminated")]
)
def test_a_signal_handled_inside_a_callback_still_ends_the_run(env, where, signum, line) -> None:
    raise_it = f"_signal.raise_signal({int(signum)})"
    script = (
        "import _signal, time\nfrom perufacts import signals\nsignals.install()\n"
        + _IN_A_CALLBACK[where].replace("RAISE", raise_it)
        + "for _ in range(2000):\n    time.sleep(0.001)\nprint('ran on')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, timeout=TIMEOUT
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        128 + signum,
        b"",
        b"perufacts: " + line + b"\n",
    )


def test_an_exception_that_is_not_a_signal_still_reaches_pythons_own_hook(env) -> None:
    script = (
        "from perufacts import signals\nsignals.install()\n"
        "class C:\n    def __del__(self):\n        raise SystemExit(3)\nC()\nprint('ran on')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=TIMEOUT
    )
    assert (result.returncode, result.stdout) == (0, "ran on\n")
    assert "Exception ignored in" in result.stderr
    assert result.stderr.rstrip().endswith("SystemExit: 3")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc/PID/status")
@pytest.mark.parametrize(
    ("signum", "line"),
    [(signal.SIGTERM, b"terminated"), (signal.SIGHUP, b"hung up"), (signal.SIGINT, b"interrupted")],
)
def test_a_signal_ends_a_waiting_process_with_one_line(env, tmp_path: Path, signum, line) -> None:
    # `check --file FIFO` waits for a writer: a real process, stopped while it waits.
    fifo = tmp_path / "draft"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [sys.executable, "-m", "perufacts", "check", "--file", str(fifo)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + TIMEOUT
    while not _caught(proc.pid) & (1 << (signal.SIGTERM - 1)):
        assert time.monotonic() < deadline
        time.sleep(0.001)
    time.sleep(0.5)  # most likely waiting on the FIFO by now; the answer is the same if not
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 128 + signum
    assert (out, err) == (b"", b"perufacts: " + line + b"\n")


# --- bounded input ---------------------------------------------------------------------------


def test_check_file_dev_zero_ends_at_once(env) -> None:
    result = perufacts("check", "--file", "/dev/zero", env=env)
    assert result.returncode == 2
    assert (
        result.stderr
        == b"perufacts: cannot read /dev/zero: a draft may hold at most 4,194,304 bytes"
        b" (see 'perufacts check --help')\n"
    )


def test_a_draft_from_stdin_has_the_same_cap(run, mini_store) -> None:
    result = run("check", "-", input="x" * (4 * 1024 * 1024 + 1))
    assert result.exit_code == 2
    assert "a draft may hold at most 4,194,304 bytes" in result.stderr


def test_a_bom_at_the_start_of_a_draft_is_dropped(run, mini_store, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_bytes(b"\xef\xbb\xbfTrade was $2 billion in 2010.")
    result = run("check", "--file", str(draft), "--json")
    assert result.exit_code == 0, result.output
    assert "\ufeff" not in result.stdout
    assert "\\ufeff" not in result.stdout
    assert (
        json.loads(result.stdout)["claims"][0]["sentence_text"] == "Trade was $2 billion in 2010."
    )


@pytest.mark.parametrize("opening", [b"[", b"  \n[", b'"', b"1", b"null", b"\xef\xbb\xbf["])
def test_a_store_that_is_not_an_object_is_refused_from_its_first_byte(
    tmp_path: Path, opening: bytes
) -> None:
    path = tmp_path / "facts.json"
    path.write_bytes(opening + b"]")
    with pytest.raises(StoreError, match=r"the top level must be a JSON object"):
        load_store(path)


def test_a_40_mb_array_is_refused_without_parsing_it(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "facts.json"
    with path.open("wb") as out:
        out.write(b"[" + b"[1,2,3,4,5,6,7,8,9]," * 2_000_000 + b"0]")
    assert path.stat().st_size > 40_000_000
    import json as json_module

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the array was parsed")

    monkeypatch.setattr(json_module, "loads", no_parse)
    with pytest.raises(StoreError, match=r"the top level must be a JSON object.*'\['"):
        load_store(path)


def test_memory_running_out_while_loading_a_store_is_exit_4(run, tmp_path: Path, monkeypatch):
    store = copy_mini_store(tmp_path)

    def out_of_memory(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr("perufacts.store.validate_bytes", out_of_memory)
    result = run("topics", "--store", str(store))
    assert result.exit_code == 4
    assert result.stderr == (
        f"perufacts: cannot load store {store}: not enough memory for "
        f"{store.stat().st_size:,} bytes\n"
    )


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="the address-space limit is Linux's")
def test_a_big_store_under_a_memory_limit_is_exit_4(env, tmp_path: Path) -> None:
    # A real process under a 400 MB address-space limit, with a 60 MB store object.
    path = tmp_path / "facts.json"
    with path.open("wb") as out:
        out.write(b'{"version": 1, "x": [' + b'{"a": [1, 2, 3, 4]},' * 3_000_000 + b"0]}")
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (400 << 20, 400 << 20))"
    result = subprocess.run(
        [sys.executable, "-c", f"{limit}; import runpy; runpy.run_module('perufacts', run_name='__main__')",
         "topics", "--store", str(path)],
        capture_output=True, env=env, timeout=TIMEOUT, check=False,
    )  # fmt: skip
    assert result.returncode == 4, result.stderr
    assert b"Traceback" not in result.stderr
    assert result.stderr.count(b"\n") == 1


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["topics", "--plain"]])
def test_a_full_disk_on_stdout_is_one_line_and_exit_1(env, args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        result = perufacts(
            *args, env=env, stdout=full, capture_output=False, stderr=subprocess.PIPE
        )
    assert result.returncode == 1
    assert result.stderr == b"perufacts: cannot write to standard output: No space left on device\n"


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["topics", "--plain"]])
def test_a_closed_stdout_is_one_line_and_exit_1(env, args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import os, runpy, sys; os.close(1); sys.stdout = None; "
         "runpy.run_module('perufacts', run_name='__main__')", *args],
        stderr=subprocess.PIPE, env=env, timeout=TIMEOUT, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == b"perufacts: cannot write to standard output: it is closed\n"


def test_a_closed_stdout_from_the_shell(env) -> None:
    result = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m perufacts --version >&-'],
        stderr=subprocess.PIPE, env=env, timeout=TIMEOUT, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (
        1,
        b"perufacts: cannot write to standard output: it is closed\n",
    )


# --- terminal safety -------------------------------------------------------------------------

HOSTILE = "A\x1b]8;;https://evil.example\x07link\x1b]8;;\x07 \x9b31m red \u202egnp.exe \u2067x\u2069 zero\u200bwidth rtl\u200f line\u2028para\u2029end"


def test_every_format_character_is_covered() -> None:
    covered = re.compile(f"[{FORMAT_CHARACTERS}]")
    for code in range(0x110000):
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Cf":
            assert covered.match(char), f"U+{code:04X} is Cf and not covered"
        elif covered.match(char):
            assert category == "Cn", f"U+{code:04X} is {category}, not Cf"  # newer Unicode


def test_inert_shows_every_invisible_character() -> None:
    shown = inert(HOSTILE)
    assert shown == (
        "A\\x1b]8;;https://evil.example\\x07link\\x1b]8;;\\x07 \\x9b31m red \\u202egnp.exe "
        "\\u2067x\\u2069 zero\\u200bwidth rtl\\u200f line\\u2028para\\u2029end"
    )
    assert all(unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp") for c in shown)


def test_json_escapes_bidi_and_invisible_characters_losslessly() -> None:
    text = to_json({"t": HOSTILE})
    assert "\\u202e" in text
    assert "\\u2067" in text
    assert "\\u200b" in text
    assert "\\u2028" in text
    assert all(unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp") for c in text if c != "\n")
    assert json.loads(text) == {"t": HOSTILE}
    # Above the BMP too: U+E0041 (a tag character) as a surrogate pair.
    assert json.loads(to_json({"t": "\U000e0041"})) == {"t": "\U000e0041"}
    assert to_json({"t": "\U000e0041"}) == '{\n  "t": "\\udb40\\udc41"\n}'


@pytest.fixture
def hostile_store(tmp_path: Path, unchecked_characters: None) -> Path:
    """A store whose label and sentence hold escape sequences and invisible characters.

    Validation refuses it; validated here without that check, and cached, so that real
    processes too read it from the cache (the presenters' own defence is what is tested).
    """
    sentence = "It was $5 billion \u202eyllaer\u202c \x1b[J\u200b."
    path = write_store(tmp_path, sentence, figure={"label": "Trade \x1b]0;pwned\x07\u2067x\u2069"})
    load_store(path)
    return path


@pytest.mark.parametrize("fmt", ["table", "--plain"])
def test_tables_and_plain_output_show_invisible_characters_inert(run, hostile_store, fmt) -> None:
    store = hostile_store
    args = ["figure", "t", "--store", str(store)] + ([] if fmt == "table" else [fmt])
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert "\\u202e" in result.stdout
    assert "\\x1b" in result.stdout
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in
                   result.stdout.replace("\n", "").replace("\t", ""))  # fmt: skip


@pytest.mark.parametrize("fmt", ["--json"])
def test_json_output_of_a_hostile_store_is_escaped(run, hostile_store, fmt) -> None:
    store = hostile_store
    for args in (["figure", "t"], ["cite", "t", "-f", "csl-json"]):
        result = run(*args, "--store", str(store), *([fmt] if args[0] == "figure" else []))
        assert result.exit_code == 0, result.output
        assert "\u202e" not in result.stdout
        assert "\u2067" not in result.stdout
        # The figure's JSON carries its hostile sentence, escaped; the citation names the
        # document and the figure's place, and may carry none of it.
        assert ("\\u202e" in result.stdout) == (args[0] == "figure")


@pytest.mark.parametrize("fmt", ["csv", "markdown", "jsonl"])
def test_an_export_to_a_terminal_is_escaped_and_to_a_pipe_is_exact(env, hostile_store, fmt) -> None:
    import pty

    store = hostile_store
    env["PERUFACTS_STORE"] = str(store)
    piped = perufacts("export", "-f", fmt, env=env)
    assert piped.returncode == 0
    if fmt != "jsonl":  # JSON Lines escapes them in the data itself, losslessly
        assert b"\x1b" in piped.stdout
        assert "\u2067x\u2069".encode() in piped.stdout
    parent, child = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "perufacts", "export", "-f", fmt],
            stdout=child, stderr=subprocess.PIPE, env=env, timeout=TIMEOUT, check=False,
        )  # fmt: skip
        os.close(child)
        shown = b""
        while True:
            try:
                chunk = os.read(parent, 65536)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(parent)
    assert proc.returncode == 0, proc.stderr
    text = shown.decode("utf-8")
    assert "\x1b" not in text
    assert "\u202e" not in text
    assert "\u2067" not in text
    assert "\\x1b" in text or fmt == "jsonl"
    assert terminal_text("a\r\nb\x1b") == "a\r\nb\\x1b"


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "https://", "ftp://x.org"],
)
def test_validation_accepts_only_http_and_https_urls(run, tmp_path: Path, url: str) -> None:
    store = write_store(tmp_path, source={"url": url})
    result = run("validate", str(store))
    assert result.exit_code == 4
    assert f"sources[0].url: {url!r} is not an http or https URL" in result.stderr


def test_the_bundled_store_urls_are_https() -> None:
    assert all(s.url.startswith("https://") for s in load_store(REAL_STORE).sources)


def test_the_entry_point_installs_its_handlers_before_any_heavy_import() -> None:
    pyproject = (Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert '\nperufacts = "perufacts.__main__:main"\n' in pyproject
    probe = (
        "import json, sys, perufacts.__main__; "
        "print(json.dumps(sorted(n for n in sys.modules if n.split('.')[0] in "
        "('perufacts', 'typer', 'click', 'rich', 'pydantic'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=TIMEOUT, check=True
    )
    assert json.loads(result.stdout) == ["perufacts", "perufacts.__main__", "perufacts.signals"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("signum", "line"), [(signal.SIGTERM, b"terminated"), (signal.SIGHUP, b"hung up")]
)
def test_a_signal_during_a_real_export_leaves_no_temporary_file(
    env, tmp_path, signum, line
) -> None:
    # A real process writing a real export, stopped while its temporary file exists.
    sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
    try:
        from make_store import build
    finally:
        sys.path.pop(0)
    env["PERUFACTS_STORE"] = str(build(20_000, tmp_path / "store"))
    assert perufacts("topics", env=env).returncode == 0  # validated once: a warm cache
    folder = tmp_path / "exports"
    folder.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "perufacts", "export", "-f", "sqlite", "-o", str(folder / "f.db")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + TIMEOUT
    while not os.listdir(folder):
        assert proc.poll() is None, "the export ended before its temporary file was seen"
        assert time.monotonic() < deadline
        time.sleep(0.0005)
    assert os.listdir(folder)[0].startswith(".pf")
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=TIMEOUT)
    assert (proc.returncode, out, err) == (128 + signum, b"", b"perufacts: " + line + b"\n")
    assert os.listdir(folder) == []


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks here")
def test_a_signal_held_back_while_a_temporary_file_is_made_arrives_after() -> None:
    previous = signal.getsignal(signal.SIGTERM)
    signals.install()
    try:
        held = signals.hold()
        os.kill(os.getpid(), signal.SIGTERM)
        reached = True  # not stopped yet: the signal waits
        with pytest.raises(SystemExit) as stopped:
            signals.release(held)
        assert reached
        assert stopped.value.code == 143
    finally:
        signal.signal(signal.SIGTERM, previous)
