"""Who retells whom: similarity, alignment against the gold, shared passages, provenance, edge cases."""
import numpy as np
import pandas as pd
import pytest

from conftest import GOLD, A, B
from helpers import provenance, shared_passages
from helpers.corpus import similarity as sim
from helpers.corpus import load_corpus


def _sent_holding(corpus, doc, needle):
    text = corpus.text(doc)
    i = text.find(needle)
    assert i >= 0, needle
    s = corpus.sentences_of(doc)
    return int(s[(s.start <= i) & (s.end > i)]["sent"].iloc[0])


@pytest.fixture(scope="module")
def alignment(corpus):
    return sim.align(corpus, A, B)


def test_document_similarity_shape(corpus):
    for analyzer in ("word", "char"):
        m = sim.document_similarity(corpus, analyzer)
        assert list(m.index) == list(m.columns) == corpus.doc_ids
        assert np.allclose(m.values, m.values.T) and np.allclose(np.diag(m.values), 1.0)
        assert 0.3 < m.at[A, B] < 0.95  # a paraphrase: clearly related, far from identical


def test_background_keeps_two_document_scores_meaningful(corpus):
    """Shared rare words must count: with corpus-only IDF every shared word gets the minimum weight."""
    vec = sim.BackgroundTfidf("word").fit(list(corpus.articles["text"]))
    vocab = vec.counter.vocabulary_
    assert vec.idf_[vocab["kursk"]] > 2 * vec.idf_[vocab["the"]]


def test_pair_similarity_orders_texts():
    a = ["The storm cut power to thousands of homes on the coast.", "The storm cut power to thousands of homes."]
    b = ["Thousands of coastal homes lost power in the storm.", "Shares of the bank rose after strong results."]
    s = sim.pair_similarity(a, b)
    assert s.shape == (2,) and s[0] > s[1] and s[0] > 0.2 and s[1] < 0.1
    assert sim.pair_similarity(["same words here"], ["same words here"])[0] == pytest.approx(1.0)
    with pytest.raises(ValueError):
        sim.pair_similarity(["a"], [])


def test_every_gold_pair_aligned(corpus, alignment):
    missed = []
    for g in GOLD["alignment"]:
        ia, ib = _sent_holding(corpus, A, g["a"]), _sent_holding(corpus, B, g["b"])
        if not ((alignment.a_sent == ia) & (alignment.b_sent == ib)).any():
            missed.append(g)
    assert not missed


def test_only_in_sentences_are_one_sided(corpus, alignment):
    for doc, sents in GOLD["only_in"].items():
        col, status = ("b_sent", "only_b") if doc == B else ("a_sent", "only_a")
        for s in sents:
            i = _sent_holding(corpus, doc, s)
            rows = alignment[alignment[col] == i]
            assert set(rows["status"]) == {status}, (s, rows[["a_sent", "b_sent", "score", "status"]])


def test_alignment_covers_every_sentence_once_and_no_boilerplate(corpus, alignment):
    na, nb = len(corpus.sentences_of(A)), len(corpus.sentences_of(B))
    assert set(alignment.a_sent.dropna()) == set(range(na))
    assert set(alignment.b_sent.dropna()) == set(range(nb))
    text = " ".join(alignment.a_text.dropna()) + " ".join(alignment.b_text.dropna())
    for s in GOLD["documents"][A]["not_in_body"]:
        assert s not in text


def test_provenance_names_the_retelling(corpus):
    p = provenance(corpus)
    assert len(p) == 1
    row = p.iloc[0]
    assert row["derived"] == GOLD["provenance"]["derived"]
    assert row["closer_to_source"] == GOLD["provenance"]["closer_to_source"]
    assert row["order_tau"] > 0.8 and row["b_cites"] == GOLD["documents"][B]["source_url"]


def test_shared_passages_offsets(corpus):
    sp = shared_passages(corpus, A, B)
    assert len(sp) and (sp["n_words"] >= 4).all()
    ta, tb = corpus.text(A).lower(), corpus.text(B).lower()
    for r in sp.itertuples():
        assert ta[r.a_start:r.a_end] == r.text.lower()
        words = lambda t: [w.replace("’", "'") for w in __import__("re").findall(r"\w+(?:['’]\w+)*", t)]
        assert words(ta[r.a_start:r.a_end]) == words(tb[r.b_start:r.b_end])
    assert any("de bretton-gordon, a former" in t.lower() for t in sp["text"])


# ------------------------------------------------------------------------------ edge cases
def _corpus(tmp_path, texts):
    for name, t in texts.items():
        (tmp_path / f"{name}.txt").write_text(t, encoding="utf-8")
    return load_corpus(tmp_path)


def test_one_article(tmp_path):
    c = _corpus(tmp_path, {"only": "A storm hit the coast on Monday and cut power to many homes."})
    assert sim.document_similarity(c).shape == (1, 1)
    assert provenance(c).empty


def test_identical_articles_are_one(tmp_path):
    t = "A storm hit the coast on Monday. Power was cut to many homes. Officials said repairs would take days."
    c = _corpus(tmp_path, {"x": t, "y": t + "\n"})
    assert c.doc_ids == ["x"] and "duplicate" in c.skipped["reason"].iloc[0]


def test_near_identical_verbatim_and_one_sentence(tmp_path):
    t = "A storm hit the coast on Monday. Power was cut to many homes. Officials said repairs would take days."
    c = _corpus(tmp_path, {"x": t, "y": t.replace("Monday", "Tuesday"), "z": "Markets rallied on strong earnings."})
    al = sim.align(c, "x", "y")
    assert list(al["status"]).count("verbatim") == 2 and (al["status"] != "only_a").all()
    al2 = sim.align(c, "x", "z")
    assert set(al2["status"]) == {"only_a", "only_b"} and len(al2) == 4
    p = provenance(c).set_index(["a", "b"])
    assert ("x", "y") in p.index and ("x", "z") not in p.index, "an unrelated pair is not a candidate pair"
    assert sim.candidate_pairs(c) == [("x", "y")]


def test_no_shared_words(tmp_path):
    c = _corpus(tmp_path, {"p": "Quiet rivers flow north.", "q": "Bright markets jumped yesterday!"})
    assert sim.document_similarity(c).at["p", "q"] == 0.0
    assert shared_passages(c, "p", "q").empty


def test_top_neighbours_finds_the_retelling():
    texts = ["The storm cut power to thousands of homes on the coast on Monday.",
             "Markets rallied as the central bank held interest rates steady.",
             "Thousands of coastal homes lost power when the storm hit on Monday.",
             "The central bank kept interest rates on hold and markets rose.",
             "A new museum of modern art opened downtown with a sculpture show."]
    nb = sim.top_neighbours(texts, k=1, max_df=0.5)
    best = dict(zip(nb["doc"], nb["neighbour"]))
    assert best[0] == 2 and best[2] == 0 and best[1] == 3 and best[3] == 1
    assert (nb["rank"] == 1).all() and nb["score"].between(0, 1).all()


def test_content_similarity_reads_past_inflection_and_function_words():
    """Two tellings that differ in inflection and function words score higher on content lemmas than
    on words as written, and an unrelated text stays low."""
    a = ["Soldiers killed three protesters in the capital on Monday."]
    b = ["Three protesters were killed by a soldier in that capital Monday."]
    other = ["The central bank raised interest rates to curb inflation."]
    content, word = sim.pair_similarity(a, b, "content")[0], sim.pair_similarity(a, b, "word")[0]
    assert content > word
    assert content > 3 * sim.pair_similarity(a, other, "content")[0]


def test_document_similarity_content_from_the_one_parse(corpus):
    m = sim.document_similarity(corpus, "content")
    assert list(m.index) == corpus.doc_ids and np.allclose(np.diag(m.values), 1.0)
    assert 0.3 < m.at[A, B] < 0.95
    with pytest.raises(ValueError, match="analyzer"):
        sim.document_similarity(corpus, "lemmas")
