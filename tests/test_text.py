"""Text folding, word families and sentence splitting."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perufacts.text import (
    Vocabulary,
    fold,
    json_safe,
    key,
    short_root,
    similar,
    split_sentences,
    verb_stem,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [("migrant", "migrants"), ("cultural", "culture"), ("environmental", "environment"),
     ("develop", "development"), ("vaccine", "vaccination"), ("repatriated", "repatriation"),
     ("program", "programme"), ("donated", "donation")],
)  # fmt: skip
def test_words_of_one_family(a: str, b: str) -> None:
    assert similar(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("country", "counternarcotic"), ("international", "interdiction"), ("peru", "peruvian"),
     ("trade", "traded-goods"), ("migrant", "migration"), ("donor", "donation")],
)  # fmt: skip
def test_words_of_different_families(a: str, b: str) -> None:
    assert not similar(a, b)


@given(st.text(alphabet="abcdefghij", max_size=12), st.text(alphabet="abcdefghij", max_size=12))
def test_similarity_is_symmetric(a: str, b: str) -> None:
    assert similar(a, b) == similar(b, a)


def test_vocabulary_finds_the_closest_member() -> None:
    vocab = Vocabulary({"migration", "migrant", "culture"})
    assert vocab.find("migrants") == "migrant"
    assert vocab.find("migrations") == "migration"
    assert vocab.find("country") is None


def test_fold_ignores_case_accents_apostrophes_and_spaces() -> None:
    assert fold("César  Landa’s\u00a0MIGRACIÓN") == "cesar landa migracion"
    assert key("Peru's refugees") == key("PERU’S refugee")


def test_sentences_do_not_end_at_abbreviations() -> None:
    text = 'The U.S. gave $5m. Dr. Smith agreed! "Yes." In Sept. 2021 it ended'
    assert [s for _, s in split_sentences(text)] == [
        "The U.S. gave $5m.",
        "Dr. Smith agreed!",
        '"Yes."',
        "In Sept. 2021 it ended",
    ]


@pytest.mark.parametrize(
    ("word", "root"),
    [("helping", "help"), ("helped", "help"), ("aided", "aid"), ("funded", "fund"),
     ("planned", "plan"), ("ending", "end"), ("need", "need"), ("being", "being"),
     ("help", "help"), ("assistance", "assistance")],
)  # fmt: skip
def test_a_short_words_verb_endings_come_off(word: str, root: str) -> None:
    assert short_root(word) == root


def test_a_short_word_finds_its_inflected_forms_only() -> None:
    vocab = Vocabulary({"helping", "aides", "funder"})
    assert (vocab.find("help"), vocab.find("aid"), vocab.find("fund")) == ("helping", None, None)


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ('{"a": "plain"}', '{"a": "plain"}'),
        ('"del\x7f"', '"del\\u007f"'),  # ASCII, and still escaped
        ('"César\u2028\x85"', '"César\\u2028\\u0085"'),
        ('"\U000e0041\u200b"', '"\\udb40\\udc41\\u200b"'),
    ],
)
def test_json_safe_escapes_what_a_terminal_would_obey_or_hide(text: str, safe: str) -> None:
    assert json_safe(text) == safe


@pytest.mark.parametrize(
    ("word", "stem"),
    [("regularized", "regular"), ("regularizing", "regular"), ("regularization", "regular"),
     ("exported", "export"), ("exporting", "export"), ("projects", ""), ("scholarship", ""),
     ("aided", "")],
)  # fmt: skip
def test_verb_stem_joins_forms_of_one_verb_only(word: str, stem: str) -> None:
    assert verb_stem(word) == stem


@pytest.mark.parametrize(
    ("text", "phrase", "holds"),
    [
        ("usaid has been in peru", ["been", "in", "peru"], True),
        ("has been a development partner in peru", ["been", "in", "peru"], True),
        ("a us peru agreement has been in force", ["been", "in", "peru"], False),
        ("take away service and the good figure", ["good", "and", "service"], False),
        ("trade in good and service", ["good", "and", "service"], True),
        ("been one two three four in peru", ["been", "in", "peru"], False),
    ],
)
def test_a_phrase_is_its_words_in_order_and_near(text: str, phrase: list[str], holds: bool) -> None:
    vocab = Vocabulary(set(text.split()), text)
    assert vocab.holds_run(phrase) is holds


def test_a_vocabulary_without_order_holds_any_phrase() -> None:
    assert Vocabulary({"peru", "in", "been"}).holds_run(["been", "in", "peru"]) is True
