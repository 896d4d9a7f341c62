"""The two sides a before/after benchmark runs side by side: a commit's src/, and this checkout."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def old_src(ref: str, folder: Path) -> Path:
    """Extract ``ref``'s src/ and data/ with `git archive` into ``folder``; return its src/."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "src", "data"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder / "old", filter="data")
    return folder / "old" / "src"
