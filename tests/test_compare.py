"""Discrepancies: every gold entry is reported, and each row is well-formed."""
import re

import pytest

from conftest import GOLD
from helpers.corpus.compare import compare


@pytest.fixture(scope="module")
def disc(corpus):
    return compare(corpus)


def _norm(s):
    return (s if isinstance(s, str) else "").replace("“", '"').replace("”", '"')


def _compare_two(tmp_path, lead: str, a: str, b: str):
    """``compare`` of two articles, ``a.txt`` and ``b.txt``, that open alike (``lead``)."""
    from helpers import load_corpus
    (tmp_path / "a.txt").write_text(lead + a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(lead + b, encoding="utf-8")
    return compare(load_corpus(tmp_path))


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


def test_a_statement_retold_with_another_date_is_reported_and_a_more_precise_one_is_not(tmp_path):
    """Two articles that tell one statement on different days ("sank on Monday" / "on Tuesday") disagree,
    though the event table keeps the two dates apart; "in 2019" / "in 2021" too. A month against a day
    inside it is more precise, not another date; a similar sentence of another story is no retelling."""
    from helpers import load_corpus
    head = "Ferry sinks off Marrow Head\n\n"
    tail = ("\n\nAll passengers were rescued by fishing boats and taken to the harbour at Quillby.\n\n"
            "The operator, Westerly Lines, said the cause was not yet known.\n\n"
            "The same ferry was damaged in a storm in {year} and repaired in {month}.\n\n"
            "The inquiry was adjourned until {next}.\n")
    (tmp_path / "a.txt").write_text(head + "A passenger ferry carrying 85 people sank off Marrow Head on Monday, the "
                                    "coastguard said." + tail.format(year=2019, month="March 2020", next="tomorrow"),
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(head + "A passenger ferry carrying 85 people sank off Marrow Head on Tuesday, the "
                                    "coastguard said." + tail.format(year=2021, month="March 12, 2020", next="Monday"),
                                    encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,published\na,2025-03-05\nb,2025-03-05\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    d = compare(corpus)
    dates = d[d["kind"] == "date"]
    diffs = {(r.a_diff, r.b_diff) for r in dates.itertuples() if r.what.startswith("retold with another date")}
    assert ("Monday", "Tuesday") in diffs and ("2019", "2021") in diffs, dates[["what", "a_diff", "b_diff"]]
    assert not dates["what"].str.contains("March 12").any(), dates[["what"]]
    from helpers import facts
    table, _ = facts(corpus)  # the facts page shows each as one conflicting fact, conflicts first
    conflicts = table[(table["kind"] == "date") & (table["difference"] == "conflict")]
    assert {(r.a, r.b) for r in conflicts.itertuples()} >= {("Monday → 2025-03-03", "Tuesday → 2025-03-04"),
                                                           ("2019 → 2019", "2021 → 2021")}, table


def test_a_quote_split_in_two_in_one_article_is_neither_reworded_nor_a_dropped_source(tmp_path):
    """One article splits a quote around "said X" and goes on with its second part; the other gives it whole
    after "X said:". The words are the same and the source is named in both."""
    from helpers import load_corpus
    (tmp_path / "a.txt").write_text(
        "Flood hits Quillby\n\nResidents of Quillby were evacuated on Saturday after the river burst its banks.\n\n"
        "“We had ten minutes to get out,” said Orla Brannagh, 63, a retired teacher. “The water came through the "
        "door like a wave.”\n\nEmergency crews worked through the night.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Quillby flooded\n\nResidents of Quillby were evacuated on Saturday after the river burst its banks.\n\n"
        "Orla Brannagh, a retired teacher, said: “We had ten minutes to get out. The water came through the door "
        "like a wave.”\n\nEmergency crews worked through the night.\n", encoding="utf-8")
    d = compare(load_corpus(tmp_path))
    assert d[d["kind"].isin(["quote", "source"])].empty, d[["kind", "what"]]


def test_a_possessor_in_the_speaker_phrase_is_not_a_source(tmp_path):
    """'Tova Renner's lawyer, Mark Quist, said ...': the source is the lawyer, not Renner; an article that
    says 'Mark Quist said ...' drops no source."""
    from helpers import load_corpus
    body = ("the settlement was fair and the case was closed on Friday.\n\nThe court approved the settlement "
            "in Quillby on Friday afternoon.\n")
    (tmp_path / "a.txt").write_text("Settlement\n\nTova Renner's lawyer, Mark Quist, said " + body, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Case closed\n\nMark Quist said " + body, encoding="utf-8")
    d = compare(load_corpus(tmp_path))
    src = d[d["kind"] == "source"]
    assert not src["what"].str.contains("Renner").any(), src[["what"]]


def test_two_different_things_a_speaker_said_are_no_reworded_quote(tmp_path):
    lead = "Church fire\n\nA fire destroyed the Quillby chapel on Friday night, the pastor said.\n\n"
    d = _compare_two(tmp_path, lead, "“There are so many variables,” said pastor Ivo Brannagh.\n\n"
                                     "“We lost every hymn book we had in the fire,” Brannagh said.\n",
                     "“We have no idea what caused it,” said pastor Ivo Brannagh.\n\n"
                     "“We lost all the hymn books we had in the fire,” Brannagh said.\n")
    reworded = d[d["what"].str.contains("worded differently")]
    assert len(reworded) == 1 and "hymn" in reworded.iloc[0]["a_text"], reworded[["a_text", "b_text"]]


def test_a_reworded_quote_of_several_sentences_shows_the_sentence_that_was_reworded(tmp_path):
    lead = "Church fire\n\nA fire destroyed the Quillby chapel on Friday night, officials said.\n\n"
    d = _compare_two(tmp_path, lead, "“Right now there is no sign of any link to the campaign.\n\nWe just don't "
                                     "have any leads at all as to the intent or motive,” chief Ivo Brannagh said.\n",
                     "“We have no information on intent or motive,” said chief Ivo Brannagh.\n")
    row = d[d["what"].str.contains("worded differently")]
    assert len(row) == 1, d[["kind", "what"]]
    shown = row.iloc[0]["a_sentence"] if row.iloc[0]["doc_a"] == "a" else row.iloc[0]["b_sentence"]
    assert "intent or motive" in shown and "campaign" not in shown, shown


def test_a_charge_laid_is_no_source_but_a_charge_made_is():
    from helpers.corpus.compare import _sources
    from helpers.text.pipeline import parse
    doc = parse("Quillby man charged over crash. Tom Rudd charged that the road was icy.")
    spans = [(s.start_char, s.end_char) for s in doc.sents]
    fig_at = lambda s, e: ["P01"] if s <= doc.text.index("Tom") < e else []
    assert _sources(doc, spans[0], lambda s, e: ["O01"]) == {}
    assert set(_sources(doc, spans[1], fig_at)) == {"P01"}


def test_an_act_with_an_object_is_no_source_but_a_finding_or_a_statement_read_is():
    from helpers.corpus.compare import _sources
    from helpers.text.pipeline import parse
    text = ("Ann Lee found the body. Ann Lee found that the door was open. Ann Lee questioned him. "
            "Ann Lee read a statement outside court. Ann Lee found it hard to cope. Ann Lee posted a photo online. "
            "Ann Lee posted a message online.")
    doc = parse(text)
    spans = [(s.start_char, s.end_char) for s in doc.sents]
    assert len(spans) == 7, spans
    fig_at = lambda s, e: ["P01"] if any(s <= i < e for i in (m.start() for m in re.finditer("Ann", text))) else []
    got = [set(_sources(doc, sp, fig_at)) for sp in spans]
    # review: an experience ("found it hard") and a picture posted say nothing
    assert got == [set(), {"P01"}, set(), {"P01"}, set(), set(), {"P01"}], got


def test_a_word_repeated_in_a_short_quote_does_not_make_two_quotes_one():
    from helpers.corpus.compare import _same_quote
    assert not _same_quote("no no no no", "there is no way we will no longer")
    assert _same_quote("we will rebuild the town", "we will rebuild this town together")
    # shared function words do not make two utterances one; one word changed in a short quote is a rewording
    assert not _same_quote("we are going to win this case", "we are going to appeal the ruling")
    assert _same_quote("we are going to win this", "we are going to lose this")


def _sources_by_sentence(text: str, where: list[tuple[str, int]], n_sents: int) -> list[dict]:
    """``_sources`` of each sentence of ``text``, with figures at the given (figure_id, character) places."""
    from helpers.corpus.compare import _sources
    from helpers.text.pipeline import parse
    doc = parse(text)
    spans = [(s.start_char, s.end_char) for s in doc.sents]
    assert len(spans) == n_sents, spans
    return [_sources(doc, sp, lambda s, e: [f for f, at in where if s <= at < e]) for sp in spans]


def test_an_organisation_a_past_tie_names_is_no_source_but_a_spokesman_speaks_for_his():
    """'The former Quillby Rovers defender denied it': the club is not speaking, the player is, unnamed; 'a
    Quillby Rovers spokesman said' does speak for the club; a name set beside the noun is the source."""
    text = ("The former Quillby Rovers defender denied the charges in court. "
            "A Quillby Rovers spokesman said the club would not comment. "
            "The former defender, Tom Rudd, denied the charges in court.")
    club = text.index("Quillby")
    where = [("O01", club), ("O01", text.index("Quillby", club + 1)), ("P01", text.index("Tom"))]
    got = [set(x) for x in _sources_by_sentence(text, where, 3)]
    assert got == [set(), {"O01"}, {"P01"}], got


def test_a_claim_given_to_a_pronoun_in_the_other_article_drops_no_source(tmp_path):
    """One article names the speaker, the other says 'He denied ...': the source is named differently, not
    dropped (the facts page said 'source dropped' for every such pair)."""
    from helpers import load_corpus
    body = "denied all ten charges of indecent assault at Quillby Magistrates Court on Friday.\n\n"
    (tmp_path / "a.txt").write_text("Manager in court\n\nThe Quillby Rovers manager appeared in court on Friday. "
                                    "Tom Rudd " + body + "He was remanded on bail.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Manager in court\n\nThe Quillby Rovers manager appeared in court on Friday. "
                                    "He " + body + "He was remanded on bail.\n", encoding="utf-8")
    d = compare(load_corpus(tmp_path))
    assert d[d["kind"] == "source"].empty, d[["kind", "what"]]


def test_the_object_of_told_is_a_source_only_as_a_name():
    """Reader V6 (PolNeAR): "a source who told him the GOP presidential nominee hadn't paid" made "GOP" a source
    (the parser reads "nominee" as the object of "told"); "told the Guardian" keeps the outlet."""
    text = ("Kay mocked Day, claiming that she had a source who told her the GOP presidential nominee hadn’t paid "
            "any taxes for ten years. The minister told the Guardian that the plan was dead.")
    where = [("O01", text.index("GOP")), ("O02", text.index("Guardian")), ("P01", text.index("Kay"))]
    first, second = _sources_by_sentence(text, where, 2)
    assert "O01" not in first
    assert "O02" in second


def test_a_place_in_the_source_phrase_is_an_address_not_the_source():
    """Reader V7 (METER): "The Grants, of The Old Coach House, Sully, denied ..." made the house a source; a
    place named as the subject itself ("Moscow said") still speaks."""
    text = ("The Grants, of Quillby Lodge, Sully, denied the charges in court. "
            "Moscow said the talks had failed.")
    where = [("L01", text.index("Quillby")), ("L02", text.index("Sully")), ("L03", text.index("Moscow"))]
    first, second = _sources_by_sentence(text, where, 2)
    assert first == {}
    assert set(second) == {"L03"}


def test_one_sided_rows_need_a_partner_that_tells_the_same_thing(tmp_path):
    """The alignment links sentences at a low bar; a row saying one article dropped a quote or a source must
    stand on a partner that tells the same thing. Reader V10 found 16 of 21 such quote rows wrong on ECB+."""
    from helpers import load_corpus
    (tmp_path / "a.txt").write_text(
        "Chapel fire\n\nA fire badly damaged the Quillby chapel on Friday night.\n\n"
        "“We have no idea what caused it,” the Rev. Ivo Brannagh said on Saturday.\n\n"
        "No one was hurt, but two children were inside the chapel when the blaze started, said fire chief Dora "
        "Pell.\n\nThe damage was put at $2 million.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Quillby chapel burns\n\nA fire badly damaged the Quillby chapel on Friday night.\n\n"
        "Investigators are considering arson among the possible causes of the blaze.\n\n"
        "No one was hurt, but two children were inside the chapel when the blaze started.\n\n"
        "According to the chapel's minister, “We have no idea what caused it”.\n\n"
        "The damage was put at $2 million.\n", encoding="utf-8")
    d = compare(load_corpus(tmp_path))
    quote = d[d["kind"] == "quote"]
    assert quote.empty, quote[["what", "a_sentence", "b_sentence"]]  # b quotes the words too, under a description
    src = d[d["kind"] == "source"]
    assert list(src["what"]) == ["source dropped: Dora Pell is named as a source in a only"], src[["what", "b_sentence"]]


def test_copies_in_a_folder_of_four_still_show_a_dropped_source(tmp_path):
    """Reviewer R13: with four near-copies every content word was a 'story word', and the row vanished."""
    from helpers import load_corpus
    lead = "Chapel fire\n\nA fire badly damaged the Quillby chapel on Friday night.\n\n"
    named = "No one was hurt, but two children were inside the chapel when the blaze started, said fire chief Dora Pell.\n"
    bare = "No one was hurt, but two children were inside the chapel when the blaze started.\n"
    for name, body, day in (("a", named, "Friday"), ("b", bare, "Friday"), ("c", bare, "late Friday"),
                            ("d", bare, "Friday evening")):
        (tmp_path / f"{name}.txt").write_text(lead.replace("Friday", day) + body, encoding="utf-8")
    d = compare(load_corpus(tmp_path))
    assert (d["what"] == "source dropped: Dora Pell is named as a source in a only").sum() == 3, d[["doc_a", "doc_b", "what"]]


def test_a_court_told_and_an_address_in_an_aside_are_no_sources():
    """Reader V11 (METER): "Paul Sloan told Newcastle Crown Court", "an expert told Birmingham magistrates" and
    "The Grants, of The Old Coach House, Sully, denied" made the court, the city and the house sources; "told
    the Guardian" keeps the outlet."""
    text = ("Prosecutor Paul Sloan told Quillby Crown Court that the man was unhappy. "
            "The lorry was unsafe, an animal welfare expert told Quillby magistrates yesterday. "
            "The Brannaghs, of The Old Mill House, Sully, denied three charges. "
            "The minister told the Guardian that the plan was dead.")
    where = [("P01", text.index("Paul")), ("O01", text.index("Quillby Crown")), ("L01", text.index("Quillby magi")),
             ("O02", text.index("Old Mill")), ("O03", text.index("Guardian"))]
    first, second, third, fourth = _sources_by_sentence(text, where, 4)
    assert set(first) == {"P01"} and second == {} and third == {}, (first, second, third)
    assert "O03" in fourth


def test_an_outlet_told_in_a_long_phrase_and_an_employer_in_an_aside_stay_sources():
    """Reviewer R14: "told the Guardian, which first revealed the inquiry," lost the Guardian ("inquiry" is a
    hearing body, but not the hearer's name), and "A spokeswoman, from the Home Office, said" lost the office."""
    text = ("The minister told the Guardian, which first revealed the inquiry, that the plan was dead. "
            "A spokeswoman, from the Home Office, said the rules would change.")
    where = [("O01", text.index("Guardian")), ("O02", text.index("Home"))]
    first, second = _sources_by_sentence(text, where, 2)
    assert "O01" in first and "O02" in second, (first, second)


def test_a_hedge_written_after_the_figure_is_compared_as_the_bound_it_sets():
    """"70 years or more" is a lower bound for the discrepancy tables too, not a vague hedge."""
    from helpers.corpus.compare import hedge_class
    assert (hedge_class("or more"), hedge_class("or under"), hedge_class("or so")) == ("lower", "upper", "approx")


def test_a_place_before_a_title_is_not_the_source_that_speaks(tmp_path):
    """"the Alaska Governor said": the governor speaks, not Alaska; the other article, which gives the claim to
    no one, drops no source named Alaska."""
    from helpers.corpus import load_corpus
    from helpers.corpus.story import facts
    opening = "A fire badly damaged the Wasilla Bible Church on Friday night, officials said. "
    (tmp_path / "a.txt").write_text("Church fire in Wasilla\n\n" + opening + "On Saturday, the Alaska Governor said "
                                    "she was sorry if the fire was linked to her campaign. Police are investigating.\n")
    (tmp_path / "b.txt").write_text("Fire at Palin church\n\n" + opening + "On Saturday, it was reported that she was "
                                    "sorry if the fire was linked to her campaign. Police are investigating.\n")
    table, _ = facts(load_corpus(tmp_path))
    assert not table["what"].str.contains("Alaska").any(), table[["kind", "what"]]


def test_a_person_given_ages_far_apart_is_an_age_change_and_a_near_age_is_not(tmp_path):
    from helpers import load_corpus
    (tmp_path / "a.txt").write_text(
        "Parents cleared\n\nThe court cleared businessman Christopher Grant, 45, and his wife Meryl Grant, 43, of "
        "cruelty on Monday.\n\nThe case collapsed after a witness withdrew, the court heard.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Couple cleared\n\nThe court cleared his father, Christopher Grant, 15, a businessman, and his wife, Meryl "
        "Grant, 44, of cruelty on Monday.\n\nThe case collapsed after a witness withdrew, the court heard.\n",
        encoding="utf-8")
    d = compare(load_corpus(tmp_path))
    ages = d[d["what"].str.startswith("age changed")]
    assert ages["what"].tolist() == ["age changed: Christopher Grant, 45 vs 15"], d[["kind", "what"]]
    row = ages.iloc[0]
    assert (row["kind"], row["a_text"], row["b_text"]) == ("number", "45", "15")


@pytest.mark.parametrize("text, said", [
    ("Damage was estimated at $1 million, authorities said Saturday.", ["authorities"]),
    ("Authorities described the fire as suspicious.", ["authorities"]),
    ("Lindsay Lohan's attorney said the actress checked into a facility that a state official said is unlicensed.",
     ["Lindsay Lohan's attorney", "a state official"]),
    ("The fire, which investigators said was set, spread quickly.", ["investigators"]),
    ("He said the fire was set.", []),  # a pronoun points back to a source named before
    ("The fire started on Friday night while a craft group was inside.", []),
])
def test_credited_is_who_a_sentence_gives_its_claim_to_as_written(text, said):
    """Whom a sentence credits instead of a source another article names ("(credits authorities)" in the facts
    table): the subjects of its reporting verbs, a sentence's first word in lower case unless a name."""
    from helpers.corpus.compare import credited
    from helpers.text.pipeline import parse
    assert credited(parse(text), (0, len(text))) == said


@pytest.mark.parametrize("other, dropped", [
    ("If Dale Wexman had any intention of releasing his full tax returns, he would have done so by now, and he paid "
     "no taxes for years.", False),
    ("The candidate never released his full tax returns and paid no taxes for years.", True)])
def test_a_sentence_about_other_people_retells_no_claim(tmp_path, other, dropped):
    """Reader jr40 (PolNeAR): "Reid frequently mocked Romney for not releasing his full tax returns" and "If Mr.
    Trump had any intention of releasing his full returns" share their words, not a claim: no source of one is
    dropped by the other. A sentence that names no one may still retell it."""
    lead = "Tax returns row\n\nThe row over the candidates' tax returns grew on Tuesday in Quillby.\n\n"
    tail = "\n\nThe election is on November 8.\n"
    claim = ("Senator Ann Kolb mocked John Tarrant for not releasing his full tax returns, claiming a friend told "
             "her he had paid no taxes for years.")
    d = _compare_two(tmp_path, lead, claim + tail, other + tail)
    assert list(d["what"]) == (["source dropped: Ann Kolb is named as a source in a only"] if dropped else []), d


def test_about_other_people_needs_people_on_both_sides_and_none_shared():
    from helpers.corpus.compare import about_other_people
    assert about_other_people({"P1"}, {"P2"})
    assert not about_other_people({"P1", "P2"}, {"P2"})
    assert not about_other_people({"P1"}, set())


def test_the_speaker_of_a_quote_retold_unquoted_is_no_other_person(tmp_path):
    """Second read (r41): the quote's speaker named in the other article's retelling ("Ann Kolb accused the
    candidate of lying ...") made the two "about other people", and the one-sided quote row went."""
    lead = "Tax row\n\nThe row over the candidates' tax returns grew on Tuesday in Quillby.\n\n"
    d = _compare_two(tmp_path, lead, "“John Tarrant lied to the voters of Quillby about his taxes and his "
                                     "debts,” Ann Kolb said.\n",
                     "Ann Kolb accused the candidate of lying to the voters of Quillby about "
                     "his taxes and his debts.\n")
    assert "Ann Kolb quoted directly in a only; b retells it" in list(d["what"]), d[["kind", "what"]]
