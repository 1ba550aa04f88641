"""Entities on ECB+ (topics 1-25): name-like mentions of people, organisations and places, both halves.

ECB+ marks the participants, times and places of the events a story is about, in the sentences listed
in ``ECBplus_coreference_sentences.csv``; names are not marked apart from nominals and pronouns. So this
is a second, rougher check beside MEANTIME:

- gold: HUMAN_PART_PER -> PER, HUMAN_PART_ORG -> ORG, LOC_GEO -> LOC mentions in the listed sentences
  that look like names: every word capitalised (or a particle: of, the, de, ...), a leading "the"
  dropped (CoNLL-2003 practice), no pronoun, no lone role word ("Police", "President");
- recall: exact span with the same label, and overlapping span with the same label;
- label accuracy: of our PER/ORG/LOC spans that overlap a gold name, the share with the gold label;
- precision proxy: of our PER/ORG/LOC spans in the listed sentences, the share that exactly match a gold
  name with its label. ECB+ leaves names outside the story's events unmarked, so this is a lower bound.

Text: tokens joined by spaces, one sentence per line (as CoNLL-2003 is read), ``ecbplus`` files start with
the page address. Halves: by topic (an MD5 of the topic number, as ``accuracy_split.half``). Baseline:
plain spaCy (PERSON, ORG, GPE/LOC) on the same text.

Run: ``python benchmarks/entities_ecb.py [--errors FILE]`` (errors of the tune half only).
"""
from __future__ import annotations

import csv
import hashlib
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ECB = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "ecbplus_dev"
TYPES = {"HUMAN_PART_PER": "PER", "HUMAN_PART_ORG": "ORG", "LOC_GEO": "LOC"}
PARTICLES = {"of", "the", "de", "del", "la", "le", "van", "von", "der", "al", "and", "&", "'s", "-", "da", "du"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "his", "its", "their", "who"}
HALVES = ("tune", "check")
ERR_HALF = "tune"


def half(topic: str) -> str:
    return HALVES[hashlib.md5(topic.encode("utf-8")).digest()[0] % 2]


def _selected() -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    with open(ECB / "ECBplus_coreference_sentences.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.setdefault(f"{row['Topic']}_{row['File']}", set()).add(int(row["Sentence Number"]))
    return out


def _name_like(words: list[str]) -> bool:
    if not words or words[0].lower() in PRONOUNS or not words[0][:1].isupper():
        return False
    if all(w.lower() in PARTICLES or w[:1].isupper() or not w[:1].isalpha() for w in words):
        from helpers.text.entities import ROLE_NOUNS
        return not (len(words) == 1 and words[0].lower() in ROLE_NOUNS)
    return False


def read(f: Path, glue=None) -> tuple[str, dict[str, tuple[int, int]], dict[str, int], list[tuple[int, int]],
                                      ET.Element]:
    """One ECB+ file: (text, token id -> char span, token id -> sentence, line spans, XML root).

    Text is one sentence per line, its tokens joined by spaces, or with none where ``glue(word before the last,
    last word, word, next word)`` says so (news spacing: "1:30 a.m.", see ``timex_ecb._glue``)."""
    root = ET.parse(f).getroot()
    toks = [(t.get("t_id"), int(t.get("sentence")), t.text or "") for t in root.iter("token")]
    out, offs, sent_of, spans, pos, line_start = [], {}, {}, [], 0, 0
    for k, (tid, s, w) in enumerate(toks):
        if k and s != toks[k - 1][1]:
            spans.append((line_start, pos))
            out.append("\n")
            pos += 1
            line_start = pos
        elif k:
            nxt = toks[k + 1][2] if k + 1 < len(toks) and toks[k + 1][1] == s else ""
            prev2 = toks[k - 2][2] if k >= 2 and toks[k - 2][1] == s else ""
            if glue is None or not glue(prev2, toks[k - 1][2], w, nxt):
                out.append(" ")
                pos += 1
        offs[tid], sent_of[tid] = (pos, pos + len(w)), s
        out.append(w)
        pos += len(w)
    spans.append((line_start, pos))
    return "".join(out), offs, sent_of, spans, root


def files():
    """(topic, doc name, path, scored sentence numbers) of every ECB+ file with scored sentences."""
    selected = _selected()
    for f in sorted((ECB / "xml").glob("*/*.xml"), key=lambda p: (int(p.parent.name), p.name)):
        if selected.get(f.stem):
            yield f.parent.name, f.stem, f, selected[f.stem]


def docs():
    """(topic, doc name, text, gold [(start, end, label)], scored sentence spans [(start, end)])."""
    for topic, key, f, sents in files():
        text, offs, sent_of, spans, root = read(f)
        scored = [spans[i] for i in sorted(sents) if i < len(spans)]
        gold = set()
        mk = root.find("Markables")
        for m in mk:
            label = TYPES.get(m.tag)
            ids = [a.get("t_id") for a in m.findall("token_anchor")]
            if not label or not ids or sent_of[ids[0]] not in sents:
                continue
            words = [text[offs[i][0]:offs[i][1]] for i in ids]
            if words and words[0].lower() == "the":
                ids, words = ids[1:], words[1:]
            while words and words[-1] in ("'s", "’s"):
                ids, words = ids[:-1], words[:-1]
            if _name_like(words):
                gold.add((offs[ids[0]][0], offs[ids[-1]][1], label))
        yield topic, key, text, sorted(gold), scored


def main(errors_path: str | None = None) -> None:
    from helpers.text import pipeline
    from helpers.text.entities import entities_from_doc

    nlp = pipeline.load()
    ours_map = {"PERSON": "PER", "ORG": "ORG", "PLACE": "LOC"}
    base_map = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
    c = Counter()
    errors = []
    n_docs = Counter()
    for topic, key, text, gold, scored in docs():
        h = half(topic)
        n_docs[h] += 1
        doc = nlp(text)
        inside = lambda s, e: any(a <= s and e <= b for a, b in scored)
        df = entities_from_doc(doc)
        systems = {"ours": [(r.start, r.end, ours_map[r.label]) for r in df.itertuples() if r.label in ours_map],
                   "spaCy": [(e.start_char, e.end_char, base_map[e.label_]) for e in doc.ents if e.label_ in base_map]}
        for system, pred in systems.items():
            pred = [p for p in pred if inside(p[0], p[1])]
            pset = set(pred)
            for g in gold:
                c[(system, h, g[2], "gold")] += 1
                c[(system, h, g[2], "exact")] += g in pset
                c[(system, h, g[2], "overlap")] += any(p[2] == g[2] and p[0] < g[1] and g[0] < p[1] for p in pred)
            for p in pred:
                c[(system, h, p[2], "pred")] += 1
                c[(system, h, p[2], "pred_exact")] += p in set(gold)
                over = [g for g in gold if p[0] < g[1] and g[0] < p[1]]
                if over:
                    c[(system, h, "all", "pred_over")] += 1
                    c[(system, h, "all", "label_ok")] += any(g[2] == p[2] for g in over)
                    if system == "ours" and h == ERR_HALF and not any(g[2] == p[2] for g in over):
                        errors.append(f"LABEL {key} ours {p[2]} gold {[g[2] for g in over]}: {_ctx(text, p[0], p[1])}")
            if system == "ours" and h == ERR_HALF:
                for g in gold:
                    if g not in pset:
                        near = [(text[p[0]:p[1]], p[2]) for p in pred if p[0] < g[1] and g[0] < p[1]]
                        errors.append(f"MISS  {key} {g[2]} ours={near}: {_ctx(text, g[0], g[1])}")
    print(f"ECB+ topics 1-25, name-like PER/ORG/LOC mentions in the scored sentences "
          f"({n_docs['tune']} tune / {n_docs['check']} check docs; a leading 'the' dropped from gold)")
    for system in ("ours", "spaCy"):
        for h in HALVES:
            k = lambda lab, w: c[(system, h, lab, w)]
            gold = sum(k(lab, "gold") for lab in ("PER", "ORG", "LOC"))
            exact = sum(k(lab, "exact") for lab in ("PER", "ORG", "LOC"))
            over = sum(k(lab, "overlap") for lab in ("PER", "ORG", "LOC"))
            pred = sum(k(lab, "pred") for lab in ("PER", "ORG", "LOC"))
            pex = sum(k(lab, "pred_exact") for lab in ("PER", "ORG", "LOC"))
            labs = " ".join(f"{lab} R {k(lab, 'exact') / max(k(lab, 'gold'), 1):.2f}" for lab in ("PER", "ORG", "LOC"))
            name = "helpers entities" if system == "ours" else "baseline, plain spaCy"
            print(f"  {name:<22} {h:<5} gold {gold:>4} | exact R {exact / max(gold, 1):.3f} | overlap R "
                  f"{over / max(gold, 1):.3f} | label acc. {k('all', 'label_ok') / max(k('all', 'pred_over'), 1):.3f} | "
                  f"precision (lower bound) {pex / max(pred, 1):.3f} | {labs}")
    if errors_path:
        Path(errors_path).write_text("\n".join(sorted(errors)) + "\n", encoding="utf-8")


def _ctx(text: str, s: int, e: int, w: int = 60) -> str:
    return (text[max(0, s - w):s] + "[[" + text[s:e] + "]]" + text[e:e + w]).replace("\n", " | ")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[args.index("--errors") + 1] if "--errors" in args else None)
