"""The published contract: every command's real --json output validates against the JSON Schema
that `perufacts schema --output COMMAND` prints, and the schemas are closed to other fields.

(The MCP tools' structured results are validated against the same schemas in test_mcp.py.)
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from conftest import FIXTURES
from perufacts.json_schema import OUTPUTS, output_schema

CHECKED = "Peru hosts 2 million Venezuelan migrants. Trade reached over $22 billion in 2021."
BROKEN_STORE = FIXTURES / "broken" / "duplicate-id.json"

# Each command line with --json, and the schema its output must follow: every shape of every
# command (an option that changes the shape is a case of its own).
CASES: dict[str, tuple[str, list[str]]] = {
    "topics": ("topics", ["topics"]),
    "topic": ("topic", ["topic", "Migration"]),
    "topic-opening": ("topic", ["topic", "visit"]),
    "figure": ("figure", ["figure", "trade-2021", "lima-visit"]),
    "figure-context": ("figure", ["figure", "trade-2021", "--context"]),
    "figures": ("figures", ["figures"]),
    "figures-topic-unit": ("figures", ["figures", "--topic", "partnership", "--unit", "usd"]),
    "figures-sum": ("figures", ["figures", "trade-2009", "trade-2021", "--sum"]),
    "figures-none": ("figures", ["figures", "--topic", "visit", "--unit", "usd"]),
    "search": ("search", ["search", "Cesar Landa"]),
    "search-number": ("search", ["search", "2 million"]),
    "source": ("source", ["source"]),
    "source-lines": ("source", ["source", "--lines"]),
    "source-span": ("source", ["source", "8-10"]),
    "source-line": ("source", ["source", "--line", "8"]),
    "validate": ("validate", ["validate"]),
    "compare": ("compare", ["compare", "trade-2009", "trade-2021"]),
    "compare-unknown": ("compare", ["compare", "migration-assistance", "technical-assistance"]),
    "audit": ("audit", ["audit"]),
    "chart": ("chart", ["chart"]),
    "chart-people": ("chart", ["chart", "--unit", "people"]),
    "check": ("check", ["check", CHECKED]),
    "check-nothing": ("check", ["check", "No numbers here."]),
}
# Errors, written on stderr: each with the error schema.
ERRORS: dict[str, list[str]] = {
    "not-found": ["figure", "trde-2021"],
    "usage": ["source", "9-8"],
    "store-invalid": ["validate", str(BROKEN_STORE)],
}


def _json(run, args: list[str], *, stderr: bool = False) -> Any:
    result = run(*args, "--json")
    if stderr:
        assert result.exit_code in (2, 3, 4), result.output
        return json.loads(result.stderr)
    # A contradicted claim exits 5 and still prints its JSON.
    assert result.exit_code in (0, 5), result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("name", list(OUTPUTS))
def test_each_schema_is_a_valid_2020_12_schema(name) -> None:
    jsonschema.Draft202012Validator.check_schema(output_schema(name))


@pytest.mark.parametrize("key", list(CASES))
def test_each_commands_json_validates_against_its_schema(run, key) -> None:
    name, args = CASES[key]
    jsonschema.Draft202012Validator(output_schema(name)).validate(_json(run, args))


@pytest.mark.parametrize("key", list(ERRORS))
def test_each_error_validates_against_the_error_schema(run, key) -> None:
    error = _json(run, ERRORS[key], stderr=True)
    assert error["error"]["code"] == key
    jsonschema.Draft202012Validator(output_schema("error")).validate(error)


def test_every_command_output_is_tried() -> None:
    # cite has no --json; its schema is the MCP tool's, tried in test_mcp.py.
    assert {name for name, _ in CASES.values()} | {"error", "cite"} == set(OUTPUTS)


def test_the_shapes_of_one_command_are_told_apart(run) -> None:
    shapes = output_schema("figures")["anyOf"]
    assert shapes == [{"$ref": "#/$defs/FiguresJSON"}, {"$ref": "#/$defs/FiguresSumJSON"}]
    summed = _json(run, ["figures", "trade-2009", "trade-2021", "--sum"])
    assert set(summed) == {"figures", "total"}
    assert summed["total"]["unit"] == "USD"


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda d: d["figures"][0]["source"].update(page=1), "'page' was unexpected"),
        (lambda d: d["figures"][0].pop("as_written"), "'as_written' is a required property"),
        (lambda d: d["figures"][0].update(value="22"), "'22' is not of type"),
        (lambda d: d["figures"][0].update(unit="euros"), "'euros' is not one of"),
        (lambda d: d.update(total=None), "None is not of type 'object'"),
    ],
    ids=["extra-field", "missing-field", "value-as-string", "unknown-unit", "null-total"],
)
def test_a_schema_refuses_what_the_contract_does_not_have(run, change, complaint) -> None:
    data = _json(run, ["figure", "trade-2021"])
    change(data)
    errors = list(jsonschema.Draft202012Validator(output_schema("figures")).iter_errors(data))
    assert errors
    assert any(complaint in e.message for err in errors for e in [err, *(err.context or [])])


def test_schema_output_prints_the_schema(run) -> None:
    result = run("schema", "--output", "chart")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == output_schema("chart")
    assert output_schema("chart")["title"] == "perufacts chart --json"


def test_schema_output_of_an_unknown_name_is_a_usage_error(run) -> None:
    result = run("schema", "--output", "figuers")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "perufacts: no JSON output named 'figuers' (outputs: topics, topic, figure, figures, "
        "search, source, validate, compare, audit, chart, check, cite, error) (did you mean "
        "figures, figure?)\n"
    )


def test_a_figure_schema_names_exactly_the_fields_of_a_figure(run) -> None:
    figure = _json(run, ["figure", "trade-2021"])["figures"][0]
    shape = output_schema("figure")["$defs"]["FigureJSON"]
    # "context" is there only with `figure --context`.
    assert shape["required"] == list(figure)
    assert list(shape["properties"]) == [*figure, "context"]
    assert shape["additionalProperties"] is False
