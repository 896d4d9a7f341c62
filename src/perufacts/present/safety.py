"""Terminal safety: nothing from the data reaches a terminal as a control sequence.

Three kinds of character are never sent as they are: C0/C1 controls (escape sequences start
with them), invisible format characters (Unicode category Cf: zero-width characters, bidi
embeddings, overrides and isolates, which reorder or hide what a line says), and the line and
paragraph separators U+2028/U+2029 (which some readers take as line ends). Lone surrogates
(bytes of an argument that were not UTF-8, PEP 383) cannot be written to a strict UTF-8 stream.
"""

from __future__ import annotations

import re

from perufacts.text import FORMAT_CHARACTERS, SEPARATORS, json_safe

__all__ = ["inert", "json_safe", "one_line", "terminal_text"]

_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{FORMAT_CHARACTERS}{SEPARATORS}]")


def inert(text: str) -> str:
    """Show controls, invisible format characters and separators as visible escapes, never raw.

    Newlines and tabs are kept (a Rich cell may hold several lines).
    """
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    """The visible escape of one character."""
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def one_line(text: str) -> str:
    """``inert`` text that also stays on one line, as every message on stderr does."""
    return inert(text).replace("\n", "\\n")


def terminal_text(text: str) -> str:
    """An export's text made safe for a terminal: ``inert``, with CRLF line ends kept."""
    return "\r\n".join(inert(part) for part in text.split("\r\n"))
