"""Malformed stores refused: time and peak memory of one refusal, for stores with very many problems.

Usage: python bench/malformed.py [--entries N] [--rounds R]
Run it with the Python of an environment where perufacts is installed. Writes, from the mini
fixture store, one store whose figures are N bad entries (the number 1: one problem each) and
one whose figures are 2N/3 empty objects (ten problems each), 8 to 9 MB each at the
default N, then times ``perufacts topics --store STORE`` on each without the cache, round
after round, and prints medians with the largest peak resident memory of the runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini"
PERUFACTS = str(Path(sys.executable).parent / "perufacts")


def write(folder: Path, figures: list[object]) -> Path:
    """The mini store with ``figures`` in place of its own, in ``folder``."""
    folder.mkdir(parents=True)
    (folder / "sources").mkdir()
    for source in (MINI / "sources").iterdir():
        (folder / "sources" / source.name).write_bytes(source.read_bytes())
    data = json.loads((MINI / "facts.json").read_text(encoding="utf-8"))
    path = folder / "facts.json"
    path.write_text(json.dumps({**data, "figures": figures}), encoding="utf-8")
    return path


def refuse(store: Path) -> tuple[float, int, str]:
    """Seconds, peak RSS (KiB) and the stderr of one refusal of ``store`` (exit 4 required)."""
    env = {**os.environ, "PERUFACTS_NO_CACHE": "1"}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [PERUFACTS, "topics", "--store", str(store)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert proc.stderr is not None
    err = proc.stderr.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 4:
        raise SystemExit(f"expected exit 4 for {store}: {err}")
    return seconds, usage.ru_maxrss, err.strip()


def main() -> None:
    """Write the two stores, time the refusals, print the medians."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=3_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        cases = {
            f"{args.entries:,} bad entries": write(tmp / "numbers", [1] * args.entries),
            f"{args.entries * 2 // 3:,} empty objects": write(
                tmp / "objects", [{}] * (args.entries * 2 // 3)
            ),
        }
        print(f"perufacts topics on malformed stores, {args.rounds} rounds, no cache")
        for label, store in cases.items():
            runs = [refuse(store) for _ in range(args.rounds)]
            median = statistics.median(r[0] for r in runs)
            peak = max(r[1] for r in runs) / 1024
            size = store.stat().st_size / 1e6
            print(f"{label:<28} {size:5.1f} MB  median {median:6.2f} s  peak RSS {peak:7.1f} MB")
            print(f"  {runs[0][2]}")


if __name__ == "__main__":
    main()
