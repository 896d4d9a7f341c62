"""Self-contained HTML pages: a checked draft with its verdicts, and the whole sheet annotated.

This module builds plain view data from the core's objects (claims, figures, statements) and
hands it to the Jinja2 templates in ``perufacts/templates/``. Every piece of store or draft text reaches
the page through the template's autoescaping, after ``present.safety.inert`` made control and bidi
characters visible; the ClaimReview JSON-LD goes through Jinja2's ``tojson`` filter, which
escapes ``<``, ``>``, ``&`` and ``'`` for the inside of a ``<script>`` element. Nothing here is
ever read as markup. Jinja2 is imported only when a page is built.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perufacts import __version__, cite, queries
from perufacts.models import FigureContext, Source, Store
from perufacts.present.contract import verdict_counts
from perufacts.present.formatting import format_interval
from perufacts.present.safety import inert
from perufacts.record import format_value
from perufacts.text import split_sentences, squash_spaces
from perufacts.vocab import End, Qualifier, Unit, Verdict

if TYPE_CHECKING:
    from jinja2 import Environment

    # Only for annotations: the page is handed claims the command already checked.
    from perufacts.checking.claims import Claim

# The templates live at the package's top (src/perufacts/templates), shipped in the wheel.
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

# What each verdict looks like on the page: an icon and a word, so colour is never alone.
VERDICT_ICONS = {
    Verdict.SUPPORTED: "✓",
    Verdict.CONTRADICTED: "✗",
    Verdict.UNDETERMINED: "?",
    Verdict.NO_MATCH: "–",
}


def verdict_label(verdict: Verdict) -> str:
    """The verdict as a reader sees it: "Supported", "No match"."""
    return str(verdict).replace("-", " ").capitalize()


# The ClaimReview rating scale (documented in docs/html.md): 1 is worst, 5 is best. Only a
# claim the sheet decides gets a review; undetermined and no-match get none.
RATING_WORST = 1
RATING_BEST = 5
RATINGS = {
    Verdict.SUPPORTED: (RATING_BEST, f"{verdict_label(Verdict.SUPPORTED)} by the sheet"),
    Verdict.CONTRADICTED: (RATING_WORST, f"{verdict_label(Verdict.CONTRADICTED)} by the sheet"),
}
# Only these schemes become links; anything else (javascript:, data:, ...) is shown as text.
_LINK_SCHEMES = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)
_BULLET = re.compile(r"^[ \t]*(?:([-*+•])|(\d{1,9})[.)])[ \t]+")
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+")
_SHEET_BULLET = re.compile(r"^\s*[•\-*]\s+")
# Chart geometry, in SVG user units: the longest bar, the room for an open end, row height.
_BAR = 400
_OPEN_END = 36
_ROW = 46


# --- shared pieces -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """A stretch of text, plain or marked: ``mark`` is a claim's view or a figure's id."""

    text: str
    mark: Any = None
    last: bool = True
    # The text as the draft's Markdown emphasis renders it: (text, strong, em) runs, the
    # asterisks and underscores of the emphasis left out; None where nothing is rendered.
    runs: list[tuple[str, bool, bool]] | None = None


def safe_url(url: str) -> str | None:
    """The URL if it may be a live link (http or https only), else None."""
    return url if _LINK_SCHEMES.match(url) else None


def _environment() -> Environment:
    """The Jinja2 environment: autoescaping on, and every value made visible by ``inert``."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
        keep_trailing_newline=True,
    )


def _finalize(value: Any) -> Any:
    """Control and bidi characters shown as escapes; the template then escapes the markup."""
    from markupsafe import Markup

    if isinstance(value, str) and not isinstance(value, Markup):
        return inert(value)
    return value


def _render(template: str, **view: Any) -> str:
    """Render a page template with its stylesheet and the CSP that allows only that stylesheet."""
    css = (TEMPLATES / "page.css").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    # No script-src at all: even a script that slipped through could not run.
    csp = (
        f"default-src 'none'; style-src 'sha256-{digest}'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    env = _environment()
    return env.get_template(template).render(css=css, csp=csp, version=__version__, **view)


def _source_view(source: Source) -> dict[str, Any]:
    """A document's metadata for the page header and footer."""
    return {
        "title": source.title,
        "publisher": source.publisher,
        "date": cite.document_date(source),
        "url": source.url,
        "link": safe_url(source.url),
        "sha256": source.sha256,
        "licence": source.licence,
    }


def _segments(
    text: str, start: int, end: int, marks: Sequence[tuple[int, int, Any]]
) -> list[Segment]:
    """``text[start:end]`` cut into plain and marked stretches; marks are sorted and disjoint."""
    out = []
    at = start
    for a, b, mark in marks:
        lo, hi = max(a, start), min(b, end)
        if lo >= hi:
            continue
        if lo > at:
            out.append(Segment(text[at:lo]))
        out.append(Segment(text[lo:hi], mark, last=hi == b))
        at = hi
    if at < end:
        out.append(Segment(text[at:end]))
    return out


def _disjoint(marks: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Marks in order, dropping any that overlaps one before it (its note still lists it)."""
    kept: list[tuple[int, int, Any]] = []
    for mark in sorted(marks, key=lambda m: (m[0], -m[1])):
        if not kept or mark[0] >= kept[-1][1]:
            kept.append(mark)
    return kept


def _words_pattern(text: str) -> re.Pattern[str]:
    """``text`` as a pattern in which any run of spaces matches any other."""
    return re.compile(r"\s+".join(re.escape(w) for w in text.split()))


# --- the checked draft -------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimView:
    """What the page shows of one checked number: where it stands, its verdict and why."""

    number: int
    start: int
    end: int
    line: int
    column: int
    text: str
    verdict: Verdict
    icon: str
    label: str
    reason: str
    claimed: str
    figure: FigureContext | None
    value: str | None


def _claim_view(number: int, claim: Claim, draft: str) -> ClaimView:
    """The one adapter from the checker's ``Claim`` to the page: its place in the draft, its reason."""
    c = claim.figure
    return ClaimView(
        number, claim.start, claim.end, claim.line, claim.column, draft[claim.start : claim.end],
        claim.verdict, VERDICT_ICONS[claim.verdict], verdict_label(claim.verdict), claim.reason,
        claim.text if claim.unit == Unit.DATE else format_interval(claim.claimed, claim.unit),
        c, format_value(c.figure) if c else None,
    )  # fmt: skip


@dataclass
class Block:
    """A heading, a paragraph or a list of the draft, as segments."""

    kind: str
    level: int = 0  # a heading's level; an ordered list's first number
    ordered: bool = False
    items: list[list[Segment]] = field(default_factory=list)


def _draft_blocks(draft: str, views: list[ClaimView]) -> list[Block]:
    """The draft's headings, paragraphs and lists, with every claim marked where it stands."""
    marks = _disjoint([(v.start, v.end, v) for v in views])
    spans = _draft_spans(draft, [(v.start, v.end) for v in views])
    levels = sorted({level for kind, level, *_ in spans if kind == "heading"})
    blocks: list[Block] = []
    for kind, level, ordered, new_block, a, b in spans:
        segments = _emphasised(draft, a, _segments(draft, a, b, marks))
        if kind == "heading":
            # Draft headings sit under the page's h2, without skipping a level.
            blocks.append(Block("heading", min(6, 3 + levels.index(level)), items=[segments]))
        elif new_block or not blocks or blocks[-1].kind != kind or blocks[-1].ordered != ordered:
            blocks.append(Block(kind, level=level, ordered=ordered, items=[segments]))
        else:
            blocks[-1].items.append(segments)
    return blocks


# Markdown emphasis as drafts use it: **strong** or __strong__, *em* or _em_, each opening
# before and closing after a non-space, never inside a word for underscores.
_STRONG = re.compile(r"(?<![\\*\w])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![*\w])")
_EM = re.compile(r"(?<![\\*\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])")


def emphasis(text: str) -> tuple[set[int], list[bool], list[bool]]:
    """Where ``text`` has Markdown emphasis: the offsets of its delimiters (to leave out), and
    for each character whether it is strong and whether emphasised."""
    hidden: set[int] = set()
    strong, em = [False] * len(text), [False] * len(text)
    masked = text
    for pattern, flags in ((_STRONG, strong), (_EM, em)):
        for m in pattern.finditer(masked):
            width = len(m[1])
            hidden.update(range(m.start(), m.start() + width))
            hidden.update(range(m.end() - width, m.end()))
            for i in range(m.start() + width, m.end() - width):
                flags[i] = True
        # A strong delimiter is no emphasis delimiter: blank them before looking for *em*.
        masked = "".join("\0" if i in hidden else ch for i, ch in enumerate(masked))
    return hidden, strong, em


def without_emphasis(text: str) -> str:
    """``text`` with the delimiters of its Markdown emphasis left out ("**2 million**" -> "2 million")."""
    hidden = emphasis(text)[0]
    return "".join(ch for i, ch in enumerate(text) if i not in hidden)


def _emphasised(draft: str, start: int, segments: list[Segment]) -> list[Segment]:
    """The segments of ``draft`` from ``start`` with their emphasis rendered as runs."""
    end = start + sum(len(s.text) for s in segments)
    hidden, strong, em = emphasis(draft[start:end])
    if not hidden:
        return segments
    out, at = [], 0
    for s in segments:
        runs: list[tuple[str, bool, bool]] = []
        for i in range(at, at + len(s.text)):
            if i in hidden:
                continue
            if runs and runs[-1][1:] == (strong[i], em[i]):
                runs[-1] = (runs[-1][0] + draft[start + i], strong[i], em[i])
            else:
                runs.append((draft[start + i], strong[i], em[i]))
        at += len(s.text)
        out.append(Segment(s.text, s.mark, s.last, runs))
    return out


def _draft_spans(
    draft: str, shown: list[tuple[int, int]]
) -> list[tuple[str, int, bool, bool, int, int]]:
    """(kind, heading level, ordered, starts a new block, start, end) of each piece of the draft.

    A list marker that is part of a checked number (a span in ``shown``) stays text: the page
    must show every number it marks.
    """
    spans: list[tuple[str, int, bool, bool, int, int]] = []
    at = 0
    gap = True
    for line in draft.splitlines(keepends=True):
        start, body = at, line.rstrip("\r\n")
        at += len(line)
        if not body.strip():
            gap = True
            continue
        if m := _HEADING.match(body):
            spans.append(
                ("heading", len(m.group(1)), False, True, start + m.end(), start + len(body))
            )
        elif (m := _BULLET.match(body)) and not any(
            a < start + m.end() and start < b for a, b in shown
        ):
            ordered = m.group(2) is not None
            number = int(m.group(2)) if ordered else 0  # "3." starts a list at 3
            spans.append(("list", number, ordered, False, start + m.end(), start + len(body)))
        elif spans and not gap and spans[-1][0] != "heading":
            # A line that goes on without a blank line continues the paragraph or list item.
            kind, level, ordered, new_block, a, _ = spans[-1]
            spans[-1] = (kind, level, ordered, new_block, a, start + len(body))
        else:
            spans.append(("paragraph", 0, False, True, start, start + len(body)))
        gap = False
    return spans


def _quoted_sentence(
    draft: str, spans: list[tuple[str, int, bool, bool, int, int]], at: int
) -> str:
    """The sentence of the draft around offset ``at``, within its own paragraph, item or heading."""
    for _, _, _, _, a, b in spans:
        if a <= at < b:
            sentences = [(a + off, s) for off, s in split_sentences(draft[a:b])]
            sentence = next(s for off, s in reversed(sentences) if off <= at)
            return squash_spaces(without_emphasis(sentence))
    return ""


def claim_reviews(
    views: list[ClaimView], draft: str, url: str | None = None
) -> list[dict[str, Any]]:
    """schema.org ClaimReview objects for the claims the sheet decides (supported or contradicted).

    A ClaimReview's ``url`` is the review's own page: ``url``, where the report is published
    (each review its note's fragment), or no ``url`` at all. The sheet is ``isBasedOn``.
    """
    reviews = []
    spans = _draft_spans(draft, [(v.start, v.end) for v in views])
    for v in views:
        if v.verdict not in RATINGS or v.figure is None:
            continue
        value, name = RATINGS[v.verdict]
        source = v.figure.source
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": _quoted_sentence(draft, spans, v.start),
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": value,
                "bestRating": RATING_BEST,
                "worstRating": RATING_WORST,
                "alternateName": name,
            },
            "itemReviewed": {"@type": "Claim", "text": v.text},
            "reviewBody": v.reason,
            "isBasedOn": {
                "@type": "CreativeWork",
                "name": source.title,
                "publisher": {"@type": "Organization", "name": source.publisher},
            },
        }
        if url is not None:
            review["url"] = f"{url.split('#')[0]}#note-{v.number}"
        if (link := safe_url(source.url)) is not None:
            review["isBasedOn"]["url"] = link
        reviews.append(review)
    return reviews


def check_page(
    store: Store, draft: str, claims: list[Claim], *, title: str = "draft", url: str | None = None
) -> str:
    """The checked draft as one self-contained HTML page; ``url``, where it will be published,
    is its ClaimReviews' own."""
    views = [_claim_view(n, c, draft) for n, c in enumerate(claims, 1)]
    counts = verdict_counts(claims)
    used = {v.figure.source.id for v in views if v.figure}
    sources = [s for s in store.sources if s.id in used] or list(store.sources)[:1]
    return _render(
        "check.html.j2",
        title=title,
        draft_sha256=hashlib.sha256(draft.encode("utf-8")).hexdigest(),
        blocks=_draft_blocks(draft, views),
        claims=views,
        summary=[(v, VERDICT_ICONS[v], verdict_label(v), counts[v]) for v in Verdict],
        sources=[_source_view(s) for s in sources],
        reviews=claim_reviews(views, draft, url),
    )


# --- the annotated sheet -----------------------------------------------------------------------


@dataclass
class Section:
    """One topic of the sheet: its heading (if the sheet has one) and its paragraphs and lists."""

    id: str
    heading: str
    shown: bool
    blocks: list[Block] = field(default_factory=list)


def _sheet_sections(store: Store, source: Source, text: str) -> list[Section]:
    """The source's body, line by line, grouped by topic, with each figure marked in place."""
    topics = {t.id: t for t in store.topics if t.source == source.id}
    headings = {t.heading_line: t for t in topics.values() if t.heading_line}
    statements: dict[int, list[Any]] = {}
    for s in store.statements:
        if s.source == source.id:
            statements.setdefault(s.line, []).append(s)
    figures = queries.context(store, [f for f in store.figures if f.source == source.id])
    furniture = {f.line for f in source.furniture}
    sections: list[Section] = []
    for n, line in enumerate(text.split("\n"), 1):
        if n in furniture or not line.strip():
            continue
        if n in headings:
            t = headings[n]
            sections.append(Section(t.id, t.heading, True))
            continue
        said = statements.get(n)
        if not said or said[0].topic not in topics:
            continue
        if not sections or sections[-1].id != said[0].topic:
            t = topics[said[0].topic]
            sections.append(Section(t.id, t.heading, False))
        _add_line(sections[-1], line, _figure_marks(line, said, figures))
    return sections


def _add_line(section: Section, line: str, marks: list[tuple[int, int, Any]]) -> None:
    """Add a line of the sheet to its section: a bullet joins a list, other lines are paragraphs."""
    m = _SHEET_BULLET.match(line)
    start = m.end() if m else len(line) - len(line.lstrip())
    segments = _segments(line, start, len(line.rstrip()), marks)
    kind = "list" if m else "paragraph"
    if kind == "list" and section.blocks and section.blocks[-1].kind == "list":
        section.blocks[-1].items.append(segments)
    else:
        section.blocks.append(Block(kind, items=[segments]))


def _figure_marks(
    line: str, said: list[Any], figures: list[FigureContext]
) -> list[tuple[int, int, Any]]:
    """Where each figure of the line's statements stands in the line."""
    marks: list[tuple[int, int, Any]] = []
    for s in said:
        found = _words_pattern(s.text).search(line)
        if found is None:
            continue
        for c in figures:
            if c.statement.id != s.id:
                continue
            for m in _words_pattern(c.figure.as_written).finditer(line, found.start(), found.end()):
                if not any(a < m.end() and m.start() < b for a, b, _ in marks):
                    marks.append((m.start(), m.end(), c.figure.id))
                    break
    return _disjoint(marks)


@dataclass(frozen=True)
class Bar:
    """One bar of a chart, in SVG user units, with how its end is drawn."""

    id: str
    label: str
    y: int
    length: float
    end: str


def _bar_end(qualifier: Qualifier) -> str:
    """How a bar ends, from the interval the qualifier allows: "lower" (a lower bound, open to
    the right), "upper" (an upper bound), "about" (either side of the value) or "exact"."""
    rule = qualifier.rule
    if rule.high is End.INFINITY:
        return "lower"
    if rule.high is End.VALUE and rule.low is not End.VALUE:
        return "upper"
    return "exact" if rule.low is rule.high else "about"


def _charts(store: Store) -> list[dict[str, Any]]:
    """One bar chart for each unit of the store except dates, largest figure first."""
    units = sorted({f.unit for f in store.figures if f.unit != Unit.DATE})
    charts = []
    for unit in units:
        _, contexts = queries.chart(store, None, unit)
        top = max(float(c.figure.value) for c in contexts)
        bars = [
            Bar(
                c.figure.id, c.figure.as_written, i * _ROW,
                max(2.0, _BAR * float(c.figure.value) / top) if top > 0 else 2.0,
                _bar_end(c.figure.qualifier),
            )
            for i, c in enumerate(contexts)
        ]  # fmt: skip
        charts.append({
            "unit": unit,
            "id": re.sub(r"[^a-z0-9-]", "-", unit.lower()),
            "bars": bars,
            "height": len(bars) * _ROW,
            "width": _BAR + _OPEN_END,
            "description": "; ".join(f"{c.figure.as_written} ({c.figure.id})" for c in contexts),
        })  # fmt: skip
    return charts


def _figure_rows(store: Store) -> list[dict[str, Any]]:
    """The table of figures: each with its value, bound, period and citation."""
    rows = []
    for c in queries.context(store, store.figures):
        f = c.figure
        rows.append({
            "id": f.id, "label": f.label, "as_written": f.as_written, "value": format_value(f),
            "period": f.period or "", "topic_id": c.topic.id, "line": c.statement.line,
            "note": f.note or "", "citation": cite.one_line(c),
        })  # fmt: skip
    return rows


def sheet_page(store: Store, texts: dict[str, str]) -> str:
    """The whole store as one annotated, self-contained HTML page; ``texts`` are the sources' bodies."""
    documents = [
        {"source": _source_view(s), "sections": _sheet_sections(store, s, texts[s.id])}
        for s in store.sources
    ]
    titles = [s.title for s in store.sources]
    return _render(
        "sheet.html.j2",
        title=titles[0] if len(titles) == 1 else "; ".join(titles),
        documents=documents,
        topics=[(t.id, t.heading) for t in store.topics],
        charts=_charts(store),
        figures=_figure_rows(store),
        open_end=_OPEN_END,
    )
