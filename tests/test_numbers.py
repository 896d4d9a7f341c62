"""Reading numbers and dates as people write them: property-based where the space is large."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perufacts.numbers import find_quantities, parse_date, parse_quantity, words_to_int

ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell(n: int) -> str:
    """A reference speller for 0-999, written independently of the parser."""
    if n >= 100:
        rest = n % 100
        return f"{ONES[n // 100]} hundred" + (f" and {spell(rest)}" if rest else "")
    if n >= 20:
        return TENS[n // 10 - 2] + (f"-{ONES[n % 10]}" if n % 10 else "")
    return TEENS[n - 10] if n >= 10 else ONES[n]


@given(st.integers(min_value=0, max_value=999))
def test_words_read_back_to_their_number(n: int) -> None:
    assert words_to_int(spell(n)) == n


@given(st.integers(min_value=0, max_value=10**15))
def test_digits_with_thousands_separators(n: int) -> None:
    assert parse_quantity(f"{n:,}").value == n


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from([("million", 10**6), ("billion", 10**9), ("thousand", 10**3)]),
    st.sampled_from(["", "over ", "more than ", "nearly ", "about "]),
)
def test_money_with_scale_words_is_exact(whole: int, tenth: int, scale, qualifier: str) -> None:
    word, factor = scale
    q = parse_quantity(f"{qualifier}${whole}.{tenth} {word}")
    assert q.value == (whole * 10 + tenth) * factor // 10
    assert isinstance(q.value, int)
    assert q.unit == "USD"
    expected = {"": "exact", "over ": "over", "more than ": "over", "nearly ": "nearly"}
    assert q.qualifier == expected.get(qualifier, "about")


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "unit"),
    [
        ("over $22 billion", 22_000_000_000, "over", "USD"),
        ("$86.8 million", 86_800_000, "exact", "USD"),
        ("two million", 2_000_000, "exact", None),
        ("1.3 million", 1_300_000, "exact", None),
        ("over 2,000", 2000, "over", None),
        ("$1.3m", 1_300_000, "exact", "USD"),
        ("$22bn", 22_000_000_000, "exact", "USD"),
        ("140%", 140, "exact", "percent"),
        ("140 percent", 140, "exact", "percent"),
        ("140 per cent", 140, "exact", "percent"),
        ("forty years", 40, "exact", "years"),
        ("two decades", 20, "exact", "years"),
        ("a decade", 10, "exact", "years"),
        ("more than 60-year", 60, "over", "years"),
        ("nearly 400", 400, "nearly", None),
        ("twenty-five", 25, "exact", None),
    ],
)
def test_parse_quantity_examples(text: str, value: int, qualifier: str, unit: str | None) -> None:
    q = parse_quantity(text)
    assert (q.value, q.qualifier, q.unit) == (value, qualifier, unit)


def test_number_words_inside_other_words_are_not_numbers() -> None:
    assert find_quantities("someone wrote an onerous, tender note") == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [("October 6", "2022-10-06"), ("September 2021", "2021-09"), ("through 2026", "2026"),
     ("January 15, 2022", "2022-01-15"), ("2021-09", "2021-09")],
)  # fmt: skip
def test_parse_date(text: str, iso: str) -> None:
    assert parse_date(text).iso(2022) == iso
