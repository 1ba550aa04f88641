"""Who retells whom: TF-IDF similarity, sentence alignment, shared passages and provenance.

**Why a background.** TF-IDF fitted on two documents is degenerate: every word the two share gets
the lowest weight, so the more alike they are the less their shared words count. Here each
term's document frequency blends the corpus' own counts with a background of general English:
``BACKGROUND_DOCS`` pseudo-documents of ``DOC_LEN`` words whose word frequencies come from the
maintained ``wordfreq`` package (a Poisson model turns a word's frequency into the chance that a
document of that length contains it). Sentence alignment fits the corpus part on *sentences*, so
the story's own topic words ("troops" in a war story) weigh less than the background alone says. Character n-gram frequencies are derived from the same
word list. "the" stays cheap, a rare place name stays expensive, however small the corpus.

Thresholds (``RETOLD``, ``VERBATIM``) are measured on the dev data by
``benchmarks/thresholds.py`` (never on the seed articles) and exposed as parameters.

Limits: bag-of-words similarity; a translation into another language, or a paraphrase that
changes nearly every content word, scores low. Sentences are the unit of alignment, so a clause
moved into another sentence shows as a partial match.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import normalize

from ..text.entities import fold
from .parsing import parsed_docs

#: Weight of the background, in pseudo-documents: a term's document frequency is estimated as
#: (df in the fitted texts + BACKGROUND_DOCS x p_background) / (n texts + BACKGROUND_DOCS). With few texts
#: the background dominates; with many, the corpus does. 100 is measured on the SemEval dev pairs
#: (Spearman 0.782 word / 0.784 word+char; 20: 0.788/0.781; 5000: 0.779/0.764; benchmarks/accuracy.py).
BACKGROUND_DOCS = 100
DOC_LEN = 500
WORD_PATTERN = r"(?u)\b\w[\w'’]*\b"
CHAR_NGRAMS = (3, 5)
BACKGROUND_WORDS = 30000

#: Sentence-pair score at or above which two sentences count as one retelling the other.
#: Measured by benchmarks/thresholds.py on the SemEval-2022 dev pairs: 0.19 is the 95th percentile of
#: best-match scores between sentences of *unrelated* articles (Overall >= 3.5), so 0.20 links about 4%
#: of sentences that have no counterpart, while linking 42% of the sentences of very similar pairs.
RETOLD = 0.20
#: Score at or above which an aligned pair is called verbatim (near-identical wording).
VERBATIM = 0.90
#: Weight of the story-order bonus when choosing between candidate sentences with close scores.
ORDER_BONUS = 0.05


# ------------------------------------------------------------------------------ background frequencies
def _normal(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


@lru_cache(maxsize=1)
def _char_background() -> dict[str, float]:
    """Frequency of each character n-gram in running English text, from wordfreq's word list.

    Computed once (about 2 s) and cached under ``data/processed/`` (keyed by the wordfreq version and
    the settings); a cache that cannot be read or written is simply recomputed.
    """
    import pickle
    from importlib.metadata import version

    from .. import config

    cache = config.PROCESSED_DIR / f"char_background_{version('wordfreq')}_{BACKGROUND_WORDS}_{CHAR_NGRAMS[0]}-{CHAR_NGRAMS[1]}.pkl"
    try:
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # missing or unreadable cache: recompute
        pass
    freq = _compute_char_background()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(freq, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
    except OSError:
        pass
    return freq


def _compute_char_background() -> dict[str, float]:
    from wordfreq import top_n_list, word_frequency

    freq: dict[str, float] = {}
    lo, hi = CHAR_NGRAMS
    for w in top_n_list("en", BACKGROUND_WORDS):
        f = word_frequency(w, "en")
        padded = f" {w} "
        for n in range(lo, hi + 1):
            for i in range(len(padded) - n + 1):
                g = padded[i:i + n]
                freq[g] = freq.get(g, 0.0) + f
    return freq


def _background_df(terms: list[str], analyzer: str) -> np.ndarray:
    """Expected number of background documents (of ``BACKGROUND_DOCS``) containing each term."""
    if analyzer == "word":
        from wordfreq import word_frequency

        f = np.array([word_frequency(t, "en") for t in terms])
    else:
        table = _char_background()
        f = np.array([table.get(t, 0.0) for t in terms])
    return BACKGROUND_DOCS * (1.0 - np.exp(-f * DOC_LEN))


class BackgroundTfidf:
    """TF-IDF whose document frequencies blend the fitted texts with general English.

    ``analyzer``: ``"word"`` (lower-cased words) or ``"char"`` (character 3-5-grams within words,
    robust to inflection and transliteration). Rows are L2-normalised, so a dot product is a cosine.
    """

    def __init__(self, analyzer: str = "word"):
        if analyzer not in ("word", "char"):
            raise ValueError(f"analyzer must be 'word' or 'char', not {analyzer!r}")
        self.analyzer = analyzer
        if analyzer == "word":
            self.counter = CountVectorizer(token_pattern=WORD_PATTERN, lowercase=True, preprocessor=self._pre)
        else:
            self.counter = CountVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, lowercase=True,
                                           preprocessor=self._pre)

    @staticmethod
    def _pre(text: str) -> str:
        return _normal(text).lower()

    def fit(self, texts: list[str]) -> "BackgroundTfidf":
        counts = self.counter.fit_transform(texts)
        df = np.asarray((counts > 0).sum(axis=0)).ravel()
        terms = self.counter.get_feature_names_out()
        bg = _background_df(list(terms), self.analyzer)
        n = counts.shape[0]
        self.idf_ = np.log((n + BACKGROUND_DOCS + 1.0) / (df + bg + 1.0)) + 1.0
        return self

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        counts = self.counter.transform(texts).astype(np.float64)
        counts.data = 1.0 + np.log(counts.data)  # sublinear term frequency
        return normalize(counts @ sp.diags(self.idf_), norm="l2").tocsr()

    def fit_transform(self, texts: list[str]) -> sp.csr_matrix:
        return self.fit(texts).transform(texts)


# ------------------------------------------------------------------------------ document level
#: Parts of speech whose lemmas make the ``"content"`` analyzer's text: what an article is about
#: (who, what, where, how many), without the function words and inflections that two tellings of
#: one story vary freely.
CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ", "NUM")
ANALYZERS = ("word", "char", "content")


def content_text(doc) -> str:
    """The lower-cased lemmas of ``doc``'s content words (``CONTENT_POS``), space-separated.

    Limits: as good as the tagger; a word the model tags wrongly (a headline in capitals) is kept or
    dropped with that tag.
    """
    return " ".join(t.lemma_.lower() for t in doc if t.pos_ in CONTENT_POS and not t.is_space)


def _content_texts(texts: list[str]) -> list[str]:
    from ..text import pipeline

    return [content_text(d) for d in pipeline.parse_many(list(texts))]


def document_similarity(corpus, analyzer: str = "content") -> pd.DataFrame:
    """Cosine similarity of every pair of articles: square, symmetric, 1.0 on the diagonal.

    ``analyzer``: ``"content"`` (default: TF-IDF over the lemmas of content words, from the corpus'
    one parse), ``"word"`` (every word as written) or ``"char"`` (character 3-5-grams).
    On the SemEval-2022 dev pairs ``"content"`` follows the human similarity ratings best
    (``benchmarks/accuracy.py``, its SemEval-2022 Task 8 part). An n x n table: meant for the
    story-sized folders the notebooks show (up to a few hundred articles); :func:`top_neighbours` is the
    sparse version for large collections.
    """
    if analyzer not in ANALYZERS:
        raise ValueError(f"analyzer must be one of {ANALYZERS}, not {analyzer!r}")

    def compute():
        ids = corpus.doc_ids
        if analyzer == "content":
            docs = parsed_docs(corpus)
            X = BackgroundTfidf("word").fit_transform([content_text(docs[d]) for d in ids])
        else:
            X = BackgroundTfidf(analyzer).fit_transform(list(corpus.articles["text"]))
        S = (X @ X.T).toarray()
        np.fill_diagonal(S, 1.0)
        return pd.DataFrame(np.clip(S, 0.0, 1.0), index=pd.Index(ids, name="doc_id"), columns=ids)
    return corpus.cached(f"document_similarity:{analyzer}", compute).copy()


#: Candidate pairs: each article's nearest neighbours, at most this many ...
CANDIDATE_K = 8
#: ... with at least this word TF-IDF cosine (measured: unrelated SemEval pairs score below it).
CANDIDATE_FLOOR = 0.10


def candidate_pairs(corpus, k: int = CANDIDATE_K, floor: float = CANDIDATE_FLOOR) -> list[tuple[str, str]]:
    """The article pairs worth aligning and comparing: each article's ``k`` nearest neighbours by sparse
    word TF-IDF whose cosine reaches ``floor``, as ``(a, b)`` in corpus order, each pair once.

    The pairwise steps (alignment, provenance, comparison, event linking) run on these pairs only, so
    their cost grows with ``n x k``, not ``n x n``. Limits: two articles that share little wording
    (a translation, a full paraphrase) fall below the floor and are never compared.
    """
    def compute():
        ids = corpus.doc_ids
        if len(ids) < 2:
            return []
        nb = top_neighbours(list(corpus.articles["text"]), k=k, max_df=1.0 if len(ids) < 1000 else 0.02)
        pos = {d: i for i, d in enumerate(ids)}
        pairs = {tuple(sorted((ids[r.doc], ids[r.neighbour]), key=pos.get))
                 for r in nb.itertuples() if r.score >= floor}
        return sorted(pairs, key=lambda p: (pos[p[0]], pos[p[1]]))
    return list(corpus.cached(f"candidate_pairs:{k}:{floor}", compute))


def pair_similarity(a: list[str], b: list[str], analyzer: str = "word") -> np.ndarray:
    """Score of each pair ``(a[i], b[i])`` in [0, 1], on the same scale for sentences or articles.

    ``analyzer="both"`` averages the word and character scores; ``"content"`` parses the texts and
    compares the lemmas of their content words (for articles: see :func:`document_similarity`).
    """
    if len(a) != len(b):
        raise ValueError(f"a and b must have the same length ({len(a)} != {len(b)})")
    if not a:
        return np.zeros(0)
    if analyzer == "both":
        return (pair_similarity(a, b, "word") + pair_similarity(a, b, "char")) / 2
    if analyzer == "content":
        return pair_similarity(_content_texts(a), _content_texts(b), "word")
    vec = BackgroundTfidf(analyzer).fit(list(a) + list(b))
    A, B = vec.transform(list(a)), vec.transform(list(b))
    return np.clip(np.asarray(A.multiply(B).sum(axis=1)).ravel(), 0.0, 1.0)


def top_neighbours(texts: list[str], k: int = 10, analyzer: str = "word", chunk: int = 1000,
                   max_df: float = 0.02) -> pd.DataFrame:
    """The ``k`` most similar other texts of each text, computed in sparse chunks (no n x n matrix).

    Terms found in more than ``max_df`` of the texts are left out of the neighbour search (they add
    to almost every score and make the product dense); rows are re-normalised after that. Returns
    (doc, neighbour, score, rank). Memory grows with ``chunk x n``, not ``n x n``.
    Limits: scores are cosines over the remaining terms, slightly higher than ``document_similarity``.
    """
    vec = BackgroundTfidf(analyzer)
    X = vec.fit_transform(texts)
    n = X.shape[0]
    df = np.asarray((X > 0).sum(axis=0)).ravel()
    keep = np.flatnonzero(df <= max(2, max_df * n))
    X = normalize(X[:, keep], norm="l2").tocsr()
    XT = X.T.tocsr()
    k = max(0, min(k, n - 1))
    docs, nbrs, scores, ranks = [], [], [], []
    for lo in range(0, n, chunk):
        block = (X[lo:lo + chunk] @ XT).tocsr()
        for r in range(block.shape[0]):
            row = block.getrow(r)
            cols, vals = row.indices, row.data
            mask = cols != lo + r
            cols, vals = cols[mask], vals[mask]
            if len(vals) > k:
                top = np.argpartition(-vals, k - 1)[:k]
                cols, vals = cols[top], vals[top]
            order = np.argsort(-vals, kind="stable")
            docs += [lo + r] * len(order)
            nbrs += cols[order].tolist()
            scores += vals[order].tolist()
            ranks += list(range(1, len(order) + 1))
    return pd.DataFrame({"doc": docs, "neighbour": nbrs, "score": scores, "rank": ranks})


# ------------------------------------------------------------------------------ sentence level
def sentence_similarity(corpus, a: str, b: str) -> tuple[pd.DataFrame, pd.DataFrame, np.ndarray]:
    """Sentences of ``a`` and ``b`` and their score matrix (mean of word and character cosines).

    Term weights come from all sentences of the corpus (so the story's topic words weigh less)
    blended with the background.
    """
    sa, sb = corpus.sentences_of(a), corpus.sentences_of(b)
    if f"smat:{b}:{a}" in corpus._cache:
        return sa, sb, corpus._cache[f"smat:{b}:{a}"].T
    return sa, sb, corpus.cached(f"smat:{a}:{b}", lambda: _pair_matrix(corpus, a, b))


def _sentence_vectors(corpus, doc_id: str) -> list:
    """The word and character TF-IDF vectors of one article's sentences (computed once per article)."""
    def compute():
        texts = list(corpus.sentences_of(doc_id)["text"])
        return [v.transform(texts) if texts else None for v in sentence_scorer(corpus).vecs]
    return corpus.cached(f"svec:{doc_id}", compute)


def _pair_matrix(corpus, a: str, b: str) -> np.ndarray:
    va, vb = _sentence_vectors(corpus, a), _sentence_vectors(corpus, b)
    if va[0] is None or vb[0] is None:
        return np.zeros((len(corpus.sentences_of(a)), len(corpus.sentences_of(b))))
    mats = [(x @ y.T).toarray() for x, y in zip(va, vb)]
    return np.clip((mats[0] + mats[1]) / 2, 0.0, 1.0)


def sentence_scorer(corpus) -> "SentenceScorer":
    """The corpus' sentence scorer (built once): document frequencies over the body sentences of every
    article (a headline restates its lead; counting it again would weigh the lead's words down twice)."""
    def build():
        s = corpus.sentences
        body = s[s["part"] == "body"] if "part" in s else s
        return SentenceScorer(list((body if len(body) else s)["text"]))
    return corpus.cached("sentence_scorer", build)


class SentenceScorer:
    """Scores sentences against sentences: mean of word and character TF-IDF cosines, with document
    frequencies from ``fit_texts`` (the corpus' sentences) blended with the background."""

    def __init__(self, fit_texts: list[str]):
        self.vecs = [BackgroundTfidf(an).fit(fit_texts) for an in ("word", "char")]

    def matrix(self, sents_a: list[str], sents_b: list[str]) -> np.ndarray:
        if not sents_a or not sents_b:
            return np.zeros((len(sents_a), len(sents_b)))
        mats = [(v.transform(sents_a) @ v.transform(sents_b).T).toarray() for v in self.vecs]
        return np.clip((mats[0] + mats[1]) / 2, 0.0, 1.0)


def sentence_matrix(sents_a: list[str], sents_b: list[str], fit_texts: list[str]) -> np.ndarray:
    """Score matrix between two lists of sentences (see :class:`SentenceScorer`)."""
    return SentenceScorer(fit_texts).matrix(sents_a, sents_b)


def _residual(text: str, explained_by: list[str]) -> str:
    """The words of ``text`` not found in any of ``explained_by`` (what is left to be retold elsewhere)."""
    used = {w for t in explained_by for w in re.findall(r"\w+", _normal(t).lower())}
    return " ".join(w for w in re.findall(r"\w+", _normal(text)) if w.lower() not in used)


def norm_words(text: str) -> str:
    """The words of ``text``, lower-cased, accents removed, joined by single spaces: two texts with the same
    ``norm_words`` say the same words (punctuation, case and curly quotes aside)."""
    return " ".join(re.findall(r"\w+", fold(str(text))))


def linked_sentences(corpus) -> list[tuple[str, str, set[tuple[int, int]]]]:
    """For each candidate pair ``(a, b)``, the sentence pairs ``(a_sent, b_sent)`` the alignment links
    (verbatim or retold), computed once per corpus. Limits: only candidate pairs are aligned, so two
    articles that are not each other's near neighbours have no links."""
    def compute():
        out = []
        for a, b in candidate_pairs(corpus):
            al = align(corpus, a, b).dropna(subset=["a_sent", "b_sent"])
            out.append((a, b, {(int(x), int(y)) for x, y in zip(al["a_sent"], al["b_sent"])}))
        return out
    return [(a, b, set(p)) for a, b, p in corpus.cached("linked_sentences", compute)]


def align(corpus, a: str, b: str, retold: float = RETOLD, verbatim: float = VERBATIM,
          order_bonus: float = ORDER_BONUS) -> pd.DataFrame:
    """Align the sentences of article ``a`` with those of ``b``.

    One row per sentence of either article: ``a_sent``, ``b_sent`` (None when one-sided), ``score``,
    ``status`` (verbatim, retold, only_a, only_b), ``a_text``, ``b_text``. Each sentence is linked
    to its best match in the other article when the score reaches ``retold``, so a sentence may
    retell two (merges and splits); among candidates with close scores the one nearer the same
    relative position in the story wins (``order_bonus``).
    """
    key = f"align:{a}:{b}:{retold}:{verbatim}:{order_bonus}"
    if key in corpus._cache:
        return corpus._cache[key].copy()
    sa, sb, S = sentence_similarity(corpus, a, b)
    na, nb = len(sa), len(sb)
    if na == 0 or nb == 0:
        S = np.zeros((na, nb))
    pa = (np.arange(na) + 0.5) / max(na, 1)
    pb = (np.arange(nb) + 0.5) / max(nb, 1)
    adj = S + order_bonus * (1.0 - np.abs(pa[:, None] - pb[None, :])) if na and nb else S

    def status(i, j, score):
        if score >= verbatim or norm_words(sa.at[i, "text"]) == norm_words(sb.at[j, "text"]):
            return "verbatim"
        return "retold"

    scorer = sentence_scorer(corpus)
    ta, tb = list(sa["text"]), list(sb["text"])

    def second_link_ok(text: str, partner_first: list[str], other: str) -> bool:
        """A merge/split link must be carried by words the first partner did not already explain."""
        rest = _residual(text, partner_first)
        return bool(rest) and float(scorer.matrix([rest], [other])[0, 0]) >= retold

    rows, linked_a, linked_b = [], {}, {}
    for i in range(na):
        j = int(np.argmax(adj[i])) if nb else None
        score = float(S[i, j]) if j is not None else 0.0
        if j is not None and score >= retold and (
                j not in linked_b or second_link_ok(tb[j], [ta[k] for k in linked_b[j]], ta[i])):
            rows.append((i, j, score, status(i, j, score)))
            linked_a.setdefault(i, []).append(j)
            linked_b.setdefault(j, []).append(i)
        else:
            rows.append((i, None, score, "only_a"))
    for j in range(nb):
        if j in linked_b:
            continue
        i = int(np.argmax(adj[:, j])) if na else None
        score = float(S[i, j]) if i is not None else 0.0
        if i is not None and score >= retold and (
                i not in linked_a or second_link_ok(ta[i], [tb[k] for k in linked_a[i]], tb[j])):
            rows.append((i, j, score, status(i, j, score)))
        else:
            rows.append((None, j, score, "only_b"))
    df = pd.DataFrame(rows, columns=["a_sent", "b_sent", "score", "status"])
    df["a_text"] = [sa.at[int(i), "text"] if pd.notna(i) else None for i in df["a_sent"]]
    df["b_text"] = [sb.at[int(j), "text"] if pd.notna(j) else None for j in df["b_sent"]]
    df["a_sent"] = df["a_sent"].astype("Int64")
    df["b_sent"] = df["b_sent"].astype("Int64")
    linked = df.dropna(subset=["a_sent", "b_sent"])
    lb, la = linked["b_sent"].to_numpy(dtype=float), linked["a_sent"].to_numpy(dtype=float)
    df["_order"] = [i if pd.notna(i) else (float(_nearest_a(lb, la, j)) + 0.5) for i, j in zip(df["a_sent"], df["b_sent"])]
    df = df.sort_values(["_order", "b_sent"], na_position="last").drop(columns=["_order"])
    df.insert(0, "a", a)
    df.insert(1, "b", b)
    df = df.reset_index(drop=True)
    corpus._cache[key] = df
    return df.copy()


def _nearest_a(linked_b: np.ndarray, linked_a: np.ndarray, j) -> int:
    """Where a one-sided sentence of b sits in a's order: after the a sentence linked to b's previous one."""
    before = linked_a[linked_b < j]
    return int(before.max()) if len(before) else -1


def one_sided_pairs(corpus, pairs=None, **kw) -> pd.DataFrame:
    """:func:`one_sided` for several pairs (default: every pair), with ``compared_with`` naming the other article."""
    pairs = list(pairs) if pairs is not None else candidate_pairs(corpus)
    parts = [one_sided(corpus, a, b, **kw).assign(compared_with=lambda d, a=a, b=b: d["doc_id"].map({a: b, b: a}))
             for a, b in pairs]
    cols = ["doc_id", "sent", "text", "best_score", "compared_with"]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=cols)


def one_sided(corpus, a: str, b: str, **kw) -> pd.DataFrame:
    """The sentences only one of the two articles has (what each adds or leaves out)."""
    al = align(corpus, a, b, **kw)
    out = []
    for r in al.itertuples():
        if r.status == "only_a":
            out.append((a, int(r.a_sent), r.a_text, round(r.score, 3)))
        elif r.status == "only_b":
            out.append((b, int(r.b_sent), r.b_text, round(r.score, 3)))
    return pd.DataFrame(out, columns=["doc_id", "sent", "text", "best_score"])


def top_pairs(matrix: pd.DataFrame, k: int = 3) -> pd.DataFrame:
    """The ``k`` most similar distinct pairs (a, b, similarity) of a square similarity matrix; ties keep
    the matrix's order (a before b as in its rows)."""
    ids = list(matrix.index)
    i, j = np.triu_indices(len(ids), 1)
    df = pd.DataFrame({"a": [ids[x] for x in i], "b": [ids[x] for x in j],
                       "similarity": matrix.to_numpy(dtype=float)[i, j]})
    return df.sort_values("similarity", ascending=False, kind="stable").head(k).reset_index(drop=True)


def pairs_to_show(graph: pd.DataFrame, matrix: pd.DataFrame, pairs=None, k: int = 3,
                  stories: dict | None = None, prov: pd.DataFrame | None = None) -> list[tuple[str, str]]:
    """The pairs of articles to align side by side: ``pairs`` as given ([["a", "b"], ...]), else the copy
    graph's edges (source, article) then the closest pairs of ``matrix``, each unordered pair once, at most
    ``k``. With ``stories`` (``{doc_id: story}``, ``stories.story_of``), a closest pair is shown only when both
    articles tell one story, or when ``prov`` (``reuse.provenance``) compared the two and did not find them
    unrelated (two reports of one fire whose wording is too far apart to make one story): in a folder of
    unrelated articles the closest pair is no retelling, and lining up its sentences would show nothing. A
    given pair naming an article the corpus does not hold raises ``ValueError`` listing the ids."""
    ids = set(matrix.index)
    if pairs:
        chosen = [tuple(p) for p in pairs]
        bad = sorted({str(d) for p in chosen for d in p if d not in ids} | {str(p) for p in chosen if len(p) != 2})
        if bad:
            raise ValueError(f"PAIRS names no article of this corpus: {', '.join(bad)}; "
                             f"the article ids are: {', '.join(sorted(ids))}")
        return chosen
    edges = [(r.source, r.doc_id) for r in graph.itertuples() if r.source in ids]
    ranked = top_pairs(matrix, len(ids) ** 2 if stories is not None else k)
    related = set() if prov is None else \
        {frozenset(p) for p, rel in zip(zip(prov["a"], prov["b"]), prov["relation"]) if rel != "unrelated"}
    close = [(r.a, r.b) for r in ranked.itertuples() if stories is None or frozenset((r.a, r.b)) in related
             or (stories.get(r.a) is not None and stories.get(r.a) == stories.get(r.b))]
    chosen, seen = [], set()
    for pair in edges + close:
        if frozenset(pair) not in seen and len(chosen) < k:
            seen.add(frozenset(pair))
            chosen.append(pair)
    return chosen
