"""JSON text as the stdlib writes it with ``indent=2``, faster: the contract's pretty documents.

Below every other module (it imports only the stdlib and ``text``), so that the store can keep a
listing's items already written (``store.records``) in the very bytes the presenters write.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import encode_basestring, encode_basestring_ascii  # C where built
from typing import Any

from perufacts.text import json_safe

# Where a listing's items sit: ``{"key": [item, ...]}`` nests each two levels deep.
ITEM_INDENT = "    "


class _Unusual(Exception):
    """A value the fast encoder leaves to the stdlib's (a non-str key, a type of its own)."""


def pretty_json(data: Any, *, ascii_only: bool = False, indent: str = "") -> str:
    """Exactly ``json.dumps(data, ensure_ascii=ascii_only, indent=2)``, every line after the
    first starting with ``indent``, in a third of the time.

    With an indent the stdlib runs its pure-Python encoder, one generator per container; this
    one appends to a list, and escapes strings with the stdlib's own C functions.
    """
    escape = encode_basestring_ascii if ascii_only else encode_basestring
    out: list[str] = []
    try:
        _pretty(data, indent, out, escape)
    except _Unusual:
        text = json.dumps(data, ensure_ascii=ascii_only, indent=2)
        return text.replace("\n", "\n" + indent) if indent else text
    return "".join(out)


def _pretty(value: Any, indent: str, out: list[str], escape: Callable[[str], str]) -> None:
    """Append the JSON text of ``value``, nested at ``indent``, to ``out``."""
    if isinstance(value, str):
        out.append(escape(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(
            json.dumps(value) if value != value or value in _INFINITIES else float.__repr__(value)
        )
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        opening = "{\n" + inner
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unusual
            out.append(opening)
            opening = ",\n" + inner
            out.append(escape(key))
            out.append(": ")
            _pretty(item, inner, out, escape)
        out.append("\n" + indent + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        opening = "[\n" + inner
        for item in value:
            out.append(opening)
            opening = ",\n" + inner
            _pretty(item, inner, out, escape)
        out.append("\n" + indent + "]")
    else:
        raise _Unusual


_INFINITIES = (float("inf"), float("-inf"))


def listed_item(item: Any, *, ascii_only: bool = False) -> str:
    """One item of a listing document (``{"key": [item, ...]}``) as that document holds it:
    pretty, its lines after the first indented two levels, escaped as ``json_safe`` escapes."""
    return json_safe(pretty_json(item, ascii_only=ascii_only, indent=ITEM_INDENT))
