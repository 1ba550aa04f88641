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

import math
import re
from functools import lru_cache
from itertools import combinations

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import normalize

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

    from . import config

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
def document_similarity(corpus, analyzer: str = "word") -> pd.DataFrame:
    """Cosine similarity of every pair of articles: square, symmetric, 1.0 on the diagonal."""
    ids = corpus.doc_ids
    X = BackgroundTfidf(analyzer).fit_transform(list(corpus.articles["text"]))
    S = (X @ X.T).toarray()
    np.fill_diagonal(S, 1.0)
    return pd.DataFrame(np.clip(S, 0.0, 1.0), index=pd.Index(ids, name="doc_id"), columns=ids)


def pair_similarity(a: list[str], b: list[str], analyzer: str = "word") -> np.ndarray:
    """Score of each pair ``(a[i], b[i])`` in [0, 1], on the same scale for sentences or articles.

    ``analyzer="both"`` averages the word and character scores.
    """
    if len(a) != len(b):
        raise ValueError(f"a and b must have the same length ({len(a)} != {len(b)})")
    if not a:
        return np.zeros(0)
    if analyzer == "both":
        return (pair_similarity(a, b, "word") + pair_similarity(a, b, "char")) / 2
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
    scorer = corpus.cached("sentence_scorer", lambda: SentenceScorer(list(corpus.sentences["text"])))
    return sa, sb, scorer.matrix(list(sa["text"]), list(sb["text"]))


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


def _norm_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", _normal(text).lower()))


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
        if score >= verbatim or _norm_words(sa.at[i, "text"]) == _norm_words(sb.at[j, "text"]):
            return "verbatim"
        return "retold"

    scorer = corpus.cached("sentence_scorer", lambda: SentenceScorer(list(corpus.sentences["text"])))
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
    df["_order"] = [i if pd.notna(i) else (float(_nearest_a(df, j)) + 0.5) for i, j in zip(df["a_sent"], df["b_sent"])]
    df = df.sort_values(["_order", "b_sent"], na_position="last").drop(columns=["_order"])
    df.insert(0, "a", a)
    df.insert(1, "b", b)
    df = df.reset_index(drop=True)
    corpus._cache[key] = df
    return df.copy()


def _nearest_a(df: pd.DataFrame, j) -> int:
    """Where a one-sided sentence of b sits in a's order: after the a sentence linked to b's previous one."""
    linked = df.dropna(subset=["a_sent", "b_sent"])
    before = linked[linked["b_sent"] < j]
    return int(before["a_sent"].max()) if len(before) else -1


def one_sided_pairs(corpus, pairs=None, **kw) -> pd.DataFrame:
    """:func:`one_sided` for several pairs (default: every pair), with ``compared_with`` naming the other article."""
    pairs = list(pairs) if pairs is not None else list(combinations(corpus.doc_ids, 2))
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


# ------------------------------------------------------------------------------ text reuse
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(_normal(m.group()).lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def shared_passages(corpus, a: str, b: str, min_words: int = 4) -> pd.DataFrame:
    """Maximal runs of at least ``min_words`` shared words (case, punctuation and quote style ignored).

    Like passim's text-reuse passages: (a_start, a_end, b_start, b_end, n_words, text), offsets into
    each article's text; a run of ``a`` repeated in ``b`` is listed at each place.
    """
    ta, tb = _tokens(corpus.text(a)), _tokens(corpus.text(b))
    wa, wb = [t[0] for t in ta], [t[0] for t in tb]
    index: dict[tuple, list[int]] = {}
    for j in range(len(wb) - min_words + 1):
        index.setdefault(tuple(wb[j:j + min_words]), []).append(j)
    rows = []
    for i in range(len(wa) - min_words + 1):
        for j in index.get(tuple(wa[i:i + min_words]), ()):
            if i and j and wa[i - 1] == wb[j - 1]:
                continue  # not the start of a maximal run
            k = min_words
            while i + k < len(wa) and j + k < len(wb) and wa[i + k] == wb[j + k]:
                k += 1
            a0, a1 = ta[i][1], ta[i + k - 1][2]
            rows.append((ta[i][1], a1, tb[j][1], tb[j + k - 1][2], k, corpus.text(a)[a0:a1]))
    return pd.DataFrame(rows, columns=["a_start", "a_end", "b_start", "b_end", "n_words", "text"])


# ------------------------------------------------------------------------------ provenance
def _pair_evidence(corpus, a: str, b: str, doc_sim: float) -> dict:
    from scipy.stats import kendalltau

    al = align(corpus, a, b)
    na, nb = len(corpus.sentences_of(a)), len(corpus.sentences_of(b))
    linked = al.dropna(subset=["a_sent", "b_sent"])
    cov_a = linked["a_sent"].nunique() / na if na else 0.0
    cov_b = linked["b_sent"].nunique() / nb if nb else 0.0
    tau = float("nan")
    if len(linked) >= 3:
        tau = float(kendalltau(linked["a_sent"].astype(float), linked["b_sent"].astype(float)).statistic)
    sp_ = shared_passages(corpus, a, b)
    art = corpus.articles.set_index("doc_id")
    wa = max(1, int(art.at[a, "n_words"]))

    def cites(d):
        v = art.at[d, "source_url"]
        return v if isinstance(v, str) and v else None

    return {"a": a, "b": b, "similarity": round(doc_sim, 3),
            "coverage_a_by_b": round(cov_a, 3), "coverage_b_by_a": round(cov_b, 3),
            "order_tau": round(tau, 3) if not math.isnan(tau) else None,
            "shared_words_share_a": round(int(sp_["n_words"].sum()) / wa, 3) if len(sp_) else 0.0,
            "only_a": int((al["status"] == "only_a").sum()), "only_b": int((al["status"] == "only_b").sum()),
            "a_cites": cites(a), "b_cites": cites(b),
            "a_published": art.at[a, "published"], "b_published": art.at[b, "published"]}


def provenance(corpus, related: float = 0.15) -> pd.DataFrame:
    """For each pair of articles: does one look derived from the other, or both from a common source?

    Evidence columns: similarity, coverage of each by the other (share of its sentences aligned),
    story order preserved (Kendall tau over aligned sentences), share of words in shared passages,
    one-sided sentence counts, cited source URLs, publication dates. The verdict weighs them:
    the article whose content is (nearly) all found in the other, that adds nothing of its own,
    cites no source, or was published later, looks derived. Below ``related`` document similarity
    the pair is called unrelated. Limits: a heuristic; it cannot tell a retelling of the other
    article from a retelling of a source both used, so it says "retells ... or its source".
    """
    sim = document_similarity(corpus, "word")
    rows = []
    for a, b in combinations(corpus.doc_ids, 2):
        ev = _pair_evidence(corpus, a, b, float(sim.at[a, b]))
        ev.update(_verdict(ev, related))
        rows.append(ev)
    cols = ["a", "b", "verdict", "derived", "closer_to_source", "similarity", "coverage_a_by_b", "coverage_b_by_a",
            "order_tau", "shared_words_share_a", "only_a", "only_b", "a_cites", "b_cites", "a_published",
            "b_published", "reasons"]
    return pd.DataFrame(rows, columns=cols)


def _verdict(ev: dict, related: float) -> dict:
    a, b = ev["a"], ev["b"]
    if ev["similarity"] < related and max(ev["coverage_a_by_b"], ev["coverage_b_by_a"]) < 0.3:
        return {"verdict": "unrelated (little shared content)", "derived": None, "closer_to_source": None,
                "reasons": f"similarity {ev['similarity']:.2f}"}
    score, reasons = 0.0, []  # > 0: a looks derived from b
    diff = ev["coverage_a_by_b"] - ev["coverage_b_by_a"]
    if abs(diff) >= 0.05:
        score += 2 * diff
        sub, sup = (a, b) if diff > 0 else (b, a)
        reasons.append(f"{diff and abs(diff):.0%} more of {sub} is found in {sup} than the reverse")
    if ev["only_a"] != ev["only_b"]:
        score += 0.1 * np.sign(ev["only_b"] - ev["only_a"]) * min(3, abs(ev["only_b"] - ev["only_a"]))
        more = b if ev["only_b"] > ev["only_a"] else a
        reasons.append(f"{more} has {max(ev['only_a'], ev['only_b'])} sentences the other lacks "
                       f"(vs {min(ev['only_a'], ev['only_b'])})")
    if bool(ev["b_cites"]) != bool(ev["a_cites"]):
        score += 0.15 if ev["b_cites"] else -0.15
        reasons.append(f"{b if ev['b_cites'] else a} cites its source ({ev['b_cites'] or ev['a_cites']})")
    pa, pb = ev["a_published"], ev["b_published"]
    if pd.notna(pa) and pd.notna(pb) and pa != pb:
        score += 0.15 if pa > pb else -0.15
        reasons.append(f"{a if pa > pb else b} was published later")
    tau = ev["order_tau"]
    order = f"same order (tau {tau:.2f})" if tau is not None and tau >= 0.6 else "reordered"
    if abs(score) < 0.1:
        verdict = (f"both look like retellings of a common source ({order}); neither is a subset of the other"
                   if min(ev["coverage_a_by_b"], ev["coverage_b_by_a"]) >= 0.5 else "related, no clear direction")
        return {"verdict": verdict, "derived": None, "closer_to_source": None, "reasons": "; ".join(reasons)}
    derived, other = (a, b) if score > 0 else (b, a)
    cov = ev["coverage_a_by_b"] if derived == a else ev["coverage_b_by_a"]
    verdict = (f"{derived} retells {other} or its source: {cov:.0%} of its sentences are found there, {order}")
    return {"verdict": verdict, "derived": derived, "closer_to_source": other, "reasons": "; ".join(reasons)}


def top_pairs(matrix: pd.DataFrame, k: int = 3) -> pd.DataFrame:
    """The ``k`` most similar distinct pairs (a, b, similarity) of a square similarity matrix."""
    ids = list(matrix.index)
    rows = [(a, b, float(matrix.at[a, b])) for a, b in combinations(ids, 2)]
    df = pd.DataFrame(rows, columns=["a", "b", "similarity"])
    return df.sort_values("similarity", ascending=False, kind="stable").head(k).reset_index(drop=True)
