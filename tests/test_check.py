"""Claim checking: the labelled set, every verdict kind, and the command's exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REAL_STORE, ROOT, SCORES
from perufacts.checking.matcher import check_text
from perufacts.store import load_store
from perufacts.vocab import Verdict

CLAIMS_FILE = Path(__file__).parent / "data" / "claims.tsv"


def _labelled() -> list[tuple[str, str, str, str, str]]:
    rows = []
    for line in CLAIMS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            group, verdict, figure, number, sentence = line.split("\t")
            rows.append((group, verdict, figure, number, sentence))
    return rows


LABELLED = _labelled()


@pytest.fixture(scope="module")
def store():
    return load_store(REAL_STORE, use_cache=False)


def _claim(store, sentence: str, number: str):
    found = _claims_at(store, sentence, number)
    assert len(found) == 1, [c.text for c in check_text(store, sentence)]
    return found[0]


def _claims_at(store, sentence: str, number: str):
    """The claims whose number overlaps the first place ``number`` stands in ``sentence``."""
    at = sentence.index(number)
    return [c for c in check_text(store, sentence) if c.start < at + len(number) and at < c.end]


def _outcome(store, verdict: str, number: str, sentence: str) -> tuple[str, str]:
    """What the checker says of one labelled number: its verdict and figure ("none": no claim)."""
    found = _claims_at(store, sentence, number)
    if not found:
        return ("none", "-")
    c = found[0]
    return (c.verdict, c.figure.figure.id if c.figure and verdict != "no-match" else "-")


def test_the_labelled_set_is_large_and_covers_every_class_and_verdict() -> None:
    assert len(LABELLED) >= 200
    assert {v for _, v, *_ in LABELLED} == {*map(str, Verdict), "none"}
    groups = {g for g, *_ in LABELLED}
    assert {"bounds", "compounds", "derived", "dates", "subjects", "places"} <= groups


@pytest.mark.parametrize(
    ("group", "verdict", "figure", "number", "sentence"),
    LABELLED,
    ids=[f"{g}-{i}:{n}" for i, (g, _, _, n, _) in enumerate(LABELLED, 1)],
)
def test_labelled_claim(store, group, verdict, figure, number, sentence) -> None:
    """One labelled number: the checker gives the label's verdict, and its figure."""
    want = (verdict, figure if verdict not in ("no-match", "undetermined", "none") else "-")
    got = _outcome(store, verdict, number, sentence)
    if verdict == "undetermined":
        got = (got[0], "-")
    assert got == want, sentence


TRUE_FILE = Path(__file__).parent / "data" / "true-claims.tsv"


def test_true_sentences_written_to_provoke_it_are_never_contradicted(store) -> None:
    """Sentences the sheet does not rule out, written to trip the checker up: 150 by a writer
    who had not read the checker, then those a fresh-eyes reviewer found it contradicting."""
    rows = [line.split("\t") for line in TRUE_FILE.read_text(encoding="utf-8").splitlines()]
    contradicted = [
        (sentence, c.text)
        for _, sentence in rows
        for c in check_text(store, sentence)
        if c.verdict == Verdict.CONTRADICTED
    ]
    SCORES.append(
        f"claim check: {len(rows)} true or unrelated sentences, {len(contradicted)} contradicted"
    )
    assert len(rows) >= 150
    assert contradicted == []


def test_the_sheet_checked_against_itself_contradicts_nothing(store) -> None:
    """Each of the 26 figures is supported by its own sentence; nothing is contradicted."""
    sheet = (ROOT / "data" / "sources" / "us-peru-fact-sheet-2022.txt").read_text(encoding="utf-8")
    claims = check_text(store, sheet)
    assert [c.text for c in claims if c.verdict == "contradicted"] == []
    supported = {c.figure.figure.id for c in claims if c.verdict == "supported" and c.figure}
    assert supported == {f.id for f in store.figures}


def test_a_bulleted_draft_is_checked_line_by_line(store) -> None:
    draft = (
        "Key numbers\n"
        "- Peru hosts 2 million Venezuelan migrants\n"
        "• USAID has worked with Peru for more than 60 years\n"
        "* Two-way trade topped $22 billion in 2021\n"
    )
    claims = check_text(store, draft)
    assert [(c.line, c.column, c.text, c.verdict) for c in claims] == [
        (2, 14, "2 million", "contradicted"),
        (3, 44, "more than 60 years", "supported"),
        (4, 24, "topped $22 billion", "supported"),
    ]


def test_a_pinned_figure_judges_every_number_of_its_kind(store) -> None:
    (claim,) = check_text(store, "Some 30 years of work.", pinned="inl-support")
    assert (claim.verdict, claim.figure.figure.id) == ("contradicted", "inl-support")


@pytest.mark.parametrize(
    ("sentence", "number", "verdict", "figure"),
    [
        # The issue's four examples.
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
        ["1:12", "2 million", "contradicted", "venezuelan-migrants", "1.3 million", "18"],
        ["1:58", "$321 million", "supported", "usaid-agreement", "$321 million", "11"],
        ["1:94", "September 2021", "supported", "usaid-agreement-signed", "September 2021", "11"],
        ["1:149", "topped $22 billion", "supported", "trade-2021", "over $22 billion", "8"],
        ["1:184", "2.4 million", "no-match", "", "", ""],
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
        " Line   Claim       Verdict        The sheet says\n" + "─" * 64 + "\n"
        " 1:12   2 million   contradicted   1.3 million\n"
        "                                   venezuelan-migrants, line 18\n"
        "1 number checked: 0 supported, 1 contradicted, 0 undetermined, 0 no-match\n"
    )


def test_check_table_golden_no_match_names_no_figure(run) -> None:
    """A no-match tied only by words two figures share keeps them as JSON candidates, but the
    table's "The sheet says" shows none: the sheet says nothing of it."""
    result = run("check", "Opposition lawmakers say Washington sent 100 million dollars to help.")
    assert result.exit_code == 0
    assert result.stdout == (
        " Line   Claim                 Verdict    The sheet says\n" + "─" * 56 + "\n"
        " 1:42   100 million dollars   no-match   -\n"
        "1 number checked: 0 supported, 0 contradicted, 0 undetermined, 1 no-match\n"
    )
    data = json.loads(run("check", "--json", "Opposition lawmakers say Washington sent 100 "
                          "million dollars to help.").stdout)  # fmt: skip
    assert data["claims"][0]["candidates"] == ["technical-assistance", "migration-assistance"]


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


@pytest.mark.parametrize(
    ("number", "verdict"), [("three", "supported"), ("3", "supported"), ("five", "contradicted")]
)
def test_lines_of_effort_are_read_by_their_frame(store, number: str, verdict: str) -> None:
    (claim,) = check_text(store, f"Counternarcotics cooperation follows {number} lines of effort.")
    assert (claim.verdict, claim.figure.figure.id) == (verdict, "lines-of-effort")


def test_a_byte_order_mark_does_not_shift_the_first_column(store) -> None:
    (claim,) = check_text(store, "\ufeffPeru hosts 2 million Venezuelan migrants.")
    assert (claim.line, claim.column) == (1, 12)


def test_every_claim_names_a_rule_of_the_table(store) -> None:
    """Every verdict comes from a named rule: its id is one of RULES."""
    from perufacts.checking.rules import RULES

    rules = {c.rule for *_, sentence in LABELLED for c in check_text(store, sentence)}
    assert rules <= set(RULES)
    assert {"fits", "rules-out", "restated-without-bound", "overlaps", "no-measure"} <= rules


@pytest.mark.parametrize(
    ("sentence", "verdict", "rule"),
    [
        ("The U.S. did not donate two million doses to Peru.", "contradicted", "negated-figure"),
        ("Bilateral trade never topped $22 billion in 2021.", "contradicted", "rules-out"),
        ("The U.S. did not donate five million doses to Peru.", "no-match", "negated-other"),
        ("Trade in 2021 did not fall below $20 billion.", "supported", "negated-bound"),
    ],
)
def test_a_denied_figure_is_never_supported(store, sentence, verdict, rule) -> None:
    (claim,) = [c for c in check_text(store, sentence) if c.unit != "year"]
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States has provided nothing like $286 million for migrants in Peru.",
        "The United States has provided nothing close to $286 million for migrants in Peru.",
        "The U.S. gave Peru nowhere near two million vaccine doses.",
        "USAID's climate program fell far short of $60 million over three years.",
    ],
)
def test_a_value_said_to_be_far_from_the_truth_is_never_supported(store, sentence) -> None:
    (claim,) = [c for c in check_text(store, sentence) if c.unit not in ("year", "years")]
    assert claim.verdict != "supported", claim.reason


@pytest.mark.parametrize(
    ("draft", "verdict"),
    [
        # A noun that counts many things ("regions", "projects"), in a draft that names nothing
        # else of the Fund, ties a number too weakly to contradict it ...
        ("USAID announced a new mining program. The new five-year program will reach 12 "
         "regions and 30,000 families.", "undetermined"),
        ("The census covers 25 regions.", "undetermined"),
        # ... but a draft that names the Fund, or what its line of the sheet measures, does.
        ("Peru has received more than $3.5 million from the Ambassadors Fund. The money has "
         "reached 12 regions.", "contradicted"),
        ("A fund that preserves historic sites paid for sixteen projects.", "contradicted"),
    ],
)  # fmt: skip
def test_a_generic_noun_alone_does_not_contradict(store, draft, verdict) -> None:
    (claim,) = [c for c in check_text(store, draft) if c.figure and "ambassadors-fund-" in
                c.figure.figure.id]  # fmt: skip
    assert claim.verdict == verdict, claim.reason


def test_the_denied_value_of_a_correction_is_no_claim(store) -> None:
    claims = check_text(store, "U.S. migration aid to Peru was $386 million, not $286 million.")
    assert [(c.text, c.verdict, c.rule) for c in claims] == [
        ("$386 million", "contradicted", "beyond-reach"),
        ("$286 million", "no-match", "denied"),
    ]


def test_an_undetermined_claim_says_how_far_it_is(store) -> None:
    (claim,) = check_text(store, "USAID signed a $32.1 million agreement with Peru in 2021.")[:1]
    assert claim.ratio == pytest.approx(0.1)
    assert "1/10 the sheet's figure" in claim.reason


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("U.S. goods trade with Peru reached $16 billion in 2021.", "another-quantity"),
        ("Peru bought 60 million doses of vaccine.", "another-quantity"),
        (
            "Washington announced an additional $50 million for Venezuelan migrants in Peru.",
            "another-quantity",
        ),
        ("Of the 1.3 million Venezuelans in Peru, 120,000 have work permits.", "another-quantity"),
        ("Of the 1.3 million Venezuelans in Peru, 120,000 live in Arequipa.", "another-party"),
        # An amount in soles or euros is not the sheet's dollars.
        (
            "Peru's government spent S/. 286 million on services for Venezuelan migrants.",
            "another-currency",
        ),
        ("The EU gave €30 million for Venezuelan migrants in Peru.", "another-currency"),
        (
            "The U.S. provided 100 million soles in migration assistance to Peru.",
            "another-currency",
        ),
        # "N more" is added to an amount given before.
        ("Washington pledged 1.5 million more doses in 2022.", "another-quantity"),
        # Lines of effort against illegal mining are not the three against narcotics (store).
        ("The U.S. supports five lines of effort against illegal mining.", "another-quantity"),
        # A share is not a growth, nor a change over another period the sheet's.
        ("The U.S. accounts for roughly 15 percent of Peru's total trade.", "another-thing"),
        ("U.S.-Peru trade grew 40 percent between 2016 and 2021.", "another-year"),
        # Another U.S. body's years with Peru's police, sailors or farmers are not INL's.
        ("The DEA has worked alongside Peruvian police for 30 years.", "another-party"),
        ("The U.S. Coast Guard has trained Peruvian sailors for 30 years.", "another-party"),
        ("The Peace Corps has trained Peruvian farmers for 30 years.", "another-party"),
        # A date of another agreement than the sheet's: its predecessor, or the one it replaces.
        ("USAID signed its previous agreement with Peru in 2016.", "another-quantity"),
        ("The $321 million agreement replaces one signed in 2016.", "another-quantity"),
        ("The USAID agreement was extended through 2028.", "another-quantity"),
    ],
)
def test_another_quantity_is_never_contradicted(store, sentence, rule) -> None:
    claims = check_text(store, sentence)
    assert [c.rule for c in claims if c.verdict == "no-match"][-1:] == [rule]
    assert all(c.verdict != "contradicted" for c in claims)


def test_a_figure_the_sheet_gives_no_year_is_undetermined_against_another_year(store) -> None:
    (claim,) = [c for c in check_text(store, "Peru hosted 1.3 million Venezuelans in 2020.")
                if c.unit != "year"]  # fmt: skip
    assert (claim.verdict, claim.rule) == ("undetermined", "year-not-in-sheet")


def test_an_inferred_year_is_said(store) -> None:
    (claim,) = check_text(store, "Blinken arrived in Lima on October 7.")
    assert claim.verdict == "contradicted"
    assert "2022 is inferred" in claim.reason


@pytest.mark.parametrize(
    ("sentence", "number", "verdict", "rule"),
    [
        # A day or month of a year dates the clause's amounts; the sheet dates no doses.
        ("The U.S. donated two million vaccine doses to Peru in June 2021.", "two million",
         "undetermined", "year-not-in-sheet"),
        # ... but a date that is an event of the sheet's own is that event's.
        ("The $321M USAID agreement signed Sept 2022 runs through 2026.", "$321M",
         "supported", "fits"),
        # A qualifier after a comma belongs to the next number: the MOU's age is not renewed.
        ("The MOU marked 25 years in 2022, renewed every five years.", "25 years",
         "supported", "fits"),
        ("program,metric,value,unit\ncultural_mou,anniversary_years,25,years\n"
         "cultural_mou,renewal_interval,5,years", "5", "no-match", "another-quantity"),
        # A relative clause's subject is its antecedent, not the sentence's.
        ("Blinken met Castillo, pledging support to a country that shelters some 1.3 million "
         "Venezuelan migrants.", "some 1.3 million", "supported", "fits"),
        ("Peru hosts 1.3 million, second only to Colombia, which hosts roughly 2.5 million.",
         "roughly 2.5 million", "no-match", "another-party"),
        # A comparison is not the subject, before the number or after it.
        ("Peru got $3.5 million, the most in the Western Hemisphere, for 34 projects.", "34",
         "supported", "fits"),
        # A clause that measures another quantity does not borrow its sentence's measure.
        ("The U.S. gave $286 million for the migration response, while customs put goods "
         "exports at $8.5 billion.", "$8.5 billion", "no-match", "no-measure"),
    ],
)  # fmt: skip
def test_what_a_clause_says_of_its_own_number(store, sentence, number, verdict, rule) -> None:
    claims = check_text(store, sentence)
    (claim,) = [c for c in claims if c.text == number or c.text.endswith(f" {number}")]
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    "draft",
    [
        "LIMA, Oct. 7 - Secretary Blinken arrived on October 6.",
        "LIMA, Oct 7 (Andes Wire) - Secretary Blinken arrived on October 6.",
        "LIMA, June 8, 2022 — Secretary Blinken arrived on October 6.",
    ],
)
def test_a_datelines_date_is_no_claim(store, draft) -> None:
    assert [(c.text, c.verdict) for c in check_text(store, draft)] == [("October 6", "supported")]


def test_every_rule_is_listed_in_the_docs() -> None:
    """docs/check.md's table of rules and the checker's RULES list the same ids."""
    import re

    from perufacts.checking.rules import RULES

    text = (ROOT / "docs" / "check.md").read_text(encoding="utf-8")
    verdicts = "|".join(v.value for v in Verdict)
    documented = re.findall(rf"^\| `([a-z-]+)` \| (?:{verdicts}) \|", text, re.MULTILINE)
    assert sorted(documented) == sorted(RULES)


@pytest.mark.parametrize(
    "sentence",
    [
        "The draft says three million doses; that is wrong.",
        "Some posts claimed the U.S. gave three million doses, which is false.",
        "The draft said 3 million doses (this was an error).",
    ],
)
def test_a_number_the_writer_calls_wrong_is_no_claim(store, sentence) -> None:
    (claim,) = check_text(store, sentence)
    assert (claim.verdict, claim.rule, claim.figure) == ("no-match", "denied", None)


def test_a_number_followed_by_a_clause_of_its_own_is_still_judged(store) -> None:
    (claim,) = check_text(store, "The U.S. gave three million doses, which is why Peru vaccinated.")
    assert (claim.verdict, claim.rule) == ("contradicted", "rules-out")


@pytest.mark.parametrize(
    "draft",
    [
        "| Line | Amount (US$ millions) |\n| --- | --- |\n| Migration response in Peru | 286 |\n"
        "| USAID development agreement | 321 |",
        "line,usd_millions\nmigration_response_peru,286\nusaid_agreement,321",
        "Amounts in millions of dollars\n\nline,amount\nmigration,286\nagreement,321",
        "Figures in $m.\n\n| Line | Amount |\n| --- | --- |\n| Migration response | 286 |\n"
        "| USAID agreement | 321 |",
    ],
)
def test_a_headers_scale_multiplies_its_cells(store, draft) -> None:
    claims = check_text(store, draft)
    assert [(c.text, c.verdict, c.figure.figure.id if c.figure else None) for c in claims] == [
        ("286", "supported", "migration-assistance"),
        ("321", "supported", "usaid-agreement"),
    ]


def test_a_scale_without_a_unit_is_no_tie_of_migration_to_migrants(store) -> None:
    # "migration" is the act, "migrants" the people: a bare 286 million is not the 1.3 million.
    (claim,) = check_text(store, "Amounts in millions\n\nline,amount\nmigration,286")
    assert claim.verdict == "no-match"


@pytest.mark.parametrize(
    ("sentence", "verdict", "rule"),
    [
        # A worldwide total is not Peru's.
        ("The AFCP has funded 900 projects globally.", "no-match", "another-party"),
        ("Worldwide, the Ambassadors Fund has backed more than 1,100 projects.", "no-match",
         "another-party"),
        # Another donor's doses are not the U.S. donation.
        ("COVAX delivered 10 million doses to Peru.", "no-match", "another-party"),
        # A place that received doses from no one named: not the figure's donor.
        ("Peru received some 80 million vaccine doses in all.", "undetermined", "place-subject"),
        # ... and when the donor is named, it is the figure.
        ("Peru received three million doses from the United States.", "contradicted",
         "rules-out"),
        # What one week added is a part of a running total.
        ("Sixty-five women graduated this week from the Academy for Women Entrepreneurs.",
         "no-match", "part-of-total"),
    ],
)  # fmt: skip
def test_another_scope_or_donor_or_part_is_never_contradicted(
    store, sentence, verdict, rule
) -> None:
    (claim,) = check_text(store, sentence)
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    ("sentence", "number", "verdict"),
    [
        # A date in a clause that states a figure of the same sheet sentence rightly is its event.
        ("The $321 million bilateral agreement, signed in September 2020, runs through 2026.",
         "September 2020", "contradicted"),
        # "and was signed": the verb shares the subject before "and".
        ("USAID's development package is worth $321 million and was signed in September 2021.",
         "September 2021", "supported"),
        # ... and the corrected year dates nothing.
        ("The USAID agreement is $321 million and was signed in September 2021, rather than in "
         "2020.", "$321 million", "supported"),
        # A slide's "Runs to:" is an end.
        ("- USAID bilateral agreement\n  - Ceiling: $321M\n  - Runs to: 2025", "2025",
         "contradicted"),
    ],
)  # fmt: skip
def test_a_clause_anchors_its_dates(store, sentence, number, verdict) -> None:
    (claim,) = [c for c in check_text(store, sentence) if c.text.endswith(number)]
    assert claim.verdict == verdict


def test_a_rows_qualifier_cell_bounds_its_values(store) -> None:
    draft = (
        "item,qualifier,value,unit\nawe_alumnae_peru,over,400,people\n"
        "migration_assistance,more-than,286000000,usd\ntrade_2021,>,22000000000,usd"
    )
    assert [(c.text, c.verdict) for c in check_text(store, draft)] == [
        ("400", "contradicted"),
        ("286000000", "supported"),
        ("22000000000", "supported"),
    ]


@pytest.mark.parametrize(
    ("sentence", "number", "verdict"),
    [
        # The event a date is counted from is not the event it dates.
        ("The U.S. deployed a team on January 20 after the spill.", "January 20", "no-match"),
        # (an arrival of no named actor is no date of Blinken's visit either)
        ("On January 18, three days after the spill, the U.S. team arrived.", "January 18",
         "no-match"),
        # ... but a date inside that phrase is its event's own.
        ("Days after the January 15 spill, the U.S. sent experts.", "January 15", "supported"),
        ("The U.S. sent its National Response Team after the Repsol spill of January 18.",
         "January 18", "contradicted"),
        ("Blinken arrived in Lima on October 6 after stops in Bogota and Santiago.", "October 6",
         "supported"),
    ],
)  # fmt: skip
def test_a_date_counted_from_another_event(store, sentence, number, verdict) -> None:
    (claim,) = [c for c in check_text(store, sentence) if c.text == number]
    assert claim.verdict == verdict


@pytest.mark.parametrize(
    ("draft", "number", "verdict"),
    [
        # A count cell with no time in its row or column is a count, not a year.
        ("program,metric,value\ncultural_mou,artifacts_repatriated,2000", "2000", "supported"),
        # "spread over" is a place, not a bound.
        ("Thirty-four Ambassadors Fund projects spread over sixteen regions.", "sixteen",
         "supported"),
        # An elided unit: dollars, like the amount before it.
        ("Trade rose from $9 billion in 2009 to over 22 billion in 2021.", "over 22 billion",
         "supported"),
        # Whose count it is ("by X's reckoning") is not what it is about.
        ("By the State Department's reckoning, Peru hosts some 1.3 million Venezuelan migrants.",
         "some 1.3 million", "supported"),
        ("Thirty-four Ambassadors Fund projects spread across Peru.", "Thirty-four", "supported"),
    ],
)  # fmt: skip
def test_structured_and_elided_numbers(store, draft, number, verdict) -> None:
    (claim,) = [c for c in check_text(store, draft) if c.text == number]
    assert claim.verdict == verdict


def test_the_subject_decides_a_duration(store) -> None:
    # A duration of what a telling party did is that party's figure, with no measure word.
    draft = "For four decades, the State Department's narcotics bureau has paid crews to pull coca."
    (claim,) = check_text(store, draft)
    assert (claim.verdict, claim.figure.figure.id) == ("supported", "inl-support")
    # ... and so it is when the party's one duration is misstated (writers label it so: 13 of
    # the 16 such in dev; the other three were quoted and refuted, or denied).
    (claim,) = check_text(store, "INL has been active in Peru for 30 years.")
    assert (claim.verdict, claim.figure.figure.id) == ("contradicted", "inl-support")
    # An event's year read as an age is no duration said: still too little.
    (claim,) = check_text(store, "Peru's Ministry of Culture was created in 2010.")
    assert (claim.verdict, claim.rule) == ("undetermined", "weak-evidence")


def test_a_change_since_an_undated_event_is_not_a_change_within_one_year(store) -> None:
    draft = "Two-way trade hit $22 billion in 2021, a rise of 40 percent since the trade pact."
    claims = {c.text: c for c in check_text(store, draft)}
    assert (claims["40 percent"].verdict, claims["40 percent"].figure.figure.id) == (
        "contradicted",
        "trade-growth",
    )


@pytest.mark.parametrize(
    ("sentence", "number", "verdict"),
    [
        # The sheet's durations are past; a term ahead is another quantity.
        ("USAID will give Peru's government $321 million for cooperation during the next five "
         "years.", "five years", "no-match"),
        ("INL plans support for the coming ten years.", "ten years", "no-match"),
        # A raise "by" an amount is a difference, not a level.
        ("In 2020 Washington raised its aid by US$65 million.", "US$65 million", "no-match"),
    ],
)  # fmt: skip
def test_a_term_ahead_and_a_raise_are_other_quantities(store, sentence, number, verdict) -> None:
    (claim,) = [c for c in check_text(store, sentence) if c.text.endswith(number)]
    assert claim.verdict == verdict


def test_a_span_of_days_is_judged_as_one(store) -> None:
    claims = check_text(store, "Blinken traveled to Lima on October 3-5, 2022.")
    assert [(c.text, c.verdict) for c in claims] == [("October 3-5, 2022", "contradicted")]


@pytest.mark.parametrize(
    ("sentence", "verdict", "rule"),
    [
        # A third or more past the sheet's "over v" is what the sheet would have said.
        ("Two-way trade under the PTPA reached $32 billion in 2021.", "contradicted",
         "beyond-reach"),
        ("U.S. aid for the migration response in Peru tops $386 million.", "contradicted",
         "beyond-reach"),
        # Within a third it may be what "over" hides.
        ("Two-way trade under the PTPA reached about $25 billion in 2021.", "undetermined",
         "overlaps"),
        # Half again as much or more may be another, larger quantity as well as a misread figure.
        ("U.S. aid for the migration response in Peru tops $450 million.", "undetermined",
         "overlaps"),
    ],
)  # fmt: skip
def test_a_claim_past_the_reach_of_an_open_bound(store, sentence, verdict, rule) -> None:
    (claim,) = check_text(store, sentence)
    assert (claim.verdict, claim.rule) == (verdict, rule)


def test_the_sheets_round_number_rounds_half_up(store) -> None:
    # 1.3 million covers 1.25 up to, not including, 1.35 million; "about 1.5 million" starts there.
    (claim,) = check_text(store, "Peru hosts about 1.5 million Venezuelan migrants.")
    assert (claim.verdict, claim.rule) == ("contradicted", "rules-out")


def test_whose_count_it_is_can_make_it_another_quantity(store) -> None:
    sentence = "Peru hosts 1.5 million Venezuelan migrants, per the UN's projection for 2023."
    (claim,) = check_text(store, sentence)
    assert (claim.verdict, claim.rule) == ("no-match", "another-quantity")


@pytest.mark.parametrize(
    ("sentence", "number", "verdict", "figure"),
    [
        # The year of a signing dates the signing, not the amount beside it.
        ("USAID's $321M deal was actually signed back in 2019.", "$321M", "supported",
         "usaid-agreement"),
        ("USAID's $321M deal was actually signed back in 2019.", "2019", "contradicted",
         "usaid-agreement-signed"),
        # A figure that counts years gives the year of its start by the sheet's date.
        ("The cultural patrimony MOU, first signed in 1997, has helped return over 2,000 "
         "artifacts.", "1997", "supported", "cultural-mou"),
        ("The cultural patrimony MOU was signed in 2004.", "2004", "contradicted", "cultural-mou"),
        # The years of a span beside a figure the clause states rightly are its events'.
        ("USAID's $321 million bilateral agreement (Sept. 2021 – 2026) is the main vehicle.",
         "2026", "supported", "usaid-agreement-end"),
    ],
)  # fmt: skip
def test_the_year_of_an_event(store, sentence, number, verdict, figure) -> None:
    (claim,) = [c for c in check_text(store, sentence) if c.text.endswith(number)]
    assert (claim.verdict, claim.figure.figure.id if claim.figure else None) == (verdict, figure)


def test_a_span_of_years_beside_another_quantity_claims_nothing(store) -> None:
    claims = check_text(store, "Peru's GDP grew 25% (2015-2019).")
    assert [c.text for c in claims] == ["25%"]


def test_a_rate_is_not_the_count_it_divides(store) -> None:
    draft = (
        "The Ambassadors Fund paid for 34 projects in 16 regions: barely two projects per region."
    )
    claims = check_text(store, draft)
    assert [(c.text, c.verdict) for c in claims] == [
        ("34", "supported"), ("16", "supported"), ("barely two", "no-match"),
    ]  # fmt: skip


def test_barely_is_about(store) -> None:
    (claim,) = check_text(
        store, "U.S. aid for the migration response in Peru came to barely $100 million."
    )
    assert (claim.verdict, claim.rule) == ("contradicted", "rules-out")


def test_an_undated_claim_takes_the_one_year_it_fits(store) -> None:
    (claim,) = check_text(store, "Two-way trade between the U.S. and Peru reached $22 billion.")
    assert (claim.verdict, claim.figure.figure.id if claim.figure else None) == (
        "supported", "trade-2021",
    )  # fmt: skip
    # Wrong for every year, it is still only undetermined: it may be of a year the sheet omits.
    (claim,) = check_text(store, "Two-way trade between the U.S. and Peru reached $15 billion.")
    assert claim.verdict == "undetermined"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # One word several things share ("assistance") is no tie to contradict on, nor a date
        # with no word of its event.
        ("The request for security assistance came to 98 million dollars.", "98 million dollars"),
        ("The agreement was discussed on June 29, 2021.", "June 29, 2021"),
        ("Blinken's report was discussed on June 29, 2022.", "June 29, 2022"),
    ],
)
def test_a_weak_tie_is_no_match(store, sentence, number) -> None:
    (claim,) = [c for c in check_text(store, sentence) if c.text.endswith(number)]
    assert (claim.verdict, claim.rule, claim.figure) == ("no-match", "weak-tie", None)


@pytest.mark.parametrize(
    ("sentence", "number", "verdict"),
    [
        # A date before a noun is the date of that noun's event.
        ("A candidate in the October 2 regional elections said USAID's agreement is worth "
         "$321 million.", "October 2", "no-match"),
        ("Days after the January 15 spill, the U.S. sent experts.", "January 15", "supported"),
        ("Blinken reached Lima for the Oct. 6 sessions after stops in Bogota.", "Oct. 6",
         "supported"),
        # "16 of the country's 25 regions": the 25 is the whole, not a count of the sheet's.
        ("The Ambassadors Fund backed 34 projects in 16 of the country's 25 regions.", "25",
         "no-match"),
        ("| Regions reached | 16 | out of the country's 25 regions |", "25", "no-match"),
    ],
)  # fmt: skip
def test_what_a_date_or_a_whole_belongs_to(store, sentence, number, verdict) -> None:
    (claim,) = [c for c in check_text(store, sentence) if c.text.endswith(number)]
    assert claim.verdict == verdict


@pytest.mark.parametrize(
    ("sentence", "number", "verdict"),
    [
        # A fact box's dash opens what its number counts.
        ("• 34 — heritage projects paid for by the Ambassadors Fund.", "34", "supported"),
        ("• 25 — years of the bilateral cultural patrimony memorandum.", "25", "supported"),
        ("• 35 — years of the bilateral cultural patrimony memorandum.", "35", "contradicted"),
        # A rank is no part of a total; "the last of these" points back at a list.
        ("Peru is the largest recipient in the hemisphere of the Ambassadors Fund for Cultural "
         "Preservation, with more than $3.5 million.", "$3.5 million", "supported"),
        ("USAID has pursued the last of these with DEVIDA for twenty years.", "twenty years",
         "supported"),
    ],
)  # fmt: skip
def test_fact_boxes_and_ranks(store, sentence, number, verdict) -> None:
    (claim,) = [c for c in check_text(store, sentence) if c.text.endswith(number)]
    assert claim.verdict == verdict


def test_a_clause_after_a_semicolon_borrows_nothing(store) -> None:
    draft = (
        "The United States donated two million vaccine doses to Peru; Peru's official death "
        "toll from the disease exceeded 216,000."
    )
    assert [(c.text, c.verdict) for c in check_text(store, draft)] == [
        ("two million", "supported"), ("exceeded 216,000", "no-match"),
    ]  # fmt: skip


def test_no_foreign_name_is_a_stray_letter() -> None:
    from perufacts.checking.reader import foreign_names

    assert [n for n in foreign_names() if len(n) < 2] == []
    assert {"Costa Rica", "Costa Rican"} <= set(foreign_names())


@pytest.mark.parametrize(
    ("sentence", "verdict", "rule"),
    [
        # A body of the figure's party may stand for it ...
        ("USAID provided $286 million for the migration response in Peru.", "supported",
         "restated-without-bound"),
        # ... but what it gave may be only its share: never contradicted on that alone.
        ("USAID provided $150 million for the migration response in Peru.", "undetermined",
         "a-body-of-it"),
        # A twentieth or less of a total is more likely one part of it than a misread total.
        ("The United States repatriated 41 trafficked artifacts to Peru's Ministry of Culture.",
         "no-match", "a-small-part"),
    ],
)  # fmt: skip
def test_a_body_or_a_small_part_of_the_figure(store, sentence, verdict, rule) -> None:
    (claim,) = check_text(store, sentence)
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    ("sentence", "verdict", "rule"),
    [
        # Denied after the number: never supported.
        ("The two million Pfizer doses that reached Peru were not a U.S. donation.",
         "contradicted", "negated-figure"),
        # A denied belief denies its clause.
        ("The environmental money is smaller: I don't think USAID's environmental program has "
         "ever been more than $60 million.", "contradicted", "rules-out"),
        ("I don't think anyone doubts that the U.S. donated two million doses to Peru.",
         "supported", "fits"),
        # ... but a "not" about something else denies nothing of the figure.
        ("The two million doses the U.S. donated were not enough.", "supported", "fits"),
    ],
)  # fmt: skip
def test_a_figure_denied_after_its_number(store, sentence, verdict, rule) -> None:
    (claim,) = check_text(store, sentence)
    assert (claim.verdict, claim.rule) == (verdict, rule)


def test_a_speaker_is_who_speaks_not_who_the_words_are_about(store) -> None:
    draft = (
        'SOT - U.S. EMBASSY OFFICIAL: "Over the last three years, USAID has put more than $60 '
        'million into environmental and climate programs with Peru."'
    )
    claims = check_text(store, draft)
    assert [(c.text, c.verdict, c.figure.figure.id if c.figure else None) for c in claims][-1] == (
        "more than $60 million", "supported", "environment-program",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # A year that dates the level reached, or starts the change, is no year of the change.
        ("By 2021 trade had passed $22 billion, a jump of more than 140 percent.", "supported"),
        ("Two-way trade has risen by less than 100 percent since 2009.", "contradicted"),
        ("Two-way trade grew by more than 140 percent, reaching more than $22 billion in 2021.",
         "supported"),
    ],
)  # fmt: skip
def test_a_change_is_not_dated_by_a_year_it_does_not_own(store, sentence, verdict) -> None:
    (claim,) = [c for c in check_text(store, sentence) if "percent" in c.text]
    assert claim.verdict == verdict


def test_a_change_within_one_year_is_still_another_quantity(store) -> None:
    (claim,) = check_text(store, "U.S.-Peru trade rose 30 percent in 2021.")
    assert (claim.verdict, claim.rule) == ("no-match", "one-year-change")


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "figure"),
    [
        # --- a spoken amount without its dollars
        # Where the figure ranks is no place it is about.
        ("Peru is the largest recipient in the hemisphere of the Ambassadors Fund for Cultural "
         "Preservation, with more than $3.5 million for 34 projects.", "34", "supported",
         "ambassadors-fund-projects"),
        # Figures of one sentence of the sheet are told apart by their values.
        ("| Measure | Value |\n| --- | --- |\n| Regions reached by Ambassadors Fund projects | 16 |",
         "16", "supported", "ambassadors-fund-regions"),
    ],
)  # fmt: skip
def test_ranks_and_one_sentences_figures(store, draft, number, verdict, figure) -> None:
    (claim,) = [c for c in check_text(store, draft) if c.text == number]
    assert (claim.verdict, claim.figure.figure.id if claim.figure else None) == (verdict, figure)


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "rule"),
    [
        # An amount "of" a total is a part of it.
        ("$48M of this year's U.S. migration funding for Peru went through one bureau.", "$48M",
         "no-match", "part-of-total"),
        # ... but "16 of Peru's regions" counts regions.
        ("The Ambassadors Fund has backed projects in 16 of Peru's regions.", "16", "supported",
         "fits"),
        # What a text under check says is reported, perhaps to be refuted.
        ("Vaccines: the draft says we donated three million doses. It was two million.",
         "three million", "no-match", "reported"),
    ],
)  # fmt: skip
def test_parts_and_reported_words(store, draft, number, verdict, rule) -> None:
    (claim,) = [c for c in check_text(store, draft) if c.text.endswith(number)]
    assert (claim.verdict, claim.rule) == (verdict, rule)


def test_a_speakers_claim_is_judged_as_the_speakers_party(store) -> None:
    draft = "SENIOR STATE DEPARTMENT OFFICIAL: Actually, we donated well over three million doses to Peru."
    (claim,) = check_text(store, draft)
    assert (claim.verdict, claim.rule) == ("contradicted", "rules-out")


@pytest.mark.parametrize(
    ("draft", "number", "verdict"),
    [
        # A "not" about something else, after a comma, denies nothing of the number.
        ("More than $60 million over the last three years, for a country with much of the "
         "Amazon, is not a climate strategy.", "three years", "supported"),
        # A year after the change in its own stretch dates it.
        ("Bilateral trade grew by roughly 20 percent more in 2022.", "20 percent", "no-match"),
        # A "Source / note" column says where a row comes from.
        ("| Area | Figure | Source / note |\n| --- | --- | --- |\n"
         "| USAID development agreement | $321 million | State Dept. |", "$321 million",
         "supported"),
        # ... and so does "Where it comes from": the body there gave no number of the row.
        ("| Area | Figure | Where it comes from |\n| --- | --- | --- |\n"
         "| COVID-19 vaccines | 2 million doses donated by the U.S. | Health Ministry dashboard |",
         "2 million", "supported"),
        # "the second-largest host" ranks Peru; it names no part of the migrants.
        ("Peru is the second-largest host of Venezuelans, with 1.5 million.", "1.5 million",
         "undetermined"),
        # Peru's health ministry is not DEVIDA.
        ("USAID has supported Peru's health ministry for 30 years.", "30 years", "undetermined"),
    ],
)  # fmt: skip
def test_asides_and_denials_of_something_else(store, draft, number, verdict) -> None:
    (claim,) = [c for c in check_text(store, draft) if c.text.endswith(number)]
    assert claim.verdict == verdict


def test_the_number_the_sheet_states_breaks_a_tie_only_for_the_best_fit(store) -> None:
    (claim,) = check_text(store, "USAID's collaboration with Peru goes back six decades.")
    assert (claim.verdict, claim.figure.figure.id if claim.figure else None) == (
        "supported", "usaid-collaboration",
    )  # fmt: skip
    # DEVIDA's two decades fit the words as well: the subject stays unclear.
    sentence = "USAID has worked in partnership with Peru's government and DEVIDA for six decades."
    (claim,) = check_text(store, sentence)
    assert (claim.verdict, claim.rule) == ("undetermined", "ambiguous")


@pytest.mark.parametrize(
    ("draft", "number", "verdict"),
    [
        ("This year we added two post-graduate Fulbright programs.", "two", "supported"),
        ("The Ambassadors Fund backed 34 projects in 16 of the country's 25 regions.", "16",
         "supported"),
        ("• Ambassadors Fund projects in Peru: 34, in 16 regions", "34", "supported"),
        ("There is development money too: a three hundred twenty-one million dollar USAID "
         "agreement.", "three hundred twenty-one million dollar", "supported"),
    ],
)  # fmt: skip
def test_what_a_number_counts_in_more_forms(store, draft, number, verdict) -> None:
    (claim,) = [c for c in check_text(store, draft) if c.text == number]
    assert claim.verdict == verdict


TABLE = (
    "| Item | Amount | Timeframe | Note |\n|------|--------|-----------|------|\n"
    "| Ambassadors Fund for Cultural Preservation | $2.5 million | — | 34 projects in 16 regions |\n"
    "| COVID vaccine doses donated | 2,000,000 | 2021 | through COVAX |\n"
)


def test_a_rows_amount_neither_scales_nor_prices_its_neighbours(store) -> None:
    claims = [(c.text, c.verdict, c.rule) for c in check_text(store, TABLE)]
    assert claims == [
        # The fund's own name ties the amount to it.
        ("$2.5 million", "contradicted", "rules-out"),
        ("34", "supported", "fits"),
        ("16", "supported", "fits"),
        # A year in a "Timeframe" column dates its row; it counts nothing.
        ("2,000,000", "undetermined", "year-not-in-sheet"),
    ]


@pytest.mark.parametrize(
    ("draft", "number", "rule"),
    [
        ("The Fund has since supported more than 1,100 projects in over 125 countries.",
         "more than 1,100", "another-party"),
        ("The U.S. handed 41 trafficked artifacts back to Peru's Ministry of Culture.", "41",
         "a-small-part"),
    ],
)  # fmt: skip
def test_another_scope_or_a_small_part_is_no_match(store, draft, number, rule) -> None:
    (claim,) = [c for c in check_text(store, draft) if c.text == number]
    assert (claim.verdict, claim.rule) == ("no-match", rule)


def test_what_an_earlier_version_gave_is_reported(store) -> None:
    draft = (
        "Correction: An earlier version of this box gave the Ambassadors Fund total as "
        "$1.8 million."
    )
    (claim,) = check_text(store, draft)
    assert (claim.verdict, claim.rule) == ("no-match", "reported")


def test_a_quoted_csv_cell_is_no_quotation(store) -> None:
    draft = (
        'topic,claim,period,source\ntrade,"total U.S.-Peru trade under $20 billion",2021,sheet\n'
    )
    claims = check_text(store, draft)
    assert [(c.text, c.verdict) for c in claims] == [("under $20 billion", "contradicted")]


def test_an_earlier_clause_anchors_the_dates_of_its_sentence(store) -> None:
    draft = (
        "We also signed a $321 million development agreement with Peru in September of 2021, "
        "and that assistance runs through 2028."
    )
    claims = [(c.text, c.verdict) for c in check_text(store, draft)]
    assert claims[0] == ("$321 million", "supported")
    assert claims[-1] == ("2028", "contradicted")


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "figure"),
    [
        ("line,amount_usd,period\nusaid_bilateral_agreement,321000000,2021-2026\n", "2021",
         "supported", "usaid-agreement-signed"),
        ("line,amount_usd,period\nusaid_bilateral_agreement,321000000,2021-2026\n", "2026",
         "supported", "usaid-agreement-end"),
        ("USAID's $321 million agreement runs from September 2021 to 2026.", "2026", "supported",
         "usaid-agreement-end"),
        ("- USAID environment program: $60M over the last 3 yrs", "3 yrs", "supported",
         "environment-program-years"),
        ("A far bigger program than the $60 million-plus of the last three years is needed for "
         "the USAID environmental program.", "$60 million", "supported", "environment-program"),
    ],
)  # fmt: skip
def test_spans_of_years_and_the_last_years(store, draft, number, verdict, figure) -> None:
    (claim,) = [c for c in check_text(store, draft) if c.text.startswith(number)]
    assert (claim.verdict, claim.figure.figure.id if claim.figure else None) == (verdict, figure)


def test_a_span_of_years_beside_no_figure_dates_nothing(store) -> None:
    assert [c.text for c in check_text(store, "Peru's GDP grew 25% in 2015-2019.")] == ["25%"]


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "figure"),
    [
        # A unit word in another form, away from the number ("regional" of "16 regions"),
        # is no tie: the question before gives the subject, of a count of another date.
        ("Q: How many Venezuelans are in Peru today?\nA: Roughly 1.6 million, going by the "
         "regional coordination platform's count for 2024.", "1.6 million", "undetermined",
         "venezuelan-migrants"),
        # A scope wider than Peru makes the migrants another quantity.
        ("- Worldwide: 7.7 million Venezuelans now live outside their country", "7.7 million",
         "no-match", None),
        ("- Regional total: 6.5 million Venezuelan migrants", "6.5 million", "no-match", None),
        # An estimate is the number it gives, read to its rounding (1.2 million is under
        # 1.25 million, which rounds up to the sheet's 1.3 million).
        ("Peru hosts an estimated 1.2 million Venezuelan migrants and refugees.", "1.2 million",
         "contradicted", "venezuelan-migrants"),
        ("Peru hosts an estimated 1.3 million Venezuelan migrants and refugees.", "1.3 million",
         "supported", "venezuelan-migrants"),
        # A hyphenated word of a figure's frame written solid, as in a column name.
        ("item,usd\nus_technical_assistance_and_inkind_donations,76800000\n", "76800000",
         "contradicted", "technical-assistance"),
        # The class a number is ranked in is no place it is about.
        ("Peru got more than $3.5 million from the Ambassadors Fund, more than any other country "
         "in Latin America, for 34 projects.", "34", "supported", "ambassadors-fund-projects"),
    ],
)  # fmt: skip
def test_scopes_estimates_and_fused_words(store, draft, number, verdict, figure) -> None:
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.figure.figure.id if claim.figure else None) == (verdict, figure)


def test_an_infographics_big_number_is_read_with_its_caption(store) -> None:
    draft = "THE PARTNERSHIP IN NUMBERS\n\n$321M\nUSAID bilateral agreement\n\n4\nLines of counternarcotics effort\n"
    claims = [
        (c.text, c.verdict, c.figure.figure.id if c.figure else None)
        for c in check_text(store, draft)
    ]
    assert claims == [
        ("$321M", "supported", "usaid-agreement"),
        ("4", "contradicted", "lines-of-effort"),
    ]


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "figure"),
    [
        # "which is home to" opens a clause with its own subject (the place before it).
        ("The United States gave $286 million for the migration response in Peru, which is "
         "home to 1.8 million Venezuelan migrants.", "1.8 million", "contradicted",
         "venezuelan-migrants"),
        # A weekday and its comma between an event and its date keep the date the event's.
        ("Before Secretary Blinken's arrival in Lima on Friday, October 7, staff met.",
         "October 7", "contradicted", "lima-visit"),
        # "N-pronged" counts prongs.
        ("The U.S. backs a four-pronged counternarcotics strategy in Peru.", "four",
         "contradicted", "lines-of-effort"),
    ],
)  # fmt: skip
def test_relative_subjects_weekdays_and_pronged(store, draft, number, verdict, figure) -> None:
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.figure.figure.id if claim.figure else None) == (verdict, figure)


def test_a_title_line_names_the_subject_of_its_bullets(store) -> None:
    draft = (
        "Slide 2 - Trade under the PTPA\n- 2009 to 2021: growth of 60%\n\n"
        "Slide 3 - Health, trade\n- growth of 60%\n"
    )
    claims = [(c.text, c.verdict) for c in check_text(store, draft) if "%" in c.text]
    # The second slide's title lists topics: it is no one bullet's subject.
    assert claims == [("60%", "contradicted"), ("60%", "no-match")]


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "rule"),
    [
        # "up from" a level of the figure's own year is that figure's claim ...
        ("Trade hit $22 billion in 2021, up from $5 billion in 2009.", "$5 billion",
         "contradicted", "rules-out"),
        # ... and a past level of no year of its own is never contradicted.
        ("Trade hit $22 billion in 2021, up from an earlier tally of $5 billion.", "$5 billion",
         "undetermined", "year-unsaid"),
        # An aside's number is not dated by its main clause's "last year".
        ("USAID, which has worked with Peru for some 30 years, signed a new deal last year.",
         "some 30 years", "contradicted", "rules-out"),
    ],
)  # fmt: skip
def test_earlier_levels_and_asides(store, draft, number, verdict, rule) -> None:
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    ("draft", "number", "verdict"),
    [
        # A cell that is a label and then its number.
        ('topic,claim,source\nculture,"Ambassadors Fund projects 41",sheet\n'
         'trade,"total trade 2021 over $22 billion",sheet\n', "41", "contradicted"),
        # "launched this year" is a time in a row's label, not the number's unit.
        ("| What | Figure |\n| --- | --- |\n| new Fulbright programs launched this year | 5 |\n",
         "5", "contradicted"),
        # A date whose own words name no event is told by its "when" clause ...
        ("It happened on January 19th, when waves hit a tanker unloading at the refinery.",
         "January 19th", "contradicted"),
        # ... but a date of another event keeps it ("the refinery reopened" is not the spill).
        ("The talks began on March 3, when the refinery reopened.", "March 3", "no-match"),
    ],
)  # fmt: skip
def test_cell_labels_row_times_and_when_clauses(store, draft, number, verdict) -> None:
    (claim,) = _claims_at(store, draft, number)
    assert claim.verdict == verdict


@pytest.mark.parametrize(
    ("draft", "verdict", "figure"),
    [
        # Who gives an account of a number is not who it is about.
        ("By the State Department's own account, USAID's collaboration with Peru is more than "
         "sixty years old.", "supported", "usaid-collaboration"),
        ("According to the embassy, USAID's collaboration with Peru is more than 60 years old.",
         "supported", "usaid-collaboration"),
    ],
)  # fmt: skip
def test_an_account_of_a_number_is_not_its_subject(store, draft, verdict, figure) -> None:
    (claim,) = check_text(store, draft)
    assert (claim.verdict, claim.figure.figure.id if claim.figure else None) == (verdict, figure)


def test_words_shared_with_a_figure_the_number_states_choose_it(store) -> None:
    # "cooperation" ties six decades to USAID's collaboration, DEVIDA's and INL's work alike;
    # sixty years is what the sheet says of USAID's.
    (claim,) = check_text(store, "- Six decades of cooperation")
    assert (claim.verdict, claim.figure.figure.id if claim.figure else None) == (
        "supported", "usaid-collaboration",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "rule"),
    [
        # "According to" names a source, not an accord.
        ("According to the fact sheet, exports grew to $45 billion in 2021.", "$45 billion",
         "no-match", "no-measure"),
        # A scope of the whole region; a yearly average of a multi-year total.
        ("- Region-wide, 6.8M Venezuelans have left home", "6.8M", "no-match",
         "another-quantity"),
        ("item,usd\nenvironment_climate_program_annual_avg,25000000\n", "25000000", "no-match",
         "another-quantity"),
        # "N of them" is a part of those before it.
        ("AWE alumna Rosa employs 52 people, 35 of them women.", "35", "no-match",
         "part-of-total"),
        # ... and so are "N of the projects" (but not all of them).
        ("The Fund paid for 34 projects. Ana Quispe has worked on 6 of the projects.", "6",
         "no-match", "part-of-total"),
        ("The Fund paid for all 34 of the projects in Peru.", "34", "supported", "fits"),
        # The sheet's number hedged instead of bound is its number restated ...
        ("Two-way trade reached roughly $22 billion in 2021.", "$22 billion", "supported",
         "restated-without-bound"),
        ("Washington provided roughly $87 million in technical assistance and in-kind donations.",
         "$87 million", "supported",
         "restated-without-bound"),
        # A year said as two numbers dates the claim; "X's numbers show" reports a source.
        ("TRADE BETWEEN THE TWO COUNTRIES TOPPED THIRTY BILLION DOLLARS IN TWENTY-TWENTY-ONE.",
         "THIRTY BILLION DOLLARS", "contradicted", "beyond-reach"),
        ("The State Department's own numbers show environmental funding of under $40 million "
         "over the last three years.", "$40 million", "contradicted", "rules-out"),
        # A pair of typed hyphens sets an aside off, as dashes do.
        ("Through the Ambassadors Fund, Peru has received over $3.5 million - more than any "
         "other country in the hemisphere - paying for 43 restoration projects.", "43",
         "contradicted", "rules-out"),
        # A year that dates a signing dates it, wherever the verb's object puts it.
        ("USAID signed its $321 million agreement with Peru in 2019.", "2019", "contradicted",
         "rules-out"),
        ("USAID signed its $321 million agreement with Peru in 2019.", "$321 million",
         "supported", "fits"),
        ("In 2020 USAID signed a $321 million agreement with Peru.", "2020", "contradicted",
         "rules-out"),
        ("The post dates the USAID agreement to 2019.", "2019", "contradicted", "rules-out"),
        # What a month added is a part of a running total; a clause kept to itself is its own.
        ("The Academy counts nearly 400 alumnae; our mentoring program added 35 members since "
         "July.", "35", "no-match", "part-of-total"),
        ("And the embassy's academy for women entrepreneurs? By my count it has produced fewer "
         "than 100 graduates in Peru.", "100", "contradicted", "rules-out"),
        # A tally "and counting" is that number so far; a lower bound with the sheet's digits
        # swapped is a misstated figure, not a rounding down.
        ("U.S. support for the migration response inside Peru: $186 million and counting.",
         "$186 million", "contradicted", "rules-out"),
        ("The U.S. gave more than $68 million in technical assistance and in-kind donations.",
         "$68 million", "contradicted", "misstated-bound"),
        # "USD unless noted": a row that notes its unit keeps it.
        ("Data behind the chart (USD unless noted)\nindicator,value,unit,source\n"
         "repatriated_artifacts,1800,objects,State Dept\n", "1800", "contradicted", "rules-out"),
        # How far a thing reaches ("from Piura to Puno") is no place it is about; a
        # preposition ends what a number counts; "per State" names a source, not a rate.
        ("The Embassy supports the Academy for Women Entrepreneurs, whose more than 4,000 "
         "alumnae in Peru run businesses from Piura to Puno.", "4,000", "contradicted",
         "rules-out"),
        ("Our cultural property agreement with Peru has supported 43 Ambassadors Fund projects "
         "alongside it.", "43", "contradicted", "rules-out"),
        ("Migration: Peru hosts 1.3m Venezuelans per State, second only to Colombia.", "1.3m",
         "supported", "fits"),
        # A news crawl's items are read apart, in capitals too.
        ("SOL CLOSES AT 3.97 PER DOLLAR ••• PERU INFLATION 8.5% Y/Y ••• U.S. HAS DONATED 2M "
         "COVID VACCINE DOSES TO PERU", "2M", "supported", "fits"),
        # A label that names a rate makes its value one; "this year" ends what is counted.
        ("Fulbright grants to Peruvians per year: about 60", "60", "no-match", "part-of-total"),
        ("The embassy launched three new Fulbright programs this year.", "three",
         "contradicted", "rules-out"),
        # What someone said, which the writer denies in the next sentence, is the writer's
        # denial; what a text under correction gave is reported.
        ("Third, the editorial claimed the embassy launched two new Fulbright programs this "
         "year. It did not.", "two", "contradicted", "negated-figure"),
        ("The post claimed the U.S. donated two million doses to Peru. It did not stop there: "
         "it also praised the embassy.", "two million", "supported", "fits"),
        ("A caption on the oil spill at Ventanilla gave the date of the spill as January 25. "
         "The fact sheet dates it to January 15.", "January 25", "no-match", "reported"),
        # A round number past the reach of "over v" is judged by what it says, not by where
        # its rounding reaches back to; "about 3,000" is within "over 2,000"'s next round number.
        ("U.S.-Peru two-way trade reached $30 billion in 2021.", "$30 billion", "contradicted",
         "beyond-reach"),
        ("Repatriated artifacts now number about 3,000.", "about 3,000", "undetermined",
         "overlaps"),
        # "A further $40M" is a new announcement, another quantity.
        ("U.S. support for the response in Peru: $286M+. A further $40M was announced at the "
         "migration ministerial in Lima.", "$40M", "no-match", "another-quantity"),
        # "extends assistance to 2028" gives an end year; a denial reaches four words on; a
        # question with its negative first ("wasn't ...?") asserts what it asks.
        ("The bilateral agreement concluded in September 2021, valued at $321 million, extends "
         "assistance to 2028.", "2028", "contradicted", "rules-out"),
        ("One caution: USAID has not worked with DEVIDA for two decades, as some groups claim.",
         "two decades", "contradicted", "negated-figure"),
        ("And wasn't U.S. support for coca eradication in Peru cut after twenty years?",
         "twenty years", "contradicted", "rules-out"),
        # The year of the event a span starts from dates the event, not the number.
        ("Two-way trade has grown by more than 140% since the bilateral free trade pact took "
         "effect in 2009, reaching some $22 billion last year.", "$22 billion", "supported",
         "restated-without-bound"),
        ("A passage on counternarcotics attributed to USAID the 40-year partnership with "
         "Peru's coca eradication agency.", "40-year", "no-match", "reported"),
        # A correction's value restates the figure the wrong number was judged against.
        ("OUR 5PM NEWSCAST: WE REPORTED THE U.S. DONATED THREE MILLION DOSES. THE CORRECT "
         "NUMBER IS TWO MILLION.", "TWO MILLION", "supported", "fits"),
        # What a total covers, listed, names no part of it.
        ("The United States says it has put more than 286 million dollars into the response "
         "here, from food and cash aid to health care and jobs programs.",
         "286 million dollars", "supported", "fits"),
        ("Washington says it has provided about 186 million dollars for the migration response "
         "here - food, health care, job training.", "186 million dollars", "contradicted",
         "rules-out"),
        # A year's flow is a rate "a year"; a week that dates another clause is no part.
        ("Our trade has grown more than 140 percent since our agreement came into force, and "
         "it is now above $22 billion a year.", "$22 billion", "supported", "fits"),
        ("This week Secretary Blinken came to Lima and the U.S. Embassy shared that AWE now has "
         "close to 400 alumnae here.", "400", "supported", "fits"),
        # "N of them" is a part only of a whole that was counted; a pronoun counts nothing new.
        ("Washington has channelled over $286 million into Peru's response to the arrival of "
         "Venezuelans fleeing collapse at home, and Peru now hosts 1.5 million of them.",
         "1.5 million", "contradicted", "rules-out"),
        # A year a count was reached by dates it ("by 2020", "mid-2021"); a sheet figure of no
        # year is then undetermined, not supported.
        ("Peru had taken in 1.3 million Venezuelans by 2020.", "1.3 million", "undetermined",
         "year-not-in-sheet"),
        ("Mid-2021 - Peru's Venezuelan population reaches about 1.3 million.", "about 1.3 million",
         "undetermined", "year-not-in-sheet"),
        ("USAID's $321 million agreement runs through 2025.", "$321 million", "supported",
         "fits"),
        # Who puts a number at a value is its source, not its subject; a rank "of any country
        # in the hemisphere" is no place it is about.
        ("The State Department puts Peru's Venezuelan population at 1.3 million.", "1.3 million",
         "supported", "fits"),
        ("Peru has received over $3.5 million from the Fund (the most of any country in the "
         "hemisphere, per State), spread over 34 projects in 16 regions.", "34", "supported",
         "fits"),
        # A name and its verb after the noun open a clause: "doses Washington donated" counts
        # doses; "not" ends what is counted.
        ("U.S. officials recalled the two million vaccine doses Washington donated.",
         "two million", "supported", "fits"),
        ("Peru hosts 1.3 million Venezuelans, not two million.", "1.3 million", "supported",
         "fits"),
        # A verb any figure's sentence may use ("helped") ties nothing; new scholarships
        # announced are another quantity than the programs the embassy manages.
        ("The patrimony agreement, now 25 years old, has helped bring home over 2,000 looted "
         "pieces.", "25 years", "supported", "fits"),
        ("The Embassy announced an additional $4.2 million for community policing, as well as "
         "12 new scholarships for young Afro-Peruvian leaders.", "12", "no-match",
         "another-quantity"),
        ("The Ambassadors Fund has sent Peru $3.5 million, more than any other country in the "
         "hemisphere, for 43 projects.", "43", "contradicted", "rules-out"),
        # ... but a rounder hedged number is the writer's own estimate.
        ("The U.S. has given about $290 million in migration assistance to Peru.",
         "$290 million", "undetermined", "overlaps"),
        # What a text under correction said is reported, not claimed.
        ("Correction: A photo caption said the U.S. had donated 20 million COVID vaccine doses "
         "to Peru.", "20 million", "no-match", "reported"),
        # A row's label that names a part ("first shipment") makes its cell a part.
        ("item,doses\nvaccine_doses_donated_first_shipment,1000000\n", "1000000", "no-match",
         "part-of-total"),
        # A note in brackets after a value names whose it is.
        ("| Item | Sheet | Other |\n| --- | --- | --- |\n| Vaccine doses donated | 2,000,000 | "
         "14.1m (all COVAX deliveries) |\n", "14.1m", "no-match", "another-party"),
        # ... and a sibling value cell is no heading of the row's other cells.
        ("| Item | Sheet | Other |\n| --- | --- | --- |\n| Vaccine doses donated | 2,000,000 | "
         "14.1m (all COVAX deliveries) |\n", "2,000,000", "supported", "fits"),
        # "Today" in a draft dated after the sheet is a later date than the sheet's count.
        ("Washington, March 8, 2023\n\nPeru today hosts roughly 1.5 million Venezuelans.",
         "1.5 million", "undetermined", "as-of-writing"),
        ("Peru today hosts roughly 1.5 million Venezuelans.", "1.5 million", "contradicted",
         "rules-out"),
    ],
)  # fmt: skip
def test_sources_scopes_parts_and_later_dates(store, draft, number, verdict, rule) -> None:
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.rule) == (verdict, rule)


def test_a_misstated_bound_is_contradicted(store) -> None:
    draft = (
        "The sheet lists over $268 million in U.S. assistance for the migration response in Peru."
    )
    (claim,) = check_text(store, draft)
    assert (claim.verdict, claim.rule) == ("contradicted", "misstated-bound")


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "rule"),
    [
        # An aside set off by a pair of dashes: the clause runs on around it.
        ("U.S.-Peru trade in farm exports – grapes, avocados – reached $4.4 billion in 2021.",
         "$4.4 billion", "no-match", "another-quantity"),
        # What a figure is said to be half again as much as the sheet's "over v" is undetermined.
        ("The embassy runs some 75 scholarship, exchange and local programs.", "some 75",
         "undetermined", "overlaps"),
        # A claim reported as a claim ("the claim that") or in a correction notice.
        ("Members rejected a flyer's claim that the U.S. funds five lines of counternarcotics "
         "effort.", "five", "no-match", "reported"),
        ("Correction: In the episode, a guest says AWE has about 700 alumnae in Peru.", "700",
         "no-match", "reported"),
        # What the year so far added is a part of a running total.
        ("So far this year Peru has recovered 1,070 trafficked artifacts.", "1,070", "no-match",
         "part-of-total"),
        # Later in the sheet's own year than the sheet's date.
        ("R4V counts roughly 1.6 million Venezuelans in Peru by the end of 2022.",
         "1.6 million", "undetermined", "year-not-in-sheet"),
        # A table's comment column, however it is headed, is no heading of a value.
        ("| Area | Figure | Staff comment |\n| --- | --- | --- |\n| Embassy exchange programs | "
         "some 15 | Includes two new Fulbright tracks |\n", "some 15", "contradicted",
         "rules-out"),
    ],
)  # fmt: skip
def test_asides_reports_running_totals_and_late_dates(store, draft, number, verdict, rule):
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "rule"),
    [
        # A fenced block of CSV is read as CSV.
        ("```csv\nindicator,value,unit\nambassadors_fund_projects,41,projects\n```\n", "41",
         "contradicted", "rules-out"),
        # A number someone else gives, beside the sheet's own value, is reported to be corrected.
        ("Some press accounts put 2009 trade at $7 billion; the Department's number is "
         "$9 billion.", "$7 billion", "no-match", "reported"),
        ("CORRECTION: WE REPORTED THE U.S. DONATED FOUR MILLION DOSES. THE CORRECT NUMBER IS "
         "TWO MILLION.", "FOUR MILLION", "no-match", "reported"),
        # "for over half a century" bounds its years, though an amount follows in the clause.
        ("USAID, which has worked in Peru for over half a century, signed a $321 million "
         "agreement.", "half a century", "supported", "fits"),
        # Doses a country contracted for are another quantity than the doses donated.
        ("The health ministry reported contracts for about 60 million doses.", "60 million",
         "no-match", "another-quantity"),
    ],
)  # fmt: skip
def test_fenced_data_corrections_spans_and_contracts(store, draft, number, verdict, rule):
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.rule) == (verdict, rule)


def test_a_tab_separated_paste_is_read_as_a_table(store) -> None:
    draft = "Program\tAmount (USD)\tAgency\nUSAID development agreement\t312,000,000\tUSAID\n"
    (claim,) = check_text(store, draft)
    assert (claim.text, claim.verdict, claim.figure.figure.id if claim.figure else None) == (
        "312,000,000", "contradicted", "usaid-agreement",
    )  # fmt: skip


def test_a_value_cell_with_words_after_it_is_no_heading(store) -> None:
    draft = (
        "| Area | U.S. | Peru |\n| --- | --- | --- |\n"
        "| Migration | $286m+ from the U.S. | Peru hosts 1.6 million Venezuelans |\n"
    )
    (claim,) = _claims_at(store, draft, "1.6 million")
    assert (claim.verdict, claim.figure.figure.id if claim.figure else None) == (
        "contradicted", "venezuelan-migrants",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "rule"),
    [
        # The sizes of single items.
        ("Since the Fund's Peru portfolio began, grants have ranged from $20,000 to $900,000.",
         "$900,000", "no-match", "part-of-total"),
        # What the writer wrote before and now corrects.
        ("I wrote that the U.S. had repatriated 300 artifacts. It's over 2,000, not 300.", "300",
         "no-match", "reported"),
        # Shots given nationwide were administered, not donated; children are a subset.
        ("By the end of 2021 more than 70 million shots had been given nationwide.",
         "70 million", "no-match", "another-quantity"),
        ("item,count\nvenezuelan_children_in_school,125000\n", "125000", "no-match",
         "another-quantity"),
        # A sibling note with a number ("last 5 years") gives the value no unit.
        ("| Program | Amount | Period |\n| --- | --- | --- |\n| Environment and climate "
         "(USAID-led) | $60 million+ | last 5 years |\n", "$60 million", "supported", "fits"),
        # Shared words of another clause ("commits support") do not outweigh the sheet's value.
        ("Building on more than 60 years of USAID work in the country, a new agreement commits "
         "support through 2026.", "more than 60 years", "supported", "fits"),
    ],
)  # fmt: skip
def test_item_sizes_own_corrections_subsets_and_notes(store, draft, number, verdict, rule):
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    ("draft", "verdict", "rule"),
    [
        # An answer that restates a distinctive value of the sheet, with no word of its own.
        ("SECRETARY: The figure is over $286 million, and yes, we'll sustain it.", "supported",
         "sheet-value"),
        ("OFFICIAL: It's $321 million.", "supported", "sheet-value"),
        # A round value under 100 is no one figure's: "34" alone says nothing.
        ("OFFICIAL: It's 34.", "no-match", "no-measure"),
        # One of 100 or more with two digits, or one digit alone in its clause, is distinctive.
        ("OFFICIAL: It's 140%.", "supported", "sheet-value"),
        ("OFFICIAL: It's 1.3M.", "supported", "sheet-value"),
        ("OFFICIAL: It's two million.", "supported", "sheet-value"),
        # Not one digit with words that say what it counts.
        ("OFFICIAL: It's 2 million hectares.", "no-match", "no-measure"),
        ("OFFICIAL: The café has 2 million.", "no-match", "no-measure"),
        # A dated restatement is not judged on its value alone.
        ("OFFICIAL: It's $321 million for 2019.", "no-match", "no-measure"),
    ],
)  # fmt: skip
def test_a_bare_restatement_of_a_distinctive_value(store, draft, verdict, rule) -> None:
    (claim,) = [c for c in check_text(store, draft) if c.text != "2019"]
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "rule"),
    [
        # Far from the figure (under a third of it) with little to tie it: another quantity.
        ("The environmental work got $16 million.", "$16 million", "no-match", "weak-tie"),
        # ... but the figure's head noun and another word of it are enough.
        ("The environmental program got $16 million.", "$16 million", "contradicted",
         "rules-out"),
        # Near it, or its digits with the decimal point slipped: a writer's error.
        ("The environmental program got $40 million.", "$40 million", "contradicted", "rules-out"),
        ("The environmental program got $6 million.", "$6 million", "contradicted", "rules-out"),
        # The sheet's amount of the agreement stated rightly beside its end year ties the year.
        ("Its $321 million agreement with Peru runs all the way to 2029.", "2029", "contradicted",
         "rules-out"),
        # A value to the digit that only one candidate gives settles which figure it is.
        ("Its newest agreement, worth three hundred twenty-one million dollars and signed in "
         "September 2021, will fund work until 2025.", "three hundred twenty-one million dollars",
         "supported", "fits"),
        # A second act of the subject, with its own object, is a clause of its own.
        ("Washington donated 2 million vaccine doses and signed a $321 million development "
         "agreement in June 2021.", "June 2021", "contradicted", "rules-out"),
        ("Washington donated 2 million vaccine doses and signed a $321 million development "
         "agreement in June 2021.", "$321 million", "supported", "fits"),
    ],
)  # fmt: skip
def test_far_values_anchored_years_distinct_values_and_second_acts(
    store, draft, number, verdict, rule
) -> None:
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "rule"),
    [
        # A sentence whose subject is a pronoun for the sentence before's carries its subject on.
        ("Peru's trade with the U.S. went from $9bn in 2009 to $22bn+ in 2021. That's a 60% jump.",
         "60%", "contradicted", "rules-out"),
        ("The narcotics bureau has backed manual eradication in Peru. It has done so for 25 "
         "years.", "25 years", "contradicted", "rules-out"),
        # A subject of its own does not.
        ("The narcotics bureau has backed manual eradication in Peru. Local crews worked for 25 "
         "years.", "25 years", "undetermined", "weak-evidence"),
    ],
)  # fmt: skip
def test_a_pronoun_subject_carries_the_sentence_before_on(store, draft, number, verdict, rule):
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "rule"),
    [
        # The span of time of another quantity of the clause is that quantity's.
        ("The environmental program planted 3 million trees over two years.", "two years",
         "no-match", "another-thing"),
        # "The Fund's largest single grant" is a part, whoever's it is.
        ("The Fund's largest single grant was $700,000 for Chan Chan.", "$700,000", "no-match",
         "part-of-total"),
        # Scholarships awarded are another quantity than the programs the embassy manages.
        ("The embassy awarded 12 scholarships to Afro-Peruvian students this year.", "12",
         "no-match", "another-quantity"),
    ],
)  # fmt: skip
def test_periods_of_other_quantities_single_grants_and_awards(store, draft, number, verdict, rule):
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "rule"),
    [
        # "did not stop at" says more than the number: no denial.
        ("The U.S. did not stop at two million doses; it also sent ventilators.", "two million",
         "supported", "fits"),
        ("The U.S. did not donate two million doses.", "two million", "contradicted",
         "negated-figure"),
        # A present verb ends the noun phrase a number counts: "16 regions host projects".
        ("Sixteen of Peru's 25 regions host projects.", "Sixteen", "supported", "fits"),
    ],
)  # fmt: skip
def test_not_stopping_at_a_number_and_present_verbs(store, draft, number, verdict, rule):
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.rule) == (verdict, rule)


def test_what_new_money_is_added_to_is_not_new(store) -> None:
    draft = (
        "The Secretary announced an additional $12.5 million, on top of the more than $286 "
        "million already given for the migration response."
    )
    found = [(c.text, c.verdict, c.rule) for c in check_text(store, draft)]
    assert found == [
        ("$12.5 million", "no-match", "another-quantity"),
        ("more than $286 million", "supported", "fits"),
    ]


def test_a_parent_bullets_own_unit_is_not_its_childrens(store) -> None:
    draft = "Slide 4 - Counternarcotics\n- INL support: 40 years\n  - Eradication teams trained: 1,200\n"
    found = [(c.text, c.verdict) for c in check_text(store, draft)]
    assert found == [("40 years", "supported"), ("1,200", "no-match")]


@pytest.mark.parametrize(
    ("draft", "verdict", "rule"),
    [
        # Three times or more past the sheet's "over": another quantity, though the bound allows it.
        ("The Ambassadors Fund has given Peru $500 million.", "no-match", "far-past"),
        # Under that, the bound neither confirms nor rules it out.
        ("The Ambassadors Fund has given Peru $4 million.", "undetermined", "overlaps"),
        # A power of ten off may be a slip of the decimal point: it stays in doubt.
        ("The Ambassadors Fund has given Peru $3.5 billion.", "undetermined", "overlaps"),
    ],
)  # fmt: skip
def test_a_value_far_past_the_sheets_over_is_another_quantity(store, draft, verdict, rule):
    (claim,) = check_text(store, draft)
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    ("draft", "verdict", "rule"),
    [
        # A batch as large as the total the sheet gives is the total.
        ("The U.S. shipment of two million donated vaccine doses reached Lima.", "supported",
         "fits"),
        # A smaller one is a part; so is a rate, and some of the parts the sheet lists ...
        ("The U.S. shipment of one million donated vaccine doses reached Lima.", "no-match",
         "part-of-total"),
        ("U.S. humanitarian funding for the migration response in Peru reached $150 million.",
         "no-match", "part-of-total"),
        # ... unless they come with the sheet's own number to the digit: writers restate the
        # whole by some of its parts ("humanitarian and health assistance ... $286 million").
        ("U.S. humanitarian funding for the migration response in Peru exceeds $286 million.",
         "supported", "fits"),
        ("Environment: the USAID-led program gets $60 million a year.", "no-match",
         "part-of-total"),
    ],
)  # fmt: skip
def test_a_batch_as_large_as_the_total_is_the_total(store, draft, verdict, rule) -> None:
    (claim,) = check_text(store, draft)
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    ("draft", "verdict", "rule"),
    [
        # What "Nor is the ..." denies is said of the number, after it: no denial of it.
        ("Nor is the $321 million USAID agreement as generous as it sounds.", "supported", "fits"),
        # A denied act of the figure's own is a denial of it, with or without "the".
        ("Washington never delivered the two million vaccine doses it donated.", "contradicted",
         "negated-figure"),
    ],
)  # fmt: skip
def test_a_number_that_is_the_subject_of_a_denial_is_not_denied(store, draft, verdict, rule):
    (claim,) = check_text(store, draft)
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    ("draft", "verdict"),
    [
        # A date that opens its sentence with "On" dates its whole verb phrase.
        ("On October 7, Secretary of State Antony Blinken traveled to Lima for the OAS General "
         "Assembly.", "contradicted"),
        # A correction's date dates no event of what follows its colon.
        ("Correction, December 14: An earlier version of this article gave the wrong month for "
         "Blinken's visit to Lima.", "no-match"),
    ],
)  # fmt: skip
def test_a_date_that_opens_its_sentence(store, draft, verdict) -> None:
    (claim,) = check_text(store, draft)
    assert claim.verdict == verdict


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "rule"),
    [
        # A year in a name dates what it names, not the number.
        ("Culture: >2,000 looted pieces sent home under the 1997 MOU.", ">2,000", "supported",
         "fits"),
        # The year of the event a running total counts from, however long the event's words.
        ("Since the United States and Peru signed a memorandum of understanding on protecting "
         "cultural property in 1997, more than 2,000 trafficked objects have been returned.",
         "more than 2,000", "supported", "fits"),
        # "The 2022 total" is the number's own year.
        ("The 2022 total would go higher still, near $26 billion in two-way trade.",
         "near $26 billion", "no-match", "another-year"),
    ],
)  # fmt: skip
def test_years_in_names_and_running_totals(store, draft, number, verdict, rule) -> None:
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.rule) == (verdict, rule)


def test_the_sheets_digits_misquoted_are_the_whole_whatever_part_they_name(store) -> None:
    draft = (
        "U.S. humanitarian and development support for the migration response totals $268 million."
    )
    (claim,) = check_text(store, draft)
    assert (claim.verdict, claim.rule, claim.figure and claim.figure.figure.id) == (
        "contradicted",
        "rules-out",
        "migration-assistance",
    )


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "figure"),
    [
        # Said aloud, an amount drops its dollars: the clause's words say what it is.
        ("And the U.S. says it's put two hundred eighty-six million into the response in Peru.",
         "two hundred eighty-six million", "supported", "migration-assistance"),
        ("The big USAID deal, three hundred twenty-one million, was signed in September 2021.",
         "three hundred twenty-one million", "supported", "usaid-agreement"),
        ("Trade went from nine billion to over twenty-two billion.", "over twenty-two billion",
         "supported", "trade-2021"),
        # A unit taken from the words around can say that it agrees, not that it errs.
        ("USAID's development agreement with Peru came to three hundred twelve million.",
         "three hundred twelve million", "undetermined", "usaid-agreement"),
        # Not when it names what it counts, nor beside an amount in dollars, nor when one of
        # the sheet's counts has its value.
        ("USAID's programme reached three hundred twenty-one million people.",
         "three hundred twenty-one million", "no-match", None),
        # (alone, this one says what it counts by the doses' own verb: it is not read as dollars)
        ("We donated two million, plus nearly $87 million in technical help and in-kind "
         "donations.", "two million", "supported", "vaccine-doses"),
        ("Vaccines: the sheet says two million were donated.", "two million", "supported",
         "vaccine-doses"),
        # --- list items and far ceilings
        # In a list, who the item before names is that item's.
        ("Drugs & culture: 4 decades of INL backing for coca eradication, 30 yrs of USAID work "
         "with DEVIDA on alternative crops, ~2,000 looted artifacts sent home under the MOU.",
         "30 yrs", "contradicted", "devida-partnership"),
        ("Drugs & culture: 4 decades of INL backing for coca eradication, 30 yrs of USAID work "
         "with DEVIDA on alternative crops, ~2,000 looted artifacts sent home under the MOU.",
         "~2,000", "supported", "repatriated-artifacts"),
        # ... but a place in its own item still makes it that place's.
        ("Migration: Peru has 1.3 million Venezuelans (Colombia has about 2.5 million, Chile "
         "around 444,000).", "around 444,000", "no-match", None),
        # A ceiling far above a figure bounds another quantity.
        ("The platform, which tracks the exodus, counted far fewer, well short of the two "
         "million the congressman described.", "short of the two million", "no-match", None),
        # --- second subjects inferred years end years and added money
        # "and" with a subject and verb of its own, a number in words on either side.
        ("We have backed Peru's manual eradication for forty years and USAID has worked with "
         "DEVIDA for thirty, yet coca keeps coming back.", "forty years", "supported",
         "inl-support"),
        # ... but not a pair of names with a number far before it.
        ("In 2009 trade between the United States and Peru was worth about six billion "
         "dollars.", "about six billion dollars", "contradicted", "trade-2009"),
        # Only the year differs from a date the sheet gives no year: undetermined.
        ("The U.S. National Response Team deployed after the January 15, 2021 oil spill at La "
         "Pampilla.", "January 15, 2021", "undetermined", "oil-spill"),
        ("The oil spill at La Pampilla happened on January 16, 2022.", "January 16, 2022",
         "contradicted", "oil-spill"),
        # A year whose clause speaks of an end is an end year.
        ("2026: Assistance under the USAID agreement is scheduled to end.", "2026", "supported",
         "usaid-agreement-end"),
        ("2025: Assistance under the USAID agreement is scheduled to end.", "2025",
         "contradicted", "usaid-agreement-end"),
        # An amount added is new money, and "added" before it reports nothing.
        ("The environment programme has added a $7.5 million component on illegal mining.",
         "$7.5 million", "no-match", None),
        # Those who left Venezuela are not those Peru hosts.
        ("More than seven million Venezuelans have left their country.", "More than seven "
         "million", "no-match", None),
        # --- hedged misquotes and timeline start years
        # The sheet's digits in another order, hedged, are still misquoted.
        ("Peru has received about $268 million in U.S. assistance for the migration response.",
         "about $268 million", "contradicted", "migration-assistance"),
        # A timeline's start year is the start of a duration up to the sheet's date.
        ("- 1992: The State Department's narcotics bureau (INL) begins backing Peru's manual "
         "coca eradication teams.", "1992", "contradicted", "inl-support"),
        ("- 2002: USAID starts its partnership with the national counternarcotics agency, "
         "DEVIDA, on alternatives to coca.", "2002", "supported", "devida-partnership"),
        # ... not a year an entry dates without a start.
        ("- 2006: Peru's Congress ratifies the trade promotion agreement.", "2006", "no-match",
         None),
        # --- rankings spans arms and pronoun clauses
        # "than anyone in the hemisphere" ranks; it names no place the number is about.
        ("Peru gets more Ambassadors Fund money than anyone in the hemisphere: $3.5M+, 34 "
         "projects across 24 regions.", "24", "contradicted", "ambassadors-fund-regions"),
        # "half-century" is fifty years.
        ("USAID's half-century partnership with Peruvian governments is real.", "half-century",
         "contradicted", "usaid-collaboration"),
        # Shots put in arms were administered, not donated.
        ("Peru bought most of its own supply; it had put more than 80 million shots in arms by "
         "the end of the year.", "more than 80 million", "no-match", None),
        # A clause whose subject is a pronoun for the clause before's does not guess.
        ("Trade is the bright spot: about $22 billion in 2021, though that is up nearly 100 "
         "percent since 2009.", "nearly 100 percent", "contradicted", "trade-growth"),
        # --- start years with only and from
        # "began only in", "dates from": the start of a duration up to the sheet's date.
        ("In our reading the USAID alternative-development partnership with DEVIDA began only "
         "in 2015.", "began only in 2015", "contradicted", "devida-partnership"),
        ("USAID's alternative-development work with DEVIDA dates from 2002.", "dates from 2002",
         "supported", "devida-partnership"),
        # --- baselines misprints misquotes one days act entries and accounts
        # The year a change is measured against is its baseline; "upward of" bounds.
        ("Measured against 2009, two-way trade under the trade promotion agreement has grown "
         "by more than 140 percent, to upward of $20 billion last year.", "upward of $20 "
         "billion", "supported", "trade-2021"),
        # A misprint a correction reports is no claim.
        ("Because of a typing error, the number of Venezuelan migrants and refugees living in "
         "Peru appeared as 13 million.", "13 million", "no-match", None),
        # The sheet's digits in another order point at the figure they misquote.
        ("| Area | Figure | Period / note |\n| --- | --- | --- |\n| Technical assistance & "
         "in-kind aid | $68.8 m | pandemic response |", "$68.8 m", "contradicted",
         "technical-assistance"),
        # What one day's act added is a part of a running total.
        ("The U.S. Embassy in Lima today graduated 45 women from the Academy for Women "
         "Entrepreneurs (AWE) in Arequipa and Cusco.", "45", "no-match", None),
        # A timeline's entry is its date's.
        ("October 7, 2022 — Secretary of State Antony Blinken arrives in Lima to lead the U.S. "
         "delegation to the 52nd OAS General Assembly.", "October 7, 2022", "contradicted",
         "lima-visit"),
        # Whose count it is names no party the number is about.
        ("Its alternative development partnership with DEVIDA is more recent, roughly thirty "
         "years by the State Department's own account.", "roughly thirty years",
         "contradicted", "devida-partnership"),
    ],
)  # fmt: skip
def test_classes_of_real_writing(store, draft, number, verdict, figure) -> None:
    # Classes of language found in the corpus rounds of 2026-12-04, each headed by what it is.
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.figure and claim.figure.figure.id) == (verdict, figure)


@pytest.mark.parametrize(
    ("draft", "verdict", "rule"),
    [
        # The writer's own value beside a reported one is what they correct it to, right or not.
        ("It reported that two-way trade had grown 40 percent under the trade promotion "
         "agreement. Growth over that period was 104 percent.", "no-match", "reported"),
        # A rate beside it is another quantity: the reported number stands as said.
        ("The administration says it has provided $186 million to help Peru with Venezuelan "
         "migration. Divide that among the migrants and it comes to less than $100 a person.",
         "contradicted", "rules-out"),
    ],
)  # fmt: skip
def test_a_reported_number_corrected_by_the_writers_own_value(store, draft, verdict, rule):
    claim = check_text(store, draft)[0]
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "rule"),
    [
        # --- not until not the but a hundred million and goods only
        # "not ... until X" says when, and denies nothing.
        ("The USAID agreement signed in September 2021 doesn't run out until 2028.", "2028",
         "contradicted", "rules-out"),
        ("The USAID agreement doesn't end until 2026.", "2026", "supported", "fits"),
        # "not the X ..., but Y": X is the value corrected, no claim; the claim is Y's.
        ("It is not the 286 million dollars some local outlets reported, but closer to 200 "
         "million dollars for the migration response.", "286 million dollars", "no-match",
         "denied"),
        # ... while "not X" alone denies the figure.
        ("The United States has not provided $286 million for the migration response in Peru.",
         "$286 million", "contradicted", "negated-figure"),
        # "a hundred million dollars" is one amount.
        ("The U.S. gave more than a hundred million dollars in technical aid and donated "
         "supplies.", "more than a hundred million dollars", "undetermined", "overlaps"),
        # Merchandise trade is goods only: another quantity than total trade.
        ("Merchandise trade on its own came to roughly $17.9 billion in 2021.",
         "roughly $17.9 billion", "no-match", "another-quantity"),
        # --- the writers own and corrections that deny
        # The writer's own years are no figure's ...
        ("I have fought coca policy for 40 years, long enough to remember USAID's early days.",
         "40 years", "no-match", "first-person"),
        # ... but what the writer says USAID did is a claim.
        ("I can tell you that USAID has worked in Peru for 40 years.", "40 years",
         "contradicted", "rules-out"),
        # A correction's "wrongly said that" denies what follows.
        ("The sidebar also wrongly said that the United States donated two million COVID-19 "
         "vaccine doses to Peru.", "two million", "contradicted", "negated-figure"),
        ("It was incorrect, however, in stating that the Academy for Women Entrepreneurs counts "
         "more than 500 alumnae in Peru.", "more than 500", "no-match", "negated-other"),
        # --- a party's only figure of the claim's unit
        # The Ambassadors Fund gave one amount of money: past the reach of "more than $3.5
        # million", an amount it names is wrong ...
        ("The Ambassadors Fund has sent Peru more than $5 million, backing 34 projects.",
         "more than $5 million", "contradicted", "beyond-reach"),
        # ... but an amount far below it is still a grant, not the total.
        ("The Ambassadors Fund gave Peru $750,000 to restore the church of Andahuaylillas.",
         "$750,000", "no-match", "weak-tie"),
        # --- a fact box's "N : what it counts"
        # A colon after a number that opens its line opens what it counts ...
        ("Fast facts\n36 : Ambassadors Fund projects completed in Peru", "36", "contradicted",
         "rules-out"),
        # ... and an initial's full stop does not end it.
        ("Fast facts\n50: U.S. embassy scholarships and exchange programs", "50", "supported",
         "restated-without-bound"),
        # --- a correction's value: "the correct figure is X" is the writer's claim about the
        # figure the number it corrects was of, in its own clause ...
        ("The article also said Peru is home to 1.3 million Venezuelan migrants and refugees; "
         "the correct figure is 1.6 million.", "1.6 million", "contradicted", "rules-out"),
        # ... or in the next sentence.
        ("An earlier version said USAID signed a $321 million agreement. The correct figure is "
         "$312 million.", "$312 million", "contradicted", "rules-out"),
        # New lines of effort are not the sheet's three.
        ("The plan adds three new lines of effort to the strategy.", "three", "no-match",
         "another-quantity"),
        # --- how long a party named has been somewhere is its presence there
        ("USAID has been in Peru for nearly 50 years, and we keep building.", "nearly 50 years",
         "contradicted", "rules-out"),
        ("Why does USAID, after half a century in Peru, still need a new agreement?",
         "half a century", "contradicted", "rules-out"),
        # ... not a person's years there.
        ("He is a former USAID officer who spent nine years in Lima.", "nine years",
         "undetermined", "weak-evidence"),
        # --- a question reported asks, and a number a number before it includes is a part
        ("A reader asks whether the United States gave Peru three million COVID-19 vaccine "
         "doses.", "three million", "no-match", "reported"),
        ("Roughly 2,500 looted pieces have come back under the memorandum, including 150 "
         "returned at a ceremony on Tuesday.", "150", "no-match", "part-of-total"),
        # --- a table's period column dates its rows and gives no unit; a spaced footnote
        # mark is no number
        ("| Measure | Value | Period |\n|---|---|---|\n| Ambassadors Fund projects | 36 | all "
         "years |", "36", "contradicted", "rules-out"),
        ("| Measure | Value | Period |\n|---|---|---|\n| Venezuelan migrants and refugees in "
         "Peru [2] | 1.5 million | 2022 |", "1.5 million", "contradicted", "rules-out"),
        # --- what a new amount is added to keeps its own words
        ("The Secretary announced nearly $30 million in new humanitarian assistance for "
         "Venezuelans in Peru, on top of the more than $286 million already provided.",
         "more than $286 million", "supported", "fits"),
        # --- a "respectively" list of subjects pairs each with its number, in order
        ("The Ambassadors Fund has backed projects and regions numbering 16 and 34, "
         "respectively.", "34", "contradicted", "rules-out"),
        ("The cultural property MOU and our partnership with DEVIDA have run 25 years and 20 "
         "years, respectively.", "20 years", "supported", "fits"),
        # ... and a date inside one subject is that subject's.
        ("U.S. assistance for the Venezuelan migration response and the USAID agreement "
         "signed in September 2021 came to $286 million and $321 million, respectively.",
         "$286 million", "supported", "restated-without-bound"),
        ("U.S. assistance for the Venezuelan migration response and the USAID agreement "
         "signed in September 2020 came to $286 million and $321 million, respectively.",
         "September 2020", "contradicted", "rules-out"),
        # --- a place is the subject only before the clause's verb
        ("We sent Peru 2.5 million vaccine doses and technical help.", "2.5 million",
         "contradicted", "rules-out"),
        ("When Peru was burying its dead, we sent three million doses of vaccine.",
         "three million", "contradicted", "rules-out"),
        ("Peru received 80 million vaccine doses in 2021.", "80 million", "undetermined",
         "place-subject"),
        ("The Fund backed 34 projects; given that Peru is divided into only 25 regions, its "
         "reach is wide.", "25", "undetermined", "place-subject"),
        # --- hearsay the next sentence denies is no claim of the writer's, while a claimant's
        # claim it refutes is the claimant's ...
        ("A viral post claims the U.S. gave Peru three million doses. It didn't.",
         "three million", "contradicted", "claimant-refuted"),
        ("You may have heard that the U.S. gave Peru three million doses. Not so.",
         "three million", "no-match", "denied"),
        # ... and the sheet's own figure, reported and denied, is contradicted.
        ("Some say the U.S. gave Peru two million doses. That is not true.", "two million",
         "contradicted", "negated-figure"),
        # --- a value the sheet gives the same measure in another year is not contradicted
        # by a year read beside it
        ("In the decade after 2009, trade more than doubled to $22 billion.", "$22 billion",
         "undetermined", "a-sibling-fits"),
        ("Bilateral trade stayed below $20 billion in 2021.", "below $20 billion",
         "contradicted", "rules-out"),
        # --- a number of a whole the clause counts is a part of it; the whole is the claim
        ("Three of the 34 Ambassadors Fund projects are in Cusco.", "Three", "no-match",
         "part-of-total"),
        ("Three of the 36 Ambassadors Fund projects are in Cusco.", "Three", "no-match",
         "part-of-total"),
        # ... but a place's own whole is what the number is counted against.
        ("The Fund reached 18 of Peru's 25 regions.", "18", "contradicted", "rules-out"),
        # --- what one event added is a part
        ("The U.S. returned 120 artifacts to Peru at a ceremony in Washington on Thursday.",
         "120", "no-match", "part-of-total"),
        # --- another amount, doses to a region, migrants in transit: other quantities
        ("Washington promised another $50 million in migration aid next year.", "$50 million",
         "no-match", "another-quantity"),
        ("Almost 2 million Venezuelans have passed through Peru since 2017.",
         "Almost 2 million", "no-match", "another-quantity"),
        # --- a gapped clause after a number is its own
        ("The U.S. and Peru have cooperated on counternarcotics for 40 years, DEVIDA for 20.",
         "40 years", "supported", "fits"),
        # --- the one ranked above it is no party of the number
        ("The U.S. is Peru's second-largest trading partner after China, with $22 billion in "
         "trade.", "$22 billion", "supported", "restated-without-bound"),
        # ... unless the number in brackets is its own.
        ("Peru hosts 1.3m Venezuelans, the biggest host after Colombia (~2.5m).", "~2.5m",
         "no-match", "another-party"),
        # --- a duration's start year is no year of its own
        ("The cultural property agreement was signed 25 years ago, in 1997.", "25 years",
         "supported", "fits"),
        # --- a sub-bullet's smaller number is a part of its parent's; so is the capital's
        ("- Peru hosts 1.3 million Venezuelans\n  - about 900,000 live in Lima",
         "about 900,000", "no-match", "part-of-total"),
        ("Lima is home to about 900,000 Venezuelans.", "about 900,000", "no-match",
         "part-of-total"),
        # --- the sheet's own number to the digit is the whole, whatever part its words name
        ("donor,amount_usd,purpose\nUnited States,86800000,covid technical assistance",
         "86800000", "supported", "restated-without-bound"),
        # --- what a date is for, and the antecedent of "which happened on", say what it dates
        ("The Secretary is expected in Lima on October 7 to lead the U.S. delegation at the "
         "OAS General Assembly.", "October 7", "contradicted", "rules-out"),
        ("On the Repsol spill, which happened on February 15, the U.S. sent a team.",
         "February 15", "contradicted", "rules-out"),
        ("The ministers met on October 7 to discuss trade.", "October 7", "no-match",
         "no-measure"),
        # --- a sentence whose subject is the sentence before's, after an attribution or a
        # year, in a correction reported, or over "that period"
        ("Trade grew under the pact. According to the State Department's own fact sheet, it "
         "grew from $9 billion in 2009 to $32 billion in 2021.", "$32 billion", "contradicted",
         "beyond-reach"),
        ("Trade grew under the pact. By 2021 it had climbed to some $31 billion.",
         "some $31 billion", "contradicted", "beyond-reach"),
        ("The article said trade grew 40 percent from 2009 to 2021. Growth over that period "
         "was 104 percent.", "104 percent", "contradicted", "rules-out"),
        ("AWE has nearly 400 alumnae, we wrote. The program says the correct number is more "
         "than 600.", "more than 600", "contradicted", "rules-out"),
        # --- a line's label heads each of its clauses
        ("4/ Migration: PE hosts ~1.3M Venezuelans; US aid >$386M.", ">$386M",
         "contradicted", "beyond-reach"),
        # --- what an opening clause supposes or denies is no claim
        ("If the U.S. had donated three million doses, Peru's campaign would have gone faster.",
         "three million", "no-match", "supposed"),
        ("Had USAID signed in 2020, the program would be further along.", "2020", "no-match",
         "supposed"),
        ("Contrary to rumors of three million doses, the U.S. donated two million.",
         "three million", "no-match", "supposed"),
        # ... and "Was it ... or ...?" asks.
        ("Was it three million doses or two?", "three million", "no-match", "reported"),
        # --- a negated figure is never supported: after "U.S.", across a few words, after an
        # aside ...
        ("The U.S. didn't actually donate two million doses.", "two million", "contradicted",
         "negated-figure"),
        ("The U.S. didn't donate two million doses.", "two million", "contradicted",
         "negated-figure"),
        ("USAID has not been working with Peru's government for 60 years.", "60 years",
         "contradicted", "negated-figure"),
        ("Nor, by my count, does Peru still host 1.3 million Venezuelans.", "1.3 million",
         "contradicted", "negated-figure"),
        ("Nobody donated two million doses.", "two million", "contradicted", "negated-figure"),
        ("The U.S. has yet to donate two million doses.", "two million", "contradicted",
         "negated-figure"),
        ("Claims that the U.S. donated two million doses are false.", "two million",
         "contradicted", "negated-figure"),
        ("The U.S. supposedly donated two million doses, but that's not true.", "two million",
         "contradicted", "negated-figure"),
        # ... when the claim or figure is called false, a value far from the truth, or an echo
        # answered with a denial; the denial read by the reader is not read twice ...
        ("The sheet's claim of 34 projects is wrong.", "34", "contradicted", "negated-figure"),
        ("The $286 million figure is wrong.", "$286 million", "contradicted", "negated-figure"),
        ("Far from two million doses, the U.S. sent only a few hundred thousand.",
         "two million", "contradicted", "negated-figure"),
        ("Two million doses? Not even close.", "Two million", "contradicted", "negated-figure"),
        # (a wrong number echoed as a question is asked, whatever follows it)
        ("Three million doses? No: two million.", "Three million", "no-match", "denied"),
        ("Three million doses? Try two million.", "Three million", "no-match", "reported"),
        ("It is not true that Peru hosts 1.3 million Venezuelans.", "1.3 million",
         "contradicted", "negated-figure"),
        ("No U.S. agency has worked with DEVIDA for two decades.", "two decades",
         "contradicted", "negated-figure"),
        ("I doubt the U.S. donated two million doses.", "two million", "contradicted",
         "negated-figure"),
        ("The U.S. hardly donated two million doses.", "two million", "contradicted",
         "negated-figure"),
        ("The 1.3 million Venezuelans in Peru do not exist; the real number is far lower.",
         "1.3 million", "contradicted", "negated-figure"),
        # ... and an echo answered "yes", a figure called right, or "nothing in" it, stands,
        # as does what nobody disputes or no other donor matched.
        ("No one in Lima disputes that the U.S. donated two million doses.", "two million",
         "supported", "fits"),
        ("No, the U.S. gave two million doses.", "two million", "supported", "fits"),
        ("No country in the hemisphere has received more than Peru's $3.5 million.",
         "$3.5 million", "supported", "restated-without-bound"),
        ("Two million doses? Yes, and they arrived in 2021.", "Two million", "supported",
         "fits"),
        ("The figure of 1.3 million is correct.", "1.3 million", "supported", "sheet-value"),
        ("Nothing in the sheet contradicts the 1.3 million figure.", "1.3 million", "supported",
         "sheet-value"),
        # ... while a negative question asserts, and a comparison or what a text leaves
        # unsaid denies nothing.
        ("Didn't the U.S. donate two million doses?", "two million", "supported", "fits"),
        ("Not the same pot as USAID's $321 million bilateral agreement.", "$321 million",
         "supported", "fits"),
        # --- one grant named as the subject is one item of the total
        ("The Fund's 2022 grant to Peru was $500,000.", "$500,000", "no-match",
         "part-of-total"),
        ("The department also pointed to the donation of 3 million coronavirus vaccine doses.",
         "3 million", "contradicted", "rules-out"),
        # --- "now in its 15th year" is a duration
        ("USAID's alternative development work with DEVIDA, now in its 15th year, has helped "
         "30,000 families.", "15th year", "contradicted", "rules-out"),
        # --- a slip of one of the sheet's digits past the reach of "over" needs no more
        ("Peru hosts some 1.3 million Venezuelans, and the United States has put over $386 "
         "million into the response there.", "over $386 million", "contradicted",
         "beyond-reach"),
        # --- "that first year" of a pact that took effect in 2009 is 2009
        ("Trade reached $22.4 billion in 2021 under a trade agreement that took effect in 2009, "
         "up from $6 billion that first year.", "$6 billion", "contradicted", "rules-out"),
        # --- when a spill was detected or contained dates another event than the spill
        ("The oil spill was detected on January 16, a day after the tsunami waves.",
         "January 16", "no-match", "another-quantity"),
        ("Repsol disclosed the oil spill on January 16.", "January 16", "no-match",
         "another-quantity"),
        # --- a label's noun phrase names what the number after its colon counts
        ("- Peruvian Fulbright grantees this cycle: 45", "45", "no-match", "another-thing"),
        ("- Lines of counternarcotics effort the U.S. supports: 4", "4", "contradicted",
         "rules-out"),
        ("- Looted artifacts sent back under the cultural MOU: about 1,400", "about 1,400",
         "contradicted", "rules-out"),
        # --- the sheet's digits under another figure's words are no restatement of theirs
        ("The U.S. provided $286 million in technical assistance and in-kind donations.",
         "$286 million", "no-match", "far-past"),
        ("The U.S. gave over $86.8 million in assistance.", "over $86.8 million", "supported",
         "fits"),
        # --- a "respectively" list after the numbers pairs them too
        ("On migration and health, the sheet cites $86.8 million and $286 million, "
         "respectively, for the migration response and for pandemic technical assistance.",
         "$86.8 million", "contradicted", "rules-out"),
        # --- who insists is no party of the number
        ("Skeptics in Congress insist that total bilateral trade was still under $18 billion "
         "in 2021.", "under $18 billion", "contradicted", "rules-out"),
        # The Fulbright programs are tracks too.
        ("The embassy opened two new graduate Fulbright tracks this year.", "two", "supported",
         "fits"),
    ],
)  # fmt: skip
def test_rules_of_real_writing(store, draft, number, verdict, rule) -> None:
    # Rules of classes found in the corpus rounds of 2026-12-04.
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    ("draft", "verdict", "rule"),
    [
        # A hedged value a third or more past the sheet's "over v", and short of 1.5 v.
        ("Total two-way trade rose from $9 billion in 2009, a jump of about 190 percent under "
         "the trade promotion agreement.", "contradicted", "beyond-reach"),
        ("The embassy runs some 70 scholarship, study-abroad and local exchange programs.",
         "contradicted", "beyond-reach"),
        # ... and not one short of the reach, nor one half again as much.
        ("The embassy runs some 60 scholarship, study-abroad and local exchange programs.",
         "undetermined", "overlaps"),
        ("The embassy runs some 80 scholarship, study-abroad and local exchange programs.",
         "undetermined", "overlaps"),
    ],
)  # fmt: skip
def test_a_hedged_value_past_the_reach_of_over(store, draft, verdict, rule) -> None:
    claim = [c for c in check_text(store, draft) if c.figure][-1]
    assert (claim.verdict, claim.rule) == (verdict, rule)


def test_a_rival_a_hundred_times_off_makes_no_ambiguity(store) -> None:
    # In words it fits the migration money and what Peru received from the Ambassadors Fund
    # ($3.5 million) alike; $390 million is no writer's version of the latter, so the claim is
    # judged against the former alone (and its tie to it is too weak to contradict).
    draft = "Peru received over $390 million in U.S. support for the response."
    (claim,) = _claims_at(store, draft, "over $390 million")
    assert (claim.verdict, claim.rule) == ("no-match", "weak-tie")
    assert "migration-assistance" in claim.reason


def test_a_month_that_agrees_does_not_soften_a_wrong_day(store) -> None:
    draft = (
        "October 2022: Lima hosts the OAS General Assembly; Secretary Blinken arrives on October "
        "7 to lead the U.S. delegation."
    )
    (claim,) = _claims_at(store, draft, "October 7")
    assert (claim.verdict, claim.rule) == ("contradicted", "rules-out")


def test_insisted_reports_who_speaks(store) -> None:
    # "this week" dates the insisting, not the number: no part of a total.
    draft = "One lawmaker insisted this week that bilateral trade never topped $20 billion in 2021."
    (claim,) = _claims_at(store, draft, "$20 billion")
    assert (claim.verdict, claim.rule, claim.figure and claim.figure.figure.id) == (
        "contradicted",
        "rules-out",
        "trade-2021",
    )


@pytest.mark.parametrize(
    ("draft", "number", "verdict"),
    [
        # --- asked about and previous agreements
        # A claim someone made, which the next sentence asks about, is asked, not claimed.
        ("Q: On vaccines, I've seen it said the U.S. gave Peru three million doses. Is that "
         "right?", "three million", "no-match"),
        # The agreement before the one the sheet gives is another quantity (store).
        ("The previous USAID agreement with Peru, which ended in 2021, totalled roughly $250 "
         "million.", "roughly $250 million", "no-match"),
        # --- other sources dated entries questions rumours pairs and baselines
        # A count another body gives is of its own source and date.
        ("UNHCR said last December that Peru was hosting 1.5 million Venezuelans.",
         "1.5 million", "undetermined"),
        ("Peru's own migration office counts 1.5 million Venezuelans, more than the sheet's.",
         "1.5 million", "undetermined"),
        # A value the figure has "since" grown to is of a later time, whatever its year.
        ("The fact sheet's 1.3 million figure for Venezuelans in Peru has since grown to 1.5 "
         "million.", "1.5 million", "undetermined"),
        ("Total trade, over $22 billion in 2021, has since climbed to $25 billion.",
         "$25 billion", "undetermined"),
        # A timeline entry's date dates the counts in it.
        ("March 2020: Peru shuts its borders; by then an estimated 860,000 Venezuelans are "
         "living in the country.", "860,000", "undetermined"),
        # A question asks ...
        ("QUESTION (La República): Is it true USAID has worked with DEVIDA for 30 years?",
         "30 years", "no-match"),
        # ... unless it presumes the number.
        ("QUESTION (Andina): Is the $321 million USAID agreement that runs through 2025 on "
         "track?", "2025", "contradicted"),
        # Rumour the writer reports is no claim; a unit after a pair is both's; "since 2009"
        # is a baseline.
        ("A caveat on vaccines: some websites say the U.S. donated 3 million COVID shots to "
         "Peru.", "3 million", "no-match"),
        ("According to a viral post, the U.S. donated 5 million doses to Peru.", "5 million",
         "no-match"),
        ("Total trade was nine billion and twenty-two billion dollars in 2009 and 2021, "
         "respectively.", "nine billion", "supported"),
        ("Since 2009, two-way trade under the Trade Promotion Agreement has grown by nearly 200 "
         "percent, to over $22 billion.", "over $22 billion", "supported"),
        # --- pacts asylum claims tags rumours huge values and one grant
        # The year a pact took effect dates the pact, not the amounts beside it.
        ("Two-way trade under the free trade pact that took effect in 2009 reached $22 billion "
         "last year.", "$22 billion", "supported"),
        # "Asylum claims" are claims for asylum, not claims reported.
        ("Asylum claims lodged by Venezuelans in Peru: 530,000", "530,000", "no-match"),
        # A tag question asserts (the asker's claim: ruled 2026-12-07); "some say" reports
        # rumour.
        ("HOST: On that, Washington gave Peru three million vaccine doses, right?",
         "three million", "contradicted"),
        ("Q: USAID's agreement runs through 2025, correct? A: Not quite. It runs through 2026.",
         "2025", "contradicted"),
        ("HOST: The memorandum on stolen artifacts turned 20 this year, didn't it?", "20",
         "contradicted"),
        ("Q: Is it true the Academy for Women Entrepreneurs has 4,000 alumnae in Peru?",
         "4,000", "no-match"),
        # ("Some say" is a claimant's, whose claim the sheet rules out: label policy, 2026-12-08)
        ("QUESTION: Some say the USAID agreement signed last year is worth half a billion "
         "dollars.", "half a billion dollars", "contradicted"),
        # A value twenty times the one figure a shared word ties it to is not that figure's;
        # it restates another's, to the digit (all such in the corpus are labelled so).
        ("The fact sheet puts growth under the agreement at more than 140 percent, from $9 "
         "billion in 2009 to over $22 billion in 2021.", "over $22 billion", "supported"),
        # One grant is one item of what the Fund gave.
        ("The ambassador also announced a $185,000 grant from the Ambassadors Fund for Cultural "
         "Preservation (AFCP) to stabilize church murals in Cusco.", "$185,000", "no-match"),
    ],
)  # fmt: skip
def test_verdicts_of_real_writing(store, draft, number, verdict) -> None:
    # Verdicts of classes found in the corpus rounds of 2026-12-04.
    (claim,) = _claims_at(store, draft, number)
    assert claim.verdict == verdict


@pytest.mark.parametrize(
    ("draft", "verdict", "figure"),
    [
        # "the Secretary" in Lima is the Secretary of State ...
        ("Reminder that the Secretary lands in Lima on Friday, October 7.", "contradicted",
         "lima-visit"),
        # ... not the OAS Secretary General, nor another department's secretary ...
        ("The OAS Secretary General arrived in Lima on October 4 to open the General Assembly.",
         "no-match", None),
        ("The Secretary of Commerce arrived in Lima on October 7 for the General Assembly.",
         "no-match", None),
        # ... and a secretary in lower case is no title.
        ("The secretary of the chamber arrived in Lima on October 7 for the General Assembly.",
         "no-match", None),
    ],
)  # fmt: skip
def test_the_secretary_is_the_secretary_of_state(store, draft, verdict, figure) -> None:
    (claim,) = check_text(store, draft)
    assert (claim.verdict, claim.figure and claim.figure.figure.id) == (verdict, figure)


@pytest.mark.parametrize(
    ("draft", "verdict", "rule"),
    [
        # "It is not true that ..." denies the number in its clause, however far it stands.
        ("Nor is it true, as a letter you printed last week claimed, that the United States "
         "gave Peru two million vaccine doses.", "contradicted", "negated-figure"),
        ("It is not true that the U.S. gave Peru two million vaccine doses.", "contradicted",
         "negated-figure"),
        ("It is not true that the U.S. gave Peru three million vaccine doses.", "no-match",
         "negated-other"),
        # ... not a number after a stop or a "but".
        ("It is not true that trade fell: it grew to over $22 billion in 2021.", "supported",
         "fits"),
    ],
)  # fmt: skip
def test_it_is_not_true_that(store, draft, verdict, rule) -> None:
    claim = check_text(store, draft)[0]
    assert (claim.verdict, claim.rule) == (verdict, rule)


def test_a_denial_after_a_sentence_of_two_numbers_denies_neither(store) -> None:
    draft = (
        "Our draft says Peru got $3.5 million from the Ambassadors Fund for 16 projects. That's "
        "wrong: 16 is the number of regions."
    )
    (claim,) = _claims_at(store, draft, "$3.5 million")
    assert claim.verdict == "supported"


def test_a_csv_column_named_as_of_dates_its_rows(store) -> None:
    draft = "metric,value,unit,as_of\nus_peru_trade_total,22000000000,USD,2021\n"
    claims = check_text(store, draft)
    assert [(c.text, c.verdict) for c in claims] == [("22000000000", "supported")]


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "rule"),
    [
        # A money figure's head noun ties it, though it is a count's unit elsewhere.
        ("The environmental program received $60 million over three years.", "$60 million",
         "supported", "restated-without-bound"),
        ("The environmental program received $16 million over three years.", "$16 million",
         "contradicted", "rules-out"),
        # A generic count noun with only a party of most figures beside it is too little to
        # contradict; a word of the figure's own label is enough.
        ("The U.S. strategy in Peru has five pillars.", "five", "undetermined", "weak-evidence"),
        ("Washington still funds four strands of counternarcotics work.", "four", "contradicted",
         "rules-out"),
        # A larger count of a figure that counts only some of its kind ("two new programs"),
        # unless the sentence says which.
        ("The embassy's Fulbright office runs five programs.", "five", "undetermined",
         "wider-count"),
        ("The embassy launched five new Fulbright programs.", "five", "contradicted", "rules-out"),
        # What follows the number says it counts the figure's kind among others.
        ("Peru hosts over 1.6 million migrants and refugees, most of them Venezuelan.",
         "over 1.6 million", "undetermined", "wider-count"),
        ("Peru received five million doses from the United States, counting those bought "
         "through COVAX.", "five million", "undetermined", "wider-count"),
        # ... not what says where they are or what they were.
        ("Peru hosts 1.6 million Venezuelan migrants, most of them in Lima.", "1.6 million",
         "contradicted", "rules-out"),
        ("The U.S. donated three million doses to Peru, mostly Pfizer.", "three million",
         "contradicted", "rules-out"),
        # A present verb after a plural noun ends what the number counts.
        ("The 1.3 million Venezuelans make up about 4 percent of Peru's population.",
         "1.3 million", "supported", "fits"),
        ("The 1.8 million Venezuelans in Peru account for 5 percent of its people.",
         "1.8 million", "contradicted", "rules-out"),
        # A goal, pledge or hope is no claim of what was; a schedule and the visit are.
        ("The goal is to double trade to $44 billion by 2030.", "double", "no-match", "aimed"),
        ("The U.S. will donate three million doses to Peru next year.", "three million",
         "no-match", "aimed"),
        ("The U.S. will donate three million doses to Peru.", "three million", "contradicted",
         "rules-out"),
        ("USAID's $321 million agreement is set to run to 2028.", "2028", "contradicted", "rules-out"),
        # (an arrival the evening before, October 5, is arrival-eve: see the midday classes)
        ("Blinken will travel to Lima next week, arriving on October 4.", "October 4",
         "contradicted", "rules-out"),
        # A row of a box is of its heading and the rows above it, not of the rest of the draft.
        ("Peru at a glance\nPopulation: 33 million\nRegions: 25\nAmbassadors Fund projects: 34",
         "25", "undetermined", "weak-evidence"),
        ("Ambassadors Fund\nProjects: 34\nRegions: 18", "18", "contradicted", "rules-out"),
        # A negated figure is never supported: a predicate that denies it, a disbelief of all.
        ("The two million doses the U.S. supposedly donated never arrived.", "two million",
         "contradicted", "negated-figure"),
        ("The 1.3 million figure for Venezuelans in Peru is an exaggeration.", "1.3 million",
         "contradicted", "negated-figure"),
        ("Nobody believes the U.S. sent two million doses.", "two million", "contradicted",
         "negated-figure"),
        ("The claim that Peru hosts 1.3 million Venezuelans doesn't hold up.", "1.3 million",
         "no-match", "reported"),
        # A period before the figure's own party is not the figure's period.
        ("In the decade before the PTPA, trade grew 200 percent.", "200 percent", "no-match",
         "another-year"),
        ("Trade has grown 200 percent since the PTPA took effect.", "200 percent", "contradicted",
         "beyond-reach"),
        ("Ahead of the OAS meeting, USAID said its agreement was worth $400 million.",
         "$400 million", "contradicted", "rules-out"),
        # A bare number whose nearest number before it is a count of years is years too.
        ("We have backed eradication for forty years and USAID has worked with DEVIDA for "
         "thirty, yet coca keeps coming back.", "thirty", "contradicted", "rules-out"),
        ("USAID has been in Peru for 60 years and funds 34 projects for 16.", "16", "no-match",
         "no-measure"),
        # What a text is said not to give is nobody's claim; a question it leaves open is not.
        ("Also, the sheet does NOT say USAID has worked in Peru for 50 years; it says more "
         "than 60.", "50 years", "no-match", "not-said"),
        ("Also, the sheet does NOT say USAID has worked in Peru for 50 years; it says more "
         "than 60.", "more than 60", "supported", "fits"),
        ("The sheet does not say over how many years the $286 million was spent.",
         "$286 million", "supported", "sheet-value"),
        # An imperative "cite" before a colon cites nobody: the item's place is still its own.
        ("NOT from the sheet (please cite separately):\n- Ecuador hosts about 500,000 "
         "Venezuelans, for comparison.", "about 500,000", "no-match", "another-party"),
        # A speaker's label is no word of what is said ("HOST" is no Venezuelan host): the
        # answer is the doses' number only as the correction of the question's.
        ("HOST: So the U.S. gave, what, five million doses?\nGUEST: Two million, actually.",
         "Two million", "supported", "corrected-to"),
        # A wrong number the writer calls a typo or an exaggeration is denied, no claim.
        ("Your figure of 4,000 AWE alumnae is a typo.", "4,000", "no-match", "denied"),
        ("The 3 million doses figure is an exaggeration.", "3 million", "no-match", "denied"),
        ("Two million doses sounds generous until you remember Peru has 33 million people.",
         "Two million", "supported", "fits"),
        # A date of another act than the figure's (a departure, an addition) is another event;
        # a date that opens its sentence dates the clause after its comma.
        ("In September 2022 USAID added $30 million to the agreement.", "September 2022",
         "no-match", "another-quantity"),
        ("On October 7, Blinken flew back to Washington.", "October 7", "no-match",
         "another-quantity"),
        ("On October 7, Blinken arrived in Lima.", "October 7", "contradicted", "rules-out"),
        # A reported number beside the sheet's value that a name weakly ties elsewhere.
        ("- The same story said Peru was home to 3.1 million Venezuelans. The State Department "
         "figure is 1.3 million.", "3.1 million", "no-match", "reported"),
        # A question on its own line asks, whatever heading stands above it.
        ("READER Q&A\nQ: Is it true the Academy for Women Entrepreneurs has 4,000 alumnae in "
         "Peru?\nA: Not quite.", "4,000", "no-match", "reported"),
        # An amount the agreement adds is another quantity.
        ("August 2023 — USAID adds $92.5 million under the 2021 agreement.", "$92.5 million",
         "no-match", "another-quantity"),
        # A year labelling the number after it is that number's ("(2009: $9bn)").
        ("- Total trade, 2021: $22bn+ (2009: $9bn)", "$22bn+", "supported", "fits"),
        # A generic count noun alone does not support either; a word only the figure's
        # sentence has names its topic.
        ("The embassy's strategy has three pillars: democracy, prosperity and security.",
         "three", "undetermined", "weak-evidence"),
        ("Three lines: eradication, interdiction, alternative development.", "Three",
         "supported", "fits"),
        # Hearsay with no "that" is hearsay too: what a caller heard, which the host refutes,
        # is the caller's claim (the claimant ruling of 2026-12-07).
        ("CALLER: I heard USAID signed the deal back in 2019.\nHOST: It was September 2021.",
         "2019", "contradicted", "claimant-refuted"),
        # "another N" is added to an amount given before, as "N more" is.
        ("The U.S. will donate another three million doses to Peru.", "three million",
         "no-match", "another-quantity"),
    ],
)  # fmt: skip
def test_classes_of_the_rounds_of_2026_12_05(store, draft, number, verdict, rule) -> None:
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.rule) == (verdict, rule)


@pytest.mark.parametrize(
    "draft",
    ['Claim 2: "The U.S. gave Peru two million vaccine doses."', "Slide 4 - Trade under the PTPA",
     "See Exhibit 3 and Table 2 for the trade figures."],
)  # fmt: skip
def test_a_texts_own_numbering_is_no_claim(store, draft) -> None:
    assert [c.text for c in check_text(store, draft) if c.text in ("2", "3", "4")] == []


_CAPTIONED = """Figures in U.S. dollars unless marked.

| Area | Figure | Note |
|------|--------|------|
| Technical assistance and in-kind donations | $86.8 mn | State Dept. |
| Venezuelan migrants and refugees in Peru | 1.3 mn | State Dept. |
| Ambassadors Fund for Cultural Preservation | $3.5 mn+ | 34 projects, 16 regions |
| Embassy scholarships, exchanges and local programs | 50+ | current |
"""


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "figure"),
    [
        # Naming one of a figure's telling parties is enough: INL's forty years are INL's
        # without the police and the eradication agency it supports.
        ("INL has partnered with Peru for 20 years.", "20 years", "contradicted", "inl-support"),
        ("The State Department's narcotics bureau has worked with Peru for 25 years.",
         "25 years", "contradicted", "inl-support"),
        # ... while USAID alone is not DEVIDA's partner.
        ("USAID and the Peruvian government have collaborated for 50 years.", "50 years",
         "contradicted", "usaid-collaboration"),
        # A negated figure is never supported: "Not true" answering a number echoed as a
        # question; a figure that a name of two words owns, called wrong.
        ("Two million doses? Not true: the U.S. sent one million.", "Two million",
         "contradicted", "vaccine-doses"),
        ("The fact sheet's 1.3 million figure is wrong.", "1.3 million", "contradicted",
         "venezuelan-migrants"),
        ("The fact sheet's 1.3 million figure is right.", "1.3 million", "supported",
         "venezuelan-migrants"),
        # ... a denial in the next sentence of a number echoed as a question (decimals too).
        ("Peru hosts 1.3 million Venezuelans? Hardly.", "1.3 million", "contradicted",
         "venezuelan-migrants"),
        ("That $321 million agreement? It was never signed.", "$321 million", "contradicted",
         "usaid-agreement"),
        ("Forty years of INL support? That's a myth.", "Forty years", "contradicted",
         "inl-support"),
        # ... a claim the writer says does not survive scrutiny, or has no ground.
        ("The claim that trade grew 140 percent doesn't survive scrutiny.", "140 percent",
         "contradicted", "trade-growth"),
        ("There is no evidence the U.S. donated two million doses.", "two million",
         "contradicted", "vaccine-doses"),
        ("We found no record that the MOU repatriated over 2,000 artifacts.", "over 2,000",
         "contradicted", "repatriated-artifacts"),
        ("The embassy denies that it manages over 50 programs.", "over 50", "contradicted",
         "embassy-programs"),
        # ... an act the figure reports, said not to have happened.
        ("The two million doses the U.S. promised were not delivered.", "two million",
         "contradicted", "vaccine-doses"),
        # ... and these, each a form of denial met in probes.
        ("Two million doses were promised but never donated.", "Two million", "contradicted",
         "vaccine-doses"),
        ("USAID's $321 million? A fantasy.", "$321 million", "contradicted", "usaid-agreement"),
        ("It is simply untrue that the fund supported 34 projects.", "34", "contradicted",
         "ambassadors-fund-projects"),
        ("INL has not, in fact, supported eradication for forty years.", "forty years",
         "contradicted", "inl-support"),
        ("The two million doses? They never came.", "two million", "contradicted",
         "vaccine-doses"),
        # A correction's Y said first is denied: nobody claims it.
        ("Rather than two million doses, the U.S. gave one million.", "two million", "no-match",
         None),
        # A table row's unit cell says what the row counts, whatever else its label names.
        ("indicator,value,unit\nAmbassadors Fund projects in Peru,34,projects\n"
         "Peruvian regions with Ambassadors Fund projects,24,regions\n", "24", "contradicted",
         "ambassadors-fund-regions"),
        # A caption's currency is not the unit of a row that names what it counts, nor of a
        # number with a noun of its own.
        (_CAPTIONED, "1.3 mn", "supported", "venezuelan-migrants"),
        (_CAPTIONED, "50+", "supported", "embassy-programs"),
        (_CAPTIONED, "34", "supported", "ambassadors-fund-projects"),
        (_CAPTIONED, "$86.8 mn", "supported", "technical-assistance"),
        # A box's title with brackets titles its bullets ("Trade (goods and services)").
        ("Trade (goods and services)\n• 2009: $9bn\n• 2021: $22bn+", "$9bn", "supported",
         "trade-2009"),
        # Whom someone met is a group of the day, no figure's count.
        ("Blinken also met 120 women who completed the Academy for Women Entrepreneurs this "
         "year.", "120", "no-match", None),
        # A box's label of a party in a place, then a duration: its presence there.
        ("• USAID in Peru: 45 years", "45 years", "contradicted", "usaid-collaboration"),
        # A year after a label's comma dates the label; it is not what the number counts.
        ("• New post-graduate Fulbright programs, 2022: 3", "3", "contradicted",
         "fulbright-programs"),
        # "Happy 25th to ..." is an anniversary, as "its 25th anniversary" is.
        ("Happy 20th to the cultural property MOU!", "20th", "contradicted", "cultural-mou"),
        # A denial of another act than the figure's leaves the number its object takes as
        # given; a denial of the figure's own act (giving, signing) denies the number.
        ("The program did not stop the January 15 spill at La Pampilla from fouling the coast.",
         "January 15", "undetermined", "oil-spill"),
        ("The U.S. did not hand over the two million doses.", "two million", "undetermined",
         "vaccine-doses"),
        ("We have not forgotten the two million vaccines the United States gave us.",
         "two million", "supported", "vaccine-doses"),
        ("Washington never delivered the two million doses it promised.", "two million",
         "contradicted", "vaccine-doses"),
        # "that year" right after a number is the year its sentence said last.
        ("The PTPA took effect in February 2009, and bilateral trade went from about $9 billion "
         "that year to about $12 billion last year.", "$9 billion", "supported", "trade-2009"),
        # A reported number the next sentence corrects to another value is denied.
        ("A photo caption said the embassy launched two new post-graduate Fulbright programs "
         "this year. It launched three: for Afro-Peruvian students and others.", "two",
         "no-match", None),
        ("It said the $321 million USAID agreement runs through 2025. It runs through 2027.",
         "2025", "no-match", None),
        ("The State Department said USAID signed a $321 million agreement. It committed $50 "
         "million more in 2023.", "$321 million", "supported", "usaid-agreement"),
        ("The embassy said it manages over 50 programs. It funded 34 projects.", "over 50",
         "supported", "embassy-programs"),
        # "Venezuelan brothers and sisters", "nationals": the Venezuelans Peru hosts (store).
        ("We host 1.5 million Venezuelan brothers and sisters.", "1.5 million", "contradicted",
         "venezuelan-migrants"),
        # A scale letter before a plural noun in a unit cell ("m people").
        ("metric,value,unit\nVenezuelan migrants and refugees in Peru,1.3,m people\n", "1.3",
         "supported", "venezuelan-migrants"),
        # "since 2017" dates a count (the period it is counted over); with a growth it is the
        # baseline.
        ("• 1,200 pieces returned from the U.S. since 2017", "1,200", "undetermined",
         "repatriated-artifacts"),
        ("Since 2009, trade has grown to over $22 billion.", "over $22 billion", "supported",
         "trade-2021"),
        # Grantees are no count of programs (store: fulbright-programs' others).
        ("| Item | Amount |\n| --- | --- |\n| Peruvian Fulbright grantees | 45 |\n", "45",
         "no-match", None),
        # "the trade agreement" is the PTPA's name: its years are no MOU's.
        ("The trade agreement has now been in force for more than 13 years.",
         "more than 13 years", "no-match", None),
        # "last year" of the main clause does not date an appositive's duration.
        ("USAID, a partner here for five decades, signed a big agreement last year.",
         "five decades", "contradicted", "usaid-collaboration"),
        # A whole clause after a whole clause's colon has its own subject.
        ("Counternarcotics cooperation predates the trade agreement by decades: the State "
         "Department's narcotics bureau has funded manual eradication in Peru for some forty "
         "years.", "some forty years", "supported", "inl-support"),
    ],
)  # fmt: skip
def test_classes_of_the_rounds_of_2026_12_05_evening(store, draft, number, verdict, figure) -> None:
    (claim,) = _claims_at(store, draft, number)
    assert (claim.verdict, claim.figure and claim.figure.figure.id) == (verdict, figure)


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "figure", "rule"),
    [
        # A quoted number nothing after it refutes is its speaker's claim (fc-01's writer
        # labelled this one so, as 55 of the 63 such in dev are) ...
        ('"Peru now hosts some 1.8 million Venezuelans, and it has shown remarkable '
         'generosity," Blinken said.', "1.8 million", "contradicted", "venezuelan-migrants",
         "quoted-let-stand"),
        # ... refuted right after it (a rating, the sheet's value), it is someone's claim
        # the writer finds wrong, as a fact-checker rates it ...
        ('CLAIM: "The U.S. gave Peru three million COVID vaccines."\nVERDICT: False. The '
         "department says the United States donated two million doses.", "three million",
         "contradicted", "vaccine-doses", "quoted-refuted"),
        ('Peru hosts "3 million" Venezuelans, a post said. The fact sheet says 1.3 million.',
         "3 million", "contradicted", "venezuelan-migrants", "quoted-refuted"),
        ('Your reporter wrote that Washington had given "barely $60 million" toward the '
         "migration response. The fact sheet puts that support at more than $286 million.",
         "$60 million", "contradicted", "migration-assistance", "quoted-refuted"),
        # ... but when a bare denial opens its quote, it is the Y of "X, not Y": nobody's.
        ('The release should say trade grew by over 140 percent since 2009, not that it '
         '"doubled", as one newspaper had it.', "doubled", "no-match", None, "quoted-denied"),
        # "per the sheet" is a source, not a rate.
        ("INL has been funding coca eradication in Peru for 25 yrs per the sheet.", "25 yrs",
         "contradicted", "inl-support", "rules-out"),
        # A note's own date, or a dateline whose entry names its own day, dates the text.
        ("Correction, 16 October: An earlier version of this article said USAID's $321 "
         "million agreement with Peru was signed in September 2020.", "16 October", "no-match",
         None, "another-event"),
        ("FACTBOX-Peru and the United States\n\nOct 5 - U.S. Secretary of State Antony Blinken "
         "travels to Lima on Thursday for the OAS General Assembly.", "Oct 5", "no-match", None,
         "another-event"),
        ("October 4 - Blinken arrives in Lima for the OAS General Assembly.", "October 4",
         "contradicted", "lima-visit", "rules-out"),
        # The Assembly's opening is no date of the visit (store: lima-visit's others).
        ("Blinken flew in for the OAS General Assembly, a three-day meeting that opened on "
         "October 5.", "October 5", "no-match", None, "another-quantity"),
        # A pipe table without its rule line is still a table.
        ("| Year | Total trade |\n| 2009 | $9B |\n| 2021 | $32B |\n", "$32B", "contradicted",
         "trade-2021", "beyond-reach"),
        # A pronoun's clause after a semicolon, and the sentence after it, borrow the subject
        # of the sentence the pronoun stands for.
        ("Trade has grown since the agreement took effect. In 2009 it was around $9 billion; by "
         "2021 it was over $22 billion.", "over $22 billion", "supported", "trade-2021", "fits"),
        ("Trade has grown since the agreement took effect. In 2009 it was around $9 billion; by "
         "2021 it was over $22 billion. That is growth of well over 100 percent.",
         "well over 100 percent", "supported", "trade-growth", "fits"),
        # A CSV row's period (an ISO month too) dates its value.
        ("indicator,value,unit,period,source\nvenezuelans_in_peru,1.5,million,2024-05,RIC\n",
         "1.5", "undetermined", "venezuelan-migrants", "year-not-in-sheet"),
        # "at a single ceremony" counts a part.
        ("Peru's Culture Ministry counts 198 pieces returned from the U.S. at a single later "
         "ceremony.", "198", "no-match", None, "part-of-total"),
        # "A Thursday editorial said": a text under check.
        ("A Thursday editorial said USAID signed its $321 million agreement with Peru in "
         "September 2020.", "September 2020", "no-match", None, "reported"),
        # A writer's "over x" far below the figure is not the figure stated ...
        ("The USAID environment and climate programme is worth $40M+ over the last 3 years.",
         "$40M+", "undetermined", "environment-program", "bound-far-below"),
        ("The U.S. supports more than two lines of effort against narcotrafficking in Peru.",
         "more than two", "supported", "lines-of-effort", "fits"),
        # ... one key off, it is misstated; a small part of it, another quantity, whose date
        # dates that quantity.
        ("U.S. migration assistance in Peru is more than $186 million.",
         "more than $186 million", "contradicted", "migration-assistance", "misstated-bound"),
        ("Announcements were smaller: a USAID package of just over $12 million in April 2019.",
         "April 2019", "no-match", None, "another-event"),
        # A cell's heading (its row's other cells too) qualifies every value of the cell.
        ("| Indicator | Comparable figure | Whose figure |\n|---|---|---|\n| Venezuelans hosted "
         "| 2.5 million; 0.5 million | Colombia; Ecuador |\n", "0.5 million", "no-match", None,
         "another-party"),
        # A quote of the sheet itself is the writer's claim of what the sheet says.
        ('The sheet puts USAID cooperation at a "half-century"; the migration envelope is over '
         "$286 million.", "half-century", "contradicted", "usaid-collaboration", "rules-out"),
        # "has been here for 40 years": a presence (store: usaid-collaboration's measure).
        ("USAID, after all, has been here for barely 40 years.", "barely 40 years",
         "contradicted", "usaid-collaboration", "rules-out"),
        # The place a number is compared with owns the number it is given with.
        ("It hosts about 1.3 million Venezuelans, second only to Colombia's roughly 2.5 "
         "million.", "roughly 2.5 million", "no-match", None, "another-party"),
        ("Peru hosts 1.3 million Venezuelans, second only to Colombia with roughly 2.5 million.",
         "1.3 million", "supported", "venezuelan-migrants", "fits"),
        # A rating alone ("FALSE.") names no subject: the sentence after it borrows the one
        # before it.
        ('THE CLAIM: "Trade with the U.S. grew by less than 100 percent under the free trade '
         'deal."\nFALSE. The fact sheet puts the growth at more than 140 percent, from $9 '
         "billion in 2009 to over $22 billion in 2021.", "more than 140 percent", "supported",
         "trade-growth", "fits"),
        # A note right of a row's second value is that value's, not the first's.
        ("| Indicator | Fact sheet | Comparable | Whose |\n|---|---|---|---|\n| COVID-19 doses "
         "donated | 2 million | 6 million | U.S. donations to Colombia |\n", "2 million",
         "supported", "vaccine-doses", "fits"),
        # "It is in fact twenty-five.": the next sentence corrects what was said.
        ("Earlier this hour we said the cultural heritage agreement was twenty years old. It is "
         "in fact twenty-five.", "twenty years", "no-match", None, "reported"),
        # "N of the Venezuelans in Peru have ..." counts some of them (not "16 of the
        # country's regions", nor "30 yrs of the MOU").
        ("Lima's migration office reckons roughly 500,000 of the Venezuelans in Peru live in the "
         "capital's northern districts.", "roughly 500,000", "no-match", None, "part-of-total"),
        ("The Fund has backed projects in 18 of the country's regions.", "18", "contradicted",
         "ambassadors-fund-regions", "rules-out"),
        ("Culture: 2,000+ trafficked artifacts back home, 30 yrs of the cultural-property MOU.",
         "30 yrs", "contradicted", "cultural-mou", "rules-out"),
        # Whose figures they are names no party of the number.
        ("On the State Department's own figures, total bilateral trade rose from $12 billion in "
         "2009 to more than $22 billion in 2021.", "$12 billion", "contradicted", "trade-2009",
         "rules-out"),
        # "up from $9 billion in 2009, a rise of 90 percent": the change is over that time.
        ("Two-way trade reached more than $22 billion last year, up from $9 billion in 2009, a "
         "rise of some 90 percent, according to a State Department fact sheet.",
         "some 90 percent", "contradicted", "trade-growth", "rules-out"),
        # A timeline's entry date ("April 2019 - ...") dates every clause of its entry.
        ("April 2019 - U.S. humanitarian aid to Venezuelans in Peru reaches nearly $26 million; "
         "Peru hosts about 720,000 Venezuelans.", "about 720,000", "undetermined",
         "venezuelan-migrants", "year-not-in-sheet"),
        # A value the writer denies, which the sheet does not give, is nobody's claim.
        ("HOST: And U.S. money for the response in Peru is over $286 million. Not $386 million, "
         "which I saw in one write-up.", "$386 million", "no-match", None, "negated-other"),
        # A text's publication date, and a span of days (an event's), are no date of the visit.
        ("The State Department's bilateral fact sheet, published in October 2022 for Secretary "
         "Antony Blinken's visit to Lima, lists two million donated doses.", "October 2022",
         "no-match", None, "another-event"),
        ("Hosting: OAS General Assembly, Oct. 5–7", "Oct. 5–7", "no-match", None,
         "another-event"),
        ("date,event\n2022-10-06,Blinken in Lima for the OAS General Assembly\n", "2022-10-06",
         "supported", "lima-visit", "fits"),
        # What the writer says the sheet's author says is the writer's claim of the sheet.
        ("On drugs, the department says INL has backed manual eradication for 25 years.",
         "25 years", "contradicted", "inl-support", "rules-out"),
        # A count "a UN count" gives is of its own source and time.
        ("| Indicator | Value | Note |\n|---|---|---|\n| Venezuelans living in Peru | ~861,000 | "
         "September 2019, UN count |\n", "~861,000", "undetermined", "venezuelan-migrants",
         "year-not-in-sheet"),
        # A follow-on agreement is another (store: usaid-agreement's others).
        ("Castillo's team has floated a follow-on USAID agreement of some $500 million.",
         "some $500 million", "no-match", None, "another-quantity"),
        # A month of a year dates an anniversary.
        ("Back in June 2017, on the accord's 20th anniversary, Peru's culture ministry put the "
         "tally at close to 2,000.", "20th anniversary", "no-match", None, "another-year"),
        # A dollar amount that restates an amount in soles is that amount.
        ("The Interior Ministry talks about S/ 150 million for migration control this year, "
         "which is under $40 million.", "under $40 million", "no-match", None,
         "another-currency"),
        # "single grants run from $10,000 to $500,000": the sizes of single items.
        ("The Fund's next call is open: single grants run from $10,000 to $500,000.",
         "$500,000", "no-match", None, "part-of-total"),
        # "this year alone": one year's share of an amount over years (not of a count the
        # sheet gives for this year).
        ("On the environment, USAID's climate money was about $25 million this year alone.",
         "about $25 million", "no-match", None, "part-of-total"),
        # A large count twenty times the figure's is another count (and South America is
        # another place than the figure's: store, since 2026-12-06).
        ("The headline said U.S. vaccine donations topped 70 million doses.",
         "topped 70 million", "no-match", None, "far-past"),
        ("The headline said U.S. vaccine donations to South America topped 70 million doses.",
         "topped 70 million", "no-match", None, "another-party"),
        # A row's scope of the world (store: the world's names) is no one country's count.
        ("| Item | Value |\n|---|---|\n| AWE alumnae, all countries | 25,000+ |\n", "25,000+",
         "no-match", None, "another-party"),
        # An agreement's age is no body's share of it, and "its 15th year in 2022" is read.
        ("On culture, the Secretary celebrated the 15-year-old cultural property MOU.",
         "15-year", "contradicted", "cultural-mou", "rules-out"),
        ("The cultural property MOU, which marked its 15th year in 2022, has helped return over "
         "2,000 objects.", "15th year", "contradicted", "cultural-mou", "rules-out"),
        # A second reported clause ("and that ...") is read on its own. (Since the morning of
        # 2026-12-06 "worked in Peru" is a measure of USAID's collaboration, so the claim is
        # tied to it: 85 years is a third past "more than 60" and under half again.)
        ("He recalled that USAID had worked in Peru for some 85 years and that the State "
         "Department's narcotics bureau had supported coca eradication for the past 40 years.",
         "some 85 years", "contradicted", "usaid-collaboration", "beyond-reach"),
        # "with regular status": some of the migrants (store: venezuelan-migrants' others).
        ("| Indicator | Value |\n|---|---|\n| Venezuelans in Peru with regular status | "
         "~780,000 |\n", "~780,000", "no-match", None, "another-quantity"),
        # A row label that opens with a count unit counts that unit.
        ("| Indicator | Value |\n|---|---|\n| Regions with Ambassadors Fund projects | 12 |\n",
         "12", "contradicted", "ambassadors-fund-regions", "rules-out"),
        # A CSV row whose last field is an abbreviation ("Census est.") is still a row, and a
        # row of the capital counts a part.
        ("indicator,value,unit,period,source\nus_peru_total_trade,18.6,USD bn,2019,Census est.\n"
         "technical_assistance_inkind,76.8,USD mn,,DOS fact sheet\n", "76.8", "contradicted",
         "technical-assistance", "rules-out"),
        ("indicator,value,unit\nawe_alumnae_peru,400,persons\nawe_alumnae_lima,260,persons\n",
         "260", "no-match", None, "part-of-total"),
        # A range from zero is read, not a crash (its low end has no significant digits).
        ("Ambassadors Fund projects: 0-100", "0-100", "supported", "ambassadors-fund-projects",
         "fits"),
        # A plus before the scale word bounds the number.
        ("| Area | Figure |\n| --- | --- |\n| Total bilateral trade, 2021 | $22+ billion |\n",
         "$22+ billion", "supported", "trade-2021", "fits"),
    ],
)  # fmt: skip
def test_classes_of_the_rounds_of_2026_12_05_night(
    store, draft: str, number: str, verdict: str, figure: str | None, rule: str
) -> None:
    (claim,) = _claims_at(store, draft, number)
    got = (claim.verdict, claim.figure and claim.figure.figure.id, claim.rule)
    assert got == (verdict, figure, rule)


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "figure", "rule"),
    [
        # A verb whose particle is "up" ("rounded that up to") says where a value went: no
        # ceiling (and so the denial after it denies no bound that holds of a figure).
        ("Trade went up to $32 billion in 2021.", "$32 billion", "contradicted", "trade-2021",
         "beyond-reach"),
        ("The chart rounds 2021 trade up to $32 billion.", "$32 billion", "contradicted",
         "trade-2021", "beyond-reach"),
        ("Under the trade agreement, two-way trade went from $9 billion in 2009 to $22 "
         "billion-plus in 2021. Some outlets rounded that up to $32 billion. It wasn't.",
         "$32 billion", "undetermined", "trade-2009", "borrowed-subject"),
        # (one grant's size: "grants of up to", a part of what a fund gives)
        ("Grants of up to $50,000 went to 34 projects.", "up to $50,000", "no-match", None,
         "part-of-total"),
        # A passive "is described as" is no reported speech: its subject stands before it.
        ("INL's eradication support is described as thirty years old, USAID's work with DEVIDA "
         "as a decade long.", "thirty years", "contradicted", "inl-support", "rules-out"),
        ("INL's eradication support is described as thirty years old, USAID's work with DEVIDA "
         "as a decade long.", "a decade", "contradicted", "devida-partnership", "rules-out"),
        # A fact box's dot leaders join a label to its value as a colon does.
        ("BY THE NUMBERS\nTechnical & in-kind aid ........... $68.6m\n", "$68.6m",
         "contradicted", "technical-assistance", "rules-out"),
        ("Oil spill . . . . . Jan. 25, 2022\n", "Jan. 25, 2022", "contradicted", "oil-spill",
         "rules-out"),
        # An end year before an amount ends a span: it does not date the amount ("by 2015"
        # does).
        ("USAID agreement (runs to 2028): $321m", "$321m", "supported", "usaid-agreement", "fits"),
        ("USAID agreement (runs to 2028): $321m", "2028", "contradicted", "usaid-agreement-end",
         "rules-out"),
        ("By 2015 trade was $15 billion.", "$15 billion", "no-match", None, "another-year"),
        # A whole past a comma is an aside's, not the whole the number is a part of.
        ("The U.S. has backed that manual eradication for two decades, one of three lines of "
         "effort it funds.", "two decades", "contradicted", "inl-support", "rules-out"),
        ("Three of the 34 Ambassadors Fund projects were in Cusco.", "Three", "no-match", None,
         "part-of-total"),
        # Words set off by dashes describe the words right before the first dash.
        ("On the environment, USAID's climate and conservation programming — some $45 million "
         "over the past three years — has helped bring 2.4 million hectares under better "
         "management.", "some $45 million", "contradicted", "environment-program", "rules-out"),
        ("Peru's trade with China — about $37 billion — dwarfs it.", "about $37 billion",
         "no-match", None, "another-party"),
        # "A separate count" says another quantity.
        ("A separate count of roughly 530,000 Venezuelans holding a temporary residence card "
         "was published by Peru's migration authority.", "roughly 530,000", "no-match", None,
         "another-quantity"),
        # Who cites a number is no party of it.
        ("Blinken also cited a $321 million USAID agreement signed last year.", "$321 million",
         "supported", "usaid-agreement", "fits"),
        # A value someone else gave that the writer corrects in its sentence is no claim of the
        # writer's; the correction is, of the same figure.
        ("It also said the Ambassadors Fund had supported 34 projects in Peru; the correct "
         "number is 43.", "34 projects", "no-match", None, "denied"),
        ("It also said the Ambassadors Fund had supported 34 projects in Peru; the correct "
         "number is 43.", "43", "contradicted", "ambassadors-fund-projects", "rules-out"),
        # A bulleted line with a comma, or a line with an amount, heads no CSV block.
        (" - USAID agreement: $231 million, through 2026\n - Artifacts sent home: 2,000+\n",
         "$231 million", "contradicted", "usaid-agreement", "rules-out"),
        (" - USAID agreement: $231 million, through 2026\n - Artifacts sent home: 2,000+\n",
         "2,000+", "supported", "repatriated-artifacts", "fits"),
        # "by noting that" reports: who notes is not what the clause is about.
        ("The chair opened by noting that Secretary Blinken had been in Lima on October 5 for "
         "the OAS General Assembly.", "October 5", "contradicted", "lima-visit", "rules-out"),
        # A part named after the number, in its own words: "in its first shipment".
        ("The 1.5 million Pfizer doses the U.S. delivered in its first shipment arrived in "
         "June.", "1.5 million", "no-match", None, "part-of-total"),
        ("The U.S. donated 2 million doses, the first batch arriving in June.", "2 million",
         "supported", "vaccine-doses", "fits"),
        # A span of years after an amount's "for" is that amount's period: no date claim, and it
        # does not date another amount of the clause.
        ("Its September 2021 framework commits $321 million through 2026, a sum later topped "
         "up by $92.5 million for 2023-2024.", "$321 million", "supported", "usaid-agreement",
         "fits"),
        # ", up more than 140 percent since 2009": "since" is the change's baseline, and does
        # not date the amount before it.
        ("• Total trade tops $28 billion, up more than 140 percent since 2009.",
         "tops $28 billion", "undetermined", None, "ambiguous"),
        # Farm trade and a calendar year's funds are other quantities (store: the figures'
        # others), and so is an amount "which comes on top of" what was given.
        ("AT A GLANCE\nFarm trade, 2009 .............. $1.3 billion\n", "$1.3 billion",
         "no-match", None, "another-quantity"),
        ("Foreign-assistance funds provided in calendar 2021: $98 million", "$98 million",
         "no-match", None, "another-quantity"),
        ("He also announced $240 million for refugees and migrants across the hemisphere, which "
         "comes on top of what we have already done here.", "$240 million", "no-match", None,
         "another-quantity"),
        # What Lima "by itself" hosts is a part of the country's count.
        ("Peru has taken in about 1.3 million people. Lima by itself hosts close to 1 million of "
         "them.", "close to 1 million", "no-match", None, "part-of-total"),
        # A subset by its need (store: venezuelan-migrants' others).
        ("indicator,value,period,source\nVenezuelans in Peru in acute food insecurity,740000,,"
         "WFP estimate\n", "740000", "no-match", None, "another-quantity"),
        # An answer's "No." after its label denies what the question reported.
        ("Q: Wasn't the USAID work with DEVIDA described as 30 years?\nA: No. Two decades.\n",
         "30 years", "no-match", None, "denied"),
        # A caption is a text under correction: what it gave, beside the sheet's value, is
        # reported.
        ("3. A photo caption on Thursday dated the Ventanilla oil spill to January 16. The spill "
         "at the Repsol-run La Pampilla refinery took place on January 15, 2022.", "January 16",
         "no-match", None, "reported"),
        # A chart is a text under correction too; "I had ..." in a correction is what the
        # writer wrote, and the sheet's value after it corrects it.
        ("3. A chart with an Oct. 5 article on Venezuelan migration gave Peru's Venezuelan "
         "population as 1.3 billion. It is 1.3 million.", "1.3 billion", "no-match", None,
         "reported"),
        ("Correction to my note yesterday: I had INL's eradication support going back 50 "
         "years. The sheet says forty.", "50 years", "no-match", None, "reported"),
        # The writer in the third person; a forecast ("could host ... next year"); an amount a
        # program "will add".
        ("Some takeaways, from someone who has spent 12 years on alternative development in "
         "the VRAEM.", "12 years", "no-match", None, "first-person"),
        ("Officials here warn Peru could host 1.5 million Venezuelans by the end of next year.",
         "1.5 million", "no-match", None, "aimed"),
        ("USAID's environment and climate programs in Peru, which have totaled nearly $65 "
         "million over the past three years, will add $12 million for Amazon protected areas.",
         "$12 million", "no-match", None, "another-quantity"),
        # "member families" counts families ("family" is no "-ly" adverb ending the phrase).
        ("Our cacao cooperative grew from 150 to 1,200 member families since 2015.", "1,200",
         "no-match", None, "another-thing"),
        # Two amounts, each with its own "into ...", joined by "and": each its own words.
        ("The U.S. says it has put $386 million into the Venezuelan migration response in Peru "
         "and $86.8 million into pandemic-era assistance.", "$86.8 million", "supported",
         "technical-assistance", "restated-without-bound"),
        # A heading's source in brackets says whose numbers they are, not whom they are about.
        ("BY THE NUMBERS (State Department)\n  • 1.3 million — Venezuelan migrants and refugees "
         "in Peru\n", "1.3 million", "supported", "venezuelan-migrants", "fits"),
    ],
)  # fmt: skip
def test_classes_of_the_rounds_of_2026_12_05_late(
    store, draft: str, number: str, verdict: str, figure: str | None, rule: str
) -> None:
    (claim,) = _claims_at(store, draft, number)
    got = (claim.verdict, claim.figure and claim.figure.figure.id, claim.rule)
    assert got == (verdict, figure, rule)


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "figure", "rule"),
    [
        # Reporting words in an aside ("which the story cited ..., was") report the words
        # before the aside, which stay the number's subject: goods trade is another quantity.
        ("Goods trade alone, which the story cited from the U.S. Census Bureau, was $18.9 "
         "billion in 2021.", "$18.9 billion", "no-match", None, "another-quantity"),
        ("Trade, which the story cited, was $18.9 billion in 2021.", "$18.9 billion",
         "contradicted", "trade-2021", "rules-out"),
        # Another form of a verb the store's others name ("regularizing" for "regularized").
        ("Peruvian officials say nearly half a million Venezuelans have started regularizing "
         "their status.", "nearly half a million", "no-match", None, "another-quantity"),
        # One year's share of a count over years, as of an amount; of a figure of that one
        # year, the figure itself.
        ("The cultural property MOU brought 174 artifacts back home this year alone.", "174",
         "no-match", None, "part-of-total"),
        ("And this year alone we launched three new post-graduate Fulbright programs.", "three",
         "contradicted", "fulbright-programs", "rules-out"),
        ("Trade topped $22 billion in 2021 alone.", "topped $22 billion", "supported",
         "trade-2021", "fits"),
        # A line's own label heads its bare number, as a column's header does.
        ("AT A GLANCE\nYears of USAID work in Peru: 40\n", "40", "contradicted",
         "usaid-collaboration", "rules-out"),
        ("Two-way trade in 2021 ($ billions): 32\n", "32", "contradicted", "trade-2021",
         "beyond-reach"),
        # "that year" takes the year the sentence before said last, when its own says none.
        ("Trade grew from $9 billion in 2009 to upward of $22 billion in 2021. Total trade hit "
         "$32 billion that year.", "$32 billion", "contradicted", "trade-2021", "beyond-reach"),
        # A quote the writer proposes to say ("Suggested line:") is the writer's claim; one
        # that someone said, which the draft lets stand, is the speaker's (since 2026-12-08).
        ('- Suggested line: "USAID\'s nearly $45 million environment program over those three '
         'years is a start."\n', "nearly $45 million", "contradicted", "environment-program",
         "rules-out"),
        ('He said: "USAID\'s nearly $45 million environment program over those three years is '
         'a start."\n', "nearly $45 million", "contradicted", "environment-program",
         "quoted-let-stand"),
        # The sheet's value that a text under correction gave, corrected by the writer to a
        # value the sheet rules out: denied, so never supported; the correction is judged.
        ("The article said the United States donated 2 million COVID-19 vaccine doses to Peru. "
         "The correct number is 3 million doses.", "2 million", "no-match", None, "denied"),
        ("The article said the United States donated 2 million COVID-19 vaccine doses to Peru. "
         "The correct number is 3 million doses.", "3 million", "contradicted", "vaccine-doses",
         "rules-out"),
        # ... and so is a sentence that opens with its correction ("The correct number is").
        ("The article said the United States donated 2 million doses. The correct number is 3 "
         "million.", "2 million", "no-match", None, "denied"),
        ("The article said the United States donated 2 million doses. The correct number is 3 "
         "million.", "3 million", "contradicted", "vaccine-doses", "rules-out"),
        ("An earlier version described the growth in U.S.-Peru trade under the trade pact as 140 "
         "percent; according to the corrected figure we were given, it is 104 percent.",
         "140 percent", "no-match", None, "denied"),
        ("Our article said INL had backed eradication for forty years. The right number is 30.",
         "30", "contradicted", "inl-support", "rules-out"),
        ("The post said the U.S. gave more than $286 million for migrants. In fact it gave $186 "
         "million.", "more than $286 million", "no-match", None, "denied"),
        ("An earlier version of our explainer said INL has supported Peruvian coca eradication "
         "for four decades. It has done so for 30 years.", "four decades", "no-match", None,
         "denied"),
        ("Monday's newsletter said the U.S. gave more than $286 million for the migration "
         "response in Peru. The correct figure is $186 million.", "more than $286 million",
         "no-match", None, "denied"),
        # Not what someone else says beside another value: both stand as they are.
        ("Washington says it has put more than $286 million into the response here. The "
         "ministry's own S/ 150 million is under $40 million.", "more than $286 million",
         "supported", "migration-assistance", "fits"),
        # A text under correction, with when it ran between ("A story last week on ... gave").
        ("A story last week on pandemic aid gave U.S. technical assistance and in-kind "
         "donations as $68.8 million. The figure is over $86.8 million.", "$68.8 million",
         "no-match", None, "reported"),
        # The answer to a question that asks for a part is a part.
        ("Q: How much of the $286m for the migration response went through UNHCR? Our sources "
         "say about $40m.", "about $40m", "no-match", None, "part-of-total"),
        # A line's label that names the capital, of a count; a wider place than the figure's.
        ("SLIDE 4\n  - AWE alumnae in Lima: 150\n", "150", "no-match", None, "part-of-total"),
        ("SLIDE 4\n  - AWE alumnae: 150\n", "150", "contradicted", "awe-alumnae", "rules-out"),
        ("AWE in numbers\n- 1,000: AWE alumnae across South America\n", "1,000", "no-match",
         None, "another-party"),
        ("Blinken wrapped up a three-nation tour of South America after his Oct. 6 talks in "
         "Lima.", "Oct. 6", "supported", "lima-visit", "fits"),
        # Items joined by "and" with the preposition of the item before: each its own words
        # (INL's one duration is its support's: ky-05's writer labelled it so).
        ("He also spoke of a 50-year partnership with USAID and of INL's 25-year effort "
         "against coca.", "25-year", "contradicted", "inl-support", "rules-out"),
        # "Of the agreement's total, ...": a part; an obligated amount is another quantity than
        # the agreement's total (store: usaid-agreement's others).
        ("Of the agreement's total, USAID has so far spent $110 million.", "$110 million",
         "no-match", None, "part-of-total"),
        ("USAID has obligated $110 million under its agreement with Peru.", "$110 million",
         "no-match", None, "another-quantity"),
        # One period's share: what an act added this year, or the first year of a response
        # ("turned 25 this year", its number between, is an age, no share).
        ("ARTIFACTS\n  - Pieces repatriated this year: 112\n", "112", "no-match", None,
         "part-of-total"),
        ("| U.S. aid to the migration response in Peru | $26 mn in the first year of the "
         "crisis response |", "$26 mn", "no-match", None, "part-of-total"),
        ("The cultural property accord, which turned 25 this year, has brought home some 1,500 "
         "looted pieces.", "some 1,500", "contradicted", "repatriated-artifacts", "rules-out"),
        # A profile is a text under correction too.
        ("A profile of a Fulbright grantee said the U.S. Embassy launched three new "
         "post-graduate Fulbright programs this year. It launched only one.", "three",
         "no-match", None, "reported"),
        # After "in fact", or past the aside that reports it, the value is the writer's own;
        # the reported value it corrects is denied.
        ("USAID's support for alternative crops through DEVIDA, which the article said went "
         "back two decades, in fact goes back four decades.", "two decades", "no-match", None,
         "denied"),
        ("USAID's support for alternative crops through DEVIDA, which the article said went "
         "back two decades, in fact goes back four decades.", "four decades", "contradicted",
         "devida-partnership", "rules-out"),
        ("The U.S. vaccine donation to Peru, given in the article as two million doses, was 2.5 "
         "million doses.", "two million", "no-match", None, "denied"),
        ("The post said the U.S. gave $32 billion in trade in 2021.", "$32 billion", "no-match",
         None, "reported"),
        # "We also reported that ..." is a text under correction; "It has not:" denies it.
        ("We also reported that the narcotics bureau had backed manual coca eradication for "
         "forty years. It has not: the bureau's support goes back about twenty years.",
         "forty years", "contradicted", "inl-support", "negated-figure"),
        # A claim "people in Lima" make; an answer's "It's longer than that." refutes it.
        ("Q: Some people in Lima say USAID has been here about 30 years.\nA: It's longer than "
         "that. Our collaboration goes back more than six decades.\n", "about 30 years",
         "contradicted", "usaid-collaboration", "claimant-refuted"),
        # An interviewer's question that the answer denies is no claim.
        ("Q: So the U.S. never sent more than a million doses?\nA: No, that's not right. Two "
         "million doses, full stop.\n", "more than a million", "no-match", None, "denied"),
        # Other donors' doses are another quantity (store: the aid figures' others).
        ("VACCINES\n- U.S. donation: 2M doses\n- Other donors combined: ~3M doses\n", "~3M",
         "no-match", None, "another-quantity"),
        # One year's amount below a sum the sheet gives over several years: undetermined.
        ("indicator,period,value,unit,note\nenvironment_program,,60,USD m,multi-year total\n"
         "environment_program,2022,25,USD m,single fiscal year\n", "25", "undetermined",
         "environment-program", "year-not-in-sheet"),
        ("USAID's environment and climate program spent $25 million in 2022.", "$25 million",
         "undetermined", "environment-program", "year-not-in-sheet"),
    ],
)  # fmt: skip
def test_classes_of_the_rounds_of_2026_12_06(
    store, draft: str, number: str, verdict: str, figure: str | None, rule: str
) -> None:
    (claim,) = _claims_at(store, draft, number)
    got = (claim.verdict, claim.figure and claim.figure.figure.id, claim.rule)
    assert got == (verdict, figure, rule)


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "figure", "rule"),
    [
        # "It gave the value of X as ..." reports what a text under correction said.
        ("The article said Blinken visited Lima. It gave the value of the USAID development "
         "agreement as $231 million. The agreement is worth $321 million.", "$231 million",
         "no-match", None, "reported"),
        # ... but "gave ... as much as" names no figure of a text.
        ("The United States gave the country as much as $231 million under the USAID "
         "agreement.", "$231 million", "contradicted", "usaid-agreement", "rules-out"),
        # A pronoun after a clause's colon stands for what the clause before it names.
        ("Goods trade alone was smaller: Census data put it near $17 billion in 2021.",
         "$17 billion", "no-match", None, "another-quantity"),
        ("Total trade boomed: it reached $32 billion in 2021.", "$32 billion", "contradicted",
         "trade-2021", "beyond-reach"),
        # Whose words, and when, name no party of the number and date nothing.
        ("The collaboration between USAID and the Peruvian government spans, in the State "
         "Department's words of 2022, more than six decades.", "more than six decades",
         "supported", "usaid-collaboration", "fits"),
        ("The collaboration between USAID and Peru spans, in the words of the State "
         "Department, more than six decades.", "more than six decades", "supported",
         "usaid-collaboration", "fits"),
        # A row's unit cell says what its value is; an end column or a final year is an end.
        ("indicator,value,unit,year_from,year_to,src\nusaid_agreement,321,USD million,2021,"
         "2026,State\n", "2026", "supported", "usaid-agreement-end", "fits"),
        ("indicator,value,unit\nusaid_agreement_final_year,2026,year\n", "2026", "supported",
         "usaid-agreement-end", "fits"),
        ("indicator,value,unit\nenvironment_climate_program_last_three_years,60,USD m\n", "60",
         "supported", "environment-program", "restated-without-bound"),
        ("indicator,value,unit,year\neu_aid_venezuelans_peru,12.5,EUR million,2022\n", "12.5",
         "no-match", None, "another-currency"),
        # "last year" after another amount, past a comma, is that amount's.
        ("The figure is more than $286 million, of which $90.47 million was humanitarian "
         "assistance announced last year.", "more than $286 million", "supported",
         "migration-assistance", "fits"),
        # "It goes back two decades" corrects a reported duration in the next sentence.
        ("It said USAID's partnership with DEVIDA went back three decades. It goes back two "
         "decades.", "three decades", "no-match", None, "reported"),
        # Past a relative aside's closing comma is the main clause's, not the aside's number's.
        ("USAID, which officials said has worked in Peru for about three decades, funds "
         "alternative crops such as cacao and coffee.", "about three decades", "contradicted",
         "usaid-collaboration", "rules-out"),
        # What one year added to a running count is a part of it.
        ("AWE's Lima chapter graduated 95 women this year.", "95", "no-match", None,
         "part-of-total"),
        # The whole exodus from Venezuela is another quantity than the migrants in Peru
        # (store: the figure's others).
        ("Blinken urged the region to share the cost of a crisis that has driven more than 7 "
         "million Venezuelans from their country.", "more than 7 million", "no-match", None,
         "another-quantity"),
        # A timeline entry's date of a fine is no date of the spill (store: the figure's others).
        ("- Mar 2022: Peru's environmental regulator fines Repsol S/ 4.6 million over the spill "
         "response.\n", "Mar 2022", "no-match", None, "another-quantity"),
        # "nowhere near X" denies X: the sheet's value denied is contradicted, another is none.
        ("The U.S. gave nowhere near two million doses.", "two million", "contradicted",
         "vaccine-doses", "negated-figure"),
        ("The $321 million agreement is about $64 million a year, nowhere near $500 million.",
         "$500 million", "no-match", None, "negated-other"),
        # "gave X as ..." reports a text's value; "gave ... as much as" does not.
        ("A business story gave total trade in 2021 as $12 billion. The State Department puts "
         "it at over $22 billion.", "$12 billion", "no-match", None, "reported"),
        # "Describing" reports: its speaker is no party of the number.
        ("An embassy official was describing the more than 60-year USAID partnership as a "
         "whole.", "more than 60-year", "supported", "usaid-collaboration", "fits"),
        # "..., but the Department's figure is forty": a bare number after a duration is years.
        ("Some say INL has worked with Peru for only twenty years, but the Department's figure "
         "is forty.", "forty", "supported", "inl-support", "fits"),
        # A row of one year's amount is a part of a running total.
        ("metric,value,unit,period\nmigration_assistance_one_year,56,USD m,FY 2022\n", "56",
         "no-match", None, "part-of-total"),
        # A second leak is another event than the spill (store: the figure's others).
        ("January 24 — A second, smaller leak is reported at the same terminal.\n",
         "January 24", "no-match", None, "another-quantity"),
        # A source column that names another country says whose the value is.
        ("indicator,source,period,value,unit\nvaccine_doses_donated,Spain (via COVAX),,0.66,"
         "million\n", "0.66", "no-match", None, "another-party"),
        # The total of what an addition is made to is that other, amended thing's.
        ("September 2020 — USAID adds $65 million to a donation agreement worth $432.6 million "
         "in total.\n", "$432.6 million", "no-match", None, "another-quantity"),
        # "worked here" is USAID's collaboration with Peru (store: its measure).
        ("On drugs, INL has backed coca eradication for thirty years, and USAID, which has "
         "worked here for four decades, signed a deal.", "four decades", "contradicted",
         "usaid-collaboration", "rules-out"),
        # "misdated it as ..." reports what a text under correction got wrong.
        ("A story on the oil spill misdated it as January 16. It began January 15.",
         "January 16", "no-match", None, "reported"),
    ],
)  # fmt: skip
def test_classes_of_the_rounds_of_2026_12_06_morning(
    store, draft: str, number: str, verdict: str, figure: str | None, rule: str
) -> None:
    (claim,) = _claims_at(store, draft, number)
    got = (claim.verdict, claim.figure and claim.figure.figure.id, claim.rule)
    assert got == (verdict, figure, rule)


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "figure", "rule"),
    [
        # A column headed by the sheet's publisher is the sheet's own values, no party of them.
        ("| Item | State Dept. sheet | Other source |\n|---|---|---|\n| USAID development "
         "agreement | $321 m | $65 m first-year tranche (USAID) |\n", "$321 m", "supported",
         "usaid-agreement", "fits"),
        # A unit cell heads its row's value, numbers and all.
        ("indicator,value,unit\nusaid_environment_climate_program,60,USD mn (last 3 yrs)\n",
         "60", "supported", "environment-program", "restated-without-bound"),
        # A row of the latest year's amount is a part of a sum over several years ...
        ("indicator,value,unit\nusaid_environment_program_latest_year,22.5,USD mn\n", "22.5",
         "no-match", None, "part-of-total"),
        # ... but one year's row of a figure of that one year is the figure.
        ("| Measure | Value |\n|---|---|\n| Total trade, first year of the PTPA (2009) | $12 "
         "billion |\n", "$12 billion", "contradicted", "trade-2009", "rules-out"),
        # "goods and services" is total trade only as a phrase, its words in that order: the
        # goods figure names no measure of the sheet's.
        ("Two-way trade passed $22 billion in 2021. Take away services and the goods figure for "
         "2021 comes to about $16 billion.", "$16 billion", "no-match", None, "no-measure"),
        # A region of several countries is another place than Peru; "the Andean nation" is Peru.
        ("Washington shipped 3.6 million doses to the Andean countries as a whole.",
         "3.6 million", "no-match", None, "another-party"),
        ("The Andean nation hosts 1.3 million Venezuelans.", "1.3 million", "supported",
         "venezuelan-migrants", "fits"),
        # What is said of "a different figure" the number is set off beside is said of it.
        ("The U.S. donation was two million doses. A different figure, about 20 million doses, "
         "referred to vaccines Lima bought.", "20 million", "no-match", None,
         "another-quantity"),
        # "the country" as a subject is a place: it counts its own things.
        ("Peru got $3.5 million from the Ambassadors Fund for 34 projects; the country has 25 "
         "regions in all.", "25", "undetermined", "ambassadors-fund-regions", "place-subject"),
        # Tied in words, the broader figure is meant when the narrower partner goes unnamed.
        ("The $321 million USAID agreement sits on top of a development partnership the sheet "
         "dates to four decades of joint work.", "four decades", "contradicted",
         "usaid-collaboration", "rules-out"),
        # An arrival the evening before the day of travel is not ruled out; days before are.
        ("Blinken landed in Lima on October 5 for the assembly.", "October 5", "undetermined",
         "lima-visit", "arrival-eve"),
        ("Blinken arrived in Lima on October 3 for the assembly.", "October 3", "contradicted",
         "lima-visit", "rules-out"),
        # "early in the crisis": a value of another time.
        ("Migration aid now tops $286 million; early in the crisis the running total was nearer "
         "$26 million.", "$26 million", "undetermined", "migration-assistance", "earlier-value"),
        # The sheet's value stated beside a reported one, though dated, corrects it ...
        ("- It put the number of Venezuelans in Peru at 3.1 million. Peru hosted about 1.3 "
         "million as of mid-2021.\n", "3.1 million", "no-match", None, "reported"),
        # ... but a dated duration beside it is another span, no restatement.
        ("Coca covered 80,000 hectares in 2021, more than at any point in the last 20 years. "
         "USAID has worked with DEVIDA for three decades, it claims.", "three decades",
         "contradicted", "devida-partnership", "rules-out"),
        # A denied perfect's duration, however long the verb's phrase, is denied.
        ("USAID has not been working hand in hand with the Peruvian government for sixty "
         "years.", "sixty years", "contradicted", "usaid-collaboration", "negated-figure"),
        # A year's comma is no part of a whole ("16 of 25"): the change after it is a claim.
        ("Bilateral trade stood at over $22 billion in 2021 against $9 billion in 2009, growth "
         "of 104%.", "104%", "contradicted", "trade-growth", "rules-out"),
        # "eradicating" is INL's work (store: its measure).
        ("The Americans have been eradicating coca with Peru for half a century.",
         "half a century", "contradicted", "inl-support", "rules-out"),
        # "latest enacted year", "single year": one year of something, no unit of years.
        ("(US$ millions unless noted)\n\n| Line | Amount | Note |\n| --- | --- | --- |\n| INL "
         "counternarcotics, latest enacted year | 39 | single year |\n", "39", "no-match", None,
         "no-measure"),
        # A duration in words in a note is an amount, not the unit of the row's value.
        ("(US$ millions unless noted)\n\n| Line | Amount | Note |\n| --- | --- | --- |\n| "
         "USAID-led environment and climate program | 60+ | over the last three years |\n",
         "60+", "supported", "environment-program", "fits"),
        # A unit the row denies is not its own; a value written in full is not scaled.
        ("(US$ millions unless noted)\n\n| Line | Amount |\n| --- | --- |\n| COVID-19 vaccine "
         "doses donated (doses, not $) | 2,000,000 |\n", "2,000,000", "supported",
         "vaccine-doses", "fits"),
        # An older agreement is another one (store: the figure's others).
        ("line_item,usd\n\"Older USAID agreement, cumulative\",432600000\n", "432600000",
         "no-match", None, "another-quantity"),
        # A party whose names hold the figure's head noun names what it measures.
        ("rob: AFCP money for Peru: $4.9m per the sheet.", "$4.9m", "contradicted",
         "ambassadors-fund", "beyond-reach"),
        ("| Measure | Value |\n|---|---|\n| Growth under the PTPA | 140%+ |\n", "140%+",
         "supported", "trade-growth", "fits"),
        # A passive's participle reports nothing: its noun is the clause's subject.
        ("Reminder: the $321 million USAID agreement cited in the sheet was signed in September "
         "2020.", "September 2020", "contradicted", "usaid-agreement-signed", "rules-out"),
        # "signed with your government in 2020": with whom, between the verb and its year.
        ("The $321 million agreement it signed with your government in 2020 will carry us "
         "through 2026.", "2020", "contradicted", "usaid-agreement-signed", "rules-out"),
        # A count in the thousands twenty times one in the hundreds is another count.
        ("- U.S. exchange alumni in Peru: 12,000+\n- AWE alumnae: nearly 400\n", "12,000+",
         "no-match", None, "far-past"),
        # A change cell is over the years of its row's values.
        ("| Indicator | Earlier | Now | Change |\n|---|---|---|---|\n| Total two-way trade | "
         "$18.6bn (2018) | $22bn+ (2021) | +19% |\n", "19%", "no-match", None, "another-year"),
        ("| Indicator | Then | Now | Change |\n|---|---|---|---|\n| Total trade | $9bn (2009) | "
         "$22bn+ (2021) | +104% |\n", "104%", "contradicted", "trade-growth", "rules-out"),
        # What one year, cycle or round added, its act before or after the count, is a part.
        ("The caption's other figure, 120 pieces returned to Peru this year, was correct.",
         "120", "no-match", None, "part-of-total"),
        ("The embassy gave 18 scholarships to Afro-Peruvian students this cycle.", "18",
         "no-match", None, "part-of-total"),
        ("This year, we launched two new post-graduate Fulbright programs.", "two", "supported",
         "fulbright-programs", "fits"),
        # "suggested" reports what a text under correction said.
        ("Your writer also suggested the U.S. sent Peru no more than a million vaccine doses. "
         "In fact Washington donated two million.", "a million", "no-match", None, "reported"),
        # A cohort of one day is a part; so is a grant for a single site.
        ("Congratulations above all to the 35 women entrepreneurs who graduate today.", "35",
         "no-match", None, "part-of-total"),
        ("indicator,value,unit,year,source\nAmbassadors Fund grant for a single site (Chan Chan),"
         "0.7,USD mn,,Embassy Lima\n", "0.7", "no-match", None, "part-of-total"),
        # An answer's "No" denies what the question asks after the number, not the number.
        ("Q: And the famous $321 million USAID agreement - has all of it arrived?\nA: No, it is "
         "paid out in tranches.", "$321 million", "supported", "usaid-agreement", "fits"),
    ],
)  # fmt: skip
def test_classes_of_the_rounds_of_2026_12_06_midday(
    store, draft: str, number: str, verdict: str, figure: str | None, rule: str
) -> None:
    (claim,) = _claims_at(store, draft, number)
    got = (claim.verdict, claim.figure and claim.figure.figure.id, claim.rule)
    assert got == (verdict, figure, rule)


@pytest.mark.parametrize(
    ("draft", "number", "verdict", "figure", "rule"),
    [
        # A number of years is a duration before an elliptic number; "this year" is none.
        ("The story said the embassy started two Fulbright programs this year; the right "
         "number is three.", "three", "contradicted", "fulbright-programs", "rules-out"),
        # A second act of the same subject, its verb right after "and", with a count of its own
        # (not "runs through 2026").
        ("The embassy opened three new Fulbright programs in 2022 and now runs roughly 70 "
         "scholarship and exchange programs.", "roughly 70", "contradicted", "embassy-programs",
         "beyond-reach"),
        ("The agreement was signed in September 2021 and runs through 2026, for $321 million.",
         "2026", "supported", "usaid-agreement-end", "fits"),
        # A spaced ellipsis before a value that ends its line is a leader.
        ("NARCOTICS\n• INL eradication support ....... 40 years\n• USAID-DEVIDA partnership ... "
         "35 years\n", "35 years", "contradicted", "devida-partnership", "rules-out"),
        # A duration and an amount before one noun: how long that thing lasts.
        ("USAID then signed a four-year, $321 million agreement covering health and "
         "environmental work.", "four-year", "no-match", None, "another-thing"),
        # A statement asked as a question, then denied: the answer's; not a question that takes
        # its number as given.
        ("HOST: And the academy has something like 4,000 graduates in Peru?\nGUEST: No, closer "
         "to four hundred.", "4,000", "no-match", None, "denied"),
        ("Have forty years of INL support for eradication failed?\nNo. The three lines of effort "
         "work together.", "forty years", "supported", "inl-support", "fits"),
        # Taken back at once; denied, then corrected; corrected by a bare value after "No".
        ("INL has backed eradication for twenty years... sorry, forty years.", "twenty years",
         "no-match", None, "denied"),
        ("Some keep saying the embassy runs 50 scholarship programs. It doesn't. It's closer to "
         "20.", "50", "no-match", None, "denied"),
        ("Q: And the technical assistance was $86.8 million?\nA: No, I've got 66.8 million.",
         "$86.8 million", "no-match", None, "denied"),
        # Another body's count; a caption's date of count; all host countries.
        ("Peru hosts, by an interagency count for mid-2022, 1.49 million Venezuelans.",
         "1.49 million", "undetermined", "venezuelan-migrants", "year-not-in-sheet"),
        ("Venezuelans abroad (R4V, end-2020)\n\n| Country | Venezuelans |\n|---|---|\n| Peru | "
         "1.04 m |\n", "1.04 m", "undetermined", "venezuelan-migrants", "year-not-in-sheet"),
        ("| Country | Venezuelans |\n|---|---|\n| All host countries | 6.1 m |\n", "6.1 m",
         "no-match", None, "another-party"),
        # A percent under a year column: the change from the table's first year to it.
        ("| Indicator | 2009 | 2016 | 2021 |\n|---|---|---|---|\n| Trade growth since the PTPA | "
         "- | 91% | 150% |\n", "91%", "no-match", None, "another-year"),
        # Money a relative clause gives to another actor's act.
        ("The $321 million is small beside the roughly $3.9 billion that Peruvians abroad send "
         "home each year.", "$3.9 billion", "no-match", None, "another-thing"),
        # The end of a span of months; a timeline's date of a report on the event.
        ("A. Debrief on the Secretary's visit\n- The chair recalled that Secretary Blinken was "
         "in Lima on October 6.\n- Goods trade from January to June 2022 alone was running near "
         "$9.4 billion.", "June 2022", "no-match", None, "another-event"),
        ("- January 15: Oil spills at La Pampilla.\n- January 27: Repsol puts the spill at "
         "10,396 barrels.\n", "January 27", "no-match", None, "another-event"),
        # A row of an increase is neither the agreement nor its signing (store: "increase").
        ("metric,value,unit,period,source\nusaid_agreement_increase,65,USD m,Sep 2020,Embassy "
         "Lima\n", "Sep 2020", "no-match", None, "another-quantity"),
        # Parts: one batch, the first flight, a count for one group (not two groups).
        ("- 2,000+: artifacts repatriated under the MOU.\n- 517: pieces in a single batch "
         "returned under it.\n", "517", "no-match", None, "part-of-total"),
        ("metric,value,unit,source\nvaccine_doses_first_flight,1002000,doses,Andina\n",
         "1002000", "no-match", None, "part-of-total"),
        ("The embassy's 12 scholarships for coca-region students are a nice touch.", "12",
         "no-match", None, "part-of-total"),
        ("It launched two Fulbright programs for Afro-Peruvians and students with disabilities.",
         "two", "supported", "fulbright-programs", "fits"),
        # A number named as a figure, to say what it counts.
        ("The 1.8 million figure counts every Venezuelan who has entered Peru.", "1.8 million",
         "no-match", None, "another-thing"),
        # Learning round 12 (oo, op, oq, or): a mention denied is no number denied; a row
        # marked a plain number takes no scale from its caption; a first flight with a word
        # between; money for the whole region.
        ("Neither guest mentioned the $321 million agreement USAID signed with Peru.",
         "$321 million", "supported", "usaid-agreement", "fits"),
        ("Assistance lines (US$ millions unless noted)\n\n| Line | Amount |\n|---|---|\n| "
         "Ambassadors Fund | over 3.5 |\n| ... regions with projects (number) | 16 |\n", "16",
         "supported", "ambassadors-fund-regions", "fits"),
        ("metric,value,unit,source\ncovid_doses_first_us_flight,1002000,doses,Andina\n",
         "1002000", "no-match", None, "part-of-total"),
        ("The Chair flagged $40 million in USAID funding, for the whole region, at "
         "the Summit.", "$40 million", "no-match", None, "another-party"),
        # Learning round 13 (os ... ow): a row of one part ("..., bilateral program only"); a
        # country beyond the hemisphere.
        ("| Area | Item | Amount |\n|---|---|---|\n| Development | USAID development agreement "
         "| $321 m |\n| Development | Same agreement, bilateral program only | $171 m |\n",
         "$171 m", "no-match", None, "part-of-total"),
        ("| Item | Value | Source |\n|---|---|---|\n| Doses sent to Pakistan the same week | "
         "2.5 M | Reuters |\n", "2.5 M", "no-match", None, "another-party"),
        # The blind part of the afternoon (oi ... on), opened after its one score: an amount
        # someone is expected to announce; an older tally; a guess after a question's comma,
        # answered "No"; people sent on a later date; a count "by 2017".
        ("Of the $240 million he is expected to commit for migration, how much goes to Peru?",
         "$240 million", "no-match", None, "aimed"),
        ("- Older embassy tally of AFCP grants: 23 projects", "23", "undetermined",
         "ambassadors-fund-projects", "earlier-value"),
        ("DANA: How long has INL been doing eradication with Peru, twenty years?\nLUIS: No, "
         "forty.", "twenty years", "no-match", None, "denied"),
        ("* Jan. 15, 2022 - Oil spills at La Pampilla.\n\n* Feb. 22, 2022 - Two NOAA spill "
         "specialists deploy to Peru.\n", "Feb. 22, 2022", "no-match", None, "another-event"),
        ("The memorandum on cultural property, a quarter-century old in 2022, had by 2017 "
         "enabled the return of close to 2,000 objects.", "close to 2,000", "undetermined",
         "repatriated-artifacts", "year-not-in-sheet"),
        # Learning round 14 and the opened blind part pc ... pe. A quote the writer says
        # counts another thing is no error of it.
        ('It described Peru as hosting "nearly half a million" Venezuelans. That number refers '
         "to those who have applied for asylum; the total of Venezuelan migrants and refugees "
         "in Peru is 1.3 million.", "nearly half a million", "no-match", None, "another-thing"),
        # Two amounts that together make the figure are its parts.
        ("key,topic,value,unit,source\nusaid_agreement_value,development,321,USD mn,Embassy\n"
         "usaid_agreement_bilateral,development,171,USD mn,Gestion\n"
         "usaid_agreement_regional,development,150,USD mn,Gestion\n", "171", "no-match", None,
         "part-of-total"),
        # The most one grant may be is no total.
        ("key,value,unit,source\nambassadors_fund_to_peru,3.5,USD mn,State\n"
         "ambassadors_fund_max_grant,500000,USD,Embassy call\n", "500000", "no-match", None,
         "part-of-total"),
        # The day an article ran dates the article.
        ("An article on Oct. 9 about U.S. development aid gave the wrong date for the signing "
         "of USAID's $321 million agreement with Peru.", "Oct. 9", "no-match", None,
         "another-event"),
        # An amount announced is a new one (store: migration-assistance's others).
        ("October 6, 2022 – Blinken co-leads a migration ministerial at which Washington "
         "announces $240 million for the region.", "$240 million", "no-match", None,
         "another-quantity"),
        # R4V by its long name is another source, whose count the sheet does not settle.
        ("indicator,value,as_of,source\nVenezuelan migrants and refugees in Peru,1500000,"
         "mid-2022,regional platform\n", "1500000", "undetermined", "venezuelan-migrants",
         "year-not-in-sheet"),
        # The sheet's bare "over" value denied as too low agrees with the sheet ...
        ("fwiw trade more than tripled under the FTA, it wasn't 140%. people keep lowballing "
         "it", "140%", "no-match", None, "denied-too-low"),
        # ... and denied with nothing that says it was more, it is denied.
        ("Trade between the two countries did not grow 140 percent from 2009 to 2021.",
         "140 percent", "contradicted", "trade-growth", "negated-figure"),
        # A table its caption says is not the sheet's.
        ("### Table B: context (not in the fact sheet)\n\n| Item | Value | As of |\n|---|---|---|\n"
         "| Oil spilled at La Pampilla, government estimate | 11,900 bbl | Jan 28 |\n", "Jan 28",
         "no-match", None, "not-the-sheets"),
        # A quoted denial denies the number after its closing mark.
        ('Peru Libre lawmaker: U.S. "never donated" 2 million vaccine doses, says shots were '
         "bought", "2 million", "contradicted", "vaccine-doses", "negated-figure"),
        # A timeline entry of the sheet's own year is no other time.
        ("2022 – The cultural MOU marks its 25th anniversary; about 1,200 trafficked artifacts "
         "have been repatriated under it.", "about 1,200", "contradicted",
         "repatriated-artifacts", "rules-out"),
        # "that year" ahead of the number, in its clause, dates it by the sentence before ...
        ("February 1, 2009 – The agreement enters into force. Two-way trade that year: $7.5 "
         "billion.", "$7.5 billion", "contradicted", "trade-2009", "rules-out"),
        # ... but not when another number stands before it, whose year it is.
        ("Total trade grew from $9 billion that year to upward of $22 billion in 2021.",
         "upward of $22 billion", "supported", "trade-2021", "fits"),
        # A rate in another clause after the number is not its own.
        ("* Cultural property MOU with Washington: 20 years old this year, renewed every five "
         "years.", "20 years", "contradicted", "cultural-mou", "rules-out"),
        # Who praises another's work is not whose number it is.
        ("The Secretary also recognized a quarter-century of support from the State "
         "Department's Bureau of International Narcotics and Law Enforcement for Peru's "
         "eradication agency and National Police.", "a quarter-century", "contradicted",
         "inl-support", "rules-out"),
        # The blind part pf ... pm, opened: a text that said a value "wrongly" is denied by
        # the writer ...
        ("An analysis of the cultural patrimony memorandum wrongly said it reached 25 years in "
         "2022. The memorandum turned 20 this year.", "25 years", "contradicted", "cultural-mou",
         "negated-figure"),
        # ... a reported value the next sentence states anew ("There are four") is no claim ...
        ("An article on counternarcotics said the United States supports three lines of effort "
         "in Peru. There are four: eradication, interdiction, alternative development and "
         "demand reduction.", "three", "no-match", None, "denied"),
        # ... and so is the value of "your line putting ...".
        ("Your line putting trade at $15 billion in 2009 is wrong; State has it at $9bn.",
         "$15 billion", "no-match", None, "reported"),
        # A row marked "(persons)" takes no scale from its caption.
        ("Amounts in US$ millions unless noted\n\n| Item | Value |\n|---|---|\n| Academy for "
         "Women Entrepreneurs alumnae in Peru (persons) | 400 |\n", "400", "supported",
         "awe-alumnae", "restated-without-bound"),
        # A generic noun in a paragraph of another figure's topic is too little to contradict,
        # whatever the rest of the draft names.
        ("I'm one of the nearly 400 AWE alumnae in Peru. My cohort in 2021 had 35 women from "
         "nine regions, and three of us now ship directly to U.S. buyers.\n\nThe Ambassadors "
         "Fund has given Peru more than $3.5 million for 34 projects in 16 regions.", "nine",
         "undetermined", "ambassadors-fund-regions", "weak-evidence"),
        # The blind part pn ... pt, opened: a quoted date its figure rules out is no age of
        # another figure's years ...
        ('THE CLAIM: "Castillo\'s government signed a $321 million deal with USAID in 2020."\n'
         "OUR RATING: Partly false\nUSAID signed the $321 million agreement in September 2021.",
         "2020", "contradicted", "usaid-agreement-signed", "quoted-refuted"),
        # ... a row "of which:" is a part of the row above ...
        ("| Item | Value |\n|---|---|\n| USAID agreement | 321.0 |\n|   of which: regional "
         "program | 150.0 |\n", "150.0", "no-match", None, "part-of-total"),
        # ... a row of one site's conservation grant is one grant (but not a sentence that
        # names one after the number) ...
        ("| Item | Value |\n|---|---|\n| Caral conservation grant from the Ambassadors Fund | "
         "$800,000 |\n", "$800,000", "no-match", None, "part-of-total"),
        ("AFCP gave $3.5 million for 34 projects in 18 regions, of which $1.1 million went to "
         "the Chan Chan conservation grant.", "18", "contradicted", "ambassadors-fund-regions",
         "rules-out"),
        # ... and a count on a timeline's line dated another year is of that year.
        ("2017 — The memorandum is extended again. Close to 2,000 pieces have come home by now.",
         "Close to 2,000", "undetermined", "repatriated-artifacts", "year-not-in-sheet"),
        # A possessive that opens a clause is its antecedent subject's: China's trade ...
        ("China has been Peru's biggest customer for a decade, and its trade with Peru came to "
         "well over $30 billion in 2021.", "well over $30 billion", "no-match", None,
         "another-party"),
        ("China has been Peru's biggest customer for a decade. Its trade with Peru came to "
         "well over $30 billion in 2021.", "well over $30 billion", "no-match", None,
         "another-party"),
        # ... but not a subject pronoun, whose antecedent may be a reported clause's subject.
        ("A profile said the Academy for Women Entrepreneurs has more than 400 alumnae in "
         "Peru. It has nearly 400.", "nearly 400", "supported", "awe-alumnae", "fits"),
        # The figures' country's demonym ("Afro-Peruvians") names no figure's topic.
        ("The Ambassadors Fund gave $3.5 million for 34 projects.\n\nI'm an alum of the Academy "
         "for Women Entrepreneurs. My cohort had 35 of us from 9 regions. The embassy launched "
         "2 new Fulbright programs, one for Afro-Peruvians.", "9", "undetermined",
         "ambassadors-fund-regions", "weak-evidence"),
        # A duration after an amount, before their noun, lasts as long as that noun's thing.
        ("In September 2021 USAID signed a $321 million, five-year development agreement with "
         "Peru.", "five-year", "no-match", None, "another-thing"),
        # A row's "first ... lot" is the first shipment's load; a column "FY2021" one year's aid.
        ("metric,value,unit,source\ncovid_doses_donated_by_us,2000000,doses,State Dept\n"
         "covid_doses_first_us_lot,1002000,doses,Andina", "1002000", "no-match", None,
         "part-of-total"),
        ("Table A. USAID bilateral assistance ($ millions)\n\n| Account | FY2021 actual |\n"
         "|---|--:|\n| Development Assistance (USAID) | 57.5 |", "57.5", "no-match", None,
         "another-quantity"),
        # One round of a fund's awards is a part of all it has funded.
        ("Ambassadors Fund: the current round is set to award $140,000 across three projects.",
         "three", "no-match", None, "part-of-total"),
        # A generic noun narrowed by words the figure's line never says counts another kind ...
        ("After the oil spill, the crude spread into two protected natural areas. We support "
         "interdiction and eradication.", "two", "no-match", None, "another-thing"),
        # ... not one narrowed by a word of its family ("funded") or a partitive's whole.
        ("Through the Ambassadors Fund, the U.S. has backed 43 funded projects in Peru.", "43",
         "contradicted", "ambassadors-fund-projects", "rules-out"),
        # "In those N years" is the span just said, judged as it was.
        ("Our cultural property agreement with Peru turned a quarter-century old this year. "
         "In those twenty-five years it has helped return more than two thousand pieces.",
         "twenty-five years", "supported", "cultural-mou", "fits"),
        # A list item is tied by its own words, not by a party only a later item names ...
        ("Washington points to four decades of help pulling up coca by hand, ten years of work "
         "with the anti-drug agency DEVIDA on cacao and coffee, and a response team.",
         "four decades", "undetermined", "devida-partnership", "borrowed-subject"),
        # ... and a pronoun object after a colon stands for what the clause before names.
        ("Peru's own exports to the U.S. rose as well: the trade ministry puts them at $4.7 "
         "billion in 2009.", "$4.7 billion", "no-match", None, "another-quantity"),
        # A row whose label says its awards are new counts no part of the Fund's 34 projects.
        ("metric,value,unit,source,note\nambassadors_fund_new_awards,140000,USD,US Embassy "
         "Lima,Kuelap and two language projects", "two", "no-match", None, "another-quantity"),
        # A dash after a number that opens its line says what it counts ...
        ("• 1,002,000 — doses on the first U.S. flight into Lima", "1,002,000", "no-match", None,
         "part-of-total"),
        # ... not a dash after a date in the middle of a sentence.
        ("Blinken led the U.S. delegation to the OAS General Assembly in Lima on October 6 — "
         "the first assembly held in person since 2019.", "October 6", "supported", "lima-visit",
         "fits"),
        # "Over x" further below the sheet's two-digit "over v" than a rounding down: never
        # supported; a step below is a rounding ("topped $21 billion" for "over $22 billion").
        ("Ambassadors Fund for Cultural Preservation: $2.5M+ to Peru, most in the hemisphere",
         "$2.5M+", "undetermined", "ambassadors-fund", "bound-below"),
        ("Total trade topped $21 billion in 2021.", "topped $21 billion", "supported",
         "trade-2021", "fits"),
        # A sentence that takes up the one before by a pronoun or "the agreement" takes up the
        # sheet's sentence it stated rightly: its dates are that sentence's events.
        ("USAID signed a $321 million agreement with Peru in September 2021. It runs through "
         "2028.", "2028", "contradicted", "usaid-agreement-end", "rules-out"),
        ("USAID signed a $321 million agreement with Peru in September 2021. The agreement "
         "was signed in September 2020.", "September 2020", "contradicted",
         "usaid-agreement-signed", "rules-out"),
        # A heading's "non-dollar" gives its rows no money unit.
        ("Non-dollar lines\n- COVID-19 vaccine doses donated: 2,000,000 (Pfizer)\n"
         "- AWE alumnae in Peru: ~600", "~600", "contradicted", "awe-alumnae", "rules-out"),
        # A quoted denial of the sheet's own value is its speaker's claim, which the sheet
        # refutes, with a report phrase or without.
        ('"The Americans did not give us two million vaccines," a lawmaker told reporters.',
         "two million", "contradicted", "vaccine-doses", "negated-figure"),
        ('A viral post claims the US "did not donate 2 million doses, it sold them." Not so: '
         "the fact sheet lists two million donated doses.", "2 million", "contradicted",
         "vaccine-doses", "negated-figure"),
        # A mix-up denied ("so nobody confuses it with ...") denies no number.
        ("Move the Fulbright line so nobody confuses it with the 2,000+ artifacts repatriated "
         "under the MOU.", "2,000+", "supported", "repatriated-artifacts", "fits"),
        # A table row "- of which ..." is a part of the row above.
        ("Table 1 (US$ thousands)\n\n| Item | Agency | Amount |\n|---|---|--:|\n"
         "| - of which USAID development funding | USAID | 40,000 |", "40,000", "no-match", None,
         "part-of-total"),
        # A subject that names another quantity ("farm exports") is not tied to a figure by
        # words of another clause ("when the agreement took effect").
        ("Our farm exports to the United States were around $3 billion last year, roughly "
         "triple what they were when the agreement took effect in 2009.", "around $3 billion",
         "no-match", None, "another-quantity"),
        # A slip another speaker corrects at once and its speaker concedes is no claim.
        ("DANIEL: The U.S. gave three million Pfizer doses—\n\nMAYA: Two million.\n\n"
         "DANIEL: Sorry, two million, you're right.", "three million", "no-match", None,
         "denied"),
        # ... but a host's wrong number the guest corrects is the host's claim.
        ("BRENNAN: And INL has been paying for eradication for, what, fifteen years?\n"
         "VARGAS: Four decades. It goes back a long way.", "fifteen years", "contradicted",
         "inl-support", "rules-out"),
        # A figure someone asks about is asked, not claimed.
        ("R. Paredes asked about a figure of US$30 billion for 2021 trade reported in local "
         "media.", "US$30 billion", "no-match", None, "reported"),
        # A quotation's close ends what a number counts.
        ('The draft\'s "we gave Peru 3 million vaccines" line has to go.', "3 million",
         "contradicted", "vaccine-doses", "quoted-refuted"),
        # A quoted number in a report under check ("The column claimed ...") that the draft
        # refutes right after is the column's claim, found wrong.
        ('The column claimed the United States sent Peru "barely a million vaccine doses" '
         "during the pandemic. The State Department's fact sheet records a donation of two "
         "million doses.", "barely a million", "contradicted", "vaccine-doses", "quoted-refuted"),
        # ... unquoted, it is only reported, and corrected: no claim of the writer's.
        ("The column claimed the United States sent Peru barely a million vaccine doses. The "
         "fact sheet records a donation of two million doses.", "barely a million", "no-match",
         None, "reported"),
        # A quoted number only weakly tied to a figure is tied by the figure stated rightly
        # within two sentences after it, which refutes it ...
        ('CLAIM 1: "The gringos sent us 500,000 vaccines and took a photo."\n\nRATING: False. '
         "According to the State Department fact sheet, the United States donated two million "
         "doses of COVID-19 vaccine to Peru.", "500,000", "contradicted", "vaccine-doses",
         "quoted-refuted"),
        # ... unless figures of its kind stated there are several: which refutes it is unclear.
        ('CLAIM 5: U.S. anti-drug cooperation "began only a decade ago."\n\nRATING: False. '
         "INL has backed manual coca eradication in Peru for four decades, and USAID has worked "
         "with DEVIDA for two decades.", "a decade", "undetermined", "devida-partnership",
         "weak-evidence"),
        # "The State Department's number is nearly 400": the sheet's value, restated bare right
        # after a quote of the same kind, corrects the quote, which it refutes (a word of the
        # author's name is no tie: what it counts is the sentence before's).
        ('A business group told me the women\'s entrepreneurship academy has "about 800 '
         "graduates\" in Peru. The State Department's number is nearly 400.", "nearly 400",
         "supported", "awe-alumnae", "fits"),
        ('Embassy handouts credited the Academy for Women Entrepreneurs with "some 600 alumnae"; '
         "the fact sheet itself says nearly 400.", "some 600", "contradicted", "awe-alumnae",
         "quoted-refuted"),
        # "this week" after a verb of printing or speaking dates the printing, not a part.
        ('If asked: total trade was "over $22 billion," not the "$14 billion" that several Lima '
         "dailies have been printing this week.", "$14 billion", "undetermined", "trade-2009",
         "year-unsaid"),
        # A participle's duration after a clause that states a figure rightly is how long that
        # thing lasts, not another figure's years its later words name.
        ("USAID signed a $321 million agreement with the government in September 2021, covering "
         "five years of work on rural development, integrity and the environment.", "five years",
         "no-match", None, "another-thing"),
        # A year span in a table's period column dates its row's count, which the sheet gives
        # undated: it does not say what the count was over those years.
        ("item,value,unit,period,source\nAmbassadors Fund projects in Peru,21,projects,2001-2015,"
         "Andina", "21", "undetermined", "ambassadors-fund-projects", "year-not-in-sheet"),
        ("item,value,unit,period,source\nAmbassadors Fund projects in Peru,34,projects,2001-2022,"
         "State Department", "34", "supported", "ambassadors-fund-projects", "fits"),
        # A row label's first noun phrase names what it counts ("Peruvian regions with ...").
        ("| What | Number |\n|---|---|\n| Distinct regions with Ambassadors Fund projects | 21 |",
         "21", "contradicted", "ambassadors-fund-regions", "rules-out"),
        # The day of a text under correction dates the text, not the event it misdated.
        ("Correction: an analysis on Nov. 2 gave the month the $321 million USAID agreement was "
         "signed as August 2021.", "Nov. 2", "no-match", None, "another-event"),
        # A bulleted item is a topic of its own: a count of regions in an AWE item is no count
        # of the Ambassadors Fund's regions, whatever the bullets beside it name.
        ("Highlights from the roundtable:\n🎓 AWE in Peru has nearly 400 alumnae; my class had "
         "28 women from 11 regions.\n🏺 The cultural heritage MOU is now 25 years old.", "11",
         "undetermined", "ambassadors-fund-regions", "weak-evidence"),
        # A spelled span ("a quarter-century") is a number of another clause, whose words the
        # clause after it does not borrow to be contradicted.
        ("Officials stress that the narcotics bureau has funded eradication for a quarter-century, "
         "and that U.S. aid money has gone to growers switching to coffee for fifteen years.",
         "fifteen years", "undetermined", "inl-support", "borrowed-subject"),
        # "On that basis" opens a sentence with the measure the sentence before names.
        ("Trade groups here count merchandise alone. On that basis, two-way trade was close to "
         "$19 billion in 2021.", "$19 billion", "no-match", None, "another-quantity"),
        # A share of an amount is a part of it; a party's share of a fund is what it received.
        ("key,value,unit\nusaid_agreement_regional_share,150,USD m\n", "150", "no-match", None,
         "part-of-total"),
        ("Peru's share of the Ambassadors Fund, about $5 million, shows how much the partnership "
         "matters.", "about $5 million", "contradicted", "ambassadors-fund", "beyond-reach"),
        # A claimant's unquoted claim, with the full value stated two sentences on, which
        # corrects it: the claim is contradicted and the correction supported.
        ("Several lawmakers said the U.S. sent just one million doses. They had one flight in "
         "mind. The whole donation was 2 million.", "one million", "contradicted",
         "vaccine-doses", "rules-out"),
        ("Several lawmakers said the U.S. sent just one million doses. They had one flight in "
         "mind. The whole donation was 2 million.", "2 million", "supported", "vaccine-doses",
         "fits"),
        # A section's title names its occasion, not the parties of a bullet that names its own.
        ("C. NOTES FROM THE OAS GENERAL ASSEMBLY\n- A member argued that Peru never got two "
         "million doses from the U.S.", "two million", "contradicted", "vaccine-doses",
         "negated-figure"),
        # The sheet's own distinctive amount, denied in a clause of the figure's own party.
        ("In truth, the United States has not spent $286 million on Peru.", "$286 million",
         "contradicted", "migration-assistance", "negated-figure"),
        ("Peru has not spent $286 million on it.", "$286 million", "no-match", None,
         "no-measure"),
        # A word of scope after the noun counts nothing ("projects nationwide").
        ("The Ambassadors Fund has paid for 41 projects nationwide.", "41", "contradicted",
         "ambassadors-fund-projects", "rules-out"),
        # The sheet's author, who puts a number at a value, is no party of it.
        ("The climate portfolio, which the State Department puts at $40 million over the last "
         "three years, targets illegal mining.", "$40 million", "contradicted",
         "environment-program", "rules-out"),
        # A claimant's quoted number called false after it is the claimant's, found wrong ...
        ('A viral post claimed that Washington "only shipped 200,000 vaccines"; this is plainly '
         "false.", "200,000", "contradicted", "vaccine-doses", "quoted-refuted"),
        # ... unquoted, it is the text under correction's: no claim of the writer's.
        ("The draft says three million doses; that is wrong.", "three million", "no-match",
         None, "denied"),
        # Who points to a number is not its party ("Blinken also pointed to ...") ...
        ("Blinken also pointed to a $321 million USAID package that runs through 2024.", "2024",
         "contradicted", "usaid-agreement-end", "rules-out"),
        # ... nor are the officials who say it, whoever they travel with.
        ("Officials travelling with Blinken say the narcotics bureau has backed coca eradication "
         "for thirty years.", "thirty years", "contradicted", "inl-support", "rules-out"),
        # A quote refuted by "way off", by "the higher official figure", by a promise to
        # "correct" it, or by the count the sheet itself "counts" right after it.
        ('Anyone who says the U.S. "sent 20 million doses" is way off.', "20 million",
         "contradicted", "vaccine-doses", "quoted-refuted"),
        ('Local papers call 2021 two-way trade "about $14 billion"; if asked, cite the higher '
         "official figure.", "about $14 billion", "contradicted", "trade-2021", "quoted-refuted"),
        ('The current draft speaks of "three decades" of the cultural property MOU; we will '
         "correct this before it goes out.", "three decades", "contradicted", "cultural-mou",
         "quoted-refuted"),
        ('A spokesman told us the Ambassadors Fund paid for "some 70 projects" in Peru; the sheet '
         "itself counts 34.", "some 70", "contradicted", "ambassadors-fund-projects",
         "quoted-refuted"),
        # A list's second item in words of its own ("and of a quarter-century of ..."), after
        # a first item whose number is spelled out, is read with its own party.
        ("The sheet boasts of four decades of INL support for eradication and of a "
         "quarter-century of USAID work with DEVIDA.", "a quarter-century", "contradicted",
         "devida-partnership", "rules-out"),
        # A part named before the number's own determiner is a part of what the number counts.
        ("The new agreement is the latest chapter in the 35-year collaboration between USAID and "
         "the Peruvian government.", "35-year", "contradicted", "usaid-collaboration",
         "rules-out"),
        ("The first batch of the 2 million donated doses landed in June.", "2 million",
         "supported", "vaccine-doses", "fits"),
        # A fixed-width table is read cell by cell: its caption's scale, its row's label.
        ("(millions of current U.S. dollars)\nCommitment                        Amount\n"
         "--------------------------------  ------\nUSAID development agreement        321.0\n"
         "Ambassadors Fund for Peru            4.9\n", "4.9", "contradicted", "ambassadors-fund",
         "beyond-reach"),
        ("(millions of current U.S. dollars)\nCommitment                        Amount\n"
         "--------------------------------  ------\nUSAID development agreement        321.0\n",
         "321.0", "supported", "usaid-agreement", "fits"),
        # sa ... sf, opened on 2026-12-07. A calendar's entry, a date then a time of day,
        # is no claim of the event it lists.
        ("EVENTS\nNov. 3, 6:30 p.m. | Panel on USAID's $321 million agreement, signed in "
         "September 2021.", "Nov. 3", None, None, None),
        # "the year before" counts from the year its clause names: another year's trade.
        ("Trade hit $9 billion in 2009, a slump year; it had been $10.5 billion the year "
         "before.", "$10.5 billion", "no-match", None, "another-year"),
        ("Two-way trade reached $22 billion in 2021, against $17 billion a year earlier.",
         "$17 billion", "no-match", None, "another-year"),
        # "In that quarter-century": a span "that" points back to is the span just said.
        ("The heritage accord was signed 25 years ago. In that quarter-century, hundreds of "
         "pieces of Peru's history came home.", "quarter-century", "supported", "cultural-mou",
         "fits"),
        # An aside with a number of its own keeps its words: the main clause's number is
        # judged by its own.
        ("USAID, present in Peru for half a century by one count, and which has worked in the "
         "country for decades, has partnered with DEVIDA for two decades.", "two decades",
         "supported", "devida-partnership", "fits"),
        ("The heritage memorandum, extended every five years since 1997, turned 20 in 2022.",
         "20", "contradicted", "cultural-mou", "rules-out"),
        # A headline's "tops" is a verb ("$3.5M tops the region"), not "at most".
        ("Peru's $3.5M from the Ambassadors Fund tops the region", "$3.5M", "supported",
         "ambassadors-fund", "restated-without-bound"),
        # The day a text said something dates the saying, not the number it gave.
        ('A columnist wrote on Monday that two-way trade was "under $14 billion" in 2021. That '
         "is wrong.", "under $14 billion", "contradicted", "trade-2021", "quoted-refuted"),
        # A quote that opened a sentence earlier is still a quote; a rating refutes it.
        ('POST: "Trade never took off after the pact. It was maybe $13 billion in 2021."\n'
         "VERDICT: FALSE\nThe pact took effect in 2009. Trade was $9 billion in 2009 and more "
         "than $22 billion in 2021.", "$13 billion", "contradicted", "trade-2021",
         "quoted-refuted"),
        # The author's value given right after a quoted claim refutes it, and is that figure's.
        ('Our draft says the academy has "some 900 alumnae" in Peru; State says nearly 400.',
         "some 900", "contradicted", "awe-alumnae", "quoted-refuted"),
        ('Our draft says the academy has "some 900 alumnae" in Peru; State says nearly 400.',
         "nearly 400", "supported", "awe-alumnae", "authors-value"),
        # A denied quote whose claimant is named is that claimant's claim, refuted.
        ('The U.S. migration aid tops $286 million, not the "$28 million" the report gave.',
         "$28 million", "contradicted", "migration-assistance", "quoted-refuted"),
        # A refutation in other words: "well above that", "out of date", "No.".
        ('A radio host described 2021 trade as "about $12 billion"; the fact sheet\'s total '
         "is well above that.", "about $12 billion", "contradicted", "trade-2021",
         "quoted-refuted"),
        ('The Fund\'s page still credits it with "19 projects" in Peru, a count that is out '
         "of date.", "19", "contradicted", "ambassadors-fund-projects", "quoted-refuted"),
        # The year a thing was founded dates the founding, not what it has done since.
        ("Founded in 2001, the Ambassadors Fund has paid for 43 projects in Peru.", "43",
         "contradicted", "ambassadors-fund-projects", "rules-out"),
        # A duration said of the year before the sheet's is judged as the sheet's.
        ("After twenty years of INL support for coca eradication, cultivation climbed again "
         "last year.", "twenty years", "contradicted", "inl-support", "rules-out"),
        # A month's year said in words.
        ("USAID signed the agreement in September twenty nineteen.", "September twenty "
         "nineteen", "contradicted", "usaid-agreement-signed", "rules-out"),
        # "in its fifth decade" is 40 to 50 years.
        ("USAID's collaboration with the Peruvian government, now in its fourth decade, goes "
         "on.", "fourth decade", "contradicted", "usaid-collaboration", "rules-out"),
        # "whom" ends what a number counts.
        ("We honor the 1.9 million Venezuelans whom Peru has taken in.", "1.9 million",
         "contradicted", "venezuelan-migrants", "rules-out"),
        # A description taken back ("described as a donation ... were in fact bought") denies
        # the figure.
        ("The two million vaccine doses we described as a U.S. gift were in fact purchased by "
         "Lima.", "two million", "contradicted", "vaccine-doses", "negated-figure"),
        # A quoted denial of the sheet's figure, which the writer calls wrong, is the
        # claimant's claim, and the sheet contradicts it.
        ('A viral video claims the U.S. "never donated two million doses" to Peru. Wrong.',
         "two million", "contradicted", "vaccine-doses", "negated-figure"),
        # A bare scaled number in a clause that names nothing is dollars when the sentence
        # before gave dollars of that scale.
        ("Two-way trade passed twenty-two billion dollars in 2021. In 2009, the year the pact "
         "took effect, it was about nine billion.", "about nine billion", "supported",
         "trade-2009", "fits"),
        # A turn of a dialogue answers the turn before.
        ("HOST: Listeners say the U.S. gave Peru four million doses.\n\nGUEST: Two million, "
         "not four.", "Two million", "supported", "vaccine-doses", "sheet-value"),
        # A word of a name ("State Department") is no tie: the sentence before says what the
        # figure counts.
        ("A map misstated how many Venezuelan migrants Peru hosts. The State Department puts "
         "the figure at 1.3 million.", "1.3 million", "supported", "venezuelan-migrants",
         "fits"),
        # An initialism ends a sentence when a sentence's opening word follows it.
        ("Over 2,000 pieces have come home from the U.S. The Department also notes it donated "
         "two million doses in 2021. The MOU is 25 years old.", "25 years", "supported",
         "cultural-mou", "fits"),
        # Who only an earlier item of a list names says nothing of this item.
        ("The sheet lists a $321 million agreement USAID signed, its backing for coca "
         "eradication over four decades, and more.", "four decades", "supported",
         "inl-support", "fits"),
        # A date in a possessive noun phrase, or in a "when" clause, is said with those words.
        ("An embassy officer briefed us on Secretary Blinken's October 6 visit.", "October 6",
         "supported", "lima-visit", "fits"),
        ("Peru hosted 1.3 million Venezuelans when Blinken arrived for the OAS General "
         "Assembly on October 6.", "October 6", "supported", "lima-visit", "fits"),
        # The date that ends a citation, after the cited text's title, dates that text.
        ('SOURCES\nU.S. Department of State. "The U.S.-Peru Relationship." Fact sheet, '
         "October 2022.\n", "October 2022", "no-match", None, "another-event"),
        # What the year dates was signed: contracts, not the agreement.
        ("Lima also bought 30 million doses under contracts signed in 2021.", "2021",
         "no-match", None, "another-quantity"),
        # sg ... sl, opened on 2026-12-07. A year after "in early", "by mid-" dates its number.
        ("Official counts of Venezuelans in Peru went from some 700,000 in early 2019 to 1.3 "
         "million.", "some 700,000", "undetermined", "venezuelan-migrants", "year-not-in-sheet"),
        # The size of one proposal a fund accepts is a part of what it gives.
        ("The Ambassadors Fund's next call takes proposals of up to $400,000.", "up to $400,000",
         "no-match", None, "part-of-total"),
        # A refutation in a newsroom's words: "fix before print", "no source supports".
        ('Our graphic still says "15 years of the MOU"; fix before print.', "15 years",
         "contradicted", "cultural-mou", "quoted-refuted"),
        ('A draft put 2021 trade at "$31 billion", a figure no official source supports.',
         "$31 billion", "contradicted", "trade-2021", "quoted-refuted"),
        # "another" before the figure's own value, to the digit, is the next item of a list.
        ("We sent two million doses, and another $86.8 million went out in technical "
         "assistance.", "$86.8 million", "supported", "technical-assistance",
         "restated-without-bound"),
        # --- sm ... sr (opened on the morning of 2026-12-07, second stop)
        # "the agreement" after a comma points back to the subject before it (the PTPA).
        ("The PTPA only took effect in February 2009, so the agreement is 13 years old this "
         "year.", "13 years", "no-match", None, "another-party"),
        # A timeline entry's year where a duration starts does not date it.
        ("1961 - USAID opens its Peru mission, beginning a development partnership that has now "
         "lasted more than six decades.", "more than six decades", "supported",
         "usaid-collaboration", "fits"),
        # A year before another figure's noun names that thing; one before the number's own
        # noun phrase dates it.
        ("Under the 1997 cultural property memorandum, over 2,000 looted objects have gone "
         "home.", "over 2,000", "supported", "repatriated-artifacts", "fits"),
        ("The 2021 donation of two million doses arrived in two flights.", "two million",
         "undetermined", "vaccine-doses", "year-not-in-sheet"),
        # A tag question asserts; a claimant's claim asked about stays the claimant's; an
        # impersonal report asked about is asked.
        ("MARÍA: And the U.S. gave Peru three million vaccine doses, right?", "three million",
         "contradicted", "vaccine-doses", "rules-out"),
        ("QUESTION: In Bogota the Secretary said you had donated 3 million vaccine doses to "
         "Peru. Is that right?", "3 million", "contradicted", "vaccine-doses", "rules-out"),
        ("Q: On vaccines, I have seen it said the U.S. gave Peru three million doses. Is that "
         "right?", "three million", "no-match", None, "reported"),
        # "added $X in <what>" is what was given besides; "added $X ... to an agreement", a change.
        ("The United States added more than $86.8 million in technical assistance and in-kind "
         "donations.", "more than $86.8 million", "supported", "technical-assistance", "fits"),
        ("Before that agreement, USAID added $65 million in September 2020 to an earlier "
         "agreement.", "$65 million", "no-match", None, "no-measure"),
        # Where a journey starts is not where its date is about, unless the date is that leg's.
        ("KESSLER: So Blinken came in from Santiago and was in Lima on October sixth.",
         "October sixth", "supported", "lima-visit", "fits"),
        ("Blinken, coming from Santiago, where he met President Boric on October 5, arrived in "
         "Lima on October 6.", "October 5", "no-match", None, "another-party"),
        # What comes "separate from" an amount is not its own; "Looking ahead" is no word of it.
        ("That is new money for the whole hemisphere, separate from the $286 million Washington "
         "has already put into the response inside Peru.", "$286 million", "supported",
         "migration-assistance", "restated-without-bound"),
        ("Looking ahead, USAID's relationship with Peru goes back more than 60 years.",
         "more than 60 years", "supported", "usaid-collaboration", "fits"),
        # A day of the month the sheet gives is within its date (ruled); another month is not.
        ("USAID signed the agreement on September 3, 2021.", "September 3, 2021", "supported",
         "usaid-agreement-signed", "within-its-date"),
        ("USAID signed the agreement on October 3, 2021.", "October 3, 2021", "contradicted",
         "usaid-agreement-signed", "rules-out"),
        # The sheet's non-round "over v" with more digits is supported (ruled); a round one's
        # is not.
        ("Total trade reached $22.4 billion in 2021.", "$22.4 billion", "supported",
         "trade-2021", "more-digits"),
        ("Trade grew 145 percent since the PTPA took effect.", "145 percent", "undetermined",
         "trade-growth", "overlaps"),
        # A count a copula gives after a count of some unit counts that unit ("It was 1
        # million" after "2 million doses"); not one that goes on ("30 million in all").
        ("The U.S. did not donate two million doses. It was only 1 million.", "1 million",
         "contradicted", "vaccine-doses", "rules-out"),
        ("Peru received 2 million doses from the U.S. It was 30 million in all.", "30 million",
         "no-match", None, "no-measure"),
        # A pronoun that opens its clause takes up the sentence before's party.
        ("USAID's $321M agreement was signed in September 2021. Note it runs through 2025.",
         "2025", "contradicted", "usaid-agreement-end", "rules-out"),
        # A growth word is one more tie of a percent to the change its clause's measure word
        # names; alone it ties nothing ("expanded 1.5 times" of coca).
        ("Under the deal, trade has grown by roughly 40 percent, respectable if not "
         "spectacular.", "roughly 40 percent", "contradicted", "trade-growth", "rules-out"),
        ("Peru's coca-growing area expanded 1.5 times over the decade.", "1.5 times",
         "no-match", None, "no-measure"),
        ("Our exports rose 18% this year, and the central bank sees GDP growth of around "
         "2.7%.", "around 2.7%", "no-match", None, "no-measure"),
        # "three times that" is a multiple of another number, no change of a figure's own.
        ('The author wrote that trade "only grew by 40 percent." That does not match: growth '
         "was more than three times that.", "more than three times", "no-match", None,
         "no-measure"),
        # A period's span of years cut short ("2009-21") is no count; "2021-09" is a month.
        ("indicator,value,unit,period\ntrade_growth_pct,104,pct,2009-21\n", "2009-21", None,
         None, None),
        # A denial in other words: "not what the data show".
        ("Q: A columnist wrote last week that trade grew only 40 percent.\nA: That is simply "
         "not what the data show.", "40 percent", "no-match", None, "denied"),
        # --- ss ... sx (opened late on the morning of 2026-12-07)
        # What the writer recommends is a plan; what a recommendation names with "the" it
        # takes as given.
        ("A list is not a policy. Washington should offer Lima a $1 billion, ten-year compact "
         "for the Amazon.", "$1 billion", "no-match", None, "aimed"),
        ("He should give the 500 women who have come through the Academy for Women "
         "Entrepreneurs a follow-on fund.", "500", "contradicted", "awe-alumnae", "rules-out"),
        # One case of many is a part.
        ("A famous case was the return of 412 artifacts seized in Florida and later handed back "
         "to Lima.", "412", "no-match", None, "part-of-total"),
        # A table's caption may name its source, as a sentence would.
        ("## Where Venezuelans have gone (R4V, mid-2022)\n\n| Country | Venezuelans hosted |\n"
         "|---|---|\n| Peru | 1.5 million |\n", "1.5 million", "undetermined",
         "venezuelan-migrants", "year-not-in-sheet"),
        # "this week" right before a reporting verb dates the saying, not the number.
        ("MARISOL: One outlet this week wrote that trade had grown \"about 60 percent\" since "
         "the deal took effect.\nDAN: Which is just wrong on the sheet's own numbers.",
         "about 60 percent", "contradicted", "trade-growth", "quoted-refuted"),
        # Refutations in other words.
        ('A commenter insisted the real number of Venezuelans was "closer to 3 million"; it is '
         "not.", "3 million", "contradicted", "venezuelan-migrants", "quoted-refuted"),
        ('AB described USAID\'s presence in Peru as "some 45 years old"; JO objected, citing '
         "the sheet.", "some 45 years", "contradicted", "usaid-collaboration",
         "quoted-refuted"),
        # A table's column of row numbers holds no values.
        ("Table 2. U.S. assistance to Peru (US$ millions)\n\n| Line | Program | FY2021 |\n"
         "|---|---|---|\n| 4 | USAID-led environment and climate program | 21.7 |\n",
         "4", None, None, None),
        # One dash before a clause with a subject and a number of its own ends a clause.
        ("Peru is home to about 1.3 million Venezuelans -- Colombia, next door, hosts close to "
         "2.5 million.", "close to 2.5 million", "no-match", None, "another-party"),
        ("Peru is home to about 1.3 million Venezuelans -- Colombia, next door, hosts close to "
         "2.5 million.", "about 1.3 million", "supported", "venezuelan-migrants", "fits"),
        ("Trade hit $22 billion in 2021 — the highest on record.", "$22 billion", "supported",
         "trade-2021", "restated-without-bound"),
        # (a timeline's date before its dash dates the entry)
        ("Late 2019 - Peru is home to some 862,000 Venezuelans, most of them in Lima.",
         "some 862,000", "undetermined", "venezuelan-migrants", "year-not-in-sheet"),
        # A label that names one item's size (per project, the largest grant) gives one item.
        ("Ambassadors Fund to Peru ........ $3.5M+\nLargest Ambassadors Fund grant on offer "
         "per project ........ $500,000\n", "$500,000", "no-match", None, "part-of-total"),
        ("Average Ambassadors Fund grant: $100,000", "$100,000", "no-match", None,
         "part-of-total"),
        # One project is not the broader program the sheet totals.
        ("USAID's Prevent project against environmental crime was budgeted at about $40 "
         "million over five years.", "about $40 million", "no-match", None, "part-of-total"),
        ("USAID's Prevent project against environmental crime was budgeted at about $40 "
         "million over five years.", "five years", "no-match", None, "another-thing"),
        # Aid "to cope with the arrival" of migrants is the response; remittances are not aid.
        ('Its author wrote that Washington had given Peru "barely $50 million" to cope with the '
         "arrival of Venezuelans. The fact sheet puts U.S. assistance for that response at over "
         "$286 million.", "barely $50 million", "contradicted", "migration-assistance",
         "quoted-refuted"),
        ("Venezuelan migrants in Peru sent home $200 million in remittances last year.",
         "$200 million", "no-match", None, "another-quantity"),
        # "shared 14,000 times" says how often, no multiple of a figure.
        ("A post shared more than 14,000 times on Facebook claims that trade grew.",
         "more than 14,000 times", "no-match", None, "no-measure"),
        # A claimant's claim refuted by the sheet's figure beside it is the claimant's: refuted;
        # what a text under check gave is no claim.
        ("Peru hosts 1.3 million Venezuelans, and critics say Washington has put only $186 "
         "million into the response here. The sheet says the United States has provided over "
         "$286 million.", "$186 million", "contradicted", "migration-assistance",
         "claimant-refuted"),
        ("A reader insisted in the comments that the U.S. sent three million doses. It didn't; "
         "the number is two million.", "three million", "contradicted", "vaccine-doses",
         "claimant-refuted"),
        ("The article said Washington put only $186 million into the migration response. It "
         "put over $286 million.", "$186 million", "no-match", None, "reported"),
        # A bare number right after a claim it corrects is that figure's value.
        ('INL: the draft says "30 years." The sheet says forty. The DEVIDA line is fine.',
         "forty", "supported", "inl-support", "corrected-to"),
        ("Q: The cultural property MOU turned 20 this year. Why does it matter?\nA: "
         "Twenty-five, actually.", "Twenty-five", "supported", "cultural-mou", "corrected-to"),
        ("USAID has worked with DEVIDA for 30 years. Forty, if you count INL.", "Forty",
         "no-match", None, "no-measure"),
        # A participle after a label's value is the label's verb, not what the value counts.
        ("COVID doses: 5 million donated", "5 million", "contradicted", "vaccine-doses",
         "rules-out"),
        ("| covid_doses = 2,000,000 donated", "2,000,000", "supported", "vaccine-doses", "fits"),
        # "already" ends the noun phrase a count counts.
        ("Peru had about a million Venezuelans already by 2019.", "about a million",
         "undetermined", "venezuelan-migrants", "year-not-in-sheet"),
        # A question after a speaker's label asks; a phrase term ("been in Peru") is a phrase,
        # not its words anywhere; presentation slides are a text under check.
        ("HOST: Is it true that trade has grown 200 percent since the free trade agreement?",
         "200 percent", "no-match", None, "reported"),
        ("A U.S.-Peru agreement restricting imports of pre-Columbian and colonial objects has "
         "been in force since 2002.", "since 2002", "undetermined", "cultural-mou",
         "weak-evidence"),
        ("USAID has been in Peru for more than 60 years.", "more than 60 years", "supported",
         "usaid-collaboration", "fits"),
        ("- The presentation slides listed the USAID bilateral agreement at $231 million; "
         "corrected to $321 million.", "$231 million", "no-match", None, "reported"),
        # Only what ends right before a number makes it a part: "signed a year ago" is no rate.
        ("MARISOL: Then there's USAID's big agreement, three hundred twenty-one million, signed "
         "a year ago September and running to 2030.", "2030", "contradicted",
         "usaid-agreement-end", "rules-out"),
        ("A: We've also launched two new Fulbright programs this year, and each will start "
         "with five scholars.", "five", "no-match", None, "part-of-total"),
        # A fact check's lead quotes a claim the "Claim:" further on takes up and refutes.
        ('A post claims that the United States "gave Peru 5 million vaccines" and more. We '
         'checked it.\n\nClaim: "The U.S. gave Peru 5 million vaccines."\nRating: FALSE\nThe '
         "State Department says the United States donated two million doses.",
         "5 million", "contradicted", "vaccine-doses", "quoted-refuted"),
        # A speaker who owns a slip takes the number back.
        ("ANA: The narcotics bureau has backed eradication for twenty years. Sorry, I "
         "misspoke: forty years.", "twenty years", "no-match", None, "denied"),
        # A day before a text it names dates the text.
        ("As our Sept. 9 memo said, the agreement was signed in September 2021.", "Sept. 9",
         "no-match", None, "another-event"),
        # The first years of something are a part of its length, and what they saw a part.
        ("In its first twelve years the patrimony MOU returned about 700 pieces.",
         "twelve years", "no-match", None, "another-event"),
        ("In its first twelve years the patrimony MOU returned about 700 pieces.",
         "about 700", "no-match", None, "part-of-total"),
        ("Trade under the PTPA came to $9 billion in its first year.", "$9 billion",
         "supported", "trade-2009", "fits"),
        # A "which" right after a number stands for what that number measures.
        ("Merchandise trade went from $8 billion to $16 billion, which makes growth of some "
         "100 percent.", "some 100 percent", "no-match", None, "another-quantity"),
        # A hyphened participle before a noun is an adjective: "U.S.-donated doses".
        ("Officials counted three million U.S.-donated doses.", "three million",
         "contradicted", "vaccine-doses", "rules-out"),
        # A spaced pair of dots is a fact box's leader.
        ("Aid to the migration response .. $200 million", "$200 million", "contradicted",
         "migration-assistance", "rules-out"),
        # A claimant's number that only shared words tie, with one figure stated after it.
        ("Some legislators complain that Washington sent a mere 100 million dollars to help. "
         "The sheet puts migration aid at over $286 million.", "a mere 100 million dollars",
         "contradicted", "migration-assistance", "claimant-refuted"),
        # A rated quote with a bracketed speaker after it is still refuted by the figure.
        ('CLAIM: "Washington sent us only 300,000 shots." (a radio host)\nRATING: FALSE\nThe '
         "U.S. donated two million doses.", "only 300,000", "contradicted", "vaccine-doses",
         "quoted-refuted"),
        # A date that modifies an event dates that event, whoever raises it.
        ("The Secretary also mentioned the Jan. 18 spill near Lima.", "Jan. 18",
         "contradicted", "oil-spill", "rules-out"),
        # "for" inside a name in capitals cuts no noun phrase; "60+ yrs" is a span.
        ("~400 ...... Academy for Women Entrepreneurs alumnae", "~400", "supported",
         "awe-alumnae", "fits"),
        ("USAID in Peru ...... 60+ yrs", "60+ yrs", "supported", "usaid-collaboration",
         "fits"),
        ("Ambassadors Fund: for the first time this round backs two heritage projects.",
         "two", "no-match", None, "another-quantity"),
        # A group that believes a claim, which the answer refutes, is its claimant.
        ("Q: Many people think the U.S. gave four million doses.\nA: No. It gave two million.",
         "four million", "contradicted", "vaccine-doses", "claimant-refuted"),
        # An MOU's "collaboration" is the MOU's.
        ("Patrimony MOU ... 25 years of collaboration (marked 2022)", "25 years", "supported",
         "cultural-mou", "fits"),
        # A day after "the announcement of" dates the announcement.
        ("A fact sheet released for Blinken's October 6 stop in Lima says the U.S. donated two "
         "million doses. That matches the department's announcement of May 3, 2021, when a "
         "spokeswoman said Washington was giving the doses.", "May 3, 2021", "no-match", None,
         "another-event"),
        # Another instrument's span is not the agreement's: a strategy is another quantity.
        ("USAID's $321 million agreement, signed in September 2021, runs through 2026. It "
         "sits beside the mission's development strategy, which covers 2019 to 2024.", "2019",
         None, None, None),
        # Who says it, then a pronoun: the sentence takes up the one before.
        ("USAID's $321 million agreement was signed in September 2021. One reader wrote in to "
         "say it was signed in March 2020.", "March 2020", "contradicted",
         "usaid-agreement-signed", "claimant-refuted"),
        # An age a thing hits this year; a text's ordinal is no part.
        ("The patrimony MOU, which hits 15 this year, is renewed every five years.", "15",
         "contradicted", "cultural-mou", "rules-out"),
        ('A third post said the USAID agreement signed last year was worth "$150 million." '
         "It is worth $321 million.", "$150 million", "contradicted", "usaid-agreement",
         "quoted-refuted"),
        # A label's year in brackets; "stated" reports.
        ("New post-graduate Fulbright programs (2022): 4", "4", "contradicted",
         "fulbright-programs", "rules-out"),
        ('Dr. Rosa Huaman, liaison from the Ministry of Health, stated that the United States '
         '"did not donate two million doses" to Peru.', "two million", "contradicted",
         "vaccine-doses", "negated-figure"),
        # The week of the saying is no period of the number.
        ('A reader wrote after my column last week to insist that trade in 2021 was "less '
         'than $15 billion". It was not: it was above $22 billion.', "less than $15 billion",
         "contradicted", "trade-2021", "quoted-refuted"),
        # "That is simply not right" refutes the quote before it.
        ('People say the U.S. sent Peru "just 700,000 doses." That is simply not right.',
         "700,000", "contradicted", "vaccine-doses", "quoted-refuted"),
        # A quote refuted in its own sentence, by the figure of the sentence before.
        ('U.S. support for the migration response: $286M+. The posts claiming the U.S. gave '
         '"under $90M" are wrong.', "under $90M", "contradicted", "migration-assistance",
         "quoted-refuted"),
        ('USAID signed a $321M agreement in Sept 2021. (And no, it is not "less than $250M" '
         "as one reply claimed.)", "less than $250M", "contradicted", "usaid-agreement",
         "quoted-refuted"),
        # The Y of "X, not Y" is denied, nobody's claim, even when it is the sheet's value
        # (as 30 of 33 such in dev are labelled).
        ("@histprof: the spill happened on January 17, not January 15.", "January 15",
         "no-match", None, "denied"),
        # A person by title who says a number, refuted beside it, is a claimant.
        ("Ms. Rivas (a union delegate) said the USAID agreement would end in 2023; the guest "
         "noted that it runs through 2026.", "2023", "contradicted", "usaid-agreement-end",
         "claimant-refuted"),
        # A bare "It did not." and "says otherwise" refute a quote.
        ('A post insisted that trade had "reached $31 billion last year." It did not.',
         "$31 billion", "contradicted", "trade-2021", "quoted-refuted"),
        ('(A reader told me the fund gave Peru "only $1.2 million." The sheet says otherwise.)',
         "$1.2 million", "contradicted", "ambassadors-fund", "quoted-refuted"),
        # The sheet's own value, said of the figure's own year, is the figure's.
        ("The 2021 figure is fine: State says over $22 billion.", "over $22 billion",
         "supported", "trade-2021", "sheet-value"),
        ("Growth since 2009: 140%+", "140%+", "supported", "trade-growth", "sheet-value"),
        # A headline in capitals is no name: "Scholarships for ..." still ends its noun phrase.
        ("Embassy Presents Two New Fulbright Programs for Afro-Peruvian Students", "Two",
         "supported", "fulbright-programs", "fits"),
        # (uc ... uh) A pictograph that opens the next line ends the sentence before it.
        ("🌱 USAID's climate work? Below $40 million in the last three years.\n💉 On health, "
         "the U.S. gave $68 million in technical assistance.", "Below $40 million",
         "contradicted", "environment-program", "rules-out"),
        # A headline's "First ... plane" with no article is one shipment.
        ("• First U.S. vaccine plane to Lima carried 1,002,000 doses", "1,002,000", "no-match",
         None, "part-of-total"),
        # A day in brackets before a text it names dates the text.
        ("USAID agreement (Oct. 9 edition): An earlier version of this article said USAID's "
         "$321 million agreement was signed in September 2020.", "Oct. 9", "no-match", None,
         "another-event"),
        # A denied verb of reaching is a ceiling: below it.
        ("Migration aid to Peru from Washington has not reached $100 million.", "$100 million",
         "contradicted", "migration-assistance", "rules-out"),
        ("Migration aid to Peru from Washington has not reached $300 million.", "$300 million",
         "undetermined", "migration-assistance", "overlaps"),
        # "never" denies a value of every year: the year the sheet rules it out refutes it.
        ("Trade under the agreement never topped $12 billion.", "topped $12 billion",
         "contradicted", "trade-2021", "rules-out"),
        # "It did" after a denial a text made refutes it.
        ('An earlier version of this story said Washington "never donated two million doses" '
         "of vaccine. It did, in June 2021.", "two million", "contradicted", "vaccine-doses",
         "quoted-refuted"),
        # More ways to refute a quote: "does not bear that out", "not what the numbers show",
        # a flag before it, "the real number is".
        ('A reader insisted Peru hosts "fewer than one million" Venezuelans. The official count '
         "does not bear that out.", "fewer than one million", "contradicted",
         "venezuelan-migrants", "quoted-refuted"),
        ('A friend swore that "trade has barely grown 50 percent" under the pact. That is '
         "simply not what the numbers show.", "50 percent", "contradicted", "trade-growth",
         "quoted-refuted"),
        ("Please strike the draft's reference to \"five lines of effort.\"", "five",
         "contradicted", "lines-of-effort", "quoted-refuted"),
        # "last week" right after where it was read, or "an earlier briefing", dates the telling.
        ('I read in a column last week that the U.S. has returned "fewer than 500 artifacts" to '
         "Peru. The real number is over 2,000.", "fewer than 500", "contradicted",
         "repatriated-artifacts", "quoted-refuted"),
        ('A spokesman at an earlier briefing said the U.S. had donated "four million vaccines" '
         "to Peru; the correct number is two million.", "four million", "contradicted",
         "vaccine-doses", "quoted-refuted"),
        # Claimants who "have said" or "argue".
        ("Critics in Peru's Congress have said U.S. help for the migrant response came to only "
         "about $100 million. The department puts it at over $286 million.",
         "about $100 million", "contradicted", "migration-assistance", "claimant-refuted"),
        ("Opponents argue that U.S. aid for the migration response in Peru is less than $150 "
         "million; by the department's count it passed $286 million.", "less than $150 million",
         "contradicted", "migration-assistance", "claimant-refuted"),
        # A doer joined to a participle ("U.S.-backed") is no kind of the thing counted.
        ("The panel will review the five U.S.-backed lines of effort.", "five", "contradicted",
         "lines-of-effort", "rules-out"),
        # "the two million above" points back in the text: no noun.
        ('An aide told reporters the U.S. had donated "three million vaccines"; the right number '
         "is the two million above.", "two million", "supported", "vaccine-doses", "fits"),
        # A bare value a pronoun gives a claim in the next sentence is the writer's own value
        # of its figure, which the sheet may rule out.
        ("A caption said the embassy launched two new post-graduate Fulbright programs this "
         "year. It launched three: for Afro-Peruvian students, for students with disabilities "
         "and for Indigenous students.", "three", "contradicted", "fulbright-programs",
         "corrected-wrongly"),
        ("• A post said USAID's collaboration with Peru's government spans 50 years. It spans 45.",
         "45", "contradicted", "usaid-collaboration", "corrected-wrongly"),
        # "one" before "new" counts, unless another of the kind follows.
        ("The embassy's one new Fulbright program this year is a good start.", "one",
         "contradicted", "fulbright-programs", "rules-out"),
        ("The embassy launched one new Fulbright program for Afro-Peruvians and another for "
         "students with disabilities.", "one", None, None, None),
        # A note's event year with no "in", and an end year after "runs out in" or an arrow.
        ("$321 million — USAID development agreement, signed 2020, running to 2026", "2020",
         "contradicted", "usaid-agreement-signed", "rules-out"),
        ("- USAID bilateral agreement: $321M, signed Sept. 2021, runs → 2028", "2028",
         "contradicted", "usaid-agreement-end", "rules-out"),
        ('The post says the USAID program "runs out in 2022". It does not: the $321 million '
         "agreement signed in September 2021 supports development assistance through 2026.",
         "2022", "contradicted", "usaid-agreement-end", "quoted-refuted"),
        # "We signed it" takes up the agreement the sentence before states rightly.
        ("It's a $321 million USAID commitment that runs through 2026. We signed it in September "
         "2020, and the work is under way.", "September 2020", "contradicted",
         "usaid-agreement-signed", "rules-out"),
        # A quote refuted by a bare value after it, an elliptic count the sheet's author gives,
        # or "needs to go".
        ('Critics in Lima repeat that the United States delivered "barely one million doses" '
         "and left the rest to Beijing. The record says two million.", "barely one million",
         "contradicted", "vaccine-doses", "quoted-refuted"),
        ("A member's slide deck said USAID has been active here for \"some 40 years.\" The "
         "fact sheet says more than sixty.", "some 40 years", "contradicted",
         "usaid-collaboration", "quoted-refuted"),
        ('AWE has nearly 400 alumnae in Peru; the draft\'s "1,000 AWE graduates" needs to go.',
         "1,000", "contradicted", "awe-alumnae", "quoted-refuted"),
        # A value given right after a denial of the sheet's is the writer's value of its figure
        # (not another donor's, "Spain sent 1 million").
        ("I read that the U.S. didn't actually donate two million doses, that it was more like "
         "a million.", "a million", "contradicted", "vaccine-doses", "corrected-wrongly"),
        ("INL has not backed eradication for forty years in any continuous way; the honest "
         "number is closer to thirty.", "thirty", "contradicted", "inl-support",
         "corrected-wrongly"),
        ("The U.S. did not donate two million doses to Peru; Spain sent 1 million.", "1 million",
         "no-match", None, "no-measure"),
        # The sheet's author giving an elliptic amount, or "the U.S. puts", refutes a quote; so
        # do "undersells", "far below", "that was an error", "not so", "transposed".
        ("A few lawmakers here insist U.S. help for Peru's response has been \"barely fifty "
         'million dollars." The State Department puts it at more than two hundred eighty-six '
         "million.", "barely fifty million dollars", "contradicted", "migration-assistance",
         "quoted-refuted"),
        ('A vendor:\n"The gringos gave us one million vaccines, and we bought the rest."\n\n'
         "[ARCE]\nThe U.S. puts its total donation at two million.", "one million",
         "contradicted", "vaccine-doses", "quoted-refuted"),
        ('The draft says USAID has been in Peru "40 years", which undersells it considerably.',
         "40 years", "contradicted", "usaid-collaboration", "quoted-refuted"),
        # (ui ... un) "doesn't square with" denies a fit with the number, not the number; a
        # claimant's denial of the sheet's figure, refuted, is the claimant's; "needs fixing".
        ('INL has backed eradication for four decades. Your table says INL support goes back "25 '
         "years.\" That doesn't square with forty years; cut it.", "forty years", "supported",
         "inl-support", "fits"),
        ("Some on the left still insist that the United States did not donate two million doses "
         "at all. That is false; the shots were a gift.", "two million", "contradicted",
         "vaccine-doses", "claimant-refuted"),
        ('The Fund paid for 34 projects. Our draft says "36 projects"; that number needs fixing.',
         "36", "contradicted", "ambassadors-fund-projects", "quoted-refuted"),
        # (uo ... ut, its 7 false contradictions) A title-case dateline; "the fund's first 23";
        # the sheet's year of an age is no evidence; a rival the value is near is the one meant.
        ("Lima, October 12 — A week after Secretary of State Antony Blinken's visit, we sat down "
         "with a senior USAID official.", "October 12", None, None, None),
        ("34 — Ambassadors Fund projects in Peru\n$1.8 million — Awarded through the fund's "
         "first 23 Peruvian projects", "23", "no-match", None, "part-of-total"),
        ("QUESTION: The agreement turns 13 this year. Is it still popular in Washington?", "13",
         "undetermined", "cultural-mou", "weak-evidence"),
        ("QUESTION: Trade. Commerce under the agreement hit $32 billion last year, didn't it?",
         "$32 billion", "contradicted", "trade-2021", "beyond-reach"),
        # (uo ... ut, its last 2) A timeline's date line dates an entry that gives no year; a
        # CSV row's span of years, closed before the text's year, dates the row's amount.
        ("Timeline\n\nApril 12, 2006\nThe trade pact is signed.\n\nLate 2018\nSome 700,000 "
         "Venezuelans are living in Peru.", "700,000", "undetermined", "venezuelan-migrants",
         "year-not-in-sheet"),
        ("April 12, 2006\nThe trade pact is signed.\n\nApril 10, 2019\nSome 700,000 Venezuelans "
         "were living in Peru in 2022.", "700,000", "contradicted", "venezuelan-migrants",
         "rules-out"),
        # (uu ... uz) A numbered list of lines or rows names them; a bound barely passed is
        # about its value; a denial of "even" a value is a ceiling; refutation by "disprove",
        # "far higher"; a fact-check table's quoted claim is its own sentence.
        ("Line 19 is the sum of lines 5, 7 and 12.", "7", None, None, None),
        ("On page 4, 34 projects in 16 regions.", "34", "supported",
         "ambassadors-fund-projects", "fits"),
        ("Questions? Call the information line, (51-1) 618-2000.", "618", None, None, None),
        ('2. "U.S. aid for the migration response in Peru barely tops $100 million."\n\nRating: '
         "FALSE.\n\nThe fact sheet puts U.S. assistance for the migration response in Peru at "
         "over $286 million.", "$100 million", "contradicted", "migration-assistance",
         "quoted-refuted"),
        ("The U.S. did not donate even one million doses to Peru.", "one million", "contradicted",
         "vaccine-doses", "rules-out"),
        ('A lawmaker said the United States "did not give Peru even two million vaccines", a claim '
         "the embassy rejected.", "two million", "contradicted", "vaccine-doses",
         "negated-figure"),
        ('One columnist claimed the U.S. had "contributed under $100 million" to the migration '
         "response in Peru, which the State Department's own figures disprove.", "$100 million",
         "contradicted", "migration-assistance", "quoted-refuted"),
        ('A legislator insisted that U.S. migration aid "never went above $100 million"; the '
         "department's own accounting puts it far higher.", "$100 million", "contradicted",
         "migration-assistance", "quoted-refuted"),
        ('| Claim | Fact sheet | Verdict |\n|---|---|---|\n| "INL has worked on coca eradication for '
         '25 years" | forty years | False |', "25 years", "contradicted", "inl-support",
         "quoted-refuted"),
        ('| Claim | Fact sheet | Verdict |\n|---|---|---|\n| "The U.S. did not donate two million '
         'doses, it only promised them" | two million doses donated | False |', "two million",
         "contradicted", "vaccine-doses", "negated-figure"),
        # (a release's one date line dates the release, not the headline under it)
        ("October 7, 2022\n\nSecretary Blinken Closes Visit, Highlights Six Decades of "
         "Partnership with Peru", "Six Decades", "supported", "usaid-collaboration",
         "restated-without-bound"),
        ("indicator,year,value,unit\nAmbassadors Fund awards to Peru 2001-2016,,1.85,USD mn",
         "1.85", "undetermined", "ambassadors-fund", "year-not-in-sheet"),
        ("indicator,year,value,unit\nAmbassadors Fund awards to Peru 2001-2022,,1.85,USD mn",
         "1.85", "contradicted", "ambassadors-fund", "rules-out"),
        ("indicator,year,value,unit\nTwo-way trade 2009-2021 growth,,140,percent", "140",
         "supported", "trade-growth", "restated-without-bound"),
        # (va ... vf) A year before a colon does not date an amount after it that has a year
        # of its own side; a thread's cross mark rates a quote; a post going round is its
        # posters' claim; "last week's op-ed" is no spell of a count; an untied quote after
        # the one figure of its kind stated rightly, refuted; a claimant corrected by a bare
        # number; a quote set against the figure ("nonetheless"); a label's aside in brackets;
        # a table column headed as the sheet's is not another source's.
        ("But 2009 was a recession year, so the base flatters: in 2008, two-way trade was "
         "already about $11 billion.", "$11 billion", "no-match", None, "another-year"),
        ("Trade, 2009: about $11 billion.", "$11 billion", "contradicted", "trade-2009",
         "rules-out"),
        ("The US says it has put $286M+ into the migration response in Peru. Another post going "
         'around says "$28.6 million" total. \u274c That drops a digit.', "$28.6 million",
         "contradicted", "migration-assistance", "quoted-refuted"),
        ("Some social media posts claim Peru has received only $1 million from the Ambassadors "
         "Fund. In fact, it has received more than $3.5 million.", "$1 million", "contradicted",
         "ambassadors-fund", "claimant-refuted"),
        ("An earlier version of this post said Peru has received only $1 million from the "
         "Ambassadors Fund. In fact, it has received more than $3.5 million.", "$1 million",
         "no-match", None, "reported"),
        ("Two million doses donated, the first batch arriving in June 2021. Please don't repeat "
         'the line from last week\'s op-ed that Washington "sent only 500,000 doses." It is just '
         "wrong.", "500,000", "contradicted", "vaccine-doses", "quoted-refuted"),
        ("Two million doses donated, the first batch arriving in June 2021. The op-ed said "
         'Washington "sent only 500,000 doses."', "500,000", "no-match", None, "weak-tie"),
        ("The sheet also lists $86.8M+ in technical help. A congressman said US help for "
         'Venezuelans here is "barely $60 million". The fact sheet says otherwise.',
         "$60 million", "no-match", None, "weak-tie"),
        ("HOST: The Fulbright programs are new. Our producer swears there were five.\n\nGUEST: "
         "Two, actually.", "five", "contradicted", "fulbright-programs", "claimant-refuted"),
        ("HOST: The Fulbright programs are new. I think there were five.\n\nGUEST: Two, "
         "actually.", "five", "undetermined", "fulbright-programs", "borrowed-subject"),
        ("The MOU has facilitated the return of over 2,000 trafficked artifacts; one columnist "
         'nonetheless wrote that it had recovered "barely 200 pieces."', "200", "contradicted",
         "repatriated-artifacts", "quoted-refuted"),
        ("- Oil spill off Ventanilla (U.S. response team deployed): Jan. 16", "Jan. 16",
         "contradicted", "oil-spill", "rules-out"),
        ("| Indicator | Fact sheet | Comparison | Comparison source |\n| --- | --- | --- | --- |\n"
         "| Venezuelans in Peru | 1.8 million | 2.5 million (in Colombia) | R4V |", "1.8 million",
         "contradicted", "venezuelan-migrants", "rules-out"),
        ("| Indicator | Count | Source |\n| --- | --- | --- |\n| Venezuelans in Peru | 1.8 million "
         "| R4V |", "1.8 million", "undetermined", "venezuelan-migrants", "year-not-in-sheet"),
        # ("that agreement" takes up the agreement stated rightly a sentence or two before, a
        # paragraph apart too; a pronoun past a question; "Does ...?" asks)
        ("He said USAID's current agreement with Peru is worth $321 million.\n\nHe did, however, "
         'say that agreement was signed "in 2020." It was signed in September 2021.', "2020",
         "contradicted", "usaid-agreement-signed", "quoted-refuted"),
        ("He said the U.S. donated two million doses.\n\nHe did, however, say that agreement was "
         'signed "in 2020."', "2020", "no-match", None, "weak-tie"),
        ("Q: USAID signed a $321 million agreement with Peru in 2021. How long does it last?\nA: It "
         "runs through 2027.", "2027", "contradicted", "usaid-agreement-end", "rules-out"),
        ("USAID signed the $321 million agreement with Peru in September 2021. Does the agreement "
         "end in 2025? No; it runs through 2026.", "2025", "no-match", None, "reported"),
        ("USAID and Peru signed the $321 million agreement in September 2021. Castillo had been "
         "sworn in on July 28, 2021, so the deal fell under his government.", "July 28, 2021",
         "no-match", None, "weak-tie"),
        ("USAID signed a $321 million agreement in September 2021.\n\nA correction to our noon "
         "report: that agreement was signed last year, not in 2020 as we said.", "2020",
         "no-match", None, "denied"),
        ("USAID signed the $321 million agreement in September 2021, running through 2026. I saw "
         "one column claim it ends in 2025; it does not.", "2025", "no-match", None, "reported"),
        # (a month's year said as a count of years)
        ("USAID signed a $321 million agreement with Peru in September of two thousand twenty.",
         "September of two thousand twenty", "contradicted", "usaid-agreement-signed",
         "rules-out"),
        # (a line's label that names a unit heads its number under a section heading too)
        ("SECURITY\n- Counternarcotics lines of effort: 3\n- Years of INL support to eradication "
         "and interdiction: 30", "30", "contradicted", "inl-support", "rules-out"),
        # (an amount between a date and the verb it dates keeps the verb in reach)
        ("When a tanker at Repsol's refinery spilled nearly 12,000 barrels of crude on January "
         "16, the U.S. sent its National Response Team.", "January 16", "contradicted",
         "oil-spill", "rules-out"),
        # (no day from the tail of a year or of a thread's counter)
        ("2021\nSeptember 2021 - USAID signs the agreement.\n\n2022\nJanuary 15 - Crude spills "
         "at La Pampilla.", "22", None, None, None),
        ("4/5 Jan 15 Repsol spill: US sent its National Response Team.", "5", None, None, None),
        # (a telling party's one duration is its figure's: INL's years are its support's)
        ("ANA: And drugs. INL has been at this for two decades, right?", "two decades",
         "contradicted", "inl-support", "rules-out"),
        # (a year's "when" clause dates the amount in it, though the year is a baseline)
        ("Trade grew over 140 percent from 2009, when it stood at $7 billion.", "$7 billion",
         "contradicted", "trade-2009", "rules-out"),
        ("Measured from 2008, when two-way trade was already about $11 billion, the growth "
         "looks smaller.", "$11 billion", "no-match", None, "another-year"),
        # (a quote the sheet rules out that the draft lets stand is its speaker's claim, when the
        # quote names the figure itself and its value is no other figure's)
        ('"The State Department\'s narcotics bureau has been backing Peru\'s coca eradicators for '
         'three decades," one senior official said.', "three decades", "contradicted",
         "inl-support", "quoted-let-stand"),
        ('She described the environment program as "over $60 million in the last five years" and '
         'said USAID has worked with DEVIDA "for about ten years."', "five years", "undetermined",
         "devida-partnership", "quoted"),
        ('"For a quarter-century, this agreement has kept Peru\'s history where it belongs," the '
         "Ambassador said of the cultural property memorandum.", "quarter-century",
         "supported", "cultural-mou", "fits"),
        ("(And no, the cultural MOU didn't \"turn 10 this year\" either.)", "10", "no-match",
         None, "quoted-denied"),
        # vg ... vl (opened 2026-12-08): "Some ... say" and "Some critics claim" are claimants,
        # whose claim the sheet's own figure beside it refutes; so is a person by role or by an
        # initial and a surname; not "U.S. Census data put", a source's count
        ("Some critics claim commerce rose just 50 percent under the PTPA; the official figures "
         "show growth of over 140 percent.", "50 percent", "contradicted", "trade-growth",
         "claimant-refuted"),
        ("Some have said Washington sent only 900,000 vaccine doses. It was not: it donated two "
         "million.", "900,000", "contradicted", "vaccine-doses", "claimant-refuted"),
        ("One aide described five lines of counternarcotics effort; the sheet lists three.",
         "five", "contradicted", "lines-of-effort", "claimant-refuted"),
        ("R. Quispe stated that the refinery spill happened on January 19. The Chair noted the "
         "sheet gives January 15.", "January 19", "contradicted", "oil-spill",
         "claimant-refuted"),
        ("Trade topped $22 billion in 2021. Counting goods alone, U.S. Census data put two-way "
         "trade near $17 billion that year.", "$17 billion", "no-match", None, "reported"),
        # (a person's figure beside the sheet's is no claim of that figure when it is far from
        # its order: scholarships since 1946, not the two new programs)
        ("Two new Fulbright programs open this year. J. Rivas noted that the commission has "
         "granted more than 3,000 scholarships since 1946.", "3,000", "no-match", None,
         "another-quantity"),
        # (a quote asked about in a real question claims nothing; nor does a note's question)
        ('A reader asked us whether the Ambassadors Fund gave Peru "only $250,000." Peru has '
         "received more than $3.5 million from it.", "$250,000", "no-match", None, "reported"),
        ("Slide 5: Migration\n- U.S. support for the response in Peru: $286M+\n- Q from the last "
         "call: was it $268M? "
         "A: no, $286M+", "$268M", "no-match", None, "reported"),
        # (a claimant's words before a quote the draft lets stand make it the claimant's)
        ('A senator insisted on the radio that Washington delivered "barely 300,000" vaccine '
         "doses to Peru.", "300,000", "contradicted", "vaccine-doses", "quoted-let-stand"),
        # (a quote called a slip of the figure stated right before it is someone's value of it)
        ('- $86.8m+ in technical assistance and in-kind donations\n- Note: Ana\'s draft says '
         '"$8.68m"; a decimal slip, fix it.', "$8.68m", "contradicted", "technical-assistance",
         "quoted-refuted"),
        # (a draft's talking points are a text under check: what they show is no claim)
        ("The U.S. has provided over $86.8 million in technical assistance and in-kind donations. "
         "Card 2 of the draft talking points shows $8.68 million, a decimal slip; the correct "
         "figure is the one above.", "$8.68 million", "no-match",
         None, "reported"),
        # ("60+ years" restates "more than 60": the figure whose value it states, tied as well)
        ("The agreement signed in 2021 extends a partnership of 60+ years.", "60+ years",
         "supported", "usaid-collaboration", "fits"),
        # (an age in a headline's capitals; its "under" a place, no bound)
        ("ARTIFACTS HOME UNDER 22-YEAR-OLD HERITAGE MOU", "22", "contradicted",
         "cultural-mou", "rules-out"),
        # ("Someone ... says" and "critics like to say" are claimants too)
        ("USAID signed the $321 million agreement in September 2021; it runs through 2026. "
         "Someone in the replies says it runs to 2031. It doesn't.", "2031", "contradicted",
         "usaid-agreement-end", "claimant-refuted"),
        ("Critics like to say the heritage pact has recovered fewer than 300 pieces, yet it has "
         "brought home over 2,000 looted artifacts.", "300", "contradicted",
         "repatriated-artifacts", "claimant-refuted"),
        # (a claimant's quote nothing ties, when the one figure of its order stated after it
        # rules it out, below it; not a sum three times another figure, which may be anything)
        ('A viral video says Washington "handed over just $29 million" for Venezuelans here. Is '
         "that true? No. The United States has provided over $286 million in assistance for the "
         "response in Peru.", "$29 million", "contradicted", "migration-assistance",
         "claimant-refuted"),
        ('A Facebook post says Blinken "handed Castillo $900 million" on his visit. The USAID '
         "agreement is $321 million.", "$900 million", "no-match", None, "no-measure"),
        # (a date after an amount dates that amount, not the one before it in its sentence)
        ("Peru hosts 1.3 million Venezuelans, up from about 8,000 in March 2016.", "1.3 million",
         "supported", "venezuelan-migrants", "fits"),
        ("The U.S. donated 2 million doses (the first 1,002,000 landed on June 29, 2021) and "
         "over $86.8 million in technical assistance.", "over $86.8 million", "supported",
         "technical-assistance", "fits"),
        ("The U.S. donated two million doses in June 2021.", "two million", "undetermined",
         "vaccine-doses", "year-not-in-sheet"),
        # (a bare number after a count of decades is decades, when a few; else years)
        ("INL has funded eradication for four decades, and USAID has worked with DEVIDA for two.",
         "two", "supported", "devida-partnership", "fits"),
        ("INL has funded eradication for four decades, and USAID has worked with DEVIDA for "
         "about twenty.", "about twenty", "supported", "devida-partnership", "fits"),
        # (a weak word ties it to a figure it is far past; its value is another's to the digit)
        ("Washington has put more than $286 million behind that effort.", "more than $286 million",
         "supported", "migration-assistance", "sheet-value"),
        # (a verb after the counted noun ends what it counts)
        ("2022 - Three new post-graduate Fulbright programs open, for Afro-Peruvian students.",
         "Three", "contradicted", "fulbright-programs", "rules-out"),
        # (most of a total's parts is the whole told short; a part "in a" whole is no part of
        # the number that counts that whole)
        ("U.S. humanitarian, economic and health assistance for the response in Peru has "
         "totalled $186 million.", "$186 million", "contradicted", "migration-assistance",
         "rules-out"),
        ("The agreement is the latest chapter in a 50-year partnership between USAID and Peru.",
         "50-year", "contradicted", "usaid-collaboration", "rules-out"),
        # ("donated" is the doses' own verb: "It donated one million" after a denial of two)
        ("The United States did not donate two million doses. It donated one million, and the "
         "rest came through COVAX.", "one million", "contradicted", "vaccine-doses",
         "rules-out"),
        # ("a couple of million", "a couple hundred thousand": two of the scale)
        ("They sent a couple of million vaccine doses to Peru.", "a couple of million",
         "supported", "vaccine-doses", "fits"),
    ],
)  # fmt: skip
def test_classes_of_the_opened_blind_parts(
    store, draft: str, number: str, verdict: str | None, figure: str | None, rule: str | None
) -> None:
    if verdict is None:
        assert _claims_at(store, draft, number) == []  # no claim read there
        return
    (claim,) = _claims_at(store, draft, number)
    got = (claim.verdict, claim.figure and claim.figure.figure.id, claim.rule)
    assert got == (verdict, figure, rule)


@pytest.mark.parametrize(
    "draft",
    [
        "Growth under the PTPA: about 145%, but double-check it against the sheet.",
        "Lima bought 40 million doses itself; do not mix the two up.",
    ],
)
def test_words_that_hold_a_number_word_are_no_number(store, draft: str) -> None:
    """ "double-check" doubles nothing; "the two" with no noun after it is a pronoun."""
    assert [c.text for c in check_text(store, draft) if c.text in ("double", "two")] == []
