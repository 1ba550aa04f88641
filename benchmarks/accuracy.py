"""Accuracy of the helpers on third-party annotated news (../shared/eval), printed, never asserted.

- similarity: Spearman correlation of ``pair_similarity`` with ``5 - Overall`` on SemEval-2022 Task 8
  (English dev pairs), against plain scikit-learn TF-IDF fitted on the same texts;
- entities: PERSON/ORG/PLACE F1 (strict = same span and type, relaxed = overlapping span, same type) on
  MEANTIME's named mentions (NAM, then NAM + PRE.NAM), against plain spaCy NER;
- time expressions: detection F1 (strict and relaxed) and value accuracy/F1 on MEANTIME's TIMEX3,
  each document's creation time as the reference date;
- quotes: direct-quote recall and precision and speaker accuracy on PolNeAR dev (one annotator per doc).

Run: ``python benchmarks/accuracy.py [similarity|entities|timex|quotes]`` (needs ../shared/eval).
"""
from __future__ import annotations

import re
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pandas as pd

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def f1(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ------------------------------------------------------------------------------ similarity
def similarity():
    from scipy.stats import spearmanr
    from sklearn.feature_extraction.text import TfidfVectorizer

    from helpers.corpus.similarity import pair_similarity

    df = pd.read_csv(EVAL / "semeval2022_task8_en_dev.csv")
    a, b = list(df.text1.fillna("")), list(df.text2.fillna(""))
    gold = 5 - df.Overall
    print(f"SemEval-2022 Task 8 dev, {len(df)} English pairs: Spearman with 5 - Overall")
    for an in ("word", "char", "both"):
        print(f"  pair_similarity({an!r}): {spearmanr(pair_similarity(a, b, an), gold).statistic:.3f}")
    X = TfidfVectorizer().fit(a + b)
    A, B = X.transform(a), X.transform(b)
    plain = np.asarray(A.multiply(B).sum(axis=1)).ravel()
    print(f"  baseline, plain TF-IDF (sklearn defaults): {spearmanr(plain, gold).statistic:.3f}")
    pairs = [pair_similarity([x], [y])[0] for x, y in zip(a[:20], b[:20])]  # as in a corpus of two
    print(f"  as pairs of two (first 20, word): {spearmanr(pairs, gold[:20]).statistic:.3f}")


# ------------------------------------------------------------------------------ MEANTIME
def _meantime_docs():
    for f in sorted((EVAL / "meantime_en" / "intra-doc_annotation").glob("corpus_*/*.xml")):
        root = ET.parse(f).getroot()
        toks, offs, pos = {}, {}, 0
        parts, sent_of = [], {}
        for t in root.iter("token"):
            tid = t.get("t_id")
            sent_of[tid] = int(t.get("sentence"))
            word = t.text or ""
            offs[tid] = (pos, pos + len(word))
            parts.append(word)
            pos += len(word) + 1
            toks[tid] = word
        text = " ".join(parts)
        mk = root.find("Markables")
        ents = {e.get("m_id"): e.get("ent_type") for e in mk.iter("ENTITY")}
        refers = {}
        rel = root.find("Relations")
        for r in (rel.iter("REFERS_TO") if rel is not None else []):
            tgt = r.find("target").get("m_id")
            for s in r.findall("source"):
                refers[s.get("m_id")] = ents.get(tgt)

        def span(el):
            ids = [a.get("t_id") for a in el.findall("token_anchor")]
            return (offs[ids[0]][0], offs[ids[-1]][1]) if ids else None

        mentions = []
        for m in mk.iter("ENTITY_MENTION"):
            if m.get("syntactic_type") not in ("NAM", "PRE.NAM"):
                continue
            typ, sp = refers.get(m.get("m_id")), span(m)
            if typ in ("PER", "ORG", "LOC") and sp:
                mentions.append((sp[0], sp[1], typ, m.get("syntactic_type")))
        dct, timexes = None, []
        for t in mk.iter("TIMEX3"):
            if t.get("functionInDocument") == "CREATION_TIME":
                dct = t.get("value")
                continue
            sp = span(t)
            if sp:
                timexes.append((sp[0], sp[1], t.get("type"), t.get("value")))
        # MEANTIME annotates only the first sentences of each article: score only that region
        annotated = [sent_of[a.get("t_id")] for el in mk for a in el.findall("token_anchor")]
        last = max(annotated) if annotated else -1
        limit = max((offs[t][1] for t in offs if sent_of[t] <= last), default=0)
        yield f.stem, text[:limit], mentions, dct, timexes


def _score(pred, gold, same):
    """(strict tp, relaxed tp) with one-to-one matching."""
    strict = sum(1 for g in gold if any(p[0] == g[0] and p[1] == g[1] and same(p, g) for p in pred))
    used, relaxed = set(), 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and p[0] < g[1] and g[0] < p[1] and same(p, g):
                used.add(i)
                relaxed += 1
                break
    return strict, relaxed


def entities():
    """Two views of the gold: names as heads of a mention (NAM), and also names used as modifiers
    (PRE.NAM: "US" in "US automaker", "Apple" in "Apple CEO"), which a tagger finds as names too."""
    from helpers.text import pipeline as nlp
    from helpers.text.entities import entities_from_doc

    mapping = {"PERSON": "PER", "ORG": "ORG", "PLACE": "LOC"}
    base_map = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
    views = {"NAM": ("NAM",), "NAM+PRE.NAM": ("NAM", "PRE.NAM")}
    tot = {(v, k): [0, 0, 0, 0] for v in views for k in ("ours", "spacy")}  # strict tp, relaxed tp, n_pred, n_gold
    words, t0 = 0, time.perf_counter()
    nlp_ = nlp.load()
    for _, text, mentions, _, _ in _meantime_docs():
        doc = nlp_(text)
        words += len(text.split())
        ours = [(r.start, r.end, mapping[r.label]) for r in entities_from_doc(doc).itertuples() if r.label in mapping]
        base = [(e.start_char, e.end_char, base_map[e.label_]) for e in doc.ents if e.label_ in base_map]
        for v, kinds in views.items():
            gold = [m[:3] for m in mentions if m[3] in kinds]
            for k, pred in (("ours", ours), ("spacy", base)):
                s, r = _score(pred, gold, lambda p, g: p[2] == g[2])
                t = tot[(v, k)]
                t[0] += s
                t[1] += r
                t[2] += len(pred)
                t[3] += len(gold)
    print(f"MEANTIME named mentions (PER/ORG/LOC), {words:,} words, {time.perf_counter() - t0:.1f} s")
    for (v, k), (s, r, n_p, n_g) in tot.items():
        ps, rs, fs = f1(s, n_p, n_g)
        pr, rr, fr = f1(r, n_p, n_g)
        name = "helpers.entities" if k == "ours" else "baseline, plain spaCy NER"
        print(f"  [{v}: {n_g} gold] {name}: strict P {ps:.3f} R {rs:.3f} F1 {fs:.3f} | "
              f"relaxed P {pr:.3f} R {rr:.3f} F1 {fr:.3f}")


def timex():
    from helpers.text.timex import extract_timexes

    n_gold = n_pred = strict = relaxed = value_ok = 0
    misses = []
    for name, text, _, dct, gold in _meantime_docs():
        ref = dct[:10] if dct and re.match(r"\d{4}-\d{2}-\d{2}", dct) else None
        pred = [(r.start, r.end, r.type, r.value) for r in extract_timexes(text, ref).itertuples()]
        # the dateline repeats the creation time, which MEANTIME annotates as the DCT without a span
        pred = [p for p in pred if not (ref and p[3] == ref and not any(p[0] < g[1] and g[0] < p[1] for g in gold))]
        n_gold += len(gold)
        n_pred += len(pred)
        s, r = _score(pred, gold, lambda p, g: True)
        strict += s
        relaxed += r
        for g in gold:
            hit = next((p for p in pred if p[0] < g[1] and g[0] < p[1]), None)
            if hit and hit[3] == g[3]:
                value_ok += 1
            elif len(misses) < 12:
                misses.append((text[g[0]:g[1]], g[3], hit[3] if hit else None))
    ps, rs, fs = f1(strict, n_pred, n_gold)
    pr, rr, fr = f1(relaxed, n_pred, n_gold)
    pv, rv, fv = f1(value_ok, n_pred, n_gold)
    print(f"MEANTIME TIMEX3 ({n_gold} gold, DCT as reference): strict F1 {fs:.3f} (P {ps:.3f} R {rs:.3f}); "
          f"relaxed F1 {fr:.3f} (P {pr:.3f} R {rr:.3f}); value F1 {fv:.3f}; value accuracy on relaxed matches "
          f"{value_ok / max(relaxed, 1):.3f}")
    print("  examples of misses (text, gold value, ours):", misses[:8])


def _textacy_quotes(paths: list[Path]) -> tuple[dict, set] | None:
    """textacy's direct_quotations per text and the texts it refused, run in ``$TEXTACY_PYTHON``
    (see textacy_quotes.py); None without it."""
    import json
    import os
    import subprocess

    py = os.environ.get("TEXTACY_PYTHON")
    if not py:
        return None
    res = subprocess.run([py, str(Path(__file__).with_name("textacy_quotes.py"))], input="\n".join(map(str, paths)),
                         capture_output=True, text=True, check=True)
    failed = [line for line in res.stderr.splitlines() if line.startswith("textacy failed")]
    if failed:
        print(f"  textacy raised on {len(failed)} texts (counted as finding nothing there): {failed[0]}")
    preds = {Path(k).stem: [tuple(r) for r in v] for k, v in json.loads(res.stdout).items()}
    return preds, {line.split(" on ", 1)[1].split(".txt:")[0] for line in failed}


def quotes():
    from helpers.text.quotes import extract_quotes

    root = EVAL / "polnear_dev"
    meta = pd.read_csv(root / "metadata.tsv", sep="\t")
    dev = set(meta[meta.compartment == "dev"].filename)
    files = sorted((root / "attributions").glob("*.ann"))
    chosen = {}
    for f in files:
        doc = f.stem.rsplit("_", 1)[0]
        if doc in dev or not dev:
            chosen.setdefault(doc, f)
    t0 = time.perf_counter()
    words = 0
    golds, preds = {}, {}
    for doc, ann in chosen.items():
        text = (root / "text" / f"{doc}.txt").read_text(encoding="utf-8")
        words += len(text.split())
        spans, events = {}, []
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("T"):
                tid, info, _ = (line.split("\t") + ["", ""])[:3]
                typ, rng = info.split(" ", 1)
                segs = [tuple(map(int, s.split())) for s in rng.split(";")]
                spans[tid] = (typ, segs)
            elif line.startswith("E"):
                events.append(dict(p.split(":") for p in line.split("\t")[1].split()))
        gold = []
        for e in events:
            c = spans.get(e.get("Content"))
            if not c:
                continue
            cs, ce = c[1][0][0], c[1][-1][1]
            if not re.match(r"\s*[\"“”]", text[cs:ce]):
                continue
            src = spans.get(e.get("Source"))
            gold.append((cs, ce, src[1] if src else None))
        golds[doc] = (text, gold)
        pred = extract_quotes(text)
        pred = pred[pred.kind == "direct"]
        preds[doc] = [(p.start, p.end, p.speaker_start if pd.notna(p.speaker_start) else None,
                       p.speaker_end if pd.notna(p.speaker_end) else None, p.speaker) for p in pred.itertuples()]
    elapsed = time.perf_counter() - t0
    n_gold = sum(len(g) for _, g in golds.values())
    print(f"PolNeAR dev: {len(chosen)} docs, {words:,} words, {n_gold} direct quotes (content opening with a quote mark), "
          f"{elapsed:.1f} s")
    systems = [("helpers.quotes", preds)]
    tx = _textacy_quotes([root / "text" / f"{d}.txt" for d in chosen])
    if tx is None:
        print("  (textacy baseline skipped: set TEXTACY_PYTHON to a python with textacy, see textacy_quotes.py)")
    else:
        tx_preds, refused = tx
        tx_preds = {d: [r + (None,) for r in tx_preds.get(d, [])] for d in chosen}  # no resolved name
        ok_docs = set(chosen) - refused
        systems += [("baseline, textacy direct_quotations", tx_preds),
                    (f"helpers.quotes on the {len(ok_docs)} texts textacy did not refuse", preds, ok_docs),
                    (f"textacy on those {len(ok_docs)} texts", tx_preds, ok_docs)]
    for label, sys_preds, *subset in systems:
        found = spk_gold = spk_ok = n_pred = pred_ok = 0
        n_gold = 0
        for doc, (text, gold) in golds.items():
            if subset and doc not in subset[0]:
                continue
            n_gold += len(gold)
            pred = sys_preds[doc]
            n_pred += len(pred)
            pred_ok += sum(1 for p in pred if any(p[0] < ge and gs < p[1] for gs, ge, _ in gold))
            for gs, ge, src in gold:
                hit = [p for p in pred if p[0] < ge and p[1] > gs]
                if not hit:
                    continue
                found += 1
                if src:
                    spk_gold += 1
                    h = hit[0]
                    ok = h[2] is not None and any(h[2] < se and ss < h[3] for ss, se in src)
                    if not ok and isinstance(h[4], str):  # a resolved pronoun: compare names
                        src_text = " ".join(text[ss:se] for ss, se in src).lower()
                        ok = any(w.lower() in src_text for w in h[4].split() if len(w) > 2)
                    spk_ok += ok
        r, p = found / max(n_gold, 1), pred_ok / max(n_pred, 1)
        print(f"  {label}: direct-quote recall {r:.3f}, precision {p:.3f}, F1 {2 * p * r / max(p + r, 1e-9):.3f} "
              f"({n_pred} predicted); speaker accuracy on found quotes with a gold source "
              f"{spk_ok / max(spk_gold, 1):.3f} ({spk_gold}); speaker right on {spk_ok / max(n_gold, 1):.3f} of all gold quotes")


def main(argv):
    if not EVAL.exists():
        print(f"no evaluation data at {EVAL}", file=sys.stderr)
        return 1
    parts = {"similarity": similarity, "entities": entities, "timex": timex, "quotes": quotes}
    for name in (argv or list(parts)):
        parts[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
