"""The published contract: every command's real --json output validates against the JSON Schema
that `perufacts schema --output COMMAND` prints, and the schemas are closed to other fields.

(The MCP tools' structured results are validated against the same schemas in test_mcp.py.)
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

import jsonschema
import pytest

from conftest import FIXTURES, ROOT
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


# --- docs/json.md cannot drift from the types ---------------------------------------------------

JSON_MD = ROOT / "docs" / "json.md"
BEGIN, END = "<!-- generated: perufacts.json_schema.markdown() -->\n", "<!-- end generated -->\n"


def _all_fields() -> set[str]:
    """Every field name of every shape of the contract."""
    from perufacts.json_schema import fields, shapes_in_order

    return {name for shape in shapes_in_order() for name in fields(shape)}


def test_json_md_field_tables_are_those_the_types_generate() -> None:
    from perufacts.json_schema import markdown

    text = JSON_MD.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN)
    generated, tail = rest.split(END)
    if os.environ.get("PERUFACTS_WRITE_DOCS") == "1":
        JSON_MD.write_text(head + BEGIN + markdown() + END + tail, encoding="utf-8")
        generated = markdown()
    assert generated == markdown()


def test_every_shape_of_the_contract_says_what_it_is() -> None:
    from perufacts.json_schema import shapes_in_order

    undescribed = [s.__name__ for s in shapes_in_order() if not (s.__doc__ or "").strip()]
    assert undescribed == []


def test_json_md_names_only_fields_the_contract_has() -> None:
    text = JSON_MD.read_text(encoding="utf-8").split(BEGIN)[0]
    prose = text.split("## Every command's JSON")[1].split("```console")[0]
    named = set(re.findall(r"`([a-z_]+)`", prose))
    # Words in backticks that are no field: the error codes and the names of commands.
    others = {"usage", "failure", "figure", "figures", "statement", "source", "topic"}
    assert named - others <= _all_fields(), named - others - _all_fields()


def test_json_md_figure_table_has_exactly_the_fields_of_a_figure_and_its_source() -> None:
    from perufacts.json_schema import fields
    from perufacts.json_types import FigureJSON, SourceRefJSON

    table = JSON_MD.read_text(encoding="utf-8").split("## One meaning per field name")[1]
    table = table.split("```")[0]
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    named = [name for row in rows for name in re.findall(r"`([a-z_]+)`", row.split("|")[1])]
    figure = [f for f in fields(FigureJSON) if f not in ("source", "context")]
    assert sorted(named) == sorted(figure + list(fields(SourceRefJSON)))


def test_check_names_the_drafts_coordinates_apart_from_the_sheets(run) -> None:
    # "line" and "sentence" are the sheet's everywhere else (source.line, source.sentence).
    draft = "Intro.\nTrade was $9 billion in 2009. Peru hosts 2 million Venezuelan migrants."
    result = run("check", draft, "--json")
    assert result.exit_code == 5, result.output
    claims = json.loads(result.stdout)["claims"]
    assert [
        (c["draft_sentence"], c["draft_line"], c["draft_column"], c["text"]) for c in claims
    ] == [
        (2, 2, 11, "$9 billion"),
        (3, 2, 42, "2 million"),
    ]
    assert not {"sentence", "line", "column"} & set(claims[0])
    assert [c["source"]["line"] for c in claims] == [8, 18]
