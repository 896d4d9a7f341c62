"""The machine contract: JSON-ready dicts and tab-separated rows (the README documents both).

No Rich here: ``--json`` and ``--plain`` never load it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from perufacts.bounds import Interval
from perufacts.models import Source, Statement, Store
from perufacts.present.formatting import format_interval, iso_day
from perufacts.present.safety import inert, json_safe
from perufacts.queries import FigureContext, Hit, TopicView
from perufacts.record import figure_record, source_ref
from perufacts.text import squash_spaces
from perufacts.vocab import TIMES, Unit, Verdict

if TYPE_CHECKING:
    # Only for annotations: a lookup should not pay for importing the claim checker.
    from perufacts.check import Claim
    from perufacts.compare import Comparison, StatedCheck


def to_json(data: Any, *, ascii_only: bool = False) -> str:
    """One JSON document; where non-ASCII is kept, C1 controls, invisible format characters
    (bidi, zero-width), U+2028/2029 and lone surrogates are still escaped (``json_safe``)."""
    return json_safe(json.dumps(data, ensure_ascii=ascii_only, indent=2))


class JsonList:
    """The document ``{key: [items]}``, written one item at a time as it is read.

    Its text is exactly ``to_json({key: list(items)})``: a long listing streams instead of
    being built whole in memory first.
    """

    def __init__(self, key: str, items: Iterable[Any]) -> None:
        self.key = key
        self.items = items

    def chunks(self, *, ascii_only: bool = False) -> Iterator[str]:
        """The document's text in pieces, one item each."""
        opening = "{\n  " + json.dumps(self.key, ensure_ascii=ascii_only) + ": ["
        empty = True
        for item in self.items:
            # Each item sits two levels deep: every line of its own text is indented four more.
            text = json.dumps(item, ensure_ascii=ascii_only, indent=2).replace("\n", "\n    ")
            yield json_safe((opening + "\n    " if empty else ",\n    ") + text)
            empty = False
        yield opening + "]\n}" if empty else "\n  ]\n}"


def error_dict(
    code: str, message: str, suggestions: list[str], problems: list[str]
) -> dict[str, Any]:
    """The one JSON shape of every error."""
    error: dict[str, Any] = {"code": code, "message": message, "suggestions": suggestions}
    if problems:
        error["problems"] = problems
    return {"error": error}


def plain(*fields: object) -> str:
    """One tab-separated record; tabs and newlines inside a field become spaces."""
    cells = ("" if f is None else inert(squash_spaces(str(f)).replace("\t", " ")) for f in fields)
    return "\t".join(cells)


# --- documents and topics ----------------------------------------------------------------------


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


def numbered(body: str | None) -> list[tuple[int, str]]:
    """A text's lines with their 1-based numbers (none for no text)."""
    return list(enumerate(body.split("\n"), 1)) if body is not None else []


def sources_dict(sources: Sequence[Source], bodies: dict[str, str]) -> dict[str, Any]:
    """The documents' metadata, each with its numbered lines when its text is in ``bodies``."""
    out = []
    for s in sources:
        item = source_dict(s)
        if s.id in bodies:
            item["lines"] = [{"line": n, "text": t} for n, t in numbered(bodies[s.id])]
        out.append(item)
    return {"sources": out}


def source_rows(sources: Sequence[Source], bodies: dict[str, str]) -> list[str]:
    """The documents' metadata as plain records, then their numbered lines if given."""
    rows = []
    for s in sources:
        rows += [plain(s.id, k, v) for k, v in source_dict(s).items()]
        rows += [plain(s.id, n, t) for n, t in numbered(bodies.get(s.id))]
    return rows


def statement_dict(s: Statement) -> dict[str, Any]:
    """A sentence of the document with its place."""
    return {"id": s.id, "topic": s.topic, "line": s.line, "text": s.text, "document": s.source}


def topic_dict(view: TopicView) -> dict[str, Any]:
    """A topic with its figures and statements."""
    t = view.topic
    return {
        "id": t.id,
        "heading": t.heading,
        "heading_line": t.heading_line,
        "summary": t.summary,
        "aliases": t.aliases,
        "figures": [figure_record(c) for c in view.figures],
        "statements": [statement_dict(s) for s in view.statements],
    }


def topic_rows(view: TopicView) -> list[str]:
    """A topic as plain records: its figures, then its statements."""
    return [figure_row(c, "figure") for c in view.figures] + [
        plain("statement", s.id, s.line, s.text) for s in view.statements
    ]


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


# --- figures and search results ----------------------------------------------------------------


def figure_row(c: FigureContext, *prefix: object) -> str:
    """A figure as one plain record (raw value, so that awk can compute with it)."""
    f = c.figure
    return plain(
        *prefix, f.id, f.value, f.unit, f.qualifier, f.as_written, f.label, f.period, f.topic,
        c.statement.line, c.statement.text,
    )  # fmt: skip


def hit_dict(hit: Hit) -> dict[str, Any]:
    """One search result."""
    if hit.figure is not None:
        return {"kind": "figure", "score": hit.score, "figure": figure_record(hit.figure)}
    return {"kind": "statement", "score": hit.score, "statement": statement_dict(hit.statement)}


def hit_row(hit: Hit) -> str:
    """A search result as a plain record: kind, score, line, id, text."""
    if hit.figure is not None:
        f = hit.figure.figure
        return plain("figure", hit.score, hit.statement.line, f.id, f"{f.label}: {f.as_written}")
    s = hit.statement
    return plain("statement", hit.score, s.line, s.id, s.text)


def chart_dict(contexts: list[FigureContext], unit: str) -> dict[str, Any]:
    """The bars of a chart, largest first, as data."""
    top = max((float(c.figure.value) for c in contexts), default=0.0)
    return {
        "unit": unit,
        "bars": [
            {
                "id": c.figure.id,
                "as_written": c.figure.as_written,
                "value": c.figure.value,
                "qualifier": c.figure.qualifier,
                "share_of_largest": round(float(c.figure.value) / top, 6) if top else 0.0,
            }
            for c in contexts
        ],
    }


# --- intervals, comparisons, audits and claims -------------------------------------------------


def interval_dict(iv: Interval | None, unit: str, *, signed: bool = False) -> dict[str, Any] | None:
    """An interval for JSON: open ends say so, infinite ends are null; dates are ISO dates."""
    if iv is None:
        return None
    if unit == Unit.DATE and not signed:
        low, high = (None if math.isinf(x) else iso_day(x) for x in (iv.lo, iv.hi))
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
        "computed": interval_dict(check.computed, Unit.PERCENT, signed=True),
        "verdict": check.verdict.relation,
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


def claim_row(claim: Claim) -> str:
    """A checked claim as a plain record: sentence, number, verdict, figure, wording, line, sentence."""
    c = claim.figure
    figure = (c.figure.id, c.figure.as_written, c.statement.line) if c else ("", "", "")
    return plain(claim.sentence, claim.text, claim.verdict, *figure, claim.sentence_text)


def verdict_counts(claims: list[Claim]) -> dict[str, int]:
    """How many claims got each verdict."""
    counts = {str(v): 0 for v in Verdict}
    for claim in claims:
        counts[claim.verdict] += 1
    return counts


# --- whole documents of the commands that list things -----------------------------------------


def figures_json(contexts: Iterable[FigureContext]) -> JsonList:
    """Figures for JSON, streamed as they come."""
    return JsonList("figures", (figure_record(c) for c in contexts))


def search_dict(query: str, hits: list[Hit]) -> dict[str, Any]:
    """Search results for JSON, with the query they answer."""
    return {"query": query, "results": [hit_dict(h) for h in hits]}


def audit_dict(checks: list[StatedCheck]) -> dict[str, Any]:
    """Every stated relation, recomputed, for JSON."""
    return {"relations": [stated_dict(c) for c in checks]}


def claims_dict(claims: list[Claim]) -> dict[str, Any]:
    """Checked claims and how many got each verdict, for JSON."""
    return {"claims": [claim_dict(c) for c in claims], "summary": verdict_counts(claims)}


def chart_rows(contexts: list[FigureContext], unit: str) -> list[str]:
    """A chart's bars as plain records."""
    return [plain(*bar.values()) for bar in chart_dict(contexts, unit)["bars"]]
