"""Who retells whom, measured on METER (text reuse). Article similarity (SemEval-2022 Task 8) is measured by
``accuracy.py similarity``.

METER (``../shared/eval/meter_dev``): each newspaper story is paired with all PA wire files of its
catchline and day, concatenated (the METER convention: that is the potential source). Label: derived
(wholly or partially) or non-derived, from ``file_index/<domain>/*_derived.txt``. The raw files go through
the project's loader (wire copy normalised by ``helpers.text.wire``), the stories get the day after their
folder's date as publication date and the PA copy the date of its slug line, and
``helpers.corpus.reuse.provenance`` decides each pair with the constants stored in the package.

Halves: an MD5 of the catchline name (every story of one wire story on the same side). The logistic model
of ``reuse.py`` is fitted on half 0 and its thresholds on half 0's out-of-fold probabilities (5-fold CV by
catchline inside the half); ``--fit`` prints them. Checked on half 1, and by a 10-fold cross-validation
grouped by catchline that refits model and thresholds in every fold.

Printed: AUC of every measure per half; the project's decision per half (macro-F1 derived vs non-derived,
share of non-derived called derived, share of wholly derived found, 3-way macro-F1, direction errors);
cross-catchline pairs called unrelated; wire sentence lengths; derived candidates between ECB+ reports.

``--beyond`` runs only the study of evidence beyond shared words (order, names/numbers/quotes absent from the
wire copy, lead, length): each measure added to the ``wire`` model in nested CV inside half 0, then the
candidate models declared there scored once on half 1 (see the README).

``--structure`` runs only the study of copied phrasing and structure (stopword n-grams, character n-grams,
modified and weighted word n-grams, compression, words inside shared runs): each measure alone per half, added
to the ``wire`` model in nested CV inside half 0, and two candidates declared there scored once on half 1.

Run: python benchmarks/reuse.py [--fit | --beyond | --structure]   (needs ../shared/eval beside the project)
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score
from scipy.stats import kendalltau
from sklearn.model_selection import GroupKFold

from helpers.corpus import load_corpus, reuse
from helpers.text.wire import is_wire, normalise_wire

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
METER = EVAL / "meter_dev"
LABELS = {"wholly_derived": 2, "partially_derived": 1, "non_derived": 0}
FEATURES = ["stems_a_in_b", "tiles_a", "running_a_in_b"]
MODEL_KEYS = ["stems", "tiles", "running"]
#: the measures each of ``reuse.DERIVED_MODELS`` uses (``article`` has no length term)
KINDS = {"wire": MODEL_KEYS, "article": ["stems", "tiles"]}
MAX_FALSE = 0.15


def half(name: str) -> int:
    return int(hashlib.md5(name.encode()).hexdigest(), 16) % 2


# ------------------------------------------------------------------------------ METER pairs
def meter_pairs() -> tuple[list[dict], pd.DataFrame]:
    """Records for the loader (stories and PA sets) and the labelled (story, PA set) pairs."""
    records, pairs, pa_sets = {}, [], {}
    for dom in ("courts", "showbiz"):
        for lab, y in LABELS.items():
            for line in (METER / "file_index" / dom / f"{lab}.txt").read_text().split():
                rel = line.split("newspapers/rawtexts/", 1)[1]
                d, day, catch, name = rel.split("/")
                story = "S_" + Path(name).stem
                pa = f"P_{d}_{day}_{catch}"
                published = datetime.strptime(day, "%d.%m.%y").date() + timedelta(days=1)
                raw = (METER / "newspapers" / "rawtexts" / rel).read_bytes().decode("cp1252")
                records[story] = {"doc_id": story, "text": raw, "published": published.isoformat()}
                if pa not in pa_sets:
                    files = sorted((METER / "PA" / "rawtexts" / d / day / catch).glob("*.txt"))
                    # each file is normalised on its own by the loader's wire step; joined by blank lines
                    raws = [f.read_bytes().decode("cp1252") for f in files]
                    pa_sets[pa] = "\n\n".join(normalise_wire(r) for r in raws)
                    if pa_sets[pa].strip():
                        records[pa] = {"doc_id": pa, "text": pa_sets[pa], "published": day_iso(day),
                                       "_wire": all(is_wire(r) for r in raws)}
                pairs.append({"a": story, "b": pa, "domain": d, "catchline": catch, "label": y,
                              "half": half(catch)})
    df = pd.DataFrame(pairs)
    return list(records.values()), df[df["b"].isin(records)].reset_index(drop=True)


def day_iso(day: str) -> str:
    return datetime.strptime(day, "%d.%m.%y").date().isoformat()


def cross_pairs(pairs: pd.DataFrame) -> list[tuple[str, str]]:
    """Each story against the PA set of another catchline of its domain (a sample of unrelated pairs)."""
    out = []
    sets = sorted(set(pairs["b"]))
    for r in pairs.itertuples():
        same_dom = [p for p in sets if p.split("_")[1] == r.domain and not p.endswith("_" + r.catchline)]
        k = int(hashlib.md5(r.a.encode()).hexdigest(), 16) % len(same_dom)
        out.append((r.a, same_dom[k]))
    return out


def load_meter():
    records, pairs = meter_pairs()
    tmp = Path(tempfile.mkdtemp(prefix="meter_"))
    with open(tmp / "meter.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({k: v for k, v in r.items() if k != "_wire"}) + "\n")
    corpus = load_corpus(tmp / "meter.jsonl")
    # the PA files are wire copy (is_wire holds for each raw file) but reach the loader normalised one by one,
    # so the loader cannot see it: flag them as it flags raw wire copy
    wire = {r["doc_id"] for r in records if r.get("_wire")}
    corpus.articles["wire"] = corpus.articles["wire"] | corpus.articles["doc_id"].isin(wire)
    return corpus, pairs


# ------------------------------------------------------------------------------ scoring
def scores(pred_derived: np.ndarray, label: np.ndarray) -> dict:
    y = label > 0
    return {"macro_f1": f1_score(y, pred_derived, average="macro"),
            "non_derived_called_derived": pred_derived[~y].mean(),
            "wholly_found": pred_derived[label == 2].mean(),
            "partly_found": pred_derived[label == 1].mean()}


def three_way(relation: pd.Series, label: np.ndarray) -> float:
    pred = relation.map({"derived": 2, "partly derived": 1}).fillna(0).astype(int).to_numpy()
    return f1_score(label, pred, average="macro")


def fit_model(df: pd.DataFrame, kind: str = "wire") -> dict:
    """The logistic model of "derived" (wholly or partly) over the measures of ``KINDS[kind]``, on ``df``."""
    y = (df["label"] > 0).astype(int).to_numpy()
    cols = [FEATURES[MODEL_KEYS.index(k)] for k in KINDS[kind]]
    lr = LogisticRegression(C=100.0, max_iter=5000).fit(df[cols].to_numpy(), y)
    weights = dict(zip(KINDS[kind], lr.coef_[0]))
    return {"intercept": float(lr.intercept_[0]), **{k: float(weights.get(k, 0.0)) for k in MODEL_KEYS}}


def fit(df: pd.DataFrame, kind: str = "wire", folds: int = 5, max_false: float = None) -> dict:
    """Logistic model ``kind`` and its thresholds, on the rows of ``df`` (one half or a CV fold).

    The model is fitted on all rows; the thresholds on out-of-fold probabilities (``folds``-fold CV grouped
    by catchline inside ``df``), so they are not set on the rows the model was fitted to.
    DERIVED_P: the threshold with the best macro-F1 among those that call at most ``MAX_FALSE`` (15%, the
    target; the probabilities are out-of-fold, not the fit's own) of non-derived stories derived and find at
    least 95% of wholly derived ones; when none does both, the lowest threshold that keeps to ``MAX_FALSE``.
    WHOLLY_P: among probabilities above DERIVED_P, the best 3-way macro-F1.
    """
    model = fit_model(df, kind)
    p = np.zeros(len(df)) if folds else prob(df, model)
    for tr, te in GroupKFold(folds).split(df, groups=df["catchline"]) if folds else ():
        p[te] = prob(df.iloc[te], fit_model(df.iloc[tr], kind))
    p = p * (df["stems_a_in_b"].to_numpy() >= reuse.MIN_REUSE)  # as reuse.decide: a floor on the share
    grid = np.round(np.arange(0.30, 0.99, 0.01), 2)
    both, precise = [], []
    for t in grid:
        s = scores(p >= t, df["label"].to_numpy())
        if s["non_derived_called_derived"] <= (max_false or MAX_FALSE):
            precise.append((s["wholly_found"], -t))
            if s["wholly_found"] >= 0.95:
                both.append((s["macro_f1"], t))
    derived_p = max(both)[1] if both else (-max(precise)[1] if precise else float(grid[-1]))
    w_best = []
    for t in grid[grid > derived_p]:
        rel = np.where(p >= t, "derived", np.where(p >= derived_p, "partly derived", "independent"))
        w_best.append((three_way(pd.Series(rel), df["label"].to_numpy()), t))
    wholly_p = max(w_best)[1] if w_best else derived_p
    return {"model": model, "DERIVED_P": float(derived_p), "WHOLLY_P": float(wholly_p)}


def prob(df: pd.DataFrame, model: dict) -> np.ndarray:
    return np.array([reuse.derived_probability(r, "a", model) for r in df[FEATURES].to_dict("records")])


def decide_with(df: pd.DataFrame, params: dict) -> np.ndarray:
    """Derived (story from PA) under refitted parameters: the pair rule of ``reuse.decide`` applied to the
    story's probability (the PA copy is dated earlier, so it is never the derived one)."""
    p = prob(df, params["model"]) * (df["stems_a_in_b"].to_numpy() >= reuse.MIN_REUSE)
    sbs = (df["coverage_a_by_b"] >= reuse.SENTENCE_COVERAGE) & (df["order_tau"].fillna(-1) >= reuse.SENTENCE_ORDER)
    return (p >= params["DERIVED_P"]) | sbs.to_numpy()


def fmt(s: dict) -> str:
    return (f"macro-F1 {s['macro_f1']:.3f} | non-derived called derived {s['non_derived_called_derived']:.1%} | "
            f"wholly found {s['wholly_found']:.1%} | partly found {s['partly_found']:.1%}")


def with_quotes(corpus, df: pd.DataFrame) -> pd.DataFrame:
    """Containment counting quoted words too (to show what leaving quotes out changes)."""
    rows = []
    for r in df.itertuples():
        ta, tb = reuse._tokens(corpus.text(r.a)), reuse._tokens(corpus.text(r.b))
        wa, wb = [t[0] for t in ta], [t[0] for t in tb]
        keep = np.ones(len(wa), bool)
        rows.append({"words_with_quotes": reuse._containment(wa, wb, 1, keep),
                     "trigrams_with_quotes": reuse._containment(wa, wb, 3, keep)})
    return pd.DataFrame(rows, index=df.index)


def meter(refit: bool) -> None:
    corpus, pairs = load_meter()
    prov = reuse.provenance(corpus, pairs=list(zip(pairs["a"], pairs["b"])))
    df = pairs.merge(prov, on=["a", "b"], how="left")
    df = pd.concat([df, with_quotes(corpus, df)], axis=1)
    y = (df["label"] > 0).to_numpy()
    print(f"METER dev: {len(df)} story/PA pairs, {len(set(df.b))} PA sets; per half (0 fits, 1 checks):")
    for h in (0, 1):
        lab = df[df.half == h]["label"].value_counts().to_dict()
        print(f"  half {h}: wholly {lab.get(2, 0)}, partly {lab.get(1, 0)}, non-derived {lab.get(0, 0)}")

    print("\nAUC, derived (wholly + partly) vs non-derived, of the newspaper story's measures:")
    measures = ["reuse_a", "words_a_in_b", "running_a_in_b", "tiles_a", "trigrams_a_in_b", "words_with_quotes",
                "trigrams_with_quotes", "passages_a",
                "coverage_a_by_b", "similarity", "p_a_from_b"]
    print(f"  {'measure':22s} {'half 0':>7s} {'half 1':>7s} {'all':>7s}  wholly vs non (all)")
    for m in measures:
        v = df[m].fillna(0).to_numpy()
        aucs = [roc_auc_score(y[df.half == h], v[df.half == h]) for h in (0, 1)]
        wn = df.label != 1
        print(f"  {m:22s} {aucs[0]:7.3f} {aucs[1]:7.3f} {roc_auc_score(y, v):7.3f}  "
              f"{roc_auc_score(df.label[wn] == 2, v[wn]):.3f}")

    print("\nThe project's decision (constants stored in helpers/corpus/reuse.py), "
          "story called derived from its PA copy:")
    for h in (0, 1):
        m = (df.half == h).to_numpy()
        pred = (df["derived"] == df["a"]).to_numpy()
        s = scores(pred[m], df["label"].to_numpy()[m])
        wrong_dir = ((df["derived"] == df["b"]).to_numpy() & m).sum()
        print(f"  half {h}: {fmt(s)} | 3-way macro-F1 {three_way(df['relation'][m], df['label'].to_numpy()[m]):.3f}"
              f" | PA called derived from story {wrong_dir}")
        print(f"          AUC of reuse_a (story) {roc_auc_score(y[m], df['reuse_a'][m]):.3f}, "
              f"of p_a_from_b {roc_auc_score(y[m], df['p_a_from_b'][m]):.3f}")
    print("  relations:", df.groupby("label")["relation"].value_counts().unstack(fill_value=0).to_dict("index"))
    for h in (0, 1):  # the near misses among pairs called independent (see reuse.NEAR_WORDS)
        ind = df[(df.half == h) & (df.relation == "independent")]
        near = ind[ind["loose_rewrite"] == ind["a"]]
        print(f"  half {h}: of {len(ind)} pairs called independent, {(ind.label > 0).sum()} are derived; of the "
              f"{len(near)} called 'or a loose rewrite', {(near.label > 0).sum()}")

    fitted = {}
    for kind in KINDS:
        params0 = fitted[kind] = fit(df[df.half == 0], kind)
        print(f"\nModel '{kind}' ({'used here: the PA copy is wire' if kind == 'wire' else 'for pairs without wire copy'})"
              f", fit on half 0: {json.dumps(params0)}")
        print(f"  stored: {json.dumps(reuse.DERIVED_MODELS[kind])}")
        for h in (0, 1):
            m = df.half == h
            print(f"  refit, half {h}: {fmt(scores(decide_with(df[m], params0), df.label[m].to_numpy()))}, "
                  f"AUC {roc_auc_score(y[m], prob(df[m], params0['model'])):.3f}")
        params1 = fit(df[df.half == 1], kind)
        print(f"  fit on half 1 (for comparison): {json.dumps(params1)}")
        print(f"    -> half 0: {fmt(scores(decide_with(df[df.half == 0], params1), df.label[df.half == 0].to_numpy()))}")
        pred, auc_p = np.zeros(len(df), bool), np.zeros(len(df))
        for tr, te in GroupKFold(10).split(df, groups=df["catchline"]):
            params = fit(df.iloc[tr], kind)
            pred[te] = decide_with(df.iloc[te], params)
            auc_p[te] = prob(df.iloc[te], params["model"])
        print(f"  10-fold CV by catchline (refit in each fold): {fmt(scores(pred, df.label.to_numpy()))}, "
              f"AUC {roc_auc_score(y, auc_p):.3f}")

    cross = cross_pairs(pairs)
    cp = reuse.provenance(corpus, pairs=cross)
    same_non = df[df.label == 0]["relation"]
    print(f"\nUnrelated: stories against the PA copy of another catchline ({len(cp)} pairs): "
          f"{(cp.relation == 'unrelated').mean():.1%} called unrelated, {cp.derived.notna().mean():.1%} derived; "
          f"non-derived same-catchline pairs called unrelated: {(same_non == 'unrelated').mean():.1%}")
    if refit:
        print("\n--fit: paste into helpers/corpus/reuse.py:\nDERIVED_MODELS = {")
        for kind, p0 in fitted.items():
            print(f'    "{kind}": {{' + ", ".join(f'"{k}": {v:.3f}' for k, v in p0["model"].items())
                  + f', "derived_p": {p0["DERIVED_P"]:.2f}, "wholly_p": {p0["WHOLLY_P"]:.2f}}},')
        print("}")

    direction(df)

    pa_ids = [d for d in corpus.doc_ids if d.startswith("P_")]
    s = corpus.sentences[corpus.sentences.doc_id.isin(pa_ids)]
    words = s["text"].str.split().str.len()
    print(f"\nWire copy through the loader: {len(pa_ids)} PA sets, {len(s)} sentences, longest {words.max()} words, "
          f"median {words.median():.0f}; published dates read from slugs: "
          f"{corpus.articles.set_index('doc_id').loc[pa_ids, 'published'].notna().mean():.0%}")


def direction(df: pd.DataFrame) -> None:
    """Direction from content alone (no dates, no sentence alignment): each derived story against the one PA
    file that shares most trigrams with it, decided by ``reuse.decide``."""
    wrong = right = neither = 0
    for r in df[df.label > 0].itertuples():
        folder = METER / "PA" / "rawtexts" / r.domain / r.b.split("_")[2] / r.catchline
        story = (METER / "newspapers" / "rawtexts" / r.domain / r.b.split("_")[2] / r.catchline /
                 (r.a[2:] + ".txt")).read_bytes().decode("cp1252")
        files = [normalise_wire(f.read_bytes().decode("cp1252")) for f in sorted(folder.glob("*.txt"))]
        ms = [reuse.reuse_measures(story, f) for f in files]
        m = max(ms, key=lambda x: x["trigrams_a_in_b"])
        ev = {"a": "story", "b": "pa", "similarity": 1.0, "coverage_a_by_b": 0.0, "coverage_b_by_a": 0.0,
              "order_tau": None, **m, "reuse_a": m["stems_a_in_b"], "reuse_b": m["stems_b_in_a"],
              "p_a_from_b": reuse.derived_probability(m, "a"), "p_b_from_a": reuse.derived_probability(m, "b")}
        # content alone: no dates and no wire flag, so the "article" model both ways
        d = reuse.decide(ev)["derived"]
        right += d == "story"
        wrong += d == "pa"
        neither += d is None
    print(f"\nDirection without dates (derived story vs its closest single PA file): story named {right}, "
          f"PA copy named {wrong}, no direction {neither}")

# ------------------------------------------------------------------------------ evidence beyond shared words (--beyond)
#: Stop words left out of the capitalised-name and content-word novelty measures of ``beyond_features``.
_STOP = set("""a an the and or but of in on at to for from by with as is was were are be been being it its this that
these those he she they his her their them him we our you your i my me not no so if then than there here who whom
which what when where why how all any some one two mr mrs ms miss dr sir yesterday today said says told last after
before over under about into out up down off again more most also just only very can could would should will shall
may might must have has had do does did new""".split())
_CAP = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*\b")
#: The measures of each idea tried (each added alone to the ``wire`` model's three in half-0 nested CV).
IDEAS = {
    "order": ["order_lis3_a", "order_tau_tiles", "order_tau_sent"],
    "novelty (names, numbers)": ["names_new", "numbers_new", "ent_new", "person_new", "nums_new"],
    "quotes": ["quote_new_of_quotes", "quote_copied_a", "q_same_speaker_new_words", "q_new_speaker", "q_own"],
    "lead": ["lead_stems", "lead_in_wire_lead"],
    "length and runs": ["len_ratio", "longest_tile_a", "tiles2_a", "content_new"],
}
#: Candidate models, declared before half 1 was looked at (chosen on half-0 nested CV; see the README).
CANDIDATES = {"A: + order and quote novelty": ["order_lis3_a", "quote_new_of_quotes"],
              "B: + order, quotes, longest run, new content words": ["order_lis3_a", "quote_new_of_quotes",
                                                                     "longest_tile_a", "content_new"],
              "C: tiles of 2+ words instead of 5+": ["tiles2_a", "-tiles_a"]}


def _lis(seq: list[int], w: list[int]) -> float:
    """Weight of the heaviest increasing subsequence of ``seq`` (quadratic in the number of runs, which is small)."""
    best = [0.0] * len(seq)
    for i in range(len(seq)):
        best[i] = w[i] + max([best[k] for k in range(i) if seq[k] < seq[i]], default=0)
    return max(best, default=0.0)


def _names(text: str) -> set[str]:
    """Capitalised words that do not start a sentence or a quote (a rough stand-in for names), stemmed."""
    out = set()
    for m in _CAP.finditer(text):
        s = m.start()
        if s == 0 or re.search(r"[.!?\n\"“‘']\s*$", text[max(0, s - 3):s]) or m.group().lower() in _STOP:
            continue
        out.add(reuse.stem(m.group().lower()))
    return out


def _share_new(mine: set, theirs) -> float:
    return len([x for x in mine if x not in theirs]) / len(mine) if mine else 0.0


def _key(name) -> str | None:
    toks = [t[0] for t in reuse._tokens(name)] if isinstance(name, str) else []
    return toks[-1] if toks else None


def _trigrams(text: str) -> set:
    return set(reuse._ngrams([reuse.stem(t[0]) for t in reuse._tokens(text)], 3))


def _paragraphs(text: str) -> list[str]:
    """Paragraphs of 12+ words (a headline or a slug line is shorter)."""
    return [p for p in re.split(r"\n+", text) if len(p.split()) >= 12]


def _text_features(ta: str, tb: str) -> dict:
    """Order, novelty, quote, lead and length measures of story ``ta`` against wire copy ``tb`` (words only)."""
    toka, tokb = reuse._tokens(ta), reuse._tokens(tb)
    sa, sb = [reuse.stem(t[0]) for t in toka], [reuse.stem(t[0]) for t in tokb]
    na, sbset, gb = max(len(sa), 1), set(sb), set(reuse._ngrams(sb, 3))
    tiles5 = reuse._tiles(sa, sb, reuse.TILE_RUN)
    tiles3 = sorted(reuse._tiles(sa, sb, 3), key=lambda t: t[1])
    f = {"len_ratio": math.log(na / max(len(sb), 1)),
         "longest_tile_a": max([n for n, _, _ in tiles5], default=0) / na,
         "tiles2_a": sum(n for n, _, _ in reuse._tiles(sa, sb, 2)) / na,
         # order: the story's words in shared runs of 3+ that come in the wire's order (heaviest increasing chain)
         "order_lis3_a": _lis([t[2] for t in tiles3], [t[0] for t in tiles3]) / na,
         "order_tau_tiles": float(kendalltau([t[1] for t in tiles5], [t[2] for t in tiles5]).statistic)
         if len(tiles5) >= 3 else 0.0,
         "names_new": _share_new(_names(ta), sbset),
         "numbers_new": _share_new({w for w in sa if w.isdigit()}, sbset),
         "content_new": _share_new({w for w in sa if w not in _STOP and len(w) > 3 and not w.isdigit()}, sbset)}
    # quotes of the story (4+ words): new (under 20% of their trigrams in the wire) or copied (80%+)
    starts = np.array([t[1] for t in toka])
    new = copied = quoted = 0
    for s, e in reuse.quoted_spans(ta):
        idx = np.where((starts > s) & (starts < e))[0]
        if len(idx) < 4:
            continue
        g = set(reuse._ngrams([sa[k] for k in idx], 3))
        c = len(g & gb) / len(g) if g else 0.0
        quoted += len(idx)
        new += len(idx) * (c < 0.2)
        copied += len(idx) * (c >= 0.8)
    f["quote_new_of_quotes"] = new / quoted if quoted else 0.0
    f["quote_copied_a"] = copied / na
    # lead: the story's first paragraph (12+ words: not a headline), in the wire copy and in its first two
    pa, pb = _paragraphs(ta), _paragraphs(tb)
    lead = {reuse.stem(t[0]) for t in reuse._tokens(pa[0] if pa else ta)}
    wire_lead = {reuse.stem(t[0]) for t in reuse._tokens(" ".join(pb[:2]))}
    f["lead_stems"] = 1 - _share_new(lead, sbset)
    f["lead_in_wire_lead"] = 1 - _share_new(lead, wire_lead)
    return f


def _parsed_features(a: dict, b: dict, tb: str) -> dict:
    """Named entities, numbers and attributed quotes of the story (``a``) absent from the wire copy (``b``),
    from each article's one parse: ``{"ents", "quotes", "numbers"}`` tables."""
    low = tb.lower()
    f = {}
    for name, labels in (("ent_new", None), ("person_new", {"PERSON"})):
        e = a["ents"] if labels is None else a["ents"][a["ents"]["label"].isin(labels)]
        keys = {(_key(t) if lab == "PERSON" else " ".join(x[0] for x in reuse._tokens(t))) for t, lab in zip(e["text"], e["label"])}
        f[name] = _share_new(keys - {None, ""}, low)
    f["nums_new"] = _share_new(set(pd.to_numeric(a["numbers"]["low"], errors="coerce").dropna()),
                               set(pd.to_numeric(b["numbers"]["low"], errors="coerce").dropna()))
    said: dict = {}  # speaker key -> trigrams of their quotes in the wire copy
    for q in b["quotes"][b["quotes"]["kind"] == "direct"].itertuples():
        said.setdefault(_key(q.speaker if isinstance(q.speaker, str) else q.speaker_text), set()).update(_trigrams(q.text))
    n = same_new = new_speaker = 0
    for q in a["quotes"][a["quotes"]["kind"] == "direct"].itertuples():
        g, who = _trigrams(q.text), _key(q.speaker if isinstance(q.speaker, str) else q.speaker_text)
        if len(g) < 2:
            continue
        n += 1
        if who is not None and who in said:
            same_new += len(g & said[who]) / len(g) < 0.2  # the same speaker, other words: own reporter there
        elif who is not None and who not in low:
            new_speaker += 1  # a speaker the wire copy never names
    f["q_same_speaker_new_words"] = same_new / n if n else 0.0
    f["q_new_speaker"] = new_speaker / n if n else 0.0
    f["q_own"] = (same_new + new_speaker) / n if n else 0.0
    return f


def beyond_features(corpus, df: pd.DataFrame) -> pd.DataFrame:
    """The measures of ``IDEAS`` for each (story, PA set) pair; entities, numbers and quotes from the corpus'
    one parse (``parsing.parsed_docs``; about 2.5 min for METER dev on one core)."""
    from helpers.corpus import tables
    from helpers.corpus.parsing import parsed_docs
    from helpers.text.entities import entities_from_doc
    from helpers.text.quotes import quotes_from_doc

    docs = parsed_docs(corpus)
    nums = tables.numbers(corpus)
    parsed = {}
    for d in set(df["a"]) | set(df["b"]):
        ents = entities_from_doc(docs[d])
        parsed[d] = {"ents": ents, "quotes": quotes_from_doc(docs[d], ents), "numbers": nums[nums["doc_id"] == d]}
    rows = [{**_text_features(corpus.text(r.a), corpus.text(r.b)),
             **_parsed_features(parsed[r.a], parsed[r.b], corpus.text(r.b))} for r in df.itertuples()]
    out = pd.DataFrame(rows, index=df.index)
    out["order_tau_sent"] = df["order_tau"].fillna(0.0)
    return out


def _folds(groups: np.ndarray, k: int, seed: int) -> np.ndarray:
    g = np.array(sorted(set(groups)))
    np.random.RandomState(seed).shuffle(g)
    fold = {c: i % k for i, c in enumerate(g)}
    return np.array([fold[c] for c in groups])


def _lr(df: pd.DataFrame, cols: list[str]) -> LogisticRegression:
    return LogisticRegression(C=100.0, max_iter=5000).fit(df[cols].to_numpy(float), (df["label"] > 0).to_numpy())


def _oof(df: pd.DataFrame, cols: list[str], seed: int = 0, k: int = 5) -> np.ndarray:
    fold, p = _folds(df["catchline"].to_numpy(), k, seed), np.zeros(len(df))
    for f in range(k):
        p[fold == f] = _lr(df[fold != f], cols).predict_proba(df[fold == f][cols].to_numpy(float))[:, 1]
    return p


def _threshold(df: pd.DataFrame, p: np.ndarray) -> float:
    """``fit``'s rule for ``derived_p`` on probabilities ``p`` of ``df``'s rows."""
    p = p * (df["stems_a_in_b"].to_numpy() >= reuse.MIN_REUSE)
    both, precise = [], []
    for t in np.round(np.arange(0.30, 0.99, 0.01), 2):
        s = scores(p >= t, df["label"].to_numpy())
        if s["non_derived_called_derived"] <= MAX_FALSE:
            precise.append((s["wholly_found"], -t))
            if s["wholly_found"] >= 0.95:
                both.append((s["macro_f1"], t))
    return max(both)[1] if both else (-max(precise)[1] if precise else 0.98)


def _predict(train: pd.DataFrame, test: pd.DataFrame, cols: list[str], seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Probability and decision on ``test`` of a model and threshold fitted on ``train`` only."""
    t = _threshold(train, _oof(train, cols, seed))
    p = _lr(train, cols).predict_proba(test[cols].to_numpy(float))[:, 1]
    sbs = (test["coverage_a_by_b"] >= reuse.SENTENCE_COVERAGE) & (test["order_tau"].fillna(-1) >= reuse.SENTENCE_ORDER)
    return p, ((p * (test["stems_a_in_b"].to_numpy() >= reuse.MIN_REUSE)) >= t) | sbs.to_numpy()


def nested_cv(df: pd.DataFrame, cols: list[str], seeds=range(300, 306)) -> dict:
    """Grouped (catchline) 5-fold CV repeated over ``seeds``; in each fold the model and its threshold (from
    an inner 5-fold CV) are fitted on the training folds only. Mean AUC and decision scores."""
    out = []
    for seed in seeds:
        fold = _folds(df["catchline"].to_numpy(), 5, seed)
        p, pred = np.zeros(len(df)), np.zeros(len(df), bool)
        for f in range(5):
            tr, te = df[fold != f].reset_index(drop=True), fold == f
            p[te], pred[te] = _predict(tr, df[te], cols, seed)
        out.append({"auc": roc_auc_score(df["label"] > 0, p), **scores(pred, df["label"].to_numpy())})
    return pd.DataFrame(out).mean().to_dict()


def _cols(extra: list[str]) -> list[str]:
    base = [c for c in FEATURES if "-" + c not in extra]
    return base + [c for c in extra if not c.startswith("-")]


def beyond(corpus, df: pd.DataFrame) -> None:
    """Evidence beyond shared words: each measure of ``IDEAS`` added to the ``wire`` model, by nested CV inside
    half 0; then each of ``CANDIDATES`` fitted on half 0 and scored on half 1 once."""
    df = pd.concat([df, beyond_features(corpus, df)], axis=1)
    h0, h1 = df[df.half == 0].reset_index(drop=True), df[df.half == 1].reset_index(drop=True)
    y0 = h0["label"] > 0

    def line(name, r):
        return (f"  {name:64s} AUC {r['auc']:.3f} | macro-F1 {r['macro_f1']:.3f} | false {r['non_derived_called_derived']:.1%}"
                f" | wholly {r['wholly_found']:.1%}")
    print("\nBeyond shared words, half 0 only: nested 5-fold CV by catchline (x6), model + threshold refitted per fold")
    print(line("wire model (stems, tiles, running)", nested_cv(h0, FEATURES)))
    for idea, ms in IDEAS.items():
        print(f" {idea}:")
        for m in ms:
            auc = roc_auc_score(y0, h0[m])  # below 0.5: a higher value means less likely derived
            alone = f"{max(auc, 1 - auc):.3f}{'' if auc >= 0.5 else ', reversed'}"
            print(line(f"+ {m} (alone: AUC {alone})", nested_cv(h0, _cols([m]))))
    print("Candidates (declared on half 0): nested CV in half 0, then fitted on half 0 and scored once on half 1:")
    y1 = h1["label"] > 0
    for name, extra in {"wire model": [], **CANDIDATES}.items():
        print(line(name + ", half-0 CV", nested_cv(h0, _cols(extra))))
        p, pred = _predict(h0, h1, _cols(extra), 0)
        print(line(name + ", half 1", {"auc": roc_auc_score(y1, p), **scores(pred, h1["label"].to_numpy())}))


# ------------------------------------------------------------------------------ copied phrasing and structure (--structure)
#: Stamatatos 2011 ("Plagiarism detection using stopword n-grams", Table 1): the 50 most frequent words of the BNC.
STOPWORDS = frozenset(("the of and a in to is was it for with he be on i that by at you 's are not his this from but "
                       "had which she they or an were we their been has have will would her n't there can all as if "
                       "who what said").split())
#: The measures of the study, by idea (each measured alone per half, and added to the ``wire`` model in half-0
#: nested CV when listed in ``STRUCTURE_CV``).
STRUCTURE = {
    "stopword n-grams (Stamatatos 2011), outside shared quotes": [f"sw{n}" for n in range(3, 9)],
    "stopword n-grams, every word": [f"sw{n}_all" for n in range(3, 9)],
    "character n-grams of the lower-cased words (Sanchez-Vega et al. 2013)": ["char4", "char5", "char6", "char8"],
    "modified / weighted word n-grams (Nawab et al. 2012)": [f"nw{n}_{k}" for n in (2, 3, 4)
                                                             for k in ("exact", "mod", "wexact", "wmod")],
    "compression (conditional: the story given the wire copy)": ["ncd_zlib", "ncd_lzma"],
    "words in shared runs, outside shared quotes": ["runword2", "runcontent2", "runshare2_nonsw", "runword3",
                                                    "runcontent3", "runshare3_nonsw"],
}
STRUCTURE_CV = ["sw3", "sw4", "sw3_all", "char5", "char6", "char8", "nw2_exact", "nw3_wmod", "nw4_wmod", "nw4_mod",
                "ncd_zlib", "ncd_lzma", "runword2", "runcontent2", "runshare2_nonsw", "runcontent3",
                "nw3_wmod+ncd_zlib", "nw3_wmod+runshare2_nonsw", "nw3_wmod+char8", "nw3_wmod+-tiles_a",
                "ncd_zlib+runshare2_nonsw", "nw3_mod", "nw3_wmod+nw4_wmod"]
#: Declared from half-0 nested CV alone before any model was scored on half 1 (single measures' half-1 AUCs
#: had been printed, as the study prints them, but did not enter the choice). Neither carried over (README).
STRUCTURE_CANDIDATES = {"A: + weighted modified 3-grams": ["nw3_wmod"],
                        "B: + weighted modified 3-grams, compression": ["nw3_wmod", "ncd_zlib"]}


def _clitics(words: list[str]) -> tuple[list[str], list[int]]:
    """Words with 's and n't split off (Stamatatos' list counts them as words); the index of each source word."""
    out, src = [], []
    for k, w in enumerate(words):
        w = w.replace("’", "'")
        if w.endswith("n't") and len(w) > 3:
            out, src = out + [w[:-3], "n't"], src + [k, k]
        elif w.endswith("'s") and len(w) > 2:
            out, src = out + [w[:-2], "'s"], src + [k, k]
        else:
            out, src = out + [w], src + [k]
    return out, src


def _stopword_seq(words: list[str], keep: np.ndarray) -> tuple[list[str], np.ndarray]:
    w, src = _clitics(words)
    seq = [(x, s) for x, s in zip(w, src) if x in STOPWORDS]
    return [x for x, _ in seq], np.array([bool(keep[s]) for _, s in seq], bool)


def _kept_containment(ga: list[tuple], keep: np.ndarray, gb: set, n: int) -> float:
    mine = {g for i, g in enumerate(ga) if keep[i:i + n].all()}
    return len(mine & gb) / len(mine) if mine else 0.0


def _stopword_ngrams(wa, wb, keep_a, f: dict, tag: str) -> None:
    """Containment of the story's stopword n-grams (its text reduced to the words of ``STOPWORDS``) in the wire's."""
    sa, ka = _stopword_seq(wa, keep_a)
    sb, _ = _stopword_seq(wb, np.ones(len(wb), bool))
    for n in range(3, 9):
        f[f"sw{n}{tag}"] = _kept_containment(reuse._ngrams(sa, n), ka, set(reuse._ngrams(sb, n)), n)


def _char_ngrams(wa, wb, keep_a, f: dict) -> None:
    """Containment of the story's character n-grams (words lower-cased, joined by one space; n-grams inside
    stretches of kept words) in the wire's."""
    segs, cur = [], []
    for w, k in zip(wa, keep_a):
        if k:
            cur.append(w)
        elif cur:
            segs, cur = segs + [" ".join(cur)], []
    segs += [" ".join(cur)] if cur else []
    tb = " " + " ".join(wb) + " "
    for n in (4, 5, 6, 8):
        gb = {tb[i:i + n] for i in range(len(tb) - n + 1)}
        ga = {s[i:i + n] for s in (" " + x + " " for x in segs) for i in range(len(s) - n + 1)}
        f[f"char{n}"] = len(ga & gb) / len(ga) if ga else 0.0


def _information(w: str, cache: dict = {}) -> float:  # noqa: B006 (a memo)
    """Weight of a word: 8 minus its Zipf frequency in general English (wordfreq), at least 0."""
    if w not in cache:
        from wordfreq import zipf_frequency
        cache[w] = max(0.0, 8.0 - zipf_frequency(w, "en"))
    return cache[w]


def _modified_ngrams(sa, sb, keep_a, f: dict, n: int) -> None:
    """Nawab et al. 2012: the story's distinct n-grams (stems, outside shared quotes) found in the wire copy
    exactly (``exact``) or modified (``mod``): one word substituted (any word in its place), one word inserted by
    the story (its (n+1)-gram less one inner word is a wire n-gram) or deleted (its (n-1)-word start or end is a
    wire n-gram less one inner word). ``w``: each n-gram weighted by the information of its words (no WordNet
    synonyms, no language model: general-English word frequencies instead)."""
    gb = set(reuse._ngrams(sb, n))
    wild = {g[:k] + ("*",) + g[k + 1:] for g in gb for k in range(n)}
    less_one = {g[:k] + g[k + 1:] for g in gb for k in range(1, n - 1)}
    seen, tot = set(), np.zeros(6)  # count, exact, mod, weight, weighted exact, weighted mod
    for i in range(len(sa) - n + 1):
        g = tuple(sa[i:i + n])
        if not keep_a[i:i + n].all() or g in seen:
            continue
        seen.add(g)
        hit = g in gb
        mod = hit or any(g[:k] + ("*",) + g[k + 1:] in wild for k in range(n))
        if not mod and i + n < len(sa):
            g1 = tuple(sa[i:i + n + 1])
            mod = any(g1[:k] + g1[k + 1:] in gb for k in range(1, n))
        mod = mod or g[:n - 1] in less_one or g[1:] in less_one
        w = sum(_information(x) for x in g)
        tot += (1, hit, mod, w, w * hit, w * mod)
    for k, (num, den) in {"exact": (1, 0), "mod": (2, 0), "wexact": (4, 3), "wmod": (5, 3)}.items():
        f[f"nw{n}_{k}"] = tot[num] / tot[den] if tot[den] else 0.0


def _compression(wa, wb, keep_a, f: dict) -> None:
    """1 - (C(wire + story) - C(wire)) / C(story): the share of the story's compressed size that the wire
    copy already accounts for (zlib level 9, lzma)."""
    import lzma
    import zlib
    a, b = " ".join(w for w, k in zip(wa, keep_a) if k).encode(), " ".join(wb).encode()
    for name, size in (("zlib", lambda x: len(zlib.compress(x, 9))), ("lzma", lambda x: len(lzma.compress(x)))):
        ca = size(a)
        f[f"ncd_{name}"] = 1 - (size(b + b" " + a) - size(b)) / ca if a else 0.0  # empty input compresses to a few bytes


def _run_words(sa, sb, keep_a, f: dict) -> None:
    """Shared stems counted only inside a shared run of k+ words (k = 2, 3), outside shared quotes: share of
    the story's distinct stems (``runword``), of its distinct non-stopword stems (``runcontent``), and of its
    running words in runs that are not all stopwords (``runshare``)."""
    kept = {w for w, q in zip(sa, keep_a) if q}
    content = {w for w in kept if w not in STOPWORDS}
    for k in (2, 3):
        inrun, inrun_c = np.zeros(len(sa), bool), np.zeros(len(sa), bool)
        for n, i, _ in reuse._runs(sa, sb, k):
            inrun[i:i + n] = True
            inrun_c[i:i + n] |= any(x not in STOPWORDS for x in sa[i:i + n])
        ok = {w for w, q, r in zip(sa, keep_a, inrun) if q and r}
        f[f"runword{k}"] = len(ok) / len(kept) if kept else 0.0
        f[f"runcontent{k}"] = len(ok & content) / len(content) if content else 0.0
        f[f"runshare{k}_nonsw"] = float((inrun_c & keep_a).sum() / max(keep_a.sum(), 1))


def structure_features(ta: str, tb: str) -> dict:
    """The measures of ``STRUCTURE`` for story ``ta`` against wire copy ``tb`` (words as ``reuse`` reads them;
    shared quotes found as ``reuse.reuse_measures`` finds them)."""
    toka, tokb = reuse._tokens(ta), reuse._tokens(tb)
    wa, wb = [t[0] for t in toka], [t[0] for t in tokb]
    qa, qb = reuse._quote_mask(ta, toka), reuse._quote_mask(tb, tokb)
    keep = np.ones(len(wa), bool)
    for n, i, j in reuse._tiles(wa, wb):
        if qa[i:i + n].all() and qb[j:j + n].all():
            keep[i:i + n] = False
    f: dict = {}
    _stopword_ngrams(wa, wb, np.ones(len(wa), bool), f, "_all")
    _stopword_ngrams(wa, wb, keep, f, "")
    _char_ngrams(wa, wb, keep, f)
    sa, sb = [reuse.stem(w) for w in wa], [reuse.stem(w) for w in wb]
    for n in (2, 3, 4):
        _modified_ngrams(sa, sb, keep, f, n)
    _compression(wa, wb, keep, f)
    _run_words(sa, sb, keep, f)
    return f


def structure(corpus, df: pd.DataFrame) -> None:
    """Copied phrasing and structure: each measure of ``STRUCTURE`` alone (AUC per half), those of
    ``STRUCTURE_CV`` added to the ``wire`` model by nested CV inside half 0, then ``STRUCTURE_CANDIDATES``
    fitted on half 0 and scored once on half 1, and nested CV over both halves."""
    feats = pd.DataFrame([structure_features(corpus.text(r.a), corpus.text(r.b)) for r in df.itertuples()],
                         index=df.index)
    df = pd.concat([df, feats], axis=1)
    y = df["label"] > 0
    print("\nCopied phrasing and structure: AUC of each measure alone, derived vs non-derived")
    print(f"  {'measure':22s} {'half 0':>7s} {'half 1':>7s} {'all':>7s}")
    for idea, ms in {**STRUCTURE, "stored": ["reuse_a", "p_a_from_b"]}.items():
        print(f" {idea}:")
        for m in ms:
            a = [roc_auc_score(y[df.half == h], df[m][df.half == h]) for h in (0, 1)]
            print(f"  {m:22s} {a[0]:7.3f} {a[1]:7.3f} {roc_auc_score(y, df[m]):7.3f}")
    h0, h1 = df[df.half == 0].reset_index(drop=True), df[df.half == 1].reset_index(drop=True)

    def line(name, r):
        return (f"  {name:48s} AUC {r['auc']:.3f} | macro-F1 {r['macro_f1']:.3f} | false "
                f"{r['non_derived_called_derived']:.1%} | wholly {r['wholly_found']:.1%}")
    print("\nHalf 0 only: added to the wire model, nested 5-fold CV by catchline (x6), model + threshold refitted per fold")
    print(line("wire model (stems, tiles, running)", nested_cv(h0, FEATURES)))
    for spec in STRUCTURE_CV:
        print(line("+ " + spec.replace("+-", " without ").replace("+", " + "), nested_cv(h0, _cols(spec.split("+")))))
    print("Candidates (declared on half 0): fitted on half 0, scored once on half 1; nested CV over both halves:")
    everything = df.reset_index(drop=True)
    for name, extra in {"wire model": [], **STRUCTURE_CANDIDATES}.items():
        p, pred = _predict(h0, h1, _cols(extra), 0)
        print(line(name + ", half 1", {"auc": roc_auc_score(h1["label"] > 0, p), **scores(pred, h1["label"].to_numpy())}))
        print(line(name + ", both halves CV", nested_cv(everything, _cols(extra))))


# ------------------------------------------------------------------------------ ECB+ (no reuse labels)
def ecb_check() -> None:
    """How often each stored model makes one article of an ECB+ story derived from another (both directions,
    no dates): ECB+ stories are reports of one event by different outlets, mostly written apart, so a rate
    far above the other model's is a sign that a model's METER prior does not carry over."""
    import itertools
    import xml.etree.ElementTree as ET

    texts, groups = {}, {}
    for f in sorted((EVAL / "ecbplus_dev" / "xml").glob("*/*.xml")):
        sents: dict[int, list[str]] = {}
        for t in ET.parse(f).getroot().iter("token"):
            sents.setdefault(int(t.get("sentence")), []).append(t.text or "")
        texts[f] = "\n\n".join(" ".join(v) for _, v in sorted(sents.items()))
        groups.setdefault((f.parent.name, "ecbplus" in f.name), []).append(f)
    rows = [reuse.reuse_measures(texts[a], texts[b]) for g in groups.values() for a, b in itertools.permutations(g, 2)]
    m = pd.DataFrame(rows)
    low = (m["trigrams_a_in_b"] < 0.2).to_numpy()
    print(f"\nECB+ dev: {len(m)} ordered same-story article pairs; a derived candidate (probability and MIN_REUSE):")
    for kind, mdl in reuse.DERIVED_MODELS.items():
        c = (prob(m, mdl) >= mdl["derived_p"]) & (m["stems_a_in_b"].to_numpy() >= reuse.MIN_REUSE)
        print(f"  model '{kind}': {c.mean():.1%} of pairs; {c[low].mean():.1%} of those sharing under 20% of "
              f"their trigrams")
    mdl = reuse.DERIVED_MODELS["article"]
    p = prob(m, mdl)
    near = (p < mdl["derived_p"]) & (p >= mdl["derived_p"] - reuse.NEAR_P) & (m["stems_a_in_b"].to_numpy() >= reuse.NEAR_WORDS)
    print(f"  near misses called 'or a loose rewrite' (model 'article'): {near.mean():.1%} of pairs")


def main(argv: list[str]) -> None:
    if not METER.exists():
        sys.exit(f"{METER} not found: this benchmark needs ../shared/eval beside the project")
    if "--beyond" in argv:  # only the study of evidence beyond shared words (parses METER dev: ~4 min)
        corpus, pairs = load_meter()
        prov = reuse.provenance(corpus, pairs=list(zip(pairs["a"], pairs["b"])))
        beyond(corpus, pairs.merge(prov, on=["a", "b"], how="left"))
        return
    if "--structure" in argv:  # only the study of copied phrasing and structure (~5 min)
        corpus, pairs = load_meter()
        prov = reuse.provenance(corpus, pairs=list(zip(pairs["a"], pairs["b"])))
        structure(corpus, pairs.merge(prov, on=["a", "b"], how="left"))
        return
    meter("--fit" in argv)
    ecb_check()


if __name__ == "__main__":
    main(sys.argv[1:])
