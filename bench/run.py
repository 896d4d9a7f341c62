"""Speed benchmark: whole perufacts processes against the start-up floor, side by side.

Usage: python bench/run.py [--rounds N]
Run it with the Python of an environment where perufacts is installed (docs/speed.md shows how).
Every case is a complete process; cases run interleaved, round after round, so that a noisy,
shared machine slows all of them alike; medians and their ratios to the floor are reported.
"""

from __future__ import annotations

import argparse
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

BIN = Path(sys.executable).parent
PERUFACTS = str(BIN / "perufacts")
ROOT = Path(__file__).resolve().parents[1]


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds and peak resident memory (KiB) of one whole process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0,):
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()}")  # type: ignore[union-attr]
    return elapsed, usage.ru_maxrss


def last(n: int) -> str:
    """The id of the last figure of a generated store: the worst case for finding it."""
    return f"programme-{item_name(n - 1)}"


def cases(scale_dir: Path) -> dict[str, list[str]]:
    """The commands to time, by name."""
    store = json.loads((ROOT / "data" / "facts.json").read_text(encoding="utf-8"))
    ids = [f["id"] for f in store["figures"]]
    found = {
        "floor: python -c 'import typer'": [sys.executable, "-c", "import typer"],
        "figure trade-2021 --json": [PERUFACTS, "figure", "trade-2021", "--json"],
        "topic migration (table)": [PERUFACTS, "topic", "migration"],
        "search vaccine (table)": [PERUFACTS, "search", "vaccine"],
        "--help": [PERUFACTS, "--help"],
        f"batch: figure <all {len(ids)} ids> --json": [PERUFACTS, "figure", *ids, "--json"],
        "1,000-figure store: figure --json": [
            PERUFACTS, "figure", last(1_000), "--json", "--store", str(scale_dir / "1k" / "facts.json"),
        ],
        "10,000-figure store: figure --json": [
            PERUFACTS, "figure", last(10_000), "--json", "--store", str(scale_dir / "10k" / "facts.json"),
        ],
        "100,000-figure store: figure --json": [
            PERUFACTS, "figure", last(100_000), "--json", "--store", str(scale_dir / "100k" / "facts.json"),
        ],
    }  # fmt: skip
    if shutil.which("jq"):
        query = '.figures[] | select(.id == "trade-2021")'
        found["reference: jq on data/facts.json"] = ["jq", query, str(ROOT / "data" / "facts.json")]
    return found


def main() -> None:
    """Time every case and print a table of medians, ratios and the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
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
        for n, sub in ((1_000, "1k"), (10_000, "10k"), (100_000, "100k")):
            # In a child process: Linux counts a parent's memory in its children's peak RSS.
            maker = Path(__file__).with_name("make_store.py")
            subprocess.run(
                [sys.executable, str(maker), str(n), str(scale / sub)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        todo = cases(scale)
        for cmd in todo.values():  # warm-up: bytecode written, stores validated once and cached
            run_once(cmd, env)
        times: dict[str, list[float]] = {name: [] for name in todo}
        peak: dict[str, int] = dict.fromkeys(todo, 0)
        for _ in range(rounds):
            for name, cmd in todo.items():
                seconds, rss = run_once(cmd, env)
                times[name].append(seconds)
                peak[name] = max(peak[name], rss)
    report(times, peak, rounds)


def report(times: dict[str, list[float]], peak: dict[str, int], rounds: int) -> None:
    """Print the medians and check them against the targets."""
    median = {name: statistics.median(ts) for name, ts in times.items()}
    floor_name = next(iter(median))
    floor = median[floor_name]
    print(f"perufacts benchmark: {rounds} rounds, medians of whole processes, ratio to the floor\n")
    print(f"{'case':46} {'median':>9} {'ratio':>7} {'peak RSS':>10}")
    for name, m in median.items():
        print(f"{name:46} {m * 1000:7.1f}ms {m / floor:6.2f}x {peak[name] / 1024:8.1f}MB")
    single = median["figure trade-2021 --json"]
    batch = next(m for n, m in median.items() if n.startswith("batch"))
    lookups = [n for n in median if n in ("figure trade-2021 --json", "topic migration (table)",
                                          "search vaccine (table)", "--help")]  # fmt: skip
    large = median["100,000-figure store: figure --json"]
    # Linear growth: 90,000 more figures (10k -> 100k) cost at most 10 times what 9,000 more
    # (1k -> 10k) cost. Differences are taken within each round, so a slow round slows both.
    tiny, small, big = (
        times[f"{n}-figure store: figure --json"] for n in ("1,000", "10,000", "100,000")
    )
    step_small = statistics.median(b - a for a, b in zip(tiny, small, strict=True))
    step_large = statistics.median(b - a for a, b in zip(small, big, strict=True))
    # A step under a millisecond is noise: count it as one so the ratio stays meaningful.
    growth = step_large / max(step_small, 0.001)
    targets = [
        *[(f"{n}: <= 2.0x floor", median[n] / floor <= 2.0, f"{median[n] / floor:.2f}x") for n in lookups],
        ("batch of all figures <= 1.2x one lookup", batch / single <= 1.2, f"{batch / single:.2f}x"),
        ("100,000-figure lookup < 10x floor", large / floor < 10, f"{large / floor:.2f}x"),
        ("100,000-figure peak memory < 300 MB", peak["100,000-figure store: figure --json"] < 300 * 1024,
         f"{peak['100,000-figure store: figure --json'] / 1024:.0f} MB"),
        ("cost grows <= linearly: +90,000 figures <= 10x +9,000", growth <= 10,
         f"{step_small * 1000:+.0f} ms, then {step_large * 1000:+.0f} ms"),
    ]  # fmt: skip
    print("\ntargets:")
    for text, ok, value in targets:
        print(f"  {'PASS' if ok else 'FAIL'}  {text}: {value}")


if __name__ == "__main__":
    main()
