"""Checking someone's sentences against the sheet: find each number, the figure it is about, a verdict.

Matching is by unit first (dollars only meet dollars), then by words: the sentence's words are
weighed against each figure's label, id, sentence and topic names, rare words counting more
than words every figure shares ("Peru"), and a year in the sentence favouring the figure of
that year. A number that no figure is about gets ``no-match``; it is never forced onto one.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from perufacts.bounds import Interval, claim_interval, date_span, figure_interval, verdict
from perufacts.models import Figure, Store
from perufacts.numbers import (
    DateValue,
    Quantity,
    find_dates,
    find_quantities,
    is_number_word,
)
from perufacts.queries import STOPWORDS, FigureContext, context
from perufacts.text import Vocabulary, split_sentences, words
from perufacts.vocab import SCALE_WORDS, WRITTEN_UNITS, Qualifier, Unit, Verdict

# Enough evidence that a sentence is about a figure: roughly two distinctive shared words.
MIN_SCORE = 3.0
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_NEAR = 4  # words after a number that name what it counts ("2 million Venezuelans")
# Words that say nothing about which figure is meant: the country, number and unit words.
_NOISE = STOPWORDS | set(SCALE_WORDS) | {
    "peru", "peruvian", "united", "state", "u", "s", "us", "about", "over", "more", "than",
    "year", "decade", "dollar", "percent",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Claim:
    """One number (or date) in the checked text, the figure it was matched to, and the verdict."""

    sentence: int
    sentence_text: str
    start: int
    text: str
    unit: str
    claimed: Interval
    verdict: Verdict
    figure: FigureContext | None


@dataclass(frozen=True)
class _Profile:
    """What the matcher knows of one figure: its words, subject, unit words and years."""

    figure: FigureContext
    weights: dict[str, float]
    vocabulary: Vocabulary
    subject: Vocabulary
    unit_words: Vocabulary
    years: frozenset[int]


def check_text(store: Store, text: str) -> list[Claim]:
    """Every number in ``text`` with its verdict against the sheet, in reading order."""
    profiles = _profiles(store)
    idf = _idf(profiles)
    claims = []
    previous = ""
    for n, (_, sentence) in enumerate(split_sentences(text), 1):
        claims += _check_sentence(n, sentence, previous, profiles, idf)
        previous = sentence
    return claims


def _check_sentence(
    n: int, sentence: str, previous: str, profiles: list[_Profile], idf: dict[str, float]
) -> list[Claim]:
    """The claims of one sentence, each judged against the figure it is about."""
    all_dates = find_dates(sentence)
    dates = [d for d in all_dates if d.month or d.day]
    years = {d.year for d in all_dates if d.year}
    claims = []
    numbers = [
        q
        for q in find_quantities(sentence)
        if not (_is_year(q) or _inside(q, dates) or _part_of_name(sentence, q))
    ]
    for i, q in enumerate(numbers):
        # What a number counts is named right after it, before the next number starts; the
        # year it is about is the one in its own stretch of the sentence, if there is one.
        start = numbers[i - 1].end if i else 0
        stop = numbers[i + 1].start if i + 1 < len(numbers) else len(sentence)
        near = " ".join(sentence[q.end : stop].split()[:_NEAR])
        local = _clause_years(sentence[start : q.start], sentence[q.end : stop]) or years
        candidates = [p for p in profiles if _unit_fits(q, p.figure.figure, near)]
        best = _best_in_context(candidates, sentence, previous, near, local, idf)
        claims.append(_quantity_claim(n, sentence, q, best))
    for d in dates:
        candidates = [p for p in profiles if p.figure.figure.unit == Unit.DATE]
        best = _best_in_context(candidates, sentence, previous, "", years, idf)
        claims.append(_date_claim(n, sentence, d, best))
    return sorted(claims, key=lambda c: c.start)


def _clause_years(before: str, after: str) -> set[int]:
    """The years in a number's own clause: after it ("$9 billion in 2009"), else before it."""
    after_clause = re.split(r"[,;:]", after, maxsplit=1)[0]
    before_clause = re.split(r"[,;:]", before)[-1]
    for part in (after_clause, before_clause):
        found = {d.year for d in find_dates(part) if d.year}
        if found:
            return found
    return set()


def _is_year(q: Quantity) -> bool:
    """True for a bare year such as 2021, which is context rather than a claim."""
    return q.unit is None and q.qualifier == Qualifier.EXACT and bool(_YEAR.match(q.text.strip()))


def _inside(q: Quantity, dates: list[DateValue]) -> bool:
    """True when the number is part of a date already read (the 15 of January 15)."""
    return any(d.start <= q.start < d.end for d in dates)


def _part_of_name(sentence: str, q: Quantity) -> bool:
    """ "COVID-19" and "G-20" are names, not numbers."""
    return q.start >= 2 and sentence[q.start - 1] == "-" and sentence[q.start - 2].isalpha()


def _unit_fits(q: Quantity, f: Figure, near: str) -> bool:
    """Whether a number of this unit can be about this figure at all."""
    if f.unit == Unit.DATE:
        return False
    if q.unit in WRITTEN_UNITS:
        return f.unit == q.unit
    if q.unit is not None:
        return False
    # A bare number counts things; "2 million doses" must not be read as dollars or years.
    return f.unit.counts


def _profiles(store: Store) -> list[_Profile]:
    """A matching profile for every figure of the store."""
    topics = {t.id: t for t in store.topics}
    profiles = []
    for c in context(store, store.figures):
        f = c.figure
        weights: dict[str, float] = {}
        topic = topics[f.topic]
        subject = f"{f.label} {f.id.replace('-', ' ')} {f.unit}"
        fields = [
            (" ".join(topic.aliases) + " " + topic.heading, 1.0),
            (c.statement.text, 1.0),
            (subject, 2.0),
        ]
        for text, weight in fields:
            for w in _content(text):
                weights[w] = max(weights.get(w, 0.0), weight)
        years = frozenset(
            int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", f"{f.period or ''} {f.value}")
        )
        unit_words = set(_content(f.unit.replace("-", " ")))
        # The unit's own word ("regions") is not enough to say a sentence is about this figure.
        about = set(_content(subject)) - unit_words
        profiles.append(
            _Profile(
                c,
                weights,
                Vocabulary(set(weights)),
                Vocabulary(about),
                Vocabulary(unit_words),
                years,
            )
        )
    return profiles


def _content(text: str) -> list[str]:
    """The words that can tell figures apart: no stopwords, no "Peru", no numbers."""
    # A number's own words ("three") must not count as evidence that "three" is right.
    return [w for w in words(text) if w not in _NOISE and not is_number_word(w) and not w.isdigit()]


def _idf(profiles: list[_Profile]) -> dict[str, float]:
    """How rare each word is across the figures: rare words are better evidence."""
    df = Counter(w for p in profiles for w in p.weights)
    n = len(profiles)
    return {w: math.log((n + 1) / (count + 0.5)) for w, count in df.items()}


def _best_in_context(
    candidates: list[_Profile],
    sentence: str,
    previous: str,
    near: str,
    years: set[int],
    idf: dict[str, float],
) -> FigureContext | None:
    """The figure a number is about, if any, reading the sentence before when needed."""
    # A sentence that names no subject ("It went from $9 billion...") leans on the previous one.
    best = _best(candidates, sentence, near, years, idf)
    if best is None and previous:
        best = _best(candidates, f"{previous} {sentence}", near, years, idf)
    return best


def _best(
    candidates: list[_Profile], sentence: str, near: str, years: set[int], idf: dict[str, float]
) -> FigureContext | None:
    """The candidate the sentence's words point to, if the evidence is strong enough."""
    said = set(_content(sentence))
    after = _content(near)
    scored = []
    for p in candidates:
        if years and p.years and not years & p.years:
            # A figure of 2009 says nothing about 2015: the claim is not about it.
            continue
        named = _unit_named(p, after)
        # Each word of the sentence, as the figure's own word of the same family.
        shared = {w: m for w in said if (m := p.vocabulary.find(w)) is not None}
        others = [w for w in shared if p.unit_words.find(w) is None]
        if not (any(p.subject.find(w) for w in said) or (named and others)):
            # Sharing only background words, or only the unit's name, is not being about the figure.
            continue
        score = sum(idf.get(m, 0.0) * p.weights[m] * (1.5 if w in after else 1.0)
                    for w, m in shared.items())  # fmt: skip
        score += named
        if years & p.years:
            # The figure's own year in the clause tells "trade in 2009" from "trade in 2021".
            score += 2.0
        scored.append((score, p.figure))
    if not scored:
        return None
    score, best = max(scored, key=lambda s: s[0])
    return best if score >= MIN_SCORE else None


def _unit_named(p: _Profile, after: list[str]) -> float:
    """A bonus when the words right after the number name the figure's unit ("34 projects")."""
    for i, w in enumerate(after):
        if p.unit_words.find(w):
            return 4.0 / (1 + i)
    return 0.0


def _quantity_claim(n: int, sentence: str, q: Quantity, best: FigureContext | None) -> Claim:
    """A number's claim, judged against the figure it is about."""
    claimed = claim_interval(q)
    text = q.text.strip()
    if best is None:
        return Claim(n, sentence, q.start, text, q.unit or "count", claimed, Verdict.NO_MATCH, None)
    found = verdict(figure_interval(best.figure), claimed)
    return Claim(n, sentence, q.start, text, best.figure.unit, claimed, found, best)


def _date_claim(n: int, sentence: str, d: DateValue, best: FigureContext | None) -> Claim:
    """A date's claim, judged against the date figure it is about."""
    if best is None:
        claimed = date_span(d.iso(d.year)) if d.year else Interval(-math.inf, math.inf)
        return Claim(n, sentence, d.start, d.text, Unit.DATE, claimed, Verdict.NO_MATCH, None)
    truth_iso = str(best.figure.value)
    # A date written without its year ("January 15") is read in the figure's own year.
    claimed = date_span(d.iso(int(truth_iso[:4])))
    found = verdict(date_span(truth_iso), claimed)
    return Claim(n, sentence, d.start, d.text, Unit.DATE, claimed, found, best)
