"""Search: numbers match however they are written; an empty query is a usage error."""

from __future__ import annotations

import pytest

from conftest import MINI_STORE
from perufacts.queries import parse_query, search
from perufacts.store import load_store


def _ids(results: list[dict]) -> list[str]:
    return [r["figure"]["id"] if r["kind"] == "figure" else r["statement"]["id"] for r in results]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("2 million", ["vaccine-doses", "10.1"]),
        ("two million", ["vaccine-doses", "10.1"]),
        ("2,000,000 doses", ["vaccine-doses", "10.1"]),
        ("286,000,000", ["migration-assistance", "17.1"]),
        ("$286 million", ["migration-assistance", "17.1"]),
        ("286 million dollars", ["migration-assistance", "17.1"]),
        ("1,300,000", ["venezuelan-migrants", "18.1"]),
        ("40 years", ["inl-support", "24.2"]),
        ("60 years", ["usaid-collaboration", "12.1"]),
        ("twenty-five years", ["cultural-mou", "35.1"]),
    ],
)
def test_a_number_finds_its_written_forms(run_json, query: str, expected: list[str]) -> None:
    assert _ids(run_json("search", query)["results"]) == expected


def test_a_number_with_another_unit_does_not_match(run_json) -> None:
    # "$60 million" is dollars; "more than 60-year" is years.
    assert _ids(run_json("search", "60 percent")["results"]) == []
    assert _ids(run_json("search", "$60 million")["results"]) == ["environment-program", "31.1"]


def test_words_and_numbers_must_all_match(run_json) -> None:
    assert _ids(run_json("search", "2 million vaccine")["results"]) == ["vaccine-doses", "10.1"]
    assert _ids(run_json("search", "2 million migrants")["results"]) == []


def test_the_number_is_highlighted_where_the_sentence_states_it() -> None:
    (statement,) = [h for h in search(load_store(MINI_STORE), "5,000,000,000") if h.figure is None]
    text = statement.statement.text
    assert [text[a:b] for a, b in statement.spans] == ["over $5 billion"]


def test_a_query_is_read_as_words_and_values() -> None:
    query = parse_query("trade over $22 billion")
    assert query.words == ["trade"]
    assert [(q.value, q.unit) for q in query.numbers] == [(22_000_000_000, "USD")]


@pytest.mark.parametrize("query", ["", "   ", "!?", "—"])
def test_an_empty_query_is_a_usage_error(run, query: str) -> None:
    result = run("search", query)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("perufacts: nothing to search for: give a word or a number")
