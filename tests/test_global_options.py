"""--json, --plain and --store before the command as well as after it."""

from __future__ import annotations

import json

import pytest

from conftest import MINI_STORE


def test_json_before_the_command(run) -> None:
    before = run("--json", "figure", "trade-2021")
    after = run("figure", "trade-2021", "--json")
    assert before.exit_code == 0, before.output
    assert before.stdout == after.stdout
    assert json.loads(before.stdout)["figures"][0]["id"] == "trade-2021"


def test_plain_before_the_command(run) -> None:
    before = run("--plain", "figures", "--unit", "usd")
    assert before.exit_code == 0, before.output
    assert before.stdout == run("figures", "--unit", "usd", "--plain").stdout
    assert before.stdout.startswith("trade-2009\t9000000000\tUSD\t")


def test_store_before_the_command(run) -> None:
    result = run("--store", str(MINI_STORE), "figures", "--plain")
    assert result.exit_code == 0, result.output
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == [
        "trade-2020", "trade-2010", "fund-grants", "visitors",
    ]  # fmt: skip


def test_store_before_the_command_wins_over_the_environment(run, monkeypatch) -> None:
    monkeypatch.setenv("PERUFACTS_STORE", "/nonexistent/facts.json")
    result = run("--store", str(MINI_STORE), "figure", "visitors", "--plain")
    assert result.exit_code == 0, result.output


def test_store_after_the_command_wins_over_the_one_before(run) -> None:
    result = run(
        "--store", "/nonexistent/facts.json", "figure", "visitors", "--store", str(MINI_STORE)
    )
    assert result.exit_code == 0, result.output


def test_the_environment_still_works(run, monkeypatch) -> None:
    monkeypatch.setenv("PERUFACTS_STORE", str(MINI_STORE))
    result = run("figure", "visitors", "--plain")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("visitors\t1500000\t")


def test_store_before_the_command_is_used_by_export_and_cite(run) -> None:
    result = run("--store", str(MINI_STORE), "cite", "visitors")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith('perufacts tests. "A Mini Sheet."')


@pytest.mark.parametrize(
    "args",
    [["--json", "figure", "trade-2021", "--plain"], ["--plain", "--json", "topics"]],
)
def test_json_and_plain_together_are_a_usage_error_wherever_they_are(run, args) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_an_error_after_json_before_the_command_is_json(run) -> None:
    result = run("--json", "figure", "nope")
    assert result.exit_code == 3
    assert json.loads(result.stderr)["error"]["code"] == "not-found"


def test_json_after_an_unknown_command_still_reports_in_json(run) -> None:
    result = run("nosuch", "--json")
    assert json.loads(result.stderr)["error"]["message"] == "No such command 'nosuch'."


def test_the_docs_say_what_json_and_plain_together_do() -> None:
    # Together they are a usage error wherever they stand (tested above): the docs say so, and
    # no longer that the later one wins.
    from conftest import ROOT

    text = " ".join((ROOT / "docs" / "commands.md").read_text(encoding="utf-8").split())
    assert (
        "`--json` and `--plain` together are a usage error (exit 2) wherever each stands, before "
        "or after the command" in text
    )
    assert "given in both places, the one after the command wins" not in text
