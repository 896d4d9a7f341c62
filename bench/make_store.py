"""Write a synthetic store of N figures (and its source text) for the scale benchmark.

Usage: python bench/make_store.py N OUT_DIR   -> OUT_DIR/facts.json, OUT_DIR/sources/synthetic.txt
Every figure has its own sentence on its own line, so the store passes full validation.
Topics grow with the store (one per 100 figures, at least 10), as sections of a longer
document would: a topic's listing stays the same size whatever the size of the store.
"""

from __future__ import annotations

import hashlib
import json
import string
import sys
from pathlib import Path


def name(i: int) -> str:
    """A unique lowercase word for item i: no digits, and never a number word such as "one"."""
    letters = string.ascii_lowercase
    word = "q"
    i += 26 * 26  # at least three letters
    while i:
        i, r = divmod(i, 26)
        word += letters[r]
    return word


def topic_count(n: int) -> int:
    """How many topics a store of n figures has."""
    return max(10, n // 100)


def build(n: int, out: Path) -> Path:
    """Write the store and its source; return the store's path."""
    (out / "sources").mkdir(parents=True, exist_ok=True)
    topics = [f"area{name(t)}" for t in range(topic_count(n))]
    lines, statements, figures = ["Synthetic sheet", ""], [], []
    for i in range(n):
        word, amount = name(i), i % 997 + 1
        text = f"Programme {word} received over ${amount} million."
        line = len(lines) + 1
        lines.append(f"  • {text}")
        topic = topics[i % len(topics)]
        statements.append(
            {"id": f"{line}.1", "source": "syn", "topic": topic, "line": line, "text": text}
        )
        figures.append({
            "id": f"programme-{word}", "source": "syn", "topic": topic, "statement": f"{line}.1",
            "label": f"Programme {word}", "value": amount * 1_000_000, "unit": "USD",
            "qualifier": "over", "as_written": f"over ${amount} million", "period": None,
        })  # fmt: skip
    body = "\n".join(lines)
    (out / "sources" / "synthetic.txt").write_text(body, encoding="utf-8")
    store = {
        "version": 1,
        "sources": [
            {
                "id": "syn",
                "title": "Synthetic",
                "publisher": "perufacts bench",
                "url": "https://example.org",
                "date": "2026",
                "date_basis": "generated",
                "file": "sources/synthetic.txt",
                "sha256": hashlib.sha256(body.encode()).hexdigest(),
                "licence": "CC0",
            }
        ],
        "topics": [
            {
                "id": t,
                "source": "syn",
                "heading": "Synthetic sheet" if k == 0 else f"Topic {t}",
                "heading_line": 1 if k == 0 else None,
                "summary": "Generated.",
            }
            for k, t in enumerate(topics)
        ],
        "statements": statements,
        "figures": figures,
    }
    path = out / "facts.json"
    path.write_text(json.dumps(store), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(build(int(sys.argv[1]), Path(sys.argv[2])))
