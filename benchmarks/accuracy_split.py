"""Accuracy on the third-party dev data (../shared/eval), each set split in two halves, printed.

Every dev set is split by a stable hash of its document id (``half()``): the ``tune`` half is the
one rules may be studied and tuned on; the ``check`` half is only scored. Rules fitted to examples
show as a gap between the two halves.

- timex: TIMEX3 on MEANTIME and TimeBank+AQUAINT (tbaq, the TempEval-3 training data), each
  document's creation time (DCT) as the reference date: strict F1 (same span), relaxed F1
  (overlapping span), value F1 (TempEval-3 style: a relaxed match with the same value, over all
  predicted and all gold), type accuracy, and a bootstrap interval of value F1 over the half's
  documents and over samples of 20 (as many as TempEval-3 platinum holds); baseline: spaCy DATE/TIME
  entities (detection only);
- entities: PER/ORG/LOC exact-span F1 and per-label recall on MEANTIME named mentions (NAM; NAM+PRE
  adds pre-modifier names; "NAM CoNLL" drops a leading "the" from the gold spans, as CoNLL-2003
  spans have none, and as ours have none); baseline: plain spaCy NER;
- quotes: direct-quote recall, precision and speaker accuracy on PolNeAR dev; baseline: textacy
  ``direct_quotations`` when ``$TEXTACY_PYTHON`` is set (see textacy_quotes.py);
- numbers: MEANTIME VALUE spans (QUANTITY, MONEY, PERCENT), relaxed detection; baseline: spaCy
  CARDINAL/MONEY/PERCENT/QUANTITY entities.

Run: ``python benchmarks/accuracy_split.py [timex|entities|quotes|numbers|speed] [--errors DIR]``.
``--errors DIR`` writes the misses and false alarms of the tune half only to ``DIR/<part>.txt``.
"""
from __future__ import annotations

import hashlib
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
HALVES = ("tune", "check")
ERRORS: Path | None = None


def half(doc_id: str) -> str:
    """``tune`` or ``check``: the parity of the first byte of the MD5 of the document id (stable)."""
    return HALVES[hashlib.md5(doc_id.encode("utf-8")).digest()[0] % 2]


def _api():
    """The text-level functions, from the layered package or the flat one before it."""
    try:
        from helpers.text import pipeline
        from helpers.text.entities import entities_from_doc
        from helpers.text.numbers import extract_numbers
        from helpers.text.quotes import quotes_from_doc
        from helpers.text.timex import extract_timexes
        return pipeline.load, entities_from_doc, quotes_from_doc, extract_timexes, extract_numbers
    except ImportError:
        from helpers import nlp
        from helpers.entities import entities_from_doc
        from helpers.numbers import extract_numbers
        from helpers.quotes import quotes_from_doc
        from helpers.timeline import extract_timexes
        return nlp.load, entities_from_doc, quotes_from_doc, extract_timexes, extract_numbers


def prf(tp_p, n_pred, tp_g, n_gold):
    """Precision, recall, F1 (precision and recall may count matches on each side)."""
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _write_errors(part: str, lines: list[str]) -> None:
    if ERRORS is not None:
        ERRORS.mkdir(parents=True, exist_ok=True)
        (ERRORS / f"{part}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _ctx(text: str, s: int, e: int, w: int = 60) -> str:
    return (text[max(0, s - w):s] + "[[" + text[s:e] + "]]" + text[e:e + w]).replace("\n", " ")


# ------------------------------------------------------------------------------ readers
def meantime_docs():
    """(doc_id, text, entity mentions, dct, timexes, values) for each MEANTIME document, cut to the
    annotated region (MEANTIME annotates only the first sentences)."""
    for f in sorted((EVAL / "meantime_en" / "intra-doc_annotation").glob("corpus_*/*.xml")):
        root = ET.parse(f).getroot()
        offs, pos, parts, sent_of = {}, 0, [], {}
        for t in root.iter("token"):
            tid = t.get("t_id")
            sent_of[tid] = int(t.get("sentence"))
            word = t.text or ""
            offs[tid] = (pos, pos + len(word))
            parts.append(word)
            pos += len(word) + 1
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
            typ, sp = refers.get(m.get("m_id")), span(m)
            if m.get("syntactic_type") in ("NAM", "PRE.NAM") and typ in ("PER", "ORG", "LOC") and sp:
                mentions.append((sp[0], sp[1], typ, m.get("syntactic_type")))
        dct, timexes = None, []
        for t in mk.iter("TIMEX3"):
            if t.get("functionInDocument") == "CREATION_TIME":
                dct = t.get("value")
                continue
            sp = span(t)
            if sp:
                timexes.append((sp[0], sp[1], t.get("type"), t.get("value")))
        values = [(sp[0], sp[1], v.get("type")) for v in mk.iter("VALUE") if (sp := span(v))]
        annotated = [sent_of[a.get("t_id")] for el in mk for a in el.findall("token_anchor")]
        last = max(annotated) if annotated else -1
        limit = max((offs[t][1] for t in offs if sent_of[t] <= last), default=0)
        yield f.stem, text[:limit], mentions, dct, timexes, values


def tbaq_docs():
    """(doc_id, text, dct, timexes) for each TimeBank / AQUAINT document; text = ''.join(TEXT.itertext())."""
    for f in sorted((EVAL / "tbaq").glob("*/*.tml")):
        root = ET.parse(f).getroot()
        dct_el = root.find("DCT/TIMEX3")
        dct = dct_el.get("value") if dct_el is not None else None
        parts, timexes = [], []

        def walk(el, pos):
            start = pos
            if el.text:
                parts.append(el.text)
                pos += len(el.text)
            for ch in el:
                pos = walk(ch, pos)
                if ch.tail:
                    parts.append(ch.tail)
                    pos += len(ch.tail)
            if el.tag == "TIMEX3":
                timexes.append((start, pos, el.get("type"), el.get("value")))
            return pos

        walk(root.find("TEXT"), 0)
        yield f"{f.parent.name}/{f.stem}", "".join(parts), dct, timexes


def polnear_docs():
    """(doc_id, text, direct quotes [(content start, end, source segments or None)]) for PolNeAR dev,
    one annotator per document; a direct quote is a Content span opening with a quotation mark."""
    root = EVAL / "polnear_dev"
    meta = pd.read_csv(root / "metadata.tsv", sep="\t")
    dev = set(meta[meta.compartment == "dev"].filename)
    chosen = {}
    for f in sorted((root / "attributions").glob("*.ann")):
        doc = f.stem.rsplit("_", 1)[0]
        if doc in dev or not dev:
            chosen.setdefault(doc, f)
    for doc, ann in chosen.items():
        text = (root / "text" / f"{doc}.txt").read_text(encoding="utf-8")
        spans, events = {}, []
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("T"):
                tid, info, _ = (line.split("\t") + ["", ""])[:3]
                typ, rng = info.split(" ", 1)
                spans[tid] = (typ, [tuple(map(int, s.split())) for s in rng.split(";")])
            elif line.startswith("E"):
                events.append(dict(p.split(":") for p in line.split("\t")[1].split()))
        gold = []
        for e in events:
            c = spans.get(e.get("Content"))
            if not c:
                continue
            cs, ce = min(a for a, _ in c[1]), max(b for _, b in c[1])  # segments may be listed out of order
            if re.match(r"\s*[\"“”]", text[cs:ce]):
                src = spans.get(e.get("Source"))
                gold.append((cs, ce, src[1] if src else None))
        yield doc, text, gold


def _ref(dct):
    return dct[:10] if dct and re.match(r"\d{4}-\d{2}-\d{2}", dct) else None


# ------------------------------------------------------------------------------ scoring
def _match(pred, gold):
    """One-to-one relaxed matching (overlap), exact matches first: {gold index: pred index}."""
    pairs, used = {}, set()
    for exact in (True, False):
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            for pi, p in enumerate(pred):
                if pi in used:
                    continue
                if (p[0] == g[0] and p[1] == g[1]) if exact else (p[0] < g[1] and g[0] < p[1]):
                    pairs[gi] = pi
                    used.add(pi)
                    break
    return pairs


class Tally:
    """Counts per (system, half) for span + attribute scoring."""

    def __init__(self):
        self.c = defaultdict(Counter)
        self.docs = defaultdict(list)  # per key, one Counter per document (for the bootstrap)

    def add(self, key, pred, gold, attr=None):
        """``pred``/``gold``: (start, end, ...) tuples; ``attr(p, g)`` True when the attribute matches."""
        pairs = _match(pred, gold)
        before = Counter(self.c[key])
        c = self.c[key]
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        c["relaxed"] += len(pairs)
        c["strict"] += sum(1 for gi, pi in pairs.items() if pred[pi][:2] == gold[gi][:2])
        if attr is not None:
            c["attr"] += sum(1 for gi, pi in pairs.items() if attr(pred[pi], gold[gi]))
            c["attr_strict"] += sum(1 for gi, pi in pairs.items()
                                    if pred[pi][:2] == gold[gi][:2] and attr(pred[pi], gold[gi]))
        self.docs[key].append(c - before)
        return pairs

    def interval(self, key, what, size=None, rounds=2000, seed=0):
        """The 2.5th and 97.5th percentiles of F1 over documents drawn with replacement (``size`` of them,
        default as many as there are): how far the figure may move on another sample of such news."""
        docs = self.docs[key]
        rng = random.Random(seed)
        n = size or len(docs)
        scores = []
        for _ in range(rounds):
            c = Counter()
            for d in rng.choices(docs, k=n):
                c.update(d)
            scores.append(prf(c[what], c["pred"], c[what], c["gold"])[2])
        scores.sort()
        return scores[int(0.025 * rounds)], scores[int(0.975 * rounds) - 1]

    def f(self, key, what):
        c = self.c[key]
        return prf(c[what], c["pred"], c[what], c["gold"])


def _row(label, t: Tally, key, attr_name=None):
    c = t.c[key]
    _, _, fs = t.f(key, "strict")
    pr, rr, fr = t.f(key, "relaxed")
    out = f"  {label:<34} {key[1]:<5} gold {c['gold']:>4} pred {c['pred']:>4} | strict F1 {fs:.3f} | relaxed P {pr:.3f} R {rr:.3f} F1 {fr:.3f}"
    if attr_name and c["attr"] is not None and "attr" in c:
        _, _, fa = t.f(key, "attr")
        out += f" | {attr_name} F1 {fa:.3f} (acc. on matches {c['attr'] / max(c['relaxed'], 1):.3f})"
    return out


# ------------------------------------------------------------------------------ timex
def timex():
    load, _, _, extract_timexes, _ = _api()
    nlp = load()
    datasets = {"MEANTIME": [(d, t, dct, tx) for d, t, _, dct, tx, _ in meantime_docs()],
                "tbaq": list(tbaq_docs())}
    errors = []
    t_ours = t_spacy = 0.0
    for name, docs in datasets.items():
        tally, types = Tally(), Counter()
        for doc_id, text, dct, gold in docs:
            h, ref = half(doc_id), _ref(dct)
            t0 = time.perf_counter()
            df = extract_timexes(text, ref)
            t_ours += time.perf_counter() - t0
            rule = df["rule"] if "rule" in df else [None] * len(df)
            pred = [(r.start, r.end, r.type, r.value, ru) for r, ru in zip(df.itertuples(), rule)]
            if name == "MEANTIME":  # the dateline repeats the DCT, which MEANTIME annotates without a span
                pred = [p for p in pred if not (ref and p[3] == ref and not any(p[0] < g[1] and g[0] < p[1] for g in gold))]
            pairs = tally.add(("ours", h), pred, gold, attr=lambda p, g: p[3] == g[3])
            for gi, pi in pairs.items():
                types[(h, "type_ok")] += pred[pi][2] == gold[gi][2]
            t0 = time.perf_counter()
            sdoc = nlp(text)
            t_spacy += time.perf_counter() - t0
            base = [(e.start_char, e.end_char) for e in sdoc.ents if e.label_ in ("DATE", "TIME")]
            tally.add(("spaCy DATE/TIME", h), base, gold)
            if h == "tune":
                hit = set(pairs.values())
                for gi, g in enumerate(gold):
                    p = pred[pairs[gi]] if gi in pairs else None
                    if p is None:
                        errors.append(f"MISS  {name} {doc_id} {g[2]} {g[3]!r}: {_ctx(text, g[0], g[1])}")
                    elif p[3] != g[3] or p[:2] != g[:2]:
                        errors.append(f"{'VALUE' if p[3] != g[3] else 'SPAN '} {name} {doc_id} gold {g[2]} {g[3]!r} "
                                      f"ours {p[2]} {p[3]!r} ({p[4]}) ours={text[p[0]:p[1]]!r}: {_ctx(text, g[0], g[1])}")
                for pi, p in enumerate(pred):
                    if pi not in hit:
                        errors.append(f"FALSE {name} {doc_id} {p[2]} {p[3]!r} ({p[4]}): {_ctx(text, p[0], p[1])}")
        n = {h: sum(1 for d in docs if half(d[0]) == h) for h in HALVES}
        print(f"{name} TIMEX3, DCT as reference ({n['tune']} tune / {n['check']} check docs)")
        for system in ("ours", "spaCy DATE/TIME"):
            for h in HALVES:
                line = _row("helpers timex" if system == "ours" else "baseline, " + system, tally, (system, h),
                            "value" if system == "ours" else None)
                if system == "ours":
                    line += f" | type acc. {types[(h, 'type_ok')] / max(tally.c[(system, h)]['relaxed'], 1):.3f}"
                print(line)
        for h in HALVES:
            lo, hi = tally.interval(("ours", h), "attr")
            lo20, hi20 = tally.interval(("ours", h), "attr", size=20)
            print(f"  value F1, {h}: 95% bootstrap interval over its documents {lo:.3f}-{hi:.3f}; "
                  f"over samples of 20 documents (the size of TempEval-3 platinum) {lo20:.3f}-{hi20:.3f}")
    print(f"  time: extract_timexes {t_ours:.1f} s, spaCy parse of the same texts {t_spacy:.1f} s")
    _write_errors("timex", sorted(errors))


# ------------------------------------------------------------------------------ entities
def _without_the(text: str, s: int, e: int, label: str):
    m = re.match(r"the\s+", text[s:e], re.I)
    return (s + m.end(), e, label) if m and e - s > m.end() else (s, e, label)


def entities():
    load, entities_from_doc, _, _, _ = _api()
    nlp = load()
    mapping = {"PERSON": "PER", "ORG": "ORG", "PLACE": "LOC"}
    base_map = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
    tally, per_label = Tally(), Counter()
    errors = []
    t_ours = t_spacy = 0.0
    docs = list(meantime_docs())
    for doc_id, text, mentions, *_ in docs:
        h = half(doc_id)
        t0 = time.perf_counter()
        doc = nlp(text)
        t_spacy += time.perf_counter() - t0
        t0 = time.perf_counter()
        df = entities_from_doc(doc)
        t_ours += time.perf_counter() - t0
        ours = [(r.start, r.end, mapping[r.label]) for r in df.itertuples() if r.label in mapping]
        base = [(e.start_char, e.end_char, base_map[e.label_]) for e in doc.ents if e.label_ in base_map]
        for view, kinds in (("NAM", ("NAM",)), ("NAM+PRE", ("NAM", "PRE.NAM")), ("NAM CoNLL", ("NAM",))):
            gold = [m[:3] for m in mentions if m[3] in kinds]
            if view == "NAM CoNLL":  # CoNLL-2003 spans never hold a leading "the": the gold without it
                gold = [_without_the(text, *g) for g in gold]
            for system, pred in (("ours", ours), ("spaCy", base)):
                # typed: a match needs the same label
                for lab in ("PER", "ORG", "LOC"):
                    g = [x for x in gold if x[2] == lab]
                    p = [x for x in pred if x[2] == lab]
                    pairs = _match(p, g)
                    per_label[(system, view, h, lab, "gold")] += len(g)
                    per_label[(system, view, h, lab, "pred")] += len(p)
                    per_label[(system, view, h, lab, "exact")] += sum(1 for gi, pi in pairs.items() if p[pi][:2] == g[gi][:2])
                    per_label[(system, view, h, lab, "relaxed")] += len(pairs)
                    if system == "ours" and view == "NAM" and h == "tune":
                        hit = set(pairs.values())
                        for gi, x in enumerate(g):
                            if gi not in pairs or p[pairs[gi]][:2] != x[:2]:
                                other = [y for y in ours if y[0] < x[1] and x[0] < y[1]]
                                errors.append(f"MISS  {lab} {doc_id} ours={[(text[a:b], l) for a, b, l in other]}: {_ctx(text, x[0], x[1])}")
                        for pi, x in enumerate(p):
                            if pi not in hit or not any(p[pi][:2] == gg[:2] for gg in g):
                                other = [y for y in gold if y[0] < x[1] and x[0] < y[1]]
                                errors.append(f"FALSE {lab} {doc_id} gold={[(text[a:b], l) for a, b, l in other]}: {_ctx(text, x[0], x[1])}")
    n = {h: sum(1 for d in docs if half(d[0]) == h) for h in HALVES}
    print(f"MEANTIME named mentions, PER/ORG/LOC, typed ({n['tune']} tune / {n['check']} check docs)")
    for view in ("NAM", "NAM+PRE", "NAM CoNLL"):
        for system in ("ours", "spaCy"):
            for h in HALVES:
                k = lambda lab, w: per_label[(system, view, h, lab, w)]
                tot = {w: sum(k(lab, w) for lab in ("PER", "ORG", "LOC")) for w in ("gold", "pred", "exact", "relaxed")}
                _, _, fe = prf(tot["exact"], tot["pred"], tot["exact"], tot["gold"])
                _, _, fr = prf(tot["relaxed"], tot["pred"], tot["relaxed"], tot["gold"])
                lab_txt = " ".join(f"{lab} P {k(lab, 'exact') / max(k(lab, 'pred'), 1):.2f} R {k(lab, 'exact') / max(k(lab, 'gold'), 1):.2f}"
                                   for lab in ("PER", "ORG", "LOC"))
                name = "helpers entities" if system == "ours" else "baseline, plain spaCy"
                print(f"  [{view}] {name:<22} {h:<5} gold {tot['gold']:>4} | exact-span F1 {fe:.3f} | overlap F1 {fr:.3f} | {lab_txt}")
    print(f"  time: spaCy parse {t_spacy:.1f} s, entities_from_doc {t_ours:.1f} s")
    _write_errors("entities", sorted(errors))


# ------------------------------------------------------------------------------ quotes
def _textacy(paths):
    import json
    import os
    import subprocess

    py = os.environ.get("TEXTACY_PYTHON")
    if not py:
        return None
    res = subprocess.run([py, str(Path(__file__).with_name("textacy_quotes.py"))], input="\n".join(map(str, paths)),
                         capture_output=True, text=True, check=True)
    refused = {line.split(" on ", 1)[1].split(".txt:")[0] for line in res.stderr.splitlines()
               if line.startswith("textacy failed")}
    return {Path(k).stem: [tuple(r) + (None,) for r in v] for k, v in json.loads(res.stdout).items()}, refused


def _quote_scores(golds, preds, errors=None):
    """recall, precision, speaker accuracy (found quotes with a gold source), counts."""
    c = Counter()
    for doc, (text, gold) in golds.items():
        pred = preds.get(doc, [])
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        c["pred_ok"] += sum(1 for p in pred if any(p[0] < ge and gs < p[1] for gs, ge, _ in gold))
        for gs, ge, src in gold:
            hit = [p for p in pred if p[0] < ge and p[1] > gs]
            if not hit:
                if errors is not None:
                    errors.append(f"MISS  {doc}: {_ctx(text, gs, ge, 80)}")
                continue
            c["found"] += 1
            if not src:
                continue
            c["spk_gold"] += 1
            h = hit[0]
            ok = h[2] is not None and any(h[2] < se and ss < h[3] for ss, se in src)
            if not ok and isinstance(h[4], str):  # a resolved pronoun: compare names
                src_text = " ".join(text[ss:se] for ss, se in src).lower()
                ok = any(w.lower() in src_text for w in h[4].split() if len(w) > 2)
            c["spk_ok"] += ok
            if not ok and errors is not None:
                ours = text[h[2]:h[3]] if h[2] is not None else None
                errors.append(f"SPKR  {doc} gold={' '.join(text[a:b] for a, b in src)!r} ours={ours!r}/{h[4]!r}: "
                              f"{_ctx(text, gs, ge, 80)}")
        if errors is not None:
            for p in pred:
                if not any(p[0] < ge and gs < p[1] for gs, ge, _ in gold):
                    errors.append(f"FALSE {doc}: {_ctx(text, p[0], p[1], 80)}")
    return c


def quotes():
    load, entities_from_doc, quotes_from_doc, _, _ = _api()
    nlp = load()
    golds, preds, paths = {h: {} for h in HALVES}, {}, {}
    t_parse = t_ours = 0.0
    for doc_id, text, gold in polnear_docs():
        golds[half(doc_id)][doc_id] = (text, gold)
        paths[doc_id] = EVAL / "polnear_dev" / "text" / f"{doc_id}.txt"
        t0 = time.perf_counter()
        doc = nlp(text)
        t_parse += time.perf_counter() - t0
        t0 = time.perf_counter()
        df = quotes_from_doc(doc)
        t_ours += time.perf_counter() - t0
        df = df[df.kind == "direct"]
        preds[doc_id] = [(p.start, p.end, None if pd.isna(p.speaker_start) else int(p.speaker_start),
                          None if pd.isna(p.speaker_end) else int(p.speaker_end), p.speaker) for p in df.itertuples()]
    systems = [("helpers quotes", preds)]
    tx = _textacy(list(paths.values()))
    if tx is not None:
        tx, refused = tx
        systems += [("baseline, textacy", tx), (f"ours, {len(paths) - len(refused)} texts textacy takes", preds, refused),
                    ("textacy on those texts", tx, refused)]
    print(f"PolNeAR dev direct quotes ({len(golds['tune'])} tune / {len(golds['check'])} check docs)")
    errors = []
    for label, sp, *refused in systems:
        for h in HALVES:
            g = {d: v for d, v in golds[h].items() if not refused or d not in refused[0]}
            c = _quote_scores(g, sp, errors if (h == "tune" and label == "helpers quotes") else None)
            r, p = c["found"] / max(c["gold"], 1), c["pred_ok"] / max(c["pred"], 1)
            print(f"  {label:<30} {h:<5} gold {c['gold']:>4} pred {c['pred']:>4} | recall {r:.3f} precision {p:.3f} "
                  f"| speaker accuracy {c['spk_ok'] / max(c['spk_gold'], 1):.3f} ({c['spk_gold']} with a gold source)")
    if tx is None:
        print("  (textacy baseline skipped: set TEXTACY_PYTHON, see textacy_quotes.py)")
    print(f"  time: spaCy parse {t_parse:.1f} s, quotes_from_doc (with entities) {t_ours:.1f} s")
    _write_errors("quotes", sorted(errors))


# ------------------------------------------------------------------------------ numbers
def numbers():
    load, _, _, _, extract_numbers = _api()
    nlp = load()
    tally = Tally()
    errors = []
    for doc_id, text, _, _, _, values in meantime_docs():
        h = half(doc_id)
        gold = [v for v in values]
        df = extract_numbers(text)
        pred = [(r.start, r.end) for r in df.itertuples()]
        pairs = tally.add(("ours", h), pred, gold)
        base = [(e.start_char, e.end_char) for e in nlp(text).ents if e.label_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")]
        tally.add(("spaCy", h), base, gold)
        if h == "tune":
            hit = set(pairs.values())
            errors += [f"MISS  {doc_id} {g[2]}: {_ctx(text, g[0], g[1])}" for gi, g in enumerate(gold) if gi not in pairs]
            errors += [f"FALSE {doc_id}: {_ctx(text, p[0], p[1])}" for pi, p in enumerate(pred) if pi not in hit]
    print("MEANTIME VALUE spans (QUANTITY, MONEY, PERCENT): detection")
    for system, label in (("ours", "helpers numbers"), ("spaCy", "baseline, spaCy CARDINAL/MONEY/...")):
        for h in HALVES:
            print(_row(label, tally, (system, h)))
    _write_errors("numbers", sorted(errors))


# ------------------------------------------------------------------------------ speed
def speed():
    """Text-level helpers on PolNeAR dev texts against spaCy's own parse time."""
    load, entities_from_doc, quotes_from_doc, extract_timexes, extract_numbers = _api()
    nlp = load()
    texts = [t for _, t, _ in polnear_docs()]
    t0 = time.perf_counter()
    docs = [nlp(t) for t in texts]
    t_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    for doc in docs:
        ents = entities_from_doc(doc)
        quotes_from_doc(doc, ents)
        extract_timexes(doc.text, "2016-10-01")
        extract_numbers(doc.text)
    t_ours = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    print(f"speed on PolNeAR dev ({len(texts)} texts, {words:,} words): spaCy parse {t_parse:.1f} s; "
          f"entities + quotes + timexes + numbers {t_ours:.1f} s ({t_ours / t_parse:.2f}x the parse)")


def main(argv):
    global ERRORS
    if not EVAL.exists():
        print(f"no evaluation data at {EVAL}", file=sys.stderr)
        return 1
    if "--errors" in argv:
        i = argv.index("--errors")
        ERRORS = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    parts = {"timex": timex, "entities": entities, "quotes": quotes, "numbers": numbers, "speed": speed}
    for name in (argv or list(parts)):
        parts[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
