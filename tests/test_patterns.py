"""The checker's patterns, compiled when first used."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from perufacts.checking.patterns import lazy


def test_a_lazy_pattern_compiles_on_first_use_only() -> None:
    pattern = lazy(r"\b(\d+)\s+doses\b", re.IGNORECASE)
    assert object.__getattribute__(pattern, "_compiled") is None
    m = pattern.search("It gave 2 DOSES.")
    assert m is not None
    assert m.group(1) == "2"
    first = object.__getattribute__(pattern, "_compiled")
    assert pattern.fullmatch("40 doses") is not None
    assert object.__getattribute__(pattern, "_compiled") is first
    assert pattern.pattern == r"\b(\d+)\s+doses\b"


@given(st.text(alphabet="ab 12.,", max_size=30))
def test_a_lazy_pattern_finds_what_the_compiled_one_finds(text: str) -> None:
    source = r"(?:a|b)\s*\d+(?:[.,]\d+)?"
    assert [m.span() for m in lazy(source).finditer(text)] == [
        m.span() for m in re.compile(source).finditer(text)
    ]
    assert lazy(source).sub("#", text) == re.sub(source, "#", text)
