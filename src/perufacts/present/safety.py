"""Terminal safety: nothing from the data reaches a terminal as a control sequence."""

from __future__ import annotations

import re

# Terminals obey C0/C1 controls and bidi controls reorder a line, so both are shown, not sent.
# Lone surrogates are bytes of an argument that were not UTF-8 (PEP 383): a strict UTF-8
# stream refuses to write them and any other writes invalid text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
# inert keeps newlines (a Rich cell may hold several lines); a message must not, nor the
# separators that str.splitlines() breaks on.
_LINE_BREAKS = str.maketrans({"\n": "\\n", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def inert(text: str) -> str:
    """Show control characters (escape sequences included) as visible escapes, never raw."""
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    """The visible escape of one control character."""
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """``inert`` text that also stays on one line, as every message on stderr does."""
    return inert(text).translate(_LINE_BREAKS)
