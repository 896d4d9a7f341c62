"""The store's own words: labels as search shows them, summaries in the sheet's spelling, periods.

These read the bundled store.
"""

from __future__ import annotations

import json
import re

import pytest

from conftest import REAL_STORE

STORE = json.loads(REAL_STORE.read_text(encoding="utf-8"))
SOURCE = (REAL_STORE.parent / STORE["sources"][0]["file"]).read_text(encoding="utf-8")
STATEMENTS = {s["id"]: s["text"] for s in STORE["statements"]}
# A label never ends on one of these: "supports assistance through" is half a sentence.
_DANGLING = frozenset(
    "a an and as at by for from in into of on or over than the through to under until with".split()
)
# British spellings, each with the American one the sheet uses.
_SPELLINGS = {
    "programme": "program", "centre": "center", "organisation": "organization",
    "labour": "labor", "defence": "defense", "favour": "favor", "honour": "honor",
    "behaviour": "behavior", "neighbour": "neighbor", "licence": "license",
}  # fmt: skip


def _cases(records: list[dict]) -> list[object]:
    """One case per record, named by its id."""
    return [pytest.param(r, id=r["id"]) for r in records]


@pytest.mark.parametrize("figure", _cases(STORE["figures"]))
def test_every_label_reads_well_as_search_shows_it(run, figure: dict) -> None:
    result = run("search", figure["label"], "--plain")
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    (shown,) = [row[-1] for row in rows if row[0] == "figure" and figure["id"] in row]
    label, _, written = shown.partition(": ")
    assert label == figure["label"]
    assert label[0].isupper() or label[0].isdigit() or label.startswith(("U.S.", "USAID"))
    assert not label.endswith((".", ",", ":", ";"))
    last = label.split()[-1].lower()
    assert last not in _DANGLING, f"the label ends on {last!r}: {shown!r}"
    first = written.split()[0].lower()
    assert first != last, f"a word is repeated across the colon: {shown!r}"


@pytest.mark.parametrize("topic", _cases(STORE["topics"]))
def test_every_summary_is_a_sentence_in_the_sheet_s_spelling(topic: dict) -> None:
    summary = topic["summary"]
    assert summary[0].isupper()
    assert summary.endswith(".")
    for british, american in _SPELLINGS.items():
        if re.search(rf"\b{american}", SOURCE, re.IGNORECASE):
            assert not re.search(rf"\b{british}", summary, re.IGNORECASE), (british, summary)


@pytest.mark.parametrize("figure", _cases(STORE["figures"]))
def test_labels_and_notes_use_the_sheet_s_spelling(figure: dict) -> None:
    text = " ".join(filter(None, [figure["label"], figure.get("note"), figure.get("period")]))
    for british, american in _SPELLINGS.items():
        if re.search(rf"\b{american}", SOURCE, re.IGNORECASE):
            assert not re.search(rf"\b{british}", text, re.IGNORECASE), (british, text)


@pytest.mark.parametrize("figure", _cases(STORE["figures"]))
def test_a_period_s_year_not_in_the_sentence_is_marked_inferred(figure: dict) -> None:
    if figure["unit"] == "date" or not figure.get("period"):
        # Validation checks a date's year_inferred against its own wording.
        return
    sentence = STATEMENTS[figure["statement"]]
    years = re.findall(r"\b(?:19|20)\d\d\b", figure["period"])
    inferred = any(year not in sentence for year in years)
    assert figure.get("year_inferred", False) == inferred, (figure["period"], sentence)
