"""Corpus level: the articles of one story in, tables across articles out. Built on ``helpers.text``."""
from .load import Corpus, CorpusError, load_corpus

__all__ = ["Corpus", "CorpusError", "load_corpus"]
