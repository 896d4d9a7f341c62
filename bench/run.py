"""Speed benchmark: whole perufacts processes against the start-up floor, side by side.

Usage: python bench/run.py [--rounds N]
Run it with the Python of an environment where perufacts is installed (docs/speed.md shows how).
Every case is a complete process; cases run interleaved, round after round, so that a noisy,
shared machine slows all of them alike; medians and their ratios to the floor are reported.
Stores of 1,000, 10,000 and 100,000 figures are generated (bench/make_store.py) and validated
once first, as a user's first run would: every timed run is warm.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from make_store import name as item_name
from make_store import topic_count

BIN = Path(sys.executable).parent
PERUFACTS = str(BIN / "perufacts")
ROOT = Path(__file__).resolve().parents[1]
SIZES = ((1_000, "1k", "1,000"), (10_000, "10k", "10,000"), (100_000, "100k", "100,000"))
# What is timed on every generated store: a figure by id, a word found once, a topic's
# figures as JSON, and a topic as tables. Their output stays the same size as the store grows.
SCALED = ("figure --json", "search WORD --json", "figures --json --topic T", "topic T (table)")
FLOOR = "floor: python -c 'import typer'"


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds and peak resident memory (KiB) of one whole process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0,):
        stderr = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(cmd)} failed: {stderr}")
    return elapsed, usage.ru_maxrss


def output_bytes(cmd: list[str], env: dict[str, str]) -> int:
    """How many bytes a command prints on stdout (counted as read: this process stays small)."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    total = 0
    while chunk := proc.stdout.read(1 << 16):
        total += len(chunk)
    if proc.wait() != 0:
        raise SystemExit(f"{' '.join(cmd)} failed")
    return total


def scaled_cases(n: int, store: Path) -> dict[str, list[str]]:
    """The commands timed on a generated store of n figures, by the names in SCALED."""
    last = item_name(n - 1)
    topic = f"area{item_name(topic_count(n) - 1)}"
    at = ["--store", str(store)]
    return {
        "figure --json": [PERUFACTS, "figure", f"programme-{last}", "--json", *at],
        "search WORD --json": [PERUFACTS, "search", last, "--json", *at],
        "figures --json --topic T": [PERUFACTS, "figures", "--json", "--topic", topic, *at],
        "topic T (table)": [PERUFACTS, "topic", topic, *at],
    }


def cases(scale_dir: Path) -> dict[str, list[str]]:
    """The commands to time, by name."""
    store = json.loads((ROOT / "data" / "facts.json").read_text(encoding="utf-8"))
    ids = [f["id"] for f in store["figures"]]
    found = {
        FLOOR: [sys.executable, "-c", "import typer"],
        "figure trade-2021 --json": [PERUFACTS, "figure", "trade-2021", "--json"],
        "topic migration (table)": [PERUFACTS, "topic", "migration"],
        "search vaccine (table)": [PERUFACTS, "search", "vaccine"],
        "--help": [PERUFACTS, "--help"],
        "check one sentence --json": [
            PERUFACTS,
            "check",
            "Peru hosts 1.3 million Venezuelan migrants.",
            "--json",
        ],
        "10,000-figure store: check one sentence": [
            PERUFACTS,
            "check",
            f"Programme {item_name(9_999)} received over $1 million.",
            "--json",
            "--store",
            str(scale_dir / "10k" / "facts.json"),
        ],
        # The mcp command's help must cost what any help costs: the SDK is imported only to serve.
        "mcp --help": [PERUFACTS, "mcp", "--help"],
        "reference: importing the MCP server (SDK)": [
            sys.executable,
            "-c",
            "import perufacts.mcp_server",
        ],
        f"batch: figure <all {len(ids)} ids> --json": [PERUFACTS, "figure", *ids, "--json"],
    }
    for n, sub, shown in SIZES:
        for case, cmd in scaled_cases(n, scale_dir / sub / "facts.json").items():
            found[f"{shown}-figure store: {case}"] = cmd
    if shutil.which("jq"):
        query = '.figures[] | select(.id == "trade-2021")'
        found["reference: jq on data/facts.json"] = ["jq", query, str(ROOT / "data" / "facts.json")]
    return found


def dumps(scale_dir: Path) -> dict[str, list[str]]:
    """Every figure of each generated store as JSON: output that grows with the store."""
    return {
        f"{shown}-figure store: figures --json (all)": [
            PERUFACTS, "figures", "--json", "--store", str(scale_dir / sub / "facts.json"),
        ]
        for _, sub, shown in SIZES
    }  # fmt: skip


def timed(
    todo: dict[str, list[str]], env: dict[str, str], rounds: int
) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Each command's times over ``rounds`` interleaved rounds, and its peak memory."""
    times: dict[str, list[float]] = {name: [] for name in todo}
    peak: dict[str, int] = dict.fromkeys(todo, 0)
    for _ in range(rounds):
        for name, cmd in todo.items():
            seconds, rss = run_once(cmd, env)
            times[name].append(seconds)
            peak[name] = max(peak[name], rss)
    return times, peak


def main() -> None:
    """Time every case and print a table of medians, ratios and the targets."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    rounds = parser.parse_args().rounds
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONDONTWRITEBYTECODE", "PERUFACTS_STORE")
    }
    env["COLUMNS"] = "100"
    with tempfile.TemporaryDirectory() as tmp:
        scale = Path(tmp)
        env["PERUFACTS_CACHE_DIR"] = str(scale / "cache")
        for n, sub, _ in SIZES:
            # In a child process: Linux counts a parent's memory in its children's peak RSS.
            maker = Path(__file__).with_name("make_store.py")
            subprocess.run(
                [sys.executable, str(maker), str(n), str(scale / sub)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        todo, big = cases(scale), dumps(scale)
        sizes = {name: output_bytes(cmd, env) for name, cmd in {**todo, **big}.items()}
        times, peak = timed(todo, env, rounds)
        # Printing every figure of the largest store takes seconds: fewer rounds, the floor again.
        dump_times, dump_peak = timed({FLOOR: todo[FLOOR], **big}, env, max(3, rounds // 5))
    report(times, peak, sizes, rounds)
    report_dumps(dump_times, dump_peak, sizes)


def _step(times: dict[str, list[float]], before: str, after: str) -> float:
    """The median, over rounds, of how much longer ``after`` took than ``before`` in that round.

    Paired within each round, so that a slow round slows both sides alike.
    """
    return statistics.median(b - a for a, b in zip(times[before], times[after], strict=True))


def report(
    times: dict[str, list[float]], peak: dict[str, int], sizes: dict[str, int], rounds: int
) -> None:
    """Print the medians and check them against the targets."""
    median = {name: statistics.median(ts) for name, ts in times.items()}
    floor = median[FLOOR]
    print(f"perufacts benchmark: {rounds} rounds, medians of whole processes, ratio to the floor\n")
    print(f"{'case':52} {'median':>9} {'ratio':>7} {'peak RSS':>10} {'output':>10}")
    for name, m in median.items():
        print(f"{name:52} {m * 1000:7.1f}ms {m / floor:6.2f}x {peak[name] / 1024:8.1f}MB "
              f"{sizes[name]:>9,}B")  # fmt: skip
    single = median["figure trade-2021 --json"]
    batch = next(m for n, m in median.items() if n.startswith("batch"))
    lookups = [n for n in median if n in ("figure trade-2021 --json", "topic migration (table)",
                                          "search vaccine (table)", "--help", "mcp --help")]  # fmt: skip
    large = [f"100,000-figure store: {case}" for case in SCALED]
    check = median["check one sentence --json"]
    check_10k = median["10,000-figure store: check one sentence"]
    biggest = peak["100,000-figure store: figure --json"]
    targets = [
        *[(f"{n}: <= 2.0x floor", median[n] / floor <= 2.0, f"{median[n] / floor:.2f}x") for n in lookups],
        ("batch of all figures <= 1.2x one lookup", batch / single <= 1.2, f"{batch / single:.2f}x"),
        *[(f"{n}: <= 3.0x floor", median[n] / floor <= 3.0, f"{median[n] / floor:.2f}x") for n in large],
        ("100,000-figure peak memory < 300 MB", biggest < 300 * 1024, f"{biggest / 1024:.0f} MB"),
        ("check of one sentence <= 2x a figure lookup", check / single <= 2.0,
         f"{check / single:.2f}x"),
        ("10,000-figure store: one sentence checked < 1 s", check_10k < 1.0,
         f"{check_10k * 1000:.0f} ms"),
    ]  # fmt: skip
    for case in SCALED:
        # The output does not grow with the store, so neither may the cost: 100,000 figures
        # take at most 10 ms (or a fifth) longer than 1,000.
        small = f"1,000-figure store: {case}"
        step = _step(times, small, f"100,000-figure store: {case}")
        ok = step <= max(0.010, 0.2 * median[small])
        targets.append((f"{case}: 100x the figures, same output, <= +10 ms", ok,
                        f"{step * 1000:+.1f} ms"))  # fmt: skip
    print("\ntargets:")
    for text, ok, value in targets:
        print(f"  {'PASS' if ok else 'FAIL'}  {text}: {value}")


def report_dumps(
    times: dict[str, list[float]], peak: dict[str, int], sizes: dict[str, int]
) -> None:
    """Print the cost of printing every figure, against the size of what is printed."""
    rounds = len(times[FLOOR])
    print(f"\nevery figure as JSON ({rounds} rounds): cost grows with the output\n")
    print(f"{'case':52} {'median':>9} {'output':>12} {'peak RSS':>10}")
    names = [name for name in times if name != FLOOR]
    for name in names:
        m = statistics.median(times[name])
        print(f"{name:52} {m * 1000:7.1f}ms {sizes[name]:>11,}B {peak[name] / 1024:8.1f}MB")
    # The cost of each further megabyte of output, from 1,000 to 10,000 and to 100,000 figures.
    marginal = [
        _step(times, a, b) * 1000 / ((sizes[b] - sizes[a]) / 1e6)
        for a, b in itertools.pairwise(names)
    ]
    first, last = marginal
    print("\ntargets:")
    print(f"  {'PASS' if last <= 1.5 * first else 'FAIL'}  each further MB of output costs no "
          f"more at 100,000 figures than at 10,000: {last:.1f} vs {first:.1f} ms/MB")  # fmt: skip
    biggest = peak[names[-1]]
    print(f"  {'PASS' if biggest < 2 * peak[names[0]] else 'FAIL'}  streamed: peak memory at "
          f"100,000 figures < 2x at 1,000: {biggest / 1024:.1f} vs {peak[names[0]] / 1024:.1f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
