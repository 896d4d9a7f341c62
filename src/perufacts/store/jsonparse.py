"""Strict JSON for stores: UTF-8, no repeated keys, no NaN or Infinity, bounded nesting."""

from __future__ import annotations

import json
import math
import re
from itertools import chain, compress
from typing import Any

from perufacts.errors import StoreError, location

MAX_DEPTH = 32
# A UTF-8 byte order mark, which some editors write first: dropped.
UTF8_BOM = b"\xef\xbb\xbf"
# Python's default limit for reading an integer (sys.get_int_max_str_digits): a store's numbers
# stay within it, and one past it is refused in the store's own words.
MAX_DIGITS = 4300
# How much of a number too long or too large a message shows.
_SHOWN = 20


class _DuplicateKeys(dict[str, Any]):
    """A JSON object that had repeated keys; ``repeated`` names them."""

    repeated: list[str]


def _marked(obj: dict[str, Any], pairs: list[tuple[str, Any]]) -> _DuplicateKeys:
    """A JSON object made of ``pairs`` that repeat a key, marked with the keys repeated."""
    marked = _DuplicateKeys(obj)
    seen: set[str] = set()
    marked.repeated = []
    for k, _ in pairs:
        if k in seen:
            marked.repeated.append(k)
        seen.add(k)
    return marked


def _no_constant(name: str) -> float:
    """Refuse NaN and Infinity, which JSON does not have."""
    raise ValueError(f"{name} is not allowed in a store (JSON has no {name})")


def _shown(text: str) -> str:
    """The start of a long number, for a message."""
    return text if len(text) <= _SHOWN else f"{text[:_SHOWN]}…"


def _finite(text: str) -> float:
    """A JSON number that fits in a float."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {_shown(text)} is too large")
    return value


def _integer(text: str) -> int:
    """A JSON integer of at most MAX_DIGITS digits."""
    digits = len(text) - text.startswith("-")
    if digits > MAX_DIGITS:
        raise ValueError(
            f"number {_shown(text)} has {digits:,} digits; "
            f"a store's numbers have at most {MAX_DIGITS:,}"
        )
    return int(text)


def _loads(text: str, *, checked_integers: bool = False) -> tuple[Any, bool]:
    """The JSON of ``text``, strictly, and whether an object of it repeats a key.

    ``checked_integers`` reads each integer through _integer.
    """
    repeats = False

    def pairs_to_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        """A JSON object (marked when it repeats a key), noting that one did."""
        nonlocal repeats
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        repeats = True
        return _marked(obj, pairs)

    data = json.loads(
        text,
        object_pairs_hook=pairs_to_object,
        parse_constant=_no_constant,
        parse_float=_finite,
        parse_int=_integer if checked_integers else None,
    )
    return data, repeats


def parse_json(raw: bytes) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN or Infinity, nesting at most MAX_DEPTH."""
    if not raw.strip():
        raise StoreError("store is invalid: the file is empty")
    # A store is one JSON object: refuse anything else from its first byte, before parsing
    # (a 40 MB array took 20 s and 3.2 GB to be refused after a full parse).
    first = raw.removeprefix(UTF8_BOM).lstrip(b" \t\r\n")[:1]
    if first != b"{":
        raise StoreError(
            "store is invalid: the top level must be a JSON object ({...}), "
            f"and the file starts with {first.decode('latin-1')!r}"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StoreError(f"store is invalid: not UTF-8 text (byte {exc.start})") from None
    try:
        try:
            data, repeats = _loads(text)
        except ValueError as exc:
            if isinstance(exc, json.JSONDecodeError) or "integer string conversion" not in str(exc):
                raise
            # An integer past Python's digit limit, which json names neither by place nor by
            # value: read again, checking each integer (which costs a call per integer).
            data, repeats = _loads(text, checked_integers=True)
    except json.JSONDecodeError as exc:
        raise StoreError(
            # json's messages may end in "at" ("Unterminated string starting at"): say it once.
            f"store is invalid: not JSON: {exc.msg.removesuffix(' at')} at line {exc.lineno} "
            f"column {exc.colno}"
        ) from None
    except ValueError as exc:
        raise StoreError(f"store is invalid: {exc}") from None
    except RecursionError:
        raise StoreError(f"store is invalid: nesting deeper than {MAX_DEPTH} levels") from None
    if repeats:
        _check_shape(data)  # the walk that names the place (and finds excessive depth too)
    elif _too_deep(data):
        raise StoreError(f"store is invalid: nesting deeper than {MAX_DEPTH} levels")
    # "\ud800" is JSON but no character: a lone surrogate cannot be written as UTF-8 later. Only
    # a text that escapes one is walked for it.
    if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(data):
        raise StoreError("store is invalid: a \\uD800-\\uDFFF escape that makes no character")
    return data


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _has_lone_surrogate(data: Any) -> bool:
    """True when a key or string of the parsed JSON holds a lone surrogate."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if any("\ud800" <= c <= "\udfff" for c in node):
                return True
        elif isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False


# The type tests of _too_deep, each a function of C (a container's member is tested without a
# call of Python's).
_IS_DICT = frozenset({dict}).__contains__
_IS_LIST = frozenset({list}).__contains__
_IS_CONTAINER = frozenset({dict, list}).__contains__


def _too_deep(data: Any) -> bool:
    """True when the parsed JSON (with no repeated key) nests deeper than MAX_DEPTH levels."""
    # Level by level, every member of a level at once, in functions of C: walked one container
    # at a time with its path, 2 million empty objects took 2 s and 300 MB, and 3 million
    # numbers in one array 0.25 s; this way 0.1 s each, and no path is made.
    level = [data]
    for _ in range(MAX_DEPTH):
        level = list(compress(level, level))  # an empty container holds nothing
        kinds = list(map(type, level))
        members = [
            *chain.from_iterable(map(dict.values, compress(level, map(_IS_DICT, kinds)))),
            *chain.from_iterable(compress(level, map(_IS_LIST, kinds))),
        ]
        level = list(compress(members, map(_IS_CONTAINER, map(type, members))))
        if not level:
            return False
    return any(level)  # a container MAX_DEPTH levels down, with members a level deeper


def _check_shape(data: Any) -> None:
    """Walk the parsed JSON once for excessive depth and repeated keys, naming the place."""
    # Only containers are walked: a path is made for each of them, never for each number or
    # string (3 million numbers in one array took 5 s that way).
    stack: list[tuple[Any, tuple[Any, ...]]] = [(data, ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, _DuplicateKeys):
            keys = ", ".join(repr(k) for k in dict.fromkeys(node.repeated))
            where = location(path) if path else "the top-level object"
            raise StoreError(f"store is invalid: {where}: duplicate key {keys}")
        children = node.items() if isinstance(node, dict) else enumerate(node)
        if len(path) >= MAX_DEPTH and node:  # its members are a level deeper than allowed
            raise StoreError(f"store is invalid: nesting deeper than {MAX_DEPTH} levels")
        stack.extend((v, (*path, k)) for k, v in children if isinstance(v, (dict, list)))
