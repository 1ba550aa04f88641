"""Measure the sentence-alignment thresholds on the dev data (never on the seed articles).

For every SemEval-2022 Task 8 dev pair, each article's sentences are scored against the other's
with the same method ``helpers.similarity.align`` uses, and each sentence's best-match score is
kept. Pairs rated *unrelated* (Overall >= 3.5 on the 1-4 scale) give the null distribution: a
sentence there has no retelling on the other side, so the 99th percentile of their best-match
scores is a threshold with about 1% false links. Pairs rated *very similar* (Overall <= 1.5) show
how many sentences that threshold links in real retellings.

Run: python benchmarks/thresholds.py  (needs ../shared/eval beside the project)
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.corpus import similarity
from helpers.text.cleaning import clean_text
from helpers.text.sentences import split_sentences

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "semeval2022_task8_en_dev.csv"


def sentences(text: str) -> list[str]:
    out = []
    for para in clean_text(text or "").paragraphs:
        out += [para[s:e] for s, e in split_sentences(para)]
    return out


def best_scores(t1: str, t2: str) -> np.ndarray:
    a, b = sentences(t1), sentences(t2)
    if not a or not b:
        return np.zeros(0)
    M = similarity.sentence_matrix(a, b, a + b)
    return np.concatenate([M.max(axis=1), M.max(axis=0)])


def main() -> int:
    if not EVAL.exists():
        print(f"no dev data at {EVAL}", file=sys.stderr)
        return 1
    df = pd.read_csv(EVAL)
    null = np.concatenate([best_scores(r.text1, r.text2) for r in df[df.Overall >= 3.5].itertuples()])
    rel = np.concatenate([best_scores(r.text1, r.text2) for r in df[df.Overall <= 1.5].itertuples()])
    shared = null >= similarity.VERBATIM  # outlet boilerplate repeated word for word: real reuse, not noise
    print(f"unrelated pairs: {int((df.Overall >= 3.5).sum())}, sentences {len(null)}, "
          f"of which {int(shared.sum())} repeat outlet boilerplate verbatim (left out of the null)")
    null = null[~shared]
    print(f"very similar pairs: {int((df.Overall <= 1.5).sum())}, sentences {len(rel)}")
    for q in (0.90, 0.95, 0.99):
        t = float(np.quantile(null, q))
        print(f"  {q:.0%} of unrelated best matches below {t:.3f}; "
              f"share of very-similar sentences linked at that threshold: {(rel >= t).mean():.1%}")
    t = similarity.RETOLD
    print(f"current RETOLD={t}: false-link rate on unrelated {(null >= t).mean():.1%}, "
          f"linked in very similar {(rel >= t).mean():.1%}")
    t = similarity.VERBATIM
    print(f"current VERBATIM={t}: unrelated {(null >= t).mean():.2%}, very similar {(rel >= t).mean():.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
