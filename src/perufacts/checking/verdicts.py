"""Verdicts: a reading judged against the figure it fits best, with the doubts that soften it."""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

from perufacts.bounds import (
    INF,
    Interval,
    below_rounding,
    claimed,
    date_span,
    denied,
    misstated_bound,
    one_digit_off,
    sheet_verdict,
    significant_digits,
    swapped_digits,
)
from perufacts.checking.claims import Claim, Where, new_claim, no_match, plain_interval
from perufacts.checking.evidence import Fit, descends, names_of, years_of
from perufacts.checking.patterns import lazy
from perufacts.checking.reader import CHANGE, COUNT, DATE, USD, YEARS, Reading
from perufacts.checking.rules import WEIGHTS, Why
from perufacts.models import Figure
from perufacts.text import short_root, similar
from perufacts.vocab import Qualifier, Verdict, qualifier_named

SUPPORTED, CONTRADICTED, UNDETERMINED, NO_MATCH = Verdict
AMBIGUOUS, STRONG = WEIGHTS.ambiguous, WEIGHTS.strong
SMALL_PART = 1 / 20  # a claim this small a share of the figure may be one part of it
# A figure this many times a claim's "over x" is no value the writer meant by it (as a claim
# this many times the sheet's "over v" is past what the sheet would round down).
FAR_ABOVE_BOUND = 1.5
LARGE_COUNT = 1000  # a count this large, twenty times over, is another count, not a slip
PLAIN = (Qualifier.EXACT, Qualifier.OVER)  # a value restated, with the sheet's bound or none
# ... or with a plus ("140%+"), which a value the sheet gives alone may restate
RESTATED = (*PLAIN, Qualifier.AT_LEAST)
_POINT = (Qualifier.EXACT, Qualifier.ABOUT)  # a value claimed, not a bound
CONTRADICTING = ("rules-out", "negated-figure", "beyond-reach", "misstated-bound")


def judge_fit(base: Where, r: Reading, best: Fit, fits: list[Fit], *, pinned: bool) -> Claim:
    """The verdict for a reading and its best fit, with the doubts that soften it."""
    f = best.context.figure
    claimed = allowed_by(r, best)
    found, rule = _against(f, r, claimed)
    rivals = [x for x in fits[1:] if x.score >= best.score * AMBIGUOUS]
    if rivals and _near(r, best):
        # "$390 million to cope with the crisis" fits the migration money ($286 million) and
        # what Peru received from the Ambassadors Fund ($3.5 million) alike in words; a value
        # a hundred times a figure is not a writer's version of it.
        rivals = [x for x in rivals if _near(r, x)]
    elif rivals and not pinned:
        near = [x for x in rivals if _near(r, x)]
        if len(near) == 1:
            # "Commerce under the agreement hit $32 billion": a hundred times the USAID
            # agreement's amount, a third past trade's: the figure it is near is the one meant.
            return judge_fit(base, r, near[0], near, pinned=pinned)
    year_of = _the_year_it_fits(r, [best, *rivals])
    if year_of is not None and year_of is not best:
        # "Trade reached $22 billion": of the years the sheet gives trade, the one it fits.
        return judge_fit(base, r, year_of, [year_of], pinned=pinned)
    if year_of is not None:
        rivals = []
    refuting = _a_year_refuting(base, r, [best, *rivals])
    if refuting is not None:
        # "Trade never topped $15 billion": its 2021 figure refutes it, whatever 2009's says.
        return judge_fit(base, r, refuting, [refuting], pinned=pinned)
    stated = _stated_by_another(r, best, fits, found)
    if stated is not None:
        # "a quarter-century of collaboration": the words fit the MOU's 25 years as well as
        # anything else they tie to, and 25 years is what the sheet says of it.
        return judge_fit(base, r, stated, [stated], pinned=pinned)
    # (only the few figures its words tie it to best: a store of many figures is not read whole)
    misquoted = [x for x in fits[:_MISQUOTED_AMONG] if misquotes(r, x.context.figure)]
    if len(misquoted) == 1 and misquoted[0] is not best:
        # "Technical assistance & in-kind aid: $68.8 m": the sheet's digits in another order
        # point at the figure they misquote, whatever else its words share.
        return judge_fit(base, r, misquoted[0], [misquoted[0]], pinned=pinned)
    # "over $86.8 million in assistance": the sheet's own number, to the digit, is the figure
    # that gives it, among the few its words tie it to.
    distinct = states_distinctly(r, fits[:_MISQUOTED_AMONG])
    if (
        distinct is not None
        and distinct is not best
        and (
            # ... when its words tie it as well, or with a word of its own (not "$286 million in
            # technical assistance", the migration money's digits under another figure's words)
            distinct in rivals or _words_of(distinct.matched) - _words_of(best.matched)
        )
    ):
        # "worth three hundred twenty-one million dollars" beside "will fund projects": a value
        # to the digit that only one of them gives says which it is.
        return judge_fit(base, r, distinct, [distinct], pinned=pinned)
    if rivals and any(_against(x.context.figure, r, allowed_by(r, x))[0] != found
                      for x in rivals):  # fmt: skip
        ids = (f.id, *(x.profile.id for x in rivals))
        shared = set(best.matched).intersection(*(x.matched for x in rivals))
        if set(best.matched) <= shared and any(x.profile.measure != best.profile.measure
                                               for x in rivals):  # fmt: skip
            # "$86.8 million in military aid": only words several figures share tie it to any.
            said = ", ".join(repr(m) for m in best.matched)
            why = Why(
                "shared-words-only", f"only {said}, words {', '.join(ids)} share, tie it to them"
            )
            return no_match(base, r, why, ids)
        why = Why(
            "ambiguous",
            f"it fits {', '.join(ids[:-1])} and {ids[-1]} about equally, and they disagree",
        )
        return new_claim(base, f.unit, claimed, UNDETERMINED, None, why, best.matched, ids)
    # (a tie: the same words, and a lead of no more than one word of the figures' sentences)
    tied = [
        x
        for x in rivals
        if set(x.matched) == set(best.matched)
        and best.score - x.score <= WEIGHTS.sentence_word * _ONE_WORD
        # (not the same measure in another year: trade in 2009 and in 2021)
        and x.profile.measure != best.profile.measure
    ]
    general = _the_general(best, tied)
    if general is not None and general is not best:
        # "a development partnership the sheet dates to four decades": the same words tie it
        # to USAID's 60 years with the Peruvian government and to its two decades with DEVIDA,
        # a body of that government; unnamed, the narrower partner is not what it means.
        return judge_fit(base, r, general, [general], pinned=pinned)
    why = Why(rule, _reason(found, rule, r, best))
    if rule == "negated-other":
        # "did not donate three million doses; the figure is two million": a value the writer
        # denies, which nobody here claims.
        return no_match(base, r, why)
    if found == CONTRADICTED and not pinned and best.sibling:
        # "In the decade after 2009, trade more than doubled to $22 billion": the value is
        # what the sheet gives the same measure in another year; the year read beside it may
        # not be the number's own.
        sibling = best.matcher.figure(best.sibling)
        why = Why(
            "a-sibling-fits",
            f"{why.text}; but it is what the sheet gives {sibling.id} ({sibling.as_written!r}), "
            "the same measure in another year",
        )
        return new_claim(base, f.unit, claimed, UNDETERMINED, best.context, why, best.matched)
    ratio = _ratio(r, f)
    if found == CONTRADICTED and not pinned:
        why = _doubt(r, best, rule, ratio) or why
        found = UNDETERMINED if why.rule not in CONTRADICTING else found
    if best.undated and found != UNDETERMINED:
        why = Why(
            "year-not-in-sheet",
            f"the sheet gives {f.id} no year, so it does not say what it was in {best.undated}; {why.text}",
        )
        found = UNDETERMINED
    small = ratio is not None and 0 < ratio < SMALL_PART
    if (found == CONTRADICTED or rule == "bound-far-below") and not pinned and small:
        # "handed 41 pieces back to Peru" against "over 2,000": a batch, another quantity.
        why = Why(
            "a-small-part",
            f"it is under a twentieth of {f.id} ({f.as_written!r}), so likely one part of it",
        )
        return no_match(base, r, why)
    # (amounts of money and large counts only: "50 new Fulbright programs" against two is a
    # count misstated, "70 million doses" against two million another count)
    huge = ratio is not None and ratio > 1 / SMALL_PART and not a_decimal_slip(ratio)
    # (or a count in the thousands twenty times one in the hundreds: "U.S. exchange alumni in
    # Peru: 12,000+" against AWE's nearly 400)
    huge = huge and (
        r.unit == USD or (r.unit == COUNT and max(float(f.value), float(r.value)) >= LARGE_COUNT)
    )
    if found == CONTRADICTED and not pinned and huge:
        # "over $22 billion" against a $321 million agreement: a value twenty times or more
        # the figure is another quantity, as one under a twentieth is a part.
        why = Why(
            "far-past",
            f"it is {ratio or 0:,.0f}× {f.id} ({f.as_written!r}): another quantity than the figure",
        )
        return no_match(base, r, why)
    far = ratio is not None and ratio >= WEIGHTS.far_past and not a_decimal_slip(ratio)
    ceiling = r.bound in (Qualifier.UNDER, Qualifier.UP_TO) and found == SUPPORTED
    if ceiling and not pinned and ratio is not None and ratio >= WEIGHTS.far_above:
        # "falls short of the two million" against three lines of effort: a ceiling this far
        # above the figure says nothing of it; it bounds another quantity.
        why = Why(
            "far-past",
            f"it bounds a value {ratio:,.0f}× {f.id} ({f.as_written!r}): another quantity",
        )
        return no_match(base, r, why)
    if why.rule == "overlaps" and not pinned and far and not rivals:
        # "$500 million" against "more than $3.5 million": the sheet's "over" allows it, but a
        # value this far past the figure is another quantity, not a rounding of the sheet's.
        why = Why(
            "far-past",
            f"it is {ratio or 0:.0f}× {f.id} ({f.as_written!r}): another quantity than the figure",
        )
        return no_match(base, r, why)
    if found == CONTRADICTED and tied and general is None and not pinned:
        # (tied with no figure the broader of the others: which it misstates is not said)
        ids = (f.id, *(x.profile.id for x in tied))
        why = Why(
            "ambiguous",
            f"the same words tie it to {', '.join(ids[:-1])} and {ids[-1]}; each rules it out, "
            "but the text does not say which it means",
        )
        return new_claim(base, f.unit, claimed, UNDETERMINED, None, why, best.matched, ids)
    return new_claim(base, f.unit, claimed, found, best.context, _slip(why, found, ratio),
                  best.matched, ratio=ratio)  # fmt: skip


_MISQUOTED_AMONG = 8  # how many of the best fits a misquote may point at


def misquotes(r: Reading, f: Figure) -> bool:
    """True when a claim gives a figure's own digits in another order ("$268 million" for
    "$286 million", "68.8" for "86.8"): the figure, misquoted."""
    if isinstance(f.value, str) or r.unit == DATE or r.precision <= 0:
        return False
    return swapped_digits(float(r.value), float(r.precision), float(f.value))


def _near(r: Reading, fit: Fit) -> bool:
    """True when a claim's value is within the band where writers' versions of the figure
    fall (a third of it to five times it), or it has no ratio to it (dates, durations)."""
    ratio = _ratio(r, fit.context.figure)
    return ratio is None or WEIGHTS.far_below < ratio < WEIGHTS.far_above


def _a_year_refuting(base: Where, r: Reading, fits: list[Fit]) -> Fit | None:
    """Of one measure's figures of different years, the one that rules out a value denied of
    every time ("never topped $15 billion"), when exactly one does and no word of the sentence
    narrows the time ("before the pact", "until 2015")."""
    if not r.never or len(fits) < 2 or _NARROWED.search(base.sentence_text):
        return None
    years = [x.profile.years for x in fits]
    if len({x.profile.measure for x in fits}) != 1 or len(set(years)) != len(years):
        return None
    refuting = [
        x for x in fits if _against(x.context.figure, r, allowed_by(r, x))[0] == CONTRADICTED
    ]
    return refuting[0] if len(refuting) == 1 else None


_NARROWED = lazy(r"\b(?:before|until|till|prior\s+to|up\s+to\s+\d{4}|in\s+\d{4})\b", re.IGNORECASE)


def _the_year_it_fits(r: Reading, fits: list[Fit]) -> Fit | None:
    """Of one measure's figures of different years, or of one sentence's figures, the one a
    claim agrees with, when exactly one does (a claim of no year may be of any year the sheet
    gives; "34 projects in 16 regions" are told apart by their values)."""
    if len(fits) < 2 or r.unit == DATE or r.negated:
        # ("never topped $20 billion" denies it of every year: no one year is picked for it)
        return None
    measures = {x.profile.measure[:1] for x in fits}
    years = [x.profile.years for x in fits]
    by_year = (
        len(measures) == 1 and len(set(years)) == len(years) and not any(x.dated for x in fits)
    )
    # "34 projects in 16 regions": figures of one sentence of the sheet, told apart by value.
    one_sentence = len({x.context.statement.id for x in fits}) == 1
    agree = [x for x in fits if _against(x.context.figure, r, allowed_by(r, x))[0] == SUPPORTED]
    if len(agree) != 1:
        return None
    # "six decades" where USAID's 60 years and DEVIDA's two decades both fit the words: the
    # number the sheet states tells them apart.
    f = agree[0].context.figure
    states_it = not isinstance(f.value, str) and not r.since and float(r.value) == float(f.value)
    # Across the sheet's sentences, only for the best fit: a runner-up the value fits stays a
    # doubt ("USAID has worked with DEVIDA for six decades" may mean DEVIDA's two decades).
    return agree[0] if by_year or one_sentence or (states_it and agree[0] is fits[0]) else None


def supports(r: Reading, fit: Fit) -> bool:
    """True when the figure of a fit allows every value a reading claims."""
    return _against(fit.context.figure, r, allowed_by(r, fit))[0] == SUPPORTED


def _words_of(matched: tuple[str, ...]) -> set[str]:
    """The words of the terms a fit matched ("technical assistance" holds "assistance")."""
    return {w for term in matched for w in term.split()}


def states_distinctly(r: Reading, fits: list[Fit]) -> Fit | None:
    """The one fit whose value the claim restates to the digit, when its digits make chance
    agreement unlikely ("$321 million", "$86.8 million": see distinct_digits)."""
    if r.unit == DATE or r.since or r.negated or r.bound not in PLAIN or r.precision <= 0:
        return None
    same = [x for x in fits if restates_digits(r, x.context.figure)]
    return same[0] if len(same) == 1 else None


def restates_digits(r: Reading, f: Figure) -> bool:
    """True when a claim gives a figure's value to the digit, and its digits make chance
    agreement unlikely (see distinct_digits)."""
    if isinstance(f.value, str) or r.unit == DATE or float(r.value) <= 0:
        return False
    return distinct_digits(r) and float(f.value) == float(r.value)


def distinct_digits(r: Reading) -> bool:
    """True when a value's digits alone make chance agreement unlikely: three or more
    significant digits ("$286 million"), or two of a value of 100 or more ("1.3M", "140%")."""
    if r.precision <= 0 or float(r.value) <= 0:
        return False
    n = significant_digits(float(r.value), float(r.precision))
    return n >= 3 or (n == 2 and float(r.value) >= 100)


def _stated_by_another(r: Reading, best: Fit, fits: list[Fit], found: Verdict) -> Fit | None:
    """The one other figure whose value the claim states exactly and whose words tie it at
    least as well as the best fit's, when the best fit disagrees with it."""
    if found == SUPPORTED or r.unit == DATE or r.since:
        return None
    # (only the few figures its words tie it to best: a store of many is not read whole)
    stated = [
        x
        for x in fits[1:_MISQUOTED_AMONG]
        if not isinstance(x.context.figure.value, str)
        and _restates_bound(r, x.context.figure)
        and float(r.value) == float(x.context.figure.value)
        and _ties_as_well(x, best)
        and _against(x.context.figure, r, allowed_by(r, x))[0] == SUPPORTED
    ]
    return stated[0] if len(stated) == 1 else None


def _restates_bound(r: Reading, f: Figure) -> bool:
    """True when a claim's bound is the figure's, or none, or a plus for the sheet's "over"
    ("60+ years" for "more than 60-year")."""
    return r.bound in (Qualifier.EXACT, f.qualifier) or (
        r.bound == Qualifier.AT_LEAST and f.qualifier == Qualifier.OVER
    )


def _ties_as_well(x: Fit, best: Fit) -> bool:
    """True when ``x`` is tied by every word that ties ``best``, but for words several
    measures share ("support", "commitment"), which tie neither firmly."""
    spread = best.matcher.index.spread
    return all(
        any(_same_word(m, n) for n in x.matched)
        or spread.get(tuple(m.split()), 1) >= WEIGHTS.shared_by
        for m in best.matched
    )


def _same_word(a: str, b: str) -> bool:
    """True for two matched words of one family ("worked" and "work")."""
    return a == b or similar(a, b) or short_root(a) == short_root(b)


def _against(f: Figure, r: Reading, claim: Interval) -> tuple[Verdict, str]:
    """A reading's verdict against one figure and its rule, a denial read as one."""
    plain = r.unit != DATE and not r.since
    point = float(r.value) if r.bound == Qualifier.EXACT and plain else None
    # ("tripled" is a hedge of its own: it says less than "about 200 percent")
    hedged = r.bound == Qualifier.ABOUT and plain and r.unit != CHANGE
    about = (float(r.value), float(r.precision)) if hedged else None
    if not r.negated:
        result = sheet_verdict(f, claim, point, about)
        lower_bound = claim.hi == INF and claim.lo > 0 and r.precision > 0 and r.unit != DATE
        if (
            result[0] == SUPPORTED
            and lower_bound
            and misstated_bound(f, float(r.value), float(r.precision))
        ):
            return CONTRADICTED, "misstated-bound"
        # ("more than two lines of effort" is three or more: its least value is its next one)
        least = float(r.value) + (1.0 if claim.lo_open and r.precision == 1 else 0.0)
        if result[0] == SUPPORTED and lower_bound and _far_above(f, least):
            if one_digit_off(float(r.value), float(r.precision), float(f.value)):
                # "more than $186 million" for "over $286 million": a slip of one key.
                return CONTRADICTED, "misstated-bound"
            # "a package of just over $12 million" against $321 million, "$40M+" against "over
            # $60 million": true of the figure, but writers bound a value from just below it.
            return UNDETERMINED, "bound-far-below"
        if (
            result[0] == SUPPORTED
            and lower_bound
            and r.unit != CHANGE  # ("more than doubled" is a word's hedge, not a bound's digits)
            and below_rounding(f, float(r.value), float(r.precision))
        ):
            return UNDETERMINED, "bound-below"
        if result[0] == UNDETERMINED and about is not None and misquotes(r, f):
            # "about $268 million" for "over $286 million": the sheet's digits misquoted, hedged.
            return CONTRADICTED, "misstated-bound"
        return result
    reversed_ = denied(qualifier_named(r.bound)) if r.bound != "range" else None
    if reversed_ is not None and r.unit != DATE:
        # "never topped $22 billion" is "at most $22 billion": judged as that.
        found, _ = sheet_verdict(f, claimed(r.value, reversed_, r.precision), None)
        if found == UNDETERMINED and isinstance(f.value, (int, float)) and r.value == f.value:
            # "did not give Peru even two million vaccines": the sheet's own value, denied.
            return CONTRADICTED, "negated-figure"
        return (
            found,
            "negated-bound"
            if found == SUPPORTED
            else "rules-out"
            if found == CONTRADICTED
            else "overlaps",
        )
    # "did not donate two million doses": a denial of what the sheet states contradicts it;
    # a denial of another value is no claim the sheet settles.
    found, _ = sheet_verdict(f, claim, point)
    return (
        (CONTRADICTED, "negated-figure") if found == SUPPORTED else (UNDETERMINED, "negated-other")
    )


def _far_above(f: Figure, low: float) -> bool:
    """True when the figure's value is FAR_ABOVE_BOUND times a claim's lower bound or more."""
    return isinstance(f.value, (int, float)) and 0 < low * FAR_ABOVE_BOUND <= float(f.value)


def _ratio(r: Reading, f: Figure) -> float | None:
    """The claimed value over the sheet's, for quantities (not dates or durations since a year)."""
    if r.unit == DATE or r.since or isinstance(f.value, str) or not f.value:
        return None
    ratio = float(r.value) / float(f.value)
    return ratio if math.isfinite(ratio) else None


def a_decimal_slip(ratio: float) -> bool:
    """True when a ratio of claim to figure is a power of ten: the figure's digits, misplaced."""
    power = round(math.log10(ratio))
    return bool(power) and abs(math.log10(ratio) - power) < 0.05


def _slip(why: Why, found: Verdict, ratio: float | None) -> Why:
    """The reason, with a likely slip flagged: a claim ten times the sheet's figure, or a tenth."""
    if found == SUPPORTED or ratio is None or ratio <= 0:
        return why
    if a_decimal_slip(ratio):
        power = round(math.log10(ratio))
        times = f"{10**power:,}×" if power > 0 else f"1/{10**-power:,}"
        return Why(
            why.rule, f"{why.text}; it is {times} the sheet's figure: a slip of the decimal point?"
        )
    return why


_ONE_WORD = 1.01  # (a float's sum of weights may land a hair past one word's)
# The words of an arrival, which may fall the evening before a day of travel.
_ARRIVING = frozenset("arrive arrived arrives arriving arrival flew landed lands".split())


def _the_general(best: Fit, tied: list[Fit]) -> Fit | None:
    """Of fits tied in words, the one whose parties the others' are, or are parts of (USAID with
    the Peruvian government, against USAID with DEVIDA), or None when there is no such one."""
    parent = best.matcher.parent
    fits = [best, *tied]

    def broader(a: Fit, b: Fit) -> bool:
        # (party for party: each of b's is a's, or a part of one of a's, and one is a part)
        ours, theirs = a.profile.parties, b.profile.parties
        narrower = theirs - ours
        return (
            len(ours) == len(theirs)
            and bool(narrower)
            and all(descends(e, ours - theirs, parent) for e in narrower)
        )

    found = [a for a in fits if all(broader(a, b) for b in fits if b is not a)]
    return found[0] if len(found) == 1 and tied else None


def _arrives_the_eve(r: Reading, best: Fit) -> bool:
    """True when a date of an arrival ("landed on October 5") is the day before the figure's
    day of travel."""
    value = best.context.figure.value
    if not isinstance(value, str) or value.count("-") != 2 or not _ARRIVING & set(best.matched):
        return False
    eve = date.fromisoformat(value) - timedelta(days=1)
    return (r.month, r.day) == (eve.month, eve.day) and (
        not r.year_given or int(r.value) == eve.year
    )


def _doubt(r: Reading, best: Fit, rule: str, ratio: float | None) -> Why | None:
    """Why a contradiction is not certain enough to say, or None when it is (``ratio`` is the
    claim's value over the figure's, as ``_ratio`` gives it)."""
    if not r.bound_read:
        return Why("bound-unread", f"{r.note}, so it may not be what the sheet rules out")
    if r.unit_inferred:
        # A unit taken from the words around a number can say that it agrees, not that it errs.
        return Why("unit-inferred", f"{r.note}, so it may be another quantity than the figure")
    f = best.context.figure
    if r.unit == DATE and f.year_inferred and isinstance(f.value, str) and r.year_given:
        year, month, day = (int(x) for x in f.value.split("-"))
        if r.month == month and r.day in (None, day) and int(r.value) != year:
            # "the January 15, 2021 oil spill": only the year differs, and the sheet gives none.
            return Why(
                "year-not-in-sheet",
                f"the sheet gives {f.id} ({f.as_written!r}) no year; {year} is inferred, and "
                f"only {int(r.value)} differs",
            )
    if r.unit == DATE and _arrives_the_eve(r, best):
        # "flew into Lima on October 5" against "On October 6, ... continues his travel to
        # Lima": an arrival the evening before a day of travel is not ruled out.
        return Why(
            "arrival-eve",
            f"it dates an arrival the day before {f.as_written!r} ({f.id}), which the sheet's "
            "date of the travel does not rule out",
        )
    judged = rule in ("beyond-reach", "misstated-bound")  # how writers round: it needs more
    if judged and not isinstance(f.value, str) and r.precision > 0:
        # "$386 million" for "over $286 million": a slip of one of the sheet's digits is no
        # rounding to judge.
        judged = not one_digit_off(float(r.value), float(r.precision), float(f.value))
    far = ratio is not None and ratio > 0 and not WEIGHTS.far_below < ratio < WEIGHTS.far_above
    if far and ratio is not None and r.bound in _POINT and not a_decimal_slip(ratio):
        # Writers' errors sit near the figure or are a slip of its decimal point; a number
        # far from it is more often another quantity of the same unit (a batch, a new grant).
        judged = True
    # "The Ambassadors Fund has sent Peru $5 million": the fund's only amount is what it names.
    sole = best.sole and not far
    # One more tie: the sheet's own digits in another order ("a $312 million agreement" for
    # "$321 million"), or a telling party's one duration ("INL has been at this for twenty
    # years": the duration of INL's work is the one the sheet gives it, as writers read it).
    # (a duration said as one, not an event's year read as an age: "created in 2010")
    duration = sole and r.unit == YEARS and not r.age and not r.since
    if best.evidence + (1 if misquotes(r, f) or duration else 0) < STRONG or (
        judged and best.evidence + (1 if sole else 0) < WEIGHTS.beyond_reach
    ):
        # Past the sheet's "over v" is a judgement of how writers round: it needs more to say.
        words_ = " and ".join(repr(m) for m in best.matched)
        return Why(
            "weak-evidence", f"only {words_} ties it to {best.profile.id}: too little to contradict"
        )
    p = best.profile
    if best.owner_unsaid:
        return Why(
            "place-subject",
            f"its subject is a place, and {p.id} counts what {names_of(p.parties)} did there",
        )
    if best.body:
        return Why(
            "a-body-of-it",
            f"it names {best.body}, a part of {names_of(p.parties)}: what it gave may be its share",
        )
    if best.borrowed:
        return Why(
            "borrowed-subject",
            f"only words outside its own clause tie it to {p.id}: too little to contradict",
        )
    if r.unit in (DATE, COUNT) and not best.beside:
        # A clause can date or count several things: "after the January 15 spill, Blinken
        # traveled"; "call 555 for details".
        return Why(
            "nothing-beside",
            f"no word right by {r.text!r} says it is {p.id}: too little to contradict",
        )
    if r.unit == DATE and p.parties and not best.actor:
        # An event is someone's: a U.S. delegation arriving in Lima is not Blinken's visit.
        return Why(
            "actor-unnamed",
            f"it does not name who {p.id} is about ({names_of(p.parties)}): too little to contradict",
        )
    # (not one denied of every year: "never topped $15 billion" is refuted by any year's)
    if best.matcher.dated_siblings(p) and not best.dated and r.unit != DATE and not r.never:
        # Trade was $9 billion in 2009 and over $22 billion in 2021; "$15 billion" of no year
        # may be of another year.
        return Why(
            "year-unsaid",
            f"it gives no year, and {p.id} is of {years_of(p)}: too little to contradict",
        )
    return None


def _reason(found: str, rule: str, r: Reading, best: Fit) -> str:
    """One line saying why the verdict is what it is."""
    f = best.context.figure
    says = f"the sheet says {f.as_written!r} ({f.id}, line {best.context.statement.line})"
    how = f"; {r.note}" if r.note else ""
    if f.year_inferred:
        # A date's year, or the year of a count "this year" (its period).
        year = str(f.value)[:4] if isinstance(f.value, str) else str(f.period or "")[:4]
        how += f"; the sheet gives no year: {year} is inferred from the date of the visit"
    if rule == "restated-without-bound":
        return f"{says}: {r.text!r} restates its number without the sheet's bound word{how}"
    if rule == "within-rounding":
        return f"{says}, a round number that covers {r.text!r}{how}"
    if rule == "negated-figure":
        return f"{says}, and the claim denies it{how}"
    if rule == "beyond-reach":
        return f"{says}, and {r.text!r} lies a third or more past it: the sheet would say so{how}"
    if rule == "misstated-bound":
        return (
            f"{says}, and {r.text!r} states its bound with other digits of the same precision: "
            f"a misstated figure, not a rounding down{how}"
        )
    if rule == "bound-far-below":
        return (
            f"{says}: {r.text!r} holds of it, but the sheet's value is {FAR_ABOVE_BOUND}× that "
            f"bound or more: an understatement, or another quantity{how}"
        )
    if rule == "bound-below":
        return (
            f"{says}: {r.text!r} holds of it, but sits further below it than a rounding down "
            f"at its precision: an understatement, or another quantity{how}"
        )
    if rule == "more-digits":
        return f"{says}, and {r.text!r} is its number with more digits, which it rounds down{how}"
    if rule == "within-its-date":
        return f"{says}, and {r.text!r} lies within it: the sheet's date is less precise{how}"
    if rule == "negated-other":
        return f"{says}; the claim denies another value, which nobody here claims{how}"
    if found == SUPPORTED:
        return f"{says}, and every value it allows fits {r.text!r}{how}"
    if found == CONTRADICTED:
        return f"{says}, and no value it allows fits {r.text!r}{how}"
    return f"{says}, which neither confirms nor rules out {r.text!r}{how}"


def allowed_by(r: Reading, fit: Fit) -> Interval:
    """The values a reading allows, in the figure's own unit (dates as day spans)."""
    if r.unit == DATE:
        truth = str(fit.context.figure.value)
        year = int(r.value) if r.year_given else int(truth[:4])
        iso = (
            f"{year:04d}"
            + (f"-{r.month:02d}" if r.month else "")
            + (f"-{r.day:02d}" if r.month and r.day else "")
        )
        if r.month and r.day and r.high is not None:
            # "October 3-7": from the first day to the last.
            last = date_span(f"{year:04d}-{r.month:02d}-{int(r.high):02d}")
            return Interval(date_span(iso).lo, last.hi)
        return date_span(iso)
    if r.since:
        span = fit.profile.reference - int(r.value)
        extra = int(r.precision) - 1  # "since the 1960s": any year of the decade
        return Interval(float(span - extra - 1), float(span + 1))
    return plain_interval(r)
