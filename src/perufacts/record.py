"""A figure's record: the one dict shape of a figure with its source (the JSON contract).

Shared by ``--json``, JSON Lines exports and any other writer of figures, so it lives in the
core, below both export and the presenters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from perufacts.models import Figure
from perufacts.numbers import grouped_number
from perufacts.queries import FigureContext
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


def figure_record(c: FigureContext) -> FigureJSON:
    """A figure with its value, bound and full source (the JSON contract in the README)."""
    f = c.figure
    return {
        "id": f.id,
        "topic": f.topic,
        "label": f.label,
        "value": f.value,
        "unit": f.unit,
        "qualifier": f.qualifier,
        "bound": f.qualifier.symbol or "=",
        "as_written": f.as_written,
        "display": format_value(f),
        "period": f.period,
        "year_inferred": f.year_inferred,
        "note": f.note,
        "source": source_ref(c),
    }


def source_ref(c: FigureContext) -> SourceRefJSON:
    """Where a figure comes from: document, section, statement, line and the sentence itself."""
    return {
        "document": c.source.id,
        "title": c.source.title,
        "url": c.source.url,
        "section": c.topic.heading,
        "statement": c.statement.id,
        "line": c.statement.line,
        "text": c.statement.text,
    }
