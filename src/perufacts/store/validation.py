"""Type validation of a raw store with pydantic, reported one line per problem.

Imported only when a store has to be validated (never on a cached lookup), because
importing pydantic costs more than a whole lookup may take.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from pydantic import TypeAdapter, ValidationError

from perufacts.errors import location
from perufacts.models import Store

_UNION_TAGS = {"int", "float", "str", "bool", "none"}
_INPUT_CAP = 40


@functools.cache
def _adapter() -> TypeAdapter[Store]:
    """pydantic's validator of a whole store, built once per process (building it is most of the cost)."""
    return TypeAdapter(Store)


# A store with more problems than this is refused at its first few: listing 3 million
# problems took a minute (pydantic's errors as dicts, then one line each).
MANY = 1_000
# Records validated at a time: validated whole, a store of 2 million empty records took 44 s
# and 9 GB for its 20 million errors; a slice at a time, one slice's errors are all there are.
_SLICE = 10_000


def check_types(data: dict[str, Any], *, listed: int) -> tuple[list[str], int]:
    """Problems with the store's field names and types, and how many there are.

    Each problem is a ``dotted.location: message`` line; ``data`` is the store's parsed JSON,
    validated as JSON again a slice of records at a time. Of more than MANY problems, only the
    first ``listed`` are made into lines (all of them counted by pydantic).
    """
    lists = [k for k, v in data.items() if isinstance(v, list)]
    bare = {k: [] if k in lists else v for k, v in data.items()}
    found = _validated(bare)
    errors = [] if found is None else found.errors(include_url=False)
    outside = total = len(errors)  # the problems beside the records, in every slice again
    for name in lists:
        records = data[name]
        for start in range(0, len(records), _SLICE):
            found = _validated({**bare, name: records[start : start + _SLICE]})
            if found is None:
                continue
            total += found.error_count() - outside
            if len(errors) <= MANY:
                errors += [_shifted(e, start) for e in found.errors(include_url=False)
                           if len(e["loc"]) > 1 and e["loc"][0] == name]  # fmt: skip
    lines = _format(errors)
    return (lines, len(lines)) if total <= MANY else (lines[:listed], total)


def _validated(doc: dict[str, Any]) -> ValidationError | None:
    """pydantic's error for a store's JSON document, or None."""
    try:
        _adapter().validate_json(json.dumps(doc))
    except ValidationError as exc:
        return exc
    return None


def _shifted(error: Any, start: int) -> Any:
    """An error of a slice of records that starts at ``start``, placed in the whole list."""
    name, index, *rest = error["loc"]
    return {**error, "loc": (name, index + start, *rest)}


def _format(errors: list[Any]) -> list[str]:
    """pydantic's errors as one line per place."""
    # A value that fits no member of a union gets one error per member: merge them into one line.
    merged: dict[str, list[str]] = {}
    for error in errors:
        parts = [p for p in error["loc"] if p not in _UNION_TAGS]
        merged.setdefault(location(parts), []).append(_message(error))
    lines = []
    for loc, messages in merged.items():
        unique = list(dict.fromkeys(messages))
        if len(unique) > 1:
            unique = [
                "Input should be "
                + ", or ".join(m.removeprefix("Input should be ") for m in unique)
            ]
        lines.append(f"{loc}: {unique[0]}")
    return lines


def _message(error: Any) -> str:
    """One error's message, with the offending input when it helps."""
    kind = error["type"]
    if kind == "unexpected_keyword_argument":
        return "unknown field"
    if kind == "missing":
        return "required field is missing"
    message = str(error["msg"])
    given = error.get("input")
    if kind.endswith("_type") and not isinstance(given, (dict, list)):
        shown = repr(given)
        if len(shown) > _INPUT_CAP:
            shown = shown[: _INPUT_CAP - 1] + "…"
        message += f" (got {shown})"
    return message


def schema_json() -> str:
    """The store's JSON Schema, generated from the models (committed as data/facts.schema.json)."""
    schema = _inline_enums(_adapter().json_schema())
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
        "title": "perufacts fact store",
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def _inline_enums(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with each vocabulary written out where it is used, as the committed schema has it.

    pydantic puts an Enum under $defs and refers to it; a field's allowed words are easier to
    read in place, and the committed data/facts.schema.json was written that way.
    """
    defs = schema.get("$defs", {})
    enums = {f"#/$defs/{name}": d for name, d in defs.items() if "enum" in d}
    for definition in defs.values():
        for name, prop in definition.get("properties", {}).items():
            ref = enums.get(prop.get("$ref", ""))
            if ref is not None:
                title = name.replace("_", " ").title()
                definition["properties"][name] = {
                    "enum": ref["enum"],
                    "title": title,
                    "type": "string",
                }
    for name in [n for n, d in defs.items() if "enum" in d]:
        del defs[name]
    return schema
