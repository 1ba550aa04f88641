"""Each article parsed once per corpus, and text-level steps run per article under a time budget.

``parsed_docs(corpus)`` parses every article once (or reads the stored parse back, see ``analysis``).
``per_article(corpus, step, fn)`` runs a text-level step on each article: an article whose step raises
or runs over ``ARTICLE_BUDGET_S`` is left out of that step only, with a row in ``problems(corpus)``
(doc_id, step, reason), which notebook 00 shows. One pathological article never stops the report.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

import pandas as pd

from ..text import pipeline
from .load import Corpus

#: Seconds one text-level step may spend on one article before it is skipped for that article.
ARTICLE_BUDGET_S = 120


class StepTimeout(Exception):
    """A step ran over its per-article budget."""


@contextmanager
def budget(seconds: float):
    """Raise :class:`StepTimeout` inside the block after ``seconds`` (main thread on Unix; else no limit).

    Limits: a signal interrupts Python code between bytecodes; a single long call into C (one huge
    regular-expression match) finishes before the timeout is raised.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def on_alarm(signum, frame):
        raise StepTimeout(f"over the {seconds:g} s budget")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def per_article(corpus: Corpus, step: str, fn, ids=None, english_only: bool = True) -> dict:
    """``{doc_id: fn(doc_id)}`` for each article, guarded; a skipped article has no entry.

    ``english_only``: articles in another language (see ``Corpus.is_english``) are not mined with the
    English rules; each gets one row in ``problems`` saying so.
    """
    out = {}
    for doc_id in (corpus.doc_ids if ids is None else ids):
        if english_only and not corpus.is_english(doc_id):
            noted = corpus.cached("_not_english_noted", set)
            if doc_id not in noted:
                noted.add(doc_id)
                lang = corpus.article(doc_id)["language"]
                note_problem(corpus, doc_id, "names, quotes, numbers, dates",
                             f"not analysed: the article is in another language ({lang}); these steps read English only")
            continue
        res = guarded(corpus, step, doc_id, lambda d=doc_id: fn(d), None)
        if res is not None:
            out[doc_id] = res
    return out


def guarded(corpus: Corpus, step: str, doc_id: str, fn, default):
    """``fn()`` for one article under the budget; on failure a row in ``corpus.problems`` and ``default``."""
    try:
        with budget(ARTICLE_BUDGET_S):
            return fn()
    except (StepTimeout, Exception) as e:  # one article must never stop the report
        reason = str(e) if isinstance(e, StepTimeout) else f"{type(e).__name__}: {e}"
        note_problem(corpus, doc_id, step, f"skipped for this article: {reason}"[:300])
        return default


def note_problem(corpus: Corpus, doc_id: str, step: str, reason: str) -> None:
    corpus.cached("problems_rows", list).append({"doc_id": doc_id, "step": step, "reason": reason})


def problems(corpus: Corpus) -> pd.DataFrame:
    """Steps skipped for an article (doc_id, step, reason)."""
    return pd.DataFrame(corpus.cached("problems_rows", list), columns=["doc_id", "step", "reason"])


# ------------------------------------------------------------------------------ parsing
def parsed_docs(corpus: Corpus, progress=None) -> dict:
    """``{doc_id: spaCy Doc}``, each article parsed once per corpus (or loaded from the stored analysis)."""
    def compute():
        if "_lazy_docs" in corpus._cache:  # stored with the analysis: read back, not parsed again
            return corpus._cache.pop("_lazy_docs")()
        texts = list(corpus.articles["text"])
        docs = pipeline.parse_many(texts, progress=progress)
        return dict(zip(corpus.doc_ids, docs))
    return corpus.cached("spacy_docs", compute)


