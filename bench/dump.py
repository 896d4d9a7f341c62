"""Every figure as JSON: `figures --json` against the stdlib's C encoder, per MB, side by side.

Usage: python bench/dump.py [--rounds N] [--sizes 10000,100000]
Run it with the Python of an environment where perufacts is installed. For each size a store
is generated (bench/make_store.py) and validated once; then, round after round, two whole
processes are timed: `perufacts figures --json` on the store, and a bare interpreter that
parses the very records perufacts printed (saved once to a file) and writes them back with
the stdlib's C encoder (json.dumps without indent). The target (issue 19): perufacts costs at
most 2x per MB what the bare interpreter does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
BARE = "import json, sys; sys.stdout.write(json.dumps(json.load(open(sys.argv[1]))))"


def timed(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds of one whole process, its output thrown away (which must succeed)."""
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    """Generate, validate, time, print the medians per MB and the verdict."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sizes", default="10000,100000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        env = {**os.environ, "PERUFACTS_CACHE_DIR": str(tmp / "cache")}
        print(f"figures --json against the C encoder, {args.rounds} rounds, medians\n")
        print(f"{'figures':>9} {'output':>12} {'perufacts':>11} {'C encoder':>11} {'ratio':>7}")
        verdicts = []
        for n in sizes:
            folder = tmp / str(n)
            subprocess.run(
                [sys.executable, str(Path(__file__).parent / "make_store.py"), str(n), str(folder)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            store = folder / "facts.json"
            ours = [str(BIN / "perufacts"), "figures", "--json", "--store", str(store)]
            records = folder / "figures.json"
            with records.open("wb") as out:  # validates the store once, as a first run would
                subprocess.run(ours, env=env, check=True, stdout=out)
            bare = [sys.executable, "-c", BARE, str(records)]
            mb = records.stat().st_size / 1e6
            times: dict[str, list[float]] = {"ours": [], "bare": []}
            for _ in range(args.rounds):
                times["ours"].append(timed(ours, env))
                times["bare"].append(timed(bare, env))
            ours_mb = statistics.median(times["ours"]) * 1000 / mb
            bare_mb = statistics.median(times["bare"]) * 1000 / mb
            ratio = ours_mb / bare_mb
            verdicts.append((n, ratio))
            print(f"{n:>9,} {mb:>10.1f}MB {ours_mb:>7.1f}ms/MB {bare_mb:>7.1f}ms/MB {ratio:>6.2f}x")
        print("\ntargets:")
        for n, ratio in verdicts:
            print(f"  {'PASS' if ratio <= 2 else 'FAIL'}  {n:,} figures: <= 2.0x the C encoder "
                  f"per MB: {ratio:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
