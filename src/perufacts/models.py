"""The fact store's types: plain dataclasses, so that reading a validated store never imports pydantic.

pydantic validates raw JSON into these classes (see ``validation.py``); the per-class
``__pydantic_config__`` is a plain dict that pydantic reads and everything else ignores.
The classes are neither frozen nor slotted: both make the classes slower to create on every
run, and frozen ones three times slower to build. Treat them as read-only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

# The controlled vocabulary of units (documented in docs/store.md and docs/json.md).
Unit = Literal[
    "USD",
    "percent",
    "people",
    "doses",
    "artifacts",
    "projects",
    "regions",
    "programs",
    "lines-of-effort",
    "years",
    "date",
]
# Other names people give each unit; singular and plural forms of these and of the unit's own
# name match too ("dollars", "$", "year", "dates").
UNIT_NAMES: dict[str, tuple[str, ...]] = {
    "USD": ("$", "us$", "dollar", "us dollar", "money", "amount"),
    "percent": ("%", "per cent", "percentage", "pct"),
    "people": ("person", "persons", "population"),
    "doses": ("dose",),
    "artifacts": ("artefacts", "artifact"),
    "projects": ("project",),
    "regions": ("region",),
    "programs": ("program", "programme", "programmes"),
    "lines-of-effort": ("line of effort", "lines", "effort"),
    "years": ("year", "yr", "yrs", "duration"),
    "date": ("dates", "day", "when"),
}
# How a figure's wording bounds its true value (rules in ``numbers.interval_of``).
Qualifier = Literal[
    "exact", "over", "more-than", "at-least", "nearly", "about", "under", "less-than", "up-to"
]
RelationKind = Literal["percent-change"]

_STRICT: dict[str, Any] = {"extra": "forbid", "strict": True}


@dataclass
class Furniture:
    """A line of the source file that belongs to the web page, not to the document."""

    __pydantic_config__ = _STRICT
    line: int
    text: str
    reason: str


@dataclass
class Source:
    """One edition of the document, kept byte-for-byte beside the store."""

    __pydantic_config__ = _STRICT
    id: str
    title: str
    publisher: str
    url: str
    date: str
    date_basis: str
    file: str
    sha256: str
    licence: str
    furniture: list[Furniture] = field(default_factory=list)


@dataclass
class Topic:
    """A section of the document."""

    __pydantic_config__ = _STRICT
    id: str
    source: str
    heading: str
    heading_line: int | None
    summary: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Statement:
    """One sentence of the document, exactly as written, at its 1-based line."""

    __pydantic_config__ = _STRICT
    id: str
    source: str
    topic: str
    line: int
    text: str


@dataclass
class Figure:
    """A quantity or date the document states, with the words it uses and where."""

    __pydantic_config__ = _STRICT
    id: str
    source: str
    topic: str
    statement: str
    label: str
    value: int | float | str
    unit: Unit
    qualifier: Qualifier
    as_written: str
    period: str | None = None
    year_inferred: bool = False
    note: str | None = None


@dataclass
class NotFigure:
    """A number in the body that is deliberately not a figure, and why."""

    __pydantic_config__ = _STRICT
    statement: str
    text: str
    reason: str


@dataclass
class Relation:
    """A relation between figures that the document itself states (e.g. a growth rate)."""

    __pydantic_config__ = _STRICT
    id: str
    kind: RelationKind
    figures: list[str]
    stated: str
    note: str | None = None


@dataclass
class Store:
    """The whole fact store."""

    __pydantic_config__ = _STRICT
    version: int
    sources: Sequence[Source]
    topics: Sequence[Topic]
    statements: Sequence[Statement]
    figures: Sequence[Figure]
    not_figures: Sequence[NotFigure] = field(default_factory=list)
    relations: Sequence[Relation] = field(default_factory=list)
