"""Stopping on a signal like a Unix tool: one line, exit 128+N, temporary files removed.

Imported first by the entry point (``perufacts.__main__``), before the command line and its
heavy imports, so that Ctrl-C, SIGTERM or SIGHUP even while they load is one line and no
traceback. It uses the interpreter's built-in ``_signal`` module: the ``signal`` module
builds enums on import, which took longer than everything else this module does.
"""

from __future__ import annotations

import sys

try:
    _sig = __import__("_signal")
except ImportError:  # another Python implementation: the public module
    _sig = __import__("signal")

# What each signal is called in the one line it prints.
_NAMES = {"SIGINT": "interrupted", "SIGTERM": "terminated", "SIGHUP": "hung up"}
_BY_NUMBER = {getattr(_sig, n): text for n, text in _NAMES.items() if hasattr(_sig, n)}


def stop(signum: int, frame: object) -> None:
    """Print one line and exit 128+N.

    Raising SystemExit runs every ``finally`` on the way out, which is where temporary files
    (exports, cache copies) are removed.
    """
    try:  # noqa: SIM105 (contextlib is one more import before the handlers are in place)
        sys.stderr.write(f"perufacts: {_BY_NUMBER.get(signum, 'stopped')}\n")
    except (OSError, ValueError, AttributeError):  # stderr closed or gone: the code says it
        pass
    sys.exit(128 + signum)


def install() -> None:
    """Handle SIGINT, SIGTERM and SIGHUP (where the platform has them) with ``stop``."""
    for number in _BY_NUMBER:
        _sig.signal(number, stop)


def hold() -> object:
    """Hold back SIGINT, SIGTERM and SIGHUP until ``release``; what to pass to it.

    Between creating a temporary file and the ``try`` whose ``finally`` removes it, a signal
    would end the run and leave the file behind: creating it under ``hold`` closes that gap.
    """
    block = getattr(_sig, "pthread_sigmask", None)
    if block is None:  # no signal masks on this platform (Windows)
        return None
    return block(_sig.SIG_BLOCK, list(_BY_NUMBER))


def release(held: object) -> None:
    """Let the signals held back by ``hold`` through again (a pending one is handled now)."""
    if held is not None:
        _sig.pthread_sigmask(_sig.SIG_SETMASK, held)
