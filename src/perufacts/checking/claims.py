"""A checked claim: where its number stands in the draft, what it allows, and its verdict."""

from __future__ import annotations

import math
from dataclasses import dataclass

from perufacts.bounds import Interval, claimed
from perufacts.checking.reader import DATE, Reading
from perufacts.checking.rules import Why
from perufacts.models import FigureContext
from perufacts.vocab import Verdict, qualifier_named

NO_MATCH = Verdict.NO_MATCH


@dataclass(frozen=True, slots=True)
class Claim:
    """One number of a draft: where it stands, what it claims, the figure it is about, the verdict."""

    sentence: int  # the sentence's number in the draft, from 1
    sentence_text: str
    start: int  # where the number stands in the draft (offsets)
    end: int
    line: int  # 1-based line and column of the number in the draft
    column: int
    text: str  # the number as written, with its bound words
    unit: str
    claimed: Interval
    verdict: Verdict
    figure: FigureContext | None
    reason: str
    matched: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()
    rule: str = "no-measure"  # the id of the rule that gave the verdict (RULES)
    ratio: float | None = None  # the claimed value over the figure's stated value


@dataclass(frozen=True, slots=True)
class Where:
    """Where a claim stands in the draft, and its number as written."""

    sentence: int
    sentence_text: str
    start: int
    end: int
    line: int
    column: int
    text: str


def new_claim(
    where: Where,
    unit: str,
    claimed: Interval,
    verdict: Verdict,
    figure: FigureContext | None,
    why: Why,
    matched: tuple[str, ...] = (),
    candidates: tuple[str, ...] = (),
    ratio: float | None = None,
) -> Claim:
    """A Claim at a place of the draft."""
    w = where
    return Claim(w.sentence, w.sentence_text, w.start, w.end, w.line, w.column, w.text, unit,
                 claimed, verdict, figure, why.text, matched, candidates, why.rule,
                 ratio)  # fmt: skip


def no_match(base: Where, r: Reading, why: Why, candidates: tuple[str, ...] = ()) -> Claim:
    """A claim no figure is about (``candidates``: the figures only shared words tie it to)."""
    return new_claim(base, r.unit, plain_interval(r), NO_MATCH, None, why, (), candidates)


def plain_interval(r: Reading) -> Interval:
    """A number's bounds from its own words: a bound, a range, or its rounding."""
    if r.unit == DATE:
        return Interval(-math.inf, math.inf)
    if r.bound == "range":
        return Interval(float(r.value), float(r.high if r.high is not None else r.value))
    return claimed(r.value, qualifier_named(r.bound), r.precision)
