"""Finding topics, figures and statements in a store by the names and words people use."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from perufacts.errors import NotFoundError, UsageError
from perufacts.models import Figure, Source, Statement, Store, Topic
from perufacts.text import fold, key, singular, words
from perufacts.vocab import Unit

STOPWORDS = frozenset(
    "a an and are as at be by for from has have in is it its of on or our the this to was we "
    "were will with".split()
)
T = TypeVar("T")
_TOKEN = re.compile(r"[\w’'‘`]+")


@dataclass
class FigureContext:
    """A figure with everything needed to cite it: its statement, topic and source."""

    figure: Figure
    statement: Statement
    topic: Topic
    source: Source


@dataclass
class TopicView:
    """A topic with its figures and statements in document order."""

    topic: Topic
    figures: list[FigureContext]
    statements: list[Statement]


@dataclass
class Hit:
    """One search result: a statement or a figure, its score, and where the query's words matched."""

    kind: str
    score: float
    statement: Statement
    figure: FigureContext | None
    spans: list[tuple[int, int]]


def context(store: Store, figures: Iterable[Figure]) -> list[FigureContext]:
    """Attach statement, topic and source to each figure."""
    return [
        FigureContext(
            f,
            _get(store.statement, f.statement),
            _get(store.topic, f.topic),
            _get(store.source, f.source),
        )
        for f in figures
    ]


def _get(lookup: Callable[[str], T | None], record_id: str) -> T:
    """A record by id through one of the store's lookups; KeyError if there is none."""
    found = lookup(record_id)
    if found is None:
        raise KeyError(record_id)
    return found


# --- topics --------------------------------------------------------------------------------


def _names(topic: Topic) -> list[str]:
    """Every name a topic answers to."""
    return [topic.id, topic.heading, *topic.aliases]


def resolve_topic(store: Store, name: str) -> Topic:
    """The one topic ``name`` means: by id, alias, heading words, or a unique prefix; never a guess."""
    wanted = key(name)
    if not wanted:
        raise NotFoundError("no topic name given", suggestions=[t.id for t in store.topics])
    for rule in (_exact, _heading_words, _prefix):
        found = rule(store.topics, wanted)
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            ids = [t.id for t in found]
            raise NotFoundError(
                f"topic {name!r} is ambiguous: it could be {_or(ids)}", suggestions=ids
            )
    raise NotFoundError(
        f"no topic {name!r}", suggestions=_suggest(wanted, _topic_keys(store.topics), store.topics)
    )


def _exact(topics: Sequence[Topic], wanted: str) -> list[Topic]:
    """Topics with a name equal to ``wanted``."""
    return [t for t in topics if any(key(n) == wanted for n in _names(t))]


def _heading_words(topics: Sequence[Topic], wanted: str) -> list[Topic]:
    """Topics whose heading contains every word of ``wanted``."""
    query = set(wanted.split()) - STOPWORDS
    return [t for t in topics if query and query <= set(words(t.heading))]


def _prefix(topics: Sequence[Topic], wanted: str) -> list[Topic]:
    """Topics with a name that starts with ``wanted``."""
    if len(wanted) < 2:
        return []
    return [t for t in topics if any(key(n).startswith(wanted) for n in _names(t))]


def _topic_keys(topics: Sequence[Topic]) -> dict[str, str]:
    """Each folded name, with the topic it names."""
    return {key(n): t.id for t in topics for n in _names(t)}


def _suggest(wanted: str, keys: dict[str, str], topics: Sequence[Topic]) -> list[str]:
    """The topics whose names are closest to ``wanted``."""
    import difflib  # only when a name was not found

    close = difflib.get_close_matches(wanted, list(keys), n=6, cutoff=0.6)
    return list(dict.fromkeys(keys[c] for c in close))[:3] or [t.id for t in topics]


def _or(items: list[str]) -> str:
    """A list of names as prose: a, b or c."""
    return ", ".join(items[:-1]) + f" or {items[-1]}" if len(items) > 1 else items[0]


def topic_view(store: Store, topic: Topic) -> TopicView:
    """A topic's figures and statements, in the order the document gives them."""
    figures = context(store, store.select_figures(topic.id))
    return TopicView(topic, figures, list(store.select_statements(topic.id)))


def figure_counts(store: Store) -> dict[str, int]:
    """How many figures each topic has (none included)."""
    counts = store.figure_counts()
    return {t.id: counts.get(t.id, 0) for t in store.topics}


# --- figures -------------------------------------------------------------------------------


def get_figures(store: Store, ids: list[str]) -> list[FigureContext]:
    """The figures with these ids, in the order asked; every unknown id is reported at once."""
    normal = [i.strip().lower() for i in ids]
    found = {n: store.figure(n) for n in normal}
    missing = [i for i, n in zip(ids, normal, strict=True) if found[n] is None]
    if missing:
        import difflib  # only when an id was not found

        known = [f.id for f in store.figures]
        suggestions = []
        for m in missing:
            suggestions += difflib.get_close_matches(m.strip().lower(), known, n=3, cutoff=0.5)
        names = ", ".join(repr(m) for m in missing)
        noun = "figure" if len(missing) == 1 else "figures"
        raise NotFoundError(f"no {noun} {names}", suggestions=list(dict.fromkeys(suggestions)))
    return context(store, [f for n in normal if (f := found[n]) is not None])


def list_figures(
    store: Store, topic: str | None = None, unit: str | None = None
) -> Iterator[FigureContext]:
    """All figures, optionally of one topic (resolved like ``topic NAME``) and one unit.

    The names are checked at once; the figures come one at a time, as they are read.
    """
    topic_id = resolve_topic(store, topic).id if topic is not None else None
    figures = store.select_figures(topic_id, _unit(store, unit))
    return (c for f in figures for c in context(store, [f]))


def _unit(store: Store, name: str | None) -> Unit | None:
    """The store's unit that ``name`` names, in any case; NotFoundError when it has none such."""
    if name is None:
        return None
    units = store.units()
    match = [u for u in units if u.lower() == name.strip().lower()]
    if not match:
        raise NotFoundError(f"no unit {name!r}", suggestions=[str(u) for u in units])
    return match[0]


def chart(store: Store, topic: str | None, unit: str | None) -> tuple[str, list[FigureContext]]:
    """The unit to chart and its figures, largest first (default unit: the topic's main one)."""
    topic_id = resolve_topic(store, topic).id if topic is not None else None
    if unit is None:
        units = Counter(f.unit for f in store.select_figures(topic_id) if f.unit != Unit.DATE)
        unit = units.most_common(1)[0][0] if topic_id and units else Unit.USD
    contexts = list(list_figures(store, topic_id, unit))
    if contexts and contexts[0].figure.unit == Unit.DATE:
        raise UsageError("dates cannot be charted as bars; try --unit years")
    contexts.sort(key=lambda c: -_number(c.figure))
    return (contexts[0].figure.unit if contexts else unit), contexts


def _number(f: Figure) -> float:
    """A figure's value as a number (dates are never charted)."""
    return float(f.value)


# --- search --------------------------------------------------------------------------------


def query_words(text: str) -> list[str]:
    """The words of a query that matter: folded, singular, stopwords dropped unless that is all."""
    found = words(text)
    meaningful = [w for w in found if w not in STOPWORDS]
    return list(dict.fromkeys(meaningful or found))


def match_spans(text: str, wanted: Iterable[str]) -> list[tuple[int, int]]:
    """Where in the original ``text`` the folded words in ``wanted`` occur."""
    targets = set(wanted)
    spans = []
    for m in _TOKEN.finditer(text):
        if any(singular(w) in targets for w in fold(m.group()).split()):
            spans.append(m.span())
    return spans


def search(store: Store, text: str) -> list[Hit]:
    """Statements and figures containing every word of ``text``, best first."""
    wanted = query_words(text)
    if not wanted:
        return []
    phrase = " ".join(wanted)
    statements, figures = store.search_candidates(wanted)
    hits = []
    for s in statements:
        hits += _statement_hit(s, wanted, phrase)
    for c in context(store, figures):
        hits += _figure_hit(c, wanted, phrase)
    return sorted(hits, key=lambda h: (-h.score, h.statement.line, h.kind))


def _score(haystack: list[str], wanted: list[str], phrase: str) -> float:
    """How well the words match: 0 unless every wanted word is there."""
    present = set(haystack)
    if not all(w in present for w in wanted):
        return 0.0
    hits = sum(haystack.count(w) for w in wanted)
    together = 2.0 if phrase in " ".join(haystack) else 0.0
    # Shorter texts where the words stand out rank above long ones that mention them in passing.
    return together + hits + 10.0 / (10 + len(haystack))


def _statement_hit(s: Statement, wanted: list[str], phrase: str) -> list[Hit]:
    """The statement as a search hit, if it matches."""
    score = _score(words(s.text), wanted, phrase)
    if not score:
        return []
    return [Hit("statement", round(score, 3), s, None, match_spans(s.text, wanted))]


def _figure_hit(c: FigureContext, wanted: list[str], phrase: str) -> list[Hit]:
    """The figure as a search hit, if its own words match."""
    f = c.figure
    haystack = words(f.searchable())
    score = _score(haystack, wanted, phrase)
    if not score:
        return []
    # A figure whose own label matches is a more direct answer than the sentence around it.
    return [Hit("figure", round(score + 1.0, 3), c.statement, c, match_spans(f.label, wanted))]


def summary(store: Store) -> dict[str, int]:
    """The counts that ``validate`` reports."""
    from perufacts.numbers import number_spans

    return {
        "sources": len(store.sources),
        "topics": len(store.topics),
        "statements": len(store.statements),
        "figures": len(store.figures),
        "not_figures": len(store.not_figures),
        "relations": len(store.relations),
        "numbers_in_body": sum(len(number_spans(s.text)) for s in store.statements),
    }
