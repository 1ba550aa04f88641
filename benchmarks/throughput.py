"""Words per second of the whole figures stage (parse, entities, figures, quotes, numbers), 1 and 2 processes.

The text is the seed articles repeated to about 20,000 words per process run, split back into articles.
Run: python benchmarks/throughput.py
"""
from __future__ import annotations

import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def stage(texts: list[str]) -> int:
    from helpers.text import pipeline as nlp
    from helpers.text.entities import entities_from_doc
    from helpers.text.numbers import extract_numbers
    from helpers.text.quotes import quotes_from_doc

    n = 0
    for doc in nlp.load().pipe(texts, batch_size=8):
        ents = entities_from_doc(doc)
        quotes_from_doc(doc, ents)
        extract_numbers(doc.text)
        n += len(doc.text.split())
    return n


def main() -> int:
    from helpers.corpus import load_corpus

    arts = list(load_corpus(ROOT / "data" / "seeds").articles["text"])
    texts = arts * 25
    words = sum(len(t.split()) for t in texts)
    stage(arts[:1])  # warm-up: model load
    t0 = time.perf_counter()
    stage(texts)
    one = time.perf_counter() - t0
    print(f"1 process : {words:,} words in {one:.1f} s = {words / one:,.0f} words/s")
    halves = [texts[0::2], texts[1::2]]
    with ProcessPoolExecutor(2) as ex:
        list(ex.map(stage, [arts[:1], arts[:1]]))  # warm-up in each worker
        t0 = time.perf_counter()
        list(ex.map(stage, halves))
        two = time.perf_counter() - t0
    print(f"2 processes: {words:,} words in {two:.1f} s = {words / two:,.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
