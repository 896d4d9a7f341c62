"""Process handling: the entry point behaves like a Unix tool with pipes, signals and encodings.

A closed or failing stdout is one line and exit 1, never a traceback; SIGPIPE ends quietly;
a terminal that cannot show UTF-8 gets the nearest ASCII.
"""

import atexit
import codecs
import errno
import gc
import io
import os
import signal
import sys
from typing import Any

from perufacts import signals
from perufacts._compat import completing_shell, enable_completion
from perufacts.cli.commands import app
from perufacts.cli.output import utf8
from perufacts.errors import EXIT_FAILURE
from perufacts.text import nearest_ascii


def main() -> None:
    """Console-script entry point: behave like a Unix tool with pipes, signals and odd encodings."""
    signals.install()  # already done by perufacts.__main__, unless this is called directly
    # What is imported or loaded lives until exit: keep the cycle collector off it, now and
    # at exit (atexit runs before the interpreter's last collection, which alone cost a lookup
    # 12-20 ms).
    gc.freeze()
    atexit.register(gc.freeze)
    if hasattr(signal, "SIGPIPE"):
        # `perufacts figures --plain | head -n 1` should end quietly, not with a BrokenPipeError.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    codecs.register_error("perufacts-ascii", _nearest_ascii)
    if sys.stdout is None:  # started with stdout closed (`>&-`): writing to it is the error
        sys.stdout = _closed_stdout()
    if completing_shell() is not None:
        enable_completion()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not utf8(stream) and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="perufacts-ascii")
    try:
        app()
        code: Any = 0
    except SystemExit as exc:
        code = exc.code
    except OSError as exc:  # --help or --version could not be written: no command caught it
        code = _stdout_failed(exc)
    sys.exit(_flushed(code))


def _flushed(code: Any) -> Any:
    """``code``, or 1 if what was written to stdout cannot be flushed (a full disk, a closed stdout)."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError) as exc:
        code = _stdout_failed(exc) if code in (0, None) else code
        _silence_stdout()
    return code


def _stdout_failed(exc: OSError | ValueError) -> int:
    """Say in one line that stdout could not be written; the exit code for it."""
    reason = getattr(exc, "strerror", None) or str(exc)
    sys.stderr.write(f"perufacts: cannot write to standard output: {reason}\n")
    _silence_stdout()
    return EXIT_FAILURE


def _silence_stdout() -> None:
    """Let every later write or flush of stdout (the interpreter flushes it at exit) go nowhere."""
    _ClosedRaw.silenced = True
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass


class _ClosedRaw(io.RawIOBase):
    """The raw stream of a standard output that was closed: every write fails as writing to fd 1 would."""

    # Set once the failure has been reported: the stream is then flushed into nothing.
    silenced = False

    def writable(self) -> bool:
        """A standard output is written to."""
        return True

    def write(self, data: Any) -> int:
        """Fail as writing to a closed descriptor does (until the failure has been reported)."""
        if _ClosedRaw.silenced:
            return len(data)
        raise OSError(errno.EBADF, "it is closed")


def _closed_stdout() -> io.TextIOWrapper:
    """A text stream in place of a closed stdout, failing (with EBADF) when written to."""
    return io.TextIOWrapper(io.BufferedWriter(_ClosedRaw()), encoding="utf-8")


def _nearest_ascii(error: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: a terminal that cannot show "César" gets "Cesar", not "C?sar"."""
    assert isinstance(error, UnicodeEncodeError)
    return nearest_ascii(error.object[error.start : error.end]), error.end
