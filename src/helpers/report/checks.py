"""The checks the notebooks run on the corpus at hand before they show its tables.

Each function confirms a property the report relies on and returns the sentence the notebook prints; a
failure raises ``AssertionError`` naming the article and the row, so a report built on a broken table stops
where the break is instead of showing wrong rows.

Limits: these are consistency checks of the project's own tables (offsets, ids, date order), not of what the
articles say; a wrong reading that is consistent passes.
"""
from __future__ import annotations

import pandas as pd

from ..corpus.figures import byline_names, is_byline


def _found_word_for_word(corpus, table: pd.DataFrame, what: str) -> None:
    """Every row of ``table`` (doc_id, start, end, text) is its article's text at its offsets."""
    for row in table.itertuples():
        got = corpus.text(row.doc_id)[row.start:row.end]
        assert got == row.text, f"{what} of {row.doc_id} at {row.start}: {row.text!r} is {got!r} in the article"


def spans(corpus) -> str:
    """00: paragraphs and sentences are found word for word in their articles; article ids are unique."""
    for what, table in (("paragraph", corpus.paragraphs), ("sentence", corpus.sentences)):
        _found_word_for_word(corpus, table, what)
    assert corpus.articles["doc_id"].is_unique, "two articles share an id"
    return (f"Check passed: each of the {len(corpus.paragraphs)} paragraphs and {len(corpus.sentences)} sentences "
            "shown in these reports is found word for word in its article.")


def similarity(matrix: pd.DataFrame) -> str:
    """01: an article is identical to itself and the similarity of A to B is that of B to A."""
    assert (matrix.values.diagonal() == 1).all(), "an article is not identical to itself"
    assert (abs(matrix - matrix.T) < 1e-9).all().all(), "the similarity matrix is not symmetric"
    return f"Check passed: the {len(matrix)} x {len(matrix)} similarity matrix is symmetric, with 1 on its diagonal."


def figures(corpus, figs: pd.DataFrame, ment: pd.DataFrame) -> str:
    """02: every mention is found word for word, figure ids are unique, and no person's mention in an article
    is that article's own byline (its author). A reporter who bylines one article may be quoted in another:
    that mention is a figure and passes."""
    _found_word_for_word(corpus, ment, "mention")
    assert not figs["figure_id"].duplicated().any(), "two figures share an id"
    names = {d: byline_names(b) for d, b in zip(corpus.articles["doc_id"], corpus.articles["byline"])}
    for r in ment[ment["figure_label"] == "PERSON"].itertuples():
        assert not is_byline(r.text, names.get(r.doc_id, set())), \
            f"{r.doc_id} at {r.start}: its author {r.text!r} is counted as a figure of the story"
    return ("Check passed: every mention of a figure is found word for word in its article, "
            "and no article's author is counted as a figure of it.")


def timexes(corpus, tx: pd.DataFrame) -> str:
    """03: every time expression is found word for word and no resolved interval ends before it begins."""
    _found_word_for_word(corpus, tx, "time expression")
    dated = tx[tx["earliest"].notna()]
    bad = dated[dated["earliest"] > dated["latest"]]
    assert bad.empty, f"{bad['doc_id'].iloc[0]} at {bad['start'].iloc[0]}: a date ends before it begins"
    return ("Check passed: every time expression is found word for word in its article, "
            "and no resolved date ends before it begins.")
