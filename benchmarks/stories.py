"""How well ``story.story_groups`` tells the stories of a mixed folder apart (ECB+ dev and METER dev).

    python benchmarks/stories.py

Builds two folders under a temporary directory: ECB+ dev with up to ``PER_STORY`` articles of each story
(a story is one topic and sub-topic: "1_ecb" and "1_ecbplus" are two events of one kind, told apart), and
METER dev with the PA copy and newspaper stories of the catchlines that have at least three papers. For the
candidate pairs it prints the word similarity of same-story and other-story pairs by relation, and for
thresholds on the similarity an "independent" pair needs to join two articles into one story, the
pairwise precision and recall of the groups (pairs of articles put in one story that are / should be),
on two halves of the stories (by hash of the story name).
"""
from __future__ import annotations

import hashlib
import shutil
import sys
import tempfile
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from folders import ecb_stories, ecb_text, meter_mixed  # noqa: E402
from helpers import analyse, load_corpus, provenance  # noqa: E402
from helpers.corpus.grouping import Groups  # noqa: E402

PER_STORY = 6
THRESHOLDS = (0.0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)


def _half(story: str) -> int:
    return int(hashlib.sha1(story.encode()).hexdigest(), 16) % 2


def ecb_folder(out: Path) -> dict[str, str]:
    truth = {}
    for story, files in ecb_stories().items():
        for f in files[:PER_STORY]:
            (out / f"{f.stem}.txt").write_text(ecb_text(f), encoding="utf-8")
            truth[f.stem] = story
    return truth


def scores(prov, truth, threshold: float, half: int):
    ids = [d for d in truth if _half(truth[d]) == half]
    g = Groups(ids)
    for r in prov.itertuples():
        if r.a in g.parent and r.b in g.parent and r.relation != "unrelated" and \
                (r.relation != "independent" or r.similarity >= threshold):
            g.union(r.a, r.b)
    tp = fp = fn = 0
    for x, y in combinations(ids, 2):
        same, joined = truth[x] == truth[y], g.find(x) == g.find(y)
        tp += same and joined
        fp += joined and not same
        fn += same and not joined
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def report(name: str, folder: Path, truth: dict[str, str]) -> None:
    c = analyse(load_corpus(folder), progress=False, store=False)
    prov = provenance(c)
    print(f"\n{name}: {len(truth)} articles, {len(set(truth.values()))} stories, {len(prov)} candidate pairs")
    for same in (True, False):
        sub = prov[[(truth[a] == truth[b]) == same for a, b in zip(prov["a"], prov["b"])]]
        desc = sub.groupby("relation")["similarity"].describe()[["count", "25%", "50%", "75%"]].round(3)
        print(f"  {'same story' if same else 'other story'} pairs by relation (word similarity):")
        print("    " + desc.to_string().replace("\n", "\n    "))
    print("  an 'independent' pair joins two articles when its similarity reaches T; pairwise P / R / F1:")
    for t in THRESHOLDS:
        cells = [" / ".join(f"{v:.3f}" for v in scores(prov, truth, t, h)) for h in (0, 1)]
        print(f"    T={t:<5} half 0: {cells[0]}   half 1: {cells[1]}")


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    try:
        (tmp / "ecb").mkdir()
        report("ECB+ dev", tmp / "ecb", ecb_folder(tmp / "ecb"))
        meter = meter_mixed(160, tmp / "meter")
        truth = {p.stem: p.stem.split("_")[-1].rstrip("0123456789") if p.stem.startswith("PA_")
                 else "".join(ch for ch in p.stem.split("_")[0] if not ch.isdigit()) for p in meter.glob("*.txt")}
        report("METER dev", meter, truth)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
