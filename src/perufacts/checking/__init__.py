"""The claim checker, in one place: ``reader`` reads a draft (clauses, numbers, bounds, dates)
as people write it; ``frames`` turns the store's frames into what matching needs (computed when a
store is validated); ``evidence`` weighs what ties a clause to a figure; ``matcher`` finds the
figure each number is about (``check_text``); ``verdicts`` judges it; ``rules`` names every rule
and weight; ``claims`` is the result. Nothing is imported here, so that the store can use
``frames`` without the rest.
"""
