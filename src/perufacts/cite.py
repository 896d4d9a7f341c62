"""Citations of figures: the document once, then the place of each figure in it.

A reference manager wants one entry per document and the figure's place in the citation's
locator (``\\cite[locator]{key}``, CSL's ``locator`` and ``label``), so every format prints the
document's entry once and then one locator per figure. The locator names what a reader of the
page can find: the section heading and the bullet number as printed ("Peru, a Vital Strategic
Partner, bullet 2"), or "opening paragraph 1" where the sheet has no heading, and then the line
of perufacts' copy of the text. BibTeX escapes LaTeX's special characters; CSL-JSON items use
only variables of the CSL-JSON schema.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from perufacts.errors import UsageError
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


def accessed_day(text: str | None, option: str = "--accessed") -> dt.date:
    """The day the page was read, written YYYY-MM-DD in ``option``; today when not given."""
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{option} wants a day as YYYY-MM-DD, not {text!r}") from None


def issued(source: Source) -> DateValue:
    """The document's date (year, and month or day when known); validation made sure it is one."""
    return parse_date(source.date)


# A sentence already ends with one of these (perhaps inside closing quotes): add no full stop.
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*$")


def citation_key(source: Source) -> str:
    """The document's key, which BibTeX and CSL-JSON both accept: ``us-peru-2022``."""
    return re.sub(r"[^A-Za-z0-9:._-]", "-", source.id)


def document_date(source: Source) -> str:
    """The date as people write it: "October 2022", "6 October 2022" or "2022"."""
    date = issued(source)
    parts = [str(date.day)] if date.day and date.month else []
    if date.month:
        parts.append(MONTH_NAMES[date.month - 1])
    parts.append(str(date.year) if date.year is not None else "n.d.")
    return " ".join(parts)


def by_document(contexts: list[FigureContext]) -> list[tuple[Source, list[FigureContext]]]:
    """The figures grouped by the document they come from, first seen first; each figure once."""
    groups: dict[str, tuple[Source, list[FigureContext]]] = {}
    seen: set[str] = set()
    for c in contexts:
        if c.figure.id in seen:
            continue
        seen.add(c.figure.id)
        groups.setdefault(c.source.id, (c.source, []))[1].append(c)
    return list(groups.values())


# --- the place of a figure -------------------------------------------------------------------


def printed_heading(c: FigureContext) -> str | None:
    """The section heading as the page prints it; None for the opening paragraphs, which have none."""
    return c.topic.heading if c.topic.heading_line is not None else None


def place(c: FigureContext) -> str:
    """The section and bullet, or the opening paragraph, a reader of the page can find."""
    heading = printed_heading(c)
    if heading is None:
        return f"opening paragraph {c.item}" if c.item else "opening paragraphs"
    return f"{heading}, bullet {c.item}" if c.item else heading


def locator(c: FigureContext) -> str:
    """The figure's place: "Peru, a Vital Strategic Partner, bullet 2 (perufacts line 8)"."""
    return f"{place(c)} (perufacts line {c.statement.line})"


def csl_locator(c: FigureContext) -> dict[str, str]:
    """The CSL label, locator and suffix: a section by its heading, an opening paragraph by number."""
    # One number per locator: CSL processors read "bullet 2, line 8" as a plural range.
    line = {"suffix": f", perufacts line {c.statement.line}"}
    if printed_heading(c) is None and c.item:
        return {"label": "paragraph", "locator": str(c.item), **line}
    return {"label": "section", "locator": place(c), **line}


def _period(text: str) -> str:
    """``text`` ended with a full stop, unless it already ends a sentence ("Inc.", "Why?")."""
    return text if _ENDS_SENTENCE.search(text) else f"{text}."


# --- plain text ------------------------------------------------------------------------------


def _document(source: Source) -> str:
    """Publisher, quoted title and date, each ended once."""
    return f'{_period(source.publisher)} "{_period(source.title)}" {document_date(source)}.'


def entry_line(source: Source) -> str:
    """The document as one line: publisher, quoted title, date and address."""
    return f"{_document(source)} {source.url}"


def one_line(c: FigureContext) -> str:
    """A one-line citation of the document and the place of the figure's sentence."""
    where = locator(c)
    # The place starts a sentence here: "... October 2022. Opening paragraph 1 (...)."
    return f"{_document(c.source)} {_period(where[:1].upper() + where[1:])} {c.source.url}"


def as_text(contexts: list[FigureContext]) -> str:
    """Each document once, then every figure's place and its sentence quoted."""
    out = []
    for source, figures in by_document(contexts):
        out.append(entry_line(source))
        for c in figures:
            out += [f"  {c.figure.id}: {locator(c)}", f'    "{c.statement.text}"']
    return "\n".join(out) + "\n"


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


def as_markdown(contexts: list[FigureContext]) -> str:
    """Each document once, then every figure's place and its sentence as a block quote."""
    out = []
    for source, figures in by_document(contexts):
        out.append(f"{markdown_source(source)}.\n")
        for c in figures:
            out.append(f"{markdown_escape(locator(c))}:\n")
            out.append(f"> {markdown_escape(c.statement.text)}\n")
    return "\n".join(out)


# --- BibTeX ----------------------------------------------------------------------------------


def latex_escape(text: str) -> str:
    """Text that LaTeX prints literally: its ten special characters (and a few more) escaped."""
    return _LATEX_SPECIAL.sub(lambda m: _LATEX[m.group()], text)


def _bib_url(url: str) -> str:
    """A URL as BibTeX reads it."""
    # url fields are read verbatim by biblatex, so nothing is escaped; only braces, which
    # would unbalance the field, and spaces, which no URL holds, are percent-encoded.
    return "".join(f"%{ord(ch):02X}" if ch in "{}\\ " else ch for ch in url)


def bibtex_entry(source: Source, accessed: dt.date) -> str:
    """A biblatex @online entry for the document: a corporate author, the date and urldate."""
    date = issued(source)
    # Double braces keep a corporate name whole and a title's capitals as written.
    fields = [
        ("author", f"{{{{{latex_escape(source.publisher)}}}}}"),
        ("organization", f"{{{latex_escape(source.publisher)}}}"),
        ("title", f"{{{{{latex_escape(source.title)}}}}}"),
    ]
    if date.year is not None:
        fields.append(("year", f"{{{date.year}}}"))
    if date.month:
        # The bare three-letter macro: every BibTeX style knows it and prints the month its way.
        fields.append(("month", MONTH_NAMES[date.month - 1][:3].lower()))
    fields += [("url", f"{{{_bib_url(source.url)}}}"), ("urldate", f"{{{accessed.isoformat()}}}")]
    body = ",\n".join(f"  {name:<12} = {value}" for name, value in fields)
    return f"@online{{{citation_key(source)},\n{body}\n}}\n"


def bibtex_cite(c: FigureContext) -> str:
    """The LaTeX that cites one figure: ``\\cite[{locator}]{key}``."""
    # Braces keep a "]" or "," of the heading inside the optional argument.
    return f"\\cite[{{{latex_escape(locator(c))}}}]{{{citation_key(c.source)}}}"


def as_bibtex(contexts: list[FigureContext], accessed: dt.date) -> str:
    """Each document's entry once, then, as comments, the ``\\cite`` of every figure."""
    out = []
    for source, figures in by_document(contexts):
        out.append(bibtex_entry(source, accessed))
        # BibTeX ignores text outside entries; "%" marks these lines as comments for people too.
        out += [f"% {c.figure.id}: {bibtex_cite(c)}\n" for c in figures]
    return "".join(out)


# --- CSL-JSON --------------------------------------------------------------------------------


def _date_parts(date: dt.date | DateValue) -> dict[str, Any]:
    """A CSL date: year, then month and day when known."""
    parts = [p for p in (date.year, date.month, date.day) if p]
    return {"date-parts": [parts]}


def csl_item(source: Source, accessed: dt.date) -> dict[str, Any]:
    """The document as a CSL-JSON web page, keyed by its stable id."""
    date = issued(source)
    item: dict[str, Any] = {
        "id": citation_key(source),
        "type": "webpage",
        "title": source.title,
        "author": [{"literal": source.publisher}],
        "publisher": source.publisher,
    }
    if date.year is not None:
        item["issued"] = _date_parts(date)
    item |= {"accessed": _date_parts(accessed), "URL": source.url}
    return item


def csl_json(contexts: list[FigureContext], accessed: dt.date) -> dict[str, Any]:
    """The documents as CSL-JSON ``items``, and one CSL citation item per figure with its locator."""
    groups = by_document(contexts)
    return {
        "items": [csl_item(source, accessed) for source, _ in groups],
        "citationItems": [
            {"id": citation_key(source), **csl_locator(c), "figure": c.figure.id}
            for source, figures in groups
            for c in figures
        ],
    }


# --- the formats -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CitationFormat:
    """A citation format: text to print, or data to print as one JSON document."""

    text: Callable[[list[FigureContext], dt.date], str] | None = None
    data: Callable[[list[FigureContext], dt.date], Any] | None = None


# Format name -> how to write figures' citations (the day the page was read is for urldate);
# the command line offers exactly these names.
FORMATS = {
    "text": CitationFormat(text=lambda contexts, _accessed: as_text(contexts)),
    "markdown": CitationFormat(text=lambda contexts, _accessed: as_markdown(contexts)),
    "bibtex": CitationFormat(text=as_bibtex),
    "csl-json": CitationFormat(data=csl_json),
}
