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
    """SemEval-2022 Task 8 dev: every analyzer and plain TF-IDF, per half (MD5 of the pair id, as in
    ``reuse.py``), on all pairs, pair by pair (a corpus of two, as a user's folder of two articles),
    and how often ``"content"`` beats plain TF-IDF in 1,000 bootstrap resamples of the pairs."""
    import hashlib

    from scipy.stats import spearmanr
    from sklearn.feature_extraction.text import TfidfVectorizer

    from helpers.corpus import similarity as sim

    df = pd.read_csv(EVAL / "semeval2022_task8_en_dev.csv")
    a, b = list(df.text1.fillna("")), list(df.text2.fillna(""))
    gold = (5 - df.Overall).to_numpy()
    halves = np.array([int(hashlib.md5(str(i).encode()).hexdigest(), 16) % 2 for i in df.pair_id])

    def rho(v):
        return [spearmanr(v[halves == h], gold[halves == h]).statistic for h in (0, 1)] + [spearmanr(v, gold).statistic]

    X = TfidfVectorizer().fit(a + b)
    systems = {"baseline, plain TF-IDF (sklearn)": np.asarray(X.transform(a).multiply(X.transform(b)).sum(axis=1)).ravel()}
    for an in ("word", "char", "both", "content"):
        systems[f"pair_similarity({an!r})"] = sim.pair_similarity(a, b, an)
    systems["content, pair by pair"] = np.array([sim.pair_similarity([x], [y], "content")[0] for x, y in zip(a, b)])
    print(f"SemEval-2022 Task 8 dev, {len(df)} English pairs: Spearman with 5 - Overall (half 0 / half 1 / all)")
    for name, v in systems.items():
        print("  {:36s} {:.3f} / {:.3f} / {:.3f}".format(name, *rho(v)))
    keep = sim.CONTENT_POS
    try:
        for pos in (("NOUN", "PROPN"), ("NOUN", "PROPN", "VERB"), ("NOUN", "PROPN", "VERB", "ADJ"),
                    ("NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV")):
            sim.CONTENT_POS = pos
            print("  {:36s} {:.3f} / {:.3f} / {:.3f}".format("content with " + "+".join(pos),
                                                              *rho(sim.pair_similarity(a, b, "content"))))
    finally:
        sim.CONTENT_POS = keep
    rng = np.random.default_rng(0)
    base, ours = systems["baseline, plain TF-IDF (sklearn)"], systems["pair_similarity('content')"]
    wins = 0
    for _ in range(1000):
        i = rng.integers(0, len(gold), len(gold))
        wins += spearmanr(ours[i], gold[i]).statistic > spearmanr(base[i], gold[i]).statistic
    print(f"  'content' beats plain TF-IDF in {wins / 10:.1f}% of 1,000 bootstrap resamples of the pairs")


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
