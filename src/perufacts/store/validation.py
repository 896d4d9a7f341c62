"""Type validation of a raw store with pydantic, reported one line per problem.

Imported only when a store has to be validated (never on a cached lookup), because
importing pydantic costs more than a whole lookup may take.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import typing
from collections import Counter
from dataclasses import dataclass
from itertools import compress
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
# Records validated at a time, at most: validated whole, a store of 2 million empty records
# took 44 s and 9 GB for its 20 million errors; a slice at a time, one slice's errors are all
# there are. The first slice is small and each next one twice as large, so that a store bad
# from its first record is known to be bad, with its first MANY problems, after a few hundred.
_SLICE = 10_000
_FIRST_SLICE = 64
# Once MANY problems are found the rest are only counted, and pydantic, which makes an error
# object for each problem (about 1 µs each), counts at most this many more of them; past it,
# the records are counted by their shape alone, and the count is a lower bound.
_COUNTED = 100_000


@dataclass
class Problems:
    """The problems of a store's fields and types: lines for the first, and how many in all."""

    lines: list[str]
    total: int
    exact: bool = True  # False: the store has at least ``total`` problems


def check_types(data: dict[str, Any], *, listed: int) -> Problems:
    """Problems with the store's field names and types, and how many there are.

    Each problem is a ``dotted.location: message`` line; ``data`` is the store's parsed JSON,
    validated as JSON again a slice of records at a time. Of more than MANY problems, only the
    first ``listed`` are made into lines, and the records after them are counted, not listed
    (``_Count``).
    """
    lists = [k for k, v in data.items() if isinstance(v, list)]
    bare = {k: [] if k in lists else v for k, v in data.items()}
    found = _validated(bare)
    errors = [] if found is None else found.errors(include_url=False)
    outside = total = len(errors)  # the problems beside the records, in every slice again
    count = _Count(bare, outside)
    for name in lists:
        if name not in _RECORDS:
            continue  # not a list of records: its one problem, if any, is one of ``outside``
        records: list[Any] = data[name]
        start, size = 0, _FIRST_SLICE
        while start < len(records) and total <= MANY:
            found = _validated({**bare, name: records[start : start + size]})
            if found is not None:
                total += found.error_count() - outside
                errors += [_shifted(e, start) for e in found.errors(include_url=False)
                           if len(e["loc"]) > 1 and e["loc"][0] == name]  # fmt: skip
            start, size = start + size, min(2 * size, _SLICE)
        total += count.records(name, records[start:])
    lines = _format(errors)
    if total <= MANY:
        return Problems(lines, len(lines))
    return Problems(lines[:listed], total, exact=count.exact)


class _Count:
    """The problems of records past the listed ones, counted without making them into errors.

    A record that is no object has one problem ("Input should be an object"), and an object
    one for each required field it lacks and each field it should not have, plus those of the
    values of the fields it has. The records that are no objects and the empty objects are
    counted at once, and the others grouped by their keys, so that a million alike cost one
    sum; the objects that have one of their fields are validated by pydantic while
    ``_COUNTED`` lasts, then counted by their missing and unknown fields alone, and the count
    is then only a lower bound (``exact`` False).
    """

    def __init__(self, bare: dict[str, Any], outside: int) -> None:
        self.bare = bare  # the store without its records, and its own problems' count
        self.outside = outside
        self.budget = _COUNTED
        self.exact = True

    def records(self, name: str, records: list[Any]) -> int:
        """How many problems the records of the store's list ``name`` have."""
        # Each step a function of C over all the records (a loop of Python's over 3 million
        # took 0.2 s): the objects, then those with keys, then their shapes.
        objects = list(compress(records, map(_IS_DICT, map(type, records))))
        keyed = list(compress(objects, objects))
        fields, required = _RECORDS[name]
        # Each record that is no object has one problem; each empty object, its missing fields.
        total = len(records) - len(objects) + (len(objects) - len(keyed)) * len(required)
        shapes = Counter(map(tuple, keyed))
        valued = set()
        for shape, n in shapes.items():
            if fields.isdisjoint(shape):  # no value to check: only missing and unknown fields
                total += n * (len(required) + len(shape))
            else:
                valued.add(shape)
        if len(valued) < len(shapes):
            keyed = [r for r in keyed if tuple(r) in valued]
        return total + self._valued(name, keyed) if valued else total

    def _valued(self, name: str, records: list[dict[str, Any]]) -> int:
        """How many problems objects with some of their fields have, by pydantic while it may."""
        total = 0
        for start in range(0, len(records), _SLICE):
            if self.budget <= 0:
                self.exact = False
                return total + self._missing_or_unknown(name, records[start:])
            found = _validated({**self.bare, name: records[start : start + _SLICE]})
            counted = 0 if found is None else found.error_count() - self.outside
            self.budget -= counted
            total += counted
        return total

    @staticmethod
    def _missing_or_unknown(name: str, records: list[dict[str, Any]]) -> int:
        """How many fields the objects lack or should not have (a lower bound of their problems)."""
        fields, required = _RECORDS[name]
        shapes = Counter(map(tuple, records))
        return sum(
            n * (len(required.difference(shape)) + len(set(shape) - fields))
            for shape, n in shapes.items()
        )


def _record_fields() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each list of records of a store: its records' fields, and which of them are required."""
    hints = typing.get_type_hints(Store)
    found = {}
    for name, hint in hints.items():
        (kind, *_) = typing.get_args(hint) or (None,)
        if isinstance(kind, type) and dataclasses.is_dataclass(kind):
            fields = dataclasses.fields(kind)
            required = [f.name for f in fields if _required(f)]
            found[name] = (frozenset(f.name for f in fields), frozenset(required))
    return found


def _required(field: dataclasses.Field[Any]) -> bool:
    """True when a record's field has no default."""
    return field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING


_RECORDS = _record_fields()
_IS_DICT = frozenset({dict}).__contains__


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
