"""Amounts and intervals as people read them: "$13 billion", "> +144%", "2.44× to 2.6×"."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from perufacts.numbers import grouped_number
from perufacts.vocab import DISPLAY_SCALES, TIMES, Unit

if TYPE_CHECKING:
    from perufacts.bounds import Interval


def _round(x: float, direction: int) -> float:
    """Three significant digits, rounded away from the side a bound must not cross."""
    if x == 0 or math.isinf(x):
        return x
    step = 10 ** (math.floor(math.log10(abs(x))) - 2)
    rounded = (math.floor if direction < 0 else math.ceil if direction > 0 else round)(x / step)
    return float(rounded * step)


def format_amount(x: float, unit: str, *, signed: bool = False, direction: int = 0) -> str:
    """A human amount: "$13 billion", "+144%", "1.3 million people", "264 days"."""
    x = _round(x, direction)
    sign = ("+" if x > 0 else "-" if x < 0 else "±") if signed else ("-" if x < 0 else "")
    size = abs(x)
    words = ""
    for scale, name in DISPLAY_SCALES:
        if size >= scale:
            size, words = size / scale, f" {name}"
            break
    number = f"{size:,.2f}".rstrip("0").rstrip(".")
    if unit == Unit.USD:
        return f"{sign}${number}{words}"
    if unit in (Unit.PERCENT, TIMES):
        return f"{sign}{number}{'%' if unit == Unit.PERCENT else '×'}{words}"
    noun = "days" if unit == Unit.DATE else unit
    return f"{sign}{number}{words} {noun}"


def format_interval(iv: Interval, unit: str, *, signed: bool = False) -> str:
    """An interval as the bound a reader needs: "> +$13 billion", "2.44× to 2.6×", "unknown".

    An end with no bound is never printed as infinity: one open end shows the other as a
    bound ("> +$13 billion"), and two say "unknown".
    """
    if math.isinf(iv.lo) and math.isinf(iv.hi):
        return "unknown"
    if iv.lo == iv.hi:
        return format_amount(iv.lo, unit, signed=signed)
    if math.isinf(iv.hi):
        lo = format_amount(iv.lo, unit, signed=signed, direction=-1)
        return f"{'>' if iv.lo_open else '>='} {lo}"
    hi = format_amount(iv.hi, unit, signed=signed, direction=1)
    if math.isinf(iv.lo):
        return f"{'<' if iv.hi_open else '<='} {hi}"
    lo = format_amount(iv.lo, unit, signed=signed, direction=-1)
    return f"{lo} to {hi}"


def full_amount(x: float, unit: str) -> str:
    """An amount in full: "$31,757,300,000", "1,300,400 people", "140 percent"."""
    number = grouped_number(int(x) if float(x).is_integer() else x)
    return f"${number}" if unit == Unit.USD else f"{number} {unit}"


def format_total(iv: Interval, unit: str) -> str:
    """A sum of bounded figures in words: "$9,321,000,000", "more than $31,757,300,000"."""
    if iv.lo == iv.hi:
        return full_amount(iv.lo, unit)
    if math.isinf(iv.hi):
        return f"{'more than' if iv.lo_open else 'at least'} {full_amount(iv.lo, unit)}"
    low = full_amount(iv.lo, unit)
    high = full_amount(iv.hi, unit)
    return f"{low} to {'under ' if iv.hi_open else ''}{high}"
