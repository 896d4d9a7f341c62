"""Reading a draft to check: a sentence given as it is, a file, or standard input.

Shared by the fronts (the command line's ``check``, the MCP server): a draft is at most
MAX_DRAFT_BYTES of UTF-8, a leading byte-order mark dropped, and anything else a usage error
of one line.
"""

from __future__ import annotations

import sys
from pathlib import Path

from perufacts.errors import UsageError

# A draft is an article or a report, not a corpus: 4 MiB is some 600,000 words. Reading stops
# there, so that `check --file /dev/zero` ends at once instead of filling the memory.
MAX_DRAFT_BYTES = 4 * 1024 * 1024


def read_draft(text: str | None, file: str | None) -> str:
    """The text to check: the argument, a file, or standard input (a leading BOM dropped).

    With neither, a standard input that is not a terminal (a pipe, a file) is read, as
    ``-`` would; a draft with nothing but white space in it is a usage error, as an empty
    search is.
    """
    if text is not None and file is not None:
        raise UsageError("give the text or --file, not both")
    source = file if file is not None else text
    nothing = "nothing to check: give a sentence, --file PATH, or - for standard input"
    if source is None and not stdin_is_piped():
        raise UsageError(nothing)
    draft = _read(source or "-", file)
    if not draft.strip():
        if source is None:  # standard input read unasked, and nothing came
            raise UsageError(nothing)
        where = "standard input" if source == "-" else (file or "the text")
        raise UsageError(f"nothing to check: {where} is empty")
    return draft


def names_a_file(text: str | None) -> bool:
    """True when a sentence to check is one word that names an existing file: the user most
    likely meant ``--file``."""
    if text is None or text == "-" or not text.strip() or any(ch.isspace() for ch in text.strip()):
        return False
    try:
        return Path(text.strip()).is_file()
    except (OSError, ValueError):  # a name too long, or with a NUL in it
        return False


def stdin_is_piped() -> bool:
    """True when standard input is open and not a terminal: a pipe or a file to read."""
    try:
        return sys.stdin is not None and not sys.stdin.isatty()
    except (AttributeError, ValueError):  # replaced by an object without isatty, or closed
        return False


def _read(source: str, file: str | None) -> str:
    """The draft's text from the argument, standard input ("-") or the file."""
    if source == "-":
        return read_stdin()
    if file is None:
        check_draft_size(source)
        return source.removeprefix("\ufeff")
    try:
        # Not only regular files: `--file <(command)` is a pipe.
        with open(file, "rb") as stream:
            return draft_text(stream.read(MAX_DRAFT_BYTES + 1), file)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        reason = getattr(exc, "strerror", None) or str(exc)
        raise UsageError(f"cannot read {file}: {reason}") from None


def check_draft_size(text: str, what: str = "the text") -> None:
    """Refuse a draft given as text over MAX_DRAFT_BYTES of UTF-8, naming its size."""
    # Four bytes a character at most: most drafts need no encoding to be measured.
    if len(text) * 4 <= MAX_DRAFT_BYTES:
        return
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_DRAFT_BYTES:
        raise UsageError(
            f"{what} is {size:,} bytes of UTF-8; a draft may hold at most {MAX_DRAFT_BYTES:,}"
        )


def draft_text(data: bytes, name: str) -> str:
    """A draft's bytes as text: at most MAX_DRAFT_BYTES of UTF-8, without a byte-order mark."""
    if len(data) > MAX_DRAFT_BYTES:
        raise UsageError(f"cannot read {name}: a draft may hold at most {MAX_DRAFT_BYTES:,} bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"cannot read {name}: not UTF-8 (byte {exc.start})") from None


def read_stdin() -> str:
    """Standard input as UTF-8, as a --file is read, whatever the locale's encoding."""
    # Decoded by the locale, a UTF-8 draft crashed under LC_ALL=C or PYTHONIOENCODING=ascii.
    if sys.stdin is None:  # started with standard input closed (`<&-`)
        raise UsageError("cannot read standard input: it is closed")
    try:
        data = sys.stdin.buffer.read(MAX_DRAFT_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"cannot read standard input: {exc.strerror or exc}") from None
    return draft_text(data, "standard input")
