"""The story across articles: labels, order, near-copies, what each article alone says, facts x articles."""
import io

import pandas as pd
import pytest

from conftest import GOLD, A, B, locate
from helpers import analyse, load_corpus
from helpers.corpus import stories, story


@pytest.fixture(scope="module")
def seeds(corpus):
    return analyse(corpus, progress=False, store=False)


def _facts_table(folder):
    """The facts table of an analysed folder."""
    return story.facts(analyse(load_corpus(folder), progress=False, store=False))[0]


def _folder(tmp_path, texts: dict, meta: str | None = None):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    if meta:
        (tmp_path / "metadata.csv").write_text(meta, encoding="utf-8")
    return tmp_path


def _fact_with(table, links, corpus, gold_a, gold_b):
    """The disagreeing facts whose readings come from the sentences holding ``gold_a`` (in A) and ``gold_b`` (in B)."""
    sa = corpus.sentence_index(A, [locate(corpus.text(A), gold_a)[0]])[0]
    sb = corpus.sentence_index(B, [locate(corpus.text(B), gold_b)[0]])[0]
    hits = set(links[(links.doc_id == A) & (links.sent == sa)]["fact"]) & set(links[(links.doc_id == B) & (links.sent == sb)]["fact"])
    return table[table["fact"].isin(hits) & table["disagree"]]


def _facts_limit(item):
    """The gold discrepancies the facts table does not show as disagreeing (each is a row of the pairwise
    ``discrepancies`` table, see test_compare): strict xfails, so one that starts to pass is noticed."""
    limits = {"what dates from": "two different events dated October: the facts table lines up events, and "
                                 "these are two, not one event with two dates",
              "who regained": "an actor named two ways ('Russian forces' / 'Moscow') is a pairwise discrepancy "
                              "(kind actor), not a fact row"}
    why = next((v for k, v in limits.items() if item["what"].startswith(k)), None)
    return pytest.param(item, marks=pytest.mark.xfail(strict=True, reason=why)) if why else item


@pytest.mark.parametrize("item", [_facts_limit(d) for d in GOLD["discrepancies"]], ids=lambda d: d["what"][:30])
def test_gold_discrepancies_are_disagreeing_facts(seeds, item):
    table, links = story.facts(seeds)
    assert len(_fact_with(table, links, seeds, item["a"], item["b"])), item


def test_facts_table_layout(seeds):
    table, links = story.facts(seeds)
    n = len(story.FACT_COLUMNS)
    assert list(table.columns[:n]) == story.FACT_COLUMNS and list(table.columns[n:]) == story.reading_order(seeds)
    assert table["disagree"].is_monotonic_decreasing, "disagreements first"
    rank = table["difference"].map(story.DIFFERENCES.index)
    assert rank.is_monotonic_increasing and (table["disagree"] == (table["difference"] != "")).all()
    assert (table["difference"] == "conflict").any(), "the seeds hold conflicting readings (hedges, quotes)"
    for r in links.itertuples():  # every reading links back to a sentence of its article
        assert 0 <= r.sent < len(seeds.sentences_of(r.doc_id))
        assert r.text and isinstance(r.text, str)


def test_alone_holds_the_gold_one_sided_sentences(seeds):
    al = story.alone(seeds)
    assert not al.duplicated(["doc_id", "sent"]).any()
    for doc, sents in GOLD["only_in"].items():
        for s in sents:
            i = seeds.sentence_index(doc, [locate(seeds.text(doc), s)[0]])[0]
            assert ((al.doc_id == doc) & (al.sent == i)).any(), s


def test_undated_articles_are_read_in_the_order_their_numbered_names_give(tmp_path):
    """Reader: in ECB+ 16 the table ran 13_10ecb ... 13_19ecb, 13_1ecb, 13_20ecb: files named by number
    (2.txt, 10.txt) are read with their numbers as numbers; a date still comes first."""
    text = "Storm Hits Coast\n\nA powerful storm hit the coast on Monday, officials said.\n"
    folder = _folder(tmp_path, {"13_10ecb": text, "13_1ecb": text + "More.\n", "13_2ecb": text + "Again.\n",
                                "13_19ecb": text + "Later.\n"},
                     "doc_id,published\n13_19ecb,2024-05-01\n")
    c = load_corpus(folder)
    assert story.reading_order(c) == ["13_19ecb", "13_1ecb", "13_2ecb", "13_10ecb"]


def test_labels_order_and_near_copies(tmp_path):
    story_text = ("Storm Hits Coast\n\nA powerful storm hit the coast on Monday, cutting power to 3,000 homes, officials "
                  "said. Rescue teams worked through the night.\n\nThe mayor said schools will stay closed until Friday.\n")
    other = ("Markets Rally on Strong Bank Earnings\n\nShares rose sharply on Tuesday as investors cheered strong earnings from banks and "
             "technology companies across the region.\n")
    folder = _folder(tmp_path, {"b_copy": story_text.replace("Monday", "Monday morning"), "a_orig": story_text,
                                "c_other": other, "d_nodate": story_text + "\nThe damage will be assessed next week.\n"},
                     "doc_id,published,outlet\na_orig,2024-05-01,Daily Post\nb_copy,2024-05-02,\nc_other,2024-04-30,\n")
    c = analyse(load_corpus(folder), progress=False, store=False)
    assert story.reading_order(c) == ["c_other", "a_orig", "b_copy", "d_nodate"]
    lab = story.labels(c)
    assert lab["a_orig"] == "Daily Post" and lab["c_other"] == "Markets Rally on Strong…" and len(set(lab.values())) == 4
    groups = story.near_copy_groups(c)
    assert set(groups["doc_id"]) >= {"a_orig", "b_copy"} and "c_other" not in set(groups["doc_id"])
    al = story.alone(c)
    assert "The damage will be assessed next week." in set(al["text"])
    assert set(al.loc[al["doc_id"] == "a_orig", "text"]) == set()


def test_labels_drop_the_words_colliding_headlines_start_with(tmp_path):
    heads = {"a": "Mayor of Rivertown resigns after audit finds missing funds",
             "b": "Mayor of Rivertown resigns after long illness",
             "c": "Mayor of Rivertown resigns after long illness"}
    folder = _folder(tmp_path, {d: f"{h}\n\nThe mayor resigned on {d.upper()} day, the council said.\n"
                                for d, h in heads.items()})
    lab = story.labels(load_corpus(folder))
    assert lab["a"] == "…audit finds missing funds" and lab["b"] == "…long illness", lab
    assert lab["c"] == "…long illness #2" and all(len(v) <= 28 for v in lab.values())


def test_clustered_order_is_a_permutation_that_groups():
    m = pd.DataFrame([[1, .1, .9], [.1, 1, .1], [.9, .1, 1]], index=list("xyz"), columns=list("xyz"))
    order = story.clustered_order(m)
    assert sorted(order) == list("xyz") and abs(order.index("x") - order.index("z")) == 1


def test_a_date_that_holds_another_is_no_disagreement():
    from helpers.corpus.events import dates_disagree as _dates_disagree

    assert not _dates_disagree(["2016-09-30", "2016-09-30TEV", "2016-09"])
    assert _dates_disagree(["2016-09-30TEV", "2016-09-30T03:00"])  # evening is not 3 a.m.
    assert _dates_disagree(["2016-09-30", "2016-09-29"])
    assert _dates_disagree(["2016-09", "2016-10-02"])
    assert not _dates_disagree(["2016-09-30", None])


def test_a_day_and_the_next_days_small_hours_may_be_one_night():
    """Reader: ECB+ 40's only conflict was Lohan checking in "late Thursday" against "early Friday morning,
    around 1:30 a.m.": one night told two ways. Two days apart, or two mornings, still disagree."""
    from helpers.corpus.events import dates_disagree as _dates_disagree
    ts = pd.Timestamp
    spans = {"2013-05-02": (ts("2013-05-02"), ts("2013-05-02")), "2013-05-03TMO": (ts("2013-05-03"), ts("2013-05-03")),
             "2013-05-04TMO": (ts("2013-05-04"), ts("2013-05-04")), "2013-05-02TMO": (ts("2013-05-02"), ts("2013-05-02"))}
    assert not _dates_disagree(["2013-05-02", "2013-05-03TMO"], spans)
    assert not _dates_disagree(["2013-05-02TNI", "2013-05-03T01:30"], spans)
    assert _dates_disagree(["2013-05-02", "2013-05-04TMO"], spans)
    assert _dates_disagree(["2013-05-02TMO", "2013-05-03TMO"], spans)
    assert _dates_disagree(["2013-05-02", "2013-05-03"], spans)


def test_a_date_whose_span_holds_another_is_no_disagreement():
    """With calendar spans, "this week" (an ISO week) holds "Monday" of that week; "last week" does not."""
    from helpers.corpus.events import dates_disagree as _dates_disagree
    ts = pd.Timestamp
    spans = {"2016-W39": (ts("2016-09-26"), ts("2016-10-02")), "2016-09-26": (ts("2016-09-26"), ts("2016-09-26")),
             "2016-W38": (ts("2016-09-19"), ts("2016-09-25")), "2016-09-26TNI": (ts("2016-09-26"), ts("2016-09-26"))}
    assert not _dates_disagree(["2016-W39", "2016-09-26", "2016-09-26TNI"], spans)
    assert _dates_disagree(["2016-W38", "2016-09-26"], spans)
    assert _dates_disagree(["2016-W39", "2016-09-26"])  # without spans, text alone cannot tell


def test_an_event_told_without_its_date_is_an_omission_not_a_conflict(tmp_path):
    text = ("Bridge Reopens\n\nDrivers queued at dawn to cross the river. The old river bridge reopened to traffic "
            "on Tuesday after a two-year repair, the county council said.\n")
    undated = text.replace(" on Tuesday", "")
    folder = _folder(tmp_path, {"a": text, "b": undated}, "doc_id,published\na,2024-05-08\nb,2024-05-08\n")
    table = _facts_table(folder)
    dates = table[table["kind"] == "date"]
    assert len(dates) and set(dates["difference"]) == {"omission"}, dates.T


def test_a_date_an_undated_article_cannot_resolve_agrees_with_the_date_it_may_be(tmp_path):
    """METER: the wire copy (dated) says "adjourned until December 13"; the Mail and the Guardian, with no
    publication date, say it too. Their "December 13" (XXXX-12-13) was a separate event, and the fact showed
    them as not telling the date; the Mirror, which drops it, is the one omission."""
    wire = ("Manager in court\n\nThe football manager Dale Ormsby appeared before magistrates in Leeds charged "
            "with fraud. The case was adjourned until December 13 for committal to the crown court. Ormsby "
            "denied all the charges.\n")
    paper = wire.replace("appeared before magistrates in Leeds", "faced magistrates in Leeds yesterday")
    other = wire.replace("December 13", "December 14")
    dropped = wire.replace(" until December 13", "")
    meta = "doc_id,published\nwire,1999-11-02\n"
    table = _facts_table(_folder(tmp_path, {"wire": wire, "paper": paper, "dropped": dropped}, meta))
    dates = table[(table["kind"] == "date") & table["what"].str.contains("adjourned")]
    assert len(dates) == 1, dates.T
    row = dates.iloc[0]
    assert row["difference"] == "omission", row
    assert row["paper"] == "December 13 (unresolved)" and row["dropped"] == "(no date)", row
    for f in tmp_path.glob("*"):
        f.unlink()
    table = _facts_table(_folder(tmp_path, {"wire": wire, "other": other}, meta))
    dates = table[(table["kind"] == "date") & table["what"].str.contains("adjourned")]
    assert "omission" not in set(dates["difference"]), dates.T  # December 14 is another date, not none


def test_a_sentence_beside_a_time_its_article_cannot_place_does_not_leave_the_date_out(tmp_path):
    """METER 40: the Mirror, with no publication date, leads "appeared in court yesterday" and goes on "faces four
    charges"; the second sentence was aligned with the wire's "appear before magistrates today charged ..." and
    the Mirror shown as leaving the date out. Its "yesterday" may be that very day."""
    wire = ("MANAGER IN COURT\n\nCounty FC manager Dale Ormsby was due to appear before magistrates today charged "
            "with a number of fraud offences against the club.\n\nThe 43-year-old former Leeds defender was "
            "arrested in June when he attended a police station.\n")
    paper = ("FOOTBALL boss Dale Ormsby appeared in court yesterday accused of defrauding his club.\n\n"
             "The County manager faces four charges of fraud against the club.\n\n"
             "Ormsby, 43, a former Leeds player, denies all the charges.\n")
    table = _facts_table(_folder(tmp_path, {"wire": wire, "paper": paper}, "doc_id,published\nwire,1999-11-02\n"))
    dates = table[table["kind"] == "date"]
    assert "omission" not in set(dates["difference"]), dates.T
    # with its publication date, the paper's "yesterday" is the wire's "today": one event, both dated
    table = _facts_table(_folder(tmp_path, {"wire": wire, "paper": paper},
                                 "doc_id,published\nwire,1999-11-02\npaper,1999-11-03\n"))
    dates = table[table["kind"] == "date"]
    assert list(dates["difference"]) == [""] and dates["paper"].iloc[0].startswith("yesterday → 1999-11-02"), dates.T


def test_the_day_a_court_heard_something_is_not_a_date_other_articles_leave_out(tmp_path):
    """METER 40: PA's "A disgruntled worker contaminated ... pancakes with glass ..., a court heard today" dates the
    hearing; the Times, retelling the contamination ("he had contaminated the snacks when he heard ..."), was
    shown as leaving the date out. A clause on "March 3", told without it, still is an omission."""
    from helpers.text.clauses import clause_words
    from helpers.text.pipeline import parse
    heard = "A disgruntled worker contaminated thousands of pancakes with glass, a court heard today."
    doc = parse(heard)
    at = heard.index("today")
    assert clause_words(doc, at, at + 5) == ("", frozenset())
    arrested = "McKay was arrested on March 3 at his home."
    at = arrested.index("March 3")
    assert clause_words(parse(arrested), at, at + 7)[0] == "arrest"
    wire = ("GLASS IN PANCAKES\n\nA disgruntled worker contaminated thousands of savoury pancakes with glass after "
            "he was told he was to be made redundant, a court heard today. He was arrested on March 3 at his "
            "home in Gateshead.\n")
    paper = ("Glass in pancakes\n\nThe prosecution claimed that he had contaminated the snacks when he heard the "
             "company was making staff redundant. He was arrested at his home in Gateshead.\n")
    table = _facts_table(_folder(tmp_path, {"wire": wire, "paper": paper},
                                 "doc_id,published\nwire,1999-11-02\npaper,1999-11-03\n"))
    dates = table[table["kind"] == "date"]
    assert list(dates["difference"]) == ["omission"] and "arrested" in dates["what"].iloc[0], dates.T


def test_a_quote_whose_speaker_is_not_named_joins_the_statement_it_repeats(tmp_path):
    """METER 40: the Express and the Independent give Richard Thomas's evidence to "The teenager"; the quote had no
    speaker name, so both papers were counted silent on what four other papers quote him saying."""
    lead = "Student Richard Thomas told a court his parents fed him junk food every day.\n\n"
    said = "Food was never prepared in our house. Most nights they would come home with a whole load of chips."
    a = f"Chip diet\n\n{lead}Mr Thomas told the jury: \"{said}\"\n"
    b = f"Chips every night\n\n{lead}\"{said.replace('our', 'the')}\" Richard Thomas said.\n"
    c = (f"Boy fed on chips\n\n{lead}Now 18, he gave evidence against his father.\n\nThe teenager told the jury: "
         f"\"{said.replace('our', 'the')}\"\n\nThe teenager added: \"The weather in Cardiff was lovely that summer.\"\n")
    table = _facts_table(_folder(tmp_path, {"a": a, "b": b, "c": c}))
    rows = table[(table["kind"] == "quote") & table["what"].str.contains("Thomas")]
    assert len(rows) == 1 and isinstance(rows["c"].iloc[0], str) and "never prepared" in rows["c"].iloc[0], rows.T
    assert not table["c"].fillna("").str.contains("weather").any(), table.T  # words said by no one else join nothing


def test_a_statement_two_articles_quote_without_a_speaker_name_is_a_quote_fact(tmp_path):
    """pages 16: TechCrunch's "A company spokesperson said" and another site's "a WeWork spokesperson said" quote one
    statement; with no speaker name on either side the statement had no row. Unrelated nameless quotes stay out."""
    said = "We have received a letter from the harbour authority and are reviewing it carefully"
    a = (f"Ferry firm faces inquiry\n\nThe ferry firm is under investigation, officials said.\n\n"
         f"\"{said},\" a Seaways spokesperson said.\n\nA witness said: \"The boat was very late that night.\"\n")
    b = (f"Inquiry into ferry firm\n\nThe ferry firm is under investigation, officials said.\n\n"
         f"A company spokesperson said: \"{said.replace(' are', ' we are')}.\"\n\n"
         "A passenger said: \"Nobody told us anything.\"\n")
    table = _facts_table(_folder(tmp_path, {"a": a, "b": b}))
    rows = table[(table["kind"] == "quote") & table["what"].str.startswith("unnamed speaker")]
    assert len(rows) == 1 and "spokesperson" in rows["what"].iloc[0], table.T
    assert "harbour authority" in rows["a"].iloc[0] and "harbour authority" in rows["b"].iloc[0], rows.T
    assert not table["a"].fillna("").str.contains("very late").any(), table.T
    a = a.replace("a Seaways spokesperson said", "it said")
    table = _facts_table(_folder(tmp_path, {"a": a, "b": b}))
    assert "unnamed speaker quoted" in set(table["what"]), table.T  # a pronoun describes no one


def test_a_surname_spelt_two_ways_is_a_name_conflict_a_fuller_form_is_not(tmp_path):
    a = ("Dam Opens\n\nEngineer Joseph R. Kowalczyk opened the new dam on Monday, the water board said. "
         "Mayor Anna Shevchenko thanked the builders.\n")
    b = ("Dam Opens\n\nEngineer Joe Kowalczyk opened the new dam on Monday, the water board said. "
         "Mayor Anna Shevtchenko thanked the builders.\n")
    table = _facts_table(_folder(tmp_path, {"a": a, "b": b}))
    names = table[table["kind"] == "name"]
    assert list(names["difference"]) == ["conflict"] and "Shev" in names["what"].iloc[0], names.T


def test_an_age_written_beside_a_name_is_a_fact_and_two_ages_far_apart_conflict(tmp_path):
    a = ("Parents Cleared\n\nThe court cleared businessman Christopher Grant, 45, and his wife Meryl Grant, 43, "
         "of cruelty on Monday. A 12-year-old boy had given evidence, the court heard.\n")
    b = ("Parents Cleared\n\nThe court cleared his father, Christopher Grant, 15, a businessman, and his wife, "
         "Meryl Grant, 44, of cruelty on Monday.\n")
    table = _facts_table(_folder(tmp_path, {"a": a, "b": b}))
    ages = table[table["kind"] == "age"].set_index("what")
    assert ages.loc["age of Christopher Grant", "difference"] == "conflict", ages.T
    assert ages.loc["age of Christopher Grant", "b"] == "Christopher Grant, 15"
    assert ages.loc["age of Meryl Grant", "difference"] == "", ages.T  # a birthday between two reports
    assert len(ages) == 2  # the boy's age names no one
    assert "number" not in set(table["kind"]), table.T  # an age is no number fact besides


def test_two_figures_one_article_gives_both_are_no_conflict():
    from helpers.corpus.story import _figures_difference
    x22, x15, x18 = (22.0, 22.0, ""), (15.0, 15.0, ""), (18.0, 18.0, "")
    assert _figures_difference({"a": {x22}, "b": {x15}, "c": {x22, x15}}) == ""  # c tells both: two figures
    assert _figures_difference({"a": {x22}, "b": {x15}}) == "conflict"
    assert _figures_difference({"a": {x22}, "b": {x15}, "c": {x22, x18}}) == "conflict"
    # reader V11: "over five" weekends (PA) against "one" (the weekend he was off sick), which the Sun tells
    # beside "five": two figures, and "over five" / "five" only a hedge
    five, over_five, one = (5.0, 5.0, ""), (5.0, None, "over"), (1.0, 1.0, "")
    assert _figures_difference({"pa": {over_five}, "sun": {five, one}, "times": {five}}) == "hedge"
    # hedges that still allow one value are no conflict; ones that allow none are
    hedge = lambda x, y: _figures_difference({"a": {x}, "b": {y}})
    assert hedge((8.0, 8.0, "nearly"), (8.0, 8.0, "about")) == "hedge"
    assert hedge((35.0, 40.0, "as many as"), (40.0, 40.0, "about")) == "hedge"
    assert hedge((40.0, None, "at least"), (40.0, 40.0, "")) == "hedge"  # "at least" holds its figure
    assert hedge((40.0, 40.0, "about"), (40.0, 40.0, "around")) == ""  # one hedge in other words
    assert hedge((35.0, 40.0, "between"), (35.0, 40.0, "")) == ""  # "between" is the range itself
    for x, y in (((200.0, 200.0, "nearly"), (200.0, None, "more than")), ((12.0, 12.0, ""), (40.0, 40.0, "about")),
                 ((35.0, 40.0, "between"), (200.0, 200.0, "about")), ((24.0, None, "dozens"), (3.0, 3.0, "")),
                 ((5.0, None, "at least"), (100.0, 100.0, "")), ((100.0, 100.0, "up to"), (3.0, 3.0, "")),
                 ((40.0, None, "more than"), (38.0, 38.0, "")), ((40.0, None, "more than"), (30.0, 30.0, ""))):
        assert hedge(x, y) == "conflict", (x, y)
    # an open hedge on the very figure another article gives differs in sureness only (reader V5: "$1 million" /
    # "more than $1 million"); "nearly 200" / "more than 200" above, both hedged, still conflict
    assert hedge((40.0, None, "more than"), (40.0, 40.0, "")) == "hedge"
    assert hedge((1e6, 1e6, "fewer than"), (1e6, 1e6, "")) == "hedge"
    # other figures that can both hold are no hedge of one figure (reader, pages_16: "up to $8 billion" /
    # "$6.5 billion" read "hedged differently"); a vague "dozens" gives no figure to differ from
    assert hedge((8e9, 8e9, "up to"), (6.5e9, 6.5e9, "")) == "figure"
    assert hedge((40.0, 40.0, "about"), (35.0, 35.0, "")) == "figure"
    assert hedge((24.0, None, "dozens"), (30.0, 30.0, "")) == "hedge"
    # a conflict between any two articles outranks other figures between two others
    assert _figures_difference({"a": {(8e9, 8e9, "up to")}, "b": {(6.5e9, 6.5e9, "")}, "c": {(9e9, 9e9, "")}}) \
        == "conflict"


def test_quotes_group_around_statements_not_chains():
    """Three statements of one speaker, quoted whole by one article and one by one by another: three rows,
    not one; a shortened quote is no rewording, a changed word is."""
    from helpers.corpus.story import _reworded, _statements
    sub = pd.DataFrame({"doc_id": ["a", "a", "a", "b", "b", "b"],
                        "text": ["The river rose four metres in one night.", "We moved the animals to the hills.",
                                 "Nobody warned the farms downstream.", "The river rose four metres in a night.",
                                 "We moved the animals to the hills before dawn.", "Nobody warned the farms."]})
    groups = _statements(sub)
    assert sorted(map(sorted, groups)) == [[0, 3], [1, 4], [2, 5]]
    assert not _reworded([("a", "Nobody warned the farms downstream."), ("b", "Nobody warned the farms.")])
    assert _reworded([("a", "The river rose four metres in one night."), ("b", "The river rose four metres in a night.")])
    assert not _reworded([("a", "We left."), ("a", "They stayed.")])  # one article's two quotes


def test_a_long_quote_tells_each_statement_it_holds_by_its_own_sentences():
    """One article quotes two statements apart, another runs them together in one long quote: the long quote
    tells both (as the discrepancies table pairs it with each), each by the sentences that hold it."""
    from helpers.corpus.story import _statements, _told_part
    long_ = ("We had no warning at all. The river rose four metres in a single night. "
             "Nobody warned the farms downstream of us.")
    sub = pd.DataFrame({"doc_id": ["a", "a", "b"],
                        "text": ["The river rose four metres in one night.", "Nobody warned the farms downstream.", long_]})
    assert sorted(map(sorted, _statements(sub))) == [[0, 2], [1, 2]]
    a, b = _told_part(long_, "Nobody warned the farms downstream.")
    assert long_[a:b] == "Nobody warned the farms downstream of us."
    a, b = _told_part(long_, "The river rose four metres in one night.")
    assert long_[a:b] == "The river rose four metres in a single night."
    assert _told_part("Nobody warned us.", "Nobody warned the farms.") == (0, len("Nobody warned us."))
    other = "The river rose fast. My mother lost her house and her car. We rebuilt the river wall ourselves."
    a, b = _told_part(other, "The river wall was rebuilt.")  # one shared word ("river") keeps no sentence
    assert other[a:b] == "We rebuilt the river wall ourselves."
    one_word = pd.DataFrame({"doc_id": ["a", "b"], "text": ["The children were safe.",
                                                           "The police came far too late. Nobody was safe in that street."]})
    assert sorted(map(sorted, _statements(one_word))) == [[0], [1]]  # "safe" alone is no statement retold
    # the statement's words scattered over sentences about other things ("house", "cold") tell no statement
    scattered = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "The house was always cold and dark.",
        "We ate bread most days. Nobody ever cooked a proper meal in the house. "
        "The winters up there were long and bitterly cold. My brother left school early."]})
    assert sorted(map(sorted, _statements(scattered))) == [[0], [1]]


def test_a_statement_the_first_article_tells_twice_keeps_another_articles_quote_once():
    """A wire repeats a quote lower down in near words; a paper quotes the first telling word for word. The
    paper's quote sits with that telling only, not also with the repeat, where it read as "reworded" (METER
    doctor story: the Guardian's exact Hillier quote). A quote whose parts tell two different statements
    still sits with both (above)."""
    from helpers.corpus.story import _reworded, _statements
    first = "To be perfectly honest, it was confusing. He said my mum did have high blood pressure."
    again = "To be perfectly honest I was confused. He said my mum did have high blood pressure."
    sub = pd.DataFrame({"doc_id": ["a", "a", "b"], "text": [first, again, first]})
    groups = sorted(map(sorted, _statements(sub)))
    assert groups == [[0, 2], [1]]
    assert not _reworded([("a", first), ("b", first)])


def test_a_rewording_does_not_depend_on_which_quote_comes_first():
    """The word matcher is not symmetric; read one way only, a fact's "reworded" changed with the order of a
    set (Python's hash seed), so two runs of one report could disagree."""
    from helpers.corpus.compare import quote_reworded
    a = ("She was admired and trusted the town over by all who met her. She was a very kind soul, being a calm, "
         "honest young woman.")
    b = "She seldom if ever blamed people and to meet her was to admire her. She was wise far beyond her years."
    assert quote_reworded(a, b) == quote_reworded(b, a)


def test_quoting_more_or_less_of_a_statement_is_no_rewording_but_a_word_changed_or_dropped_is():
    """Reader V11: excerpts of one speech that start or end elsewhere, or leave a sentence out between, were
    all "conflicts"; a word dropped or changed where they overlap is a rewording, and a rewording is no
    conflict of readings (``DIFFERENCES``)."""
    from helpers.corpus.story import DIFFERENCES, _reworded
    a = "No food was provided. Instead he was fed chips over and over again. The only food kept was jam."
    b = "Instead he was fed chips over and over again. The only food kept was jam. The child had no new clothes."
    assert not _reworded([("a", a), ("b", b)])  # overlapping excerpts
    c = "No food was provided. The only food kept was jam."
    assert not _reworded([("a", a), ("c", c)])  # a sentence left out between
    assert _reworded([("a", "Findus crispy pancakes are class, because they are full of glass."),
                      ("b", "Findus pancakes are class - because they are full of glass")])  # a word dropped
    assert _reworded([("a", a), ("d", a.replace("fed chips", "given chips"))])
    assert not _reworded([("a", "Findus Crispy Pancakes are class - because they are full of glass."),
                          ("b", "Findus crispy pancakes are class because they are full of glass.")])  # punctuation
    assert DIFFERENCES.index("conflict") < DIFFERENCES.index("reworded") < DIFFERENCES.index("omission")
    # reviewer R14: short quotes and a word replaced at either end are rewordings too
    for x, y in (("It was an accident", "It was no accident"), ("I am innocent", "I am not guilty"),
                 ("a liar and a cheat", "a thief"), ("Yes.", "No."), ("He is a liar, she said", "She is a liar, she said")):
        assert _reworded([("a", x), ("b", y)]), (x, y)


@pytest.mark.parametrize("raw, shown", [("the Alaska Governor said", "the Alaska Governor"),
                                         ("according to the county sheriff", "the county sheriff"),
                                         ("reported by a local website, prosecutors had said late on Thursday", "a local website"),
                                         ("the airline's spokeswoman told", "the airline's spokeswoman"),
                                         ("The Daily Bugle", "The Daily Bugle")])
def test_a_source_without_a_known_name_is_shown_without_its_cue(raw, shown):
    assert story.source_phrase(raw) == shown


def test_a_web_outlet_is_one_source_with_or_without_its_domain():
    assert story._source_key("TMZ.com") == story._source_key("TMZ. com") == story._source_key("TMZ")
    assert story._source_key("Daily Mail") != story._source_key("Daily Mirror")


def test_the_quote_table_shows_a_described_speaker_in_brackets():
    from helpers.report.views import direct_quotes
    q = pd.DataFrame({"doc_id": ["a", "a", "b"], "kind": ["direct", "direct", "phrase"],
                      "speaker_name": ["Ann Roe", None, None], "speaker_text": ["Ms Roe", "the church's minister", None],
                      "cue": ["said", "According", None], "text": ["One.", "Two.", "three"]})
    shown, n = direct_quotes(q, {"a": "Article A"})
    assert n == 2 and list(shown["speaker"]) == ["Ann Roe", "[the church's minister]"]
    assert list(shown["article"]) == ["Article A", "Article A"]


def test_the_copy_table_names_articles_by_their_labels_in_the_verdict_too():
    from helpers.report.views import copy_graph_table
    graph = pd.DataFrame({"doc_id": ["s1", "s10"], "source": ["s10", None], "reuse": [0.8, None],
                          "verdict": ["s1 retells s10 or its source", "retells none of the other articles"],
                          "evidence": ["s10: 30% of its words; s1: 80%", "compared with 1 similar article(s)"]})
    html = copy_graph_table(graph, ["s1", "s10"], {"s1": "Boy lived on chips", "s10": "Diet of chips"})
    assert "“Boy lived on chips” retells “Diet of chips” or its source" in html.replace("&quot;", '"')
    assert "s10:" not in html and "s1 " not in html


def test_a_precise_figure_against_a_far_open_ended_one_is_a_conflict(tmp_path):
    """'injured 12 people' / 'injured more than 200 people' in two linked sentences, each the only figure of
    people there: one fact, in conflict (they were never set side by side: their values are far apart)."""
    from helpers import facts, load_corpus
    (tmp_path / "a.txt").write_text("Crash\n\nA bus crash on the M6 injured 12 people on Monday, police said.\n\n"
                                    "The road was closed for hours.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Bus crash\n\nA bus crash on the M6 injured more than 200 people on Monday, police "
                                    "said.\n\nThe road was closed for hours.\n", encoding="utf-8")
    table, _ = facts(load_corpus(tmp_path))
    people = table[(table["kind"] == "number") & (table["what"] == "people")]
    assert len(people) == 1 and people.iloc[0]["difference"] == "conflict", table


def test_a_count_of_one_kind_is_no_conflict_with_a_count_of_another_kind(tmp_path):
    """'10 charges of child abuse' / 'four charges of indecent assault', and '10 charges' / 'four charges of
    indecent assault' (a part of the whole), are no conflict; '10 charges' / '12 charges' still is."""
    from helpers import facts, load_corpus
    lead = "Manager in court\n\nThe football manager Dave Jones appeared in court in Liverpool today and denied "
    texts = {"a": lead + "10 charges of child abuse at a boys' home.\n",
             "b": lead + "four charges of indecent assault at a boys' home.\n",
             "c": lead + "10 charges at a boys' home.\n"}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    table, _ = facts(load_corpus(tmp_path))
    charges = table[(table["kind"] == "number") & (table["what"].str.contains("charge"))]
    assert len(charges) and "conflict" not in set(charges["difference"]), table
    (tmp_path / "b.txt").write_text(lead + "12 charges at a boys' home.\n", encoding="utf-8")
    table, _ = facts(load_corpus(tmp_path))
    charges = table[(table["kind"] == "number") & (table["what"].str.contains("charge"))]
    assert "conflict" in set(charges["difference"]), table


def _two_stories(tmp_path):
    """A folder of two stories of two articles each that share a sentence shape ("Police said 12 people were
    hurt" / "... 30 ..."), analysed: the fire story's figure differs (12 / 14), the flood story's agrees."""
    fire = ("Fire guts chapel\n\nA fire gutted the Grace Baptist Church in Wasilla on Friday night, fire chief "
            "James Steele said. Police said 12 people were hurt in the blaze at the church.\n")
    flood = ("River floods town\n\nThe river Lune flooded the town of Kirkby on Sunday, the mayor Ann Roe said. "
             "Police said 30 people were hurt in the flood in the town.\n")
    folder = _folder(tmp_path, {"fire1": fire, "fire2": fire.replace("12 people", "14 people"),
                                "flood1": flood, "flood2": flood.replace("Sunday", "Sunday night")})
    return analyse(load_corpus(folder), progress=False, store=False)


def test_facts_and_discrepancies_stay_within_one_story(tmp_path):
    """Two stories in one folder that share a sentence shape ("police said 12 people were hurt" / "... 30 ..."):
    no fact and no discrepancy sets an article of one story against an article of the other."""
    from helpers import discrepancies, facts
    c = _two_stories(tmp_path)
    story_of = stories.story_of(c)
    assert story_of["fire1"] == story_of["fire2"] != story_of["flood1"] == story_of["flood2"], story_of
    table, links = facts(c)
    for fid, g in links.groupby("fact"):
        assert len({story_of[d] for d in g["doc_id"]}) == 1, table[table["fact"] == fid].T
    people = table[(table["kind"] == "number") & (table["what"] == "people")]
    assert sorted(people["difference"]) == ["", "conflict"], table  # 12 / 14 within the fire story, 30 / 30 the flood
    d = discrepancies(c)
    assert all(story_of[a] == story_of[b] for a, b in zip(d["doc_a"], d["doc_b"])), d


def test_a_folder_of_two_stories_is_flagged_and_one_story_is_not(tmp_path, seeds):
    from helpers.report import views
    fire = ("Fire guts chapel\n\nA fire gutted the Grace Baptist Church in Wasilla on Friday night, fire chief James "
            "Steele said. Investigators suspect arson at the church, and nobody was hurt in the blaze.\n")
    rehab = ("Actress enters rehab\n\nThe actress Lindsay Lohan checked into a rehab clinic in Malibu on Thursday, "
             "her lawyer Shawn Holley said, to begin a 90-day court-ordered stay at the clinic.\n")
    folder = _folder(tmp_path, {"fire1": fire, "fire2": fire.replace("Friday night", "late Friday"),
                                "rehab1": rehab, "rehab2": rehab.replace("Thursday", "Thursday evening")})
    c = analyse(load_corpus(folder), progress=False, store=False)
    g = story.story_groups(c)
    assert set(g.groupby("story")["doc_id"].apply(frozenset)) == {frozenset({"fire1", "fire2"}),
                                                                 frozenset({"rehab1", "rehab2"})}, g
    html = views.stories_html(g, story.labels(c))
    assert "2 different stories" in html and "Actress enters rehab" in html
    lone = pd.DataFrame({"doc_id": ["x", "y", "z"], "story": ["S1", "S2", "S3"], "n_articles": [1, 1, 1]})
    assert "3 articles sharing no story with any other" in views.stories_html(lone, {"x": "X<b>", "y": "Y", "z": "Z"})
    assert "X&lt;b&gt;" in views.stories_html(lone, {"x": "X<b>", "y": "Y", "z": "Z"})  # labels are escaped
    assert views.stories_html(story.story_groups(seeds), story.labels(seeds)) == ""


def test_sentence_numbers_stay_whole_when_an_article_has_no_figures_or_dates(tmp_path):
    from helpers.corpus import tables
    folder = _folder(tmp_path, {"a": "Fire\n\nA fire hit 3 homes on Monday.\n", "b": "Calm\n\nNothing happened here.\n"})
    c = load_corpus(folder)
    for t in (tables.numbers(c), tables.timexes(c)):
        assert pd.api.types.is_integer_dtype(t["sent"]), t.dtypes


def test_labels_that_differ_only_in_case_are_told_apart(tmp_path):
    body = "\n\nThe actress checked into a clinic on Thursday, her lawyer said in a statement to reporters.\n"
    folder = _folder(tmp_path, {"a": "Star Checks Into Rehab at Clinic" + body,
                                "b": "Star checks into rehab at clinic" + body.replace("Thursday", "Friday")})
    lab = story.labels(load_corpus(folder))
    assert len({v.lower() for v in lab.values()}) == 2, lab


def test_a_contraction_spelt_out_is_no_rewording():
    """A newspaper that writes out the wire copy's "It's" quotes the same words; a "not" added is a rewording."""
    from helpers.corpus.story import _reworded
    assert not _reworded([("a", "It's wonderful news. We are relieved."), ("b", "It is wonderful news,")])
    assert not _reworded([("a", "I can't go and we won't stay"), ("b", "I cannot go and we will not stay")])
    assert _reworded([("a", "We're relieved."), ("b", "We are not relieved.")])


def _source_facts_of(tmp_path, a: str, b: str) -> pd.DataFrame:
    """The ``source`` rows of the facts table of a folder of two articles."""
    from helpers import facts
    table, _ = facts(load_corpus(_folder(tmp_path, {"a": a, "b": b})))
    return table[table["kind"] == "source"]


def test_a_source_named_with_the_organisation_before_the_person_is_the_person(tmp_path):
    """'Central Valley Fire Department Chief James Steele said ...': the source is Steele, not his department."""
    sources = _source_facts_of(tmp_path, "Chapel fire\n\nThe Grace Baptist Church in Wasilla was gutted by a fire on "
                               "Friday night, Central Valley Fire Department Chief James Steele said.\n",
                               "Church fire\n\nThe Grace Baptist Church in Wasilla was gutted by a fire on "
                               "Friday night, officials said.\n")
    # the other article gives the claim to a description: it names no one, and says whom it credits instead
    assert list(sources["what"]) == ["source: James Steele"] and list(sources["b"]) == ["(credits officials)"], sources


def test_an_article_that_credits_another_named_source_drops_none(tmp_path):
    """ECB+ 40: "Kroon says the fire broke out Friday night ..." was "(not named)" in the row of "Chief Steele
    said" (13 of the 14 "left out" rows of the page were like it): an article that gives the claim to a source
    of its own by name credits another source, and drops none. One with no source at all still leaves it out."""
    head = "Chapel fire\n\nThe Grace Baptist Church in Wasilla was gutted by a fire on Friday night while a craft "
    steele = head + "group was inside, Fire Chief James Steele said.\n"
    kroon = head + "group was inside, pastor Larry Kroon said.\n"
    nobody = head + "group was inside.\n"
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    other = _source_facts_of(tmp_path / "one", steele, kroon)
    assert not other["difference"].eq("omission").any(), other.T
    silent = _source_facts_of(tmp_path / "two", steele, nobody)
    assert list(silent["b"]) == ["(not named)"] and list(silent["difference"]) == ["omission"], silent.T


def test_an_adjective_or_a_noun_modifier_does_not_split_one_figure():
    """Review R5: 'injured five local firefighters' / 'injured seven volunteer firefighters' is one figure in
    conflict; only a differing "of" phrase makes two kinds."""
    from helpers.corpus.story import _same_kind
    local, volunteer = (frozenset(), False), (frozenset({"volunteer"}), False)
    assert _same_kind(local, volunteer) is True
    assert _same_kind((frozenset({"city"}), False), volunteer) is True
    assert _same_kind((frozenset({"child", "abuse"}), True), (frozenset({"indecent", "assault"}), True)) is False
    assert _same_kind((frozenset(), False), (frozenset({"indecent", "assault"}), True)) is None


def test_silent_counts_the_articles_of_the_facts_story_only(tmp_path):
    """Reader V5: a fact of a two-article story in a four-article folder has no silent article, not two."""
    from helpers import facts
    from helpers.report import views
    c = _two_stories(tmp_path)
    table, links = facts(c)
    one = table[table["what"] == "people"].head(1)
    html = views.facts_html(one, links, c, story.labels(c), groups=story.story_groups(c))
    cells = pd.read_html(io.StringIO(html))[0]
    assert list(cells["silent"]) == [0], cells
    cells = pd.read_html(io.StringIO(views.facts_html(one, links, c, story.labels(c))))[0]
    assert list(cells["silent"]) == [2], cells


def test_events_of_two_stories_in_one_folder_are_never_one_event(tmp_path):
    """Reader V6 (METER): the events page joined the boat story with the GP trial because both dated a sentence
    to the same day and shared a word or two. Events link only articles of one story."""
    from helpers import events
    fire = ("Fire guts chapel\n\nA fire gutted the Grace Baptist Church in Wasilla, fire chief James Steele said. "
            "The blaze destroyed the chapel, its bookstore and the pastor's office before crews arrived. "
            "Arson investigators from the state fire marshal searched the ashes for accelerant. "
            "Police said 12 people were hurt on Friday night and taken to hospital.\n")
    flood = ("River floods town\n\nThe river Lune burst its banks at Kirkby, the mayor Ann Roe said. "
             "Water rose over the bridge, the market square and the school playing fields within an hour. "
             "Sandbags were handed out by volunteers as the rain kept falling across the valley. "
             "Police said 30 people were hurt on Friday night and taken to hospital.\n")
    meta = "doc_id,published\n" + "".join(f"{d},2024-05-11\n" for d in ("fire1", "fire2", "flood1", "flood2"))
    folder = _folder(tmp_path, {"fire1": fire, "fire2": fire.replace("12 people", "14 people"),
                                "flood1": flood, "flood2": flood.replace("30 people", "31 people")}, meta)
    c = analyse(load_corpus(folder), progress=False, store=False)
    story_of = stories.story_of(c)
    assert story_of["fire1"] == story_of["fire2"] != story_of["flood1"] == story_of["flood2"], story_of
    ev = events(c)
    dated = ev[ev["kind"] == "dated"]
    assert dated["doc_id"].nunique() == 4, ev
    for eid, g in dated.groupby("event_id"):
        assert len({story_of[d] for d in g["doc_id"]}) == 1, ev[ev["event_id"] == eid][["doc_id", "event"]]
    assert dated.groupby("event_id")["doc_id"].nunique().max() == 2, ev  # each story's two tellings are one event


def test_a_source_is_the_person_heading_the_phrase_not_one_named_in_its_apposition(tmp_path):
    """Reader V6 (METER): "Keith Hillier, the son of alleged victim Pamela Hillier, told the court" made the
    dead woman the source; the source is the person before the apposition."""
    sources = _source_facts_of(tmp_path, "Doctor trial\n\nKeith Rudd, the son of alleged victim Pamela Rudd, told "
                               "the court that his mother had been in good health until the day she died.\n",
                               "Doctor trial\n\nThe family told the court that his mother had been in good "
                               "health until the day she died.\n")
    assert list(sources["what"]) == ["source: Keith Rudd"], sources


def test_a_date_reading_writes_decades_seasons_weeks_and_parts_of_days_as_a_reader_would():
    """Reader V6: the timeline page showed "the 1970s → 197"."""
    assert story.date_reading("the 1970s", "197") == "the 1970s → 1970s"
    assert story.date_reading("the 20th century", "19") == "the 20th century → 1900s"
    assert story.date_reading("last summer", "1998-SU") == "last summer → summer 1998"
    assert story.date_reading("last week", "1998-W32") == "last week → week 32 of 1998"
    assert story.date_reading("Sunday night", "1999-10-24TNI") == "Sunday night → 1999-10-24 night"
    assert story.date_reading("recently", "PAST_REF") == "recently → the past"
    assert story.date_reading("Monday", "2025-03-03") == "Monday → 2025-03-03"
    assert story.date_reading("Monday", "XXXX-WXX-1") == "Monday (unresolved)"


def test_an_article_naming_the_source_elsewhere_does_not_drop_it(tmp_path):
    """Reader V8: "source: Larry Kroon (not named)" for an article that says "The pastor, Larry Kroon, declined
    to comment": naming the source elsewhere is no omission, and the cell says so."""
    sources = _source_facts_of(tmp_path, "Chapel fire\n\nThe Grace Baptist Church in Wasilla was gutted by a fire on "
                               "Friday night, Central Valley Fire Department Chief James Steele said.\n",
                               "Church fire\n\nThe Grace Baptist Church in Wasilla was gutted by a fire on "
                               "Friday night, officials said. Chief James Steele declined to give a cause.\n")
    assert list(sources["what"]) == ["source: James Steele"], sources
    assert list(sources["b"]) == ["(named elsewhere)"] and list(sources["difference"]) == [""]


def test_an_outlet_named_in_file_names_labels_its_articles_by_day_or_headline(tmp_path):
    """'nyt_2016-09-19_obama.txt': the outlet is 'nyt'; several articles of one outlet were 'nyt #2', 'nyt #3'."""
    body = "The council met and approved the budget for the coming year, the mayor said on Monday.\n"
    c = load_corpus(_folder(tmp_path, {
        "nyt_2016-09-19_budget": "Council approves budget\n\n" + body,
        "nyt_2016-09-20_budget": "Budget row goes on\n\n" + body.replace("council", "board"),
        "post_2016-09-20_vote": "City backs new budget\n\n" + body.replace("council", "panel"),
        "post_2016-09-20_late": "Late budget vote\n\n" + body.replace("council", "assembly")}))
    assert dict(zip(c.articles["doc_id"], c.articles["outlet"]))["nyt_2016-09-19_budget"] == "nyt"
    lab = story.labels(c)
    assert lab["nyt_2016-09-19_budget"] == "nyt 2016-09-19" and lab["nyt_2016-09-20_budget"] == "nyt 2016-09-20"
    assert lab["post_2016-09-20_vote"] == "post: City backs new budget"  # two on one day: the headline
    assert lab["post_2016-09-20_late"] == "post: Late budget vote"


def test_a_one_word_cell_is_never_broken_across_lines():
    from helpers.report import render
    out = render.table_html(pd.DataFrame({"published": ["2016-09-08"], "headline": ["A long headline here"]}))
    assert '<td class="nw">2016-09-08</td>' in out and "<td>A long headline here</td>" in out


def test_articles_alone_in_their_story_are_named_in_one_line_not_listed_sentence_by_sentence():
    """Reader V11: 35 PolNeAR articles that share no story with any other took about 370 lines of "what each
    article alone says"; everything such an article says is its own."""
    from helpers.report.views import alone_html
    only = pd.DataFrame({"doc_id": ["a", "a", "b", "c", "c"], "sent": [0, 1, 2, 0, 1],
                         "text": ["A1 told.", "A2 told.", "B2 told.", "C1 told.", "C2 told."]})
    groups = pd.DataFrame({"doc_id": ["a", "b", "c"], "story": ["S1", "S1", "S2"], "n_articles": [2, 2, 1]})
    html = alone_html(only, ["a", "b", "c"], {"a": "Alpha", "b": "Beta", "c": "Gamma"}, groups=groups)
    assert "A1 told." in html and "B2 told." in html
    assert "C1 told." not in html and "1 article(s) share their story with no other" in html and "Gamma" in html
    every = alone_html(only, ["a", "b", "c"], {}, groups=groups.assign(n_articles=1))
    assert "C1 told." in every  # when no article shares a story, the lists are all there is


def test_an_outlets_articles_without_day_or_headline_keep_their_file_names_as_labels(tmp_path):
    """Several articles of one outlet with neither a day nor a headline to tell them apart are labelled by their
    file names, not "nyt #2"; a word after a number in a file name is no outlet ("2016_election")."""
    from helpers.corpus.load import _file_name_outlet
    assert [_file_name_outlet(n) for n in ("2016_election", "chips271_sun", "nyt_2016-09-19_obama")] == [None, None, "nyt"]
    body = "the council met on a wet evening and talked about the new road for most of the night.\n"
    corpus = load_corpus(_folder(tmp_path, {"a1": "The " + body, "a2": "A " + body, "b1": "One " + body}))
    corpus.articles["outlet"] = ["nyt", "nyt", "wapo"]
    got = story.labels(corpus)
    assert got["a1"] == "a1" and got["a2"] == "a2" and got["b1"] == "wapo", got


def test_copy_evidence_is_cut_between_reasons_never_inside_one():
    """Reader V11: six evidence cells ended "... is agency wire copy, found in …"."""
    from helpers.report.views import _cut_reasons
    reasons = "; ".join(f"reason {k}: {'word ' * 12}end" for k in range(8))
    got = _cut_reasons(reasons, 300)
    assert len(got) <= 300 and got.endswith("end (more in copy_graph.csv)"), got
    assert _cut_reasons("short; reasons", 300) == "short; reasons"


def test_two_figures_need_the_very_figures_not_ones_near_them():
    """Reviewer R14: "12" / "19" stayed a conflict only until a third article gave "12" and "about 20"."""
    from helpers.corpus.story import _figures_difference
    x12, x19, about20 = (12.0, 12.0, ""), (19.0, 19.0, ""), (20.0, 20.0, "about")
    assert _figures_difference({"a": {x12}, "b": {x19}, "c": {x12, about20}}) == "conflict"


def _date_facts_of(tmp_path, a: str, b: str):
    folder = _folder(tmp_path, {"a": a, "b": b}, "doc_id,published\na,2024-05-08\nb,2024-05-08\n")
    table = _facts_table(folder)
    return table[table["kind"] == "date"]


def test_a_sentence_aligned_for_other_words_does_not_leave_the_date_out(tmp_path):
    """b's sentence shares the defender and the court with a's, not the arrest that a dates: it leaves no
    date out. Before, any aligned sentence without a date was an omission."""
    lead = "Coach Charged\n\nThe Southampton manager denies ten charges. "
    a = lead + ("The former Everton defender and father of four was arrested in June when he attended a police "
                "station in Liverpool.\n")
    b = lead + "The former Everton defender and father of four wore a black suit to the hearing in Liverpool.\n"
    folder = _folder(tmp_path, {"a": a, "b": b}, "doc_id,published\na,2024-05-08\nb,2024-05-08\n")
    table = _facts_table(folder)
    assert len(table), table  # the folder does give facts (the shared sentence), just no date left out
    dates = table[table["kind"] == "date"]
    assert not (dates["difference"] == "omission").any(), dates.T


def test_a_date_told_from_another_event_is_not_no_date(tmp_path):
    """'arrested a week later' counts from the first complaint: the article gives a time, not none."""
    a = ("Pancakes Recalled\n\nThe first complaint came on February 13. Police arrested the worker on February 21 "
         "at his home in Wark.\n")
    b = ("Pancakes Recalled\n\nThe first complaint came on February 13. Police arrested the worker a week later "
         "at his home in Wark.\n")
    dates = _date_facts_of(tmp_path, a, b)
    assert len(dates) and "b" in dates, dates.T  # the February 13 fact is there
    assert "(no date)" not in dates["b"].tolist(), dates.T


def test_the_two_ends_of_a_range_are_one_fact(tmp_path):
    lead = "Couple Cleared\n\nA Sully couple were freed after a witness withdrew. "
    a = lead + "The couple denied three charges of cruelty between 1994 and 1997, the court heard.\n"
    b = lead + "The couple denied three charges of cruelty, the court heard.\n"
    dates = _date_facts_of(tmp_path, a, b)
    assert len(dates) == 1, dates.T
    row = dates.iloc[0]
    assert row["a"] == "1994 → 1994; 1997 → 1997" and row["b"] == "(no date)", row
    assert row["difference"] == "omission"


def test_a_laws_year_dates_no_event():
    from helpers.text.timex import names_a_law
    text = "They deny charges under the Welfare of Animals (Transport) Act 1997 and the Civil Rights Act of 1964."
    assert names_a_law(text, text.index("1997")) and names_a_law(text, text.index("1964"))
    law, short, apart = "under the Children's Act 1989", "under the 1998 Act", "The Act\n\n2019 was a quiet year."
    assert names_a_law(law, law.index("1989")) and names_a_law(short, short.index("1998"), short.index(" Act"))
    assert not names_a_law(apart, apart.index("2019"))
    assert not names_a_law("They had to act 1997 times.", 15)
    assert not names_a_law("He arrived in 1997.", 14)


def test_the_facts_count_line_says_one_quote_and_many_quotes():
    from helpers.report.views import facts_summary
    one = pd.DataFrame({"difference": ["reworded", "hedge", "", "omission"]})
    assert facts_summary(one) == ("4 facts: 0 where the articles conflict, 1 where a figure is hedged differently, "
                                  "1 quote reworded, 1 where some leave a detail out")
    assert "2 quotes reworded" in facts_summary(pd.DataFrame({"difference": ["reworded", "reworded"]}))
    assert "1 where the figures differ but could both hold, 0 where" in facts_summary(
        pd.DataFrame({"difference": ["figure"]}))
    assert facts_summary(pd.DataFrame({"difference": ["conflict"]})).startswith("1 fact: 1 where")


def test_a_laws_year_does_not_make_a_sentence_dated(tmp_path):
    """'under the Animal Welfare Act 2006' names a law: the sentence still tells the arrest without its date."""
    lead = "Farmer Arrested\n\nA Wark farmer was held over the death of 40 sheep. "
    a = lead + "Police arrested the farmer on February 21 at his farm near Hexham, officers said.\n"
    b = lead + "Police arrested the farmer under the Animal Welfare Act 2006 at his farm near Hexham, officers said.\n"
    dates = _date_facts_of(tmp_path, a, b)
    assert len(dates) == 1 and dates.iloc[0]["difference"] == "omission", dates.T
    assert dates.iloc[0]["b"] == "(no date)"


def test_a_fact_held_inside_another_passes_its_difference_on(monkeypatch):
    """Two ranges of one clause ("1994 and 1997" / "1994 and 1998") and a third article giving 1994 alone: the
    1994 fact is held inside the range fact, which must keep the range ends' conflict."""
    T = pd.Timestamp

    def row(doc, sent, value, eid):
        return dict(doc_id=doc, sent=sent, start=0, end=0, timex=value, value=value, earliest=T(f"{value}-01-01"),
                    latest=T(f"{value}-12-31"), granularity="year", kind="dated", event="they denied cruelty",
                    figures=[], event_id=eid)
    ev = pd.DataFrame([row("x", 3, "1994", "E1"), row("y", 5, "1994", "E1"), row("z", 7, "1994", "E1"),
                       row("x", 3, "1997", "E2"), row("y", 5, "1998", "E2")])
    monkeypatch.setattr(story, "events", lambda corpus: ev)
    found = story._date_facts(None, {"x": 0, "y": 0, "z": 0})
    assert len(found) == 1 and found[0]["difference"] == "conflict", found


def test_ages_told_at_two_times_of_a_life_are_no_conflict_but_a_year_apart_they_are_one_figure(tmp_path):
    """A retold lead says the boy was 12 when it began; another article's says he is now 18: two ages, no
    conflict. Ages a year apart (45 / 46) stay one figure, shown as differing."""
    a = ("Boy Fed Chips\n\nA 12-year-old boy was fed chips every day by his parents, a jury at Harbourfield "
         "Crown Court heard. His father, a 45-year-old builder, denied cruelty.\n")
    b = ("Boy Fed Chips\n\nTobin Pellow, now an 18-year-old student, was fed chips every day by his parents, "
         "a jury at Harbourfield Crown Court heard. His father, a 46-year-old builder, denied cruelty.\n")
    table = _facts_table(_folder(tmp_path, {"a": a, "b": b}))
    nums = table[table["kind"] == "number"]
    cells = [tuple(sorted(str(x) for x in r[["a", "b"]])) for _, r in nums.iterrows()]
    assert not any("12-year" in "".join(x) and "18-year" in "".join(x) for x in cells), nums.T
    assert any("45" in "".join(x) and "46" in "".join(x) for x in cells), nums.T


def test_a_fact_with_many_readings_folds_all_but_the_first_few():
    """METER 40: ten papers each wording one quote their own way made the facts table run past 16,000 px. Past
    four readings, the rest sit in a closed block that names how many; every reading is still in the page."""
    from types import SimpleNamespace

    from helpers.report import views
    docs = [f"d{i}" for i in range(7)]
    sentences = pd.DataFrame({"doc_id": docs, "sent": [0] * 7, "text": [f"He said it {i}." for i in range(7)]})
    corpus = SimpleNamespace(sentences=sentences, doc_ids=docs)
    links = pd.DataFrame({"fact": ["q1"] * 7, "doc_id": docs, "sent": [0] * 7,
                          "text": [f"reading number {i}" for i in range(6)] + ["reading number 5"]})
    table = pd.DataFrame({"fact": ["q1"], "kind": ["quote"], "what": ["Smith"], "n_articles": [7],
                          "disagree": [False], "difference": ["reworded"]})
    html = views.facts_html(table, links, corpus, {d: d.upper() for d in docs})
    shown, folded = html.split("<details>")
    assert [f"reading number {i}" in shown for i in range(6)] == [True] * 4 + [False] * 2
    assert "<summary>2 more readings</summary>" in folded and "reading number 5" in folded and "D6" in folded
    assert "<details>" not in views.facts_html(table, links[links["text"] < "reading number 4"], corpus, {})


def test_facts_told_alike_fold_under_the_ones_that_differ():
    """METER 40: 84 of 120 facts told alike filled the page between the differences a reader came for. The
    facts that differ come first in an open table; those told alike sit in a closed block that counts them."""
    from types import SimpleNamespace

    from helpers.report import views
    docs = ["a", "b"]
    sentences = pd.DataFrame({"doc_id": docs, "sent": [0, 0], "text": ["Five died.", "Six died."]})
    corpus = SimpleNamespace(sentences=sentences, doc_ids=docs)
    links = pd.DataFrame({"fact": ["f1", "f1", "f2", "f2"], "doc_id": docs * 2, "sent": [0] * 4,
                          "text": ["five dead", "six dead", "the mayor", "the mayor"]})
    table = pd.DataFrame({"fact": ["f1", "f2"], "kind": ["number", "source"], "what": ["dead", "mayor"],
                          "n_articles": [2, 2], "disagree": [True, False], "difference": ["conflict", ""]})
    html = views.facts_html(table, links, corpus, {})
    shown, folded = html.split("<details>")
    assert "six dead" in shown and "the mayor" not in shown
    assert "<summary>1 fact told alike by every article that tells it</summary>" in folded and "the mayor" in folded
    alike_only = views.facts_html(table.tail(1), links, corpus, {})
    assert alike_only.startswith("<p>Every fact") and "<details open>" in alike_only


@pytest.mark.parametrize("value,want", [
    ("1998-02-XXTMO", "a morning in February 1998"),  # a day of a known month, its day unknown
    ("1998-02-XX", "a day in February 1998"),
    ("2000-03-02T12:00", "2000-03-02 12:00"),  # a time, no ISO "T"
    ("2000-03-02T12:00Z", "2000-03-02 12:00 UTC"),
    ("1999-10-24TNI", "1999-10-24 night"),
    ("197", "1970s"),
    ("P3D", "P3D"),
])
def test_readable_value_writes_no_raw_codes_for_partial_days_and_times(value, want):
    """The events table shows dates as a reader writes them: a real folder's page showed '1998-02-XX morning'
    and '2000-03-02T12:00'."""
    from helpers.corpus.story import readable_value
    assert readable_value(value) == want


def test_no_near_copies_says_what_it_means_and_where_a_cut_down_copy_is():
    """Near-copies need each article's sentences in the other; the sentence shown when there are none says so,
    and points to where an article cut down from a longer one is shown, so a 98% retelling on the same page
    does not read as a contradiction."""
    from helpers.report.views import near_copies_html
    html = near_copies_html(pd.DataFrame(columns=["group", "doc_id"]), {})
    assert "each have most of their sentences" in html and "Which article each one retells" in html
    html = near_copies_html(pd.DataFrame({"group": ["G1", "G1"], "doc_id": ["a", "b"]}), {"a": "A <x>", "b": "B"})
    assert html.startswith("<p><b>Near-copies G1</b>") and "A &lt;x&gt;, B" in html


def test_a_coarse_date_does_not_join_two_events_it_overlaps_into_one_conflict(tmp_path):
    """METER 40, pancakes: the wire dates a remark "the weekend of January 10 and 11"; the Times's "one January
    weekend" (when the packer was off sick) overlaps it, and so does the Telegraph's "weekend beginning Jan 31".
    Each link held, and the three became one event told with dates that cannot both hold: a conflict that was
    the first row of the report and said the Telegraph got a date wrong. A coarse date joins one event."""
    wire = ("Packer on trial\n\nA factory packer put glass into frozen pancakes after he heard he would lose his job, "
            "a jury was told. On the weekend of January 10 and 11, the packer was heard to say that the machinery at "
            "the plant could not detect glass. The following weekend the packer was off sick, and no pancakes were "
            "contaminated. He denies five charges of contamination.\n")
    lead = ("A factory packer put glass into frozen pancakes after he heard he would lose his job, a court heard "
            "yesterday. ")
    paper = (f"Glass in pancakes\n\n{lead}During one January weekend the packer was off sick from the plant, and no "
             "pancakes were contaminated, the jury was told. He denies five charges of contamination.\n")
    other = (f"Packer denies pancake charges\n\n{lead}On a weekend beginning January 31, the packer was off sick from "
             "the plant and no pancakes were contaminated. He denies five charges of contamination.\n")
    folder = _folder(tmp_path, {"wire": wire, "paper": paper, "other": other}, "doc_id,published\nwire,1999-03-02\n")
    c = analyse(load_corpus(folder), progress=False, store=False)
    from helpers.corpus.events import events
    ev = events(c)
    ev = ev[ev["kind"] == "dated"]
    jan = ev[ev["timex"].isin(["January 10", "January", "January 31"])].set_index("timex")["event_id"]
    assert jan["January"] == jan["January 31"] != jan["January 10"], ev
    table = story.facts(c)[0]
    assert "conflict" not in set(table.loc[table["kind"] == "date", "difference"]), table.T


def test_a_hedge_read_outside_a_figures_words_is_shown_with_it(tmp_path):
    """ECB+ 13_16: "Authorities estimate the damage at $1 million" was shown as a plain "$1 million", so the
    fact read "hedged differently" with no hedge in sight."""
    head = "Church fire\n\nA fire gutted the Wasilla Bible Church on Friday night, fire officials said. "
    a = head + "Authorities estimate the damage to the church building at $1 million. No one was hurt.\n"
    b = head + "The damage to the church building came to $1 million, officials said. No one was hurt.\n"
    table = _facts_table(_folder(tmp_path, {"a": a, "b": b}, "doc_id,published\na,2008-12-14\nb,2008-12-14\n"))
    money = table[table["kind"] == "number"]
    assert len(money) == 1, table.T
    row = money.iloc[0]
    assert row["a"] == "$1 million (estimated)" and row["b"] == "$1 million" and row["difference"] == "hedge", row


def test_an_amount_of_money_is_one_figure_whatever_noun_follows_it(tmp_path):
    """ECB+ 13_2 and 13_13: "an estimated $1 million damage" counted "damage" and so was no telling of the
    money fact "damage estimated at $1 million" in the linked sentences of the other articles. Money is the
    figure; a noun after it says which money ("$50,000 bail" is not the damage)."""
    head = "Church fire\n\nA fire gutted the Wasilla Bible Church on Friday night, fire officials said. "
    a = head + "The blaze caused an estimated $1 million damage to the church building. No one was hurt.\n"
    b = head + "Damage to the church building was estimated at $1 million, officials said. No one was hurt.\n"
    c = head + "The blaze caused $2 million damage to the church building. No one was hurt.\n"
    d = head + "Damage to the church building was put at an estimated one million dollars. No one was hurt.\n"
    e = head + "The church building had a million dollars damage done to it. No one was hurt.\n"  # ECB+ 13_15
    meta = "doc_id,published\na,2008-12-14\nb,2008-12-14\nc,2008-12-14\nd,2008-12-14\ne,2008-12-14\n"
    table = _facts_table(_folder(tmp_path, {"a": a, "b": b, "c": c, "d": d, "e": e}, meta))
    money = table[table["kind"] == "number"]
    assert len(money) == 1, table.T
    row = money.iloc[0]
    assert (row["a"], row["b"], row["c"]) == ("an estimated $1 million", "estimated at $1 million", "$2 million"), row
    assert row["d"] == "an estimated one million dollars", row  # a currency noun makes a sum of money too
    assert row["e"] == "a million dollars", row  # "a million" is a figure, as "a hundred" is
    assert row["difference"] == "conflict" and row["what"] == "money (damage)", row  # two articles name it


def test_a_figure_in_a_question_tells_no_fact(tmp_path):
    """ECB+ 13_7: "Can you imagine the media outcry if arson were suspected to have caused a million dollars worth
    of arson damage to Trinity United Church of Christ?" was a second reading in the Wasilla church's damage row."""
    head = "Church fire\n\nA fire gutted the Wasilla Bible Church on Friday night, fire officials said. "
    a = head + "The blaze caused an estimated $1 million damage to the church building. No one was hurt.\n"
    b = head + ("Damage to the church building was estimated at $1 million. Can you imagine the outcry if the blaze "
                "had caused $1 million damage to another church building?\n")
    table = _facts_table(_folder(tmp_path, {"a": a, "b": b}, "doc_id,published\na,2008-12-14\nb,2008-12-14\n"))
    money = table[table["kind"] == "number"]
    assert len(money) == 1 and money.iloc[0]["b"] == "estimated at $1 million", money.T


def test_a_sum_told_twice_by_the_same_articles_is_one_row_named_by_what_they_say_it_is(tmp_path):
    """METER diver: "the £115,000 settlement" and "paid £115,000", each linked to the other paper's telling, made
    two rows with the same two cells, both labelled "money"; and a sum only one paper names ("£3.5million end",
    a slip) is labelled "money", not "end"."""
    a = ("Diver wins payout\n\nA diver who was paralysed in a fall has won £115,000 from the council. The £115,000 "
         "settlement was agreed out of court on Monday, his lawyer said. The council paid £115,000 without "
         "admitting liability, a spokesman said.\n")
    b = ("Payout for diver\n\nA paralysed diver has won £115,000 from the council, his lawyer said. The £115,000 "
         "settlement was agreed out of court on Monday. The council paid £115,000 without admitting liability, "
         "a council spokesman said.\n")
    table = _facts_table(_folder(tmp_path, {"a": a, "b": b}, "doc_id,published\na,1998-03-02\nb,1998-03-03\n"))
    money = table[table["kind"] == "number"]
    assert len(money) == 1, money.T
    assert money.iloc[0]["what"] == "money (settlement)" and money.iloc[0]["a"] == "£115,000", money.T



def test_a_figure_one_article_tells_twice_is_one_row_with_each_paper_that_links_to_either_telling(tmp_path,
                                                                                                  monkeypatch):
    """METER boat: the Times's "travelling at speeds of up to 60mph" was linked to the Telegraph's sentence and its
    "driving at speeds of up to 60mph in a 20mph zone" to the Guardian's: two rows, each counting the third paper
    silent though it gives the same figure."""
    times = ("Boat crash\n\nThe cabin cruiser was hit by Cameron's Sonic boat, which had been travelling at speeds of "
             "up to 60mph. Four people died in the crash on the lake. Expert witnesses testified that Cameron had "
             "been driving at speeds of up to 60mph in a 20mph zone minutes before the crash.\n")
    telegraph = ("Boat crash\n\nThe cruiser was struck by Cameron's boat, which had been travelling at speeds of up "
                 "to 60 mph. Four people died in the crash on the lake.\n")
    guardian = ("Boat crash\n\nFour people died in the crash on the lake. The court heard Cameron had been driving "
                "at speeds of up to 60mph in a 20mph zone.\n")
    meta = "doc_id,published\ntimes,1998-03-02\ntelegraph,1998-03-02\nguardian,1998-03-02\n"
    folder = _folder(tmp_path, {"times": times, "telegraph": telegraph, "guardian": guardian}, meta)
    from helpers.corpus import similarity
    real = similarity.linked_sentences
    # the links held to METER's: the Times's first telling with the Telegraph only, its second with the Guardian only
    drop = {frozenset({"telegraph", "guardian"}): lambda sa, sb: True,
            frozenset({"times", "telegraph"}): lambda st, so: st == 3,
            frozenset({"times", "guardian"}): lambda st, so: st == 1}

    def held(corpus):
        out = []
        for a, b, pairs in real(corpus):
            rule = drop[frozenset({a, b})]
            out.append((a, b, {(x, y) for x, y in pairs if not (rule(x, y) if a == "times" else rule(y, x))}))
        return out
    monkeypatch.setattr(similarity, "linked_sentences", held)
    table = _facts_table(folder)
    speed = table[(table["kind"] == "number") & table["times"].str.contains("60")]
    assert len(speed) == 1, speed.T  # the 20mph zone is a figure of its own
    row = speed.iloc[0]
    assert row["n_articles"] == 3 and row["difference"] == "", row


def test_an_article_that_dates_the_sentence_elsewhere_does_not_leave_the_date_out(tmp_path, monkeypatch):
    """METER 40, mother: the Independent's "arrived home in the early hours on Mothering Sunday in 1998" is one
    event with the wire's "in their house in Elgin on March 22, 1998" (its Mothering Sunday), but its "1998" was
    an event of its own, and the wire sentence aligned with it ("arrived in the early hours of the morning")
    made the wire "(no date)". The alignment here is held to what METER's was: the paper's sentence with the
    wire's third sentence only."""
    wire = ("Husband jailed\n\nA husband was jailed for four years yesterday. Tom Baird, 41, admitted endangering the "
            "life of his wife Anne in their house in Elgin on March 22, 1998. The judge said he believed little of "
            "what was said about his wife's state when she arrived home in the early hours of the morning.\n")
    paper = ("Husband jailed for attack\n\nA husband was jailed for four years yesterday. Baird throttled her when "
             "she arrived home in the early hours of the morning on Mothering Sunday in 1998.\n")
    folder = _folder(tmp_path, {"wire": wire, "paper": paper}, "doc_id,published\nwire,2000-03-01\npaper,2000-03-02\n")
    from helpers.corpus import similarity
    real = similarity.linked_sentences
    monkeypatch.setattr(similarity, "linked_sentences",
                        lambda corpus: [(a, b, {p for p in pairs if p != (2, 2)}) for a, b, pairs in real(corpus)])
    table = _facts_table(folder)
    dates = table[(table["kind"] == "date") & table["paper"].fillna("").str.contains("Mothering Sunday")]
    assert len(dates) and "(no date)" not in set(dates["wire"]) and "omission" not in set(dates["difference"]), dates.T


def test_many_articles_that_retell_none_fold_into_one_list_under_the_copy_table():
    """A folder of independent stories gives one folded line, not a row of "retells none" each; an article
    that retells another keeps its row."""
    from helpers.corpus.reuse import RETELLS_NONE
    from helpers.report.views import FOLD_INDEPENDENT, copy_graph_table
    ids = [f"d{k}" for k in range(FOLD_INDEPENDENT + 1)]
    graph = pd.DataFrame({"doc_id": ids, "source": ["d1"] + ["independent"] * FOLD_INDEPENDENT,
                          "reuse": [0.9] + [0.1] * FOLD_INDEPENDENT,
                          "verdict": ["d0 retells d1 or its source"] + [RETELLS_NONE] * FOLD_INDEPENDENT,
                          "evidence": ["d0: 90% of its words"] + ["compared with 2 candidates"] * FOLD_INDEPENDENT})
    labels = {d: f"Story {d}" for d in ids}
    html = copy_graph_table(graph, ids, labels)
    assert html.count("<tr") == 2  # the header and the one retelling
    assert f"{FOLD_INDEPENDENT} articles retell none of the others" in html and "<details>" in html
    assert copy_graph_table(graph.head(3), ids[:3], labels).count("<tr") == 4  # few: a row each


@pytest.mark.parametrize("second, one_story", [("2024-05-04", True), ("2024-05-20", False), ("", True)])
def test_articles_reporting_alike_weeks_apart_are_two_stories(tmp_path, monkeypatch, second, one_story):
    """Two articles that only report alike (no retelling) tell one story when published within a week (or
    when a date is unknown); three weeks apart they are two stories of one subject."""
    from helpers.corpus import stories as st
    for d in ("a", "b"):
        (tmp_path / f"{d}.txt").write_text(f"Story {d}\n\nThe council met on Monday and argued about taxes.\n")
    (tmp_path / "metadata.csv").write_text(f"doc_id,published\na,2024-05-01\nb,{second}\n")
    c = load_corpus(tmp_path)
    pair = pd.DataFrame({"a": ["a"], "b": ["b"], "relation": ["independent"], "similarity": [st.STORY_LINK + 0.1]})
    monkeypatch.setattr(st, "provenance", lambda corpus: pair)
    g = st._story_groups(c)
    assert (g["story"].nunique() == 1) == one_story, g
