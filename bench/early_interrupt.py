"""Ctrl-C in the first 80 ms of a run: how often a traceback is printed, before and after.

Usage: python bench/early_interrupt.py [--ref REF] [--tries N]
Run it with the Python of an environment where perufacts is installed. Each side (an older
commit's src/, taken with `git archive`, and this checkout) is started N times as
`python -m perufacts topics --plain` on a warm cache, and SIGINT is sent after a delay spread
evenly over 0-80 ms. A traceback on stderr is the defect; "-2" means the signal came before
Python itself was ready (the process died of it, silently).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sides import old_src

ROOT = Path(__file__).resolve().parents[1]


def trial(env: dict[str, str], delay: float) -> tuple[int, bool]:
    """Exit code and whether a traceback was printed, for SIGINT after ``delay`` seconds."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "perufacts", "topics", "--plain"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate()
    return proc.returncode, b"Traceback" in err


def main() -> None:
    """Run the tries on both sides, interleaved, and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ref", default="046a1dc")
    parser.add_argument("--tries", type=int, default=36)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        old = old_src(args.ref, tmp)
        sides = {f"{args.ref} (before)": old, "this checkout": ROOT / "src"}
        envs = {}
        for n, (side, src) in enumerate(sides.items()):
            envs[side] = {
                **os.environ,
                "PYTHONPATH": str(src),
                "PERUFACTS_CACHE_DIR": str(tmp / f"c{n}"),
            }
            subprocess.run([sys.executable, "-m", "perufacts", "topics"], env=envs[side],
                           check=True, capture_output=True)  # fmt: skip
        results: dict[str, list[tuple[int, bool]]] = {side: [] for side in sides}
        for i in range(args.tries):
            delay = 0.080 * i / max(args.tries - 1, 1)
            for side in sides:
                results[side].append(trial(envs[side], delay))
        print(f"SIGINT after 0-80 ms, {args.tries} tries per side:")
        for side, found in results.items():
            tracebacks = sum(tb for _, tb in found)
            codes = Counter(code for code, _ in found)
            print(
                f"  {side:22} tracebacks {tracebacks:3}   exit codes {dict(sorted(codes.items()))}"
            )


if __name__ == "__main__":
    main()
