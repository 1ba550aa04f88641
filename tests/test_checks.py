"""The checks the notebooks print (``helpers.report.checks``) and the choice of pairs notebook 01 aligns: they pass
on sound input, and stop with a message naming the article on broken tables or unknown ids."""
import pandas as pd
import pytest

from helpers.corpus import load_corpus
from helpers.corpus.figures import figures, mentions
from helpers.corpus.similarity import pairs_to_show, top_pairs
from helpers.report import checks


def _write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def reporter_corpus(tmp_path_factory):
    """Article a is by Jane Doe and names her in its last line; article b quotes her as a witness."""
    d = tmp_path_factory.mktemp("reporter")
    _write(d, "a.txt", "Storm Hits Coast\n\nHeavy rain flooded the harbour town on Monday, officials said. The mayor, "
                       "Ann Lee, said the roads were closed until Wednesday. Jane Doe reported from the harbour.\n")
    _write(d, "b.txt", "Harbour floods\n\nThe harbour flooded on Monday. Jane Doe, a local reporter who covered the "
                       "storm, said the water rose fast. Mayor Ann Lee closed the roads until Wednesday.\n")
    _write(d, "metadata.csv", "doc_id,byline,published\na,Jane Doe,2024-05-06\nb,Tom Roe,2024-05-06\n")
    return load_corpus(d)


def test_an_author_quoted_by_another_article_is_a_figure_and_the_check_passes(reporter_corpus):
    c = reporter_corpus
    ment = mentions(c)
    jane = ment[ment["text"] == "Jane Doe"]
    assert list(jane["doc_id"]) == ["b"], "her own article's mention is its author; the other article's is a figure"
    assert checks.figures(c, figures(c), ment).startswith("Check passed")


def test_the_figures_check_stops_on_an_articles_own_author_and_on_a_misplaced_mention(reporter_corpus):
    c = reporter_corpus
    ment, figs = mentions(c), figures(c)
    at = c.text("a").index("Jane Doe")
    own = pd.DataFrame([{"doc_id": "a", "start": at, "end": at + 8, "text": "Jane Doe", "figure_label": "PERSON"}])
    with pytest.raises(AssertionError, match=r"^a at \d+: its author 'Jane Doe'"):
        checks.figures(c, figs, pd.concat([ment, own], ignore_index=True))
    moved = ment.assign(start=ment["start"] + 1)
    with pytest.raises(AssertionError, match="mention of [ab] at"):
        checks.figures(c, figs, moved)


def test_the_span_and_similarity_checks_pass_on_a_real_corpus_and_name_what_breaks(reporter_corpus):
    c = reporter_corpus
    assert checks.spans(c).startswith("Check passed: each of the")
    m = pd.DataFrame([[1.0, 0.4], [0.4, 1.0]], index=["a", "b"], columns=["a", "b"])
    assert checks.similarity(m).startswith("Check passed")
    with pytest.raises(AssertionError, match="not symmetric"):
        checks.similarity(pd.DataFrame([[1.0, 0.4], [0.3, 1.0]], index=["a", "b"], columns=["a", "b"]))
    tx = pd.DataFrame([{"doc_id": "b", "start": 0, "end": 7, "text": "Harbour", "earliest": "2024-05-07",
                        "latest": "2024-05-06"}])
    with pytest.raises(AssertionError, match="^b at 0: a date ends before it begins"):
        checks.timexes(c, tx)


def test_pairs_to_show_takes_the_copy_graph_first_then_the_closest_pairs_each_once():
    m = pd.DataFrame([[1, .9, .2, .5], [.9, 1, .3, .1], [.2, .3, 1, .8], [.5, .1, .8, 1]],
                     index=list("abcd"), columns=list("abcd"), dtype=float)
    graph = pd.DataFrame({"doc_id": ["b", "c", "d"], "source": ["a", None, "a"]})
    assert list(top_pairs(m, 3).itertuples(index=False, name=None)) == [("a", "b", .9), ("c", "d", .8), ("a", "d", .5)]
    assert pairs_to_show(graph, m, None, 3) == [("a", "b"), ("a", "d"), ("c", "d")]
    assert pairs_to_show(graph, m, [["c", "a"]], 3) == [("c", "a")]


def test_closest_pairs_shown_side_by_side_tell_one_story():
    m = pd.DataFrame([[1, .3, .2, .1], [.3, 1, .1, .15], [.2, .1, 1, .05], [.1, .15, .05, 1]],
                     index=list("abcd"), columns=list("abcd"), dtype=float)
    graph = pd.DataFrame({"doc_id": list("abcd"), "source": [None] * 4})
    stories = {"a": "S1", "b": "S2", "c": "S1", "d": "S2"}
    assert pairs_to_show(graph, m, None, 3) == [("a", "b"), ("a", "c"), ("b", "d")]
    assert pairs_to_show(graph, m, None, 3, stories) == [("a", "c"), ("b", "d")]
    assert pairs_to_show(graph, m, None, 3, {d: f"S{k}" for k, d in enumerate("abcd")}) == []
    assert pairs_to_show(graph, m, [["a", "b"]], 3, stories) == [("a", "b")]  # a pair asked for is shown
    prov = pd.DataFrame({"a": ["b", "a"], "b": ["a", "d"], "relation": ["independent", "unrelated"]})
    assert pairs_to_show(graph, m, None, 3, stories, prov) == [("a", "b"), ("a", "c"), ("b", "d")]  # related


def test_pairs_naming_an_unknown_article_stop_with_the_ids_the_corpus_holds():
    m = pd.DataFrame([[1.0, .5], [.5, 1.0]], index=["a", "b"], columns=["a", "b"])
    graph = pd.DataFrame({"doc_id": ["a", "b"], "source": [None, None]})
    with pytest.raises(ValueError, match=r"PAIRS names no article of this corpus: zz; the article ids are: a, b"):
        pairs_to_show(graph, m, [["a", "zz"]], 3)


def test_a_long_article_id_is_cut_in_the_articles_table_and_whole_on_hover():
    """A 64-digit hashed file name squeezed the headline column of the articles table (reader, pages_16): it is
    cut in the middle, whole in the hover title; a short id and a hostile one are shown as text."""
    from types import SimpleNamespace

    from helpers.report.views import ID_CHARS, article_table
    long_id, hostile = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856", "<b>x</b>"
    arts = pd.DataFrame({"doc_id": [long_id, hostile, "bbc"], "published": ["2024-01-02", None, None],
                         "outlet": [None, None, "BBC"], "title": ["A headline", "B", "C"], "n_words": [10, 20, 30]})
    labels = {long_id: "A1 · vox.com", hostile: "A2", "bbc": "A3 · BBC"}
    page = article_table(SimpleNamespace(articles=arts), [long_id, hostile, "bbc"], labels)
    assert long_id not in page.replace(f'title="{long_id}"', ""), page  # shown cut ...
    assert f'title="{long_id}"' in page and ">042bb7b5…f7335856<" in page  # ... whole on hover
    assert ">bbc<" in page and "&lt;b&gt;x&lt;/b&gt;" in page and "<b>x</b>" not in page
    assert len("042bb7b5…f7335856") <= ID_CHARS
