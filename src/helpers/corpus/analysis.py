"""One analysis pass per corpus: parse each article once, compute each table once, store the result.

``analyse(path)`` loads the corpus, then either loads its stored analysis from
``data/processed/analysis-<fingerprint>/`` or computes it (with a progress bar) and stores it. The
fingerprint covers the loaded articles (ids, texts, dates, metadata), the package's source code and the
spaCy model version, so a changed article or new code recomputes everything; nothing stale is reused.

What is stored: the parsed articles (spaCy ``DocBin``, ``docs.spacy``) and every table computed on the
corpus (``tables.pkl``: figures, mentions, quotes, numbers, time expressions, candidate pairs,
alignments, provenance, events, discrepancies). Notebooks call ``analyse(CORPUS)`` and then the table
functions (``figures(corpus)``, ``events(corpus)``, ...), which return the stored tables.

Each text-level step runs per article under a time budget (``parsing.ARTICLE_BUDGET_S``): an article whose step
raises or runs over is left out of that step only, with a row in ``corpus.problems`` (doc_id, step,
reason), which notebook 00 shows.

A corpus-level step (the tables across articles) that raises stops the analysis with ``AnalysisError``,
whose message names the step and the error in one line: a defect of the code, not of the articles, to report
with the folder that showed it.

Limits: the stored analysis is a cache for this machine (pickle): share the HTML and CSV, not it.
"""
from __future__ import annotations

import hashlib
import pickle
import shutil
import sys
import time
from pathlib import Path

import pandas as pd

from .. import config
from ..text import pipeline
from .load import Corpus, load_corpus
from .parsing import parsed_docs

_STORE_VERSION = "1"

# ------------------------------------------------------------------------------ fingerprint and store
def _code_hash() -> str:
    h = hashlib.sha1()
    root = Path(__file__).resolve().parents[1]
    for f in sorted(root.rglob("*.py")) + sorted(root.rglob("*.json")):
        h.update(f.relative_to(root).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def fingerprint(corpus: Corpus) -> str:
    """A key for the corpus' content, the package's code and the spaCy model."""
    import spacy

    h = hashlib.sha1()
    cols = [c for c in corpus.articles.columns if c != "path"]
    h.update(pd.util.hash_pandas_object(corpus.articles[cols].astype(str), index=False).values.tobytes())
    h.update(_code_hash().encode())
    h.update(f"{spacy.__version__}:{pipeline.model_version()}:{_STORE_VERSION}".encode())
    return h.hexdigest()[:16]


def store_dir(corpus: Corpus) -> Path:
    return config.PROCESSED_DIR / f"analysis-{fingerprint(corpus)}"


_NOT_STORED = ("spacy_docs", "_index:", "_lazy_docs", "svec:")


def save(corpus: Corpus, folder: Path) -> None:
    """Write the parsed docs and every computed table of ``corpus`` to ``folder`` (atomically)."""
    from spacy.tokens import DocBin

    tmp = folder.with_name(folder.name + f".tmp{time.time_ns()}")
    tmp.mkdir(parents=True)
    docs = corpus._cache.get("spacy_docs")
    if docs is not None:
        DocBin(docs=list(docs.values()), store_user_data=False).to_disk(tmp / "docs.spacy")
    tables = {k: v for k, v in corpus._cache.items() if not k.startswith(_NOT_STORED)}
    with open(tmp / "tables.pkl", "wb") as fh:
        pickle.dump({"doc_ids": corpus.doc_ids, "tables": tables}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    if folder.exists():
        shutil.rmtree(tmp)
        return
    tmp.rename(folder)
    _prune(folder.parent)


#: Stored analyses kept (the most recently written); older ones are removed when a new one is stored.
KEEP_STORED = 12


def _prune(root: Path) -> None:
    stored = sorted(root.glob("analysis-*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in stored[KEEP_STORED:]:
        shutil.rmtree(old, ignore_errors=True)


def load_stored(corpus: Corpus, folder: Path) -> bool:
    """Fill ``corpus``'s cache from a stored analysis; False when there is none (or it does not fit)."""
    try:
        with open(folder / "tables.pkl", "rb") as fh:
            data = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return False
    if data.get("doc_ids") != corpus.doc_ids:
        return False
    corpus._cache.update(data["tables"])
    if (folder / "docs.spacy").exists():
        def load_docs():
            from spacy.tokens import DocBin

            nlp = pipeline.load()
            docs = list(DocBin().from_disk(folder / "docs.spacy").get_docs(nlp.vocab))
            return dict(zip(corpus.doc_ids, docs))
        corpus._cache.setdefault("_lazy_docs", load_docs)
    return True


# ------------------------------------------------------------------------------ the pass
class AnalysisError(RuntimeError):
    """A corpus-level step of the analysis raised; the message names the step and the error."""


def compute_all(corpus: Corpus, progress: bool = True) -> Corpus:
    """Compute every table of the corpus once (parse, figures, quotes, numbers, time, pairs, events, ...).
    Raises ``AnalysisError`` naming the step when one raises."""
    from tqdm import tqdm

    from . import compare, events, figures, reuse, similarity, story, tables

    n = len(corpus.articles)
    steps = [
        ("figures and quotes", lambda: (figures.figures(corpus), figures.quotes(corpus))),
        ("time expressions and numbers", lambda: (tables.timexes(corpus), tables.numbers(corpus))),
        ("similarity and candidate pairs", lambda: (similarity.document_similarity(corpus, "content"),
                                                   similarity.document_similarity(corpus, "word"),
                                                   similarity.candidate_pairs(corpus))),
        ("alignments and provenance", lambda: reuse.provenance(corpus)),
        ("events", lambda: events.events(corpus)),
        ("discrepancies", lambda: compare.compare(corpus)),
        ("facts across articles", lambda: (story.facts(corpus), story.alone(corpus), story.near_copy_groups(corpus))),
    ]
    bar = tqdm(total=n + len(steps), desc="parsing", unit="step", disable=not progress, file=sys.stderr,
               leave=True)
    parsed_docs(corpus, progress=bar.update)
    for name, fn in steps:
        bar.set_description(name)
        try:
            fn()
        except Exception as e:  # noqa: BLE001 - one line for the user, the cause kept for a debugger
            bar.close()
            raise AnalysisError(f"the analysis of {len(corpus.articles)} article(s) stopped at step '{name}': "
                                f"{type(e).__name__}: {e} (a defect of the code: please report it with the "
                                f"folder)") from e
        bar.update(1)
    bar.set_description("analysis done")
    bar.close()
    return corpus


def analyse(path=None, progress: bool = True, store: bool = True) -> Corpus:
    """The corpus at ``path`` (default: the seeds) with its whole analysis computed or loaded.

    ``store=False`` computes without reading or writing ``data/processed`` (tests, one-off runs).
    """
    corpus = path if isinstance(path, Corpus) else load_corpus(path)
    if not store:
        return compute_all(corpus, progress)
    folder = store_dir(corpus)
    if load_stored(corpus, folder):
        return corpus
    compute_all(corpus, progress)
    try:
        save(corpus, folder)
    except OSError as e:  # a read-only checkout still gets its report
        print(f"note: analysis not stored ({e})", file=sys.stderr)
    return corpus
