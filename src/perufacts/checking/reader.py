"""Reading a draft as people write it: where each claim stands, and what each number in it says.

This module knows English, not the sheet: it splits a draft into lines, bullet items, sentences
and clauses, decides for every number whether it is a quantity at all (not "two-way", "COVID-19",
"fifth-largest" or a year of context), and reads its bound from the words around it ("topped",
"just shy of", "between X and Y", "$22bn-plus"), its derived forms ("doubled", "since 1982",
"half a decade", "its 25th anniversary") and dates in every usual English form. Matching a
reading to a figure of the sheet is ``check``'s job.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal

from perufacts.vocab import (
    BOUND_WORDS,
    BOUNDS_AFTER,
    BOUNDS_BEFORE,
    DECADES,
    DENIED_REACH,
    MONTH_NAMES,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    TIMES,
    UNIT_WORDS,
    Qualifier,
    Unit,
    qualifier_named,
)

# The number words, and the months by name: the one place numbers are read from words.
_WORD_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
MONTHS = {m.lower(): i for i, m in enumerate(MONTH_NAMES, 1)}


def words_to_int(text: str) -> int:
    """Turn "forty", "twenty-five", "three hundred and six" or "one thousand one" into an int."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and":
            continue
        if word in ("a", "an"):  # "a hundred and forty"
            current = 1
            continue
        if word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":  # "two thousand three hundred": the thousands, then the rest
            total, current = total + max(current, 1) * 1000, 0
        else:
            current += _WORD_VALUES[word]
    return total + current


def digits_value(text: str) -> tuple[Decimal, Decimal]:
    """The value of a digit string and the place value of its last significant digit."""
    plain = text.replace(",", "")
    value = Decimal(plain)
    if "." in plain:
        return value, Decimal(1).scaleb(-len(plain.split(".")[1]))
    stripped = plain.rstrip("0") or "0"
    return value, Decimal(10) ** (len(plain) - len(stripped))


# Words right before a number that may bound it although no rule above reads them: with one of
# these, the number's bound is unread and its verdict can't be "contradicted".
_UNREAD = re.compile(r"^(?:[a-z]+ly|mere|whopping|staggering|modest|paltry|meagre|meager|hefty|"
                     r"record|sum|tune|upward|downward|minus)$")  # fmt: skip

_SMALL = list(_WORD_VALUES)
NUMBER_WORDS = tuple(_WORD_VALUES)
_ORDINAL_WORDS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        1,
    )
} | {"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "hundredth": 100}
# The scale words of the vocabulary, with two that only claims use ("$3 mil", "a dozen").
_SCALES = {**SCALE_WORDS, **SCALE_ABBREVIATIONS, "mil": 10**6, "dozen": 12}
# A span of time written as words: "half a decade", "a quarter century".
_SPANS = {
    "half a decade": 5, "half-a-decade": 5, "a decade": 10, "a century": 100,
    "half a century": 50, "a quarter century": 25, "a quarter-century": 25,
    "a quarter of a century": 25, "a dozen years": 12, "a decade and a half": 15,
    "half-century": 50, "half century": 50, "quarter-century": 25, "quarter century": 25,
}  # fmt: skip
# Verbs of multiplying, by their stems ("doubled", "doubling", "doubles").
_MULTIPLIERS = {"doubl": 2, "tripl": 3, "trebl": 3, "quadrupl": 4, "quintupl": 5, "hal": 0.5}
_MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Words of time and their length in years: the vocabulary's, and a few only claims use.
_TIME_UNITS = {
    **{w: 1 for w, u in UNIT_WORDS.items() if u == Unit.YEARS},
    **{w: 10 for w, u in UNIT_WORDS.items() if u == DECADES},
    "yr": 1, "yrs": 1, "century": 100, "centuries": 100,
}  # fmt: skip
# Places and bodies beyond the sheet: a claim that names one is about something the sheet does
# not give (a store's own entities take precedence over these names).
FOREIGN_NAMES = (
    "Argentina Argentine Argentinian Bolivia Bolivian Brazil Brazilian Canada Canadian Chile "
    "Chilean Colombia Colombian Costa Rica Costa Rican Cuba Cuban Dominican Republic Ecuador "
    "Ecuadorian Ecuadorean El Salvador Salvadoran Guatemala Guatemalan Guyana Haiti Haitian "
    "Honduras Honduran Jamaica Jamaican Mexico Mexican Nicaragua Nicaraguan Panama Panamanian "
    "Paraguay Paraguayan Suriname Uruguay Uruguayan Trinidad "
    "China Chinese Japan Japanese Korea Korean India Indian Russia Russian Germany German France "
    "French Spain Britain British United Kingdom UK Italy Italian Australia Australian Israel "
    "Ukraine Ukrainian Taiwan Taiwanese Europe European Africa African Asia Asian "
    "Pakistan Pakistani Bangladesh Bangladeshi Indonesia Indonesian Philippines Filipino "
    "Vietnam Vietnamese Thailand Malaysia Nepal Sri Lanka Nigeria Nigerian Egypt Egyptian Kenya "
    "Kenyan Ethiopia Ethiopian Ghana Morocco Moroccan Afghanistan Afghan Iran Iranian Iraq Iraqi "
    "Syria Syrian Saudi Arabia South Africa Netherlands Dutch Sweden Swedish Norway Norwegian "
    "Switzerland Swiss Poland Polish Portugal Portuguese Greece Greek Belgium Austria Ireland "
    "Irish New Zealand Singapore "
    # (regions of several countries; "the Andean nation" alone may be Peru)
    "Andean region Andean Community Central America Caribbean "
    "Beijing Moscow Brussels Ottawa Tokyo London Madrid Berlin Paris Seoul Sinopharm Sinovac "
    "Bogota Bogotá Quito Santiago Caracas La Paz Brasilia Brasília Buenos Aires Mexico City "
    "Montevideo Asuncion Asunción Cusco Cuzco Arequipa Trujillo Iquitos Callao Piura "
    "European Union EU World Bank IMF International Monetary Fund United Nations UN UNHCR IOM "
    "Inter-American Development Bank IDB UNESCO NATO Congress COVAX PAHO Gavi"
)
_MULTIWORD = ("Costa Rica", "Costa Rican", "Dominican Republic", "El Salvador", "United Kingdom",
              "La Paz", "Buenos Aires", "Mexico City", "European Union", "World Bank",
              "International Monetary Fund", "United Nations", "Inter-American Development Bank",
              "Andean region", "Andean Community", "Central America", "Sri Lanka",
              "Saudi Arabia", "South Africa", "New Zealand",
              # Other secretaries than the Secretary of State ("the Secretary" in the store).
              "the Secretary General", "the Secretary-General", "Secretary General",
              "Secretary-General", "the Secretary of Commerce", "the Secretary of Defense",
              "the Secretary of the Treasury", "the Secretary of Agriculture",
              "the Secretary of Energy", "the Secretary of Homeland Security",
              "the Secretary of Labor", "the Secretary of Education",
              "the Secretary of the Interior", "the Secretary of Transportation",
              "the Secretary of Health and Human Services")  # fmt: skip


def foreign_names() -> list[str]:
    """The names of places and bodies beyond the sheet, multi-word names whole."""
    rest = FOREIGN_NAMES
    # Longest first and whole words only: "Costa Rica" must not leave the "n" of "Costa Rican".
    for name in sorted(_MULTIWORD, key=len, reverse=True):
        rest = re.sub(rf"(?<!\S){re.escape(name)}(?!\S)", " ", rest)
    return [*_MULTIWORD, *rest.split()]


# Units a number can carry in its own words; everything else is a count of whatever it names.
USD, PERCENT, YEARS, DATE = Unit.USD, Unit.PERCENT, Unit.YEARS, Unit.DATE
COUNT, CHANGE = "count", "change"  # a bare number counts things; "doubled" is a change


@dataclass(frozen=True, slots=True)
class Reading:
    """One number of a draft as read: what it says, in which unit, within which bounds."""

    start: int  # where the whole reading starts in its clause (bound words included)
    end: int
    number_start: int  # where the number itself stands (what an editor looks for)
    number_end: int
    text: str  # the number as written, bound words included
    unit: str  # USD, percent, change, years, count or date
    value: Decimal  # the value in the unit's base (a date's year for dates)
    bound: str  # a Qualifier, or "range" ("between X and Y")
    precision: Decimal = Decimal(1)
    high: Decimal | None = None  # the upper end of a range
    bound_read: bool = True  # False when a word we cannot read may bound it
    month: int | None = None  # dates: as precise as written
    day: int | None = None
    year_given: bool = True
    since: bool = False  # "since 1982": a duration up to the sheet's date
    fixed: bool = False  # the bound is part of the form ("the past decade"): not read around it
    whole: bool = False  # "16 of Peru's 25 regions": the 25 is the whole the 16 is part of
    claimable: bool = True  # a bare year: a claim of its own ("in 2021"), or only context
    note: str = ""  # how a derived form was read
    negated: bool = False  # "did not donate two million doses", "never topped $22 billion"
    never: bool = False  # denied of every time: "never topped $15 billion", not "did not top"
    denied: bool = False  # the Y of a correction: "$386 million, not $286 million"
    event: bool = False  # "signed in 1997": the year of an event, not the context of an amount
    unit_inferred: bool = False  # the unit is not written but taken from the words around it
    age: bool = False  # "turns 20 this year": an age, whose year is its own time, no evidence


@dataclass(frozen=True, slots=True)
class Segment:
    """One clause of a draft: its text, where it starts, and the sentence it belongs to."""

    text: str
    start: int  # offset in the draft
    line: int  # 1-based line of the draft where the clause starts
    column: int  # 1-based column
    sentence: str  # the whole sentence (a clause with no subject of its own borrows from it)
    index: int  # the sentence's number in the draft, from 1
    previous: str = ""  # the sentence before, in the same paragraph or list
    # The sentence before that, when the sentence before took its subject from it ("Trade grew.
    # In 2009 it was $9 billion; by 2021 it was over $22 billion. That is 140 percent.").
    carried: str = ""
    readings: list[Reading] = field(default_factory=list)
    context_years: frozenset[int] = frozenset()
    # What the clause's place says of it: a table column's header and its row's label, or the
    # parent bullet of an outline's sub-bullet ("USAID in Peru" over "- signed a $321m deal").
    heading: str = ""
    # A row's cell that bounds its values ("awe_alumnae,over,400"): a Qualifier, or "".
    bound: str = ""
    # A row's unit cell, in a column headed "unit" ("regions", "million people"), or "".
    unit: str = ""
    # The unit and scale its table's caption gives all values ("Figures in U.S. dollars"), or "".
    caption: str = ""
    cell: bool = False  # a table's or CSV block's cell (its heading is its column's and row's)
    # A cell that is a change over the years its heading gives ("+19%" beside its row's values,
    # "91%" under "2016" in a table of years: since the first).
    change: bool = False
    label: str = ""  # a cell's row label, the row's first cell ("Regions with projects")
    # What its table's caption says when it says the table's figures are not the sheet's
    # ("Table B: context (not in the fact sheet)"), or "".
    elsewhere: str = ""


# --- splitting a draft -------------------------------------------------------------------------

_FENCED = r"^[ \t]*(?:```|~~~)[^\n]*\n(?:.*\n)*?[ \t]*(?:```|~~~)[ \t]*$"
_ADDRESS = r"\b(?:https?://|www\.)\S+"
# (and a footnote's superscript mark: "more than sixty years,¹")
_HEADING_MARK = (
    # ("Venezuelan migrants in Peru [2] | 1.5 million": a spaced mark too, not a link's "[2](")
    r"^[ \t]{0,3}#{1,6}(?=[ \t])|\[\^[^\]]*\]:?|(?<=\S)\[\d{1,3}\]|^\[\d{1,3}\](?=\s)"
    r"|(?<=[ \t])\[\d{1,3}\](?!\()"
    r"|[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
)
_MARKUP = r"\*\*|__|`+|(?<=\S)\*(?!\S)|(?<!\S)\*(?=\S)|(?<![\w\\])_(?=\S)|(?<=\S)_(?![\w])"
# A fact box's dot leaders ("Technical & in-kind aid ...... $68.6m"): four dots or more (an
# ellipsis has three) join a label to its value as a colon does, and end no sentence.
# A spaced ellipsis before a value that ends its line is a short leader ("USAID-DEVIDA
# partnership ... 30 years"), and so is a spaced pair of dots ("INL support .. 30 years").
_LEADER = (
    r"(?<=\S)[ \t]*\.(?:[ \t]*\.){3,}[ \t]*(?=\S)"
    r"|(?<=\S)[ \t]+\.\.\.?[ \t]+(?=[^\n\d]{0,12}\d[^\n]{0,30}(?:\n|\Z))"
)
_BULLET = r"^[ \t]*(?:[-*•‣◦▪–—+]|\d{1,3}[.)]|\([a-z0-9]\))[ \t]+"
# A pictograph that opens a line or a sentence ("🩺 On health, ...") stands before its first
# word as a bullet does.
_PICTOGRAPH = r"[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]"
_SENTENCE_END = (
    rf"[.!?][\"”’')\]]*\s+(?=(?:{_PICTOGRAPH}+\s*)?[\"“‘(\[]?[A-Z0-9$])|(?<!\s)\s+[•‣◦▪]+\s+"
)
_OPENS_A_SENTENCE = (
    r"(?:The|It|Its|This|That|These|Those|They|We|Our|He|She|His|Her|But|And|In|On|At|A|An"
    r"|There|Then|However|Meanwhile|Still|Yet|So)\s"
)
_ABBREVIATION = (
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|No|vs|etc|approx|ca|e\.g|i\.e|Inc|Co|Corp|Dept)\.|(?<!\w)S/\.)$"
)
# A number in digits or words, as far ahead as a clause's verb looks for one ("and USAID has
# worked with DEVIDA for thirty").
_AHEAD_NUMBER = rf"(?:\d|\b(?:{'|'.join(w for w in _SMALL if w != 'one')}|a\s+decade|decades)\b)"
# A second act of the same subject, its verb right after "and", with a number ahead ("... and
# signed a $321 million agreement", "... and runs over 50 programs").
_SECOND_ACT = (
    r"(?:now\s+|still\s+)?(?:(?:signed|donated|provided|gave|launched|announced|pledged"
    r"|committed|delivered|repatriated|returned|funded|awarded|sent)\s[^.;]*?\d"
    # (a verb of running things only with a count for its object: not "runs through 2026")
    r"|(?:runs|manages|operates|administers|oversees)\s+(?:(?:over|more\s+than|about|around"
    rf"|roughly|some|nearly|almost|close\s+to)\s+)?{_AHEAD_NUMBER})"
)
# The verb of a clause with a subject of its own and a number ahead ("... and migration aid
# reached $286 million", "... -- Colombia, next door, hosts close to 2.5 million").
_OWN_VERB = (
    r"(?:is|are|was|were|has|have|had|reached|rose|grew|fell|totaled|totalled|hit|topped"
    r"|exceeded|provided|donated|signed|hosts|hosted|received|gave|supported|manages|launched"
    r"|came)"
)
# Coordinated clauses with their own subject: "..., and USAID signed ...", "...; the MOU ...".
_CLAUSE = (
    r";\s+|,\s+(?:and|but|while|whereas|yet|although|though|plus)\s+(?=[\w$])|\s+while\s+"
    # A clause inside dashes is its own: "Peru hosts 1.3 million - most in Lima - and ..."
    # (see _dashed: only a pair of dashes sets a clause off; "$22bn — trade in 2021" is one)
    # "and" without a comma before a clause with its own verb: "trade grew to $22 billion and
    # migration aid reached $286 million" (not "technical assistance and in-kind donations").
    # Taken only where the clause before it holds a number (see _clauses).
    # Not "... and was signed in 2020": a verb right after "and" shares the subject before it.
    r"|(?P<and>(?<=\d|[a-z])\s+and\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|also"
    rf"|then|later|since)\b)(?=(?:[\w.’'-]+\s+){{1,4}}{_OWN_VERB}\s[^.;]*?{_AHEAD_NUMBER})"
    # A second act of the same subject with an object of its own: "donated 2 million doses
    # and signed a $321 million agreement" is read as two clauses, each with its own object.
    rf"|(?={_SECOND_ACT})"
    # A second reported clause: "recalled that USAID had worked ... for 85 years and that the
    # narcotics bureau had supported ... for 40".
    rf"|(?=that\s[^.;]*?{_AHEAD_NUMBER})))"
    # A gapped clause after a number: "... on counternarcotics for 40 years, DEVIDA for 20".
    rf"|(?<=[\w%])\s*,\s+(?=(?:the\s+)?(?-i:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}})\s+(?:for|at|with)"
    rf"\s+(?:about\s+|some\s+|nearly\s+|over\s+|almost\s+)?{_AHEAD_NUMBER})"
)


def split_draft(draft: str) -> list[Segment]:
    """The clauses of a draft in reading order, with their lines, columns and sentences."""
    if draft.startswith("\ufeff"):
        draft = " " + draft[1:]  # keep offsets: the BOM's place becomes a space
    # Markdown says nothing of a number: emphasis and code marks ("**$9 billion**"), heading
    # marks, code blocks and web addresses ("?id=34") are read as spaces, offsets kept.
    for pattern in (_FENCED, _ADDRESS, _HEADING_MARK, _MARKUP):
        draft = _compiled(pattern, re.MULTILINE).sub(_blanked, draft)
    draft = _compiled(_LEADER).sub(lambda m: ":" + " " * (len(m.group()) - 1), draft)
    lines = LineIndex(draft)
    draft, segments = _grids(draft, lines)
    headings = _outline(draft)
    said_last, dated_by, date_lines = "", "", 0
    for block_start, block in _blocks(draft):
        # ("DIEGO: People keep telling me the U.S. gave three million doses. / MAYA: Two
        # million, not three.": a turn of a dialogue answers the turn before)
        turn = _compiled(_TURN, 0).match(block)
        previous, carried = (said_last if turn else ""), ""
        # A timeline's date line ("Late 2018", "April 10, 2019") dates the entry under it, when
        # the entry gives no year of its own. (A timeline's: one of two or more date lines; a
        # release's one date line above its headline dates the release, not the headline.)
        timeline = dated_by and date_lines > 1
        heading = headings.get(block_start, "") or (
            dated_by if timeline and not _compiled(_YEAR).search(block) else ""
        )
        dated_by = block.strip() if _compiled(_DATE_LINE).fullmatch(block.strip()) else ""
        date_lines += bool(dated_by)
        for sent_start, sentence in _sentences(block):
            # A sentence is read in bounded pieces, each a sentence of its own, so that no
            # clause, sentence or "sentence before" grows with the draft (see _pieces).
            for piece_start, piece in _pieces(sent_start, sentence):
                # "Migration: PE hosts ~1.3M Venezuelans; US aid >$286M": a line's label heads
                # each of its clauses.
                label = _compiled(_LINE_LABEL).match(piece)
                for clause_start, clause in _clauses(piece):
                    start = block_start + piece_start + clause_start
                    line, column = lines.place(start)
                    own = heading or (label.group(1) if label and clause_start else "")
                    segments.append(
                        Segment(clause, start, line, column, piece, block_start + piece_start,
                                previous, heading=own, carried=carried)
                    )  # fmt: skip
                # A piece whose subject is a pronoun hands on the sentence it took it from
                # (only one: bounded).
                if _compiled(_RATING_ONLY, re.I).fullmatch(piece.strip()):
                    continue  # "FALSE.", "TRUE, with a caveat.": the subject is still the one before
                carried = previous if pronoun_led(piece) else ""
                previous = piece
        said_last = previous if turn else ""
    return _numbered(segments)


# A turn of a transcript or an interview: a speaker's name, or Q or A, and a colon, at the
# block's start ("MAYA:", "[00:02:05] DIEGO:", "A:").
_TURN = (
    r"\s*(?:\[[\d:.]+\]\s*)?"
    # (not a header's label: "DATE: 6 OCT 2022", "SUBJECT: ...")
    r"(?!(?:DATE|SLUG|TRT|FROM|TO|CC|BCC|SUBJECT|SENT|RE|TIME|LENGTH|PAGE|SOURCE|NOTE|NOTES"
    r"|SUPER|LOWER\s+THIRD|GRAPHIC|CHYRON|TAG|SOT|VO|NAT\s+SOUND|CLAIM|RATING|VERDICT|RULING"
    r"|OUR\s+RATING|THE\s+CLAIM|THE\s+FACTS|FACTS|CONTEXT|UPDATE|CORRECTION)\s*:)"
    r"(?:[A-Z][A-Z.’' -]{0,30}|Q|A)\s*:\s"
)


# A piece of a few words and no number ("FALSE.", "Verdict: Mostly true.", "Not quite."): a
# rating or an answer, which names no subject of its own.
_RATING_ONLY = (
    r"(?:(?:our\s+)?(?:verdict|rating|ruling)\s*:\s*)?(?:mostly\s+|partly\s+|half\s+)?"
    r"(?:true|false|misleading|correct|incorrect|wrong|right|exaggerated|accurate|inaccurate"
    r"|unproven|yes|no|not\s+quite|not\s+true)\b[^\d\n]{0,25}"
)


def pronoun_led(text: str) -> bool:
    """True when a sentence opens (after a year) with a pronoun subject ("by 2021 it was ...",
    "That is 140 percent"): its subject is the sentence before's."""
    return _compiled(_PRONOUN_SUBJECT).match(text) is not None


# A piece that opens (after a year) with a pronoun subject: "by 2021 it was ...".
_PRONOUN_SUBJECT = (
    r"\s*(?:(?:in|by|since|from)\s+(?:\w+\s+)?(?:19|20)\d\d,?\s+)?"
    r"(?:it|they|(?:that|this)\s+(?:is|was|has|had))\b"
)


# (a topic's label, "Migration:", not a speaker's, "SECRETARY BLINKEN:")
_LINE_LABEL = r"(?:\d{1,2}/\s*)?((?-i:[A-Z][a-z][\w&-]*)(?:\s+[\w&-]+){0,2}):\s"


def _blanked(m: re.Match[str]) -> str:
    """A match read as spaces (offsets kept); a fenced block of data ("```csv") keeps its
    rows, read as the CSV or table they are, only its fences blanked."""
    text = m.group()
    first, _, rest = text.partition("\n")
    if _DATA_FENCE.match(first):
        body, _, last = rest.rpartition("\n")
        return " " * len(first) + "\n" + body + "\n" + " " * len(last)
    return " " * len(text)


_DATA_FENCE = re.compile(
    r"[ \t]*(?:```|~~~)[ \t]*(?:csv|tsv|text|txt|markdown|md|table)?[ \t]*$", re.I
)


def _numbered(segments: list[Segment]) -> list[Segment]:
    """Segments in reading order, each sentence numbered from 1 (``index`` held its offset)."""
    segments.sort(key=lambda g: g.start)
    numbers: dict[int, int] = {}
    return [replace(g, index=numbers.setdefault(g.index, len(numbers) + 1)) for g in segments]


# --- tables, CSV and outlines ------------------------------------------------------------------

_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$")
# (GFM asks one hyphen a cell: "|:--|--:|" and "|-|-|" are rules too)
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_CELL_LIMIT = 200  # a cell longer than this is prose, not a value


def _grids(draft: str, lines: LineIndex) -> tuple[str, list[Segment]]:
    """Markdown tables and CSV blocks read cell by cell, each cell headed by its column's header
    and its row's label; the draft is returned with them blanked (offsets kept)."""
    raw = draft.split("\n")
    segments: list[Segment] = []
    blank: list[tuple[int, int]] = []
    i = 0
    while i < len(raw):
        rows, last = _table_at(raw, i)
        if not rows:
            rows, last = _fixed_at(raw, i)
        if not rows:
            rows = _csv_at(raw, i)
            last = i + len(rows)
        if not rows:
            i += 1
            continue
        header, body = rows[0], rows[1:]
        caption = _caption(raw, i)
        for cells in body:
            segments += _row_segments(header, cells, raw, lines, caption)
        blank.append((lines.starts[i], lines.starts[last - 1] + len(raw[last - 1])))
        i = last
    for a, b in blank:
        draft = draft[:a] + re.sub(r"[^\n]", " ", draft[a:b]) + draft[b:]
    return draft, segments


Cell = tuple[int, int, str]  # line number (from 0), column offset, text


def _cells(line: str, n: int, sep: str) -> list[Cell]:
    """The cells of one row, with where each stands."""
    if sep == ",":
        return [(n, at, text) for at, text in _csv_fields(line)]
    found, at = [], 0
    body = line
    if sep == "|":
        lead = line.index("|") + 1
        body, at = line[lead : line.rindex("|")], lead
    for part in body.split(sep):
        stripped = part.strip()
        found.append((n, at + part.index(stripped) if stripped else at, stripped))
        at += len(part) + 1
    return found


def _csv_fields(line: str) -> list[tuple[int, str]]:
    """The fields of one CSV line as RFC 4180 quotes them, each with where its text starts:
    a quoted field's enclosing quotes are no part of it ("total trade under $20 billion")."""
    fields, i, n = [], 0, len(line)
    while True:
        while i < n and line[i] == " ":
            i += 1
        if i < n and line[i] == '"':
            # Its text as written, doubled quotes kept, so that every offset in it is the line's.
            start = i = i + 1
            while i < n and not (line[i] == '"' and line[i + 1 : i + 2] != '"'):
                i += 2 if line[i] == '"' else 1
            field = line[start:i]
            end = line.find(",", i + 1)
        else:
            start = i
            end = line.find(",", i)
            field = line[i : n if end < 0 else end]
        stripped = field.strip()
        fields.append((start + field.index(stripped) if stripped else start, stripped))
        if end < 0:
            return fields
        i = end + 1


def _table_at(raw: list[str], i: int) -> tuple[list[list[Cell]], int]:
    """The header and rows of a Markdown table starting at line i, and the line after it; or
    ([], i)."""
    if i + 1 >= len(raw) or not _TABLE_ROW.match(raw[i]):
        return [], i
    header = _cells(raw[i], i, "|")
    ruled = _TABLE_RULE.match(raw[i + 1]) is not None
    if not ruled and not _unruled_header(raw, i, header):
        return [], i
    rows = [header]
    j = i + (2 if ruled else 1)
    while j < len(raw) and _TABLE_ROW.match(raw[j]):
        rows.append(_cells(raw[j], j, "|"))
        j += 1
    return rows, j


# A fixed-width table's rule: two or more runs of hyphens (or "=") apart ("-------  -----").
_FIXED_RULE = re.compile(r"^[ \t]*(?:-{3,}|={3,})(?:[ \t]+(?:-{3,}|={3,}))+[ \t]*$")
_FIXED_PIECE = re.compile(r"\S+(?: \S+)*")  # words apart by one space: one cell's text
_FIXED_ROWS = 200  # rows a fixed-width table is read to (bounded)


def _fixed_at(raw: list[str], i: int) -> tuple[list[list[Cell]], int]:
    """The header and rows of a fixed-width table (a header line, a rule of hyphen runs under
    its columns, rows aligned to them, as budget appendices print them) starting at line i,
    and the line after it; or ([], i). A rule within it (above a total) is skipped."""
    if i + 1 >= len(raw) or not raw[i].strip() or not _FIXED_RULE.match(raw[i + 1]):
        return [], i
    starts = [m.start() for m in re.finditer(r"[-=]{3,}", raw[i + 1])]
    rows = [_fixed_cells(raw[i], i, starts)]
    j = i + 2
    while j < len(raw) and raw[j].strip() and j - i < _FIXED_ROWS:
        if not _FIXED_RULE.match(raw[j]):
            rows.append(_fixed_cells(raw[j], j, starts))
        j += 1
    return (rows, j) if len(rows) >= 2 else ([], i)


def _fixed_cells(line: str, n: int, starts: list[int]) -> list[Cell]:
    """One fixed-width row's cells: each run of words (apart by one space) in the column whose
    span (from its rule's start to the next one's) holds its middle."""
    texts: list[list[str]] = [[] for _ in starts]
    at = list(starts)
    for m in _FIXED_PIECE.finditer(line):
        middle = (m.start() + m.end()) // 2
        k = max(0, sum(1 for s in starts if s <= middle) - 1)
        if not texts[k]:
            at[k] = m.start()
        texts[k].append(m.group(0))
    return [(n, at[k], " ".join(texts[k])) for k in range(len(starts))]


def _unruled_header(raw: list[str], i: int, header: list[Cell]) -> bool:
    """True when line i heads a pipe table written without its rule line ("| Year | Total
    trade |" over "| 2009 | $9B |"), as slides and e-mails often are: every cell a word, not
    a value, the line above no row, and the next row as wide."""
    return (
        (i == 0 or not _TABLE_ROW.match(raw[i - 1]))
        and len(header) >= 2
        and all(re.search(r"[A-Za-z]", c[2]) and not _VALUE_CELL.match(c[2]) for c in header)
        and _TABLE_ROW.match(raw[i + 1]) is not None
        and len(_cells(raw[i + 1], i + 1, "|")) == len(header)
    )


def _csv_at(raw: list[str], i: int) -> list[list[Cell]]:
    """The header and rows of a CSV block (or a tab-separated paste) starting at line i, or []."""
    sep = "\t" if "\t" in raw[i].strip() else ","
    header = [text for _, _, text in _cells(raw[i], i, sep)]
    width = len(header) - 1
    if width < 1 or any(not re.search(r"[A-Za-z]", h) or len(h.split()) > 5 for h in header):
        return []
    if _compiled(_NO_HEADER).match(raw[i]):
        # " - USAID agreement: $231 million, through 2026": a bullet, or a header with an
        # amount in it, is a list's line whose comma is prose's ("2,000+" is no two fields).
        return []
    rows = [_cells(raw[i], i, sep)]
    j = i + 1
    while (
        j < len(raw)
        and len(_cells(raw[j], j, sep)) == width + 1
        and not _prose_line(raw[j], j, sep)
    ):
        rows.append(_cells(raw[j], j, sep))
        j += 1
    numeric = any(re.fullmatch(r"[$\d.,%+-]+\w{0,2}", c[2]) for row in rows[1:] for c in row)
    # A field in quotes ('trade,"total trade over $22 billion",2021') is CSV's, not prose's.
    quoted = any(re.search(r'(?:^|,)"[^"]*"(?:,|$)', raw[k]) for k in range(i + 1, j))
    return rows if len(rows) >= 2 and (numeric or quoted) else []


_NO_HEADER = r"\s*(?:[-*•‣◦▪·]\s|\d{1,2}[.)]\s)|.*(?:[$€£]\s?\d|\d\s*(?:million|billion)\b)"


def _prose_line(line: str, n: int, sep: str) -> bool:
    """True for a line after a CSV block that is a sentence with commas, not a row: it ends with
    a stop and a field of it runs to many words (a row's "Census est." is an abbreviation)."""
    return line.rstrip().endswith(".") and any(
        len(text.split()) > _ROW_FIELD_WORDS for _, _, text in _cells(line, n, sep)
    )


_ROW_FIELD_WORDS = 6  # words a CSV field may have; a field of more, ending a line, is prose


def _caption(raw: list[str], i: int) -> str:
    """The line right above a table, when it is short enough to be its caption."""
    above = raw[i - 1].strip() if i else ""
    if not above and i > 1:
        above = raw[i - 2].strip()
    return above if 0 < len(above) <= _CELL_LIMIT else ""


# What a table's caption may say of all its values: their unit.
# and their scale ("Amounts in US$ millions", "Figures in $bn", "in thousands").
_CAPTION_UNIT = re.compile(
    r"(?:\bU\.?S\.?\s*dollars\b|\bUSD\b|\bUS\$|\$|\bdollars\b|\bpercent\b)"
    r"(?:\s*(?:millions?|billions?|thousands?|bn|mn|m|b|k)\b)?"
    r"|\b(?:millions?|billions?|thousands?)\s+of\s+(?:current\s+|constant\s+)?(?:U\.?S\.?\s*)?"
    r"dollars\b"
    r"|\bin\s+(?:millions|billions|thousands)\b",
    re.IGNORECASE,
)
# A column of years that date their rows ("year", "period", "FY").
_WHEN_COLUMN = re.compile(
    r"^(?:years?|period|date|fy|fiscal\s+year|when|time\s*frame|timing|timeline|term"
    r"|as[\s_]of|as[\s_]at|(?:data|reference)[\s_]year|year[\s_]of[\s_]data|vintage)$",
    re.IGNORECASE,
)
_SHORT_SPAN_CELL = r"(?P<start>(?:19|20)\d\d)\s*[-–—/]\s*(?P<end>\d\d)"
# A column that numbers its rows ("#", "No.", "Line", "Row", "Item", "Rank"), and a row's number.
_INDEX_COLUMN = re.compile(
    r"^\s*(?:#|n[o°º]\.?|nos?\.|s/?n|sr\.?(?:\s*no\.?)?|line|row|item|rank|ref\.?|index|idx)\s*$",
    re.IGNORECASE,
)
_ROW_NUMBER = re.compile(r"\d{1,3}[a-z]?[.)]?")
# A column that says where a row comes from, not what it is ("Source", "Notes").
_ASIDE_WORD = (
    r"(?:sources?|notes?|via|reported\s+by|comments?|links?|remarks?|origin|provenance|citations?"
    r"|references?|refs?|attributions?|according\s+to|cited\s+(?:by|in)|sourced?\s+(?:from|by)"
    r"|where\s+(?:it|they|this|these|the\s+\w+)\s+comes?\s+from|where\s+from)"
)
# ("Staff comment", "Editor's notes": whose aside it is may come first.)
_ASIDE = re.compile(
    rf"^(?:[\w’']+\s+)?{_ASIDE_WORD}(?:\s*(?:[/&,]|and)\s*{_ASIDE_WORD})*$", re.IGNORECASE
)


def _row_segments(
    header: list[Cell], cells: list[Cell], raw: list[str], lines: LineIndex, caption: str = ""
) -> list[Segment]:
    """One segment per cell of a row, headed by its column's header, its row's words and years,
    and the table's caption (which may give the unit: "Values in current US dollars")."""
    row = raw[cells[0][0]] if cells else ""
    found = []
    # "USD unless noted": a row whose unit column names its unit keeps it, not the caption's.
    units = {
        k
        for k, (_, _, text) in enumerate(cells)
        if k < len(header) and re.fullmatch(r"units?", header[k][2].strip(), re.IGNORECASE) and text
    }
    stated = [cells[k][2] for k in sorted(units)]
    unit = "" if stated else _caption_unit(caption)
    # A caption's one date of count dates the values of a table that dates none ("Venezuelans
    # abroad (R4V platform, end-2020)"); not a year that may date the table itself ("2023").
    undated = not any(re.search(_YEAR, c[2]) for c in (*header, *cells))
    dated = (
        {m.group("year") for m in _compiled(_AS_OF_YEAR).finditer(caption)} if undated else set()
    )
    as_of = dated.pop() if len(dated) == 1 else ""
    # (not "rows sourced to Census are not from the sheet": a caption of some rows)
    some = _compiled(_SOME_ROWS).search(caption)
    elsewhere = m.group(0) if (m := _compiled(_NOT_THE_SHEET).search(caption)) and not some else ""
    # The years the header's columns stand for, first to last ("| 2009 | 2016 | 2021 |").
    years = [h[2].strip() for h in header[1:] if re.fullmatch(_YEAR, h[2].strip())]
    for k, (n, col, text) in enumerate(cells):
        title = header[k][2] if k < len(header) else ""
        when = not k or _WHEN_COLUMN.match(title)
        if not text or len(text) > _CELL_LIMIT or (when and re.fullmatch(_YEAR, text)):
            continue  # an empty or prose cell, or a row's year, which heads the others
        if (
            when
            and (span := _compiled(_SHORT_SPAN_CELL).fullmatch(text))
            and (int(span["end"]) > int(span["start"][2:]))
        ):
            continue  # a row's span of years cut short ("2009-21", not "2021-09"): no count
        if _INDEX_COLUMN.match(title) and _ROW_NUMBER.fullmatch(text):
            continue  # a row's number ("| Line | Program |": "| 4 | ..."), no value
        title = header[k][2] if k < len(header) else ""
        # The row's other cells that are words ("total_trade", "usd") say what a value is;
        # its years say when.
        periods = _when_cells(header, cells)
        # (a unit cell heads its row's values, numbers and all: "USD mn (last 3 yrs)")
        # (a quoted claim, a fact-check table's "| "Trade hit $30 billion" | over $22 billion |
        # False |", is a sentence of its own: no other cell heads it, and it heads none)
        quoted = [j for j, c in enumerate(cells) if c[2][:1] in _QUOTE_MARKS]
        others = [] if k in quoted else [c[2] for j, c in enumerate(cells)
                  if j != k and j not in quoted and (_says(c[2]) or c[2] in periods or j in units)
                  and not (j < len(header) and _ASIDE.match(header[j][2])
                           and not _names_a_country(c[2]))
                  and not _notes_another(cells, periods, j, k)]  # fmt: skip
        # A period's cell dates its row, and gives no unit ("all years" is no count of years).
        others = [
            " ".join(m.group(0) for m in re.finditer(_YEAR, _span_as_years(_month_as_year(c))))
            if c in periods
            else c
            for c in others
        ]
        change = _compiled(CHANGE_CELL).fullmatch(text) is not None
        if change:
            # ("| Total trade | $18.6bn (2018) | $22bn+ (2021) | +19% |": a change between the
            # row's own values is over their years)
            others += [" ".join(m.group(0) for m in re.finditer(_YEAR, c[2]))
                       for j, c in enumerate(cells)
                       if j != k and c[2] not in others and re.search(_YEAR, c[2])]  # fmt: skip
        elif text.rstrip().endswith("%") and re.fullmatch(_YEAR, title.strip()) and years[:1]:
            # ("| Growth since the PTPA | - | 91% | 190% |" under "| 2009 | 2016 | 2021 |": a
            # percent in a column of a year is the change from the table's first year to it)
            change, others = True, [*others, years[0]]
        words_ = [title, *others, as_of]
        bound = next((q for c in others if (q := _bound_cell(c))), "")
        heading = re.sub(r"[_|]", " ", " ".join(words_)).strip()
        start = lines.starts[n] + col
        line, column = lines.place(start)
        found.append(Segment(text, start, line, column, row.strip(), lines.starts[n],
                             heading=heading, bound=bound,
                             unit=stated[0] if stated else "", caption=unit, cell=True,
                             change=change, label=cells[0][2] if k else "",
                             elsewhere=elsewhere))  # fmt: skip
    return found


_QUOTE_MARKS = '"“'


# A caption that says its table's figures are not the sheet's ("Table B: context (not in the
# fact sheet)").
_NOT_THE_SHEET = (
    r"\bnot\s+in\s+the\s+(?:(?:State\s+Department|department)[’']s\s+)?(?:fact\s*)?sheet\b"
)
_SOME_ROWS = r"\b(?:where|rows?|marked|if|unless|except|some|those|others?|and)\b"


_AS_OF_YEAR = (
    r"\b(?:as\s+(?:of|at)\s+|(?:at\s+the\s+)?(?:end|mid|middle|start)(?:[- ]|\s+of\s+))"
    r"(?P<year>(?:19|20)\d\d)\b"
)
# A cell that is a change: "+19%", "-3 %", "~3.8x".
CHANGE_CELL = r"\s*[+\-−~≈]\s*\d[\d.,]*\s*(?:%|x|×)\s*|\s*\d[\d.,]*\s*[x×]\s*"


def _names_a_country(cell: str) -> bool:
    """True when a cell names a country or a region beyond the sheet ("Spain (via COVAX)"): in
    a source column, whose the value is, not only where it was taken from."""
    # (names as written, capitalized: "chile" in a cell is no country)
    return _compiled(_country_names(), 0).search(cell) is not None


@functools.cache
def _country_names() -> str:
    """A pattern of the countries and regions of FOREIGN_NAMES, which lists them before its
    cities and bodies (a source column's "UNHCR" is a source; its "Arequipa", a city of Peru);
    built when a table first needs it, not at import."""
    countries = FOREIGN_NAMES.split(" Beijing ", 1)[0]
    return r"\b(?:" + "|".join(re.escape(n) for n in foreign_names() if n in countries) + r")\b"


def _notes_another(cells: list[Cell], periods: set[str], j: int, k: int) -> bool:
    """True when cell j, a note right of cell k, notes another value of the row: one between
    them ("| Doses donated | 2 million | 6 million | U.S. donations to Colombia |": the note
    is the 6 million's)."""
    between = cells[k + 1 : j] if j > k else []
    return any(_is_value(c[2]) and c[2] not in periods for c in between)


def _is_value(cell: str) -> bool:
    """True for a cell that states a value: not empty, no dash for none, not words."""
    return bool(cell.strip(" —–-")) and not _says(cell)


def _month_as_year(cell: str) -> str:
    """A period cell's ISO months ("2024-05", "2021-09/2026") read as their years."""
    return re.sub(r"\b((?:19|20)\d\d)-(?:0[1-9]|1[0-2])\b", r"\1", cell)


def _span_as_years(cell: str) -> str:
    """A period cell's span of years ("2001-2016", "2001–16") as its two years."""
    return re.sub(
        r"\b((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)?\d\d)\b",
        lambda m: f"{m[1]} {m[2] if len(m[2]) == 4 else m[1][:2] + m[2]}",
        cell,
    )


def _when_cells(header: list[Cell], cells: list[Cell]) -> set[str]:
    """The cells of a row that stand in a column of dates or periods ("Year", "Period")."""
    return {
        text for j, (_, _, text) in enumerate(cells)
        if j and j < len(header) and _WHEN_COLUMN.match(header[j][2].strip())
    }  # fmt: skip


def _bound_cell(cell: str) -> str:
    """The bound a cell of its own gives its row's values ("over", "more-than", ">"), or ""."""
    text = cell.strip().lower()
    if text in _SIGN_CELLS:
        return _SIGN_CELLS[text]
    try:
        return qualifier_named(text)  # the store's ids, and their former names ("more-than")
    except ValueError:
        pass
    for pattern, qualifier in BOUNDS_BEFORE:
        if _compiled(pattern).fullmatch(text):
            return qualifier
    return ""


# A bound cell as a symbol, or as the export's word for its class (vocab.BOUND_WORDS); each
# class read as its widest qualifier ("below" as under, not nearly).
_BY_SYMBOL = {"": Qualifier.EXACT, ">": Qualifier.OVER, ">=": Qualifier.AT_LEAST,
              "<": Qualifier.UNDER, "<=": Qualifier.UP_TO, "~": Qualifier.ABOUT}  # fmt: skip
_SIGN_CELLS = {
    **{symbol or "=": q for symbol, q in _BY_SYMBOL.items()},
    **{BOUND_WORDS[symbol]: q for symbol, q in _BY_SYMBOL.items()},
}


def _caption_unit(caption: str) -> str:
    """The unit and scale a caption gives: its first, and a unit after a bare scale ("in
    millions of dollars"); not the "percent" of one row it mentions later."""
    found = [m.group(0) for m in _CAPTION_UNIT.finditer(caption)][:2]
    return " ".join(found if found and found[0].lower().startswith("in ") else found[:1])


def _says(cell: str) -> bool:
    """True for a cell that heads its row's values: words, or a year (not another value, with
    its note: "12.6m (all COVAX deliveries)" is a value of its own column)."""
    if re.fullmatch(_YEAR, cell):
        return True
    # A note with a number of its own ("last 5 years", "34 projects") is a value's, too.
    # (not the number of a name: "COVID-19 doses donated")
    numbered = any(
        not re.fullmatch(_YEAR, n) for n in re.findall(r"(?<![A-Za-z]-)\b\d(?:[\d,.]*\d)?", cell)
    )
    return not numbered and not _VALUE_CELL.match(cell)


# A cell that starts with an amount ("$23.5bn (USTR)", "$286m+ from the U.S.", "1.49m"), not a year.
_VALUE_CELL = re.compile(
    r"[~≈<>]?\s*(?:US)?\$?\s*\d[\d,.]*\s*(?:%|[kmb]n?|bn|million|billion|thousand)?\+?(?:\s|$)",
    re.IGNORECASE,
)


def _outline(draft: str) -> dict[int, str]:
    """The parent bullet's text for each sub-bullet of an outline, by the sub-bullet's offset."""
    headings: dict[int, str] = {}
    parents: list[tuple[int, str]] = []  # (indent, text) of the open bullets, outermost first
    title = ""  # a slide's or a box's title line right above its bullets
    offset = 0
    for raw in draft.split("\n"):
        bullet = _compiled(_BULLET).match(raw)
        if bullet:
            indent = len(raw) - len(raw.lstrip())
            while parents and parents[-1][0] >= indent:
                parents.pop()
            if parents or title:
                headings[offset + bullet.end()] = (parents[-1][1] if parents else title)[
                    :_CELL_LIMIT
                ]
            parents.append((indent, raw[bullet.end() :].strip()))
        else:
            parents = []
            # "Slide 2 — Trade under the PTPA", "MIGRATION": a short line that ends no
            # sentence titles the bullets under it ("Health, development & migration" lists
            # topics: it names no one bullet's subject).
            line = raw.strip()
            # ("Trade (goods and services)": what brackets add qualifies the one topic)
            topics = _TOPICS.search(re.sub(r"\([^()]*\)", " ", line))
            one_topic = len(line) <= _TITLE_LIMIT and not topics
            title = line if one_topic and not line.endswith((".", "!", "?")) else ""
        offset += len(raw) + 1
    return headings


_TITLE_LIMIT = 80
_TOPICS = re.compile(r"[,&/;+]|\s(?:and|y)\s", re.IGNORECASE)


class LineIndex:
    """Where each line of a text starts, so that an offset's line is found in log time."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.bom = text.startswith("\ufeff")

    def place(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of an offset (an editor does not show a leading BOM)."""
        line = bisect.bisect_right(self.starts, offset)
        column = offset - self.starts[line - 1] + 1
        return line, column - (1 if line == 1 and self.bom else 0)


def _blocks(draft: str) -> list[tuple[int, str]]:
    """Paragraphs, bullet items and lines that end without a full stop, each with its offset."""
    spans: list[list[int]] = []  # [start, end] of each block in the draft
    offset = 0
    for raw in draft.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        bullet = _compiled(_BULLET).match(line)
        lead = bullet.end() if bullet else len(line) - len(line.lstrip())
        start, end = offset + lead, offset + len(line)
        offset += len(raw)
        if start >= end:
            spans.append([end, end])  # a blank line ends a paragraph
        elif not bullet and spans and _continues(_tail(draft, *spans[-1]), line[lead:]):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [(a, draft[a:b]) for a, b in spans if draft[a:b].strip()]


def _tail(draft: str, start: int, end: int) -> str:
    """The last words of a block: all that decides whether the next line carries it on."""
    return draft[max(start, end - _TAIL) : end]


_TAIL = 80
# A line that is only a number, with its sign, currency, scale and a short unit ("$321M",
# "80M+", "~400", "20 YEARS"): a caption follows it.
_BIG_NUMBER = re.compile(
    r"[~≈<>+]?[ \t]*(?:US)?\$?[ \t]*\d[\d,.]*[ \t]*(?:[A-Za-z]{1,8})?[ \t]*\+?%?"
)
_OPEN_END = r"(?:[,;:\-–—(]|\b(?:and|or|but|the|of|to|in|a|an|with|for|by|from|than|between|its|their|at|on|as))$"


def _continues(block: str, line: str) -> bool:
    """True when ``line`` carries on the sentence of ``block`` (a hard-wrapped paragraph)."""
    text = block.rstrip()
    if not text:
        return False
    if text.endswith((".", "!", "?", '"', "”")):
        return True  # the same paragraph: the sentence splitter parts it
    if _BIG_NUMBER.fullmatch(text) and not _BIG_NUMBER.match(line):
        return True  # an infographic's big number ("2 MILLION"), its caption on the next line
    # One claim a line, without full stops, is common in notes: a line starting with a capital
    # after a line that could end there is a new claim; a wrapped line carries on.
    return line[:1].islower() or _compiled(_OPEN_END).search(text) is not None


def _sentences(text: str) -> list[tuple[int, str]]:
    """Sentences with their offsets; "U.S." and "Jan." do not end one."""
    found = []
    start = 0
    for m in _compiled(_SENTENCE_END).finditer(text):
        inline_bullet = m.group(0).strip() in "•‣◦▪"
        look = max(start, m.start() - _TAIL)  # an abbreviation is short: a bounded look back
        if (
            not inline_bullet
            and _compiled(_ABBREVIATION).search(text[look : m.start() + 1])
            # ("... sent home from the U.S. The State Department also ...": an initialism
            # ends a sentence when a word that opens one follows it)
            and not (
                re.search(r"\b(?:[A-Z]\.){2,3}$", text[look : m.start() + 1])
                and _compiled(_OPENS_A_SENTENCE, 0).match(text, m.end())
            )
        ):
            continue
        found.append((start, text[start : m.start() + 1]))
        start = m.end()
    found.append((start, text[start:]))
    return [(s + len(t) - len(t.lstrip()), t.strip()) for s, t in found if t.strip()]


def _clauses(sentence: str) -> list[tuple[int, str]]:
    """Coordinated clauses of a sentence, each with its offset in the sentence."""
    parts = []
    start = 0
    for m in _compiled(_CLAUSE).finditer(sentence):
        # (a second act, its verb right after "and", needs only a number before it)
        before, after = sentence[start : m.start()], sentence[m.end() :]
        act = _compiled(_SECOND_ACT).match(after) and _compiled(_AHEAD_NUMBER).search(before)
        if m["and"] and not act and not _coordinated(before, after):
            continue  # "the environmental and climate program had ...": one subject
        parts.append((start, sentence[start : m.start()]))
        start = m.end()
    parts.append((start, sentence[start:]))
    return [piece for s, t in parts if t.strip() for piece in _dashed(s, t)]


def _coordinated(before: str, after: str) -> bool:
    """True when an "and" with a subject and verb after it joins two clauses with numbers: a
    number in digits either side ("trade grew to $22 billion and aid reached $286 million"),
    or a number just before it and one ahead ("for forty years and USAID has worked with
    DEVIDA for thirty"; not "In 2009 trade between the United States and Peru was six")."""
    if re.search(r"\d", before) and re.match(r"[^.;]*?\d", after):
        return True
    return bool(_compiled(rf"{_AHEAD_NUMBER}(?:\s+[\w-]+){{0,2}}\s*$").search(before))


# A hyphen spaced on both sides on one line is a typed dash ("Peru - like Chile - has ...").
_DASH = re.compile(r"\s+(?:[—–]|--)\s+|[ \t]+-[ \t]+")


# (compiled when first used: reading a draft, never a lookup)
_APPOSITIVE = (
    rf"(?:(?:just|some|about|around|roughly|nearly|almost|over|under|more\s+than|less\s+than)\s+)*"
    rf"(?:[$€£]?\d|(?:{'|'.join(NUMBER_WORDS)})\b)"
)


def _dashed(start: int, clause: str) -> list[tuple[int, str]]:
    """A clause with a pair of dashes in it, as the clause and the words the dashes set off."""
    dashes = list(_DASH.finditer(clause))
    if len(dashes) == 1:
        return _after_one_dash(start, clause, dashes[0])
    if len(dashes) < 2:
        return [(start, clause)]
    a, b = dashes[0], dashes[1]
    if "-" in a.group(0) and _compiled(_APPOSITIVE).match(clause, a.end()):
        # "the first batch - just over 1 million shots - landed": typed hyphens around a
        # number are as often a list's or a range's as a dash's, and the words before them
        # say what part it is; the clause is read whole.
        return [(start, clause)]
    # "Farm exports – blueberries, grapes – were worth $3.1 billion": the words set off are an
    # aside; the clause runs on around them (blanked, so offsets hold).
    main = clause[: a.start()] + " " * (b.end() - a.start()) + clause[b.end() :]
    pieces = [(start, main), (start + a.end(), clause[a.end() : b.start()])]
    return [(s, t) for s, t in pieces if t.strip()]


def _after_one_dash(start: int, clause: str, dash: re.Match[str]) -> list[tuple[int, str]]:
    """A clause with one dash in it, as two clauses when what follows the dash is a clause
    with a subject and a number of its own ("Peru is home to 1.3 million Venezuelans --
    Colombia, next door, hosts close to 2.5 million"); else whole ("$22bn — trade in 2021")."""
    before, after = clause[: dash.start()], clause[dash.end() :]
    # (what comes before must be a clause with a number too, not a timeline's date: "Late
    # 2019 - Peru is home to some 862,000 Venezuelans" is dated by it)
    yearless = re.sub(r"\b(?:19|20)\d\d\b", " ", before)
    if len(re.findall(r"\w+", yearless)) < _CLAUSE_WORDS:
        return [(start, clause)]
    if not _compiled(_AHEAD_NUMBER).search(yearless) or not _compiled(_OWN_CLAUSE).match(after):
        return [(start, clause)]
    return [(start, before), (start + dash.end(), after)]


_CLAUSE_WORDS = 4  # the fewest words, years aside, of a clause before a dash (not "June 28")
# A subject of up to four words, perhaps with an aside in commas ("Colombia, next door,"; not
# "which" or "who": a relative clause is still the subject's), then its verb and a number.
_OWN_CLAUSE = (
    r"(?!(?:which|who|whom|whose|that|where|when|and|or|but|up|down|from|to|in|of)\b)"
    rf"(?-i:[A-Z])[\w.’'-]*,?\s+(?:[\w.’'-]+,?\s+){{0,3}}{_OWN_VERB}\s[^.;]*?{_AHEAD_NUMBER}"
)


_LONGEST = 600  # characters: a sentence longer than this is no prose, and is read in pieces
_GAP = re.compile(r"\s{40,}")  # a run of white space this long ends a piece: it joins nothing


def _pieces(start: int, sentence: str) -> list[tuple[int, str]]:
    """A sentence, or pieces of it cut at long gaps and at spaces when it is too long for prose."""
    # Reading a sentence costs more than its length (every number looks around itself and at
    # its sentence); "1 1 1 ..." 20,000 times is no sentence, and bounded pieces keep a check
    # linear in the draft's length.
    pieces = []
    at = 0
    for gap in [*_GAP.finditer(sentence), None]:
        stop = gap.start() if gap else len(sentence)
        while stop - at > _LONGEST:
            cut = sentence.rfind(" ", at + 1, at + _LONGEST)
            cut = cut if cut > at else at + _LONGEST
            pieces.append((start + at, sentence[at:cut]))
            at = cut
        pieces.append((start + at, sentence[at:stop]))
        at = gap.end() if gap else stop
    return [(s + len(t) - len(t.lstrip()), t.strip()) for s, t in pieces if t.strip()]


@functools.cache
def _compiled(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A pattern compiled once, when first needed."""
    return re.compile(pattern, flags)


# --- numbers -----------------------------------------------------------------------------------

_WORDNUM = rf"(?:{'|'.join(sorted(_SMALL, key=len, reverse=True))})"
_DIGIT_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"
# "thousand" inside a compound only ("one thousand one"); alone it is the scale ("two thousand").
# "and" joins only after a hundred or thousand ("four hundred and twelve"): "two and three"
# are two numbers.
_MORE_WORDS = (
    rf"(?:[\s-]+(?:(?:(?<=hundred[\s-])|(?<=thousand[\s-]))and[\s-]+)?"
    rf"(?:{_WORDNUM}|hundred|thousand(?=[\s-]+(?:and[\s-]+)?{_WORDNUM}\b))\b)"
)
# ("a hundred and forty", "a thousand and fifty": the article is the one of a compound)
_WORDS = (
    rf"(?:{_WORDNUM}|an?[\s-]+(?:hundred|thousand)(?=[\s-]+(?:and[\s-]+)?{_WORDNUM}\b))"
    rf"{_MORE_WORDS}*"
)
_SCALE_RE = "|".join(sorted(_SCALES, key=len, reverse=True))
_NUMBER = rf"""
    (?P<cur>US\$|U\.S\.\s?\$|\$|USD\s?)?
    (?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
      |(?P<words>{_WORDS})\b(?:[\s-]+point[\s-]+(?P<point>{_DIGIT_WORD}(?:[\s-]+{_DIGIT_WORD})*)\b)?
      |(?P<article>an?|one|(?P<couple>a[\s-]+couple(?:[\s-]+of)?))(?:[\s-]+(?P<hundred>hundred)(?=[\s-]+(?:thousand|million|billion|trillion)\b))?
       (?=[\s-]+(?:hundred|thousand|million|billion|trillion|dozen)\b))
    (?P<half>[\s-]+and[\s-]+a[\s-]+half\b)?
    (?:(?P<plus>\+)?[\s-]*(?P<scale>{_SCALE_RE}|dozen)\b)?
    (?P<odd>-odd\b|-plus\b|\+(?=\s*(?:years?|yrs?|decades?)\b))?
    (?:[\s-]*(?P<unit>%|percent\b|per\s?cent\b|percentage[\s-]+points?\b|points?\b
       |(?:US\s+|U\.S\.\s+|American\s+)?dollars?\b|USD\b|-?fold\b|times\b|x\b
       |years?\b|yrs?\b|decades?\b|centur(?:y|ies)\b))?
"""
_ORDINAL = (
    rf"(?P<ord>\d{{1,3}})(?:st|nd|rd|th)|(?P<ordw>(?:{_WORDNUM}[\s-]+)?"
    rf"(?:{'|'.join(sorted(_ORDINAL_WORDS, key=len, reverse=True))}))"
)
# ("its 25th anniversary", "in its 15th year", "now in its twentieth year")
_ANNIVERSARY = (
    rf"\b(?:{_ORDINAL})[\s-]+(?:anniversary|birthday|jubilee|year\s+of\b"
    # (a bare "year" only after "its": see _anniversaries)
    r"|(?P<bare>year)(?=\s*(?:[,.;:)!?]|$|and\b|in\s+(?:19|20)\d\d\b)))"
    # ("Happy 25th to the MOU!": only after "happy", see _anniversaries)
    r"|\b(?:"
    + _ORDINAL.replace("?P<ord>", "?P<hord>").replace("?P<ordw>", "?P<hordw>")
    + r")(?=\s+(?:to|for)\b|\s*!)"
)
_SPAN = (
    r"\b(?:(?:the\s+)?(?:past|last|previous)\s+(?P<past>decade|century)"
    rf"|(?P<span>{'|'.join(re.escape(s) for s in sorted(_SPANS, key=len, reverse=True))})\b"
    r"|(?P<long>decade|century)-long)"
)
_MULTIPLY = (
    # (not the "double" of "double-check" or "double-digit", a word of its own)
    r"\b(?P<mult>(?:doubl|tripl|trebl|quadrupl|quintupl)(?:ed|es|e|ing)|halved|halving|halves)"
    r"\b(?![-‐])"
    r"|\b(?:by|of)\s+(?P<frac>half|a\s+half|a\s+third|a\s+quarter|a\s+fifth|a\s+tenth)\b"
)
# What follows "the two" used as a pronoun: no noun, but a stop or a word that takes none.
_THE_N_ALONE = r"\s*(?:[.,;:!?)]|(?:apart|together|up|of\s+(?:them|us|you)|are|were)\b)"
_FRACTIONS = {"half": 0.5, "a half": 0.5, "a third": Decimal(1) / 3, "a quarter": 0.25,
              "a fifth": 0.2, "a tenth": 0.1}  # fmt: skip
_YEAR = (
    r"(?:(?<![\d$.,/-])|(?<=\bmid-)|(?<=\bend-)|(?<=\blate-)|(?<=\bearly-))"
    r"(?P<year>(?:19|20)\d{2}|['’]\d{2}(?!\d))(?P<decade>s)?"
    r"(?![\d%]|[.,]\d|-\d|/\d)"
)
# Title case or capitals ("OCTOBER SIXTH" in a TV script), never lower case ("may", "march").
_MONTH_WORDS = (
    "January February March April May June July August September October November December"
)
_MONTH_ABBRS = "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec"
_MONTH_NAME = (
    "(?P<{g}>(?:"
    + "|".join(f"{n}|{n.upper()}" for n in _MONTH_WORDS.split())
    + r")\b|(?:"
    + "|".join(f"{n}|{n.upper()}" for n in _MONTH_ABBRS.split())
    + r")\b\.?)"
)
# A line that is only a date, the heading of a timeline's entry: "Late 2018", "June 2021",
# "April 10, 2019", "10 April 2019", "Spring 2020", "Q3 2019" (a bare year is a _BIG_NUMBER).
_DATE_LINE = (
    r"(?:(?:early|mid|late|end\s+of|start\s+of|spring|summer|fall|autumn|winter|Q[1-4])[\s-]+)?"
    r"(?:(?:[0-3]?\d\s+)?" + _MONTH_NAME.format(g="dl_m") + r"(?:\s+[0-3]?\d)?,?\s+)?"
    r"(?:19|20)\d\d:?"
)


# (not the tail of a longer number, nor of a counter: "2022\nJanuary 15", "4/5 Jan 15")
_DAY = r"(?<![\d/])(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%])"
# The days of a month as ordinal words: "the ninth of March", "the twenty-first of May".
_DAY_WORDS = {
    **{w: n for w, n in _ORDINAL_WORDS.items() if n <= 20},
    **{f"twenty{sep}{w}": 20 + n for w, n in _ORDINAL_WORDS.items() if n <= 9 for sep in "- "},
    "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
}  # fmt: skip
_DAY_WORD = "|".join(sorted([*_DAY_WORDS, *(w.upper() for w in _DAY_WORDS)], key=len, reverse=True))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
# "September twenty-twenty", "June twenty twenty-one": a month's year said in words.
# (a year's century, then the rest: "twenty" and "twenty-one", "nineteen" and "oh-nine")
_YEAR_REST = rf"(?:{_TENS})(?:[\s-]+(?:{_ONES}))?|{_TEENS}|(?:oh|o)[\s-]+(?:{_ONES})"
_NOT_A_COUNT = rf"(?![\s-]+(?:{_ONES}|hundred|thousand|million|billion)\b)"
_YEAR_WORDS = rf"(?:nineteen|twenty)[\s-]+(?:{_YEAR_REST})\b{_NOT_A_COUNT}"
# "September of two thousand twenty", "in two thousand and nine": a year said as a count.
_THOUSAND_YEAR = (
    rf"two[\s-]+thousand(?:[\s-]+and)?[\s-]+(?:(?:{_TENS})(?:[\s-]+(?:{_ONES}))?|{_TEENS}|{_ONES})\b"
    rf"(?![\s-]+(?:hundred|thousand|million|billion)\b)"
)
_DATE = (
    rf"{_MONTH_NAME.format(g='m1')}\s+{_DAY.format(g='d1')}"
    # "October 3-7, 2022", "October 5 to 7": a span of days of one month.
    r"(?:(?:\s*[-–]\s*|\s+(?:to|through|until)\s+)(?P<last>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]\d))?"
    rf"(?:,?\s+(?P<y1>(?:19|20)\d{{2}})\b)?"
    rf"|(?:the\s+)?{_DAY.format(g='d2')}\s+(?:of\s+)?{_MONTH_NAME.format(g='m2')}"
    rf"(?:,?\s+(?P<y2>(?:19|20)\d{{2}})\b)?"
    rf"|the\s+(?P<dw>{_DAY_WORD})\s+of\s+{_MONTH_NAME.format(g='m4')}(?:,?\s+(?P<y4>(?:19|20)\d{{2}})\b)?"
    rf"|{_MONTH_NAME.format(g='m5')}\s+(?:the\s+)?(?P<dw2>{_DAY_WORD})\b"
    rf"(?:,?\s+(?:(?P<y5>(?:19|20)\d{{2}})\b|(?P<sy5>{_YEAR_WORDS})))?"
    rf"|{_MONTH_NAME.format(g='m3')},?\s+(?:of\s+)?(?:(?P<y3>(?:19|20)\d{{2}}|['’]\d{{2}})\b"
    rf"|(?P<sy3>{_YEAR_WORDS}|{_THOUSAND_YEAR}))"
    r"|\b(?P<iso>(?:19|20)\d{2}-[01]\d(?:-[0-3]\d)?)\b"
    r"|\b(?P<us>[01]?\d)/(?P<usd>[0-3]?\d)/(?P<usy>(?:19|20)\d{2})\b"
)
# Words before a number that make it a name, not a quantity ("Section 301", "Phase 2").
_PHONE = (
    r"(?:\+\d{1,3}[\s.-]*)?\(\d{1,4}(?:-\d{1,3})?\)[\s.-]*\d{3,4}[\s.-]\d{3,4}|\+\d{1,3}[\s.-]+\d{1,4}[\s.-]+\d{3,4}[\s.-]\d{3,4}"
    # ("01 618 2000": a trunk prefix's zero, then its groups)
    r"|(?<![\d,.])0\d{1,3}[\s.-]\d{3,4}[\s.-]\d{3,4}(?!\d|[,.]\d)"
)
_NAMING = frozenset(
    "section article chapter title resolution law decree route no number phase level tier group "
    "grade class room page line bullet item paragraph version flight act bill code series "
    "stage round act clause annex form suite floor apt apartment unit box ext extension "
    "building office row column".split()
)
# A list of numbers after a naming word, up to the separator before this one.
_NAMED_LIST = (
    r"\b(?P<word>[A-Za-z]+)\s+\d{1,3}(?:\s*(?:,|&|\band\b|\bor\b)\s*\d{1,3})*"
    r"\s*(?:,\s*(?:and\s+|or\s+)?|&\s*|\band\s+|\bor\s+)$"
)
# The rest of such a list after a number, up to the last one ("..., 7 and 12").
_LIST_GOES_ON = r"(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|or|&)\s+\d{1,3}(?!\d|[.,]\d)"


def _in_a_named_list(before: str, after: str) -> bool:
    """True for a number of a list after a naming word ("the sum of lines 5, 7 and 12",
    "items 3 and 4"): each names a line or an item, and counts nothing."""
    goes_on = _compiled(_LIST_GOES_ON).match(after) is not None
    listed = _compiled(_NAMED_LIST).search(before[-_TAIL:])
    # (not "On page 4, 34 projects": a comma goes on a list only when an "and" ends it)
    if listed and _names(listed["word"]):
        return goes_on or not listed.group(0).rstrip().endswith(",")
    # (the list's first number, right after a plural: "lines 5, ...")
    plural = re.search(r"\b([A-Za-z]+s)\s+$", before[-20:])
    return plural is not None and _names(plural.group(1)) and goes_on


def _names(word: str) -> bool:
    """True for a word that names what a number numbers ("line 9", "lines 5"), not a count."""
    word = word.lower()
    return word in _NAMING or (word.endswith("s") and word[:-1] in _NAMING)


# ("Claim 2: ...", "Slide 4", "Exhibit 3": a fact-check's or a deck's own numbering, in digits
# right after its word; not "SLIDE — Six decades of cooperation")
_NUMBERING = re.compile(
    r"\b(?:claim|question|slide|step|exhibit|table|chart|episode|footnote|part)\s$", re.IGNORECASE
)
# ("dates only to 2002", "those programs date from 2019", "began only in 2015": the same)
_SINCE = r"(?:since|began|begun|begin|started|starting|launched|established|founded|created|dat(?:es|ing|ed|e)\s+(?:back\s+)?(?:only\s+|just\s+)?(?:to|from)|back\s+to|as\s+far\s+back\s+as)\s+(?:only\s+|just\s+)?(?:in\s+)?(?:the\s+)?$"
_WHEN = r"(?:^|\(\s*|\b(?:in|during|on|around|circa|back\s+in|of\s+the\s+year|year)\s+)$"
# ("(to 2026)", "assistance to 2026", "between now and 2026": what lasts to a year)
_BARE_TO = r"\(\s*to|\b(?:assistance|aid|funding|programs?|programming|support|financing)\s+to"
_UNTIL = (
    r"(?:"
    + _BARE_TO
    + r"|\bbetween\s+(?:now|today)\s+and|through|thru|until|till|til|all\s+the\s+way\s+to|extend(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}(?:to|into)|ending\s+in|expir\w*\s+in|expir\w*\s+at\s+the\s+end\s+of|end\s+of|ends\s+in|runs?\s+to|running\s+to|lasting\s+until|by"
    # ("runs out in 2023", "runs → 2028")
    # (the verb left outside the reading, a word that says what ends)
    r"|(?:(?<=\bruns\s)|(?<=\brun\s)|(?<=\bran\s)|(?<=\brunning\s))out\s+in"
    r"|(?:(?<=\bruns\s)|(?<=\brun\s))(?:→|->)):?\s+(?:the\s+end\s+of\s+)?$"
)


_SIGNED = (
    r"\b(?:signed|inked|sealed|concluded|agreed|adopted|ratified|took\s+effect|came\s+into\s+(?:force"
    r"|effect)|entered\s+into\s+force|went\s+into\s+effect)\s+"
    r"(?:back\s+|first\s+|originally\s+|only\s+)?(?:in|during)\s+$"
    # ("MOU signed 2002; ...", "agreement, signed 2020, running to 2026": a note's, no "in")
    r"|\b(?:signed|inked|sealed|ratified)\s*:?\s+$"
    # "USAID signed its $321 million agreement with Peru in 2019": the verb's own object
    # between it and its date.
    r"|\b(?:signed|inked|sealed|ratified)\s+(?:its|the|a|an|their)\s+[^.;:,()]{1,60}?\s+in\s+$"
    # ("the agreement it signed with your government in 2020": with whom, between)
    r"|\b(?:signed|inked|sealed|ratified)\s+with\s+[^.;:,()\d]{1,60}?\s+in\s+$"
    # "dates it to 2019", "date from 2019": when something was made.
    r"|\bdat(?:es|ed|e|ing)\s+(?:(?:it|them|that|this|those|(?:the|its)\s+[^.;:,()]{1,40}?)\s+)?"
    r"(?:to|from|back\s+to)\s+$"
)
# "in 2020 it signed a $231 million agreement": a year that opens a signing dates it.
_SIGNED_AFTER = r",?\s+(?:[\w.’'-]+\s+){0,2}?(?:signed|inked|sealed|ratified)\b"
_YEAR_DENIED = r"\b(?:rather\s+than|instead\s+of|not)\s+(?:in\s+|on\s+|during\s+)?$"


def read_numbers(text: str) -> list[Reading]:
    """Every quantity and date of one clause, left to right, with its bound as written."""
    taken: list[tuple[int, int]] = []
    readings = _dates(text, taken)
    readings += _anniversaries(text, taken) + _ordinal_spans(text, taken)
    readings += _spans(text, taken) + _multipliers(text, taken)
    readings += _year_spans(text, taken) + _years(text, taken, spelled=True)
    readings += _quantities(text, taken)
    readings += _years(text, taken)
    readings = _shared_units(text, _ranges(text, sorted(readings, key=lambda r: r.number_start)))
    return [_bounded(text, r, readings) for r in readings]


def _shared_units(text: str, readings: list[Reading]) -> list[Reading]:
    """ "25 and 20 years", "20 or 30 percent": a bare number joined to the next, which gives a
    unit of time or a share, is of that unit too."""
    out = list(readings)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (
            a.unit == COUNT and b.unit in (YEARS, PERCENT) and _scale_of(a) == 1
            and a.bound == Qualifier.EXACT and a.value < 1000
            and re.fullmatch(r",?\s*(?:and|or|,)\s*", text[a.end : b.start])
        ):  # fmt: skip
            out[i] = replace(a, unit=b.unit)
    return out


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when no earlier reading covers any of start..end; then it is taken."""
    if any(a < end and start < b for a, b in taken):
        return False
    taken.append((start, end))
    return True


def _dates(text: str, taken: list[tuple[int, int]]) -> list[Reading]:
    """Dates in every usual English form: Jan. 15, 15 January, January 15th, 2022-01-15."""
    found = []
    for m in _compiled(_DATE, 0).finditer(text):
        parts = _date_parts(m)
        if parts is None:
            continue
        year, month, day = parts
        last = int(m["last"]) if m["last"] else None
        end = m.end()
        if last is not None and (day is None or not day < last <= 31):
            # "October 6 - 34 projects": no span of days; the date ends at its day.
            last, end = None, m.end("d1")
        if not _free(taken, m.start(), end):
            continue
        found.append(
            Reading(m.start(), end, m.start(), end, text[m.start() : end], DATE,
                    Decimal(year or 0), Qualifier.EXACT, month=month, day=day,
                    year_given=year is not None,
                    high=Decimal(last) if last is not None else None)
        )  # fmt: skip
    return found


def _date_parts(m: re.Match[str]) -> tuple[int | None, int, int | None] | None:
    """(year, month, day) of a date match, or None when it is no real date."""
    year: int | None
    day: int | None
    if m["iso"]:
        nums = [int(p) for p in m["iso"].split("-")]
        year, month, day = nums[0], nums[1], (nums[2] if len(nums) > 2 else None)
    elif m["us"]:
        year, month, day = int(m["usy"]), int(m["us"]), int(m["usd"])
    else:
        name = m["m1"] or m["m2"] or m["m3"] or m["m4"] or m["m5"]
        month = _month(name)
        raw_day = m["d1"] or m["d2"]
        day = int(raw_day) if raw_day else _DAY_WORDS.get((m["dw"] or m["dw2"] or "").lower())
        raw_year = m["y1"] or m["y2"] or m["y3"] or m["y4"] or m["y5"]
        said = m["sy3"] or m["sy5"]
        if said:
            return _year_in_words(said), month, day
        # "Sept. '21": a two-digit year is of this century.
        year = (
            int(raw_year.lstrip("'’").rjust(4, "0")) + (2000 if raw_year[0] in "'’" else 0)
            if raw_year
            else None
        )
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    return year, month, day


def _year_in_words(said: str) -> int:
    """The year a month's year in words gives ("twenty twenty-one": 2021)."""
    if said.lower().startswith("two"):
        return words_to_int(said.lower())  # ("two thousand twenty": a count of years)
    century, rest = re.split(r"[\s-]+", said.lower(), maxsplit=1)
    rest = re.sub(r"^oh?[\s-]+|^o\s+h?[\s-]+", "", rest)
    return _WORD_VALUES[century] * 100 + words_to_int(rest)


def _month(name: str) -> int:
    """The number of a month name or abbreviation."""
    word = name.rstrip(".").lower()
    return MONTHS.get(word) or _MONTH_ABBR[word[:4] if word.startswith("sept") else word[:3]]


def _anniversaries(text: str, taken: list[tuple[int, int]]) -> list[Reading]:
    """ "its 25th anniversary" and "twenty-fifth anniversary" as a number of years."""
    found = []
    for m in _compiled(_ANNIVERSARY).finditer(text):
        if m["bare"] and not re.search(r"\bits\s+$", text[max(0, m.start() - 8) : m.start()]):
            continue  # "now in its 15th year", not "up from $6 billion that first year"
        happy = m["hord"] or m["hordw"]
        if happy and not re.search(r"\bhappy\s+$", text[max(0, m.start() - 8) : m.start()], re.I):
            continue  # "Happy 25th to ...", not "the 25th to arrive"
        if m["ord"] or m["hord"]:
            years = int(m["ord"] or m["hord"])
        else:
            *tens, last = re.split(r"[\s-]+", (m["ordw"] or m["hordw"]).lower())
            years = _ORDINAL_WORDS[last] + (words_to_int(tens[0]) if tens else 0)
        if _free(taken, m.start(), m.end()):
            note = f'read "{m.group(0)}" as {years} years'
            found.append(Reading(m.start(), m.end(), m.start(), m.end(), m.group(0), YEARS,
                                 Decimal(years), Qualifier.EXACT, note=note, fixed=True))  # fmt: skip
    return found


def _spans(text: str, taken: list[tuple[int, int]]) -> list[Reading]:
    """Spans of time in words: "half a decade", "a century", "the past decade", "decade-long"."""
    found = []
    for m in _compiled(_SPAN).finditer(text):
        word = (m["past"] or m["long"] or m["span"]).lower()
        years = _TIME_UNITS.get(word) or _SPANS[word]
        if _free(taken, m.start(), m.end()):
            note = f'read "{m.group(0)}" as {years} years'
            found.append(Reading(m.start(), m.end(), m.start(), m.end(), m.group(0), YEARS,
                                 Decimal(years), Qualifier.EXACT, Decimal(1), note=note,
                                 fixed=bool(m["past"])))  # fmt: skip
    return found


def _ordinal_spans(text: str, taken: list[tuple[int, int]]) -> list[Reading]:
    """An age said by its ordinal: "now in its fifth decade" is 40 to 50 years."""
    found = []
    for m in _compiled(_ORDINAL_SPAN).finditer(text):
        n = _ORDINAL_WORDS.get(m["ord"].lower()) or int(re.sub(r"\D", "", m["ord"]) or 0)
        unit = _TIME_UNITS[m["unit"].lower()]
        start, end = m.start("ord"), m.end()
        if not n or not _free(taken, start, end):
            continue
        note = f'read "{m.group(0).strip()}" as {(n - 1) * unit} to {n * unit} years'
        found.append(Reading(start, end, start, end, text[start:end], YEARS,
                             Decimal((n - 1) * unit), "range", Decimal(1),
                             high=Decimal(n * unit), note=note))  # fmt: skip
    return found


_ORDINALS = "|".join(_ORDINAL_WORDS)
_ORDINAL_SPAN = (
    r"\b(?:in|into)\s+(?:its|their|the|her|his|our|a)\s+"
    rf"(?P<ord>{_ORDINALS}|\d{{1,3}}(?:st|nd|rd|th))\s+(?P<unit>decade|century|year)\b"
)


def _multipliers(text: str, taken: list[tuple[int, int]]) -> list[Reading]:
    """ "doubled", "tripled": a change in percent (+100%, +200%)."""
    found = []
    for m in _compiled(_MULTIPLY).finditer(text):
        if m["frac"]:
            # "grew by half" is a change of +50%, but only after a verb of change.
            if not re.search(r"\b(?:gr[eo]w\w*|r[io]se\w*|increas\w*|expand\w*|climb\w*|jump\w*"
                             r"|fell|fall\w*|drop\w*|declin\w*|shr[iu]nk\w*)\s+$",
                             text[: m.start()], re.IGNORECASE):  # fmt: skip
                continue
            share = Decimal(str(_FRACTIONS[re.sub(r"\s+", " ", m["frac"].lower())]))
            down = re.search(r"(?:fell|fall|drop|declin|shr)\w*\s+$", text[: m.start()], re.I)
            factor = 1 - share if down else 1 + share
        else:
            stem = re.sub(r"(?:ed|es|e|ing|ves|ved|ving)$", "", m["mult"].lower())
            factor = Decimal(str(_MULTIPLIERS[stem]))
        if _free(taken, m.start(), m.end()):
            change = (factor - 1) * 100
            # A verb of multiplying is a round word: "tripled" says about three times.
            note = f'read "{m.group(0)}" as a change of about {change:+}%'
            found.append(Reading(m.start(), m.end(), m.start(), m.end(), m.group(0), CHANGE,
                                 change, Qualifier.ABOUT, Decimal(10), note=note))  # fmt: skip
    return found


def _quantities(text: str, taken: list[tuple[int, int]]) -> list[Reading]:
    """Amounts, percentages, durations and counts, each a quantity and not a name."""
    found = []
    for m in _compiled(_NUMBER, re.IGNORECASE | re.VERBOSE).finditer(text):
        start, end = m.start(), m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start or not _is_quantity(text, m, start, end):
            continue
        if not _free(taken, start, end):
            continue
        reading = _fraction(text, _quantity(m, start, end, text[start:end]))
        delta = _compiled(_DELTA).search(text[max(0, start - 40) : start])
        # "we added two Fulbright programs" counts new things; "added $5 billion" is a change.
        added = delta is not None and re.match(r"(?:added|gain)", delta.group(0), re.IGNORECASE)
        # ("The U.S. added $86.8 million in technical assistance": what it gave besides, a level)
        given = added and _compiled(_GIVEN_AS, re.IGNORECASE).match(text, end) is not None
        if delta and not given and (reading.unit == USD or (reading.unit == COUNT and not added)):
            # "grew by $13 billion": a difference between two figures, not a level.
            reading = replace(reading, unit="difference", note="a difference, not a level")
        if reading.start == start and _compiled(_WHOLE, re.IGNORECASE).search(
            text[max(0, start - 60) : start]
        ):
            reading = Reading(start, end, start, end, reading.text, reading.unit, reading.value,
                              Qualifier.EXACT, reading.precision, whole=True)  # fmt: skip
        found.append(reading)
    return found


_WHOLE = (
    # (a number's own digits, not a clause's comma after it: "in 2009, growth of 104%")
    rf"(?:(?:\d(?:[\d,.]*\d)?|{_WORDNUM}|half|a\s+third|a\s+quarter|most|some|all|many|several"
    r"|two[\s-]thirds)\s+(?:\w+\s+)?|\bout\s+)"
    # "16 of Peru's 25 regions", "16 of the country's 25", "out of the country's 25 regions"
    r"of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+|(?:the\s+)?[\w’']+(?:’s|'s)\s+)?$"
)


_DELTA = (
    r"\b(?:gr[eo]w\w*|r[io]s[ei]\w*|increas\w*|climb\w*|jump\w*|fell|fall\w*|drop\w*|declin\w*"
    r"|shr[iu]nk\w*|up|down|added|gain\w*)\s+(?:by\s+)?(?:(?:some|about|over|nearly|almost|"
    r"more\s+than|less\s+than)\s+)?(?:US\$|\$)?$"
    # "raised its aid by US$65 million": a verb of change, its object, then "by".
    r"|\b(?:rais\w*|boost\w*|increas\w*|expand\w*|lift\w*|cut|cuts|reduc\w*|trimm\w*|topp\w*\s+up)"
    r"\s+(?:[\w’'-]+\s+){0,3}by\s+(?:(?:some|about|over|nearly|almost|more\s+than)\s+)?(?:US\$|\$)?$"
)
# A verb of doing again, before "N times": how often ("shared 14,000 times", "viewed ...").
_REPEATED = (
    r"\b(?:shared|reshared|viewed|retweeted|reposted|liked|played|watched|downloaded|clicked"
    r"|cited|quoted|forwarded|streamed|seen|read|visited)\s+(?:[\w-]+\s+){0,2}$"
)
# What a multiple is of, when it is not a change ("three times that", "twice as large as").
_TIMES_ANOTHER = (
    r"\s+(?:that|this|those|these|what|as\b|(?:larger|bigger"
    r"|greater|higher|more|less|fewer|smaller|lower)\s+than)"
)
# What an amount added is given as ("in technical assistance", "of in-kind aid"); not a time
# ("added $5 billion in 2021" is a change), nor an addition to something ("added $65 million in
# new funds to an earlier agreement").
_GIVEN_AS = (
    r"\s+(?:in|of)\s+(?!(?:fy\s*)?(?:19|20)\d\d\b)"
    r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)[a-z]"
    r"(?![^.;:\n]*\bto\s+(?:a|an|the|its|their|this|that)\b)"
)
_FRACTION = (
    r"\b(?P<frac>half|a\s+half|one\s+half|a\s+third|one\s+third|two[\s-]thirds|a\s+quarter"
    r"|one\s+quarter|three[\s-]quarters)\s+(?:of\s+)?$"
)
_FRACTIONS_OF = {"half": Decimal("0.5"), "third": Decimal(1) / 3, "thirds": Decimal(2) / 3,
                 "quarter": Decimal("0.25"), "quarters": Decimal("0.75")}  # fmt: skip


def _fraction(text: str, r: Reading) -> Reading:
    """ "half a billion", "a third of a billion dollars": a share of the number after it."""
    look = max(0, r.start - 40)
    m = _compiled(_FRACTION).search(text, look, r.start)
    if m is None or r.unit not in (USD, COUNT) or r.value % 1000:
        return r
    share = _FRACTIONS_OF[re.split(r"[\s-]+", m["frac"].lower())[-1]]
    return replace(r, start=m.start(), number_start=m.start(), text=text[m.start() : r.end],
                   value=r.value * share, precision=r.precision * share)  # fmt: skip


def _is_quantity(text: str, m: re.Match[str], start: int, end: int) -> bool:
    """False for names and compounds: COVID-19, G7, 9/11, two-way, one-on-one, Phase 2, 2021."""
    # Only the words right by a number decide: bounded windows keep reading linear.
    before, after = text[max(0, start - 60) : start], text[end : end + 60]
    if start and (text[start - 1].isalnum() or text[start - 1] in "/_'’^#"):
        return False  # "G7", "9/11", "'09" (a year, read as one)
    head = re.search(r"[\d-]*$", before)
    token = re.match(r"[\d-]*", text[start:])
    code = (head.group(0) if head else "") + (token.group(0) if token else "")
    if code.count("-") and sum(c.isdigit() for c in code) >= 7:
        return False  # "555-1234", "1-800-555-0100": a phone number or a code
    # (a phone number the number is part of: "+51 1 441 2750", each of its groups)
    look = max(0, start - 16)
    if any(
        m.start() + look < end and start < m.end() + look
        for m in _compiled(_PHONE).finditer(text[look : end + 16])
    ):
        return False  # "+1 (202) 555-0147", "(01) 434-1200": each part of a phone number
    if re.search(r"\b[A-Z]{2}\s+$", before[-4:]) and re.fullmatch(r"\d{5}", text[start:end]):
        return False  # "Washington, DC 20036": a postcode
    plain = not (m["cur"] or m["scale"] or m["unit"])
    if plain and (re.match(r":[0-5]\d(?!\d)", after) or re.search(r"(?<!\d)\d{1,2}:$", before)):
        return False  # "5:00 p.m.", "10:30": a time of day
    listed = re.search(r"(?:^|[,;:]|\b(?:and|or))\s*\($", before[-8:])
    if plain and listed and after[:1] == ")" and len(m["digits"] or "") < 3:
        return False  # "(2) drug interdiction": an item's number in a list
    if re.match(r"-?\s*old\b|-(?:plus|odd|ish)\b", after, re.IGNORECASE):
        pass  # "25-year-old" is an age ("20-YEAR-OLD PACT" in a headline too); "$22bn-plus" a bound
    elif re.match(r"-(?:pronged|prong|pillar|strand|track|tier|part)\b", after):
        pass  # "a three-pronged approach" counts its prongs
    elif (
        after[:1].isalpha()
        or after[:1] == "/"
        or re.match(r"-[A-Za-z]", after)
        or (after[:1] in ".," and after[1:2].isdigit())
    ):
        return False  # "5G", "9/11", "two-way", "one-on-one", "first-time"
    if re.search(r"[A-Za-z]-$", before) and m["digits"]:
        return False  # "COVID-19", "G-20"
    if re.search(r"\d[,.·]$|\bpoint\s+$", before[-12:], re.IGNORECASE):
        return False  # "1,3 million", "one point three million": a number we cannot read
    # (the word right before it: not "On page 4, 34 projects")
    previous = re.search(r"([A-Za-z]+)[\s#:.,(]*$", before[-20:])
    if previous and previous.group(1).lower() in _NAMING and not m["cur"]:
        return False
    if not (m["cur"] or m["scale"]) and _in_a_named_list(before, after):
        return False
    if m["digits"] and not (m["cur"] or m["scale"]) and _NUMBERING.search(before[-12:]):
        return False
    if not (m["scale"] or m["unit"] or m["cur"]):
        one = bool(m["words"]) and m["words"].lower() == "one"
        if m["article"] or (one and not _compiled(_ONE_COUNTS).search(f"{before}\0{after}")):
            return False  # "one for women, another for youth": a pronoun, not a count
        if m["words"] and re.search(r"\bthe\s+$", before) and _compiled(_THE_N_ALONE).match(after):
            return False  # "keep the two apart", "of the three, ...": a pronoun, not a count
        if m["digits"] and re.fullmatch(r"(?:19|20)\d{2}", m["digits"]):
            return False  # a year: read by _years
    return True


# "one" as a count: "the embassy's one new Fulbright program" (not "one new program for women
# and another for youth", one of several), "it launched only one." ("\0" marks the number).
_ONE_COUNTS = (
    r"\0\s+new\s+(?![^.;:]{0,80}\b(?:another|other|second|and\s+one)\b)"
    r"|\bonly\s+\0\s*(?:[.;!?]|$)"
)
_AGE_AT_MOST = 100  # an age a thing "hits this year" (not "alumnae hit 400 this year")
_AGED = r"\b(?:turn(?:ed|s|ing)?|aged?)\s+$"
_REACHED = r"\b(?:hits?|hitting|reach(?:es|ed|ing)?)\s+$"
_THIS_YEAR = r"\s+(?:this|last|next)\s+year\b"


def _quantity(m: re.Match[str], start: int, end: int, written: str) -> Reading:
    """The Reading of one number match: value, precision and unit."""
    if m["digits"]:
        value, precision = digits_value(m["digits"])
    elif m["words"] and m["point"]:
        # "one-point-three million": 1.3, read to its last spoken digit.
        decimals = "".join(str(_SMALL.index(w)) for w in re.split(r"[\s-]+", m["point"].lower()))
        value = Decimal(f"{words_to_int(m['words'])}.{decimals}")
        precision = Decimal(1).scaleb(-len(decimals))
    elif m["words"]:
        value, precision = Decimal(words_to_int(m["words"])), Decimal(1)
    else:  # "a million"; "a hundred million"; "a couple hundred thousand"
        value = Decimal((100 if m["hundred"] else 1) * (2 if m["couple"] else 1))
        precision = Decimal(1)
    if m["half"]:
        # "two and a half million", "3 and a half years": read to the half.
        value, precision = value + Decimal("0.5"), Decimal("0.5")
    scale = Decimal(_SCALES[m["scale"].lower()]) if m["scale"] else Decimal(1)
    spoken = (m["words"] or m["article"]) and m["scale"] and not m["half"]
    precision = scale if spoken else precision * scale
    value *= scale
    unit, note = COUNT, ""
    # ("the MOU, which hits 20 this year": an age reached this year, as "turns 20" is)
    before = m.string[:start]
    reached = (
        value <= _AGE_AT_MOST
        and _compiled(_REACHED).search(before)
        and _compiled(_THIS_YEAR).match(m.string, end)
    )
    if not m["unit"] and (_compiled(_AGED).search(before) or reached):
        note = f'read "{written}" as an age in years'
        return Reading(
            start,
            end,
            start,
            end,
            written,
            YEARS,
            value,
            Qualifier.EXACT,
            precision,
            note=note,
            age=True,
        )
    word = re.sub(r"[\s.-]", "", (m["unit"] or "").lower())
    named = UNIT_WORDS.get(word)
    if m["cur"] or named == USD or word.endswith(("dollars", "dollar")):
        unit = USD
    elif named == PERCENT:
        unit = PERCENT
    elif word.endswith(("point", "points")):
        unit = "points"  # percentage points: no figure of the sheet is in points
    elif named == TIMES and _compiled(_REPEATED).search(
        m.string, max(0, m.start() - 40), m.start()
    ):
        # "a post shared more than 14,000 times": how often something was done, no multiple.
        unit, note = "occasions", f'read "{written}" as how often something was done'
    elif (named == TIMES or word == "x") and _compiled(_TIMES_ANOTHER, re.I).match(m.string, end):
        # "three times that", "five times as large as": a multiple of another quantity, no
        # change of a figure's own.
        unit, note = "multiple", f'read "{written}" as a multiple of another quantity'
    elif named == TIMES or word == "x":
        unit, note = CHANGE, f'read "{written}" as a change of {(value - 1) * 100:+}%'
        value, precision = (value - 1) * 100, precision * 100
    elif word in _TIME_UNITS:
        factor = Decimal(_TIME_UNITS[word])
        unit, value, precision = YEARS, value * factor, precision * factor
    # "sixty-odd years", "20-plus years": the bound stands between the number and its unit.
    # ("$22+ billion": a plus before the scale bounds the number as one after it does)
    odd = (m["odd"] or ("+" if m["plus"] and m["scale"] else "")).lstrip("-").lower()
    bound = Qualifier.ABOUT if odd == "odd" else Qualifier.AT_LEAST if odd else Qualifier.EXACT
    return Reading(start, end, start, end, written, unit, value, bound, precision, note=note)


_YEAR_SPAN = (
    r"(?<![\d$.,/-])(?P<first>(?:19|20)\d\d)\s*[-–—]\s*(?P<last>(?:19|20)\d\d)(?![\d%]|[.,]\d)"
)


def _year_spans(text: str, taken: list[tuple[int, int]]) -> list[Reading]:
    """ "2021-2026": two years, the span's start and end (context, unless a figure the clause
    states rightly makes them its event's dates)."""
    found = []
    for m in _compiled(_YEAR_SPAN, 0).finditer(text):
        if not _free(taken, m.start(), m.end()):
            continue
        for part in ("first", "last"):
            found.append(Reading(m.start(part), m.end(part), m.start(part), m.end(part),
                                 m[part], "year", Decimal(m[part]), Qualifier.EXACT,
                                 claimable=False))  # fmt: skip
    return found


_YEAR_CUE = "|".join(rf"(?<=\b{w}\s)" for w in ("in", "since", "through", "until", "by", "during"))
# "twenty twenty-one", "nineteen ninety-seven", "twenty oh-nine": a year said as two numbers,
# which no count is; "two thousand and nine" only where a year is expected ("in", "since").
_SPELLED_YEAR = (
    rf"\b(?P<year>{_YEAR_WORDS})"
    rf"|(?:{_YEAR_CUE})(?P<thousand>{_THOUSAND_YEAR})"
)


def _year_marks(text: str, spelled: bool) -> Iterator[tuple[int, int, Decimal, bool]]:
    """Where each year is written, its value and whether it names a decade ("the 1990s")."""
    if spelled:
        for m in _compiled(_SPELLED_YEAR).finditer(text):
            if m["thousand"]:
                yield m.start(), m.end(), Decimal(words_to_int(m["thousand"])), False
                continue
            yield m.start(), m.end(), Decimal(_year_in_words(m["year"])), False
        return
    for m in _compiled(_YEAR).finditer(text):
        raw = m["year"]
        # "'09": a two-digit year is of this century.
        year = Decimal(raw) if raw[0].isdigit() else Decimal(2000 + int(raw[1:]))
        yield m.start(), m.end(), year, bool(m["decade"])


def _years(text: str, taken: list[tuple[int, int]], spelled: bool = False) -> list[Reading]:
    """Bare years: "since 1982" (a duration), "through 2026" (an end year) or context."""
    found = []
    for start, end, year, decade in _year_marks(text, spelled):
        if not _free(taken, start, end):
            continue
        look = max(0, start - 60)
        before = text[look:start]
        if re.search(r"\bthe\s+$", before, re.I) and re.match(r"\s+[A-Z][a-z]", text[end:]):
            continue  # "the 2001 Inter-American Democratic Charter": a name
        written = text[start:end]
        if (s := _compiled(_SINCE).search(before)) is not None:
            at = look + s.start()
            found.append(Reading(at, end, start, end, text[at : end],
                                 YEARS, year, Qualifier.EXACT, Decimal(10 if decade else 1),
                                 since=True))  # fmt: skip
        elif (
            (u := _compiled(_UNTIL).search(before)) is not None
            and not decade
            and (
                # (a bare "to" ends a span only where the year ends its phrase: not "aid to 2019
                # levels")
                not _compiled(_BARE_TO, re.I).match(u.group(0))
                or re.match(r"\s*(?:[).,;:!?]|$|\s(?:and|but|or)\b)", text[end:]) is not None
            )
        ):
            at = look + u.start()
            note = f'read "{text[at:end]}" as an end year'
            found.append(Reading(at, end, start, end, written, DATE, year,
                                 Qualifier.EXACT, note=note))  # fmt: skip
        elif not decade:
            # Every year is context for the numbers near it ("the 2009 figure"); it is a claim
            # of its own only after "in", "on", "during" ("USAID signed it in 2021").
            claim = _compiled(_WHEN).search(before) is not None
            # "signed in 2021, rather than in 2020": the corrected year dates nothing.
            denied = _compiled(_YEAR_DENIED).search(before) is not None
            # "the $321 million deal, signed back in 2019": the year dates the signing.
            event = _compiled(_SIGNED).search(before) is not None or (
                claim and _compiled(_SIGNED_AFTER).match(text, end) is not None
            )
            found.append(Reading(start, end, start, end, written, "year", year,
                                 Qualifier.EXACT, claimable=claim or event, denied=denied,
                                 event=event and not denied))  # fmt: skip
    return found


_RANGE_GAP = r"\s*(?:-|–|—|to|and)\s*"


def _ranges(text: str, readings: list[Reading]) -> list[Reading]:
    """ "between $280 million and $290 million", "$280-290 million", "280 to 290": one range."""
    out: list[Reading] = []
    for r in readings:
        prev = out[-1] if out else None
        if prev is None or not _is_range(text, prev, r):
            out.append(r)
            continue
        low, unit = prev.value, r.unit if r.unit != COUNT else prev.unit
        if low != 0 and low < r.value / 1000:
            # "$280-290 million": the first number borrows the second's scale and unit.
            low *= _scale_of(r)
        lead = re.search(r"between\s+$", text[: prev.start], re.IGNORECASE)
        start = lead.start() if lead else prev.start
        out[-1] = Reading(start, r.end, prev.number_start, r.number_end, text[start : r.end],
                          unit, low, "range", r.precision, high=r.value)  # fmt: skip
    return out


def _is_range(text: str, a: Reading, b: Reading) -> bool:
    """True when two numbers side by side are the ends of one range."""
    if DATE in (a.unit, b.unit) or "year" in (a.unit, b.unit) or a.bound == "range":
        return False
    if CHANGE in (a.unit, b.unit) or (a.unit != b.unit and COUNT not in (a.unit, b.unit)):
        return False  # "doubled to $22 billion": a change and the amount it reached
    gap = text[a.end : b.start]
    if not re.fullmatch(_RANGE_GAP, gap, re.IGNORECASE):
        return False
    word = gap.strip().lower()
    if _scale_of(a) > 1 and _scale_of(b) == 1 and b.value < a.value:
        return False  # "over $5 million to 34 projects": the 34 is no end of a range
    if word == "and":
        return re.search(r"between\s+$", text[: a.start], re.IGNORECASE) is not None
    if word == "to":
        return re.search(r"from\s+$", text[: a.start], re.IGNORECASE) is None
    return COUNT in (a.unit, b.unit) or a.unit == b.unit


def _scale_of(r: Reading) -> Decimal:
    """The scale word's factor of a reading ("million" -> 10**6), from its written text."""
    m = re.search(rf"\b({_SCALE_RE})\b", r.text, re.IGNORECASE)
    return Decimal(_SCALES[m.group(1).lower()]) if m else Decimal(1)


_WINDOW = 80  # characters around a number where its bound words may stand
# A denial of the clause's claim before its number: "did not donate", "never topped", "failed
# to reach" ("not only", "not just" deny nothing; "no more than" is a bound, read as one).
_NEGATION = (
    r"(?:\b(?:not|never|neither|nor|nobody|no\s+one|hardly|scarcely)|n[’']t|\bno\s+longer"
    r"|\bfail(?:s|ed|ing)?\s+to|\byet\s+to|\bat\s+no\s+(?:point|time|stage)|\bin\s+no\s+way"
    r"|\bby\s+no\s+means)"
    # The denied verb stands right before the number, its object: "did not donate two million",
    # "has not given Peru two million" (not "never eclipsed INL's forty-year commitment").
    # "did not stop at two million", "is not limited to": more than it, no denial.
    r"(?!\s+(?:only|just|merely|simply|least|(?:stop|end|halt)\w*\s+(?:at|with)|limited\s+to)\b)"
    # "Not the same pot as USAID's $321 million", "does not say over how many years the $286
    # million ...": a comparison, or what a text leaves unsaid, denies no number.
    # ("so nobody confuses it with the 2,000+ artifacts": a mix-up denied, not the number)
    # ("That doesn't square with forty years": a fit with the number denied, not the number)
    r"(?!\s+(?:square|squares|squared|tally|tallies|jibe|jibes|agree|agrees|correspond"
    r"|corresponds|line\s+up|fit|fits)\s+with\b)"
    r"(?!\s+(?:the\s+same|part\s+of|included|counted|confused|confuses|confuse|mixes|mistakes"
    r"|to\s+be\s+confused|related|linked"
    r"|comparable|like|say|says|said|mention|mentions|specify|specifies|state|states|list|lists"
    r"|explain|explains|detail|details|tell|tells|show|shows|indicate|indicates|break)\b)"
    # "Neither guest mentioned the $321 million agreement": a mention denied, not the number.
    r"(?!(?:\s+[\w’'-]+){1,2}\s+(?:mentioned|cited|raised|noted|discussed|named|acknowledged"
    r"|brought\s+up|referred\s+to)\b)"
    # "Nor is the $321 million agreement as generous as it sounds": the number is the subject
    # of what is denied, said of it after it (not "never delivered the two million doses").
    # ("has not been working with Peru's government for 60 years": a verb phrase of a few
    # words, with no mark between)
    # (not "never eclipsed INL's forty-year commitment": a possessive's number is its noun's)
    # ('U.S. "never donated" 2 million doses': a quoted denial's closing mark between)
    r"\b(?:\s+[A-Za-z’'-]+){0,6}(?<!\bis\sthe)(?<!\bwas\sthe)(?<!\bare\sthe)(?<!\bwere\sthe)"
    r"(?<![’']s)[\"”]?\s+$"
    # "has not been working hand in hand with the government here for sixty years": a denied
    # perfect's duration, "for" right before it, however long the verb's phrase.
    r"|\b(?:has|have|had)(?:\s+not|n[’']t)\s+(?:been\s+)?[a-z]+(?:ed|ing)\b[^.,;:!?\d]{0,60}"
    r"\bfor\s+$"
    # "Nor, by my count, does Peru still host 1.3 million", "has not, in fact, supported ...
    # for forty years": an aside between.
    r"|(?:\bnor|\bnot|n[’']t)\s*,[^,.;]{1,40},(?:\s+[A-Za-z’'-]+){0,6}\s+$"
    # "I don't think it has ever been more than $60 million": a denied belief denies its
    # clause, a few words further on.
    # (not "I don't think anyone doubts ...": a doubt denied is a claim made)
    r"|(?:\bnot|n[’']t)\s+(?:think|believe|suppose|expect|recall|imagine)\b"
    r"(?!(?:\s+[A-Za-z’']+){0,3}\s+(?:doubts?|den(?:y|ies)|disputes?|questions?)\b)"
    r"(?:\s+[A-Za-z’']+){0,6}\s+$"
    # "No U.S. agency has worked with DEVIDA for two decades": "No" and a subject open the
    # clause ("No doubt ...", "No more than ..." deny nothing).
    # ("No other donor has given more than the $286 million", "No country has received more
    # than Peru's $3.5 million": a comparison with it, no denial)
    r"|^\W*(?-i:No)\s+(?!(?:more|less|fewer|longer|later|sooner|earlier|doubt|matter|wonder"
    r"|question|other|single|one)\b)(?!(?:[\w.’'-]+\s+){0,9}?(?:(?:more|less|fewer|larger"
    r"|bigger|higher|greater)\s+than|doubts?|disputes?|denies|deny|questions?|contests?)\b)"
    r"(?:[\w.’'-]+\s+){1,9}(?<![’']s\s)$"
    # "I doubt the U.S. donated two million doses": the writer's disbelief denies its clause.
    r"|\b(?-i:I|We)\s+(?:seriously\s+|really\s+)?doubt\b(?:\s+that)?(?:\s+[\w.’'-]+){0,8}\s+$"
    # "Nobody believes the U.S. sent two million doses": so does a disbelief said of everyone.
    r"|\b(?:nobody|no\s+one|hardly\s+anyone|few\s+people)\s+(?:really\s+|seriously\s+)?"
    r"(?:believes|thinks|buys|accepts)\b(?:\s+that)?(?:\s+[\w.’'-]+){0,8}\s+$"
    # "nothing like $286 million", "far from two million doses", "nowhere near 2,000": a value
    # the writer says is far from the truth, right before the number (its bound read apart).
    r"|\b(?:nothing(?:\s+(?:like|near|approaching|close\s+to))?|nowhere\s+(?:near|close\s+to)"
    r"|far\s+(?:from|short\s+of)|not\s+even\s+(?:close\s+to|near))\s+(?:the\s+)?$"
)
# A denied value said to be the least of it: "did not give even one million", "never so much
# as $1 million".
_EVEN = r"\b(?:even|so\s+much\s+as)\s+(?:a\s+|an\s+)?$"
# A denial of every time ("never", "at no point"), not of one ("did not top").
_EVERY_TIME = r"\W*(?:never|at\s+no\s+(?:point|time|stage))\b"
# The Y of a correction, "X, not Y", "rather than Y", "instead of Y": denied, not claimed.
_CORRECTED = r"(?:\bnot|\brather\s+than|\binstead\s+of|\bas\s+opposed\s+to)\s+(?:the\s+|an?\s+)?$"
_CORRECTION_NEXT = r"\s*,?\s*but\b"
# "Rather than two million doses, the U.S. gave one million": a correction's Y said first.
_CORRECTED_FIRST = (
    r"(?:^|[.;:!?]\s+|\n)\W*(?:rather\s+than|instead\s+of|as\s+opposed\s+to)\s+(?:the\s+|an?\s+)?$"
)


def _bounded(text: str, r: Reading, readings: list[Reading]) -> Reading:
    """The reading with its bound read from the words before and after it."""
    # Bound words stand right by the number: a window keeps long sentences linear.
    window = max(0, r.start - _WINDOW)
    if r.unit in (DATE, "year") or r.bound == "range" or r.since or r.fixed:
        return _denial(text, r, text[window : r.start], readings)
    before, after = text[window : r.start], text[r.end : r.end + _WINDOW]
    bound, start = _bound_before(before)
    if bound == Qualifier.EXACT and r.bound != Qualifier.EXACT:
        bound = r.bound  # read inside the number: "sixty-odd years"
    start += window
    placed = _compiled(_PREPOSITION).fullmatch(text[start : r.start].strip())
    if placed and re.match(r"-old\b", after, re.IGNORECASE):
        # ("HOME UNDER 20-YEAR-OLD PACT": a place in a phrase, as with an article; no bound)
        bound, start = Qualifier.EXACT, r.start
    read = start < r.start  # some words before the number were read as its bound
    if bound == Qualifier.EXACT:
        start = r.start  # "only $100 million": the number alone is the claim
    end = r.end
    for pattern, word in BOUNDS_AFTER:
        m = re.match(pattern, after, re.IGNORECASE)
        if m and bound == Qualifier.EXACT:
            bound, end = word, r.end + m.end()
    note, bound_read = r.note, True
    denial = _denial(text, replace(r, start=start), text[window:start], readings)
    if denial.negated or denial.denied:
        note = denial.note
    if denial.negated and bound == Qualifier.EXACT and _compiled(DENIED_REACH).search(before):
        bound = Qualifier.AT_LEAST  # denied, below it: "has not reached $100 million"
    elif denial.negated and bound == Qualifier.EXACT and _compiled(_EVEN).search(before):
        bound = Qualifier.AT_LEAST  # "never donated even one million doses": fewer than it
    elif bound == Qualifier.EXACT and not read and _unread(before):
        bound_read, note = False, f'the word "{_last_word(before)}" may bound it and is not read'
    if bound == Qualifier.OVER and re.search(_SPREAD, text[max(0, start - 40) : start]):
        # "projects spread over sixteen regions": "over" of space, not a bound.
        bound, start = Qualifier.EXACT, r.start
        note = f'read "over" in "{text[start - 12 : r.end].strip()}" as a place, not a bound'
    elif (
        bound == Qualifier.OVER
        and r.unit == YEARS
        and _is_duration(text[start : r.start], readings, r)
    ):
        bound, start = Qualifier.EXACT, r.start
        note = f'read "{text[r.start : r.end]}" as a duration, not as a bound'
    return replace(r, start=start, end=end, text=text[start:end].strip(), bound=bound,
                   bound_read=bound_read, note=note, negated=denial.negated,
                   never=denial.never, denied=denial.denied)  # fmt: skip


_SPREAD = re.compile(
    r"\b(?:spread|scattered|distributed|stretch\w*|extend\w*|fanned|dotted)\s+(?:out\s+)?$",
    re.IGNORECASE,
)


def _denial(text: str, r: Reading, lead: str, readings: list[Reading]) -> Reading:
    """The reading marked when the words before it deny it, as a correction's Y or a negation."""
    earlier = any(o.number_end <= r.number_start and o.unit != "year" for o in readings)
    later = any(o.number_start >= r.number_end and o.unit != "year" for o in readings)
    if _compiled(_CORRECTED).search(lead) and (
        earlier
        or re.match(_CORRECTION_NEXT, text[r.end :], re.IGNORECASE)
        or (later and _compiled(_CORRECTED_FIRST).search(lead))
    ):
        note = f'"{text[r.number_start : r.number_end]}" is the value a correction denies'
        return replace(r, denied=True, note=note)
    # "doesn't run out until 2028", "did not arrive until October 7": when it does, not denied.
    until = re.search(r"\b(?:until|till)\s+(?:the\s+)?$", lead, re.IGNORECASE) or re.match(
        r"\s*(?:until|till)\b", text[r.start : r.number_start], re.IGNORECASE
    )
    denial = _compiled(_NEGATION).search(lead)
    if denial and not _compiled(_ASKED).search(lead) and not until:
        never = _compiled(_EVERY_TIME).match(denial.group(0)) is not None
        return replace(r, negated=True, never=never, note=f'"{text[r.start : r.end]}" is denied')
    return r


def denied_before_but(r: Reading, clause: str, sentence: str) -> Reading:
    """ "It is not the 286 million dollars some outlets reported, but closer to 200 million":
    a number denied by "not the" whose sentence goes on, past its clause, to "but" and the
    value meant is the Y of a correction, not a figure denied."""
    lead = clause[max(0, r.start - _WINDOW) : r.start]
    if not r.negated or not _compiled(_CORRECTED).search(lead):
        return r
    at = sentence.find(clause)
    rest = sentence[at + r.end : at + r.end + 2 * _WINDOW] if at >= 0 else ""
    but = re.match(r"[^.;:!?]{0,80}?,\s*but\b", rest)
    if but is None or not read_numbers(rest[but.end() :]):
        return r
    note = f'"{clause[r.number_start : r.number_end]}" is the value a correction denies'
    return replace(r, negated=False, denied=True, note=note)


# "And wasn't eradication support cut after twenty years?": a question with its negative
# first asserts what it asks; it denies nothing.
_ASKED = (
    # (a point after an initial ends no sentence: "The U.S. didn't donate ..." denies)
    r"(?:^|(?:[?!;:,]|(?<!\b[A-Z])\.)\s*|\b(?:and|but|so|or)\s+)"
    r"(?:was|is|did|has|have|does|do|are|were|had)n[’']t\s"
    # ("Didn't the U.S. give ...?" asks and asserts; "didn't actually give" denies)
    r"(?!(?:actually|really|ever|even|just|quite|in\s+fact)\b)"
)


def _bound_before(before: str) -> tuple[str, int]:
    """The bound the words right before a number give, and where those words start."""
    best: tuple[str, int] = (Qualifier.EXACT, len(before))
    signs = {"~": Qualifier.ABOUT, "≈": Qualifier.ABOUT, ">": Qualifier.OVER,
             "≥": Qualifier.AT_LEAST, "<": Qualifier.UNDER, "≤": Qualifier.UP_TO}  # fmt: skip
    lead = before.rstrip()
    # "~400", "≈ 1.3m", ">200%", "≤ $5bn": a sign as a bound word; not the end of a tag or an
    # arrow ("<b>34", "->34"), whose sign follows a word or another mark.
    if lead[-1:] in signs and (len(lead) == 1 or lead[-2].isspace() or lead[-2] in "([:,;"):
        return signs[lead[-1]], len(lead) - 1
    for pattern, word in BOUNDS_BEFORE:
        m = _compiled(
            rf"(?:^|(?<=[^\w]))(?P<bound>{pattern})\s+(?P<article>(?:the|a|an)\s+)?$"
        ).search(before)
        if m is None or m.start() >= best[1]:
            continue
        if m["article"] and _compiled(_PREPOSITION).fullmatch(m["bound"]):
            continue  # "under the 25-year-old MOU": a place in a phrase, not a bound
        if (m["article"] or "").strip().lower() == "the" and _compiled(_TOPIC).fullmatch(
            m["bound"]
        ):
            continue  # "talked about the 2 million doses": a topic, not a bound ("about a million" is)
        if _compiled(r"\b(?:nowhere|not\s+even)\s+$").search(before, 0, m.start()):
            continue  # "nowhere near $500 million": a denial of the value, no bound of it
        up_to = m["bound"].lower().startswith("up")
        if up_to and _compiled(_PARTICLE_UP).search(before, 0, m.end("bound")):
            continue  # "rounded that up to $32 billion", "went up to": where it went, not a ceiling
        best = (word, m.start())
    return best


_PREPOSITION = r"(?:just\s+|well\s+)?(?:over|under|above|below|beneath|beyond)"
_TOPIC = r"about|around"
# A verb whose particle is "up" ("round up", "go up", "add up"), and its object ("rounded 2021
# trade up to"): its "up to" says where a value went, not a ceiling on it.
_PARTICLE_UP = (
    r"\b(?:round|go|goes|went|gone|shot|shoot|climb|ramp|scale|add|rise|rose|risen|build|built"
    r"|step|move|bump|revise|mark|tick|jump|push|boost|crank|sum|tot|roll|notch|edge|inch|creep"
    r"|crept|tall(?:y|ie)|total|soar|surge)\w*\s+(?:[\w’'-]+\s+){0,3}up\s+to$"
)


def _last_word(before: str) -> str:
    """The last word before a number."""
    found = re.findall(r"[A-Za-z]+", before[-30:])
    return found[-1] if found else ""


def _unread(before: str) -> bool:
    """True when the word right before a number could bound it but is not read."""
    if not re.search(r"[A-Za-z]+\s*$", before):
        return False
    return _UNREAD.match(_last_word(before).lower()) is not None


def _is_duration(words: str, readings: list[Reading], r: Reading) -> bool:
    """ "spent $60 million over three years": "over" starts a span of time, not a bound."""
    if not re.fullmatch(r"\s*over\s+(?:(?:a|an|the)\s+)?", words, re.IGNORECASE):
        return False
    # The amount spread over the span comes before it; "for over half a century, ... signed a
    # $321 million agreement" bounds the years.
    return any(o.number_end <= r.number_start and o.unit not in (YEARS, "year", DATE)
               for o in readings)  # fmt: skip
