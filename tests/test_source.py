"""Reading the sheet: a line or a range of lines alone, and the sentences around a figure."""

from __future__ import annotations

import json

import pytest

from conftest import REAL_STORE

STORE = json.loads(REAL_STORE.read_text(encoding="utf-8"))
TEXT = (REAL_STORE.parent / STORE["sources"][0]["file"]).read_text(encoding="utf-8").split("\n")


def _rows(run, *args: str) -> list[list[str]]:
    result = run("source", *args, "--plain")
    assert result.exit_code == 0, result.output
    return [line.split("\t") for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    ("args", "numbers"),
    [
        (["--line", "8"], [8]),
        (["--lines", "8-12"], [8, 9, 10, 11, 12]),
        (["8-12"], [8, 9, 10, 11, 12]),
        (["--lines", "38"], [38]),
        (["--lines", "40-99"], [40, 41, 42]),
    ],
)
def test_lines_alone_numbered(run, args: list[str], numbers: list[int]) -> None:
    assert _rows(run, *args) == [
        ["us-peru-2022", str(n), TEXT[n - 1].strip(), "furniture" if n in (40, 42) else ""]
        for n in numbers
    ]


def test_lines_without_a_range_is_the_metadata_then_the_whole_text(run) -> None:
    rows = _rows(run, "--lines")
    assert rows[0] == ["us-peru-2022", "id", "us-peru-2022"]
    numbered = [r for r in rows if r[1].isdigit()]
    assert [int(r[1]) for r in numbered] == list(range(1, len(TEXT) + 1))


def test_a_line_in_json(run_json) -> None:
    assert run_json("source", "--line", "18") == {
        "lines": [{"document": "us-peru-2022", "line": 18, "text": TEXT[17], "furniture": False}]
    }


def test_a_line_in_a_table(run) -> None:
    result = run("source", "--line", "38")
    assert result.stdout.splitlines()[2:] == [
        " 38       • The United States supports the Academy for Women Entrepreneurs (AWE), and its nearly",
        "        400 alumnae in Peru.",
    ]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--line", "99"], 3, "perufacts: no line 99: the text has 42 lines\n"),
        (["--lines", "x"], 2, "perufacts: lines are a number or a range such as 8-12, not 'x' (see 'perufacts source --help')\n"),
        (["9-8"], 2, "perufacts: lines 9-8: lines count from 1, and the first comes before the last (see 'perufacts source --help')\n"),
        (["--line", "0"], 2, "perufacts: lines 0: lines count from 1, and the first comes before the last (see 'perufacts source --help')\n"),
        (["8", "--line", "9"], 2, "perufacts: give --line N or lines A-B, not both (see 'perufacts source --help')\n"),
    ],
)  # fmt: skip
def test_bad_lines(run, args: list[str], code: int, message: str) -> None:
    result = run("source", *args)
    assert (result.exit_code, result.stdout, result.stderr) == (code, "", message)


# --- figure --context ------------------------------------------------------------------------


def test_context_gives_the_sentence_before_and_after(run_json) -> None:
    (figure,) = run_json("figure", "trade-2021", "--context")["figures"]
    assert [(s["id"], s["line"]) for s in figure["context"]["before"]] == [("7.1", 7)]
    assert [(s["id"], s["line"]) for s in figure["context"]["after"]] == [("9.1", 9)]


def test_context_stays_within_the_section(run_json) -> None:
    (first,) = run_json("figure", "oil-spill", "--context")["figures"]
    assert first["context"]["before"] == []
    (last,) = run_json("figure", "awe-alumnae", "--context")["figures"]
    assert [s["id"] for s in last["context"]["before"]] == ["37.2"]
    assert last["context"]["after"] == []


def test_context_of_a_sentence_in_a_bullet_of_two(run_json) -> None:
    (figure,) = run_json("figure", "inl-support", "--context")["figures"]
    assert [s["id"] for s in figure["context"]["before"]] == ["24.1"]
    assert [s["id"] for s in figure["context"]["after"]] == ["25.1"]


def test_no_context_unless_asked(run_json) -> None:
    (figure,) = run_json("figure", "trade-2021")["figures"]
    assert "context" not in figure


def test_context_in_a_table_and_plain(run) -> None:
    table = run("figure", "trade-2021", "--context").stdout.splitlines()
    assert table[7] == (
        "Before      The United States and Peru enjoy a strong, mutually beneficial, commercial partnership."
    )
    assert table[8] == "            (line 7)"
    plain = run("figure", "trade-2021", "--context", "--plain").stdout.splitlines()
    assert [row.split("\t")[:5] for row in plain[1:]] == [
        ["context", "trade-2021", "before", "7.1", "7"],
        ["context", "trade-2021", "after", "9.1", "9"],
    ]


def test_page_furniture_is_shown_marked_and_never_a_statement_or_a_search_result(run) -> None:
    result = run("source", "--lines", "39-42")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines()[2:] if line.strip() not in ("39", "41")]
    assert (
        lines[0] == " 40     U.S. Department of State  [web page furniture, not part of the sheet]"
    )
    assert lines[1].startswith(" 42     The Lessons of 1989: Freedom and Our Future  [web page")
    whole = run("source", "--lines").stdout
    assert whole.count("[web page furniture, not part of the sheet]") == 2
    # The text stays exact in JSON; the lines are no statement, and search never finds them.
    assert run("source", "--line", "40", "--json").stdout.count("[web page") == 0
    assert (
        run("search", "Lessons of 1989").stderr == "perufacts: no results for 'Lessons of 1989'\n"
    )


def test_page_furniture_is_marked_in_json_and_plain_as_in_the_table(run, run_json) -> None:
    lines = run_json("source", "--lines", "39-42")["lines"]
    assert [(x["line"], x["furniture"]) for x in lines] == [
        (39, False), (40, True), (41, False), (42, True)
    ]  # fmt: skip
    assert [x["text"] for x in lines] == TEXT[38:42]  # the text stays exact
    (whole,) = run_json("source", "--lines")["sources"]
    assert [x["line"] for x in whole["lines"] if x["furniture"]] == [40, 42]
    assert len(whole["lines"]) == len(TEXT)
    rows = _rows(run, "--lines")
    assert [r[1] for r in rows if r[1].isdigit() and r[3:] == ["furniture"]] == ["40", "42"]
    assert all(len(r) == 4 for r in rows if r[1].isdigit())
