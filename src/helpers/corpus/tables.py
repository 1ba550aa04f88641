"""Per-article tables for the whole corpus: time expressions and numbers, each row with ``doc_id`` and
``sent`` (the corpus sentence holding it). Computed once per corpus (cached on the ``Corpus``).
"""
from __future__ import annotations

import pandas as pd

from ..text.numbers import extract_numbers
from ..text.timex import TIMEX_COLUMNS, extract_timexes
from .parsing import per_article


def timexes(corpus) -> pd.DataFrame:
    """Time expressions of every article (doc_id, sent, ...) against its publication date."""
    def one(doc_id):
        t = extract_timexes(corpus.text(doc_id), corpus.reference_date(doc_id))
        t.insert(0, "doc_id", doc_id)
        t.insert(1, "sent", corpus.sentence_index(doc_id, t["start"]))
        return t

    def compute():
        out = list(per_article(corpus, "time expressions", one).values())
        return _whole_sentences(pd.concat(out, ignore_index=True) if out else
                                pd.DataFrame(columns=["doc_id", "sent"] + TIMEX_COLUMNS))
    return corpus.cached("timexes", compute).copy()


def numbers(corpus) -> pd.DataFrame:
    """Numbers of every article (doc_id, sent, ...), dates excluded via each article's time expressions."""
    def compute():
        tx = timexes(corpus)
        dates = {d: list(zip(g["start"], g["end"])) for d, g in tx[tx["type"].isin(["DATE", "TIME", "SET"])].groupby("doc_id")}

        def one(doc_id):
            n = extract_numbers(corpus.text(doc_id), dates.get(doc_id, []))
            n.insert(0, "doc_id", doc_id)
            n.insert(1, "sent", corpus.sentence_index(doc_id, n["start"]))
            return n

        out = list(per_article(corpus, "numbers", one).values())
        cols = ["doc_id", "sent", "start", "end", "text", "low", "high", "qualifier", "counted"]
        return _whole_sentences(pd.concat(out, ignore_index=True) if out else pd.DataFrame(columns=cols))
    return corpus.cached("numbers", compute).copy()


def _whole_sentences(df: pd.DataFrame) -> pd.DataFrame:
    """``sent`` as whole numbers (an article with no rows made the concatenated column float: "2.0")."""
    df["sent"] = df["sent"].astype("Int64")
    return df
