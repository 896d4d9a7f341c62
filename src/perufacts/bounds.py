"""Bounds: the values a figure or a claim allows, and the rule that gives a claim its verdict.

Imports only the vocabulary (and, for annotations, the models): validation, compare and check
all rely on it, so it must sit below them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from perufacts.vocab import DENIED_BOUNDS, End, Qualifier, Unit, Verdict

if TYPE_CHECKING:
    from perufacts.models import Figure
    from perufacts.numbers import Quantity

INF = math.inf
_NEARLY = 0.9  # "nearly v" and "about v" mean within 10% of v (End.NEAR and End.FAR)
_CLAIM_NEARLY = 0.9  # a claimed "nearly v" allows from 90% of v, as the sheet's own does
_ROUNDING_CAP = 0.05  # a claim's rounding never stretches more than 5% of its value
_SHEET_ROUNDING_CAP = 0.1  # the sheet's round number ("$9 billion") allows its rounding, to 10%
# A writer who says "over $22 billion" of $32 billion would have said "over $30 billion": the
# sheet's open bound reaches a third past its number, and a claim wholly beyond that is wrong.
# Half again as much or more is as likely another, larger quantity (a region's, a cumulative
# total, a writer's other source) as a misread figure, and is left undetermined.
_OPEN_REACH = 4 / 3
_OPEN_FAR = 1.5


@dataclass(frozen=True, slots=True)
class Interval:
    """The values a figure or claim allows: lo..hi, each end open (excluded) or closed."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def __post_init__(self) -> None:
        # No value is infinite, so an unbounded end is always open: every interval states its
        # ends one way, and two unbounded ones compare as equal ends.
        if self.lo == -INF and not self.lo_open:
            object.__setattr__(self, "lo_open", True)
        if self.hi == INF and not self.hi_open:
            object.__setattr__(self, "hi_open", True)

    def is_empty(self) -> bool:
        """True when no value fits (for example (5, 5))."""
        return self.lo > self.hi or (self.lo == self.hi and (self.lo_open or self.hi_open))

    def contains(self, x: float) -> bool:
        """True when ``x`` is allowed."""
        above = x > self.lo or (x == self.lo and not self.lo_open)
        below = x < self.hi or (x == self.hi and not self.hi_open)
        return above and below

    def within(self, other: Interval) -> bool:
        """True when every value this allows, ``other`` allows too."""
        lo_ok = self.lo > other.lo or (self.lo == other.lo and (self.lo_open or not other.lo_open))
        hi_ok = self.hi < other.hi or (self.hi == other.hi and (self.hi_open or not other.hi_open))
        return lo_ok and hi_ok

    def overlaps(self, other: Interval) -> bool:
        """True when some value is allowed by both."""
        lo, lo_open = max((self.lo, self.lo_open), (other.lo, other.lo_open))
        hi, hi_open = min((self.hi, not self.hi_open), (other.hi, not other.hi_open))
        return not Interval(lo, hi, lo_open, not hi_open).is_empty()

    def __sub__(self, other: Interval) -> Interval:
        return Interval(
            self.lo - other.hi, self.hi - other.lo, self.lo_open or other.hi_open,
            self.hi_open or other.lo_open,
        )  # fmt: skip

    def __truediv__(self, other: Interval) -> Interval:
        """Ratio of two positive intervals."""
        if other.lo <= 0:
            raise ValueError("ratio needs a positive divisor")
        hi = INF if self.hi == INF else self.hi / other.lo
        return Interval(
            self.lo / other.hi if other.hi != INF else 0.0, hi,
            self.lo_open or other.hi_open, self.hi_open or other.lo_open,
        )  # fmt: skip

    def scaled(self, factor: float, shift: float = 0.0) -> Interval:
        """``factor * x + shift`` for every x allowed (factor > 0)."""
        return Interval(
            self.lo * factor + shift, self.hi * factor + shift, self.lo_open, self.hi_open
        )


def interval_of(value: float, qualifier: Qualifier) -> Interval:
    """The values that ``qualifier value`` allows, e.g. "over 22e9" -> (22e9, inf)."""
    v = float(value)
    ends = {
        End.VALUE: v,
        End.NEAR: _clean(v * _NEARLY),
        End.FAR: _clean(v * (2 - _NEARLY)),
        End.ZERO: 0.0,
        End.INFINITY: INF,
    }
    rule = qualifier.rule
    return Interval(ends[rule.low], ends[rule.high], rule.low_open, rule.high_open)


def _clean(x: float) -> float:
    """Drop float noise: 400 * 1.1 is 440, not 440.00000000000006."""
    return float(f"{x:.12g}")


def claim_interval(q: Quantity) -> Interval:
    """What a number in someone's sentence allows: its bound, or its rounding if unqualified."""
    return claimed(q.value, q.qualifier, q.precision)


def claimed(value: float | Decimal, qualifier: Qualifier, precision: float | Decimal) -> Interval:
    """What a claimed value allows: its bound, or its rounding when it has none."""
    # "2 million" is read as rounded to its last significant digit, but never more loosely
    # than 5% either way: "1 million" must not pass for 1.3 million.
    if qualifier in (Qualifier.NEARLY,):
        # A writer's "nearly", "just shy of" is read generously, from 80%: "shy of 1.5 million"
        # is not ruled out by 1.3 million. (The sheet's own "nearly 400" keeps its 90%.)
        v = float(value)
        return Interval(_clean(v * _CLAIM_NEARLY), v, hi_open=True)
    if qualifier != Qualifier.EXACT:
        return interval_of(float(value), qualifier)
    rounding = float(precision) / 2
    half = min(rounding, abs(float(value)) * _ROUNDING_CAP)
    # Half up, as the sheet's own rounding: "1.2 million" is under 1.25 million.
    return Interval(
        _clean(float(value) - half), _clean(float(value) + half), hi_open=half == rounding > 0
    )


def date_span(iso: str) -> Interval:
    """ "2021-09" -> the first to the last day of September 2021, as day numbers."""
    import calendar  # with datetime, imported only when a date is compared or validated
    import datetime as dt

    year, month, day = ([int(p) for p in iso.split("-")] + [0, 0])[:3]
    first = dt.date(year, month or 1, day or 1)
    if day:
        last = first
    elif month:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
    else:
        last = dt.date(year, 12, 31)
    return Interval(float(first.toordinal()), float(last.toordinal()))


def iso_day(day_number: float) -> str:
    """A day number (as ``date_span`` counts days) as an ISO date."""
    import datetime as dt  # only for a date, which a lookup seldom prints

    return dt.date.fromordinal(int(day_number)).isoformat()


def figure_interval(f: Figure) -> Interval:
    """A figure's bounds; a date becomes the span of days its precision covers."""
    if f.unit == Unit.DATE or isinstance(f.value, str):
        return date_span(str(f.value))
    return interval_of(f.value, f.qualifier)


def verdict(truth: Interval, claim: Interval) -> Verdict:
    """How a claim fares against what the sheet allows: every allowed value fits, none does, or some."""
    if truth.within(claim):
        return Verdict.SUPPORTED
    if not truth.overlaps(claim):
        return Verdict.CONTRADICTED
    return Verdict.UNDETERMINED


def denied(qualifier: Qualifier) -> Qualifier | None:
    """The bound a denial of ``qualifier v`` gives ("never over v": at most v), if one."""
    return DENIED_BOUNDS.get(qualifier)


def sheet_verdict(
    f: Figure, claim: Interval, point: float | None, about: tuple[float, float] | None = None
) -> tuple[Verdict, str]:
    """A claim's verdict against a figure, and the id of the rule that gave it.

    ``point`` is the claimed value when the claim is an unqualified number, and ``about`` the
    value and precision of an "about v" claim ("roughly $60 million"). The sheet's own
    wording is respected: its number restated without its bound word ("$286 million" for
    "over $286 million") is supported, and so is a value within the rounding of its round
    number ("$9.2 billion" for "$9 billion", which covers $8.5-9.5 billion).
    """
    truth = figure_interval(f)
    found = verdict(truth, claim)
    plain = {Verdict.SUPPORTED: "fits", Verdict.CONTRADICTED: "rules-out"}
    if f.unit == Unit.DATE and found == Verdict.UNDETERMINED and claim.within(truth):
        # "September 3, 2021" for "September 2021": a day of the month the sheet dates it to.
        return Verdict.SUPPORTED, "within-its-date"
    if found == Verdict.SUPPORTED or f.unit == Unit.DATE:
        return found, plain.get(found, "overlaps")
    value = float(f.value)
    if f.qualifier is not Qualifier.EXACT:
        if point is not None and math.isclose(point, value, rel_tol=1e-9) and claim.contains(value):
            return Verdict.SUPPORTED, "restated-without-bound"
        if about is not None and restates(f, *about) and claim.contains(value):
            # "roughly $87 million" for "over $86.8 million": the sheet's number, hedged.
            return Verdict.SUPPORTED, "restated-without-bound"
        if point is not None and f.qualifier is Qualifier.OVER and more_digits(f, point):
            return Verdict.SUPPORTED, "more-digits"
        if found == Verdict.UNDETERMINED and _beyond_reach(f, claim, about and about[0]):
            return Verdict.CONTRADICTED, "beyond-reach"
        return found, plain.get(found, "overlaps")
    rounding = sheet_rounding(f)
    if point is not None and rounding.contains(point):
        return Verdict.SUPPORTED, "within-rounding"
    if found == Verdict.CONTRADICTED and rounding.overlaps(claim):
        # "more than four decades" against "forty years": the round number may be either.
        return Verdict.UNDETERMINED, "overlaps"
    return found, plain.get(found, "overlaps")


def more_digits(f: Figure, value: float) -> bool:
    """True when a value is the sheet's "over v" with more digits ("$22.4 billion" for "over $22
    billion"), which "over v" rounds down to v; not when v is a round number ("over 2,000",
    "over 140 percent"), whose "over" may stand for any value up to its next round number."""
    v, unit = float(f.value), figure_precision(f)
    written = re.search(r"\d[\d,.]*", f.as_written)
    round_number = written is None or written.group(0).rstrip(".,").endswith("0")
    return not round_number and v < value < v + unit


def restates(f: Figure, value: float, precision: float) -> bool:
    """True when a hedged value is the sheet's number, or that number without its decimal
    ("roughly $87 million" for "$86.8 million"), never a rounder one ("about $90 million";
    "about $290 million" for "$286 million": the writer's own estimate)."""
    v = float(f.value)
    if math.isclose(value, v, rel_tol=1e-9):
        return True
    decimal = re.search(r"\d\.\d", f.as_written) is not None
    if not decimal or not math.isclose(precision, 10 * figure_precision(f), rel_tol=1e-9):
        return False
    # Half up, as people round.
    return math.isclose(math.floor(v / precision + 0.5) * precision, value, rel_tol=1e-9)


def _beyond_reach(f: Figure, claim: Interval, hedged: float | None = None) -> bool:
    """True when a claim lies wholly past where the sheet's open bound reaches ("over v"), or,
    for a hedged "about x" (``hedged``), when x does."""
    value, rule = float(f.value), f.qualifier.rule
    if value <= 0:
        return False
    if rule.high is End.INFINITY:
        # "over 2,000" may be anything short of 3,000: never less than its next round number.
        reach = max(value * _OPEN_REACH, value + figure_precision(f))
        # "some 75" against "over 50": what it says is half again as much, however it rounds.
        said = (claim.lo + claim.hi) / 2 if claim.hi != INF else claim.lo
        said = hedged if hedged is not None else said
        # "$30 billion" against "over $22 billion": what it says is past the reach, though
        # its own rounding reaches back below it; so is "some $31 billion", whose hedge says
        # how the writer rounds, not that the value may be lower ("tripled" says less).
        plain = claim.hi != INF and claim.hi - claim.lo <= 2 * _ROUNDING_CAP * said * (1 + 1e-9)
        past = reach <= claim.lo or ((plain or hedged is not None) and reach <= said)
        return past and said < value * _OPEN_FAR
    if rule.low is End.ZERO:
        return value / _OPEN_FAR < claim.hi <= value / _OPEN_REACH
    return False


def figure_precision(f: Figure) -> float:
    """One unit of the last significant digit of the sheet's wording ("over 2,000": 1,000)."""
    from perufacts.numbers import parse_quantity  # the figure's own wording, read once per use

    try:
        return float(parse_quantity(f.as_written).precision)
    except ValueError:
        return 1.0


def misstated_bound(f: Figure, value: float, precision: float) -> bool:
    """True when "over x" states the sheet's "over v" with other digits of the same precision
    ("over $268 million" for "over $286 million"): a misstated figure, not a rounding down,
    which is rounder ("over $280 million", "more than $20 billion")."""
    v = float(f.value)
    if f.qualifier.rule.high is not End.INFINITY or not v / _OPEN_FAR <= value < v:
        return False
    # A number of one or two digits is a round one: "more than 50 years" may round "more than
    # 60" down, and "more than $21 billion" "over $22 billion".
    digits = significant_digits(v, figure_precision(f))
    if digits >= 3 and significant_digits(value, precision) == digits:
        return True
    # ... but not the sheet's own digits swapped ("more than $68 million" for "over $86.8
    # million"), which is no rounding at all.
    return swapped_digits(value, precision, v)


def below_rounding(f: Figure, value: float, precision: float) -> bool:
    """True when "over x" sits below the sheet's "over v" of two or more digits by more than
    a writer's rounding down at v's own precision ("more than $2.5 million" for "more than $3.5
    million"; not "more than $21 billion" for "over $22 billion"): true of the figure, but no
    restatement of it."""
    v = float(f.value)
    step = figure_precision(f)
    if (
        f.qualifier.rule.high is not End.INFINITY
        or not value < v
        or not math.isclose(precision, step)
    ):
        return False
    return significant_digits(v, step) >= 2 and (v - value) / step > ROUND_DOWN_STEPS


# The steps of a figure's own precision a writer rounds its "over v" down by ("more than $21
# billion" for "over $22 billion")
ROUND_DOWN_STEPS = 2


def swapped_digits(value: float, precision: float, v: float) -> bool:
    """True when a value of two or more digits has the digits of ``v`` at its precision, in
    another order (68 for 86.8 read to the million)."""
    if precision <= 0 or significant_digits(value, precision) < 2:
        return False
    mine = str(round(value / precision))
    theirs = str(math.floor(v / precision))
    return mine != theirs and sorted(mine) == sorted(theirs)


def one_digit_off(value: float, precision: float, v: float) -> bool:
    """True when a value of three or more digits has the digits of ``v`` at its precision but
    one ("$386 million" for "$286 million"): a slip of one key."""
    if precision <= 0 or value <= 0 or significant_digits(value, precision) < 3:
        return False
    mine = str(round(value / precision))
    theirs = str(math.floor(v / precision))
    return len(mine) == len(theirs) and sum(a != b for a, b in zip(mine, theirs, strict=True)) == 1


def significant_digits(value: float, precision: float) -> int:
    """How many significant digits a value written to ``precision`` has (268 to 1: three; none
    for zero, as the low end of "0-100" is)."""
    if value <= 0 or precision <= 0:
        return 0
    return int(math.floor(math.log10(value)) - math.floor(math.log10(precision)) + 1)


def sheet_rounding(f: Figure) -> Interval:
    """The values an exact round number of the sheet covers: half a unit of its last digit."""
    value = float(f.value)
    half = min(figure_precision(f) / 2, abs(value) * _SHEET_ROUNDING_CAP)
    # Half up, as people round: 1.35 million would be written "1.4 million".
    return Interval(_clean(value - half), _clean(value + half), hi_open=True)
