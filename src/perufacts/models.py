"""The fact store's types: plain dataclasses, so that reading a validated store never imports pydantic.

pydantic validates raw JSON into these classes (see ``validation.py``); the per-class
``__pydantic_config__`` is a plain dict that pydantic reads and everything else ignores.
The classes are neither frozen nor slotted: both make the classes slower to create on every
run, and frozen ones three times slower to build. Treat them as read-only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeVar

from perufacts.text import key
from perufacts.vocab import Qualifier, Unit

RelationKind = Literal["percent-change"]
# What an entity of the sheet is: a party that acts (USAID) or a place (Peru).
EntityKind = Literal["party", "place"]
# A date figure's place in what it dates: a start (signed), an end (through 2026) or a point.
Role = Literal["start", "end", "point"]

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

    def names(self) -> list[str]:
        """Every name the topic answers to: its id, heading and aliases."""
        return [self.id, self.heading, *self.aliases]


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
class Entity:
    """A party or place the sheet names, with the names people use for it."""

    __pydantic_config__ = _STRICT
    id: str
    kind: EntityKind
    names: list[str]
    part_of: str | None = None


@dataclass
class Frame:
    """What a figure measures, of whom and where: what a claim must share to be about it.

    ``measure`` is the head noun first (a word of the figure's own sentence), then the words
    people use for it ("doses", "shots", "jabs"); ``parties`` and ``places`` are entity ids;
    ``parts`` are the components a total names ("humanitarian, economic ... assistance"): a
    claim that names some of them but not all is about a part, not the total. ``others`` are
    the words that make a claim about another quantity than this one although it uses the
    figure's words: a qualifier the figure lacks ("goods" trade, "agricultural" exports), another
    act ("bought" doses), another kind ("additional" aid, an "amendment"). ``generic`` are the
    words of ``measure`` that count many other things too ("regions", "projects"): alone, in a
    text that names nothing else of the figure, they tie a claim too weakly to contradict it.
    ``narrowed_by`` are the words that say the figure counts only some of its kind (the "new"
    programs): a larger count that says none of them may count them all.
    """

    __pydantic_config__ = _STRICT
    measure: list[str]
    parties: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)  # the components a total names
    role: Role = "point"
    others: list[str] = field(default_factory=list)
    generic: list[str] = field(default_factory=list)
    narrowed_by: list[str] = field(default_factory=list)


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
    frame: Frame
    period: str | None = None
    year_inferred: bool = False
    note: str | None = None

    def searchable(self) -> str:
        """The words ``search`` looks for in a figure: its id, label, wording, unit and period."""
        return " ".join(
            [self.id.replace("-", " "), self.label, self.as_written, self.unit, self.period or ""]
        )


@dataclass
class NotFigure:
    """A number in the body that is deliberately not a figure, and why.

    It stands in a statement, or in a topic's heading: exactly one of ``statement`` and
    ``topic`` names where.
    """

    __pydantic_config__ = _STRICT
    text: str
    reason: str
    statement: str | None = None
    topic: str | None = None


@dataclass
class Synonym:
    """A word people search with that the sheet says another way ("aid" for "assistance").

    Curated data, for ``search`` only: ``word`` finds what any word of ``means`` finds. Each is one
    folded, singular word, and each word of ``means`` is a word of the sheet.
    """

    __pydantic_config__ = _STRICT
    word: str
    means: list[str]


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

    # The docstring above is the schema's description. Every query goes through the lookups
    # below: they scan the records held in memory here, and ``store.records.CachedStore``
    # answers them from the SQLite database of a validated store; queries never see which.

    __pydantic_config__ = _STRICT
    version: int
    sources: Sequence[Source]
    topics: Sequence[Topic]
    statements: Sequence[Statement]
    figures: Sequence[Figure]
    not_figures: Sequence[NotFigure] = field(default_factory=list)
    relations: Sequence[Relation] = field(default_factory=list)
    entities: Sequence[Entity] = field(default_factory=list)
    synonyms: Sequence[Synonym] = field(default_factory=list)

    def __eq__(self, other: object) -> bool:
        # An in-memory store and a cached one with the same records are the same store.
        if not isinstance(other, Store):
            return NotImplemented
        return all(list(getattr(self, n)) == list(getattr(other, n)) for n in _RECORD_FIELDS) and (
            self.version == other.version
        )

    def derived(self, name: str) -> Any:
        """Data derived from the store when it was validated and kept with it, if any."""
        return None

    def source(self, source_id: str) -> Source | None:
        """The source with this id, or None."""
        return _by_id(self, "sources", self.sources, source_id)

    def topic(self, topic_id: str) -> Topic | None:
        """The topic with this id, or None."""
        return _by_id(self, "topics", self.topics, topic_id)

    def statement(self, statement_id: str) -> Statement | None:
        """The statement with this id, or None."""
        return _by_id(self, "statements", self.statements, statement_id)

    def figure(self, figure_id: str) -> Figure | None:
        """The figure with this id, or None."""
        return _by_id(self, "figures", self.figures, figure_id)

    def select_figures(
        self, topic: str | None = None, unit: Unit | None = None
    ) -> Iterator[Figure]:
        """The figures of one topic id and one unit (either may be None for all), in store order."""
        for f in self.figures:
            if topic in (None, f.topic) and unit in (None, f.unit):
                yield f

    def figure_listing(
        self, topic: str | None = None, unit: Unit | None = None
    ) -> Iterator[str] | None:
        """The records of ``select_figures(topic, unit)`` as ``figures --json`` lists them, if
        the store kept them when it was validated; None here, where it did not."""
        return None

    def section_lines(self, topic: str) -> list[int]:
        """The lines that hold a topic's statements, in order: its bullets, or paragraphs."""
        # A store has few topics, and a listing asks again for every figure: remember them.
        known: dict[str, list[int]] = self.__dict__.setdefault("_section_lines", {})
        if topic not in known:
            known[topic] = sorted({s.line for s in self.select_statements(topic)})
        return known[topic]

    def topics_named(self, name_key: str) -> list[Topic]:
        """The topics with a name whose ``text.key`` is ``name_key``, in store order."""
        return [t for t in self.topics if any(key(n) == name_key for n in t.names())]

    def select_statements(self, topic: str) -> Iterator[Statement]:
        """The statements of one topic id, in store order."""
        return (s for s in self.statements if s.topic == topic)

    def units(self) -> list[Unit]:
        """The units the store's figures use, sorted."""
        return sorted({f.unit for f in self.figures})

    def figure_counts(self) -> dict[str, int]:
        """How many figures each topic id has (topics without figures left out)."""
        counts: dict[str, int] = {}
        for f in self.figures:
            counts[f.topic] = counts.get(f.topic, 0) + 1
        return counts

    def synonyms_of(self, word: str) -> list[str]:
        """The words of the sheet that a searched ``word`` (folded, singular) also finds."""
        return [m for s in self.synonyms if s.word == word for m in s.means]

    def search_candidates(
        self, groups: Sequence[Sequence[str]]
    ) -> tuple[list[Statement], list[Figure]]:
        """Statements and figures that may hold a word of every group (a word or one that starts
        with it: ``text.matches``), in store order.

        In memory that is every one; the cached store narrows them with its full-text index.
        """
        return list(self.statements), list(self.figures)


_RECORD_FIELDS = (
    "sources",
    "topics",
    "statements",
    "figures",
    "not_figures",
    "relations",
    "entities",
    "synonyms",
)


class _Identified(Protocol):
    """A record with an id."""

    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=_Identified)


def _by_id(store: Store, kind: str, records: Iterable[R], record_id: str) -> R | None:
    """A record by id through an index built on first use (the first of a repeated id wins)."""
    indexes: dict[str, dict[str, Any]] = store.__dict__.setdefault("_indexes", {})
    index = indexes.get(kind)
    if index is None:
        index = indexes[kind] = {}
        for record in records:
            index.setdefault(record.id, record)
    found: R | None = index.get(record_id)
    return found


@dataclass
class FigureContext:
    """A figure with everything needed to cite it: its statement, topic and source."""

    figure: Figure
    statement: Statement
    topic: Topic
    source: Source
    # The statement's bullet (or, where the section has no heading, paragraph) number within
    # its section, counted as the page prints them; 0 when unknown.
    item: int = 0


@dataclass
class LineContext:
    """A line of the sheet with everything needed to cite it: its sentences, topic and source."""

    line: int
    statements: list[Statement]
    topic: Topic
    source: Source
    item: int = 0  # as FigureContext's


def item_number(store: Store, topic_id: str, line: int) -> int:
    """The bullet (or paragraph) number of ``line`` in its section, 1 for the first; 0 if none."""
    import bisect

    # Validation makes every body line exactly its statements, so the section's statement
    # lines are its bullets (or paragraphs), one number per line however many sentences.
    lines = store.section_lines(topic_id)
    i = bisect.bisect_left(lines, line)
    return i + 1 if i < len(lines) and lines[i] == line else 0
