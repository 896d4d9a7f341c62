"""Worst-case drafts for `check`: time and peak memory of whole processes at the 4 MiB cap.

Each case is generated, written to a file and checked by a fresh `perufacts check --file F
--json` process, its output thrown away; the limits are 30 s and 300 MB resident (issue 21).
A draft past the cap of numbers is refused (exit 2) after bounded work: that is a pass too.

    python bench/check_worst.py [--size BYTES] [CASE ...]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MIB = 1024 * 1024
LIMIT_S, LIMIT_MB = 30.0, 300


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


CASES = {
    "one-long-line": lambda n: _repeat(
        "Peru hosts 1.3 million Venezuelans, and trade reached $22 billion, ", n
    ),
    "many-short-lines": lambda n: _repeat("Trade reached $22 billion in 2021.\n", n),
    "prose": lambda n: _repeat(
        "The U.S. donated two million doses. USAID signed a $321 million agreement in September 2021. ",
        n,
    ),
    "only-digits": lambda n: "1" * n,
    "random-integers": lambda n: " ".join(str(i * 7919 % 100003) for i in range(n // 6 + 1))[:n],
    "number-words": lambda n: _repeat("one two three forty million ", n),
    "spaces": lambda n: "$22" + " " * (n - 10) + "billion",
    # The most numbers a draft may hold (10,000), as densely as they come, then filler words.
    "numbers-at-the-cap": lambda n: (", ".join(str(i) for i in range(9_999)) + ". " + "word " * n)[
        :n
    ],
}


def run(case: str, size: int, perufacts: str) -> tuple[float, int, int]:
    """(seconds, peak resident MB, exit code) of one check of a generated draft."""
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.txt"
        draft.write_text(CASES[case](size), encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t = time.perf_counter()
        done = subprocess.run(
            [perufacts, "check", "--file", str(draft), "--json"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        elapsed = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return elapsed, max(peak, before) // 1024, done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=4 * MIB - 1024)
    parser.add_argument("cases", nargs="*", default=list(CASES))
    args = parser.parse_args()
    perufacts = str(Path(sys.executable).parent / "perufacts")
    failed = 0
    print(f"{'case':18} {'bytes':>9} {'seconds':>8} {'peak MB':>8} exit  within limits")
    for case in args.cases:
        seconds, mb, code = run(case, args.size, perufacts)
        ok = seconds < LIMIT_S and mb < LIMIT_MB and code in (0, 2, 5)
        failed += not ok
        print(
            f"{case:18} {args.size:>9} {seconds:>8.2f} {mb:>8} {code:>4}  {'PASS' if ok else 'FAIL'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.setdefault("PERUFACTS_NO_CACHE", "")
    sys.exit(main())
