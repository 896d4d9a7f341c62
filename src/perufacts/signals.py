"""Stopping on a signal like a Unix tool: one line, exit 128+N, temporary files removed.

Imported first by the entry point (``perufacts.__main__``), before the command line and its
heavy imports, so that Ctrl-C, SIGTERM or SIGHUP even while they load is one line and no
traceback. Nothing else may be imported here.
"""

from __future__ import annotations

import contextlib
import signal
import sys

# What each signal is called in the one line it prints.
_NAMES = {"SIGINT": "interrupted", "SIGTERM": "terminated", "SIGHUP": "hung up"}


def stop(signum: int, frame: object) -> None:
    """Print one line and exit 128+N; raising SystemExit runs every ``finally`` on the way out,
    which is where temporary files (exports, cache copies) are removed."""
    name = _NAMES.get(signal.Signals(signum).name, "stopped")
    # stderr closed or gone: the exit code still says it.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(f"perufacts: {name}\n")
    sys.exit(128 + signum)


def install() -> None:
    """Handle SIGINT, SIGTERM and SIGHUP (where the platform has them) with ``stop``."""
    for name in _NAMES:
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, stop)
