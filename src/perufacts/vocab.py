"""The vocabulary of perufacts, defined once: units, qualifiers, verdicts, months and scale words.

Every other module takes these from here (a test fails if a literal copy appears elsewhere).
The enums are ``str``-valued, so JSON, CSV, SQLite and the store keep the very same strings;
like ``http.HTTPStatus`` members, a member carries what belongs to it (a qualifier's symbol
and interval rule, a verdict's word for a stated relation).
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple


class TextEnum(str, Enum):
    """A str enum that prints as its value: in f-strings on every Python, and in repr() too,
    so that a message names 'USD' exactly as it did when units were plain strings."""

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return repr(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class Unit(TextEnum):
    """What a figure measures (the controlled vocabulary docs/store.md documents)."""

    counts: bool

    def __new__(cls, value: str, counts: bool = False) -> Unit:
        member = str.__new__(cls, value)
        member._value_ = value
        member.counts = counts
        return member

    USD = "USD"
    PERCENT = "percent"
    PEOPLE = "people", True
    DOSES = "doses", True
    ARTIFACTS = "artifacts", True
    PROJECTS = "projects", True
    REGIONS = "regions", True
    PROGRAMS = "programs", True
    LINES_OF_EFFORT = "lines-of-effort", True
    YEARS = "years"
    DATE = "date"


# Other names people give each unit, for --unit; the singular and plural forms of these and of
# the unit's own name match too ("dollars", "$", "year", "dates").
UNIT_NAMES: dict[Unit, tuple[str, ...]] = {
    Unit.USD: ("$", "us$", "dollar", "us dollar", "money", "amount"),
    Unit.PERCENT: ("%", "per cent", "percentage", "pct"),
    Unit.PEOPLE: ("person", "persons", "population"),
    Unit.DOSES: ("dose",),
    Unit.ARTIFACTS: ("artefacts", "artifact"),
    Unit.PROJECTS: ("project",),
    Unit.REGIONS: ("region",),
    Unit.PROGRAMS: ("program", "programme", "programmes"),
    Unit.LINES_OF_EFFORT: ("line of effort", "lines", "effort"),
    Unit.YEARS: ("year", "yr", "yrs", "duration"),
    Unit.DATE: ("dates", "day", "when"),
}

# The units a number's own wording names ("$5 billion", "40%", "20 years"); a bare number
# counts things (``Unit.counts``).
WRITTEN_UNITS = frozenset({Unit.USD, Unit.PERCENT, Unit.YEARS})


# A number's own unit words, as people write them -> the unit. Two are not units of the store:
# "decades" are read as ten years each, and "times" is a ratio.
DECADES, TIMES = "decades", "times"
UNIT_WORDS: dict[str, str] = {
    "dollars": Unit.USD, "usd": Unit.USD, "%": Unit.PERCENT, "percent": Unit.PERCENT,
    "year": Unit.YEARS, "years": Unit.YEARS, "decade": DECADES, "decades": DECADES,
    "fold": TIMES, "times": TIMES,
}  # fmt: skip


class End(Enum):
    """One end of the interval a qualifier allows, in terms of the stated value v."""

    VALUE = "v"
    NEAR = "0.9 v"  # "nearly v" and "about v" mean within 10% of v
    FAR = "1.1 v"
    ZERO = "0"
    INFINITY = "inf"


class Rule(NamedTuple):
    """How a qualifier bounds the true value: each end, and whether it is excluded."""

    low: End
    high: End
    low_open: bool = False
    high_open: bool = False


class Qualifier(TextEnum):
    """How a figure's wording bounds its true value; ``bounds.interval_of`` applies the rule."""

    symbol: str
    rule: Rule

    def __new__(cls, value: str, symbol: str, rule: Rule) -> Qualifier:
        member = str.__new__(cls, value)
        member._value_ = value
        member.symbol = symbol
        member.rule = rule
        return member

    # One value per meaning: "more than" is ``over`` and "less than" is ``under``; the sheet's
    # own word stays in a figure's ``as_written``. An unbounded end is open (no value is inf).
    EXACT = "exact", "", Rule(End.VALUE, End.VALUE)
    OVER = "over", ">", Rule(End.VALUE, End.INFINITY, low_open=True, high_open=True)
    AT_LEAST = "at-least", ">=", Rule(End.VALUE, End.INFINITY, high_open=True)
    NEARLY = "nearly", "<", Rule(End.NEAR, End.VALUE, high_open=True)
    ABOUT = "about", "~", Rule(End.NEAR, End.FAR)
    UNDER = "under", "<", Rule(End.ZERO, End.VALUE, high_open=True)
    UP_TO = "up-to", "<=", Rule(End.ZERO, End.VALUE)

    @property
    def bound(self) -> str:
        """The qualifier's class as one word (the ``bound`` field): ``exact``, ``above``, ..."""
        return BOUND_WORDS[self.symbol]

    @property
    def may_be_zero(self) -> bool:
        """True when the interval reaches down to zero: no change can be measured from it."""
        return self.rule.low is End.ZERO


# Each qualifier class (qualifiers with one symbol) as one word for the ``bound`` field of
# records: words, since a cell holding a bare "=" or "-" reads as a formula in a spreadsheet.
BOUND_WORDS = {
    "": "exact", ">": "above", ">=": "at-least", "<": "below", "<=": "at-most", "~": "about",
}  # fmt: skip

_QUALIFIERS = {q.value: q for q in Qualifier}
# What a denied bound says: "never topped v" is "at most v"; "not under v" is "at least v".
# ("not about v" and "not exactly v" allow no one interval, and have none here.)
DENIED_BOUNDS = {
    Qualifier.OVER: Qualifier.UP_TO, Qualifier.AT_LEAST: Qualifier.UNDER,
    Qualifier.UNDER: Qualifier.AT_LEAST, Qualifier.UP_TO: Qualifier.OVER,
}  # fmt: skip
# A verb of reaching right before a number says nothing of a bound ("reached $22 billion" is
# that value), but denied it does: "has not reached $100 million", "never hit 2,000" is below it.
DENIED_REACH = (
    r"\b(?:reach(?:es|ed|ing)?|hit(?:s|ting)?|attain(?:s|ed|ing)?"
    r"|(?:amount|amounts|amounted|come|comes|came|get|gets|got)\s+to)\s+$"
)
# The two values that meant what another does, up to 0.x: read (a CSV cell of an older export),
# never written.
_FORMER_QUALIFIERS = {"more-than": Qualifier.OVER, "less-than": Qualifier.UNDER}


def qualifier_named(name: str) -> Qualifier:
    """The qualifier with this id ("over"; the former "more-than" too); ValueError for none."""
    try:
        return _QUALIFIERS.get(name) or _FORMER_QUALIFIERS[name]
    except KeyError:
        raise ValueError(f"{name!r} is not a qualifier") from None


# A number's bound, read from the words around it by their roots, so that every tense of a verb
# of exceeding counts ("top", "tops", "topped", "topping"). Each entry: a pattern of the words
# right before the number (or right after it), and the qualifier they give. The store's own
# wording ("over $22 billion", "more than 60-year") is read with the same table.
_VERB = r"(?:s|es|ed|d|ing|ping|ped)?"
BOUNDS_BEFORE: tuple[tuple[str, Qualifier], ...] = (
    (r"(?:just|slightly|a\s+little|a\s+bit)\s+(?:under|below|short\s+of|shy\s+of)", Qualifier.NEARLY),
    (r"close\s+to|nearly|almost|not\s+quite|approaching", Qualifier.NEARLY),
    # "shy of 1.5 million" says below it; "just shy of", just below (above).
    (r"shy\s+of", Qualifier.UNDER),
    (rf"approach{_VERB}|near{_VERB}", Qualifier.NEARLY),
    (r"no\s+(?:more|greater)\s+than|not\s+more\s+than|up\s+to|at\s+most|as\s+much\s+as",
     Qualifier.UP_TO),
    (r"no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|at\s+least|a\s+minimum\s+of",
     Qualifier.AT_LEAST),
    (r"more\s+than", Qualifier.OVER),
    (r"upwards?\s+of|in\s+excess\s+of|north\s+of|greater\s+than|better\s+than", Qualifier.OVER),
    (r"(?:just\s+|well\s+|slightly\s+|a\s+little\s+)?(?:over|above|beyond|exceeding)",
     Qualifier.OVER),
    (rf"(?:top|exceed|surpass|cross|pass|outstrip|eclipse|overtake|outpace|broke|break|beat){_VERB}"
     r"(?:\s+(?:over|above|past))?", Qualifier.OVER),
    (r"fewer\s+than|less\s+than", Qualifier.UNDER),
    (r"under|below|beneath|short\s+of|south\s+of|lower\s+than", Qualifier.UNDER),
    (rf"(?:fall|fell|fallen|falling)\s+short\s+of|trail{_VERB}", Qualifier.UNDER),
    (r"about|around|roughly|approximately|approx\.?|circa|ca\.|some"
     r"|in\s+the\s+region\s+of|on\s+the\s+order\s+of|somewhere\s+around|more\s+or\s+less"
     # "barely $100 million": little more than it, about it; "barely tops $100 million",
     # "only just over": a bound the value only just passes, about it too.
     r"|barely|scarcely|little\s+more\s+than"
     rf"|(?:barely|scarcely|only\s+just)\s+(?:(?:top|exceed|surpass|pass|cross){_VERB}"
     r"|over|above|more\s+than|beyond)",
     Qualifier.ABOUT),
    # "an estimated 1.2 million": the estimate is that number, read to its rounding.
    (r"exactly|precisely|just|only|a\s+mere|a\s+total\s+of|fully|all\s+of|an?\s+estimated|estimated",
     Qualifier.EXACT),
)  # fmt: skip
BOUNDS_AFTER: tuple[tuple[str, Qualifier], ...] = (
    # ("$186 million and counting" is the tally so far: that number, as written.)
    (r"\s*\+|\s*-?\s*plus\b|\s+or\s+more\b|\s+and\s+(?:up|above)\b", Qualifier.AT_LEAST),
    # ("$3.5 million, tops" is at most that; "$3.5M tops hemisphere" is a headline's verb)
    (r"\s+or\s+(?:less|fewer)\b|\s+at\s+most\b|\s+tops\b(?!\s+\w)", Qualifier.UP_TO),
    (r"\s+or\s+so\b|-?odd\b|\s+or\s+thereabouts\b|\s+give\s+or\s+take\b|\s*-?ish\b",
     Qualifier.ABOUT),
)  # fmt: skip


class Verdict(TextEnum):
    """How a claim fares against what the sheet allows; ``relation`` is the word for a stated relation."""

    relation: str

    def __new__(cls, value: str, relation: str) -> Verdict:
        member = str.__new__(cls, value)
        member._value_ = value
        member.relation = relation
        return member

    SUPPORTED = "supported", "agrees"
    CONTRADICTED = "contradicted", "contradicts"
    UNDETERMINED = "undetermined", "undetermined"
    NO_MATCH = "no-match", "no-match"


# Who wrote a topic's summary: perufacts, in its own words, not the sheet (tables and JSON say so).
SUMMARY_BY = "perufacts"
SUMMARY_LABEL = "Summary by perufacts, not the sheet's words: "

MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()

# Words that say a percent is a growth ("grew 40 percent", "an increase of 120%"): with a word
# of what a change figure measures, one more tie to it; alone, none.
GROWTH_WORDS = frozenset(
    "grow grew grown growth increase rise rose risen climb jump expand expansion".split()
)

# Scale words as people write them, with their value; abbreviations are read, never written.
SCALE_WORDS = {"hundred": 10**2, "thousand": 10**3, "million": 10**6, "billion": 10**9,
               "trillion": 10**12}  # fmt: skip
SCALE_ABBREVIATIONS = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9,
                       "b": 10**9, "tn": 10**12}  # fmt: skip
# The scales an amount is written in for people, largest first ("$13 billion").
DISPLAY_SCALES = tuple(
    (float(SCALE_WORDS[name]), name) for name in ("trillion", "billion", "million")
)
