"""Helpers for comparing how several news articles tell one story.

Layers (data flows one way; a lower layer never imports a higher one, checked by the tests):

- ``config``           paths and limits, defined once
- ``text/``            ONE article in, rows or spans out: ``cleaning``, ``sentences`` (the one sentence
                       splitter), ``pipeline`` (spaCy with that splitter in front), ``entities``, ``names``,
                       ``quotes``, ``numbers``, ``timex`` (time grammar), ``clauses``
- ``corpus/``          the CORPUS in, tables across articles out: ``load`` (``load_corpus``), ``parsing``
                       (each article parsed once), ``analysis`` (the one stored analysis pass),
                       ``similarity``, ``reuse``, ``figures``, ``tables``, ``events``, ``compare``
- ``report/``          ``render`` (escaped HTML), ``plots``, ``runner`` (``python -m helpers.report``)

The public API is importable from the package root: ``from helpers import load_corpus, analyse, ...``.
Names are resolved on first use, so ``import helpers`` stays light.
"""

__version__ = "0.2.0"

_API = {
    "load_corpus": "corpus.load", "Corpus": "corpus.load", "CorpusError": "corpus.load",
    "analyse": "corpus.analysis", "problems": "corpus.parsing",
    "extract_entities": "text.entities", "extract_quotes": "text.quotes", "extract_numbers": "text.numbers",
    "extract_timexes": "text.timex",
    "document_similarity": "corpus.similarity", "pair_similarity": "corpus.similarity", "align": "corpus.similarity",
    "candidate_pairs": "corpus.similarity", "top_neighbours": "corpus.similarity",
    "one_sided_pairs": "corpus.similarity",
    "shared_passages": "corpus.reuse", "provenance": "corpus.reuse", "copy_graph": "corpus.reuse",
    "facts": "corpus.story", "alone": "corpus.story", "discrepancies": "corpus.story",
    "figures": "corpus.figures", "mentions": "corpus.figures", "roles": "corpus.figures", "quotes": "corpus.figures",
    "numbers": "corpus.tables", "timexes": "corpus.tables",
    "events": "corpus.events", "to_timelinejs": "corpus.events",
    "compare": "corpus.compare",
}

__all__ = sorted(_API)


def __getattr__(name):
    if name in _API:
        import importlib

        value = getattr(importlib.import_module(f"{__name__}.{_API[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + __all__)
