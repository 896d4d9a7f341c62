"""Claim checking: the labelled set, every verdict kind, and the command's exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REAL_STORE
from perufacts.check import check_text
from perufacts.store import load_store
from perufacts.vocab import Verdict

CLAIMS_FILE = Path(__file__).parent / "data" / "claims.tsv"


def _labelled() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in CLAIMS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            verdict, figure, number, sentence = line.split("\t")
            rows.append((verdict, figure, number, sentence))
    return rows


LABELLED = _labelled()


@pytest.fixture(scope="module")
def store():
    return load_store(REAL_STORE, use_cache=False)


def _claim(store, sentence: str, number: str):
    found = [c for c in check_text(store, sentence) if c.text == number]
    assert len(found) == 1, [c.text for c in check_text(store, sentence)]
    return found[0]


def test_the_labelled_set_is_large_and_covers_every_verdict() -> None:
    assert len(LABELLED) >= 40
    assert {v for v, *_ in LABELLED} == set(Verdict)


def test_labelled_set_accuracy_is_total(store) -> None:
    """The whole set, scored: the accuracy is printed and must be 100%."""
    wrong = []
    for verdict, figure, number, sentence in LABELLED:
        claim = _claim(store, sentence, number)
        got = (claim.verdict, claim.figure.figure.id if claim.figure else "-")
        if got != (verdict, figure):
            wrong.append(f"{sentence!r}: expected {verdict}/{figure}, got {got[0]}/{got[1]}")
    accuracy = 1 - len(wrong) / len(LABELLED)
    print(f"claim-check accuracy: {accuracy:.1%} of {len(LABELLED)} labelled claims")
    assert wrong == []


@pytest.mark.parametrize(
    ("verdict", "figure", "number", "sentence"), LABELLED, ids=[r[3][:48] for r in LABELLED]
)
def test_labelled_claim(store, verdict: str, figure: str, number: str, sentence: str) -> None:
    claim = _claim(store, sentence, number)
    assert claim.verdict == verdict
    assert (claim.figure.figure.id if claim.figure else "-") == figure


@pytest.mark.parametrize(
    ("sentence", "number", "verdict", "figure"),
    [
        # The four examples.
        ("Peru has received more than $3.5 million from the Ambassadors Fund for Cultural Preservation",
         "more than $3.5 million", "supported", "ambassadors-fund"),
        ("USAID signed a $250 million agreement with Peru in 2021", "$250 million", "contradicted", "usaid-agreement"),
        ("The environmental programme received over $60 million", "over $60 million", "supported", "environment-program"),
        ("Peru produced 2.4 million tonnes of copper", "2.4 million", "no-match", None),
        # Other word orders and number formats.
        ("In 2009, at $9bn, trade between the two was far smaller.", "$9bn", "supported", "trade-2009"),
        ("Alumnae of the Academy for Women Entrepreneurs in Peru: almost 400.", "almost 400", "supported", "awe-alumnae"),
        ("Vaccine doses donated by the U.S. to Peru: 2,000,000.", "2,000,000", "supported", "vaccine-doses"),
    ],
)  # fmt: skip
def test_paraphrases(store, sentence: str, number: str, verdict: str, figure: str | None) -> None:
    claim = _claim(store, sentence, number)
    assert claim.verdict == verdict
    assert (claim.figure.figure.id if claim.figure else None) == figure


def test_years_are_context_not_claims(store) -> None:
    claims = check_text(store, "In 2021 trade between the U.S. and Peru was over $22 billion.")
    assert [(c.text, c.verdict) for c in claims] == [("over $22 billion", "supported")]


def test_the_year_of_each_number_picks_its_figure(store) -> None:
    claims = check_text(store, "In 2009 trade was $22 billion, and in 2021 it was $9 billion.")
    assert [(c.figure.figure.id, c.verdict) for c in claims] == [
        ("trade-2009", "contradicted"),
        ("trade-2021", "contradicted"),
    ]


def test_names_with_numbers_are_not_claims(store) -> None:
    assert check_text(store, "COVID-19 hit Peru hard.") == []


# --- the command -----------------------------------------------------------------------------

DRAFT = (
    "Peru hosts 2 million Venezuelan migrants. USAID signed a $321 million agreement with Peru "
    "in September 2021. Trade between the U.S. and Peru topped $22 billion in 2021. Peru produced "
    "2.4 million tonnes of copper."
)


def test_a_draft_from_stdin_gives_one_row_per_number_and_exit_5(run) -> None:
    result = run("check", "--file", "-", "--plain", input=DRAFT)
    assert result.exit_code == 5, result.output
    assert result.stderr == ""
    rows = [line.split("\t")[:6] for line in result.stdout.splitlines()]
    assert rows == [
        ["1", "2 million", "contradicted", "venezuelan-migrants", "1.3 million", "18"],
        ["2", "$321 million", "supported", "usaid-agreement", "$321 million", "11"],
        ["2", "September 2021", "supported", "usaid-agreement-signed", "September 2021", "11"],
        ["3", "$22 billion", "undetermined", "trade-2021", "over $22 billion", "8"],
        ["4", "2.4 million", "no-match", "", "", ""],
    ]


def test_check_json(run) -> None:
    result = run("check", "Peru hosts 2 million Venezuelan migrants.", "--json")
    assert result.exit_code == 5
    data = json.loads(result.stdout)
    assert data["summary"] == {"supported": 0, "contradicted": 1, "undetermined": 0, "no-match": 0}
    (claim,) = data["claims"]
    assert claim["figure"] == "venezuelan-migrants"
    assert claim["source"]["line"] == 18
    assert claim["claimed"] == {
        "low": 1_900_000.0,
        "high": 2_100_000.0,
        "low_open": False,
        "high_open": False,
        "display": "1.9 million people to 2.1 million people",
    }


def test_nothing_contradicted_exits_0(run) -> None:
    result = run("check", "The environmental programme received over $60 million.")
    assert result.exit_code == 0, result.output
    assert "1 number checked: 1 supported" in result.stdout


def test_check_table_golden(run) -> None:
    result = run("check", "Peru hosts 2 million Venezuelan migrants.")
    assert result.exit_code == 5
    assert result.stdout == (
        " #   Claim       Verdict        The sheet says\n" + "─" * 61 + "\n"
        " 1   2 million   contradicted   1.3 million\n"
        "                                venezuelan-migrants, line 18\n"
        "1 number checked: 0 supported, 1 contradicted, 0 undetermined, 0 no-match\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "perufacts: nothing to check: give a sentence, --file PATH, or - for standard input (see 'perufacts check --help')\n"),
        (["text", "--file", "x.txt"], "perufacts: give the text or --file, not both (see 'perufacts check --help')\n"),
        (["--file", "/no/such/draft.txt"], "perufacts: cannot read /no/such/draft.txt: No such file or directory (see 'perufacts check --help')\n"),
    ],
)  # fmt: skip
def test_check_usage_errors(run, args: list[str], message: str) -> None:
    result = run("check", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == message


def test_text_without_numbers_is_an_empty_success(run) -> None:
    result = run("check", "Peru and the United States are partners.", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["claims"] == []


def test_standard_input_must_be_utf8_like_a_file(run) -> None:
    result = run("check", "-", input=b"Peru hosts 1.3 million migrants." + b"\xff")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "perufacts: cannot read standard input: not UTF-8 (byte 32) (see 'perufacts check --help')\n"
    )


def test_claims_come_in_reading_order(store) -> None:
    claims = check_text(store, "The Fund backed 34 projects in 16 regions and 4 programs.")
    assert [c.text for c in claims] == ["34", "16", "4"]


@pytest.mark.parametrize("number", ["three", "3", "five"])
def test_a_number_word_is_not_evidence_for_itself(store, number: str) -> None:
    (claim,) = check_text(store, f"Cooperation follows {number} lines of effort.")
    assert claim.verdict == "no-match"
