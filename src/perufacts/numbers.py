"""Reading numbers and dates as people write them ("over $22 billion", "two decades", "September 2021").

Values are computed with Decimal so that "$86.8 million" is exactly 86800000, never 86799999.99.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from perufacts.vocab import (
    BOUNDS_BEFORE,
    DECADES,
    MONTH_NAMES,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    UNIT_WORDS,
    Qualifier,
    Unit,
)

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_SCALES = {**SCALE_WORDS, **SCALE_ABBREVIATIONS}
MONTHS = {m.lower(): i for i, m in enumerate(MONTH_NAMES, 1)}

_WORD = "|".join(sorted(_SMALL, key=len, reverse=True))
_WORD_NUMBER = rf"(?:{_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}|hundred))*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SCALE = "|".join(sorted(_SCALES, key=len, reverse=True))
# The bound words of the vocabulary, each pattern a named group that says its qualifier.
_QUAL = "|".join(f"(?P<q{i}>{pattern})" for i, (pattern, _) in enumerate(BOUNDS_BEFORE))
# Patterns are compiled on first use (see _compiled): a lookup needs none of them.
_QUANTITY = (
    rf"""
    (?:(?P<qual>{_QUAL})\s+)?
    (?P<cur>US\$|\$|USD\s*)?
    (?:(?P<digits>{_DIGITS})|(?P<words>{_WORD_NUMBER})|(?P<article>an?)(?=\s+(?:{_SCALE}|decades?|dozen)\b))
    (?:\s*(?P<scale>{_SCALE})\b)?
    (?:\s*(?P<unit>%|percent\b|per\s+cent\b|-?years?\b|decades?\b|dollars\b|USD\b|-fold\b|times\b))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_DATE = (
    rf"""
    (?P<month>{"|".join(MONTHS)})\s+(?P<day>\d{{1,2}})(?!\d)(?:,?\s+(?P<year1>\d{{4}}))?
    | (?P<month2>{"|".join(MONTHS)})\s+(?P<year2>\d{{4}})
    | (?P<iso>\d{{4}}-\d{{2}}(?:-\d{{2}})?)
    | (?P<year3>(?:19|20)\d{{2}})(?!\d)
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in text: its value in base units, how it is bounded, and its unit if stated."""

    value: int | float
    qualifier: Qualifier
    unit: str | None
    precision: int | float
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as precise as the text gives it; the year may be missing."""

    year: int | None
    month: int | None
    day: int | None
    start: int
    end: int
    text: str

    def iso(self, year: int | None = None) -> str:
        """The ISO 8601 form (YYYY, YYYY-MM or YYYY-MM-DD), using ``year`` when the text lacks one."""
        y = self.year if self.year is not None else year
        parts = [f"{y:04d}"] if y is not None else ["----"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


def words_to_int(text: str) -> int:
    """Turn "forty", "twenty-five", "three hundred and six" or "one thousand one" into an int."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and":
            continue
        if word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":  # "two thousand three hundred": the thousands, then the rest
            total, current = total + max(current, 1) * 1000, 0
        else:
            current += _SMALL[word]
    return total + current


def _to_number(d: Decimal) -> int | float:
    """An int when the Decimal is whole, else a float."""
    return int(d) if d == d.to_integral_value() else float(d)


def digits_value(text: str) -> tuple[Decimal, Decimal]:
    """The value of a digit string and the place value of its last significant digit."""
    plain = text.replace(",", "")
    value = Decimal(plain)
    if "." in plain:
        return value, Decimal(1).scaleb(-len(plain.split(".")[1]))
    stripped = plain.rstrip("0") or "0"
    return value, Decimal(10) ** (len(plain) - len(stripped))


def _quantity(m: re.Match[str]) -> Quantity:
    """The Quantity a regular-expression match describes."""
    if m["digits"]:
        base, precision = digits_value(m["digits"])
    elif m["words"]:
        base = Decimal(words_to_int(m["words"]))
        precision = Decimal(1)
    else:
        base, precision = Decimal(1), Decimal(1)
    scale = Decimal(_SCALES[m["scale"].lower()]) if m["scale"] else Decimal(1)
    if m["words"] or m["article"]:
        # "two million" is as precise as its scale word, not as the digit it names.
        precision = scale
    else:
        precision *= scale
    value = base * scale
    unit = _unit_of(m["cur"], m["unit"])
    if unit == DECADES:
        value, precision, unit = value * 10, precision * 10, Unit.YEARS
    qualifier = next((q for i, (_, q) in enumerate(BOUNDS_BEFORE) if m[f"q{i}"]), Qualifier.EXACT)
    return Quantity(
        value=_to_number(value),
        qualifier=qualifier,
        unit=unit,
        precision=_to_number(precision),
        start=m.start(),
        end=m.end(),
        text=m.group(0),
    )


def _unit_of(currency: str | None, unit: str | None) -> str | None:
    """The unit a currency sign or unit word names, if any."""
    if currency:
        return Unit.USD
    return UNIT_WORDS.get(re.sub(r"[\s-]", "", (unit or "").lower()))


def find_quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with its qualifier and unit, left to right."""
    found = []
    for m in _compiled(_QUANTITY).finditer(text):
        if not _is_word_start(text, m.start()) or _inside_word(text, m):
            continue
        found.append(_quantity(m))
    return found


def _is_word_start(text: str, i: int) -> bool:
    """True when position ``i`` starts a word."""
    return i == 0 or not text[i - 1].isalnum()


def _inside_word(text: str, m: re.Match[str]) -> bool:
    """True when a word-number match is only the start of a longer word ("one" in "onerous")."""
    end = m.end()
    return end < len(text) and text[end].isalpha() and not text[end - 1].isspace()


def parse_quantity(text: str) -> Quantity:
    """Read one whole quantity such as "over $22 billion"; trailing nouns ("doses") are allowed."""
    m = _compiled(_QUANTITY).match(text.strip())
    if not m or not m.group(0).strip():
        raise ValueError(f"no number at the start of {text!r}")
    return _quantity(m)


def find_dates(text: str) -> list[DateValue]:
    """Every date in ``text`` ("October 6", "September 2021", "2026", "2021-09")."""
    found = []
    for m in _compiled(_DATE).finditer(text):
        if m["iso"]:
            parts = [int(p) for p in m["iso"].split("-")]
            year, month, day = [*parts, None, None][:3]
        elif m["month"]:
            year = int(m["year1"]) if m["year1"] else None
            month, day = MONTHS[m["month"].lower()], int(m["day"])
        elif m["month2"]:
            year, month, day = int(m["year2"]), MONTHS[m["month2"].lower()], None
        else:
            year, month, day = int(m["year3"]), None, None
        found.append(DateValue(year, month, day, m.start(), m.end(), m.group(0)))
    return found


_DATE_PREFIX = (r"^(?:on|in|since|from|until|through|by|the)\s+", re.IGNORECASE)


def parse_date(text: str) -> DateValue:
    """Read one whole date such as "through 2026" (a leading preposition is ignored)."""
    rest = _compiled(_DATE_PREFIX).sub("", text.strip())
    m = _compiled(_DATE).fullmatch(rest)
    if not m:
        raise ValueError(f"not a date: {text!r}")
    return find_dates(rest)[0]


_NUMBER_WORDS = (
    rf"\b(?:{_WORD}|{'|'.join(_ORDINALS)}|hundred|thousand|million|billion|dozen|twice)\b",
    re.IGNORECASE,
)
_DIGIT_RUN = (r"\d+(?:[.,]\d+)*", 0)


@functools.cache
def _compiled(pattern: tuple[str, int]) -> re.Pattern[str]:
    """A pattern compiled once, when first needed."""
    return re.compile(*pattern)


def is_number_word(word: str) -> bool:
    """True for "three", "forty", "ninth", "million"."""
    return _compiled(_NUMBER_WORDS).fullmatch(word) is not None


def number_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` mentions a number at all, in digits or words (for coverage checks)."""
    spans = [(m.start(), m.end()) for m in _compiled(_DIGIT_RUN).finditer(text)]
    spans += [(m.start(), m.end()) for m in _compiled(_NUMBER_WORDS).finditer(text)]
    return sorted(spans)


def plain_number(value: int | float | str) -> str:
    """A value as digits only: 22000000000, 86.8, 0.0000001 (never 2.2e10, never 22,000)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) or value.is_integer():
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def grouped_number(value: int | float | str) -> str:
    """A value for people: 22,000,000,000 or 86.8; dates as they are."""
    if isinstance(value, str):
        return value
    return format(Decimal(plain_number(value)), ",f")
