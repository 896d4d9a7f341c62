"""figures --sort and --sum: orders, and totals that keep the figures' bounds."""

from __future__ import annotations

import itertools
import json

import pytest

from conftest import REAL_STORE
from perufacts.vocab import Unit

STORE = json.loads(REAL_STORE.read_text(encoding="utf-8"))
LINES = {s["id"]: s["line"] for s in STORE["statements"]}


def _ids(run_json, *args: str) -> list[str]:
    return [f["id"] for f in run_json("figures", *args)["figures"]]


def test_sort_by_line_is_the_sheet_s_order(run_json) -> None:
    ids = _ids(run_json, "--sort", "line")
    lines = [LINES[next(f["statement"] for f in STORE["figures"] if f["id"] == i)] for i in ids]
    assert lines == sorted(lines)
    assert ids == _ids(run_json)


def test_sort_by_id(run_json) -> None:
    ids = _ids(run_json, "--sort", "id")
    assert ids == sorted(f["id"] for f in STORE["figures"])


def test_sort_by_value_is_largest_first(run_json) -> None:
    assert _ids(run_json, "--unit", "dollars", "--sort", "value") == [
        "trade-2021", "trade-2009", "usaid-agreement", "migration-assistance",
        "technical-assistance", "environment-program", "ambassadors-fund",
    ]  # fmt: skip
    assert _ids(run_json, "--unit", "dates", "--sort", "VALUE") == [
        "usaid-agreement-end", "lima-visit", "oil-spill", "usaid-agreement-signed",
    ]  # fmt: skip


def test_sort_by_value_keeps_each_unit_together(run_json) -> None:
    units = [f["unit"] for f in run_json("figures", "--sort", "value")["figures"]]
    runs = [unit for unit, _ in itertools.groupby(units)]
    assert len(runs) == len(set(units))


def test_an_unknown_sort_key_is_a_usage_error(run) -> None:
    result = run("figures", "--sort", "size")
    assert result.exit_code == 2
    assert "'size' is not one of 'line', 'id', 'value'" in result.stderr


def test_sum_of_like_amounts_with_a_lower_bound_is_a_lower_bound(run_json) -> None:
    total = run_json("figures", "trade-2009", "trade-2021", "--sum")["total"]
    assert total == {
        "unit": "USD",
        "figures": 2,
        "low": 31_000_000_000,
        "high": None,
        "low_open": True,
        "high_open": True,
        "display": "more than $31,000,000,000",
    }


def test_sum_of_exact_figures_is_exact(run_json) -> None:
    total = run_json("figures", "--topic", "culture", "--unit", "regions", "--sum")["total"]
    assert (total["low"], total["high"], total["display"]) == (16, 16, "16 regions")


def test_sum_with_an_upper_bound_is_a_range(run_json) -> None:
    total = run_json("figures", "awe-alumnae", "--sum")["total"]
    # "nearly 400" is 360 up to, not including, 400.
    assert (total["low"], total["high"], total["high_open"]) == (360, 400, True)
    assert total["display"] == "360 people to under 400 people"


def test_sum_in_a_table_and_plain(run) -> None:
    table = run("figures", "trade-2009", "trade-2021", "--sum")
    assert table.stdout.splitlines()[-1] == "Total of 2 figures: more than $31,000,000,000"
    plain = run("figures", "trade-2009", "trade-2021", "--sum", "--plain")
    assert (
        plain.stdout.splitlines()[-1] == "total\tUSD\t2\t31000000000\t\tmore than $31,000,000,000"
    )


def test_ids_narrow_figures_with_topic_and_unit(run) -> None:
    result = run("figures", "trade-2009", "vaccine-doses", "--unit", "dollars", "--plain")
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == ["trade-2009"]
    unknown = run("figures", "trade-2099")
    assert unknown.exit_code == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sum"], "perufacts: --sum adds up figures of one unit, and these have 11 (USD, "),
        (["--sum", "--unit", "dates"], "perufacts: dates cannot be added up"),
        # Trade in two years and aid over no stated period are not one total.
        (["--sum", "--unit", "dollars"],
         "perufacts: --sum adds up figures that measure one thing over one kind of period, and "
         "these mix 6: trade over one year (trade-2009, trade-2021); technical assistance over "
         "no stated period (technical-assistance); agreement over a span (usaid-agreement); "
         "assistance over no stated period (migration-assistance); program over a span "
         "(environment-program); ambassadors fund over no stated period (ambassadors-fund). "
         "Narrow them with --topic, or name the ids: perufacts figures ID... --sum"),
        (["--sum", "--unit", "people"],
         "perufacts: --sum adds up figures that measure one thing over one kind of period, and "
         "these mix 2: migrants over no stated period (venezuelan-migrants); alumnae over no "
         "stated period (awe-alumnae)."),
        (["--sum", "--unit", "years"],
         "perufacts: durations are never added up: the years of one thing and of another make "
         "no total"),
        (["usaid-collaboration", "--sum"], "perufacts: durations are never added up"),
    ],
)  # fmt: skip
def test_sum_needs_like_figures(run, args: list[str], message: str) -> None:
    result = run("figures", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("fmt", [[], ["--plain"]], ids=["table", "plain"])
def test_a_chart_with_nothing_to_draw_says_so(run, fmt: list[str]) -> None:
    result = run("chart", "--topic", "visit", *fmt)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == (
        "perufacts: nothing to chart: no figures of topic 'visit' in USD (try another --unit)\n"
    )


def test_an_empty_chart_in_json_is_an_empty_list(run_json) -> None:
    assert run_json("chart", "--topic", "visit") == {"unit": "USD", "bars": []}


def test_no_figures_matching_says_so(run) -> None:
    result = run("figures", "--topic", "visit", "--unit", "USD")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0,
        "",
        "perufacts: no figures match\n",
    )


# --- --compact and --jsonl --------------------------------------------------------------------


@pytest.mark.parametrize("args", [["figures"], ["figures", "--unit", "USD"], ["search", "trade"]])
def test_jsonl_prints_the_records_of_json_one_a_line(run, args: list[str]) -> None:
    whole = json.loads(run(*args, "--json").stdout)
    key = "figures" if args[0] == "figures" else "results"
    result = run(*args, "--jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [json.loads(line) for line in lines] == whole[key]
    assert result.stdout.endswith("}\n")
    assert len(lines) == len(whole[key]) > 0


@pytest.mark.parametrize(
    "args", [["figures"], ["figures", "--fields", "id,value"], ["topic", "migration"], ["audit"]]
)
def test_compact_prints_the_json_document_on_one_line(run, args: list[str]) -> None:
    pretty = run(*args, "--json")
    result = run(*args, "--compact")
    assert result.exit_code == pretty.exit_code
    assert json.loads(result.stdout) == json.loads(pretty.stdout)
    assert result.stdout.count("\n") == 1
    # The separators of jq -c: no space after a colon or a comma between items.
    assert result.stdout.startswith('{"')
    assert '",\n' not in result.stdout


def test_jsonl_with_fields_cuts_each_record(run) -> None:
    result = run("figures", "--unit", "USD", "--jsonl", "--fields", "id,value")
    assert result.stdout.splitlines()[0] == '{"id":"trade-2009","value":9000000000}'


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--jsonl", "--json"], "--jsonl cannot be used with --json, --plain or --compact"),
        (["--jsonl", "--plain"], "--jsonl cannot be used with --json, --plain or --compact"),
        (["--compact", "--plain"], "--compact is for JSON: it cannot be used with --plain"),
        (["--jsonl", "--sum"], "--sum cannot be used with --jsonl: a total is no figure's record"),
    ],
)
def test_jsonl_and_compact_refuse_other_formats(run, args: list[str], message: str) -> None:
    result = run("figures", *args)
    assert result.exit_code == 2
    if "--json" in args or "--compact" in args:  # errors are JSON where JSON was asked for
        assert json.loads(result.stderr)["error"]["message"] == message
    else:
        assert result.stderr == f"perufacts: {message} (see 'perufacts figures --help')\n"


# --- the listing the store keeps ---------------------------------------------------------------


@pytest.mark.parametrize(
    "filters",
    [(), ("--topic", "migration"), ("--unit", "dollars"), ("--topic", "trade", "--unit", "USD")],
)
def test_a_listing_read_as_the_store_keeps_it_is_the_listing_built_anew(run, filters) -> None:
    kept = run("figures", "--json", *filters)
    assert kept.exit_code == 0, kept.output
    data = json.loads(kept.stdout)
    assert kept.stdout == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    # Named by id, the same figures are built and encoded anew: the same bytes.
    ids = [f["id"] for f in data["figures"]]
    assert ids
    built = run("figures", "--json", *filters, *ids)
    assert (built.exit_code, built.stdout) == (0, kept.stdout)


def test_the_kept_listing_is_every_figure_s_record_in_store_order(mini_store) -> None:
    from perufacts.jsontext import listed_item
    from perufacts.queries import list_figures
    from perufacts.record import figure_record
    from perufacts.store import opened_store

    with opened_store(mini_store) as store:
        for topic, unit in [
            (None, None),
            ("trade", None),
            (None, "USD"),
            ("people", "people"),
            ("intro", None),
        ]:
            kept = store.figure_listing(topic, Unit(unit) if unit else None)
            assert kept is not None
            built = [listed_item(figure_record(c)) for c in list_figures(store, topic, unit)]
            assert list(kept) == built, (topic, unit)
