"""The one analysis pass: one sentence segmentation, each article parsed once, stored and reloaded, bounded."""
import pandas as pd
import pytest

from conftest import ROOT
from helpers import analyse, events, figures, load_corpus, problems, timexes
from helpers.corpus import analysis, parsing
from helpers.text.clauses import clause_of
from helpers.text.pipeline import parse


def _folder(tmp_path, texts: dict, meta: str | None = None):
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    if meta:
        (tmp_path / "metadata.csv").write_text(meta, encoding="utf-8")
    return tmp_path


def test_every_corpus_sentence_is_one_parsed_sentence(corpus):
    docs = parsing.parsed_docs(corpus)
    for doc_id in corpus.doc_ids:
        doc = docs[doc_id]
        parsed = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
        parsed = [(s + len(doc.text[s:e]) - len(doc.text[s:e].lstrip()), s + len(doc.text[s:e].rstrip()))
                  for s, e in parsed]
        table = list(zip(corpus.sentences_of(doc_id)["start"], corpus.sentences_of(doc_id)["end"]))
        assert parsed == table, doc_id


def test_stored_analysis_is_reloaded_and_keyed_by_content(tmp_path, monkeypatch):
    monkeypatch.setattr(analysis.config, "PROCESSED_DIR", tmp_path / "processed")
    folder = _folder(tmp_path / "c", {"a": "The mayor said on Monday the bridge would close. It reopens in May.",
                                      "b": "The bridge will close, the mayor said Monday. It reopens in May."})
    first = analyse(folder, progress=False)
    stored = list((tmp_path / "processed").glob("analysis-*"))
    assert len(stored) == 1 and (stored[0] / "tables.pkl").exists() and (stored[0] / "docs.spacy").exists()
    again = analyse(folder, progress=False)
    assert "figures" in again._cache and "spacy_docs" not in again._cache, "tables loaded, nothing parsed"
    pd.testing.assert_frame_equal(figures(first), figures(again))
    assert parsing.parsed_docs(again)["a"].text == first.text("a")  # the stored parse, read back
    (folder / "b.txt").write_text("The bridge will close on Tuesday, officials said.", encoding="utf-8")
    analyse(folder, progress=False)
    assert len(list((tmp_path / "processed").glob("analysis-*"))) == 2, "a changed article is a new analysis"


@pytest.mark.parametrize("text", [
    "Record sales in October.",
    "Updated 09/14/2013 01:03 PM",
    "Monday, 3 March 2014",
    "In October. In November. Since 2010.",
])
def test_verbless_dated_lines_do_not_hang(text):
    doc = parse(text)
    for s in doc.sents:
        assert clause_of(doc, s.start_char, s.end_char).strip()


def test_headline_only_and_verbless_articles(tmp_path):
    folder = _folder(tmp_path, {"h": "Record sales in October", "v": "Updated 09/14/2013 01:03 PM\n\nRecord sales in October.",
                                "w": "Stocks rose in October as record sales lifted retailers, analysts said."},
                     "doc_id,published\nh,2013-09-14\nv,2013-09-14\nw,2013-09-15\n")
    c = analyse(folder, progress=False, store=False)
    ev = events(c)
    assert set(ev["doc_id"]) == {"h", "v", "w"}
    assert (timexes(c)["doc_id"] == "v").any()


def test_a_huge_line_without_punctuation_is_bounded(tmp_path):
    words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa " * 5000).strip()  # 50,000 words, one line
    folder = _folder(tmp_path, {"long": words, "short": "The council met on Monday and approved the budget."})
    c = load_corpus(folder)
    s = c.sentences_of("long")
    assert len(s) > 100 and (s["end"] - s["start"]).max() <= 2000
    c = analyse(c, progress=False, store=False)
    assert problems(c).empty


def test_a_failing_step_skips_one_article_with_a_reason(tmp_path, monkeypatch):
    folder = _folder(tmp_path, {"ok": "The council met on Monday.", "bad": "The mayor spoke on Friday."})
    c = load_corpus(folder)
    real = timexes.__globals__["extract_timexes"]

    def flaky(text, ref=None):
        if "mayor" in text:
            raise RuntimeError("boom")
        return real(text, ref)

    monkeypatch.setitem(timexes.__globals__, "extract_timexes", flaky)
    tx = timexes(c)
    assert set(tx["doc_id"]) == {"ok"}
    p = problems(c)
    assert list(p["doc_id"]) == ["bad"] and "boom" in p["reason"].iloc[0] and p["step"].iloc[0] == "time expressions"


def test_budget_interrupts_a_runaway_step():
    import time

    with pytest.raises(parsing.StepTimeout):
        with parsing.budget(0.2):
            while True:
                time.sleep(0.01)


def test_seeds_parse_once(corpus):
    docs = parsing.parsed_docs(corpus)
    assert parsing.parsed_docs(corpus) is docs and set(docs) == set(corpus.doc_ids)


def test_non_english_article_is_not_mined_and_says_so(tmp_path):
    fr = ("Le conseil municipal s'est réuni lundi et a voté le budget de la ville. Le maire a déclaré que les travaux "
          "commenceront en mars. Les habitants ont salué une décision attendue depuis des années dans la commune.")
    folder = _folder(tmp_path, {"fr": fr, "en": "The city council met on Monday and approved the budget, the mayor said."})
    c = analyse(folder, progress=False, store=False)
    assert not c.is_english("fr") and c.is_english("en")
    p = problems(c)
    assert list(p["doc_id"]) == ["fr"] and "another language" in p["reason"].iloc[0]
    assert "fr" not in set(timexes(c)["doc_id"]) and "en" in set(timexes(c)["doc_id"])
