"""Text reuse between articles: shared passages, reuse measures, provenance and the copy graph.

**Measures** (``reuse_measures(text_a, text_b)``, both directions, words lower-cased, curly and straight
apostrophes alike):

- ``words_a_in_b``: the share of a's distinct words that b also uses (unigram containment, Clough et
  al. 2002; Broder 1997).
- ``stems_a_in_b``: the same over light stems (``stem``: number words as digits, one common suffix
  stripped). This is ``reuse_a`` in ``provenance``.
- ``running_a_in_b``: the share of a's running words (repeats counted), stemmed, that b also uses.
- ``trigrams_a_in_b``: the share of a's distinct word 3-grams found in b.
- ``passages_a``: the share of a's words inside shared passages of ``MIN_RUN`` or more words, each word
  of either text used by one passage at most, longest first (greedy string tiling, Wise 1996).
- ``tiles_a``: the same over stems, with tiles of ``TILE_RUN`` or more words.

**Quoted speech shared by both counts as a common source, not as copying.** Two reports of one trial
quote the same witness word for word; that shows they cover the same event. So a shared passage that
lies inside quotation marks in *both* articles (double marks, British single marks, and a quote left
open at a paragraph end because it continues) is left out of all the measures; ``shared_quote_words``
counts its words. (On METER dev, leaving out only these shared quotes ranks stories as well as counting
every quoted word, and better than leaving out every quoted word; ``benchmarks/reuse.py``.)

**Decision** for a pair ``(a, b)``: ``p_a_from_b`` is a logistic model of "a is derived from b" over
``stems_a_in_b``, ``tiles_a`` and ``running_a_in_b`` (``DERIVED_MODELS``: one for pairs with agency wire
copy, one without a length term for other pairs; fitted on one half of the METER dev data by
``benchmarks/reuse.py``, stored here as plain numbers). A direction is a candidate when its
probability reaches the model's ``derived_p`` and at least ``MIN_REUSE`` of a's words are in b, or when a's sentences
are retold one by one in the same order (at least ``SENTENCE_COVERAGE`` of them aligned, Kendall tau at
least ``SENTENCE_ORDER``: a paraphrase that changes the words but keeps the story sentence for sentence).
Then:

1. an article is never derived from one published after it (publication dates, when both are known);
   when that rules out the only candidate, the pair is "unclear" (the later article may have expanded
   the earlier one or reported the event on its own: on METER, calling it derived was right half the time);
2. of two candidate directions the one with the higher containment wins (``reuse_a`` against
   ``reuse_b``); within ``TIE`` of each other, the article that cites a source is taken as the
   closer to it, and without a cited source the direction is left undecided;
3. a derived article is "wholly" derived when ``p`` reaches the model's ``wholly_p`` or it is retold sentence by
   sentence, else "partly";
4. a pair with no candidate direction is "independent": "independent reports of the same event" from a
   word TF-IDF similarity of ``STORY_LINK`` up, "related but independent" below it; but "unrelated"
   when its similarity is below ``related`` and neither article's words are mostly in the other
   (``words_a_in_b``, ``words_b_in_a`` below ``UNRELATED_WORDS``). An independent pair that came near to a
   candidate (``NEAR_WORDS``, ``NEAR_P``) says so: "or a loose rewrite", with ``loose_rewrite`` naming the
   article, because on METER most such pairs are partly derived.

Figures (METER dev, newspaper story against the PA copy of its catchline and day, halves by catchline
hash; ``benchmarks/reuse.py``) are in the README. Limits: lexical; a translation or a full paraphrase is
found only through the sentence-by-sentence rule; it cannot tell "a retells b" from "a retells the
source b used", so the verdict says "retells b or its source"; quotation marks that are not typed
(reported speech) are ordinary words.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter

import numpy as np
import pandas as pd

from ..text.quotes import quote_spans
from .similarity import _normal, align, candidate_pairs, document_similarity

#: Shortest shared run of words counted as a shared passage.
MIN_RUN = 4
#: Shortest shared run of (stemmed) words counted as a tile in ``tiles_a`` (Clough et al. 2002's GST
#: feature; runs of 5+ words are rarely chance, shorter ones are mostly names and set phrases).
TILE_RUN = 5
#: Logistic models of "a is derived from b": intercept and weights of stems_a_in_b, tiles_a, running_a_in_b,
#: with their thresholds: ``derived_p``, from which a direction is a candidate (derived), and ``wholly_p``,
#: from which it is wholly derived. Both fitted on METER dev half 0 (catchline hash), the model on the pairs,
#: the thresholds on out-of-fold probabilities (5-fold CV by catchline): ``derived_p`` is the best macro-F1
#: among thresholds that call at most 15% of non-derived stories derived and find 95% of wholly derived ones,
#: ``wholly_p`` the best 3-way macro-F1 (benchmarks/reuse.py --fit; checked on half 1 and by 10-fold CV).
#: ``wire`` applies when b is agency wire copy (``articles.wire``), which is what METER measures: the
#: negative weight of running words works mostly as a length term (in a longer text the common words recur
#: and lift the running share above the distinct one), and on METER short stories are mostly wire rewrites.
#: ``article`` applies to every other pair and has no length term: between ordinary articles (ECB+ dev,
#: reports of one event by different outlets) the wire model makes 10.1% of ordered pairs derived candidates
#: and 4.0% of those sharing under 20% of their trigrams; this one 7.1% and 1.4%.
DERIVED_MODELS = {
    "wire": {"intercept": -0.140, "stems": 12.691, "tiles": 7.803, "running": -10.462,
             "derived_p": 0.78, "wholly_p": 0.98},
    "article": {"intercept": -3.611, "stems": 5.901, "tiles": 6.765, "running": 0.0,
                "derived_p": 0.79, "wholly_p": 0.97},
}
#: Share of an article's words (``reuse_a``) below which the model never makes it derived: the models are
#: fitted on METER, where nearly every pair reports one event; a text with under 40% of its words in the other
#: is an expansion or its own report (no METER decision changes: such stories already score below derived_p).
MIN_REUSE = 0.4
#: Sentence-by-sentence retelling: share of a's sentences aligned, and Kendall tau of their order.
SENTENCE_COVERAGE = 0.9
SENTENCE_ORDER = 0.8
#: A near miss: a pair with no candidate direction where one article has at least ``NEAR_WORDS`` of its words
#: in the other and a probability within ``NEAR_P`` of the model's ``derived_p``. Its verdict says it may be a
#: loose rewrite instead of "no sign that one copies the other". On METER dev, of the story/PA pairs called
#: independent, 22 of 29 such near misses are derived (partly or wholly) on half 0 and 22 of 32 on half 1,
#: against 39 of 77 and 53 of 100 of all pairs called independent; between ECB+ dev reports of one event by
#: different outlets, 2.9% of ordered pairs are near misses (``benchmarks/reuse.py``).
NEAR_WORDS = 0.6
NEAR_P = 0.15
#: Containment difference below which two candidate directions tie.
TIE = 0.03
#: Below the ``related`` similarity, a pair whose words are less contained than this is unrelated.
UNRELATED_WORDS = 0.5
#: Word similarity at which two independent reports count as reports of one event, one story in
#: ``story.story_groups`` (retellings always do); below it, they are only related. Set on half the stories
#: of ECB+ dev and METER dev (``benchmarks/stories.py``): pairwise F1 of the groups 0.845 / 0.986 there,
#: 0.802 / 1.000 on the other halves; at 0.15 (any related pair) 0.61 / 0.22 and 0.60 / 0.81.
STORY_LINK = 0.25

# ------------------------------------------------------------------------------ words and quotes
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(_normal(m.group()).lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted speech: the quotes :func:`helpers.text.quotes.quote_spans` finds (double
    marks, British single marks, a quote left open at a paragraph's end because the next paragraph goes
    on with it), one finder for the whole project."""
    return quote_spans(text)[0]


def _quote_mask(text: str, toks: list[tuple[str, int, int]]) -> np.ndarray:
    mask = np.zeros(len(toks), dtype=bool)
    starts = np.array([t[1] for t in toks], dtype=int)
    for s, e in quoted_spans(text):
        mask |= (starts > s) & (starts < e)
    return mask


def _ngrams(words: list[str], n: int) -> list[tuple]:
    return [tuple(words[i:i + n]) for i in range(len(words) - n + 1)]


def _containment(wa: list[str], wb: list[str], n: int, keep_a: np.ndarray) -> float:
    """Share of a's distinct n-grams (all words kept) found among b's n-grams."""
    ga = {g for i, g in enumerate(_ngrams(wa, n)) if keep_a[i:i + n].all()}
    return len(ga & set(_ngrams(wb, n))) / len(ga) if ga else 0.0


#: Work budget of the run search, in word comparisons per word of the two texts. Ordinary articles use a few
#: per word; only text that repeats one passage many times reaches it (see :func:`_runs`).
RUN_BUDGET_PER_WORD = 20


def _runs(wa: list[str], wb: list[str], k: int) -> list[tuple[int, int, int]]:
    """Maximal common runs ``(length, i, j)`` of at least ``k`` words (a run of a repeated in b: each place).

    Limits: the number of places grows with the product of the repeats, so the search stops after
    ``RUN_BUDGET_PER_WORD`` comparisons per word of the two texts. Only a text repeating one passage many
    times gets there (one sentence pasted 500 times); its runs are then a lower bound."""
    index: dict[tuple, list[int]] = {}
    for j, g in enumerate(_ngrams(wb, k)):
        index.setdefault(g, []).append(j)
    runs = []
    left = RUN_BUDGET_PER_WORD * (len(wa) + len(wb) + 1)
    for i, g in enumerate(_ngrams(wa, k)):
        places = index.get(g, ())
        left -= len(places)
        if left < 0:
            break
        for j in places:
            if i and j and wa[i - 1] == wb[j - 1]:
                continue  # not the start of a maximal run
            n, stop = k, min(len(wa) - i, len(wb) - j, k + max(left, 0))
            while n < stop and wa[i + n] == wb[j + n]:
                n += 1
            left -= n
            runs.append((n, i, j))
            if left < 0:
                return runs
    return runs


def _tiles(wa: list[str], wb: list[str], k: int = MIN_RUN) -> list[tuple[int, int, int]]:
    """Greedy string tiling: runs longest first, each word of either text in one tile at most (a run that
    overlaps an earlier tile keeps its longest free stretch if that is still ``k`` words long)."""
    used_a, used_b = np.zeros(len(wa), bool), np.zeros(len(wb), bool)
    tiles = []
    for n, i, j in sorted(_runs(wa, wb, k), key=lambda r: (-r[0], r[1], r[2])):
        free = ~(used_a[i:i + n] | used_b[j:j + n])
        best, best_s, cur = 0, 0, 0
        for t, f in enumerate(free):
            cur = cur + 1 if f else 0
            if cur > best:
                best, best_s = cur, t - cur + 1
        if best >= k:
            used_a[i + best_s:i + best_s + best] = True
            used_b[j + best_s:j + best_s + best] = True
            tiles.append((best, i + best_s, j + best_s))
    return tiles


def stem(word: str) -> str:
    """Light normalisation of a lower-cased word for containment: number words one to ten as digits,
    thousands commas dropped, and one common English suffix stripped ('s, -ing, -ed, -es, -s, -ly) when
    three letters remain. Crude (no dictionary): "ring" stays, "things" -> "thing", "fined" -> "fin"; both
    texts are stemmed alike, so only collisions between different words matter, and those are rare."""
    w = _NUMBER_WORDS.get(word, word).replace(",", "")
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[:-len(suf)]
    return w


_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "one two three four five six seven eight nine ten".split(), start=1)}
_SUFFIXES = ("'s", "ing", "ed", "es", "s", "ly")


def reuse_measures(text_a: str, text_b: str, drop_shared_quotes: bool = True) -> dict:
    """Reuse of each text in the other (see the module docstring): words, stems, running words, trigrams,
    passages, tiles, shared quotes.

    A shared passage quoted in both texts is the same speaker's words reported twice: its words are left
    out of both texts' measures and counted in ``shared_quote_words`` (``drop_shared_quotes=False`` keeps
    them in, to show what the rule changes).
    """
    ta, tb = _tokens(text_a), _tokens(text_b)
    wa, wb = [t[0] for t in ta], [t[0] for t in tb]
    qa, qb = _quote_mask(text_a, ta), _quote_mask(text_b, tb)
    pass_a, pass_b = np.zeros(len(wa), bool), np.zeros(len(wb), bool)
    quote_a, quote_b = np.zeros(len(wa), bool), np.zeros(len(wb), bool)
    for n, i, j in _tiles(wa, wb):
        if drop_shared_quotes and qa[i:i + n].all() and qb[j:j + n].all():
            quote_a[i:i + n], quote_b[j:j + n] = True, True
        else:
            pass_a[i:i + n], pass_b[j:j + n] = True, True
    sa, sb = [stem(w) for w in wa], [stem(w) for w in wb]
    tile_a, tile_b = np.zeros(len(wa), bool), np.zeros(len(wb), bool)
    for n, i, j in _tiles(sa, sb, TILE_RUN):
        tile_a[i:i + n], tile_b[j:j + n] = True, True
    return {
        "words_a_in_b": _containment(wa, wb, 1, ~quote_a), "words_b_in_a": _containment(wb, wa, 1, ~quote_b),
        "stems_a_in_b": _containment(sa, sb, 1, ~quote_a), "stems_b_in_a": _containment(sb, sa, 1, ~quote_b),
        "running_a_in_b": _running(sa, sb, ~quote_a), "running_b_in_a": _running(sb, sa, ~quote_b),
        "trigrams_a_in_b": _containment(wa, wb, 3, ~quote_a), "trigrams_b_in_a": _containment(wb, wa, 3, ~quote_b),
        "passages_a": _share(pass_a), "passages_b": _share(pass_b),
        "tiles_a": _share(tile_a & ~quote_a), "tiles_b": _share(tile_b & ~quote_b),
        "shared_quote_words": int(quote_a.sum()), "n_words_a": len(wa), "n_words_b": len(wb),
    }


def _share(mask: np.ndarray) -> float:
    return float(mask.mean()) if len(mask) else 0.0


def _running(wa: list[str], wb: list[str], keep_a: np.ndarray) -> float:
    """Share of a's running words (repeats counted, ``keep_a`` only) that b also uses."""
    vocab = set(wb)
    kept = [w for w, k in zip(wa, keep_a) if k]
    return sum(w in vocab for w in kept) / len(kept) if kept else 0.0


def derived_probability(m: dict, side: str = "a", model: str | dict = "article") -> float:
    """P(one article is derived from the other), from its measures in ``m`` (``reuse_measures``; ``side``
    "a" for a from b, "b" for b from a) and a logistic model: a name in ``DERIVED_MODELS`` ("wire" when the
    other article is agency wire copy) or a dict with the same keys."""
    mdl = DERIVED_MODELS[model] if isinstance(model, str) else model
    o = "b" if side == "a" else "a"
    z = (mdl["intercept"] + mdl["stems"] * m[f"stems_{side}_in_{o}"] + mdl["tiles"] * m[f"tiles_{side}"]
         + mdl["running"] * m[f"running_{side}_in_{o}"])
    return 1.0 / (1.0 + math.exp(-z))


# ------------------------------------------------------------------------------ shared passages
def shared_passages(corpus, a: str, b: str, min_words: int = MIN_RUN) -> pd.DataFrame:
    """Maximal runs of at least ``min_words`` shared words (case, punctuation and quote style ignored).

    Like passim's text-reuse passages: (a_start, a_end, b_start, b_end, n_words, text), offsets into
    each article's text; a run of ``a`` repeated in ``b`` is listed at each place.
    """
    text_a = corpus.text(a)
    ta, tb = _tokens(text_a), _tokens(corpus.text(b))
    rows = [(ta[i][1], ta[i + n - 1][2], tb[j][1], tb[j + n - 1][2], n, text_a[ta[i][1]:ta[i + n - 1][2]])
            for n, i, j in sorted(_runs([t[0] for t in ta], [t[0] for t in tb], min_words), key=lambda r: (r[1], r[2]))]
    return pd.DataFrame(rows, columns=["a_start", "a_end", "b_start", "b_end", "n_words", "text"])


# ------------------------------------------------------------------------------ provenance
PROVENANCE_COLUMNS = [
    "a", "b", "verdict", "relation", "derived", "closer_to_source", "loose_rewrite", "reuse_a", "reuse_b", "p_a_from_b",
    "p_b_from_a", "similarity", "words_a_in_b", "words_b_in_a", "stems_a_in_b", "stems_b_in_a",
    "running_a_in_b", "running_b_in_a", "trigrams_a_in_b", "trigrams_b_in_a", "tiles_a", "tiles_b",
    "passages_a", "passages_b", "shared_words_share_a", "shared_quote_words", "coverage_a_by_b",
    "coverage_b_by_a", "order_tau", "only_a", "only_b", "a_cites", "b_cites", "a_published", "b_published",
    "reasons"]


def _pair_evidence(corpus, a: str, b: str, doc_sim: float) -> dict:
    from scipy.stats import kendalltau

    al = align(corpus, a, b)
    na, nb = len(corpus.sentences_of(a)), len(corpus.sentences_of(b))
    linked = al.dropna(subset=["a_sent", "b_sent"])
    tau = float("nan")
    if len(linked) >= 3:
        tau = float(kendalltau(linked["a_sent"].astype(float), linked["b_sent"].astype(float)).statistic)
    m = reuse_measures(corpus.text(a), corpus.text(b))
    art = corpus.article

    def cites(d):
        v = art(d)["source_url"]
        return v if isinstance(v, str) and v else None

    ev = {"a": a, "b": b, "similarity": round(doc_sim, 3),
          "coverage_a_by_b": round(linked["a_sent"].nunique() / na, 3) if na else 0.0,
          "coverage_b_by_a": round(linked["b_sent"].nunique() / nb, 3) if nb else 0.0,
          "order_tau": round(tau, 3) if not math.isnan(tau) else None, "n_linked": len(linked),
          "only_a": int((al["status"] == "only_a").sum()), "only_b": int((al["status"] == "only_b").sum()),
          "a_cites": cites(a), "b_cites": cites(b),
          "a_wire": bool(art(a).get("wire", False)), "b_wire": bool(art(b).get("wire", False)),
          "a_published": art(a)["published"], "b_published": art(b)["published"]}
    ev.update({k: (round(v, 3) if isinstance(v, float) else v) for k, v in m.items() if not k.startswith("n_words")})
    ev["reuse_a"], ev["reuse_b"] = ev["stems_a_in_b"], ev["stems_b_in_a"]
    ev["shared_words_share_a"] = ev["passages_a"]
    ev["p_a_from_b"] = round(derived_probability(m, "a", "wire" if ev["b_wire"] else "article"), 3)
    ev["p_b_from_a"] = round(derived_probability(m, "b", "wire" if ev["a_wire"] else "article"), 3)
    return ev


def provenance(corpus, related: float = 0.15, pairs=None) -> pd.DataFrame:
    """For each pair of articles: is one derived from the other, or are they independent reports?

    One row per pair (``pairs``: a list of ``(a, b)``; default the corpus' candidate pairs, see
    ``similarity.candidate_pairs``): ``verdict`` in words, ``relation`` (derived, partly derived,
    independent, unrelated, unclear), ``derived`` (the doc_id of the retelling, or None),
    ``closer_to_source``, ``loose_rewrite`` (the article of an independent pair that may loosely rewrite the
    other, see ``NEAR_WORDS``), ``reuse_a``/``reuse_b`` (share of each article's words found in the other,
    quotes left out), and the evidence: ``p_a_from_b``/``p_b_from_a``, word and trigram containment both
    ways, passage shares, shared quoted words, sentence coverage and order, one-sided sentences, cited
    sources, publication dates, ``reasons``. Rules and limits: see the module docstring.
    """
    pairs = None if pairs is None else [tuple(p) for p in pairs]
    which = "candidates" if pairs is None else hashlib.sha1(repr(pairs).encode()).hexdigest()[:16]
    return corpus.cached(f"provenance:{related}:{which}", lambda: _provenance(corpus, related, pairs)).copy()


def _provenance(corpus, related: float, pairs) -> pd.DataFrame:
    pairs = candidate_pairs(corpus) if pairs is None else pairs
    sim = document_similarity(corpus, "word") if pairs else None
    rows = []
    for a, b in pairs:
        ev = _pair_evidence(corpus, a, b, float(sim.at[a, b]))
        ev.update(decide(ev, related))
        rows.append(ev)
    return pd.DataFrame(rows, columns=PROVENANCE_COLUMNS)


def _sentence_by_sentence(ev: dict, side: str) -> bool:
    cov = ev["coverage_a_by_b"] if side == "a" else ev["coverage_b_by_a"]
    tau = ev.get("order_tau")
    return cov >= SENTENCE_COVERAGE and tau is not None and tau >= SENTENCE_ORDER and ev.get("n_linked", 3) >= 3


def _published_before(x, y) -> bool:
    return pd.notna(x) and pd.notna(y) and pd.Timestamp(x) < pd.Timestamp(y)


def decide(ev: dict, related: float = 0.15) -> dict:
    """The verdict for one pair's evidence (see the module docstring): verdict, relation, derived,
    closer_to_source, reasons."""
    a, b = ev["a"], ev["b"]
    p = {a: ev["p_a_from_b"], b: ev["p_b_from_a"]}
    words = {a: ev["reuse_a"], b: ev["reuse_b"]}
    other = {a: b, b: a}
    agency = {a: bool(ev.get("a_wire")), b: bool(ev.get("b_wire"))}
    model = {d: DERIVED_MODELS["wire" if agency[other[d]] else "article"] for d in (a, b)}
    reasons = [f"{d}: {words[d]:.0%} of its words (outside quotes) are in the other, P(derived) {p[d]:.2f}"
               for d in (a, b)]
    if ev.get("shared_quote_words"):
        reasons.append(f"{ev['shared_quote_words']} shared words are quoted in both (same speakers, not copying)")
    cand = []
    for d, side in ((a, "a"), (b, "b")):
        if p[d] >= model[d]["derived_p"] and words[d] >= MIN_REUSE:
            cand.append(d)
        elif _sentence_by_sentence(ev, side):
            cand.append(d)
            reasons.append(f"{d} is retold sentence by sentence in the same order "
                           f"({ev['coverage_a_by_b' if side == 'a' else 'coverage_b_by_a']:.0%} of its sentences)")
    dates = {a: ev.get("a_published"), b: ev.get("b_published")}
    ruled_out = [d for d in cand if _published_before(dates[d], dates[other[d]])]
    for d in ruled_out:
        cand.remove(d)
        reasons.append(f"{d} was published before {other[d]}, so it cannot retell it")
    wire = next((d for d in cand if agency[d] and not agency[other[d]]), None)
    if wire and not ruled_out:  # agency wire copy is what newspapers retell, never the reverse
        cand.remove(wire)
        paper = other[wire]
        if cand:
            reasons.append(f"{wire} is agency wire copy, the usual source of newspaper stories")
        else:  # the wire story is found in the newspaper's: retold and expanded
            reasons.append(f"{wire} is agency wire copy, found in {paper}: {paper} retells it with material of its own")
            return _out(f"{paper} partly retells {wire} or its source: {words[paper]:.0%} of its words are found "
                        f"there, and {words[wire]:.0%} of the wire copy is in it", "partly derived", paper, reasons, wire)
    if ruled_out and not cand:
        d = ruled_out[0]
        return _out(f"{d} is found in the later {other[d]}, which may have expanded it or reported the same "
                    "event on its own; which cannot be told", "unclear", None, reasons)
    if not cand:
        plain = [ev.get("words_a_in_b", words[a]), ev.get("words_b_in_a", words[b])]  # unstemmed, as set
        unrelated = ev["similarity"] < related and max(plain) < UNRELATED_WORDS
        if unrelated:
            return _out("unrelated (little shared content)", "unrelated", None, reasons)
        near = _near_miss(p, words, model, {d for d in (a, b) if agency[d] and not agency[other[d]]
                                            or _published_before(dates[d], dates[other[d]])})
        if near:
            d = near
            reasons.append(f"{d} may be a loose rewrite of {other[d]}: {words[d]:.0%} of its words are there, but "
                           f"too few in shared runs to call it a retelling (P(derived) {p[d]:.2f}, "
                           f"retelling from {model[d]['derived_p']:.2f})")
            return _out(f"independent as far as the wording shows, or a loose rewrite: {words[d]:.0%} of {d}'s "
                        f"words are in {other[d]}, too few of them in shared runs to call it a retelling",
                        "independent", None, reasons, loose=d)
        if ev["similarity"] < STORY_LINK:  # related, but too little shared to say one event (see story_groups)
            return _out("related but independent: some shared words, too few to say they report one event; "
                        "no sign that one copies the other", "independent", None, reasons)
        return _out("independent reports of the same event: shared facts and names, no sign that one "
                    "copies the other", "independent", None, reasons)
    if len(cand) == 2:
        diff = words[a] - words[b]
        if abs(diff) >= TIE:
            derived = a if diff > 0 else b
            reasons.append(f"more of {derived} is found in {other[derived]} than the reverse")
        elif bool(ev.get("a_cites")) != bool(ev.get("b_cites")):
            derived = b if ev.get("a_cites") else a
            reasons.append(f"{other[derived]} cites its source ({ev.get('a_cites') or ev.get('b_cites')})")
        else:
            return _out("one retells the other or both retell a common source; which way cannot be told",
                        "unclear", None, reasons)
    else:
        derived = cand[0]
    wholly = p[derived] >= model[derived]["wholly_p"] or _sentence_by_sentence(ev, "a" if derived == a else "b")
    src = other[derived]
    tau = ev.get("order_tau")
    order = ("told in the same order" if tau is not None and tau >= SENTENCE_ORDER
             else "mostly in the same order" if tau is not None and tau >= 0.4 else "in another order")
    verdict = (f"{derived} {'retells' if wholly else 'partly retells'} {src} or its source: "
               f"{words[derived]:.0%} of its words are found there, {order}")
    return _out(verdict, "derived" if wholly else "partly derived", derived, reasons, src)


def _near_miss(p: dict, words: dict, model: dict, impossible: set | frozenset = frozenset()) -> str | None:
    """The article of an independent pair that comes near to being called derived (``NEAR_WORDS``,
    ``NEAR_P``), the more contained one if both do; None when neither does. An article in ``impossible``
    (wire copy beside a newspaper story, or one published before the other) rewrites nothing here."""
    near = [d for d in p if d not in impossible and words[d] >= NEAR_WORDS and p[d] >= model[d]["derived_p"] - NEAR_P]
    return max(near, key=lambda d: words[d]) if near else None


def _out(verdict, relation, derived, reasons, closer=None, loose=None) -> dict:
    return {"verdict": verdict, "relation": relation, "derived": derived, "closer_to_source": closer,
            "loose_rewrite": loose, "reasons": "; ".join(reasons)}


# ------------------------------------------------------------------------------ copy graph
def _derived_from(prov: pd.DataFrame, a: str, b: str) -> bool:
    """True when the pair (a, b) says ``a`` retells ``b``."""
    hit = prov[((prov["a"] == a) & (prov["b"] == b)) | ((prov["a"] == b) & (prov["b"] == a))]
    return bool(len(hit)) and hit["derived"].iloc[0] == a


#: How much less of an article the wire copy may hold than its best source for the wire copy to be taken first.
WIRE_FIRST = 0.05


#: The verdict on an article that retells none of the others.
RETELLS_NONE = "retells none of the other articles"


def copy_graph(corpus, prov: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per article, its most likely source among the other articles of its pairs.

    ``(doc_id, source, verdict, reuse, evidence)``: ``source`` is the doc_id the article retells (the pair
    where it is ``derived`` with the highest probability, agency wire copy first; when that source itself
    retells another source of the article, that older one), or ``"independent"`` when no pair makes it
    derived, or ``"unclear"`` when a pair links it to another but the direction cannot be told (never
    towards a later article). ``reuse`` is the share of its words found in the source. Dates are
    already applied by ``provenance`` (an article is never derived from a later one). ``maybe_source``
    names the article an independent one may loosely rewrite (a near miss, ``provenance``'s
    ``loose_rewrite``), else is empty.
    """
    prov = provenance(corpus) if prov is None else prov
    arts = getattr(corpus, "articles", None)
    is_wire = dict(zip(arts["doc_id"], arts["wire"])) if arts is not None and "wire" in arts else {}
    rows = []
    for d in corpus.doc_ids:
        mine = prov[(prov["a"] == d) | (prov["b"] == d)]
        der = mine[mine["derived"] == d]
        if len(der):
            pr = np.where(der["a"] == d, der["p_a_from_b"], der["p_b_from_a"])
            sources = {(r.b if r.a == d else r.a): i for i, r in enumerate(der.itertuples())}
            # agency wire copy it retells comes first when as much of it is found there: newspapers that
            # rewrite one wire story also resemble each other (a Mirror story 86% in the PA copy and 63% in the
            # Sun's rewrite retells the PA copy; 30% in the wire and 95% in the Sun retells the Sun)
            wire = np.array([bool(is_wire.get(b if a == d else a)) for a, b in zip(der["a"], der["b"])])
            share = np.where(der["a"] == d, der["reuse_a"], der["reuse_b"]).astype(float)
            wire &= share >= share.max() - WIRE_FIRST
            r = der.iloc[int(np.argmax(np.where(wire, pr + 1.0, pr)))]
            src = r["b"] if r["a"] == d else r["a"]
            # an article that retells two articles, one of which retells the other, retells the older one
            # (the common source: newspapers that each rewrite the same wire copy also resemble each other)
            for _ in range(len(sources)):
                up = [s for s in sources if s != src and _derived_from(prov, src, s)]
                if not up:
                    break
                src = up[0]
                r = der.iloc[sources[src]]
            reuse = r["reuse_a"] if r["a"] == d else r["reuse_b"]
            rows.append((d, src, r["verdict"], float(reuse), r["reasons"], ""))
        elif len(unclear := mine[(mine["relation"] == "unclear") & ~_earlier(mine, d)]):
            r = unclear.iloc[0]
            rows.append((d, "unclear", r["verdict"], float(r["reuse_a"] if r["a"] == d else r["reuse_b"]),
                         r["reasons"], ""))
        elif "loose_rewrite" in mine and len(loose := mine[mine["loose_rewrite"] == d]):
            r = loose.iloc[int(np.argmax(np.where(loose["a"] == d, loose["reuse_a"], loose["reuse_b"])))]
            src = r["b"] if r["a"] == d else r["a"]
            rows.append((d, "independent", f"no clear retelling; may loosely rewrite {src}",
                         float(r["reuse_a"] if r["a"] == d else r["reuse_b"]), r["reasons"], src))
        else:
            reuse = max([float(r.reuse_a if r.a == d else r.reuse_b) for r in mine.itertuples()], default=0.0)
            kinds = [("independent, same event" if sim >= STORY_LINK else "related only") if rel == "independent"
                     else rel for rel, sim in zip(mine["relation"], mine["similarity"])]
            summary = ", ".join(f"{n} {rel}" for rel, n in Counter(kinds).most_common())
            rows.append((d, "independent", RETELLS_NONE, reuse,
                         f"compared with {len(mine)} candidate article(s) sharing rare words: {summary}" if len(mine)
                         else "no other article is similar enough to compare", ""))
    return pd.DataFrame(rows, columns=["doc_id", "source", "verdict", "reuse", "evidence", "maybe_source"])


def _earlier(rows: pd.DataFrame, d: str) -> pd.Series:
    """Rows where ``d`` was published before the other article (so it cannot retell it)."""
    mine = np.where(rows["a"] == d, rows["a_published"], rows["b_published"])
    theirs = np.where(rows["a"] == d, rows["b_published"], rows["a_published"])
    return pd.Series([_published_before(x, y) for x, y in zip(mine, theirs)], index=rows.index, dtype=bool)
