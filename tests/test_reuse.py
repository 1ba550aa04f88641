"""Text reuse on small hand-written texts: a rewrite, a shared court quote, wire copy, the date rule."""
import pandas as pd

from helpers.corpus import load_corpus
from helpers.corpus import reuse
from helpers.text.wire import is_wire, normalise_wire

SOURCE = (
    "A ferry carrying 240 passengers ran aground off the Isle of Wight on Tuesday morning after its steering "
    "failed in heavy fog.\n\n"
    "The coastguard said lifeboats from Cowes and Yarmouth reached the vessel within twenty minutes and that "
    "nobody was seriously hurt.\n\n"
    "Passengers were kept on board for three hours while engineers inspected the hull for damage.\n\n"
    "The operator, Solent Link, said the ferry had passed a full safety check only last month and that an "
    "inquiry would start at once.\n\n"
    "Local councillor Mary Hobbs criticised the company for failing to tell relatives what had happened.\n\n"
    "The ferry was towed back to Portsmouth harbour late in the afternoon, where police met the crew."
)
REWRITE = (
    "A ferry carrying 240 passengers ran aground off the Isle of Wight yesterday after its steering failed "
    "in heavy fog.\n\n"
    "Lifeboats from Cowes and Yarmouth reached the vessel within twenty minutes and nobody was seriously "
    "hurt, the coastguard said.\n\n"
    "The operator, Solent Link, said the ferry had passed a full safety check only last month and that an "
    "inquiry would start at once."
)
EXTRA = (
    "\n\nResidents of the island have campaigned for years for a second harbour pilot during winter storms. "
    "Several fishing families described watching the stranded vessel from the cliffs near Freshwater Bay. "
    "Insurance specialists expect the repair bill to exceed two million pounds, and shipping analysts warned "
    "that ticket prices could climb before summer. A parliamentary committee plans to question transport "
    "ministers about ageing ferries next month, and maritime unions have demanded new rules on crew fatigue, "
    "radar upgrades and emergency drills. Tourism leaders fear bookings for the spring festival may fall."
)
QUOTE = ("I watched my son walk out of that door and I never saw him again, and nobody from the company has "
         "ever told us why the ladder was left there on a night when everyone knew the storm was coming")
REPORT_1 = (
    "A building firm was fined £80,000 at Leeds Crown Court yesterday over the death of a young scaffolder "
    "who fell from a ladder during a storm.\n\n"
    f"His mother told the court: \"{QUOTE}.\"\n\n"
    "Judge Peter Lowe said the company had ignored repeated warnings from its own safety officer."
)
REPORT_2 = (
    "The mother of a teenager killed on a housing site wept in the dock area as bosses admitted breaking "
    "safety laws, in a hearing in Yorkshire on Monday.\n\n"
    f"\"{QUOTE},\" she said.\n\n"
    "Harrow Homes will pay costs on top of its penalty, and the family may now sue."
)
WIRE = (
    "  ------------------------------------------------------------------------\n"
    "                  20:41 02/11/99: Page 1 (HHH) COURTS Ferry\n"
    "  ------------------------------------------------------------------------\n"
    "FERRY FIRM FINED OVER FOG GROUNDING<\n"
    "\x19By A Reporter, PA News<\n"
    "\x19A ferry company was fined #80,000 today after one of its ships ran aground in\n"
    "fog off the Isle of Wight with 240 passengers on board.<\n"
    "\x19The judge said the crew had ``no proper plan'' for a steering failure. He added\n"
    "that the `Solent Star' should never have sailed.<\n"
    "\x19``It was a disgrace,'' said one passenger. ``We were left in the dark for hours.''<\n"
    "\x19end\n"
)


def _corpus(tmp_path, texts: dict, dates: dict | None = None):
    for name, t in texts.items():
        (tmp_path / f"{name}.txt").write_text(t, encoding="utf-8")
    if dates:
        rows = "".join(f"{d},{p}\n" for d, p in dates.items())
        (tmp_path / "metadata.csv").write_text("doc_id,published\n" + rows, encoding="utf-8")
    return load_corpus(tmp_path)


def test_wholly_derived_rewrite_names_the_rewrite(tmp_path):
    c = _corpus(tmp_path, {"source": SOURCE, "rewrite": REWRITE})
    row = reuse.provenance(c).iloc[0]
    assert row["derived"] == "rewrite" and row["closer_to_source"] == "source"
    assert row["relation"] == "derived"
    reuse_of = {row["a"]: row["reuse_a"], row["b"]: row["reuse_b"]}
    assert reuse_of["rewrite"] > 0.9 > reuse_of["source"]


def test_shared_court_quote_is_not_copying(tmp_path):
    m = reuse.reuse_measures(REPORT_1, REPORT_2)
    assert m["shared_quote_words"] >= len(QUOTE.split())
    assert m["passages_a"] < 0.1 and m["trigrams_a_in_b"] < 0.1 and m["tiles_a"] < 0.1
    assert reuse.derived_probability(m, "a") < reuse.DERIVED_MODELS["article"]["derived_p"]
    # counted with the quote, the same pair would look derived: the quote rule is what decides
    with_quote = reuse.reuse_measures(REPORT_1, REPORT_2, drop_shared_quotes=False)
    assert with_quote["shared_quote_words"] == 0 and with_quote["tiles_a"] > 0.4
    assert reuse.derived_probability(with_quote, "a") >= reuse.DERIVED_MODELS["article"]["derived_p"]
    c = _corpus(tmp_path, {"r1": REPORT_1, "r2": REPORT_2})
    row = reuse.provenance(c, pairs=[("r1", "r2")]).iloc[0]
    assert row["derived"] is None and row["relation"] == "independent", row["reasons"]


def test_quoted_spans_run_to_paragraph_end_when_left_open():
    text = '"First part of a long quote,\n"and its second paragraph."\nOutside.'
    spans = reuse.quoted_spans(text)  # a span left open ends one past the paragraph, as if a mark stood there
    assert [text[s:e].rstrip() for s, e in spans] == ['"First part of a long quote,', '"and its second paragraph."']
    assert "Outside" not in text[spans[-1][0]:spans[-1][1]]


def test_wire_copy_reads_as_prose(tmp_path):
    assert is_wire(WIRE) and not is_wire("A story.\n\nWith a < sign in it.<\n")
    text = normalise_wire(WIRE)
    assert "<" not in text and "\x19" not in text and "``" not in text and "''" not in text
    assert "£80,000" in text and "“no proper plan”" in text and "‘Solent Star’" in text
    assert "Page 1" not in text and "-----" not in text and not text.rstrip().endswith("end")
    assert normalise_wire("Plain text, # 5 and <b> stay.") == "Plain text, # 5 and <b> stay."
    c = _corpus(tmp_path, {"wire": WIRE})
    sents = c.sentences_of("wire")["text"].tolist()
    assert "The judge said the crew had “no proper plan” for a steering failure." in sents
    assert max(len(s.split()) for s in sents) < 30
    assert c.article("wire")["published"] == pd.Timestamp("1999-11-02")


def test_never_derived_from_a_later_article(tmp_path):
    texts = {"short": REWRITE, "long": SOURCE + EXTRA}
    (tmp_path / "undated").mkdir()
    (tmp_path / "dated").mkdir()
    undated = reuse.provenance(_corpus(tmp_path / "undated", texts)).iloc[0]
    assert undated["derived"] == "short"  # by content alone the short text is the retelling
    dated = _corpus(tmp_path / "dated", texts, {"short": "2024-03-01", "long": "2024-03-02"})
    row = reuse.provenance(dated).iloc[0]
    assert row["derived"] is None and row["relation"] == "unclear"
    assert "short was published before long" in row["reasons"]
    graph = reuse.copy_graph(dated).set_index("doc_id")["source"]
    assert graph["short"] == "independent" and graph["long"] == "unclear"


def test_copy_graph_points_to_the_source(tmp_path):
    c = _corpus(tmp_path, {"source": SOURCE, "rewrite": REWRITE, "r1": REPORT_1},
                {"source": "2024-03-01", "rewrite": "2024-03-02", "r1": "2024-03-02"})
    g = reuse.copy_graph(c).set_index("doc_id")
    assert list(g.columns) == ["source", "verdict", "reuse", "evidence", "maybe_source"]
    assert g.at["rewrite", "source"] == "source"
    assert g.at["source", "source"] == "independent" and g.at["r1", "source"] == "independent"
    assert g.at["rewrite", "reuse"] > 0.9


def test_wire_copy_is_the_source_of_the_newspaper(tmp_path):
    paper = ("A ferry company was fined £80,000 today after one of its ships ran aground in fog off the Isle of "
             "Wight with 240 passengers on board.\n\nThe judge said the crew had “no proper plan” for a steering "
             "failure. He added that the ‘Solent Star’ should never have sailed.\n\n“It was a disgrace,” said one "
             "passenger. “We were left in the dark for hours.”\n\nThe company said it would appeal.\n")
    c = _corpus(tmp_path, {"wire": WIRE, "paper": paper})
    assert c.article("wire")["wire"] and not c.article("paper")["wire"]
    row = reuse.provenance(c).iloc[0]
    assert row["derived"] == "paper" and "agency wire copy" in row["reasons"], row["reasons"]


def test_copy_graph_prefers_the_common_source():
    """Two rewrites of one wire story also resemble each other: each is drawn from the wire, not from the other."""
    import types

    prov = pd.DataFrame([
        {"a": "w", "b": "p1", "derived": "p1", "relation": "derived", "reuse_a": .5, "reuse_b": .9,
         "p_a_from_b": .1, "p_b_from_a": .90, "verdict": "p1 retells w", "reasons": ""},
        {"a": "w", "b": "p2", "derived": "p2", "relation": "derived", "reuse_a": .5, "reuse_b": .8,
         "p_a_from_b": .1, "p_b_from_a": .85, "verdict": "p2 retells w", "reasons": ""},
        {"a": "p1", "b": "p2", "derived": "p2", "relation": "derived", "reuse_a": .7, "reuse_b": .9,
         "p_a_from_b": .3, "p_b_from_a": .95, "verdict": "p2 retells p1", "reasons": ""},
    ]).assign(a_published=pd.NaT, b_published=pd.NaT, similarity=0.5)  # as provenance gives it
    g = reuse.copy_graph(types.SimpleNamespace(doc_ids=["w", "p1", "p2"]), prov).set_index("doc_id")["source"]
    assert g["p1"] == "w" and g["p2"] == "w" and g["w"] == "independent"


def test_copy_graph_takes_the_wire_copy_an_article_retells_before_a_paper_it_also_resembles():
    """A Mirror story 86% in the PA copy (P 0.82) and 63% in the Sun's rewrite (P 0.94), where the Sun is not
    called derived from the PA copy: its source is the PA copy."""
    import types

    prov = pd.DataFrame([
        {"a": "pa", "b": "sun", "derived": None, "relation": "independent", "reuse_a": .2, "reuse_b": .8,
         "p_a_from_b": .1, "p_b_from_a": .77, "verdict": "", "reasons": ""},
        {"a": "pa", "b": "mirror", "derived": "mirror", "relation": "partly derived", "reuse_a": .2, "reuse_b": .86,
         "p_a_from_b": .1, "p_b_from_a": .82, "verdict": "mirror retells pa", "reasons": ""},
        {"a": "sun", "b": "mirror", "derived": "mirror", "relation": "derived", "reuse_a": .5, "reuse_b": .63,
         "p_a_from_b": .3, "p_b_from_a": .94, "verdict": "mirror retells sun", "reasons": ""},
    ]).assign(a_published=pd.NaT, b_published=pd.NaT, similarity=0.5)
    arts = pd.DataFrame({"doc_id": ["pa", "sun", "mirror"], "wire": [True, False, False]})
    corpus = types.SimpleNamespace(doc_ids=["pa", "sun", "mirror"], articles=arts)
    g = reuse.copy_graph(corpus, prov).set_index("doc_id")["source"]
    assert g["mirror"] == "pa", g
    g = reuse.copy_graph(types.SimpleNamespace(doc_ids=["pa", "sun", "mirror"], articles=arts.assign(wire=False)),
                         prov).set_index("doc_id")["source"]
    assert g["mirror"] == "sun", g  # without wire copy, the likelier source
    little = prov.assign(reuse_b=[.8, .30, .95])  # far less of the Mirror in the wire than in the Sun
    g = reuse.copy_graph(corpus, little).set_index("doc_id")["source"]
    assert g["mirror"] == "sun", g


def test_stems_join_inflections_and_number_words():
    assert [reuse.stem(w) for w in ("three", "1,000", "things", "ring", "court's")] == ["3", "1000", "thing",
                                                                                      "ring", "court"]
    story = ("Three passengers were hurt when the ferry grounded in fog, and the operators blamed a failed "
             "steering pump.")
    wire = ("3 passenger were hurting when the ferry grounding in fogs, and the operator blamed a failing "
            "steering pumps.")
    m = reuse.reuse_measures(story, wire)
    assert m["stems_a_in_b"] == 1.0 and m["words_a_in_b"] < 0.6


def test_little_shared_is_never_derived_whatever_the_model_says():
    """The model is fitted where nearly every pair reports one event; under MIN_REUSE it does not decide."""
    m = reuse.reuse_measures(SOURCE + EXTRA, REWRITE)
    assert m["stems_a_in_b"] < reuse.MIN_REUSE and m["tiles_a"] > 0.2
    ev = {"a": "long", "b": "short", "similarity": 0.5, "coverage_a_by_b": 0.4, "coverage_b_by_a": 0.5,
          "order_tau": 1.0, "reuse_a": m["stems_a_in_b"], "reuse_b": m["stems_b_in_a"],
          "p_a_from_b": 0.95, "p_b_from_a": 0.2}
    out = reuse.decide(ev)
    assert out["derived"] is None and out["relation"] == "independent"
    ev["reuse_a"] = 0.6
    assert reuse.decide(ev)["derived"] == "long"


def test_the_wire_model_applies_only_against_wire_copy(tmp_path):
    wire_p, article_p = (reuse.DERIVED_MODELS[k]["derived_p"] for k in ("wire", "article"))
    assert wire_p < article_p
    ev = {"a": "paper", "b": "other", "similarity": 0.5, "coverage_a_by_b": 0.5, "coverage_b_by_a": 0.3,
          "order_tau": 0.2, "reuse_a": 0.7, "reuse_b": 0.3, "p_a_from_b": (wire_p + article_p) / 2, "p_b_from_a": 0.1}
    assert reuse.decide({**ev, "b_wire": True})["derived"] == "paper"
    assert reuse.decide({**ev, "b_wire": False})["derived"] is None
    paper = ("A ferry company was fined £80,000 today after one of its ships ran aground in fog off the Isle of "
             "Wight.\n\nThe judge said the crew had no plan for a steering failure.\n")
    c = _corpus(tmp_path, {"wire": WIRE, "paper": paper})
    row = reuse.provenance(c).iloc[0]
    m = reuse.reuse_measures(c.text(row["a"]), c.text(row["b"]))
    side_paper = "a" if row["a"] == "paper" else "b"
    p_paper = row["p_a_from_b"] if side_paper == "a" else row["p_b_from_a"]
    p_wire = row["p_b_from_a"] if side_paper == "a" else row["p_a_from_b"]
    assert p_paper == round(reuse.derived_probability(m, side_paper, "wire"), 3)
    assert p_wire == round(reuse.derived_probability(m, "b" if side_paper == "a" else "a", "article"), 3)


def test_wire_copy_found_in_a_longer_newspaper_story_is_its_source():
    """A newspaper that takes nearly all of a short wire story and adds its own material contains the wire copy:
    the newspaper is the retelling, never the wire copy (seen on METER stories in a folder of their own)."""
    ev = {"a": "wire", "b": "paper", "a_wire": True, "b_wire": False, "similarity": 0.6,
          "coverage_a_by_b": 0.8, "coverage_b_by_a": 0.4, "order_tau": 0.7,
          "reuse_a": 0.78, "reuse_b": 0.43, "p_a_from_b": 0.89, "p_b_from_a": 0.28}
    out = reuse.decide(ev)
    assert out["derived"] == "paper" and out["relation"] == "partly derived", out
    assert out["closer_to_source"] == "wire" and "agency wire copy" in out["reasons"]
    assert reuse.decide({**ev, "a_wire": False})["derived"] == "wire"  # without the flag, containment decides


def test_run_search_is_bounded_on_a_passage_repeated_many_times():
    """One sentence pasted 2,000 times: every place of every word triple matches every other, so an unbounded
    search does work quadratic in the length. The budget keeps the work linear and the answer (all shared)."""
    words = ("the minister said the talks would resume on monday after a short break " * 2000).split()
    runs = reuse._runs(words, words, reuse.MIN_RUN)
    work = sum(n for n, _, _ in runs)
    assert work <= reuse.RUN_BUDGET_PER_WORD * (2 * len(words) + 1) + len(words)
    m = reuse.reuse_measures(" ".join(words[:3000]), " ".join(words[:3000]))
    assert m["tiles_a"] == 1.0 and m["stems_a_in_b"] == 1.0


def test_the_verdict_says_same_order_only_for_a_retelling_in_the_same_order():
    base = {"a": "x", "b": "y", "similarity": 0.8, "coverage_a_by_b": 0.9, "coverage_b_by_a": 0.8,
            "reuse_a": 0.9, "reuse_b": 0.7, "p_a_from_b": 0.99, "p_b_from_a": 0.2}
    said = {tau: reuse.decide({**base, "order_tau": tau})["verdict"] for tau in (1.0, 0.64, 0.1)}
    assert "told in the same order" in said[1.0], said
    assert "mostly in the same order" in said[0.64] and "in another order" in said[0.1], said


def test_wire_copy_drops_an_opening_editors_note_and_closing_marks_with_a_paragraph_sign():
    """A corrected take opens with a note to subscribers, wrapped over two lines, before the headline; the
    copy ends with "end<" or "mfl<". Neither is the story: the headline stays the first line."""
    wire = WIRE.replace("FERRY FIRM FINED OVER FOG GROUNDING<\n",
                        "(Corrected repetition making clear in par 3 the ship was the Solent\nStar.) "
                        "FERRY FIRM FINED OVER FOG GROUNDING<\n").replace("\x19end\n", "\x19mfl<\n\x19\n")
    text = normalise_wire(wire)
    assert text.startswith("FERRY FIRM FINED OVER FOG GROUNDING\n"), text[:120]
    assert "Corrected" not in text and "mfl" not in text, text
    from helpers.text.wire import _EDITOR_NOTE  # review R5: a first paragraph in parentheses that is story stays
    assert not _EDITOR_NOTE.match("(Fixtures in the Premier League were postponed) said officials")
    assert "end" not in [p.strip() for p in normalise_wire(WIRE.replace("\x19end\n", "\x19end<\n")).split("\n")]


def test_an_independent_pair_below_the_story_link_is_only_related():
    """Two independent articles whose words are too little alike to join one story (``STORY_LINK``) are not
    called reports of the same event, so the copy graph and the story warning agree."""
    ev = {"a": "x", "b": "y", "similarity": reuse.STORY_LINK - 0.05, "coverage_a_by_b": 0.1, "coverage_b_by_a": 0.1,
          "order_tau": 0.0, "reuse_a": 0.55, "reuse_b": 0.5, "p_a_from_b": 0.1, "p_b_from_a": 0.1}
    low = reuse.decide(ev)
    assert low["relation"] == "independent" and "same event" not in low["verdict"], low["verdict"]
    high = reuse.decide({**ev, "similarity": reuse.STORY_LINK + 0.05})
    assert high["relation"] == "independent" and "same event" in high["verdict"], high["verdict"]


def test_a_near_miss_says_it_may_be_a_loose_rewrite():
    """The Sun's story of a wire story with 80% of its words in the PA copy but few in shared runs (P 0.77
    against a line of 0.78) is not called derived, but neither is it "no sign that one copies the other"."""
    ev = {"a": "pa", "b": "sun", "a_wire": True, "b_wire": False, "similarity": 0.42, "coverage_a_by_b": 0.2,
          "coverage_b_by_a": 0.4, "order_tau": 0.4, "reuse_a": 0.2, "reuse_b": 0.8, "p_a_from_b": 0.08,
          "p_b_from_a": 0.77}
    out = reuse.decide(ev)
    assert out["relation"] == "independent" and out["derived"] is None
    assert out["loose_rewrite"] == "sun" and "loose rewrite" in out["verdict"] and "no sign" not in out["verdict"]
    far = reuse.decide({**ev, "p_b_from_a": reuse.DERIVED_MODELS["wire"]["derived_p"] - reuse.NEAR_P - 0.01})
    assert far["loose_rewrite"] is None and "no sign that one copies the other" in far["verdict"]
    few = reuse.decide({**ev, "reuse_b": reuse.NEAR_WORDS - 0.05})
    assert few["loose_rewrite"] is None
    # the wire copy rewrites no newspaper story, and an article rewrites none published after it
    both = {**ev, "reuse_a": 0.9, "p_a_from_b": 0.7}  # both near the line, the PA copy the more contained
    assert reuse.decide({**both, "a_wire": False})["loose_rewrite"] == "pa"
    assert reuse.decide(both)["loose_rewrite"] == "sun"  # but the PA copy is wire copy: it rewrites no paper
    assert reuse.decide({**both, "reuse_b": 0.3})["loose_rewrite"] is None
    dated = {**ev, "a_wire": False, "a_published": "2024-03-02", "b_published": "2024-03-01"}
    assert reuse.decide(dated)["loose_rewrite"] is None
    import types

    prov = pd.DataFrame([{**ev, **out}]).assign(a_published=pd.NaT, b_published=pd.NaT)
    g = reuse.copy_graph(types.SimpleNamespace(doc_ids=["pa", "sun"]), prov).set_index("doc_id")
    assert g.at["sun", "source"] == "independent" and "may loosely rewrite pa" in g.at["sun", "verdict"]
    assert g.at["sun", "maybe_source"] == "pa" and g.at["pa", "maybe_source"] == ""
    assert g.at["pa", "verdict"] == "retells none of the other articles"


WIRE_TAKE_2 = (
    "  ------------------------------------------------------------------------\n"
    "                  21:06 02/11/99: Page 2 (HHH) COURTS Ferry\n"
    "  ------------------------------------------------------------------------\n"
    "(reopens)<\n"
    "\x19FERRY FIRM TOLD TO REVIEW FOG DRILLS<\n"
    "\x19By Anna Quill and Tom Rudd, PA News<\n"
    "\x19The company said it would review its procedures for sailing in fog.<\n"
    "\x19end\n"
)


def test_a_later_take_of_wire_copy_drops_its_note_headline_and_byline_from_the_body(tmp_path):
    """Each take of PA copy restarts with an editor's note, a headline in capitals and a byline: furniture,
    not story (the byline's names were read as people in the story)."""
    c = _corpus(tmp_path, {"wire": WIRE + WIRE_TAKE_2})
    body = c.text("wire")
    assert "(reopens)" not in body and "REVIEW FOG DRILLS" not in body and "Anna Quill" not in body, body
    assert "review its procedures" in body
    art = c.article("wire")
    assert art["title"] == "FERRY FIRM FINED OVER FOG GROUNDING"
    assert art["byline"] == "Anna Quill; Tom Rudd"  # "A Reporter" is no name
    assert "FERRY FIRM TOLD TO REVIEW FOG DRILLS" in art["boilerplate"]
