"""Text folding so that case, accents, apostrophes, spacing and simple plurals never matter."""

from __future__ import annotations

import re
import unicodedata

_POSSESSIVE = re.compile(r"[’'‘`]s\b")
_APOSTROPHES = str.maketrans({"’": "", "'": "", "‘": "", "`": ""})
_WORD = re.compile(r"[a-z0-9]+")
# Words too common to say what a text is about: left out of searches and of what ties a claim.
STOPWORDS = frozenset(
    "a an and are as at be by for from has have in is it its of on or our the this to was we "
    "were will with".split()
)


def fold(text: str) -> str:
    """Lower-case, strip accents and apostrophes, and collapse every kind of space to one."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    # "Peru’s" and "Peru's" both fold to "peru", so a possessive never hides a match.
    return " ".join(_POSSESSIVE.sub("", bare.lower()).translate(_APOSTROPHES).split())


def squash_spaces(text: str) -> str:
    """Collapse runs of whitespace (the non-breaking space included) to a single space."""
    return " ".join(text.split())


def singular(word: str) -> str:
    """A crude English singular: enough for "migrants", "refugees", "activities", "taxes"."""
    if len(word) <= 3 or word.endswith("ss"):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("us", "is")):
        return word[:-1]
    return word


# Endings of a verb's forms and its noun of the act ("regularized", "regularizing",
# "regularization"): narrower than a family (see similar), which also joins "scholar" and
# "scholarship", "depart" and "departure".
_VERB_ENDINGS = ("ization", "isation", "ation", "izing", "ising", "ized", "ised", "ing", "ed")
_STEM_MIN = 5


def verb_stem(word: str) -> str:
    """The stem of a folded word that ends like a verb's form, or "" when it does not: two
    forms of one verb share it ("regularized", "regularizing"); a plain noun has none
    ("projects" is no form of "projected")."""
    for ending in _VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _STEM_MIN:
            return word[: -len(ending)]
    return ""


def words(text: str) -> list[str]:
    """The folded, singular words of ``text``."""
    return [singular(w) for w in _WORD.findall(fold(text))]


# A searched word this long or longer also finds the words it starts: "venezuela" finds
# "venezuelan", "assist" finds "assistance". A shorter one must be whole ("us" is not "usaid").
PREFIX_MIN = 4


def matches(term: str, word: str) -> bool:
    """True when the folded ``word`` is the searched ``term``, or starts with a long enough one."""
    return word == term or (len(term) >= PREFIX_MIN and word.startswith(term))


def key(text: str) -> str:
    """A comparison key: the folded singular words joined by single spaces."""
    return " ".join(words(text))


# Patterns, not compiled objects: re compiles them on first use, and only check splits sentences.
_SENTENCE_END = r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9$])"
_ABBREVIATION = (
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|No|vs|etc|approx|e\.g|i\.e)\.)$"
)


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences of ``text`` with their start offsets; "U.S." and "Dr." do not end one."""
    sentences = []
    start = 0
    for m in re.finditer(_SENTENCE_END, text):
        if re.search(_ABBREVIATION, text[start : m.start() + 1]):
            continue
        candidate = text[start : m.end()]
        if candidate.strip():
            sentences.append((start, candidate.strip()))
        start = m.end()
    rest = text[start:].strip()
    if rest:
        sentences.append((start, rest))
    return sentences


def similar(a: str, b: str) -> bool:
    """True for words of one family: a shared start of 5+ letters, then only short endings."""
    # "migrants"/"migrant" and "cultural"/"culture" meet; "country"/"counternarcotic" do not.
    if a == b:
        return True
    shared = _shared_start(a, b)
    short, long = sorted((len(a), len(b)))
    if shared < FAMILY or short - shared > 3 or long - shared > 5:
        return False
    # What follows the shared start must be an ending on both sides: "accord"/"accords",
    # "cultural"/"culture"; not "compact"/"compared", whose stems only look alike.
    ends = {a[shared:], b[shared:]}
    if ends <= _ENDINGS:
        # The act and the one who acts are two things: "migration" is not "migrant", and a
        # "donation" is not a "donor".
        return not (ends & _ACT and ends & _ACTOR)
    return False


_INFLECTED = re.compile(r"(?P<root>[a-z]{3,4}?)(?P<double>[bdglmnprt])?(?:ing|ed)")


def short_root(word: str) -> str:
    """The root of a short word with a verb's ending ("helping", "aided", "planned": "help",
    "aid", "plan"); the word itself for any other."""
    m = _INFLECTED.fullmatch(word)
    if m is None:
        return word
    root, double = m["root"], m["double"]
    # "planned" doubles the n of "plan"; "funded" keeps the d of "fund".
    return root if double and root.endswith(double) else root + (double or "")


def _shared_start(a: str, b: str) -> int:
    """How many leading letters two words share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


FAMILY = 5
_ENDINGS = frozenset(
    "|s|es|ed|d|ing|ings|ion|ions|tion|tions|ation|ations|al|ally|ly|er|ers|or|ors|ment|ments|ive"
    "|ives|ity|ities|e|y|ies|ied|ship|ships|ce|ces|cy|t|ts|nt|nts|ant|ants|ent|ents|ence|ance|ic"
    "|ical|ist|ists|ism|ure|ures|ural|n|ns|an|ans|ian|ians|ese|me|mes|ned|ns".split("|")
)


_ACT = frozenset("ion|ions|tion|tions|ation|ations".split("|"))
_ACTOR = frozenset("t|ts|nt|nts|ant|ants|ent|ents|er|ers|or|ors".split("|"))


PHRASE_GAP = 3  # words that may stand between two words of a phrase ("been active in Peru")


class Vocabulary:
    """A set of words that finds the member of a word's family, if it has one."""

    def __init__(self, words: set[str], sequence: str = "") -> None:
        self.words = words
        # Where each word stands in the text, when its order is known: a phrase is looked for
        # by it.
        self._at: dict[str, list[int]] = {}
        for i, w in enumerate(sequence.split()):
            self._at.setdefault(w, []).append(i)
        self._by_start: dict[str, list[str]] = {}
        self._by_root: dict[str, str] = {}
        self._found: dict[str, str | None] = {}
        for w in words:
            self._by_start.setdefault(w[:FAMILY], []).append(w)
            if short_root(w) != w:
                self._by_root.setdefault(short_root(w), w)

    def holds_run(self, found: list[str]) -> bool:
        """True when the found words stand in their order in the text, each within a few words
        of the one before ("been a development partner in Peru" holds "been in peru"; "a
        U.S.-Peru agreement has been in force" does not); always, when the order is not known."""
        if not self._at:
            return True
        ends = set(self._at.get(found[0], []))
        for w in found[1:]:
            ends = {
                j for j in self._at.get(w, []) if any(0 < j - i <= PHRASE_GAP + 1 for i in ends)
            }
        return bool(ends)

    def find(self, word: str) -> str | None:
        """The member most like ``word`` (itself if present), or None."""
        if word in self.words:
            return word
        if len(word) < FAMILY:
            # Too short for a family by its start: "help" finds "helping", "aid" "aided".
            return self._by_root.get(word)
        # The checker asks the same text for the same words once per number: remember.
        if word not in self._found:
            family = [w for w in self._by_start.get(word[:FAMILY], []) if similar(word, w)]
            self._found[word] = max(family, key=lambda w: _shared_start(w, word), default=None)
        return self._found[word]


_ASCII = {
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "•": "*",
    "–": "-",
    "—": "-",
    "×": "x",
    "…": "...",
}


def nearest_ascii(text: str) -> str:
    """What an ASCII-only terminal can show of ``text``: "César" as "Cesar", "’" as "'"."""
    out = []
    for c in text:
        plain = _ASCII.get(c) or unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode()
        out.append(plain or ("" if unicodedata.combining(c) else "?"))
    return "".join(out)


# --- characters that are not shown as they are (present.safety and JSON output use these) ----

# Every character of Unicode category Cf (Unicode 15.1; tests/test_edges.py checks this list
# against the running Python's unicodedata, so a newer Unicode that adds one fails a test).
FORMAT_CHARACTERS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
SEPARATORS = "\u2028\u2029"
# What JSON text escapes as \uXXXX even when it keeps other non-ASCII characters: JSON allows
# all of these raw, but a terminal or an editor showing the JSON would obey or hide them.
JSON_ESCAPED = re.compile(f"[\x7f-\x9f\ud800-\udfff{FORMAT_CHARACTERS}{SEPARATORS}]")


# What no text field of a store holds: C0 and C1 controls (tab and newline included), lone
# surrogates, invisible format characters and the line and paragraph separators. Each would
# hide, reorder or break what a heading, a statement or a label says wherever it is shown.
HIDDEN_CHARACTERS = re.compile(f"[\x00-\x1f\x7f-\x9f\ud800-\udfff{FORMAT_CHARACTERS}{SEPARATORS}]")


def json_safe(text: str) -> str:
    """JSON text with every character of JSON_ESCAPED written as a JSON escape (lossless)."""
    # ASCII (known without a scan) holds only DEL of them: most JSON text skips the expression.
    if text.isascii() and "\x7f" not in text:
        return text
    return JSON_ESCAPED.sub(_json_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    """One character as a JSON escape (a surrogate pair above U+FFFF)."""
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
