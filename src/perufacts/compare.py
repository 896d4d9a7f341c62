"""Comparing figures honestly: differences, ratios and changes computed on their bounds."""

from __future__ import annotations

from dataclasses import dataclass

from perufacts.bounds import Interval, figure_interval, verdict
from perufacts.errors import UsageError
from perufacts.models import Relation, Store
from perufacts.queries import FigureContext, context, get_figures
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
    a, b = figure_interval(base.figure), figure_interval(other.figure)
    ratio = percent = None
    if base.figure.unit != Unit.DATE and a.lo > 0:
        ratio = b / a
        percent = _percent_change(a, b)
    check = _stated_check(store, relation, base, other) if relation else None
    return Change(other, b - a, ratio, percent, check)


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
