"""Numbers and dates as the store writes them ("over $22 billion", "two decades", "September 2021"),
read by the one reader of the project (``checking.reader``): validation, search and the checker
read numbers alike.

Values are computed with Decimal so that "$86.8 million" is exactly 86800000, never 86799999.99.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from perufacts.checking.reader import (
    CHANGE,
    DATE,
    MONTHS,
    NUMBER_WORDS,
    Reading,
    digits_value,
    read_numbers,
    words_to_int,
)
from perufacts.vocab import Qualifier, Unit, qualifier_named

__all__ = ["MONTHS", "DateValue", "Quantity", "digits_value", "words_to_int"]

_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))


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


def _to_number(d: Decimal) -> int | float:
    """An int when the Decimal is whole, else a float."""
    return int(d) if d == d.to_integral_value() else float(d)


# The reader's units as the store names them; a count, a year or a difference names none.
_UNITS = {Unit.USD: Unit.USD, Unit.PERCENT: Unit.PERCENT, Unit.YEARS: Unit.YEARS}


def _quantity(r: Reading) -> Quantity:
    """A reading as a Quantity: its value, bound, unit and precision."""
    bound = Qualifier.EXACT if r.bound == "range" else qualifier_named(r.bound)
    return Quantity(
        value=_to_number(r.value),
        qualifier=bound,
        unit=_UNITS.get(Unit(r.unit)) if r.unit in _UNITS else None,
        precision=_to_number(r.precision),
        start=r.start,
        end=r.end,
        text=r.text,
    )


def find_quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with its qualifier and unit, left to right (not dates)."""
    return [_quantity(r) for r in read_numbers(text) if r.unit not in (DATE, CHANGE)]


def parse_quantity(text: str) -> Quantity:
    """Read one whole quantity such as "over $22 billion"; trailing nouns ("doses") are allowed."""
    stripped = text.strip()
    found = [r for r in read_numbers(stripped) if r.unit not in (DATE, CHANGE)]
    if not found or found[0].start != 0:
        raise ValueError(f"no number at the start of {text!r}")
    return _quantity(found[0])


def find_dates(text: str) -> list[DateValue]:
    """Every date in ``text`` ("October 6", "September 2021", "2026", "2021-09")."""
    found = []
    for r in read_numbers(text):
        if r.unit == DATE or r.unit == "year":
            year = int(r.value) if r.year_given and r.value else None
            found.append(DateValue(year, r.month, r.day, r.number_start, r.number_end,
                                   text[r.number_start : r.number_end]))  # fmt: skip
    return found


_DATE_PREFIX = (r"^(?:on|in|since|from|until|through|by|the)\s+", re.IGNORECASE)


def parse_date(text: str) -> DateValue:
    """Read one whole date such as "through 2026" (a leading preposition is ignored)."""
    rest = _compiled(_DATE_PREFIX).sub("", text.strip())
    dates = find_dates(rest)
    if not dates or dates[0].start != 0 or dates[0].end != len(rest):
        raise ValueError(f"not a date: {text!r}")
    return dates[0]


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
