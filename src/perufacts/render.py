"""Turning query results into JSON-ready dicts, tab-separated rows, or Rich renderables.

Rich is imported inside the functions that build Rich objects: the --json and --plain paths
never load it, which keeps a scripted lookup near the start-up cost of Python itself.
Every string from the store goes into a Rich ``Text`` (never into markup) after ``inert``.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from perufacts import cite
from perufacts.models import Figure, Source, Statement, Store, Topic
from perufacts.queries import FigureContext, Hit, TopicView
from perufacts.text import squash_spaces

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

BOUNDS = {
    "exact": "",
    "over": ">",
    "more-than": ">",
    "at-least": ">=",
    "nearly": "<",
    "about": "~",
    "under": "<",
    "less-than": "<",
    "up-to": "<=",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_JSON_C1 = {c: f"\\u{c:04x}" for c in range(0x7F, 0xA0)}


def inert(text: str) -> str:
    """Show control characters (escape sequences included) as visible escapes, never raw."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


# --- values ------------------------------------------------------------------------------------


def format_number(value: float) -> str:
    """22000000000 -> "22,000,000,000"; 86.5 -> "86.5"."""
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def format_value(f: Figure) -> str:
    """The value in full with its bound and unit: "> 22,000,000,000 USD", "2022-10-06 (year inferred)"."""
    if f.unit == "date":
        return f"{f.value} (year inferred)" if f.year_inferred else str(f.value)
    bound = BOUNDS[f.qualifier]
    amount = format_number(f.value)  # type: ignore[arg-type]
    return f"{bound} {amount} {f.unit}".strip() if bound else f"{amount} {f.unit}"


def highlight_span(c: FigureContext) -> tuple[int, int] | None:
    """Where the figure's words stand in its statement (spaces of any kind match)."""
    pattern = r"\s+".join(re.escape(w) for w in c.figure.as_written.split())
    m = re.search(pattern, c.statement.text)
    return m.span() if m else None


# --- JSON-ready dicts --------------------------------------------------------------------------


def source_dict(source: Source) -> dict[str, Any]:
    """A document's metadata."""
    return {
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "date": source.date,
        "date_basis": source.date_basis,
        "licence": source.licence,
        "file": source.file,
        "sha256": source.sha256,
    }


def statement_dict(s: Statement, topic: Topic | None = None) -> dict[str, Any]:
    """A sentence of the document with its place."""
    out = {"id": s.id, "topic": s.topic, "line": s.line, "text": s.text, "document": s.source}
    if topic is not None:
        out["section"] = topic.heading
    return out


def figure_dict(c: FigureContext) -> dict[str, Any]:
    """A figure with its value, bound and full source (the JSON contract in the README)."""
    f = c.figure
    return {
        "id": f.id,
        "topic": f.topic,
        "label": f.label,
        "value": f.value,
        "unit": f.unit,
        "qualifier": f.qualifier,
        "bound": BOUNDS[f.qualifier] or "=",
        "as_written": f.as_written,
        "display": format_value(f),
        "period": f.period,
        "year_inferred": f.year_inferred,
        "note": f.note,
        "source": {
            "document": c.source.id,
            "title": c.source.title,
            "url": c.source.url,
            "section": c.topic.heading,
            "statement": c.statement.id,
            "line": c.statement.line,
            "text": c.statement.text,
        },
    }


def topic_dict(view: TopicView) -> dict[str, Any]:
    """A topic with its figures and statements."""
    t = view.topic
    return {
        "id": t.id,
        "heading": t.heading,
        "heading_line": t.heading_line,
        "summary": t.summary,
        "aliases": t.aliases,
        "figures": [figure_dict(c) for c in view.figures],
        "statements": [statement_dict(s) for s in view.statements],
    }


def topics_dict(store: Store, counts: dict[str, int]) -> dict[str, Any]:
    """Every topic with its figure count."""
    return {
        "topics": [
            {
                "id": t.id,
                "heading": t.heading,
                "heading_line": t.heading_line,
                "figures": counts[t.id],
            }
            for t in store.topics
        ]
    }


def hit_dict(hit: Hit) -> dict[str, Any]:
    """One search result."""
    if hit.figure is not None:
        return {"kind": "figure", "score": hit.score, "figure": figure_dict(hit.figure)}
    return {"kind": "statement", "score": hit.score, "statement": statement_dict(hit.statement)}


def error_dict(
    code: str, message: str, suggestions: list[str], problems: list[str]
) -> dict[str, Any]:
    """The one JSON shape of every error."""
    error: dict[str, Any] = {"code": code, "message": message, "suggestions": suggestions}
    if problems:
        error["problems"] = problems
    return {"error": error}


def to_json(data: Any, *, ascii_only: bool = False) -> str:
    """One JSON document; C1 control characters are escaped even when non-ASCII is kept."""
    text = json.dumps(data, ensure_ascii=ascii_only, indent=2)
    return text.translate(_JSON_C1)


# --- plain rows (tab-separated, one record per line) ------------------------------------------


def plain(*fields: object) -> str:
    """One tab-separated record; tabs and newlines inside a field become spaces."""
    cells = ("" if f is None else inert(squash_spaces(str(f)).replace("\t", " ")) for f in fields)
    return "\t".join(cells)


def figure_row(c: FigureContext) -> str:
    """A figure as one plain record."""
    f = c.figure
    return plain(
        f.id, f.as_written, format_value(f), f.label, f.period, f.topic, c.statement.line,
        c.statement.text,
    )  # fmt: skip


# --- Rich renderables --------------------------------------------------------------------------


def text(value: object, style: str = "") -> Text:
    """Data as a Rich Text: never parsed as markup, control characters made visible."""
    from rich.text import Text

    return Text(inert("" if value is None else str(value)), style=style)


def table(*columns: str, title: str | None = None) -> Table:
    """A table whose cells wrap instead of being cut short."""
    from rich import box
    from rich.table import Table

    t = Table(*columns, title=title, box=box.SIMPLE_HEAD, title_justify="left", expand=False)
    for column in t.columns:
        column.overflow = "fold"
    return t


def highlighted(s: Statement, spans: list[tuple[int, int]]) -> Text:
    """A statement with the given character spans emphasised."""
    out = text(s.text)
    for start, end in spans:
        out.stylize("bold reverse", start, end)
    return out


def topics_table(store: Store, counts: dict[str, int]) -> RenderableType:
    """Every topic: id, heading and number of figures."""
    t = table("Topic", "Heading", "Figures")
    t.columns[2].justify = "right"
    for topic in store.topics:
        t.add_row(text(topic.id), text(topic.heading), text(counts[topic.id]))
    return t


def topic_panel(view: TopicView) -> RenderableType:
    """A topic's heading, summary, figures and statements."""
    from rich.console import Group

    topic = view.topic
    where = f"line {topic.heading_line}" if topic.heading_line else "opening paragraphs, no heading"
    title = text(topic.heading, "bold")
    title.append(f"  ({topic.id}, {where})", style="dim")
    figures = table("ID", "As written", "Label", "Period", "Line", title="Figures")
    for c in view.figures:
        f = c.figure
        figures.add_row(
            text(f.id), text(f.as_written, "bold"), text(f.label), text(f.period or ""),
            text(c.statement.line),
        )  # fmt: skip
    statements = table("Line", "Statement", title="Statements")
    for s in view.statements:
        statements.add_row(text(s.line), text(s.text))
    parts: list[RenderableType] = [title, text(topic.summary)]
    if view.figures:
        parts.append(figures)
    parts.append(statements)
    return Group(*parts)


def figure_panel(c: FigureContext) -> RenderableType:
    """One figure with its value, period, place in the document and highlighted sentence."""
    from rich.table import Table

    f = c.figure
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    span = highlight_span(c)
    rows = [
        ("Figure", text(f.id, "bold")),
        ("Label", text(f.label)),
        ("As written", text(f.as_written, "bold")),
        ("Value", text(format_value(f))),
        ("Period", text(f.period or "-")),
        ("Topic", text(f"{c.topic.id}: {c.topic.heading}")),
        ("Source", text(f"{c.source.title}, line {c.statement.line}")),
        ("Statement", highlighted(c.statement, [span] if span else [])),
    ]
    if f.note:
        rows.append(("Note", text(f.note)))
    rows.append(("Cite", text(cite.one_line(c))))
    for name, value in rows:
        grid.add_row(name, value)
    return grid


def figures_table(contexts: list[FigureContext]) -> RenderableType:
    """Many figures in one table."""
    t = table("ID", "As written", "Value", "Label", "Period", "Line")
    for c in contexts:
        f = c.figure
        t.add_row(
            text(f.id), text(f.as_written, "bold"), text(format_value(f)), text(f.label),
            text(f.period or ""), text(c.statement.line),
        )  # fmt: skip
    return t


def search_table(query: str, hits: list[Hit]) -> RenderableType:
    """Search results, best first, with the matching words emphasised."""
    t = table("Line", "Match", "Text", title=f"{len(hits)} results for {inert(query)!r}")
    for hit in hits:
        if hit.figure is not None:
            f = hit.figure.figure
            label = text(f"{f.label}: ")
            label.append_text(text(f.as_written, "bold"))
            for start, end in hit.spans:
                label.stylize("bold reverse", start, end)
            t.add_row(text(hit.statement.line), text(f"figure {f.id}"), label)
        else:
            t.add_row(
                text(hit.statement.line), text("statement"), highlighted(hit.statement, hit.spans)
            )
    return t


def source_grid(source: Source) -> RenderableType:
    """A document's metadata as a two-column grid."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    for name, value in source_dict(source).items():
        grid.add_row(name, text(value))
    return grid


def source_lines(body: str) -> RenderableType:
    """A document's text with line numbers."""
    t = table("Line", "Text")
    for n, line in enumerate(body.split("\n"), 1):
        t.add_row(text(n), text(line))
    return t


def summary_grid(summary: dict[str, Any]) -> RenderableType:
    """The counts of a validated store."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column()
    for name, value in summary.items():
        grid.add_row(name.replace("_", " "), text(value))
    return grid
