"""Finding topics, figures and statements in a store by the names and words people use."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from perufacts.errors import NotFoundError, UsageError
from perufacts.models import (
    Figure,
    FigureContext,
    LineContext,
    Statement,
    Store,
    Topic,
    item_number,
)
from perufacts.numbers import Quantity
from perufacts.text import STOPWORDS, fold, key, matches, singular, words
from perufacts.vocab import UNIT_NAMES, Unit

# The words a question asks with ("how many venezuelans are in peru?"): a search for the rest.
QUESTION_WORDS = frozenset(
    "how many much what which who whom whose when where why does did do there their they any "
    "me tell show give find about".split()
)
T = TypeVar("T")
_TOKEN = re.compile(r"[\w’'‘`]+")


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
    """Attach statement, topic, source and place in the section to each figure."""
    out = []
    for f in figures:
        statement = _get(store.statement, f.statement)
        topic, source = _get(store.topic, f.topic), _get(store.source, f.source)
        item = item_number(store, f.topic, statement.line)
        out.append(FigureContext(f, statement, topic, source, item))
    return out


def line_context(store: Store, line: int) -> LineContext:
    """Line ``line`` of the sheet, to cite: its sentences (with or without a figure).

    A line of the web page's furniture, or a heading, is no sentence of the sheet: a usage error.
    A line with nothing to cite (blank, or past the end) is not found.
    """
    checked_span(line)
    for source in store.sources:
        if any(f.line == line for f in source.furniture):
            raise UsageError(
                f"line {line} is the web page's furniture, not part of the sheet: it cannot be cited"
            )
    found: dict[str, LineContext] = {}
    for topic in store.topics:
        if topic.heading_line == line:
            raise UsageError(
                f"line {line} is a heading, not a sentence: cite a line of its section"
            )
        if line in store.section_lines(topic.id):
            statements = [s for s in store.select_statements(topic.id) if s.line == line]
            source = _get(store.source, topic.source)
            found.setdefault(source.id, LineContext(line, statements, topic, source))
    if not found:
        raise NotFoundError(
            f"no sentence of the sheet at line {line} (perufacts source --lines numbers them)"
        )
    if len(found) > 1:
        raise UsageError(f"line {line} is in several documents: {', '.join(found)}")
    (c,) = found.values()
    c.item = item_number(store, c.topic.id, line)
    return c


def _get(lookup: Callable[[str], T | None], record_id: str) -> T:
    """A record by id through one of the store's lookups; KeyError if there is none."""
    found = lookup(record_id)
    if found is None:
        raise KeyError(record_id)
    return found


# --- topics --------------------------------------------------------------------------------


def resolve_topic(store: Store, name: str) -> Topic:
    """The one topic ``name`` means: by id, alias, heading words, or a unique prefix; never a guess."""
    wanted = key(name)
    if not wanted:
        raise NotFoundError("no topic name given", suggestions=[t.id for t in store.topics])
    for rule in (_exact, _heading_words, _prefix):
        found = rule(store, wanted)
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


def _exact(store: Store, wanted: str) -> list[Topic]:
    """Topics with a name equal to ``wanted``."""
    return store.topics_named(wanted)


def _heading_words(store: Store, wanted: str) -> list[Topic]:
    """Topics whose heading contains every word of ``wanted``."""
    query = set(wanted.split()) - STOPWORDS
    return [t for t in store.topics if query and query <= set(words(t.heading))]


def _prefix(store: Store, wanted: str) -> list[Topic]:
    """Topics with a name that starts with ``wanted`` (one letter too: "p" lists its candidates)."""
    return [t for t in store.topics if any(key(n).startswith(wanted) for n in t.names())]


def _topic_keys(topics: Sequence[Topic]) -> dict[str, str]:
    """Each folded name, with the topic it names."""
    return {key(n): t.id for t in topics for n in t.names()}


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
    store: Store, topic: str | None = None, unit: str | None = None, ids: Sequence[str] = ()
) -> Iterator[FigureContext]:
    """All figures (or those with ``ids``), optionally of one topic (resolved like ``topic
    NAME``) and one unit.

    The names are checked at once; the figures come one at a time, as they are read.
    """
    topic_id = resolve_topic(store, topic).id if topic is not None else None
    wanted = resolve_unit(store, unit) if unit is not None else None
    if ids:
        named = get_figures(store, list(ids))
        return (
            c
            for c in named
            if topic_id in (None, c.figure.topic) and wanted in (None, c.figure.unit)
        )
    figures = store.select_figures(topic_id, wanted)
    return (c for f in figures for c in context(store, [f]))


def listed_figures(
    store: Store, topic: str | None = None, unit: str | None = None
) -> Iterator[str] | None:
    """The figures ``list_figures(store, topic, unit)`` gives, as ``figures --json`` lists each
    (``jsontext.listed_item``), if the store kept them so when it was validated; else None."""
    topic_id = resolve_topic(store, topic).id if topic is not None else None
    wanted = resolve_unit(store, unit) if unit is not None else None
    return store.figure_listing(topic_id, wanted)


def _unit_key(name: str) -> str:
    """A unit name compared the way people write it: "$" and "%" kept, words folded and singular."""
    stripped = name.strip().lower()
    return stripped if stripped in ("$", "%", "us$") else key(stripped)


def resolve_unit(store: Store, name: str) -> Unit:
    """The unit ``name`` means: its id, a singular or plural form, or a common name ("dollars")."""
    units = store.units()
    names = {_unit_key(n): u for u in units for n in (u, *UNIT_NAMES.get(u, ()))}
    found = names.get(_unit_key(name))
    if found is not None:
        return found
    import difflib  # only when a name was not found

    close = difflib.get_close_matches(_unit_key(name), list(names), n=1, cutoff=0.7)
    # The closest unit when one is close; when none is, every unit there is.
    suggestions = [names[c] for c in close] or units
    raise NotFoundError(f"no unit {name!r}", suggestions=[str(u) for u in suggestions])


SORT_KEYS = ("line", "id", "value")


def sort_figures(contexts: Iterable[FigureContext], by: str) -> list[FigureContext]:
    """Figures in document order ("line"), by id, or largest value first within each unit."""
    if by == "line":
        return sorted(contexts, key=lambda c: c.statement.line)
    if by == "id":
        return sorted(contexts, key=lambda c: c.figure.id)
    if by != "value":
        raise UsageError(f"cannot sort by {by!r}: use {', '.join(SORT_KEYS)}")
    # ISO dates sort as their strings do; numbers as numbers; a unit's figures stay together.
    largest = sorted(contexts, key=_value_key, reverse=True)
    return sorted(largest, key=lambda c: c.figure.unit)


def _value_key(c: FigureContext) -> tuple[bool, float | str]:
    """A sort key that never compares a date with a number."""
    value = c.figure.value
    return (isinstance(value, str), value)


def around(store: Store, c: FigureContext, n: int = 1) -> tuple[list[Statement], list[Statement]]:
    """The ``n`` sentences before and after the figure's own, within its section, in order."""
    section = sorted(store.select_statements(c.statement.topic), key=lambda s: s.line)
    i = next(i for i, s in enumerate(section) if s.id == c.statement.id)
    return section[max(0, i - n) : i], section[i + 1 : i + 1 + n]


_LINE_SPAN = re.compile(r"\s*(\d+)\s*(?:[-–:]\s*(\d+)\s*)?")


def line_span(spec: str) -> tuple[int, int]:
    """Lines "8" or "8-12" as (first, last), 1-based; a usage error for anything else."""
    m = _LINE_SPAN.fullmatch(spec)
    if not m:
        raise UsageError(f"lines are a number or a range such as 8-12, not {spec!r}")
    return checked_span(int(m[1]), int(m[2]) if m[2] else None)


def checked_span(first: int, last: int | None = None) -> tuple[int, int]:
    """Lines ``first`` to ``last`` (default: ``first``) as (first, last), or a usage error.

    The one rule for a span of lines, whoever asks: ``source`` on the command line, the MCP
    ``source`` tool and the MCP lines resource. A span past the end is ``text_lines``' to refuse.
    """
    last = first if last is None else last
    if first < 1 or last < first:
        spec = f"{first}" if last == first else f"{first}-{last}"
        raise UsageError(f"lines {spec}: lines count from 1, and the first comes before the last")
    return first, last


def lines_asked(span: str | None, line: int | None) -> tuple[int, int] | None:
    """The lines asked for alone (a span "8-12" or one line N), or None when neither is given."""
    if line is not None and span is not None:
        raise UsageError("give --line N or lines A-B, not both")
    if line is not None:
        return checked_span(line)
    return line_span(span) if span is not None else None


def text_lines(body: str, first: int, last: int) -> list[tuple[int, str]]:
    """Lines ``first`` to ``last`` of a text with their numbers (the last cut to the text's end)."""
    lines = body.split("\n")
    if first > len(lines):
        raise NotFoundError(f"no line {first}: the text has {len(lines)} lines")
    return [(n, lines[n - 1]) for n in range(first, min(last, len(lines)) + 1)]


def chart(store: Store, topic: str | None, unit: str | None) -> tuple[str, list[FigureContext]]:
    """The unit to chart and its figures, largest first (default unit: the topic's main one)."""
    topic_id = resolve_topic(store, topic).id if topic is not None else None
    if unit is None and topic_id is not None:
        units = Counter(f.unit for f in store.select_figures(topic_id) if f.unit != Unit.DATE)
        unit = units.most_common(1)[0][0] if units else Unit.USD
    elif unit is None:
        unit = Unit.USD
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
    """The words of a query that matter: folded, singular, stopwords and a question's words
    dropped unless that is all."""
    found = words(text)
    meaningful = [w for w in found if w not in STOPWORDS | QUESTION_WORDS]
    return list(dict.fromkeys(meaningful or found))


def match_spans(text: str, groups: Iterable[Sequence[str]]) -> list[tuple[int, int]]:
    """Where in the original ``text`` a word of any group occurs (``text.matches``)."""
    targets = [t for g in groups for t in g]
    spans = []
    for m in _TOKEN.finditer(text):
        if any(matches(t, singular(w)) for w in fold(m.group()).split() for t in targets):
            spans.append(m.span())
    return spans


@dataclass
class Query:
    """A search query: its words, and its numbers read as values ("2 million" is 2000000).

    ``groups`` holds, for each word, the word and its synonyms from the store: a text matches
    the word when it holds any of them, or a word starting with one (``text.matches``).
    """

    words: list[str]
    numbers: list[Quantity]
    groups: list[list[str]] = field(default_factory=list)

    @property
    def phrase(self) -> str:
        """The words as one phrase, for the bonus of finding them together."""
        return " ".join(self.words)


def with_synonyms(store: Store, query: Query) -> Query:
    """The query with each word's group: the word, then its synonyms in the store."""
    groups = [list(dict.fromkeys([w, *store.synonyms_of(w)])) for w in query.words]
    return Query(query.words, query.numbers, groups)


def parse_query(text: str) -> Query:
    """The words and numbers of a query; a query with neither is a usage error."""
    from perufacts.numbers import find_quantities

    # A number glued to a word ("COVID-19") is part of a name, and stays a word.
    numbers = [q for q in find_quantities(text) if not _part_of_name(text, q.start)]
    rest = text
    for q in reversed(numbers):
        rest = rest[: q.start] + " " + rest[q.end :]
    query = Query(query_words(rest), numbers, [[w] for w in query_words(rest)])
    if not query.words and not query.numbers:
        raise UsageError("nothing to search for: give a word or a number")
    return query


def _part_of_name(text: str, start: int) -> bool:
    """True when the number at ``start`` follows a word and a hyphen, as in "COVID-19"."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


# A search is a few words; a thousand characters is a paragraph. The cap holds on the command
# line and over MCP alike (the draft's cap is drafts.MAX_DRAFT_BYTES).
MAX_QUERY_CHARS = 1_000


def search(store: Store, text: str) -> list[Hit]:
    """Statements and figures containing every word and number of ``text``, best first.

    A number matches the same value however it is written: "2 million" finds "two million",
    "286,000,000" finds "$286 million"; a unit given with it ("$", "percent", "years") must
    agree with the text's, when the text gives one.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise UsageError(
            f"a search may hold at most {MAX_QUERY_CHARS:,} characters, and this one has {len(text):,}"
        )
    query = with_synonyms(store, parse_query(text))
    if query.words:
        statements, figures = store.search_candidates(query.groups)
    else:
        # Numbers alone: the word index cannot narrow them down, so every record is read.
        statements, figures = list(store.statements), list(store.figures)
    hits = []
    for s in statements:
        hits += _statement_hit(s, query)
    for c in context(store, figures):
        hits += _figure_hit(c, query)
    return sorted(hits, key=lambda h: (-h.score, h.statement.line, h.kind))


def _score(haystack: list[str], query: Query) -> float:
    """How well the words match: 0 unless every wanted word is there."""
    found = [any(matches(t, h) for t in g) for g in query.groups for h in haystack]
    width = len(haystack)
    per_group = [found[i * width : (i + 1) * width] for i in range(len(query.groups))]
    if not all(any(row) for row in per_group):
        return 0.0
    hits = sum(sum(row) for row in per_group) + len(query.numbers)
    together = 2.0 if query.words and query.phrase in " ".join(haystack) else 0.0
    # Shorter texts where the words stand out rank above long ones that mention them in passing.
    return together + hits + 10.0 / (10 + len(haystack))


def _same_number(found: Quantity, wanted: Quantity) -> bool:
    """True when a number of the text is the query's: the same value, and no other unit."""
    return found.value == wanted.value and (
        wanted.unit is None or found.unit in (None, wanted.unit)
    )


def number_spans(text: str, numbers: list[Quantity]) -> list[tuple[int, int]] | None:
    """Where ``text`` states each of ``numbers``; None when it lacks one of them."""
    if not numbers:
        return []
    from perufacts.numbers import find_quantities

    found = find_quantities(text)
    spans = []
    for wanted in numbers:
        same = [(q.start, q.end) for q in found if _same_number(q, wanted)]
        if not same:
            return None
        spans += same
    return spans


def _statement_hit(s: Statement, query: Query) -> list[Hit]:
    """The statement as a search hit, if it matches."""
    numbers = number_spans(s.text, query.numbers)
    score = _score(words(s.text), query) if numbers is not None else 0.0
    if not score:
        return []
    spans = sorted(match_spans(s.text, query.groups) + (numbers or []))
    return [Hit("statement", round(score, 3), s, None, spans)]


def _figure_hit(c: FigureContext, query: Query) -> list[Hit]:
    """The figure as a search hit, if its own words and numbers match."""
    f = c.figure
    if query.numbers and number_spans(f"{f.as_written} {f.period or ''}", query.numbers) is None:
        return []
    score = _score(words(f.searchable()), query)
    if not score:
        return []
    # A figure whose own label matches is a more direct answer than the sentence around it.
    spans = match_spans(f.label, query.groups)
    return [Hit("figure", round(score + 1.0, 3), c.statement, c, spans)]


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
