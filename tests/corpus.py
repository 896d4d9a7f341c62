"""The labelled corpus of tests/data/corpus: its passages, their labels, and a score of check on them.

Run as a script: ``python tests/corpus.py lint DIR|FILE...`` checks the files' form only;
``python tests/corpus.py score dev|blind|sealed`` prints the per-number confusion matrix (never a
sentence for ``blind`` or ``sealed``); ``--show`` with ``dev`` lists every wrong number.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "corpus"
VERDICTS = ("supported", "contradicted", "undetermined", "no-match", "none")
_SEPARATOR = "=== labels"


@dataclass(frozen=True)
class Label:
    """One labelled number: where it stands in its passage and what a fact-checker says of it."""

    file: str
    index: int  # its place among the passage's labels, from 1
    number: str
    start: int
    end: int
    verdict: str
    figure: str | None
    note: str

    @property
    def name(self) -> str:
        """A test id: the file, the label's place and the number."""
        return f"{self.file}#{self.index}:{self.number}"


@dataclass(frozen=True)
class Passage:
    """One passage of the corpus and its labels."""

    file: str
    kind: str
    text: str
    labels: tuple[Label, ...]


class CorpusError(ValueError):
    """A corpus file that does not have the documented form."""


def read_passage(path: Path, figures: frozenset[str] = frozenset()) -> Passage:
    """A passage file parsed, each label placed at its occurrence of the number."""
    raw = path.read_text(encoding="utf-8")
    head, sep, tail = raw.partition("\n" + _SEPARATOR + "\n")
    if not sep:
        raise CorpusError(f"{path.name}: no line '{_SEPARATOR}'")
    lines = head.split("\n")
    meta = {}
    while lines and lines[0].startswith("# ") and ":" in lines[0]:
        key, _, value = lines.pop(0)[2:].partition(":")
        meta[key.strip()] = value.strip()
    if "kind" not in meta:
        raise CorpusError(f"{path.name}: no '# kind:' line")
    text = "\n".join(lines)
    labels: list[Label] = []
    seen: Counter[str] = Counter()  # where the next occurrence of each number is looked for
    taken: list[tuple[int, int]] = []  # the spans of the labels so far
    after = 0  # where the label before starts
    for n, line in enumerate(tail.split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 3:
            raise CorpusError(f"{path.name}: label line {n} has fewer than 3 tab-separated cells")
        number, verdict, figure = (c.strip() for c in cells[:3])
        note = cells[3].strip() if len(cells) > 3 else ""
        if verdict not in VERDICTS:
            raise CorpusError(
                f"{path.name}: label line {n}: verdict {verdict!r} is not one of {VERDICTS}"
            )
        if figures and figure != "-" and figure not in figures:
            raise CorpusError(f"{path.name}: label line {n}: no figure {figure!r}")
        if verdict in ("supported", "contradicted") and figure == "-":
            raise CorpusError(f"{path.name}: label line {n}: {verdict} needs a figure")
        # Labels go in passage order: each is the next whole occurrence of its number after
        # the label before it, so an unlabelled earlier one ("our two countries") takes no
        # label meant for a later one ("two lines of effort").
        start = _occurrence(text, number, max(seen[number], after), taken)
        if start < 0:
            raise CorpusError(
                f"{path.name}: label line {n}: no whole {number!r} after the label before it"
                " (labels go in the order their numbers appear)"
            )
        seen[number] = start + 1
        after = start
        taken.append((start, start + len(number)))
        labels.append(
            Label(
                path.name,
                len(labels) + 1,
                number,
                start,
                start + len(number),
                verdict,
                None if figure == "-" else figure,
                note,
            )
        )
    return Passage(path.name, meta["kind"], text, tuple(labels))


def _occurrence(text: str, needle: str, after: int, taken: list[tuple[int, int]]) -> int:
    """Where the next whole occurrence of needle from ``after`` starts, a number inside a name
    ("the 19 of COVID-19") only when there is no other."""
    found = _whole(text, needle, after, taken, names=False)
    return found if found >= 0 else _whole(text, needle, after, taken, names=True)


def _whole(text: str, needle: str, after: int, taken: list[tuple[int, int]], *, names: bool) -> int:
    """Where the next whole occurrence of needle from ``after`` starts in text, or -1.

    Whole: not inside a longer number or word ("4" is not the 4 of "140", nor "2" of "G20"),
    nor inside a number labelled before it ("two" is not the two of a labelled "two decades"),
    nor the "two" of "two-way".
    """
    edge = re.escape(needle)
    # (nor, unless ``names``, the 19 of "COVID-19": a number in a name, which the README lets
    # writers leave unlabelled)
    lead = r"(?<![\w.])" if needle[:1].isalnum() else ""
    lead += r"(?<![A-Z]-)" if lead and not names else ""
    trail = r"(?!\d)(?!\.\d)" if needle[-1:].isalnum() else ""
    # Nor "two" of "two-way trade", which the README lets writers leave unlabelled.
    trail += r"(?!-way\b)" if needle[-1:].isalpha() else ""
    for m in re.finditer(lead + edge + trail, text):
        if m.start() >= after and not any(a < m.end() and m.start() < b for a, b in taken):
            return m.start()
    return -1


def passages(
    part: str, figures: frozenset[str] = frozenset(), *, strict: bool = True
) -> list[Passage]:
    """Every passage of one part of the corpus ("dev" or "blind"), in file order; not ``strict``,
    a file that does not read is left out with a line on stderr (while writers are at work)."""
    found = []
    for p in sorted((CORPUS / part).glob("*.txt")):
        try:
            found.append(read_passage(p, figures))
        except CorpusError as e:
            if strict:
                raise
            print(f"left out: {e}", file=sys.stderr)
    return found


TOOL_VERDICTS = ("supported", "contradicted", "undetermined", "no-match", "none")


@dataclass(frozen=True)
class Outcome:
    """What check said of one labelled number, and how that compares with the label."""

    label: Label
    verdict: str  # the tool's verdict, or "none" when it read no claim there
    figure: str | None
    reason: str

    @property
    def right(self) -> bool:
        """True when the tool agrees with the label (a non-claim and no-match are alike)."""
        want = self.label.verdict
        if want in ("none", "no-match"):
            return self.verdict in ("none", "no-match")
        if want == "undetermined":
            return self.verdict == "undetermined"
        return self.verdict == want and self.figure == self.label.figure

    @property
    def false_contradiction(self) -> bool:
        """Contradicted where the label is not, or against another figure than the label's."""
        return self.verdict == "contradicted" and not (
            self.label.verdict == "contradicted" and self.figure == self.label.figure
        )

    @property
    def missed_contradiction(self) -> bool:
        """A labelled contradiction the tool did not find."""
        return self.label.verdict == "contradicted" and not self.right


def outcomes(passage: Passage, claims: list[object]) -> list[Outcome]:
    """Each label of a passage with the claim check made at its place."""
    out = []
    used: set[int] = set()
    for label in passage.labels:
        at = [c for c in claims if c.start < label.end and label.start < c.end]  # type: ignore[attr-defined]
        if not at or id(at[0]) in used:
            # A claim is counted once, for the first number of it that is labelled: the year
            # of "January 16, 2022" is no claim of its own.
            why = "no claim read here" if not at else "part of the claim of a label before"
            out.append(Outcome(label, "none", None, why))
            continue
        c = at[0]
        used.add(id(c))
        figure = c.figure.figure.id if c.figure else None  # type: ignore[attr-defined]
        out.append(Outcome(label, str(c.verdict), figure, c.reason))  # type: ignore[attr-defined]
    # A contradiction no label is scored by (a number the writer did not label, or the second
    # piece of one the tool split in two: "a hundred" and "forty percent") is still shown to the
    # user: it counts as a number labelled none, so a false contradiction.
    for c in claims:
        if id(c) not in used and str(c.verdict) == "contradicted":  # type: ignore[attr-defined]
            stray = Label(passage.file, 0, c.text, c.start, c.end, "none", None, "(no label)")  # type: ignore[attr-defined]
            figure = c.figure.figure.id if c.figure else None  # type: ignore[attr-defined]
            out.append(Outcome(stray, "contradicted", figure, c.reason))  # type: ignore[attr-defined]
    return out


def score(results: list[Outcome]) -> str:
    """The per-number confusion matrix and the headline figures, as text (no sentence in it)."""
    matrix = Counter((o.label.verdict, o.verdict) for o in results)
    width = 13
    lines = ["label \\ check".ljust(width) + "".join(v.rjust(width) for v in TOOL_VERDICTS)]
    for want in VERDICTS:
        lines.append(want.ljust(width) + "".join(str(matrix[want, got]).rjust(width)
                                                 for got in TOOL_VERDICTS))  # fmt: skip
    right = sum(o.right for o in results)
    wrong_numbers = [o for o in results if o.label.verdict == "contradicted"]
    caught = sum(not o.missed_contradiction for o in wrong_numbers)
    false = sum(o.false_contradiction for o in results)
    lines.append(
        f"numbers right: {right}/{len(results)} ({right / max(len(results), 1):.1%}); "
        f"false contradictions: {false}; wrong numbers caught: {caught}/{len(wrong_numbers)} "
        f"({caught / max(len(wrong_numbers), 1):.1%})"
    )
    return "\n".join(lines)


def run(part: str, store: object = None, *, strict: bool = True) -> list[Outcome]:
    """Check every passage of a part of the corpus (with the bundled store unless given one)."""
    from perufacts.checking.matcher import check_text
    from perufacts.store import load_store

    store = store or load_store(None)
    results: list[Outcome] = []
    for passage in passages(part, _figure_ids(), strict=strict):
        results += outcomes(passage, list(check_text(store, passage.text)))  # type: ignore[arg-type]
    return results


def _figure_ids() -> frozenset[str]:
    """The ids of the bundled store's figures, read from data/facts.json."""
    import json

    store = json.loads((Path(__file__).parents[1] / "data" / "facts.json").read_text("utf-8"))
    return frozenset(f["id"] for f in store["figures"])


def _lint(paths: list[str]) -> int:
    """Check the form of corpus files; print one line per problem and a count of labels."""
    figures, bad, count = _figure_ids(), 0, Counter[str]()
    files = [f for p in map(Path, paths) for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])]
    for f in files:
        try:
            passage = read_passage(f, figures)
        except (CorpusError, UnicodeDecodeError, OSError) as e:
            print(e)
            bad += 1
            continue
        count.update(label.verdict for label in passage.labels)
    print(f"{len(files)} files, {bad} with problems; labels: {sum(count.values())} {dict(count)}")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "lint":
        sys.exit(_lint(sys.argv[2:]))
    # "sealed" parts hold blind passages not yet opened, scored in aggregate as blind is.
    parts = ("dev", "blind", "sealed")
    if len(sys.argv) >= 3 and sys.argv[1] == "score" and sys.argv[2] in parts:
        found = run(sys.argv[2], strict="--lenient" not in sys.argv)
        print(score(found))
        if sys.argv[2] == "dev" and "--show" in sys.argv:
            for o in found:
                if not o.right:
                    print(f"{o.label.name}\twant {o.label.verdict} {o.label.figure or ''}"
                          f"\tgot {o.verdict} {o.figure or ''}\t{o.reason}")  # fmt: skip
        sys.exit(0)
    sys.exit(__doc__)
