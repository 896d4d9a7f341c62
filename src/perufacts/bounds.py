"""Bounds: the values a figure or a claim allows, and the rule that gives a claim its verdict.

Imports only the vocabulary (and, for annotations, the models): validation, compare and check
all rely on it, so it must sit below them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from perufacts.vocab import End, Qualifier, Unit, Verdict

if TYPE_CHECKING:
    from perufacts.models import Figure
    from perufacts.numbers import Quantity

INF = math.inf
_NEARLY = 0.9  # "nearly v" and "about v" mean within 10% of v (End.NEAR and End.FAR)
_ROUNDING_CAP = 0.05  # a claim's rounding never stretches more than 5% of its value


@dataclass(frozen=True, slots=True)
class Interval:
    """The values a figure or claim allows: lo..hi, each end open (excluded) or closed."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

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
    # "2 million" is read as rounded to its last significant digit, but never more loosely
    # than 5% either way: "1 million" must not pass for 1.3 million.
    if q.qualifier != Qualifier.EXACT:
        return interval_of(q.value, q.qualifier)
    half = min(float(q.precision) / 2, abs(float(q.value)) * _ROUNDING_CAP)
    return Interval(_clean(float(q.value) - half), _clean(float(q.value) + half))


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
