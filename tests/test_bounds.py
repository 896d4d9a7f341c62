"""Bounds: what each qualifier allows, intervals and their arithmetic, and the verdict rule."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from perufacts.bounds import (
    INF,
    Interval,
    below_rounding,
    claim_interval,
    date_span,
    figure_interval,
    interval_of,
    misstated_bound,
    more_digits,
    one_digit_off,
    restates,
    significant_digits,
    swapped_digits,
    verdict,
)
from perufacts.models import Figure, Frame
from perufacts.numbers import parse_quantity
from perufacts.vocab import Qualifier, Unit, Verdict, qualifier_named

# What "qualifier 400" allows, written out by hand from the table in docs/commands.md.
RULES = {
    Qualifier.EXACT: Interval(400, 400),
    Qualifier.OVER: Interval(400, INF, lo_open=True, hi_open=True),
    Qualifier.AT_LEAST: Interval(400, INF, hi_open=True),
    Qualifier.NEARLY: Interval(360, 400, hi_open=True),
    Qualifier.ABOUT: Interval(360, 440),
    Qualifier.UNDER: Interval(0, 400, hi_open=True),
    Qualifier.UP_TO: Interval(0, 400),
}


def test_every_qualifier_has_its_rule_written_out() -> None:
    assert set(RULES) == set(Qualifier)


@pytest.mark.parametrize("qualifier", list(Qualifier))
def test_each_qualifier_bounds_the_value_as_documented(qualifier: Qualifier) -> None:
    assert interval_of(400, qualifier) == RULES[qualifier]


def test_one_value_per_meaning_and_the_former_ones_still_read() -> None:
    assert [q.value for q in Qualifier] == [
        "exact", "over", "at-least", "nearly", "about", "under", "up-to",
    ]  # fmt: skip
    assert qualifier_named("more-than") is Qualifier.OVER
    assert qualifier_named("less-than") is Qualifier.UNDER
    assert parse_quantity("more than $3.5 million").qualifier is Qualifier.OVER
    assert parse_quantity("fewer than 400").qualifier is Qualifier.UNDER


_ENDS = st.one_of(st.floats(allow_nan=False), st.sampled_from([INF, -INF]))


def _consistent(iv: Interval) -> bool:
    """An unbounded end is open, as no value is infinite."""
    return (iv.hi != INF or iv.hi_open) and (iv.lo != -INF or iv.lo_open)


@given(_ENDS, _ENDS, st.booleans(), st.booleans())
def test_an_unbounded_end_is_always_open(
    lo: float, hi: float, lo_open: bool, hi_open: bool
) -> None:
    iv = Interval(lo, hi, lo_open, hi_open)
    assert _consistent(iv)
    assert not iv.contains(INF)
    assert not iv.contains(-INF)
    # A bounded end keeps the flag it was given.
    assert iv.lo_open == (lo_open or lo == -INF)
    assert iv.hi_open == (hi_open or hi == INF)


@given(
    st.sampled_from(list(Qualifier)),
    st.floats(min_value=1e-3, max_value=1e15),
    st.sampled_from(list(Qualifier)),
    st.floats(min_value=1e-3, max_value=1e15),
)
def test_interval_flags_agree_through_arithmetic(
    q1: Qualifier, v1: float, q2: Qualifier, v2: float
) -> None:
    a, b = interval_of(v1, q1), interval_of(v2, q2)
    for iv in (a, b, a - b, b - a, a.scaled(2.0, 1.0)):
        assert _consistent(iv)
        # An open end is never a value the interval holds; a closed finite one is.
        assert iv.contains(iv.lo) is (not iv.lo_open) or iv.is_empty()
        assert iv.contains(iv.hi) is (not iv.hi_open) or iv.is_empty()
    if b.lo > 0:
        assert _consistent(a / b)
    # The same bound written either way allows the same values, and each contains the other.
    assert a.within(interval_of(v1, q1))
    assert interval_of(v1, q1).within(a)


def _figure(value: int | str, unit: Unit, qualifier: Qualifier = Qualifier.EXACT) -> Figure:
    return Figure("f", "s", "t", "1.1", "F", value, unit, qualifier, "as written", Frame(["f"]))


def test_a_figure_interval_is_its_bound_or_its_days() -> None:
    assert figure_interval(_figure(22, Unit.USD, Qualifier.OVER)) == Interval(22, INF, lo_open=True)
    september = figure_interval(_figure("2021-09", Unit.DATE))
    assert (september.lo, september.hi) == (738034.0, 738063.0)


def test_the_verdict_rule() -> None:
    truth = Interval(10, 20)
    assert verdict(truth, Interval(0, 30)) is Verdict.SUPPORTED
    assert verdict(truth, Interval(21, 30)) is Verdict.CONTRADICTED
    assert verdict(truth, Interval(15, 30)) is Verdict.UNDETERMINED
    # Touching only at an open end is no overlap.
    assert verdict(Interval(10, 20, hi_open=True), Interval(20, 30)) is Verdict.CONTRADICTED


def test_a_verdict_names_its_relation_word() -> None:
    words = {v: v.relation for v in Verdict}
    assert words == {
        Verdict.SUPPORTED: "agrees",
        Verdict.CONTRADICTED: "contradicts",
        Verdict.UNDETERMINED: "undetermined",
        Verdict.NO_MATCH: "no-match",
    }


def test_a_rounded_claim_allows_half_its_last_digit() -> None:
    # Half up, as people round: 2.55 million would have been written "2.6 million".
    assert claim_interval(parse_quantity("2.5 million")) == Interval(2450000, 2550000, hi_open=True)
    # A rounding wider than 5% of the value is capped there, and both ends are then allowed.
    assert claim_interval(parse_quantity("2 million")) == Interval(1900000, 2100000)
    assert claim_interval(parse_quantity("about 400")) == Interval(360, 440)


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


@pytest.mark.parametrize(
    ("as_written", "value", "claim", "misstated"),
    [
        ("over $286 million", 286_000_000, "over $268 million", True),
        ("over $286 million", 286_000_000, "over $280 million", False),  # rounder: rounded down
        ("over $286 million", 286_000_000, "over $150 million", False),  # too far to be a slip
        ("over $22 billion", 22_000_000_000, "more than $20 billion", False),
        ("over $22 billion", 22_000_000_000, "more than $21 billion", False),  # two digits
        ("over $86.8 million", 86_800_000, "over $68.6 million", True),
        ("over $86.8 million", 86_800_000, "more than $68 million", True),  # digits swapped
        ("over $86.8 million", 86_800_000, "more than $80 million", False),  # rounded down
        ("more than 60-year", 60, "more than 50 years", False),  # one digit: a round number
        ("over 2,000", 2000, "more than 1,500", False),
    ],
)
def test_a_bound_misstated_in_the_sheets_own_precision(as_written, value, claim, misstated) -> None:
    f = Figure("f", "s", "t", "1.1", "F", value, Unit.USD, Qualifier.OVER, as_written, Frame(["f"]))
    q = parse_quantity(claim)
    assert misstated_bound(f, float(q.value), float(q.precision)) is misstated


@pytest.mark.parametrize(
    ("as_written", "value", "claim", "below"),
    [
        ("more than $3.5 million", 3_500_000, "more than $2.5 million", True),
        ("more than $3.5 million", 3_500_000, "more than $3.3 million", False),  # two steps
        ("more than $3.5 million", 3_500_000, "more than $3 million", False),  # rounder
        ("over $22 billion", 22_000_000_000, "more than $21 billion", False),
        ("over $22 billion", 22_000_000_000, "more than $18 billion", True),
        ("over $22 billion", 22_000_000_000, "more than $23 billion", False),  # above it
        ("over $286 million", 286_000_000, "over $200 million", False),  # rounder
        ("more than 60-year", 60, "more than 40 years", False),  # one digit: a round number
    ],
)
def test_a_bound_below_a_rounding_down(as_written, value, claim, below) -> None:
    f = Figure("f", "s", "t", "1.1", "F", value, Unit.USD, Qualifier.OVER, as_written, Frame(["f"]))
    q = parse_quantity(claim)
    assert below_rounding(f, float(q.value), float(q.precision)) is below


@pytest.mark.parametrize(
    ("as_written", "value", "claim", "restated"),
    [
        ("over $86.8 million", 86_800_000, "$87 million", True),  # its decimal dropped
        ("over $86.8 million", 86_800_000, "$86.8 million", True),
        ("over $86.8 million", 86_800_000, "$90 million", False),  # a rounder estimate
        ("over $286 million", 286_000_000, "$290 million", False),
        ("over $286 million", 286_000_000, "$286 million", True),
        ("over $22 billion", 22_000_000_000, "$22 billion", True),
        ("over $22 billion", 22_000_000_000, "$23 billion", False),
    ],
)
def test_a_hedged_claim_restates_the_sheets_number(as_written, value, claim, restated) -> None:
    f = Figure("f", "s", "t", "1.1", "F", value, Unit.USD, Qualifier.OVER, as_written, Frame(["f"]))
    q = parse_quantity(claim)
    assert restates(f, float(q.value), float(q.precision)) is restated


@pytest.mark.parametrize(
    ("as_written", "value", "claim", "more"),
    [
        ("over $22 billion", 22_000_000_000, 22_400_000_000, True),  # "over" rounds it down
        ("over $22 billion", 22_000_000_000, 23_400_000_000, False),  # past its last unit
        ("over $22 billion", 22_000_000_000, 22_000_000_000, False),  # the number itself
        ("over $286 million", 286_000_000, 286_400_000, True),
        ("over 140 percent", 140, 145, False),  # a round number's "over" may reach 150
        ("over 2,000", 2000, 2400, False),
    ],
)
def test_more_digits_of_a_number_that_is_not_round(as_written, value, claim, more) -> None:
    f = Figure("f", "s", "t", "1.1", "F", value, Unit.USD, Qualifier.OVER, as_written, Frame(["f"]))
    assert more_digits(f, claim) is more


@pytest.mark.parametrize(
    ("value", "precision", "sheet", "off"),
    [
        (386e6, 1e6, 286e6, True),  # one key slipped
        (186e6, 1e6, 286e6, True),
        (296e6, 1e6, 286e6, True),
        (268e6, 1e6, 286e6, False),  # the same digits in another order: a misquote, not a slip
        (390e6, 1e6, 286e6, False),  # two digits differ
        (3e9, 1e9, 2e9, False),  # one digit alone is no pattern
        (1286e6, 1e6, 286e6, False),  # another length
    ],
)
def test_one_digit_off(value: float, precision: float, sheet: float, off: bool) -> None:
    assert one_digit_off(value, precision, sheet) is off


@pytest.mark.parametrize(
    ("value", "precision", "digits"),
    [(268, 1, 3), (86.8, 0.1, 3), (2_000_000, 1_000_000, 1), (0, 100, 0), (0.0, 1, 0)],
)
def test_significant_digits(value: float, precision: float, digits: int) -> None:
    """The low end of a range from zero ("0-100") has no significant digits: no crash."""
    assert significant_digits(value, precision) == digits


def test_a_zero_is_no_misquote() -> None:
    assert swapped_digits(0.0, 100.0, 34.0) is False
