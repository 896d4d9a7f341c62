"""The commands of issue 3, driven through CliRunner in table, --plain and --json forms."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from conftest import COMMANDS, REAL_STORE
from perufacts import __version__
from perufacts.cli import app
from perufacts.cli.app import complete_figure, complete_topic

RULE = "─"


# --- golden renderings on the small fixture store (COLUMNS=100, no colour) -------------------


def test_topics_table(run, mini_store) -> None:
    result = run("topics")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout == (
        " Topic    Heading            Figures\n"
        f"{RULE * 37}\n"
        " intro    About this sheet         0\n"
        " trade    Trade                    3\n"
        " people   People                   1\n"
    )


def test_topic_table_shows_summary_figures_and_statements(run, mini_store) -> None:
    result = run("topic", "trade")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Trade  (trade, line 3)\n"
        "Summary by perufacts, not the sheet's words: Trade [red]grew[/red].\n"
        "\n"
        "Figures\n"
        " ID            Figure\n"
        f"{RULE * 49}\n"
        " trade-2020    over $5 billion\n"
        "               Trade in 2020\n"
        "               > 5,000,000,000 USD, 2020, line 5\n"
        " trade-2010    $2 billion\n"
        "               Trade in 2010\n"
        "               2,000,000,000 USD, 2010, line 5\n"
        " fund-grants   nearly 300\n"
        "               Grants from the [bold]Fund[/bold]\n"
        "               < 300 projects, line 6\n"
        "\n"
        "Statements\n"
        " Line   Statement\n"
        f"{RULE * 54}\n"
        " 5      Trade grew to over $5 billion in 2020.\n"
        " 5      It was $2 billion in 2010.\n"
        " 6      The [bold]Fund[/bold] gave nearly 300 grants.\n"
    )


def test_figure_table_prints_markup_in_data_as_written(run, mini_store) -> None:
    result = run("figure", "fund-grants")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Figure      fund-grants\n"
        "Label       Grants from the [bold]Fund[/bold]\n"
        "As written  nearly 300\n"
        "Value       < 300 projects\n"
        "Period      -\n"
        "Section     Trade, bullet 2 (topic trade)\n"
        "Source      A Mini Sheet, perufacts tests, line 6\n"
        "Statement   The [bold]Fund[/bold] gave nearly 300 grants.\n"
        'Cite        perufacts tests. "A Mini Sheet." January 2020. Trade, bullet 2 (perufacts line 6).\n'
        "            https://example.org/mini\n"
    )


def test_figures_plain(run, mini_store) -> None:
    result = run("figures", "--plain")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "trade-2020\t5000000000\tUSD\tover\tover $5 billion\tTrade in 2020\t2020\ttrade\t5\t"
        "Trade grew to over $5 billion in 2020.",
        "trade-2010\t2000000000\tUSD\texact\t$2 billion\tTrade in 2010\t2010\ttrade\t5\t"
        "It was $2 billion in 2010.",
        "fund-grants\t300\tprojects\tnearly\tnearly 300\tGrants from the [bold]Fund[/bold]\t\t"
        "trade\t6\tThe [bold]Fund[/bold] gave nearly 300 grants.",
        "visitors\t1500000\tpeople\tabout\tAbout 1.5 million\tMuseum visitors\t\tpeople\t10\t"
        "About 1.5 million people visited César’s museum.",
    ]


def test_plain_values_are_numbers_awk_can_use(run) -> None:
    result = run("figures", "--unit", "USD", "--plain")
    assert result.exit_code == 0, result.output
    big = [
        row.split("\t")[0] for row in result.stdout.splitlines() if float(row.split("\t")[1]) > 1e9
    ]
    assert big == ["trade-2009", "trade-2021"]


def test_search_table(run, mini_store) -> None:
    result = run("search", "museums")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "2 results for 'museums'\n"
        " Line   Topic    Match             Text\n"
        f"{RULE * 84}\n"
        " 10     people   figure visitors   Museum visitors: About 1.5 million\n"
        " 10     people   statement         About 1.5 million people visited César’s museum.\n"
    )


def test_search_plain_has_a_topic_column(run, mini_store) -> None:
    result = run("search", "museums", "--plain")
    assert [line.split("\t")[:5] for line in result.stdout.splitlines()] == [
        ["figure", "4.556", "10", "visitors", "people"],
        ["statement", "3.556", "10", "10.1", "people"],
    ]


def test_source_table(run, mini_store) -> None:
    result = run("source")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:3] == [
        "id          mini",
        "title       A Mini Sheet",
        "publisher   perufacts tests",
    ]


def test_source_lines_json(run_json, mini_store) -> None:
    data = run_json("source", "--lines")
    (source,) = data["sources"]
    assert source["sha256"] == "d0c932575dbb1c834bf7e80956a27e2fce2201661a2310993557e5e139d44840"
    assert source["lines"][4] == {
        "line": 5,
        "text": "  • Trade grew to over $5 billion in 2020.  It was $2 billion in 2010.",
        "furniture": False,
    }
    assert len(source["lines"]) == 12


def test_validate_summary(run, mini_store) -> None:
    result = run("validate", "--plain")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"store\t{mini_store}\nsources\t1\ntopics\t3\nstatements\t5\nfigures\t4\nnot_figures\t0\n"
        "relations\t0\nnumbers_in_body\t9\n"
    )


# --- the real store: the "done when" ---------------------------------------------------


def test_topic_migration_shows_both_figures_with_their_lines(run) -> None:
    result = run("topic", "migration")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Addressing Irregular Migration  (migration, line 14)" in out
    assert "over $286 million" in out
    assert "> 286,000,000 USD, line 17" in out
    assert "1.3 million" in out
    assert "1,300,000 people, line 18" in out


def test_figure_trade_2021(run) -> None:
    result = run("figure", "trade-2021")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "As written  over $22 billion" in lines
    assert "Value       > 22,000,000,000 USD" in lines
    assert "Period      2021" in lines
    assert "Source      The U.S.-Peru Relationship, U.S. Department of State, line 8" in lines
    assert lines[-5:-3] == [
        "Statement   Under the U.S.-Peru Trade Promotion Agreement (PTPA), total trade between our countries",
        "            increased over 140 percent, from $9 billion in 2009 to over $22 billion in 2021.",
    ]


def test_figure_json_contract(run_json) -> None:
    data = run_json("figure", "trade-2021", "trade-2009")
    first, second = data["figures"]
    assert first == {
        "id": "trade-2021",
        "topic": "partnership",
        "label": "U.S.-Peru total trade in 2021",
        "value": 22000000000,
        "date": None,
        "unit": "USD",
        "qualifier": "over",
        "bound": "above",
        "low": 22000000000,
        "high": None,
        "low_open": True,
        "high_open": True,
        "as_written": "over $22 billion",
        "display": "> 22,000,000,000 USD",
        "period": "2021",
        "year_inferred": False,
        "note": None,
        "source": {
            "document": "us-peru-2022",
            "title": "The U.S.-Peru Relationship",
            "url": "https://www.state.gov/the-u-s-peru-relationship/",
            "section": "Peru, a Vital Strategic Partner",
            "place": "Peru, a Vital Strategic Partner, bullet 2",
            "statement": "8.1",
            "line": 8,
            "sentence": "Under the U.S.-Peru Trade Promotion Agreement (PTPA), total trade between our "
            "countries increased over 140 percent, from $9 billion in 2009 to over $22 billion "
            "in 2021.",
        },
    }
    assert (second["id"], second["value"], second["qualifier"]) == (
        "trade-2009",
        9000000000,
        "exact",
    )


def test_unknown_figure_suggests_and_exits_3(run) -> None:
    result = run("figure", "trde-2021")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert (
        result.stderr == "perufacts: no figure 'trde-2021' (did you mean trade-2021, trade-2009?)\n"
    )


def test_unknown_figure_json_error(run) -> None:
    result = run("figure", "trde-2021", "--json")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert json.loads(result.stderr) == {
        "error": {
            "code": "not-found",
            "message": "no figure 'trde-2021'",
            "suggestions": ["trade-2021", "trade-2009"],
        }
    }


def test_one_unknown_id_among_known_ones_fails_the_call(run) -> None:
    result = run("figure", "trade-2021", "nonsense", "--json")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert json.loads(result.stderr)["error"]["message"] == "no figure 'nonsense'"


@pytest.mark.parametrize(
    ("name", "topic"),
    [
        ("migration", "migration"),
        ("Migration", "migration"),
        ("migrants", "migration"),
        ("migración", "migration"),
        ("MIGRACIÓN", "migration"),
        ("refugee", "migration"),
        ("narcotics", "crime"),
        ("drogas", "crime"),
        ("cultural patrimony", "culture"),
        ("Cultural  Patrimony", "culture"),
        ("artifacts", "culture"),
        ("oil spill", "environment"),
        ("climate", "environment"),
        ("trade", "partnership"),
        ("economy", "partnership"),
        ("strategic", "partnership"),
        ("irregular", "migration"),
        ("narcotraf", "crime"),
        ("cult", "culture"),
        ("blinken", "visit"),
    ],
)
def test_topic_names_resolve(run_json, name: str, topic: str) -> None:
    assert run_json("topic", name)["id"] == topic


def test_unknown_topic_suggests_and_exits_3(run) -> None:
    result = run("topic", "migrashun")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == "perufacts: no topic 'migrashun' (did you mean migration?)\n"


def test_ambiguous_prefix_is_never_guessed(run) -> None:
    result = run("topic", "co", "--json")
    assert result.exit_code == 3
    error = json.loads(result.stderr)["error"]
    assert error["message"].startswith("topic 'co' is ambiguous: it could be ")
    assert set(error["suggestions"]) >= {"partnership", "crime"}


def test_topic_json_contract(run_json) -> None:
    data = run_json("topic", "migration")
    assert list(data) == [
        "id",
        "heading",
        "heading_line",
        "summary",
        "summary_by",
        "aliases",
        "figures",
        "statements",
    ]
    assert data["summary_by"] == "perufacts"
    assert [f["id"] for f in data["figures"]] == ["migration-assistance", "venezuelan-migrants"]
    assert data["statements"][2] == {
        "id": "18.1",
        "topic": "migration",
        "line": 18,
        "text": "Peru hosts 1.3 million Venezuelan migrants and refugees and seeks to develop "
        "policies to stabilize both migrant and host communities.",
        "document": "us-peru-2022",
    }


def test_topics_json(run_json) -> None:
    data = run_json("topics")
    assert [(t["id"], t["figures"]) for t in data["topics"]] == [
        ("visit", 1),
        ("partnership", 9),
        ("migration", 2),
        ("crime", 3),
        ("environment", 3),
        ("culture", 8),
    ]


def test_figures_filters(run_json) -> None:
    data = run_json("figures", "--unit", "usd", "--topic", "partnership")
    assert [f["id"] for f in data["figures"]] == [
        "trade-2009",
        "trade-2021",
        "technical-assistance",
        "usaid-agreement",
    ]


def test_a_date_has_no_value_and_an_iso_date(run_json) -> None:
    (visit,) = run_json("figure", "lima-visit")["figures"]
    assert (visit["value"], visit["date"], visit["year_inferred"]) == (None, "2022-10-06", True)
    assert (visit["source"]["section"], visit["source"]["place"]) == (None, "opening paragraph 1")


def test_unknown_unit_far_from_any_lists_them_all(run) -> None:
    result = run("figures", "--unit", "euros")
    assert result.exit_code == 3
    assert result.stderr.startswith("perufacts: no unit 'euros' (did you mean USD, artifacts, ")


@pytest.mark.parametrize(
    ("name", "suggestion"), [("dolars", "USD"), ("yeers", "years"), ("programe", "programs")]
)
def test_a_misspelt_unit_suggests_only_the_closest(run, name: str, suggestion: str) -> None:
    result = run("figures", "--unit", name)
    assert result.exit_code == 3
    assert result.stderr == f"perufacts: no unit {name!r} (did you mean {suggestion}?)\n"


@pytest.mark.parametrize(
    ("names", "unit"),
    [
        (["USD", "usd", "dollars", "dollar", "$", "US$"], "USD"),
        (["years", "year", "Years", "yrs"], "years"),
        (["date", "dates", "Date"], "date"),
        (["people", "person", "persons"], "people"),
        (["percent", "%", "per cent"], "percent"),
        (["programs", "program", "programmes"], "programs"),
        (["lines-of-effort", "lines of effort", "line of effort"], "lines-of-effort"),
    ],
)
def test_unit_names_people_use_resolve(run_json, names: list[str], unit: str) -> None:
    expected = [
        f["id"]
        for f in json.loads(REAL_STORE.read_text(encoding="utf-8"))["figures"]
        if f["unit"] == unit
    ]
    for name in names:
        got = run_json("figures", "--unit", name)["figures"]
        assert [f["id"] for f in got] == expected, name


@pytest.mark.parametrize(
    ("query", "line"),
    [
        ("Cesar Landa", 3),
        ("Peru's natural resources", 9),
        ("PERU’S NATURAL RESOURCE", 9),
        ("vaccines", 10),
        ("Fulbright program", 37),
    ],
)
def test_search_ignores_case_accents_apostrophes_and_plurals(
    run_json, query: str, line: int
) -> None:
    results = run_json("search", query)["results"]
    assert results
    best = results[0]
    found = (
        best["statement"]["line"]
        if best["kind"] == "statement"
        else best["figure"]["source"]["line"]
    )
    assert found == line


def test_search_ranks_a_figure_label_first(run_json) -> None:
    results = run_json("search", "venezuelan migrants")["results"]
    assert [(r["kind"], r.get("figure", {}).get("id")) for r in results[:2]] == [
        ("figure", "venezuelan-migrants"),
        ("statement", None),
    ]


@pytest.mark.parametrize("fmt", [[], ["--plain"], ["--json"]], ids=["table", "plain", "json"])
def test_search_without_match_says_so_once_and_succeeds(run, fmt: list[str]) -> None:
    result = run("search", "copper tonnes", *fmt)
    assert result.exit_code == 0, result.output
    if fmt == ["--json"]:
        assert json.loads(result.stdout) == {"query": "copper tonnes", "results": []}
        assert result.stderr == ""
    else:
        assert result.stdout == ""
        assert result.stderr == "perufacts: no results for 'copper tonnes'\n"


# --- shared behaviour ------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(run, command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0, result.output
    assert "Example: perufacts " in result.stdout


def test_every_command_is_covered_by_the_help_test() -> None:
    import typer.main

    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    assert sorted(group.commands) == sorted(COMMANDS)


def test_root_help_lists_exit_codes(run) -> None:
    result = run("--help")
    assert result.exit_code == 0, result.output
    assert "4 store invalid or" in result.stdout


def test_version(run) -> None:
    result = run("--version")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"perufacts {__version__}\n"


@pytest.mark.parametrize("command", [["topics"], ["figure", "trade-2021"], ["search", "x"]])
def test_json_and_plain_together_is_a_usage_error(run, command: list[str]) -> None:
    result = run(*command, "--json", "--plain")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert json.loads(result.stderr)["error"] == {
        "code": "usage",
        "message": "--json and --plain cannot be used together",
        "suggestions": [],
    }


def test_unknown_option_is_a_one_line_usage_error(run) -> None:
    result = run("figure", "trade-2021", "--jsn")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "perufacts: No such option: --jsn (Possible options: --json) (see 'perufacts figure --help')\n"
    )


def test_usage_error_with_json_is_a_json_object(run) -> None:
    result = run("nosuch", "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert json.loads(result.stderr) == {
        "error": {"code": "usage", "message": "No such command 'nosuch'.", "suggestions": []}
    }


def test_json_after_double_dash_is_data_so_the_error_is_plain(run) -> None:
    result = run("search", "--", "--json", "x")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "perufacts: Got unexpected extra argument(s) (x) (see 'perufacts search --help')\n"
    )


def test_json_before_double_dash_makes_the_error_json(run) -> None:
    result = run("search", "--json", "--", "--json", "x")
    assert result.exit_code == 2
    assert json.loads(result.stderr)["error"]["message"] == "Got unexpected extra argument(s) (x)"


def test_missing_argument_is_a_usage_error(run) -> None:
    result = run("figure")
    assert result.exit_code == 2
    assert result.stderr == "perufacts: Missing argument 'ID...'. (see 'perufacts figure --help')\n"


def test_no_arguments_prints_help_and_exits_2(run) -> None:
    result = run()
    assert result.exit_code == 2
    assert "Usage: perufacts [OPTIONS] COMMAND [ARGS]..." in result.output


@pytest.mark.parametrize("how", ["option", "env"])
def test_store_option_and_environment_select_a_store(run, monkeypatch, how: str) -> None:
    from conftest import MINI_STORE

    args = ["topics", "--json"]
    if how == "option":
        args += ["--store", str(MINI_STORE)]
    else:
        monkeypatch.setenv("PERUFACTS_STORE", str(MINI_STORE))
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert [t["id"] for t in json.loads(result.stdout)["topics"]] == ["intro", "trade", "people"]


def test_completion_of_topics_and_figures() -> None:
    ctx = SimpleNamespace(params={})
    # Ids only while an id matches; aliases when none does.
    assert complete_topic(ctx, "mig") == ["migration"]
    assert complete_topic(ctx, "") == [
        "visit", "partnership", "migration", "crime", "environment", "culture",
    ]  # fmt: skip
    assert complete_topic(ctx, "narc") == [
        "narcotrafficking", "narcotic", "narcotics", "narcotrafico", "narcotraficante",
    ]  # fmt: skip
    assert complete_figure(ctx, "trade-") == ["trade-growth", "trade-2009", "trade-2021"]


def test_completion_reads_the_store_the_command_line_names() -> None:
    from conftest import MINI_STORE

    ctx = SimpleNamespace(params={"store": MINI_STORE})
    assert complete_figure(ctx, "t") == ["trade-2020", "trade-2010"]
    assert complete_topic(SimpleNamespace(params={"store": "/no/such/store"}), "") == []


@pytest.mark.parametrize("fmt", ["table", "plain", "json"])
def test_narrow_terminal_cuts_nothing(run, monkeypatch, fmt: str) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    args = ["figures"] + ([f"--{fmt}"] if fmt != "table" else [])
    result = run(*args)
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    for figure_id in [
        "ambassadors-fund-projects",
        "environment-program-years",
        "usaid-agreement-signed",
    ]:
        assert figure_id in flat
    assert "more than $3.5 million" in flat


def test_a_60_column_table_fits_60_columns(run, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    result = run("figures")
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= 60


@pytest.mark.parametrize("columns", ["1001", "10000000"])
def test_a_huge_columns_is_taken_as_1000(run, monkeypatch, columns: str) -> None:
    # COLUMNS=10000000 drew 70 MB of chart bars; 99999999 was still drawing after 30 s.
    monkeypatch.setenv("COLUMNS", "1000")
    at_most = run("chart")
    monkeypatch.setenv("COLUMNS", columns)
    result = run("chart")
    assert result.exit_code == 0, result.output
    assert result.stdout == at_most.stdout
    assert 900 < max(len(line) for line in result.stdout.splitlines()) <= 1000


@pytest.mark.parametrize("command", [["figures"], ["chart"], ["export", "--format", "csv"]])
def test_an_empty_topic_name_is_not_found_everywhere(run, command: list[str]) -> None:
    result = run(*command, "--topic", "")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith("perufacts: no topic name given (did you mean visit, ")


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["check", ""], None, "nothing to check: the text is empty"),
        (["check", " \n\t"], None, "nothing to check: the text is empty"),
        (["check", "-"], "  \n", "nothing to check: standard input is empty"),
        (["check"], "", "nothing to check: give a sentence, --file PATH, or - for standard input"),
    ],
)
def test_an_empty_draft_is_a_usage_error(
    run, args: list[str], stdin: str | None, message: str
) -> None:
    result = run(*args, input=stdin)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"perufacts: {message} (see 'perufacts check --help')\n"


def test_a_piped_draft_is_read_without_a_dash(run) -> None:
    result = run("check", "--plain", input="Peru hosts 2 million Venezuelan migrants.\n")
    assert result.exit_code == 5
    assert result.stdout.split("\t")[:4] == [
        "1:12",
        "2 million",
        "contradicted",
        "venezuelan-migrants",
    ]


def test_a_file_name_given_as_the_text_is_checked_as_text_with_a_note(run, tmp_path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Peru hosts 2 million Venezuelan migrants.\n", encoding="utf-8")
    result = run("check", str(draft), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["claims"] == []
    assert result.stderr == (
        f"perufacts: checking the text {str(draft)!r} itself; to check the file, use --file "
        f"{draft}\n"
    )
    # A sentence, or a word that names no file, gets no note.
    assert run("check", "draft.md", "--json").stderr == ""


# --- tables fit the terminal by wrapping prose, never ids or URLs -----------------------------

FIGURE_IDS = [f["id"] for f in json.loads(REAL_STORE.read_text(encoding="utf-8"))["figures"]]
URL = "https://www.state.gov/the-u-s-peru-relationship/"

TABLE_COMMANDS = [
    ["figures"], ["figure", "trade-2021"], ["figure", "vaccine-doses", "--context"],
    ["topic", "migration"], ["topics"], ["search", "vaccine"], ["source"], ["compare", "trade-2009", "trade-2021"],
    ["audit"], ["check", "Peru received 2 million vaccine doses and hosts 2 million Venezuelan migrants."],
    ["check", "Peru received 2 million vaccine doses and hosts 2 million Venezuelan migrants.", "--explain"],
    ["figures", "trade-2009", "trade-2021", "--sum"], ["validate"],
]  # fmt: skip


def _cells(line: str) -> int:
    from rich.cells import cell_len

    return cell_len(line)


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize("args", TABLE_COMMANDS, ids=" ".join)
def test_tables_fit_the_terminal_and_cut_no_id(run, monkeypatch, columns: int, args) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    result = run(*args)
    assert result.exit_code in (0, 5), result.output
    lines = result.stdout.splitlines()
    for line in lines:
        if _cells(line) <= columns:
            continue
        # Longer only for one word that cannot fit (a URL, a hash, a path), whole on its line.
        words = line.split()
        assert _cells(words[-1]) > columns - 16, (columns, line)
        assert len(words) <= 2, (columns, line)
    # Every id and URL printed is printed whole, never folded over two lines: no word is the
    # start of an id ("vaccine-dose") or of the sheet's URL without being all of it.
    words = set(result.stdout.replace(",", " ").replace("(", " ").replace(")", " ").split())
    cut = [
        w
        for w in words
        for whole in [*FIGURE_IDS, URL]
        # A word of prose may start an id ("vaccine"); a piece of a folded id keeps a hyphen.
        if "-" in w and whole.startswith(w) and w != whole and w not in FIGURE_IDS
    ]
    assert cut == [], (columns, cut)


def test_an_id_is_never_folded_even_with_explain_at_80(run, monkeypatch) -> None:
    # The case: "vaccine-dose" / "s" in the --explain table at 80 columns.
    monkeypatch.setenv("COLUMNS", "80")
    result = run("check", "Peru received 2 million vaccine doses.", "--explain")
    assert "vaccine-doses" in result.stdout.replace(",", " ").split()
    assert max(_cells(line) for line in result.stdout.splitlines()) <= 80
