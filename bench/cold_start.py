"""Cold starts at once: 50 processes on an empty cache against one, on a store whose validation dominates.

Usage: python bench/cold_start.py [--figures N] [--processes P] [--rounds R] [--replace]
Run it with the Python of an environment where perufacts is installed. Each round times one
cold run (an empty cache), then P cold runs started together (another empty cache), and a
warm run; the build lock makes the P runs cost about one validation, not P of them.
``--replace`` replaces the store (a new file renamed over it) half a cold run after the P runs
start: the build under way is validated again on the new file, and the waiters answer from it,
so the P runs cost about two validations, not P of them.
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

from make_store import build
from make_store import name as item_name

PERUFACTS = str(Path(sys.executable).parent / "perufacts")


def together(
    n: int, cmd: list[str], env: dict[str, str], replace: tuple[Path, float] | None = None
) -> float:
    """Seconds until all of ``n`` copies of ``cmd``, started at once, have ended (each must succeed).

    ``replace``: a store file to replace (by a copy with one more byte) that many seconds in.
    """
    start = time.perf_counter()
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        for _ in range(n)
    ]
    if replace is not None:
        store, after = replace
        time.sleep(after)
        new = store.with_name("replacement.json")
        new.write_bytes(store.read_bytes() + b"\n")
        os.replace(new, store)
    for proc in procs:
        _, err = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed: {err.decode()}")
    return time.perf_counter() - start


def main() -> None:
    """Build the store, time the rounds, print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--figures", type=int, default=60_000)
    parser.add_argument("--processes", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--replace", action="store_true", help="replace the store mid-build")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        store = build(args.figures, tmp / "store")
        size = store.stat().st_size
        cmd = [PERUFACTS, "figure", f"programme-{item_name(0)}", "--json", "--store", str(store)]
        one, many, warm = [], [], []
        for r in range(args.rounds):
            env = {**os.environ, "PERUFACTS_CACHE_DIR": str(tmp / f"one-{r}")}
            one.append(together(1, cmd, env))
            warm.append(together(1, cmd, env))
            env["PERUFACTS_CACHE_DIR"] = str(tmp / f"many-{r}")
            replace = (store, one[-1] / 2) if args.replace else None
            many.append(together(args.processes, cmd, env, replace))
        print(f"store: {args.figures:,} figures, {size / 1e6:.1f} MB; {os.cpu_count()} CPUs")
        if args.replace:
            print("the store replaced half a cold run after the runs at once start")
        print(f"one cold run:              median {statistics.median(one):6.2f} s  {one}")
        print(
            f"{args.processes} cold runs at once:    median {statistics.median(many):6.2f} s  "
            f"{many}"
        )
        print(f"one warm run:              median {statistics.median(warm):6.2f} s")
        ratio = statistics.median(many) / statistics.median(one)
        print(f"ratio ({args.processes} at once / one): {ratio:.2f} (the goal: under 3)")


if __name__ == "__main__":
    main()
