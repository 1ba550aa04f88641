"""Text reuse between two articles: shared passages and provenance (which article retells which).
"""
from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

from .similarity import _normal, align, candidate_pairs, document_similarity


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
    return corpus.cached(f"provenance:{related}", lambda: _provenance(corpus, related)).copy()


def _provenance(corpus, related: float) -> pd.DataFrame:
    sim = document_similarity(corpus, "word")
    rows = []
    for a, b in candidate_pairs(corpus):
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


