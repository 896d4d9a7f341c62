"""Malformed stores refused: time and peak memory of one refusal, for stores with very many problems.

Usage: python bench/malformed.py [--entries N] [--rounds R]
Run it with the Python of an environment where perufacts is installed. Writes, from the mini
fixture store, one store whose figures are N bad entries (the number 1: one problem each) and
one whose figures are 2N/3 empty objects (ten problems each), 8 to 9 MB each at the
default N, then times, round after round and side by side, ``perufacts topics --store STORE``
on each without the cache, and for reference ``perufacts topics`` on the bundled store
(without the cache: validated in full) and a bare ``json.load`` of each malformed store, and
prints medians with the largest peak resident memory of the runs. The target (issue 21): each
refusal in about 1 s, its memory that of the parsed JSON, not of its problems.
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


def timed(cmd: list[str], code: int) -> tuple[float, int, str]:
    """Seconds, peak RSS (KiB) and the stderr of one run of ``cmd`` (exit ``code`` required)."""
    env = {**os.environ, "PERUFACTS_NO_CACHE": "1"}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert proc.stderr is not None
    err = proc.stderr.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != code:
        raise SystemExit(f"expected exit {code} from {' '.join(cmd)}: {err}")
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
        runs: dict[str, list[tuple[float, int, str]]] = {}
        cmds = {"topics, bundled store (valid)": ([PERUFACTS, "topics"], 0)}
        for label, store in cases.items():
            cmds[f"topics, {label}"] = ([PERUFACTS, "topics", "--store", str(store)], 4)
            load = f"import json; json.load(open({str(store)!r}))"
            cmds[f"json.load, {label}"] = ([sys.executable, "-c", load], 0)
        for _ in range(args.rounds):
            for label, (cmd, code) in cmds.items():
                runs.setdefault(label, []).append(timed(cmd, code))
        print(f"malformed stores refused, {args.rounds} rounds side by side, no cache")
        sizes = {label: f"{store.stat().st_size / 1e6:.1f} MB" for label, store in cases.items()}
        print(f"stores: {', '.join(f'{label} {size}' for label, size in sizes.items())}")
        for label, found in runs.items():
            median = statistics.median(r[0] for r in found)
            peak = max(r[1] for r in found) / 1024
            print(f"{label:<42} median {median:6.2f} s  peak RSS {peak:7.1f} MB")
        for label in cases:
            print(f"  {runs[f'topics, {label}'][0][2]}")


if __name__ == "__main__":
    main()
