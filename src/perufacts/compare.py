"""Comparing figures honestly: differences, ratios and changes computed on their bounds."""

from __future__ import annotations

from dataclasses import dataclass

from perufacts.bounds import INF, Interval, figure_interval, verdict
from perufacts.errors import UsageError
from perufacts.models import FigureContext, Relation, Store
from perufacts.queries import context, get_figures
from perufacts.vocab import Unit, Verdict


@dataclass(frozen=True, slots=True)
class StatedCheck:
    """A relation the sheet states, the same relation computed from its figures, and the verdict."""

    relation: Relation
    base: FigureContext
    other: FigureContext
    stated: FigureContext
    computed: Interval
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class Change:
    """How one figure differs from the first of a comparison."""

    other: FigureContext
    difference: Interval
    ratio: Interval | None
    percent: Interval | None
    stated: StatedCheck | None


@dataclass(frozen=True, slots=True)
class Comparison:
    """Figures of one unit side by side, with each one's change from the first."""

    figures: list[FigureContext]
    unit: Unit
    changes: list[Change]


def compare(store: Store, ids: list[str]) -> Comparison:
    """Compare figures of one unit; figures of different units cannot be compared."""
    if len(ids) < 2:
        raise UsageError("compare needs at least two figure ids")
    figures = get_figures(store, ids)
    units = {c.figure.unit for c in figures}
    if len(units) > 1:
        listed = ", ".join(f"{c.figure.id} ({c.figure.unit})" for c in figures)
        raise UsageError(f"cannot compare figures of different units: {listed}")
    base = figures[0]
    stated = {tuple(r.figures): r for r in store.relations}
    changes = [
        _change(store, base, other, stated.get((base.figure.id, other.figure.id)))
        for other in figures[1:]
    ]
    return Comparison(figures, base.figure.unit, changes)


def _change(
    store: Store, base: FigureContext, other: FigureContext, relation: Relation | None
) -> Change:
    """How ``other`` differs from ``base``, and the relation the sheet states between them."""
    check = _stated_check(store, relation, base, other) if relation else None
    is_date = base.figure.unit == Unit.DATE
    if other.figure.id == base.figure.id:
        # One quantity, however loosely bounded, does not differ from itself.
        same = None if is_date else Interval(1.0, 1.0)
        return Change(
            other, Interval(0.0, 0.0), same, None if is_date else Interval(0.0, 0.0), check
        )
    a, b = figure_interval(base.figure), figure_interval(other.figure)
    ratio = percent = None
    if not is_date and a.lo > 0:
        # A ratio of positive amounts is above 0 and a change above -100% whatever the figures:
        # reached only through an unbounded base, those ends say nothing and are left open.
        ratio = _unbounded_below(b / a, 0.0)
        percent = _unbounded_below(_percent_change(a, b), -100.0)
    return Change(other, b - a, ratio, percent, check)


def _unbounded_below(iv: Interval, floor: float) -> Interval:
    """``iv`` with a lower end at the trivial ``floor`` replaced by no lower bound."""
    if iv.lo > floor:
        return iv
    return Interval(-INF, iv.hi, True, iv.hi_open)


def _stated_check(
    store: Store, relation: Relation, base: FigureContext, other: FigureContext
) -> StatedCheck:
    """A stated relation recomputed from its two figures, with its verdict."""
    (stated,) = get_figures(store, [relation.stated])
    # Validation guarantees a relation's first figure is above zero.
    computed = _percent_change(figure_interval(base.figure), figure_interval(other.figure))
    # The sheet's own figures are the truth here, and its stated change is the claim.
    return StatedCheck(
        relation, base, other, stated, computed, verdict(computed, figure_interval(stated.figure))
    )


def _percent_change(base: Interval, other: Interval) -> Interval:
    """The percent change from ``base`` (above zero) to ``other``."""
    return (other / base).scaled(100, -100)


def audit(store: Store) -> list[StatedCheck]:
    """Every relation the store records, recomputed from its figures, with its verdict."""
    checks = []
    by_id = {c.figure.id: c for c in context(store, store.figures)}
    for relation in store.relations:
        base, other = (by_id[i] for i in relation.figures)
        checks.append(_stated_check(store, relation, base, other))
    return checks


@dataclass(frozen=True, slots=True)
class Total:
    """The sum of figures of one unit, as bounded as the figures are."""

    figures: list[FigureContext]
    unit: str | None
    interval: Interval


def like(c: FigureContext) -> tuple[str, str]:
    """What a figure adds up with: the thing it measures (its frame's head noun, a word of its
    own sentence) and the kind of period it covers (one year, a span, or none stated)."""
    return c.figure.frame.measure[0], period_kind(c.figure.period)


def period_kind(period: str | None) -> str:
    """A figure's period as a kind: "one year" ("2021"), "a span" ("from 2009 to 2021", "the
    last three years") or "no stated period"."""
    if period is None:
        return "no stated period"
    return "one year" if period.strip().isdigit() else "a span"


def total(figures: list[FigureContext]) -> Total:
    """The bound-aware sum of like figures: one unit, one measure and one kind of period (the
    one rule of ``like``); durations never add up. A lower bound among them makes it one."""
    units = list(dict.fromkeys(c.figure.unit for c in figures))
    if len(units) > 1:
        raise UsageError(
            f"--sum adds up figures of one unit, and these have {len(units)} "
            f"({', '.join(sorted(units))}): choose one with --unit"
        )
    if units == [Unit.DATE]:
        raise UsageError("dates cannot be added up")
    if units == [Unit.YEARS]:
        raise UsageError(
            "durations are never added up: the years of one thing and of another make no total"
        )
    kinds: dict[tuple[str, str], list[str]] = {}
    for c in figures:
        kinds.setdefault(like(c), []).append(c.figure.id)
    if len(kinds) > 1:
        mix = "; ".join(
            f"{measure} over {period} ({', '.join(ids)})"
            for (measure, period), ids in kinds.items()
        )
        raise UsageError(
            f"--sum adds up figures that measure one thing over one kind of period, and these "
            f"mix {len(kinds)}: {mix}. Narrow them with --topic, or name the ids: "
            f"perufacts figures ID... --sum"
        )
    parts = [figure_interval(c.figure) for c in figures]
    interval = Interval(
        sum(p.lo for p in parts),
        sum(p.hi for p in parts),
        any(p.lo_open for p in parts),
        any(p.hi_open for p in parts),
    )
    return Total(figures, units[0] if units else None, interval)
