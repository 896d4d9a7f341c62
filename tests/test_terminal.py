"""What only a real process shows: encodings of the terminal."""

from __future__ import annotations

import os
import subprocess
import sys

from perufacts.text import nearest_ascii


def test_nearest_ascii() -> None:
    assert nearest_ascii("César Landa’s “theme” • 2.44×") == 'Cesar Landa\'s "theme" * 2.44x'


def test_an_ascii_terminal_gets_the_nearest_ascii(tmp_path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "PERUFACTS_CACHE_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "perufacts", "search", "Cesar Landa", "--plain"],
        capture_output=True, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert b"Foreign Minister Cesar Landa" in result.stdout
    assert result.stderr == b""
