"""--fields a,b,c: the records a command prints, cut to those fields, in JSON, plain and CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest

from perufacts.record import EXPORT_FIELDS, FIGURE_FIELDS


def test_figures_json_keeps_only_the_fields_in_their_order(run_json) -> None:
    data = run_json("figures", "--unit", "dates", "--fields", "date,id")
    assert data == {
        "figures": [
            {"date": "2022-10-06", "id": "lima-visit"},
            {"date": "2021-09", "id": "usaid-agreement-signed"},
            {"date": "2026", "id": "usaid-agreement-end"},
            {"date": "2022-01-15", "id": "oil-spill"},
        ]
    }


def test_figure_plain_prints_the_fields_tab_separated(run) -> None:
    result = run(
        "figure", "trade-2021", "awe-alumnae", "--fields", "id,bound,value,place", "--plain"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "trade-2021\tabove\t22000000000\tPeru, a Vital Strategic Partner, bullet 2",
        "awe-alumnae\tbelow\t400\tCultural Patrimony, bullet 4",
    ]


def test_a_table_has_one_column_per_field(run) -> None:
    result = run("topics", "--fields", "id,figures")
    assert result.stdout.splitlines()[0].split() == ["id", "figures"]
    assert result.stdout.splitlines()[2].split() == ["visit", "1"]


def test_search_results_have_fields_too(run_json) -> None:
    data = run_json("search", "vaccine", "--fields", "kind,id,topic")
    assert data == {
        "results": [
            {"kind": "figure", "id": "vaccine-doses", "topic": "partnership"},
            {"kind": "statement", "id": "10.1", "topic": "partnership"},
        ]
    }


def test_export_csv_and_jsonl_keep_the_fields(run) -> None:
    text = run("export", "-f", "csv", "--topic", "migration", "--fields", "id,value,bound").stdout
    assert list(csv.reader(io.StringIO(text, newline=""))) == [
        ["id", "value", "bound"],
        ["migration-assistance", "286000000", "above"],
        ["venezuelan-migrants", "1300000", "exact"],
    ]
    lines = run("export", "-f", "jsonl", "--unit", "years", "--fields", "id,value").stdout
    assert [json.loads(line) for line in lines.splitlines()] == [
        {"id": "usaid-collaboration", "value": 60},
        {"id": "inl-support", "value": 40},
        {"id": "devida-partnership", "value": 20},
        {"id": "environment-program-years", "value": 3},
        {"id": "cultural-mou", "value": 25},
    ]


@pytest.mark.parametrize(
    ("args", "available"),
    [
        (["figures"], ", ".join(FIGURE_FIELDS)),
        (["figure", "trade-2021"], ", ".join(FIGURE_FIELDS)),
        (["topics"], "id, heading, heading_line, figures"),
        (["search", "trade"], "kind, score, line, id, topic, text"),
        (["export", "-f", "csv"], ", ".join(EXPORT_FIELDS)),
    ],
)
def test_an_unknown_field_lists_the_fields_and_exits_2(
    run, args: list[str], available: str
) -> None:
    result = run(*args, "--fields", "id,colour")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(
        f"perufacts: unknown field 'colour'; the fields are: {available} ("
    )


def test_fields_are_for_record_formats_of_export(run) -> None:
    result = run("export", "-f", "markdown", "--fields", "id")
    assert result.exit_code == 2
    assert "--fields is for the formats of records (csv, jsonl), not markdown" in result.stderr


def test_fields_name_any_top_level_key_of_the_json(run) -> None:
    result = run("figure", "trade-2021", "--fields", "id,source", "--json")
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)["figures"]
    assert list(record) == ["id", "source"]
    assert record["source"]["line"] == 8
    assert record["source"]["place"] == "Peru, a Vital Strategic Partner, bullet 2"
    plain = run("figure", "trade-2021", "--fields", "id,source", "--plain")
    figure_id, source = plain.stdout.rstrip("\n").split("\t")
    assert figure_id == "trade-2021"
    assert json.loads(source) == record["source"]
