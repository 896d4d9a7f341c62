"""What the claim checker knows of each figure's frame, computed once when a store is validated.

A figure's frame (what it measures, of whom, where) is the store's data; this module turns it
into what matching needs: the measure words as folded words, the entities a claim may name
and still be about the figure (its own, those its sentence names, and everything they are part
of), its years, and the rarity of each measure word across the store. The result is plain
JSON, kept with the validated store in the cache (``Store.derived``), so a check reads it
instead of rebuilding it from every figure.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from perufacts.checking.reader import COUNT, foreign_names
from perufacts.models import Entity, Figure, Statement, Store
from perufacts.text import STOPWORDS, words
from perufacts.vocab import Unit

# Frames are rebuilt when what this module derives changes.
FRAMES_VERSION = 10
_KINDS = {Unit.USD, Unit.PERCENT, Unit.YEARS, Unit.DATE}
# Names that are English words too when not in capitals ("us", "un", "awe").
_WORDS_TOO = frozenset("us un awe eu".split())
# Titles that name someone only when capitalised ("the Secretary").
_TITLES = frozenset({"secretary"})


@dataclass(frozen=True)
class Profile:
    """What matching needs of one figure."""

    id: str
    kind: str  # USD, percent, years, date, or count
    role: str
    measure: tuple[tuple[str, ...], ...]  # each measure term as folded words, head noun first
    parts: tuple[tuple[str, ...], ...]  # the components a total names
    allowed: frozenset[str]  # entities a claim may name and still be about this figure
    parties: frozenset[str]
    years: frozenset[int]
    reference: int  # the year of the figure's document: "since 1982" counts up to it
    content: frozenset[str]  # the other words of its sentence, to break ties
    others: tuple[tuple[str, ...], ...] = ()  # words that make a claim another quantity


@dataclass
class FrameIndex:
    """Every figure's profile, and what the store as a whole says of words and entities."""

    profiles: list[Profile]
    idf: dict[tuple[str, ...], float]
    names: list[tuple[tuple[str, ...], str]]  # each entity name as words -> entity, longest first
    party_df: dict[str, int]
    parent: dict[str, str]
    primary: set[tuple[str, ...]]  # each entity's first name ("Peru", not "Lima")
    kinds: dict[str, str] = field(default_factory=dict)  # each entity's kind: party or place
    telling: set[str] = field(default_factory=set)  # parties of few figures: naming one is evidence
    # The store's units as words ("programs", "years", "projects"): a unit names what a number
    # counts when it stands right after it ("34 projects"), and is no tie anywhere else.
    units: set[tuple[str, ...]] = field(default_factory=set)
    # How many different measures use each term: one is distinctive ("vaccine", "spill"); three
    # or more is a word several things share ("support", "work"). Figures that measure the same
    # thing (trade in 2009 and 2021) count once.
    spread: dict[tuple[str, ...], int] = field(default_factory=dict)
    # A hyphenated word of the store's frames written solid ("inkind" for "in-kind", as in a
    # CSV column name) -> its words.
    fused: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        n = len(self.profiles)
        self.telling = {e for e, k in self.party_df.items() if k * 3 <= n}
        self.by_id = {p.id: p for p in self.profiles}

    def to_data(self) -> dict[str, Any]:
        """The index as JSON data, for the cache."""
        return {
            "version": FRAMES_VERSION,
            "profiles": [_profile_data(p) for p in self.profiles],
            "idf": [[list(t), v] for t, v in self.idf.items()],
            "names": [[list(n), e] for n, e in self.names],
            "party_df": self.party_df,
            "parent": self.parent,
            "primary": [list(p) for p in self.primary],
            "kinds": self.kinds,
            "units": sorted(list(u) for u in self.units),
            "spread": [[list(t), n] for t, n in self.spread.items()],
            "fused": self.fused,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> FrameIndex:
        """The index from its JSON data."""
        return cls(
            [_profile_from(d) for d in data["profiles"]],
            {tuple(t): float(v) for t, v in data["idf"]},
            [(tuple(n), str(e)) for n, e in data["names"]],
            {str(k): int(v) for k, v in data["party_df"].items()},
            {str(k): str(v) for k, v in data["parent"].items()},
            {tuple(p) for p in data["primary"]},
            {str(k): str(v) for k, v in data["kinds"].items()},
            units={tuple(u) for u in data["units"]},
            spread={tuple(t): int(n) for t, n in data["spread"]},
            fused={str(k): tuple(v) for k, v in data["fused"].items()},
        )

    def without_names(self, text: str) -> tuple[list[str], set[tuple[str, ...]]]:
        """The words of a text less those of the entity names in it, and those names."""
        said = words(text)
        # "According to the fact sheet" gives a source: no "accord" is named.
        found = f" {' '.join(said)} ".replace(" according to ", " to ")
        present = set(said)
        names = set()
        for name, _ in self.names:
            if len(name) < 2 or name[0] not in present:
                continue  # most names share no word with a clause: skip them cheaply
            phrase = f" {' '.join(name)} "
            if phrase in found:
                found = found.replace(phrase, " ")
                names.add(name)
        return [p for w in found.split() for p in self.fused.get(w, (w,))], names

    def mentions(self, text: str) -> frozenset[str]:
        """The entities a text names (the longest name first: "Peruvian National Police")."""
        said = words(text)
        # "According to the fact sheet" gives a source: no "accord" is named.
        found = f" {' '.join(said)} ".replace(" according to ", " to ")
        present = set(said)
        seen = set()
        # "US" is a name only in capitals: "no one asked us" names nobody.
        capitals = {w.lower() for w in re.findall(r"\b[A-Z]{2,5}\b", text)}
        for name, entity in self.names:
            if name[0] not in present:
                continue
            phrase = f" {' '.join(name)} "
            if len(name) == 1 and name[0] in _WORDS_TOO and name[0] not in capitals:
                continue
            # "the Secretary" is a title only capitalised: "the secretary of the meeting" is not.
            if name[-1] in _TITLES and not re.search(rf"\b{name[-1].title()}\b", text):
                continue
            if phrase in found:
                seen.add(entity)
                found = found.replace(phrase, " ")
        return frozenset(seen)


def frame_index(store: Store) -> FrameIndex:
    """The store's frame index: the one kept with the cache, else built now."""
    data = store.derived("frames")
    if isinstance(data, dict) and data.get("version") == FRAMES_VERSION:
        return FrameIndex.from_data(data)
    return build_index(store)


def build_index(store: Store) -> FrameIndex:
    """Build the frame index of a store (at validation, or for a store held in memory)."""
    entities = {e.id: e for e in store.entities}
    own = [(tuple(words(n)), e.id) for e in store.entities for n in e.names if words(n)]
    known = {n for n, _ in own}
    # A place or body the store does not know stands for itself: no figure is about it.
    foreign_words = (tuple(words(x)) for x in foreign_names())
    foreign = [(n, f"elsewhere:{' '.join(n)}") for n in foreign_words if n and n not in known]
    names = sorted(own + foreign, key=lambda x: -len(x[0]))
    parent = {e.id: e.part_of for e in store.entities if e.part_of}
    primary = {tuple(words(e.names[0])) for e in store.entities if e.names}
    index = FrameIndex([], {}, names, {}, parent, primary)
    years = {s.id: int(s.date[:4]) for s in store.sources}
    profiles = [
        _profile(f, store.statement(f.statement), entities, index, years.get(f.source, 0))
        for f in store.figures
    ]
    df = Counter(t for p in profiles for t in set(p.measure))
    n = len(profiles)
    idf = {t: math.log((n + 1) / (count + 0.5)) for t, count in df.items()}
    party_df = dict(Counter(e for p in profiles for e in p.parties))
    kinds: dict[str, str] = {e.id: str(e.kind) for e in store.entities}
    units = {tuple(words(str(f.unit).replace("-", " "))) for f in store.figures}
    measures = {p.measure for p in profiles}
    spread = dict(Counter(t for m in measures for t in set(m)))
    return FrameIndex(
        profiles, idf, names, party_df, parent, primary, kinds, units=units, spread=spread,
        fused=_fused(store),
    )  # fmt: skip


def _fused(store: Store) -> dict[str, tuple[str, ...]]:
    """Each hyphenated word of the figures' frames, written solid, with the words it is."""
    found: dict[str, tuple[str, ...]] = {}
    for f in store.figures:
        for phrase in (*f.frame.measure, *f.frame.parts, *f.frame.others):
            for compound in re.findall(r"\w+(?:-\w+)+", phrase):
                found[compound.replace("-", "").casefold()] = tuple(words(compound))
    return found


def _profile(
    f: Figure,
    statement: Statement | None,
    entities: dict[str, Entity],
    index: FrameIndex,
    reference: int,
) -> Profile:
    """What matching needs of one figure."""
    sentence = statement.text if statement else ""
    direct = set(f.frame.parties) | set(f.frame.places) | index.mentions(sentence)
    allowed = set(direct)
    for e in direct:
        allowed |= _ancestors(e, entities)
    # A place's own government speaks for it: "the Government of Peru" signs what "Peru" signs.
    allowed |= {e.id for e in entities.values() if e.part_of in f.frame.places}
    dated = f"{f.period or ''} {f.value if f.unit == Unit.DATE else ''}"
    return Profile(
        id=f.id,
        kind=str(f.unit) if f.unit in _KINDS else COUNT,
        role=f.frame.role,
        measure=tuple(dict.fromkeys(_terms(f.frame.measure))),
        parts=tuple(tuple(w for w in words(t) if w not in STOPWORDS) for t in f.frame.parts),
        allowed=frozenset(allowed),
        parties=frozenset(f.frame.parties),
        years=frozenset(int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", dated)),
        reference=reference,
        content=frozenset(w for w in words(sentence) if w not in STOPWORDS),
        others=tuple(_terms(f.frame.others)),
    )


def _terms(terms: Iterable[str]) -> Iterable[tuple[str, ...]]:
    """Measure terms as folded words, empty ones left out."""
    return (tuple(words(t)) for t in terms if words(t))


def _ancestors(entity: str, entities: dict[str, Entity]) -> set[str]:
    """The entities ``entity`` is part of, up to the top."""
    found: set[str] = set()
    current = entities[entity].part_of if entity in entities else None
    while current is not None and current not in found:
        found.add(current)
        current = entities[current].part_of if current in entities else None
    return found


def _profile_data(p: Profile) -> dict[str, Any]:
    """One profile as JSON data."""
    return {
        "id": p.id, "kind": p.kind, "role": p.role, "measure": [list(t) for t in p.measure],
        "parts": [list(t) for t in p.parts], "allowed": sorted(p.allowed),
        "parties": sorted(p.parties), "years": sorted(p.years), "reference": p.reference,
        "content": sorted(p.content), "others": [list(t) for t in p.others],
    }  # fmt: skip


def _profile_from(d: dict[str, Any]) -> Profile:
    """One profile from its JSON data."""
    return Profile(
        d["id"], d["kind"], d["role"], tuple(tuple(t) for t in d["measure"]),
        tuple(tuple(t) for t in d["parts"]), frozenset(d["allowed"]), frozenset(d["parties"]),
        frozenset(d["years"]), int(d["reference"]), frozenset(d["content"]),
        tuple(tuple(t) for t in d["others"]),
    )  # fmt: skip
