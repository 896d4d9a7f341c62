"""The queries, without the command line: on an in-memory store, and the cached store agreeing."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import MINI_STORE, REAL_STORE
from perufacts import queries
from perufacts.errors import NotFoundError, UsageError
from perufacts.models import Store
from perufacts.store import CachedStore, load_store, store_from_dict
from perufacts.text import words
from perufacts.vocab import Unit


@pytest.fixture(scope="module")
def mini() -> Store:
    """The mini store in memory: no file, no SQLite."""
    return store_from_dict(json.loads(MINI_STORE.read_text(encoding="utf-8")))


def test_an_in_memory_store_is_not_the_cached_kind(mini: Store) -> None:
    assert not isinstance(mini, CachedStore)
    assert isinstance(mini.figures, list)


@pytest.mark.parametrize(
    ("name", "topic"),
    [("trade", "trade"), ("Comercio", "trade"), ("about", "intro"), ("peo", "people"),
     ("this sheet", "intro"), ("  PEOPLE ", "people"), ("museo", "people")],
)  # fmt: skip
def test_a_topic_is_found_by_any_of_its_names(mini: Store, name: str, topic: str) -> None:
    assert queries.resolve_topic(mini, name).id == topic


def test_an_unknown_topic_suggests_every_topic_when_nothing_is_close(mini: Store) -> None:
    with pytest.raises(NotFoundError, match=r"^no topic 'tr x'$") as raised:
        queries.resolve_topic(mini, "tr x")
    assert raised.value.suggestions == ["intro", "trade", "people"]


def test_an_ambiguous_topic_lists_its_candidates(both: tuple[Store, Store]) -> None:
    _, cached = both
    with pytest.raises(NotFoundError) as caught:
        queries.resolve_topic(cached, "p")
    assert str(caught.value) == (
        "topic 'p' is ambiguous: it could be visit, partnership, crime, environment or culture"
    )
    assert queries.resolve_topic(cached, "part").id == "partnership"


def test_a_topic_view_keeps_document_order(mini: Store) -> None:
    view = queries.topic_view(mini, queries.resolve_topic(mini, "trade"))
    assert [c.figure.id for c in view.figures] == ["trade-2020", "trade-2010", "fund-grants"]
    assert [s.id for s in view.statements] == ["5.1", "5.2", "6.1"]
    assert {c.topic.id for c in view.figures} == {"trade"}


def test_figure_counts_name_every_topic(mini: Store) -> None:
    assert queries.figure_counts(mini) == {"intro": 0, "trade": 3, "people": 1}


def test_figures_come_in_the_order_asked(mini: Store) -> None:
    found = queries.get_figures(mini, ["visitors", " Trade-2010 "])
    assert [(c.figure.id, c.statement.line) for c in found] == [("visitors", 10), ("trade-2010", 5)]


def test_every_unknown_figure_is_named_at_once(mini: Store) -> None:
    with pytest.raises(NotFoundError, match=r"^no figures 'trade-202', 'nope'$") as raised:
        queries.get_figures(mini, ["trade-202", "nope"])
    assert raised.value.suggestions == ["trade-2020", "trade-2010"]


def test_figures_of_a_unit_in_any_case(mini: Store) -> None:
    assert [c.figure.id for c in queries.list_figures(mini, None, "usd")] == [
        "trade-2020",
        "trade-2010",
    ]


def test_an_unknown_unit_is_refused_before_any_figure_is_read(mini: Store) -> None:
    with pytest.raises(NotFoundError, match=r"^no unit 'tonnes'$") as raised:
        queries.list_figures(mini, None, "tonnes")
    assert raised.value.suggestions == ["USD", "people", "projects"]


def test_a_chart_defaults_to_the_topics_main_unit(mini: Store) -> None:
    unit, bars = queries.chart(mini, "trade", None)
    assert unit == Unit.USD
    assert [c.figure.id for c in bars] == ["trade-2020", "trade-2010"]


def test_search_scores_and_spans(mini: Store) -> None:
    hits = queries.search(mini, "trade billion")
    found = [(h.kind, h.score, h.statement.id, h.spans) for h in hits]
    assert found == [
        ("figure", 4.526, "5.2", [(0, 5)]),
        ("figure", 4.5, "5.1", [(0, 5)]),
        ("statement", 2.556, "5.1", [(0, 5), (22, 29)]),
    ]


def test_a_query_of_stopwords_only_still_searches(mini: Store) -> None:
    assert queries.query_words("the") == ["the"]
    # A query of no words and no numbers at all is a usage error (issue 12).
    with pytest.raises(UsageError, match="nothing to search for"):
        queries.search(mini, "?!")


# --- the cached store answers exactly as the in-memory one -------------------------------------


@pytest.fixture(scope="module")
def both() -> tuple[Store, Store]:
    """The real store in memory and read from its validated SQLite database."""
    data = json.loads(REAL_STORE.read_text(encoding="utf-8"))
    cached = load_store(REAL_STORE, use_cache=False)
    assert isinstance(cached, CachedStore)
    return store_from_dict(data), cached


def _hits(store: Store, query: str) -> list[tuple[Any, ...]]:
    return [
        (h.kind, h.score, h.statement.id, h.figure and h.figure.figure.id, h.spans)
        for h in queries.search(store, query)
    ]


def test_search_on_the_full_text_index_finds_what_a_scan_finds(both: tuple[Store, Store]) -> None:
    memory, cached = both
    vocabulary = sorted({w for s in memory.statements for w in words(s.text)})
    vocabulary += sorted({w for f in memory.figures for w in words(f.searchable())})
    prefixes = sorted({w[:n] for w in vocabulary for n in (3, 4, 6) if len(w) > n})
    synonyms = [s.word for s in memory.synonyms]
    queries_ = [*vocabulary, *prefixes, *synonyms, "trade 2021", "Venezuelan migrants",
                "covid vaccine doses", "César", "migration aid", "how many venezuelans"]  # fmt: skip
    mismatched = [q for q in queries_ if _hits(memory, q) != _hits(cached, q)]
    assert mismatched == []
    assert len(vocabulary) > 300
    assert [(h[0], h[3]) for h in _hits(cached, "trade")] == [
        ("figure", "trade-2009"),
        ("figure", "trade-2021"),
        ("figure", "trade-growth"),
        ("statement", None),
    ]


def test_a_word_finds_the_words_it_starts_its_synonyms_and_not_a_questions_words(
    both: tuple[Store, Store],
) -> None:
    _, cached = both
    ids = lambda q: [h[3] or h[2] for h in _hits(cached, q)]  # noqa: E731
    # The sheet says "Venezuelan"; "aid" means the sheet's "assistance" (the store's synonyms).
    assert ids("Venezuela") == ["venezuelan-migrants", "18.1", "17.1"]
    assert ids("migration aid") == ["migration-assistance", "17.1"]
    assert ids("how many venezuelans") == ids("venezuelans")
    assert ids("how many venezuelans") == ["venezuelan-migrants", "18.1", "17.1"]
    # A short word must be whole: "us" is not "usaid".
    assert ids("us") == []
    assert cached.synonyms_of("aid") == ["assistance", "donation", "support"]


def test_listings_through_the_indexes_match_a_scan(both: tuple[Store, Store]) -> None:
    memory, cached = both
    for topic in [None, *(t.id for t in memory.topics)]:
        for unit in [None, *memory.units()]:
            ids = [f.id for f in memory.select_figures(topic, unit)]
            assert [f.id for f in cached.select_figures(topic, unit)] == ids
    assert cached.units() == memory.units()
    assert cached.figure_counts() == memory.figure_counts()
    for t in memory.topics:
        assert [s.id for s in cached.select_statements(t.id)] == [
            s.id for s in memory.select_statements(t.id)
        ]
        for name in t.names():
            assert queries.resolve_topic(cached, name) == queries.resolve_topic(memory, name)


# --- the rules of a span of lines and the caps of a request, shared by the CLI and MCP -----------


@pytest.mark.parametrize(
    ("spec", "span"), [("8", (8, 8)), ("17-18", (17, 18)), ("08-9", (8, 9)), (" 3 – 4 ", (3, 4))]
)
def test_a_span_is_a_line_or_a_range(spec, span) -> None:
    assert queries.line_span(spec) == span


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (0, None, "lines 0: lines count from 1, and the first comes before the last"),
        (9, 8, "lines 9-8: lines count from 1, and the first comes before the last"),
        (-3, 2, "lines -3-2: lines count from 1, and the first comes before the last"),
    ],
)
def test_a_span_that_is_empty_or_backwards_is_a_usage_error(first, last, message) -> None:
    with pytest.raises(UsageError) as raised:
        queries.checked_span(first, last)
    assert raised.value.message == message


def test_a_span_past_the_end_is_not_found_and_a_last_line_past_it_is_cut() -> None:
    body = "one\ntwo\nthree"
    assert queries.text_lines(body, 2, 99) == [(2, "two"), (3, "three")]
    with pytest.raises(NotFoundError) as raised:
        queries.text_lines(body, 4, 4)
    assert raised.value.message == "no line 4: the text has 3 lines"


def test_a_draft_is_measured_in_bytes_of_utf8() -> None:
    from perufacts import drafts

    drafts.check_draft_size("é" * (drafts.MAX_DRAFT_BYTES // 2))
    with pytest.raises(UsageError) as raised:
        drafts.check_draft_size("é" * (drafts.MAX_DRAFT_BYTES // 2) + "a")
    assert raised.value.message == (
        "the text is 4,194,305 bytes of UTF-8; a draft may hold at most 4,194,304"
    )


def test_a_search_over_the_cap_is_a_usage_error(mini: Store) -> None:
    assert queries.search(mini, "x" * queries.MAX_QUERY_CHARS) == []
    with pytest.raises(UsageError) as raised:
        queries.search(mini, "x" * (queries.MAX_QUERY_CHARS + 1))
    assert (
        raised.value.message == "a search may hold at most 1,000 characters, and this one has 1,001"
    )
