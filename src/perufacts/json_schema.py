"""The published contract: the JSON Schema of each command's ``--json`` output.

Generated from the closed TypedDicts of ``json_types``, the same types that annotate the
builders (so mypy holds each builder to its shape) and that the MCP server publishes as its
tools' output schemas: a field added to a builder is added to its type, and from there to the
schema that ``perufacts schema --output COMMAND`` prints.
"""

from __future__ import annotations

import enum
import types
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from typing_extensions import NotRequired, is_typeddict

from perufacts import json_types as shapes

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# Each command (and MCP tool) with a JSON answer, and its shapes: more than one when an option
# changes the answer (`figures --sum`, `source A-B`). `error` is the object every command writes
# on stderr with --json, and every tool error carries.
OUTPUTS: dict[str, tuple[type, ...]] = {
    "topics": (shapes.TopicsJSON,),
    "topic": (shapes.TopicJSON,),
    "figure": (shapes.FiguresJSON,),
    "figures": (shapes.FiguresJSON, shapes.FiguresSumJSON),
    "search": (shapes.SearchJSON,),
    "source": (shapes.SourcesJSON, shapes.LinesJSON),
    "validate": (shapes.ValidationJSON,),
    "compare": (shapes.ComparisonJSON,),
    "audit": (shapes.AuditJSON,),
    "chart": (shapes.ChartJSON,),
    "check": (shapes.CheckJSON,),
    "cite": (shapes.CitationsJSON,),
    "error": (shapes.ErrorJSON,),
}
# What each name's schema describes, for its title.
TITLES = {
    "cite": "the MCP cite tool's result (the command prints the citation itself)",
    "error": "the error every command writes on stderr with --json, and every MCP tool error",
}

_PRIMITIVES: dict[Any, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


def output_schema(command: str) -> dict[str, Any]:
    """The JSON Schema of ``command``'s --json output (a KeyError for a name not in OUTPUTS)."""
    defs: dict[str, Any] = {}
    refs = [_schema(shape, defs) for shape in OUTPUTS[command]]
    title = TITLES.get(command, f"perufacts {command} --json")
    root: dict[str, Any] = {"$schema": DIALECT, "title": title}
    if len(refs) == 1:
        root.update(refs[0])
    else:
        root["anyOf"] = refs
    root["$defs"] = dict(sorted(defs.items()))
    return root


def fields(shape: type) -> dict[str, tuple[Any, bool]]:
    """A TypedDict's fields in order: each name's type and whether the field is always there."""
    out = {}
    for name, hint in get_type_hints(shape, include_extras=True).items():
        # The annotations are strings (`from __future__ import annotations`), so NotRequired is
        # seen only here, not in the class's __required_keys__.
        optional = get_origin(hint) is NotRequired
        out[name] = (get_args(hint)[0] if optional else hint, not optional)
    return out


def _schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of one type; each TypedDict once, in ``defs``, referred to by name."""
    if is_typeddict(hint):
        name = hint.__name__
        if name not in defs:
            defs[name] = {}  # a placeholder, for a type that refers to itself
            defs[name] = _object(hint, defs)
        return {"$ref": f"#/$defs/{name}"}
    if hint in _PRIMITIVES:
        return {"type": _PRIMITIVES[hint]}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"type": "string", "enum": [m.value for m in hint]}
    origin, args = get_origin(hint), get_args(hint)
    if origin is list:
        return {"type": "array", "items": _schema(args[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _schema(args[1], defs)}
    if origin is Literal:
        return {"enum": list(args)}
    if origin in (Union, types.UnionType):
        if all(a in _PRIMITIVES for a in args):
            return {"type": [_PRIMITIVES[a] for a in args]}
        return {"anyOf": [_schema(a, defs) for a in args]}
    raise TypeError(f"no JSON Schema for {hint!r}")


def _object(shape: type, defs: dict[str, Any]) -> dict[str, Any]:
    """A closed TypedDict as a JSON object: its fields, those always there, no others."""
    found = fields(shape)
    return {
        "type": "object",
        "description": _description(shape),
        "properties": {name: _schema(hint, defs) for name, (hint, _) in found.items()},
        "required": [name for name, (_, always) in found.items() if always],
        "additionalProperties": not getattr(shape, "__closed__", False),
    }


# --- the contract as Markdown (docs/json.md's field tables) ----------------------------------


def shapes_in_order() -> list[type]:
    """Every shape of the contract, each once: the outputs' own, each followed by those it holds."""
    order: list[type] = []
    for shapes_of in OUTPUTS.values():
        for shape in shapes_of:
            _collect(shape, order)
    return order


def markdown() -> str:
    """docs/json.md's generated part: each output's shapes, then each shape's fields."""
    order = shapes_in_order()
    lines = ["| output | shape |", "| --- | --- |"]
    for name, shapes_of in OUTPUTS.items():
        lines.append(f"| `{name}` | {' or '.join(_link(s) for s in shapes_of)} |")
    for shape in order:
        lines += ["", f"### {shape.__name__}", "", _description(shape), ""]
        lines += ["| field | type | always there |", "| --- | --- | --- |"]
        for name, (hint, always) in fields(shape).items():
            lines.append(f"| `{name}` | {_words(hint)} | {'yes' if always else 'no'} |")
    return "\n".join(lines) + "\n"


def _collect(hint: Any, order: list[type]) -> None:
    """Every TypedDict that ``hint`` holds, depth first, each once, into ``order``."""
    if is_typeddict(hint):
        if hint in order:
            return
        order.append(hint)
        for inner, _ in fields(hint).values():
            _collect(inner, order)
        return
    for arg in get_args(hint):
        _collect(arg, order)


def _description(shape: type) -> str:
    """A shape's docstring on one line, in Markdown."""
    return " ".join((shape.__doc__ or "").split()).replace("``", "`")


def _link(shape: type) -> str:
    """A shape's name, linked to its table."""
    return f"[{shape.__name__}](#{shape.__name__.lower()})"


def _words(hint: Any) -> str:
    """A type in words, for a table cell."""
    if is_typeddict(hint):
        return _link(hint)
    if hint in _PRIMITIVES:
        return _PRIMITIVES[hint]
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return "one of " + ", ".join(f"`{m.value}`" for m in hint)
    origin, args = get_origin(hint), get_args(hint)
    if origin is list:
        return f"list of {_words(args[0])}"
    if origin is dict:
        return f"object of {_words(args[1])}"
    if origin is Literal:
        return " or ".join(f"`{json_literal}`" for json_literal in args)
    return " or ".join(_words(a) for a in args)
