"""Checking a draft against the sheet: each number read as a frame, matched to the one figure
whose frame it fits, and judged with care.

A number meets only figures of its kind of unit (dollars, percent or a change, years, counts,
dates). Among those, a figure is a candidate only when the number's clause uses a word of what
the figure measures (its frame's ``measure``), names no party or place the figure is not about,
gives no year the figure is not of, and does not speak of a part ("each", "a year") of a figure
that is a total. Candidates are ranked by those words, the noun right after the number counting
most. "contradicted" needs a read bound, one clear candidate and strong evidence; any doubt is
"undetermined", with its reason.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from decimal import Decimal

from perufacts.bounds import figure_interval, swapped_digits
from perufacts.bounds import verdict as verdict_of
from perufacts.checking.claims import Claim, Where, no_match
from perufacts.checking.evidence import (
    MANY_COUNTRIES_IN,
    SPEAKER,
    Fit,
    Matcher,
    descends,
    names_of,
    years_of,
)
from perufacts.checking.frames import Profile
from perufacts.checking.patterns import lazy
from perufacts.checking.reader import (
    CHANGE,
    COUNT,
    DATE,
    NUMBER_WORDS,
    PERCENT,
    USD,
    YEARS,
    LineIndex,
    Reading,
    Segment,
    denied_before_but,
    pronoun_led,
    read_numbers,
    split_draft,
    words_to_int,
)
from perufacts.checking.rules import WEIGHTS as W
from perufacts.checking.rules import Why
from perufacts.checking.verdicts import (
    PLAIN,
    RESTATED,
    STRONG,
    a_decimal_slip,
    distinct_digits,
    judge_fit,
    misquotes,
    restates_digits,
    supports,
)
from perufacts.errors import UsageError
from perufacts.models import Figure, FigureContext, Store
from perufacts.queries import get_figures
from perufacts.text import STOPWORDS, Vocabulary, verb_stem, words
from perufacts.vocab import (
    GROWTH_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    Qualifier,
    Unit,
    Verdict,
)

SUPPORTED, CONTRADICTED, UNDETERMINED, NO_MATCH = Verdict

# Verdicts whose claims are judged against one figure: these carry its ratio.
_FIGURED = frozenset({SUPPORTED, CONTRADICTED, UNDETERMINED})
# A draft is an article or a report: the work of a check is bounded by the numbers it holds
# (about 1 ms each), so that no draft under the size cap takes more than seconds.
MAX_NUMBERS = 10_000
# The kind of number each unit of the store is: counts of things meet bare numbers.
_KIND = {Unit.USD: USD, Unit.PERCENT: PERCENT, Unit.YEARS: YEARS, Unit.DATE: DATE}
_NEAR = 6  # words after a number that name what it counts ("34 projects")
# Verbs that only say something happened: the date belongs to their subject.
_EVENT_VERBS = frozenset(
    "took take takes taking place happened happen happens occurred occur occurs came come "
    "held hold was were is be began begin begun started start struck hit unfolded".split()
)
_VERB_WORDS = frozenset(
    "is are was were be been being have has had will would can could should may might must do "
    "does did now who which that live lives remain remains stand stands came come comes went "
    "go goes grew grow rose fell got gave made took brought sent stood held began ran arrived "
    "spread spent put set cut hit kept left led met paid won "
    # ... and present verbs that follow a plural noun: "25 regions host projects".
    "host hosts include includes receive receives contain contains span spans "
    # ("1.3 million Venezuelans make up 4 percent", "... account for", "... now need help")
    "make makes account accounts represent represents comprise comprises constitute "
    "constitutes need needs face faces reside resides seek seeks earn earns "
    # ... and the verbs that words() folds from a contraction: "Venezuelans doesn't".
    "doesnt dont didnt isnt arent wasnt werent hasnt havent hadnt wont cant couldnt "
    # ... and the verbs of seeming: "two million doses sounds generous".
    "sounds sound seems seem feels feel appears appear "
    # ... and the adverbs that end a noun phrase: "alumnae here", "pieces home".
    "here there today home back overall altogether already still outright".split()
)
# "per region", "per project": a share of one item (not "per State", "per R4V", "per the
# sheet": a source; not "per cent").
_PER_ITEM = (
    r"per\s+(?!cent\b)(?!(?-i:[A-Z][a-z]))(?!(?:the|a|an|our|its|their|this|that|his|her)\b)\w+"
)
_PART = lazy(
    # "two projects per region": a rate, with or without its unit between.
    rf"^\s*(?:[a-z-]{{3,}}\s+)?(?:each|apiece|{_PER_ITEM}"
    r"|a\s+(?:year|month|week|day)"
    r"|annually|every\s+year|yearly"
    r"|monthly|on\s+average)\b|\b(?:an\s+)?average\s+of\s+$|\bone\s+of\s+(?:the\s+)?$"
    # "grants have ranged from $30,000 to $700,000", "single grants run from $10,000 to
    # $500,000": the sizes of single items.
    r"|\b(?:rang(?:e|es|ed|ing)|run|runs|ran|var(?:y|ies|ied))\s+(?:in\s+size\s+)?"
    r"from\s+(?:\S+\s+to\s+)?$"
    # ("accepts proposals of up to $500,000", "awards worth up to $40,000": one item's size)
    r"|\b(?:proposals?|grants?|awards?|applications?|bids?)\s+(?:of|worth|for)\s+$"
    r"|\b(?:every|per|each|one\s+in|one\s+out\s+of)\s+$"
    # ("two new Fulbright programs, and each will start with five scholars": "each" a subject;
    # not "every sector", "of every stripe")
    r"|\beach\s+(?:will|would|can|could|gets?|got|receives?|received|has|had|is|was|costs?"
    r"|takes?|took|starts?|started|begins?|began)\b(?:\s+[a-z’'-]+){0,3}\s+$",
    re.IGNORECASE,
)
_TIME_WORD = r"years?|months?|decades?|weeks?|days?|(?:19|20)\d{2}"


def check_text(store: Store, text: str, *, pinned: str | None = None) -> list[Claim]:
    """Every number in ``text`` with its verdict against the sheet, in reading order."""
    matcher = Matcher(store)
    if pinned is not None and pinned not in matcher.by_id:
        get_figures(store, [pinned])  # raises NotFoundError with suggestions
    claims: list[Claim] = []
    lines = LineIndex(text)
    # The sheet's sentences a draft's sentence states rightly so far: they anchor its dates
    # ("a $321 million agreement ..., and that assistance runs through 2028").
    anchored: dict[int, set[str]] = {}
    for segment in split_draft(text):
        before = anchored.setdefault(segment.index, set())
        if segment.previous and _TAKES_UP.match(segment.sentence):
            # ("USAID signed a $321 million agreement in 2021. It runs through 2028.": a
            # sentence that takes up the one before by a pronoun or "the agreement" takes up
            # what it stated rightly too)
            # (past a sentence that states nothing rightly: "Q: USAID signed a $321 million
            # agreement in 2021. How long does it last? A: It runs through 2027.")
            before |= anchored.get(segment.index - 1, set()) or anchored.get(
                segment.index - 2, set()
            )
        elif _TAKES_UP_AGAIN.search(segment.sentence, 0, _first_number(segment.sentence)):
            # ("... USAID's current agreement with Peru is worth $321 million. He did, however,
            # say that agreement was signed "in 2020."": "that agreement" within the sentence,
            # of the one stated rightly in one of the two sentences before, in its paragraph or
            # the one before)
            before |= anchored.get(segment.index - 1, set()) | anchored.get(
                segment.index - 2, set()
            )
        found = _check_segment(segment, lines, matcher, pinned, before)
        before |= {c.figure.statement.id for c in found if c.figure and c.verdict == SUPPORTED}
        claims += found
        if len(claims) > MAX_NUMBERS:
            raise UsageError(
                f"the draft holds more than {MAX_NUMBERS:,} numbers: check it in parts"
            )
    # (the sheet's value given as a correction first: "I had 50 years. The sheet says forty.")
    claims = _corrected_nearby(_correcting_values(claims))
    claims = _corrected_to(claims, text)
    claims = _withdrawn(_taken_back(claims))
    claims = _denied_next(claims, text)
    claims = [_supposed(_not_true_that(_another_source(_asked(c), text, matcher))) for c in claims]
    claims = [_before_its_party(_aimed(_not_said(c)), matcher) for c in claims]
    claims = [_a_wider_count(c, matcher) for c in claims]
    claims = _dates_of_other_amounts([_denied_as_too_low(c, text) for c in claims], text)
    claims = _converted_amounts(claims, text)
    claims = [_defined(_dates_a_report(_a_span_of_months(_a_span_of_days(c)))) for c in claims]
    claims = [_an_opening_span(c) for c in claims]
    claims = [_a_kind_apart(c, text, matcher) for c in claims]
    claims = _pointing_back(claims, text)
    claims = _parts_adding_up(_topic_unnamed(claims, text, matcher))
    written = _written_after(text, matcher.reference)
    if written:
        claims = [_as_of_writing(c, text, written) for c in claims]
    # A figure is given once a sentence: see _one_number_a_figure.
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    claims = [c for group in by_sentence.values() for c in _one_number_a_figure(group)]
    # (a bare correction first: 'delivered "barely one million doses". The record says two
    # million.' refutes the quote by the value it gives)
    claims = _quotes_set_against(_denials_corrected(_bare_corrections(claims), text), text)
    claims = _quotes_settled(claims, text, matcher)
    claims = _shared_refuted(_refuted_again(_the_authors_restatements(claims, text)))
    claims = _claimants_untied_quotes(_quotes_of_the_figure_before(claims, text, matcher))
    return [_reported_is_no_claim(c) for c in claims]


def _parts_adding_up(claims: list[Claim]) -> list[Claim]:
    """Two or three amounts the sheet rules out for the same figure that together make it
    ("usaid_agreement_bilateral,171" and "usaid_agreement_regional,150" of the $321 million):
    its parts, not misstatements of it."""
    by_figure: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        if (
            c.verdict == CONTRADICTED
            and c.figure
            and c.ratio
            and 0 < c.ratio < 1
            and c.unit not in _NO_PARTS
        ):
            by_figure.setdefault(c.figure.figure.id, []).append(i)
    out = list(claims)
    for fid, found in by_figure.items():
        # (bounded: the first few of a figure's misstatements are tried, in twos and threes)
        tried = found[:_PARTS_TRIED]
        for size in (2, 3):
            for group in itertools.combinations(tried, size):
                if abs(sum(claims[i].ratio or 0 for i in group) - 1) > _PARTS_SLACK:
                    continue
                names = " + ".join(repr(claims[i].text) for i in group)
                made = f"{names} make {fid}'s {_as_written(claims[group[0]])!r}: a part of it"
                for i in group:
                    out[i] = _no_claim(
                        claims[i], Why("part-of-total", f"{made}; {claims[i].reason}")
                    )
    return out


def _as_written(c: Claim) -> str:
    """The sheet's wording of the figure a claim is about."""
    return c.figure.figure.as_written if c.figure else ""


_NO_PARTS = frozenset({DATE, YEARS, PERCENT, CHANGE})  # units whose values do not add up
_PARTS_TRIED = 12  # a figure's misstatements tried as parts of it
_PARTS_SLACK = 0.02  # how far the parts' sum may be from the figure (rounded parts)


def _quotes_settled(claims: list[Claim], text: str, matcher: Matcher) -> list[Claim]:
    """A quoted number the sheet rules out ("quoted": undetermined, for a quote may be what the
    writer reports or endorses) that the draft refutes right after it (a rating, "the sheet
    says", the figure stated rightly) is someone's claim the writer checks and finds wrong:
    contradicted, as a fact-checker rates it. One whose quote a bare "not" denies ('not that
    it "doubled"') is the Y of "X, not Y": nobody's claim. One the draft lets stand is its
    speaker's claim when its quote names its figure (see _quote_let_stand).)"""
    out = []
    for i, c in enumerate(claims):
        held = _held_by_its_quote(c)
        doubted = (
            not held and c.rule in _DOUBTED and c.verdict == UNDETERMINED
            and c.figure is not None
            and (_quoted(c.sentence_text, _at(c)) or _quoted_in_its_line(text, c.start))
        )  # fmt: skip
        if (held or doubted) and _a_question(c):
            # ('A reader asked us whether the fund gave Peru "just $350,000."': a real question,
            # which claims nothing)
            out.append(_asked_it(c))
        elif held:
            later = _claims_within(claims, i, c.end + _QUOTE_REACH)
            out.append(_quote_refuted(c, later, text) or _quote_let_stand(c, matcher))
        else:
            out.append(_tied_by_its_refutation(c, claims, i, text, matcher) if doubted else c)
    return out


def _quote_let_stand(c: Claim, matcher: Matcher) -> Claim:
    """A quoted number the sheet rules out that the draft lets stand ('"The narcotics bureau has
    been backing Peru's eradicators for three decades," one official said'): the speaker's
    claim, as writers label it (55 of the 63 such in dev), unless its value is another figure's
    of its kind ('"For a quarter-century, this agreement has ..."': the MOU's 25 years). So is
    one a claimant's words put before the quote ('A congressman insisted that Washington sent
    "barely 200,000" shots', 'A member recalled "more than 40" projects'; all 7 such in dev)."""
    if c.rule != "quoted" or c.figure is None:
        return c
    said = _said_before(c)
    if not _quote_names(c, matcher) and (said is None or not _claimants(c, said)):
        return c
    kind = matcher.by_id[c.figure.figure.id].kind
    rivals = [
        p.id for p in matcher.profiles
        if p.kind == kind and p.id != c.figure.figure.id
        and verdict_of(figure_interval(matcher.figure(p.id)), c.claimed) == SUPPORTED
    ]  # fmt: skip
    if rivals:
        return c
    why = Why("quoted-let-stand", f"{c.text!r} stands in quotation marks, and the draft lets it "
                                  f"stand: the speaker's claim; {_unquoted(c)}")  # fmt: skip
    return _given(c, CONTRADICTED, why)


def _quote_names(c: Claim, matcher: Matcher) -> bool:
    """True when the quote a number stands in names its figure itself, by a word of what it
    measures or by one of its parties ('"The narcotics bureau has been backing ... for three
    decades"'; not '"over $60 million in the last five years"', whose years are no one's)."""
    assert c.figure is not None
    at = _at(c)
    opened = max(c.sentence_text.rfind('"', 0, at), c.sentence_text.rfind("“", 0, at))
    ends = [e for e in (c.sentence_text.find('"', at), c.sentence_text.find("”", at)) if e >= 0]
    quote = c.sentence_text[opened + 1 : min(ends, default=len(c.sentence_text))]
    p = matcher.by_id[c.figure.figure.id]
    mentioned, vocab, _ = matcher.read(quote)
    return bool(mentioned & p.parties) or _names_measure(vocab, p)


def _the_authors_restatements(claims: list[Claim], text: str) -> list[Claim]:
    """The value the sheet's author is said to give right after a quoted claim it refutes
    ('The draft says "about 800 alumnae"; State says nearly 400'), which names no measure of
    its own: the refuted claim's figure, which it fits."""
    out = list(claims)
    for i, c in enumerate(claims):
        if c.rule != "quoted-refuted" or c.figure is None:
            continue
        after = text[c.end : c.end + _QUOTE_REACH]
        after = after[: m.start()] if (m := _NEXT_CLAIM.search(after)) else after
        within = _claims_within(claims, i, c.end + len(after))
        d = _the_authors_value(c, within, after)
        if d is None or d.figure is not None:
            continue
        f = c.figure.figure
        why = Why(
            "authors-value",
            f"the sheet's author gives it right after {c.text!r}, which it refutes: the sheet "
            f"says {f.as_written!r} ({f.id}, line {c.figure.statement.line}), and every value "
            f"it allows fits {d.text!r}",
        )
        out[i + 1 + within.index(d)] = replace(
            d, verdict=SUPPORTED, figure=c.figure, reason=why.text, rule=why.rule, matched=()
        )
    return out


def _bare_corrections(claims: list[Claim]) -> list[Claim]:
    """A bare number that opens a short sentence right after a claim of a figure that is not
    supported ('the draft says "30 years." The sheet says forty.', 'turned 20 this year? A:
    Twenty-five, actually.', 'did not donate 2 million doses. It was 1 million'): the value
    the writer corrects that claim to, of its figure, judged by _judged_correction."""
    out = list(claims)
    for i in range(1, len(claims)):
        c, d = claims[i - 1], claims[i]
        if d.rule != "no-measure" or d.unit != COUNT or c.figure is None:
            continue
        # (the sentence right after, or after one with no number: "Why does it matter?")
        if c.verdict == SUPPORTED or not 0 < d.sentence - c.sentence <= _BARE_GAP:
            continue
        at = _at(d)
        lead = len(words(d.sentence_text[:at]))
        if lead > _BARE_LEAD or not _BARE_END.match(d.sentence_text, at + len(d.text)):
            continue
        # (a value the sheet rules out only when a pronoun that opens the sentence right after
        # gives it: "It spans 45.", not "Spain alone sent 1 million")
        own = _ITS_OWN_LEAD.fullmatch(d.sentence_text[:at]) is not None
        out[i] = _judged_correction(d, c, gives=own and d.sentence - c.sentence == 1) or d
        if out[i].rule == "corrected-to":
            out[i - 1] = _a_claimant_corrected(out[i - 1], out[i])
    return out


def _ruled_out(c: Claim, figure: FigureContext) -> str:
    """The reason the sheet's wording of a figure rules a claim out."""
    f = figure.figure
    return (
        f"the sheet says {f.as_written!r} ({f.id}, line {figure.statement.line}), and no value "
        f"it allows fits {c.text!r}"
    )


def _a_claimant_corrected(c: Claim, d: Claim) -> Claim:
    """A claimant's claim held back as weakly tied ("Our producer swears INL has only been at
    it for thirty years"), that a bare number right after corrects to the sheet's value
    ("Forty, actually."): the claimant's, of that figure, which the sheet rules out."""
    said = _said_before(c)
    if c.verdict != UNDETERMINED or c.rule not in _DOUBTED or c.figure is None or said is None:
        return c
    if (
        not _claimants(c, said)
        or verdict_of(figure_interval(c.figure.figure), c.claimed) != CONTRADICTED
    ):
        return c
    why = Why(
        "claimant-refuted",
        f"{said.group(0)!r}: someone's claim the writer reports, and {d.text!r} right after it "
        f"corrects it to the sheet's value: {_ruled_out(c, c.figure)}",
    )
    return _given(c, CONTRADICTED, why)


def _denials_corrected(claims: list[Claim], text: str) -> list[Claim]:
    """A value a writer gives a figure right after denying the sheet's ("the U.S. didn't
    donate two million doses, that it was more like a million", "It has not supported
    eradication for forty years; the honest number is closer to thirty"): judged against it."""
    out = list(claims)
    for i, d in enumerate(claims):
        # (untied, or held back by a weak tie to the figure denied: "that it was more like a
        # million", where "donate" ties it to the doses, but no word right by it)
        if d.rule not in (_UNTIED_RULES if d.figure is None else _DOUBTED):
            continue
        c = next(
            (o for o in reversed(claims[max(0, i - _DENIED_BACK) : i])
             if o.rule == "negated-figure" and 0 <= d.sentence - o.sentence <= 1
             and (d.figure is None or _same_figure(o, d))),
            None,
        )  # fmt: skip
        between = text[c.end : d.start] if c is not None else ""
        if c is None or len(between) > _DENIED_GAP or not _GIVES_ITS_VALUE.search(between):
            continue
        out[i] = _judged_correction(d, c, gives=True) or d
    return out


def _same_figure(c: Claim, d: Claim) -> bool:
    """True when two claims are about one figure of the sheet."""
    return (
        c.figure is not None and d.figure is not None and c.figure.figure.id == d.figure.figure.id
    )


_UNTIED_RULES = frozenset({"no-measure", "weak-tie"})
_DENIED_BACK = 3  # claims before a value among which the denial it corrects is looked for
_DENIED_GAP = 160  # characters between a denial and the value that corrects it at most
# What gives the value right before it: "that it was more like", "the honest number is closer
# to", "was later cut to".
_GIVES_ITS_VALUE = lazy(
    r"(?:\b(?:it|that|this|they)\s+(?:was|is|were|are|[’']s)|\b(?:number|figure|count|total"
    r"|amount)\s+(?:is|was)|\bcut\s+to|\bmore\s+like|\bcloser\s+to)\s+"
    r"(?:(?:more\s+like|closer\s+to|about|around|roughly|only|just|actually|really)\s+)*$",
    re.IGNORECASE,
)


def _judged_correction(d: Claim, c: Claim, *, gives: bool) -> Claim | None:
    """A bare number that corrects a claim of a figure (``c``), judged against that figure:
    supported when every value the sheet allows fits it and it is near the figure's value;
    contradicted when the sheet rules it out, it is of the figure's order and the words before
    it give it as the figure's value (``gives``: "It spans 45."; not "It is not half a
    billion", "Spain alone sent 1 million", "Comments (4)")."""
    if c.figure is None or not isinstance(c.figure.figure.value, (int, float)):
        return None
    f, line = c.figure.figure, c.figure.statement.line
    value = float(f.value)
    found = verdict_of(figure_interval(f), d.claimed)
    # (a value near the figure's, not a span or a bound far below it that merely holds it:
    # not "5-3021", "532,000+" against 1.3 million)
    if found == SUPPORTED and d.claimed.lo * _BARE_SPREAD >= value:
        why = Why(
            "corrected-to",
            f"a bare number right after {c.text!r} ({f.id}), which it corrects: the sheet says "
            f"{f.as_written!r} ({f.id}, line {line}), and every value it allows fits {d.text!r}",
        )
        return replace(d, verdict=SUPPORTED, figure=c.figure, reason=why.text, rule=why.rule)
    near = value / _OWN_SPREAD <= d.claimed.lo and d.claimed.hi <= value * _OWN_SPREAD
    if found == CONTRADICTED and gives and near:
        why = Why(
            "corrected-wrongly",
            f"the writer's correction of {c.text!r} ({f.id}): the sheet says {f.as_written!r} "
            f"({f.id}, line {line}), and no value it allows fits {d.text!r}",
        )
        return replace(d, verdict=CONTRADICTED, figure=c.figure, reason=why.text,
                       rule=why.rule, ratio=d.claimed.lo / value)  # fmt: skip
    return None


_ITS_OWN_LEAD = lazy(
    r"\W*(?-i:It|They)\s+(?:(?:actually|really|only|just|in\s+fact)\s+)?[a-z]+\s+"
    r"(?:(?:about|around|roughly|some|nearly|only|just|closer\s+to|more\s+like)\s+)?"
)
_OWN_SPREAD = 3  # how far from the figure's value a pronoun's bare value may be and be its


def _shared_refuted(claims: list[Claim]) -> list[Claim]:
    """A claimant's number that only words several figures share tie to them ("Opposition
    lawmakers grumble that Washington has sent barely 100 million dollars to help"), when just
    one of them is stated rightly, in its unit, in its sentence or the two after it ("The State
    Department puts its support for the migration response at 286 million dollars"): the
    figure it is about, which refutes it when the sheet rules it out."""
    out = list(claims)
    for i, c in enumerate(claims):
        said = _said_before(c) if c.rule == "shared-words-only" and c.candidates else None
        if said is None or not _claimants(c, said):
            continue
        one = _the_one(
            d for d in _claims_within(claims, i, c.end + _QUOTE_REACH)
            if d.figure and d.verdict == SUPPORTED and d.unit == c.unit
            and d.sentence <= c.sentence + _SHARED_REACH and d.figure.figure.id in c.candidates
        )  # fmt: skip
        if one is None or one.figure is None:
            continue
        d, figure = one, one.figure
        f = figure.figure
        if verdict_of(figure_interval(f), c.claimed) != CONTRADICTED:
            continue
        why = Why(
            "claimant-refuted",
            f"{said.group(0)!r}: someone's claim the writer reports, tied only by words "
            f"{', '.join(c.candidates)} share, and {d.text!r} after it states {f.id}: the sheet "
            f"says {f.as_written!r} ({f.id}, line {figure.statement.line}), and no value it "
            f"allows fits {c.text!r}",
        )
        out[i] = replace(
            c, verdict=CONTRADICTED, figure=figure, reason=why.text, rule=why.rule, candidates=()
        )
    return out


def _quotes_of_the_figure_before(claims: list[Claim], text: str, matcher: Matcher) -> list[Claim]:
    """A quoted number too weakly tied to be judged, right after the one figure of its kind
    stated rightly ("Two million doses donated. Don't repeat the op-ed's line that Washington
    "sent only 500,000 doses." It's just wrong."), whose sentence names that figure's measure
    and no other figure's of its kind, and that the draft refutes right after it: someone's
    value of that figure, which the sheet rules out (within a slip of the decimal point of it;
    a quote no rating follows stays as it was)."""
    out = list(claims)
    for i, c in enumerate(claims):
        if c.figure is not None or c.rule not in _UNTIED_RULES or c.unit == DATE:
            continue
        if not (_quoted(c.sentence_text, _at(c)) or _quoted_in_its_line(text, c.start)):
            continue
        stated = {
            d.figure.figure.id: d for d in claims[max(0, i - _BEFORE_TRIED) : i]
            if d.figure and _states_rightly(d) and 0 <= c.sentence - d.sentence <= _QUOTE_BACK
            and _same_kind(d.unit, c.unit)
        }  # fmt: skip
        if len(stated) != 1:
            continue
        d = next(iter(stated.values()))
        assert d.figure is not None  # (kept above)
        f = d.figure.figure
        measured = _measured(c.sentence_text, matcher.by_id[f.id].kind, matcher)
        # ('US help for Venezuelans is "barely $60 million"': help of which? Not a figure whose
        # value is far from it: "the line from the op-ed" names no lines of effort here.)
        rivals = [o for o in measured - {f.id} if _near_value(c, matcher.figure(o).value)]
        # (or the words right after it call it a slip of that figure: 'Marco's draft says
        # "$8.68m"; decimal slip, fix before sending')
        after = text[c.end : c.end + _QUOTE_REACH]
        after = after[: m.start()] if (m := _NEXT_CLAIM.search(after)) else after
        named = f.id in measured or _A_SLIP.search(after) is not None
        if not named or rivals or not _near_value(c, f.value):
            continue
        if verdict_of(figure_interval(f), c.claimed) != CONTRADICTED:
            continue
        premise = f"{d.text!r} before it states {f.id}: {_ruled_out(c, d.figure)}"
        held = replace(c, figure=d.figure, verdict=UNDETERMINED, rule="quoted", candidates=())
        later = _claims_within(claims, i, c.end + _QUOTE_REACH)
        found = _quote_refuted(held, later, text, premise)
        if found is not None and found.verdict == CONTRADICTED:
            out[i] = replace(found, ratio=c.claimed.lo / float(f.value))
    return out


def _quotes_set_against(claims: list[Claim], text: str) -> list[Claim]:
    """A quoted number held back as quoted words that its sentence sets against the figure it
    stated rightly before it ("has facilitated the return of over 2,000 trafficked artifacts;
    one Lima columnist nonetheless wrote that it had recovered "barely 200 pieces""): someone's
    claim, which the writer's own statement of the figure refutes."""
    out = list(claims)
    for i, c in enumerate(claims):
        if not _held_by_its_quote(c) or c.figure is None:
            continue
        fid = c.figure.figure.id
        d = next(
            (d for d in reversed(claims[max(0, i - _BEFORE_TRIED) : i])
             if d.sentence == c.sentence and d.verdict == SUPPORTED and d.figure
             and d.figure.figure.id == fid),
            None,
        )  # fmt: skip
        contrast = _SET_AGAINST.search(text, d.end, c.start) if d is not None else None
        if d is None or contrast is None:
            continue
        why = Why(
            "quoted-refuted",
            f"{c.text!r} stands in quotation marks, and {contrast.group(0)!r} sets it against "
            f"{d.text!r} before it: a claim the writer reports and finds wrong; {_unquoted(c)}",
        )
        out[i] = _given(c, CONTRADICTED, why)
    return out


# The words that set what follows against what came before ("..., yet one columnist wrote").
_SET_AGAINST = lazy(
    r"\b(?:nonetheless|nevertheless|even\s+so|yet|still|however|but|though|although)\b",
    re.IGNORECASE,
)


def _near_value(c: Claim, value: object) -> bool:
    """True when a claim's value is within a slip of the decimal point of a figure's."""
    if not isinstance(value, (int, float)) or value <= 0:
        return False
    return value / _QUOTE_SPREAD <= c.claimed.lo and c.claimed.hi <= value * _QUOTE_SPREAD


def _measured(sentence: str, kind: str, matcher: Matcher) -> set[str]:
    """The figures of a kind whose measure a sentence names, by every word of one of its terms."""
    vocab = matcher.read(sentence)[1]
    return {p.id for p in matcher.profiles if p.kind == kind and _names_measure(vocab, p)}


def _names_measure(vocab: Vocabulary, p: Profile) -> bool:
    """True when a text's words hold every word of one of a figure's measure terms."""
    return any(all(vocab.find(w) for w in t) for t in p.measure)


def _states_rightly(d: Claim) -> bool:
    """True when a claim gives its figure a value the sheet allows: supported, or held back
    only as dated in a year the sheet does not give the figure ("Two million doses donated,
    the first batch arriving in June 2021")."""
    if d.verdict == SUPPORTED:
        return True
    return (
        d.rule == "year-not-in-sheet"
        and d.figure is not None
        and verdict_of(figure_interval(d.figure.figure), d.claimed) == SUPPORTED
    )


_QUOTE_BACK = 2  # sentences before a quote where the one figure of its kind may be stated
_QUOTE_SPREAD = 11  # how far from the figure's value an untied quote may be (a decimal slip)
_SHARED_REACH = 2  # sentences after a claimant's shared-word claim where its figure is stated
_BARE_SPREAD = 1.5  # how far below the figure's value a bare correction's lowest may start
_BARE_GAP = 2  # sentences from the claim it corrects at most
_BARE_LEAD = 4  # words before a bare correction in its sentence at most ("The sheet says")
# What may follow a bare correction: the end of its sentence, or an aside ("Twenty-five,
# actually.", "It's forty, per the department"), never a noun of its own.
_BARE_END = lazy(r"\s*(?:[,.;:!?)\]—–]|--|$)")


def _refuted_again(claims: list[Claim]) -> list[Claim]:
    """A quoted number still held back as quoted or reported words that is quoted again further
    on and refuted there, the same value of the same figure (a fact check's lead lists a post's
    claims; 'Claim: "..." Rating: False' takes each up later): refuted too."""
    out = list(claims)
    for i, c in enumerate(claims):
        if not _held_by_its_quote(c) or c.figure is None:
            continue
        fid = c.figure.figure.id
        again = next(
            (
                d
                for d in _claims_within(claims, i, c.end + _AGAIN_REACH)
                if d.rule == "quoted-refuted" and d.figure is not None
                and d.figure.figure.id == fid and d.claimed == c.claimed
            ),
            None,
        )  # fmt: skip
        if again is not None:
            why = Why(
                "quoted-refuted",
                f"{c.text!r} stands in quotation marks, and the same words, quoted again on "
                f"line {again.line}, are refuted there: a claim the writer reports and finds "
                f"wrong; {_unquoted(c)}",
            )
            out[i] = _given(c, CONTRADICTED, why)
    return out


# How far after a quoted number the same words quoted again are looked for (a fact check's
# lead and the "Claim:" that takes it up).
_AGAIN_REACH = 2000


def _tied_by_its_refutation(
    c: Claim, claims: list[Claim], i: int, text: str, matcher: Matcher
) -> Claim:
    """A quoted number (claims[i]) the sheet would rule out but only weakly tied to the figure
    ('"The gringos sent us 500,000 vaccines." RATING: False. ... the United States donated two
    million doses'): the figure stated rightly within two sentences after it ties it, and
    refutes it; else the weak tie stands."""
    weak = _untie(c) if c.rule == "weak-evidence" and c.unit != YEARS else c
    if c.figure is None:
        return weak
    f = c.figure.figure
    # (a rating's line is a sentence of its own: the refutation may come a sentence later)
    rated = _RATED.search(text, c.end, c.end + _QUOTE_REACH) is not None
    reach = 3 if rated and c.rule == "borrowed-subject" else 2
    # ('"... barely 500,000 vaccines." (a congressman on a Sunday panel)': an aside in brackets
    # that ends the quote's line is a sentence of its own)
    reach += 1 if _ASIDE_ENDS_LINE.match(text, c.end) else 0
    later = [
        d for d in _claims_within(claims, i, c.end + _QUOTE_REACH)
        if d.sentence <= c.sentence + reach
    ]  # fmt: skip
    # (a quote with another number of the same figure: "... for 40 years, and USAID has backed
    # DEVIDA's alternative crops for 30" - the refutation may be of that other one)
    beside = _claims_within(claims, i, c.end + len(c.sentence_text))
    # (not one outside the quote, or one that is the same measure's value in another year:
    # 'an activist describing a "ten-year" effort; the bureau has supported it for forty years')
    if any(
        d.sentence == c.sentence and d.figure and d.figure.figure.id == f.id
        and d.rule != "a-sibling-fits"
        and (_quoted(d.sentence_text, _at(d)) or _quoted_in_its_line(text, d.start))
        for d in beside
    ):  # fmt: skip
        return weak
    # (the figures stated rightly after it, of its kind: one, its own, or which refutes it is
    # not clear - "INL ... for four decades, and USAID ... DEVIDA, for two decades")
    stated = {d.figure.figure.id for d in later if d.verdict == SUPPORTED and d.figure
              and _same_kind(d.unit, c.unit)}  # fmt: skip
    if _RATED.search(_after(c)) or _denied_before_quote(c) or (rated and not stated):
        # ('US support for the response: $286M+. The accounts claiming the US gave "under
        # $100M" are just wrong.': refuted in its own sentence, by the figure of the one before;
        # so too when a rating comes after it and no figure is stated there: 'The US says it
        # has put $286M+ into the response. Another post says "$28.6 million". ❌')
        before = {
            d.figure.figure.id for d in claims[max(0, i - _BEFORE_TRIED) : i]
            if d.sentence == c.sentence - 1 and d.verdict == SUPPORTED and d.figure
            and _same_kind(d.unit, c.unit)
        }  # fmt: skip
        stated = before if before == {f.id} else stated
    # ('CLAIM: "... It was $9 billion back then and maybe $12 billion last year." RATING:
    # FALSE. ... from $9 billion in 2009 to more than $22 billion in 2021': the figure is among
    # those stated rightly, and a rating refutes the quote)
    if stated != {f.id} and not (f.id in stated and rated and c.rule == "borrowed-subject"):
        return _a_claimants_quote_refuted(c, claims, i, matcher) or weak
    return _quote_refuted(c, later, text, _ruled_out(c, c.figure)) or weak


def _a_claimants_quote_refuted(
    c: Claim, claims: list[Claim], i: int, matcher: Matcher
) -> Claim | None:
    """A quote weakly tied to a figure that a claimant's words put ('A post shared 4,000 times
    claims the United States "sent ten million vaccines"', 'A congressman said U.S. help for
    Venezuelans is "barely $60 million"'), of that figure's order and ruled out by it, when the
    draft states that figure rightly in the few sentences after it: the claimant's claim, which
    the draft refutes (a fact check states the claim, then the record). None otherwise."""
    assert c.figure is not None
    who = _a_claimants_words(c)
    # (not a date, whose order nothing bounds: "only arrived in Peru in 2012" is no signing)
    if who is None or c.unit == DATE or not _refuted_by(c, c.figure.figure):
        return None
    f = c.figure.figure
    later = _stated_after(c, claims, i)
    stated = {d.figure.figure.id for d in later if d.figure}
    d = next((d for d in later if d.figure and d.figure.figure.id == f.id), None)
    if d is None:
        return None
    # (a duration only when a word of its own ties it to that figure alone, or its figure is
    # the one of its kind stated after it: "began only a decade ago", refuted by INL's forty
    # years and DEVIDA's two decades, is which of them? And not one of time to come: "a loan
    # we will be paying off for 50 years" is no collaboration's years.)
    spread = matcher.index.spread
    telling = matcher.by_id[f.id].parties & matcher.telling
    own = any(spread.get(tuple(m.split()), 0) == 1 or m in telling for m in c.matched)
    if c.unit == YEARS and (
        (stated != {f.id} and not own) or _FUTURE.search(c.sentence_text, 0, _at(c))
    ):
        return None
    return _claimant_refuted_by(c, who, d)


def _claimants_untied_quotes(claims: list[Claim]) -> list[Claim]:
    """A quote nothing ties to a figure that a claimant's words put ('A post says the U.S.
    "only gave $28.6 million" for Venezuelans in Peru'), when of the figures of its kind the
    draft states rightly in the few sentences after it just one is of its order and rules it
    out ("The United States has provided over $286 million ..."): the claimant's claim of that
    figure, which the draft refutes. An amount or a count only: a duration or a date may be
    any of several figures'."""
    out = list(claims)
    for i, c in enumerate(claims):
        if c.figure is not None or c.rule not in _UNTIED_RULES or c.unit in (DATE, YEARS):
            continue
        who = _a_claimants_words(c)
        if who is None or not _quoted(c.sentence_text, _at(c)) or _denied_in_its_quote(c):
            continue
        # (the figures stated after it whose order it is of: one, which rules it out; not
        # "half a billion dollars on Venezuelans", of the order of $286 and $321 million alike)
        one = _the_one(
            d for d in _stated_after(c, claims, i)
            if d.figure and isinstance(d.figure.figure.value, (int, float))
            and _of_the_order(c, d.figure.figure.value)
        )  # fmt: skip
        if one is None or one.figure is None:
            continue
        d, f = one, one.figure.figure
        # (no word of its own ties it: only a slip of the figure's own digits, a value near it,
        # or one short of it (a claimant's lowball: "spent barely $100 million on the
        # Venezuelans"), says it is the figure's; not "handed Castillo $1 billion", three times
        # $321 million, which may be any sum of anything)
        short = c.claimed.hi <= float(f.value)
        if not _refuted_by(c, f) or (c.rule == "no-measure" and not (short or _a_slip_of(c, f))):
            continue
        out[i] = replace(_claimant_refuted_by(replace(c, figure=d.figure), who, d),
                         candidates=(), matched=())  # fmt: skip
    return out


def _denied_in_its_quote(c: Claim) -> bool:
    """True when words in a number's own quote before it deny it ('"nowhere near four hundred
    million dollars"', '"not even $100 million"')."""
    at = _at(c)
    opened = max(c.sentence_text.rfind('"', 0, at), c.sentence_text.rfind("“", 0, at))
    return opened >= 0 and _DENIED_WITHIN.search(c.sentence_text, opened, at) is not None


_DENIED_WITHIN = lazy(r"\b(?:not|never|nowhere|no|nor)\b|n[’']t\b", re.IGNORECASE)


def _a_slip_of(c: Claim, f: Figure) -> bool:
    """True when a claim's value is a figure's own digits slipped: its decimal point moved, or
    two digits swapped, or near it (within half as much again)."""
    assert isinstance(f.value, (int, float))
    lo, hi = c.claimed.lo, c.claimed.hi
    # (its value: a bound's own, "less than $100 million" is 100; a point's, read to its width)
    mid = hi if lo <= 0 else lo if math.isinf(hi) else (lo + hi) / 2
    width = hi - lo if lo > 0 and not math.isinf(hi) else 0.0
    if mid <= 0 or math.isinf(mid):
        return False
    ratio = mid / float(f.value)
    swapped = swapped_digits(mid, width, float(f.value))
    return a_decimal_slip(ratio) or swapped or 1 / _NEAR_SPREAD <= ratio <= _NEAR_SPREAD


_FIRMLY_NAMED = 2  # measure terms of a figure that name it firmly, whatever its value
_NEAR_SPREAD = 1.5  # how far from a figure a value is near it


def _a_claimants_words(c: Claim) -> str | None:
    """The words before a number that make it a claimant's ("A post says", "Critics claim"),
    or None."""
    post = _A_POST_CLAIMS.search(c.sentence_text, 0, _at(c))
    if post is not None:
        return post.group(0).strip()
    said = _said_before(c)
    return said.group(0).strip() if said is not None and _claimants(c, said) else None


def _refuted_by(c: Claim, f: Figure) -> bool:
    """True when the sheet rules a claim out for a figure and its value is of the figure's
    order (a date has none to be of)."""
    if verdict_of(figure_interval(f), c.claimed) != CONTRADICTED:
        return False
    return not isinstance(f.value, (int, float)) or _of_the_order(c, f.value)


def _stated_after(c: Claim, claims: list[Claim], i: int) -> list[Claim]:
    """The claims of claims[i]'s kind that state their figure rightly in the few sentences
    after it."""
    return [
        d for d in _claims_within(claims, i, c.end + _REFUTED_LATER_REACH)
        if d.sentence <= c.sentence + _REFUTED_LATER and d.figure and _states_rightly(d)
        and _same_kind(d.unit, c.unit)
    ]  # fmt: skip


def _claimant_refuted_by(c: Claim, who: str, d: Claim) -> Claim:
    """A quoted claimant's claim that ``d``, stating its figure rightly after it, refutes."""
    assert c.figure is not None
    assert d.figure is not None
    why = Why(
        "claimant-refuted",
        f"{c.text!r} stands in quotation marks after {who!r}: someone's claim the writer "
        f"reports, and {d.text!r} after it states {d.figure.figure.id}: "
        f"{_ruled_out(c, c.figure)}",
    )
    return _given(c, CONTRADICTED, why)


_REFUTED_LATER = 6  # sentences after a claimant's quote in which its figure may be stated
_FUTURE = lazy(r"\b(?:will|shall|going\s+to)\b", re.IGNORECASE)
_REFUTED_LATER_REACH = 1500  # characters after it, at most


_BEFORE_TRIED = 8  # claims before a quote looked at for the sentence before it
_ASIDE_ENDS_LINE = lazy(r"[^\n()]{0,200}\([^()\n]{1,160}\)[ \t]*(?:\n|$)")
# Doubts a quote's refutation by the figure stated rightly may settle: a weak tie.
_DOUBTED = frozenset({"weak-evidence", "borrowed-subject", "nothing-beside", "year-unsaid"})


def _held_by_its_quote(c: Claim) -> bool:
    """True when a number the sheet rules out was held back only as quoted or reported words,
    and stands in quotation marks ('The column claimed the U.S. sent "barely a million vaccine
    doses"'): the draft right after it may refute it."""
    if c.verdict != UNDETERMINED or c.figure is None:
        return False
    return c.rule == "quoted" or (c.rule == "reported" and _quoted(c.sentence_text, _at(c)))


def _claims_within(claims: list[Claim], i: int, end: int) -> list[Claim]:
    """The claims after claims[i], in reading order, that start before ``end`` (bounded: a
    draft dense with numbers is not walked whole from each one)."""
    found = []
    for j in range(i + 1, len(claims)):
        if claims[j].start > end:
            break
        found.append(claims[j])
    return found


def _quote_refuted(
    c: Claim, later: list[Claim], text: str, judged: str | None = None
) -> Claim | None:
    """The quoted claim as contradicted, when the draft right after it refutes it, or as no
    claim when a bare denial opens its quote; else None (``judged``: the reason it was judged
    by, when its own reason is not that reason held back by its quote)."""
    judged = judged if judged is not None else _unquoted(c)
    denied = _denied_before_quote(c)
    claimant = _CLAIMANT_AFTER.match(text, c.end) if denied is not None else None
    if denied is not None and claimant is not None:
        # ('close to $90 million, not the "$8 million" the article reported': whose the denied
        # words are is said, so they are that text's claim, refuted)
        why = Why(
            "quoted-refuted",
            f"{c.text!r} stands in quotation marks, {denied.group(0).strip()!r} before it denies "
            f"it and {claimant.group(0).strip()!r} says whose it is: a claim the writer reports "
            f"and finds wrong; {judged}",
        )
        return _given(c, CONTRADICTED, why)
    if denied is not None:
        why = Why(
            "quoted-denied",
            f"{c.text!r} stands in quotation marks and {denied.group(0)!r} before it denies it: "
            f"words the writer denies, no claim of theirs; {judged}",
        )
        return _no_claim(c, why)
    after = text[c.end : c.end + _QUOTE_REACH]
    after = after[: m.start()] if (m := _NEXT_CLAIM.search(after)) else after
    rated = _RATED.search(after)
    flagged = _flagged_before_quote(c)
    fid = c.figure.figure.id if c.figure else ""
    restated = next(
        (
            d
            for d in later
            if c.end < d.start <= c.end + len(after)
            and d.verdict == SUPPORTED
            and d.figure is not None
            and d.figure.figure.id == fid
        ),
        None,
    )
    # ('The draft says "about 800 alumnae"; State says nearly 400': the sheet's author giving
    # a value the figure allows, though the clause names no measure of its own)
    restated = restated or _the_authors_value(c, later, after)
    # (what refutes it, and where that starts after the quote)
    if restated is not None:
        by, upto = restated.text, restated.start - c.end
    elif rated is not None:
        by, upto = rated.group(0), rated.start()
    elif flagged is not None:
        by, upto = flagged.group(0).strip(), 0
    else:
        return None
    # ('"nearly half a million". That number refers to asylum applicants; the total is 1.3
    # million': the writer says the quote counts another thing, which is no error of it)
    if (other := _COUNTS_ANOTHER.search(after, 0, max(upto, 0))) is not None:
        why = Why("another-thing", f"{c.text!r} stands in quotation marks and {other.group(0)!r} "
                                   f"says it counts another thing; {judged}")  # fmt: skip
        return _no_claim(c, why)
    why = Why(
        "quoted-refuted",
        f"{c.text!r} stands in quotation marks and {by!r} beside it refutes it: "
        f"a claim the writer reports and finds wrong; {judged}",
    )
    return _given(c, CONTRADICTED, why)


def _the_authors_value(c: Claim, later: list[Claim], after: str) -> Claim | None:
    """The first number in ``after`` (the words right after a quoted claim) that the sheet's
    author is said to give ("State says nearly 400", "The figure given by the State
    Department is nearly 400") and that fits the figure the quoted claim is about."""
    # (a date's claimed span is every day until read against a figure: no value of its own)
    if c.figure is None or c.unit == DATE:
        return None
    truth = figure_interval(c.figure.figure)
    for d in later:
        if d.start > c.end + len(after):
            break
        said = after[: d.start - c.end]
        # ('"some 40 years." The fact sheet says more than sixty.', '"barely fifty million
        # dollars." The State Department puts it at more than two hundred eighty-six million.':
        # a bare count, elliptic)
        elliptic = _kind_of_unit(d.unit) == COUNT and (
            c.unit == YEARS or (c.unit == USD and _SCALED.search(d.text) is not None)
        )
        if (
            (_same_kind(d.unit, c.unit) or elliptic)
            and _BY_THE_AUTHOR.search(said[-_AUTHOR_REACH:])
            and verdict_of(truth, d.claimed) == SUPPORTED
        ):
            return d
    return None


# ("That number refers to ...", "the figure was for ...", "which counts only ...")
_COUNTS_ANOTHER = lazy(
    r"\b(?:refers?|referred|referring|applies|applied)\s+(?:only\s+)?to\b"
    r"|\b(?:number|figure|count|total|amount)\s+(?:is|was)\s+(?:actually\s+|really\s+)?(?:for|of)\b"
    r"|\bcounts?\s+only\b",
    re.IGNORECASE,
)


def _denied_before_quote(c: Claim) -> re.Match[str] | None:
    """The denial right before the quotation mark that opens a quoted claim's quote ('not that
    it "doubled"', 'rather than "three decades"'), if any."""
    return _before_its_quote(c, _DENIED_QUOTE, 40)


def _before_its_quote(c: Claim, pattern: re.Pattern[str], reach: int) -> re.Match[str] | None:
    """Where ``pattern`` ends right before the mark that opens a quoted claim's quote, looked
    for in the ``reach`` characters before that mark; None when the sentence has no mark."""
    before = c.sentence_text[: _at(c)]
    opened = max(before.rfind('"'), before.rfind("“"))
    return pattern.search(before, max(0, opened - reach), opened) if opened > 0 else None


def _flagged_before_quote(c: Claim) -> re.Match[str] | None:
    """What names a quote an error right before its opening mark ('Common slide error: "U.S.
    aid ...: $28.6M"', 'Please strike the draft's reference to "four lines of effort."')."""
    return _before_its_quote(c, _FLAGGED_QUOTE, 60)


_FLAGGED_QUOTE = lazy(
    r"\b(?:errors?|mistakes?|myths?|misstatements?|slips?|typos?|falsehoods?)\s*:\s*$"
    r"|\b(?:strike|delete|drop|remove|kill|cut|fix|correct)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:references?|mentions?|claims?|figures?|numbers?|phrases?|lines?)\s+(?:to|of|about)\s*$",
    re.IGNORECASE,
)


# ('... the "$8 million" the article reported', '"three decades," as the post claimed')
_CLAIMANT_AFTER = lazy(
    r"[^\"”\n]{0,12}?[\"”]\s*,?\s*(?:that\s+|which\s+|as\s+)?"
    r"(?:the|a|an|its|our|their|his|her|this|that|one|some|several)"
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:reported|said|claimed|stated|cited|gave|wrote|printed"
    r"|published|used|quoted|asserted|alleged|gives|says|claims|cites)\b",
    re.IGNORECASE,
)
_DENIED_QUOTE = lazy(
    r"(?:\b(?:not|never|nor|rather\s+than|instead\s+of|no\s+longer)|n[’']t)\b[^.;:!?\"“”]{0,30}$",
    re.IGNORECASE,
)


def _unquoted(c: Claim) -> str:
    """The reason a quoted claim was judged by, before its quotation marks (or the report it
    stands in) held it back."""
    held = (
        " stands in quotation marks: "
        if c.rule == "quoted"
        else ": words the writer checks, not claims; "
    )
    return c.reason.partition(held)[2] or c.reason


# How far after a quoted number the writer's refutation is looked for (a rating, the sheet's
# own value): a fact check's "CLAIM: ... VERDICT: False. The sheet says ..." fits in it.
_QUOTE_REACH = 320
# ("CLAIM: ... VERDICT: True. CLAIM: ...": the next claim checked is no refutation of this one)
_NEXT_CLAIM = lazy(r"\n\s*(?:CLAIM|Claim|CLAIM\s*\d+|Claim\s*\d+)\b")
# A writer's word for a number's slip: "a decimal slip", "a slipped decimal", "a transposition".
_SLIP = (
    r"(?:decimal|digit)\s+slip|slipped\s+(?:a\s+)?(?:decimal|digit)|transpos(?:ed|ition)"
    r"|drops?\s+a\s+(?:digit|zero)"
)
_A_SLIP = lazy(rf"\b(?:{_SLIP})\b", re.IGNORECASE)
_RATED = lazy(
    r"\b(?:RATING|VERDICT|RULING|OUR\s+RATING)\b"
    r"|\b(?:false|misleading|exaggerat\w*|wrong|incorrect|inaccurate|untrue|not\s+true"
    # ("That is simply not right.", a bare "It did not.")
    r"|(?:is|was|are|were|'s|’s)\s+(?:simply\s+|just\s+|plainly\s+)?not\s+(?:right|so|accurate)"
    r"|(?:it|that|this|they)\s+(?:did|does|do|were|has|have)(?:n[’']t|\s+not)(?=\s*[.!;])"
    # ("The sheet says otherwise.", "Neither figure can be squared with ...", "The
    # department's own numbers do not back that up.")
    r"|(?:says?|said|shows?|showed)\s+otherwise"
    r"|(?:neither|none)\s+(?:\w+\s+){0,2}(?:can|could)\s+be\s+(?:squared|reconciled)"
    r"|(?:cannot|can[’']t|could\s+not)\s+be\s+(?:squared|reconciled)"
    r"|(?:do|does|did)(?:\s+not|n[’']t)\s+back\s+(?:that|it|this|them)\s+up"
    # ("a figure the department's tally does not bear out", "the official data do not support
    # them", "That is simply not what the numbers show", "Nothing in the fact sheet supports
    # that", "the 2021 total alone disposes of that claim", "almost three times that")
    r"|(?:do|does|did)(?:\s+not|n[’']t)\s+(?:bear\s+(?:(?:that|it|this|them)\s+)?out"
    r"|support\s+(?:that|it|this|them|the\s+claim))"
    r"|(?:not|(?:is|was|are|were|does|do|did)n[’']t)\s+what\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}"
    r"(?:shows?|says?|said|records?)"
    r"|nothing\s+in\s+(?:[\w’'-]+\s+){0,4}(?:supports?|backs?|confirms?)"
    r"|dispos(?:es|ed)\s+of\s+(?:that|this|the|it)|times\s+(?:that|this)"
    r"|overstat\w*|understat\w*|inflat\w*|ruled?\s+(?:it\s+)?out|rules\s+(?:it\s+)?out"
    r"|no\s+evidence|debunk\w*|a\s+myth|mistaken|erroneous|correct(?:ed|s|ion)?"
    # ("... is way off", "if asked, cite the higher official figure")
    r"|(?:way|far|well)\s+off|off\s+the\s+mark|the\s+(?:higher|lower|official|real|true|right)\s+"
    r"(?:official\s+)?(?:figure|number|total)"
    r"|misses|(?:has|have|needs?|must)\s+to\s+go|must\s+go|needs?\s+fixing|struck|contradict\w*|(?:not\s+even|nowhere|comes?)\s+(?:close|near)"
    r"|(?:better|more|less|fewer|higher|lower|worse|older|younger|larger|smaller|bigger|longer"
    r"|shorter)\s+than\s+that|in\s+fact|actually"
    # ("the fact sheet's figure is well above that", "both come from an old page and will be
    # updated", "apparently mistaking ...")
    r"|(?:above|below|beyond|under)\s+that|out[\s-]of[\s-]date|outdated|(?:will|to)\s+be\s+updated"
    r"|mistak\w*"
    # ('"20 years of the MOU"; fix before print', '"signed in 2019"; please kill that', 'a
    # figure no official source supports')
    r"|(?:fix|kill|drop|delete|strike)\s+(?:it|that|this|them|before)"
    # ("which undersells it considerably", "far below the fact sheet figure", "that was an
    # error", '"... doses" — not so.', "looks transposed")
    r"|undersell\w*|oversell\w*|(?:far|well|way|much)\s+(?:below|above|short\s+of)\b"
    r"|(?:that|this|it)\s+(?:was|is)\s+an?\s+(?:error|mistake|typo)|not\s+so(?=\s*[.!;,])"
    # ("which the department's own figures disprove", "its own accounting puts it far higher")
    r"|disprov\w*|refut\w*|(?:far|much|considerably)\s+(?:higher|lower|greater|larger|smaller)"
    r"|\bno\s+(?:\w+\s+){0,2}(?:source|record|data|evidence)\s+(?:supports?|backs?|confirms?)"
    # ('"closer to 3 million"; it is not', '... "some 45 years old"; JO objected', '"reached $32
    # billion". Please use the fact-sheet figure instead.')
    r"|(?:it|that|this)\s+(?:is|was)\s+not(?=\s*[.;,!])|(?:it|that|this)\s+isn[’']t(?=\s*[.;,!])"
    r"|objected|disputed|use\s+the\s+(?:fact[\s-]?)?sheet[’']?s?\s+(?:own\s+)?(?:figure|number"
    # ('the draft toast says trade grew "120 percent"; use the fact-sheet wording')
    r"|wording|language)(?:\s+instead)?)\b"
    # ('... "barely 200 million." Nope.': a bare "No." as a sentence of its own)
    r"|(?:(?<=[.!?\"”]\s)|^)(?-i:No|Nope)[.!,]"
    # ('... says "$28.6 million" total. ❌ That drops a digit.': a thread's cross mark rates it)
    rf"|[❌✗✘]|\b(?:{_SLIP})\b"
    # ('... "never delivered two million doses." It did, ...': a bare "It did" after a claim
    # the sheet rules out refutes a denial, or makes a claim the writer's own)
    r"|(?:(?<=[.!?\"”]\s)|^)(?-i:It|They|We|He|She)\s+(?:did|does|do|has|have)(?=\s*[,.;:!—–])",
    re.IGNORECASE,
)


def _converted_amounts(claims: list[Claim], text: str) -> list[Claim]:
    """ "S/ 150 million for migration control, which is under $40 million": a dollar amount
    that restates an amount in another currency is that amount, no figure's."""
    out = []
    for i, c in enumerate(claims):
        before = claims[i - 1] if i else None
        if (
            before is not None
            and c.unit == USD
            and c.verdict in (CONTRADICTED, UNDETERMINED)
            and before.sentence == c.sentence
            and before.rule == "another-currency"
            and _RESTATED_AS.fullmatch(text[before.end : c.start])
        ):
            why = Why(
                "another-currency", f"it restates {before.text!r} in dollars: {before.reason}"
            )
            c = _no_claim(c, why)
        out.append(c)
    return out


# What joins an amount to its own value in another currency: ", which is under", " (about ".
_RESTATED_AS = lazy(
    r"[^.;:]{0,40}?(?:,\s*(?:which\s+is|that\s+is|or|i\.e\.)|\(|—|–|\bor)\s*"
    r"(?:(?:just\s+)?(?:under|over|about|around|roughly|some|nearly|almost|close\s+to)\s+)?"
    r"(?:US)?\$?\s*",
    re.IGNORECASE,
)


def _defined(c: Claim) -> Claim:
    """ "The 1.8 million figure counts every Venezuelan who has entered Peru": a number named
    as a figure, to say what it counts, is no claim of that count."""
    m = _DEFINED.match(_after(c)) if c.verdict == CONTRADICTED else None
    return _no_claim_if(
        c, m.group(0) if m else None, "another-thing", "the writer says what it counts"
    )


_DEFINED = lazy(
    r"\s+(?:figure|number|estimate|total|count|tally)\s+(?:counts|covers|includes|refers\s+to"
    r"|reflects|measures|is\s+based\s+on|comes\s+from|came\s+from)\b",
    re.IGNORECASE,
)


def _an_opening_span(c: Claim) -> Claim:
    """ "the MOU's first 15 years": a span of years that opens something is a part of its
    length, not the figure's length."""
    # (its number may hold the "first": "in its first decade")
    m = (
        _OPENING_SPAN_BEFORE.search(c.sentence_text, 0, _at(c)) or _FIRST_SPAN.match(c.text)
        if c.unit == YEARS and c.verdict != SUPPORTED
        else None
    )
    what = "an opening span of years: a part of a length, not the figure's length"
    return _no_claim_if(c, m.group(0) if m else None, "another-event", what)


# The first years of something: "the first", "its first", "the MOU's first" (then its number).
_FIRST_OF = r"(?:the|its|their|(?:the\s+)?[\w-]+[’']s)\s+first\s+"
# (years in the plural, or a decade: "the first year" of a pact is a year, 2009, not a span)
_OPENING_SPAN = rf"{_FIRST_OF}(?:[\w.-]+\s+)?(?:years|yrs|decades?)\b"
_OPENING_SPAN_BEFORE = lazy(rf"\b{_FIRST_OF}$", re.IGNORECASE)
_FIRST_SPAN = lazy(r"first\s", re.IGNORECASE)
_IN_AN_OPENING_SPAN = lazy(rf"\b(?:in|during|over|across)\s+{_OPENING_SPAN}", re.IGNORECASE)


def _a_span_of_months(c: Claim) -> Claim:
    """ "goods trade from January to June 2022": the end of a span of months bounds a period
    of something else, no event's date."""
    at = max(0, c.sentence_text.find(c.text))
    dated = c.unit == DATE and c.verdict == CONTRADICTED
    m = _MONTHS_BEFORE.search(c.sentence_text, 0, at) if dated else None
    what = "the end of a span of months: a period, no event's date"
    return _no_claim_if(c, m.group(0) if m else None, "another-event", what)


def _dates_a_report(c: Claim) -> Claim:
    """ "January 28: Repsol puts the spill at 10,396 barrels": a timeline's date whose entry
    is an estimate or a report of the event dates that report, not the event."""
    dated = c.unit == DATE and c.verdict == CONTRADICTED
    # ("An article on Oct. 9 about U.S. aid gave the wrong date ...": the day of a text)
    text = _TEXT_OF_A_DAY.search(c.sentence_text, 0, _at(c)) if dated else None
    # ("As our Sept. 9 memo said": a day before the text it names, whatever it would say)
    if (
        c.unit == DATE
        and c.figure
        and text is None
        and _OWNER_BEFORE.search(c.sentence_text, 0, _at(c))
    ):
        text = _DAY_OF_A_TEXT.match(_after(c))
    if text is not None:
        return _no_claim(c, Why("another-event", f"it dates {text.group(1)!r}, a text, not "
                                                 f"the event; {c.reason}"))  # fmt: skip
    m = _REPORT_ENTRY.match(_after(c)) if dated else None
    if m is None:
        return c
    own = {w for t in c.matched for w in t.split()}
    if m["sent"] and m["sent"].split()[-1].lower() in own:
        return c  # (the figure's own act on another day: its own date, judged as such)
    what = "it dates a report on the event or another act, not the event"
    return _no_claim_if(c, m["entry"] or m["sent"], "another-event", what)


# A text a writer may date: a story, a note, a post.
_A_TEXT = (
    r"(?:article|story|piece|column|editorial|op-ed|post|tweet|broadcast|newsletter"
    r"|bulletin|episode|edition|letter|press\s+release|segment|analysis|report|commentary"
    r"|feature|explainer|graphic|infographic|chart|caption|headline|dispatch|blog\s+post"
    r"|fact[\s-]check|obituary|sidebar|note|correction|clarification|memo)"
)
_TEXT_OF_A_DAY = lazy(
    # (or a text spoken: "the department's announcement of June 29, 2021")
    rf"\b(?P<text>{_A_TEXT}|announcement|statement|briefing|remarks)\s+(?:(?:published|posted"
    r"|printed|aired|dated|that\s+ran|which\s+ran)\s+)?(?:on|of|from|dated)\s+$",
    re.IGNORECASE,
)
# A day that names a text it stands before: "your Oct. 12 note", "our September 3 story".
_DAY_OF_A_TEXT = lazy(rf"\s+(?P<text>{_A_TEXT})\b", re.IGNORECASE)
# (or a bracket: "USAID agreement (Oct. 7 edition): An earlier version said ...")
_OWNER_BEFORE = lazy(
    r"(?:\b(?:your|our|my|its|his|her|their|the|this|that)\s+|\(\s*)$", re.IGNORECASE
)
_REPORT_ENTRY = lazy(
    r"\s*[:—–-]\s*(?P<entry>(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:(?:later|then|now)\s+)?"
    r"(?:puts|estimates|says|reports|revises|raises|lowers|updates|counts|publishes))\b"
    # ("Feb. 22, 2022 - Two NOAA spill specialists deploy to Peru": people sent, after it)
    r"|\s*[:—–-]\s*(?P<sent>(?:\d+|(?i:two|three|four|five|six|several|a\s+team\s+of|teams\s+of))"
    r"\s+(?:[\w.’'-]+\s+){0,4}?(?:deploy|deploys|deployed|arrive|arrives|arrived|travel|travels"
    r"|fly|flies|land|lands)\b)"
)


def _a_span_of_days(c: Claim) -> Claim:
    """ "Hosting: OAS General Assembly, Oct. 5-7": a span of days is an event's that lasts
    them, not the one day the figure gives (though it holds that day)."""
    if c.unit != DATE or c.verdict != SUPPORTED or not _DAY_SPAN.search(c.text):
        return c
    return _no_claim(c, Why("another-event", f"{c.text!r} spans days: an event's that lasts "
                                             f"them, not the figure's one day; {c.reason}"))  # fmt: skip


_DAY_SPAN = lazy(r"(?<![\d-])\d{1,2}\s*(?:[-–—]|to|through|until)\s*\d{1,2}\b(?![\d-])")


def _dates_of_other_amounts(claims: list[Claim], text: str) -> list[Claim]:
    """ "a USAID package of just over $12 million in April 2019": a date right after an amount
    that is another quantity than the sheet's (a part, a far larger sum) dates that amount's
    event, not the sheet's; it contradicts nothing."""
    out = []
    for i, c in enumerate(claims):
        other = next(
            (
                o
                for o in reversed(claims[max(0, i - 2) : i])
                if o.sentence == c.sentence
                and o.unit == USD
                and o.rule in _ANOTHER_AMOUNT
                and 0 <= c.start - o.end <= _DATED_AMOUNT_REACH
                and not re.search(r"[;:.]", text[o.end : c.start])
            ),
            None,
        )
        if c.unit == DATE and c.verdict == CONTRADICTED and other is not None:
            why = Why("another-event", f"it dates {other.text!r}, another quantity than the "
                                       f"sheet's: {other.reason}")  # fmt: skip
            c = _no_claim(c, why)
        out.append(c)
    return out


# The rules that say an amount is another quantity than the figure its words tie it to.
_ANOTHER_AMOUNT = frozenset(
    {"a-small-part", "far-past", "bound-far-below", "another-quantity", "part-of-total"}
)
_DATED_AMOUNT_REACH = 40  # characters from an amount to a date that dates it ("... in April 2019")


def _topic_unnamed(claims: list[Claim], text: str, matcher: Matcher) -> list[Claim]:
    """ "The new program will reach 12 regions": a count tied to its figure only by a noun that
    counts many things (the store's ``generic``), in a draft that nowhere names the figure's own
    party nor another word of what it measures, may count anything of that name: too little to
    contradict."""
    weak = [i for i, c in enumerate(claims) if _by_a_generic_noun(c, matcher)]
    if not weak:
        return claims  # (the draft is read whole only when some claim asks)
    mentioned, vocab, _ = matcher.read(text)
    named: dict[str, bool] = {}
    # ("Peru got $3.5 million, the most in the hemisphere, for 34 projects": a figure of the same
    # line of the sheet, stated rightly, names its topic too.)
    stated = {
        (_line_of(matcher, c.figure.figure.id), c.sentence)
        for i, c in enumerate(claims)
        if c.figure and c.verdict == SUPPORTED and i not in weak
    }
    out = list(claims)
    for i in weak:
        c = claims[i]
        fid = c.figure.figure.id if c.figure else ""
        line = _line_of(matcher, fid)
        if (line, c.sentence) in stated:
            continue
        block = _rows_above(text, c.start)
        scope = "the draft"
        if block is not None:
            # ("Peru at a glance / Population: 33 million / Regions: 25": a row of a box is of
            # its heading and the rows above it, not of the rest of the draft.)
            where, words_of, _ = matcher.read(block)
            if _names_its_topic(matcher, fid, where, words_of, c.matched[0]):
                continue
        elif _of_another_topic(c, text, matcher):
            scope = (
                "its paragraph, of another figure's topic,"  # (whatever the draft says elsewhere)
            )
        elif any(at == line for at, _ in stated):
            continue
        else:
            if fid not in named:
                named[fid] = _names_its_topic(matcher, fid, mentioned, vocab, c.matched[0])
            if named[fid]:
                continue
        why = Why("weak-evidence", f"only {c.matched[0]!r} ties it to {fid}, and {scope} names "
                                   f"nothing else of it: too little to judge")  # fmt: skip
        out[i] = replace(c, verdict=UNDETERMINED, reason=f"{why.text}; {c.reason}", rule=why.rule)
    return out


def _of_another_topic(c: Claim, text: str, matcher: Matcher) -> bool:
    """True when a claim's paragraph names a telling party ("AWE alumnae ... 35 women from
    nine regions") and nothing of the claim's figure: the paragraph is another figure's topic,
    whatever the rest of the draft names."""
    fid = c.figure.figure.id if c.figure else ""
    start = text.rfind("\n\n", max(0, c.start - _PARAGRAPH_REACH), c.start)
    end = text.find("\n\n", c.end, c.end + _PARAGRAPH_REACH)
    paragraph = text[start + 1 if start >= 0 else max(0, c.start - _PARAGRAPH_REACH) :
                     end if end >= 0 else c.end + _PARAGRAPH_REACH]  # fmt: skip
    line_start = text.rfind("\n", max(0, c.start - _PARAGRAPH_REACH), c.start) + 1
    line_end = text.find("\n", c.end, c.end + _PARAGRAPH_REACH)
    line = text[line_start : line_end if line_end >= 0 else c.end + _PARAGRAPH_REACH]
    if _BULLET.match(line) and matcher.read(line)[0] & matcher.telling:
        # ("👩‍💼 AWE Peru now counts ... 35 women from 9 regions" under "🏺 ... heritage MOU"): a
        # bulleted item that names a topic is a topic of its own, whatever the items beside it
        # name (one that names none is read with its block, as a paragraph is).
        paragraph = line
    where, words_of, _ = matcher.read(paragraph)
    # (a measure of several words named as a phrase: "part of the story" is no "part of the
    # country")
    return bool(where & matcher.telling) and not _names_its_topic(
        matcher, fid, where, words_of, c.matched[0], phrase=paragraph.lower()
    )


# A line opened by a bullet or an emoji that stands for one ("- ", "• ", "📈 ").
_BULLET = lazy(r"[ \t]*(?:[-*•·▪►▶✓✔]\s|(?![\w“‘«¿¡€£¥])[^\x00-\x7F])")
_PARAGRAPH_REACH = 1500  # characters a claim's paragraph is read, each side (bounded)


def _a_wider_count(c: Claim, matcher: Matcher) -> Claim:
    """ "The embassy's Fulbright office runs five programs": a count above a figure of only some
    of its kind (the two *new* programs), in a sentence that says none of the words that narrow
    it, may count them all: too little to contradict."""
    if c.figure is None or c.verdict != CONTRADICTED or c.rule == "negated-figure":
        return c
    if c.ratio is None or c.ratio <= 1:
        return c
    f = c.figure.figure
    if _widened(c, matcher):
        why = Why("wider-count", f"what follows it says it counts more than {f.id} ({f.label}) "
                                 "counts")  # fmt: skip
    elif f.frame.narrowed_by and not any(
        all(matcher.read(c.sentence_text)[1].find(w) for w in words(n)) for n in f.frame.narrowed_by
    ):
        why = Why("wider-count", f"the sheet counts only some of them ({f.as_written!r}: {f.label}), "
                                 "and the claim does not say it counts those")  # fmt: skip
    else:
        return c
    return replace(c, verdict=UNDETERMINED, reason=f"{why.text}; {c.reason}", rule=why.rule)


# "1.6 million migrants, most of them Venezuelan", "5 million doses, counting those bought": what
# follows a number says it counts the figure's kind among others.
_MOSTLY = lazy(
    r"^[^.;:!?]{0,60}?(?:[,(—–]\s*(?:most|many|nearly\s+all|almost\s+all|the\s+(?:vast\s+)?majority"
    r"|the\s+bulk)(?:\s+of\s+(?:them|whom|which|it))?|\b(?:mostly|largely|mainly|chiefly"
    r"|predominantly|overwhelmingly))\b(?P<kind>[^.;:!?]{0,50})",
    re.IGNORECASE,
)
_COUNTING = lazy(
    # ("plus two new Fulbright programs" adds an item to a list, not to the count)
    r"^[^.;:!?]{0,60}?\b(?:including|counting|inclusive\s+of)\b"
    r"(?P<kind>[^.;:!?]{0,50})",
    re.IGNORECASE,
)


def _widened(c: Claim, matcher: Matcher) -> bool:
    """True when the words after a claim's number say it counts the figure's kind as a share of
    more: "most of them" of the figure's own words, "including" of words of another quantity."""
    assert c.figure is not None
    p = matcher.by_id[c.figure.figure.id]
    after = _after(c)
    mostly, counting = _MOSTLY.match(after), _COUNTING.match(after)
    own = set(p.measure) | {tuple(words(w)) for w in _telling_label_words(matcher, p.id)}
    for m, terms in ((mostly, own | set(p.others)), (counting, set(p.others))):
        if m and any(all(matcher.read(m.group("kind"))[1].find(w) for w in t) for t in terms):
            return True
    return False


# A row of a fact box or a list: a short label, a colon, the number (and maybe a note).
_ROW = lazy(r"^[ \t]*(?:[-*•·▪]\s*)?[^\d\n:]{1,40}:[ \t]*[^\n]{0,30}$")


_MAX_ROWS_ABOVE = 40
_ROW_SPAN = 120


def _rows_above(text: str, at: int) -> str | None:
    """When the line at ``at`` is a labelled row ("Regions: 25"), the rows of its block from its
    heading (the nearest line above with no digit) down to it; else None."""
    # (a row is short: look no further than a row's length either side, so that a long line
    # is read once, not once a number)
    begin = max(0, at - _ROW_SPAN)
    start = text.rfind("\n", begin, at) + 1
    end = text.find("\n", at, at + _ROW_SPAN)
    if (start == 0 and begin > 0) or (end < 0 and at + _ROW_SPAN < len(text)):
        return None
    line = text[start : end if end >= 0 else len(text)]
    if not _ROW.match(line):
        return None
    rows = [line]
    # (a box is short: a bounded walk keeps a long draft of numbered rows linear)
    while start > 0 and len(rows) <= _MAX_ROWS_ABOVE:
        floor = max(0, start - 1 - _ROW_SPAN)
        above = text.rfind("\n", floor, start - 1) + 1
        if above == 0 and floor > 0:
            break  # a long line: prose, no row of a box
        row = text[above : start - 1]
        if not row.strip():
            break
        rows.append(row)
        if not re.search(r"\d", row):
            break  # its heading
        start = above
    return "\n".join(reversed(rows))


def _pointing_back(claims: list[Claim], text: str) -> list[Claim]:
    """ "The MOU turned a quarter-century old this year. In those twenty-five years ...": a span
    that "those" or "these" points back to is a span just said, of the same length, and is
    judged as that one is."""
    out = list(claims)
    for i, c in enumerate(claims):
        those = _THOSE.search(text, max(0, c.start - _THOSE_REACH), c.start)
        if c.unit != YEARS or those is None:
            continue
        said = next(
            (
                o for o in reversed(out[max(0, i - _BACK_CLAIMS) : i])
                if o.unit == YEARS and o.claimed == c.claimed and c.sentence - o.sentence <= 1
            ),
            None,
        )  # fmt: skip
        if said is not None and said.verdict != c.verdict:
            out[i] = replace(
                said, sentence=c.sentence, sentence_text=c.sentence_text, start=c.start,
                end=c.end, line=c.line, column=c.column, text=c.text,
                reason=f"{those.group(1)!r} points back to {said.text!r}; {said.reason}",
            )  # fmt: skip
    return out


# ("In that quarter-century": a span "that" points back to, too)
_THOSE = lazy(r"\b(those|these|that|the\s+same)\s+$", re.IGNORECASE)
_THOSE_REACH = 8  # characters before a span where "those" or "these" is looked for
_BACK_CLAIMS = 3  # claims before a span among which the span it points back to is looked for


def _a_kind_apart(c: Claim, text: str, matcher: Matcher) -> Claim:
    """ "The crude reached two protected natural areas": a count tied to its figure by a noun
    that counts many things, narrowed by words that the figure's line of the sheet never says,
    counts another kind of that thing."""
    if c.figure is None or c.verdict != CONTRADICTED or not _by_a_generic_noun(c, matcher):
        return c
    f = c.figure.figure
    # ("the four U.S.-backed lines of effort": a doer joined to its participle says who acts,
    # no kind of the thing)
    after = words(_JOINED_DOER.sub(" ", text[c.end : c.end + _KIND_REACH]))
    after = after[: _MAX_MODIFIERS + 1]
    noun = next((i for i, w in enumerate(after) if Vocabulary({w}).find(c.matched[0])), 0)
    known = _known_words(matcher, f.id)
    # (a word of the figures' country, "Peruvian", narrows nothing; nor does a word of a known
    # word's family, "funded")
    stems = tuple(k for k in known if len(k) >= _FAMILY_START) + tuple(f.frame.places)
    apart = [
        w for w in after[:noun] if w not in known and not w.isdigit() and not w.startswith(stems)
    ]
    # ("19 of Peru's 25 regions": a partitive's noun is the whole's)
    if not apart or "of" in after[:noun]:
        return c
    why = Why("another-thing", f"it counts {' '.join(after[: noun + 1])!r}, a kind of "
                               f"{c.matched[0]} that {f.id}'s line of the sheet never names")  # fmt: skip
    return _no_claim(c, Why(why.rule, f"{why.text}; {c.reason}"))


_KIND_REACH = 60  # characters after a count where the noun it counts is looked for
_JOINED_DOER = lazy(r"(?<!\S)[\w.]+-(?:backed|funded|led|supported|sponsored|financed|run)(?!\S)")
_MAX_MODIFIERS = 3  # words between a count and its noun: "two protected natural areas"
_FAMILY_START = 4  # letters of a word that start the words of its family ("fund", "funded")


def _known_words(matcher: Matcher, fid: str) -> frozenset[str]:
    """The words that say a figure's kind of thing: its frame's, its label's and those of its
    line of the sheet, with words that say no kind (stopwords, numbers)."""
    known = matcher.memo.setdefault("known", {})
    if fid not in known:
        known[fid] = _words_of_its_line(matcher, fid)
    return known[fid]


def _words_of_its_line(matcher: Matcher, fid: str) -> frozenset[str]:
    """A figure's known words (_known_words), read afresh."""
    f = matcher.figure(fid)
    line = _line_of(matcher, fid)
    said = {w for n in (f.label, *f.frame.narrowed_by) for w in words(n)}
    for q in matcher.profiles:
        if _line_of(matcher, q.id) == line:
            said |= {w for t in (*q.measure, *q.others) for w in t} | set(q.content)
    return frozenset(said) | STOPWORDS | frozenset(NUMBER_WORDS)


def _by_a_generic_noun(c: Claim, matcher: Matcher) -> bool:
    """True when a contradicted count is tied to its figure by one generic noun alone."""
    # (a denial of the sheet's own value is of the sheet's figure by its value)
    if c.figure is None or c.verdict not in (CONTRADICTED, SUPPORTED) or c.rule == "negated-figure":
        return False
    # ("The U.S. strategy has five pillars": a party of most figures is barely a tie.)
    parties = c.figure.figure.frame.parties
    ties = [m for m in c.matched if m not in parties or m in matcher.telling]
    return (
        c.unit not in (USD, PERCENT, YEARS, DATE, CHANGE)
        and len(ties) == 1
        and ties[0] in _generic(matcher, c.figure.figure.id)
    )


def _names_its_topic(
    matcher: Matcher,
    fid: str,
    mentioned: frozenset[str],
    vocab: Vocabulary,
    matched: str,
    phrase: str | None = None,
) -> bool:
    """True when a text names the telling party of a figure, or of another figure of its line of
    the sheet, or another word of what one of them measures ("a fund that preserves historic
    sites" for the Fund's 34 projects)."""
    line = _line_of(matcher, fid)
    for q in matcher.profiles:
        if _line_of(matcher, q.id) != line:
            continue
        if mentioned & q.parties & matcher.telling:
            return True
        if any(
            all(vocab.find(w) for w in t)
            and (phrase is None or len(t) == 1 or _as_phrase(t, phrase))
            for t in q.measure
            if " ".join(t) != matched and not _shared(matcher, t)
        ):
            return True
    # ("four strands of counternarcotics work", "Three lines: eradication, interdiction ...":
    # a word only its own label or sentence has names it too.)
    own = _telling_label_words(matcher, fid) | _telling_sentence_words(matcher, fid)
    return any(vocab.find(w) for w in own - _generic(matcher, fid) - {matched})


def _shared(matcher: Matcher, term: tuple[str, ...]) -> bool:
    """True when a measure term is of figures of more than one line of the sheet ("grant",
    "program"): a word several topics share names none of them."""
    if "lines" not in matcher.memo:
        lines: dict[str, set[str]] = {}
        for p in matcher.profiles:
            for t in p.measure:
                lines.setdefault(" ".join(t), set()).add(str(_line_of(matcher, p.id)))
        matcher.memo["lines"] = {t: frozenset(at) for t, at in lines.items()}
    return len(matcher.memo["lines"].get(" ".join(term), frozenset())) > 1


def _as_phrase(terms: tuple[str, ...], text: str) -> bool:
    """True when a measure's words stand together in a (lowercased) text, each as a word's start."""
    return re.search(r"\W+".join(rf"\b{re.escape(t)}\w*" for t in terms), text) is not None


def _telling_label_words(matcher: Matcher, fid: str) -> frozenset[str]:
    """The words of a figure's label that no more than one other figure's label has."""
    if "label" not in matcher.memo:
        labels = {f.id: set(words(f.label)) - STOPWORDS for f in matcher.store.figures}
        df = Counter(w for ws in labels.values() for w in ws)
        # ("Peruvian regions with ...": a word of the figures' country, "Afro-Peruvians" too,
        # names no topic)
        places = {p for f in matcher.store.figures for p in f.frame.places}
        matcher.memo["label"] = {
            f: frozenset(w for w in ws if df[w] <= 2 and not w.startswith(tuple(places)))
            for f, ws in labels.items()
        }
    return matcher.memo["label"].get(fid, frozenset())


def _telling_sentence_words(matcher: Matcher, fid: str) -> frozenset[str]:
    """The words of a figure's sentence that no more than one other figure's sentence has."""
    if "sentence" not in matcher.memo:
        sentences = {p.id: frozenset(p.content) - STOPWORDS for p in matcher.profiles}
        df = Counter(w for ws in set(sentences.values()) for w in ws)
        # (not its number: "three" names no topic)
        matcher.memo["sentence"] = {
            f: frozenset(w for w in ws if df[w] <= 2 and w not in NUMBER_WORDS and not w.isdigit())
            for f, ws in sentences.items()
        }
    return matcher.memo["sentence"].get(fid, frozenset())


def _line_of(matcher: Matcher, fid: str) -> int | None:
    """The line of the sheet a figure stands on."""
    statement = matcher.store.statement(matcher.figure(fid).statement)
    return statement.line if statement else None


def _generic(matcher: Matcher, fid: str) -> set[str]:
    """The words of a figure's measure that count many other things too ("regions")."""
    return {" ".join(words(t)) for t in matcher.figure(fid).frame.generic}


def _the_writers_own(c: Claim, clause: str, offset: int) -> Claim:
    """ "I have fought coca policy for 40 years": a number in a clause whose subject is the
    writer, with no "that" or comma between, is the writer's own, no figure's."""
    before = clause[: max(0, c.start - offset)]
    m = _FIRST_PERSON.match(before)
    # (not past a comma after its subject: "..., now seventy years old" may speak of another)
    if c.figure is None or m is None or re.search(r"\bthat\b|[,;(]", before[m.end() :]):
        return c
    why = Why("first-person", "its subject is the writer ('I ...'): the number is the writer's own")
    return replace(c, verdict=NO_MATCH, figure=None, reason=why.text, rule=why.rule)


# "I have fought ...", "I've covered ...", "I spent ...": the writer as the clause's subject.
_FIRST_PERSON = lazy(
    # ("from someone who has spent 12 years on ...": the writer, in the third person)
    r"\s*(?:[\"“]\s*)?(?:I|.*\bsomeone\s+who(?=\s+(?:has|had)\s+\w+\s+$))"
    r"(?:[’']ve|\s+have|\s+has|\s+had|\s+was|\s+am|[’']m)?\s+(?:\w+ly\s+)?(?:been\s+)?"
    r"(?:fought|worked|lived|covered|served|spent|studied|taught|reported|followed|tracked"
    r"|watched|visited|known|done|run|led|managed|written|traveled|travelled|working|living"
    r"|covering|serving|reporting|following|studying|teaching)\b"
)


def _reported_is_no_claim(c: Claim) -> Claim:
    """A number the writer reports a text under check gave, or reports beside the sheet's own
    figure to correct it ("The article said $231 million; it is $321 million"), is no claim of
    the writer's: no-match, as the Y of "X, not Y" is (its reason says what it was judged)."""
    if c.rule != "reported":
        return c
    return replace(c, verdict=NO_MATCH, figure=None, reason=f"{c.reason}: no claim of the writer's")


def _correcting_values(claims: list[Claim]) -> list[Claim]:
    """The sheet's value that nothing ties to a figure, right after a number the sheet rules
    out for that figure ("we reported three million doses. The correct number is two
    million."): the writer's correction, which restates the figure."""
    wrong = [
        c
        for c in claims
        if c.figure
        and (c.verdict == CONTRADICTED or c.rule in ("reported", "quoted"))
        and isinstance(c.figure.figure.value, (int, float))
    ]
    out = []
    for c in claims:
        if c.rule in ("no-measure", "weak-tie"):
            for w in reversed(wrong):  # (the nearest before it first)
                f = w.figure.figure if w.figure else None
                if (
                    f is not None
                    and w.start < c.start
                    and c.sentence - w.sentence in (0, 1, 2)
                    and _CORRECTING.search(c.sentence_text, 0, max(0, c.sentence_text.find(c.text)))
                    and (c.unit == COUNT or _same_kind(c.unit, w.unit))
                    # ("nearly 400" restates "nearly 400", though it leaves out 400 itself)
                    and (c.claimed.contains(float(f.value)) or figure_interval(f).within(c.claimed))
                ):
                    why = Why(
                        "sheet-value",
                        f"it restates {f.id}'s value ({f.as_written!r}), correcting {w.text!r}",
                    )
                    c = replace(c, verdict=SUPPORTED, figure=w.figure, reason=why.text,
                                rule=why.rule, unit=w.unit)  # fmt: skip
                    break
        out.append(c)
    return out


def _corrected_to(claims: list[Claim], text: str) -> list[Claim]:
    """A value someone else gave ("It also said the Fund supported 34 projects") that the writer
    corrects in the same sentence ("; the correct number is 43"): the reported value is no claim
    of the writer's, right or wrong; the correction, tied to nothing else, is the writer's claim
    of the same figure, which the sheet judges when it states the figure exactly."""
    out = list(claims)
    for i, c in enumerate(claims):
        # ("The article said 2 million doses. The correct number is 3 million.": a sentence
        # that opens with its correction corrects the sentence before)
        back = bool(_OPENS_CORRECTION.match(c.sentence_text))
        j = _figured_before(claims, i, back) if c.rule == "no-measure" else None
        w = claims[j] if j is not None else None
        said = _said_before(w) if w is not None else None
        # ("the correct number is" between the two, read in the draft by their offsets)
        if j is None or w is None or w.figure is None or said is None:
            continue
        if not _CORRECTION.search(text, w.end, c.start):
            continue
        why = Why("denied", f"{said.group(0)!r} reports it and the writer corrects it to "
                            f"{c.text!r}: no claim of the writer's")  # fmt: skip
        out[j] = _no_claim(w, why)
        f = w.figure.figure
        if f.qualifier != Qualifier.EXACT or not isinstance(f.value, (int, float)):
            continue
        fits = c.claimed.contains(float(f.value))
        why = Why("fits" if fits else "rules-out",
                  f"the writer's correction of {w.text!r}: the sheet says {f.as_written!r} "
                  f"({f.id}, line {w.figure.statement.line}), and {'every' if fits else 'no'} "
                  f"value it allows fits {c.text!r}")  # fmt: skip
        out[i] = replace(c, verdict=SUPPORTED if fits else CONTRADICTED, figure=w.figure,
                         reason=why.text, rule=why.rule, unit=w.unit)  # fmt: skip
    return out


def _withdrawn(claims: list[Claim]) -> list[Claim]:
    """The sheet's value that a text under check gave ("The article said the United States
    donated 2 million doses") and that the writer corrects, in its sentence or the next, to a
    value of the same figure the sheet rules out ("The correct number is 3 million"): the
    writer denies it, so it is never supported; it is no claim of the writer's, and the
    correction is judged as it stands."""
    out = list(claims)
    for i, c in enumerate(claims):
        if c.verdict != SUPPORTED or c.figure is None:
            continue
        said = _UNDER_CHECK.search(c.sentence_text, 0, _at(c))
        if said is None:
            continue
        if _WRONGLY.search(said.group(0)):
            # ("An analysis wrongly said it reached 25 years in 2022": the writer denies it)
            why = Why("negated-figure", f"{said.group(0)!r}: the writer denies it; {c.reason}")
            out[i] = _given(c, CONTRADICTED, why)
            continue
        # (claims are in draft order: the scan stops past the next sentence, so stays linear;
        # by index, not a slice, which would copy the rest of the draft's claims each time)
        for k in range(i + 1, len(claims)):
            o = claims[k]
            if o.sentence > c.sentence + 1:
                break
            # (the writer's own value: nothing reports it, or a word of correction stands
            # between: "which the article said went back two decades, in fact goes back four")
            between = _between(c, o)
            own = not _said_before(o) or _CORRECTING.search(between) is not None
            theirs = (
                o.verdict == CONTRADICTED and o.figure is not None
                and o.figure.figure.id == c.figure.figure.id and own
            )  # fmt: skip
            # ... or another value of the same kind, tied to nothing or too loosely to judge,
            # after "in fact" or "the correct number is" ("The post said more than $286
            # million. In fact it gave $186 million.")
            loosely = o.rule in ("no-measure", "weak-tie", "shared-words-only") or (
                o.figure is not None and o.figure.figure.id == c.figure.figure.id
            )
            loose = (
                loosely
                and _same_kind(o.unit, c.unit)
                and o.claimed != c.claimed
                and (
                    _IN_FACT.search(between)
                    or _CORRECTION.search(between)
                    # ("... three lines of effort. There are four: ...")
                    or _STATED_ANEW.search(between)
                )
                is not None
            )
            if theirs or loose:
                why = Why("denied", f"{said.group(0)!r} reports it and the writer corrects it "
                                    f"to {o.text!r}: no claim of the writer's, though it is "
                                    f"the sheet's own value")  # fmt: skip
                out[i] = _no_claim(c, why)
                break
    return out


_WRONGLY = lazy(r"\b(?:wrongly|incorrectly|mistakenly|erroneously|falsely)\b", re.IGNORECASE)
# The next sentence's opening that restates a value as the writer's own ("There are four").
_STATED_ANEW = lazy(
    r"[.;:]\s+(?:There\s+(?:are|were|is|was)|It\s+(?:is|was)|They\s+(?:are|were))\s+"
    r"(?:actually\s+|in\s+fact\s+|really\s+)?$"
)


def _taken_back(claims: list[Claim]) -> list[Claim]:
    """A number its speaker takes back at once for another of its kind ("INL has backed
    eradication for thirty years... sorry, forty years"): no claim of theirs."""
    out = list(claims)
    for i in range(len(claims) - 1):
        c, d = claims[i], claims[i + 1]
        # (in its sentence, or the next: "thirty years... sorry, forty" is read as two)
        beside = d.sentence - c.sentence in (0, 1) and _same_kind(c.unit, d.unit)
        if beside and c.claimed != d.claimed and _TAKEN_BACK.fullmatch(_between(c, d)):
            why = Why("denied", f"its speaker takes it back for {d.text!r}: no claim")
            out[i] = _no_claim(c, why)
        elif beside and c.claimed != d.claimed and _conceded(c, d, claims[i + 2 : i + 3]):
            # ("DANIEL: The U.S. gave three million doses— / MAYA: Two million. / DANIEL:
            # Sorry, two million, you're right."): a slip its speaker concedes at once
            why = Why("denied", f"the next speaker corrects it to {d.text!r}, and its speaker "
                                f"concedes: no claim")  # fmt: skip
            out[i] = _no_claim(c, why)
    return out


def _conceded(c: Claim, d: Claim, after: list[Claim]) -> bool:
    """True when a claim is all another speaker's turn says ("MAYA: Two million.") right after
    a turn that says something with a number (c), and c's speaker's next turn concedes it
    ("DANIEL: Sorry, two million, you're right.")."""
    said, answer = _A_TURN.match(c.sentence_text), _A_TURN.match(d.sentence_text)
    if not said or not answer or said["who"] == answer["who"] or _at(d) != answer.end():
        return False
    if not _BARE_REST.fullmatch(d.sentence_text, _at(d) + len(d.text)):
        return False
    again = after[0] if after else None
    turn = _A_TURN.match(again.sentence_text) if again else None
    return bool(
        again and turn and turn["who"] == said["who"] and again.claimed == d.claimed
        and _CONCEDES.match(again.sentence_text, turn.end())
    )  # fmt: skip


# A speaker's name: "MAYA", "Ms. Ruiz", "Daniel" (not "AWE alumnae": its words are capitalized).
_NAME = r"(?-i:[A-Z][A-Za-z.’'-]+(?:\s+[A-Z][A-Za-z.’'-]+)?)"
# A named speaker's turn: "MAYA:", "Ms. Ruiz: No, ..." (not "Q:", whose answer is no concession).
_A_TURN = lazy(rf"\s*(?P<who>{_NAME})\s*:\s*(?:No\s*[,.—–-]\s*)?")
_BARE_REST = lazy(r"(?:\s+[a-z]+){0,2}\s*[.!]?\s*")
_CONCEDES = lazy(
    r"(?:sorry|my\s+mistake|my\s+bad|right|yes|correct|quite\s+right|you[’']re\s+right"
    r"|I\s+stand\s+corrected)\b",
    re.IGNORECASE,
)


# What takes a number back: "sorry", "I mean", and a slip owned ("I misspoke", "my mistake"),
# alone or two in a row ("Sorry, I misspoke: forty years").
_TAKE_BACK = (
    r"(?:sorry|I\s+mean|make\s+that|or\s+rather|correction|scratch\s+that|I\s+misspoke"
    r"|my\s+mistake|I\s+should\s+(?:say|have\s+said))"
)
_TAKEN_BACK = lazy(
    rf"\s*(?:\.\.\.|…|,|—|–|-|;|\.)?\s*{_TAKE_BACK}(?:\s*[,:;—–.-]*\s*{_TAKE_BACK})?"
    r"\s*[,:;—–.-]*\s*(?:it[’']s\s+|it\s+was\s+)?",
    re.IGNORECASE,
)


def _between(a: Claim, b: Claim) -> str:
    """The words between two claims of one sentence, or of two sentences in a row (the rest
    of the first and the start of the second)."""
    if a.sentence == b.sentence:
        return a.sentence_text[_at(a) + len(a.text) : _at(b)]
    return f"{a.sentence_text[_at(a) + len(a.text) :]} {b.sentence_text[: _at(b)]}"


def _figured_before(claims: list[Claim], i: int, back: bool = False) -> int | None:
    """The index of the nearest claim before claim i in its sentence (``back``: or in the
    sentence before) that has a figure and a unit of its kind, or None (the scan stops at that
    sentence's start: a draft of many numbers stays linear)."""
    c = claims[i]
    first = c.sentence - 1 if back else c.sentence
    for j in range(i - 1, -1, -1):
        if claims[j].sentence < first:
            return None
        # (a bare number may be elliptic: "The right number is 30" corrects "forty years")
        if claims[j].figure and (_same_kind(claims[j].unit, c.unit) or c.unit == COUNT):
            return j
    return None


# The words that give a correct value: "the correct figure is", "it was", "actually".
# The words that turn from what was reported to the writer's own value ("which the article
# said went back two decades, in fact goes back four"); not "it was", which a report may hold.
_IN_FACT = lazy(r"\b(?:in\s+fact|actually|in\s+reality|rather|instead)\b", re.IGNORECASE)
_CORRECTING = lazy(
    r"\b(?:correct(?:ed|ion)?|right|actual(?:ly)?|in\s+fact|rather|really|instead"
    r"|it\s+(?:was|is|'s|’s)|there\s+(?:were|are|have\s+been)"
    # "They were thinking of the first flight. The full donation was 2 million."
    r"|the\s+(?:full|whole|entire)\s+[a-z]+\s+(?:was|is|came\s+to|comes\s+to)"
    r"|(?:the\s+)?(?:fact\s+)?sheet\s+(?:itself\s+)?(?:says|lists|gives|puts|shows|reports|counts"
    r"|records)"
    # "The State Department's number is nearly 400."
    r"|(?:sheet|department|state)[’']s\s+(?:own\s+)?(?:number|figure|total|count)\s+is)\b",
    re.IGNORECASE,
)


def _denied_next(claims: list[Claim], text: str) -> list[Claim]:
    """What someone else said, which the sheet states and the writer denies in the next
    sentence ("the editorial claimed the embassy launched two new Fulbright programs this
    year. It did not."): the writer's claim is the denial, which the sheet contradicts. What
    someone else said that the next sentence asks about ("I've seen it said the U.S. gave
    three million doses. Is that right?") is asked, not claimed."""
    # ("Our draft says $3.5 million for 16 projects. That's wrong: 16 is the regions." may deny
    # either number: only a sentence of one number is denied whole)
    count = Counter(c.sentence for c in claims if c.figure or c.verdict == CONTRADICTED)
    several = {n for n, k in count.items() if k > 1}
    # (each claim looks only at the claims of the sentence after it: linear in a draft)
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    out = []
    # (the numbers that correct a reported claim, by position, with the claim they correct)
    corrects: dict[int, Claim] = {}
    for k, c in enumerate(claims):
        own = k in corrects and _ITS_OWN_LEAD.fullmatch(c.sentence_text[: _at(c)])
        if own and c.figure is None:
            # ("A caption said the embassy launched two new Fulbright programs. It launched
            # three.": the writer's own value of the figure the caption misstated; not "It is
            # not half a billion", a value denied)
            c = _judged_correction(c, corrects[k], gives=True) or c
        # ("Q: So the U.S. never sent more than a million doses? A: No, ...": what an
        # interviewer puts is someone else's words, which the answer may deny)
        said = _said_before(c) or (
            None
            if _TAGGED.search(c.sentence_text)
            else _ECHO.fullmatch(c.sentence_text)
            or _Q_LINE.match(c.sentence_text)
            # ("MARIELA: And the academy has something like four thousand graduates?")
            or _asked_as_statement(c)
        )
        asked = said is not None and said.group(0).rstrip().endswith("?")
        by = "it is asked" if asked else f"{said.group(0)!r} reports it" if said else ""
        if said and _ASKED_AFTER.search(c.sentence_text, _at(c) + len(c.text)):
            # ("Q: And the famous $321 million USAID agreement - has all of it arrived? A: No":
            # the answer denies what is asked after the number, not the number it takes as given)
            said = None
        after = _after_sentence(c, text) if c.figure and said else ""
        # ("In Bogota the Secretary said you had donated 3 million doses. Is that right?": a
        # claimant's claim, asked about, is still the claimant's; "I've seen it said ..." has none)
        impersonal = _IMPERSONAL.search(c.sentence_text, 0, _at(c))
        if (
            c.verdict == CONTRADICTED
            and c.figure
            and said
            and _ASKED_NEXT.match(after)
            and impersonal
        ):
            why = Why("reported", f"{said.group(0)!r}: words the next sentence asks about; "
                                  f"{c.reason}")  # fmt: skip
            c = _given(c, UNDETERMINED, why)
        denied = c.sentence not in several and _DENIAL_NEXT.match(after)
        # ('A post insists the U.S. "never donated two million doses". Wrong.': a quoted denial
        # of the sheet's own figure, which the writer refutes, is the claimant's claim, and the
        # sheet contradicts it)
        quoted_denial = c.rule == "negated-figure" and (
            _quoted(c.sentence_text, _at(c)) or _quoted_in_its_line(text, c.start)
        )
        # ("Some on the left still insist that the United States did not donate two million
        # doses. That is false.": a claimant's denial of the sheet's figure, refuted, is theirs)
        claimant = c.rule == "claimant-refuted" or (
            said is not None and not asked and not quoted_denial and _claimants(c, said)
        )
        if c.verdict == CONTRADICTED and c.figure and claimant and denied:
            # ("A reader insisted the U.S. sent three million doses. It didn't.": the reader's
            # claim, refuted; one refuted already by the sheet's figure beside it stays so)
            if c.rule != "claimant-refuted":
                why = Why("claimant-refuted", f"{by}, someone's claim, and the next sentence "
                                              f"refutes it; {c.reason}")  # fmt: skip
                c = replace(c, reason=why.text, rule=why.rule)
        elif c.verdict == CONTRADICTED and c.figure and said and denied and not quoted_denial:
            # "You may have heard that the U.S. gave three million doses. Not so.": the writer
            # denies it, and nobody here claims it.
            why = Why("denied", f"{by} and the next sentence denies it; "
                                f"{c.reason}: no claim of the writer's")  # fmt: skip
            c = _no_claim(c, why)
        if c.verdict == SUPPORTED and c.figure and said and denied:
            why = Why(
                "negated-figure",
                f"{by} and the next sentence denies it; {c.reason}",
            )
            c = _given(c, CONTRADICTED, why)
        # ("people keep saying it runs 50. It doesn't. It's closer to 15.": the value after a
        # bare denial, a sentence with no number, corrects it)
        gap = 2 if denied and not by_sentence.get(c.sentence + 1) else 1
        nxt = by_sentence.get(c.sentence + gap, [])
        corrected = _corrected_next(c, nxt, gap) if c.figure and said else None
        if (
            said
            and c.verdict in (SUPPORTED, CONTRADICTED)
            and corrected is not None
            and not (c.verdict == CONTRADICTED and claimant)
        ):
            # "It said the agreement runs through 2025. It runs through 2027.", "A caption said
            # the embassy launched two new Fulbright programs. It launched three.": the writer
            # withdraws what was reported, right or wrong; nobody here claims it (writers split
            # on a right value withdrawn: none to some, contradicted to others; never supported).
            why = Why("denied", f"{by} and the next sentence corrects it "
                                f"to {corrected.text!r}; {c.reason}: no claim of the writer's")  # fmt: skip
            corrects[next(n for n in range(k + 1, len(claims)) if claims[n] is corrected)] = c
            c = _no_claim(c, why)
        out.append(c)
    return out


def _asked_as_statement(c: Claim) -> re.Match[str] | None:
    """The line of a claim's sentence that asks it as a statement with a question mark."""
    if "?" not in c.sentence_text:
        return None  # (nothing asked: its pattern, a long one, is not even compiled)
    at = _at(c)
    # (or a guess put after a question's comma: "How long has INL been at it, twenty years?")
    found = [*_ASKING.finditer(c.sentence_text), *_GUESSED.finditer(c.sentence_text)]
    return next((m for m in found if m.start() <= at < m.end()), None)


def _corrected_next(c: Claim, following: list[Claim], gap: int = 1) -> Claim | None:
    """The number of the sentence ``gap`` on (`following`: its claims) that corrects a reported
    one: that sentence opens with a pronoun and its verb, then a value of the same unit that
    differs ("It launched three", "It marked its 20th anniversary"), and adds nothing ("also",
    "more", "another")."""
    for d in following:
        # (a bare count may be elliptic: "It spans 45." corrects "50 years")
        # (and a scaled one after an amount: "No, I've got 56.8 million" corrects "$86.8 million")
        bare = d.unit == COUNT and (
            _kind_of_unit(c.unit) in (COUNT, YEARS) or (c.unit == USD and _SCALED.search(d.text))
        )
        if d.sentence != c.sentence + gap or (
            _kind_of_unit(d.unit) != _kind_of_unit(c.unit) and not bare
        ):
            continue
        if d.claimed == c.claimed or d.rule.startswith("another") or _ADDS.search(d.sentence_text):
            continue
        # ("The embassy said it manages over 50 programs. It funded 34 projects.": another
        # figure's number is no correction of this one)
        if (
            d.figure is not None
            and c.figure is not None
            and d.figure.figure.id != c.figure.figure.id
        ):
            continue
        # ("It doesn't. It's closer to 15.": after a bare denial, read as one sentence)
        denial = _DENIAL_NEXT.match(d.sentence_text)
        m = _CORRECTS_NEXT.match(d.sentence_text) or (
            _CORRECTS_NEXT.match(d.sentence_text, denial.end()) if denial else None
        )
        at = d.sentence_text.find(d.text, m.end()) if m else -1
        # (the value right after the verb: not "That works out to roughly $220 per person")
        if m and at >= 0 and not d.sentence_text[m.end() : at].strip():
            return d
    return None


def _kind_of_unit(unit: str) -> str:
    """A claim's unit as the kind of quantity it is: a count of anything is a count."""
    return (
        DATE if unit == "year" else unit if unit in (USD, PERCENT, YEARS, DATE, CHANGE) else COUNT
    )


# An answer's speaker ("A:", "DANIEL:", "Ms. Ruiz:") before what it says.
_SPEAKER = rf"(?:(?:A|Q|ANSWER|QUESTION|{_NAME})\s*:\s*)?"
_ADDS = lazy(
    r"\b(?:more(?!\s+than\b)|another|additional|extra|further|also|too|new|other|else)\b", re.I
)
_CORRECTS_NEXT = lazy(
    rf"\s*{_SPEAKER}(?:(?:It|They|That|This)\s+(?:actually\s+|in\s+fact\s+|only\s+)?"
    r"(?!(?:also|too|then|later|will|would|plans?|hopes?|may|might)\b)[a-z]+(?:ed|t|s)\s+"
    # ("It is in fact twenty-five.")
    r"(?:actually\s+|in\s+fact\s+|really\s+)?"
    # ("It goes back two decades")
    r"(?:back\s+)?"
    r"(?:only\s+|just\s+|its\s+|their\s+|through\s+|to\s+|until\s+|for\s+|in\s+|on\s+)?"
    # "The sheet says more than 60", "No, closer to four hundred": the writer's value next.
    r"|(?:The|the)\s+(?:fact\s+)?sheet\s+(?:says|gives|lists|has|puts\s+it\s+at)\s+"
    r"|(?:No|Nope|Not\s+quite)\s*[,.;:—–]\s*(?:it[’']s\s+|closer\s+to\s+|more\s+like\s+"
    r"|nearer\s+|only\s+|just\s+|I[’']ve\s+got\s+|I\s+have\s+|we\s+have\s+)?"
    # "It's closer to 15.", "The department's number is 1.3 million."
    r"|(?:It|That)[’']s\s+(?:actually\s+|closer\s+to\s+|more\s+like\s+|nearer\s+|only\s+|just\s+)"
    r"|(?:The|the)\s+(?:(?:State\s+)?[Dd]epartment[’']s|sheet[’']s|correct|right|actual"
    r"|official)"
    r"\s+(?:number|figure|total|count|tally)\s+(?:is|was)\s+)(?=\S)"
)


def _after_sentence(c: Claim, text: str) -> str:
    """The draft after the sentence a claim stands in."""
    at = text.find(c.sentence_text, max(0, c.start - len(c.sentence_text)))
    return text[at + len(c.sentence_text) :] if at >= 0 else ""


def _another_source(c: Claim, text: str, matcher: Matcher) -> Claim:
    """ "UNHCR said last December that Peru was hosting 1.5 million", a CSV row sourced to R4V,
    "March 2020: ... by then 860,000", "2017 — The MOU is extended. Close to 2,000 pieces have
    come home": a count of a figure the sheet gives no year, from another body, or dated in
    its sentence or on its timeline's line, is of its own source and time; the sheet does not
    settle it."""
    if c.verdict != CONTRADICTED or c.figure is None or c.unit == DATE:
        return c
    if matcher.by_id[c.figure.figure.id].years:
        return c
    # (or by a table's caption: "## Where Venezuelans have gone (R4V, mid-2022)"; not a
    # cell in a column headed as the sheet's own: "| Fact sheet | ... | Comparison source |")
    source = _OTHER_SOURCE.search(c.sentence_text) or _OTHER_SOURCE.search(
        _table_caption(text, c.start)
    )
    if source is not None and _THE_SHEETS_COLUMN.search(_column_header(text, c.start)):
        source = None
    dated = _DATED_ENTRY.match(c.sentence_text)
    if dated is not None and dated.group(1) == str(matcher.reference):
        dated = None  # ("2022 – ... about 1,200 artifacts repatriated": the sheet's own year)
    # (an entry's line dated in the sheet's year, "October 2022 — ...", is of the sheet's time)
    entry = _DATED_ENTRY.match(text, text.rfind("\n", 0, c.start) + 1, c.start)
    if dated is None and entry is not None and not entry.group(1).endswith(str(matcher.reference)):
        dated = entry
    # ("..., a quarter-century old in 2022, had by 2017 enabled the return of close to 2,000")
    by = [m for m in _BY_A_YEAR.finditer(c.sentence_text, 0, _at(c))
          if int(m["year"]) != matcher.reference]  # fmt: skip
    if source is not None:
        said = f"{source.group(0)} gives it"
    elif dated is not None and c.unit != YEARS:
        # (a timeline's start year is itself the claim: "1992: INL begins ...")
        said = f"its entry is dated {dated.group(1)}"
    elif by and c.unit != YEARS:
        said = f"it is dated {by[-1].group(0)!r}"
    else:
        return c
    why = Why("year-not-in-sheet", f"{said}, and the sheet gives {c.figure.figure.id} no year or "
                                   f"source but its own; {c.reason}")  # fmt: skip
    return _given(c, UNDETERMINED, why)


def _table_caption(text: str, at: int) -> str:
    """The line above the Markdown table a position stands in (its caption or heading), or ""
    when it stands in no such table (or in one so long that its caption is out of reach: each
    claim looks only a bounded way back)."""
    start = text.rfind("\n", 0, at) + 1
    if not text[start:at].lstrip().startswith("|"):
        return ""
    for _ in range(_TABLE_ROWS_BACK):
        if start <= 0:
            break
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1].strip()
        # (a blank line may stand between a table and its caption)
        if line and not line.startswith("|"):
            return line if len(line) <= _CAPTION_REACH else ""
        start = above
    return ""


def _column_header(text: str, at: int) -> str:
    """The header cell of the Markdown table column a position stands in, or "" (looked for a
    bounded way back, as the caption is)."""
    start = text.rfind("\n", 0, at) + 1
    if not text[start:at].lstrip().startswith("|"):
        return ""
    column = text.count("|", start, at)
    header = ""
    for _ in range(_TABLE_ROWS_BACK):
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if not line.lstrip().startswith("|"):
            break
        if not _SEPARATOR_ROW.fullmatch(line.strip()):
            header = line
        if start <= 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    cells = header.split("|")
    return cells[column].strip() if 0 < column < len(cells) else ""


_SEPARATOR_ROW = lazy(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?(?:-{3,}:?)?\s*")
# A column header that says its cells are the sheet's own figures ("Fact sheet", "State Dept.
# figure").
_THE_SHEETS_COLUMN = lazy(
    r"\b(?:fact[\s-]?sheet|the\s+sheet|state\s+dep(?:artmen)?t\.?|department\s+of\s+state)\b",
    re.IGNORECASE,
)
_CAPTION_REACH = 200  # characters of a line above a table short enough to be its caption
_TABLE_ROWS_BACK = 60  # rows a claim looks back over for its table's caption


# "had by 2017 enabled ...": the year of a count, in its clause before the number.
_BY_A_YEAR = lazy(r"\bby\s+(?:the\s+end\s+of\s+)?(?P<year>(?:19|20)\d\d)\b(?=[^.;:]*$)")
# Bodies that count what the sheet counts, each by its own count and date: by name, or a
# Peruvian body named by what it is, as the one that counts ("Peru's own migration office
# counts ...").
_OTHER_SOURCE = lazy(
    r"\b(?:UNHCR|R4V|IOM|OCHA|UNODC|UNICEF|WFP|World\s+Food\s+Programme|World\s+Bank|IMF|Migraciones|INEI|ACNUR|OIM"
    r"|U\.?N\.?\s+(?:refugee|migration)\s+agenc(?:y|ies)|United\s+Nations"
    r"|\bU\.?N\.?\s+(?:count|estimate|figures?|data|tally)\b|(?:aid|humanitarian)\s+"
    r"(?:groups|agencies|organi[sz]ations)"
    # ("by an interagency count for mid-2022, 1.49 million")
    r"|inter-?agency\s+(?:count|platform|estimate|figures?|data|tally)"
    # (R4V by its long name: "the regional platform", "the Regional Inter-Agency Platform")
    r"|regional\s+(?:inter-?agency\s+)?(?:coordination\s+)?platform)\b"
    # ("the migration office reported that 120,000 Venezuelans have applied ...")
    r"|\bthe\s+(?:national\s+)?(?:migration|immigration|statistics|census)\s+(?:office|authority"
    r"|agency|superintendency|institute|service)(?=\s+(?:now\s+)?(?:counts?|counted|estimates?"
    r"|estimated|puts?|registered|records?|recorded|reports?|reported|says?|said)\b)"
    r"|\b(?:Peru[’']s|Peruvian|Lima[’']s)\s+(?:own\s+)?(?:[a-z]+\s+){0,2}(?:office|authority"
    r"|authorities|agency|government|officials|ministry|census|institute|superintendency|service)"
    r"(?=\s+(?:now\s+)?(?:counts?|counted|estimates?|estimated|puts?|registered|records?|recorded"
    r"|tall(?:y|ies|ied)|reports?|reported|says|said)\b)"
)


def _asked(c: Claim) -> Claim:
    """ "Is it true USAID has worked with DEVIDA for 30 years?", "Did the U.S. give three
    million doses?": a question asks, it claims nothing (not "Isn't it true ...?", which
    asserts, nor "Is the agreement that runs through 2025 on track?", which presumes it)."""
    if c.verdict != CONTRADICTED or not _a_question(c):
        return c
    return _asked_it(c)


def _asked_it(c: Claim) -> Claim:
    """A claim a question asks: undetermined, as words reported (no claim of the writer's)."""
    why = Why("reported", f"a question asks it: {c.reason}")
    return _given(c, UNDETERMINED, why)


def _a_question(c: Claim) -> bool:
    """True when a claim's words are a question asked, or reported as asked."""
    # "A reader asks whether the United States gave Peru three million doses": so does a
    # question reported.
    # ("Three million doses? Try two million.": a number echoed as a question asks it too,
    # unless the next sentence denied it: "Two million doses? Not even close.")
    # (its own line: a heading above it, "READER Q&A", is no part of the question)
    line = c.sentence_text[c.sentence_text.rfind("\n", 0, _at(c)) + 1 :]
    echoed = c.rule != "negated-figure" and _ECHO.fullmatch(line)
    asked = _ASKED.match(line) or echoed
    return bool(asked or _ASKS_WHETHER.search(c.sentence_text, 0, _at(c)))


_Q_LINE = lazy(r"\W*(?:Q|QUESTION)\s*:", re.IGNORECASE)
# A question asked after a number its sentence takes as given: "... agreement - has all of it
# arrived?", "..., but how much of it has been spent?"
_ASKED_AFTER = lazy(
    r"[—–,;:-]\s*(?:but\s+|and\s+|so\s+)?(?:has|have|had|is|are|was|were|did|does|do|will|can"
    r"|could|would|how|what|why|when|where|which|who)\b[^.!?]*\?",
    re.IGNORECASE,
)
_ASKS_WHETHER = lazy(
    r"\b(?:asks?|asked|asking|wonders?|wondered|wondering|(?:wants?|wanted)\s+to\s+know"
    r"|inquired|enquired|queried)\s+(?:us\s+|me\s+)?(?:whether|if)\b"
    # "R. Paredes asked about a figure of US$30 billion for 2021 trade reported in local media"
    r"|\b(?:asks?|asked|asking|inquired|enquired|queried)\s+about\s+(?:a|the|that|this)\s+"
    r"(?:figure|number|claim|report|estimate|total|tally)\s+of\s+$",
    re.IGNORECASE,
)
_ASKED = lazy(
    # (after an interviewer's label: "Q (EFE):", "HOST:"; not a headline's kicker, "FACT
    # CHECK: Has trade really grown 200 percent?", whose question the column then rates)
    r"\W*(?:(?:Q|QUESTION)\b[^:]{0,40}:\s*|(?-i:[A-Z][A-Za-z.’'-]+)\s*:\s*)?(?:So,?\s+|And\s+)?"
    r"(?:Is\s+it\s+(?:true|right|correct)"
    # ("Does the agreement end in 2025?")
    r"|Did|Does|Do|Has|Have|(?:Was|Is|Were|Are)\s+(?:it|there|that|this)"
    # ("Q from last session: was it $386M? A: no, $286M+": a note's question, in lower case,
    # with its answer on its line)
    r"|(?<=:\s)(?i:did|does|do|has|have|(?:was|is|were|are)\s+(?:it|there|that|this)))"
    r"\b(?![’']|n[’']t)[^?]*\?\s*(?:$|(?:A|ANSWER)\s*:)"
)
# "Washington gave Peru three million vaccine doses, right?": a statement with a tag that asks
# only for assent asserts it: it is the asker's claim, not a question.
_TAGGED = lazy(
    r",\s*(?:right|correct|true|no|yes|(?:is|was|did|does|has|have|are|were)n[’']t\s+(?:it|they|he|she))"
    r"\s*\?\s*$",
    re.IGNORECASE,
)


def _the_one(stated: Iterable[Claim]) -> Claim | None:
    """The last of claims that state figures when all state the same one, else None (they
    state none, or several)."""
    found = {d.figure.figure.id: d for d in stated if d.figure is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def _given(c: Claim, verdict: Verdict, why: Why) -> Claim:
    """The claim with the verdict a rule gives it, and that rule's id and reason."""
    return replace(c, verdict=verdict, reason=why.text, rule=why.rule)


def _no_claim(c: Claim, why: Why) -> Claim:
    """A number the writer makes no claim with (supposed, aimed, not said ...): no-match, why."""
    return replace(c, verdict=NO_MATCH, reason=why.text, rule=why.rule, figure=None)


def _no_claim_if(c: Claim, words_: str | None, rule: str, what: str) -> Claim:
    """The claim, or no claim when ``words_`` (found before the number) say ``what``."""
    if words_ is None:
        return c
    return _no_claim(c, Why(rule, f"{words_.strip()!r}: {what}; {c.reason}"))


def _supposed(c: Claim) -> Claim:
    """ "If the U.S. had donated three million doses, ...", "Had USAID signed in 2020, ...",
    "Contrary to rumours of three million doses, ...": what the writer supposes or denies in
    an opening clause is no claim of theirs."""
    if c.verdict not in (CONTRADICTED, UNDETERMINED) or c.figure is None:
        return c
    opening = _SUPPOSED.search(c.sentence_text, 0, _at(c))
    said = opening.group(0) if opening else None
    return _no_claim_if(c, said, "supposed", "the writer supposes or denies it, and claims nothing")


# An opening clause, up to the number, with no comma between: a supposition ("If ... had",
# "Had USAID ...", "Imagine if", "What if") or what the writer denies ("Contrary to ...").
_IN_CLAUSE = r"(?:[^.,;:!?]|(?<=\b[A-Z])\.|\.(?=\S))"  # ("U.S." is no stop)
_SUPPOSED = lazy(
    rf"(?:\bif\b{_IN_CLAUSE}{{0,80}}?\b(?:had|were)\b|^\W*(?:Had|Were)\s+(?-i:[A-Z]|the\b)"
    r"|\b(?:imagine|what)\s+if\b|\bcontrary\s+to\b|\bdespite\s+(?:claims|rumou?rs|reports)\b)"
    rf"{_IN_CLAUSE}*$",
    re.IGNORECASE,
)


def _not_said(c: Claim) -> Claim:
    """ "The sheet does NOT say USAID has worked in Peru for 50 years": what the writer says a
    text does not give is nobody's claim."""
    if c.verdict not in (CONTRADICTED, UNDETERMINED, SUPPORTED) or c.figure is None:
        return c
    unsaid = _NOT_SAID.search(c.sentence_text, 0, _at(c))
    said = unsaid.group("unsaid") if unsaid else None
    return _no_claim_if(c, said, "not-said", "the writer says a text does not give it; no claim")


_NOT_SAID = lazy(
    r"(?P<unsaid>\b(?:does|do|did)(?:\s+not|n[’']t)\s+(?:say|state|claim|mention|report|list|cite)"
    r"|\bnever\s+(?:says|said|states|stated|claims|claimed|mentions|mentioned)"
    r"|\bmakes\s+no\s+mention\s+of)\b"
    # (not "does not say over how many years the $286 million runs": a question left open)
    r"(?!\s+(?:(?:over|for|in)\s+)?(?:how|whether|what|when|which|who|why|where|if)\b)"
    rf"{_IN_CLAUSE}*$",
    re.IGNORECASE,
)


def _before_its_party(c: Claim, matcher: Matcher) -> Claim:
    """ "In the decade before the PTPA, trade grew 200 percent": a period before the figure's
    own party (the agreement under which trade grew) is not the figure's period."""
    if c.verdict != CONTRADICTED or c.figure is None or c.unit == DATE:
        return c
    at = _at(c)
    start = c.sentence_text.rfind(";", 0, at) + 1
    end = c.sentence_text.find(";", at)
    clause = c.sentence_text[start : end if end >= 0 else len(c.sentence_text)]
    parties = c.figure.figure.frame.parties
    for m in _BEFORE.finditer(clause):
        # (its own words only: "Ahead of the OAS meeting, USAID said ..." is before no party)
        phrase = re.match(r"(?:[\w.’'-]+[ \t]+){0,3}[\w.’'-]+", clause[m.end() :])
        named = matcher.read(phrase.group(0) if phrase else "")[0]
        if named & set(parties) & matcher.telling:
            why = Why("another-year", f"{m.group(0).strip()!r} its party: a period before the "
                                      f"figure's own; {c.reason}")  # fmt: skip
            return _no_claim(c, why)
    return c


_BEFORE = lazy(
    r"\b(?:before|prior\s+to|preceding|ahead\s+of|until)\s+(?:the\s+|its\s+)?(?=[\w.-]+)",
    re.IGNORECASE,
)


def _aimed(c: Claim) -> Claim:
    """ "The goal is to double trade by 2030", "USAID aims to reach $500 million", "will donate
    ... next year": a goal, plan or forecast says what may be, not what was: no claim against
    what the sheet reports."""
    # (a date the sheet itself gives ahead, the visit, is judged however it is announced)
    if (
        c.verdict != CONTRADICTED
        or c.figure is None
        or c.rule == "negated-figure"
        or c.unit == DATE
    ):
        return c
    aim = _AIMED.search(c.sentence_text, 0, _at(c))
    if aim is None:
        # ("Officials warn Peru could host 1.5 million by the end of next year": a forecast)
        will = _WILL.search(c.sentence_text, 0, _at(c))
        aim = will if will and _AHEAD.match(c.sentence_text, will.end()) else None
    if (
        aim
        and aim.groupdict().get("recommends")
        and _DEFINITE_BEFORE.search(c.sentence_text, 0, _at(c))
    ):
        # ("he should ... give the 500 women who have come through the Academy a fund": what a
        # recommendation names with "the" it takes as given, and claims)
        aim = None
    # ("Of the $240 million he is expected to announce for migration, ...": after the number)
    aim = aim or _AIMED_AFTER.match(c.sentence_text, _at(c) + len(c.text))
    said = aim.group(0) if aim else None
    return _no_claim_if(c, said, "aimed", "a goal, plan or forecast, not what was")


# ("expects to", "the goal is to", "a target of": up to the number, within its clause)
_AIMED = lazy(
    # (not what schedules: "is expected to arrive on October 5", "set to run to 2028")
    r"(?:\b(?:aims?|aiming|hopes?|hoping|seeks?|seeking|wants?|intends?|intending|pledged?"
    r"|pledges|promised?|promises|vowed?|vows)\s+to\b"
    r"|\b(?:goal|target|aim|ambition|objective)\s+(?:is|was|of|would\s+be)\b"
    # ("Washington should offer Lima a $1 billion compact": what the writer recommends)
    r"|(?P<recommends>\b(?:should|ought\s+to|must|needs?\s+to)\s+(?:\w+\s+){0,2}?(?:offer|give"
    r"|provide|commit|fund|sign|put|spend|launch|create|propose|pledge|announce|expand|finance"
    r"|invest|double|triple)\b|\b(?:I|we)\s+(?:would\s+)?(?:propose|suggest|recommend)\b))"
    rf"{_IN_CLAUSE}*$",
    re.IGNORECASE,
)
_DEFINITE_BEFORE = lazy(r"\b(?:the|its|their|our|his|her|those|these)\s+$", re.IGNORECASE)
_WILL = lazy(rf"\b(?:will|’ll|'ll|could|may|might|would)\b{_IN_CLAUSE}*$", re.IGNORECASE)
_AIMED_AFTER = lazy(
    r"\s+(?:[\w’'-]+\s+){0,3}(?:is|are|was|were)\s+(?:expected|set|due|slated|poised|going|likely)"
    r"\s+to\s+(?:announce|unveil|pledge|commit|propose|request)\b",
    re.IGNORECASE,
)
_AHEAD = lazy(
    r"(?:[^.;!?]|\.(?=\d)){0,80}?\b(?:next\s+(?:year|month|week|spring|summer|fall|autumn|winter)"
    r"|in\s+the\s+(?:coming|years\s+ahead|future)|the\s+coming\s+(?:year|months))\b",
    re.IGNORECASE,
)


def _not_true_that(c: Claim) -> Claim:
    """ "Nor is it true, as a letter you printed claimed, that the United States gave Peru two
    million vaccine doses": a clause the writer says is false denies the number in it, however
    far from the denial the number stands."""
    at = c.sentence_text.find(c.text)
    denial = _NOT_TRUE.search(c.sentence_text, 0, max(0, at)) or _false_after(c, at)
    if denial is None or c.figure is None or c.verdict not in (SUPPORTED, CONTRADICTED):
        return c
    # ("It is not true that Peru hosts 1.3 million": the reader read the same denial already)
    if c.rule == "negated-figure":
        return c
    groups = denial.groupdict()
    said = groups.get("denial") or groups.get("unfounded")
    if groups.get("unfounded") and _NEGATED_BEFORE.search(c.sentence_text, 0, denial.start()):
        return c  # "No one in Lima disputes that ...": a denial denied is a claim made
    if c.verdict == SUPPORTED:
        why = Why("negated-figure", f"{said!r} denies it; {c.reason}")
        return _given(c, CONTRADICTED, why)
    why = Why("negated-other", f"{said!r} denies it, a value the sheet does not give; "
                               f"{c.reason}")  # fmt: skip
    return _no_claim(c, why)


def _denied_as_too_low(c: Claim, text: str) -> Claim:
    """ "trade more than tripled, it wasn't 140%. people keep lowballing it": the sheet's bare
    "over v" value denied as too low, beside words that say it was more, agrees with the sheet's
    "over": the writer denies a value nobody claims, and claims none."""
    f = c.figure.figure if c.figure else None
    if c.rule != "negated-figure" or f is None or f.qualifier not in _LOWER_BOUNDS:
        return c
    if c.ratio is None or c.ratio > _THE_SHEETS_VALUE or c.claimed.hi == math.inf:
        return c  # (a denied "over v" or a larger value is a denial of the sheet's own)
    around = f"{c.sentence_text.replace(c.text, ' ', 1)} {text[c.end : c.end + 120]}"
    more = _SAID_TO_BE_MORE.search(around)
    what = "words beside it say it was more, as the sheet's 'over' allows: it denies no value the sheet gives"
    return _no_claim_if(c, more.group(0) if more else None, "denied-too-low", what)


_LOWER_BOUNDS = frozenset({Qualifier.OVER, Qualifier.AT_LEAST})
# The largest ratio of a denied value to the sheet's that is still the sheet's bare value ("140%"
# for "over 140 percent", rounded as writers round it)
_THE_SHEETS_VALUE = 1.01
_SAID_TO_BE_MORE = lazy(
    r"\b(?:more|higher|bigger|larger|greater|better)\s+than\s+(?:that|this|it|the\s+\w+)\b"
    r"|\b(?:lowball|undersell|understat|sells?\s+(?:it\s+)?short)\w*"
    r"|\bmore\s+than\s+(?:doubled|tripled|quadrupled)\b|\b(?:far|even|much)\s+(?:more|higher)\b",
    re.IGNORECASE,
)


def _false_after(c: Claim, at: int) -> re.Match[str] | None:
    """The denial said after a claim's number of the sentence it stands in: "Claims that the
    U.S. donated two million doses are false", "... two million doses, but that's not true"."""
    if at < 0:
        return None
    rest = c.sentence_text[at + len(c.text) :]
    if _CLAIMS_THAT.match(c.sentence_text):
        found = _ARE_FALSE.search(rest)
        if found:
            return found
    return _BUT_NOT_TRUE.match(rest)


_CLAIMS_THAT = lazy(
    r"\W*(?:the\s+|these\s+|those\s+|such\s+|its\s+|their\s+|this\s+|that\s+)?"
    # "The sheet's claim of 34 projects is wrong", "The $286 million figure is false".
    # ("The fact sheet's 1.3 million figure is wrong": a name of two words may own it)
    r"(?:(?:[\w.-]+\s+)?[\w.-]+[’']s?\s+)?(?:[\w$.,-]+\s+(?:million\s+|billion\s+)?)??"
    r"(?:claims?|reports?|rumou?rs?|posts?|suggestions?|idea|notion|assertions?|stories"
    r"|figures?|numbers?|estimates?|tall(?:y|ies)|statements?)\s+(?:that|of)?\b",
    re.IGNORECASE,
)
# What the writer calls a claim: "false", "a myth", "not true".
_FALSE_WORDS = (
    r"(?:false|untrue|wrong|incorrect|baseless|unfounded|mistaken|a\s+myth"
    r"|not\s+(?:true|so|right|correct|accurate))"
)
_ARE_FALSE = lazy(
    rf"\b(?P<denial>(?:is|are|was|were)\s+(?:simply\s+|just\s+|entirely\s+)?{_FALSE_WORDS}"
    # "The claim that ... doesn't survive scrutiny", "... has been debunked"
    r"|(?:does|do|did)(?:\s+not|n[’']t)\s+(?:survive\s+scrutiny|hold\s+up|stand\s+up"
    r"|check\s+out|add\s+up)|(?:has|have)\s+been\s+(?:debunked|disproved|disproven|refuted))\b",
    re.IGNORECASE,
)
_BUT_NOT_TRUE = lazy(
    rf"[^.;:!?]{{0,60}}?,?\s*\bbut\s+(?P<denial>(?:that|this|it)(?:[’']s|\s+is|\s+was)\s+{_FALSE_WORDS})\b",
    re.IGNORECASE,
)


# "It is not true that", "Nor is it true, as ..., that": a denial of the clause after "that"
# (up to the number, with no stop, semicolon or "but" between).
_NOT_TRUE = lazy(
    r"\b(?P<denial>(?:it\s+is|it[’']s|is\s+it)\s+(?:not|hardly|simply\s+not)\s+(?:true|the\s+case"
    r"|correct)|nor\s+is\s+it\s+(?:true|the\s+case)|(?:it\s+is|it[’']s)\s+(?:(?:simply|just"
    r"|plainly|patently|flatly|entirely|completely)\s+)?(?:false|untrue|a\s+myth)"
    # "The sidebar wrongly said that ...", "It was incorrect in stating that ...": a correction.
    r"|(?:wrongly|incorrectly|mistakenly|erroneously|falsely)\s+(?:said|stated|reported|claimed"
    r"|wrote|asserted)|(?:was|were)\s+(?:incorrect|wrong|mistaken|in\s+error)(?:,\s+\w+,)?\s+"
    r"(?:in\s+)?(?:stating|saying|reporting|claiming|writing))\b"
    # ("U.S." is no stop: a point after an initial, or with no space after it)
    r"(?:(?!\bbut\b)(?:[^.;:!?]|(?<=\b[A-Z])\.|\.(?=\S)))*?\bthat\b"
    r"(?:(?!\bbut\b)(?:[^.;:!?]|(?<=\b[A-Z])\.|\.(?=\S)))*$"
    # "There is no evidence the U.S. donated ...", "We found no record that ...", "The embassy
    # denies that ...": what has no ground, or is denied, is not claimed ("that" may be left
    # out, but nothing may stand between it and its clause).
    r"|\b(?P<unfounded>(?:there\s+is|there[’']s|there\s+was|(?:we|I)\s+(?:found|have\s+found|saw"
    r"|could\s+find))\s+no\s+(?:evidence|proof|record|sign|trace|indication)|(?:denies|denied"
    r"|deny|disputes|disputed)\s+that)\b"
    r"(?:(?!\bbut\b)(?:[^.;:!?]|(?<=\b[A-Z])\.|\.(?=\S)))*$",
    re.IGNORECASE,
)


_NEGATED_BEFORE = lazy(r"\b(?:no|not|never|nobody|none|hardly|few)\b|n[’']t\b", re.IGNORECASE)


# A statement asked as a question, its words in a statement's order ("And the academy has
# something like four thousand graduates?"; not "Have forty years of work failed?", which
# takes its number as given): its last words and its question mark.
_ASKING = lazy(
    rf"^[^\w\n]*(?!{_SPEAKER}(?:and\s+|so\s+|but\s+)?(?:is|are|was|were|has|have|had|did|does"
    r"|do|will|can|could|would|should|how|what|why|when|where|which|who|whose)\b)[^?\n]*?"
    r"(?P<q>(?:\S+[ \t]+){0,2}\S+\?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_GUESSED = lazy(r",[ \t]*[^,?\n]{1,40}\?[ \t]*$", re.MULTILINE)
# A report with nobody who claims it: "I've seen it said", "it is claimed", "there are reports".
_IMPERSONAL = lazy(
    r"\b(?:(?:seen|heard|read)\s+it\s+(?:said|claimed|reported|written|suggested)"
    r"|it\s+(?:is|was|has\s+been|[’']s)\s+(?:often\s+|widely\s+|sometimes\s+)?(?:said|claimed"
    r"|reported|rumou?red|suggested|argued|asserted)"
    r"|there\s+(?:are|were|have\s+been)\s+(?:\w+\s+)?(?:reports|claims|rumou?rs|suggestions))\b",
    re.IGNORECASE,
)
# "Is that right?", "Is that true?", "True?": the sentence before is asked about.
_ASKED_NEXT = lazy(
    r"\s*(?:(?:Is|Was|Isn[’']t|Wasn[’']t)\s+(?:that|this|it)\s+(?:really\s+)?(?:right|true|correct"
    r"|accurate|so)|(?:True|Right|Correct|Accurate)|Does\s+that\s+(?:hold\s+up|add\s+up))\s*\?"
)
# "Two million doses?": a number echoed as a question, to be answered in the next sentence.
_ECHO = lazy(
    r"\W*(?!(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would|how|what|why|who"
    r"|which|when|where)\b)(?:[^.?!;:]|\.(?=\d)){0,40}\?\s*",
    re.IGNORECASE,
)
_DENIAL_NEXT = lazy(
    # ("Q: Wasn't it described as 30 years?  A: No. Two decades.": an answer's label first)
    rf"\s*{_SPEAKER}"
    r"(?:(?:It|They|He|She|We|That|This)\s+(?:did|does|do|was|is|were|are|has|have|had)"
    # ("It did not." alone: "It did not stop there" denies nothing of it.)
    r"(?:\s+not|n[’']t)\s*[.;:,!—–]"
    # ("That's simply not what the data show.")
    r"|(?:That|This|It)(?:\s+is|\s+was|[’']s)\s+(?:simply\s+|just\s+)?not\s+what\s+the\s+"
    r"(?:data|numbers|figures|record|sheet|facts)\s+(?:show|shows|say|says)\b"
    r"|(?:That|This|It)(?:\s+is|\s+was|[’']s)\s+(?:not\s+(?:true|so|right|correct|accurate)"
    r"|false|wrong|incorrect|untrue)\b|Not\s+so\b|(?:Wrong|False|Untrue|Nope|Hardly)\b"
    # "It's longer than that.": the value reported is not the one.
    r"|(?:It|That)(?:\s+is|\s+was|[’']s)\s+(?:much\s+|far\s+|a\s+lot\s+)?(?:longer|shorter|more"
    r"|less|fewer|higher|lower|bigger|smaller|larger|older)\s+than\s+that\b"
    r"|Not\s+(?:even\s+)?(?:close|quite|really|true|correct|right|accurate)\b|No\s*[.,!:;—–]"
    # "It was never signed.", "They never arrived.", "That's a myth."
    r"|(?:It|They|That|This)\s+(?:(?:was|were|has|have|had)\s+)?never\s+(?:been\s+)?(?:signed"
    r"|delivered|arrived|happened|existed|sent|donated|given|shipped|paid|disbursed|came|reached"
    r"|materiali[sz]ed)\b"
    r"|(?:That|This|It)(?:\s+is|\s+was|[’']s)\s+(?:(?:simply|just|pure)\s+)?(?:a\s+myth|a\s+lie"
    r"|fiction|nonsense|an\s+exaggeration|made[- ]up|a\s+fantasy)\b"
    # "USAID's $321 million? A fantasy."
    r"|(?:A|Pure|Sheer)\s+(?:myth|fantasy|fiction|lie|fabrication)\b|Fantasy\b|Fiction\b)"
)


def _corrected_nearby(claims: list[Claim]) -> list[Claim]:
    """A number someone else gives ("Some press accounts put 2009 trade at $6 billion", "we
    reported three million doses") beside the sheet's own figure stated rightly, in its
    sentence or the one before or after: the writer reports it to correct it."""
    right = {
        (c.sentence, c.figure.figure.id) for c in claims if c.verdict == SUPPORTED and c.figure
    }
    # ("It put the number at 3.1 million. Peru hosted about 1.3 million as of mid-2021": the
    # sheet's value, though dated, is the sheet's own figure stated beside it; not a duration,
    # which a date makes another span: "more than at any point in the last 20 years")
    right |= {
        (c.sentence, c.figure.figure.id)
        for c in claims
        if c.figure and c.rule.startswith("year-") and c.unit not in (YEARS, DATE)
        and isinstance(c.figure.figure.value, (int, float))
        and c.claimed.contains(float(c.figure.figure.value))
    }  # fmt: skip
    # "It reported that trade had grown 40 percent. Growth over that period was 104 percent.":
    # the writer's own value of the figure, in plain words beside it, is what they correct it
    # to, whether or not that value is the sheet's.
    # Not a rate ("$100 a person") nor a claim of another year: another quantity.
    # (each kept by sentence, so that a claim looks only at the sentences beside it)
    own: dict[tuple[int, str], list[Claim]] = {}
    for c in claims:
        if (
            c.figure and c.verdict in _FIGURED and not _said_before(c)
            and not c.rule.startswith("year-") and not _PART.search(_after(c)[:30])
        ):  # fmt: skip
            own.setdefault((c.sentence, c.figure.figure.id), []).append(c)
    # "The correct number is two million": the sheet's value, though nothing ties it to a figure.
    values: dict[int, list[Claim]] = {}
    for c in claims:
        # ("The State Department figure is 1.3 million": a word of a name is a weak tie)
        if c.rule in ("no-measure", "weak-tie", "shared-words-only"):
            values.setdefault(c.sentence, []).append(c)
    out = []
    for c in claims:
        said = _said_before(c) if c.verdict == CONTRADICTED and c.figure else None
        if said and c.rule == "negated-figure" and _quoted(c.sentence_text, _at(c)):
            said = None  # (a quoted denial of the sheet's value is its speaker's claim)
        if said and c.figure:
            near = {(c.sentence + d, c.figure.figure.id) for d in (-1, 0, 1)}
            value = c.figure.figure.value
            restated = isinstance(value, (int, float)) and any(
                _same_kind(v.unit, c.unit) and v.claimed.lo <= float(value) <= v.claimed.hi
                for d in (-1, 0, 1)
                for v in values.get(c.sentence + d, [])
            )
            corrected = next((o for k in near for o in own.get(k, []) if _corrects(o, c)), None)
            # (of the figure's order: "L. Torres noted that the Fulbright Commission has granted
            # more than 2,000 scholarships", beside its two new programs, counts another thing)
            if (near & right or restated) and _claimants(c, said) and _of_its_order(c):
                # ("Critics say Washington has put only $186 million into the response here",
                # beside the sheet's $286 million: someone's claim, which the writer refutes)
                why = Why(
                    "claimant-refuted",
                    f"{said.group(0)!r}: someone's claim the writer reports, and the sheet's own "
                    f"figure beside it refutes it; {c.reason}",
                )
                c = replace(c, reason=why.text, rule=why.rule)
            elif near & right or restated or corrected:
                beside = (
                    f"the writer's own {corrected.text!r}" if corrected and not near & right
                    else "the sheet's own figure"
                )  # fmt: skip
                why = Why(
                    "reported",
                    f"{said.group(0)!r}: words the writer reports beside {beside}; {c.reason}",
                )
                c = _given(c, UNDETERMINED, why)
        out.append(c)
    return out


def _of_its_order(c: Claim) -> bool:
    """True when a claim's value is within a slip of the decimal point of its figure's, or its
    figure has no number to be near (a date)."""
    assert c.figure is not None
    value = c.figure.figure.value
    if not isinstance(value, (int, float)):
        return True
    # (by overlap: "fewer than one million doses" reaches the figure's order from below)
    return _of_the_order(c, value)


def _of_the_order(c: Claim, value: float) -> bool:
    """True when a claim's values reach within a slip of the decimal point of ``value``."""
    return value / _QUOTE_SPREAD <= c.claimed.hi and c.claimed.lo <= value * _QUOTE_SPREAD


def _claimants(c: Claim, said: re.Match[str]) -> bool:
    """True when the reporting words before a number are a claim some person or group makes
    ("Critics say", "Some Peruvians say", "a reader insisted", "as a congressman claimed"),
    not what a text under check gave ("the article said") nor a source's count ("data put")."""
    person = _A_PERSON_SAYS.search(c.sentence_text, max(0, said.start() - 80), said.start())
    if _A_POST_CLAIMS.search(c.sentence_text, max(0, said.start() - _AUTHOR_REACH), _at(c)):
        # ("Some social media posts claim Peru has received only $1 million", "A widely shared
        # post says it was signed in 2019": a post going round is its posters' claim, which a
        # fact check rates; not "an earlier version of this post said", the writer's own text)
        return True
    if _CLAIMANT_VERB.fullmatch(said.group(0)) is None and person is None:
        # ("Q: A lot of people here still believe the donation was three million doses.")
        belief = _BELIEVED.search(c.sentence_text, 0, _at(c))
        if belief is None:
            return False
        said = belief
    before = c.sentence_text[max(0, said.start() - _AUTHOR_REACH) : said.end()]
    return _UNDER_CHECK.search(before) is None and _THE_SHEETS_AUTHOR.search(before) is None


# Who, saying it, makes a claim of their own ("Critics say", "Some Peruvians say"), and how a
# group's "say" is put ("Some people in Lima say", "Officials here say").
_CLAIMANTS = (
    r"some|someone|somebody|critics|officials|others|many|people|they|skeptics|sceptics|opponents|detractors"
    r"|lawmakers|legislators|politicians|activists|commentators"
)
# ("Critics in Peru's Congress have said", "Some members of Congress here say")
# ("Someone upthread says", "critics like to say")
_SAY = (
    r"(?:\w+\s+){0,2}?(?:(?:in|from|at|of)\s+(?:[A-Z][\w’'.-]*\s+){0,2})?(?:(?:here|there)\s+)?"
    r"(?:(?:have|had)\s+)?(?:say|says|said)"
)
# The reporting words of a claimant: a group that says ("Critics say", "Officials here say"),
# or a verb of insisting on a claim ("insist that", "as some advocacy groups claim").
# A person by title or role who says a number ("Mr. Ortiz (legal aid clinic) said", "The Chair
# mentioned that"): a claimant, not a text.
_A_PERSON_SAYS = lazy(
    rf"(?:\b(?-i:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof)\.?\s+{_NAME}"
    r"|\bthe\s+(?:chair|chairman|chairwoman|chairperson|caller|moderator)"
    r"|\b(?:a|one|another)\s+(?:member|participant|delegate|caller|attendee|listener|viewer"
    # ("One aide described four lines", "a congressman told us"): a person by role
    r"|(?:[\w.-]+\s+){0,2}?(?:aide|official|lawmaker|congress(?:wo)?man|legislator|senator"
    r"|minister|diplomat|candidate|analyst|economist|guest))"
    # ("L. Paredes stated that", minutes' way with a member): an initial and a surname
    # (not the "S. Census" of "U.S. Census data put ...")
    r"|(?<![A-Za-z]\.)\b(?-i:[A-Z])\.\s+(?-i:[A-Z][a-z’'-]+))"
    # ("a candidate in the October 2 regional elections said", "T. Ramos, in comments read out
    # by the chair, said": what qualifies the person, or an aside, before the verb)
    r"(?:\s+(?:in|from|at|of|for|with)\s+[^,.;:()]{1,60}?)?(?:\s*,[^,.;:()]{1,80},)?"
    r"(?:\s*\([^()]{0,60}\))?\s+$",
    re.IGNORECASE,
)
_CLAIMANT_VERB = lazy(
    rf"(?:{_CLAIMANTS})\s+{_SAY}"
    r"|(?:insist(?:s|ed|ing)?|contend(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|claims?|claimed"
    r"|grumbled?|grumbles|complain(?:s|ed)?|wrote\s+in\s+to\s+say|writes\s+in\s+to\s+say"
    # ("Our producer swears INL has only been at it for thirty years")
    r"|swears|swore"
    # ("Critics in Peru's Congress argue that ...": verbs _REPORTED finds, so this can match)
    r"|argue[sd]?|arguing|asserts?|asserted|maintain(?:s|ed)?)"
    r"(?:\s+that)?"
    # ("I have heard it said that ...": not "You may have heard that ...", a rumour of no one's)
    r"|(?:(?:I|we)\s+(?:have\s+)?|(?:I|we)[’']ve\s+)heard(?:\s+it\s+said)?(?:\s+that)?"
    r"|heard\s+it\s+said(?:\s+that)?",
    re.IGNORECASE,
)


# A post going round and its claim: "some social media posts claim", "a viral post says" (not
# this post, my post, our post, nor a version of one: a text under correction).
_A_POST_CLAIMS = lazy(
    r"(?<!\bthis\s)(?<!\bmy\s)(?<!\bour\s)(?<!\bof\s)(?<!\bthe\s)"
    r"\b(?:viral|widely[\s-]shared|shared|some|several|many|other|another|one|a|these|those)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:posts?|tweets?|memes?|videos?|repl(?:y|ies))\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:says?|said|claims?|claimed|insists?|insisted|alleges?|alleged)\b",
    re.IGNORECASE,
)
# A group that believes a claim ("many people think", "a lot of people here still believe").
_BELIEVED = lazy(
    rf"\b(?:{_CLAIMANTS})\b[^.;:?!\d]{{0,30}}?\b(?:believe|believes|believed|think|thinks"
    r"|assume|assumes|are\s+convinced)\b",
    re.IGNORECASE,
)


def _same_kind(a: str, b: str) -> bool:
    """True when two claims' units are alike: the same, or both counts of something (a weak
    tie may have lent one of them its figure's unit: "regions" for people)."""
    measured = (USD, PERCENT, CHANGE, YEARS, DATE)
    return a == b or (a not in measured and b not in measured)


def _corrects(own: Claim, c: Claim) -> bool:
    """True when ``own`` gives, in plain words in the sentence of ``c`` or one beside it,
    another value of the same figure in the same unit and of like size ("It reported 40
    percent. Growth was 104 percent.")."""
    if own is c or own.unit != c.unit or abs(own.sentence - c.sentence) > 1:
        return False
    if own.figure is None or c.figure is None or own.figure.figure.id != c.figure.figure.id:
        return False
    mine, theirs = own.claimed.hi, c.claimed.hi
    return mine > 0 and theirs > 0 and 1 / 4 <= mine / theirs <= 4


def _after(c: Claim) -> str:
    """The rest of a claim's sentence after its number."""
    at = c.sentence_text.find(c.text)
    return c.sentence_text[at + len(c.text) :] if at >= 0 else ""


def _said_before(c: Claim) -> re.Match[str] | None:
    """The reporting words before the number in its sentence ("the post said"), if any."""
    end = max(0, c.sentence_text.find(c.text))
    # "The article said 1.3 million; the correct figure is 1.6 million": the writer's own.
    fixed = [m.end() for m in _CORRECTION.finditer(c.sentence_text, 0, end)]
    said = _REPORTED.search(c.sentence_text, fixed[-1] if fixed else 0, end)
    if said and _IN_FACT.search(c.sentence_text, said.end(), end):
        # "which the article said went back two decades, in fact goes back four": the writer's.
        return None
    if said and _THE_SHEETS_AUTHOR.search(c.sentence_text, max(0, said.start() - 40), said.start()):
        # "the department says INL has backed eradication for 25 years": what the writer says
        # the sheet says is the writer's claim of the sheet.
        return None
    return said


def _written_after(text: str, year: int) -> str:
    """A full date in the draft after the sheet's year ("March 8, 2023": the draft was written
    then or later), or ""."""
    return next((m.group(0) for m in _FULL_DATE.finditer(text) if int(m["year"]) > year), "")


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "from January to", "between March and": a span of months before its last month.
_MONTHS_BEFORE = lazy(
    rf"\b(?:from|between)\s+{_MONTH}\s*(?:to|through|until|and|[-–—])\s*$", re.IGNORECASE
)
# "March 2020: ...", "2019 — ...": a timeline entry's date.
_DATED_ENTRY = lazy(rf"\W*((?:{_MONTH}\s+)?(?:19|20)\d\d)\s*(?:[:—–]|-\s)")
_FULL_DATE = lazy(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}\s+{_MONTH})\s+(?P<year>(?:19|20)\d\d)\b"
)


def _as_of_writing(c: Claim, text: str, written: str) -> Claim:
    """A count the draft says holds "today" or "now", when the draft is dated after the sheet:
    never contradicted by the sheet's count of its own date."""
    if c.verdict != CONTRADICTED or c.unit in (USD, YEARS, PERCENT, DATE, CHANGE):
        return c
    now = _NOW.search(text, max(0, c.start - 40), c.start)
    if now is None:
        return c
    why = Why(
        "as-of-writing",
        f"{now.group(0)!r} in a draft dated {written}, after the sheet: a count of a later "
        f"date; {c.reason}",
    )
    return _given(c, UNDETERMINED, why)


def _check_segment(
    segment: Segment,
    lines: LineIndex,
    matcher: Matcher,
    pinned: str | None,
    anchored: set[str] | frozenset[str] = frozenset(),
) -> list[Claim]:
    """The claims of one clause, each judged against the figure it is about (``anchored``: the
    sheet's sentences that its sentence's earlier clauses state rightly)."""
    found = [
        _row_bound(
            _headed(_cell_count(_dashed_unit(r, segment.text), segment), segment, matcher), segment
        )
        for r in read_numbers(segment.text)
    ]
    found = [denied_before_but(r, segment.text, segment.sentence) for r in found]
    readings = _elliptic([_as_context(r, found) for r in found], segment)
    readings = _money_by_its_words(readings, segment.text, matcher)
    readings = _money_said_before(readings, segment, matcher)
    quantities = [r for r in readings if r.unit != "year"]
    judged: list[tuple[Reading, set[int]]] = []
    spans: list[Reading] = []
    for r in readings:
        if (
            r.unit == DATE
            and _DATELINE.match(segment.text[: r.start])
            and _DATELINE_END.match(segment.text[r.end :])
        ):
            continue  # "LIMA, Oct. 7 (Wire) -": the date a dispatch was filed, no claim
        if (
            r.unit == DATE
            and _LINE_OPENS.search(segment.text, 0, r.start)
            and _AT_A_TIME.match(segment.text, r.end)
        ):
            continue  # "Oct. 20, 8:00 a.m. | Briefing on ...": a calendar's entry, no claim
        if r.unit == "year":
            if (quantities and not r.event) or not r.claimable:
                spans += _span_end(r, segment.text)
                continue  # a year beside an amount is its context, not a claim
            r = _year_claim(r, segment.text)
        # (a start year read as "since" is the claim itself, not a year that dates it)
        around = [o for o in readings if not (r.since and o.number_start == r.number_start)]
        # (a year in another subject of a "respectively" list is that subject's)
        others = _respective(segment.text, r, readings)[1:]
        around = [o for o in around if not any(a <= o.start < b for a, b in others)]
        years = (
            _that_year(segment, r)
            or _context_years(r, around, segment.text)
            or _fallback_years(r, segment, readings, matcher)
        )
        # ("The agreement turns 13 this year": the sheet's year, as an age's own time, ties the
        # age to no figure dated that year; "In 2017 the MOU turned 20" keeps its year)
        years = years - {matcher.reference} if r.age else years
        judged.append((r, _shifted_years(segment, r, years)))
    claims = [_judge_event(segment, lines, r, readings, y, matcher, pinned) for r, y in judged]
    # "The $321 million agreement, signed in September 2020": a date in a clause that states
    # another figure of the same sentence of the sheet rightly is that sentence's event.
    anchors = {c.figure.statement.id for c in claims if c.figure and c.verdict == SUPPORTED}
    anchors |= anchored
    claims = [
        _judge(segment, lines, r, readings, y, matcher, pinned, anchors)
        if c.unit == DATE and c.rule in _UNANCHORED and c.figure
        and c.figure.statement.id in anchors else c
        for (r, y), c in zip(judged, claims, strict=True)
    ]  # fmt: skip
    claims = [_the_writers_own(c, segment.text, segment.start) for c in claims]
    claims = [_how_long_it_lasts(c, segment, anchors) for c in claims]
    claims = _periods_of_others([_untied(c) for c in claims], segment)
    claims += _anchored_spans(segment, lines, spans, readings, matcher, pinned, anchors)
    claims.sort(key=lambda c: c.start)
    claims = _refuted_after(
        _dated_by_a_date(claims, readings, matcher, segment.start, segment.text), segment
    )
    return [_not_the_sheets(c, segment.elsewhere) for c in claims]


def _how_long_it_lasts(c: Claim, segment: Segment, anchors: set[str]) -> Claim:
    """ "USAID signed a $321 million agreement in September 2021, covering five years of work on
    ... the environment": a duration a participle gives the thing its clause states rightly is
    how long that thing lasts, not another figure's years its later words name."""
    if c.unit != YEARS or c.figure is None or c.verdict != CONTRADICTED:
        return c
    if not anchors or c.figure.statement.id in anchors:
        return c
    lasts = _LASTS.search(segment.text, 0, c.start - segment.start)
    if lasts is None:
        return c
    why = Why("another-thing", f"{lasts.group(1)!r} gives how long the thing its clause states "
                               f"rightly lasts, not {c.figure.figure.id}; {c.reason}")  # fmt: skip
    return _no_claim(c, why)


_LASTS = lazy(r",\s*(covering|spanning|lasting|running(?:\s+for)?)\s+(?:the\s+next\s+)?$", re.I)


def _not_the_sheets(c: Claim, elsewhere: str) -> Claim:
    """A number of a table whose caption says its figures are not the sheet's ("Table B:
    context (not in the fact sheet)"): the writer's own word that it is another quantity."""
    what = "its table's caption says its figures are not the sheet's"
    return (
        _no_claim_if(c, elsewhere or None, "not-the-sheets", what)
        if c.verdict == CONTRADICTED
        else c
    )


def _foreign_currency(text: str, r: Reading) -> str:
    """The currency other than the dollar an amount is given in ("S/ 286 million", "€30m",
    "100 million soles"), or ""."""
    before = _CURRENCY_BEFORE.search(text, max(0, r.number_start - 6), r.number_start)
    after = _CURRENCY_AFTER.match(text, r.end)
    found = before or after
    return found.group(0).strip() if found else ""


def _cell_currency(segment: Segment, r: Reading) -> str:
    """The currency other than the dollar a table cell's row or column names for its bare
    amount ("eu_aid,12.5,EUR million", "| Fine (soles) | 4.6 million |"), or ""."""
    if not segment.cell or r.unit != COUNT:
        return ""
    found = _CURRENCY_NAMED.search(segment.heading.replace("_", " "))
    return found.group(0) if found else ""


# Currencies other than the dollar, by sign, code and name: one list for each place they are
# looked for.
_CURRENCY_SIGNS = r"S/\.?|€|£|¥|R\$"
_CURRENCY_CODES = r"PEN|EUR|GBP|CNY|RMB|JPY|MXN|COP|CLP|BRL"
_CURRENCY_WORDS = (
    r"(?:Peruvian\s+)?(?:soles|nuevos\s+soles)|euros?|pounds\s+sterling|yuan|renminbi|yen|reais"
    r"|(?:Mexican|Colombian|Chilean)\s+pesos"
)
# (codes in capitals only: "pen" or "eur" in a row's words is no currency)
_CURRENCY_NAMED = lazy(rf"{_CURRENCY_SIGNS}|\b(?:{_CURRENCY_CODES})\b|\b(?i:{_CURRENCY_WORDS})\b")
_CURRENCY_BEFORE = lazy(rf"(?:{_CURRENCY_SIGNS}|\b(?:{_CURRENCY_CODES}|CAD|C\$|A\$))\s*$")
_CURRENCY_AFTER = lazy(rf"\s*(?:{_CURRENCY_WORDS}|{_CURRENCY_CODES})\b", re.IGNORECASE)


_PERIOD_BEFORE = lazy(r"\b(?:over|in|within|during|across)\s+(?:the\s+(?:last|past)\s+)?$", re.I)


def _periods_of_others(claims: list[Claim], segment: Segment) -> list[Claim]:
    """ "planted 3 million trees over two years": a span of time right after another quantity of
    its clause is that quantity's period; when the quantity is none of the sheet's, neither is
    its period a claim about one."""
    out = []
    for i, c in enumerate(claims):
        before = claims[i - 1] if i else None
        if (
            c.unit == YEARS
            and c.verdict == CONTRADICTED
            and before is not None
            and before.verdict == NO_MATCH
            and before.unit != YEARS
            and _PERIOD_BEFORE.search(segment.text, 0, c.start - segment.start)
        ):
            why = Why(
                "another-thing",
                f"it is the period of {before.text!r}, which no figure of the sheet counts",
            )
            c = replace(c, verdict=NO_MATCH, figure=None, reason=why.text, rule=why.rule)
        out.append(c)
    return out


_ATTRIBUTIVE_BEFORE = lazy(r"\b(?:the|a|an|this|that|its|their|last|next)\s+$", re.I)
_ATTRIBUTIVE_AFTER = lazy(r"\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")


def _event_ranked(
    clause: str, r: Reading, matcher: Matcher, reason: Why | None, event: tuple[str, Vocabulary]
) -> list[Fit]:
    """The figures a date that modifies an event ("the Jan. 16 spill at Repsol's refinery")
    could be of, read from the date on with no party of its clause (who raises the event is
    not its party)."""
    text = clause[r.start :]
    near = words(event[0])
    parties = frozenset(matcher.read(text)[0])
    return _rank(
        text, (text, text, ""), (near, near), near, "", _shifted(r, r.start), set(), matcher,
        reason, frozenset(), "", parties,
    )[0]  # fmt: skip


def _event_named(clause: str, r: Reading) -> tuple[str, Vocabulary] | None:
    """The words of the event a date stands before as its modifier ("the October 2 regional
    elections", "the January 15 spill"), or None when it stands alone."""
    if not _ATTRIBUTIVE_BEFORE.search(clause, 0, r.start):
        return None
    m = _ATTRIBUTIVE_AFTER.match(clause, r.end)
    return (m.group(1), Vocabulary(set(words(m.group(1))))) if m else None


def _names_a_measure(p: Profile, vocab: Vocabulary) -> bool:
    """True when some words hold a whole term of what the figure measures (a date's event, the
    total an amount is "of")."""
    return any(all(vocab.find(w) for w in term) for term in p.measure)


def _independent(segment: Segment) -> bool:
    """True when a clause follows a semicolon: a clause of its own, which borrows nothing of
    what the clause before it measures ("...donated two million doses; the death toll exceeded
    216,000")."""
    at = segment.sentence.find(segment.text)
    if at <= 0 or not segment.sentence[:at].rstrip().endswith(";"):
        return False
    # "...; it rose to $22 billion", "...; by 2021 it was ...": a pronoun's clause still
    # borrows what it stands for.
    return not _PRONOUN_START.match(_OPENING.sub("", segment.text.lstrip()))


# "the correct figure is 1.6 million": a correction's value is of the figure it corrects.
_CORRECT = r"(?:correct|corrected|actual|right|true|accurate|real|proper)"
_FIGURE_WORD = r"(?:figure|total|number|amount|sum|count|tally)"
# ("the fact sheet's own figure is two decades": the sheet's value, given as the right one)
_SHEETS = r"(?:(?:fact\s+)?sheet[’']s(?:\s+own)?(?:\s+" + _CORRECT + r")?)"
_CORRECTION = lazy(rf"\bthe\s+(?:{_CORRECT}|{_SHEETS})\s+{_FIGURE_WORD}\b", re.IGNORECASE)
_OPENS_CORRECTION = lazy(rf"\W*the\s+(?:{_CORRECT}|{_SHEETS})\s+{_FIGURE_WORD}\b", re.IGNORECASE)
_PRONOUN_START = lazy(
    rf"\s*(?:it|its|they|their|them|this|that|these|those|which|who|he|she|the\s+(?:{_CORRECT}\s+)?{_FIGURE_WORD})\b",
    re.IGNORECASE,
)


def _unspoken(text: str) -> str:
    """A text with its speakers' labels blanked, every offset kept, and who praises another's
    work ("The Secretary also recognized a quarter-century of INL support"): the one who speaks
    of a number is not whose number it is."""
    text = SPEAKER.sub(lambda m: " " * len(m.group(0)), text)
    return _PRAISES.sub(lambda m: " " * len(m.group(0)), text)


# Who praises, by name or pronoun, and the verb ("Blinken hailed", "She also thanked").
_PRAISES = lazy(
    r"(?:\b(?-i:[Tt]he\s+)?(?-i:[A-Z][\w.’'-]+)(?:\s+(?-i:[A-Z][\w.’'-]+)){0,3}|\b(?:he|she))"
    r"\s+(?:also\s+)?(?:recognized|recognised|praised|hailed|commended|applauded|lauded"
    r"|acknowledged|thanked|saluted)\b",
    re.IGNORECASE,
)


def _untied(c: Claim) -> Claim:
    """A claim that only a weak tie holds to the figure it would contradict is no claim about
    it: one shared word (not of a duration), or a date with no word of its event and no actor
    by it."""
    # A duration keeps its doubt: "INL has been active in Peru for 30 years" is INL's.
    weak = (c.rule == "weak-evidence" and c.unit != YEARS) or (
        c.unit == DATE and c.rule in _UNTIED_DATE
    )
    if not weak or c.figure is None:
        return c
    if c.unit != DATE and _quoted(c.sentence_text, _at(c)):
        return c  # (the draft right after a quote may tie it: see _quotes_settled)
    return _untie(c)


def _untie(c: Claim) -> Claim:
    """A claim held to the figure it would contradict by a weak tie, as no-match."""
    said = f"{c.reason}; no figure of the sheet is clearly what it counts"
    return replace(c, verdict=NO_MATCH, rule="weak-tie", reason=said, figure=None)


_UNTIED_DATE = frozenset({"nothing-beside", "actor-unnamed"})


_SPAN_START = lazy(r"\s*(?:[-–—]|to)\s*(?:19|20)\d\d\b")
_PERIOD_OF_AMOUNT = lazy(
    r"(?:\d|million|billion|bn|mn|[mk])\s+(?:for|covering|during|over)\s+(?:the\s+)?"
    r"(?:(?:fiscal\s+)?years?\s+|period\s+|FY\s*)?$",
    re.IGNORECASE,
)
_SPAN_END = lazy(r"\b(?:19|20)\d\d\s*(?:[-–—]|to)\s*$")


def _span_end(r: Reading, clause: str) -> list[Reading]:
    """A year that opens or closes a span of years ("Sept. 2021 – 2026", "2021-2026"), as a
    date claim (the closing one as an end year); none for another year, nor for the period of
    an amount ("topped up by $92.5 million for 2023-2024")."""
    closes = _SPAN_END.search(clause, 0, r.number_start)
    if _PERIOD_OF_AMOUNT.search(clause, 0, closes.start() if closes else r.start):
        return []
    if _SPAN_START.match(clause, r.number_end):
        return [_year_claim(r)]
    if closes:
        note = f'read "{r.text}", the end of a span of years, as an end year'
        return [replace(_year_claim(r), note=note)]
    return []


def _anchored_spans(
    segment: Segment,
    lines: LineIndex,
    spans: list[Reading],
    readings: list[Reading],
    matcher: Matcher,
    pinned: str | None,
    anchors: set[str],
) -> list[Claim]:
    """The years of a span beside amounts ("the $321 million agreement (2021-2026)"), claims
    only of the events of a sheet's sentence whose figures the clause states rightly."""
    out = []
    for r in spans:
        c = _judge(segment, lines, r, readings, set(), matcher, pinned, anchors)
        if c.figure and c.figure.statement.id in anchors and c.verdict in (SUPPORTED, CONTRADICTED):
            out.append(c)
    return out


_TAKES_UP = lazy(
    r"\W*(?:[A-Z]+:\s+)?(?:(?:and|but|so|also)\s+)?"
    # ("A member wrote in to say it was signed in September 2020": after who says it)
    # ("Mr. Barrios recalled that it was signed in 2020")
    r"(?:(?:(?:a|an|one|the|some|many|several)\s+(?:[\w’'-]+\s+){0,10}?"
    r"|(?-i:Mr|Mrs|Ms|Dr)\.?\s+(?-i:[A-Z])[\w’'-]+\s+)"
    r"(?:wrote\s+in\s+to\s+say|wrote\s+to\s+say|says|said|insists|insisted|claims|claimed"
    r"|recalled|noted|added|explained|has|had)"
    r"\s+(?:that\s+)?)?"
    # ("We signed it in September 2020", "We signed that agreement in 2020")
    r"(?:(?:we|they|usaid)\s+(?:signed|inked|sealed)\s+)?"
    r"(?:it|they|that|this|(?:the|that|this)\s+(?:agreement|deal|pact|accord|grant|package))\b",
    re.IGNORECASE,
)


def _first_number(sentence: str) -> int:
    """Where a sentence's first digit stands (its length when it has none): what takes up the
    sentence before stands before its numbers ("that agreement was signed in 2020"), not after
    them ("sworn in on July 28, 2021, so the deal fell under his government")."""
    m = re.search(r"\d", sentence)
    return m.start() if m else len(sentence)


# "that agreement", "the deal" (not "the agreement with DEVIDA"), "it was signed", "it runs"
_TAKES_UP_AGAIN = lazy(
    r"\b(?:that|this|the)\s+(?:agreement|deal|accord|pact)\b(?![’']|\s+(?:with|between|on|for|of)\b)"
    r"|\b(?:it|that)\s+(?:was\s+signed|runs|ran|expires|ends|lasts)\b",
    re.IGNORECASE,
)
_UNANCHORED = frozenset({"actor-unnamed", "weak-evidence", "nothing-beside"})


def _judge_event(
    segment: Segment,
    lines: LineIndex,
    r: Reading,
    readings: list[Reading],
    years: set[int],
    matcher: Matcher,
    pinned: str | None,
) -> Claim:
    """A reading's claim; the year of an event ("signed in 1997") is also read as the age it
    gives by the sheet's date, for a figure that counts years (a 25-year-old MOU)."""
    claim = _judge(segment, lines, r, readings, years, matcher, pinned)
    # (a quoted date its figure rules out is held back by its quote, not unread: '"signed a
    # $321 million deal with USAID in 2020."' is no age of the environment program's years)
    if not r.event or claim.verdict in (SUPPORTED, CONTRADICTED) or claim.rule == "quoted":
        return claim
    # (by its own sentence's words only: "And USAID's agreement? / $321 million, signed back in
    # 2019" is no age of another USAID span)
    alone = replace(segment, previous="", carried="")
    age = _judge(alone, lines, replace(r, unit=YEARS, since=True), readings, years, matcher,
                 pinned)  # fmt: skip
    return age if age.verdict in (SUPPORTED, CONTRADICTED) else claim


_REFUTED = lazy(
    r"^[^.!?]{0,80}?[,;:(—–-]\s*(?:but\s+)?(?:that|this|which|it|the\s+(?:figure|number|claim))"
    r"\s+(?:is|was|'s|’s|has\s+been|proved|turned\s+out\s+to\s+be)\s+(?:simply\s+|plainly\s+)?"
    r"(?:wrong|false|incorrect|untrue|inaccurate|mistaken|an?\s+(?:error|myth|mistake)"
    r"|not\s+(?:true|right|correct|accurate))\b",
    re.IGNORECASE,
)


def _refuted_after(claims: list[Claim], segment: Segment) -> list[Claim]:
    """ "The draft says three million doses; that is wrong": the writer denies the number."""
    at = segment.sentence.find(segment.text)
    if at < 0 or not claims:
        return claims
    out = []
    for c in claims:
        rest = segment.sentence[at + c.end - segment.start :]
        # A reported or quoted number the sheet rules out, called wrong right after it.
        wrong = c.verdict == CONTRADICTED or c.rule in ("reported", "quoted")
        # (not a claimant's words in quotation marks: 'A post claimed Washington "only sent
        # 200,000 vaccines"; this is plainly false' is the post's claim, found wrong: see
        # _quotes_settled)
        if wrong and _REFUTED.match(rest) and not _held_by_its_quote(c):
            why = Why("denied", f"the writer says {c.text!r} is wrong: it is no claim")
            c = replace(c, verdict=NO_MATCH, figure=None, reason=why.text, rule=why.rule)
        out.append(c)
    return out


# A calendar's entry or a post's timestamp: a date that opens its line, then a time of day.
_LINE_OPENS = lazy(r"(?:^|\n)[\s\[(*•·▪>-]*$")
_AT_A_TIME = lazy(
    r"(?:,?\s+(?:19|20)\d\d)?\s*(?:,|\bat\b|[|·•–—-])?\s*"
    r"(?:\d{1,2}(?::[0-5]\d)?\s*(?:[ap]\.?\s?m\b\.?|h\b)|\d{1,2}:[0-5]\d)",
    re.IGNORECASE,
)
# ("LIMA, Oct. 7 (Wire) -", "Lima, October 12 —": a city in capitals or in title case)
_DATELINE = lazy(
    r"\s*(?:(?:[A-Z][A-Z.’' -]{1,40}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
    r"(?:\s*\([A-Za-z .]{1,40}\))?,\s*)$"
)
_DATELINE_END = lazy(r"(?:,?\s+(?:19|20)\d\d)?\s*(?:\([^)\n]{1,60}\)\s*)?[-—–]")


def _dated_by_a_date(
    claims: list[Claim], readings: list[Reading], matcher: Matcher, offset: int, text: str
) -> list[Claim]:
    """ "Two million doses in June 2021": a day or month of a year dates its clause's amounts, and
    the sheet gives some figures no year (the rule of "year-not-in-sheet"). A date after an
    amount dates that amount alone: "1.3 million Venezuelans, up from about 7,000 in January
    2016" does not date the 1.3 million."""
    # A date that is itself a claim about one of the sheet's dates is that event's, not context.
    events = {c.text for c in claims if c.unit == DATE and c.verdict in (SUPPORTED, CONTRADICTED)}
    dates = [o for o in readings if _has_year(o) and o.text not in events]
    if not dates:
        return claims
    numbers = sorted(
        (o.number_start, o.number_end) for o in readings if o.unit not in ("year", DATE)
    )
    # (what each date dates, found once for the clause, not again for each claim)
    bracketed = {n for n in numbers if _in_brackets(text, n[0])}
    spans = [(int(o.value), _dated_numbers(o, numbers, bracketed, text)) for o in dates]
    profiles = {p.id: p for p in matcher.profiles}
    out = []
    for c in claims:
        p = profiles.get(c.figure.figure.id) if c.figure else None
        dated = {
            year for year, starts in spans
            if starts is None or any(_is_at(c, n, offset) for n in starts)
        }  # fmt: skip
        if (p and not p.years and p.kind != DATE and c.verdict in (SUPPORTED, CONTRADICTED)
                and dated and not dated & {p.reference}):  # fmt: skip
            when = years_of(dated)
            reason = f"the sheet gives {p.id} no year, so it does not say what it was in {when}"
            c = replace(c, verdict=UNDETERMINED, reason=f"{reason}; {c.reason}",
                        rule="year-not-in-sheet")  # fmt: skip
        out.append(c)
    return out


_CLAUSE_BREAK = lazy(r"[,;:—–]|\band\b")


def _dated_numbers(
    date: Reading, numbers: list[tuple[int, int]], bracketed: set[tuple[int, int]], text: str
) -> list[int] | None:
    """Where the amounts a date of a clause dates start, or None for any claim of it: the
    nearest amount before it, or else after it, with no break of the clause between ("1.3
    million Venezuelans, up from about 7,000 in January 2016" dates the 7,000 alone), or all,
    when there is none ("In June 2021, two million doses arrived"). A date in brackets dates the
    amounts in them ("2 million doses (the first 1,002,000 landed June 29, 2021)"), or the one
    right before them when they hold none ("2 million doses (June 2021)"); a date outside them,
    none in them (``bracketed``: the clause's amounts in brackets)."""
    at = date.number_start
    opened, closed = text.rfind("(", 0, at), text.find(")", at)
    if opened >= 0 and ")" not in text[opened:at] and closed >= 0:
        pool = [n for n in numbers if opened < n[0] < closed]
        if not pool:
            before = [n for n in numbers if n[0] < opened]
            return [before[-1][0]] if before else None
    else:
        # (and those of brackets right after it: "landed June 2021 (approx. 1M doses)")
        following = text.find("(", date.number_end)
        right_after = following >= 0 and not text[date.number_end : following].strip()
        pool = [
            n for n in numbers
            if n not in bracketed
            or (right_after and following < n[0] and ")" not in text[following : n[0]])
        ]  # fmt: skip
    before = [n for n in pool if n[1] <= at]
    if before and not _CLAUSE_BREAK.search(text, before[-1][1], at):
        return [before[-1][0]]
    after = [n for n in pool if n[0] > at]
    if after and not _CLAUSE_BREAK.search(text, date.number_end, after[0][0]):
        return [after[0][0]]
    return [n[0] for n in pool]


def _is_at(c: Claim, n: int, offset: int) -> bool:
    """True when the number that starts at ``n`` of its clause is a claim's."""
    return c.start - offset <= n < c.end - offset


def _in_brackets(text: str, at: int) -> bool:
    """True when a position of a clause lies within round brackets."""
    opened = text.rfind("(", 0, at)
    return opened >= 0 and ")" not in text[opened:at] and text.find(")", at) >= 0


def _has_year(o: Reading) -> bool:
    """True for a date that names its year ("June 2021", "3 May 2022"), not an end's."""
    named = "inferred" not in o.note and not o.note.endswith("as an end year")
    return o.unit == DATE and bool(o.value) and o.value >= 1000 and named


def _elliptic(readings: list[Reading], segment: Segment) -> list[Reading]:
    """ "$9 billion in 2009 and more than 22 billion in 2021": a scaled number that names no
    thing it counts, after an amount of dollars, is dollars too."""
    text = segment.text
    # (where the clause stands in its sentence: a duration of an earlier clause carries on)
    at = max(0, segment.sentence.find(text))
    out: list[Reading] = []
    for i, r in enumerate(readings):
        money = any(o.unit == USD for o in out)
        # "nine billion and twenty-two billion dollars": the unit after the pair is both's.
        nxt = readings[i + 1] if i + 1 < len(readings) else None
        paired = (
            nxt is not None and nxt.unit == USD
            and re.fullmatch(r"\s*(?:and|or|to)\s*", text[r.end : nxt.start]) is not None
        )  # fmt: skip
        if (
            (money or paired)
            and r.unit == COUNT
            and _SCALED.search(r.text)
            and not _near_words(text, r)
        ):
            note = "read as dollars, like the amount " + ("before it" if money else "after it")
            r = replace(r, unit=USD, note=note)
        elif scale := _years_by_ellipsis(r, text, segment.sentence[: at + r.start]):
            span = "decades" if scale == _DECADE else "years"
            r = replace(r, unit=YEARS, value=r.value * scale, precision=r.precision * scale,
                        note=f"read as {span}, like the duration before it")  # fmt: skip
        out.append(r)
    return out


def _years_by_ellipsis(r: Reading, text: str, before: str) -> int:
    """ "backed eradication for forty years and worked with DEVIDA for thirty", "... forty
    years; the honest number is closer to thirty", "for four decades, and USAID has worked
    with DEVIDA for two": a bare whole number whose nearest number before it is a count of
    years or decades, in the words a duration takes, is years or decades too (the years one
    of it is: 1 or 10; 0 when it is none)."""
    durations = list(_IN_YEARS.finditer(before))
    last = durations[-1] if durations else None
    if last is None or _ANY_NUMBER.search(before, last.end()):
        return 0
    # (a count of decades is a few: "for four decades, and ... for about twenty" is years)
    decades = last.group(0).lower().endswith(("decade", "decades")) and r.value < _DECADE
    scale = _DECADE if decades else 1
    return scale * (
        r.unit == COUNT
        and r.value == int(r.value)
        and 1 < r.value <= _MAX_YEARS
        and not _near_words(text, r)
        and _DURATION_BEFORE.search(text, max(0, r.start - 20), r.start) is not None
        and re.match(r"\s*(?:$|[.;,)!?]|and\b|but\b)", text[r.end :]) is not None
    )


_MAX_YEARS = 150
_NUMBER_WORD = r"\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r")\b"
# A number of years ("forty years", "40-plus years"), not "this year" nor "fiscal years".
_IN_YEARS = lazy(rf"(?:\d|{_NUMBER_WORD})[\w-]*\s+(?:years?|yrs?|decades?)\b", re.IGNORECASE)
_DECADE = 10
_ANY_NUMBER = lazy(rf"\d|{_NUMBER_WORD}", re.IGNORECASE)
_DURATION_BEFORE = lazy(
    r"\b(?:for|closer\s+to|nearer|more\s+like|less\s+than|not|only|just|barely|some|about"
    # ("..., but the Department's figure is forty")
    r"|says|said|states|gives|(?:figure|number|total|count)\s+(?:is|was)|spans?|spanned)\s+$",
    re.IGNORECASE,
)


_SCALED = lazy(r"\b(?:million|billion|trillion|bn|mn)\b|\d(?:bn|m|b)\b", re.IGNORECASE)


def _money_by_its_words(readings: list[Reading], text: str, matcher: Matcher) -> list[Reading]:
    """ "Trade went from nine billion to over twenty-two billion", "it put two hundred
    eighty-six million into the response": a scaled number that names no thing it counts, in a
    clause whose words name only what the sheet gives in dollars, is dollars (as said aloud)."""
    bare = [r for r in readings if r.unit == COUNT and _SCALED.search(r.text)]
    # Beside an amount in dollars, a bare number is something else ("We donated two million,
    # plus $87 million in technical help").
    if not bare or any(r.unit == USD for r in readings) or any(_near_words(text, r) for r in bare):
        return readings
    _, vocab, _ = matcher.read(text)
    kinds = {
        p.kind
        for p in (matcher.by_id[i] for i in matcher.relevant(text))
        if p.kind in (USD, COUNT) and _names_a_measure(p, vocab)
    }
    # ... and the value of one of the sheet's counts may be that count.
    if kinds != {USD} or any(float(r.value) in matcher.count_values() for r in bare):
        return readings
    note = "read as dollars: its clause speaks only of what the sheet gives in dollars"
    return [
        replace(r, unit=USD, note=note, unit_inferred=True) if r in bare else r for r in readings
    ]


def _money_said_before(
    readings: list[Reading], segment: Segment, matcher: Matcher
) -> list[Reading]:
    """ "Total trade topped twenty-two billion dollars in 2021. In 2009 it was about nine
    billion.": a scaled number that names no thing it counts, in a clause that names nothing
    before it but a pronoun ("it was", "Over twenty-two billion, in 2021"), is dollars when the
    words before it in its sentence, or the sentence before, give an amount in dollars of the
    same scale (not a value of one of the sheet's counts: "Two million, not three")."""
    spoken = _unspoken(segment.text)
    bare = [
        r for r in readings
        if r.unit == COUNT and _SCALED.search(r.text) and not _near_words(segment.text, r)
        and not _names_before(spoken[: r.start]) and float(r.value) not in matcher.count_values()
    ]  # fmt: skip
    if not bare or any(r.unit in (USD, COUNT) and r not in bare for r in readings):
        return readings
    at = max(0, segment.sentence.find(segment.text))
    before = f"{segment.previous} {segment.sentence[:at]}"[-_CLAUSE_WINDOW * 2 :]
    scales = {_scale_word(m.group(0)) for m in _DOLLARS_OF_SCALE.finditer(before)} - {0}
    note = "read as dollars, like the amount said before it"
    return [
        replace(r, unit=USD, note=note, unit_inferred=True)
        if r in bare and _scale_word(r.text) in scales else r
        for r in readings
    ]  # fmt: skip


def _names_before(lead: str) -> bool:
    """True when the words before a number name something (not only a pronoun, a verb, a
    year or a bound: "In 2009, when the agreement entered into force, it was about")."""
    lead = _WHEN_ASIDE.sub(" ", lead)
    said = [
        w for w in words(re.sub(r"\d", " ", lead))
        if w not in STOPWORDS | _PRONOUNS | _VERB_WORDS
    ]  # fmt: skip
    return bool(said)


_WHEN_ASIDE = lazy(r",\s*when\s[^,]{1,100},", re.IGNORECASE)


def _scale_word(text: str) -> int:
    """The scale of a number as written, by the vocabulary's words ("nine billion", "$2bn":
    10**9), or 0."""
    m = _SCALED.search(text)
    word = re.sub(r"^[\d$.,\s]+", "", m.group(0).lower()) if m else ""
    return SCALE_WORDS.get(word) or SCALE_ABBREVIATIONS.get(word) or 0


# An amount in dollars and its scale: "$22 billion", "twenty-two billion dollars", "US$9bn".
_DOLLARS_OF_SCALE = lazy(
    r"\$\s?[\d.,]+\s*(?:million|billion|bn|mn|m|b)\b"
    r"|\b(?:million|billion)(?=\s+(?:U\.?S\.?\s+)?dollars\b)",
    re.IGNORECASE,
)
_DASHED_TIME = lazy(r"\s*[—–:]\s*(?P<unit>years?|decades?)\b", re.IGNORECASE)


def _dashed_unit(r: Reading, clause: str) -> Reading:
    """A fact box's "25 — years of the memorandum": a count whose dash opens its unit of time."""
    m = _DASHED_TIME.match(clause, r.end) if r.unit == COUNT else None
    if m is None:
        return r
    factor = 10 if m["unit"].lower().startswith("decade") else 1
    note = f'read "{r.text}" as {m["unit"].lower()}, the unit after its dash'
    return replace(r, unit=YEARS, value=r.value * factor, precision=r.precision * factor,
                   note=note)  # fmt: skip


def _cell_count(r: Reading, segment: Segment) -> Reading:
    """A cell that holds only a number like a year ("artifacts_repatriated,2000"), in a row and
    column that say nothing of time: a count, not a year."""
    when = re.search(_WHEN_WORDS, segment.heading.replace("_", " "), re.IGNORECASE)
    if r.unit != "year" or segment.text.strip() != r.text or not segment.heading or when:
        return r
    return replace(r, unit=COUNT, claimable=True, note="read as a count: its row says no time")


_WHEN_WORDS = (
    r"\b(?:years?|dates?|dated|since|signed|signing|start\w*|begin|began|launch\w*|period|fy"
    r"|fiscal|when|in|end\w*|through|until|expir\w*|as\s+of|month|day|time\s*frame|timing"
    r"|timeline|term)\b|(?<!\d)(?:19|20)\d\d(?!\d)"
)


def _row_bound(r: Reading, segment: Segment) -> Reading:
    """A bare cell bounded by its row's qualifier cell ("awe_alumnae,over,400")."""
    if not segment.bound or r.bound != Qualifier.EXACT or r.unit in ("year", DATE):
        return r
    note = f'read "{segment.bound}" from its row'
    return replace(r, bound=segment.bound, note=f"{r.note}; {note}" if r.note else note)


def _headed(r: Reading, segment: Segment, matcher: Matcher) -> Reading:
    """A bare number in a column whose header gives its unit ("total_trade_usd", "share (%)"),
    or a year in a row that names an end ("agreement_end,2026")."""
    heading, where = segment.heading, "its column's header"
    own_label = _own_label(segment.text, r)
    if own_label and (not heading or (not segment.cell and _unit_named(own_label))):
        # ("Years of USAID work in Peru: 40": a line's own label heads its bare number, under
        # a section's heading too, "SECURITY", when the label names a unit)
        heading, where = own_label, "its label"
    if segment.caption and not _A_PLAIN_NUMBER.search(heading):
        # ("... regions with projects (number) | 16" under "US$ millions unless noted": a row
        # marked a plain number takes nothing from the caption)
        # "Figures in U.S. dollars unless marked": a row that names what it counts ("Venezuelan
        # migrants", "Embassy scholarships ... programs") keeps only the caption's scale.
        counts = _names_a_count(heading, matcher)
        heading += " " + (_CURRENCY.sub(" ", segment.caption) if counts else segment.caption)
    if r.unit == "year" and re.search(r"\b(?:end|ends|ending|through|until|expir\w*|final"
                                      r"|closing|year\s+to|to\s+year)\b",
                                      heading.replace("_", " "), re.IGNORECASE):  # fmt: skip
        return replace(r, unit=DATE, note=f'read "{r.text}" in its row as an end year')
    # ("34 projects, 16 regions": a number with a noun of its own is not the column's unit)
    if r.unit != COUNT or not heading or _OWN_NOUN.match(segment.text, r.end):
        return r
    # The unit and scale words of a heading, not its amounts: a row's "$2.5 million" does not
    # make the "34 projects" beside it dollars, nor millions.
    # A parent bullet's "INL support: 40 years" gives its own number a unit, not its children.
    heading = _HEADING_AMOUNT.sub(" ", heading.replace("_", " "))
    # ("COVID-19 vaccine doses donated (doses, not $)": a unit the row denies is not its own)
    heading = _NOT_A_UNIT.sub(" ", heading)
    r = _scaled(r, heading, where)
    # ("environment_program_last_three_years,60,USD m": the row's unit cell says what the value
    # is, whatever the words of its label name)
    told = _unit_named(segment.unit.replace("_", " ")) if segment.unit else None
    for unit, pattern in _UNIT_WORDS:
        if (told or unit) == unit and re.search(pattern, heading, re.IGNORECASE):
            if unit == COUNT:
                return r  # "counts as integers": a count, whatever unit the caption gives others
            note = f"{r.note}; " if r.note else ""
            return replace(r, unit=unit, note=f"{note}read as {unit} from {where}")
    return r


_A_PLAIN_NUMBER = lazy(
    r"\((?:number|no\.|count|#|persons|people|individuals|participants|women|items)\)"
    r"|\bnumber\s+of\b",
    re.IGNORECASE,
)


def _unit_named(cell: str) -> str | None:
    """The unit a row's unit cell names ("USD m", "years", "percent"), or None."""
    return next((u for u, pattern in _UNIT_WORDS if re.search(pattern, cell, re.I)), None)


_UNIT_WORDS = (
    (COUNT, r"\b(?:count|counts|number|people|persons|integers?)\b"),
    # Not "launched this year", "per year": a time, no unit.
    # (nor "latest enacted year", "single year", "fiscal year": one year of something)
    (
        YEARS,
        r"(?<!\bthis\s)(?<!\blast\s)(?<!\bnext\s)(?<!\bper\s)(?<!\beach\s)(?<!\bone\s)"
        r"(?<!\bsingle\s)(?<!\blatest\s)(?<!\bfiscal\s)(?<!\benacted\s)(?<!\bcalendar\s)"
        r"(?<!\bbudget\s)(?<!\bfirst\s)\byears?\b",
    ),
    (PERCENT, r"%|\bper\s?cent\b|\bpct\b"),
    (USD, r"\b(?:usd|us\$|dollars?)|\$"),
)


def _own_label(text: str, r: Reading) -> str:
    """The label a clause opens with right before its number ("AWE alumnae in Lima: 150"), or
    "" (a label with an amount of its own is none: "2009: $9bn; 2021: 22")."""
    m = _OWN_LABEL.fullmatch(text, 0, r.start)
    return m.group(1) if m and not re.search(r"\d", _A_YEAR.sub("", m.group(1))) else ""


_OWN_LABEL = lazy(r"\W*([A-Za-z][^:.;]{0,60}?)\s*:\s*")
_A_YEAR = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _names_a_count(heading: str, matcher: Matcher) -> bool:
    """True when a row's words hold the head noun of a figure that counts things ("migrants",
    "artifacts", "scholarships")."""
    vocab = matcher.read(heading.replace("_", " "))[1]
    return any(
        p.kind == COUNT and all(vocab.find(w) for w in p.measure[0]) for p in matcher.profiles
    )


_CURRENCY = lazy(r"\b(?:of\s+)?(?:U\.?S\.?\s*dollars|dollars|USD)\b|\bUS\$|\$", re.IGNORECASE)
# A noun right after a cell's number: what it counts, its own ("34 projects").
_OWN_NOUN = lazy(r"[ \t]+(?!(?:million|billion|thousand|mn|bn|m|k)\b)[A-Za-z]{3,}")


# A unit a row denies is not its own: "(doses, not $)".
_NOT_A_UNIT = lazy(
    r"\b(?:not|no)\s+(?:in\s+)?(?:US\$|\$|USD\b|dollars\b|per\s?cent\b|%|years\b)"
    # ("Non-dollar lines": a heading over rows that are not money)
    r"|\bnon-?\s*(?:US\$|\$|USD|dollars?|monetary|money|cash|financial|fiscal)\b",
    re.IGNORECASE,
)
# An amount in a heading, with the unit that is its own ("40 years", "140 percent"); a duration
# in words is one too ("| ... | 60+ | over the last three years |").
_HEADING_AMOUNT = lazy(
    r"(?:US\$|\$|€|£)?\d[\d,.]*\+?(?:\s*(?:%|(?:million|billion|thousand|bn|mn|m|k)\b))?"
    r"(?:\s*(?:years?|yrs?|decades?|percent|per\s?cent)\b)?"
    r"|\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")[\s-]+"
    r"(?:years?|yrs?|decades?)\b",
    re.IGNORECASE,
)
# A header's scale: "Amount (US$ millions)", "usd_millions", "$bn", "Migrants (thousands)".
_SCALES = (
    (Decimal(10**9), r"\b(?:billions?|bn|bln)\b|\$\s?b\b|\busd\s?b\b"),
    # ("m people", "k doses": a scale letter before a plural noun in a unit cell)
    (
        Decimal(10**6),
        r"\b(?:millions?|mn|mln|mm)\b|\$\s?m\b|\busd\s?m\b|\(m\)"
        r"|\bm(?=\s+(?:[a-z]{3,}s|people|women)\b)",
    ),
    (
        Decimal(10**3),
        r"\bthousands?\b|\(k\)|\$\s?k\b|['’]000s?\b|\bk(?=\s+(?:[a-z]{3,}s|people|women)\b)",
    ),
)


_IN_FULL = 1_000_000  # a value this large is written out, its scale in its own digits


def _scaled(r: Reading, heading: str, where: str = "its column's header") -> Reading:
    """A bare number in a column whose header (or a label: ``where``) gives a scale, in that
    scale (not one written out in full: "2,000,000" doses under "US$ millions unless noted")."""
    if r.value >= _IN_FULL:
        return r
    for factor, pattern in _SCALES:
        m = re.search(pattern, heading, re.IGNORECASE)
        if m:
            note = f"read in {m.group(0).strip('() ')} from {where}"
            return replace(r, value=r.value * factor, precision=r.precision * factor, note=note)
    return r


def _heading_years(segment: Segment) -> set[int]:
    """The year a table row's label or a parent bullet gives a number ("2021 | $22.4 billion")."""
    found = re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", segment.heading)
    # (a change cell's row gives the period of the change: "$18.6bn (2018) | $22bn+ (2021) |
    # +19%"; a period cell its span: "projects,23,2001-2016" is a count of those years)
    span = _YEAR_SPAN.search(segment.heading) if segment.cell and len(found) == 2 else None
    return {int(y) for y in found} if len(found) == 1 or segment.change or span else set()


# A period cell's span of years, as its row's heading gives it ("2001 2016").
_YEAR_SPAN = lazy(r"(?<!\d)(?:19|20)\d\d\s+(?:19|20)\d\d(?!\d)")


def _closed_span(segment: Segment, r: Reading, reference: int) -> set[int]:
    """The years of a span a cell's row label names, when the span closed before the text's
    year ("Ambassadors Fund awards to Peru 2001-2016,,1.85"): an amount of those years only,
    not the running total the sheet gives. (Not a change: "Trade 2009-2021 growth,,140" is the
    change over the span, read by its relation; nor a span still open in the text's year.)"""
    if not segment.cell or segment.change or r.unit in (PERCENT, CHANGE):
        return set()
    m = _CLOSED_SPAN.search(segment.heading)
    if m is None or int(m.group(2)) >= reference or int(m.group(1)) >= int(m.group(2)):
        return set()
    return {int(m.group(1)), int(m.group(2))}


_CLOSED_SPAN = lazy(r"(?<!\d)((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)")


def _corrected_by(o: Claim, c: Claim) -> bool:
    """True when ``c`` is a correction of ``o`` ("1.3 million; the correct figure is 1.6
    million"): the writer's own value, not a second number of one figure."""
    return o.start < c.start and bool(_CORRECTION.search(c.sentence_text, 0, _at(c)))


def _at(c: Claim) -> int:
    """Where a claim's number stands in its sentence."""
    return max(0, c.sentence_text.find(c.text))


def _one_number_a_figure(claims: list[Claim]) -> list[Claim]:
    """In one sentence a figure is given once: a second number that lands on it is doubtful."""
    # "two million, not twenty million, doses"; "1.3 million Venezuelans, in a population of
    # 33 million": when one number of the clause agrees with the figure, another that lands on
    # the same figure is about something else, and is not contradicted.
    agreeing: dict[str, list[Claim]] = {}
    for c in claims:
        if c.figure and c.verdict == SUPPORTED:
            agreeing.setdefault(c.figure.figure.id, []).append(c)
    out = []
    for c in claims:
        # ("October 2022: ... Blinken arrives on October 7": the month says nothing of the day)
        others = agreeing.get(c.figure.figure.id, []) if c.figure else []
        if (
            c.verdict == CONTRADICTED
            and c.figure
            # (a claimant's number the figure beside it refutes stays refuted, and so does a
            # denial of the figure's own value: '"The U.S. did not donate two million doses" |
            # two million doses donated | False')
            and c.rule not in ("claimant-refuted", "negated-figure")
            and any(
                not (c.unit == DATE and c.claimed.within(o.claimed)) and not _corrected_by(o, c)
                for o in others
            )
        ):
            reason = f"another number of its clause is the sheet's {c.figure.figure.id}; {c.reason}"
            c = replace(c, verdict=UNDETERMINED, reason=reason, rule="another-number-agrees")
        out.append(c)
    return out


def _as_context(r: Reading, readings: list[Reading]) -> Reading:
    """A year that only dates the numbers beside it: "doubling since 2009", "by 2015 ... $15bn"."""
    others = [o for o in readings if o.number_start != r.number_start]
    if r.since and any(o.unit not in (YEARS, "year") for o in others):
        return replace(r, unit="year", since=False)
    # "By 2015 trade was $15 billion": an end year before an amount dates it (not one that
    # ends a span: "USAID agreement (runs to 2028): $321m").
    amounts = [o for o in others if o.unit not in ("year", DATE)]
    leads = amounts and r.number_start < min(o.number_start for o in amounts)
    if r.unit == DATE and r.month is None and _BY_YEAR.match(r.note) and leads:
        return replace(r, unit="year", note="", claimable=False)
    return r


def _fallback_years(
    r: Reading, segment: Segment, readings: list[Reading], matcher: Matcher
) -> set[int]:
    """The years a number of no year of its own is said of: "last year", or its heading's."""
    within = _aside(segment.text, r)
    # "$286 million, of which $90.47 million was announced last year": a "last year" after
    # another amount past a comma is that amount's (not in "6 of Peru's 25 regions last year").
    later = [
        o.start for o in readings
        if o.start > r.end and o.unit not in ("year", DATE) and "," in segment.text[r.end : o.start]
    ]  # fmt: skip
    if later:
        within = (within[0], min([*later, within[1] if within[1] >= 0 else len(segment.text)]))
    years = (
        _when_year(segment, r)
        or _relative_years(segment, matcher, within)
        or _heading_years(segment)
        or _closed_span(segment, r, matcher.reference)
    )
    # One year cannot be a change's own unless its clause says so ("since 2009" in a period
    # column starts the change; it is no change within 2009).
    return years if r.unit not in (PERCENT, CHANGE) or len(years) != 1 else set()


def _when_year(segment: Segment, r: Reading) -> set[int]:
    """The year whose "when" clause a number stands in ("grew over 140 percent from 2009, when
    it stood at $7 billion": of 2009, though "from 2009" is the growth's baseline)."""
    m = _IN_A_WHEN_CLAUSE.search(segment.text, max(0, r.start - _WHEN_REACH), r.start)
    return {int(m.group(1))} if m else set()


_WHEN_REACH = 120  # characters from a year's "when" to the number in its clause at most
_IN_A_WHEN_CLAUSE = lazy(r"(?<!\d)((?:19|20)\d\d),?\s+when\b[^,;:.\d]*$", re.IGNORECASE)


def _relative_years(
    segment: Segment, matcher: Matcher, within: tuple[int, int] = (0, -1)
) -> set[int]:
    """ "last year" and "this year", counted from the document's date (only those ``within``
    a span of the clause, when one is given)."""
    found = set()
    text = segment.text[: within[1]] if within[1] >= 0 else segment.text
    for m in re.finditer(r"\b(last|this|past)\s+year\b", text, re.IGNORECASE):
        if m.start() >= within[0]:
            found.add(matcher.reference - (0 if m.group(1).lower() == "this" else 1))
    return found


def _aside(clause: str, r: Reading) -> tuple[int, int]:
    """The span of the aside a number stands in ("USAID, which has worked here for 50 years,
    signed ... last year": the year is not the aside's), or the whole clause."""
    opened = [m.end() for m in _ASIDE_OPENS.finditer(clause, max(0, r.start - 200), r.start)]
    if not opened or "," in clause[opened[-1] : r.start]:
        return (0, -1)
    close = clause.find(",", r.end)
    return (opened[-1], close if close >= 0 else -1)


def _numbered_asides(clause: str, r: Reading, readings: list[Reading]) -> list[tuple[int, int]]:
    """The spans of the relative or participial asides before a number that carry a number of
    their own ("USAID, which has been in Peru for half a century, ..."; "The memorandum, renewed
    every five years since its signature, marked 20 years")."""
    found = []
    for m in _NUMBERED_ASIDE.finditer(clause, max(0, r.start - _CLAUSE_WINDOW), r.start):
        if m.end() <= r.start and any(
            m.start() < o.start < m.end() and o.unit != "year" for o in readings
        ):
            found.append((m.start() + 1, m.end() - 1))
    return found


_NUMBERED_ASIDE = lazy(r",\s+(?:which|who|whose|[a-z]{3,}ed)\b[^,;:()—–]{1,160},")
# (and an appositive: "USAID, a partner here for five decades, signed ... last year")
_ASIDE_OPENS = lazy(r",\s+(?:which|who|a|an|the|once|long)\b", re.IGNORECASE)


def _year_claim(r: Reading, clause: str = "") -> Reading:
    """A bare year that is the clause's only number, or an event's: a date at the precision
    of a year; an end year when its clause speaks of an end and of no start ("2026:
    Assistance under the USAID agreement is scheduled to end")."""
    ends = _ENDS.search(clause) and not _STARTS.search(clause)
    entry = _ENTRY.match(clause[r.end :]) and not clause[: r.start].strip()
    if entry and not ends and _BEGINS.search(clause):
        # "1992: INL begins backing manual eradication": a timeline's start year is the start
        # of a duration up to the sheet's date, as "since 1992" is.
        note = f'read "{r.text}" as the start of a duration: its entry says what begins'
        return replace(r, unit=YEARS, bound=Qualifier.EXACT, since=True, note=note)
    note = f'read "{r.text}" as an end year' if ends else ""
    # (a denied year stays denied: "signed last year, not in 2020 as we said")
    return Reading(r.start, r.end, r.number_start, r.number_end, r.text, DATE, r.value, Qualifier.EXACT,
                   event=r.event, note=note or (r.note if r.denied else ""), negated=r.negated,
                   denied=r.denied)  # fmt: skip


# A timeline's entry after its year ("1992: ...", "2002 – ...").
_ENTRY = lazy(r"\s*[:—–-]\s")
_BEGIN_WORDS = r"begins?|began|starts?|started|launch(?:es|ed)?|opens?|opened|first"
_BEGINS = lazy(rf"\b(?:{_BEGIN_WORDS})\b", re.IGNORECASE)
_ENDS = lazy(
    r"\b(?:end|ends|ended|ending|expire[sd]?|expiring|(?:run|runs|ran)\s+out|conclude[sd]?"
    r"|wind(?:s)?\s+down|wound\s+down|finish(?:es|ed)?)\b",
    re.IGNORECASE,
)
# What starts something: its beginning words, a signing, an entry into force.
_STARTS = lazy(
    rf"\b(?:{_BEGIN_WORDS}|sign(?:s|ed|ing)?|took\s+effect|(?:enter|entered|enters)\s+into\s+force"
    r"|since|from)\b",
    re.IGNORECASE,
)


# A year as written in a sentence (not a part of an amount or a share: "$2009", "2009%").
_YEAR_SAID = lazy(r"(?<![\d$.,])((?:19|20)\d\d)(?![\d%])")


def _shifted_years(segment: Segment, r: Reading, years: set[int]) -> set[int]:
    """The years a number is of when words right after it count from the year its clause
    names ("2009 was a recession year: trade had topped $11 billion the year before" is of
    2008)."""
    m = _YEAR_SHIFT.match(segment.text, r.end)
    if m is None:
        return years
    if not years:
        # ("in 2021 trade passed $22 billion, up from $18 billion a year earlier": the year its
        # sentence said last before it, which dates the other amount)
        at = max(0, segment.sentence.find(segment.text))
        before = (segment.sentence[:at] + segment.text[: r.start])[-_CLAUSE_WINDOW:]
        said = _YEAR_SAID.findall(before)
        years = {int(said[-1])} if said else set()
    n = (m["n"] or "a").lower()
    by = 1 if n == "a" else (int(n) if n.isdigit() else words_to_int(n))
    sign = -1 if (m["back"] or m["back2"] or m["back3"]).lower() in _BACKWARD else 1
    return {y + sign * by for y in years}


_BACKWARD = frozenset({"before", "earlier", "previous", "prior", "preceding"})
# (only where the words end the number's stretch: "the year before the pact took effect" counts
# from an event, not from the clause's year)
_YEAR_SHIFT = lazy(
    r"\s*,?\s*(?:"
    r"the\s+year\s+(?P<back>before|after)"
    r"|the\s+(?P<back2>previous|prior|preceding|following|next)\s+year"
    r"|(?P<n>a|one|two|three|four|five|\d)\s+years?\s+(?P<back3>earlier|before|later|after)"
    r")(?=\s*(?:[,.;:)]|$|and\b|but\b))",
    re.IGNORECASE,
)


def _that_year(segment: Segment, r: Reading) -> set[int]:
    """ "took effect in February 2009, and trade went from $9 billion that year to $12 billion
    last year": "that year" right after a number is the year its sentence said last before
    it, else the year the sentence before said last, or nothing."""
    # ("Two-way trade that year: $7.5 billion": "that year" before it, in its clause, too)
    ahead = _THAT_YEAR_AHEAD.search(segment.text, 0, r.start)
    if ahead is not None and re.search(r"\d", segment.text[: ahead.start()]):
        ahead = None  # ("from $9 billion that year to over $22 billion": the number before's)
    if ahead is None and not _THAT_YEAR.match(segment.text, r.end):
        return set()
    at = segment.sentence.find(segment.text)
    upto = ahead.start() if ahead is not None else r.start
    before = (segment.sentence[:at] if at > 0 else "")[-_CLAUSE_WINDOW:] + segment.text[:upto]
    said = _YEAR_SAID.findall(before)
    # ("... to upward of $22 billion in 2021. A reply insisting that trade hit $32 billion
    # that year ...": the sentence before said it last)
    said = said or _YEAR_SAID.findall(segment.previous)
    return {int(said[-1])} if said else set()


_THAT_YEAR = lazy(r"\s*,?\s*(?:in\s+)?(?:that|the\s+same)\s+(?:same\s+)?year\b", re.I)
_THAT_YEAR_AHEAD = lazy(r"\b(?:that|the\s+same)\s+(?:same\s+)?year\b(?=[^.;\d]*$)", re.I)
_FIRST_YEAR = lazy(
    r"\s*,?\s*(?:in\s+)?(?:that|its|the(?:\s+\w+[’']s)?)\s+(?:first|opening|initial)\s+year\b"
    r"|\s*,?\s*(?:at\s+the\s+(?:start|outset)|when\s+it\s+(?:took\s+effect|entered\s+into\s+force"
    r"|started|began))\b",
    re.IGNORECASE,
)


def _context_years(r: Reading, readings: list[Reading], clause: str) -> set[int]:
    """The years a number is said of: in its own stretch of the clause, else in the clause."""
    events = {int(o.value) for o in readings if o.unit == "year" and o.event}
    if len(events) == 1 and _FIRST_YEAR.match(clause, r.end):
        # "a pact that took effect in 2009, up from $6 billion that first year": the year of
        # the event is the number's.
        return events
    years = [o for o in readings if o.unit == "year" and not o.denied and not o.event]
    # "1.3 million Venezuelans by 2020", "at the end of 2021": a year a count was reached by
    # dates it too (not "runs through 2026", the end of what the number pays for).
    years += [
        replace(o, unit="year")
        for o in readings
        if o.unit == DATE and o.month is None and o is not r and _BY_YEAR.match(o.note)
    ]
    if "anniversar" in r.text.lower():
        # "Back in June 2017, on the accord's 20th anniversary": a month dates an anniversary.
        years += [
            replace(o, unit="year")
            for o in readings
            if o.unit == DATE and o.month and re.search(r"(?:19|20)\d\d", o.text)
        ]
    paired = _respectively(r, readings, years, clause)
    if paired is not None:
        return paired
    if r.unit in (PERCENT, CHANGE):
        if re.search(r"\bsince\b(?!\s+(?:19|20)\d\d)", clause, re.IGNORECASE):
            # "a rise of 240 percent since the trade pact took effect, to $25 billion in 2021":
            # the change runs from an event the clause does not date, not within 2021.
            return set()
        # A change spans its clause's years: "trade in 2021 was 2.4 times its 2009 level".
        spanned = {int(y.value) for y in years}
        if len(spanned) != 1:
            return spanned
        # One year is the change's own only when it dates it: "rose 30% in 2021", "in 2021,
        # trade rose 30%"; not "by 2021 it had passed $22 billion, a jump of 140 percent".
        own = [
            y for y in years
            if _dates_it(clause, r, y) or _IN_YEAR.search(clause, 0, y.start)
            or _IN_YEAR_AFTER.fullmatch(clause, r.end, y.start)
        ]  # fmt: skip
        return {int(y.value) for y in own}
    years = _past_a_colon(years, r, clause)
    # "since the trade pact took effect in 2009, reaching some $22 billion": the year of the
    # event a span starts from dates the event, not the number.
    years = [y for y in years if not _SINCE_EVENT.search(clause, 0, y.start)]
    # "Created in 2001, the Fund has given Peru $3.5 million for 43 projects": the year a
    # thing was founded dates its founding, and what it has done since is its running total.
    years = [
        y for y in years
        if not _FOUNDED.search(clause, max(0, y.number_start - 40), y.number_start)
    ]  # fmt: skip
    # "Measured against 2009, trade has grown ..., to upward of $20 billion": the year a change
    # is measured from is its baseline, not the number's date.
    # ("1,200 pieces returned since 2017": for an amount or a count, "since" starts the period
    # it is counted over, which dates it; with a growth, "since" is its baseline: "trade has
    # grown since 2009 to $22 billion")
    # "in the State Department's words of 2022, ...": whose words, and when, dates no number.
    years = [y for y in years if not _attributed(clause, y.start)]
    grown = _GROWTH.search(clause)
    baseline = _BASELINE if r.unit in (YEARS, DATE) or grown else _BASELINE_NOT_SINCE
    years = [y for y in years if not baseline.search(clause, 0, y.number_start)]
    # "returned under the 1997 MOU": a year in a name (its determiner before it, a capital
    # after) dates what it names, not the number ("The 2022 total" does date it).
    years = [
        y for y in years
        if not (_ATTRIBUTIVE_BEFORE.search(clause, 0, y.start)
                and re.match(r"\s+[A-Z]", clause[y.end :]))
    ]  # fmt: skip
    others = [o for o in readings if o.unit != "year"]
    later = [o.number_start for o in others if o.number_start > r.number_start]
    earlier = [o.number_end for o in others if o.number_end < r.number_start]
    stop = min(later, default=len(clause))
    begin = max(earlier, default=0)
    after = {int(y.value) for y in years if r.number_end <= y.number_start < stop
             and _dates_it(clause, r, y, noun=True)}  # fmt: skip
    # A year right after another number is that number's: "from $9 billion in 2009 to $22 billion".
    theirs = {
        y.number_start for y in years for o in others if o is not r and _dates_it(clause, o, y)
    }
    # ... and so is the span it opens: "$92.5 million for 2023-2024".
    theirs |= {
        b.number_start for a in years for b in years
        if a.number_start in theirs and re.fullmatch(r"\s*(?:[-–—]|to)\s*", clause[a.end : b.start])
    }  # fmt: skip
    before = {int(y.value) for y in years
              if begin <= y.number_start < r.number_start and y.number_start not in theirs}  # fmt: skip
    if after or before:
        return after or before
    # A year elsewhere in the clause dates this number only when it is the clause's one number
    # of its kind: "in 2021 trade was $22bn, up from $9bn" does not date the $9bn.
    alike = [o for o in others if o.unit == r.unit]
    return (
        {int(y.value) for y in years if y.number_start not in theirs} if len(alike) <= 1 else set()
    )


def _past_a_colon(years: list[Reading], r: Reading, clause: str) -> list[Reading]:
    """The years that may date ``r``: "2009 was a recession year: in 2008, trade was about $11
    billion" dates the amount by the year of its own side of the colon, when that side has
    one (even one that is only a baseline: "measured from 2008, when trade was ...")."""
    colon = clause.rfind(":", 0, r.number_start)
    if colon < 0 or not any(colon < y.number_start < r.number_start for y in years):
        return years
    return [y for y in years if y.number_start > colon]


# "the State Department's own figures", "UNHCR's count": whose count a number is.
_WHOSE_COUNT = (
    r"(?:the\s+)?[\w.’' -]{1,40}?(?:’s|'s)\s+(?:own\s+)?(?:account|count|figures?|numbers|data"
    r"|tally|estimates?|reckoning|words|wording|telling)"
)


def _attributed(text: str, at: int) -> bool:
    """True when a position of a text lies in an aside saying whose account it is ("in the
    State Department's words of 2022, ...")."""
    # (an aside is short: only its reach either side is read, so a long clause stays linear)
    found = _ATTRIBUTED.finditer(text, max(0, at - _ASIDE_REACH), at + _ASIDE_REACH)
    return any(m.start() <= at < m.end() for m in found)


_ASIDE_REACH = 120  # characters: the longest aside of whose account a number is


# "On the State Department's own figures, trade rose ...", "According to the embassy, ...":
# whose figures they are says nothing of whom the number is about.
_ATTRIBUTED = lazy(
    # ("in the State Department's words of 2022, ...", "in the words of the embassy, ...")
    rf"\b(?:by|on|from|in)\s+{_WHOSE_COUNT}(?:\s+(?:of|from|in)\s+[^,;:.]{{1,30}})?\s*,"
    r"|\bin\s+the\s+words\s+of\s+[^,;:.]{1,60},|\baccording\s+to\s+[^,;:.]{1,60},",
    re.IGNORECASE,
)
_BY_ACCOUNT = lazy(rf"\bby\s+{_WHOSE_COUNT}\b", re.IGNORECASE)
# The words before a year that make it a baseline ("Measured against 2009"); "since" too, but
# only for a change (see _context_years).
_BASELINE_WORDS = r"against|compared\s+(?:with|to)|relative\s+to|versus|vs\.?|from"
_BASELINE = lazy(rf"\b(?:{_BASELINE_WORDS}|since)\s+$", re.IGNORECASE)
_BASELINE_NOT_SINCE = lazy(rf"\b(?:{_BASELINE_WORDS})\s+$", re.IGNORECASE)
_GROWTH = lazy(
    r"\b(?:gr[eo]wn?|grows|growing|growth|ris(?:e|en|es|ing)|rose|climb\w*|increas\w*|jump\w*"
    r"|doubl\w*|tripl\w*|reach\w*|expand\w*|soar\w*|surg\w*|up\s+from"
    # ("Total trade tops $28 billion, up more than 140 percent since 2009")
    r"|,\s*up\s+(?:by\s+)?(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?\d+"
    r"|(?:is|are|was|were|been)\s+up)\b",
    re.IGNORECASE,
)
_BY_YEAR = lazy(r'read "(?:by|(?:at\s+)?the\s+end\s+of|end\s+of)\s', re.IGNORECASE)
_SINCE_EVENT = lazy(
    r"\bsince\s+(?:the|its|a|an|their)\s+[^,;:.\d$]{1,120}?\s+(?:in|of)\s+$", re.IGNORECASE
)
_FOUNDED = lazy(
    r"\b(?:created|founded|established|set\s+up|inaugurated)\s+(?:back\s+|first\s+|originally\s+)?"
    r"in\s+$",
    re.IGNORECASE,
)
# A year that opens its clause with "in" or "during" dates what the clause says ...
_IN_YEAR = lazy(r"(?:^|[.;:]\s*)(?:in|during)\s+$", re.IGNORECASE)
# ... and so does one after the number in its own stretch: "grew 20 percent more in 2022".
_IN_YEAR_AFTER = lazy(r"[^,;:.()—–\d]{0,40}?\b(?:in|during)\s+", re.IGNORECASE)


def _dates_it(clause: str, r: Reading, y: Reading, noun: bool = False) -> bool:
    """True when year ``y`` stands right after ``r``: "$9 billion in 2009", "$9bn (2009)"
    (not "$22bn+ (2009: $9bn)", a label of the number after it); with ``noun``, after its
    noun too ("250 alumnae back in 2021")."""
    between = _AFTER_ITS_NOUN if noun else _RIGHT_AFTER
    return (
        y.number_start >= r.end
        and bool(between.fullmatch(clause, r.end, y.number_start))
        and not _LABELS_NEXT.match(clause, y.end)
    )


# ("in 2019", "in early 2019", "by mid-2019", "(FY 2021)": the words that open a year)
_YEAR_OPENS = (
    r"(?:\(|,?\s*(?:in|during|for|of|by)\s+(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)"
    r"[\s-]+)?(?:fiscal\s+(?:year\s+)?)?)?"
)
_RIGHT_AFTER = lazy(rf"\s*{_YEAR_OPENS}", re.IGNORECASE)
_AFTER_ITS_NOUN = lazy(
    rf"\s*(?:(?:[A-Za-z’'-]+\s+){{0,2}}?(?:back\s+|as\s+)?(?=in\b|during\b|of\b))?{_YEAR_OPENS}",
    re.IGNORECASE,
)


_LABELS_NEXT = lazy(r"\s*[:=]\s*\S")


def _respective(clause: str, r: Reading, readings: list[Reading]) -> list[tuple[int, int]]:
    """ "The MOU and the DEVIDA partnership have run 25 and 20 years, respectively": the
    spans of a clause's list of subjects, each number's own first (its item), when the list
    pairs its items with the numbers in order; else none."""
    if not re.search(r"\brespectively\b", clause, re.IGNORECASE):
        return []
    by_unit: dict[str, list[Reading]] = {}
    for o in sorted(readings, key=lambda o: o.start):
        by_unit.setdefault(o.unit, []).append(o)
    paired = [u for u, rs in by_unit.items() if len(rs) >= 2 and u != "year"]
    unit = r.unit if r.unit in paired else paired[0] if len(paired) == 1 else None
    if unit is None or len(by_unit.get("year", [])) == len(by_unit[unit]):
        return []  # (years paired in order say which is which: _respectively)
    alike = by_unit[unit]
    tail = _TAIL_LIST.search(clause, alike[-1].end)
    if tail:
        # "$86.8 million and $286 million, respectively, for the migration response and for
        # technical assistance": the list after "respectively" is the one paired.
        seps = list(_LIST_SEP.finditer(clause, tail.end()))[: len(alike) - 1]
        bounds = (tail.end(), len(clause))
    else:
        seps = list(_LIST_SEP.finditer(clause, 0, alike[0].start))[-(len(alike) - 1) :]
        bounds = (0, alike[0].start)
    if len(seps) != len(alike) - 1:
        return []
    starts = [bounds[0], *(m.end() for m in seps)]
    ends = [*(m.start() for m in seps), bounds[1]]
    spans = list(zip(starts, ends, strict=True))
    # A number of the list's own is paired in order; one inside a subject ("the agreement
    # signed in September 2021") is that subject's.
    inside = [i for i, (a, b) in enumerate(spans) if a <= r.start < b]
    if r in alike:
        mine = spans.pop(alike.index(r))
    elif inside:
        mine = spans.pop(inside[0])
    else:
        return []
    topic = _TOPIC_OPENING.match(clause) if tail else None
    # ("On migration and health, the sheet cites ...": a topic of both, no subject of either)
    return [mine, *spans, *([topic.span()] if topic else [])]


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """A text with the given spans blanked, every offset kept."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


_TOPIC_OPENING = lazy(r"\s*(?:on|in|for|about|regarding|as\s+for)\s+[^,]{1,60},", re.IGNORECASE)
_TAIL_LIST = lazy(r"\brespectively\s*,?\s*(?=(?:for|to|in|on|as)\s)", re.IGNORECASE)
_LIST_SEP = lazy(r",\s+(?:and\s+)?|\s+and\s+")


def _respectively(
    r: Reading, readings: list[Reading], years: list[Reading], clause: str
) -> set[int] | None:
    """ "$9 billion and $22 billion in 2009 and 2021, respectively": the years paired in order."""
    if not re.search(r"\brespectively\b", clause, re.IGNORECASE):
        return None
    alike = [o for o in readings if o.unit == r.unit and o.unit != "year"]
    if len(alike) != len(years) or len(years) < 2:
        return None
    return {int(years[alike.index(r)].value)}


# --- matching --------------------------------------------------------------------------------


def _judge(
    segment: Segment,
    lines: LineIndex,
    r: Reading,
    readings: list[Reading],
    years: set[int],
    matcher: Matcher,
    pinned: str | None,
    anchors: frozenset[str] | set[str] = frozenset(),
) -> Claim:
    """One reading's claim: the figure it is about, if one clearly is, and the verdict
    (``anchors``: the sheet's sentences whose figures the clause states rightly)."""
    start = segment.start + r.number_start
    end = segment.start + r.number_end
    line, column = lines.place(start)
    base = Where(segment.index, segment.sentence, start, end, line, column, r.text)
    # ("Three of the 34 Ambassadors Fund projects": a whole that is one of the sheet's counts
    # is a claim of it)
    if r.whole and float(r.value) not in matcher.count_values():
        why = Why("whole-of-part", "it is the whole of which the number before it is a part")
        return no_match(base, r, why)
    if r.denied:
        return no_match(base, r, Why("denied", f"the writer denies {r.text!r}: it is no claim"))
    currency = _foreign_currency(segment.text, r) or _cell_currency(segment, r)
    if currency:
        # "S/ 286 million", "€30 million", "100 million soles": not the sheet's dollars.
        why = Why("another-currency", f"it is an amount in {currency}, not in dollars")
        return no_match(base, r, why)
    if pinned is not None:
        p = matcher.by_id[pinned]
        if p.kind != _kind_of(r):
            unit = matcher.figure(pinned).unit
            return no_match(
                base, r, Why("pinned-unit", f"{pinned} is {unit}, not what this counts")
            )
        fit = Fit(p, 1.0, STRONG, ("--figure",), matcher)
        return judge_fit(base, r, fit, [fit], pinned=True)
    fits, excluded = _fits(segment, r, readings, years, matcher)
    if not fits:
        why = excluded or Why("no-measure", "no figure of the sheet measures what this counts")
        restated = _sheet_value(base, r, matcher, segment.text, years) if excluded is None else None
        return restated or no_match(base, r, why)
    best = fits[0]
    if anchors and r.unit == DATE and best.context.statement.id in anchors:
        # The sheet's own figure of that sentence, stated rightly beside it, is one more tie.
        best = replace(best, actor=True, beside=True, evidence=best.evidence + 1)
    if r.unit == DATE and not best.actor and _taken_up_from(segment, best.profile, matcher):
        # "USAID's $321M agreement was signed in September 2021. Note it runs through 2025.":
        # a pronoun that opens its clause stands for the sentence before's, whose party it is.
        best = replace(best, actor=True)
    verb = _another_act_denied(segment.text, r, best) if r.negated else None
    if verb:
        # "did not stop the January 15 spill": the denial is of stopping it; the number its
        # object takes as given may stand, but that is not sure ("have not forgotten the two
        # million vaccines" affirms it).
        note = f'"{verb}" is denied, not the {r.text!r} its object takes as given'
        r = replace(r, negated=False, note=note)
    claim = judge_fit(base, r, best, fits, pinned=False)
    terms = [m for m in best.matched if tuple(m.split()) in matcher.index.spread]
    if claim.rule == "far-past" and not r.negated and len(terms) < _FIRMLY_NAMED:
        # "Washington has put over $286 million behind that effort": "effort" ties it, weakly, to
        # a figure it is five times over; its value is the one another figure gives, to the
        # digit (not "$286 million in technical assistance and in-kind donations", whose words
        # name the other figure firmly: the migration money put under another's words).
        tied = " and ".join(repr(m) for m in best.matched)
        restated = _sheet_value(base, r, matcher, segment.text, years, tied=tied)
        if restated is not None:
            return restated
    if verb and not _AFFIRMED_WHEN_DENIED.fullmatch(verb) and claim.verdict == SUPPORTED:
        why = Why("denied-act", f"{verb!r} is denied, another act than {best.profile.id}'s: "
                                f"whether that denies {r.text!r} is not clear; {claim.reason}")  # fmt: skip
        claim = _given(claim, UNDETERMINED, why)
    if claim.verdict == SUPPORTED and not r.negated and _denied_after(segment.text, r, best):
        # "the two million doses that reached Peru were not a U.S. donation": denied after it.
        claim = judge_fit(base, replace(r, negated=True), best, fits, pinned=False)
    elif claim.verdict == CONTRADICTED and not r.negated and _denied_after(segment.text, r, best):
        # "Your figure of 4,000 AWE alumnae is a typo": a wrong number the writer denies.
        why = Why("denied", f"the writer denies {r.text!r}: no claim of theirs; {claim.reason}")
        return no_match(base, r, why)
    # ("up from $9 billion in 2009, a rise of 90 percent": a change is over that time)
    earlier = (
        _EARLIER.search(segment.text, max(0, r.start - 60), r.start)
        # (a cell's row label says it as well: "afcp_projects_older_embassy_tally,23")
        or (_EARLIER.search(segment.heading) if segment.cell else None)
        if r.unit not in (PERCENT, CHANGE)
        else None
    )
    # "has since grown to 1.5 million": a value of a later time, whatever year the figure has.
    earlier = (
        earlier
        if earlier and not best.dated
        else _SINCE.search(segment.text, max(0, r.start - 60), r.start)
    )
    if claim.verdict == CONTRADICTED and earlier:
        # "up from an embassy tally, some years earlier, of $1.8 million": a past level (but
        # "up from $7 billion in 2009" gives the level of the figure's own year).
        why = Why("earlier-value", f"{earlier.group(0)!r}: a value of another time; {claim.reason}")
        return _given(claim, UNDETERMINED, why)
    # (the figure is looked up only for a contradicted claim of one year)
    # (a duration is no year's share of one: "after thirty years of backing ..., last year")
    one_year = (
        claim.verdict == CONTRADICTED and len(years) == 1 and not best.profile.years
        and best.profile.kind != YEARS
    )  # fmt: skip
    figure = matcher.figure(best.profile.id) if one_year else None
    if (
        figure is not None
        and _OVER_YEARS.search(figure.period or "")
        and isinstance(figure.value, (int, float))
        and claim.claimed.hi < float(figure.value)
    ):
        # "environment_program,2022,25,USD m": one year's amount of a sum the sheet gives over
        # several years ("over the last three years") is no claim of that sum.
        why = Why(
            "year-not-in-sheet",
            f"it is of {years_of(years)}, and the sheet gives {best.profile.id} over "
            f"{figure.period}, not by year; {claim.reason}",
        )
        return _given(claim, UNDETERMINED, why)
    later = _LATE_IN.search(segment.text)
    if (
        claim.verdict == CONTRADICTED
        and later
        and int(later["year"]) == best.profile.reference
        and not best.profile.years
        and r.unit != DATE
    ):
        # "1.5 million Venezuelans in Peru by the end of 2022": later than the sheet's date.
        why = Why(
            "year-not-in-sheet",
            f"{later.group(0)!r} is after the sheet's date, and the sheet gives "
            f"{best.profile.id} as of then; {claim.reason}",
        )
        return _given(claim, UNDETERMINED, why)
    draft = _UNDER_CHECK.search(segment.text, 0, r.start)
    if draft and (
        _IN_FACT.search(segment.text, draft.end(), r.start)
        or _said_aside(segment.text, draft, r.start)
    ):
        # "DEVIDA, which the article said went back two decades, in fact goes back four": what
        # the writer says after a word of correction, or after the aside, is the writer's own.
        draft = None
    if claim.verdict == CONTRADICTED and draft:
        # "the draft says we donated three million doses. It was two million.": the writer
        # reports what a text under check says, perhaps to refute it.
        why = Why(
            "reported", f"{draft.group(0)!r}: words the writer checks, not claims; {claim.reason}"
        )
        return _given(claim, UNDETERMINED, why)
    sheet_quoted = _SHEET_SAYS.search(segment.text, max(0, r.start - 80), r.start)
    # ('Suggested line: "USAID's nearly $45 million ..."': words the writer proposes to say)
    proposed = _PROPOSED_WORDS.search(segment.sentence)
    if (
        claim.verdict == CONTRADICTED
        and _quoted(segment.text, r.number_start)
        and not sheet_quoted
        and not proposed
        # ('"They did not give us two million vaccines," a lawmaker said': a quoted denial of
        # the sheet's own value, to the word, is a claim the sheet refutes, whoever made it)
        and claim.rule != "negated-figure"
    ):
        # '"never sent more than a million doses" has to go': a quote may be what the
        # writer reports or refutes, not what the writer claims.
        why = Why("quoted", f"{r.text!r} stands in quotation marks: {claim.reason}")
        return _given(claim, UNDETERMINED, why)
    return claim


# "the last three years", "the past forty years": a period of several years, named by length.
_OVER_YEARS = lazy(r"\b(?:last|past)\s+[\w-]+\s+years\b", re.IGNORECASE)
_PROPOSED_WORDS = lazy(
    r"\b(?:suggested|proposed|recommended|draft|sample)\s+(?:line|language|wording|talking\s+"
    r"points?|tweet|post|caption|answer|response|headline)\s*:\s*[\"“]",
    re.IGNORECASE,
)
_UNDER_CHECK = lazy(
    # "A photo caption said", "The article misstated": what a text under correction says.
    r"\b(?:the|your|this|that|our|his|her|their|an\s+earlier|a\s+previous|an?|one"
    # "Monday's newsletter said": a day's text.
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)[’']s)\s+"
    r"(?:(?:photo|news|earlier|original|online|print|previous|opinion|accompanying|related|recent"
    r"|presentation|draft"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|yesterday[’']s"
    r"|today[’']s)\s+)?"
    r"(?:draft|copy|story|article|piece|post|tweet|headline|caption|script|lede|text|report"
    r"|graphic|chart|op-ed|editorial|column|segment|broadcast|sidebar|infographic|passage"
    r"|paragraph|sentence|version|newsletter|bulletin|explainer|release|episode|video|thread"
    r"|profile|feature|interview|analysis|study|line|memo"
    r"|summary|brief|slides?|decks?|table|factbox|talking\s+points|toast"
    r"(?:\s+of\s+(?:this|the)\s+[\w-]+)?)"
    # "A story last week on pandemic aid gave ...": when it ran, between.
    r"(?:\s+(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend)|\s+(?:yesterday|today"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))?"
    # "A caption on the oil spill at Ventanilla also gave ...": what it was about, between.
    r"(?:\s+(?:on|about|of|in)\s+[^.;:!?]{1,60}?)?(?:\s+also)?"
    r"(?:\s+(?:wrongly|incorrectly|mistakenly|erroneously|falsely))?"
    # ("Your line putting trade at $15 billion in 2009 is wrong")
    r"\s+(?:putting|saying|giving|claiming|stating|claim"
    r"|says|said|claims|claimed|states|stated|puts|put|gives|gave|has|had|reads|read|shows|showed"
    r"|misstated|misstates|misreported|reported|wrote|described|attributed|credited|listed"
    r"|understated|overstated|underreported|overreported)\b"
    # "given in the article as two million doses", "We also reported that ...": the text under
    # correction, named after its verb, or the writer's own earlier report.
    r"|\b(?:given|put|listed|described|reported|stated|cited)\s+(?:in|by)\s+(?:the|our|this|that"
    r"|an\s+earlier|a\s+previous)\s+(?:article|story|piece|report|draft|post|column|version"
    r"|newsletter|explainer|graphic|caption|headline)\b"
    r"|\bwe\s+(?:also\s+|earlier\s+|previously\s+|wrongly\s+|incorrectly\s+|mistakenly\s+)?"
    r"(?:reported|misstated|misreported)\b"
    # "some websites say the U.S. donated 3 million shots": texts going round, which the writer
    # reports (not "Some say", "Some people say", "Some commentators say": claimants, see
    # _claimants, whose claims the writer refutes are theirs).
    r"|\b(?:some|several|many|other|a\s+few|various)\s+(?:[\w-]+\s+)?(?:websites|sites|blogs|posts"
    r"|accounts|outlets)\s+(?:have\s+)?(?:say|said"
    r"|claim|claimed|suggest|suggested|state|stated|put|puts|insist|insisted)\b"
    # "According to a viral post, ...": hearsay.
    r"|\baccording\s+to\s+(?:a|an|one|some|several)\s+(?:[\w-]+\s+){0,2}(?:posts?|tweets?|memes?"
    r"|graphics?|videos?|rumou?rs?|messages?|flyers?|blogs?|websites?)\b"
    # "rejected a flyer's claim that the U.S. funds five lines": a claim reported, not made.
    r"|\b(?:claim|assertion|allegation|rumou?r|suggestion)s?\s+that\b"
    # "Because of a typing error, the number ... appeared as 13 million": what was printed.
    r"|\b(?:appeared|was\s+(?:given|printed|listed|shown|rendered))\s+(?:incorrectly\s+|wrongly\s+)?as\s+$"
    # "Correction: In the episode, Quispe says ...": what a correction notice reports.
    r"|^\s*(?:corrections?|clarifications?)\s*:[^.!?]{0,200}?\b(?:says|said|stated|claimed)\b",
    re.IGNORECASE,
)
_EARLIER = lazy(
    r"\b(?:up|down|rising|falling|climbing|dropping)\s+from\b|\bcompared\s+(?:with|to)\b"
    r"|\b(?:earlier|previously|formerly|once|initially|originally|at\s+first)\b"
    # (not "at an earlier briefing told reporters ...": the time of a text or a telling)
    rf"(?!\s+(?:[\w-]+\s+)?(?:{_A_TEXT}|briefing|version|draft|interview|meeting|speech"
    r"|statement|remarks|hearing|session|call)s?\b)"
    # ("Early in the crisis the running total was nearer $26 million")
    r"|\bearly\s+(?:on|in)\b|\bin\s+the\s+early\s+(?:days|weeks|months|years|stages?)\b"
    r"|\bat\s+the\s+(?:start|outset|beginning)\b|\bback\s+then\b"
    # ("Older embassy tally of AFCP grants: 23 projects", "afcp_projects_older_embassy_tally")
    r"|\b(?:older|outdated|previous|prior|former)[\s_]+(?:[a-z]+[\s_]+){0,2}(?:tally|count|figure"
    r"|estimate|total|list)\b",
    re.IGNORECASE,
)


_SINCE = lazy(
    r"\b(?:has|have|had)\s+since\b|\bin\s+the\s+(?:years?|months?)\s+since\b"
    r"|\bsince\s+(?:then|grown|risen|climbed|swelled|increased|jumped|fallen|dropped|declined"
    r"|shrunk|reached|surpassed|topped|passed|gone)\b",
    re.IGNORECASE,
)


_NOT_AFTER = lazy(
    # The number's own noun phrase is what is denied: no comma between ("..., for a country
    # ..., is not a climate strategy" denies a characterization, not the number).
    r"[^.;:!?,]{0,60}?\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:not|never)\s+"
    r"(?!only\b|just\b|merely\b)(?:(?:a|an|the|any)\s+)?((?:[\w.’'-]+\s+){0,2}[\w’'-]+)",
    re.IGNORECASE,
)


def _sheet_value(
    base: Where, r: Reading, matcher: Matcher, clause: str, years: set[int], *, tied: str = ""
) -> Claim | None:
    """A number tied to no figure by its words that restates, to the digit, a distinctive value
    that only one figure of the sheet gives ("The figure is over $286 million", "It's $321
    million", "That's 140%"): supported, never anything else on so little. Denied by the
    figure's own party's clause ("the United States has not spent $286 million in Peru"), it
    is that figure denied: contradicted."""
    if r.unit in (DATE, "year") or r.denied or r.bound not in RESTATED:
        return None
    if r.bound not in PLAIN and r.unit == COUNT:
        return None  # ("Cleanup workers deployed | 2,000+": a count's plus is its own row's)
    same = [
        p
        for p in matcher.profiles
        if p.kind == _kind_of(r)
        and not isinstance(matcher.figure(p.id).value, str)
        and float(matcher.figure(p.id).value) == float(r.value)
    ]
    if len(same) != 1 or not _distinctive(r, clause):
        return None
    if years and (not years <= same[0].years or _another_quantity(same[0], words(clause))):
        # ("The 2021 figure is fine: State says over $22 billion": a year it is said of must
        # be the figure's own, and its clause no other quantity's: "goods exports reached over
        # $22 billion last year")
        return None
    parties = matcher.read(clause)[0] & same[0].parties
    if r.negated and not parties:
        return None
    # (the figure's digits, its party and a denial of the two together tie it as words would)
    fit = (
        Fit(same[0], 0.0, STRONG, ("its value", *sorted(parties)), matcher, actor=True)
        if r.negated
        else Fit(same[0], 0.0, 0, ("its value",), matcher)
    )
    claim = judge_fit(base, r, fit, [fit], pinned=False)
    if claim.verdict != (CONTRADICTED if r.negated else SUPPORTED):
        return None
    why = Why(
        claim.rule if r.negated else "sheet-value",
        (
            f"only {tied} ties it to a figure, one it is far past"
            if tied
            else "no word ties it to a figure"
        )
        + f", but it restates {same[0].id}'s value: {claim.reason}",
    )
    return replace(claim, reason=why.text, rule=why.rule)


def _distinctive(r: Reading, clause: str) -> bool:
    """True for a value no chance agreement gives: three or more significant digits ("$286
    million"), two of a value of 100 or more ("1.3M", "140%"), or one of such a value in a
    clause that is the number alone ("It's two million."; not "2 million hectares" nor "the
    café has 2 million", which say what they count)."""
    if r.precision <= 0:
        return False
    if distinct_digits(r):
        return True
    spoken = _unspoken(clause)  # (whole: a speaker's label is read before its turn is cut)
    rest = spoken[: r.start] + " " + spoken[r.end :]
    # ("Two million, not three.": the number it corrects says nothing of what it counts)
    own = [
        w for w in words(rest)
        if w not in STOPWORDS | _PRONOUNS | _VERB_WORDS and w not in NUMBER_WORDS
        and not w.isdigit() and w != "not"
    ]  # fmt: skip
    return float(r.value) >= 100 and not own


def _another_act_denied(clause: str, r: Reading, fit: Fit) -> str:
    """The denied verb when a number only modifies the object of a denial of another act than
    its figure's ("did not stop the January 15 spill"; not "did not sign the $321 million
    agreement", the figure's own act), or ""."""
    lead = clause[max(0, r.start - 80) : r.start]
    attributive = _DETERMINER_END.search(lead) and re.match(r"[ \t]+[A-Za-z]", clause[r.end :])
    denial = list(_DENIAL_VERB.finditer(lead))
    if not attributive or not denial:
        return ""
    verb = denial[-1].group("verb")
    # (giving, sending, signing, hosting: the acts that report a quantity are every figure's)
    own = fit.profile.content | {w for term in fit.profile.measure for w in term} | _GIVING
    return "" if Vocabulary(set(own)).find(verb.lower()) else verb


# A denied forgetting or ignoring affirms what was not forgotten; so does a litotes ("Not bad
# for a 60-year partnership", "no small feat").
_AFFIRMED_WHEN_DENIED = lazy(
    r"(?:forg[eo]t\w*|overlook\w*|ignor\w*|neglect\w*|miss\w*|doubt\w*|dispute\w*|bad|small"
    r"|trivial|insignificant|negligible|minor|modest|mean)",
    re.I,
)
_GIFTS = frozenset("gift gifts donation donations grant grants present".split())
_GIVING = frozenset(
    "deliver delivered send sent donate donated give gave given ship shipped pay paid disburse "
    "disbursed provide provided sign signed fund funded support supported return returned "
    "repatriate repatriated host hosted receive received launch launched manage managed spend "
    "spent grant granted allocate allocated commit committed reach reached arrive arrived".split()
)


# (the number is the modifier of a noun phrase: "the January 15 spill", "USAID's $321 million")
_DETERMINER_END = lazy(r"(?:\b(?:the|a|an|its|their|this|that|these|those)|[’']s)\s+$", re.I)
_DENIAL_VERB = lazy(
    r"(?:\bnot|n[’']t|\bnever|\bfail(?:s|ed)?\s+to)\s+(?:(?:be|been|have|even|actually|really"
    r"|ever|yet)\s+)*(?P<verb>[A-Za-z]{3,})\b",
    re.IGNORECASE,
)


def _denied_after(clause: str, r: Reading, fit: Fit) -> bool:
    """True when the clause denies, after the number, what the figure says of it: "... were
    not a U.S. donation" (a word of the figure's sentence follows the "not")."""
    if _NOT_REAL.match(clause, r.end):
        return True  # "the 1.3 million Venezuelans ... do not exist", "... are a myth"
    # ("the two million doses we described as a U.S. donation were in fact bought": the
    # description the writer takes back, when it says what the figure says)
    described = _DESCRIBED_BUT.match(clause, r.end)
    m = _NOT_AFTER.match(clause, r.end) or described
    if m is None:
        return False
    said = Vocabulary(set(words(m.group(1))))
    # (a gift taken back denies any figure of what was given: "described as a U.S. gift")
    giving = _GIVING | _GIFTS if described else frozenset()
    return any(
        said.find(w) for w in fit.profile.content | {t[0] for t in fit.profile.measure} | giving
    )


_DESCRIBED_BUT = lazy(
    r"(?:[^.;:!?]|(?<=\b[A-Z])\.|\.(?=\S)){0,60}?\b(?:described|billed|reported|presented"
    r"|labell?ed|touted|counted|listed|characteri[sz]ed)\s+as\s+"
    r"((?:[^.;:!?]|(?<=\b[A-Z])\.|\.(?=\S)){1,40}?)\s*,?\s+(?:were|was|are|is)\s+(?:in\s+fact|actually"
    r"|really)\b",
    re.IGNORECASE,
)
_NOT_REAL = lazy(
    r"(?:[^.;:!?,]|(?<=\b[A-Z])\.|\.(?=\S)){0,60}?\b(?:(?:do|does|did)(?:\s+not|n[’']t)\s+(?:exist|arrive|happen|materiali[sz]e"
    r"|hold\s+up)|never\s+(?:existed|arrived|came|happened|materiali[sz]ed|showed\s+up"
    # "... were promised but never donated"
    r"|donated|delivered|sent|shipped|given|paid|disbursed)"
    # "... were never delivered": the act the figure reports, denied.
    # (not "were not all delivered", "not yet": a part, a time)
    r"|(?:is|are|was|were)\s+(?:never|not)\s+(?:delivered|sent|donated|given|shipped|paid"
    r"|disbursed)|(?:has|have|had)\s+never\s+been\s+(?:delivered|sent|donated|given|shipped|paid"
    r"|disbursed)"
    r"|(?:is|are|was|were)\s+(?:a\s+|an\s+|simply\s+|just\s+|wildly\s+|grossly\s+)?"
    r"(?:myth|fiction|fabrication|invention|made[- ]up|invented|fabricated|imaginary|fictional"
    # (not the false words of "Claims that ... are false": _ARE_FALSE reads those)
    r"|exaggeration|exaggerated|inflated|overstated|bogus|inaccurate|a\s+lie)"
    # "Your 4,000 looks like a typo."
    r"|(?:is|was|looks\s+like|seems\s+like|seems\s+to\s+be)\s+(?:a\s+|an\s+|just\s+a\s+)?"
    r"(?:typo|misprint|mistake|error|slip))\b",
    re.IGNORECASE,
)


# A note's label right before its date, at a line's start: "Correction, 16 October:",
# "Updated Oct. 7", "Editor's note (October 8)".
_DOCUMENT_TIME = lazy(
    r"(?:^|\n)\s*(?:corrections?|clarifications?|updates?|updated|editor[’']?s\s+note|posted"
    r"|published|filed|amended|revised|(?:last|first)\s+(?:updated|revised|modified|published))"
    r"\s*[,:(—–-]?\s*(?:on\s+|at\s+)?$",
    re.IGNORECASE,
)


def _dates_the_text(clause: str, r: Reading) -> str | None:
    """The words that make a date the text's own ("Correction, 16 October: An earlier version
    said ... signed in 2020"; the dateline "Oct 5 - Blinken travels to Lima on Thursday", whose
    entry names its own day), or None when it may date what the text reports."""
    before = clause[max(0, r.start - 60) : r.start]
    published = _PUBLISHED.search(before)
    if published:
        return published.group(0).strip()
    label = _DOCUMENT_TIME.search(before)
    if label and (label.group(0)[:1] == "\n" or r.start <= 60):
        return label.group(0).strip()
    if clause[: r.start].strip() or not _ENTRY.match(clause[r.end :]):
        return None
    own_day = _OWN_DAY.search(clause, r.end, r.end + 160)
    return own_day.group(0) if own_day else None


def _cited(segment: Segment, r: Reading) -> bool:
    """True for the date that ends a citation of a text, after its quoted title ('U.S.
    Department of State. "Secretary Blinken's Travel to Lima." Fact sheet, October 2022.')."""
    before = segment.text[: r.start]
    return (
        len(before) <= _CITATION_TAIL
        and not _has_verb(before)
        and _LINE_ENDS.match(segment.text, r.end) is not None
        and (
            # (a title's closing mark may stand in the break between the two sentences)
            _TITLE_ENDS.search(segment.previous) is not None
            or segment.previous.lstrip()[:1] in ('"', "“")
            or _TITLE_IN.search(before) is not None
        )
    )


_CITATION_TAIL = 60  # characters of a citation between its title and its date ("Fact sheet, ")
_LINE_ENDS = lazy(r"\s*[.)]?\s*(?:\[\d+\])?\s*$")
_TITLE_ENDS = lazy(r"[\"”]\s*\.?\s*$")
_TITLE_IN = lazy(r"[\"“][^\"“”]{5,200}[\"”]")


# "The fact sheet, published in October 2022 for the visit": the date of a text.
_PUBLISHED = lazy(
    r"\b(?:published|released|issued|dated|posted|updated|circulated|distributed)"
    r"\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
_OWN_DAY = lazy(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:tomorrow|today|tonight|yesterday|this\s+week|next\s+week|later\s+this\s+week)\b",
    re.IGNORECASE,
)


_THE_SHEET = r"\b(?:the|its|this)\s+(?:fact\s+)?sheet"
# "the State Department", "the U.S. Department": the sheet's author.
_THE_DEPARTMENT = r"\b(?:the|its|this)\s+(?:U\.?S\.?\s+)?(?:State\s+)?Department"
# The sheet's author giving a value: "State says", "the State figure is", "the figure given
# by the State Department is", "the fact sheet puts it at".
_BY_THE_AUTHOR = lazy(
    rf"(?:{_THE_DEPARTMENT}|{_THE_SHEET}|\b(?-i:State))(?:[’']s)?\b[^.;:!?\d]{{0,40}}$"
    r"|\bgiven\s+by\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:State\s+Department|fact\s+sheet|sheet)\b[^.;:!?\d]{0,20}$"
    # ("The U.S. puts its total donation at two million.")
    r"|\b(?:the\s+U\.?S\.?|Washington)\s+(?:government\s+)?(?:puts|says|counts|gives|reports)\b"
    r"[^.;:!?\d]{0,40}$",
    re.IGNORECASE,
)
_AUTHOR_REACH = 80  # characters before a number where its author's name is looked for
_THE_SHEETS_AUTHOR = lazy(
    rf"{_THE_DEPARTMENT}(?:[’']s\s+(?:fact\s+)?sheet)?\s*$|{_THE_SHEET}\s*$", re.IGNORECASE
)
_THEY_SAY = lazy(
    r"\b(?:officials|diplomats|aides|sources|analysts|experts)\s+(?:[\w-]+\s+){0,4}?say"
    r"(?:\s+that)?\b",
    re.IGNORECASE,
)
_THE_AUTHOR_PUTS = lazy(
    rf"(?:{_THE_DEPARTMENT}|{_THE_SHEET})\s+(?:puts|put"
    r"|places|placed|pegs|pegged|sets|values|valued|tallies|tallied|counts|counted)"
    r"(?:\s+(?:it|them|that|this|the\s+\w+))?\s+at\b",
    re.IGNORECASE,
)
# 'The sheet puts USAID cooperation at a "half-century"': the writer's own claim of what the
# sheet says, in quotation marks.
_SHEET_SAYS = lazy(
    rf"{_THE_SHEET}(?:[’']s\s+\w+)?\s+(?:says|said|puts|put|gives|gave|lists|counts|reports|cites"
    r"|calls|describes|credits|speaks\s+of|mentions)\b",
    re.IGNORECASE,
)


def _quoted_in_its_line(text: str, at: int) -> bool:
    """True when position ``at`` of a draft stands inside quotation marks opened earlier in
    its line, though in another sentence ('CLAIM: "Trade has barely grown. It was $12
    billion."'); a line longer than the reach is not looked at."""
    start = text.rfind("\n", max(0, at - _LINE_REACH), at) + 1
    if start == 0 and at > _LINE_REACH:
        return False
    return _quoted(text[start:at], at - start)


_LINE_REACH = 600  # characters before a number where its opening quotation mark is looked for


def _quoted(clause: str, at: int) -> bool:
    """True when position ``at`` of a clause stands inside quotation marks."""
    before = clause[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _fits(
    segment: Segment, r: Reading, readings: list[Reading], years: set[int], matcher: Matcher
) -> tuple[list[Fit], Why | None]:
    """The figures a reading could be about, best first, and why others were set aside."""
    # "OFFICIAL: Actually, we donated ...": who speaks is blanked (offsets kept) before the
    # clause's subject and stretches are read.
    # ("BY THE NUMBERS (State Department)": a heading's source says whose numbers they are)
    segment = replace(
        segment,
        text=_unspoken(segment.text),
        sentence=_unspoken(segment.sentence),
        heading=_HEADING_SOURCE.sub(" ", segment.heading),
    )
    if segment.cell:
        segment = replace(segment, heading=_SHEET_COLUMN.sub(" ", segment.heading))
    items = _respective(segment.text, r, readings)
    if items:
        # Each number of a "respectively" list is read with its own subject only.
        own = _blanked(segment.text, items[1:])
        sentence = segment.sentence.replace(segment.text, own, 1)
        segment = replace(segment, text=own, sentence=sentence)
    asides = _numbered_asides(segment.text, r, readings)
    if asides:
        # "USAID, which has been in Peru for half a century, has spent two decades with DEVIDA":
        # an aside with a number of its own is that number's claim, not this one's evidence.
        own = _blanked(segment.text, asides)
        sentence = segment.sentence.replace(segment.text, own, 1)
        segment = replace(segment, text=own, sentence=sentence)
    if r.unit == DATE:
        # "On January 18, three days after the spill, ...": the event a date is counted from is
        # not the event it dates (but "after the January 15 spill" is that date's own).
        segment = replace(
            segment,
            text=_without_reference_events(segment.text, r.text),
            sentence=_without_reference_events(segment.sentence, r.text),
        )
    # A clause with no word of what it measures borrows its sentence's, then the sentence
    # before ("It went from $9 billion ..."); who, where and what it counts stay its own.
    # A table cell or a sub-bullet is read with its heading: the column's header names what
    # the cell measures; the parent bullet, the sub-bullet's subject.
    # ("| FY2021 actual |": a column's word run into its year is that word, "FY")
    head = f"{_RUN_INTO_YEAR.sub(' ', segment.heading)} " if segment.heading else ""
    host = _dash_host(segment)
    head = f"{head}{host} " if host else head
    # "USAID, which officials said has worked in Peru for about three decades, funds
    # alternative crops": what follows a relative aside's closing comma is the main clause's.
    # (not an appositive's: "USAID, a partner here for five decades, signed ..." is one subject)
    aside_at, close = _aside(segment.text, r)
    relative = aside_at and re.search(r"\b(?:which|who)\s*$", segment.text[:aside_at], re.I)
    own_text = segment.text[:close] if relative and close >= r.end else segment.text
    texts = [head + own_text]
    independent = _independent(segment)
    if segment.sentence != segment.text and not independent:
        # ("It goes back two decades; the agency's wider collaboration ... spans half a
        # century": a clause borrows nothing of the clause after its semicolon)
        at = segment.sentence.find(segment.text)
        semicolon = segment.sentence.find(";", at + len(segment.text)) if at >= 0 else -1
        texts.append(segment.sentence[:semicolon] if semicolon >= 0 else segment.sentence)
    if segment.previous and not independent:
        texts.append(f"{segment.previous} {segment.sentence}")
        if segment.carried and pronoun_led(segment.sentence):
            # "... by 2021 it was over $22 billion. That is 140 percent.": a pronoun's
            # sentence before took its subject from the one before it.
            texts.append(f"{segment.carried} {segment.previous} {segment.sentence}")
    # Who and where a number is about: its own stretch of the clause, and the clause's subject
    # (the words before its first number: "USAID signed a $321 million, 5-year agreement").
    first = min((o.start for o in readings if not _attributed(segment.text, o.start)), default=0)
    # "Blinken, after stops in Bogota, told reporters the U.S. had given $286 million": who
    # reports a number is not who it is about; its subject starts after the reporting verb.
    # ("INL's support is described as thirty years old": a passive's subject is before it)
    said = [
        m.end() for m in _REPORTED.finditer(segment.text, 0, r.start)
        if not _PASSIVE_AS.match(segment.text, m.end())
        and not _said_aside(segment.text, m, r.start)
    ]  # fmt: skip
    # "the climate portfolio, which the State Department puts at $45 million": the sheet's
    # author, who gives the number, is no party of it.
    said += [m.end() for m in _THE_AUTHOR_PUTS.finditer(segment.text, 0, r.start)]
    # "Officials travelling with Blinken say INL has backed eradication for fifty years": who
    # says it is not who it is about (though the plural's words stay a claimant's claim).
    said += [m.end() for m in _THEY_SAY.finditer(segment.text, 0, r.start)]
    # "... support to a country that shelters 1.3 million": a relative clause's subject is the
    # few words before its pronoun, not the sentence's ("Blinken sat down with ...").
    # An antecedent with a number in it ("... in 2018, which would put ...") is a clause's.
    related = [
        m.start("antecedent")
        for m in _RELATIVE.finditer(segment.text, 0, r.start)
        if not any(m.start() <= o.start < r.start for o in readings)
    ]
    # "Counternarcotics cooperation predates the trade agreement by decades: the narcotics
    # bureau has funded ... for forty years": a whole clause after a whole clause's colon is
    # its own, with a subject of its own (not a label's colon: "Trade: $22 billion").
    # (looked for within a window before the number: a clause dense with numbers stays linear)
    window = max(0, r.start - _CLAUSE_WINDOW)
    explained = [
        m.end()
        for m in _COLON.finditer(segment.text, window, r.start)
        if _has_verb(segment.text[max(0, m.start() - _CLAUSE_WINDOW) : m.start()])
        and _has_verb(segment.text[m.end() : r.start])
    ]
    cut = max([0, *said, *related, *explained])
    # Only the nearest numbers either side bound a stretch (and shifting them all would make a
    # clause dense with numbers quadratic).
    own = _stretch(
        segment.text[cut:],
        _shifted(r, cut),
        [_shifted(o, cut) for o in _neighbours(r, readings, cut)],
    )
    # "1.3 million, second only to Colombia", "the most in the Western Hemisphere": a place
    # the number is compared with after it is not what it is about.
    own = _ATTRIBUTED.sub(" ", _SPREAD.sub(" ", _SUPERLATIVE.sub(" ", _uncompared(own, r.text))))
    # ("Looking ahead, USAID signed ...": the writer's turn of phrase, no word of the number's)
    own = _LOOKING.sub(" ", own)
    at = own.find(r.text)
    parallel = _PARALLEL.match(own[at + len(r.text) :]) if at > 0 else None
    if parallel and _listed(r, readings, after=False) and own[:at].lstrip().startswith(parallel[1]):
        # "$386 million into the migration response and $86.8 million into pandemic-era
        # assistance": two amounts, each with its own "into ...", joined by "and": what comes
        # before the "and" is the number before's.
        mark = own.rfind(" and ", 0, at)
        own = own[mark + 1 :] if mark >= 0 else own
        at = own.find(r.text)
    joined = list(_AND_AGAIN.finditer(own, 0, max(0, at)))
    if joined and _listed(r, readings, after=False):
        prep = joined[-1]["prep"]
        # (its number in words too: "of four decades of INL support ... and of a quarter-century")
        parallel_item = (
            rf"\b{prep}\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]*\d|{_NUMBER_WORD})[^.;:]*\s"
            rf"(?:and|as\s+well\s+as)\s+{prep}\s"
        )
        if re.search(parallel_item, segment.text[cut : r.start]):
            # "a 50-year partnership with USAID and of INL's 25-year effort": after "and", the
            # preposition of the item before starts this number's own item.
            own = own[joined[-1].start() + 1 :]
            at = own.find(r.text)
    if at >= 0 and _listed(r, readings, after=True):
        # "INL's support is put at thirty years, USAID's work with DEVIDA as a decade": in a list
        # of its kind, who is named after the comma before the next number is that number's.
        mark = max(own.rfind(",", at + len(r.text)), own.rfind(";", at + len(r.text)))
        own = own[:mark] if mark >= 0 else own
    # "Peru is the largest recipient in the hemisphere of the Fund, with 34 projects": where it
    # ranks is no place the number is about.
    opening = _LOOKING.sub(" ", _ATTRIBUTED.sub(" ", _COMPARED.sub(" ", segment.text[cut:first])))
    # ("Blinken came in from Santiago and was in Lima on October 6": where someone came from
    # is not where the number is about)
    stretch = _CAME_FROM.sub(_origin_left_out, f"{head}{_SUPERLATIVE.sub(' ', opening)} {own}")
    # What qualifies the number ("goods", "renewed") stands before it, or after it within its
    # own clause: in "25 years of the MOU, renewed every five years", "renewed" is the five's.
    after = own[at + len(r.text) :] if at >= 0 else ""
    # A dash or colon right after the number opens what it counts ("2.5m — Venezuelans in ...").
    said_after = re.sub(r"^\s*[—–:-]\s*", " ", after)
    # "roughly thirty years by the State Department's own account": whose count it is says
    # nothing of who the number is about.
    own_clause = _BY_ACCOUNT.sub(" ", _CLAUSE_END.split(said_after, 1)[0])
    if r.unit == DATE and _OPENS_WITH_DATE.fullmatch(segment.text[: r.start]):
        # "On October 7, Blinken flew back to Washington": a date that opens its sentence
        # dates the clause after its comma.
        opened = re.sub(r"^\s*,\s*", " ", said_after)
        own_clause = _BY_ACCOUNT.sub(" ", _CLAUSE_END.split(opened, 1)[0])
    # "1.5M Venezuelans, per the R4V projection": whose count it is says what kind it is.
    source = _SOURCE_AFTER.match(said_after[len(own_clause) :])
    leading = stretch[: len(stretch) - len(after)]
    # "The new money comes on top of the $286 million already committed": what it is added to
    # is not the new quantity, and the words before it do not qualify it.
    added_to = list(_ADDED_TO.finditer(leading))
    leading = leading[added_to[-1].end() :] if added_to else leading
    qualifying = leading + own_clause + (source[0] if source else "")
    # "Goods trade alone was smaller: Census data put it near $17 billion": a pronoun after a
    # clause's colon stands for what the clause before it names, whose qualifiers are the
    # number's (its parties stay the clause's own).
    # (not a reporter's pronoun: in "the embassy told us it launched three", "it" is the embassy)
    colon = explained[-1] if explained else 0
    stands_for = (
        segment.text[max(0, colon - _CLAUSE_WINDOW) : colon]
        if colon and _STANDS_FOR.search(segment.text, colon, r.start)
        else ""
    )
    # "They are counting goods alone. On that basis, two-way trade was $18.9 billion": the
    # basis a sentence opens by pointing back to is what the sentence before it says.
    stands_for += f" {_basis(segment)}"
    stands_for += f" {_which_stands_for(segment.text, r)}"
    # "China has been Peru's biggest customer, and its trade with Peru came to $30 billion": a
    # pronoun that opens the clause stands for the subject of the clause before, which says
    # whose the number is.
    qualifying += f" {_owner(segment)}"
    # "12.6m (all COVAX deliveries to Peru)": a note in brackets right after it qualifies it.
    note = _NOTE_AFTER.match(said_after)
    qualifying += f" {note.group(1)}" if note else ""
    # "A separate figure, about 20 million doses, referred to vaccines Peru bought": what is
    # said of a figure the number is set off beside is said of the number.
    apposed = _APPOSED.search(segment.text, 0, r.start) and _PREDICATE.match(said_after)
    qualifying += f" {apposed.group(1)}" if apposed else ""
    # "1,100 projects in over 125 countries": a scope of many countries is the clause's, though
    # its number ends the stretch.
    # (not when the number says it is Peru's: "nearly 400 alumnae in Peru out of a network
    # that spans close to 100 countries")
    scope = None if _IN_PERU.match(said_after) else MANY_COUNTRIES_IN.search(segment.text)
    qualifying += f" {scope.group(0)}" if scope else ""
    # "4 decades of INL backing for eradication, 30 yrs of USAID work with DEVIDA": in a list,
    # who is named before the comma after the number before is that number's, not this one's.
    lead = leading[: leading.rfind(r.text)] if r.text in leading else leading
    # (a table cell's heading qualifies every value of the cell, whatever commas it has:
    # "| Venezuelans hosted | 2.5 million; 0.5 million | Colombia; Ecuador |")
    kept = head if segment.cell else ""
    comma = max(lead.rfind(",", len(kept)), lead.rfind(";", len(kept)))
    listed = any(o.end <= r.start for o in _neighbours(r, readings, cut) if o.unit != "year")
    item = f"{kept}{qualifying[comma + 1 :]}" if listed and comma >= 0 else qualifying
    if listed and comma >= 0 and _NOUN_POINTS_BACK.match(qualifying, comma + 1):
        # "The PTPA took effect in February 2009, so the agreement is 13 years old": an item
        # whose subject points back with "the" is about the subject before its comma.
        antecedent = _subject_of(lead[len(kept) : comma])
        item = f"{antecedent} {item}" if len(words(antecedent)) <= _OWNER_WORDS else item
    if r.unit == DATE:
        item = _date_phrase(segment.text, r) or item
    spoken = words(f"{stands_for} {qualifying}")
    if any(p.kind == _kind_of(r) and _another_quantity(p, spoken) for p in matcher.profiles):
        # "..., while customs put goods exports at $8.5 billion": a clause that says it measures
        # another quantity does not borrow what its sentence measures.
        texts = texts[:1]
    if any(o.unit == r.unit and o.number_start != r.number_start for o in readings):
        # "60 years of USAID cooperation, 40 years of INL support": beside numbers of its own
        # kind, a number's words are first its own stretch's.
        texts.insert(0, stretch)
    # "Regions: 18", "Ambassadors Fund projects in Peru: more than 40": a label names what the
    # number after its colon counts.
    near = counted = _near_words(segment.text, r)
    if items and not near:
        # "projects and regions numbering 16 and 34, respectively": its item names what it counts.
        a, b = items[0]
        own_words = [w for w in words(segment.text[a:b]) if w not in STOPWORDS | _VERB_WORDS]
        near = counted = [w for w in own_words if not w.endswith("ing")][-2:]
    # A label ("Vaccine doses donated: 2.5M") or a table cell's header ("Doses | 2,000,000")
    # names what the number counts: its words stand by the number, though they are no noun
    # phrase to take a head noun from.
    if not near:
        labelled = _label(segment.text, r)
        near = labelled or words(re.sub(r"\d", " ", segment.heading))
        # "Peruvian Fulbright grantees this cycle: 45": the label's noun phrase names what the
        # number counts, as the noun after it would.
        # ("Fulbright grants per year: about 60" names a rate: see _is_part)
        rate = _RATE.search(" ".join(labelled))
        counted = _label_noun(segment.text, r, matcher) if labelled and not rate else counted
    elided = (
        _elided_unit(segment, r, matcher)
        if not near and r.unit == COUNT and not segment.cell
        else []
    )
    if elided:
        # "... did not donate 2 million doses. It was 1 million": a count a copula gives after
        # a count of some unit counts that unit too, and takes up its subject.
        near = counted = elided
    if r.unit == YEARS:
        counted = _what_lasts(segment.text, r)  # "a five-year, $321 million agreement"
    if r.unit == DATE:
        before = _words_before(segment.text, r)
        # "It happened on January 18th, when ...": a date whose own words name no event is
        # told by its "when" clause; "the talks began on March 3, when ..." is the talks'.
        near += before + _when_words(segment.text, r) + _purpose_words(segment.text, r)
        if not segment.text[: r.start].strip() and _ENTRY.match(segment.text[r.end :]):
            # "October 7, 2022 — Blinken arrives in Lima ...": a timeline's entry is its date's.
            near += words(segment.text[r.end :])[:12]
    # What stands right by the number, either side: "the number of migrants is 2 million".
    # A cell's header stands by it too ("Migrants hosted | 1,300,000").
    around = near + _words_before(segment.text, r) + words(re.sub(r"\d", " ", segment.heading))
    if _CORRECTION.search(segment.text, 0, r.start):
        # "...1.3 million Venezuelan migrants; the correct figure is 1.6 million": what the
        # corrected number counted stands by its correction.
        at = segment.sentence.find(segment.text)
        around += words(segment.sentence[:at] if at > 0 else segment.previous)
    part = (
        _is_part(segment.text, r)
        or _alone(stretch, matcher)
        or _subset(segment.text, r, readings, segment.previous)
        or _partitive(segment.text, r, matcher)
        or _of_a_figure(segment.text, r, readings)
        or _under_a_total(segment.heading, r)
        or (_first_match(_IN_THE_CAPITAL, segment.text) if r.unit == COUNT else "")
        # "the embassy's 15 scholarships for coca-region students": a count for one group.
        or (
            _first_match(_FOR_A_GROUP, segment.text[r.end : r.end + 70]).strip()
            if r.unit == COUNT
            else ""
        )
        # "Same agreement, bilateral program only | $171 m": a row of one part of a figure.
        or (_first_match(_ONLY_A_PART, segment.heading) if segment.cell else "")
        # "awe_alumnae_lima,260": a row of the capital counts a part of the country's.
        or _first_match(_THE_CAPITAL, segment.label)
        # "AWE alumnae in Lima: 150": a line's label that names the capital, of a count.
        or (
            _first_match(_THE_CAPITAL, _own_label(segment.text, r)).strip()
            if r.unit == COUNT
            else ""
        )
        # "198 pieces returned at a single ceremony": what one occasion saw (and right after
        # the number: "603: pieces in a single batch").
        or _first_match(_ONE_OCCASION, f"{stretch} {segment.text[r.end : r.end + 40]}")
        # (and right after the number: "$26 mn in the first year of ..." ends its stretch)
        or (
            _first_match(_PERIOD_SHARE, f"{stretch} {segment.text[r.end : r.end + 40]}")
            if r.unit not in _NO_SHARE
            else ""
        )
        # ("In the MOU's first 15 years, some 900 pieces came home": what an opening span of
        # years saw, anywhere in the clause)
        or (_first_match(_IN_AN_OPENING_SPAN, segment.text) if r.unit not in _NO_SHARE else "")
        # ("AWE's Lima chapter graduated 95 women this year": what one year added)
        or (
            _first_match(_ADDED_THIS_YEAR, segment.text[max(0, r.start - 20) : r.end + 70])
            if r.unit == COUNT and _GRADUATED.search(segment.text, max(0, r.start - 20), r.start)
            else ""
        )
        or (_first_match(_ADDED_AFTER, segment.text[r.end : r.end + 70]) if r.unit == COUNT else "")
        # A row's label may say the cell is a part ("doses_donated_first_shipment"), or one
        # year's ("migration_assistance_one_year").
        or _first_match(_SUBSET, segment.heading)
        or (_first_match(_ONE_YEARS, segment.label.replace("_", " ")) if segment.cell else "")
        or (_first_match(_OF_WHICH, segment.label) if segment.cell else "")
        # "ambassadors_fund_latest_grant,185000,...": a row that names one item.
        or _one_item(segment)
    )
    reason: Why | None = None
    # "Peru has 25 regions": a place as the subject counts its own things, not a party's
    # (and "the country has 25 regions in all": a place by a common noun).
    subject_text = _subject_of(segment.text[:first])
    subject = matcher.read(subject_text)[0]
    kinds = matcher.index.kinds
    place_subject = (
        any(kinds.get(e) == "place" for e in subject) or bool(_A_PLACE.fullmatch(subject_text))
    ) and not any(kinds.get(e) == "party" for e in subject)
    # "B. DEBRIEF: OAS GENERAL ASSEMBLY / - AV said Peru never got two million doses from the
    # U.S.": a heading names the clause's parties only when the clause names none of its own
    # (a section's title names its occasion; a column's header is its cells' own).
    # (the clause's own parties are looked up only when a heading could lend it others)
    heading_only = (
        frozenset(matcher.read(head)[0] - matcher.read(segment.text)[0])
        if head
        and not segment.cell
        and any(kinds.get(e) == "party" for e in matcher.index.mentions(segment.text))
        else frozenset()
    )
    event = _event_named(segment.text, r) if r.unit == DATE else None
    stamp = _dates_the_text(segment.text, r) if r.unit == DATE else None
    if stamp is not None:
        return [], Why("another-event", f"{stamp!r}: it dates the text itself")
    if r.unit == DATE and _cited(segment, r):
        return [], Why("another-event", "it dates a cited text, after its title")
    grown = _ADDED_INTO.search(segment.text, max(0, r.start - 120), r.start)
    if grown and r.unit == USD and any(o.unit == USD and o.end <= grown.start("to")
                                       for o in readings):  # fmt: skip
        # "USAID adds $65 million to a donation agreement worth $432.6 million in total": the
        # total of what an addition is made to is that other, amended thing's.
        return [], Why("another-quantity", "it is the total of what an addition is made to")
    theirs = _OTHERS_ACT.match(segment.text, r.end) if r.unit == USD else None
    if theirs:
        # "the roughly $1.3 billion that Peruvians in the United States send home every year":
        # money a relative clause gives to another actor's act.
        return [], Why("another-thing", f"it is what {theirs['who']!r} {theirs['act']}")
    met = _MET.search(segment.text, max(0, r.start - 40), r.start) if r.unit == COUNT else None
    if met:
        # "Blinken also met 120 women who completed the Academy": whom someone met, visited
        # or addressed is a group of the day, no figure's count.
        return [], Why("another-thing", f"it counts whom {met.group(0).split()[0]!r} names")
    # "1.5 million more doses": added to an amount before; "15 percent of Peru's trade": a share.
    more = (
        _MORE_AFTER.match(segment.text, r.end) is not None
        or _ANOTHER_BEFORE.search(segment.text, max(0, r.start - 20), r.start) is not None
        or _ON_TOP_AFTER.search(segment.text, r.end, r.end + _ON_TOP_REACH) is not None
    )
    # ("a $231 million agreement USAID signed, its support for eradication over four decades,
    # and a heritage accord": an item of a list of three or more, which "and" closes)
    # (its sentence's: "and" may open a clause of its own)
    at = max(0, segment.sentence.find(segment.text))
    in_list = r.unit != DATE and bool(_LIST_GOES_ON.match(segment.sentence, at + r.end))
    marks = frozenset(
        m
        for m, on in (
            ("more", more), ("share", _is_share(segment.text, r)), ("item", in_list)
        )
        if on
    )  # fmt: skip
    row_unit = _row_unit(segment.unit, matcher) if r.unit == COUNT and segment.unit else ""
    # "Our farm exports ... were around $3 billion, ... when the agreement took effect": a
    # subject that names a quantity some figure is not ("farm exports" for total trade).
    # (only of the clause's first number: "..., against the 1.3 million the sheet cites")
    foreign = (
        _foreign_quantities(matcher, _kind_of(r), words(subject_text)) if first == r.start else []
    )
    # "four decades of help pulling up coca by hand, ten years of work with DEVIDA": in a list
    # of its kind, the words up to the next item are the number's own.
    item_end = _item_end(segment.text, r, readings)

    first_ranked: dict[str, tuple[list[Fit], Why | None]] = {}

    def ranked(text: str, reason: Why | None) -> tuple[list[Fit], Why | None]:
        # (a text ranked with no reason yet is ranked once: looking ahead costs nothing more)
        if reason is None and text in first_ranked:
            return first_ranked[text]
        found = _rank(
            text, (qualifying, item, stands_for), (near, counted), around, part, r, years,
            matcher, reason, marks, row_unit, heading_only,
        )  # fmt: skip
        if reason is None:
            first_ranked[text] = found
        return found

    # (a date or a span is a claim only by its own clause's words: "DATE: 6 OCT 2022", "signed
    # back in 2019" borrow no event)
    looked = (
        _texts_with_evidence(texts, lambda t: ranked(t, None)[0])
        if r.unit in (USD, COUNT, PERCENT, CHANGE)
        else texts
    )
    for text in looked:
        fits, reason = ranked(text, reason)
        if fits and event is not None:
            # "the October 2 regional elections": the date is of the event it names.
            dated = [f for f in fits if _names_a_measure(f.profile, event[1])]
            if not dated:
                # ("Blinken also raised the Jan. 16 spill at Repsol's refinery": the event it
                # names, read from the date on, whoever speaks of it)
                dated = [
                    f for f in _event_ranked(segment.text, r, matcher, reason, event)
                    if _names_a_measure(f.profile, event[1])
                ]  # fmt: skip
            fits = dated
            if not fits:
                return [], Why("another-event", f"it dates {event[0]!r}, another event")
        if fits and segment.cell and r.unit == COUNT:
            fits = _row_label_counts(fits, segment.label, matcher)
        if fits and foreign:
            fits, why = _unnamed_by_its_subject(fits, foreign, f"{stands_for} {qualifying}")
            if not fits:
                return [], why
        if fits and place_subject and r.unit == COUNT:
            # "Peru received 80 million doses": the figure counts what its parties did there,
            # and the clause names none of them.
            named = {e for e in matcher.index.mentions(segment.text) if kinds.get(e) == "party"}
            fits = [
                replace(f, owner_unsaid=bool(f.profile.parties) and not named & f.profile.allowed)
                for f in fits
            ]
        if fits:
            # Words borrowed from the sentence before are a guess at the subject, never enough
            # to contradict ("Most of them, about 1 million, live in Lima"); so are words of
            # another clause that has numbers of its own ("$60M env program over 3 yrs; the MOU
            # turns 20").
            borrowed = (
                (
                    bool(segment.previous)
                    and text == f"{segment.previous} {segment.sentence}"
                    and not _carries_on(segment)
                    and not elided
                )
                or (bool(segment.carried) and text.startswith(f"{segment.carried} "))
                or (
                    text == segment.sentence
                    and _numbers_elsewhere(segment, readings)
                    and not _POINTS_BACK.match(segment.text)
                )
                # (a party named only in a later item ties it to nothing)
                or (
                    item_end > 0
                    and segment.text[item_end:] in text
                    and not any(
                        ranked(own, None)[0]
                        for own in _without_later_items(text, segment, item_end)
                    )
                )
            )
            return ([replace(f, borrowed=True) for f in fits] if borrowed else fits), reason
    return [], reason


def _texts_with_evidence(texts: list[str], fits_of: Callable[[str], list[Fit]]) -> list[str]:
    """The texts a number's figure is looked for in, in order, from the first whose fits are
    more than ties of no evidence, when a later one has such fits ("A chart misstated the
    number of Venezuelan migrants. The State Department puts the figure at 1.3 million": a
    word of a name, "department", is no tie, and the sentence before names what it counts)."""
    first = fits_of(texts[0]) if texts else []
    if not first or any(f.evidence for f in first):
        return texts
    later = next((n for n in range(1, len(texts)) if any(f.evidence for f in fits_of(texts[n]))), 0)
    return texts[later:]


# "..., though that is up nearly 100 percent since 2009": a clause whose subject is a pronoun
# for the clause before's (its words are no guess at the subject).
_POINTS_BACK = lazy(
    r"(?:that|it|this)(?:[’']s|\s+(?:is|was|has|had|marks|represents|means|rose|grew|jumped"
    rf"|climbed|fell))\b|the\s+{_CORRECT}\s+{_FIGURE_WORD}\b",
    re.IGNORECASE,
)


# "It sent 1 million", "That's a 104% jump": a sentence whose subject is the sentence before's.
_CARRIES_ON = lazy(r"(?:It|That|This|They|it|they)(?:[’']s|\s+(?!is\b|was\b)[a-z]+)\b")


def _carries_on(segment: Segment) -> bool:
    """True when a sentence's subject is its sentence before's: it opens with a pronoun
    subject (after an attribution or a year: "According to the fact sheet, it grew ...", "By
    2021 it had climbed ..."), corrects the figure before ("The program says the correct
    number is ..."), speaks of the period before ("Growth over that period was ..."), or
    answers the question before ("How many ...? Roughly 1.5 million.")."""
    first = _OPENING.sub("", segment.sentence.lstrip())
    return (
        bool(_CARRIES_ON.match(first))
        or bool(_CORRECTION_IS.search(first) or _THAT_PERIOD.search(first))
        or segment.previous.rstrip().endswith("?")
    )


_OPENING = lazy(
    r"^(?:according\s+to\s+[^,]{1,80},\s*|(?:by|in|since|from)\s+(?:\w+\s+)?(?:19|20)\d\d,?\s+)",
    re.IGNORECASE,
)
_CORRECTION_IS = lazy(
    rf"{_CORRECTION.pattern}\s+(?:is|was|should\s+have\s+been|stood\s+at)\b", re.IGNORECASE
)
_THAT_PERIOD = lazy(
    r"\b(?:over|during|in|across)\s+(?:that|this|the\s+same)\s+(?:period|span|time|stretch)\b",
    re.IGNORECASE,
)


# A relative clause of another actor's act on money: "the $1.3 billion that Peruvians in the
# United States send home", "... which exporters earned".
_OTHERS_ACT = lazy(
    r"\s+(?:that|which)\s+(?P<who>(?:Peruvians|Venezuelans|migrants|families|households|workers"
    r"|exporters|importers|investors|companies|firms|tourists|consumers)(?:\s+(?:in|from|living"
    r"\s+in)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?)\s+(?:\w+\s+)?(?P<act>send|sent|spend"
    r"|spent|earn|earned|pay|paid|remit|remitted|invest|invested|export|exported|import|imported"
    r"|buy|bought)\b",
    re.IGNORECASE,
)
_ADDED_TO = lazy(
    r"\b(?:on\s+top\s+of|in\s+addition\s+to|over\s+and\s+above"
    # ("new money for the hemisphere, separate from the $286 million ... put into Peru")
    r"|(?:separate|distinct|apart|aside)\s+from"
    r"|bring(?:s|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:U\.S\.\s+)?total\s+(?:\w+\s+)?to)\b",
    re.IGNORECASE,
)


def _subject_of(before: str) -> str:
    """The words of a clause before its verb: its subject ("The gringos gave Peru ...": not
    Peru, which is what they gave to; "When Peru was burying its dead, we sent ...": we)."""
    before = _OPENING_CLAUSE.sub("", before)
    for m in re.finditer(r"[A-Za-z’']+", before):
        w = m.group(0).lower()
        if (w in _VERB_WORDS and w not in _NOT_VERBS) or (w.endswith("ed") and len(w) > 4):
            return before[: m.start()]
    return before


def _item_end(clause: str, r: Reading, readings: list[Reading]) -> int:
    """Where a number's item of a list of its kind ends (the comma before the next item's
    number), or 0 when it is no such item or the last."""
    if not _listed(r, readings, after=True):
        return 0
    after = min(o.start for o in readings if o.start >= r.end and o.unit != "year")
    return max(clause.rfind(",", r.end, after), clause.rfind(";", r.end, after), 0)


def _without_later_items(text: str, segment: Segment, item_end: int) -> Iterator[str]:
    """A number's text with the later items of its list cut out, and, for a pronoun's sake
    ("But it still came to less than $20 billion, a fraction of ..."), with the sentence
    before."""
    own = text.replace(segment.text[item_end:], " ")
    yield own
    if segment.previous and not own.startswith(segment.previous):
        yield f"{segment.previous} {own}"


def _taken_up_from(segment: Segment, p: Profile, matcher: Matcher) -> bool:
    """True when a clause opens with a pronoun ("It runs through 2028", "Note it runs ...")
    and the sentence before names one of the figure's parties (or a body of one)."""
    if not segment.previous or not _PRONOUN_CLAUSE.match(segment.text):
        return False
    named = matcher.read(segment.previous)[0]
    return any(e in p.parties or matcher.parent.get(e) in p.parties for e in named)


_PRONOUN_CLAUSE = lazy(r"\W*(?:(?:note|and|but|so|yet|also)\s+)?(?:it|they)\b", re.IGNORECASE)


def _owner(segment: Segment) -> str:
    """The subject of the clause before, when a clause opens with a possessive pronoun ("and its
    trade with Peru ...", "Their exports ..."); else ""."""
    if not _PRONOUN_OPENS.match(segment.text):
        return ""
    at = segment.sentence.find(segment.text)
    before = segment.sentence[:at] if at > 0 else segment.previous
    subject = _subject_of(before[-_CLAUSE_WINDOW:])
    # (a plain name only: after "By the State Department's account, USAID's collaboration
    # ...", whose "its" it is is no safe guess)
    return subject if len(words(subject)) <= _OWNER_WORDS else ""


def _basis(segment: Segment) -> str:
    """The sentence before, when a sentence opens by pointing back to the measure it names
    ("On that basis", "By that measure", "Counted that way"); else ""."""
    return segment.previous if _ON_THAT_BASIS.match(segment.sentence) else ""


_ON_THAT_BASIS = lazy(
    r"\W*(?:(?:on|by|under|with|using)\s+(?:that|this|such\s+an?|the\s+same|their|its)\s+"
    r"(?:narrower\s+|broader\s+|narrow\s+|broad\s+)?(?:basis|measure|count|definition|reckoning"
    r"|yardstick|metric|standard|reading|tally)|(?:counted|measured|calculated|reckoned|defined"
    r"|tallied)\s+(?:that|this)\s+way)\b",
    re.IGNORECASE,
)
_OWNER_WORDS = 3  # words of a subject plain enough to be what a pronoun stands for
# A clause whose subject is one noun it points back to ("so the agreement is", "and that
# accord turned").
_NOUN_POINTS_BACK = lazy(
    r"\W*(?:(?:and|but|so|yet|while|whereas)\s+)?(?:the|this|that)\s+[a-z]+\s+"
    r"(?:is|was|has|had|turns|turned|marks|marked|will)\b",
    re.IGNORECASE,
)


# (a possessive only: "It has nearly 400" after "a profile said AWE has ..." is AWE's, not the
# profile's)
_PRONOUN_OPENS = lazy(r"\W*(?:(?:and|but|while|whereas|yet)\s+)?(?:its|their)\b", re.I)
_COLON = lazy(r":\s+")
_A_PLACE = lazy(r"\W*(?:the|this|that)\s+(?:\w+\s+)?(?:country|nation|republic)\s*", re.I)
# A number set off by commas after a word for another figure ("A separate figure, about 20
# million doses, referred to ..."), and the predicate after its closing comma.
_APPOSED = lazy(
    r"\b(?:separate|different|distinct|unrelated|another|other|second)\s+"
    r"(?:figure|number|total|tally|count|amount|sum|estimate)\s*,\s*"
    r"(?:about|some|roughly|around|nearly|almost|over|more\s+than|just|only)?\s*$",
    re.IGNORECASE,
)
_PREDICATE = lazy(r"[^,.;:()]{0,40},\s*([^,.;:]{1,120})")
_CLAUSE_WINDOW = 200  # characters: how far before a number its clause's colon is looked for

# A verb of meeting right before a count: its object is the count ("met 120 women").
_MET = lazy(
    r"\b(?:met|meets|meeting|greeted|greets|visited|visits|toured|tours|addressed|welcomed"
    r"|(?:spoke|speaks|talked|talks)\s+(?:with|to))\s+(?:with\s+)?(?:some\s+|about\s+|around\s+"
    r"|nearly\s+|almost\s+|more\s+than\s+|over\s+|roughly\s+|the\s+)?$",
    re.IGNORECASE,
)


def _has_verb(text: str) -> bool:
    """True when a stretch of words holds a verb, so it may be a clause of its own."""
    # (a present verb before its object or phrase: "predates the", "rests on")
    return _subject_of(text) != text or bool(_PRESENT_VERB.search(text))


# (and before a pronoun object: "the ministry puts them at $4.7 billion")
_PRESENT_VERB = lazy(
    r"\b[a-z]{2,}[^s\W]s\s+(?:the|a|an|its|their|our|by|on|to|from|with|them|it)\b"
)


_NOT_VERBS = frozenset("who which that now here there today home back overall altogether".split())


_LOOKING = lazy(r"^\W*(?:looking|going|moving|thinking)\s+(?:ahead|forward|back)\s*,", re.I)
_OPENING_CLAUSE = lazy(
    r"^\W*(?:when|while|as|after|before|although|though|if|because|since|once)\b[^,]{0,120},",
    re.IGNORECASE,
)


_RUN_INTO_YEAR = lazy(r"(?<=\b[A-Z]{2})(?=(?:19|20)?\d\d\b)")
_OPENS_WITH_DATE = lazy(r"\W*(?:on|in|by|as\s+of)?\s*", re.IGNORECASE)


def _rank(
    text: str,
    qualifyings: tuple[str, str, str],
    nears: tuple[list[str], list[str]],
    around: list[str],
    part: str,
    r: Reading,
    years: set[int],
    matcher: Matcher,
    reason: Why | None,
    marks: frozenset[str] = frozenset(),
    row_unit: str = "",
    heading_only: frozenset[str] = frozenset(),
) -> tuple[list[Fit], Why | None]:
    """The candidates this text supports for a reading, best first (``nears``: the words that
    name what the number counts, and the noun phrase after it; ``qualifyings``: the part of
    the number's own stretch of its clause that can qualify it, and that part cut to its own
    item of a list, and what a pronoun in it stands for; ``marks``: "more" when it is added
    to an amount before, "share" when it is a share of something; ``row_unit``: the store
    unit a table row's unit cell names; ``heading_only``: who only its heading names, which is
    not the number's party)."""
    near, counted_phrase = nears
    qualifying, item, stands_for = qualifyings
    mentioned, vocab, in_names = matcher.read(text)
    local = (matcher.read(qualifying)[0] if qualifying.strip() else mentioned) - heading_only
    # Who its own list item names: only they can make it another party's.
    own = local & matcher.read(item)[0] if item.strip() and item != qualifying else local
    # ("highlighted a $231 million agreement USAID signed last year, its support for manual coca
    # eradication over four decades, ...": who only an earlier item of its list names is that
    # item's, and says nothing of who this number is about)
    # (an item opened by a noun phrase: not "the $321m agreement, signed in September 2022",
    # whose participle is still the agreement's)
    if "item" in marks and _NEW_ITEM.match(item):
        mentioned -= local - own
    spoken = words(f"{stands_for} {qualifying}")
    fits: list[Fit] = []
    set_aside: list[tuple[float, Why]] = []
    sibling = ""  # a figure of another year, set aside, whose value the number states
    relevant = matcher.relevant(text)
    # "from food and cash aid to health care", "covering health, food and cash": what a total
    # covers, listed, names no part of it.
    listed = _COMPOSITION.sub(" ", text)
    # "$30 million in new humanitarian aid, on top of the $286 million already provided": the
    # words of what it is added to are not its own.
    added_to = [m.end() for m in _ADDED_TO.finditer(listed, 0, max(0, listed.find(r.text)))]
    listed = listed[added_to[-1] :] if added_to else listed
    components = matcher.read(listed)[1] if listed != text else vocab
    for p in matcher.profiles:
        if p.id not in relevant or p.kind != _kind_of(r):
            continue
        if r.unit == DATE and not _role_fits(p, r):
            continue
        # Only a bare count names what it counts by the word after it ("34 projects"); after
        # "six decades" or "$60 million", "USAID programs" is the subject, not a unit.
        fit = _fit(
            p, vocab, in_names, near if r.unit == COUNT else [], around, mentioned, years, matcher
        )
        if fit is None:
            continue
        counted = _counts_another_thing(p, r, counted_phrase)
        if row_unit and p.kind == COUNT and str(matcher.figure(p.id).unit) != row_unit:
            # ("Peruvian regions with Ambassadors Fund projects,24,regions": the unit column
            # says what the row counts, whatever else its label names)
            counted = f"{row_unit} (its row's unit)"
        if counted:
            what = (f"it is how long {counted} lasts, not what {p.id} measures" if r.unit == YEARS
                    else f"it counts {counted}, not what {p.id} counts")  # fmt: skip
            set_aside.append((fit.score, Why("another-thing", what)))
            continue
        if p.id in matcher.changes and "share" in marks:
            # "accounts for roughly 15 percent of Peru's trade": a share, not a growth.
            why = Why("another-thing", f"it is a share of something, not the change {p.id} gives")
            set_aside.append((fit.score, why))
            continue
        # "1.5 million more doses", "$40 million more": an amount added to one given before.
        other = _another_quantity(p, spoken) or ("more" if "more" in marks else "")
        if other in ("another", "added") and restates_digits(r, matcher.figure(p.id)):
            # ("We sent two million doses, and another $86.8 million went out in technical
            # assistance": the figure's own value to the digit, the next item of a list)
            other = ""
        if other:
            # "goods trade", "doses bought", "an additional $50 million": the figure's own words
            # tie the claim to it, and the claim's own qualifier says it is another quantity.
            set_aside.append(
                (fit.score, Why("another-quantity", f"it speaks of {other!r}, which {p.id} is not"))
            )
            continue
        # "trade of $22 billion a year": a rate is what a figure of one year's flow is.
        rate = part and _RATE.fullmatch(part) and p.kind == USD and len(p.years) == 1
        a_part = (part if not rate else "") or _names_a_part(p, components)
        if a_part and (
            # (the sheet's digits in another order are the whole, misquoted, whatever part
            # its words name)
            (a_part == part and _a_whole_batch(part, p, r, matcher))
            or misquotes(r, matcher.figure(p.id))
            # ("86800000,covid technical assistance": the sheet's own number, to the digit,
            # with some of the parts the sheet lists)
            or (a_part != part and restates_digits(r, matcher.figure(p.id)))
        ):
            a_part = ""
        # "USAID gave $286 million": a body of the figure's party may stand for it (though
        # what it gave may be only its share: never contradicted on that alone).
        bodies = {e for e in local - p.allowed if descends(e, p.parties, matcher.parent)}
        # "signed 25 years ago, in 1997": a duration's start year is no year of its own.
        started = {y for y in years if p.kind == YEARS and _starts(y, r, p)}
        excluded = _excluded(p, own - bodies, years - started, a_part)
        if excluded:
            if (
                excluded.rule == "another-year" and r.bound in PLAIN and supports(r, fit)
                and not _dated_plainly(qualifying, years)
            ):  # fmt: skip
                sibling = p.id
            if excluded.rule == "part-of-total":
                set_aside.append((fit.score, excluded))
            reason = reason or excluded
            continue
        # (a duration said of the year before the sheet's is the sheet's, a year shorter:
        # "after thirty years of U.S. backing ..., cultivation rose again last year")
        sheet_time = {p.reference - 1, p.reference} if p.kind == YEARS else {p.reference}
        # (nor does a year that names another figure's thing: "under the 1997 memorandum")
        dated = years - started - _naming_years(text, r, p, matcher)
        if dated and not p.years and p.kind != DATE and not dated & sheet_time:
            fit = replace(fit, undated=years_of(dated))

        # (what a body gave may be its share; an agreement's age is no one's share of it)
        if bodies and not local & p.parties and p.kind not in (YEARS, DATE):
            fit = replace(fit, body=names_of(frozenset(bodies)))
        if any(matcher.of_party[e, p.kind] == {p.id} for e in local & p.parties & matcher.telling):
            fit = replace(fit, sole=True)
        fits.append(fit)
    if sibling:
        fits = [
            replace(f, sibling=sibling) if matcher.dated_siblings(f.profile) else f for f in fits
        ]
    best_aside = max(set_aside, default=None, key=lambda a: a[0])
    if best_aside and best_aside[1].rule == "another-thing" and r.unit == COUNT:
        # "two million doses": the figures that count what the number names take it, whatever
        # figure the rest of the clause is more about.
        named = [
            f
            for f in fits
            if counted_phrase and not _counts_another_thing(f.profile, r, counted_phrase)
        ]
        if named:
            fits = named
            best_aside = None
    if best_aside and (not fits or best_aside[0] > max(f.score for f in fits)):
        # Only a part, or a count of another thing, is set aside this way: a figure set aside
        # for its party or year leaves the claim to the figures that fit.
        # The figure the clause is most about was set aside: the claim is not handed on to a
        # figure it fits less ("$100 million in humanitarian aid" is not technical assistance).
        return [], best_aside[1]
    # (a tie, to float noise, goes to the better evidenced)
    fits.sort(key=lambda f: (-round(f.score, _SCORE_DIGITS), -f.evidence))
    return fits, reason


_SCORE_DIGITS = 9  # decimals of a score that count: the rest is float noise


def _fit(
    p: Profile,
    vocab: Vocabulary,
    in_names: Vocabulary,
    near: list[str],
    around: list[str],
    mentioned: frozenset[str],
    years: set[int],
    matcher: Matcher,
) -> Fit | None:
    """How well a clause fits a figure, or None when it shares no word of what it measures."""
    idf = matcher.idf
    near_vocab = Vocabulary(set(near))
    score, evidence, matched = 0.0, 0, []
    used: set[str] = set()
    for i, term in enumerate(p.measure):
        found = [vocab.find(w) for w in term]
        # A word of a name ("trade" of "trade deal") is a weaker tie, and no evidence.
        in_name = not all(found) and all(in_names.find(w) for w in term)
        if in_name:
            found = [in_names.find(w) for w in term]
        if not all(found) or set(found) <= used:
            continue  # "partnered" is one word: it can't count for "partnership" and "partner"
        run = [f for f in found if f]
        content = [f for w, f in zip(term, found, strict=True) if f and w not in STOPWORDS]
        if (
            not in_name
            and len(content) < len(term)
            and not (vocab.holds_run(run) or vocab.holds_run(content))
        ):
            # ("been in peru" is a phrase: not "a U.S.-Peru agreement has been in force"; its
            # words in order without the small ones are it: "total_trade_goods_services")
            continue
        named = all(near_vocab.find(w) for w in term)  # "5 million jabs": it names what it counts
        units = matcher.index.units
        # ("the environmental program received $60 million": a money figure's head noun names
        # what the money is for, though it is a unit of some count)
        head_of_money = i == 0 and p.kind == USD
        if (
            not named
            and not head_of_money
            and (tuple(term) in units or {(w,) for w in found} <= units)
        ):
            continue  # "USAID programs ... for six decades": a unit away from its number is no tie
        used |= {w for w in found if w}
        weight = (
            idf.get(term, 1.0) * (W.head_term if i == 0 else 1.0) * (W.in_name if in_name else 1.0)
        )
        score += weight * (W.named_by_number if named else 1)
        # A word several measures share ties a claim to none of them firmly; a word only one
        # measure uses ("vaccine", "spill") is as telling as the head noun.
        spread = matcher.index.spread.get(term, 1)
        telling_word = i == 0 or named or spread == 1
        # A word of the name of the figure's own party is a tie ("Ambassadors Fund for Cultural
        # Preservation | $2.5 million"), though never as much as the figure's own words.
        own_name = in_name and all(matcher.named_by.get(w, set()) & p.parties for w in term)
        evidence += (
            (1 if own_name else 0)
            if in_name
            else 1
            if spread >= W.shared_by
            else 2
            if telling_word
            else 1
        )
        matched.append(" ".join(term))
    owners = mentioned & p.parties
    if (
        not matched
        and owners
        and all(matcher.named_by.get(w, set()) & owners for w in p.measure[0])
    ):
        # "AFCP money for Peru: $4.9m", "Growth under the PTPA | 140%": a party whose names
        # hold the figure's head noun (the Ambassadors Fund, the Trade Promotion Agreement)
        # names what it measures by any of its names.
        evidence += 1
        matched.append(" ".join(p.measure[0]))
    measured = bool(matched)
    if measured and p.id in matcher.changes and any(vocab.find(w) for w in GROWTH_WORDS):
        # "trade has grown by roughly 40 percent": a percent said to be a growth of what the
        # change measures is that change, not a share of it.
        evidence += 1
        matched.append("growth")
    telling = mentioned & matcher.telling
    for e in sorted(mentioned & p.parties):
        # A party of few figures (DEVIDA) is evidence; one of most (the United States) is not.
        score += W.telling_party if e in telling else W.common_party
        evidence += 1 if e in telling else 0
        matched.append(e)
    if not measured and not (p.kind in (DATE, YEARS) and telling & p.parties):
        return None  # who without what places only a date ("Blinken was in Lima on ...")
    if not measured:
        score *= W.unmeasured  # who, without what: a weaker tie than the figure's own words
    if telling:
        # The clause says who it is about: a figure whose own telling party it does not name
        # (nor that party's parent: "Peru" for the Peruvian government) fits it less.
        own = p.parties & matcher.telling
        unnamed = [e for e in own if e not in mentioned and matcher.parent.get(e) not in mentioned]
        # ("INL has partnered with Peru": when one of them is named, the others it lacks cost
        # one step, however many: the police and the eradication agency INL supports.)
        score -= W.party_unnamed * (min(len(unnamed), 1) if len(unnamed) < len(own) else len(own))
    if years & p.years and p.kind != DATE:  # a date's own year is the claim, not evidence
        score += W.year
        evidence += 1
        matched.append(", ".join(str(y) for y in sorted(years & p.years)))
    # The sentence's other words break ties between figures that measure the same thing.
    score += W.sentence_word * len(vocab.words & p.content)
    around_vocab = Vocabulary(set(around))
    beside = any(around_vocab.find(w) for term in p.measure for w in term if w not in STOPWORDS)
    actor = any(e in p.parties or matcher.parent.get(e) in p.parties for e in mentioned)
    dated = bool(years & p.years)
    return Fit(p, score, evidence, tuple(matched), matcher, beside, actor=actor, dated=dated)


def _uncompared(stretch: str, number: str) -> str:
    """A stretch without the places its number is compared with ("1.3 million, second only to
    Colombia"), but for one whose number it is ("second only to Colombia's roughly 2.5 million",
    "... to Colombia, with 2.5 million")."""

    def blank(m: re.Match[str]) -> str:
        after = stretch[m.end() : m.end() + 40]
        at = after.find(number)
        return m.group(0) if at >= 0 and _OWNED_NUMBER.fullmatch(after[:at]) else " "

    return _COMPARED.sub(blank, stretch)


# What may stand between a place and its own number: "'s roughly", " with some", " (" (not
# ", with": "the second-largest partner after China, with $22 billion in trade" is the
# subject's).
_OWNED_NUMBER = lazy(
    r"(?:[’']s)?\s*(?:with\s+|at\s+|hosting\s+|\()?(?:(?:some|about|around|roughly|nearly"
    r"|almost|over|more\s+than|close\s+to|an\s+estimated)\s+)?",
    re.IGNORECASE,
)
_COMPARED = lazy(
    r"\b(?:second\s+only\s+to|behind|than|compared\s+(?:with|to)|the\s+most\s+in|unlike"
    # "Peru's second-largest trading partner after China": the one ranked above it.
    r"|(?<=largest|biggest|-ranked)\s+[\w-]+(?:\s+[\w-]+)?\s+after"
    r"|(?:largest|biggest)\s+after)\s+"
    # "more than any other country in the Western Hemisphere": the class it is ranked in.
    r"(?:any\s+other\s+[\w-]+\s+(?:in|of)\s+)?"
    r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?"
    # "second only to Colombia, which hosts 2.5 million": the place is the next clause's subject.
    # ("... after Colombia (~2.5m)": the number in brackets is the place's own)
    r"(?![\w.’'-]|\s*,?\s+(?:which|who|whose|that)\b|\s*\()"
)
# "from Piura to Puno", "from Cusco to Amazonas": how far it reaches, no place it is about.
_SPREAD = lazy(
    r"\b(?:from|between)\s+(?:[A-Z][\w.’'-]*\s+){1,2}(?:to|and)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?"
)
_SUPERLATIVE = lazy(
    r"\b(?:the\s+)?(?:most|largest|biggest|highest|greatest|top|leading)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:in|of)\s+(?:the\s+)?(?:western\s+hemisphere|hemisphere|region|americas|latin\s+america"
    r"|south\s+america|world)\b"
    # "more than any other country in the hemisphere", "than anyone in the hemisphere": the
    # class it is ranked in.
    r"|\bthan\s+(?:any\s+other\s+[\w-]+|anyone|anybody|any\s+country)(?:\s+else)?\s+(?:in|of)\s+"
    r"(?:the\s+)?(?:western\s+hemisphere"
    r"|hemisphere|region|americas|latin\s+america|south\s+america|world)\b",
    re.IGNORECASE,
)
_RELATIVE = lazy(
    r"(?P<antecedent>(?:\b[\w’'.-]{1,40}\s+){1,3}?(?:[\w’'.-]{1,40}))\s*,?\s+"
    # "..., which was $22 billion" restates its antecedent; "which is home to" has a subject.
    r"(?:that|which|who|where)\s+(?!(?:is|are|was|were)\b(?!\s+(?:now\s+)?(?:home|host)\s+to\b))"
)
_PASSIVE_AS = lazy(r"\s+(?:as|at)\b")
_REPORTED = lazy(
    r"\b(?:told|tells|telling)\s+(?:reporters|journalists|lawmakers|congress|the\s+\w+|\w+)\b"
    r"|\b(?:said|says|saying|noted|notes|noting|stated|stating|stressed|argued|explained|pointed\s+out|insisted|insists"
    r"|insisting|asserted|asserts|contended|contends|alleged|alleges|maintained|maintains"
    # ("Blinken also cited a $321 million USAID agreement": who cites it is no party of it)
    # (not a passive's participle: "the agreement cited in the sheet was signed in ...")
    r"|cited(?!\s+(?:in|by)\b)|cites|citing|mentioned(?!\s+(?:in|by)\b)|mentions|touted|touts"
    r"|highlighted|highlights|recalled|pointed\s+to|points\s+to|referred\s+to|refers\s+to|singled\s+out"
    r"|underscored|underscores|underlined|underlines|emphasi[sz]ed|emphasi[sz]es|hailed|hails"
    # ("Your writer also suggested the U.S. sent Peru no more than a million doses")
    r"|suggested|suggests|implied|implies"
    # ("A story misdated it as January 16": what a text under correction got wrong)
    r"|mis(?:dated|stated|states|reported|quoted|labell?ed|identified|described|characteri[sz]ed"
    r"|printed|attributed|gave|named|counted|calculated|read)"
    # ("Skeptics in Congress insist that ...": the plural's verbs)
    r"|insist|argue|contend|allege|assert"
    # ("Opposition lawmakers grumble that ...", "I have heard it said in this city that ...")
    r"|grumbled?|grumbles|complain(?:s|ed)?|heard\s+it\s+said|swears(?!\s+in\b)|swore(?!\s+in\b)"
    r"|wrote\s+in\s+to\s+say|writes\s+in\s+to\s+say)\b"
    r"(?:\s+that)?"
    # ("has added a $7.5 million component": an amount added, not words reported)
    r"|\badded\b(?!\s+(?:a|an|another|some|nearly|about|over|more|US\$|\$|\d))(?:\s+that)?"
    r"|\b(?:records|data|figures|numbers|statistics|estimates|reports)\s+(?:show|shows|showed|indicate"
    r"|suggest|place|places|placed|put|puts)\b"
    # "Some press accounts put ...", "as some social-media posts claim", "we reported".
    r"|\b(?:press|media|news|some|other|earlier)\s+(?:[\w-]+\s+)?(?:accounts?|reports?|posts?"
    r"|stories|outlets|estimates)\b|(?<!asylum\s)(?<!refugee\s)(?<!insurance\s)\b(?:claim|claims"
    r"|claimed|reported|described|describing|describes)\b"
    # "A photo caption on Thursday dated the spill to January 16": a text under correction.
    r"|\b(?:(?:photo\s+)?captions?|graphics?|headlines?|infographics?|charts?)\b"
    # "I had INL's support going back 50 years" (in a correction): what the writer wrote.
    r"|\b(?-i:I)\s+(?:had|put|gave|listed|wrote)\b"
    # "you wrote that", "I had written": what a text under correction said.
    r"|\b(?:wrote|written)\s+that\b"
    # "The draft minutes read $6 million", "the earlier version had 1.8 million".
    r"|\b(?:draft|minutes|version|story|article|copy|text)\s+(?:\w+\s+)?(?:read|reads|had)\b"
    # "You may have heard that ...", "I've seen it said ...", "I read that ...": hearsay.
    r"|\b(?:heard|read)\s+that\b|\b(?-i:I|We|You)\s+(?:have\s+|had\s+)?(?:heard|read)\b"
    # ("Some people in Lima say ..."; "Officials here say")
    rf"|\b(?:{_CLAIMANTS}|reports|sources|experts|analysts)\s+{_SAY}\b"
    # "By the State Department's own account, USAID's ...", "According to the embassy, ...".
    r"|\bby\s+(?:the\s+)?[\w.’' -]{1,40}?(?:’s|'s)\s+(?:own\s+)?(?:account|count|figures?)\s*,"
    r"|\baccording\s+to\s+[^,;:.]{1,60},"
    # "The State Department puts Peru's Venezuelan population at 1.3 million".
    r"|\b(?:puts?|places?|placed|estimates?|estimated)\b(?=[^.;:!?]{1,80}?\s+at\b)"
    # "It gave the value of the agreement as $231 million": a text's figure, named as such
    # ("gave Peru as much as ..." names none).
    r"|\b(?:gave|gives|listed|lists|stated|states|showed|shows|printed)\b"
    r"(?=[^.;:!?]{1,80}?(?<!\bmuch)(?<!\bmany)(?<!\blittle)(?<!\bfew)(?<!\bwell)(?<!\bsuch)"
    r"(?<!\bfar)(?<!\blong)(?<!\bsoon)(?<!\bhigh)\s+as\s*$)",
    re.IGNORECASE,
)


_REFERENCE_EVENT = lazy(
    r"\b(?:after|before|following|ahead\s+of|prior\s+to|since)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:[\w’'.-]+\s+){0,2}[\w’'-]+",
    re.IGNORECASE,
)


# ("his arrival in Lima on Thursday, October 6": a weekday with its comma too.)
_ITS_PLACE = lazy(r"(?:\s+(?:off|in|on|near|of|at|along|the|a|an|[A-Z][\w’'.-]*,?)){0,6}\s+")


def _without_reference_events(text: str, date: str) -> str:
    """A text with the events that a date is counted from blanked out (offsets kept); not the
    event the date itself belongs to ("after the spill of January 18", "before his arrival on
    6 October")."""

    def blank(m: re.Match[str]) -> str:
        at = text.find(date, m.start(), m.end() + 60)
        # The date in the phrase, or right after it past only places and prepositions ("after
        # a major oil spill off Peru on Jan. 16").
        own = at >= 0 and (at < m.end() or bool(_ITS_PLACE.fullmatch(text[m.end() : at])))
        return m.group(0) if own else " " * len(m.group(0))

    return _REFERENCE_EVENT.sub(blank, text)


def _neighbours(r: Reading, readings: list[Reading], cut: int) -> list[Reading]:
    """The numbers right before and right after a reading (from ``cut`` on) that end or start
    its stretch: the nearest of another kind than a year, either side."""
    others = [o for o in readings if o.start >= cut and o.unit != "year" and o is not r
              and o.number_start != r.number_start]  # fmt: skip
    before = [o for o in others if o.end <= r.start]
    after = [o for o in others if o.start >= r.end]
    return [
        *([max(before, key=lambda o: o.end)] if before else []),
        *([min(after, key=lambda o: o.start)] if after else []),
    ]


# A heading's source in brackets: "(State Department)", "(Source: UNHCR)", "(per the sheet)".
# The sheet's publisher, as a heading or a column names it ("State Dept.", "the U.S. Department
# of State's").
_PUBLISHER = (
    r"(?:the\s+)?(?:U\.?S\.?\s+)?(?:State\s+Dep(?:artmen)?t\.?|Department\s+of\s+State)(?:[’']s)?"
)
_HEADING_SOURCE = lazy(
    r"\((?:(?:sources?|data|figures)\s*:|per|via|from|according\s+to)[^()]{1,80}\)"
    rf"|\({_PUBLISHER}(?:\s+fact\s+sheet)?\)",
    re.IGNORECASE,
)
# ("| Item | State Dept. sheet | Other figure |": a column of the sheet's own values)
_SHEET_COLUMN = lazy(
    rf"\b{_PUBLISHER}\s+(?:(?:fact\s+)?sheet|figures?|numbers?|values?)\b", re.IGNORECASE
)


def _dash_host(segment: Segment) -> str:
    """The words a clause set off by dashes describes: those right before its first dash
    ("USAID's climate programming — some $45 million over three years — has helped"), or ""."""
    at = segment.sentence.find(segment.text)
    if at < 0 or segment.sentence.count(segment.text) != 1:
        return ""
    before = _DASH_BEFORE.search(segment.sentence, 0, at)
    if before is None or not _DASH_AFTER.match(segment.sentence, at + len(segment.text)):
        return ""
    # (from the last clause mark before it: "On the environment, USAID's programming — ...")
    return re.split(r"[,;:()]", before.group("host"))[-1]


_DASH_BEFORE = lazy(r"(?P<host>[^—–]{1,120}?)\s*(?:[—–]|--)\s*$")
_DASH_AFTER = lazy(r"\s*(?:[—–]|--)")


_PARALLEL = lazy(r"\s+(into|for|to|on)\b")
_AND_AGAIN = lazy(r"\s(?:and|as\s+well\s+as)\s+(?P<prep>of|for|to|into|on|in|with|from)\s")


def _listed(r: Reading, readings: list[Reading], *, after: bool) -> bool:
    """True when the nearest number before a reading (``after``: after it), not a year, is of
    its unit: an item beside it in a list of its kind."""
    side = [
        o
        for o in readings
        if o.unit != "year" and (o.start >= r.end if after else o.end <= r.start)
    ]
    if not side:
        return False
    nearest = min(side, key=lambda o: o.start) if after else max(side, key=lambda o: o.end)
    return nearest.unit == r.unit


def _shifted(r: Reading, by: int) -> Reading:
    """A reading's offsets in a text cut ``by`` characters from its start."""
    return replace(r, start=r.start - by, end=r.end - by, number_start=r.number_start - by,
                   number_end=r.number_end - by)  # fmt: skip


def _numbers_elsewhere(segment: Segment, readings: list[Reading]) -> bool:
    """True when the clause says what it is about in words of its own ("env program", not "it")
    and its sentence has numbers outside it, whose words are theirs."""
    at = segment.sentence.find(segment.text)
    rest = segment.sentence[:at] + " " + segment.sentence[at + len(segment.text) :]
    bare = segment.text
    for o in readings:  # the clause's own words, less its numbers
        bare = bare[: o.start] + " " * (o.end - o.start) + bare[o.end :]
    own = [w for w in words(bare) if w not in STOPWORDS | _PRONOUNS | _VERB_WORDS]
    return at >= 0 and bool(own) and bool(_ANY_NUMBER.search(rest) or _SPAN_IN_WORDS.search(rest))


# ("for a quarter-century, and that ...": a number in words with no number word in it)
_SPAN_IN_WORDS = lazy(
    r"\bquarter[\s-]century|\b(?:a|half\s+a)\s+(?:century|decade)\b|\bdozen\b", re.IGNORECASE
)


_STANDS_FOR = lazy(r"\b(?:it|its|they|them|their)\b", re.IGNORECASE)


def _which_stands_for(text: str, r: Reading) -> str:
    """The item a number before stands in, when a "which" right after it opens the number's
    clause ("... against 2009 goods trade of just under $10 billion, which gives growth of
    about 85 percent"): what the "which" stands for, whose qualifiers are the number's."""
    m = _WHICH_AFTER_A_NUMBER.search(text, max(0, r.start - _CLAUSE_WINDOW), r.start)
    if m is None:
        return ""
    start = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start()), 0)
    return text[start : m.start() + 1]


# A number, then ", which" and words with no number or comma up to the next number.
_WHICH_AFTER_A_NUMBER = lazy(
    r"\d[\w%.]*(?:\s+(?:thousand|million|billion|trillion|percent))?\s*,\s*which\b[^,;:\d]*$",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("it its they them their this that these those which he she".split())


def _naming_years(text: str, r: Reading, p: Profile, matcher: Matcher) -> set[int]:
    """The years that stand before a noun for what another figure measures and so name that
    thing ("Under the 1997 cultural property memorandum, over 2,000 objects have gone home":
    the memorandum's year does not date the objects; but "the 2021 donation of two million
    doses" dates the number its noun phrase holds)."""
    own = {w for term in p.measure for w in term}
    named = set()
    for m in _NAMED_BY_YEAR.finditer(text):
        head = words(m["head"])
        after = text[m.end() :]
        at = after.find(r.text)
        held = at >= 0 and _HOLDS_THE_NUMBER.fullmatch(after[:at]) is not None
        # (a one-word measure term of some figure, not a word of this one's: another figure's,
        # looked up in the store's index, not by walking every figure for each figure tried)
        theirs = bool(head) and head[0] not in own and (head[0],) in matcher.index.spread
        if theirs and not held:
            named.add(int(m["year"]))
    return named


# "the 1997 memorandum, ...", "its 2020 agreement with": a year, then up to three words of a
# noun phrase whose last word, before a comma or a preposition, is its head.
_NAMED_BY_YEAR = lazy(
    r"\b(?:the|its|their|this|that|an?)\s+(?P<year>(?:19|20)\d\d)\s+(?:[A-Za-z-]+\s+){0,3}?"
    r"(?P<head>[A-Za-z-]+)(?=\s*[,;:.)]|\s+(?:of|with|between|on|in|for|to|that|which|and)\b)",
    re.IGNORECASE,
)
# What joins a noun to a number its noun phrase holds ("donation of", "a grant worth").
_HOLDS_THE_NUMBER = lazy(
    r"\s+(?:of|for|worth|totall?ing|amounting\s+to|valued\s+at)\s+(?:[\w$-]+\s+){0,2}", re.I
)


def _kind_of(r: Reading) -> str:
    """The kind of figure a reading can be about: a change ("doubled") is a percent."""
    return PERCENT if r.unit == CHANGE else r.unit


def _dated_plainly(stretch: str, years: set[int]) -> bool:
    """True when a number's own stretch dates it plainly ("In 2009 trade was $22 billion"),
    not by a baseline or an event ("after 2009", "since 2009", "took effect in 2009")."""
    return any(
        re.search(rf"(?<!effect\s)(?<!force\s)\b(?:in|during)\s+{y}\b", stretch, re.IGNORECASE)
        for y in years
    )


def _starts(year: int, r: Reading, p: Profile) -> bool:
    """True when a year is where a duration of a figure's years would start (1997 for 25
    years in 2022)."""
    return any(abs(year + float(r.value) - y) <= 1 for y in p.years | {p.reference})


def _excluded(p: Profile, mentioned: frozenset[str], years: set[int], part: str) -> Why | None:
    """Why a clause that uses a figure's words is still not about it, or None when it is."""
    fid = p.id
    strangers = mentioned - p.allowed
    if strangers:
        return Why("another-party", f"it names {names_of(strangers)}, which {fid} is not about")
    # A figure the sheet dates is of its years; one it gives no year is not excluded by a
    # year (the sheet does not say it is not of that year: see "year-not-in-sheet").
    if years and p.years and not years & p.years and p.kind != DATE:
        return Why("another-year", f"{fid} is of {years_of(p)}, not {years_of(years)}")
    if len(years) > 1 and len(p.years) > 1 and p.kind == PERCENT and min(years) not in p.years:
        # "grew 40 percent between 2016 and 2021" is a change over another period (a later
        # year may only date the text: "(State Department 2022)").
        return Why("another-year", f"{fid} is a change over {years_of(p)}, not {years_of(years)}")
    # "grew 91% between 2009 and 2016": a change from the figure's start to another end.
    other_end = len(years) == len(p.years) == 2 and min(years) == min(p.years) and years != p.years
    if p.kind == PERCENT and other_end:
        return Why("another-year", f"{fid} is a change over {years_of(p)}, not {years_of(years)}")
    if len(years) == 1 and len(p.years) > 1 and p.kind == PERCENT:
        # "rose 30% in 2021" is one year's change, not the change from 2009 to 2021.
        return Why(
            "one-year-change",
            f"{fid} is a change over {years_of(p)}, not within {years_of(years)}",
        )
    one_year = _PERIOD_SHARE.fullmatch(part) or _ONE_YEARS.fullmatch(part)
    if part and not (len(p.years) == 1 and one_year):
        # (one year's share of a figure of that one year is the figure: "launched three
        # programs this year alone", "Total trade, first year of the PTPA (2009) | $12 billion")
        return Why(
            "part-of-total", f"it speaks of a part ({part!r}) of what {fid} gives as a total"
        )
    return None


_MORE_AFTER = lazy(r"\s+more\b(?!\s+than\b)", re.IGNORECASE)
# "$240 million ..., which comes on top of what we have already done": added to what was given.
_ON_TOP_AFTER = lazy(
    r"\b(?:which|that)\s+(?:comes?|came|is|was|are|were)\s+(?:on\s+top\s+of|in\s+addition\s+to)\b",
    re.IGNORECASE,
)
_ON_TOP_REACH = 120  # characters after an amount in which "which comes on top of" is its own
# "another three million doses", "a further $50 million": added to an amount given before.
_ANOTHER_BEFORE = lazy(
    r"\b(?:another|an\s+additional|an\s+extra|a\s+further)\s+(?:[a-z]+\s+)?$"
    # "programs ... will add $12 million for protected areas": an amount added
    r"|\b(?:will\s+|to\s+)add\s+$"
    # "A separate count of roughly 530,000": another count, of its own source (not "a separate
    # $321 million agreement": separate from what the text said before).
    r"|\ba\s+separate\s+(?:count|estimate|tally|survey|census|registry|figure)\s+of\s+"
    r"(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)


def _is_share(text: str, r: Reading) -> bool:
    """True when a percent is a share of something ("15 percent of Peru's trade", "accounts
    for 15 percent"), not a change ("a rise of 140 percent")."""
    return bool(
        _SHARE_AFTER.match(text, r.end) or _SHARE_BEFORE.search(text, max(0, r.start - 40), r.start)
    )


_SHARE_AFTER = lazy(
    r"\s*(?:percent|per\s?cent|%)?\s+of\s+(?!(?:growth|increase|gains?|rises?|expansion)\b)",
    re.IGNORECASE,
)
_SHARE_BEFORE = lazy(
    r"\b(?:accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|represent(?:s|ed)?"
    r"|constitut(?:es|ed)|compris(?:es|ed)|share\s+(?:of|at|to)|a\s+share\s+of)\s+"
    r"(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _unnamed_by_its_subject(
    fits: list[Fit], foreign: list[str], qualifying: str
) -> tuple[list[Fit], Why | None]:
    """The fits left when a claim's subject names another quantity (``foreign``) than some
    figure: a figure whose measure the claim's own words never name, and whose line never says
    that quantity, is tied only by the rest of its clause."""
    vocab = fits[0].matcher.read(qualifying)[1]
    kept, why = [], None
    for f in fits:
        # (only a word the figure's line never says: "hemisphere" is the Fund's own line's)
        unsaid = [w for w in foreign if not set(w.split()) & _known_words(f.matcher, f.profile.id)]
        if unsaid and not _names_a_measure(f.profile, vocab):
            why = why or Why("another-quantity", f"it speaks of {unsaid[0]!r}, which "
                                                 f"{f.profile.id} is not")  # fmt: skip
        else:
            kept.append(f)
    return kept, why


def _foreign_quantities(matcher: Matcher, kind: str, spoken: list[str]) -> list[str]:
    """The words of a claim's own words that make it another quantity than some figure of its
    kind ("farm exports" for total trade)."""
    said = (_another_quantity(q, spoken) for q in matcher.profiles if q.kind == kind)
    return [w for w in dict.fromkeys(said) if w]


def _another_quantity(p: Profile, spoken: list[str]) -> str:
    """The word of a claim's words that makes it another quantity than the figure's, or ""."""
    phrase = frozenset(spoken)
    # ("regularizing" is a form of "regularized")
    stems = {verb_stem(w) for w in phrase} - {""}
    joined = f" {' '.join(spoken)} "
    for term in p.others:
        # "goods" is another quantity; "goods and services", a measure word of total trade, not
        # (but "strip out services and the goods figure" is goods: the measure's words in order)
        # ("total_trade_goods_services": the measure's words, its "and" left out, in order)
        whole = any(
            set(term) < set(m)
            and (
                f" {' '.join(m)} " in joined
                or f" {' '.join(w for w in m if w not in STOPWORDS)} " in joined
            )
            for m in p.measure
        )
        if all(w in phrase or verb_stem(w) in stems for w in term) and not whole:
            return " ".join(term)
    return ""


_COMPOSITION = lazy(
    r"\b(?:covering|including|such\s+as|spanning)\s+[^.;:\d$]{1,80}"
    r"|\bfrom\s+[a-z][^.;:\d$]{1,60}?\s+to\s+[a-z][^.;:\d$,]{1,40}"
    # "... for the response here - food, health care, job training": a list after a dash.
    r"|\s[—–-]\s+[a-z][\w ]{1,30},\s*[a-z][^.;:\d$]{1,80}",
)


def _a_whole_batch(part: str, p: Profile, r: Reading, matcher: Matcher) -> bool:
    """True when the words that make a number a part ("the shipment", "the latest", "the
    response alone") come with the figure's whole value to the digit: the part is the whole.
    Not a rate ("$60 million a year"), nor a place's share ("in Lima alone"), nor some of the
    parts the sheet lists ("humanitarian and health assistance"), which say less than the whole."""
    value = matcher.figure(p.id).value
    if isinstance(value, str) or r.unit == DATE or float(r.value) != float(value):
        return False
    each = _RATE.search(part) or _EACH.search(part)
    return not each and not matcher.read(part)[0]


def _names_a_part(p: Profile, vocab: Vocabulary) -> str:
    """The components a text names when it names some but not all of a total's parts."""
    # A part is named by any of its words: "technical help" names "technical assistance".
    named = [" ".join(t) for t in p.parts if any(vocab.find(w) for w in t)]
    # (most of them is the whole, told short: "humanitarian, economic and health assistance
    # for the response" is the sheet's total of four; all such in the corpus are labelled so)
    return ", ".join(named) if named and len(named) * 2 <= len(p.parts) else ""


def _role_fits(p: Profile, r: Reading) -> bool:
    """An end year ("through 2026") meets only an end; other dates never meet an end."""
    is_end = r.note.endswith("as an end year")
    return (p.role == "end") == is_end


_SOURCE_AFTER = lazy(
    r"[,;(—–]\s*(?:per|according\s+to|citing)\s+(?:an?|the|its|their)?\s*[^,;:()—–.]{0,60}",
    re.IGNORECASE,
)
_CLAUSE_END = lazy(r"[,;:()—–]|\s(?:and|but|while|whereas|as|when|although|though|because)\s")


_IN_PERU = lazy(r"[\w\s-]{0,30}?\b(?:in|for)\s+Peru\b")
_LIST_GOES_ON = lazy(r"[^.;:!?]{0,120}?,\s+(?:and|or)\s")
_NEW_ITEM = lazy(
    r"\s*(?:and\s+|as\s+well\s+as\s+)?(?:its|their|his|her|our|the|a|an|some|[A-Z][\w.-]*[’']s)\s",
)


def _date_phrase(clause: str, r: Reading) -> str:
    """The words a date is said with when they are narrower than its clause: the noun phrase
    it stands in and what follows it ("the officer summarized the fact sheet for Secretary
    Blinken's October 6 visit"), or the "when" clause it ends ("...
    migrants when Blinken arrived for the OAS General Assembly on October 6"); else ""."""
    before = clause[max(0, r.start - _DATE_PHRASE_REACH) : r.start]
    owner = _POSSESSOR.search(before)
    if owner and _NOUN_AFTER.match(clause, r.end):
        # (with what the clause says of that noun phrase after it: "Blinken's October 2022
        # trip began in Bogota")
        return f"{owner.group(0)}{clause[r.start :]}"
    when = list(_WHEN_OPENS.finditer(before))
    if when and not re.search(r"[,;:]", before[when[-1].start() :]):
        return before[when[-1].start() :] + r.text
    return ""


# "came in from Santiago", "arrived in Lima from Bogota": a journey, and the place it starts from.
_CAME_FROM = lazy(
    r"\b(?:c[oa]me?s?|coming|arriv\w*|fl[eiy]\w*|travel+(?:ed|ing|s)?|head(?:ed|ing)?|fresh)"
    r"(?P<way>(?:\s+[\w.]+){0,3}?)\s+from\s+[A-Z][\w-]*\b(?:\s+[A-Z][\w-]*\b)?"
    # (not when what follows is said of that place or that leg: "from Santiago, where he met
    # Boric on October 5", "flew in from Santiago on October 5")
    r"(?!\s*,?\s*(?:where|when|on|in)\b)"
)


def _origin_left_out(m: re.Match[str]) -> str:
    """A journey with the place it starts from left out (its way there kept: "arrived in Lima")."""
    return f"{m.group(0)[: m.end('way') - m.start()]} "


_DATE_PHRASE_REACH = 120  # characters before a date where the words it is said with start
_POSSESSOR = lazy(r"(?:\b(?:the|The)\s+)?(?:\b[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s\s+$")
_NOUN_AFTER = lazy(r"\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?")
_WHEN_OPENS = lazy(r"\b(?:when|while|once)\s", re.IGNORECASE)


def _stretch(clause: str, r: Reading, readings: list[Reading]) -> str:
    """The part of a clause that belongs to one number: from the number before to the next."""
    others = [o for o in readings if o.unit != "year" and o.number_start != r.number_start]
    begin = max((o.end for o in others if o.end <= r.start), default=0)
    stop = min((o.start for o in others if o.start >= r.end), default=len(clause))
    return clause[begin:stop]


_CLAUSE_MARK = lazy(
    "".join(rf"(?<!{d}day)" for d in ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"))
    # (not a thousands comma: "spilled nearly 12,000 barrels of crude on January 16")
    + r",(?!\d{3}\b)|[;:()—–]"
)


def _when_words(clause: str, r: Reading) -> list[str]:
    """The words of a "when" clause right after a date, which tells what happened on it ("on
    January 18th, when waves hit a tanker unloading at the refinery")."""
    m = _WHEN_CLAUSE.match(clause, r.end)
    own = _CLAUSE_MARK.split(clause[max(0, r.start - 200) : r.start])[-1]
    if m is None or not {w for w in words(own) if w not in STOPWORDS} <= _EVENT_VERBS | _POINTING:
        return []
    return [w for w in words(m.group(1)) if w not in STOPWORDS]


def _purpose_words(clause: str, r: Reading) -> list[str]:
    """The words of what a date is for, right after it ("in Lima on October 7 to lead the U.S.
    delegation at the OAS General Assembly")."""
    m = _PURPOSE.match(clause, r.end)
    return [w for w in words(m.group(1)) if w not in STOPWORDS][:6] if m else []


_PURPOSE = lazy(r"\s*,?\s*(?:to|for)\s+([^.;:!?\d]{1,80})", re.IGNORECASE)
_POINTING = frozenset("it that this which then".split())
_WHEN_CLAUSE = lazy(r"\s*,?\s*when\s+([^.;:!?]{1,200})", re.IGNORECASE)


def _words_before(clause: str, r: Reading) -> list[str]:
    """The words that say what a date dates: right before it, or the clause it opens."""
    # "his arrival in Lima on Friday, October 7": a weekday's comma is no clause's end.
    pieces = _CLAUSE_MARK.split(clause[max(0, r.start - 200) : r.start])
    before = pieces[-1]
    # (an amount between is no word of what is dated: "spilled nearly 12,000 barrels of crude
    # on January 16" keeps "spilled" in reach)
    said = [w for w in words(before) if w not in STOPWORDS and not w[:1].isdigit()]
    if said and said[-1] in _EVENT_VERBS:
        # "the trip took place in November": a verb of happening dates its subject; "the
        # Repsol spill, which happened on February 15": the relative clause's antecedent.
        if len(pieces) > 1 and re.match(r"\s*(?:which|that)\b", before, re.IGNORECASE):
            said = [w for w in words(pieces[-2]) if w not in STOPWORDS][-4:] + said
        return said
    if said:
        return said[-5:]
    appositive = clause[max(0, r.start - 200) : r.start].rstrip().endswith(",")
    if (
        r.unit == DATE
        and appositive
        and len(pieces) > 1
        and _ENDS_ITS_SENTENCE.match(clause, r.end)
    ):
        # "Then the spill. Repsol's La Pampilla refinery, January sixteenth.": a date set after
        # a noun phrase by a comma, ending its sentence, is that phrase's.
        return [w for w in words(pieces[-2]) if w not in STOPWORDS][-5:]
    # "In September 2020, USAID signed...": a date that opens its clause dates what follows;
    # "On October 7, Secretary of State Antony Blinken traveled to Lima": its whole verb phrase
    # (not "Correction, December 14: An earlier version ...", no date of what follows).
    reach = 8 if re.search(r"\b(?:on|in|during|at|by)\s+$", before, re.IGNORECASE) else 4
    # A colon right after it opens what it dates ("Jan. 25, 2022: Repsol spill"); a later one
    # ends it.
    rest = re.split(r"[:;]", re.sub(r"^\s*:", " ", clause[r.end :]), maxsplit=1)[0]
    return [w for w in words(rest) if w not in STOPWORDS][:reach]


_ENDS_ITS_SENTENCE = lazy(r"(?:,?\s+(?:19|20)\d\d)?\s*[.!?]?[\"”’)]*\s*$")
# Nouns that end as adverbs do ("1,200 member families": "family" is no "-ly" adverb).
_LY_NOUNS = frozenset("family assembly supply ally rally july italy monopoly anomaly".split())


def _elided_unit(segment: Segment, r: Reading, matcher: Matcher) -> list[str]:
    """The unit a bare count leaves out ("It was 1 million", "The donation was two million")
    when its clause says nothing but that it was so much, and a count before it, in its
    sentence or the one before, names its unit ("2 million doses"); else []."""
    # (the number ends its clause: not "It was 30 million in all", another total)
    ends = re.match(r"\s*(?:[.;:,!?)\"”]|$)", segment.text[r.end :]) is not None
    if not ends or not _ONLY_SO_MUCH.fullmatch(segment.text[: r.start]):
        return []
    at = segment.sentence.find(segment.text)
    before = f"{segment.previous} {segment.sentence[: max(at, 0)]}"
    units = [
        w
        for m in _COUNT_AND_NOUN.finditer(before)
        if (w := words(m["noun"])) and (w[0],) in matcher.index.units
    ]
    return units[-1] if units else []


# A clause that says only that something was so much: "It was", "The donation was about".
_ONLY_SO_MUCH = lazy(
    r"\W*(?:(?:but|and|so|no|yes|actually|in\s+fact)[,.]?\s+)?(?:it|that|this|they|the\s+"
    r"(?:total|figure|number|count|donation|gift|real\s+number|true\s+figure|actual\s+number))"
    r"\s+(?:was|is|were|came\s+to|comes\s+to|totall?ed|amounted\s+to|numbered)\s+"
    r"(?:(?:only|just|about|barely|roughly|around|some|nearly|almost|closer\s+to|more\s+like)\s+)*",
    re.IGNORECASE,
)
_COUNT_AND_NOUN = lazy(
    r"(?:\d[\d,.]*\s*(?:million|billion|thousand|[mk])?|\b(?:million|billion|thousand))\s+"
    r"(?:[A-Za-z-]+\s+)?(?P<noun>[A-Za-z]+)\b",
    re.IGNORECASE,
)


def _near_words(clause: str, r: Reading) -> list[str]:
    """The words right after a number, up to the next number: what it counts."""
    rest = clause[r.end :]
    joined = re.match(r"-([A-Za-z]+)\b", rest)
    if joined:
        return words(joined.group(1))  # "a three-pronged approach" counts prongs
    # "34 — heritage projects paid for by ...": a fact box's dash opens what it counts, and so
    # does its colon when the number opens the line ("36 : Ambassadors Fund projects").
    opens = not clause[: r.start].strip(" \t*•-·▪")
    rest = re.sub(r"^\s*[—–:]\s*|^\s+-\s+" if opens else r"^\s*[—–]\s*|^\s+-\s+", " ", rest)
    # "20 of Peru's regions": what is counted comes after the "of".
    # "16 of Peru's 25 regions": ... past the whole it is a part of.
    rest = re.sub(
        r"^\s+of\s+(?:(?:the\s+)?[\w’']+(?:’s|'s)\s+|the\s+|its\s+|their\s+)?(?:[\d,]+\s+)?",
        " ",
        rest,
    )
    cut = re.search(
        # ("50 — U.S. embassy scholarships": an initial's full stop ends nothing; a quotation's
        # close after a word ends it, '"we gave Peru 3 million vaccines" line', though not one
        # right after the number, '"about one million" COVID vaccines')
        r"(?<![\w-])\d|[,;:()—–]|(?<=[A-Za-z])[\"”]|(?<!\b[A-Z])\.(?![A-Z]\.)"
        r"|\s(?:in|into|of|for|from|to|at|on|by|with|and|or|across|over"
        r"|under|through|since|as|like|than|after|before|following|ahead|prior|until|during"
        r"|alongside|beside|besides|among|amid|between|within|without|throughout|toward|towards"
        r"|via|per|against|despite|including|plus|around|beyond|near"
        r"|when|where|which|that|who|whom|whose|while|because|if|but|so"
        # "two million doses the U.S. donated": a determiner after the noun opens its clause.
        r"|the|a|an|its|their|his|her|our|we|they|this|that|these|those|last|next|not|nor)\s"
        # ("three new Fulbright programs open, for ...": a verb after the noun ends it)
        r"|\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does"
        r"|did|open|opens|opened|begin|begins|began|start|starts|started|launch|launches"
        r"|launched)\b"
        # ("the two million above": a pointer to the text, no noun)
        r"|\s(?:above|below)\b",
        # ("~400 ... Academy for Women Entrepreneurs alumnae": a name's "for" cuts nothing)
        _IN_A_NAME.sub(lambda m: m.group(0).replace(" ", "_"), rest),
        re.IGNORECASE,  # a crawl or a headline in capitals: "2M DOSES TO PERU"
    )
    # "two million vaccine doses Washington donated": a name after the noun opens its clause.
    named = re.search(
        r"(?<=[a-z])\s+(?=[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+(?:[a-z]+ed|sent|gave|gives|sends"
        r"|has|had|is|was)\b)",
        rest,
    )
    if named and (cut is None or named.start() < cut.start()):
        cut = named
    rest = rest[: cut.start()] if cut else rest
    phrase = words(rest)[:_NEAR]
    # ("U.S.-donated doses", "Pfizer-made doses": a participle joined to the word before it,
    # with a noun after it, is an adjective)
    joined_to = {w.lower() for w in _JOINED_PARTICIPLE.findall(rest)}
    # ... and where the next number starts, in words too ("pieces turns thirty this year").
    spelled = [i for i, w in enumerate(phrase) if w in NUMBER_WORDS]
    phrase = phrase[: spelled[0]] if spelled else phrase
    # The noun phrase ends where its verb starts: "artifacts have been returned", "doses
    # donated by", "Venezuelans now live" (a participle first is an adjective: "trafficked").
    for i, w in enumerate(phrase):
        # Before the noun, "-ly -ed" is an adjective ("illegally trafficked artifacts"); after
        # it, the verb has begun ("artifacts illegally trafficked into").
        # (a participle alone after a count, with no noun after it, is the verb: "2,000,000
        # donated (first ..."; a date's is what it dates: "in 2020 signed")
        alone = len(phrase) == 1 and r.unit == COUNT
        adjective = (not i and not alone) or (i == 1 and phrase[0].endswith("ly"))
        verb_like = w.endswith(("ed", "ing")) or (i and w.endswith("ly") and w not in _LY_NOUNS)
        if w in joined_to and i + 1 < len(phrase):
            continue
        if w in _VERB_WORDS or (verb_like and not adjective):
            return phrase[:i]
    return phrase


# "for" or "of" between two words in capitals: inside a name ("Ministry of Culture"), whose
# head before it is singular (not a headline's "Two New Fulbright Scholarships for Afro-...").
_IN_A_NAME = lazy(r"\b[A-Z][a-z]{1,19}[a-rt-z]\s+(?:for|of)\s+(?=[A-Z][a-z])")
_JOINED_PARTICIPLE = lazy(r"[\w.]-([A-Za-z]+)\s+[A-Za-z]")


def _label(clause: str, r: Reading) -> list[str]:
    """The words of a label right before a number ("Regions: 18"), if the number ends its line
    or its own part of it ("Projects: 34, in 16 regions")."""
    m = _LABEL.search(clause, max(0, r.start - 62), r.start)
    # (or a participle after it: "COVID doses: 2,000,000 donated (first ...)")
    if m is None or not re.match(r"(?:\s+[a-z]+ed)?\s*(?:[.;)]\s*)?(?:$|[,(;])", clause[r.end :]):
        # A cell or a line that is a label and then its number ("Ambassadors Fund projects 43").
        m = _CELL_LABEL.search(clause[max(0, r.start - 62) : r.start])
        if m is None or not re.match(r"(?:\s+[a-z]+ed)?\s*(?:$|[\"|\n(])", clause[r.end :]):
            return []
    return words(m.group(1))


def _label_noun(clause: str, r: Reading, matcher: Matcher) -> list[str]:
    """The noun phrase of a number's label, up to its first preposition or time word, without
    a participle after it ("Vaccine doses donated by the U.S." -> vaccine, doses); a name
    ("Academy for Women Entrepreneurs alumnae") is read whole."""
    m = _LABEL.search(clause, max(0, r.start - 62), r.start)
    if m is None:
        return []
    plain, _ = matcher.index.without_names(m.group(1))
    phrase = _LABEL_CUT.split(f" {' '.join(plain)} ", maxsplit=1)[0]
    said: list[str] = []
    for w in phrase.split():
        # ("Looted artifacts sent back ...": the phrase ends at its verb or participle)
        verb = (w in _VERB_WORDS and w not in _NOT_VERBS) or w.endswith(("ed", "ing"))
        if said and verb:
            break
        if w not in STOPWORDS and not w.isdigit():
            said.append(w)
    return said


# A label before a number's colon ("Lines of effort the U.S. supports: 4"; "U.S." is no stop).
# ("New post-graduate Fulbright programs, 2022: 2": a year after a comma dates the label)
# (a year may end it: "Total trade, 2021:", "New Fulbright programs (2022):")
_LABEL = lazy(
    r"((?:[^:;,.()]|(?<=\b[A-Z])\.|\.(?=[A-Z])){1,60}(?:,\s*(?:19|20)\d\d|\s*\((?:19|20)\d\d\))?)"
    # ("Oil spill off Ventanilla (U.S. response team deployed): Jan. 16": an aside in brackets
    # ends the label, and is no word of it)
    r"(?:\s*\((?!(?:19|20)\d\d\))[^()\n:;]{1,60}\))?"
    r":\s*$"
)


_LABEL_CUT = lazy(
    r"\s(?:in|of|for|from|to|at|across|by|per|under|since|during|this|last|so|through|with"
    r"|among|over|as|until|total|cumulative|now|today)\s",
    re.IGNORECASE,
)
_CELL_LABEL = lazy(r"(?:^|[\"|\n])[ \t]*([A-Za-z][^:;,.()\"|\d\n]{1,60}?)[ \t]+$")


def _is_part(text: str, r: Reading) -> str:
    """The words that make a number a part of a total ("each", "a year"), if any."""
    # (its own stretch after it: "20 years old this year, renewed every five years" is no rate)
    after = re.split(r"[,;:]\s", text[r.end : r.end + 30], maxsplit=1)[0]
    m = _PART.search(after) if r.end <= len(text) else None
    if m is None:
        # (before it, only what ends right at it: "one of the", "per"; not "signed a year ago
        # ... running to 2030", whose "a year" is no rate of 2030)
        before = text[max(0, r.start - 30) : r.start]
        m = next((b for i in range(len(before)) if (b := _PART.fullmatch(before, i))), None)
    # "Fulbright grants per year: about 60": a label that names a rate makes its value one.
    label = re.search(r"([^:;,.()\n]{1,60}):\s*$", text[max(0, r.start - 62) : r.start])
    if m is None and label is not None:
        m = _RATE.search(label.group(1)) or _ONE_ITEM_LABEL.search(label.group(1))
    return m.group(0).strip() if m else ""


_RATE = lazy(
    r"\b(?:per|a|each|every)\s+(?:year|month|week|day)\b|\bannual(?:ly)?\b|\byearly\b",
    re.IGNORECASE,
)
# The words of a share of one item, anywhere in a part's words ("$2 million each").
_EACH = lazy(r"\b(?:each|apiece|per|every|average)\b", re.IGNORECASE)


_ONLY_A_PART = lazy(r"(?<=,\s)(?:[\w-]+\s+){0,3}[\w-]+\s+only\b", re.IGNORECASE)
# What a count is for, when that is one group of people, named with what sets it apart (not
# "for Peruvian students": all of them).
_FOR_A_GROUP = lazy(
    r"^\s+(?:[\w-]+\s+){0,2}?for\s+(?!(?:Peruvian|Peru[’']s|local|young|all|the|its|their)\b)"
    r"(?:(?!(?:and|or)\b)[\w-]+\s+){1,2}(?:students|women|girls|youths?|farmers|entrepreneurs"
    r"|journalists|teachers|graduates|leaders|communities|families|scholars)\b",
    re.IGNORECASE,
)
_ONE_OCCASION = lazy(
    r"\b(?:at|in|during)\s+(?:a\s+single|one)\s+(?:later\s+|recent\s+|separate\s+)?"
    r"(?:ceremony|handover|event|day|night|batch|shipment|consignment|delivery)\b"
    # ("A famous case was the return of 412 artifacts seized in Florida": one case of many)
    r"|\b(?:a|one|another|this|that)\s+(?:[a-z]+\s+)?case\s+(?:was|is|saw|involved|in\s+which)\b",
    re.IGNORECASE,
)
# "about $25 million this year alone", "174 artifacts back home this year alone", "Pieces
# repatriated this year: 112", "$26 mn in the first year of the crisis response": one period's
# share of an amount or a count over years (a rate, a span or a date has no share).
_NO_SHARE = frozenset({PERCENT, YEARS, DATE, CHANGE})
_PERIOD_SHARE = lazy(
    r"\b(?:this|last|that|(?:in\s+)?(?:19|20)\d\d)\s+(?:year\s+)?alone\b"
    # (one space: "turned 25 this year", its number blanked, is an age)
    r"|\b[a-z]+ed\s(?:so\sfar\s)?this\syear\b"
    r"|\bin\s+(?:the|its)\s+first\s+(?:year|months?)\s+of\b"
    # ("the current round is set to award $140,000 across three projects": one round's)
    r"|\b(?:the|this|its|a)\s+(?:current|latest|newest|most\s+recent|next|upcoming|(?:19|20)\d\d)"
    r"\s+(?:award\s+|grant\s+|funding\s+)?(?:round|cycle)\b",
    re.IGNORECASE,
)
# ("usaid_environment_program_latest_year": one year's share of a total over several)
# ("| - of which USAID development funding | 40,000 |": a row of a part of the row above)
_OF_WHICH = lazy(r"^\W*of\s+which\b", re.IGNORECASE)
_ONE_YEARS = lazy(
    r"\b(?:one|single|latest|most\s+recent|first)\s+(?:[a-z]+\s+)?year\b|\b(?:annual|yearly)\b",
    re.I,
)
_ADDED_INTO = lazy(
    r"\b(?:adds|added|adding|add)\b[^.;:]{0,60}?(?P<to>\bto)\s+(?:a|an|the|its|their)\b[^.;:$\d]{0,60}$",
    re.IGNORECASE,
)
# The verbs of what a year adds to a running count: graduates, returns, repatriations.
_ADDING = (
    # (not the adjective: "two new graduate Fulbright tracks this year")
    r"(?:graduated|(?:who|that)\s+graduates?|graduating|trained|returned|repatriated|recovered"
    r"|enrolled|gave|awarded|granted|given|handed\s+(?:back|over))"
)
_GRADUATED = lazy(rf"\b{_ADDING}\s+$", re.I)
# (or one day's: "the 35 women entrepreneurs who graduate today")
_THIS_PERIOD = r"(?:this\s+(?:year|cycle|round|term|semester|season|week|month)|today|tonight)\b"
_ADDED_THIS_YEAR = lazy(rf"\b[a-z]+(?:ed|ve|en)\s+\S+\s+(?:[\w-]+\s+){{0,4}}{_THIS_PERIOD}", re.I)
# ("120 pieces returned to Peru this year": the act after the count, then the period)
_ADDED_AFTER = lazy(rf"^\s+(?:[a-z]+\s+){{0,3}}{_ADDING}\b[^.;:\d]{{0,40}}\b{_THIS_PERIOD}", re.I)
_SUBSET = lazy(
    # ("the second-largest host" ranks: no part)
    # ("the fund's first 23 Peruvian projects": a possessive's first few, a number after it)
    r"\b[\w-]+[’']s\s+(?:first|initial)\s+(?=\d)"
    r"|\b(?:the|its|a|their)\s+(?:first|second|third|last|latest|final|initial)\b(?![-\s](?:largest"
    r"|biggest|highest|most|greatest|smallest|lowest)\b)"
    r"(?!\s+(?:[\w-]+\s+){0,2}(?:times?|years?|yrs?|decades?|months?|weeks?|days?)\b|\s+in\s+the"
    # ("A second post ... said the agreement was worth $32 million": a text, no part of it;
    # but "the latest edition" of a course is one cohort)
    rf"|\s+(?:[\w-]+\s+)?(?!edition\b){_A_TEXT}\b"
    # "the last of these" points back at a list; it is no part of a total.
    r"|\s+of\s+(?:these|those|them|which|the\s+three|the\s+four))"
    # "the largest recipient in the hemisphere" ranks; "the largest single grant" is a part.
    r"|\b(?:the|its|a|their|\w+[’']s)\s+(?:largest|biggest|smallest|single)\s+(?:single\s+)?(?:share|portion|part|slice"
    r"|chunk|tranche|batch|grant|award|donation|shipment|delivery|installment|project)\b"
    # ("usaid_agreement_bilateral_share,171": a share of an amount is a part of it, though
    # "Peru's share of the Ambassadors Fund" is all Peru received from it)
    r"|(?<![’']s\s)\bshares?\b"
    r"|\b(?:batch|batches|shipments?|tranches?|install?ments?|portions?|consignments?|cohort"
    r"|graduating\s+class|first\s+wave|deliver(?:y|ies))\b"
    # ("vaccine_doses_first_flight,1002000", "covid_doses_first_us_lot": the first plane's load)
    # ("First U.S. vaccine flight to Lima carried ...": a headline's, with no article)
    r"|\bfirst[\s_]+(?:[\w.-]+[\s_]+){0,3}?(?:flight|plane(?:load)?|airlift|arrival|lot)s?\b"
    r"|(?<!last\s)(?<!first\s)(?<!latter\s)(?<!former\s)\b(?:of|among)\s+(?:those|them|these|whom)\b"
    # ("  of which: regional program | 150.0": a row of a part of the row above)
    r"|\bof\s+which\s*:",
    re.IGNORECASE,
)


_OF_WHAT = lazy(
    r"\s+(?:out\s+)?of\s+(?:the|this|that|last|next|its|their|our|your|[\w.’'-]+(?:’s|'s))\s+"
    r"((?:[^,;:.()—–\d]|(?<=[A-Z])\.|\.(?=\S)){1,60})",
    re.IGNORECASE,
)


_TIME_SPAN = lazy(
    r"\s+of\s+the\s+(?:last|past|previous|next|coming|first)\s+(?:[\w-]+\s+)?"
    r"(?:years?|yrs?|decades?|months?)\b",
    re.IGNORECASE,
)


_OF_THE = lazy(r"\s+of\s+the\s+(?![\w-]+(?:’s|'s)\s)", re.IGNORECASE)


def _partitive(clause: str, r: Reading, matcher: Matcher) -> str:
    """ "$48M of this year's U.S. migration funding": the number is a part of the total its
    "of" names (a word of some figure's measure), not that total."""
    m = _OF_WHAT.match(clause, r.end)
    whole = re.search(r"\b(?:all|both)\s+$", clause[max(0, r.start - 8) : r.start], re.I)
    if r.unit != USD and not (r.unit == COUNT and m and _OF_THE.match(m.group(0)) and not whole):
        # "16 of Peru's regions" counts regions: of a count, "of" names what it counts (but
        # "500,000 of the Venezuelans in Peru have ..." counts some of them).
        return ""
    if m is None or _TIME_SPAN.match(m.group(0)):
        return ""  # "$60 million of the last three years" is of a span of time, not a total
    named = Vocabulary(set(words(m.group(1))))
    # Only the figures the phrase can tie to at all are looked at (a store may hold thousands).
    candidates = (matcher.by_id[i] for i in matcher.relevant(m.group(1)))
    if any(_names_a_measure(p, named) for p in candidates):
        return m.group(0).strip()
    return ""


@functools.lru_cache(maxsize=256)
def _numbers_of(heading: str) -> tuple[Reading, ...]:
    """The numbers of a heading, read once for all the cells or sub-bullets under it."""
    return tuple(read_numbers(heading))


def _under_a_total(heading: str, r: Reading) -> str:
    """ "- Peru hosts 1.3 million Venezuelans / - about 900,000 live in Lima": a sub-bullet's
    smaller number of its parent's unit is a part of the parent's."""
    if not heading or r.unit in (DATE, "year"):
        return ""
    totals = [o for o in _numbers_of(heading) if o.unit == r.unit and o.value > r.value]
    return f"under {totals[0].text!r}" if totals else ""


# "about 900,000 live in Lima", "Lima is home to 900,000": the capital's share of the country's.
_THE_CAPITAL = lazy(r"(?:^|[\s_])lima(?:$|[\s_])", re.IGNORECASE)
_IN_THE_CAPITAL = lazy(
    r"\b(?:live|lives|living|reside|resides|residing|settled|concentrated)\s+in\s+"
    r"(?:metropolitan\s+|greater\s+|the\s+capital,?\s+)?Lima\b"
    r"|\bLima\s+(?:alone\s+|by\s+itself\s+|on\s+its\s+own\s+)?(?:is\s+home\s+to|hosts|houses|shelters)\b"
)


def _of_a_figure(clause: str, r: Reading, readings: list[Reading]) -> str:
    """ "Three of the 34 Ambassadors Fund projects": a number of a whole that the clause counts
    is a part of it (not "16 of Peru's 25 regions": a place's own whole, which the number is
    counted against)."""
    after = [o for o in readings if o.number_start >= r.number_end]
    whole = min(after, key=lambda o: o.number_start, default=None)
    if whole is None or not whole.whole or _possessed(clause, whole):
        return ""
    # ("backed eradication for two decades, one of three lines of effort": a whole past the
    # comma is an aside's)
    if re.search(r"[,;:()—–]", clause[r.number_end : whole.number_start]):
        return ""
    return f"of the {whole.text}"


def _possessed(clause: str, r: Reading) -> bool:
    """True when a possessive stands right before a number ("Peru's 25", "its 25")."""
    return re.search(r"(?:[’']s|\bits|\btheir)\s+$", clause[: r.number_start]) is not None


def _first_match(pattern: re.Pattern[str], text: str) -> str:
    """The first match of a pattern in a text, or ""."""
    m = pattern.search(text)
    return m.group(0) if m else ""


_OF_THE_TOTAL = lazy(
    r"(?:^|[.;:]\s*)of\s+(?:the|that|this|its|their)\s+[\w’' -]{0,40}?(?:total|sum|amount"
    r"|funding|money|package|figure|budget)s?\s*,",
    re.IGNORECASE,
)
_PART_ASKED = lazy(
    r"\b((?:how\s+(?:much|many)|what\s+(?:share|part|portion|fraction|percentage))\s+of)\b"
    r"[^?]{0,160}\?\s*$",
    re.IGNORECASE,
)


_OF_THE_WHOLE = lazy(r"\b(?:in|of|from)\s+(?:the|its|their|our|this|that|a|an)\s+$", re.IGNORECASE)


def _subset(clause: str, r: Reading, readings: list[Reading], previous: str = "") -> str:
    """ "the first (batch) carried 1,002,000 doses": the number of one part of a total."""
    stretch = _stretch(clause, r, readings)
    begin = clause.find(stretch)
    # Searched in the whole clause, so that "the last three years" is read to its end; only
    # before the number ("half of whom" after it speaks of a part of it).
    # "the 1.5 million Pfizer doses the U.S. delivered in its first shipment": a part named
    # after the number, in its own words (not "..., the last of which", nor "half of whom").
    stop = min(begin + len(stretch), r.end + 60)
    # ("the latest chapter in the 45-year collaboration", "the first batch of the 2 million
    # doses": a part named before the number's own determiner is a part of what it counts)
    whole = _OF_THE_WHOLE.search(clause, max(0, r.start - 12), r.start)
    found = [
        m.group(0)
        for m in _SUBSET.finditer(clause)
        if (begin <= m.start() < r.start and not (whole and m.end() <= whole.start()))
        or (r.end <= m.start() < stop and _its_own_part(clause, r, m))
    ]
    # "Of the agreement's total, USAID has so far obligated $110 million": a part of it.
    total = _OF_THE_TOTAL.search(clause, 0, r.start)
    if total:
        found.append(total.group(0).rstrip(" ,"))
    # "How much of the $286m went through UNHCR? About $40m.": the answer to a question that
    # asks for a part is a part.
    asked = _PART_ASKED.search(previous)
    if asked:
        found.append(asked.group(1))
    # "a $185,000 grant from the Ambassadors Fund": one item of what the figure totals.
    one = _ONE_ITEM.match(clause, r.end)
    if one and re.search(r"\b(?:an?|one)\s+$", clause[max(0, r.start - 6) : r.start]):
        found.append(one.group(0).strip())
    # "The Fund's 2022 grant to Peru was $500,000": one item, named as the subject.
    item = _ITEM_WAS.search(clause, max(0, r.start - 60), r.start)
    if item:
        found.append(item.group(1))
    # "employ 42 people, 30 of them women": the number itself is a part of those before it.
    own = _OF_THEM.match(clause, r.end)
    whole = re.search(r"\b(?:all|both|each|every)\s+(?:\S+\s+)?$", clause[: r.start], re.I)
    # ... of a whole that was counted ("Peru now hosts 1.5 million of them" counts the
    # Venezuelans it speaks of, no part of a number given).
    counted = any(
        o.number_end <= r.number_start and o.unit not in (USD, PERCENT, DATE, "year")
        for o in readings
    ) or bool(re.search(r"(?<![$\d.,])\d[\d,]*\s+(?:[a-z-]+\s+)?[a-z]+s\b", previous))
    found += [own.group(0).strip()] if own and not whole and counted else []
    # "roughly 2,500 pieces have come back, including 150 returned on Tuesday": a number a
    # number before it of its own unit includes is a part of it.
    including = _INCLUDING.search(clause, max(0, r.start - 30), r.start)
    if including and any(o.unit == r.unit and o.number_end <= including.start() for o in readings):
        found.append(including.group(1))
    # "65 women graduated this week": what one week or month added is a part of a running total
    # (a date is no total: "met Castillo on Oct. 5, so 'later this month' must go").
    found += [
        m.group(0)
        for m in (_SPELL.finditer(clause) if r.unit != DATE else ())
        # (not "Since September 2021", which runs into the number itself)
        if begin <= m.start() < begin + len(stretch)
        and not m.start() <= r.start <= m.end() + 1
        # (near it: "This week Blinken came to Lima and the embassy shared that AWE has 400
        # alumnae" dates the sharing)
        and (r.start - m.end() <= 60 and m.start() - r.end <= 60)
        # (nor "insisted this week that ...", "One outlet this week wrote that ...", which date
        # the saying)
        and not _said_right_before(clause, m.start())
        and not _SAID_RIGHT_AFTER.match(clause, m.end())
    ]

    # "returned 120 artifacts at a ceremony on Thursday": what one day or one event added,
    # said after it (not "on Thursday thanked the U.S. for ...", which dates the thanks).
    event = _ONE_EVENT.search(clause, r.end, min(len(clause), r.end + 80))
    if event and r.unit not in (YEARS, DATE, PERCENT, CHANGE):
        found.append(event.group(0))
    return found[0] if found else ""


def _its_own_part(clause: str, r: Reading, m: re.Match[str]) -> bool:
    """True when a part's words after a number are the number's own: no mark or conjunction
    between ("..., the first batch arriving"), and not "of" a whole ("half of whom")."""
    between = clause[r.end : m.start()]
    if not re.search(r"\w", clause[: r.start]):
        # (a dash after a number that opens its line says what it counts: "• 1,002,000 — doses
        # on the first flight"; not "in Lima on October 6 — the first ...")
        between = re.sub(r"^\s*[—–:]\s", " ", between)
    return not re.match(r"(?:of|among)\b", m.group(0), re.I) and not re.search(
        r"[,;:()—–]|\b(?:and|but|that|which|while)\b", between
    )


# One item of a total: "a $185,000 grant", "The Fund's 2022 grant to Peru was ...".
_ITEM_NOUN = r"grant|award|gift|contribution|tranche|installment|project"
# "Largest Ambassadors Fund grant on offer per project: $500,000", "Average award: $40,000":
# a label that names one item's size makes its value one item's.
_ONE_ITEM_LABEL = lazy(
    rf"\b(?:each\s+\w+|{_PER_ITEM})"
    r"|\b(?:largest|biggest|smallest|maximum|max|minimum|min|average|typical|median|single)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_ITEM_NOUN})\b",
    re.IGNORECASE,
)
_ITEM_WAS = lazy(
    # (not "the donation of 3 million doses": the sheet's own donation, whole)
    # ("USAID's Prevent project against environmental crime was budgeted at about $40 million")
    rf"\b({_ITEM_NOUN})\s+(?:(?:to|against|on|for)\s+[\w’' ]{{1,30}}?\s+)?"
    r"(?:was|is|came\s+to|totaled|totalled|amounted\s+to|worth|(?:was|is)\s+budgeted\s+at"
    r"|cost|costs)\s+(?:just\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)
_ONE_EVENT = lazy(
    r"\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\bat\s+(?:a|the|an)\s+(?:[\w-]+\s+)?(?:ceremony|handover|gala|reception)\b"
)


_INCLUDING = lazy(
    r"\b(including|among\s+them|of\s+which|of\s+whom)\s+(?:some\s+|about\s+|nearly\s+"
    r"|roughly\s+|around\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)


def _said_aside(text: str, said: re.Match[str], end: int) -> bool:
    """True when reporting words stand in an aside closed before position ``end`` ("Goods
    trade, which the story cited from the Census Bureau, was $18.9 billion"): they report the
    words before the aside, which stay the number's subject."""
    opened = text.rfind(",", 0, said.start())
    return (
        opened >= 0
        and _SAID_ASIDE_OPENS.match(text, opened) is not None
        and "," in text[said.end() : end]
    )


_SAID_ASIDE_OPENS = lazy(
    r",\s*(?:which|as|given|put|listed|described|reported|cited)\b", re.IGNORECASE
)


def _said_right_before(clause: str, at: int) -> bool:
    """True when a reporting verb ends right before position ``at`` ("insisted | this week")."""
    said = list(_REPORTED.finditer(clause, max(0, at - 40), at))
    # ("dailies have been printing this week", "an official I spoke to this morning")
    return (
        (bool(said) and not clause[said[-1].end() : at].strip())
        or bool(_SPOKE_OR_PRINTED.search(clause, max(0, at - 40), at))
        or bool(_SAID_WHERE.search(clause, max(0, at - 60), at))
        # ("After our report last week, listeners wrote in ...": the week of a text)
        or bool(_TEXT_RIGHT_BEFORE.search(clause, max(0, at - 40), at))
    )


_TEXT_RIGHT_BEFORE = lazy(rf"\b(?:{_A_TEXT}|(?:wire\s+)?copy)\s+$", re.IGNORECASE)


# ("wrote last week that", "claimed on the radio this week that": where it was said, then when)
_SAID_WHERE = lazy(
    r"\b(?:said|says|wrote|writes|claimed|claims|insisted|insists|argued|argues|asserted"
    # ("I read in a column last week that ...", "heard on the radio this week")
    r"|alleged|stated|reported|tweeted|posted|read|heard|saw|told\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"(?:\s+(?:on|in|at)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"\s+$",
    re.IGNORECASE,
)


_SPOKE_OR_PRINTED = lazy(
    r"\b(?:spoke|spoken|speaking|talked|talking|printing|printed|published|publishing|repeating"
    r"|repeated|aired|airing|posted|posting|tweeted|shared|circulated)(?:\s+widely)?"
    r"(?:\s+(?:to|with))?\s+$",
    re.IGNORECASE,
)
# ("One outlet this week wrote that ...": a reporting verb right after a time says when it was
# said)
_SAID_RIGHT_AFTER = lazy(
    # ("... after my post last week to insist that ...": the week of the saying, too)
    r"\s*,?\s*(?:to\s+)?(?:said|says|say|wrote|writes|writing|saying|claiming|insisting|arguing"
    r"|reporting|claimed|claims|claim|insisted|insists|insist"
    r"|argued|argue|stated|state|reported|tweeted|posted|told|tell|put|puts|alleged|allege"
    r"|asserted|assert|called|calls|described|describes)\b",
    re.IGNORECASE,
)


_ONE_ROW = lazy(
    r"\b(?:latest|newest|single|individual|one|max(?:imum)?|largest\s+possible)\s+(?:grant|award"
    r"|donation|project)\b"
    # ("Ambassadors Fund grant for a single site (Chan Chan)")
    r"|\b(?:grant|award|donation)\s+(?:for|to|at)\s+(?:a\s+single|one)\b"
    # (a table's row only: "Caral conservation grant from the Ambassadors Fund | $800,000")
    r"|(?P<row>\b(?:conservation|restoration|preservation|research|seed)\s+grant\b(?!s))",
    re.IGNORECASE,
)


def _one_item(segment: Segment) -> str:
    """What says a number is of one item ("ambassadors_fund_latest_grant,185000", "the largest
    single grant"), or a table row's "conservation grant"; else ""."""
    where = f"{segment.heading} {segment.sentence}".replace("_", " ")
    for m in _ONE_ROW.finditer(where):
        if m.group("row") is None or (segment.cell and m.start() < len(segment.heading)):
            return m.group(0)
    return ""


_ONE_ITEM = lazy(rf"\s*(?:[\w-]+\s+)?(?:donation|{_ITEM_NOUN})\b", re.IGNORECASE)
_LATE_IN = lazy(
    r"\b(?:(?:the\s+)?(?:end|close)\s+of|late|November|December)\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_NOW = lazy(
    r"\b(?:today|now|currently|at\s+present|these\s+days|as\s+of\s+(?:now|today))\b", re.IGNORECASE
)
_NOTE_AFTER = lazy(r"\s*\(([^()]{1,80})\)")
# ... and so is "worked on 6 of the projects" (not "all 34 of the projects", the whole, nor
# "16 of the country's 25 regions", which counts the figure's own).
_OF_THEM = lazy(
    r"\s+(?:of|among)\s+(?:them|those|these|whom|the\s+[a-z]+s(?![\w'’]|\s+\d))\b", re.IGNORECASE
)
# ... and so is what the year so far added ("So far this year the Ministry has recovered").
_SPELL = lazy(
    # (not "last week's op-ed": a possessive's time is when a text ran, no spell of a count)
    r"\b(?:this|last|that|the\s+same)\s+(?:week|month)\b(?![’']s)|\bso\s+far\s+this\s+year\b"
    r"|\byear[\s-]to[\s-]date\b"
    # ... what one day's act added ("today graduated 45 women"; not "today hosts 1.3 million")
    r"|\b(?:today|yesterday|this\s+(?:morning|afternoon|evening))(?=\s+(?:[a-z]+ed|gave|sent|held)\b)"
    # ... and what came since a month ("added 35 members since July").
    r"|\bsince\s+(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December|last\s+(?:week|month|spring|summer|fall"
    r"|autumn|winter))\b",
    re.IGNORECASE,
)


def _alone(stretch: str, matcher: Matcher) -> str:
    """ "in Lima alone", "the capital alone": a part of a place (not "in Peru alone")."""
    m = re.search(r"\b([\w’'-]+)\s+alone\b", stretch)
    if m is None or tuple(words(m.group(1))) in matcher.primary:
        return ""
    # "in the past three years alone" speaks of time, not of a part.
    return "" if re.fullmatch(_TIME_WORD, m.group(1), re.IGNORECASE) else m.group(0)


_THE_NUMBER_ITSELF = frozenset("figure number estimate claim statistic stat tally".split())


def _row_label_counts(fits: list[Fit], label: str, matcher: Matcher) -> list[Fit]:
    """ "| Regions with Ambassadors Fund projects | 12 |": a row label whose first noun phrase
    ends in a count unit of the store's counts that (the projects after "with" only say which
    regions; "Peruvian regions with ..." too)."""
    head = _LABEL_HEAD.match(label)
    found = [u for w in words(head.group(0)) if (u := _row_unit(w, matcher))] if head else []
    unit = found[-1] if found else ""
    same = [f for f in fits if unit and str(f.context.figure.unit) == unit]
    return same + [f for f in fits if f not in same] if same else fits


# A row label's first noun phrase: up to its first preposition or relative word.
_LABEL_HEAD = lazy(
    r"\W*(?:[A-Za-z][\w’'.-]*\s+){0,3}?[A-Za-z][\w’'.-]*(?=\s+(?:with|in|of|for|from|by|across"
    r"|under|that|which|where|receiving|supported|funded|hosting)\b|\W*$)",
    re.IGNORECASE,
)


def _row_unit(cell: str, matcher: Matcher) -> str:
    """The store's count unit a table row's unit cell names ("regions"; "people" of "million
    people"), or "" (a currency, a scale alone, or a word that is no unit of the store's)."""
    named = tuple(w for w in words(cell) if w not in _SCALE_WORDS)
    units = {
        tuple(words(str(f.unit).replace("-", " "))): str(f.unit) for f in matcher.store.figures
    }
    unit = units.get(named, "")
    return unit if unit not in (USD, PERCENT, YEARS, DATE) else ""


# (a scale, singular or plural, and the words that carry one: "number of", "millions of")
_SCALE_WORDS = (
    frozenset(SCALE_WORDS)
    | {f"{w}s" for w in SCALE_WORDS}
    | frozenset(SCALE_ABBREVIATIONS)
    | {"of", "number"}
)


def _what_lasts(clause: str, r: Reading) -> list[str]:
    """The noun phrase that a duration and an amount written beside it both qualify ("a
    five-year, $321 million agreement", "a $321 million, five-year agreement" -> agreement):
    the thing of that amount, which lasts so long; none for a duration not written so."""
    amount = _AMOUNT_BETWEEN.match(clause, r.end)
    if not _ATTRIBUTIVE.search(r.text):
        return []
    if amount is None and _AMOUNT_BEFORE.search(clause, 0, r.start):
        return _near_words(clause, r)  # "a $321 million, five-year development agreement"
    if amount is None:
        return []
    # (the amount blanked, offsets kept)
    return _near_words(clause[: r.end] + " " * (amount.end() - r.end) + clause[amount.end() :], r)


_ATTRIBUTIVE = lazy(r"[-‐](?:year|decade)$", re.IGNORECASE)
_AMOUNT_BEFORE = lazy(r"[$€£]\d[\d.,]*\s*(?:million|billion|bn|mn|m)?,\s*$", re.IGNORECASE)
_AMOUNT_BETWEEN = lazy(r",\s*[$€£]?\d[\d.,]*\s*(?:million|billion|bn|mn|m)?(?=\s)", re.IGNORECASE)


# Words of scope that may end a counted noun phrase ("projects nationwide", "doses overall").
_SCOPE_WORDS = frozenset("nationwide countrywide overall altogether total combined".split())


def _counts_another_thing(p: Profile, r: Reading, near: list[str]) -> str:
    """The noun a bare number counts (or a duration before its noun qualifies), when it is not
    a word of what the figure counts."""
    if r.unit not in (COUNT, YEARS) or not near:
        return ""
    nouns = [w for w in near if w not in STOPWORDS | _PRONOUNS]  # "1.5 million of them"
    # ("43 projects nationwide": a word of scope after the noun counts nothing)
    while nouns and nouns[-1] in _SCOPE_WORDS:
        nouns.pop()
    if not nouns:
        return ""
    # The last word of the phrase is what is counted: "25 regional governments" counts
    # governments, not regions; "2 million COVID-19 vaccine doses" counts doses.
    if nouns[-1] in _THE_NUMBER_ITSELF:
        return ""  # "the 1.3 million figure for Venezuelans": it names the number, not a thing
    head = Vocabulary({nouns[-1]})
    if any(len(term) == 1 and head.find(term[0]) for term in p.measure):
        return ""
    named = Vocabulary(set(nouns))
    if any(len(term) > 1 and all(named.find(w) for w in term) for term in p.measure):
        return ""
    return " ".join(nouns)


# --- verdicts --------------------------------------------------------------------------------


# --- what a reading allows --------------------------------------------------------------------
