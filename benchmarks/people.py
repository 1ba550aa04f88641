"""People across a story: cross-document merging of person names on ECB+, printed, never asserted.

Each ECB+ story (the ``ecb`` files or the ``ecbplus`` files of one topic, ../shared/eval/ecbplus_dev) is
written as a folder of ``.txt`` articles rebuilt from the tokens (one sentence per paragraph, a token-offset
map kept), loaded with ``load_corpus`` and merged with ``mentions``. Scored against ``CROSS_DOC_COREF``:

- gold: ``HUMAN_PART_PER`` mentions that are names, in the sentences listed in
  ``ECBplus_coreference_sentences.csv``. A mention is a name when it ends (before a possessive) on a
  capitalised token whose lower-case form is rare in lower case across the whole corpus (a proper noun,
  not "the President"), and it does not start with an article ("the Pope"). Each mention's entity is its
  ``CROSS_DOC_COREF`` instance (else its ``INTRA_DOC_COREF`` chain, else itself);
- system: the project's mentions of PERSON figures (kind ``name`` or ``title+name``); one matches a gold
  mention when its span covers the gold mention's last name token;
- metrics: MUC, B-cubed, CEAF-e and CoNLL F1 (their mean), pooled over the stories of a half,
  (a) over the gold names the project found, (b) over all gold names, a missed name being its own cluster;
- baseline: "same last word = same person" on the same mentions (for (b) it sees every gold name).

Stories are split in two halves by a stable hash of the topic: ``tune`` (rules may be tuned on it) and
``held`` (held out); both are printed, with the number of person rows that are a lone surname of another
row's full name (a surname not joined).

Measured (dev, 46 stories, 35 s for 157k words): CoNLL over found names tune 0.994 / held 0.987 (baseline
0.972 / 0.982); B-cubed F1 counting missed names tune 0.952 / held 0.962; lone surnames not joined 0 of 375 /
0 of 298 person rows; merging 100k synthetic mentions 2.7 s (10k: 0.23 s). Before the people work: CoNLL
0.942 / 0.915, B-cubed counting misses 0.831 / 0.809 (headlines not parsed then), 102 of 558 / 42 of 394
rows a lone surname. Gold limits: a few nationality words the annotators tie to a person ("Australian")
count as names; the gold name test is a corpus case count, not a hand list.

Run: ``python benchmarks/people.py [--half tune|held|all] [--topics 1,3] [--show]`` (needs ../shared/eval).
``--show`` prints, per story, the people the project split, missed or merged wrongly. ``--scale`` times the
merge alone on 1k/10k/100k synthetic person mentions (no data needed).
"""
from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "ecbplus_dev"


def _api():
    """``load_corpus`` and ``mentions`` from the package (new layout first, then the old modules)."""
    try:
        from helpers import load_corpus, mentions
    except ImportError:
        from helpers.corpus import load_corpus
        from helpers.figures import mentions
    return load_corpus, mentions


# ------------------------------------------------------------------------------ reading ECB+
@dataclass
class Doc:
    name: str                      # "1_10ecbplus"
    tokens: dict                   # t_id -> (sentence, text)
    mentions: dict = field(default_factory=dict)   # m_id -> (tag, [t_id, ...]) for anchored markables
    entity: dict = field(default_factory=dict)     # m_id -> entity id (cross-doc instance or intra-doc chain)


def read_doc(path: Path) -> Doc:
    root = ET.parse(path).getroot()
    doc = Doc(path.stem, {})
    for t in root.iter("token"):
        doc.tokens[int(t.get("t_id"))] = (int(t.get("sentence")), t.text or "")
    for el in root.find("Markables"):
        anchors = [int(a.get("t_id")) for a in el.findall("token_anchor")]
        if anchors:
            doc.mentions[el.get("m_id")] = (el.tag, sorted(anchors))
    rel = root.find("Relations")
    for r in (rel if rel is not None else []):
        if r.tag == "CROSS_DOC_COREF":
            key = r.get("note")
        elif r.tag == "INTRA_DOC_COREF":
            key = f"{doc.name}:{r.get('r_id')}"
        else:
            continue
        for s in r.findall("source"):
            if r.tag == "CROSS_DOC_COREF" or s.get("m_id") not in doc.entity:
                doc.entity[s.get("m_id")] = key
    return doc


def scored_sentences() -> dict[str, set[int]]:
    out = defaultdict(set)
    for line in (EVAL / "ECBplus_coreference_sentences.csv").read_text().splitlines()[1:]:
        topic, file, sent = line.strip().split(",")
        out[f"{topic}_{file}"].add(int(sent))
    return out


def stories(topics=None) -> dict[str, list[Path]]:
    """Story key ("3_ecbplus") -> its files."""
    out = defaultdict(list)
    for f in sorted((EVAL / "xml").glob("*/*.xml")):
        topic, rest = f.stem.split("_", 1)
        if topics and topic not in topics:
            continue
        out[f"{topic}_{'ecbplus' if rest.endswith('ecbplus') else 'ecb'}"].append(f)
    return dict(out)


def half_of(story: str) -> str:
    """A stable split by topic (both stories of a topic in the same half): topics ranked by a hash of their
    number, alternately ``tune`` and ``held``, so the halves are even."""
    topics = sorted({f.parent.name for f in (EVAL / "xml").glob("*/*.xml")}, key=_topic_hash)
    return "tune" if topics.index(story.split("_")[0]) % 2 == 0 else "held"


def _topic_hash(topic: str) -> str:
    return hashlib.sha1(f"ecbplus-topic-{topic}".encode()).hexdigest()


# ------------------------------------------------------------------------------ text from tokens
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d",
                    "'m", "’s", "...", "''"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#", "``"}


def detokenize(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join one sentence's tokens as a writer would; return the text and each token's (start, end)."""
    url = bool(words) and re.match(r"https?$|www$", words[0]) is not None
    out, spans = "", []
    quote_open = after_open_quote = False
    prev = None
    for w in words:
        is_quote = w in ("``", "''", '"')
        opening = is_quote and (w == "``" or (w == '"' and not quote_open))
        if is_quote:
            quote_open = opening
        w_out = '"' if is_quote else w
        glue = url or prev is None or prev in _NO_SPACE_AFTER or after_open_quote \
            or (w in _NO_SPACE_BEFORE and not opening) or (is_quote and not opening) \
            or w == "-" or prev == "-" or (w == ":" and prev.isdigit()) \
            or (prev == ":" and w.isdigit() and out[-2:-1].isdigit())
        if not glue:
            out += " "
        spans.append((len(out), len(out) + len(w_out)))
        out += w_out
        after_open_quote = opening
        prev = w_out
    return out, spans


def write_story(files: list[Path], folder: Path) -> dict[str, tuple[Doc, str, list, list]]:
    """Write each article as ``<doc>.txt``; return doc name -> (Doc, file text, token starts, token ids)."""
    out = {}
    for f in files:
        doc = read_doc(f)
        by_sent = defaultdict(list)
        for tid, (s, w) in sorted(doc.tokens.items()):
            by_sent[s].append((tid, w))
        lines, starts, ids, pos = [], [], [], 0
        for s in sorted(by_sent):
            text, spans = detokenize([w for _, w in by_sent[s]])
            for (tid, _), (a, b) in zip(by_sent[s], spans):
                starts.append(pos + a)
                ids.append(tid)
            lines.append(text)
            pos += len(text) + 2
        body = "\n\n".join(lines) + "\n"
        (folder / f"{doc.name}.txt").write_text(body, encoding="utf-8")
        out[doc.name] = (doc, body, starts, ids)
    return out


# ------------------------------------------------------------------------------ gold names
def case_counts(files) -> tuple[Counter, Counter]:
    """How often each word is written in lower case, and capitalised inside a sentence, in the corpus."""
    lower, upper = Counter(), Counter()
    for f in files:
        root = ET.parse(f).getroot()
        sents = defaultdict(list)
        for t in root.iter("token"):
            sents[int(t.get("sentence"))].append(t.text or "")
        for words in sents.values():
            alpha = [w for w in words if w[:1].isalpha()]
            if alpha and sum(w[0].isupper() for w in alpha) > 0.6 * len(alpha):
                continue  # a title-case headline says nothing about case
            for i, w in enumerate(words):
                if w[:1].islower():
                    lower[w.lower()] += 1
                elif w[:1].isupper() and i > 0 and words[i - 1] not in (".", "``", '"', ":"):
                    upper[w.lower()] += 1
    return lower, upper


_POSSESSIVE = {"'s", "'", "’s", "’"}
_ARTICLES = {"the", "a", "an", "this", "that", "these", "those"}


def _proper(word: str, lower: Counter, upper: Counter) -> bool:
    """A capitalised word the corpus writes capitalised inside sentences at least twice as often as in lower
    case; acronyms ("CEO", "NYPD", "MPs") and plurals of capitalised words ("Americans") are not names."""
    w = re.sub(r"['’](?:m|s|re|ve|ll|d)$", "", word.strip("'’\""))
    if len(w) < 2 or not w[:1].isupper() or not any(c.isalpha() for c in w):
        return False
    core = re.sub(r"s$", "", w)
    if core.isupper() and (len(core) <= 3 or not re.search(r"[AEIOU]", core)):
        return False
    k = w.lower()
    if k.endswith("s") and len(k) > 3 and upper[k[:-1]] >= 3 and upper[k[:-1]] >= upper[k]:
        return False
    return upper[k] > 0 and lower[k] <= 0.5 * upper[k]


def is_name(words: list[str], lower: Counter, upper: Counter) -> bool:
    """A gold mention is a name when it ends on a proper noun (or is a run of capitalised words that holds
    one, "Terry White"), and does not start with an article ("the Pope")."""
    w = [x for x in words if x not in _POSSESSIVE and re.search(r"[A-Za-z]", x)]
    while len(w) > 1 and re.fullmatch(r"(?:Jr|Sr|[IVX]+)\.?", w[-1]):
        w = w[:-1]
    if not w or w[0].lower() in _ARTICLES:
        return False
    if _proper(w[-1], lower, upper):
        return True
    return len(w) >= 2 and all(x[:1].isupper() for x in w) and any(_proper(x, lower, upper) for x in w[:-1])


@dataclass
class GoldMention:
    doc: str
    m_id: str
    tokens: list
    text: str
    entity: str
    head: int  # t_id of the last name token


def gold_names(written, scored, lower, upper, story) -> list[GoldMention]:
    out = []
    for name, (doc, body, starts, ids) in written.items():
        sents = scored.get(name, set())
        pos_of = dict(zip(ids, range(len(ids))))
        for m_id, (tag, toks) in doc.mentions.items():
            if tag != "HUMAN_PART_PER" or doc.tokens[toks[0]][0] not in sents:
                continue
            words = [doc.tokens[t][1] for t in toks]
            if not is_name(words, lower, upper):
                continue
            heads = [t for t in toks if doc.tokens[t][1][:1].isupper()
                     and not re.fullmatch(r"(?:Jr|Sr|[IVX]+)\.?", doc.tokens[t][1])] or toks
            a = starts[pos_of[toks[0]]]
            b = starts[pos_of[toks[-1]]] + len(doc.tokens[toks[-1]][1])
            ent = doc.entity.get(m_id, f"{name}:{m_id}")
            out.append(GoldMention(name, m_id, toks, body[a:b], f"{story}:{ent}", heads[-1]))
    return out


# ------------------------------------------------------------------------------ system mentions
def system_mentions(corpus, ment, written) -> list[tuple[str, set[int], str, str, bool]]:
    """(doc, token ids covered, figure id, text, is a PERSON name) of each mention, mapped back to the tokens."""
    out = []
    paras = corpus.paragraphs
    for doc_id, g in ment.groupby("doc_id"):
        if doc_id not in written:
            continue
        doc, body, starts, ids = written[doc_id]
        p = paras[paras.doc_id == doc_id].sort_values("start")
        # where each corpus paragraph sits in the written file
        cursor, shift = 0, []
        for r in p.itertuples():
            at = body.find(r.text, cursor)
            if at < 0:
                at = body.find(r.text)
            if at < 0:
                continue
            shift.append((r.start, r.end, at - r.start))
            cursor = at + len(r.text)
        for m in g.itertuples():
            off = next((d for s, e, d in shift if s <= m.start < e), None)
            if off is None:
                continue
            a, b = m.start + off, m.end + off
            i, j = bisect_right(starts, a) - 1, bisect_right(starts, b - 1)
            toks = {ids[k] for k in range(max(i, 0), j)
                    if starts[k] < b and starts[k] + len(doc.tokens[ids[k]][1]) > a}
            person = m.figure_label == "PERSON" and m.kind in ("name", "title+name")
            out.append((doc_id, toks, f"{m.figure_id}", m.text if person else f"{m.figure_label}/{m.kind}:{m.text}",
                        person))
    return out


# ------------------------------------------------------------------------------ metrics
def _clusters(assign: dict) -> list[set]:
    inv = defaultdict(set)
    for m, c in assign.items():
        inv[c].add(m)
    return list(inv.values())


def muc(key, resp):
    def part(a, b):
        where = {m: i for i, c in enumerate(b) for m in c}
        num = den = 0
        for c in a:
            parts = {where.get(m, ("single", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num, den
    rn, rd = part(key, resp)
    pn, pd_ = part(resp, key)
    r = rn / rd if rd else 0.0
    p = pn / pd_ if pd_ else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def b_cubed(key, resp):
    def part(a, b):
        where = {m: c for c in b for m in c}
        tot = n = 0
        for c in a:
            for m in c:
                tot += len(c & where.get(m, {m})) / len(c)
                n += 1
        return tot / n if n else 0.0
    r, p = part(key, resp), part(resp, key)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ceaf_e(key, resp):
    from scipy.optimize import linear_sum_assignment
    if not key or not resp:
        return 0.0, 0.0, 0.0
    sim = np.zeros((len(key), len(resp)))
    where = defaultdict(list)
    for j, c in enumerate(resp):
        for m in c:
            where[m].append(j)
    for i, k in enumerate(key):
        for j in {j for m in k for j in where[m]}:
            sim[i, j] = 2 * len(k & resp[j]) / (len(k) + len(resp[j]))
    rows, cols = linear_sum_assignment(-sim)
    total = sim[rows, cols].sum()
    p, r = total / len(resp), total / len(key)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scores(key_assign: dict, resp_assign: dict) -> dict:
    key, resp = _clusters(key_assign), _clusters(resp_assign)
    out = {"muc": muc(key, resp), "b3": b_cubed(key, resp), "ceafe": ceaf_e(key, resp)}
    out["conll"] = sum(v[2] for v in out.values()) / 3
    return out


def last_word(text: str) -> str:
    words = [w for w in re.findall(r"[\w.'’-]+", text) if w.lower() not in ("'s", "’s")]
    w = re.sub(r"['’]s$|['’]$", "", words[-1]) if words else text
    return w.lower()


# ------------------------------------------------------------------------------ one story
def run_story(story, files, scored, lower, upper, load_corpus, mentions, workdir: Path):
    folder = workdir / story
    folder.mkdir(parents=True, exist_ok=True)
    written = write_story(files, folder)
    gold = gold_names(written, scored, lower, upper, story)
    if not gold:  # no named person in the scored sentences: nothing to score
        return gold, {}, {}, (0, 0)
    corpus = load_corpus(folder)
    ment = mentions(corpus)
    sysm = system_mentions(corpus, ment, written)
    names = ment[ment.figure_label == "PERSON"].groupby("figure_id")["name"].first()
    surnames = {n.split()[-1].lower() for n in names if len(n.split()) > 1}
    rows = (len(names), sum(1 for n in names if len(n.split()) == 1 and n.lower() in surnames))
    by_head, other = defaultdict(list), {}
    for k, (doc, toks, fid, text, person) in enumerate(sysm):
        for t in toks:
            if person:
                by_head[(doc, t)].append(k)
            else:
                other[(doc, t)] = text
    found, resp, texts = {}, {}, {}
    used = set()
    for g in gold:
        cands = [k for k in by_head.get((g.doc, g.head), []) if k not in used]
        key = (story, g.doc, g.m_id)
        if cands:
            k = cands[0]
            used.add(k)
            found[key] = f"{story}:{sysm[k][2]}"
            texts[key] = sysm[k][3]
        else:
            texts[key] = other.get((g.doc, g.head), "-")
    return gold, found, texts, rows


def pooled(results):
    """Scores of the pooled stories: (a) found names, (b) all gold names, with baselines."""
    key_all, key_found, resp_found, resp_all, base_found, base_all = {}, {}, {}, {}, {}, {}
    for story, (gold, found, texts, _) in results.items():
        for g in gold:
            k = (story, g.doc, g.m_id)
            key_all[k] = g.entity
            base_all[k] = f"{story}:{last_word(g.text)}"
            if k in found:
                key_found[k] = g.entity
                resp_found[k] = found[k]
                base_found[k] = base_all[k]
                resp_all[k] = found[k]
            else:
                resp_all[k] = ("missed", k)
    return {"found": (len(key_found), scores(key_found, resp_found), scores(key_found, base_found)),
            "all": (len(key_all), scores(key_all, resp_all), scores(key_all, base_all))}


def show(story, gold, found, texts):
    """The gold people the project split, and the figures that hold several gold people."""
    by_ent = defaultdict(list)
    by_fig = defaultdict(set)
    for g in gold:
        k = (story, g.doc, g.m_id)
        by_ent[g.entity].append((g.text if k not in found else texts[k], found.get(k), texts.get(k)))
        if k in found:
            by_fig[found[k]].add(g.entity)
    for ent, ms in by_ent.items():
        figs = Counter(f for _, f, _ in ms)
        if len(figs) > 1 or None in figs:
            print(f"  split {ent.split(':', 1)[1][:24]}: " +
                  "; ".join(f"{(f or 'MISSED').split(':')[-1]}={sorted({t for t, x, _ in ms if x == f})}"
                            for f in figs if f) + " MISSED=" + str([(t, o) for t, x, o in ms if not x]))
    for fig, ents in by_fig.items():
        if len(ents) > 1:
            names = [sorted({t for t, x, _ in by_ent[e] if x == fig}) for e in ents]
            print(f"  merged {fig.split(':')[-1]}: {names}")


def scale(sizes=(1_000, 10_000, 100_000)):
    """Seconds to merge n synthetic person mentions (full names, lone surnames, spelling variants): the
    merge is blocked by surname keys, so the time should grow about linearly, not with n squared."""
    import random

    from helpers.corpus.figures import _cluster
    rnd = random.Random(7)
    syl = ["ka", "lo", "mer", "vi", "dan", "sto", "ri", "bel", "tor", "nu", "ga", "pel", "sha", "wen", "dor"]
    word = lambda k: "".join(rnd.choice(syl) for _ in range(k)).capitalize()
    print("\nmerging synthetic person mentions (one story):")
    for n in sizes:
        people = [(word(2), word(3)) for _ in range(max(10, n // 20))]
        rows = []
        for i in range(n):
            given, sur = rnd.choice(people)
            text = rnd.choice([f"{given} {sur}", sur, f"Mr. {sur}", f"{given} {sur[0]}. {sur}"])
            rows.append({"doc_id": f"d{i // 200:04d}", "start": (i % 200) * 50, "end": (i % 200) * 50 + len(text),
                         "text": text, "label": "PERSON", "kind": "name"})
        t0 = time.time()
        _cluster(rows)
        print(f"  {n:>7,} mentions, {len(people):>5,} people: {time.time() - t0:6.2f} s, "
              f"{len({r['figure_id'] for r in rows}):,} figures")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", default="all", choices=["tune", "held", "all"])
    ap.add_argument("--topics", default="")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--scale", action="store_true", help="only time the merge on synthetic mentions")
    ap.add_argument("--keep", default="", help="write the story folders here (kept) instead of a temp dir")
    args = ap.parse_args(argv)
    if args.scale:
        return scale()
    load_corpus, mentions = _api()
    topics = set(args.topics.split(",")) - {""}
    all_files = sorted((EVAL / "xml").glob("*/*.xml"))
    lower, upper = case_counts(all_files)
    scored = scored_sentences()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="people_"))
    results = defaultdict(dict)
    t0 = time.time()
    n_words = 0
    for story, files in stories(topics).items():
        half = half_of(story)
        if args.half != "all" and half != args.half:
            continue
        res = run_story(story, files, scored, lower, upper, load_corpus, mentions, work)
        results[half][story] = res
        n_words += sum(len(f.read_text().split()) for f in (work / story).glob("*.txt"))
        if args.show:
            print(f"{story} ({half}): {len(res[0])} gold names, {len(res[1])} found")
            show(story, *res[:3])
    secs = time.time() - t0
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print(f"ECB+ dev, person names across articles of one story; {secs:.0f} s for {n_words:,} words")
    for half in ("tune", "held"):
        if half not in results:
            continue
        res = results[half]
        p = pooled(res)
        n_docs = sum(len({g.doc for g in r[0]}) for r in res.values())
        n_named = sum(1 for r in res.values() if r[0])
        n_rows, n_lone = (sum(r[3][i] for r in res.values()) for i in (0, 1))
        print(f"\n[{half}] {len(res)} stories ({n_named} with named people), {n_docs} articles with gold names; "
              f"{n_rows} person rows, {n_lone} of them a lone surname of another row's full name")
        for which, label in (("found", "over the names the project found"), ("all", "counting missed names")):
            n, mine, base = p[which]
            print(f"  {label} ({n} mentions):")
            for nm, sc in (("project", mine), ("same last word", base)):
                print(f"    {nm:15s} CoNLL {sc['conll']:.3f}  MUC {sc['muc'][2]:.3f}  "
                      f"B3 P/R/F {sc['b3'][0]:.3f}/{sc['b3'][1]:.3f}/{sc['b3'][2]:.3f}  CEAF-e {sc['ceafe'][2]:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
