"""Sentence-pair similarity on a sample of MRPC (Microsoft Research Paraphrase Corpus) train pairs: ROC AUC, both halves.

What it measures: how well each sentence-pair score of ``helpers.corpus.similarity`` ranks the pairs MRPC calls
paraphrases (``Quality`` 1) above the others (0), as ROC AUC (0.5 = chance, 1.0 = every paraphrase above every
non-paraphrase). Printed, never asserted.

The sample is not in the repository (the MRPC licence does not allow redistribution). It is read from ``argv[1]``
(default ``/work/mrpc/train_sample.tsv``): MRPC's own tab-separated format, with its header line
(``Quality``, ``#1 ID``, ``#2 ID``, ``#1 String``, ``#2 String``), one pair per line. Without the file the script
says so and exits 0.

How it was made (to rebuild it elsewhere): the MRPC *train* file ``msr_paraphrase_train.txt`` (1,026,773
characters with CRLF line ends, as several public paraphrase repositories store it) read in 16,000-character pages
at offsets 0, 70000, 140000, 280000, 350000, 420000, 560000, 630000, 700000, 840000, 910000 and 1000000, the partial
first and last line of each page (and the header) dropped, the lines written as read (LF line ends): 748 pairs, 513
of them paraphrases (69%). Only train pairs: the MRPC test split is never read.

Systems, each scoring every pair:

- ``pair_similarity(a, b, analyzer)`` for every analyzer it accepts (``word``, ``char``, ``both``, ``content``),
  once on the whole sample (term weights fitted on its 2 x n sentences plus the background, as the function
  does for a list of pairs) and once pair by pair (a corpus of two sentences: the background dominates);
- the sentence scorer of the alignment (``SentenceScorer``, mean of word and character cosines): fitted on all the
  sample's sentences (as in a corpus of many sentences), and ``sentence_matrix([a], [b], [a, b])`` pair by pair;
- baseline: plain scikit-learn ``TfidfVectorizer`` cosine, fitted on all the sample's sentences;
- diagnostics, not in ``helpers``: ``pair_similarity('both')`` times the length ratio of the two sentences (shorter
  / longer, in words), and also times 0.9 when their numbers differ: what an equivalence score (MRPC's question)
  would gain over a "retells" score (the alignment's question, where a short sentence retelling half of a long
  one must still score high).

Halves: ``accuracy_split.half`` of ``#1 ID`` (the parity of the first MD5 byte): ``tune`` / ``check``. Every AUC is
printed per half and on all pairs, with a 95% bootstrap interval (1,000 resamples of the pairs, percentile), and
how often each system beats the baseline over the same resamples.

Run: ``python benchmarks/paraphrase.py [PATH]``.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy_split import HALVES, half  # noqa: E402

DEFAULT = Path("/work/mrpc/train_sample.tsv")
BOOTSTRAP = 1000


def read_sample(path: Path) -> pd.DataFrame:
    """The pairs of an MRPC-format file: label (1 = paraphrase), id1, id2, a, b."""
    rows = []
    for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]:
        f = line.rstrip("\r").split("\t")
        if len(f) == 5:
            rows.append((int(f[0]), f[1], f[2], f[3], f[4]))
    return pd.DataFrame(rows, columns=["label", "id1", "id2", "a", "b"])


def auc(score: np.ndarray, label: np.ndarray) -> float:
    """ROC AUC as the Mann-Whitney statistic (ties count one half)."""
    from scipy.stats import rankdata

    pos = label == 1
    n1, n0 = int(pos.sum()), int((~pos).sum())
    if not n1 or not n0:
        return float("nan")
    r = rankdata(score)
    return float((r[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def systems(df: pd.DataFrame) -> dict[str, np.ndarray]:
    """Every score of every pair, by system name."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from helpers.corpus import similarity as sim

    a, b = list(df.a), list(df.b)
    out = {}
    X = TfidfVectorizer().fit(a + b)
    out["baseline: plain TF-IDF (sklearn)"] = np.asarray(X.transform(a).multiply(X.transform(b)).sum(axis=1)).ravel()
    for an in ("word", "char", "both", "content"):
        out[f"pair_similarity({an!r})"] = sim.pair_similarity(a, b, an)
    for an in ("word", "char", "both", "content"):
        out[f"pair_similarity({an!r}), pair by pair"] = np.array([sim.pair_similarity([x], [y], an)[0]
                                                                  for x, y in zip(a, b)])
    scorer = sim.SentenceScorer(a + b)
    out["SentenceScorer(all sentences)"] = np.array([scorer.matrix([x], [y])[0, 0] for x, y in zip(a, b)])
    out["sentence_matrix, pair by pair"] = np.array([sim.sentence_matrix([x], [y], [x, y])[0, 0]
                                                     for x, y in zip(a, b)])
    ratio = np.array([_length_ratio(x, y) for x, y in zip(a, b)])
    differ = np.array([_numbers(x) != _numbers(y) for x, y in zip(a, b)])
    out["diagnostic: 'both' x length ratio"] = out["pair_similarity('both')"] * ratio
    out["diagnostic: same, x 0.9 if numbers differ"] = out["diagnostic: 'both' x length ratio"] * np.where(differ, 0.9, 1)
    return out


WORD = re.compile(r"\w+")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _length_ratio(x: str, y: str) -> float:
    n, m = len(WORD.findall(x)), len(WORD.findall(y))
    return min(n, m) / max(n, m, 1)


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in NUMBER.findall(text)}


def report(df: pd.DataFrame, scores: dict[str, np.ndarray]) -> None:
    y = df.label.to_numpy()
    h = np.array([half(i) for i in df.id1])
    n = {k: int((h == k).sum()) for k in HALVES}
    print(f"MRPC train sample: {len(df)} pairs, {int(y.sum())} paraphrases ({y.mean():.0%}); "
          f"halves by MD5 of '#1 ID': {n['tune']} tune / {n['check']} check")
    print("ROC AUC, label 1 = paraphrase: tune / check / all [95% bootstrap interval of all]; "
          "% of resamples beating the baseline")
    rng = np.random.default_rng(0)
    idx = [rng.integers(0, len(y), len(y)) for _ in range(BOOTSTRAP)]
    base = next(iter(scores.values()))
    base_boot = np.array([auc(base[i], y[i]) for i in idx])
    for name, s in scores.items():
        boot = base_boot if s is base else np.array([auc(s[i], y[i]) for i in idx])
        lo, hi = np.percentile(boot, [2.5, 97.5])
        per_half = [auc(s[h == k], y[h == k]) for k in HALVES]
        wins = "" if s is base else f"  beats baseline in {np.mean(boot > base_boot):.0%}"
        print("  {:42s} {:.3f} / {:.3f} / {:.3f} [{:.3f}, {:.3f}]{}".format(
            name, *per_half, auc(s, y), lo, hi, wins))


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    if not path.exists():
        print(f"no MRPC sample at {path} (it is not in the repository: see this file's docstring); nothing measured")
        return 0
    df = read_sample(path)
    report(df, systems(df))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
