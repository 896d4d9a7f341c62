"""MCP start-up and one tool call, against the command line's lookup, side by side.

Usage: python bench/mcp.py [--rounds N]
Run it with the Python of an environment where perufacts is installed with its `mcp` extra.
Each round runs three things, interleaved so that a noisy, shared machine slows them alike:
- the floor, `python -c 'import typer'`, a whole process;
- the lookup, `perufacts figure trade-2021 --json`, a whole process;
- a session of `perufacts mcp`, driven over its pipes with raw JSON-RPC lines (no client library
  in the timing): its start-up (from the process started to `initialize` answered), its first
  `figure` call, a second identical call, and the whole session (start, one call, exit).
The tool's answer is first checked to be the lookup's JSON. Medians are printed with their
ratios to the lookup and to the floor.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PERUFACTS = str(Path(sys.executable).parent / "perufacts")
FIGURE = "trade-2021"
HELLO = {"protocolVersion": "2025-06-18", "capabilities": {},
         "clientInfo": {"name": "bench", "version": "0"}}  # fmt: skip
CALL = {"name": "figure", "arguments": {"ids": [FIGURE]}}
FLOOR = "floor: python -c 'import typer'"
LOOKUP = f"lookup: figure {FIGURE} --json"
# The session's parts, as timed by `session`.
STARTED = "mcp: start-up (initialize answered)"
FIRST = "mcp: first figure call"
SECOND = "mcp: second figure call"
WHOLE = "mcp: whole session (start, one call, exit)"


def line(message: dict[str, Any]) -> bytes:
    """One JSON-RPC message as the line the server reads."""
    return (json.dumps({"jsonrpc": "2.0", **message}) + "\n").encode()


def session(env: dict[str, str]) -> tuple[dict[str, float], int, Any]:
    """One MCP session's timings by part, the server's peak memory (KiB) and its first answer."""
    start = time.perf_counter()
    server = subprocess.Popen(
        [PERUFACTS, "mcp"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    stdin, stdout = server.stdin, server.stdout
    assert stdin is not None
    assert stdout is not None

    def ask(ident: int, method: str, params: dict[str, Any]) -> tuple[float, Any]:
        """Send one request and read its answer: the time it was read, and the answer."""
        stdin.write(line({"id": ident, "method": method, "params": params}))
        stdin.flush()
        answer = json.loads(stdout.readline())
        if "error" in answer or answer["result"].get("isError"):
            raise SystemExit(f"perufacts mcp answered {method} with an error: {answer}")
        return time.perf_counter(), answer["result"]

    started, _ = ask(0, "initialize", HELLO)
    stdin.write(line({"method": "notifications/initialized"}))
    first, result = ask(1, "tools/call", CALL)
    second, _ = ask(2, "tools/call", CALL)
    stdin.close()
    _, status, usage = os.wait4(server.pid, 0)
    ended = time.perf_counter()
    server.returncode = os.waitstatus_to_exitcode(status)
    if server.returncode != 0:
        raise SystemExit(f"perufacts mcp exited {server.returncode}")
    parts = {
        STARTED: started - start,
        FIRST: first - started,
        SECOND: second - first,
        # Start, one call and exit: what the lookup does in one process (the second call and
        # its wait are taken out).
        WHOLE: ended - start - (second - first),
    }
    return parts, usage.ru_maxrss, result["structuredContent"]


def lookup(env: dict[str, str]) -> tuple[float, int, Any]:
    """The lookup's seconds, peak memory (KiB) and JSON."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [PERUFACTS, "figure", FIGURE, "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("the lookup failed")
    return elapsed, usage.ru_maxrss, json.loads(out)


def floor(env: dict[str, str]) -> float:
    """Seconds of `python -c 'import typer'`, the start-up every command pays."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import typer"], env=env, check=True)
    return time.perf_counter() - start


def main() -> None:
    """Time the rounds and print the medians, with their ratios."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONDONTWRITEBYTECODE", "PERUFACTS_STORE")
    }
    with tempfile.TemporaryDirectory() as tmp:
        env["PERUFACTS_CACHE_DIR"] = str(Path(tmp) / "cache")
        # Warm, as a user's second run is; and the same answer on both sides, or no comparison.
        _, _, answered = session(env)
        _, _, printed = lookup(env)
        if answered != printed:
            raise SystemExit("the figure tool and the lookup answer differently")
        times: dict[str, list[float]] = {name: [] for name in (FLOOR, LOOKUP, STARTED, FIRST,
                                                                SECOND, WHOLE)}  # fmt: skip
        peak = {LOOKUP: 0, WHOLE: 0}
        for _ in range(rounds):
            times[FLOOR].append(floor(env))
            seconds, rss, _ = lookup(env)
            times[LOOKUP].append(seconds)
            peak[LOOKUP] = max(peak[LOOKUP], rss)
            parts, rss, _ = session(env)
            for name, value in parts.items():
                times[name].append(value)
            peak[WHOLE] = max(peak[WHOLE], rss)
    report(times, peak, rounds)


def report(times: dict[str, list[float]], peak: dict[str, int], rounds: int) -> None:
    """Print each median with its ratios to the lookup and the floor, and what they mean."""
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"perufacts MCP benchmark: {rounds} rounds interleaved, medians\n")
    print(f"{'case':46} {'median':>9} {'/ lookup':>9} {'/ floor':>8} {'peak RSS':>9}")
    for name, value in median.items():
        rss = f"{peak[name] / 1024:7.1f}MB" if name in peak else ""
        print(
            f"{name:46} {value * 1000:7.1f}ms {value / median[LOOKUP]:8.2f}x "
            f"{value / median[FLOOR]:7.2f}x {rss:>9}"
        )
    # k calls cost STARTED + FIRST + (k - 1) * SECOND in one session, k * LOOKUP as lookups.
    extra = median[STARTED] + median[FIRST] - median[SECOND]
    saved = median[LOOKUP] - median[SECOND]
    even = f"from call {math.ceil(extra / saved)} on" if saved > 0 else "never"
    print(
        f"\nA session's start-up costs {median[STARTED] / median[LOOKUP]:.1f} lookups, and each "
        f"call after the first {median[SECOND] / median[LOOKUP]:.3f} of one: a session is "
        f"cheaper than as many lookups {even}."
    )


if __name__ == "__main__":
    main()
