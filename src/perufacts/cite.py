"""Citations of one figure: the document, the section and line, and the exact sentence.

Every format is built from the same ``FigureContext``. The BibTeX and CSL-JSON forms are read
by reference managers, so BibTeX escapes LaTeX's special characters and CSL-JSON uses only
variables of the CSL-JSON schema.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from perufacts.models import Source
from perufacts.numbers import DateValue, parse_date
from perufacts.queries import FigureContext
from perufacts.vocab import MONTH_NAMES

_LATEX = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    # Outside the T1 font encoding these print as other glyphs (¡ ¿ —), so name them.
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
    "\u00a0": "~",
}
_LATEX_SPECIAL = re.compile("[" + re.escape("".join(_LATEX)) + "]")
# Characters that Markdown (CommonMark plus GitHub's tables, strikethrough and $math$) may read.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|$~&#!])")
# "1. " or "- " at the start would begin a list; "1.3 million" would not.
_MARKDOWN_LIST_MARKER = re.compile(r"^(\d{1,9}[.)]|[-+])(?=\s|$)")


def issued(source: Source) -> DateValue:
    """The document's date (year, and month or day when known); validation made sure it is one."""
    return parse_date(source.date)


def citation_key(c: FigureContext) -> str:
    """A key that BibTeX and CSL-JSON both accept: ``us-peru-2022:trade-2021``."""
    return re.sub(r"[^A-Za-z0-9:._-]", "-", f"{c.source.id}:{c.figure.id}")


def document_date(source: Source) -> str:
    """The date as people write it: "October 2022", "6 October 2022" or "2022"."""
    date = issued(source)
    parts = [str(date.day)] if date.day and date.month else []
    if date.month:
        parts.append(MONTH_NAMES[date.month - 1])
    parts.append(str(date.year) if date.year is not None else "n.d.")
    return " ".join(parts)


def one_line(c: FigureContext) -> str:
    """A one-line citation of the document and the place of the figure's sentence."""
    s = c.source
    place = f'Section "{c.topic.heading}", line {c.statement.line}'
    return f'{s.publisher}. "{s.title}." {document_date(s)}. {place}. {s.url}'


def as_text(c: FigureContext) -> str:
    """The one-line citation with the exact sentence quoted under it."""
    return f'{one_line(c)}\n"{c.statement.text}"\n'


# --- Markdown --------------------------------------------------------------------------------


def markdown_escape(text: str) -> str:
    """Text that Markdown shows literally: one line, special characters backslash-escaped."""
    flat = " ".join(text.splitlines())
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", flat)
    return _MARKDOWN_LIST_MARKER.sub(lambda m: m.group()[:-1] + "\\" + m.group()[-1], escaped)


def markdown_url(url: str) -> str:
    """A URL safe inside a Markdown link: the characters that would end it percent-encoded."""
    return "".join(f"%{ord(ch):02X}" if ch in " ()<>" else ch for ch in url)


def markdown_source(source: Source) -> str:
    """The document named in Markdown: publisher, linked title, date."""
    title = f"[*{markdown_escape(source.title)}*]({markdown_url(source.url)})"
    return f"{markdown_escape(source.publisher)}, {title}, {document_date(source)}"


def as_markdown(c: FigureContext) -> str:
    """The sentence as a block quote, then the document and place it comes from."""
    place = markdown_escape(f"section “{c.topic.heading}”, line {c.statement.line}")
    return f"> {markdown_escape(c.statement.text)}\n\n{markdown_source(c.source)}, {place}.\n"


# --- BibTeX ----------------------------------------------------------------------------------


def latex_escape(text: str) -> str:
    """Text that LaTeX prints literally: its ten special characters (and a few more) escaped."""
    return _LATEX_SPECIAL.sub(lambda m: _LATEX[m.group()], text)


def _bib_url(url: str) -> str:
    """A URL as BibTeX reads it."""
    # url fields are read verbatim by biblatex, so nothing is escaped; only braces, which
    # would unbalance the field, and spaces, which no URL holds, are percent-encoded.
    return "".join(f"%{ord(ch):02X}" if ch in "{}\\ " else ch for ch in url)


def _note(c: FigureContext) -> str:
    """The section, line and quoted sentence that every citation carries."""
    return f"Section “{c.topic.heading}”, line {c.statement.line}: “{c.statement.text}”"


def as_bibtex(c: FigureContext) -> str:
    """A BibTeX @misc entry: the publisher as a corporate author, the place and sentence in note."""
    s = c.source
    date = issued(s)
    # Double braces keep a corporate name whole and a title's capitals as written.
    fields = [
        ("author", f"{{{{{latex_escape(s.publisher)}}}}}"),
        ("organization", f"{{{latex_escape(s.publisher)}}}"),
        ("title", f"{{{{{latex_escape(s.title)}}}}}"),
    ]
    if date.year is not None:
        fields.append(("year", f"{{{date.year}}}"))
    if date.month:
        # The bare three-letter macro: every BibTeX style knows it and prints the month its way.
        fields.append(("month", MONTH_NAMES[date.month - 1][:3].lower()))
    fields += [("url", f"{{{_bib_url(s.url)}}}"), ("note", f"{{{latex_escape(_note(c))}}}")]
    body = ",\n".join(f"  {name:<12} = {value}" for name, value in fields)
    return f"@misc{{{citation_key(c)},\n{body}\n}}\n"


# --- CSL-JSON --------------------------------------------------------------------------------


def csl_json(c: FigureContext) -> list[dict[str, Any]]:
    """A CSL-JSON list holding one item: the document as a web page, with section and note."""
    s = c.source
    date = issued(s)
    parts = [p for p in (date.year, date.month, date.day) if p]
    item: dict[str, Any] = {
        "id": citation_key(c),
        "type": "webpage",
        "title": s.title,
        "author": [{"literal": s.publisher}],
        "publisher": s.publisher,
    }
    if date.year is not None:
        item["issued"] = {"date-parts": [parts]}
    item |= {"URL": s.url, "section": c.topic.heading, "note": _note(c)}
    return [item]


# --- the formats -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CitationFormat:
    """A citation format: text to print, or data to print as one JSON document."""

    text: Callable[[FigureContext], str] | None = None
    data: Callable[[FigureContext], Any] | None = None


# Format name -> how to write it; the command line offers exactly these names.
FORMATS = {
    "text": CitationFormat(text=as_text),
    "markdown": CitationFormat(text=as_markdown),
    "bibtex": CitationFormat(text=as_bibtex),
    "csl-json": CitationFormat(data=csl_json),
}
