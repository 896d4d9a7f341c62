"""Warm lookups of this checkout against an older commit, interleaved in one run.

Usage: python bench/lookup_time.py [--ref REF] [--rounds N]
Run it with the Python of an environment where perufacts is installed. The older commit's
src/ is taken with `git archive` into a temporary folder and run from there (PYTHONPATH);
each side has its own warm cache. The two sides alternate, round after round, so that a noisy
machine slows both alike. Used to check that the cache's new key (five stat fields of every
file, a hash of the package's code) does not make a lookup slower.
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

from sides import old_src

ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds of one whole process (which must succeed)."""
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    """Time the rounds and print the medians side by side."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ref", default="046a1dc")
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        old = old_src(args.ref, tmp)
        sides = {
            f"{args.ref} (before)": old,
            "this checkout (after)": ROOT / "src",
        }
        # Both sides run from compiled bytecode, as an installed package does (with
        # PYTHONDONTWRITEBYTECODE set, every run would compile, and the larger side lose).
        for src in sides.values():
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], check=True)
        cmd = [sys.executable, "-m", "perufacts", "figure", "trade-2021", "--json"]
        envs = {}
        for side, src in sides.items():
            envs[side] = {
                **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
                "PYTHONPATH": str(src),
                "PERUFACTS_CACHE_DIR": str(tmp / f"cache-{len(envs)}"),
                # Each side reads its own store: an older checkout's format may differ.
                "PERUFACTS_STORE": str(src.parent / "data" / "facts.json"),
            }
            timed(cmd, envs[side])  # warms the cache
        times: dict[str, list[float]] = {side: [] for side in sides}
        for _ in range(args.rounds):
            for side in sides:
                times[side].append(timed(cmd, envs[side]))
        print(f"figure trade-2021 --json, warm cache, {args.rounds} rounds interleaved:")
        for side, values in times.items():
            print(
                f"  {side:28} median {statistics.median(values) * 1000:6.1f} ms   "
                f"min {min(values) * 1000:6.1f} ms"
            )
        from perufacts.store import cache

        folder = Path(envs["this checkout (after)"]["PERUFACTS_CACHE_DIR"])
        for label, call in (
            (
                "hashing the package's .py files",
                lambda: cache.code_hash(ROOT / "src" / "perufacts"),
            ),
            (
                "the rules key as a lookup gets it (stats + kept hash)",
                lambda: cache.rules_version.__wrapped__(folder),
            ),
        ):
            start = time.perf_counter()
            for _ in range(200):
                call()
            each = (time.perf_counter() - start) / 200
            print(f"  {label}, in-process: {each * 1000:.2f} ms")


if __name__ == "__main__":
    main()
