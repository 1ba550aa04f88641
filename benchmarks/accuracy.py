"""Accuracy of the helpers on third-party annotated news (../shared/eval), printed, never asserted.

- similarity: Spearman correlation of ``pair_similarity`` with ``5 - Overall`` on SemEval-2022 Task 8
  (English dev pairs), against plain scikit-learn TF-IDF fitted on the same texts;
- timex, entities, quotes, numbers, speed: from ``accuracy_split.py``, each dev set split in two halves
  by a hash of the document id (``tune``: rules may be studied on it; ``check``: only scored), with
  the baselines (spaCy DATE/TIME, plain spaCy NER, textacy quotes with ``$TEXTACY_PYTHON``, spaCy
  numeric entities). TIMEX3 on MEANTIME and TimeBank+AQUAINT; entities on MEANTIME; quotes on PolNeAR
  dev; numbers on MEANTIME VALUE spans.

Run: ``python benchmarks/accuracy.py [similarity|timex|entities|quotes|numbers|speed] [--errors DIR]``
(needs ../shared/eval).
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


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


def main(argv):
    if not EVAL.exists():
        print(f"no evaluation data at {EVAL}", file=sys.stderr)
        return 1
    import accuracy_split as split

    if "--errors" in argv:
        i = argv.index("--errors")
        split.ERRORS = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    parts = {"similarity": similarity, "timex": split.timex, "entities": split.entities, "quotes": split.quotes,
             "numbers": split.numbers, "speed": split.speed}
    for name in (argv or list(parts)):
        parts[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
