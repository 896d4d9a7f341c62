"""A figure's record: the one dict shape of a figure with its source (the JSON contract).

Shared by ``--json``, JSON Lines exports and any other writer of figures, and by the store,
which keeps every figure's record as a listing writes it (``store.records``): so it sits below
the store, and needs nothing of it but the records and their lookups.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from perufacts.bounds import Interval, figure_interval, iso_day
from perufacts.jsontext import listed_item
from perufacts.models import Figure, FigureContext, LineContext, Store, item_number
from perufacts.numbers import grouped_number
from perufacts.vocab import Unit

if TYPE_CHECKING:
    # Only for annotations: a lookup should not pay for importing typing_extensions.
    from perufacts.json_types import FigureJSON, SourceRefJSON


def format_value(f: Figure) -> str:
    """The value in full with its bound and unit: "> 22,000,000,000 USD", "2022-10-06 (year inferred)"."""
    if f.unit == Unit.DATE:
        return f"{f.value} (year inferred)" if f.year_inferred else str(f.value)
    bound = f.qualifier.symbol
    amount = grouped_number(f.value)
    return f"{bound} {amount} {f.unit}" if bound else f"{amount} {f.unit}"


def figure_number(f: Figure) -> int | float | None:
    """The figure's number, or None for a date (its ISO form is ``figure_date``)."""
    return None if isinstance(f.value, str) else f.value


def figure_date(f: Figure) -> str | None:
    """The figure's ISO date (YYYY, YYYY-MM or YYYY-MM-DD), or None for a number."""
    return f.value if isinstance(f.value, str) else None


def interval_end(x: float) -> int | float | None:
    """An end of an interval for JSON and exports: None when unbounded, an int when whole."""
    if math.isinf(x):
        return None
    return int(x) if x.is_integer() else x


def figure_bounds(
    f: Figure,
) -> tuple[int | float | str | None, int | float | str | None, bool, bool]:
    """``low``, ``high``, ``low_open``, ``high_open``: the values the figure allows, by the one
    interval rule that compare and check use ("nearly 400" is 360 to under 400). A date's ends
    are the first and last day of what it names, as ISO days."""
    iv: Interval = figure_interval(f)
    if f.unit == Unit.DATE:
        return iso_day(iv.lo), iso_day(iv.hi), iv.lo_open, iv.hi_open
    return interval_end(iv.lo), interval_end(iv.hi), iv.lo_open, iv.hi_open


def figure_record(c: FigureContext) -> FigureJSON:
    """A figure with its value, bound and full source (the JSON contract in docs/json.md)."""
    f = c.figure
    low, high, low_open, high_open = figure_bounds(f)
    return {
        "id": f.id,
        "topic": f.topic,
        "label": f.label,
        "value": figure_number(f),
        "date": figure_date(f),
        "unit": f.unit,
        "qualifier": f.qualifier,
        "bound": f.qualifier.bound,
        "low": low,
        "high": high,
        "low_open": low_open,
        "high_open": high_open,
        "as_written": f.as_written,
        "display": format_value(f),
        "period": f.period,
        "year_inferred": f.year_inferred,
        "note": f.note,
        "source": source_ref(c),
    }


def source_ref(c: FigureContext) -> SourceRefJSON:
    """Where a figure comes from: document, section and place, statement, line and the sentence."""
    return {
        "document": c.source.id,
        "title": c.source.title,
        "url": c.source.url,
        "section": printed_heading(c),
        "place": place(c),
        "statement": c.statement.id,
        "line": c.statement.line,
        "sentence": c.statement.text,
    }


def printed_heading(c: FigureContext | LineContext) -> str | None:
    """The section heading as the page prints it; None for the opening paragraphs, which have none."""
    return c.topic.heading if c.topic.heading_line is not None else None


def place(c: FigureContext | LineContext) -> str:
    """The section and bullet, or the opening paragraph, a reader of the page can find."""
    heading = printed_heading(c)
    if heading is None:
        return f"opening paragraph {c.item}" if c.item else "opening paragraphs"
    return f"{heading}, bullet {c.item}" if c.item else heading


def listed_records(store: Store) -> Iterator[tuple[Figure, str]]:
    """Every figure with its record, in store order, as ``figures --json`` lists it with
    non-ASCII kept (``jsontext.listed_item``): what a store keeps so that a listing is only read.

    The store must be valid: every figure's statement, topic and source is there.
    """
    for f in store.select_figures():
        statement, topic, source = (
            store.statement(f.statement), store.topic(f.topic), store.source(f.source)
        )  # fmt: skip
        if statement is None or topic is None or source is None:
            raise AssertionError(f"figure {f.id} of an unvalidated store")
        item = item_number(store, f.topic, statement.line)
        yield f, listed_item(figure_record(FigureContext(f, statement, topic, source, item)))


# The flat record of a figure that CSV, JSON Lines and SQLite export: one column per field,
# each meaning what the same name means in the JSON of `figure` (docs/json.md).
EXPORT_FIELDS = (
    "id", "topic", "section", "place", "label", "value", "date", "unit", "qualifier", "bound",
    "low", "high", "low_open", "high_open", "as_written", "display", "period", "year_inferred", "note", "line", "statement", "sentence",
    "document", "title", "url",
)  # fmt: skip


# What ``--fields`` may name of a figure: every flat field, and every top-level key of the
# figure's JSON, the nested ``source`` object included.
FIGURE_FIELDS = (*EXPORT_FIELDS, "source")


def fields_record(c: FigureContext) -> dict[str, Any]:
    """A figure as one record of FIGURE_FIELDS: the flat fields, and ``source`` whole."""
    record = figure_record(c)
    return _flat(record) | {"source": dict(record["source"])}


def export_record(c: FigureContext) -> dict[str, Any]:
    """A figure as one flat record with the EXPORT_FIELDS."""
    return _flat(figure_record(c))


def _flat(record: FigureJSON) -> dict[str, Any]:
    """A figure's JSON flattened: its source's fields are fields of their own."""
    source: dict[str, Any] = dict(record["source"])
    flat: dict[str, Any] = {k: v for k, v in record.items() if k != "source"}
    flat |= {k: source[k] for k in ("section", "place", "line", "statement", "sentence")}
    flat |= {"document": source["document"], "title": source["title"], "url": source["url"]}
    return {k: flat[k] for k in EXPORT_FIELDS}
