"""The evidence that ties a number's clause to a figure, and the store's frames it is read from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from perufacts.checking.frames import Profile, frame_index
from perufacts.checking.reader import COUNT
from perufacts.models import Figure, FigureContext, Store
from perufacts.queries import get_figures
from perufacts.text import FAMILY, Vocabulary, short_root

_ATTRIBUTION = re.compile(
    # No unbounded run before a word that may fail: "$22", 4,000 spaces, "billion" stays linear.
    r"\b(?:according\s+to|per|citing|cites?)\s+[^,;:\n]+"
    # "By the State Department's reckoning, ...": whose count it is, not what it is about.
    r"|\bby\s+(?:the\s+)?[\w.’' -]{1,40}?(?:’s|'s)\s+(?:reckoning|count|tally|estimate|figures"
    r"|account|calculations?|numbers)\b|,?[\w.’'\- ]{0,40}?\b(?:says|said|notes|noted|"
    r"reports|reported|estimates|estimated|states|stated|announced|recalls|wrote|writes)\b"
    r"(?=\s{0,3}(?:[,.;:!?]|$|that\b))",
    re.IGNORECASE,
)


_PRESENCE = re.compile(
    r"\b(?:been|present|active|operating|operated)\s+in\s+(?:[A-Z][\w-]+|the\s+country)\b"
    # ("after half a century in Peru"; not "an officer who spent nine years in Lima")
    r"|\bafter\s+[^,.;]{0,30}?\b(?:years?|decades?|century)\s+in\s+(?:[A-Z][\w-]+|the\s+country)\b"
    # ("USAID in Peru: 45 years": a box's label of a party in a place, then a duration)
    r"|^\W*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s+in\s+[A-Z][\w-]+\s*[:—–]\s*(?:\w+\s+){0,2}"
    r"(?:years?|decades?)\b"
)


@dataclass(frozen=True)
class Fit:
    """How well a number's clause fits one figure, and the words that tie them."""

    profile: Profile
    score: float
    evidence: int
    matched: tuple[str, ...]
    matcher: Matcher
    beside: bool = False  # a word of what the figure measures stands right by the number
    borrowed: bool = False  # the words that tie them come from the sentence before
    actor: bool = False  # it names one of the figure's parties (or one of their parts)
    dated: bool = False  # its year is one of the figure's
    owner_unsaid: bool = False  # it counts a place's own things; the figure counts a party's
    undated: str = ""  # the year the claim gives, when the sheet gives the figure none
    body: str = ""  # the part of the figure's party the claim names instead of it (USAID)
    sole: bool = False  # it names a telling party whose only figure of its unit this is
    sibling: str = ""  # the figure of the same measure in another year whose value it states

    @property
    def context(self) -> FigureContext:
        """The figure this fit is for, with its statement, topic and source."""
        return self.matcher.context(self.profile.id)


class Matcher:
    """The frame index of a store, and the figures it hands out by id."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.index = frame_index(store)
        self.profiles = self.index.profiles
        self.by_id = self.index.by_id
        self.idf = self.index.idf
        self.telling = self.index.telling
        self.parent = self.index.parent
        self.primary = self.index.primary
        self.reference = max((p.reference for p in self.profiles), default=0)
        # The figures that are a change between others ("over 140 percent" from 2009 to 2021).
        self.changes = frozenset(r.stated for r in store.relations if r.kind == "percent-change")
        self._contexts: dict[str, FigureContext] = {}
        self._siblings: dict[str, bool] = {}
        self._count_values: frozenset[float] | None = None
        self._read: dict[str, tuple[frozenset[str], Vocabulary, Vocabulary]] = {}
        self._relevant: dict[str, frozenset[str]] = {}
        self._by_first_word: dict[str, set[str]] = {}
        # Tables of words by figure that other modules derive from the store once per matcher.
        self.memo: dict[str, dict[str, frozenset[str]]] = {}
        # The entities whose names hold each word ("fund": the Ambassadors Fund).
        self.named_by: dict[str, set[str]] = {}
        for name, entity in self.index.names:
            for w in name:
                self.named_by.setdefault(w, set()).add(entity)
        # The figures of each party, by kind: the Ambassadors Fund has one amount of money.
        self.of_party: dict[tuple[str, str], set[str]] = {}
        for p in self.profiles:
            for e in p.parties:
                self.of_party.setdefault((e, p.kind), set()).add(p.id)
            for t in p.measure:
                for key in (t[0], t[0][:FAMILY]):
                    self._by_first_word.setdefault(key, set()).add(p.id)

    def read(self, text: str) -> tuple[frozenset[str], Vocabulary, Vocabulary]:
        """What a text names, its words, and the words of the names in it; once per text."""
        if text not in self._read:
            # The words of a name are not words of a measure: the "trade" of "trade deal".
            # ("HOST: ...", "GUEST: ...": a speaker's label is no word of what is said)
            plain, names = self.index.without_names(SPEAKER.sub(" ", text))
            named = mentions(text, self)
            if named & self.telling and _PRESENCE.search(text):
                # "USAID has been in Peru for 50 years": how long a party named has been
                # somewhere is its presence there (not so Repsol's, which the sheet never names).
                plain = [*plain, "presence"]
            in_names = Vocabulary({w for name in names for w in name})
            self._read[text] = (named, Vocabulary(set(plain), " ".join(plain)), in_names)
        return self._read[text]

    def relevant(self, text: str) -> frozenset[str]:
        """The ids of the figures a text can fit at all: it has every word of one of their
        measure terms, or names one of their parties; once per text (a clause dense with
        numbers asks for each of them)."""
        if text not in self._relevant:
            mentioned, vocab, in_names = self.read(text)
            # Words of one family share their first letters (text.similar): a quick test that
            # lets through every figure a word of the text could be a measure word of.
            starts = (
                {w[:FAMILY] for w in vocab.words | in_names.words} | vocab.words | in_names.words
            )
            starts |= {short_root(w) for w in vocab.words}  # "helping" may be "help"
            # Only figures with a term whose first word the text may hold are looked at.
            maybe = {p for key in starts for p in self._by_first_word.get(key, ())}
            self._relevant[text] = frozenset(
                p.id
                for p in self.profiles
                if mentioned & p.parties
                or (
                    p.id in maybe
                    and any(all(w in starts or w[:FAMILY] in starts for w in t) for t in p.measure)
                )
            )
        return self._relevant[text]

    def count_values(self) -> frozenset[float]:
        """The values of the figures that count things ("two million" doses); once per check."""
        if self._count_values is None:
            values = (self.figure(p.id).value for p in self.profiles if p.kind == COUNT)
            self._count_values = frozenset(float(v) for v in values if not isinstance(v, str))
        return self._count_values

    def dated_siblings(self, p: Profile) -> bool:
        """True when another figure measures the same thing in another year (trade, 2009/2021)."""
        if p.id not in self._siblings:
            self._siblings[p.id] = any(
                o.id != p.id and o.kind == p.kind and o.measure[:1] == p.measure[:1]
                and o.years != p.years
                for o in self.profiles
            )  # fmt: skip
        return self._siblings[p.id]

    def context(self, figure_id: str) -> FigureContext:
        """A figure with its statement, topic and source, looked up once."""
        if figure_id not in self._contexts:
            (self._contexts[figure_id],) = get_figures(self.store, [figure_id])
        return self._contexts[figure_id]

    def figure(self, figure_id: str) -> Figure:
        """A figure by id."""
        return self.context(figure_id).figure


# A script's or transcript's speaker, in capitals before a colon ("SOT - U.S. EMBASSY
# OFFICIAL: ..."): who speaks, not who the words are about.
SPEAKER = re.compile(
    r"(?m)^[^\S\n]*(?:[A-Z0-9/()&.’'-]+[^\S\n]+){0,6}[A-Z(][A-Z.’'()/-]*:"
    # ... before what they say, a quotation or a sentence ("USAID: 60 years" is a label).
    r"(?=[^\S\n]+(?:[\"“]|[A-Z](?:[a-z]|\s)))"
)


# "1,100 projects in over 125 countries": a scope of many countries, which no figure of a
# bilateral sheet is about.
MANY_COUNTRIES_IN = re.compile(
    r"\b(?:in|across|to)\s+(?:(?:more\s+than|over|some|nearly|about|almost)\s+)?"
    r"(?:\d[\d,]*|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:other\s+)?(?:countries|nations)\b"
    # ("shipped to the Andean countries as a whole", "across neighbouring nations")
    r"|\b(?:in|across|to|among)\s+(?:the\s+|its\s+)?(?:(?-i:[A-Z][a-z]+)|neighbou?ring|several|many)"
    r"\s+(?:countries|nations)\b"
    # ("All host countries | 5.4 m", "Peru and other donor nations")
    r"|\b(?:all|several|many|other)\s+(?:host\s+|donor\s+|receiving\s+|recipient\s+|member\s+)?"
    r"(?:countries|nations)\b"
    # ("announced, for the whole region, at the Summit", "region-wide")
    r"|\b(?:whole|entire)\s+region\b|\bregion[- ]?wide\b|\bthe\s+region\s+as\s+a\s+whole\b",
    re.IGNORECASE,
)
MANY_COUNTRIES = "elsewhere:many countries"


def descends(entity: str, parties: frozenset[str], parent: dict[str, str]) -> bool:
    """True when an entity is a part of one of the parties (the State Department of the
    United States), however deep."""
    seen: set[str] = set()
    while entity in parent and entity not in seen:
        seen.add(entity)
        entity = parent[entity]
        if entity in parties:
            return True
    return False


def mentions(text: str, matcher: Matcher) -> frozenset[str]:
    """The entities a text names, leaving out who is only cited ("according to USAID") or
    speaks ("U.S. EMBASSY OFFICIAL: ..."); a scope of many countries is named as one."""
    found = matcher.index.mentions(_ATTRIBUTION.sub(" ", SPEAKER.sub(" ", text)))
    return found | {MANY_COUNTRIES} if MANY_COUNTRIES_IN.search(text) else found


def names_of(ids: frozenset[str]) -> str:
    """Entity ids as prose ("elsewhere:colombia" as "colombia")."""
    return ", ".join(sorted(i.removeprefix("elsewhere:") for i in ids))


def years_of(p: Profile | set[int] | frozenset[int]) -> str:
    """Years as prose."""
    years = p.years if isinstance(p, Profile) else p
    return ", ".join(str(y) for y in sorted(years))
