"""Turning query results into JSON-ready dicts, tab-separated rows, or Rich renderables.

Rich is imported inside the functions that build Rich objects: the --json and --plain paths
never load it, which keeps a scripted lookup near the start-up cost of Python itself.
Every string from the store goes into a Rich ``Text`` (never into markup) after ``inert``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from perufacts.models import Figure, Source, Statement, Store
from perufacts.numbers import grouped_number
from perufacts.queries import FigureContext, Hit, TopicView
from perufacts.text import squash_spaces

if TYPE_CHECKING:
    # Only for annotations: a lookup should not pay for importing the claim checker.
    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

    from perufacts.check import Claim
    from perufacts.compare import Change, Comparison, StatedCheck
    from perufacts.numbers import Interval

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
_UNBROKEN = {"ID", "Topic", "Relation", "Line", "#"}
# Terminals obey C0/C1 controls and bidi controls reorder a line, so both are shown, not sent.
# Lone surrogates are bytes of an argument that were not UTF-8 (PEP 383): a strict UTF-8
# stream refuses to write them and any other writes invalid text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\ud800-\udfff]")
# inert keeps newlines (a Rich cell may hold several lines); a message must not, nor the
# separators that str.splitlines() breaks on.
_LINE_BREAKS = str.maketrans({"\n": "\\n", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def inert(text: str) -> str:
    """Show control characters (escape sequences included) as visible escapes, never raw."""
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    """The visible escape of one control character."""
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """``inert`` text that also stays on one line, as every message on stderr does."""
    return inert(text).translate(_LINE_BREAKS)


# --- values ------------------------------------------------------------------------------------


def format_value(f: Figure) -> str:
    """The value in full with its bound and unit: "> 22,000,000,000 USD", "2022-10-06 (year inferred)"."""
    if f.unit == "date":
        return f"{f.value} (year inferred)" if f.year_inferred else str(f.value)
    bound = BOUNDS[f.qualifier]
    amount = grouped_number(f.value)
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


def sources_dict(sources: Sequence[Source], bodies: dict[str, str]) -> dict[str, Any]:
    """The documents' metadata, each with its numbered lines when its text is in ``bodies``."""
    out = []
    for s in sources:
        item = source_dict(s)
        if s.id in bodies:
            item["lines"] = [{"line": n, "text": t} for n, t in _numbered(bodies[s.id])]
        out.append(item)
    return {"sources": out}


def source_rows(sources: Sequence[Source], bodies: dict[str, str]) -> list[str]:
    """The documents' metadata as plain records, then their numbered lines if given."""
    rows = []
    for s in sources:
        rows += [plain(s.id, k, v) for k, v in source_dict(s).items()]
        rows += [plain(s.id, n, t) for n, t in _numbered(bodies.get(s.id))]
    return rows


def _numbered(body: str | None) -> list[tuple[int, str]]:
    """A text's lines with their 1-based numbers (none for no text)."""
    return list(enumerate(body.split("\n"), 1)) if body is not None else []


def statement_dict(s: Statement) -> dict[str, Any]:
    """A sentence of the document with its place."""
    return {"id": s.id, "topic": s.topic, "line": s.line, "text": s.text, "document": s.source}


def figure_number(f: Figure) -> int | float | None:
    """The figure's number, or None for a date (its ISO form is ``figure_date``)."""
    return None if f.unit == "date" else f.value  # type: ignore[return-value]


def figure_date(f: Figure) -> str | None:
    """The figure's ISO date (YYYY, YYYY-MM or YYYY-MM-DD), or None for a number."""
    return str(f.value) if f.unit == "date" else None


def figure_dict(c: FigureContext) -> dict[str, Any]:
    """A figure with its value, bound and full source (the JSON contract in docs/json.md)."""
    f = c.figure
    return {
        "id": f.id,
        "topic": f.topic,
        "label": f.label,
        "value": figure_number(f),
        "date": figure_date(f),
        "unit": f.unit,
        "qualifier": f.qualifier,
        "bound": BOUNDS[f.qualifier] or "=",
        "as_written": f.as_written,
        "display": format_value(f),
        "period": f.period,
        "year_inferred": f.year_inferred,
        "note": f.note,
        "source": source_ref(c),
    }


def source_ref(c: FigureContext) -> dict[str, Any]:
    """Where a figure comes from: document, section and place, statement, line and the sentence."""
    from perufacts import cite

    return {
        "document": c.source.id,
        "title": c.source.title,
        "url": c.source.url,
        "section": cite.printed_heading(c),
        "place": cite.place(c),
        "statement": c.statement.id,
        "line": c.statement.line,
        "sentence": c.statement.text,
    }


# The flat record of a figure that CSV, JSON Lines and SQLite export: one column per field,
# each meaning what the same name means in the JSON of `figure` (docs/json.md).
RECORD_FIELDS = (
    "id", "topic", "section", "place", "label", "value", "date", "unit", "qualifier", "bound",
    "as_written", "display", "period", "year_inferred", "note", "line", "statement", "sentence",
    "document", "title", "url",
)  # fmt: skip


def figure_record(c: FigureContext) -> dict[str, Any]:
    """A figure as one flat record with the RECORD_FIELDS."""
    d = figure_dict(c)
    source = d.pop("source")
    flat = d | {k: source[k] for k in ("section", "place", "line", "statement", "sentence")}
    flat |= {"document": source["document"], "title": source["title"], "url": source["url"]}
    return {k: flat[k] for k in RECORD_FIELDS}


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


def hit_row(hit: Hit) -> str:
    """A search result as a plain record: kind, score, line, id, text."""
    if hit.figure is not None:
        f = hit.figure.figure
        return plain("figure", hit.score, hit.statement.line, f.id, f"{f.label}: {f.as_written}")
    s = hit.statement
    return plain("statement", hit.score, s.line, s.id, s.text)


def claim_row(claim: Claim) -> str:
    """A checked claim as a plain record: sentence, number, verdict, figure, wording, line, sentence."""
    c = claim.figure
    figure = (c.figure.id, c.figure.as_written, c.statement.line) if c else ("", "", "")
    return plain(claim.sentence, claim.text, claim.verdict, *figure, claim.sentence_text)


def error_dict(
    code: str, message: str, suggestions: list[str], problems: list[str]
) -> dict[str, Any]:
    """The one JSON shape of every error."""
    error: dict[str, Any] = {"code": code, "message": message, "suggestions": suggestions}
    if problems:
        error["problems"] = problems
    return {"error": error}


def to_json(data: Any, *, ascii_only: bool = False) -> str:
    """One JSON document; C1 controls and lone surrogates are escaped even when non-ASCII is kept."""
    text = json.dumps(data, ensure_ascii=ascii_only, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# --- plain rows (tab-separated, one record per line) ------------------------------------------


def plain(*fields: object) -> str:
    """One tab-separated record; tabs and newlines inside a field become spaces."""
    cells = ("" if f is None else inert(squash_spaces(str(f)).replace("\t", " ")) for f in fields)
    return "\t".join(cells)


def figure_row(c: FigureContext, *prefix: object) -> str:
    """A figure as one plain record (raw value, so that awk can compute with it)."""
    f = c.figure
    return plain(
        *prefix, f.id, f.value, f.unit, f.qualifier, f.as_written, f.label, f.period, f.topic,
        c.statement.line, c.statement.text,
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

    t = Table(*columns, title=title, box=box.SIMPLE_HEAD, title_justify="left", show_edge=False)
    for column in t.columns:
        column.overflow = "fold"
        # Ids and line numbers are read whole or not at all.
        column.no_wrap = column.header in _UNBROKEN
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
    statements = table("Line", "Statement", title="Statements")
    for s in view.statements:
        statements.add_row(text(s.line), text(s.text))
    parts: list[RenderableType] = []
    if view.figures:
        parts.append(figures_table(view.figures, title="Figures"))
    parts.append(statements)
    return Group(title, text(topic.summary), text(""), *spaced(parts))


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
        ("Section", text(f"{c.topic.heading} (topic {c.topic.id})")),
        ("Source", text(f"{c.source.title}, {c.source.publisher}, line {c.statement.line}")),
        ("Statement", highlighted(c.statement, [span] if span else [])),
    ]
    if f.note:
        rows.append(("Note", text(f.note)))
    from perufacts import cite

    rows.append(("Cite", text(cite.one_line(c))))
    for name, value in rows:
        grid.add_row(name, value)
    return grid


def spaced(items: list[RenderableType]) -> list[RenderableType]:
    """Renderables with a blank line between each."""
    out: list[RenderableType] = []
    for i, item in enumerate(items):
        out += [text("")] if i else []
        out.append(item)
    return out


def figures_table(contexts: list[FigureContext], title: str | None = None) -> RenderableType:
    """Many figures in one table: the id, then one stacked cell per figure."""
    t = table("ID", "Figure", title=title)
    for c in contexts:
        t.add_row(text(c.figure.id), _figure_cell(c, label=True))
    return t


def _figure_cell(c: FigureContext, *, label: bool = False) -> Text:
    """A figure's words in bold, optionally its label, then its value, period and line."""
    f = c.figure
    cell = text(f.as_written, "bold")
    if label:
        cell.append_text(text(f"\n{f.label}"))
    when = f", {f.period}" if f.period else ""
    cell.append_text(text(f"\n{format_value(f)}{when}, line {c.statement.line}", "dim"))
    return cell


def search_table(query: str, hits: list[Hit]) -> RenderableType:
    """Search results, best first, with the matching words emphasised."""
    from rich.console import Group

    noun = "result" if len(hits) == 1 else "results"
    t = table("Line", "Match", "Text")
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
    return Group(text(f"{len(hits)} {noun} for {query!r}"), t)


def source_grid(source: Source) -> RenderableType:
    """A document's metadata as a two-column grid."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    for name, value in source_dict(source).items():
        grid.add_row(name, text(value))
    return grid


def source_tables(sources: Sequence[Source], bodies: dict[str, str]) -> list[RenderableType]:
    """Each document's metadata, then its text with line numbers if given."""
    out: list[RenderableType] = []
    for s in sources:
        out.append(source_grid(s))
        if s.id in bodies:
            t = table("Line", "Text")
            for n, line in _numbered(bodies[s.id]):
                t.add_row(text(n), text(line))
            out.append(t)
    return out


def summary_grid(summary: dict[str, Any]) -> RenderableType:
    """The counts of a validated store."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    for name, value in summary.items():
        grid.add_row(name.replace("_", " "), text(value))
    return grid


# --- comparisons, audits, charts and claim checks ---------------------------------------------

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_VERDICT_STYLE = {
    "supported": "green",
    "agrees": "green",
    "contradicted": "bold red",
    "contradicts": "bold red",
    "undetermined": "yellow",
    "no-match": "dim",
}
RELATION_WORDS = {
    "supported": "agrees",
    "contradicted": "contradicts",
    "undetermined": "undetermined",
}


def _round(x: float, direction: int) -> float:
    """Three significant digits, rounded away from the side a bound must not cross."""
    if x == 0 or math.isinf(x):
        return x
    step = 10 ** (math.floor(math.log10(abs(x))) - 2)
    rounded = (math.floor if direction < 0 else math.ceil if direction > 0 else round)(x / step)
    return rounded * step


def format_amount(x: float, unit: str, *, signed: bool = False, direction: int = 0) -> str:
    """A human amount: "$13 billion", "+144%", "1.3 million people", "264 days"."""
    x = _round(x, direction)
    sign = ("+" if x > 0 else "-" if x < 0 else "±") if signed else ("-" if x < 0 else "")
    size = abs(x)
    words = ""
    for scale, name in _SCALES:
        if size >= scale:
            size, words = size / scale, f" {name}"
            break
    number = f"{size:,.2f}".rstrip("0").rstrip(".")
    if unit == "USD":
        return f"{sign}${number}{words}"
    if unit in ("percent", "times"):
        return f"{sign}{number}{'%' if unit == 'percent' else '×'}{words}"
    noun = {"date": "days"}.get(unit, unit)
    return f"{sign}{number}{words} {noun}"


def format_interval(iv: Interval, unit: str, *, signed: bool = False) -> str:
    """An interval as the bound a reader needs: "> +$13 billion", "2.44× to 2.6×", "unknown".

    An end with no bound is never printed as infinity: one open end shows the other as a
    bound ("> +$13 billion"), and two say "unknown".
    """
    if math.isinf(iv.lo) and math.isinf(iv.hi):
        return "unknown"
    if iv.lo == iv.hi:
        return format_amount(iv.lo, unit, signed=signed)
    if math.isinf(iv.hi):
        lo = format_amount(iv.lo, unit, signed=signed, direction=-1)
        return f"{'>' if iv.lo_open else '>='} {lo}"
    hi = format_amount(iv.hi, unit, signed=signed, direction=1)
    if math.isinf(iv.lo):
        return f"{'<' if iv.hi_open else '<='} {hi}"
    lo = format_amount(iv.lo, unit, signed=signed, direction=-1)
    return f"{lo} to {hi}"


def interval_dict(iv: Interval | None, unit: str, *, signed: bool = False) -> dict[str, Any] | None:
    """An interval for JSON: open ends say so, infinite ends are null; dates are ISO dates."""
    if iv is None:
        return None
    if unit == "date" and not signed:
        low, high = (None if math.isinf(x) else _iso_day(x) for x in (iv.lo, iv.hi))
        shown = low if low == high else f"{low or '...'} to {high or '...'}"
        return {
            "low": low,
            "high": high,
            "low_open": iv.lo_open,
            "high_open": iv.hi_open,
            "display": shown,
        }
    return {
        "low": None if math.isinf(iv.lo) else iv.lo,
        "high": None if math.isinf(iv.hi) else iv.hi,
        "low_open": iv.lo_open,
        "high_open": iv.hi_open,
        "display": format_interval(iv, unit, signed=signed),
    }


def _iso_day(day_number: float) -> str:
    """A day number as an ISO date."""
    import datetime as dt

    return dt.date.fromordinal(int(day_number)).isoformat()


def stated_dict(check: StatedCheck) -> dict[str, Any]:
    """A relation the sheet states, recomputed, with the verdict."""
    s = check.stated
    return {
        "relation": check.relation.id,
        "kind": check.relation.kind,
        "figures": [check.base.figure.id, check.other.figure.id],
        "stated": s.figure.id,
        "stated_as_written": s.figure.as_written,
        "line": s.statement.line,
        "computed": interval_dict(check.computed, "percent", signed=True),
        "verdict": RELATION_WORDS[check.verdict],
    }


def stated_row(check: StatedCheck) -> str:
    """A stated relation as a plain record."""
    d = stated_dict(check)
    return plain(d["relation"], *d["figures"], d["stated"], d["stated_as_written"], d["line"],
                 d["computed"]["display"], d["verdict"])  # fmt: skip


def comparison_dict(comparison: Comparison) -> dict[str, Any]:
    """A comparison for JSON."""
    unit = comparison.unit
    base = comparison.figures[0].figure.id
    return {
        "unit": unit,
        "figures": [figure_dict(c) for c in comparison.figures],
        "changes": [
            {
                "from": base,
                "to": ch.other.figure.id,
                "difference": interval_dict(ch.difference, unit, signed=True),
                "ratio": interval_dict(ch.ratio, "times"),
                "percent_change": interval_dict(ch.percent, "percent", signed=True),
                "stated": stated_dict(ch.stated) if ch.stated else None,
            }
            for ch in comparison.changes
        ],
    }


def comparison_rows(comparison: Comparison) -> list[str]:
    """A comparison as plain records: each figure, then each change from the first."""
    rows = [figure_row(c, "figure") for c in comparison.figures]
    for change in comparison_dict(comparison)["changes"]:
        stated = change["stated"] or {}
        shown = [
            (change[k] or {}).get("display") for k in ("difference", "ratio", "percent_change")
        ]
        rows.append(
            plain("change", change["from"], change["to"], *shown, stated.get("stated_as_written"),
                  stated.get("verdict"))
        )  # fmt: skip
    return rows


def comparison_table(comparison: Comparison) -> RenderableType:
    """Figures side by side, each with its change from the first, and any stated relation checked."""
    from rich.console import Group

    unit = comparison.unit
    t = table("ID", "Figure", "Change from first")
    for i, c in enumerate(comparison.figures):
        change = text("(base)", "dim") if i == 0 else _change_text(comparison.changes[i - 1], unit)
        t.add_row(text(c.figure.id), _figure_cell(c), change)
    notes = [_stated_text(ch.stated) for ch in comparison.changes if ch.stated]
    return Group(t, *notes)


def _change_text(ch: Change, unit: str) -> Text:
    """A change's difference, ratio and percent change, one per line."""
    parts = [format_interval(ch.difference, unit, signed=True)]
    if ch.ratio is not None and ch.percent is not None:
        parts += [
            format_interval(ch.ratio, "times"),
            format_interval(ch.percent, "percent", signed=True),
        ]
    return text("\n".join(parts))


def _stated_text(check: StatedCheck) -> Text:
    """The sentence saying what the sheet states and whether the figures agree."""
    word = RELATION_WORDS[check.verdict]
    s = check.stated
    out = text(
        f"The sheet states {s.figure.as_written!r} ({s.figure.id}, line {s.statement.line}); "
        f"computed from the figures: {format_interval(check.computed, 'percent', signed=True)}: "
    )
    out.append_text(text(word, _VERDICT_STYLE[word]))
    return out


def audit_table(checks: list[StatedCheck]) -> RenderableType:
    """Every stated relation with its verdict."""
    t = table("Relation", "Figures", "Stated", "Computed", "Verdict")
    for check in checks:
        word = RELATION_WORDS[check.verdict]
        t.add_row(
            text(check.relation.id),
            text(f"{check.base.figure.id} -> {check.other.figure.id}"),
            text(f"{check.stated.figure.as_written} (line {check.stated.statement.line})"),
            text(format_interval(check.computed, "percent", signed=True)),
            text(word, _VERDICT_STYLE[word]),
        )
    return t


def claim_dict(claim: Claim) -> dict[str, Any]:
    """A checked claim for JSON."""
    c = claim.figure
    return {
        "sentence": claim.sentence,
        "sentence_text": claim.sentence_text,
        "text": claim.text,
        "verdict": claim.verdict,
        "claimed": interval_dict(claim.claimed, claim.unit),
        "figure": c.figure.id if c else None,
        "as_written": c.figure.as_written if c else None,
        "source": source_ref(c) if c else None,
    }


def verdict_counts(claims: list[Claim]) -> dict[str, int]:
    """How many claims got each verdict."""
    from perufacts.check import VERDICTS

    counts = dict.fromkeys(VERDICTS, 0)
    for claim in claims:
        counts[claim.verdict] += 1
    return counts


def claims_table(claims: list[Claim]) -> RenderableType:
    """One row per number found in the checked text."""
    from rich.console import Group

    t = table("#", "Claim", "Verdict", "The sheet says")
    for claim in claims:
        c = claim.figure
        says = (
            text("-")
            if c is None
            else text(f"{c.figure.as_written}\n{c.figure.id}, line {c.statement.line}")
        )
        t.add_row(
            text(claim.sentence), text(claim.text, "bold"),
            text(claim.verdict, _VERDICT_STYLE[claim.verdict]), says,
        )  # fmt: skip
    counts = ", ".join(f"{n} {v}" for v, n in verdict_counts(claims).items())
    noun = "number" if len(claims) == 1 else "numbers"
    return Group(t, text(f"{len(claims)} {noun} checked: {counts}"))


def chart_dict(contexts: list[FigureContext], unit: str) -> dict[str, Any]:
    """The bars of a chart, largest first, as data."""
    top = max((float(c.figure.value) for c in contexts), default=0.0)  # type: ignore[arg-type]
    return {
        "unit": unit,
        "bars": [
            {
                "id": c.figure.id,
                "as_written": c.figure.as_written,
                "value": c.figure.value,
                "qualifier": c.figure.qualifier,
                "share_of_largest": round(float(c.figure.value) / top, 6) if top else 0.0,  # type: ignore[arg-type]
            }
            for c in contexts
        ],
    }


_MIN_BAR = 10
_ROOMY = 100_000


def min_width(console: Any, renderables: Iterable[Any]) -> int:
    """The least width Rich measures ``renderables`` to need: no-wrap columns whole, none dropped."""
    from rich.measure import Measurement

    # Measured against a width they cannot fill, so that the terminal's does not cap the answer.
    roomy = console.options.update_width(_ROOMY)
    return max((Measurement.get(console, roomy, r).minimum for r in renderables), default=0)


class Chart:
    """Horizontal bars sized to the terminal: blocks with colour, '#' without."""

    def __init__(self, contexts: list[FigureContext]) -> None:
        self.contexts = contexts

    def _fixed_width(self) -> int:
        """The columns that are not bars: the widest words and ids, and the gaps."""
        label_width = max((len(c.figure.as_written) for c in self.contexts), default=0)
        id_width = max((len(c.figure.id) for c in self.contexts), default=0)
        return label_width + id_width + 6

    def __rich_measure__(self, console: Any, options: Any) -> Any:
        from rich.measure import Measurement

        return Measurement(self._fixed_width() + _MIN_BAR, options.max_width)

    def __rich_console__(self, console: Any, options: Any) -> Any:
        from rich.table import Table

        top = max((float(c.figure.value) for c in self.contexts), default=0.0)  # type: ignore[arg-type]
        room = max(_MIN_BAR, options.max_width - self._fixed_width())
        block = "█" if console.color_system and not options.ascii_only else "#"
        grid = Table.grid(padding=(0, 1))
        grid.add_column(justify="right", no_wrap=True)
        grid.add_column(no_wrap=True)
        grid.add_column(no_wrap=True)
        for c in self.contexts:
            f = c.figure
            length = max(1, round(room * float(f.value) / top)) if top else 1  # type: ignore[arg-type]
            bound = BOUNDS[f.qualifier]
            bar = text(block * length, "cyan")
            if bound in (">", ">="):
                bar.append(">", style="dim")
            grid.add_row(text(f.as_written, "bold"), bar, text(f.id, "dim"))
        yield grid
