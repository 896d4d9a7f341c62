"""The fact store's types: plain dataclasses, so that reading a validated store never imports pydantic.

pydantic validates raw JSON into these classes (see ``validation.py``); the per-class
``__pydantic_config__`` is a plain dict that pydantic reads and everything else ignores.
The classes are neither frozen nor slotted: both make the classes slower to create on every
run, and frozen ones three times slower to build. Treat them as read-only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar, overload

# The controlled vocabulary of units (documented in the README).
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
# How a figure's wording bounds its true value (rules in ``numbers.interval_of``).
Qualifier = Literal[
    "exact", "over", "more-than", "at-least", "nearly", "about", "under", "less-than", "up-to"
]
RelationKind = Literal["percent-change"]

_STRICT: dict[str, Any] = {"extra": "forbid", "strict": True}
T = TypeVar("T")
_SCANS_BEFORE_INDEX = 4


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


class Records(Sequence[T], Generic[T]):
    """Records of one kind, each built from its parsed JSON only when it is first read.

    A lookup in a store of 100,000 figures reads three records; building all of them first
    would cost more than parsing the file.
    """

    __slots__ = ("_build", "_built", "_index", "_raw", "_scans")

    def __init__(self, raw: list[dict[str, Any]], build: Callable[[dict[str, Any]], T]) -> None:
        self._raw = raw
        self._build = build
        self._built: list[T | None] = [None] * len(raw)
        self._index: dict[str, int] | None = None
        self._scans = 0

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> list[T]: ...
    def __getitem__(self, i: int | slice) -> T | list[T]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        item = self._built[i]
        if item is None:
            item = self._built[i] = self._build(self._raw[i])
        return item

    def __iter__(self) -> Iterator[T]:
        return (self[i] for i in range(len(self._raw)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Records({len(self)} items)"

    def get(self, record_id: str) -> T | None:
        """The record with this id, or None."""
        if self._index is None and self._scans < _SCANS_BEFORE_INDEX:
            # Building the index costs several scans; a lookup of one id should not pay for it.
            self._scans += 1
            i = next((i for i, r in enumerate(self._raw) if r["id"] == record_id), None)
        else:
            if self._index is None:
                self._index = {r["id"]: i for i, r in enumerate(self._raw)}
            i = self._index.get(record_id)
        return None if i is None else self[i]


def store_from_dict(data: dict[str, Any]) -> Store:
    """Build a Store from JSON that has already been validated once (no checks here)."""
    return Store(
        version=data["version"],
        sources=Records(data["sources"], _source),
        topics=Records(data["topics"], lambda t: Topic(**t)),
        statements=Records(data["statements"], lambda s: Statement(**s)),
        figures=Records(data["figures"], lambda f: Figure(**f)),
        not_figures=Records(data.get("not_figures", []), lambda n: NotFigure(**n)),
        relations=Records(data.get("relations", []), lambda r: Relation(**r)),
    )


def _source(data: dict[str, Any]) -> Source:
    furniture = [Furniture(**f) for f in data.get("furniture", ())]
    return Source(**{**data, "furniture": furniture})
