"""Rich tables, panels and charts for the terminal: the only module that imports Rich.

Every string from the store goes into a Rich ``Text`` (never into markup) after ``inert``.
The command line imports this module only when it prints a table.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from perufacts.cite import one_line as citation
from perufacts.models import FigureContext, Source, Statement, Store
from perufacts.present.contract import (
    cell_text,
    furniture_lines,
    numbered,
    source_dict,
    verdict_counts,
)
from perufacts.present.formatting import format_interval, format_total
from perufacts.present.safety import inert
from perufacts.queries import Hit, TopicView
from perufacts.record import format_value, place
from perufacts.vocab import SUMMARY_LABEL, TIMES, End, Unit, Verdict

# The sentences before and after a figure's own (``queries.around``).
Around = tuple[list[Statement], list[Statement]]

if TYPE_CHECKING:
    from perufacts.checking.claims import Claim
    from perufacts.compare import Change, Comparison, StatedCheck, Total

_UNBROKEN = {"ID", "Topic", "Relation", "Line", "#"}
_VERDICT_STYLE = {
    Verdict.SUPPORTED: "green",
    Verdict.CONTRADICTED: "bold red",
    Verdict.UNDETERMINED: "yellow",
    Verdict.NO_MATCH: "dim",
}
_MIN_BAR = 10
_ROOMY = 100_000
# The widest a terminal is taken to be: COLUMNS=10000000 drew 70 MB of chart bars.
MAX_COLUMNS = 1_000


def print_renderables(*renderables: RenderableType) -> None:
    """Print to stdout (colour only on a terminal that wants it), no padding at line ends."""
    # NO_COLOR (no-color.org) set and not empty: no styling at all, bold and dim too. Rich's own
    # reading of it drops colours only; without a colour system it writes no escape.
    console = Console(highlight=False, emoji=False, markup=False)
    if os.environ.get("NO_COLOR"):
        console = Console(highlight=False, emoji=False, markup=False, color_system=None)
    width = min(console.width, MAX_COLUMNS)
    renderables = tuple(_fitted(console, item, width) for item in renderables)
    # On a terminal narrower than a table can be drawn in, Rich would cut ids and drop whole
    # columns: lines longer than the terminal are the lesser harm.
    # Each at its own width: a wide table does not widen the text around it, and a line
    # holding a word wider than the terminal (a URL) runs on, uncut.
    widths = [max(width, min_width(console, [item])) for item in renderables]
    console.width = max([width, *widths])  # print(width=...) takes no more than this
    # Rich pads every cell to its column's width; the padding at the end of a line is noise.
    with console.capture() as captured:
        for item, item_width in zip(renderables, widths, strict=True):
            console.print(item, width=item_width, crop=False)
    lines = captured.get().split("\n")
    sys.stdout.write("\n".join(line.rstrip(" ") for line in lines))


def _fitted(console: Console, item: RenderableType, width: int) -> RenderableType:
    """``item`` made to fit ``width``: each table's columns sized, and a table whose columns
    cannot all fit side by side printed as stacked records, one field a line."""
    if isinstance(item, Group):
        return Group(*(_fitted(console, part, width) for part in item.renderables))
    if not isinstance(item, Table):
        return item
    if not item.show_header:
        return _grid_lines(console, item, width) or item
    if not fit_columns(console, item, width):
        records = stacked(item)
        return _grid_lines(console, records, width) or records
    return item


def word_wrapped(value: Text, width: int) -> list[Text]:
    """``value``'s lines wrapped at spaces to ``width`` cells; a longer word stands whole."""
    out: list[Text] = []
    for line in value.split("\n", allow_blank=True):
        breaks, used = [], 0
        for m in re.finditer(r"\S+\s*", line.plain):
            word = cell_len(m.group().rstrip())
            if used and used + word > width:
                breaks.append(m.start())
                used = 0
            used += cell_len(m.group())
        for part in line.divide(breaks):
            part.rstrip()
            out.append(part)
    return out


def _grid_lines(console: Console, g: Table, width: int) -> Group | None:
    """A grid of names and texts as lines wrapped to ``width``, each name before its text.

    A word that cannot fit (a URL, a hash, a long id) stands whole on a line of its own that
    runs past ``width``; in a Rich grid it would widen every line, or be cut. None when the
    grid is not names and texts.
    """
    if len(g.columns) != 2:
        return None
    names, values = (list(column.cells) for column in g.columns)
    if not all(isinstance(v, Text) for v in values):
        return None
    name_width = max((cell_len(str(n)) for n in names), default=0)
    indent = name_width + 2 if name_width else 0
    lines: list[RenderableType] = []
    for name, value in zip(names, values, strict=True):
        assert isinstance(value, Text)
        wrapped = word_wrapped(value, max(1, width - indent)) or [Text("")]
        for i, line in enumerate(wrapped):
            head = Text(str(name) if i == 0 else "", style="dim")
            head.pad_right(indent - head.cell_len)
            out = Text.assemble(head, line, no_wrap=True, overflow="ignore")
            out.rstrip()
            lines.append(out)
    if g.title:
        lines.insert(0, g.title if isinstance(g.title, Text) else text(g.title))
    return Group(*lines)


def stacked(t: Table) -> Table:
    """A table's rows as records: each cell under its column's name, a blank line between rows."""
    records = grid([])
    for n, row in enumerate(zip(*(column.cells for column in t.columns), strict=True)):
        if n:
            records.add_row(text(""), text(""))
        for column, cell in zip(t.columns, row, strict=True):
            if column.header:
                records.add_row(column.header, cell)
    records.title, records.title_justify = t.title, t.title_justify
    return records


def fit_columns(console: Console, t: Table, width: int) -> bool:
    """Give each column of ``t`` a width so that the table fits ``width`` by wrapping prose only.

    Rich shrinks the widest columns first, below their longest word, and then folds that word
    mid-way ("vaccine-dose" / "s"). Here every column keeps at least its longest word (an id,
    a URL, a number: whatever has no space to wrap at), and a no-wrap column all of its text;
    the widest column gives way first, as in Rich.
    False when the longest words alone are wider than ``width``: the table is then sized to
    them (wider than the terminal, no word cut).
    """
    if not t.columns:
        return True
    roomy = console.options.update_width(_ROOMY)
    for column in t.columns:
        column.width = None  # measured afresh: a table may be fitted again at another width
    spans = []
    for column in t.columns:
        cells = [column.header, *column.cells]
        sizes = [Measurement.get(console, roomy, c) for c in cells if c is not None]
        longest = max((m.maximum for m in sizes), default=0)
        shortest = longest if column.no_wrap else max((m.minimum for m in sizes), default=0)
        spans.append((shortest, longest))
    # What is not the columns' text: padding and separators, as Rich will draw them.
    natural = Measurement.get(console, roomy, t).maximum
    overhead = natural - sum(longest for _, longest in spans)
    room = width - overhead - sum(shortest for shortest, _ in spans)
    lacking = [longest - shortest for shortest, longest in spans]
    if room >= sum(lacking):
        return True  # the table fits as it is
    # As Rich does, the widest column gives way first, a cell at a time, but none below its
    # longest word: short columns ("two million") stay whole while long prose wraps.
    widths = [longest for _, longest in spans]
    excess = sum(lacking) - max(0, room)
    while excess > 0:
        i = max(range(len(widths)), key=lambda i: (widths[i] > spans[i][0], widths[i]))
        if widths[i] <= spans[i][0]:
            break
        widths[i] -= 1
        excess -= 1
    for column, w in zip(t.columns, widths, strict=True):
        column.width = max(1, w)
    return room >= 0


def min_width(console: Console, renderables: Iterable[RenderableType]) -> int:
    """The least width Rich measures ``renderables`` to need: no-wrap columns whole, none dropped."""
    # Measured against a width they cannot fill, so that the terminal's does not cap the answer.
    roomy = console.options.update_width(_ROOMY)
    return max((Measurement.get(console, roomy, r).minimum for r in renderables), default=0)


# --- building blocks ---------------------------------------------------------------------------


def text(value: object, style: str = "") -> Text:
    """Data as a Rich Text: never parsed as markup, control characters made visible."""
    return Text(inert("" if value is None else cell_text(value)), style=style)


def table(*columns: str, title: str | None = None) -> Table:
    """A table whose cells wrap instead of being cut short."""
    t = Table(*columns, title=title, box=box.SIMPLE_HEAD, title_justify="left", show_edge=False)
    for column in t.columns:
        column.overflow = "fold"
        # Ids and line numbers are read whole or not at all.
        column.no_wrap = column.header in _UNBROKEN
    return t


def grid(rows: Iterable[tuple[str, RenderableType]]) -> Table:
    """Names and values in two columns: names dim and whole, values folded to fit."""
    g = Table.grid(padding=(0, 2))
    g.add_column(style="dim", no_wrap=True)
    g.add_column(overflow="fold")
    for name, value in rows:
        g.add_row(name, value)
    return g


def highlighted(s: Statement, spans: list[tuple[int, int]]) -> Text:
    """A statement with the given character spans emphasised."""
    out = text(s.text)
    for start, end in spans:
        out.stylize("bold reverse", start, end)
    return out


def highlight_span(c: FigureContext) -> tuple[int, int] | None:
    """Where the figure's words stand in its statement (spaces of any kind match)."""
    pattern = r"\s+".join(re.escape(w) for w in c.figure.as_written.split())
    m = re.search(pattern, c.statement.text)
    return m.span() if m else None


def spaced(items: list[RenderableType]) -> list[RenderableType]:
    """Renderables with a blank line between each."""
    out: list[RenderableType] = []
    for i, item in enumerate(items):
        out += [text("")] if i else []
        out.append(item)
    return out


# --- topics, figures, search and sources -------------------------------------------------------


def topics_table(store: Store, counts: dict[str, int]) -> RenderableType:
    """Every topic: id, heading and number of figures."""
    t = table("Topic", "Heading", "Figures")
    t.columns[2].justify = "right"
    for topic in store.topics:
        t.add_row(text(topic.id), text(topic.heading), text(counts[topic.id]))
    return t


def topic_panel(view: TopicView) -> RenderableType:
    """A topic's heading, summary, figures and statements."""
    topic = view.topic
    where = f"line {topic.heading_line}" if topic.heading_line else "opening paragraphs, no heading"
    title = text(topic.heading, "bold")
    title.append(f"  ({topic.id}, {where})", style="dim")
    statements = table("Line", "Statement", title="Statements")
    for s in view.statements:
        statements.add_row(text(s.line), text(s.text))
    parts: list[RenderableType] = []
    if view.figures:
        parts.append(figures_table(view.figures, title="Figures"))
    parts.append(statements)
    summary = text(SUMMARY_LABEL, "italic")
    summary.append_text(text(topic.summary))
    return Group(title, summary, text(""), *spaced(parts))


def figure_panel(c: FigureContext, around: Around | None = None) -> RenderableType:
    """One figure with its value, period, place in the document and highlighted sentence.

    ``around``, when given, adds the sentences before and after the figure's own.
    """
    f = c.figure
    span = highlight_span(c)
    rows: list[tuple[str, RenderableType]] = [
        ("Figure", text(f.id, "bold")),
        ("Label", text(f.label)),
        ("As written", text(f.as_written, "bold")),
        ("Value", text(format_value(f))),
        ("Period", text(f.period or "-")),
        ("Section", text(f"{place(c)} (topic {c.topic.id})")),
        ("Source", text(f"{c.source.title}, {c.source.publisher}, line {c.statement.line}")),
    ]
    before, after = around or ([], [])
    rows += [("Before", _sentence(s)) for s in before]
    rows.append(("Statement", highlighted(c.statement, [span] if span else [])))
    rows += [("After", _sentence(s)) for s in after]
    if f.note:
        rows.append(("Note", text(f.note)))
    rows.append(("Cite", text(citation(c))))
    return grid(rows)


def _sentence(s: Statement) -> Text:
    """A sentence around a figure's own, with its line, dimmed."""
    return text(f"{s.text} (line {s.line})", "dim")


def figure_panels(
    contexts: list[FigureContext], around: dict[str, Around] | None = None
) -> list[RenderableType]:
    """One panel per figure, a blank line between each (with the sentences around, if given)."""
    return spaced([figure_panel(c, (around or {}).get(c.figure.id)) for c in contexts])


def figures_table(contexts: list[FigureContext], title: str | None = None) -> RenderableType:
    """Many figures in one table: the id, then one stacked cell per figure."""
    t = table("ID", "Figure", title=title)
    for c in contexts:
        t.add_row(text(c.figure.id), _figure_cell(c, label=True))
    return t


def total_text(total: Total) -> Text:
    """The line under a table of figures that gives their total."""
    noun = "figure" if len(total.figures) == 1 else "figures"
    return text(
        f"Total of {len(total.figures)} {noun}: {format_total(total.interval, total.unit or '')}"
    )


def _figure_cell(c: FigureContext, *, label: bool = False) -> Text:
    """A figure's words in bold, optionally its label, then its value, period and line."""
    f = c.figure
    cell = text(f.as_written, "bold")
    if label:
        cell.append_text(text(f"\n{f.label}"))
    when = f", {f.period}" if f.period else ""
    cell.append_text(text(f"\n{format_value(f)}{when}, line {c.statement.line}", "dim"))
    return cell


def search_table(query: str, hits: list[Hit]) -> RenderableType:
    """Search results, best first, with the matching words emphasised."""
    noun = "result" if len(hits) == 1 else "results"
    t = table("Line", "Topic", "Match", "Text")
    for hit in hits:
        where = (text(hit.statement.line), text(hit.statement.topic))
        if hit.figure is not None:
            f = hit.figure.figure
            label = text(f"{f.label}: ")
            label.append_text(text(f.as_written, "bold"))
            for start, end in hit.spans:
                label.stylize("bold reverse", start, end)
            t.add_row(*where, text(f"figure {f.id}"), label)
        else:
            t.add_row(*where, text("statement"), highlighted(hit.statement, hit.spans))
    return Group(text(f"{len(hits)} {noun} for {query!r}"), t)


def source_tables(sources: Sequence[Source], bodies: dict[str, str]) -> list[RenderableType]:
    """Each document's metadata, then its text with line numbers if given."""
    out: list[RenderableType] = []
    for s in sources:
        out.append(grid((name, text(value)) for name, value in source_dict(s).items()))
        if s.id in bodies:
            t = table("Line", "Text")
            furniture = furniture_lines(s)
            for n, line in numbered(bodies[s.id]):
                t.add_row(text(n), _line_text(line, n in furniture))
            out.append(t)
    return out


def lines_table(
    parts: dict[str, list[tuple[int, str]]], furniture: dict[str, set[int]] | None = None
) -> RenderableType:
    """Numbered lines of the text, alone; the web page's furniture marked as not the sheet's."""
    t = table("Line", "Text")
    for doc, lines in parts.items():
        marked = (furniture or {}).get(doc, set())
        for n, line in lines:
            t.add_row(text(n), _line_text(line, n in marked))
    return t


FURNITURE_MARK = "  [web page furniture, not part of the sheet]"


def _line_text(line: str, furniture: bool) -> Text:
    """A line of the text, marked when it is the web page's furniture (never a statement)."""
    shown = text(line)
    if furniture:
        shown.append(FURNITURE_MARK, style="dim")
    return shown


def records_table(records: Iterable[dict[str, object]], fields: list[str]) -> RenderableType:
    """Records as a table with one column per field asked for (--fields)."""
    t = table(*fields)
    for r in records:
        t.add_row(*(text(r[f]) for f in fields))
    return t


def summary_grid(summary: dict[str, object]) -> RenderableType:
    """The counts of a validated store."""
    return grid((name.replace("_", " "), text(value)) for name, value in summary.items())


# --- comparisons, audits, claim checks and charts ----------------------------------------------


def comparison_table(comparison: Comparison) -> RenderableType:
    """Figures side by side, each with its change from the first, and any stated relation checked."""
    unit = comparison.unit
    t = table("ID", "Figure", "Change from first")
    for i, c in enumerate(comparison.figures):
        change = text("(base)", "dim") if i == 0 else _change_text(comparison.changes[i - 1], unit)
        t.add_row(text(c.figure.id), _figure_cell(c), change)
    notes = [_stated_text(ch.stated) for ch in comparison.changes if ch.stated]
    return Group(t, *notes)


def _change_text(ch: Change, unit: str) -> Text:
    """A change's difference, ratio and percent change, one per line."""
    parts = [format_interval(ch.difference, unit, signed=True)]
    if ch.ratio is not None and ch.percent is not None:
        parts += [
            format_interval(ch.ratio, TIMES),
            format_interval(ch.percent, Unit.PERCENT, signed=True),
        ]
    return text("\n".join(parts))


def _stated_text(check: StatedCheck) -> Text:
    """The sentence saying what the sheet states and whether the figures agree."""
    s = check.stated
    computed = format_interval(check.computed, Unit.PERCENT, signed=True)
    out = text(
        f"The sheet states {s.figure.as_written!r} ({s.figure.id}, line {s.statement.line}); "
        f"computed from the figures: {computed}: "
    )
    out.append_text(text(check.verdict.relation, _VERDICT_STYLE[check.verdict]))
    return out


def audit_table(checks: list[StatedCheck]) -> RenderableType:
    """Every stated relation with its verdict."""
    t = table("Relation", "Figures", "Stated", "Computed", "Verdict")
    for check in checks:
        t.add_row(
            text(check.relation.id),
            text(f"{check.base.figure.id} -> {check.other.figure.id}"),
            text(f"{check.stated.figure.as_written} (line {check.stated.statement.line})"),
            text(format_interval(check.computed, Unit.PERCENT, signed=True)),
            text(check.verdict.relation, _VERDICT_STYLE[check.verdict]),
        )
    return t


def claims_table(claims: list[Claim], *, explain: bool = False) -> RenderableType:
    """One row per number found in the checked text; ``explain`` adds why each figure was chosen."""
    columns = ["Line", "Claim", "Verdict", "The sheet says"] + (["Why"] if explain else [])
    t = table(*columns)
    for claim in claims:
        c = claim.figure
        # (the figures an ambiguous claim fits; a no-match's shared-word candidates say
        # nothing the sheet says of it)
        ambiguous = claim.candidates if claim.verdict != Verdict.NO_MATCH else ()
        says = (
            text(", ".join(ambiguous) or "-")
            if c is None
            else text(f"{c.figure.as_written}\n{c.figure.id}, line {c.statement.line}")
        )
        row = [
            text(f"{claim.line}:{claim.column}"), text(claim.text, "bold"),
            text(claim.verdict, _VERDICT_STYLE[claim.verdict]), says,
        ]  # fmt: skip
        if explain:
            matched = f"\nmatched: {', '.join(claim.matched)}" if claim.matched else ""
            row.append(text(f"[{claim.rule}] {claim.reason}{matched}"))
        t.add_row(*row)
    counts = ", ".join(f"{n} {v}" for v, n in verdict_counts(claims).items())
    noun = "number" if len(claims) == 1 else "numbers"
    return Group(t, text(f"{len(claims)} {noun} checked: {counts}"))


class Chart:
    """Horizontal bars sized to the terminal: blocks with colour, '#' without."""

    def __init__(self, contexts: list[FigureContext], title: str = "") -> None:
        self.contexts = contexts
        self.title = title  # the unit and topic charted, printed above the bars

    def _fixed_width(self) -> int:
        """The columns that are not bars: the widest words and ids, and the gaps."""
        label_width = max((len(c.figure.as_written) for c in self.contexts), default=0)
        id_width = max((len(c.figure.id) for c in self.contexts), default=0)
        return label_width + id_width + 6

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        longest_word = max((len(w) for w in self.title.split()), default=0)
        least = max(self._fixed_width() + _MIN_BAR, longest_word)
        return Measurement(least, options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Table | Text]:
        if self.title:
            yield text(self.title, "bold")
        top = max((float(c.figure.value) for c in self.contexts), default=0.0)
        room = max(_MIN_BAR, options.max_width - self._fixed_width())
        # Solid blocks wherever a terminal shows them, colours or not (NO_COLOR, TERM=dumb).
        block = (
            "█" if (console.color_system or console.is_terminal) and not options.ascii_only else "#"
        )
        bars = Table.grid(padding=(0, 1))
        bars.add_column(justify="right", no_wrap=True)
        bars.add_column(no_wrap=True)
        bars.add_column(no_wrap=True)
        for c in self.contexts:
            f = c.figure
            length = max(1, round(room * float(f.value) / top)) if top else 1
            bar = text(block * length, "cyan")
            # A lower bound ("over $22 billion") may reach further than its bar.
            if f.qualifier.rule.high is End.INFINITY:
                bar.append(">", style="dim")
            bars.add_row(text(f.as_written, "bold"), bar, text(f.id, "dim"))
        yield bars
