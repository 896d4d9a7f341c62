"""compare, audit and chart: honest arithmetic on bounds, refusals, and stated relations."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

RULE = "─"


def test_compare_trade_shows_growth_beside_the_stated_change(run) -> None:
    result = run("compare", "trade-2009", "trade-2021")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout == (
        " ID           Figure                               Change from first\n"
        f"{RULE * 69}\n"
        " trade-2009   $9 billion                           (base)\n"
        "              9,000,000,000 USD, 2009, line 8\n"
        " trade-2021   over $22 billion                     > +$13 billion\n"
        "              > 22,000,000,000 USD, 2021, line 8   > 2.44×\n"
        "                                                   > +144%\n"
        "The sheet states 'over 140 percent' (trade-growth, line 8); computed from the figures: > +144%:\n"
        "agrees\n"
    )


def test_compare_json(run_json) -> None:
    data = run_json("compare", "trade-2009", "trade-2021")
    (change,) = data["changes"]
    assert change["difference"] == {
        "low": 13e9,
        "high": None,
        "low_open": True,
        "high_open": True,
        "display": "> +$13 billion",
    }
    assert change["ratio"]["display"] == "> 2.44×"
    assert change["percent_change"]["low"] == pytest.approx(144.444, abs=1e-3)
    assert change["stated"]["verdict"] == "agrees"
    assert change["stated"]["stated_as_written"] == "over 140 percent"


def test_compare_plain(run) -> None:
    result = run("compare", "trade-2009", "trade-2021", "--plain")
    assert result.exit_code == 0, result.output
    # Numbers, as in the JSON: each interval's low and high (empty when unbounded).
    assert result.stdout.splitlines()[-1].split("\t") == [
        "change", "trade-2009", "trade-2021",
        "13000000000", "", repr(22 / 9), "", repr((22 / 9 - 1) * 100), "",
        "over 140 percent", "agrees",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("ids", "numbers"),
    [
        (["trade-2021", "trade-2021"], ["0", "0", "1", "1", "0", "0"]),
        (["oil-spill", "lima-visit"], ["264", "264", "", "", "", ""]),
        (["migration-assistance", "technical-assistance"], [""] * 6),
    ],
)
def test_compare_plain_changes_are_numbers(run, ids: list[str], numbers: list[str]) -> None:
    result = run("compare", *ids, "--plain")
    assert result.exit_code == 0, result.output
    change = result.stdout.splitlines()[-1].split("\t")
    assert change[:3] == ["change", *ids]
    assert change[3:9] == numbers
    for cell in filter(None, change[3:9]):
        float(cell)


def test_different_units_are_refused(run) -> None:
    result = run("compare", "trade-2021", "venezuelan-migrants")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "perufacts: cannot compare figures of different units: trade-2021 (USD), "
        "venezuelan-migrants (people) (see 'perufacts compare --help')\n"
    )


def test_compare_needs_two_figures(run) -> None:
    result = run("compare", "trade-2021")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "perufacts: compare needs at least two figure ids (see 'perufacts compare --help')\n"
    )


def test_dates_compare_as_spans_of_days(run_json) -> None:
    (change,) = run_json("compare", "oil-spill", "lima-visit")["changes"]
    assert change["difference"]["display"] == "+264 days"
    assert change["ratio"] is None


def test_years_compare_with_bounds(run_json) -> None:
    changes = run_json("compare", "devida-partnership", "inl-support", "usaid-collaboration")[
        "changes"
    ]
    assert [c["difference"]["display"] for c in changes] == ["+20 years", "> +40 years"]
    assert [c["ratio"]["display"] for c in changes] == ["2×", "> 3×"]


def test_audit_lists_the_trade_relation(run) -> None:
    result = run("audit", "--plain")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "trade-growth-2009-2021\ttrade-2009\ttrade-2021\ttrade-growth\tover 140 percent\t8\t> +144%\tagrees\n"
    )


def _store_with_relation(tmp_path: Path, stated_percent: int) -> Path:
    """A tiny store whose sheet states a growth; the figures make it 150%."""
    text = f"Trade\n\n  • Trade was $2 billion in 2010 and $5 billion in 2020, up {stated_percent} percent."
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    sentence = text.split("• ")[1]
    fig = {"source": "s", "topic": "trade", "statement": "3.1", "period": None,
           "frame": {"measure": ["trade"]}}  # fmt: skip
    store = {
        "version": 1,
        "sources": [{"id": "s", "title": "T", "publisher": "P", "url": "https://example.org", "date": "2020",
                     "date_basis": "test", "file": "s.txt", "licence": "CC0",
                     "sha256": hashlib.sha256(text.encode()).hexdigest()}],
        "topics": [{"id": "trade", "source": "s", "heading": "Trade", "heading_line": 1, "summary": "T"}],
        "statements": [{"id": "3.1", "source": "s", "topic": "trade", "line": 3, "text": sentence}],
        "figures": [
            {**fig, "id": "t-2010", "label": "a", "value": 2e9, "unit": "USD", "qualifier": "exact", "as_written": "$2 billion", "period": "2010"},
            {**fig, "id": "t-2020", "label": "b", "value": 5e9, "unit": "USD", "qualifier": "exact", "as_written": "$5 billion", "period": "2020"},
            {**fig, "id": "growth", "label": "c", "value": stated_percent, "unit": "percent", "qualifier": "exact",
             "as_written": f"{stated_percent} percent"},
        ],
        "relations": [{"id": "r", "kind": "percent-change", "figures": ["t-2010", "t-2020"], "stated": "growth"}],
    }  # fmt: skip
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(store), encoding="utf-8")
    return path


def test_audit_exits_5_when_a_stated_relation_is_contradicted(run, tmp_path: Path) -> None:
    store = _store_with_relation(tmp_path, 90)
    result = run("audit", "--store", str(store), "--json")
    assert result.exit_code == 5, result.output
    (relation,) = json.loads(result.stdout)["relations"]
    assert (relation["computed"]["display"], relation["verdict"]) == ("+150%", "contradicts")


def test_audit_exits_0_when_the_relation_holds(run, tmp_path: Path) -> None:
    result = run("audit", "--store", str(_store_with_relation(tmp_path, 150)), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["relations"][0]["verdict"] == "agrees"


def test_chart_json_is_largest_first(run_json) -> None:
    bars = run_json("chart", "--unit", "USD")["bars"]
    assert [b["id"] for b in bars][:3] == ["trade-2021", "trade-2009", "usaid-agreement"]
    assert bars[0]["share_of_largest"] == 1.0
    assert bars[1]["share_of_largest"] == pytest.approx(9 / 22, abs=1e-6)


def test_chart_without_colour_uses_plain_characters(run) -> None:
    result = run("chart", "--unit", "years")
    assert result.exit_code == 0, result.output
    title, *lines = result.stdout.splitlines()
    assert title == "years, all topics"
    assert lines[0].split() == [
        "more",
        "than",
        "60-year",
        "#" * lines[0].count("#") + ">",
        "usaid-collaboration",
    ]
    assert "█" not in result.stdout
    assert lines[-1].split()[0:2] == ["three", "years"]


@pytest.mark.parametrize(
    ("args", "title"),
    [
        ([], "USD, all topics"),
        (["--unit", "people"], "people, all topics"),
        (["--topic", "Crime"], "years, topic crime (Combating Crime and Narcotrafficking)"),
        (
            ["--topic", "migration", "--unit", "USD"],
            "USD, topic migration (Addressing Irregular Migration)",
        ),
    ],
)
def test_a_chart_is_titled_by_its_unit_and_topic(run, args: list[str], title: str) -> None:
    result = run("chart", *args)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == title
    assert "#" not in result.stdout.splitlines()[0]


def test_dates_cannot_be_charted(run) -> None:
    result = run("chart", "--unit", "date")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "perufacts: dates cannot be charted as bars; try --unit years (see 'perufacts chart --help')\n"
    )


def test_chart_of_a_topic_uses_the_topic_s_own_unit(run_json) -> None:
    data = run_json("chart", "--topic", "crime")
    assert data["unit"] == "years"
    assert [b["id"] for b in data["bars"]] == ["inl-support", "devida-partnership"]


# --- open bounds never print as infinity -----------------------------------------------------


def _shown(change: dict) -> list[str | None]:
    return [(change[k] or {}).get("display") for k in ("difference", "ratio", "percent_change")]


def test_two_lower_bounds_compare_as_unknown_never_infinity(run, run_json) -> None:
    (change,) = run_json("compare", "migration-assistance", "technical-assistance")["changes"]
    assert _shown(change) == ["unknown", "unknown", "unknown"]
    assert [change["difference"][k] for k in ("low", "high")] == [None, None]
    table = run("compare", "migration-assistance", "technical-assistance").stdout
    assert "inf" not in table
    assert table.count("unknown") == 3


def test_an_exact_base_and_a_lower_bound_give_lower_bounds(run_json) -> None:
    (change,) = run_json("compare", "trade-2009", "trade-2021")["changes"]
    assert _shown(change) == ["> +$13 billion", "> 2.44×", "> +144%"]


def test_a_lower_bound_base_gives_upper_bounds_with_no_trivial_floor(run_json) -> None:
    (change,) = run_json("compare", "trade-2021", "trade-2009")["changes"]
    assert _shown(change) == ["< -$13 billion", "< 0.41×", "< -59%"]
    # 0× and -100% hold for any two positive amounts: they are no bound at all.
    assert change["ratio"]["low"] is None
    assert change["percent_change"]["low"] is None


@pytest.mark.parametrize(
    ("figure_id", "zero"),
    [("trade-2021", "±$0"), ("awe-alumnae", "±0 people"), ("trade-2009", "±$0")],
)
def test_the_same_figure_twice_differs_by_nothing(run_json, figure_id: str, zero: str) -> None:
    (change,) = run_json("compare", figure_id, figure_id)["changes"]
    assert _shown(change) == [zero, "1×", "±0%"]
    assert [change[k]["low"] for k in ("difference", "ratio", "percent_change")] == [0, 1, 0]
    assert [change[k]["high"] for k in ("difference", "ratio", "percent_change")] == [0, 1, 0]


def test_the_same_date_twice_is_zero_days(run_json) -> None:
    (change,) = run_json("compare", "lima-visit", "lima-visit")["changes"]
    assert _shown(change) == ["±0 days", None, None]
