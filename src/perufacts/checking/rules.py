"""The checker's rules: the id of every rule that gives a verdict, and the weights of evidence.

Every claim carries the id of the rule that decided it (``rule`` in JSON, shown by ``--explain``);
docs/check.md lists them all, and a test keeps the two the same.
"""

from __future__ import annotations

from typing import NamedTuple


class Why(NamedTuple):
    """Why a verdict is what it is: the id of its rule and a line for people."""

    rule: str
    text: str


RULES: dict[str, str] = {
    # supported
    "fits": "every value the sheet's wording allows fits the claim",
    "restated-without-bound": "the claim restates the sheet's number without its bound word",
    "within-rounding": "the claim lies within the rounding of the sheet's round number",
    "more-digits": "the claim states the sheet's 'over v' with more digits ('$22.4 billion' for 'over $22 billion'), which 'over v' rounds down; v is no round number",
    "within-its-date": "the claim's date lies within the sheet's, which is less precise (a day of the month the sheet gives)",
    "negated-bound": "a denied bound, reversed, agrees with the sheet",
    "sheet-value": "no word ties it, but it restates to the digit a value only one figure gives",
    "corrected-to": "a bare number opens a short sentence right after a claim of a figure that is not supported ('The sheet says forty.', 'Twenty-five, actually.'): the value the writer corrects it to, and the sheet's wording allows it",
    "authors-value": "the sheet's author is said to give it right after a quoted claim it refutes ('State says nearly 400'), and it fits the figure that claim is about",
    # contradicted
    "rules-out": "no value the sheet's wording allows fits the claim",
    "negated-figure": "the claim denies what the sheet states",
    "beyond-reach": "the claim lies wholly a third or more past the sheet's 'over' or 'under'",
    "quoted-refuted": "the number stands in quotation marks, the sheet rules it out, and the draft refutes it right after (a rating, the sheet's own value): someone's claim the writer reports and finds wrong",
    "quoted-let-stand": "the number stands in quotation marks, the sheet rules it out, and the draft lets it stand: the speaker's claim, as writers label it",
    "claimant-refuted": "a person or group the writer names claims it ('critics say', 'a reader insisted'), and the sheet's own figure stated beside it refutes it: the claimant's claim, which the writer reports and finds wrong",
    "corrected-wrongly": "a bare number right after a claim of a figure, given by a pronoun that opens its sentence ('It said the collaboration spans 50 years. It spans 45.') or by words that give a value right after a denial of the sheet's ('that it was more like a million'): the writer's own value of that figure, and the sheet rules it out",
    "misstated-bound": "'over x' with other digits of the sheet's own precision ('over $268 million'), or a hedged 'about x' with the sheet's digits in another order",
    # undetermined
    "bound-below": "the claim's 'over x' holds of the figure, but x sits further below the sheet's two-digit value than a rounding down at its precision ('more than $2.5 million' against 'more than $3.5 million'): an understatement, or another quantity",
    "bound-far-below": "the claim's 'over x' holds of the figure, whose value is 1.5 times x or more: an understatement, or another quantity ('a package of just over $12 million' against $321 million)",
    "overlaps": "some values the sheet allows fit the claim and some do not",
    "ambiguous": "the claim fits several figures about equally, and they disagree; or the same words tie it to several figures, each of which rules it out, and none is the broader of the others (USAID with the Peruvian government is broader than USAID with DEVIDA, a body of that government): which one it misstates is not said",
    "arrival-eve": "the claim dates an arrival ('landed', 'flew into') the day before the sheet's date of the travel: an evening arrival is not ruled out",
    "bound-unread": "a word that may bound the number is not read",
    "unit-inferred": "the unit is not written but taken from the words around the number",
    "weak-evidence": "too little ties the claim to the figure to contradict it",
    "wider-count": "the figure counts only some of its kind ('two new programs'); a larger count that does not say which may count them all",
    "place-subject": "the subject is a place, and the figure counts what a party did there",
    "a-body-of-it": "the claim names a part of the figure's party (USAID for the United States)",
    "borrowed-subject": (
        "only words outside its own clause (the sentence before, another clause or list item "
        "with numbers of its own) tie the claim to the figure"
    ),
    "nothing-beside": "no word right by the number says what it counts",
    "actor-unnamed": "a date whose event's actor is not named",
    "year-unsaid": "the claim gives no year, and the figure is of one of several years",
    "year-not-in-sheet": "the claim is dated, and the sheet gives the figure no year (or as a sum over several years, of which one year is no claim)",
    "a-sibling-fits": "the claim's value is what the sheet gives the same measure in another year: the year read beside it may not be its own",
    "another-number-agrees": "another number of the sentence is the figure, and agrees",
    "denied-act": "the clause denies another act than the figure's ('did not stop the January 15 spill'), of which the number is only the object's modifier: whether it denies the number is not clear",
    "earlier-value": "the claim gives a value of another time ('up from', 'earlier', 'has since grown to')",
    "quoted": "the number stands in quotation marks, and nothing right after it refutes it: reported words, the writer's claim or not",
    "as-of-writing": "a count said of 'today' or 'now' in a draft dated after the sheet",
    # no-match
    "no-measure": "no figure of the sheet measures what the number counts",
    "another-currency": "the amount is in another currency than the sheet's dollars (soles, euros)",
    "another-party": "the claim names a party or place the figure is not about",
    "another-year": "the claim is of another year than the figure, or of a period before the figure's own party ('in the decade before the PTPA')",
    "one-year-change": "a change within one year, not the figure's change over years",
    "part-of-total": "the claim speaks of a part of what the figure gives as a total",
    "another-thing": "the number counts another thing than the figure (or lasts as long as another thing, is another actor's money, or is named to say what it counts)",
    "another-event": "a date that modifies another event than the figure's ('the October 2 elections'), dates an amount that is another quantity, ends a span of months, dates a report on the event, or dates the text itself ('Correction, 16 October:')",
    "another-quantity": "the claim carries a qualifier the figure's frame lacks",
    "shared-words-only": "only words several figures share tie the claim to any",
    "weak-tie": "a claim the sheet would rule out, held to its figure by one weak tie only",
    "whole-of-part": "the number is the whole of which the number before it is a part",
    "far-past": "the claim is three times or more the figure the sheet bounds, an amount twenty times or more any figure, or a ceiling five times or more the figure: another quantity",
    "a-small-part": "the claim is under a twentieth of the figure it would contradict: a part",
    "not-said": "the writer says a text does not give the number ('the sheet does not say 50 years'): nobody's claim",
    "aimed": "a goal, plan or forecast governs the number ('the goal is to double trade', 'will donate ... next year'): what may be, not what was",
    "supposed": "an opening clause supposes it ('If the U.S. had donated ...', 'Had USAID signed ...') or denies it ('Contrary to rumours of ...'): no claim",
    "reported": "a text under check gave it ('the article said'), or someone beside the sheet's own figure: no claim",
    "denied": "the writer denies this number (a correction: 'X, not Y'; hearsay the next sentence denies: 'It didn't.'; a wrong number called a typo or an exaggeration; the sheet's value a text under correction gave, corrected to another; a value asked, then denied or corrected in the answer; a value its speaker takes back at once)",
    "quoted-denied": "the number stands in quotation marks and a bare denial opens its quote ('not that it \"doubled\"'): words the writer denies, no claim of theirs",
    "negated-other": "the writer denies a value the sheet does not give ('did not donate three million doses'): nobody here claims it",
    "first-person": "the clause's subject is the writer ('I have fought ... for 40 years'): the writer's own number",
    "denied-too-low": "the sheet's bare 'over v' value denied beside words that say it was more ('it wasn't 140%; people keep lowballing it'): a denial the sheet's 'over' agrees with",
    "not-the-sheets": "a number of a table whose caption says its figures are not the sheet's ('Table B: context (not in the fact sheet)')",
    "pinned-unit": "the figure given with --figure is of another unit",
}


class Weights(NamedTuple):
    """How much each tie between a claim and a figure counts: one table, named."""

    head_term: float = 1.5  # the figure's head noun (its measure's first word), times its rarity
    in_name: float = 0.5  # a measure word met only inside a name ("trade" of "trade deal")
    named_by_number: float = 3.0  # a measure word right after the number ("5 million jabs")
    telling_party: float = 3.0  # a party of few figures (DEVIDA): evidence
    common_party: float = 0.5  # a party of most figures (the United States): barely a tie
    unmeasured: float = 0.5  # who without what: a weaker tie than the figure's own words
    party_unnamed: float = 3.0  # taken off when the clause names another telling party
    year: float = 2.0  # the claim's year is the figure's
    sentence_word: float = 0.1  # each other word the claim shares with the figure's sentence
    ambiguous: float = 0.75  # a runner-up scoring this share of the best makes it ambiguous
    strong: int = 2  # pieces of evidence needed to contradict
    beyond_reach: int = 3  # pieces needed to contradict a claim past the sheet's "over v"
    shared_by: int = 3  # a measure term of this many different measures is weak evidence
    # A claim this far from the figure (a third of it, five times it) needs as much evidence as
    # one past its reach: writers' errors sit near the figure, other quantities anywhere.
    far_below: float = 0.34
    far_above: float = 5.0
    far_past: float = 3.0  # a value this many times the sheet's "over v" is another quantity


WEIGHTS = Weights()
