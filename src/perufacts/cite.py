"""Citations: the document once, then the place of each figure or sentence cited in it.

A reference manager wants one entry per document and the cited place in the citation's locator
(``\\cite[locator]{key}``, CSL's ``locator`` and ``label``), so every format prints the
document's entry once and then one locator per figure or line cited (none when the whole
document is cited). The locator names what a reader of the page can find: the section heading
and the bullet number as printed ("Peru, a Vital Strategic Partner, bullet 2"), or "opening
paragraph 1" where the sheet has no heading, and then (unless left out) the line of perufacts'
copy of the text. BibTeX (classic ``@misc``) and biblatex (``@online``) escape LaTeX's special
characters; CSL-JSON items use only variables of the CSL-JSON schema.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from perufacts.errors import UsageError
from perufacts.models import FigureContext, LineContext, Source
from perufacts.numbers import DateValue, parse_date
from perufacts.record import place, printed_heading
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
    """The document's key, which BibTeX and CSL-JSON both accept: ``us-peru-2022``.

    An id that is a key already is kept; any other has its characters replaced and a short
    hash of the id added, so that two ids never share a key ("us peru" and "us/peru" differ).
    """
    safe = re.sub(r"[^A-Za-z0-9:._-]", "-", source.id)
    if safe == source.id:
        return safe
    return f"{safe}-{hashlib.sha256(source.id.encode()).hexdigest()[:8]}"


def document_date(source: Source) -> str:
    """The date as people write it: "October 2022", "6 October 2022" or "2022"."""
    date = issued(source)
    parts = [str(date.day)] if date.day and date.month else []
    if date.month:
        parts.append(MONTH_NAMES[date.month - 1])
    parts.append(str(date.year) if date.year is not None else "n.d.")
    return " ".join(parts)


# --- what is cited ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Cited:
    """One thing cited in a document: a figure, a line's sentences, or (no place) the whole."""

    source: Source
    name: str  # how the citation names it: the figure's id, "line 12", or "document"
    place: str | None = None  # the section and bullet; None for the whole document
    line: int | None = None  # the line of perufacts' copy of the text
    quote: str | None = None  # the sentence(s) cited, exactly as written
    figure: str | None = None  # the figure's id, when a figure is cited
    paragraph: int | None = None  # an opening paragraph's number (the sheet has no heading there)


@dataclass(frozen=True)
class Options:
    """How to cite: the day the page was read, whether locators name perufacts' line, and the
    keys already in the file the citation is appended to (their entries are left out)."""

    accessed: dt.date
    locator_line: bool = True
    known_keys: Collection[str] = field(default_factory=frozenset)


def of_figure(c: FigureContext) -> Cited:
    """A figure cited: its place and its sentence."""
    statement = c.statement
    return Cited(
        c.source, c.figure.id, place(c), statement.line, statement.text, c.figure.id, _paragraph(c)
    )


def of_line(c: LineContext) -> Cited:
    """A line of the sheet cited: its place and its sentence(s), with or without a figure."""
    quote = " ".join(s.text for s in c.statements)
    return Cited(c.source, f"line {c.line}", place(c), c.line, quote, paragraph=_paragraph(c))


def of_document(source: Source) -> Cited:
    """The whole document cited: no place, no quote."""
    return Cited(source, "document")


def by_document(cited: list[Cited]) -> list[tuple[Source, list[Cited]]]:
    """The cited things grouped by document, first seen first; each once, a whole document as
    no place at all."""
    groups: dict[str, tuple[Source, list[Cited]]] = {}
    seen: set[tuple[str, str]] = set()
    for c in cited:
        group = groups.setdefault(c.source.id, (c.source, []))
        if (c.source.id, c.name) in seen or c.place is None:
            continue
        seen.add((c.source.id, c.name))
        group[1].append(c)
    return list(groups.values())


# --- the place of a figure or line -----------------------------------------------------------


def _paragraph(c: FigureContext | LineContext) -> int | None:
    """The number of an opening paragraph (where the sheet has no heading); None in a section."""
    return c.item if printed_heading(c) is None and c.item else None


def locator(c: Cited, line: bool = True) -> str:
    """The place: "Peru, a Vital Strategic Partner, bullet 2 (perufacts line 8)", the line
    left out when ``line`` is false."""
    where = c.place or ""
    return f"{where} (perufacts line {c.line})" if line and c.line is not None else where


def csl_locator(c: Cited, line: bool = True) -> dict[str, str]:
    """The CSL label, locator and suffix: a section by its heading, an opening paragraph by number."""
    # One number per locator: CSL processors read "bullet 2, line 8" as a plural range.
    suffix = {"suffix": f", perufacts line {c.line}"} if line and c.line is not None else {}
    if c.paragraph is not None:
        return {"label": "paragraph", "locator": str(c.paragraph), **suffix}
    return {"label": "section", "locator": c.place or "", **suffix}


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
    where = locator(of_figure(c))
    # The place starts a sentence here: "... October 2022. Opening paragraph 1 (...)."
    return f"{_document(c.source)} {_period(where[:1].upper() + where[1:])} {c.source.url}"


def as_text(cited: list[Cited], options: Options) -> str:
    """Each document once, then every figure's or line's place and its sentence quoted."""
    out = []
    for source, places in by_document(cited):
        out.append(entry_line(source))
        for c in places:
            out += [f"  {c.name}: {locator(c, options.locator_line)}", f'    "{c.quote}"']
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


def as_markdown(cited: list[Cited], options: Options) -> str:
    """Each document once, then every figure's or line's place and its sentence as a block quote."""
    out = []
    for source, places in by_document(cited):
        out.append(f"{markdown_source(source)}.\n")
        for c in places:
            out.append(f"{markdown_escape(locator(c, options.locator_line))}:\n")
            out.append(f"> {markdown_escape(c.quote or '')}\n")
    return "\n".join(out)


# --- BibTeX and biblatex ---------------------------------------------------------------------


def latex_escape(text: str) -> str:
    """Text that LaTeX prints literally: its ten special characters (and a few more) escaped."""
    return _LATEX_SPECIAL.sub(lambda m: _LATEX[m.group()], text)


def _bib_url(url: str) -> str:
    """A URL as BibTeX reads it."""
    # url fields are read verbatim by biblatex (and \url by BibTeX styles), so nothing is
    # escaped; only braces, which would unbalance the field, and spaces, which no URL holds,
    # are percent-encoded.
    return "".join(f"%{ord(ch):02X}" if ch in "{}\\ " else ch for ch in url)


def _bib_fields(source: Source) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The fields both entry types share: author and title first, then year and month."""
    date = issued(source)
    # Double braces keep a corporate name whole and a title's capitals as written.
    names = [
        ("author", f"{{{{{latex_escape(source.publisher)}}}}}"),
        ("title", f"{{{{{latex_escape(source.title)}}}}}"),
    ]
    dates = [("year", f"{{{date.year}}}")] if date.year is not None else []
    if date.month:
        # The bare three-letter macro: every BibTeX style knows it and prints the month its way.
        dates.append(("month", MONTH_NAMES[date.month - 1][:3].lower()))
    return names, dates


def _bib_entry(kind: str, key: str, fields: list[tuple[str, str]]) -> str:
    """One entry, its fields aligned."""
    body = ",\n".join(f"  {name:<12} = {value}" for name, value in fields)
    return f"@{kind}{{{key},\n{body}\n}}\n"


def biblatex_entry(source: Source, accessed: dt.date) -> str:
    """A biblatex @online entry for the document: a corporate author, the date and urldate."""
    (author, title), dates = _bib_fields(source)
    organization = ("organization", f"{{{latex_escape(source.publisher)}}}")
    url = [("url", f"{{{_bib_url(source.url)}}}"), ("urldate", f"{{{accessed.isoformat()}}}")]
    return _bib_entry("online", citation_key(source), [author, organization, title, *dates, *url])


def bibtex_entry(source: Source, accessed: dt.date) -> str:
    """A classic BibTeX @misc entry (every style knows it): the address in howpublished, the
    day it was read in note."""
    names, dates = _bib_fields(source)
    day = f"{accessed.day} {MONTH_NAMES[accessed.month - 1]} {accessed.year}"
    fields = [
        *names,
        ("howpublished", f"{{\\url{{{_bib_url(source.url)}}}}}"),
        *dates,
        ("note", f"{{Accessed {day}}}"),
    ]
    return _bib_entry("misc", citation_key(source), fields)


def bibtex_cite(c: Cited, line: bool = True) -> str:
    """The LaTeX that cites one place: ``\\cite[{locator}]{key}``."""
    # Braces keep a "]" or "," of the heading inside the optional argument.
    return f"\\cite[{{{latex_escape(locator(c, line))}}}]{{{citation_key(c.source)}}}"


def _as_bib(entry: Callable[[Source, dt.date], str]) -> Callable[[list[Cited], Options], str]:
    """A writer: each document's entry once (unless its key is known), then, as comments, the
    ``\\cite`` of every place."""

    def write(cited: list[Cited], options: Options) -> str:
        out = []
        for source, places in by_document(cited):
            if citation_key(source) not in options.known_keys:
                out.append(entry(source, options.accessed))
            # BibTeX ignores text outside entries; "%" marks these lines as comments for people.
            out += [f"% {c.name}: {bibtex_cite(c, options.locator_line)}\n" for c in places]
        return "".join(out)

    return write


as_bibtex = _as_bib(bibtex_entry)
as_biblatex = _as_bib(biblatex_entry)

# An entry's type and key as BibTeX reads them: "@misc{us-peru-2022,".
_BIB_KEY = re.compile(r"@\s*([A-Za-z]+)\s*[{(]\s*([^\s,{}()]+)\s*,")


def bib_keys(text: str) -> set[str]:
    """The keys of the entries in a .bib file's text (comments and strings are no entries)."""
    return {m[2] for m in _BIB_KEY.finditer(text) if m[1].lower() not in ("comment", "string")}


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


def _csl_citation(c: Cited, line: bool) -> dict[str, Any]:
    """One CSL citation item: the document's key, the locator, and what is cited."""
    what: dict[str, Any] = {"figure": c.figure} if c.figure else {"line": c.line}
    return {"id": citation_key(c.source), **csl_locator(c, line), **what}


def csl_json(cited: list[Cited], options: Options) -> dict[str, Any]:
    """The documents as CSL-JSON ``items``, and one CSL citation item per place with its
    locator (the document's key alone where the whole is cited)."""
    groups = by_document(cited)
    return {
        "items": [csl_item(source, options.accessed) for source, _ in groups],
        "citationItems": [
            _csl_citation(c, options.locator_line) if c.place is not None else {"id": key}
            for source, places in groups
            for key in [citation_key(source)]
            for c in (places or [of_document(source)])
        ],
    }


# --- the formats -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CitationFormat:
    """A citation format: text to print, or data to print as one JSON document."""

    text: Callable[[list[Cited], Options], str] | None = None
    data: Callable[[list[Cited], Options], Any] | None = None
    bib: bool = False  # a .bib file's entries: keys already in the file appended to are skipped


# Format name -> how to write citations; the command line offers exactly these names.
FORMATS = {
    "text": CitationFormat(text=as_text),
    "markdown": CitationFormat(text=as_markdown),
    "bibtex": CitationFormat(text=as_bibtex, bib=True),
    "biblatex": CitationFormat(text=as_biblatex, bib=True),
    "csl-json": CitationFormat(data=csl_json),
}
