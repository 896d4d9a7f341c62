"""The presenters without the command line: safety, formatting and the machine contract."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import MINI_STORE
from perufacts import queries
from perufacts.bounds import INF, Interval, date_span
from perufacts.present.contract import (
    JsonList,
    compact_json,
    figure_row,
    interval_dict,
    plain,
    pretty_json,
    to_json,
    verdict_counts,
)
from perufacts.present.formatting import format_amount, format_interval
from perufacts.present.safety import inert, one_line
from perufacts.record import figure_record, format_value
from perufacts.store import store_from_dict
from perufacts.vocab import TIMES, Unit

MINI = store_from_dict(json.loads(MINI_STORE.read_text(encoding="utf-8")))


# --- safety ------------------------------------------------------------------------------------


def test_control_characters_are_shown_not_sent() -> None:
    assert inert("a\x1b[31mb\x9b\u202ec\nd") == "a\\x1b[31mb\\x9b\\u202ec\nd"
    assert one_line("a\nb\u2028c") == "a\\nb\\u2028c"


# --- formatting --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "unit", "signed", "shown"),
    [(13e9, Unit.USD, False, "$13 billion"), (144.44, Unit.PERCENT, True, "+144%"),
     (1.3e6, Unit.PEOPLE, False, "1.3 million people"), (264, Unit.DATE, False, "264 days"),
     (0, Unit.USD, True, "±$0"), (2.5, TIMES, False, "2.5×")],
)  # fmt: skip
def test_amounts_read_as_people_write_them(x: float, unit: str, signed: bool, shown: str) -> None:
    assert format_amount(x, unit, signed=signed) == shown


def test_a_bound_is_rounded_away_from_the_side_it_must_not_cross() -> None:
    assert format_amount(12345678, Unit.USD, direction=-1) == "$12.3 million"
    assert format_amount(12345678, Unit.USD, direction=1) == "$12.4 million"


@pytest.mark.parametrize(
    ("interval", "unit", "shown"),
    [(Interval(13e9, INF, lo_open=True), Unit.USD, "> +$13 billion"),
     (Interval(2.444, 2.6), TIMES, "+2.44× to +2.6×"),
     (Interval(-INF, 5, hi_open=True), Unit.PERCENT, "< +5%"),
     (Interval(20, 20), Unit.YEARS, "+20 years")],
)  # fmt: skip
def test_intervals_read_as_the_bound_a_reader_needs(
    interval: Interval, unit: str, shown: str
) -> None:
    assert format_interval(interval, unit, signed=True) == shown


def test_a_figure_value_carries_its_bound_and_unit() -> None:
    shown = [format_value(f) for f in MINI.figures]
    assert shown == ["> 5,000,000,000 USD", "2,000,000,000 USD", "< 300 projects",
                     "~ 1,500,000 people"]  # fmt: skip


# --- the machine contract ----------------------------------------------------------------------


def test_a_figure_record_is_the_documented_shape() -> None:
    (c,) = queries.get_figures(MINI, ["trade-2020"])
    assert figure_record(c) == {
        "id": "trade-2020", "topic": "trade", "label": "Trade in 2020", "value": 5000000000,
        "date": None, "unit": "USD", "qualifier": "over", "bound": "above",
        "low": 5000000000, "high": None, "low_open": True, "high_open": True,
        "as_written": "over $5 billion", "display": "> 5,000,000,000 USD", "period": "2020",
        "year_inferred": False, "note": None,
        "source": {"document": "mini", "title": "A Mini Sheet", "url": "https://example.org/mini",
                   "section": "Trade", "place": "Trade, bullet 1", "statement": "5.1", "line": 5,
                   "sentence": "Trade grew to over $5 billion in 2020."},
    }  # fmt: skip
    assert json.loads(json.dumps(figure_record(c)))["unit"] == "USD"


def test_a_plain_row_is_one_line_of_tab_separated_fields() -> None:
    assert plain("a\tb", None, "c\nd  e", "\x1b[31m") == "a b\t\tc d e\t\\x1b[31m"
    (c,) = queries.get_figures(MINI, ["visitors"])
    assert figure_row(c).split("\t")[:4] == ["visitors", "1500000", "people", "about"]


def test_intervals_for_json() -> None:
    assert interval_dict(date_span("2021-09"), Unit.DATE) == {
        "low": "2021-09-01", "high": "2021-09-30", "low_open": False, "high_open": False,
        "display": "2021-09-01 to 2021-09-30",
    }  # fmt: skip
    assert interval_dict(Interval(5, INF, lo_open=True), Unit.USD) == {
        "low": 5, "high": None, "low_open": True, "high_open": True, "display": "> $5",
    }  # fmt: skip
    assert interval_dict(None, Unit.USD) is None


def test_verdict_counts_name_every_verdict() -> None:
    assert verdict_counts([]) == {"supported": 0, "contradicted": 0, "undetermined": 0,
                                  "no-match": 0}  # fmt: skip


ITEMS: list[Any] = [
    {"id": "a", "text": "César’s\u2028line\x85", "nested": {"list": [1, 2.5, None], "empty": {}}},
    {"id": "b", "values": [], "flag": True},
    [1, {"x": "y"}],
]


@pytest.mark.parametrize("count", [0, 1, 3])
@pytest.mark.parametrize("ascii_only", [False, True])
def test_a_streamed_list_is_the_same_text_as_the_whole_document(count: int, ascii_only: bool):
    items = ITEMS[:count]
    streamed = "".join(JsonList("figures", iter(items)).chunks(ascii_only=ascii_only))
    assert streamed == to_json({"figures": items}, ascii_only=ascii_only)


# --- the fast pretty encoder writes the stdlib's bytes ---------------------------------------

_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=20,
)


@given(value=_JSON_VALUES, ascii_only=st.booleans())
def test_the_pretty_encoder_writes_what_the_stdlib_writes(value: Any, ascii_only: bool) -> None:
    from perufacts.present.contract import pretty_json

    expected = json.dumps(value, ensure_ascii=ascii_only, indent=2)
    assert pretty_json(value, ascii_only=ascii_only) == expected
    assert pretty_json(value, ascii_only=ascii_only, indent="    ") == expected.replace(
        "\n", "\n    "
    )


def test_the_pretty_encoder_leaves_a_non_str_key_to_the_stdlib() -> None:
    from perufacts.present.contract import pretty_json

    assert (
        pretty_json({1: [True, None, 1.5]}) == '{\n  "1": [\n    true,\n    null,\n    1.5\n  ]\n}'
    )


def test_a_listing_s_kept_text_is_used_for_pretty_utf8_output_only() -> None:
    items = [{"id": "a", "text": "César"}, {"id": "b", "text": None}]
    kept = [pretty_json(item, indent="    ").replace('"a"', '"kept"') for item in items]

    def chunks(written, **options: bool) -> str:
        return "".join(JsonList("figures", iter(items), written).chunks(**options))

    assert chunks(lambda: iter(kept)) == to_json({"figures": items}).replace('"a"', '"kept"')
    # Where the store keeps none, and for ASCII or compact output, the items are encoded.
    assert chunks(lambda: None) == to_json({"figures": items})
    assert chunks(lambda: iter(kept), ascii_only=True) == to_json(
        {"figures": items}, ascii_only=True
    )
    assert chunks(lambda: iter(kept), compact=True) == compact_json({"figures": items})
