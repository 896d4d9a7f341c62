"""Reading numbers and computing with bounds: property-based where the space is large."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from perufacts.bounds import Interval, claim_interval, date_span, interval_of, verdict
from perufacts.numbers import find_quantities, parse_date, parse_quantity, words_to_int
from perufacts.vocab import Qualifier, Verdict

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
    expected = {"": "exact", "over ": "over", "more than ": "more-than", "nearly ": "nearly"}
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
        ("more than 60-year", 60, "more-than", "years"),
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


def test_date_span_covers_the_precision_given() -> None:
    sep = date_span("2021-09")
    assert sep.hi - sep.lo == 29
    assert date_span("2024").hi - date_span("2024").lo == 365
    assert date_span("2022-10-06").lo == date_span("2022-10-06").hi


# --- intervals -------------------------------------------------------------------------------

positive = st.floats(min_value=1e-3, max_value=1e12, allow_nan=False, allow_infinity=False)
qualifiers = st.sampled_from(list(Qualifier))


@st.composite
def interval_and_point(draw):
    """A figure's interval and a value it allows."""
    v = draw(positive)
    q = draw(qualifiers)
    iv = interval_of(v, q)
    if math.isinf(iv.hi):
        x = draw(st.floats(min_value=v, max_value=v * 10, allow_nan=False))
    else:
        x = draw(st.floats(min_value=iv.lo, max_value=iv.hi, allow_nan=False))
    assume(iv.contains(x))
    return iv, x


@given(interval_and_point(), interval_and_point())
def test_difference_holds_every_possible_difference(a, b) -> None:
    (ia, x), (ib, y) = a, b
    d = ib - ia
    assert d.lo <= y - x <= d.hi


@given(interval_and_point(), interval_and_point())
def test_ratio_holds_every_possible_ratio(a, b) -> None:
    (ia, x), (ib, y) = a, b
    assume(ia.lo > 0 and x > 0)
    r = ib / ia
    assert r.lo * (1 - 1e-9) <= y / x <= r.hi * (1 + 1e-9)


@given(positive, qualifiers)
def test_the_written_value_is_an_end_or_inside(v: float, q: str) -> None:
    iv = interval_of(v, q)
    assert iv.lo <= v <= iv.hi
    assert not iv.is_empty()


@given(interval_and_point(), positive, qualifiers)
def test_verdicts_agree_with_points(a, w: float, q: str) -> None:
    truth, x = a
    claim = interval_of(w, q)
    v = verdict(truth, claim)
    if v == Verdict.SUPPORTED:
        assert claim.contains(x)
    if v == Verdict.CONTRADICTED:
        assert not claim.contains(x)


@given(st.integers(min_value=1, max_value=10**9))
def test_an_unqualified_claim_allows_at_most_5_percent_either_way(n: int) -> None:
    iv = claim_interval(parse_quantity(str(n)))
    assert iv.contains(n)
    assert iv.hi - n <= n * 0.05 + 1e-9


def test_growth_of_trade_is_a_lower_bound() -> None:
    growth = (interval_of(22e9, Qualifier.OVER) / interval_of(9e9, Qualifier.EXACT)).scaled(
        100, -100
    )
    assert growth.lo == pytest.approx(144.444, abs=1e-3)
    assert growth.lo_open
    assert math.isinf(growth.hi)
    assert verdict(growth, interval_of(140, Qualifier.OVER)) == Verdict.SUPPORTED


def test_intervals_subtract_with_open_ends() -> None:
    d = Interval(5, 10, lo_open=True) - Interval(1, 2)
    assert (d.lo, d.hi, d.lo_open, d.hi_open) == (3, 9, True, False)
