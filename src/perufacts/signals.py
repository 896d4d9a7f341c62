"""Stopping on a signal like a Unix tool: one line, exit 128+N, temporary files removed.

Imported first by the entry point (``perufacts.__main__``), before the command line and its
heavy imports, so that Ctrl-C, SIGTERM or SIGHUP even while they load is one line and no
traceback. It uses the interpreter's built-in ``_signal`` module: the ``signal`` module
builds enums on import, which took longer than everything else this module does.
"""

from __future__ import annotations

import _thread
import os
import sys

try:
    _sig = __import__("_signal")
except ImportError:  # another Python implementation: the public module
    _sig = __import__("signal")

# What each signal is called in the one line it prints.
_NAMES = {"SIGINT": "interrupted", "SIGTERM": "terminated", "SIGHUP": "hung up"}
_BY_NUMBER = {getattr(_sig, n): text for n, text in _NAMES.items() if hasattr(_sig, n)}

# The signal ``again`` is delivering a second time: its line was printed the first time.
_REDELIVERED: list[int] = []


def stop(signum: int, frame: object) -> None:
    """Print one line and exit 128+N.

    Raising SystemExit runs every ``finally`` on the way out, which is where temporary files
    (exports, cache copies) are removed.
    """
    if signum in _REDELIVERED:
        _REDELIVERED.remove(signum)
    else:
        try:  # noqa: SIM105 (contextlib is one more import before the handlers are in place)
            sys.stderr.write(f"perufacts: {_BY_NUMBER.get(signum, 'stopped')}\n")
        except (OSError, ValueError, AttributeError):  # stderr closed or gone: the code says it
            pass
    sys.exit(128 + signum)


def again(unraisable: sys.UnraisableHookArgs) -> None:
    """``sys.unraisablehook``: deliver a signal again whose exit Python could only report.

    Python runs a signal handler wherever the main thread is, and that can be a weakref
    callback or a ``__del__`` (the import system runs one while it loads modules). There an
    exception is printed as "Exception ignored" with a traceback and dropped, and the run would
    go on. The signal is raised again from another thread, so that the handler runs once the
    callback has returned; anything else goes to Python's own hook.
    """
    code = getattr(unraisable.exc_value, "code", None)
    signum = (
        code - 128 if isinstance(unraisable.exc_value, SystemExit) and isinstance(code, int) else 0
    )
    if signum not in _BY_NUMBER:
        sys.__unraisablehook__(unraisable)
        return
    _REDELIVERED.append(signum)
    try:
        _thread.start_new_thread(os.kill, (os.getpid(), signum))
    except RuntimeError:  # the interpreter is shutting down: every finally has run already
        _exit_now(128 + signum)


def _exit_now(code: int) -> None:
    """End the process with ``code`` at once, after flushing what it printed."""
    for stream in (sys.stdout, sys.stderr):
        try:  # noqa: SIM105 (as in stop)
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    os._exit(code)


def install() -> None:
    """Handle SIGINT, SIGTERM and SIGHUP (where the platform has them) with ``stop``."""
    sys.unraisablehook = again
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
