"""The shapes of the JSON contract: what its dict builders return, field by field.

The builders are ``record`` (a figure and its source, shared with the exports) and
``present.contract`` (everything else). Each is annotated with one of these types, so a type
checker holds the builder and its type to the same fields; the MCP server publishes them as
output schemas. They are closed (PEP 728): their JSON Schema forbids fields they do not name.

They sit below ``record`` (they need only the vocabulary) because the figure record is built
in the core, which may not import from ``present``. The builders import them for annotations
only, so a lookup never loads this module (nor typing_extensions); the MCP server alone
imports it at run time.
"""

from __future__ import annotations

# typing_extensions (a dependency of pydantic) rather than typing: pydantic reads TypedDicts
# only from it before Python 3.12, and `closed=` is new in 3.15.
from typing_extensions import NotRequired, TypedDict

from perufacts.vocab import Qualifier, Unit, Verdict


class SourceRefJSON(TypedDict, closed=True):
    """Where a figure comes from: document, section and place, statement, line and the sentence."""

    document: str
    title: str
    url: str
    section: str | None
    place: str
    statement: str
    line: int
    sentence: str


class FigureJSON(TypedDict, closed=True):
    """A figure with its value, bound and full source."""

    id: str
    topic: str
    label: str
    value: int | float | None
    date: str | None
    unit: Unit
    qualifier: Qualifier
    bound: str
    low: int | float | str | None  # the least value allowed (a date: its first day); None: none
    high: int | float | str | None  # the most allowed (a date: its last day); None: unbounded
    low_open: bool  # True when ``low`` itself is excluded
    high_open: bool
    as_written: str
    display: str
    period: str | None
    year_inferred: bool
    note: str | None
    source: SourceRefJSON
    context: NotRequired[ContextJSON]  # with ``figure --context``: the sentences around it


class ContextJSON(TypedDict, closed=True):
    """The sentences before and after a figure's own, within its section."""

    before: list[StatementJSON]
    after: list[StatementJSON]


class FiguresJSON(TypedDict, closed=True):
    """The result of ``figure`` and ``figures``."""

    figures: list[FigureJSON]


class TotalJSON(TypedDict, closed=True):
    """Figures added up, bounds kept: the unit, how many figures, and the interval of the sum."""

    unit: str | None
    figures: int
    low: int | float | None
    high: int | float | None
    low_open: bool
    high_open: bool
    display: str


class FiguresSumJSON(TypedDict, closed=True):
    """The result of ``figures --sum``: the figures, and their total."""

    figures: list[FigureJSON]
    total: TotalJSON


class StatementJSON(TypedDict, closed=True):
    """A sentence of the document with its place."""

    id: str
    topic: str
    line: int
    text: str
    document: str


class TopicJSON(TypedDict, closed=True):
    """The result of ``topic``: a topic with its figures and statements."""

    id: str
    heading: str
    heading_line: int | None
    summary: str
    summary_by: str  # "perufacts": the summary is ours, not the sheet's words
    aliases: list[str]
    figures: list[FigureJSON]
    statements: list[StatementJSON]


class TopicEntryJSON(TypedDict, closed=True):
    """One topic in the list of topics, with its number of figures."""

    id: str
    heading: str
    heading_line: int | None
    figures: int


class TopicsJSON(TypedDict, closed=True):
    """The result of ``topics``."""

    topics: list[TopicEntryJSON]


class FigureHitJSON(TypedDict, closed=True):
    """A search result that is a figure."""

    kind: str
    score: float
    figure: FigureJSON


class StatementHitJSON(TypedDict, closed=True):
    """A search result that is a statement."""

    kind: str
    score: float
    statement: StatementJSON


class SearchJSON(TypedDict, closed=True):
    """The result of ``search``, best first."""

    query: str
    results: list[FigureHitJSON | StatementHitJSON]


class LineJSON(TypedDict, closed=True):
    """One numbered line of a document; ``furniture`` when it is the web page's, not the sheet's."""

    line: int
    text: str
    furniture: bool


class SourceJSON(TypedDict, closed=True):
    """A document's metadata, with its numbered lines when they were asked for."""

    id: str
    title: str
    publisher: str
    url: str
    date: str
    date_basis: str
    licence: str
    file: str
    sha256: str
    lines: NotRequired[list[LineJSON]]


class SourcesJSON(TypedDict, closed=True):
    """The result of ``source`` and ``source --lines``."""

    sources: list[SourceJSON]


class DocumentLineJSON(TypedDict, closed=True):
    """One numbered line of a document, with the document's id; ``furniture`` as in LineJSON."""

    document: str
    line: int
    text: str
    furniture: bool


class LinesJSON(TypedDict, closed=True):
    """The result of ``source A-B`` and ``source --line N``: those lines alone."""

    lines: list[DocumentLineJSON]


class ValidationJSON(TypedDict, closed=True):
    """The result of ``validate`` on a valid store: its path and how many of each record it has."""

    valid: bool
    store: str
    sources: int
    topics: int
    statements: int
    figures: int
    not_figures: int
    relations: int
    numbers_in_body: int


class BarJSON(TypedDict, closed=True):
    """One bar of a chart: a figure and its share of the largest."""

    id: str
    as_written: str
    value: int | float
    qualifier: Qualifier
    share_of_largest: float


class ChartJSON(TypedDict, closed=True):
    """The result of ``chart``: the unit and its bars, largest first."""

    unit: str
    bars: list[BarJSON]


class IntervalJSON(TypedDict, closed=True):
    """An interval: open ends say so, infinite ends are null, dates are ISO dates."""

    low: float | str | None
    high: float | str | None
    low_open: bool
    high_open: bool
    display: str


class StatedJSON(TypedDict, closed=True):
    """A relation the sheet states, recomputed from its figures, with the verdict."""

    relation: str
    kind: str
    figures: list[str]
    stated: str
    stated_as_written: str
    line: int
    computed: IntervalJSON | None
    verdict: str


class AuditJSON(TypedDict, closed=True):
    """The result of ``audit``."""

    relations: list[StatedJSON]


# "from" is a Python keyword: this type is spelt the functional way.
ChangeJSON = TypedDict(
    "ChangeJSON",
    {
        "from": str,
        "to": str,
        "difference": IntervalJSON | None,
        "ratio": IntervalJSON | None,
        "percent_change": IntervalJSON | None,
        "stated": StatedJSON | None,
    },
    closed=True,
)
ChangeJSON.__doc__ = (
    "One figure against the first: difference, ratio and change, and the stated relation."
)


class ComparisonJSON(TypedDict, closed=True):
    """The result of ``compare``: the figures, and each one's change from the first."""

    unit: str
    figures: list[FigureJSON]
    changes: list[ChangeJSON]


class ClaimJSON(TypedDict, closed=True):
    """A number found in checked text, with its verdict and the figure it was checked against.

    ``draft_sentence``, ``draft_line`` and ``draft_column`` are places in the draft, never in
    the sheet (the sheet's are ``source.line`` and ``source.sentence``).
    """

    draft_sentence: int
    sentence_text: str
    draft_line: int
    draft_column: int
    text: str
    verdict: Verdict
    rule: str
    reason: str
    ratio: float | None
    matched: list[str]
    candidates: list[str]
    claimed: IntervalJSON | None
    figure: str | None
    as_written: str | None
    source: SourceRefJSON | None


class CheckJSON(TypedDict, closed=True):
    """The result of ``check``: every number with its verdict, and how many got each verdict."""

    claims: list[ClaimJSON]
    summary: dict[str, int]


class CitationsJSON(TypedDict, closed=True):
    """The citation of several figures in one format, exactly as ``cite`` prints it."""

    format: str
    figures: list[str]
    text: str


class ErrorBodyJSON(TypedDict, closed=True):
    """What went wrong: a code, a message, close names, and each problem of an invalid store."""

    code: str
    message: str
    suggestions: list[str]
    problems: NotRequired[list[str]]


class ErrorJSON(TypedDict, closed=True):
    """The one JSON shape of every error."""

    error: ErrorBodyJSON
