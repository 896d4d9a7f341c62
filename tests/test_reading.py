"""Reading a draft: splitting, quantities or not, bounds by their roots, derived forms, dates."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perufacts.checking.reader import Reading, read_numbers, split_draft


def _one(text: str) -> Reading:
    (reading,) = read_numbers(text)
    return reading


def _read(text: str) -> list[tuple[str, str, Decimal, str]]:
    return [(r.text, str(r.unit), r.value, str(r.bound)) for r in read_numbers(text)]


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("trade topped $22 billion", "over"), ("trade tops $22 billion", "over"),
        ("trade is topping $22 billion", "over"), ("it exceeded $22 billion", "over"),
        ("it surpasses the $22 billion mark", "over"), ("it crossed $22 billion", "over"),
        ("upwards of $22 billion", "over"), ("more than $22 billion", "over"),
        ("in excess of $22 billion", "over"), ("at least $22 billion", "at-least"),
        ("no less than $22 billion", "at-least"), ("$22 billion or more", "at-least"),
        ("$22bn-plus", "at-least"), ("under $22 billion", "under"), ("below $22 billion", "under"),
        ("fewer than 400 alumnae", "under"), ("less than $22 billion", "under"),
        ("up to $22 billion", "up-to"), ("at most $22 billion", "up-to"),
        ("nearly 400", "nearly"), ("almost 400", "nearly"), ("just shy of 400", "nearly"),
        ("about 400", "about"), ("some 400", "about"), ("roughly 400", "about"),
        ("around 400", "about"), ("400 or so", "about"),
        ("exactly 400", "exact"), ("an estimated 400", "exact"), ("only 400", "exact"), ("400", "exact"),
    ],
)  # fmt: skip
def test_a_bound_is_read_from_the_words_around_the_number(text: str, bound: str) -> None:
    assert _one(text).bound == bound


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between $280 million and $290 million", 280_000_000, 290_000_000),
        ("$280-290 million", 280_000_000, 290_000_000),
        ("280 to 290 million people", 280_000_000, 290_000_000),
        ("$280–$290 million", 280_000_000, 290_000_000),
    ],
)
def test_ranges(text: str, low: int, high: int) -> None:
    r = _one(text)
    assert (r.bound, r.value, r.high) == ("range", low, high)


def test_an_amount_to_a_bare_count_is_no_range() -> None:
    found = _read("channelled over $5 million to 34 Peruvian projects")
    assert [(t, b) for t, _, _, b in found] == [("over $5 million", "over"), ("34", "exact")]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("have run 25 and 20 years", ["years", "years"]),
        ("a share of 20 or 30 percent", ["percent", "percent"]),
        # A count with a scale, or a count of things, keeps its own unit.
        ("34 projects and 16 years", ["count", "years"]),
        ("2,000 and 25 years", ["count", "years"]),
    ],
)
def test_a_bare_number_joined_to_a_duration_or_share_takes_its_unit(
    text: str, units: list[str]
) -> None:
    assert [str(r.unit) for r in read_numbers(text)] == units


def test_a_change_and_the_amount_it_reached_are_no_range() -> None:
    found = _read("trade more than doubled to $22 billion")
    assert [(t, u) for t, u, _, _ in found] == [
        ("more than doubled", "change"),
        ("$22 billion", "USD"),
    ]


def test_from_x_to_y_is_a_change_not_a_range() -> None:
    found = _read("from $9 billion in 2009 to over $22 billion in 2021")
    assert [(t, b) for t, _, _, b in found] == [
        ("$9 billion", "exact"),
        ("2009", "exact"),
        ("over $22 billion", "over"),
        ("2021", "exact"),
    ]


@pytest.mark.parametrize(
    "text", ["spent $60 million over three years", "$60 million over a three-year span"]
)
def test_over_a_span_of_time_is_a_duration_not_a_bound(text: str) -> None:
    duration = read_numbers(text)[1]
    assert (duration.unit, duration.value, duration.bound) == ("years", 3, "exact")


def test_over_the_past_decade_is_ten_years() -> None:
    r = _one("trade grew over the past decade")
    assert (r.unit, r.value, r.bound) == ("years", 10, "exact")


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("trade doubled", "change", 100), ("trade more than tripled", "change", 200),
        ("trade grew 2.4 times", "change", 140), ("a 3-fold rise", "change", 200),
        ("trade grew by half", "change", 50), ("half a decade", "years", 5),
        ("a century", "years", 100), ("its 30th anniversary", "years", 30),
        ("its twenty-fifth anniversary", "years", 25), ("two decades", "years", 20),
        ("4 decades", "years", 40), ("a 60-year collaboration", "years", 60),
        ("the MOU turned 25 in 2022", "years", 25),
    ],
)  # fmt: skip
def test_derived_forms(text: str, unit: str, value: int) -> None:
    r = read_numbers(text)[0]
    assert (r.unit, r.value) == (unit, value)


def test_since_a_year_is_a_duration_and_through_a_year_an_end() -> None:
    since, end = read_numbers("INL has worked here since 1982, with funding through 2026")
    assert (since.unit, since.value, since.since) == ("years", 1982, True)
    assert (end.unit, end.value) == ("date", 2026)
    assert end.note == 'read "through 2026" as an end year'


@pytest.mark.parametrize(
    ("text", "year", "month", "day"),
    [
        ("Jan. 15", None, 1, 15), ("15 January", None, 1, 15), ("January 15th", None, 1, 15),
        ("the 15th of January", None, 1, 15), ("Aug. 3, 2021", 2021, 8, 3),
        ("2022-01-15", 2022, 1, 15), ("Sept. 2021", 2021, 9, None), ("1/15/2022", 2022, 1, 15),
        ("20 January 2022", 2022, 1, 20),
    ],
)  # fmt: skip
def test_dates_in_every_usual_form(
    text: str, year: int | None, month: int, day: int | None
) -> None:
    r = _one(text)
    assert (r.unit, int(r.value) if r.year_given else None, r.month, r.day) == (
        "date", year, month, day,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "two-way trade", "a one-on-one meeting", "COVID-19 vaccines", "the G7 summit",
        "after 9/11", "first-time voters", "the fifth-largest partner", "a 15-member delegation",
        "two programs: one for women, another for youth", "the 2001 Inter-American Charter",
        "Phase 2 of the plan", "call +1 (202) 555-0147 today", "Suite 300",
        "Washington, DC 20036", "tel. (01) 434-1200", "The correct number is 01 618 2000.",
    ],
)  # fmt: skip
def test_names_compounds_ranks_and_enumerations_are_not_quantities(text: str) -> None:
    assert [r.text for r in read_numbers(text) if r.unit != "year"] == [
        r.text for r in read_numbers(text) if r.text.lower().startswith("two")
    ]


def test_a_year_beside_an_amount_is_read_as_a_year() -> None:
    assert [str(r.unit) for r in read_numbers("In 2021 trade topped $22 billion")] == [
        "year",
        "USD",
    ]


def test_an_unread_word_before_a_number_leaves_its_bound_unread() -> None:
    r = _one("trade was reportedly $22 billion")
    assert (r.bound, r.bound_read) == ("exact", False)


def test_a_negated_bound_is_read_as_a_denial() -> None:
    r = _one("trade did not top $22 billion")
    assert (r.bound, r.bound_read, r.negated, r.denied) == ("over", True, True, False)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("the U.S. did not donate two million doses", True),
        ("Washington never provided more than $286 million", True),
        ("the U.S. has not given Peru two million doses", True),
        ("Peru didn't receive 2 million doses", True),
        ("trade failed to reach $22 billion", True),
        ("not only two million doses", False),
        ("never eclipsed INL's forty-year commitment", False),
        ("no more than $22 billion", False),
    ],
)
def test_negation_is_read_where_it_denies_the_number(text: str, negated: bool) -> None:
    assert [r.negated for r in read_numbers(text) if r.unit != "year"] == [negated]


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("$386 million, not $286 million", [False, True]),
        ("$386 million rather than $286 million", [False, True]),
        ("not $286 million but $386 million", [True, False]),
        ("trade of $22 billion and $9 billion", [False, False]),
    ],
)
def test_the_value_a_correction_denies_is_marked(text: str, denied: list[bool]) -> None:
    assert [r.denied for r in read_numbers(text)] == denied


def test_a_denominator_is_the_whole_not_a_claim() -> None:
    assert [r.whole for r in read_numbers("16 of Peru's 25 regions")] == [False, True]


# --- splitting -------------------------------------------------------------------------------


def test_bullets_lines_and_clauses_each_stand_alone_with_their_line_and_column() -> None:
    draft = (
        "Notes\n"
        "- Peru hosts 1.3m migrants\n"
        "• USAID signed a deal, and INL trained police\n"
        "One claim a line without a full stop\n"
        "A wrapped sentence that goes on\n"
        "and ends here.\n"
    )
    found = [(s.line, s.column, s.text) for s in split_draft(draft)]
    assert found == [
        (1, 1, "Notes"),
        (2, 3, "Peru hosts 1.3m migrants"),
        (3, 3, "USAID signed a deal"),
        (3, 28, "INL trained police"),
        (4, 1, "One claim a line without a full stop"),
        (5, 1, "A wrapped sentence that goes on\nand ends here."),
    ]


def test_abbreviations_do_not_end_a_sentence() -> None:
    texts = [s.sentence for s in split_draft("The U.S. gave Jan. 15 aid. Peru thanked it.")]
    assert texts == ["The U.S. gave Jan. 15 aid.", "Peru thanked it."]


def test_a_byte_order_mark_is_not_part_of_the_first_sentence() -> None:
    (segment,) = split_draft("\ufeffPeru hosts 1.3m migrants.")
    assert segment.text == "Peru hosts 1.3m migrants."
    assert segment.start == 1


# --- properties ------------------------------------------------------------------------------

_SPELLED = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _spell(n: int) -> str:
    """An English number word for 0-99."""
    if n < 20:
        return _SPELLED[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_SPELLED[ones]}" if ones else "")


@given(st.integers(min_value=2, max_value=99))
def test_spelled_numbers_read_as_their_value(n: int) -> None:
    r = _one(f"USAID funded {_spell(n)} projects")
    assert (r.value, r.unit) == (n, "count")


@given(
    st.integers(min_value=1, max_value=99),
    st.sampled_from([("million", 10**6), ("billion", 10**9), ("years", 1)]),
    st.booleans(),
)
def test_and_a_half_reads_to_the_half(n: int, scale: tuple[str, int], spelled: bool) -> None:
    word, factor = scale
    said = _spell(n) if spelled else str(n)
    r = _one(f"it lasted {said} and a half {word}")
    assert r.value == (Decimal(n) + Decimal("0.5")) * factor


@given(st.integers(min_value=2, max_value=19), st.integers(min_value=2, max_value=19))
def test_and_between_two_small_numbers_joins_nothing(a: int, b: int) -> None:
    readings = read_numbers(f"between them they sent {_spell(a)} and {_spell(b)} teams")
    assert [r.value for r in readings] == [a, b]


@given(
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from([("", 1), (" thousand", 10**3), (" million", 10**6), (" billion", 10**9)]),
)
def test_amounts_with_separators_and_scales_read_exactly(n: int, scale: tuple[str, int]) -> None:
    word, factor = scale
    r = _one(f"it received ${n:,}{word} in aid")
    assert (r.value, r.unit) == (n * factor, "USD")


@given(
    st.sampled_from(["over", "more than", "topped", "exceeded", "at least", "under", "nearly"]),
    st.decimals(min_value=1, max_value=999, places=1),
)
def test_a_bound_word_always_bounds_its_number(word: str, value: Decimal) -> None:
    r = _one(f"the fund {word} ${value} million")
    assert r.bound != "exact"
    assert r.value == value * 10**6


def test_fractions_of_a_scale() -> None:
    assert [(r.value, r.bound) for r in read_numbers("nearly a third of a billion dollars")] == [
        (Decimal(10**9) / 3, "nearly")
    ]
    assert _one("half a million doses").value == 500_000


def test_a_numbered_item_and_a_negated_number_are_not_claims_to_contradict() -> None:
    assert read_numbers("(2) drug interdiction") == []
    assert _one("not twenty million").negated is True


def test_every_year_is_read_but_only_in_on_during_make_it_a_claim() -> None:
    assert [(str(r.unit), r.claimable) for r in read_numbers("the 2009 figure")] == [
        ("year", False)
    ]
    assert [(str(r.unit), r.claimable) for r in read_numbers("signed in 2021")] == [("year", True)]


def test_under_the_phrase_is_not_a_bound() -> None:
    assert _one("repatriated under the 25-year-old MOU").bound == "exact"


def test_markdown_is_read_as_the_text_it_marks_up() -> None:
    draft = (
        "## 1. Trade\n\nTrade reached **over $22 billion** in `2021`; see https://x.org/?id=34"
        " and [^3].\n```\ncode 55\n```\n"
    )
    readings = [r.text for s in split_draft(draft) for r in read_numbers(s.text)]
    assert readings == ["over $22 billion", "2021"]


def test_a_tilde_is_about() -> None:
    assert [(r.text, r.bound) for r in read_numbers("~400 alumnae and ≈ 1.3m migrants")] == [
        ("~400", "about"),
        ("≈ 1.3m", "about"),
    ]


# --- numbers as people write them, read back (hypothesis) -------------------------------------

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _spell(n: int, joiner: str = "-") -> str:
    """An integer below a million in English words, as a writer spells it."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + (joiner + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = f" and {_spell(n % 100, joiner)}" if n % 100 else ""
        return f"{_ONES[n // 100]} hundred{rest}"
    rest = f" {_spell(n % 1000, joiner)}" if n % 1000 else ""
    return f"{_spell(n // 1000, joiner)} thousand{rest}"


@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(["-", " "]))
def test_a_spelled_out_number_reads_back_to_itself(n: int, joiner: str) -> None:
    (r,) = read_numbers(f"They counted {_spell(n, joiner)} visitors.")
    assert r.value == n


@given(st.integers(min_value=1, max_value=99), st.sampled_from(["hundred", "thousand"]),
       st.sampled_from([" and ", " "]), st.sampled_from(["a", "A", "an"]))  # fmt: skip
def test_a_hundred_and_n_reads_back_to_itself(n: int, scale: str, joiner: str, a: str) -> None:
    # ("a hundred and forty percent" was read as "a hundred" and "forty percent")
    (r,) = read_numbers(f"It grew {a} {scale}{joiner}{_spell(n)} percent.")
    assert (r.value, r.unit) == ((100 if scale == "hundred" else 1000) + n, "percent")


@given(st.integers(min_value=1910, max_value=2099), st.sampled_from(["-", " "]))
def test_a_year_said_as_two_numbers_reads_back_to_itself(year: int, joiner: str) -> None:
    century, rest = divmod(year, 100)
    said = _spell(century) + joiner + (_spell(rest) if rest >= 10 else f"oh{joiner}{_ONES[rest]}")
    if rest == 0:
        return  # "twenty hundred" is no way to say a year
    (r,) = read_numbers(f"The deal was signed in {said}.")
    assert (r.value, r.unit) == (year, "year")


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [
        ("ARRIVED THURSDAY, OCTOBER SIXTH, FOR", 10, 6),  # a script in capitals
        ("REPSOL SPILL OF JAN. 16: U.S. TEAM SENT", 1, 16),
        ("He arrived on October sixth.", 10, 6),
    ],
)
def test_dates_in_capitals_and_words(text: str, month: int, day: int) -> None:
    (r,) = read_numbers(text)
    assert (r.unit, r.month, r.day) == ("date", month, day)


def test_a_month_name_in_lower_case_is_a_word() -> None:
    assert [r.text for r in read_numbers("Prices may 5 times over; troops march 10 miles.")] == [
        "5 times",
        "10",
    ]


def test_a_footnotes_superscript_mark_is_no_number() -> None:
    first, *_ = split_draft("USAID's presence stretches back more than sixty years,¹ and on.")
    assert [r.text for r in read_numbers(first.text)] == ["more than sixty years"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("signed in two thousand and nine", 2009, "year"),
        ("It runs through twenty twenty-eight.", 2028, "date"),
        # Without a year's cue, "two thousand ..." is a count.
        ("over two thousand artifacts", 2000, "count"),
        ("two thousand twenty-one visitors", 2021, "count"),
    ],
)
def test_spelled_years_and_counts(text: str, value: int, unit: str) -> None:
    (r,) = read_numbers(text)
    assert (r.value, r.unit) == (value, unit)


@given(st.integers(min_value=1, max_value=10**12))
def test_a_number_with_or_without_separators_reads_back_to_itself(n: int) -> None:
    for written in (f"{n:,}", str(n)):
        if re.fullmatch(r"(?:19|20)\d{2}", written):
            continue  # a year, read as one
        (r,) = read_numbers(f"They counted {written} visitors.")
        assert r.value == n


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=9),
       st.sampled_from(["million", "billion"]))  # fmt: skip
def test_a_spoken_decimal_and_its_abbreviation_read_back_alike(
    whole: int, tenth: int, scale: str
) -> None:
    value = Decimal(f"{whole}.{tenth}") * (10**6 if scale == "million" else 10**9)
    spoken = f"{_ONES[whole]}-point-{_ONES[tenth]} {scale}"
    short = f"{whole}.{tenth}{'m' if scale == 'million' else 'bn'}"
    assert [r.value for r in read_numbers(f"some {spoken} people")] == [value]
    assert [r.value for r in read_numbers(f"some {short} people")] == [value]


# --- structured writing -------------------------------------------------------------------------


def test_a_markdown_table_cell_is_headed_by_its_column_and_row() -> None:
    draft = "| Year | Total trade |\n| --- | --- |\n| 2021 | $22.4 billion |\n"
    (cell,) = [g for g in split_draft(draft) if g.text == "$22.4 billion"]
    assert (cell.heading, cell.line, cell.column) == ("Total trade 2021", 3, 10)


@pytest.mark.parametrize("rule", ["|:--|--:|", "|-|-|", "| :- | -: |"])
def test_a_table_rule_needs_one_hyphen_a_cell(rule: str) -> None:
    draft = f"| Indicator | Figure |\n{rule}\n| Ambassadors Fund projects | 34 |\n"
    (cell,) = [g for g in split_draft(draft) if g.text == "34"]
    assert cell.heading == "Figure Ambassadors Fund projects"


def test_a_table_cell_is_headed_by_the_words_of_its_row() -> None:
    draft = "series,value,unit\nus_migration_assistance,286000000,usd\n"
    (cell,) = [g for g in split_draft(draft) if g.text == "286000000"]
    assert cell.heading == "value us migration assistance usd"


def test_a_csv_block_is_read_cell_by_cell() -> None:
    draft = "year,total_trade_usd\n2009,9000000000\n"
    assert [(g.text, g.heading) for g in split_draft(draft)] == [
        ("9000000000", "total trade usd 2009")
    ]


def test_prose_with_commas_is_no_csv() -> None:
    draft = "Peru, Chile and Colombia\nhost 2 million, 1 million, and more"
    assert all(g.heading == "" for g in split_draft(draft))


def test_a_sub_bullet_is_headed_by_its_parent() -> None:
    draft = "- USAID in Peru\n  - signed a $321 million agreement\n- Trade\n"
    (sub,) = [g for g in split_draft(draft) if "$321" in g.text]
    assert sub.heading == "USAID in Peru"


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [
        (
            "Trade grew to $22 billion and migration aid reached $286 million",
            ["Trade grew to $22 billion", "migration aid reached $286 million"],
        ),
        (
            "the U.S. provided $86.8 million in technical assistance and in-kind donations",
            ["the U.S. provided $86.8 million in technical assistance and in-kind donations"],
        ),
        (
            "Peru hosts 1.3 million migrants — most of them in Lima — and seeks policies",
            # The aside is read alone; the clause runs on around it (blanked, offsets kept).
            [
                "Peru hosts 1.3 million migrants" + " " * 26 + "and seeks policies",
                "most of them in Lima",
            ],
        ),
    ],
)
def test_clauses_joined_without_a_comma_or_set_off_by_dashes(sentence, clauses) -> None:
    assert [g.text for g in split_draft(sentence)] == clauses


def test_a_footnote_mark_is_no_number() -> None:
    draft = "Peru hosts 1.3 million Venezuelans.[1]\n\n[1] UNHCR, 2022."
    numbers = [r.text for g in split_draft(draft) for r in read_numbers(g.text)]
    assert numbers == ["1.3 million", "2022"]


def test_a_span_of_days_is_one_date() -> None:
    from perufacts.checking.reader import read_numbers

    found = [(r.text, r.unit, r.day, r.high) for r in read_numbers("He travels October 3-7, 2022.")]
    assert found == [("October 3-7, 2022", "date", 3, 7)]
    # No span when the second number cannot be a later day: the date ends at its day.
    found = [(r.text, r.unit) for r in read_numbers("On October 6 - 34 projects were shown.")]
    assert found == [("October 6", "date"), ("34", "count")]


def test_a_time_of_day_is_no_quantity() -> None:
    from perufacts.checking.reader import read_numbers

    assert [r.text for r in read_numbers("He speaks at 5:00 p.m. and again at 10:30.")] == []


def test_a_csv_fields_quotes_are_no_part_of_it() -> None:
    from perufacts.checking.reader import _csv_fields

    line = 'trade,"total trade, goods and services, under $20 billion",2021,"a ""quoted"" note"'
    assert _csv_fields(line) == [
        (0, "trade"),
        (7, "total trade, goods and services, under $20 billion"),
        (59, "2021"),
        (65, 'a ""quoted"" note'),
    ]


def test_a_fixed_width_table_is_read_cell_by_cell_under_its_header() -> None:
    """A header over a rule of hyphen runs: each row's cells fall in the column whose run holds
    their middle, headed by the column's header and the row's label; a rule within it (above a
    total) is skipped."""
    draft = (
        "(millions of current U.S. dollars)\n"
        "Program                      Amount    Period\n"
        "---------------------------  --------  ---------------\n"
        "Environment program             >60    last 3 years\n"
        "---------------------------  --------  ---------------\n"
        "Total                          75.5    2020-2022\n"
    )
    cells = [(s.line, s.column, s.text, s.heading) for s in split_draft(draft) if s.cell]
    assert cells == [
        (4, 1, "Environment program", "Program"),
        (4, 33, ">60", "Amount Environment program"),
        (4, 40, "last 3 years", "Period Environment program"),
        (6, 1, "Total", "Program"),
        (6, 32, "75.5", "Amount Total 2020 2022"),
        (6, 40, "2020-2022", "Period Total"),
    ]
    # (the caption above the header gives every cell its unit and scale)
    assert {s.caption for s in split_draft(draft) if s.cell} == {"millions of current U.S. dollars"}


def test_a_month_with_its_year_in_words_is_a_date() -> None:
    (r,) = read_numbers("signed in September twenty twenty-one")
    assert (r.text, r.unit, r.value, r.month) == ("September twenty twenty-one", "date", 2021, 9)


def test_an_age_by_its_ordinal_is_a_range_of_years() -> None:
    (r,) = read_numbers("the partnership, now in its fifth decade, goes on")
    assert (r.text, r.unit, r.bound, r.value, r.high) == ("fifth decade", "years", "range", 40, 50)


def test_each_group_of_a_spaced_phone_number_is_no_number() -> None:
    assert [r.text for r in read_numbers("Press office: +51 1 441 2750.")] == []
    # (a phone number beside a quantity leaves the quantity alone)
    assert [r.text for r in read_numbers("Call +51 1 441 2750 on the 2 million doses.")] == [
        "2 million"
    ]


def test_about_before_the_is_a_topic_not_a_bound() -> None:
    (r,) = read_numbers("We talked about the 2 million doses.")
    assert (r.text, r.bound) == ("2 million", "exact")
    (r,) = read_numbers("It gave about a million.")
    assert (r.text, r.bound) == ("about a million", "about")


def test_an_initialism_ends_a_sentence_when_an_opening_word_follows() -> None:
    draft = "They came home from the U.S. The MOU is 25 years old. He met U.S. Ambassador Kenna."
    assert [s.sentence for s in split_draft(draft)] == [
        "They came home from the U.S.",
        "The MOU is 25 years old.",
        "He met U.S. Ambassador Kenna.",
    ]


def test_a_turn_of_a_dialogue_follows_the_turn_before() -> None:
    draft = "HOST: They say it was four million doses.\n\nGUEST: Two million.\n\nDATE: Oct. 4"
    previous = [s.previous for s in split_draft(draft)]
    # (a header's label, "DATE:", is no turn)
    assert previous == ["", "HOST: They say it was four million doses.", ""]
