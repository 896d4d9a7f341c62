"""Checks a well-typed store against itself and against its source document, line by line."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from perufacts.bounds import date_span
from perufacts.errors import StoreError
from perufacts.models import Entity, Figure, Relation, Source, Statement, Store, Topic
from perufacts.numbers import number_spans, parse_date, parse_quantity
from perufacts.store.files import read_file
from perufacts.text import HIDDEN_CHARACTERS, Vocabulary, key, squash_spaces, words
from perufacts.vocab import WRITTEN_UNITS, Qualifier, Unit

_ID = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_BULLET = re.compile(r"^\s*[•\-*]\s+")


def check_store(
    store: Store, base_dir: Path, read: dict[Path, os.stat_result] | None = None
) -> list[str]:
    """Every problem beyond field types, as ``dotted.location: message`` lines.

    ``read``, if given, receives each source file read and the status of the descriptor it was
    read from (what the cache vouches for).
    """
    problems = list(_ids(store))
    problems += _references(store)
    texts: dict[str, list[str]] = {}
    for i, source in enumerate(store.sources):
        lines, source_problems = _read_source(source, base_dir, i, read)
        problems += source_problems + _source_date(source, i) + _source_url(source, i)
        if lines is not None:
            texts[source.id] = lines
    problems += _statements(store, texts) + _headings(store, texts)
    problems += _figures(store)
    problems += _body_lines(store, texts) + _numbers(store)
    problems += _relations(store)
    problems += _aliases(store)
    problems += _entities(store) + _frames(store)
    problems += _synonyms(store)
    problems += _characters(store)
    return problems


def _ids(store: Store) -> Iterator[str]:
    """Problems with ids: not slugs, or used twice."""
    seen: dict[str, str] = {}
    groups: dict[str, Sequence[Source | Topic | Statement | Figure | Relation | Entity]] = {
        "sources": store.sources,
        "topics": store.topics,
        "statements": store.statements,
        "figures": store.figures,
        "relations": store.relations,
        "entities": store.entities,
    }
    for name, items in groups.items():
        for i, item in enumerate(items):
            where = f"{name}[{i}].id"
            if not _ID.match(item.id):
                yield f"{where}: {item.id!r} is not a lowercase slug (a-z, 0-9, '-' and '.')"
            elif item.id in seen:
                yield f"{where}: duplicate id {item.id!r} (first used at {seen[item.id]})"
            else:
                seen[item.id] = where


def _references(store: Store) -> list[str]:
    """Problems with references that point nowhere or to the wrong topic."""
    sources = {s.id for s in store.sources}
    topics = {t.id for t in store.topics}
    statements = {s.id: s for s in store.statements}
    figures = {f.id for f in store.figures}
    problems = []

    def need(where: str, value: str, known: set[str] | dict[str, Statement], kind: str) -> None:
        """Record a problem when ``value`` is not among the known ids."""
        if value not in known:
            problems.append(f"{where}: unknown {kind} {value!r}")

    for i, t in enumerate(store.topics):
        need(f"topics[{i}].source", t.source, sources, "source")
    for i, s in enumerate(store.statements):
        need(f"statements[{i}].source", s.source, sources, "source")
        need(f"statements[{i}].topic", s.topic, topics, "topic")
    for i, f in enumerate(store.figures):
        need(f"figures[{i}].source", f.source, sources, "source")
        need(f"figures[{i}].topic", f.topic, topics, "topic")
        need(f"figures[{i}].statement", f.statement, statements, "statement")
        owner = statements.get(f.statement)
        if owner and (owner.topic, owner.source) != (f.topic, f.source):
            problems.append(
                f"figures[{i}].topic: {f.id!r} is in topic {f.topic!r} but its statement "
                f"{owner.id!r} is in {owner.topic!r} (source {owner.source!r})"
            )
    for i, n in enumerate(store.not_figures):
        if (n.statement is None) == (n.topic is None):
            problems.append(
                f"not_figures[{i}]: names the statement or the topic (whose heading holds the "
                "number): exactly one of them"
            )
        if n.statement is not None:
            need(f"not_figures[{i}].statement", n.statement, statements, "statement")
        if n.topic is not None:
            need(f"not_figures[{i}].topic", n.topic, topics, "topic")
    for i, r in enumerate(store.relations):
        for j, fid in enumerate(r.figures):
            need(f"relations[{i}].figures[{j}]", fid, figures, "figure")
        need(f"relations[{i}].stated", r.stated, figures, "figure")
    return problems


def _source_date(source: Source, i: int) -> list[str]:
    """A document's date must be a real ISO 8601 date, year-month or year: citations print it."""
    if _ISO.match(source.date):
        try:
            date_span(source.date)
            return []
        except ValueError:
            pass
    return [f"sources[{i}].date: {source.date!r} is not a date such as 2022, 2022-10 or 2022-10-06"]


def _source_url(source: Source, i: int) -> list[str]:
    """A document's URL must be http or https with a host: Markdown and HTML output link it."""
    parts = urlsplit(source.url)
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return []
    return [f"sources[{i}].url: {source.url!r} is not an http or https URL"]


def _read_source(
    source: Source, base_dir: Path, i: int, read: dict[Path, os.stat_result] | None
) -> tuple[list[str] | None, list[str]]:
    """A source's lines, after checking its sha256; or the problems found."""
    path = base_dir / source.file
    try:
        # Read as the store is: a source named as a FIFO or a device must not hang validation.
        data, info = read_file(path, "source")
    except StoreError as exc:
        return None, [f"sources[{i}].file: {exc.message}"]
    if read is not None:
        read[path] = info
    digest = hashlib.sha256(data).hexdigest()
    if digest != source.sha256:
        return None, [
            f"sources[{i}].sha256: {source.file} has sha256 {digest}, not {source.sha256} "
            "(the source file was changed)"
        ]
    try:
        return data.decode("utf-8").split("\n"), []
    except UnicodeDecodeError:
        return None, [f"sources[{i}].file: {source.file} is not UTF-8 text"]


def _statements(store: Store, texts: dict[str, list[str]]) -> list[str]:
    """Problems with statements that are not on their line of the source."""
    problems = []
    for i, s in enumerate(store.statements):
        lines = texts.get(s.source)
        if lines is None:
            continue
        if not 1 <= s.line <= len(lines):
            problems.append(
                f"statements[{i}].line: line {s.line} is outside the source (1-{len(lines)})"
            )
        elif squash_spaces(s.text) not in squash_spaces(lines[s.line - 1]):
            found = [
                n for n, line in enumerate(lines, 1) if squash_spaces(s.text) in squash_spaces(line)
            ]
            hint = f" (it is on line {found[0]})" if found else " (it is nowhere in the source)"
            problems.append(f"statements[{i}].text: {s.id!r} does not occur on line {s.line}{hint}")
    return problems


def _headings(store: Store, texts: dict[str, list[str]]) -> list[str]:
    """Problems with headings that are not, word for word, the line they say they are."""
    problems = []
    for i, t in enumerate(store.topics):
        lines = texts.get(t.source)
        if lines is None or t.heading_line is None:
            continue  # the opening paragraphs' title is ours: the sheet prints none
        n = t.heading_line
        if not 1 <= n <= len(lines):
            problems.append(
                f"topics[{i}].heading_line: line {n} is outside the source (1-{len(lines)})"
            )
        elif squash_spaces(t.heading) != squash_spaces(lines[n - 1]):
            heading = squash_spaces(t.heading)
            found = [m for m, line in enumerate(lines, 1) if squash_spaces(line) == heading]
            hint = f" (it is line {found[0]})" if found else " (no line of the source is)"
            problems.append(f"topics[{i}].heading: {t.heading!r} is not line {n}{hint}")
    return problems


def _characters(store: Store) -> list[str]:
    """Problems with text fields that hold controls, invisible characters or line separators."""
    problems: list[str] = []
    for kind in ("sources", "entities", "topics", "statements", "figures", "not_figures",
                 "relations"):  # fmt: skip
        for i, record in enumerate(getattr(store, kind, ())):
            problems += _hidden(record, f"{kind}[{i}]")
    return problems


def _hidden(value: object, where: str) -> Iterator[str]:
    """Each text in ``value`` (a record, a list or a string) that holds a hidden character."""
    if isinstance(value, str):
        found = HIDDEN_CHARACTERS.search(value)
        if found is not None:
            yield (
                f"{where}: holds {_character_name(found.group())}; text holds no control, "
                "invisible or line-separating characters"
            )
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _hidden(item, f"{where}[{i}]")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _hidden(getattr(value, f.name), f"{where}.{f.name}")


def _character_name(c: str) -> str:
    """A character as people look it up: "U+200B ZERO WIDTH SPACE", "U+0000"."""
    name = unicodedata.name(c, "")
    return f"U+{ord(c):04X} {name}" if name else f"U+{ord(c):04X}"


def _figures(store: Store) -> list[str]:
    """Problems with figures' values and wording."""
    statements = {s.id: s for s in store.statements}
    problems = []
    for i, f in enumerate(store.figures):
        problems += [f"figures[{i}].{p}" for p in _figure_value(f)]
        owner = statements.get(f.statement)
        if owner and squash_spaces(f.as_written) not in squash_spaces(owner.text):
            problems.append(
                f"figures[{i}].as_written: {f.as_written!r} does not occur in statement {owner.id!r}"
            )
    return problems


def _figure_value(f: Figure) -> list[str]:
    """Problems with a figure's value, as ``field: message`` (the caller adds the figure's place)."""
    if f.unit == Unit.DATE:
        return _date_value(f)
    if isinstance(f.value, str):
        return [f"value: must be a number for unit {f.unit!r} (got {f.value!r})"]
    try:
        parsed = parse_quantity(f.as_written)
    except ValueError:
        return [f"as_written: {f.as_written!r} does not read as a number"]
    problems = []
    if parsed.value != f.value:
        problems.append(
            f"value: {f.value!r} but as_written {f.as_written!r} reads as {parsed.value!r}"
        )
    if parsed.qualifier != f.qualifier:
        problems.append(
            f"qualifier: {f.qualifier!r} but as_written {f.as_written!r} reads as {parsed.qualifier!r}"
        )
    if parsed.unit and parsed.unit != f.unit:
        problems.append(f"unit: {f.unit!r} but as_written {f.as_written!r} is in {parsed.unit!r}")
    if not parsed.unit and f.unit in WRITTEN_UNITS:
        problems.append(f"unit: {f.unit!r} but as_written {f.as_written!r} names no unit")
    return problems


def _date_value(f: Figure) -> list[str]:
    """Problems with a date figure's value, year and qualifier."""
    if not isinstance(f.value, str) or not _ISO.match(f.value):
        return [f"value: a date must be an ISO 8601 string such as 2021-09 (got {f.value!r})"]
    try:
        parsed = parse_date(f.as_written)
    except ValueError:
        return [f"as_written: {f.as_written!r} does not read as a date"]
    year = int(f.value[:4])
    problems = []
    if parsed.iso(year) != f.value:
        problems.append(
            f"value: {f.value!r} but as_written {f.as_written!r} reads as {parsed.iso(year)!r}"
        )
    if f.year_inferred != (parsed.year is None):
        says = "gives no year" if parsed.year is None else "gives the year"
        problems.append(
            f"year_inferred: is {f.year_inferred} but as_written {f.as_written!r} {says}"
        )
    if f.qualifier != Qualifier.EXACT:
        problems.append(f"qualifier: a date is 'exact' (got {f.qualifier!r})")
    return problems


def _body_lines(store: Store, texts: dict[str, list[str]]) -> list[str]:
    """Every line of the body must be exactly its statements, or a heading, or web-page furniture."""
    problems = []
    for source in store.sources:
        lines = texts.get(source.id)
        if lines is None:
            continue
        said: dict[int, list[str]] = {}
        for s in store.statements:
            if s.source == source.id:
                said.setdefault(s.line, []).append(squash_spaces(s.text))
        headings = {t.heading_line for t in store.topics if t.source == source.id}
        furniture = {f.line for f in source.furniture}
        for n, line in enumerate(lines, 1):
            body = squash_spaces(_BULLET.sub("", line))
            if not body or n in headings or n in furniture:
                continue
            if " ".join(said.get(n, [])) != body:
                problems.append(
                    f"statements: line {n} of {source.file} is not covered exactly by its statements"
                )
    return problems


def _numbers(store: Store) -> list[str]:
    """Every number in a statement, in digits or words, is a figure or a declared not-figure."""
    covers: dict[str, list[str]] = {}
    for f in store.figures:
        covers.setdefault(f.statement, []).extend([f.as_written, f.period or ""])
    in_headings: dict[str, list[str]] = {}
    for f in store.figures:
        in_headings.setdefault(f.topic, []).extend([f.as_written, f.period or ""])
    for n in store.not_figures:
        if n.statement is not None:
            covers.setdefault(n.statement, []).append(n.text)
        elif n.topic is not None:
            in_headings.setdefault(n.topic, []).append(n.text)
    problems = []
    for i, s in enumerate(store.statements):
        for number in _uncovered(s.text, covers.get(s.id, [])):
            problems.append(
                f"statements[{i}].text: the number {number!r} in {s.id!r} is neither "
                "a figure nor listed in not_figures"
            )
    # A heading is the sheet's text too: its numbers are its topic's figures, or not-figures
    # that name the topic.
    for i, t in enumerate(store.topics):
        for number in _uncovered(t.heading, in_headings.get(t.id, [])):
            problems.append(
                f"topics[{i}].heading: the number {number!r} in the heading of {t.id!r} is "
                "neither a figure of the topic nor listed in not_figures"
            )
    return problems


def _uncovered(text: str, covers: list[str]) -> Iterator[str]:
    """The numbers of ``text`` that no text of ``covers`` covers."""
    text = squash_spaces(text)
    spans = [m.span() for c in covers if c for m in _occurrences(c, text)]
    uncovered = [
        (start, end)
        for start, end in number_spans(text)
        if not any(a <= start and end <= b for a, b in spans)
    ]
    for start, end in _joined(text, uncovered):
        yield text[start:end]


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans next to each other (but for a space or hyphen) as one: "1.3" "million" is one number."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and not text[joined[-1][1] : start].strip(" -"):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _occurrences(needle: str, text: str) -> Iterator[re.Match[str]]:
    """Where ``needle`` occurs in ``text``, spaces of any kind matching."""
    return re.finditer(re.escape(squash_spaces(needle)), text)


def _relations(store: Store) -> list[str]:
    """Problems with stated relations between figures."""
    figures = {f.id: f for f in store.figures}
    problems = []
    for i, r in enumerate(store.relations):
        parts = [figures.get(fid) for fid in r.figures]
        stated = figures.get(r.stated)
        first = parts[0] if parts else None
        if len(parts) != 2:
            problems.append(f"relations[{i}].figures: a {r.kind} relates exactly two figures")
        elif first and parts[1] and first.unit != parts[1].unit:
            problems.append(f"relations[{i}].figures: the figures are in different units")
        if stated and stated.unit != Unit.PERCENT:
            problems.append(f"relations[{i}].stated: a {r.kind} is stated in percent")
        if first and not _above_zero(first):
            problems.append(
                f"relations[{i}].figures: a {r.kind} needs a first figure above zero, not "
                f"{first.as_written!r}"
            )
    return problems


def _above_zero(f: Figure) -> bool:
    """True when every value a figure allows is above zero, so a change can be measured from it."""
    if f.unit == Unit.DATE or isinstance(f.value, str):
        return False
    return not f.qualifier.may_be_zero and f.value > 0


def _aliases(store: Store) -> list[str]:
    """A name that reaches two topics would make lookups ambiguous."""
    owner: dict[str, str] = {}
    problems = []
    for i, t in enumerate(store.topics):
        for j, alias in enumerate(t.aliases):
            k = key(alias)
            if owner.get(k, t.id) != t.id:
                problems.append(
                    f"topics[{i}].aliases[{j}]: {alias!r} already names topic {owner[k]!r}"
                )
            owner.setdefault(k, t.id)
    return problems


def _synonyms(store: Store) -> list[str]:
    """Synonyms: one folded, singular word each, listed once, meaning words the sheet uses."""
    used = {w for s in store.statements for w in words(s.text)}
    problems = []
    seen: dict[str, int] = {}
    for i, syn in enumerate(store.synonyms):
        where = f"synonyms[{i}]"
        if words(syn.word) != [syn.word]:
            problems.append(f"{where}.word: {syn.word!r} is not one folded, singular word")
        elif seen.setdefault(syn.word, i) != i:
            problems.append(
                f"{where}.word: {syn.word!r} is listed already (synonyms[{seen[syn.word]}])"
            )
        if not syn.means:
            problems.append(f"{where}.means: a synonym needs at least one word of the sheet")
        for j, word in enumerate(syn.means):
            if words(word) != [word]:
                problems.append(f"{where}.means[{j}]: {word!r} is not one folded, singular word")
            elif word not in used:
                problems.append(f"{where}.means[{j}]: {word!r} is no word of any statement")
    return problems


def _entities(store: Store) -> list[str]:
    """Entities: each name names one entity, and part_of leads to a known entity, never round."""
    known = {e.id: e for e in store.entities}
    problems = []
    owner: dict[str, str] = {}
    for i, e in enumerate(store.entities):
        if e.part_of is not None and e.part_of not in known:
            problems.append(f"entities[{i}].part_of: unknown entity {e.part_of!r}")
        elif _circular(e.id, known):
            problems.append(f"entities[{i}].part_of: {e.id!r} is part of itself")
        if not e.names:
            problems.append(f"entities[{i}].names: an entity needs at least one name")
        for j, name in enumerate(e.names):
            k = key(name)
            if not k:
                problems.append(f"entities[{i}].names[{j}]: {name!r} has no words")
            elif owner.setdefault(k, e.id) != e.id:
                problems.append(f"entities[{i}].names[{j}]: {name!r} already names {owner[k]!r}")
    return problems


def _circular(start: str, known: dict[str, Entity]) -> bool:
    """True when following part_of from ``start`` comes back to it."""
    seen = {start}
    current = known[start].part_of
    while current is not None and current in known:
        if current in seen:
            return True
        seen.add(current)
        current = known[current].part_of
    return False


def _frames(store: Store) -> list[str]:
    """Frames: the head noun is in the figure's own sentence; parties and places are known."""
    kinds = {e.id: e.kind for e in store.entities}
    statements = {s.id: s for s in store.statements}
    problems = []
    for i, f in enumerate(store.figures):
        where = f"figures[{i}].frame"
        frame = f.frame
        if not frame.measure or not all(key(m) for m in frame.measure):
            problems.append(f"{where}.measure: name what the figure measures (its head noun first)")
        elif (owner := statements.get(f.statement)) and not _said(frame.measure[0], owner.text):
            problems.append(
                f"{where}.measure[0]: the head noun {frame.measure[0]!r} is not in the figure's "
                f"sentence {owner.id!r}"
            )
        for field_name, wanted in (("parties", "party"), ("places", "place")):
            for j, ref in enumerate(getattr(frame, field_name)):
                if kinds.get(ref) != wanted:
                    problems.append(f"{where}.{field_name}[{j}]: {ref!r} is not a known {wanted}")
        for j, part in enumerate(frame.parts):
            if (owner := statements.get(f.statement)) and not _said(part, owner.text):
                problems.append(f"{where}.parts[{j}]: {part!r} is not in the figure's sentence")
        if frame.role != "point" and f.unit != "date":
            problems.append(f"{where}.role: only a date figure has a role (got {frame.role!r})")
        problems += _others(f, where, statements.get(f.statement))
        measure = {tuple(words(m)) for m in frame.measure}
        for j, term in enumerate(frame.generic):
            if tuple(words(term)) not in measure:
                problems.append(f"{where}.generic[{j}]: {term!r} is not a word of its measure")
        owner = statements.get(f.statement)
        if frame.narrowed_by and owner and not any(_said(w, owner.text) for w in frame.narrowed_by):
            problems.append(f"{where}.narrowed_by: none of its words is in the figure's sentence")
    return problems


def _others(f: Figure, where: str, owner: Statement | None) -> list[str]:
    """Problems of a frame's ``others``: each names words, none of the figure's own wording."""
    problems = []
    own = set(words(owner.text)) if owner else set()
    measure = {tuple(words(m)) for m in f.frame.measure}
    for j, other in enumerate(f.frame.others):
        said = words(other)
        if not said or other != other.strip().lower():
            problems.append(f"{where}.others[{j}]: {other!r} must be lower-case words")
        elif set(said) <= own or tuple(said) in measure:
            # The figure's own sentence would then speak of "another quantity" than itself.
            problems.append(f"{where}.others[{j}]: {other!r} is the figure's own wording")
    return problems


def _said(term: str, sentence: str) -> bool:
    """True when the words of ``term`` (or words of their families) occur in ``sentence``."""
    said = Vocabulary(set(words(sentence)))
    return all(said.find(w) is not None for w in words(term))
