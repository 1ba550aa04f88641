"""Document similarity and top-10 neighbours at 1k, 10k and 100k articles: seconds and peak memory.

Synthetic corpora are made by sampling and mixing sentences of real news text (the SemEval dev
articles when ../shared/eval is there, else the seed articles), so vocabulary statistics stay
realistic. ``top_neighbours`` works in sparse chunks: no dense n x n matrix.

Run: python benchmarks/scale.py [sizes...]   (default 1000 10000 100000)
"""
from __future__ import annotations

import random
import resource
import sys
import time
from pathlib import Path

import pandas as pd

from helpers.text.cleaning import clean_text
from helpers.text.sentences import split_sentences
from helpers.corpus.similarity import top_neighbours

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "semeval2022_task8_en_dev.csv"


def sentence_pool() -> list[str]:
    texts = []
    if EVAL.exists():
        df = pd.read_csv(EVAL)
        texts = list(df.text1.fillna("")) + list(df.text2.fillna(""))
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "data" / "seeds").glob("*.txt")]
    pool = []
    for t in texts:
        for para in clean_text(t).paragraphs:
            pool += [para[s:e] for s, e in split_sentences(para)]
    return pool


def make_corpus(n: int, pool: list[str], rng: random.Random) -> list[str]:
    return [" ".join(rng.sample(pool, rng.randint(8, 20))) for _ in range(n)]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv):
    sizes = [int(a) for a in argv] or [1000, 10000, 100000]
    pool = sentence_pool()
    print(f"sentence pool: {len(pool):,} real sentences")
    rng = random.Random(0)
    for n in sizes:
        texts = make_corpus(n, pool, rng)
        words = sum(len(t.split()) for t in texts)
        t0 = time.perf_counter()
        nb = top_neighbours(texts, k=10, analyzer="word", chunk=2000)
        secs = time.perf_counter() - t0
        print(f"{n:>7,} articles ({words / 1e6:.1f}M words): top-10 neighbours in {secs:7.1f} s, "
              f"peak memory {peak_mb():,.0f} MB, {len(nb):,} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
