"""The machine contract: JSON-ready dicts and tab-separated rows (docs/json.md and docs/commands.md document both).

No Rich here: ``--json`` and ``--plain`` never load it.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from perufacts.bounds import iso_day
from perufacts.errors import UsageError
from perufacts.jsontext import listed_item, pretty_json
from perufacts.models import FigureContext, Source, Statement, Store, Topic
from perufacts.present.formatting import format_interval, format_total
from perufacts.present.safety import inert, json_safe
from perufacts.queries import Hit, TopicView
from perufacts.record import figure_record, interval_end, source_ref
from perufacts.text import squash_spaces
from perufacts.vocab import SUMMARY_BY, TIMES, Unit, Verdict

if TYPE_CHECKING:
    # Only for annotations: a lookup should not pay for importing bounds or the claim checker.
    from perufacts.bounds import Interval
    from perufacts.checking.claims import Claim
    from perufacts.cite import Cited
    from perufacts.cite import Options as CiteOptions
    from perufacts.compare import Comparison, StatedCheck, Total

    # The shapes of the contract (json_types says why they are not imported at run time).
    from perufacts.json_types import (
        AuditJSON,
        BarJSON,
        ChartJSON,
        CheckJSON,
        CitationsJSON,
        ClaimJSON,
        ComparisonJSON,
        ErrorBodyJSON,
        ErrorJSON,
        FigureHitJSON,
        FiguresJSON,
        FiguresSumJSON,
        IntervalJSON,
        LinesJSON,
        SearchJSON,
        SourceJSON,
        SourcesJSON,
        StatedJSON,
        StatementHitJSON,
        StatementJSON,
        TopicJSON,
        TopicsJSON,
        TotalJSON,
        ValidationJSON,
    )


def to_json(data: Any, *, ascii_only: bool = False) -> str:
    """One JSON document; where non-ASCII is kept, C1 controls, invisible format characters
    (bidi, zero-width), U+2028/2029 and lone surrogates are still escaped (``json_safe``)."""
    return json_safe(pretty_json(data, ascii_only=ascii_only))


def compact_json(data: Any, *, ascii_only: bool = False) -> str:
    """One JSON document on one line (the stdlib's C encoder), escaped as ``to_json`` is."""
    return json_safe(json.dumps(data, ensure_ascii=ascii_only, separators=(",", ":")))


class JsonList:
    """The document ``{key: [items]}``, written a batch of items at a time as they are read.

    Its text is exactly ``to_json({key: list(items)})``: a long listing streams instead of
    being built whole in memory first. ``written``, when given, returns the items' text as
    ``jsontext.listed_item`` writes it with non-ASCII kept (a store keeps its figures' so), or
    None when there is none; the items themselves are then encoded only for ASCII or compact
    output.
    """

    def __init__(
        self,
        key: str,
        items: Iterable[Any],
        written: Callable[[], Iterable[str] | None] | None = None,
    ) -> None:
        self.key = key
        self.items = items
        self.written = written

    def chunks(self, *, ascii_only: bool = False, compact: bool = False) -> Iterator[str]:
        """The document's text in pieces of up to ``BATCH`` items (``compact``: as
        ``compact_json``)."""
        if compact:
            yield "{" + json.dumps(self.key, ensure_ascii=ascii_only) + ":["
            separator = ""
            for item in self.items:
                yield separator + compact_json(item, ascii_only=ascii_only)
                separator = ","
            yield "]}"
            return
        opening = "{\n  " + json.dumps(self.key, ensure_ascii=ascii_only) + ": ["
        texts = self.written() if self.written is not None and not ascii_only else None
        if texts is None:
            texts = (listed_item(item, ascii_only=ascii_only) for item in self.items)
        separator = opening + "\n    "
        for batch in _batches(texts, BATCH):
            yield separator + ",\n    ".join(batch)
            separator = ",\n    "
        yield opening + "]\n}" if separator != ",\n    " else "\n  ]\n}"


# Items written at once: a write call per item cost a tenth of a listing's time.
BATCH = 256


def _batches(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    """``texts`` in lists of ``size`` (the last may be shorter), as they come."""
    it = iter(texts)
    while batch := list(itertools.islice(it, size)):
        yield batch


def error_dict(code: str, message: str, suggestions: list[str], problems: list[str]) -> ErrorJSON:
    """The one JSON shape of every error."""
    error: ErrorBodyJSON = {"code": code, "message": message, "suggestions": suggestions}
    if problems:
        error["problems"] = problems
    return {"error": error}


# --- --fields: the records a listing prints, cut to the fields asked for ----------------------

# The fields of each kind of record a listing prints (a figure's are record.EXPORT_FIELDS).
TOPIC_FIELDS = ("id", "heading", "heading_line", "figures")
HIT_FIELDS = ("kind", "score", "line", "id", "topic", "text")


def fields_asked(spec: str | None, available: Sequence[str]) -> list[str] | None:
    """The fields ``--fields a,b,c`` names, in its order; a usage error lists the available ones."""
    if spec is None:
        return None
    names = [n.strip() for n in spec.split(",") if n.strip()]
    unknown = [n for n in names if n not in available]
    if unknown or not names:
        what = f"unknown field {', '.join(map(repr, unknown))}" if unknown else "no field named"
        raise UsageError(f"{what}; the fields are: {', '.join(available)}")
    return list(dict.fromkeys(names))


def picked(records: Iterable[dict[str, Any]], fields: list[str]) -> Iterator[dict[str, Any]]:
    """Each record with only ``fields``, in that order."""
    return ({f: r[f] for f in fields} for r in records)


def picked_rows(records: Iterable[dict[str, Any]], fields: list[str]) -> Iterator[str]:
    """Each record's ``fields`` as a plain record."""
    return (plain(*(r[f] for f in fields)) for r in records)


def topic_record(t: Topic, count: int) -> dict[str, Any]:
    """A topic as one record of TOPIC_FIELDS."""
    return {"id": t.id, "heading": t.heading, "heading_line": t.heading_line, "figures": count}


def hit_record(hit: Hit) -> dict[str, Any]:
    """A search result as one record of HIT_FIELDS (a figure's text is its label and wording)."""
    s = hit.statement
    if hit.figure is not None:
        f = hit.figure.figure
        return {"kind": "figure", "score": hit.score, "line": s.line, "id": f.id,
                "topic": s.topic, "text": f"{f.label}: {f.as_written}"}  # fmt: skip
    return {"kind": "statement", "score": hit.score, "line": s.line, "id": s.id,
            "topic": s.topic, "text": s.text}  # fmt: skip


def plain(*fields: object) -> str:
    """One tab-separated record; tabs and newlines inside a field become spaces."""
    cells = (
        "" if f is None else inert(squash_spaces(cell_text(f)).replace("\t", " ")) for f in fields
    )
    return "\t".join(cells)


def cell_text(value: object) -> str:
    """A value as the text of one cell: a nested object (``--fields source``) as compact JSON."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


# --- documents and topics ----------------------------------------------------------------------


def source_dict(source: Source) -> SourceJSON:
    """A document's metadata."""
    s = source
    return {
        "id": s.id, "title": s.title, "publisher": s.publisher, "url": s.url, "date": s.date,
        "date_basis": s.date_basis, "licence": s.licence, "file": s.file, "sha256": s.sha256,
    }  # fmt: skip


def numbered(body: str | None) -> list[tuple[int, str]]:
    """A text's lines with their 1-based numbers (none for no text)."""
    return list(enumerate(body.split("\n"), 1)) if body is not None else []


def sources_dict(
    sources: Sequence[Source], bodies: dict[str, str], span: tuple[int, int] | None = None
) -> SourcesJSON:
    """The documents' metadata, each with its numbered lines when its text is in ``bodies``.

    ``span`` (first, last) keeps only the lines numbered first to last.
    """
    first, last = span or (1, math.inf)
    out = []
    for s in sources:
        item = source_dict(s)
        if s.id in bodies:
            marked = furniture_lines(s)
            item["lines"] = [
                {"line": n, "text": t, "furniture": n in marked}
                for n, t in numbered(bodies[s.id])
                if first <= n <= last
            ]
        out.append(item)
    return {"sources": out}


def furniture_lines(source: Source) -> set[int]:
    """The lines of a document's text that are the web page's furniture, not the sheet."""
    return {f.line for f in source.furniture}


# The last field of a plain line record that is the web page's furniture (empty otherwise).
FURNITURE = "furniture"


def source_rows(sources: Sequence[Source], bodies: dict[str, str]) -> list[str]:
    """The documents' metadata as plain records, then their numbered lines if given."""
    rows = []
    for s in sources:
        marked = furniture_lines(s)
        rows += [plain(s.id, k, v) for k, v in source_dict(s).items()]
        rows += [
            plain(s.id, n, t, FURNITURE if n in marked else None)
            for n, t in numbered(bodies.get(s.id))
        ]
    return rows


def lines_dict(
    parts: dict[str, list[tuple[int, str]]], furniture: dict[str, set[int]]
) -> LinesJSON:
    """Numbered lines of the documents' texts, alone; ``furniture``: each document's lines that
    are the web page's."""
    return {
        "lines": [
            {"document": doc, "line": n, "text": t, "furniture": n in furniture.get(doc, ())}
            for doc, lines in parts.items()
            for n, t in lines
        ]
    }


def lines_rows(
    parts: dict[str, list[tuple[int, str]]], furniture: dict[str, set[int]]
) -> list[str]:
    """Numbered lines as plain records: document, line, text, and "furniture" or nothing."""
    return [
        plain(doc, n, t, FURNITURE if n in furniture.get(doc, ()) else None)
        for doc, lines in parts.items()
        for n, t in lines
    ]


def statement_dict(s: Statement) -> StatementJSON:
    """A sentence of the document with its place."""
    return {"id": s.id, "topic": s.topic, "line": s.line, "text": s.text, "document": s.source}


def topic_dict(view: TopicView) -> TopicJSON:
    """A topic with its figures and statements."""
    return {
        "id": view.topic.id,
        "heading": view.topic.heading,
        "heading_line": view.topic.heading_line,
        "summary": view.topic.summary,
        "summary_by": SUMMARY_BY,
        "aliases": view.topic.aliases,
        "figures": [figure_record(c) for c in view.figures],
        "statements": [statement_dict(s) for s in view.statements],
    }


def topic_rows(view: TopicView) -> list[str]:
    """A topic as plain records: its figures, then its statements."""
    return [figure_row(c, "figure") for c in view.figures] + [
        plain("statement", s.id, s.line, s.text) for s in view.statements
    ]


def topics_dict(store: Store, counts: dict[str, int]) -> TopicsJSON:
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


# --- figures and search results ----------------------------------------------------------------


def figure_row(c: FigureContext, *prefix: object) -> str:
    """A figure as one plain record (raw value, so that awk can compute with it)."""
    f = c.figure
    return plain(
        *prefix, f.id, f.value, f.unit, f.qualifier, f.as_written, f.label, f.period, f.topic,
        c.statement.line, c.statement.text,
    )  # fmt: skip


def hit_dict(hit: Hit) -> FigureHitJSON | StatementHitJSON:
    """One search result."""
    if hit.figure is not None:
        return {"kind": "figure", "score": hit.score, "figure": figure_record(hit.figure)}
    return {"kind": "statement", "score": hit.score, "statement": statement_dict(hit.statement)}


def hit_row(hit: Hit) -> str:
    """A search result as a plain record: kind, score, line, id, topic, text."""
    record = hit_record(hit)
    return plain(*(record[f] for f in HIT_FIELDS))


def chart_dict(contexts: list[FigureContext], unit: str) -> ChartJSON:
    """The bars of a chart, largest first, as data."""
    top = max((float(c.figure.value) for c in contexts), default=0.0)
    return {"unit": unit, "bars": [_bar(c, top) for c in contexts]}


def _bar(c: FigureContext, top: float) -> BarJSON:
    """One bar: a figure and its share of the largest, ``top``."""
    value = c.figure.value
    # queries.chart refuses dates, the only figures whose value is a string.
    assert not isinstance(value, str), "a date cannot be charted"
    return {
        "id": c.figure.id,
        "as_written": c.figure.as_written,
        "value": value,
        "qualifier": c.figure.qualifier,
        "share_of_largest": round(float(value) / top, 6) if top else 0.0,
    }


# --- intervals, comparisons, audits and claims -------------------------------------------------


def interval_dict(iv: Interval | None, unit: str, *, signed: bool = False) -> IntervalJSON | None:
    """An interval for JSON: open ends say so, infinite ends are null; dates are ISO dates."""
    if iv is None:
        return None
    if unit == Unit.DATE and not signed:
        low, high = (None if math.isinf(x) else iso_day(x) for x in (iv.lo, iv.hi))
        shown = low if low is not None and low == high else f"{low or '...'} to {high or '...'}"
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


def stated_dict(check: StatedCheck) -> StatedJSON:
    """A relation the sheet states, recomputed, with the verdict."""
    s = check.stated
    return {
        "relation": check.relation.id,
        "kind": check.relation.kind,
        "figures": [check.base.figure.id, check.other.figure.id],
        "stated": s.figure.id,
        "stated_as_written": s.figure.as_written,
        "line": s.statement.line,
        "computed": interval_dict(check.computed, Unit.PERCENT, signed=True),
        "verdict": check.verdict.relation,
    }


def stated_row(check: StatedCheck) -> str:
    """A stated relation as a plain record."""
    d = stated_dict(check)
    computed = d["computed"]["display"] if d["computed"] else None
    return plain(d["relation"], *d["figures"], d["stated"], d["stated_as_written"], d["line"],
                 computed, d["verdict"])  # fmt: skip


def comparison_dict(comparison: Comparison) -> ComparisonJSON:
    """A comparison for JSON."""
    unit = comparison.unit
    base = comparison.figures[0].figure.id
    return {
        "unit": unit,
        "figures": [figure_record(c) for c in comparison.figures],
        "changes": [
            {
                "from": base,
                "to": ch.other.figure.id,
                "difference": interval_dict(ch.difference, unit, signed=True),
                "ratio": interval_dict(ch.ratio, TIMES),
                "percent_change": interval_dict(ch.percent, Unit.PERCENT, signed=True),
                "stated": stated_dict(ch.stated) if ch.stated else None,
            }
            for ch in comparison.changes
        ],
    }


def _number(x: float | str | None) -> float | str | None:
    """An interval's end as a plain field: a whole number without ".0"."""
    return interval_end(x) if isinstance(x, float) else x


def comparison_rows(comparison: Comparison) -> list[str]:
    """A comparison as plain records: each figure, then each change from the first, its
    difference, ratio and percent change each as two numbers, low and high (empty when
    unbounded or undefined), as in the JSON."""
    rows = [figure_row(c, "figure") for c in comparison.figures]
    for change in comparison_dict(comparison)["changes"]:
        stated = change["stated"]
        intervals = (change["difference"], change["ratio"], change["percent_change"])
        ends = [_number(iv[end]) if iv else None for iv in intervals for end in ("low", "high")]
        said = (stated["stated_as_written"], stated["verdict"]) if stated else (None, None)
        rows.append(plain("change", change["from"], change["to"], *ends, *said))
    return rows


def claim_dict(claim: Claim) -> ClaimJSON:
    """A checked claim for JSON."""
    c = claim.figure
    return {
        "draft_sentence": claim.sentence,
        "sentence_text": claim.sentence_text,
        "draft_line": claim.line,
        "draft_column": claim.column,
        "text": claim.text,
        "verdict": claim.verdict,
        "rule": claim.rule,
        "reason": claim.reason,
        "ratio": claim.ratio,
        "matched": list(claim.matched),
        "candidates": list(claim.candidates),
        "claimed": interval_dict(claim.claimed, claim.unit),
        "figure": c.figure.id if c else None,
        "as_written": c.figure.as_written if c else None,
        "source": source_ref(c) if c else None,
    }


def claim_row(claim: Claim) -> str:
    """A checked claim as a plain record: line:column, number, verdict, figure, wording, line,
    the draft's sentence, and the reason."""
    c = claim.figure
    figure = (c.figure.id, c.figure.as_written, c.statement.line) if c else ("", "", "")
    where = f"{claim.line}:{claim.column}"
    return plain(where, claim.text, claim.verdict, *figure, claim.sentence_text, claim.reason)


def verdict_counts(claims: list[Claim]) -> dict[str, int]:
    """How many claims got each verdict."""
    counts = {str(v): 0 for v in Verdict}
    for claim in claims:
        counts[claim.verdict] += 1
    return counts


# --- whole documents of the commands that list things -----------------------------------------


def total_dict(total: Total) -> TotalJSON:
    """A bound-aware total for JSON: the unit, how many figures, and the interval in words."""
    unit = total.unit or ""
    iv = total.interval
    return {
        "unit": total.unit,
        "figures": len(total.figures),
        "low": interval_end(iv.lo),
        "high": interval_end(iv.hi),
        "low_open": iv.lo_open,
        "high_open": iv.hi_open,
        "display": format_total(iv, unit),
    }


def total_row(total: Total) -> str:
    """A total as one plain record: total, unit, count, low, high, display."""
    d = total_dict(total)
    return plain("total", d["unit"], d["figures"], d["low"], d["high"], d["display"])


def figures_dict(
    contexts: Iterable[FigureContext],
    around: dict[str, tuple[list[Statement], list[Statement]]] | None = None,
) -> FiguresJSON:
    """Figures for JSON; with ``around``, each with the sentences before and after its own."""
    out = []
    for c in contexts:
        record = figure_record(c)
        if around is not None:
            before, after = around[c.figure.id]
            record["context"] = {
                "before": [statement_dict(s) for s in before],
                "after": [statement_dict(s) for s in after],
            }
        out.append(record)
    return {"figures": out}


def figures_sum_dict(contexts: list[FigureContext], total: Total) -> FiguresSumJSON:
    """Figures for JSON with their total (``figures --sum``)."""
    return {"figures": figures_dict(contexts)["figures"], "total": total_dict(total)}


def validation_dict(store: str, counts: dict[str, int]) -> ValidationJSON:
    """A valid store for JSON: its path and the counts of ``queries.summary``."""
    return {
        "valid": True,
        "store": store,
        "sources": counts["sources"],
        "topics": counts["topics"],
        "statements": counts["statements"],
        "figures": counts["figures"],
        "not_figures": counts["not_figures"],
        "relations": counts["relations"],
        "numbers_in_body": counts["numbers_in_body"],
    }


def context_rows(c: FigureContext, around: tuple[list[Statement], list[Statement]]) -> list[str]:
    """The sentences around a figure as plain records: context, figure id, before/after, id, line, text."""
    before, after = around
    return [plain("context", c.figure.id, "before", s.id, s.line, s.text) for s in before] + [
        plain("context", c.figure.id, "after", s.id, s.line, s.text) for s in after
    ]


def figures_json(
    contexts: Iterable[FigureContext], written: Callable[[], Iterable[str] | None] | None = None
) -> JsonList:
    """Figures for JSON, streamed as they come: the text of ``to_json(figures_dict(contexts))``.

    ``written``: the same figures' text as the store keeps it, if it does (``JsonList``).
    """
    return JsonList("figures", (figure_record(c) for c in contexts), written)


def search_dict(query: str, hits: list[Hit]) -> SearchJSON:
    """Search results for JSON, with the query they answer."""
    return {"query": query, "results": [hit_dict(h) for h in hits]}


def audit_dict(checks: list[StatedCheck]) -> AuditJSON:
    """Every stated relation, recomputed, for JSON."""
    return {"relations": [stated_dict(c) for c in checks]}


def claims_dict(claims: list[Claim]) -> CheckJSON:
    """Checked claims and how many got each verdict, for JSON."""
    return {"claims": [claim_dict(c) for c in claims], "summary": verdict_counts(claims)}


def chart_title(store: Store, unit: str, topic: str | None) -> str:
    """What a chart shows: "USD, all topics" or "people, topic migration (Migration)"."""
    from perufacts.queries import resolve_topic

    if topic is None:
        return f"{unit}, all topics"
    t = resolve_topic(store, topic)
    return f"{unit}, topic {t.id} ({t.heading})"


def chart_rows(contexts: list[FigureContext], unit: str) -> list[str]:
    """A chart's bars as plain records."""
    return [plain(*bar.values()) for bar in chart_dict(contexts, unit)["bars"]]


# --- citations ---------------------------------------------------------------------------------


def citation_text(
    cited: list[Cited], fmt: str, options: CiteOptions, *, ascii_only: bool = False
) -> str:
    """A citation exactly as ``cite`` prints it: data as JSON, text shown inert."""
    from perufacts import cite  # only the commands that cite pay for it

    citation = cite.FORMATS[fmt]
    if citation.data is not None:
        return to_json(citation.data(cited, options), ascii_only=ascii_only) + "\n"
    assert citation.text is not None  # a format writes either data or text
    # A citation goes to a terminal or a document: control characters shown, never sent.
    return inert(citation.text(cited, options))


def citations_dict(contexts: list[FigureContext], fmt: str, accessed: date) -> CitationsJSON:
    """The citation of several figures in one format, exactly as ``cite`` prints it."""
    from perufacts import cite

    cited = [cite.of_figure(c) for c in contexts]
    return {
        "format": str(fmt),
        "figures": [c.figure.id for c in contexts],
        "text": citation_text(cited, fmt, cite.Options(accessed)),
    }
