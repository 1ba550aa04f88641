"""Discrepancies: every gold entry is reported, and each row is well-formed."""
import pytest

from conftest import GOLD
from helpers.corpus.compare import compare


@pytest.fixture(scope="module")
def disc(corpus):
    return compare(corpus)


def _norm(s):
    return (s if isinstance(s, str) else "").replace("“", '"').replace("”", '"')


@pytest.mark.parametrize("g", GOLD["discrepancies"], ids=lambda g: g["what"][:40])
def test_gold_discrepancy_reported(disc, g):
    def holds(row, side):
        text, sent = _norm(row[f"{side}_text"]), _norm(row[f"{side}_sentence"])
        gold = _norm(g[side])
        return gold in sent and (not text or gold in text or text in gold or text in sent)
    hits = [r for _, r in disc.iterrows() if holds(r, "a") and holds(r, "b")]
    assert hits, g


def test_rows_point_into_the_articles(corpus, disc):
    assert len(disc) >= len(GOLD["discrepancies"])
    for r in disc.itertuples():
        assert r.kind in {"number", "quote", "source", "actor", "date"}
        for side, doc in (("a", r.doc_a), ("b", r.doc_b)):
            s, e, t = getattr(r, f"{side}_start"), getattr(r, f"{side}_end"), getattr(r, f"{side}_text")
            if t is not None and t == t:
                assert corpus.text(doc)[s:e] == t


def test_unchanged_figures_are_not_reported(disc):
    # "11,000 North Korean soldiers" vs "the 11,000 soldiers": same value, no hedge: not a discrepancy
    nums = disc[disc.kind == "number"]
    assert not nums.a_text.str.fullmatch("11,000").any()
    assert not nums.a_text.str.contains("three-month").any()
