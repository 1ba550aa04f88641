"""People across the articles of one story: names cleaned inside a mention, spellings of one person merged,
lone surnames joined, one label per name. Invented names only (no seed or dev-data strings)."""
from collections import Counter

import pytest

from helpers import figures, load_corpus, mentions, roles
from helpers.corpus.figures import _consistent_labels
from helpers.text import pipeline
from helpers.text.names import case_counts, name_tokens, parts, person_span, same_given, same_person, same_surname

STORY = {
    "a": "Comedian Rita Vantongeren Quits Morning Show\n\n"
         "Rita Vantongeren said on Monday that she quits the morning show after nine years. "
         "The comedian told viewers that the production company would go on without her. "
         "Her producer Dana R. Whitcombe agreed.\n\n"
         "Later, Vantongeren thanked the crew in a short speech on the show.",
    "b": "The host of the morning show, Rita Vantongeren, quits after nine years on air, her studio said on "
         "Monday. Producer Dana Whitcombe said Vantongeren had planned to leave for months. "
         "Lorne Whitcombe, the studio's lawyer, declined to comment.\n\n"
         "Whitcombe, the lawyer, said the contract ends in May.",
    "c": "Fans gathered outside the studio on Hollister Road on Tuesday. Comedian Rita Vantongeren waved from a "
         "window, and Dana Whitcombe handed out coffee to the fans who had come to the studio. Vantongeren said "
         "she would miss them.",
}


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    folder = tmp_path_factory.mktemp("story")
    for name, text in STORY.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(folder)
    return corpus, mentions(corpus)


def _figures_of(ment, needle):
    hit = ment[ment.text.str.contains(needle, regex=False) & (ment.figure_label == "PERSON")]
    return set(hit.figure_id)


def test_lone_surname_joins_the_full_name_across_articles(story):
    _, ment = story
    ids = _figures_of(ment, "Vantongeren")
    lone = ment[(ment.text == "Vantongeren") & (ment.figure_label == "PERSON")]
    assert len(lone) >= 2 and len(set(lone.doc_id)) >= 2  # the lone surname is read in several articles
    assert len(ids) == 1, ment[ment.text.str.contains("Vantongeren")][["doc_id", "text", "figure_id"]]
    name = ment[ment.figure_id == ids.pop()]["name"].iloc[0]
    assert name == "Rita Vantongeren"


def test_middle_initial_does_not_split_and_other_given_name_does(story):
    _, ment = story
    dana = _figures_of(ment, "Dana")
    lorne = _figures_of(ment, "Lorne")
    assert len(dana) == 1 and len(lorne) == 1 and dana != lorne
    assert {"Dana R. Whitcombe", "Dana Whitcombe"} <= set(ment[ment.figure_id.isin(dana)]["text"]) | \
        set(ment[ment.figure_id.isin(dana)]["name"])


def test_lone_surname_of_two_people_goes_to_the_one_named_last(story):
    _, ment = story
    lorne = _figures_of(ment, "Lorne")
    lone_b = ment[(ment.doc_id == "b") & (ment.text == "Whitcombe") & (ment.figure_label == "PERSON")]
    assert len(lone_b) == 1 and set(lone_b.figure_id) == lorne


def test_role_word_is_split_from_the_name(story):
    corpus, ment = story
    people = ment[ment.figure_label == "PERSON"]
    assert not people.text.str.contains("Comedian").any()
    assert not people.name.str.contains("Producer|Comedian").any()
    ro = roles(corpus)
    rita = ro[ro.name == "Rita Vantongeren"]["role"].str.lower()
    assert rita.str.contains("comedian|host").any(), list(rita)


def test_headline_words_are_not_part_of_a_name(story):
    _, ment = story
    assert not ment.text.str.contains("Quits").any()
    assert not ment.name.fillna("").str.contains("Quits|Morning").any()


def test_street_is_not_a_person(story):
    _, ment = story
    road = ment[ment.text.str.contains("Hollister")]
    assert (road.figure_label != "PERSON").all()


# ------------------------------------------------------------------------------ text level
def _span(text, needle, **counts):
    doc = pipeline.parse(text)
    lower, capital = case_counts(doc)
    for w, n in counts.items():
        capital[w] = capital.get(w, 0) + n
    s = text.index(needle)
    return person_span(doc, s, s + len(needle), lower, capital), text


def test_word_after_a_number_or_an_article_is_not_a_person():
    got, _ = _span("Police said he fired a .357 Kestrel at the guard.", "Kestrel")
    assert got is not None and got[3] == "modifier"
    got, _ = _span("Police said Kestrel fired at the guard.", "Kestrel")
    assert got is not None
    got, _ = _span("Among the climbers was a Dutchman from the north.", "Dutchman")
    assert got is not None and got[3] == "modifier"


def test_ranks_alone_and_plurals():
    assert _span("The Cpl said nothing more.", "Cpl")[0] is None
    got, _ = _span("Many Norvanians marched through the city on Sunday.", "Norvanians")
    assert got is not None and got[3] == "plural"


def test_street_suffix_makes_a_place():
    got, _ = _span("The crash happened on Pellworth Road near the school.", "Pellworth Road")
    assert got is not None and got[3] == "street"


def test_verb_fused_to_a_name_is_cut_when_the_story_writes_it_in_lower_case():
    text = "Trina Osterbeck Resigns After Vote\n\nTrina Osterbeck resigns from the board, the council said."
    got, text = _span(text, "Trina Osterbeck Resigns")
    assert got is not None and text[got[0]:got[1]] == "Trina Osterbeck"


def test_role_before_a_title_is_cut_and_the_title_kept():
    text = "Yesterday Harlow County Sheriff Bram Oduya spoke to reporters."
    got, text = _span(text, "Harlow County Sheriff Bram Oduya")
    assert got is not None and text[got[0]:got[1]] == "Sheriff Bram Oduya" and got[2] == "Harlow County Sheriff"


@pytest.mark.parametrize("a,b,same", [("Bryant", "Brian", True), ("Alex", "Alexandros", True), ("Mo", "Maurice", True),
                                      ("J.", "Jonas", True), ("Esther", "Samuel", False), ("Lorne", "Dana", False),
                                      ("Dave", "David", True), ("William", "Bill", True), ("Mike", "Michael", True),
                                      ("Mike", "Mark", False), ("Peggy", "Susan", False)])
def test_given_names(a, b, same):
    assert same_given(a, b) is same


def test_surnames_and_parts():
    assert same_surname("Raite", "Rait") and same_surname("Kowalsky", "Kowalski") and not same_surname("Smith", "Smyth-Jones")
    assert parts("Luis Gerardo (Jerry) Ortega".split()) == (["Luis", "Gerardo", "Jerry"], "Ortega", None)
    assert parts("Anton K. Brisk III".split()) == (["Anton"], "Brisk", "III")
    assert same_person("Anton K. Brisk".split(), "Anton Brisk".split())
    assert not same_person("Anton Brisk III".split(), "Anton Brisk Jr".split())
    assert not same_person("Lorne Whitcombe".split(), "Dana Whitcombe".split())


def test_a_modifier_is_a_person_only_if_the_story_names_one_so():
    rows = [{"doc_id": "a", "start": 0, "end": 12, "text": "Ines Karpova", "label": "PERSON", "kind": "name"},
            {"doc_id": "a", "start": 30, "end": 37, "text": "Karpova", "label": "PERSON", "kind": "name",
             "modifier": True},
            {"doc_id": "a", "start": 50, "end": 57, "text": "Kestrel", "label": "PERSON", "kind": "name",
             "modifier": True}]
    _consistent_labels(rows)
    assert [bool(r.get("drop")) for r in rows] == [False, False, True]


def test_one_label_per_name_across_the_story():
    rows = [{"doc_id": "a", "start": 0, "end": 12, "text": "Ines Karpova", "label": "PERSON", "kind": "name"},
            {"doc_id": "b", "start": 0, "end": 7, "text": "Karpova", "label": "ORG", "kind": "name",
             "as_person": (0, 7, "Karpova", None)},
            {"doc_id": "b", "start": 20, "end": 32, "text": "Ines Karpova", "label": "PLACE", "kind": "name",
             "as_person": (20, 32, "Ines Karpova", None)},
            {"doc_id": "c", "start": 0, "end": 5, "text": "Osaka", "label": "PERSON", "kind": "name"}]
    _consistent_labels(rows)
    assert Counter(r["label"] for r in rows) == Counter({"PERSON": 3, "PLACE": 1})
    assert rows[3]["label"] == "PLACE"


def test_common_first_name_at_sentence_start_stays():
    got, text = _span("Mark Tollund said the mark was clear. Tollund left.", "Mark Tollund")
    assert got is not None and text[got[0]:got[1]] == "Mark Tollund"
    got, text = _span("Yesterday President Bill Varga signed the bill into law.", "President Bill Varga")
    assert got is not None and text[got[0]:got[1]] == "President Bill Varga" and got[2] is None


def test_short_capitals_before_a_name_are_a_role():
    text = "On Monday RB Corwin Pellegrino ran for two touchdowns."
    got, text = _span(text, "RB Corwin Pellegrino")
    assert got is not None and text[got[0]:got[1]] == "Corwin Pellegrino" and got[2] == "RB"


def test_street_prefix_and_capitals_headline():
    got, _ = _span("Thieves struck a jeweller on Avenue Hellonde in the morning.", "Avenue Hellonde")
    assert got is not None and got[3] == "street"
    got, _ = _span("RIOTS ERUPT AFTER VOTE\n\nThe riots went on all night.", "RIOTS ERUPT")
    assert got is None  # a capitals headline of common words the story writes in lower case
    got, _ = _span("LIKELY FOE FOR PELLEGRINO\n\nThe team won again.", "LIKELY FOE")
    assert got is None


def test_rank_with_no_name_after_it_and_short_surnames():
    assert _span("Officers of the Harlow Police Sgt unit came.", "Harlow Police Sgt")[0] is None
    got, text = _span("Talks with Pak Sun Ok ended on Monday.", "Pak Sun Ok")
    assert got is not None and text[got[0]:got[1]] == "Pak Sun Ok"


def test_the_form_written_most_often_names_the_person(tmp_path):
    """A nickname one article puts in front of a name once does not become the person's name everywhere."""
    texts = {"a": "Senator Hillary Clinton spoke in Ohio on Monday. Hillary Clinton said the bill would pass.",
             "b": "Hillary Clinton was in Ohio. Her rival said Crooked Hillary Clinton lied.",
             "c": "Hillary Clinton answered questions from reporters on Tuesday."}
    _, ment = _story_mentions(tmp_path, texts)
    assert "Crooked Hillary Clinton" in set(ment.text)  # the model reads the nickname into the name
    ids = _figures_of(ment, "Clinton")
    assert len(ids) == 1
    assert ment[ment.figure_id == ids.pop()]["name"].iloc[0] == "Hillary Clinton"


def test_a_name_with_a_regnal_numeral_is_no_lone_given_name(tmp_path):
    """ "King Charles III" names a person of its own: it must not join "Charles T. Brennan" by the given name."""
    texts = {"a": "Governor Charles T. Brennan opened the bridge on Monday. Brennan said it cost $40 million.",
             "b": "The bridge was first planned under King Charles III, historians said. Governor Charles Brennan "
                  "opened it on Monday."}
    _, ment = _story_mentions(tmp_path, texts)
    king, governor = _figures_of(ment, "Charles III"), _figures_of(ment, "Charles T. Brennan")
    assert len(king) == 1 and len(governor) == 1 and not (king & governor), ment[["text", "figure_id"]]
    assert _figures_of(ment, "Charles Brennan") == governor


def test_a_title_glued_to_the_name_is_still_a_title():
    assert name_tokens("Gov.Sarah Whitcombe") == ["Sarah", "Whitcombe"]
    assert name_tokens("Sen.John R. Dorsey") == ["John", "R.", "Dorsey"]
    assert name_tokens("St.Louis") == ["St.Louis"]  # no title word before the dot: left alone


def test_an_institution_named_after_a_person_is_no_person():
    from helpers.text.entities import entities_from_doc
    nlp = pipeline.load()
    for text, name in (("The singer entered Harriet Colby Center in Ohio.", "Harriet Colby Center"),
                       ("The actor checks into Dorothy Ames Center after fleeing another clinic.", "Dorothy Ames Center")):
        ents = entities_from_doc(nlp(text))
        assert dict(zip(ents["text"], ents["label"])).get(name) == "ORG", ents


def _story_mentions(tmp_path, texts):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    return corpus, mentions(corpus)


def test_a_vessel_named_like_a_person_is_no_person(tmp_path):
    """A boat's name after "cruiser"/"His boat," is a thing when the story never gives it a person's cue;
    a lone word the story does give one (a speech verb) stays a person."""
    texts = {"a": "Captain Orla Penhallow was hired to pilot the cabin cruiser Dunmore on Friday night. "
                  "His boat, Quillfeather, struck Dunmore on the port side. Dunmore sank within minutes.",
             "b": "The yacht Quillfeather was later found by divers. Penhallow had steered Dunmore into the bay. "
                  "Tamsin said she saw the crash from the pier."}
    _, ment = _story_mentions(tmp_path, texts)
    people = set(ment[ment.figure_label == "PERSON"]["text"])
    assert not {"Dunmore", "Quillfeather"} & people, people
    assert {"Orla Penhallow", "Tamsin"} <= set(ment[ment.figure_label == "PERSON"]["name"])


def test_a_platform_named_like_a_person_is_no_person(tmp_path):
    texts = {"a": "Senator Corwin Blakesley posted the letter on Zwitter overnight. Several Zwitter users shared it.",
             "b": "Blakesley took to Zwitter on Monday to answer his critics, aides said."}
    _, ment = _story_mentions(tmp_path, texts)
    assert "Zwitter" not in set(ment[ment.figure_label == "PERSON"]["text"])
    assert "Corwin Blakesley" in set(ment[ment.figure_label == "PERSON"]["name"])


def test_a_firm_named_like_a_person_is_one_organisation_with_its_products(tmp_path):
    """A one-word name the story writes before "factory"/"worker" is a firm, its product names ("Varrick
    Crispy Pies") join it; a person named beside it, and one who only shares a word with it, stay people."""
    texts = {"a": "Declan Moorcroft, 31, put glass into Varrick Crispy Pies at the Varrick factory in Hull. "
                  "He sang: \"Varrick Crispy Pies are class.\" Moorcroft denied the charge.",
             "b": "A Varrick worker spiked pies at the Varrick food plant, the court heard. Varrick said "
                  "every pie was recalled. Declan Moorcroft was remanded.",
             "c": "Judge Alma Kessington told Moorcroft that Varrick had lost millions. Some French workers "
                  "went home; Palestinian workers were barred, Palestinian officials said."}
    _, ment = _story_mentions(tmp_path, texts)
    for group in ("French", "Palestinian"):  # a nationality before "workers"
        assert "ORG" not in set(ment[ment.text == group].figure_label), group
    people = set(ment[ment.figure_label == "PERSON"]["name"])
    assert not any("Varrick" in p for p in people), people
    firm = ment[ment.text.str.startswith("Varrick")]
    assert len(firm) >= 5 and set(firm.figure_label) == {"ORG"} and firm.figure_id.nunique() == 1
    assert set(firm.name) == {"Varrick"}
    assert {"Declan Moorcroft", "Alma Kessington"} <= people


def test_a_speaking_person_named_with_a_firms_word_stays_a_person(tmp_path):
    texts = {"a": "Police said the glass was found at the Varrick depot in Hull. Varrick Hale said he was shocked.",
             "b": "Two Varrick workers were held. Varrick Hale said staff were frightened."}
    _, ment = _story_mentions(tmp_path, texts)
    hale = ment[ment.text == "Varrick Hale"]
    assert len(hale) == 2 and set(hale.figure_label) == {"PERSON"}


def test_a_surname_before_a_firm_noun_stays_the_person(tmp_path):
    """"the Pellow factory" is no evidence against "Pellow" when the story names a Hetty Pellow."""
    texts = {"a": "Hetty Pellow opened the Pellow factory in 1990. Pellow said the plant would stay open.",
             "b": "Workers at the Pellow factory cheered when Pellow spoke."}
    _, ment = _story_mentions(tmp_path, texts)
    pellow = ment[ment.text.str.contains("Pellow")]
    assert len(pellow) == 5 and set(pellow.name) == {"Hetty Pellow"}


def test_post_nominal_letters_of_an_office_are_a_role_and_honours_are_not(tmp_path):
    texts = {"a": "Alan Pritchard QC, prosecuting, told the jury the pies were spoiled. Helen Marsh OBE, "
                  "who runs the charity, gave evidence.",
             "b": "Mr Pritchard said the factory was dirty. Mrs Marsh wept."}
    corpus, _ = _story_mentions(tmp_path, texts)
    figs = figures(corpus).set_index("name")
    assert "QC" in figs.at["Alan Pritchard", "roles"].split("; ")
    assert "OBE" not in figs.at["Helen Marsh", "roles"]


def test_a_longer_given_name_is_another_person_and_courtesy_titles_keep_spouses_apart(tmp_path):
    """"Natasha" (the daughter) is not a long form of "Nat" (the father); "Mrs Okonedo" is the wife, "Mr
    Okonedo" the husband, whichever was named last."""
    texts = {"a": "Ifeoma Okonedo vanished in March, police said. Her husband, Nat Okonedo, 44, was jailed on "
                  "Monday for assaulting her. Mrs Okonedo had taken their daughter Natasha to school that morning. "
                  "Okonedo pleaded guilty. Mr Okonedo will serve 18 months.",
             "b": "Nat Okonedo was jailed on Monday. His wife Ifeoma Okonedo has not been seen since March. "
                  "The court heard that Mrs Okonedo had sought legal advice. Mr Okonedo denied killing her."}
    _, ment = _story_mentions(tmp_path, texts)
    nat, ifeoma = _figures_of(ment, "Nat Okonedo"), _figures_of(ment, "Ifeoma Okonedo")
    assert len(nat) == 1 and len(ifeoma) == 1 and nat != ifeoma
    assert not _figures_of(ment, "Natasha") & nat
    mrs, mr = _figures_of(ment, "Mrs Okonedo"), _figures_of(ment, "Mr Okonedo")
    assert mrs == ifeoma and mr == nat, ment[["doc_id", "text", "figure_id"]]


def test_a_lone_given_name_still_joins_its_short_or_variant_form(tmp_path):
    from helpers.corpus.figures import _lone_given
    assert _lone_given("Alex", "Alexandros") and _lone_given("Ben", "Benjamin") and _lone_given("Alexis", "Alexi")
    assert not _lone_given("Natasha", "Nat") and not _lone_given("Jonno", "Jon")
    assert not _lone_given("Lorna", "Lorenzo") and not _lone_given("Marine", "Marius")  # start alike, other names


def test_roles_are_role_phrases_not_names_headline_words_or_fragments():
    from helpers.text.names import roles_of_mention
    nlp = pipeline.load()
    cases = [("Acme Shuts Plant, Rehires Attorney Dolores Quigwell\n\nThe plant closed on Monday.",
              "Dolores Quigwell", ["attorney"]),
             ("Brandt ’ s attorney, Dolores Quigwell, spoke out about the move.", "Dolores Quigwell", ["attorney"]),
             ("But sentencing Talbot, Lord Henshawe said a custodial sentence was inevitable.", "Talbot", []),
             ("The crash killed six people _ Captain Orvell Drane and two guests.", "Orvell Drane", ["Captain"]),
             ("It was clear to everyone in his mind Dr Orvell Drane was to blame.", "Orvell Drane", []),
             ("In the case England coach Orvell Drane was not named.", "Orvell Drane", ["England coach"]),
             ("The plant has 40 bond holders. Mr Quigwell said the case would go on.", "Quigwell", []),
             ("Orvell Drane, president of Zentrix, said no.", "Orvell Drane", ["president of Zentrix"]),
             ("The Zentrix chief executive, Orvell Drane, said no.", "Orvell Drane", ["Zentrix chief executive"])]
    for text, name, want in cases:
        s = text.index(name)
        assert roles_of_mention(nlp(text), s, s + len(name)) == want, text


def test_sex_of_a_person_is_read_from_kin_nouns_right_before_the_name_only():
    from helpers.corpus.figures import _kin_before, _role_sex
    assert _kin_before("Yesterday, her husband, ") == "m" and _kin_before("His wife ") == "f"
    assert _kin_before("Ilse Brand, the son of alleged victim ") is None  # the son is someone else
    assert _role_sex("the mother of two") == "f" and _role_sex("Mrs Brand's son") == "m"
    assert _role_sex("defence lawyer") is None


def test_a_courtesy_title_of_the_other_sex_makes_a_person_of_its_own(tmp_path):
    """The only Orrick named in full is a woman ("Mrs Orrick", "her daughter"): "Mr Orrick" is someone else,
    and "Mrs. Vell" goes to the Vell the story already calls "Mrs.", not the one named last."""
    texts = {"a": "Her daughter, Wenna Orrick, told the court the doctor had lied. Mrs Orrick said she had "
                  "trusted him. Mr Orrick, who sat beside her, wept.",
             "b": "Senator Ardith Vell spoke first. Mrs. Vell said the bill would pass. "
                  "Her husband, Tobin Vell, a banker, was in the gallery. Mrs. Vell thanked him."}
    _, ment = _story_mentions(tmp_path, texts)
    wenna = _figures_of(ment, "Wenna Orrick")
    mr = _figures_of(ment, "Mr Orrick")
    assert len(wenna) == 1 and len(mr) == 1 and mr != wenna and _figures_of(ment, "Mrs Orrick") == wenna
    assert set(ment[ment.figure_id.isin(mr)]["name"]) == {"Mr Orrick"}
    assert _figures_of(ment, "Mrs. Vell") == _figures_of(ment, "Ardith Vell"), ment[["text", "figure_id"]]


def test_a_hyphenated_given_name_with_a_lower_case_end_is_kept_whole(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import figures
    (tmp_path / "a.txt").write_text("Envoy visits Seoul\n\nThe talks were opened by Lee Ji-hoon, the envoy, on Monday. "
                                    "Mr. Lee said the two sides had agreed on a schedule.\n", encoding="utf-8")
    people = figures(load_corpus(tmp_path))
    people = people[people["label"] == "PERSON"]
    assert "Lee Ji-hoon" in set(people["name"]), people[["name", "aliases"]]


def test_a_titled_surname_goes_to_the_person_the_story_gives_that_title(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import mentions
    (tmp_path / "a.txt").write_text("Leader speaks\n\nPresident Daniel Okafor spoke in the capital on Monday. "
                                    "President Okafor said the budget would pass.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("School visit\n\nGrace Okafor visited a school on Tuesday. "
                                    "President Okafor later praised the teachers she met.\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    titled = m[(m["doc_id"] == "b") & m["text"].str.startswith("President")]
    assert list(titled["name"]) == ["Daniel Okafor"], m[["doc_id", "text", "name"]]


def test_a_lone_given_name_with_a_family_role_goes_to_the_relative_with_that_surname(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import mentions
    (tmp_path / "a.txt").write_text("Composer wins\n\nThe composer Keith Varley won the prize. Keith Varley thanked the jury.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Neighbours row\n\nMrs Alma Dunmore, 70, and her son Keith Dunmore live next door "
                                    "to the composer Keith Varley.\n\n"
                                    "Mrs Dunmore's son, Keith, told the court he had seen the fire.\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    keith = m[(m["doc_id"] == "b") & (m["text"] == "Keith")]
    assert len(keith) and set(keith["name"]) == {"Keith Dunmore"}, m[["doc_id", "text", "name"]]


def test_a_short_form_of_an_organisation_named_earlier_in_the_article_is_that_organisation(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import mentions
    (tmp_path / "a.txt").write_text("Miner files\n\nGranite Coal Corporation filed for bankruptcy on Monday. "
                                    "Granite had sold two mines last year, and Granite said it would keep paying wages.\n",
                                    encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    org = m[m["text"].str.startswith("Granite")]
    assert len(org) >= 2 and org["figure_id"].nunique() == 1, org[["text", "label", "figure_id"]]


def test_organisations_listed_side_by_side_stay_apart_and_an_initial_is_no_acronym(tmp_path):
    from helpers.corpus.figures import _acronym_shaped
    assert _acronym_shaped("CFPB") and _acronym_shaped("N.Y.U.")
    assert not _acronym_shaped("WikiLeaks") and not _acronym_shaped("I.")


def test_an_acronym_in_brackets_joins_the_organisation_before_it_one_side_by_side_does_not(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import mentions
    (tmp_path / "a.txt").write_text("Rules\n\nThe Harbour Safety Bureau (HSB) issued new rules on Monday. The HSB "
                                    "said the rules start in May. Metro Sports NFL analyst Dan Royce called them late.\n",
                                    encoding="utf-8")
    m = mentions(load_corpus(tmp_path)).set_index("text")
    assert m.loc["Harbour Safety Bureau", "figure_id"] == m.loc["HSB", "figure_id"].iloc[0]
    assert m.loc["Metro Sports", "figure_id"] != m.loc["NFL", "figure_id"], m[["label", "figure_id"]]


def test_a_sentence_dense_with_names_is_no_headline(tmp_path):
    """Nearly every longer word capitalised, but "met" in lower case: a sentence, whose names are kept (they
    were read as headline words and dropped, and a later lone surname became a place)."""
    from helpers.text.names import title_case
    doc = pipeline.parse("Coach Ray Dunmore and Chancellor Ilse Brandauer met.\n\nMan Charged in Death of Wife\n")
    first, second = list(doc.sents)[:2]
    assert not title_case(first) and title_case(second)
    (tmp_path / "a.txt").write_text("Talks\n\nThe talks ended in May. Coach Ray Dunmore and Chancellor Ilse Brandauer "
                                    "met.\n\nDunmore said it was fine.\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    people = m[m["figure_label"] == "PERSON"]
    assert {"Ray Dunmore", "Ilse Brandauer"} <= set(people["name"]), m[["text", "label", "name"]]
    assert (m[m["text"] == "Dunmore"]["figure_label"] == "PERSON").all()


def test_a_truncated_organisation_name_joins_the_full_name_another_article_gives(tmp_path):
    """"Pine Hollow" (no organisation head) in one article is the "Pine Hollow Fire Department" of another;
    a name that is complete in itself ("Mill Valley Caucus") is never taken for a short form."""
    (tmp_path / "a.txt").write_text("Blaze\n\nCrews from Pine Hollow arrived first, a spokesman for Pine Hollow said on "
                                    "Monday. The Mill Valley Caucus met later.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Fire\n\nFirefighters of the Pine Hollow Fire Department put out the blaze, and "
                                    "the Mill Valley Caucus Foundation sent money.\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    org = m[m["figure_label"] == "ORG"]
    short = org[org["text"] == "Pine Hollow"]
    assert len(short) and (short["name"] == "Pine Hollow Fire Department").all(), org[["text", "name"]]
    caucus = org[org["text"].str.endswith("Caucus")]
    assert len(caucus) and (caucus["name"] == "Mill Valley Caucus").all(), org[["text", "name"]]


def test_a_noun_for_a_person_opening_a_sentence_is_a_role_not_part_of_the_name(tmp_path):
    """"Grandmother Ada Quennell was rescued": the model reads the noun into a place or an organisation, or
    misses the name; the name is a person and the noun is no part of it (also in a list and after a title's
    prefix)."""
    from helpers import extract_entities
    for name in ("Ada Quennell", "Edna Pollard", "Nadia Ferraro"):  # the model's reading depends on the name
        for text in ("Grandmother {} was rescued from the roof.", "Pensioner {} was rescued.",
                     "Survivors {} and Bram Oduya were taken to hospital.", "Deputy Mayor {} spoke.",
                     "Superintendent {} said officers searched the area."):
            e = extract_entities(text.format(name))
            assert (e[e["text"] == name]["label"] == "PERSON").any(), (text, name, e[["text", "label"]])
    (tmp_path / "a.txt").write_text("Flood\n\nThe river burst its banks. Grandmother Edna Pollard was rescued from "
                                    "the roof.\n\nPollard said she was cold.\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    assert set(m[m["text"].str.contains("Pollard")]["name"]) == {"Edna Pollard"}, m[["text", "label", "name"]]


def test_an_organisation_is_one_figure_with_or_without_its_legal_form(tmp_path):
    (tmp_path / "a.txt").write_text("Firm fined\n\nQuarrendon Ltd was fined on Monday. Tallow Foods Inc. said it would "
                                    "appeal.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Fine\n\nQuarrendon was fined, and Tallow Foods said it would appeal.\n",
                                    encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    for word in ("Quarrendon", "Tallow"):
        hit = m[m["text"].str.startswith(word)]
        assert len(hit) == 2 and hit["figure_id"].nunique() == 1 and (hit["figure_label"] == "ORG").all(), \
            m[["doc_id", "text", "label", "figure_id"]]


def test_datelines_and_towns_written_with_their_state_are_places_and_a_capital_as_a_place_is_the_city(tmp_path):
    from helpers import extract_entities
    for text, town in (("QUILLBY, Ohio (AP) - A fire killed two workers on Monday.", "QUILLBY"),
                       ("QUILLBY, June 10 (Reuters) - A fire killed two workers.", "QUILLBY"),
                       ("The outbreak sickened people in Austin, Texas, and Quillby, Ohio.", "Quillby")):
        e = extract_entities(text)
        assert e[e["text"] == town]["label"].tolist() == ["PLACE"], (text, e[["text", "label"]])
    (tmp_path / "a.txt").write_text("Talks\n\nQUILLBY, Ohio (AP) - Talks were held in Paris on Monday. Paris said the "
                                    "deal was fair. He flew to Berlin, then home to Quillby.\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    names = m.groupby("text")["name"].agg(set)
    assert names["Paris"] == {"Paris", "France"} and names["Berlin"] == {"Berlin"}, names
    assert names["QUILLBY"] == {"Quillby"}, names  # a dateline's capitals shown as the story writes the name


@pytest.mark.parametrize("sentence, capital, name", [
    ("London famously has been fighting dirty air for decades.", "London", "London"),  # the city's own fight
    ("Tokyo is the most populous city on earth.", "Tokyo", "Tokyo"),
    ("Chinese cities like Beijing have managed to improve their air.", "Beijing", "Beijing"),
    ("WASHINGTON ― Donald Trump's campaign rallied on Monday.", "WASHINGTON", "WASHINGTON"),  # a dateline
    ("Moscow warned that it would respond.", "Moscow", "Russia"),  # a state's act
    ("Talks between Washington and Moscow stalled.", "Moscow", "Russia"),
    ("Beijing's response was swift.", "Beijing", "China"),
    ("The pressure from Beijing grew.", "Beijing", "China"),
    ("Russian forces advanced. Moscow had regained control of the region.", "Moscow", "Russia"),  # country named
])
def test_a_capital_is_its_country_only_when_it_acts_for_a_state(tmp_path, sentence, capital, name):
    """Reader, pages_16: "London famously has been fighting dirty air" was listed as the United Kingdom, and a
    dateline "WASHINGTON ―" as the United States; a capital is its country's government only as the subject of a
    state's act or words, the owner, source or target of one, or the subject of a verb in an article that names
    the country too."""
    (tmp_path / "a.txt").write_text(f"Air\n\n{sentence}\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    assert m[m["text"] == capital]["name"].tolist() == [name], m[["text", "name"]]


def test_a_name_the_model_reads_as_a_work_or_misses_is_a_person_when_it_speaks_or_is_listed_with_people():
    """Unfamiliar names are read as a work of art or a nationality, or missed: the subject of a verb of saying
    and a name listed beside a person are people; a seat that speaks for an institution is not."""
    from helpers import extract_entities
    for text, name in (("Tomasz Wirek told reporters the train was late.", "Tomasz Wirek"),
                       ("Commuters Ali Rashidi, Jenny Pham and Tomasz Wirek told reporters they had waited.", "Tomasz Wirek"),
                       ("The winners were Carla Brandt and Piotr Nowicz.", "Piotr Nowicz")):
        e = extract_entities(text)
        assert e[e["text"] == name]["label"].tolist() == ["PERSON"], (text, e[["text", "label"]])
    e = extract_entities("Downing Street said the talks were useful.")
    assert "PERSON" not in set(e["label"]), e


def test_names_with_particles_stay_whole_and_a_surname_opened_by_a_particle_joins_its_person(tmp_path):
    from helpers import extract_entities
    for text in ("Prime Minister Ines van der Kloot said the bridge would reopen.",
                 "Ines van der Kloot said the bridge would reopen."):
        e = extract_entities(text)
        assert e[["text", "label"]].values.tolist() == [["Ines van der Kloot", "PERSON"]], (text, e)
    (tmp_path / "a.txt").write_text("Ruling\n\nJudge Hendrik de Vries ruled on Monday.\n\nDe Vries said the ruling was "
                                    "final, and de Vries left.\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    assert set(m[m["text"].str.contains("Vries")]["name"]) == {"Hendrik de Vries"}, m[["text", "name"]]


def test_a_word_the_story_mostly_calls_a_place_is_no_organisations_short_name():
    """The model read "Quillby" as an organisation once and as a place three times: it is a place (it was
    then joined to "Quillby Bible Church" as its short name); a word read mostly as an organisation stays."""
    def row(text, label, doc="a"):
        return {"doc_id": doc, "start": 0, "end": len(text), "text": text, "label": label, "kind": "name"}
    rows = [row("Quillby Bible Church", "ORG"), row("Quillby", "ORG"), row("Quillby", "PLACE", "b"),
            row("Quillby", "PLACE", "b"), row("Quillby", "PLACE", "c"), row("Leeds", "ORG"), row("Leeds", "ORG", "b"),
            row("Leeds", "PLACE", "c")]
    _consistent_labels(rows)
    assert [r["label"] for r in rows if r["text"] == "Quillby"] == ["PLACE"] * 4
    # one label per name in a story: a name read mostly as an organisation is one everywhere (it stayed two
    # figures, one of each label, before ``_one_label_per_name``)
    assert [r["label"] for r in rows if r["text"] == "Leeds"] == ["ORG", "ORG", "ORG"]


def test_a_name_read_as_an_organisation_and_as_a_place_takes_one_label():
    """METER: "Newcastle High Court" was an organisation in one paper and a place in another, "Merseyside" an
    organisation in the wire ("a home in north Merseyside", "Merseyside officers") and a place in two papers:
    two figures each. A capital keeps both readings (it may stand for its government), and so does a town's
    name an article uses as the short form of its club, named before it."""
    def row(text, label, doc, start=0, locative=False):
        return {"doc_id": doc, "start": start, "end": start + len(text), "text": text, "label": label,
                "kind": "name", "locative": locative}
    rows = [row("Brackley High Court", "PLACE", "a"), row("Brackley High Court", "ORG", "b"),
            row("Harlowshire", "ORG", "a", 10, locative=True), row("Harlowshire", "ORG", "a", 50),
            row("Harlowshire", "ORG", "a", 90), row("Harlowshire Police", "ORG", "b", 5),
            row("Harlowshire", "PLACE", "b", 60), row("Harlowshire", "PLACE", "c", 7),
            row("Copenhagen", "PLACE", "a", 200, locative=True), row("Copenhagen", "ORG", "c", 40),
            row("Copenhagen", "ORG", "c", 80),
            row("Wexbury FC", "ORG", "a", 300), row("Wexbury", "ORG", "a", 340), row("Wexbury", "PLACE", "b", 300),
            row("Tamsford", "ORG", "a", 400), row("Tamsford", "ORG", "b", 400), row("Tamsford", "PLACE", "c", 400)]
    _consistent_labels(rows)
    got = {}
    for r in rows:
        got.setdefault(r["text"], []).append(r["label"])
    assert got["Brackley High Court"] == ["ORG", "ORG"], got
    assert got["Harlowshire"] == ["PLACE"] * 5 and got["Harlowshire Police"] == ["ORG"], got
    assert got["Copenhagen"] == ["PLACE", "ORG", "ORG"], got
    assert got["Wexbury"] == ["ORG", "PLACE"], got
    assert got["Tamsford"] == ["ORG"] * 3, got
    # PolNeAR: "NYPD" and "Nafta" were organisations and groups (NORP); "Republican" is mostly a group
    rows = [row("NYPD", "ORG", "a"), row("NYPD", "ORG", "b"), row("NYPD", "NORP", "c"), row("Nafta", "ORG", "a"),
            row("Nafta", "NORP", "b"), row("Republican", "ORG", "a"), row("Republican", "NORP", "a", 30),
            row("Republican", "NORP", "b"), row("British", "NORP", "c"), row("British", "ORG", "c", 40)]
    _consistent_labels(rows)
    assert [r["label"] for r in rows] == ["ORG"] * 5 + ["NORP"] * 3 + ["NORP", "ORG"], rows
    from helpers.text.entities import WHERE_BEFORE as _WHERE_BEFORE
    assert _WHERE_BEFORE.search("a care home in north ") and _WHERE_BEFORE.search("from south-east ")
    assert not _WHERE_BEFORE.search("the north ")


def test_a_town_used_for_its_club_is_the_club_in_the_other_articles_too():
    """METER: the wire wrote "Southampton FC ... the Southampton manager"; two papers wrote only "The
    Southampton manager", a third "Southampton Football Club": four figures for one club. A short name that
    stood for two organisations in the story joins neither; the town read as a place stays a place."""
    from helpers.corpus.figures import _cluster

    def row(doc, start, text, label="ORG"):
        return {"doc_id": doc, "start": start, "end": start + len(text), "text": text, "label": label, "kind": "name"}
    rows = [row("a", 0, "Wexbury FC"), row("a", 40, "Wexbury"), row("b", 10, "Wexbury"),
            row("c", 5, "Wexbury Football Club"), row("d", 3, "Wexbury", "PLACE"),
            row("a", 100, "Harrow Medical School"), row("a", 140, "Harrow"), row("b", 100, "Harrow University"),
            row("b", 140, "Harrow"), row("c", 100, "Harrow")]
    _cluster(rows)
    fig = {(r["doc_id"], r["text"]): r["figure_id"] for r in rows}
    assert fig[("a", "Wexbury FC")] == fig[("a", "Wexbury")] == fig[("b", "Wexbury")] \
        == fig[("c", "Wexbury Football Club")], rows
    assert fig[("d", "Wexbury")].startswith("L")
    assert fig[("a", "Harrow")] == fig[("a", "Harrow Medical School")]
    assert fig[("b", "Harrow")] == fig[("b", "Harrow University")]
    assert fig[("c", "Harrow")] not in (fig[("a", "Harrow")], fig[("b", "Harrow")])


def test_a_lone_name_its_article_gives_a_persons_cue_is_that_person_there():
    """METER: "his brother Timothy, eight, and sister Florence" then "Florence and Timothy did not attend": the
    second "Florence", with no cue of its own, became the city the gazetteer knows. Another article's
    "Florence" with no cue stays a place."""
    def row(doc, start, text, label, **kw):
        return {"doc_id": doc, "start": start, "end": start + len(text), "text": text, "label": label,
                "kind": "name", **kw}
    rows = [row("a", 10, "Florence", "PERSON", sex="f"), row("a", 90, "Florence", "PERSON"),
            row("a", 150, "Florence", "PLACE", as_person=(150, 158, "Florence", None)),
            row("b", 20, "Florence", "PERSON")]
    _consistent_labels(rows)
    assert [r["label"] for r in rows] == ["PERSON", "PERSON", "PERSON", "PLACE"], rows


def test_spellings_and_full_stops_do_not_split_an_organisation():
    from helpers.corpus.figures import _org_key
    assert _org_key("L. A Superior Court") == _org_key("L.A. Superior Court") == _org_key("L. A. Superior Court")
    assert _org_key("the Marrow Ford Centre") == _org_key("Marrow Ford Center")
    assert _org_key("Marrow Ford Center") != _org_key("Marrow Ford Clinic")


def test_a_person_named_only_as_the_start_of_a_clinic_is_the_clinic(tmp_path):
    """"checked into the Edda Quarrie Center ... left Edda Quarrie": the bare name is the clinic, one row
    with it; a name the story gives a person's cue ("Quarrie said") stays a person."""
    (tmp_path / "a.txt").write_text("Rehab\n\nThe actress checked into the Edda Quarrie Center on Monday. She was "
                                    "in Edda Quarrie for a month in 2010.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Star in rehab\n\nThe singer spent last year at Edda Quarrie, where she was "
                                    "treated, and went back to the Edda Quarrie Centre this week.\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    quarrie = m[m["text"].str.contains("Quarrie")]
    assert len(quarrie) >= 3 and set(quarrie["figure_label"]) == {"ORG"} and quarrie["figure_id"].nunique() == 1, \
        quarrie[["doc_id", "text", "label", "name"]]
    (tmp_path / "d.txt").write_text("Letter\n\nA plaque was dedicated to Edda Quarrie, and a letter from Edda "
                                    "Quarrie was read.\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    assert "PERSON" in set(m[m["text"] == "Edda Quarrie"]["figure_label"]), m[["doc_id", "text", "label", "name"]]
    (tmp_path / "d.txt").unlink()
    (tmp_path / "c.txt").write_text("Founder\n\nEdda Quarrie said the Edda Quarrie Center would stay open.\n",
                                    encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    assert "PERSON" in set(m[m["text"] == "Edda Quarrie"]["figure_label"]), m[["doc_id", "text", "label", "name"]]


def test_a_bare_head_or_ending_is_the_one_organisation_of_its_article_ending_so(tmp_path):
    """"Church officials said" and "the Baptist Church" after "Grace Baptist Church" are that church; a title
    ("failed VP candidate") and a common word opening a sentence ("Flames ...") are no organisations."""
    (tmp_path / "a.txt").write_text("Fire at chapel\n\nThe Grace Baptist Church burned on Friday night. Flames and "
                                    "smoke were seen for miles, and the flames spread fast. Church officials said the "
                                    "Baptist Church would be rebuilt. The failed VP candidate prayed there.\n",
                                    encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    org = m[m["figure_label"] == "ORG"]
    assert set(org["name"]) == {"Grace Baptist Church"} and len(org) >= 2, org[["text", "name"]]
    assert not m["text"].isin(["Flames", "VP"]).any(), m[["text", "label", "name"]]


def test_words_in_lower_case_or_a_wire_storys_capitals_are_no_organisations(tmp_path):
    (tmp_path / "a.txt").write_text("Chips trial\n\nA TEENAGER told a court yesterday his parents fed him chips. The "
                                    "teenager, now 19, said his GP had warned them. NATO was not involved.\n",
                                    encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    assert not m["text"].isin(["TEENAGER", "fed", "GP"]).any(), m[["text", "label", "name"]]
    assert _common_word_opening_kept("NATO")


def _common_word_opening_kept(word):
    from helpers.corpus.figures import _common_word_opening
    doc = pipeline.parse(f"Then {word} said no. The {word.lower()} was there.")
    i = doc.text.index(word)
    lower, capital = case_counts(doc)
    return not _common_word_opening(doc, i, i + len(word), lower, capital)


def test_a_founder_stays_a_person_beside_the_foundation_named_for_them(tmp_path):
    (tmp_path / "a.txt").write_text("Gift\n\nThe Nelson Quarrie Foundation gave $2 million to the school. Nelson "
                                    "Quarrie, who set up the charity in 1990, was honoured at the dinner.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Dinner\n\nNelson Quarrie founded the Nelson Quarrie Foundation in 1990. On "
                                    "Friday Nelson Quarrie gave a speech.\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    bare = m[m["text"] == "Nelson Quarrie"]
    assert len(bare) >= 2 and set(bare["figure_label"]) == {"PERSON"}, m[["doc_id", "text", "label", "name"]]


def test_a_bare_body_of_state_is_not_joined_to_another_one_and_companies_named_by_common_words_stay(tmp_path):
    (tmp_path / "a.txt").write_text("Shelling\n\nRebels of the Free Syrian Army held the hills. The Army shelled "
                                    "the town on Monday, and the Army said 40 rebels were killed.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Retail\n\nTarget said on Wednesday that sales fell 5%, missing its own target. "
                                    "Target blamed the weather. The airline Monarch went bust, and Monarch "
                                    "stopped trading.\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    army = m[m["text"] == "Army"]
    assert len(army) and not (army["name"] == "Free Syrian Army").any(), army[["text", "name"]]
    assert {"Target", "Monarch"} <= set(m[m["figure_label"] == "ORG"]["name"]), m[["text", "label", "name"]]


def test_a_lone_given_name_after_a_noun_of_family_stays_a_person_whatever_the_gazetteer_knows(tmp_path):
    """"Her husband Martin told the jury" (a Martin is a place in the gazetteer); his quote after "He told" is
    his, not the doctor's named last."""
    (tmp_path / "a.txt").write_text("Trial\n\nMrs Gee described her mother. Mrs Gee's husband Martin told how he "
                                    "arrived to find his wife and Dr Harold Shipman in conversation.\n\nHe told the "
                                    "jury: \u201cMy wife was extremely upset.\u201d\n", encoding="utf-8")
    c = load_corpus(tmp_path)
    m = mentions(c)
    assert (m[m["text"] == "Martin"]["figure_label"] == "PERSON").all() and (m["text"] == "Martin").any(), m
    from helpers import quotes
    q = quotes(c)
    assert q[q["text"].str.startswith("My wife")]["speaker_name"].tolist() == ["Martin"], q


def test_a_lone_given_name_names_nobody_of_another_article(tmp_path):
    """'said Joseph, who has four children' in one article is not the Joseph Okafor another article names."""
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import mentions
    (tmp_path / "a.txt").write_text("Senate vote\n\nSenator Joseph Okafor spoke in the capital on Monday about "
                                    "the budget.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Parents rally\n\nParents rallied outside a school on Tuesday. \"We need the "
                                    "money,\" said Joseph, who has four children.\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    lone = m[(m["doc_id"] == "b") & (m["text"] == "Joseph")]
    assert len(lone) and set(lone["name"]) == {"Joseph"}, m[["doc_id", "text", "name"]]


def test_a_given_name_alone_in_an_article_naming_nobody_in_full_is_the_story_s_person_of_that_name(tmp_path):
    """ECB+: a gossip article calls the actress "Lindsay" throughout and names nobody in full; two other
    articles name Lindsay Lohan. She is one row, not "Lindsay Lohan" and "Lindsay". A given name two people
    of the story share, or one named in a single article (see the Joseph test), stays apart."""
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import mentions
    texts = {"a": "Rehab move\n\nActress Marla Quennell left the Harriet Colby Center on Monday, her lawyer said.\n",
             "b": "Court order\n\nMarla Quennell must stay in treatment for 90 days, a judge ruled.\n",
             "c": "New clinic\n\nMarla has had enough of the desert clinic. Marla moved to a beach resort on Tuesday, "
                  "and friends say she is happy.\n",
             "d": "Lawyers\n\nTom Vexley and Tom Brandauer argued the case.\n",
             "e": "Ruling\n\nTom Vexley and Tom Brandauer spoke after the hearing.\n",
             "f": "Reaction\n\nTom said the ruling was fair.\n"}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    lone = m[(m["doc_id"] == "c") & (m["text"] == "Marla")]
    assert len(lone) == 2 and set(lone["name"]) == {"Marla Quennell"}, m[["doc_id", "text", "name"]]
    tom = m[(m["doc_id"] == "f") & (m["text"] == "Tom")]
    assert len(tom) and set(tom["name"]) == {"Tom"}, m[["doc_id", "text", "name"]]


def test_a_lone_surname_goes_to_the_subject_named_before_not_to_a_relative_named_later(tmp_path):
    """'Former President Daniel Okafor criticized the plan at a rally for his wife Grace Okafor. ... Okafor
    said' is Daniel, the subject, in the people table and as the speaker of the quote."""
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import mentions, quotes
    (tmp_path / "a.txt").write_text(
        "Rally\n\nFormer President Daniel Okafor criticized the health plan at a rally in Kano for his wife Grace "
        "Okafor.\n\n\"It does not make any sense,\" Okafor said.\n", encoding="utf-8")
    c = load_corpus(tmp_path)
    m = mentions(c)
    assert set(m[m["text"] == "Okafor"]["name"]) == {"Daniel Okafor"}, m[["text", "name"]]
    q = quotes(c)
    assert list(q[q["kind"] == "direct"]["speaker_name"]) == ["Daniel Okafor"], q


def test_a_quote_by_a_lone_surname_goes_to_the_person_the_people_table_gives_that_mention(tmp_path):
    """'President Daniel Okafor spoke ... Grace Okafor visited ... "...," President Okafor said': the quote module
    completes the surname with the nearest full name (Grace); the people table gives "President Okafor" to the
    Okafor the story calls president, and the quote must agree with the people table."""
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import mentions, quotes
    (tmp_path / "a.txt").write_text(
        "Budget\n\nPresident Daniel Okafor spoke in the capital on Monday.\n\nGrace Okafor visited a school "
        "in Kano on Tuesday.\n\n\"We will pass the budget,\" President Okafor said.\n", encoding="utf-8")
    c = load_corpus(tmp_path)
    m = mentions(c)
    titled = m[m["text"] == "President Okafor"]
    q = quotes(c)
    direct = q[q["kind"] == "direct"]
    assert list(titled["name"]) == ["Daniel Okafor"] and len(direct) == 1, (m[["text", "name"]], q)
    assert direct.iloc[0]["speaker_name"] == "Daniel Okafor", direct


def test_a_lone_surname_bound_to_a_spouse_is_the_other_spouse(tmp_path):
    """'Roe was charged with attempting to murder his wife' and 'Roe's wife had been out' are the husband, not
    the wife named in full before them: no one is their own spouse."""
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import mentions
    (tmp_path / "a.txt").write_text(
        "Husband jailed\n\nNat Roe, 41, admitted seizing his wife Arlene Roe by the neck in their house in Elgin.\n\n"
        "Mrs Roe has not been seen since she dropped her children off at school.\n\n"
        "Roe was originally charged with attempting to murder his wife, but the charge was dropped.\n\n"
        "His lawyer said that on the night Roe's wife had been out drinking.\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    assert set(m[m["text"] == "Roe"]["name"]) == {"Nat Roe"}, m[["start", "text", "name"]]
    assert set(m[m["text"] == "Mrs Roe"]["name"]) == {"Arlene Roe"}, m[["start", "text", "name"]]
    from helpers.corpus.figures import _spouse_after  # one spouse list, with the sex of each noun
    assert [_spouse_after(x) for x in ("'s wife", "'s husband", "'s fiancé", " said")] == ["m", "f", "f", None]


def test_a_headline_gives_a_role_only_from_role_words_next_to_the_name(tmp_path):
    """'Black Lawmakers Rip Donald Trump As A Fraud' gives Trump no role "Lawmakers Rip"; 'Lohan Rehires
    Attorney Shawn Holley' still gives Holley "attorney"; a role written in two cases is listed once."""
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import figures
    from helpers.text.names import roles_of_mention
    doc = pipeline.parse("Black Lawmakers Rip Donald Trump As A Fraud")
    assert roles_of_mention(doc, 25, 37) == []
    (tmp_path / "a.txt").write_text(
        "Black Lawmakers Rip Donald Trump As A Fraud\n\nFormer President Bill Okafor said on Monday that Donald "
        "Trump was wrong. The former President Okafor spoke in Kano.\n", encoding="utf-8")
    f = figures(load_corpus(tmp_path))
    roles = dict(zip(f["name"], f["roles"]))
    assert "Lawmakers" not in roles.get("Donald Trump", ""), roles
    assert roles["Bill Okafor"].lower().count("former president") == 1, roles
    assert roles["Bill Okafor"].startswith("Former President"), roles  # the first spelling, in its place


def test_a_plural_title_before_a_name_is_a_role_not_part_of_the_name(tmp_path):
    """'like Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy': the person is Charles E.
    Grassley; "Senators" is the role of the pair."""
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import figures
    (tmp_path / "a.txt").write_text("Visa program\n\nCritics of the program, like Senators Charles E. Grassley, "
                                    "Republican of Iowa, and Patrick J. Leahy, Democrat of Vermont, said so.\n",
                                    encoding="utf-8")
    table = figures(load_corpus(tmp_path))
    names = set(table["name"])
    assert "Charles E. Grassley" in names and not any(n.startswith("Senators") for n in names), names
    # one person's role is singular (R5: the row read "senators")
    assert table.set_index("name").loc["Charles E. Grassley", "roles"].lower() == "senator", table[["name", "roles"]]


def test_a_pronoun_inside_a_quote_or_a_reported_clause_makes_no_new_person(tmp_path):
    """Review R5: 'Mrs Jane Roe ... Roe said: "He hit me"' and 'Mrs Fraser said he had punched her' are Jane Roe
    and Mary Fraser; a bound sex never makes a figure of its own ("Roe Roe")."""
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import figures, mentions
    (tmp_path / "a.txt").write_text(
        "Court case\n\nMrs Jane Roe, 34, gave evidence on Monday. Roe said: \"He hit me and he laughed.\"\n\n"
        "Mary Fraser told the court she was afraid. Fraser said he had also threatened her sister.\n",
        encoding="utf-8")
    c = load_corpus(tmp_path)
    m = mentions(c)
    assert set(m[m["text"] == "Roe"]["name"]) == {"Jane Roe"}, m[["text", "name"]]
    assert set(m[m["text"] == "Fraser"]["name"]) == {"Mary Fraser"}, m[["text", "name"]]
    assert not any(n.split()[0] == n.split()[-1] for n in figures(c)["name"] if " " in n)


def test_a_lone_given_name_joins_the_person_its_article_names_by_surname(tmp_path):
    """'Captain Roe's mother Patricia' in one article is the Patricia Roe another article names in full: the
    article writes her family name; a lone given name with no such tie stays apart (see the Joseph test)."""
    from helpers.corpus import load_corpus
    from helpers.corpus.figures import mentions
    (tmp_path / "a.txt").write_text("Boat crash\n\nPatricia Roe, 61, from St Mawes, said she was relieved by the "
                                    "verdict on the crash that killed her son.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Skipper's family\n\nSimon Roe died in the crash. Captain Roe's mother Patricia, "
                                    "61, said she was relieved by the verdict.\n", encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    assert set(m[m["text"] == "Patricia"]["name"]) == {"Patricia Roe"}, m[["doc_id", "text", "name"]]


def test_a_headline_role_phrase_with_an_of_or_a_nationality_is_kept():
    """Review R5: 'British Prime Minister Theresa May Meets Secretary of State John Kerry' keeps both roles."""
    from helpers.text.names import roles_of_mention
    s = "British Prime Minister Theresa May Meets Secretary of State John Kerry"
    doc = pipeline.parse(s)
    may, kerry = s.index("Theresa May"), s.index("John Kerry")
    assert roles_of_mention(doc, may, may + 11)[0].lower() == "british prime minister"
    assert roles_of_mention(doc, kerry, kerry + 10)[0].lower() == "secretary of state"


def test_a_titled_surname_goes_to_the_namesake_of_its_own_article_not_one_titled_so_elsewhere(tmp_path):
    """"Mr. Kessler" in b is the Morton Kessler b names, though another article already wrote its Warren
    Kessler as "Mr. Kessler"."""
    texts = {"a": "Race is close\n\nDemocrats are worried, said Warren Kessler, a party strategist in Ohio. "
                  "Mr. Kessler said turnout would decide it.",
             "b": "Host defends network\n\nWhy is Morton Kessler working for a state network? Mr. Kessler, 82, "
                  "told me he was not an employee of the network. Mr. Kessler said he did not watch its other "
                  "programmes."}
    _, ment = _story_mentions(tmp_path, texts)
    morton, warren = _figures_of(ment, "Morton Kessler"), _figures_of(ment, "Warren Kessler")
    assert len(morton) == 1 and len(warren) == 1 and morton != warren
    mr_b = ment[(ment.doc_id == "b") & (ment.text == "Mr. Kessler")]
    assert len(mr_b) == 2 and set(mr_b.figure_id) == morton, ment[["doc_id", "text", "figure_id"]]
    assert set(ment[(ment.doc_id == "a") & (ment.text == "Mr. Kessler")].figure_id) == warren


def test_a_lone_surname_goes_to_the_namesake_its_article_names_most_not_the_one_named_last(tmp_path):
    """Odile Farrant is named three times, her daughter once, after her: a lone "Farrant" far from any
    subject mention is Odile."""
    text = ("Farrant Was Headed to Hospital\n\nA paper reports that Odile Farrant's team avoided taking her to the "
            "hospital after her fall on Sunday. Odile Farrant was headed to a hospital after her sudden fall at the "
            "ceremony, but left her escort and went to daughter Maren Farrant's flat instead, the paper learned. "
            "Protocol called for the nominee to be taken to a trauma centre in the wake of her health scare, "
            "sources said. But a campaign aide decided to change course to avoid treatment by doctors or nurses "
            "who could leak details to reporters, a source said. The van was supposed to be escorted by a police "
            "detail, but guards whisked her away before officers could go with her, another source said. "
            "Farrant had told police officials that she did not want the escort at all, the source added.")
    _, ment = _story_mentions(tmp_path, {"a": text, "b": "Odile Farrant spoke on Monday."})
    odile, maren = _figures_of(ment, "Odile Farrant"), _figures_of(ment, "Maren Farrant")
    assert len(odile) == 1 and len(maren) == 1 and odile != maren
    assert set(ment[ment.text == "Farrant"].figure_id) == odile, ment[["doc_id", "start", "text", "figure_id"]]


def test_a_bare_surname_beside_a_namesake_the_article_titles_goes_to_the_one_it_writes_bare(tmp_path):
    """The article writes the wife "Mrs Brannock" and the husband bare ("Brannock's plea"): a later bare
    "Brannock" is the husband, though "Mrs Brannock" was named last."""
    text = ("Wife still missing\n\nThe woman, Ilse Brannock, has not been seen since April, when she left her home. On the day she vanished, Mrs "
            "Brannock, 33, took no clothes. Yesterday her husband, Tam Brannock, 41, was jailed for 18 months for "
            "assaulting his wife weeks before she vanished. The prosecution accepted Brannock's plea of guilty to "
            "a reduced charge. The court was told that Mrs Brannock sought legal advice four times. Ruth Gale, for "
            "the prosecution, said that when the assault took place, Mrs Brannock had come home late. Brannock "
            "\"was very angry and asked why she was so late,\" Ms Gale said.")
    _, ment = _story_mentions(tmp_path, {"a": text})
    tam, ilse = _figures_of(ment, "Tam Brannock"), _figures_of(ment, "Ilse Brannock")
    assert len(tam) == 1 and len(ilse) == 1 and tam != ilse
    assert _figures_of(ment, "Mrs Brannock") == ilse
    bare = ment[ment.text == "Brannock"]
    assert len(bare) == 2 and set(bare.figure_id) == tam, ment[["start", "text", "figure_id"]]


def test_a_given_name_with_a_family_role_and_the_lone_surname_of_that_sex_are_one_person(tmp_path):
    """ "Mrs Gee's husband Martin" and "Mr Gee" were two rows; "Mrs Gee" stays with Jacqueline Gee."""
    text = ("Her daughter Jacqueline Gee told the court that her mother had been well. \"We were confused,\" said "
            "Mrs Gee. Her husband Martin described the doctor as unhelpful. \"He was cold,\" said Mr Gee. Mrs Gee's "
            "husband Martin told how he arrived at the house. Mr Gee said he was shocked.")
    _, ment = _story_mentions(tmp_path, {"a": text})
    husband, wife = _figures_of(ment, "Mr Gee"), _figures_of(ment, "Jacqueline Gee")
    assert len(husband) == 1 and _figures_of(ment, "Martin") == husband and not (husband & wife), ment[["text", "figure_id"]]
    assert _figures_of(ment, "Mrs Gee") == wife
    assert set(ment[ment.figure_id.isin(husband)]["name"]) == {"Martin Gee"}


def test_forms_of_one_given_name_in_different_articles_are_one_person_and_in_one_article_two(tmp_path):
    texts = {"a": "As a boy, Simon Pryde spent five years at sea with his parents. His brother Timothy, eight, "
                  "kept the log. Timothy later helped the inquiry.",
             "b": "Simon Pryde, his parents and his siblings, Louise and Tim, spent five years at sea.",
             "c": "The skipper Mark Hale sailed with his sons Tom and Thomas Reed, a cousin, last summer."}
    _, ment = _story_mentions(tmp_path, texts)
    tim = _figures_of(ment, "Tim")
    assert len(tim) == 1 and _figures_of(ment, "Timothy") == tim, ment[["doc_id", "text", "figure_id"]]
    assert set(ment[ment.figure_id.isin(tim)]["name"]) == {"Timothy"}
    assert _figures_of(ment, "Tom") != _figures_of(ment, "Thomas Reed")


def test_words_that_name_nothing_acronyms_a_capital_before_an_accord_a_nationality_and_a_boat(tmp_path):
    """Reader V10: 'A' (from 'A 4-4 ruling') and 'Eastern' were organisations, 'RT' a place, 'Paris' in 'the
    Paris climate agreement' France, 'The Briton' and the boat 'Winnie Rigg' people."""
    texts = {"a": "A 4-4 ruling by the court would leave the law in place, Judge Ada Marlow said on Monday. "
                  "Voters of Eastern and Northern European heritage backed her. She spoke to the network RT, and "
                  "the RT interview ran twice.",
             "b": "Marlow helped write the Paris climate agreement. The Briton was a qualified sailor. As a child, "
                  "Marlow spent five years at sea on the family's 45ft boat, Wennie Rugg."}
    _, ment = _story_mentions(tmp_path, texts)
    shown = dict(zip(ment["text"], ment["figure_label"]))
    assert "A" not in shown and "Eastern" not in shown, shown
    assert shown.get("RT") == "ORG", shown
    assert set(ment[ment["text"] == "Paris"]["name"]) == {"Paris"}, shown
    assert shown.get("Briton") != "PERSON" and "Wennie Rugg" not in set(ment[ment.figure_label == "PERSON"]["text"]), shown


def test_a_son_is_not_the_husband_and_a_short_name_two_long_ones_fit_joins_neither(tmp_path):
    texts = {"a": "Mrs Gee's son Martin, 12, saw the doctor. Mr Gee, her husband, said the doctor was cold. "
                  "Jacqueline Gee told the court she was confused.",
             "b": "Samuel said the boat sank.", "c": "Sam said the boat sank fast.", "d": "Samir said the boat sank slowly."}
    _, ment = _story_mentions(tmp_path, texts)
    assert _figures_of(ment, "Martin") != _figures_of(ment, "Mr Gee"), ment[["text", "figure_id"]]
    ids = {t: _figures_of(ment, t) for t in ("Samuel", "Samir")}
    sam = set(ment[ment["text"] == "Sam"]["figure_id"])
    assert not sam & (ids["Samuel"] | ids["Samir"]), ment[["text", "figure_id"]]


def test_a_lone_given_name_names_the_person_its_own_article_names_before_a_surname_elsewhere(tmp_path):
    """'Richard' after 'Richard Thomas' in the same article is Richard Thomas, not the 'Butter Richard' another
    article names (a surname match there must not outrank the given name named here)."""
    texts = {"a": "Richard Thomas, 18, told the court he lived on chips. Richard said he was often hungry.",
             "b": "Teenager Butter Richard, 18, said he ate chips for every meal. Butter Richard weighs 20 stone.",
             "c": "Richard Thomas told Cardiff Crown Court about his diet. Richard said he ate pasties."}
    _, ment = _story_mentions(tmp_path, texts)
    lone = ment[(ment.text == "Richard") & (ment.figure_label == "PERSON")]
    assert len(lone) >= 2, ment[["doc_id", "text", "name"]]
    assert set(lone["name"]) == {"Richard Thomas"}, lone[["doc_id", "text", "name"]]


def test_post_nominal_letters_are_no_part_of_the_name_shown():
    from helpers.text.names import without_post_nominals
    assert without_post_nominals(["Michael", "Gibbon", "QC"]) == ["Michael", "Gibbon"]
    assert without_post_nominals(["Jo", "Cox", "MP"]) == ["Jo", "Cox"]
    assert without_post_nominals(["Martin", "Luther", "King", "Jr."]) == ["Martin", "Luther", "King", "Jr."]
    assert without_post_nominals(["George", "III"]) == ["George", "III"]
    assert without_post_nominals(["Gibbon", "QC"]) == ["Gibbon", "QC"]  # no given name: left as written


def test_a_barrister_is_named_without_qc(tmp_path):
    texts = {"a": "Michael Gibbon QC, the recorder, cleared the couple. Mr Gibbon said the case was over.",
             "b": "The recorder, Michael Gibbon QC, told the jury to acquit. Michael Gibbon QC thanked them.",
             "c": "Recorder Michael Gibbon said the witness had withdrawn."}
    _, ment = _story_mentions(tmp_path, texts)
    names = set(ment[ment.text.str.contains("Gibbon") & (ment.figure_label == "PERSON")]["name"])
    assert names == {"Michael Gibbon"}, ment[["doc_id", "text", "name"]]


def test_a_titled_lone_word_is_a_surname_even_when_its_article_names_someone_by_that_given_name(tmp_path):
    texts = {"a": "Gordon Brown met the union leader on Monday. Mr Gordon, the union's general secretary, said talks "
                  "went well.",
             "b": "Union chief Tom Gordon met Gordon Brown. Tom Gordon said the talks went well.",
             "c": "Tom Gordon and Gordon Brown met on Monday to discuss pay."}
    _, ment = _story_mentions(tmp_path, texts)
    assert set(ment[ment.text == "Mr Gordon"]["name"]) == {"Tom Gordon"}, ment[["doc_id", "text", "name"]]


def test_a_pageant_title_is_a_role_and_its_lone_use_refers_to_the_titleholder(tmp_path):
    """PolNeAR: "former Miss Universe Alicia Machado" was a person named "Universe Alicia Machado", and "a
    former Miss Universe" a person "Universe" joined to her by that false given name. "Miss" before a given
    name stays a courtesy title."""
    got, text = _span("He mocked former Miss Universe Alicia Machado on Friday.", "Miss Universe Alicia Machado")
    assert text[got[0]:got[1]] == "Alicia Machado" and got[2] == "Miss Universe", got
    got, text = _span("He thanked Miss Jane Marple on Friday.", "Miss Jane Marple")
    assert text[got[0]:got[1]] == "Miss Jane Marple" and got[2] is None, got
    (tmp_path / "a.txt").write_text(
        "Pageant row\n\nThe senator mocked former Miss Universe Maria Lopez in a late-night post on Friday. "
        "Lopez said she was hurt.\n\nOn Saturday he attacked a former Miss Universe again, saying she was "
        "disgusting.\n",
        encoding="utf-8")
    m = mentions(load_corpus(tmp_path))
    people = m[m["figure_label"] == "PERSON"]
    assert set(people["name"]) == {"Maria Lopez"}, m[["text", "label", "kind", "name"]]
    assert people["figure_id"].nunique() == 1 and len(people) == 3


def test_a_noun_for_a_person_read_as_a_group_is_dropped_and_real_groups_stay():
    """METER: "he would have notified the Coroner" gave a group (NORP) named "Coroner"."""
    def row(text, start):
        return {"doc_id": "a", "start": start, "end": start + len(text), "text": text, "label": "NORP", "kind": "name"}
    rows = [row("Coroner", 0), row("Republicans", 20), row("Muslims", 40), row("Greeks", 60)]
    _consistent_labels(rows)
    assert [bool(r.get("drop")) for r in rows] == [True, False, False, False]


def test_an_organisation_with_its_place_in_initials_is_the_one_written_out(tmp_path):
    """"L.A. Superior Court" in one article and "Los Angeles Superior Court" in another are one court; "N.Y.
    Harbor Club" does not join a "New Haven Rowing Club" whose rest differs."""
    texts = {"a": "The singer appeared at L.A. Superior Court on Monday. The N.Y. Harbor Club hosted a dinner.",
             "b": "A judge at Los Angeles Superior Court extended her probation. The New Haven Rowing Club won."}
    _, ment = _story_mentions(tmp_path, texts)
    orgs = ment[ment.figure_label == "ORG"]
    court = orgs[orgs["text"].str.contains("Superior Court")]
    assert len(court) == 2 and court["figure_id"].nunique() == 1, court[["text", "figure_id"]]
    clubs = orgs[orgs["text"].str.contains("Club")]
    assert clubs["figure_id"].nunique() == len(clubs) == 2, clubs[["text", "figure_id"]]


def test_a_courtesy_title_after_a_role_stays_with_the_name():
    """"Independent GP Dr John Grenville": the role is "Independent GP", not "GP Dr"; a descriptor ending in a
    noun of one who does something keeps its role ("Pathologist Dr John Clarke": "Pathologist"); words before a
    courtesy title that name no role give none ("an old Mr Jones" had given the role "old Mr"); a hyphen inside
    a name before a role keeps the whole name ("Central Mat-Su Fire Department Chief", not "Su Fire ...")."""
    from helpers.text.names import roles_of_mention
    nlp = pipeline.load()
    cases = [("Independent GP Dr John Grenville said the death was natural.", "John Grenville", ["Independent GP"]),
             ("Pathologist Dr John Clarke said the man drowned.", "John Clarke", ["Pathologist"]),
             ("The court heard that frightened Mr Guscott ran away.", "Guscott", []),
             ("Central Mat-Su Fire Department Chief James Steele said it was arson.", "James Steele",
              ["Central Mat-Su Fire Department Chief"]),
             ("Prosecutor Mr Adrian Redgrave told the jury.", "Adrian Redgrave", ["Prosecutor"])]
    for text, name, want in cases:
        doc = nlp(text)
        i = text.index(name)
        assert roles_of_mention(doc, i, i + len(name)) == want, (text, roles_of_mention(doc, i, i + len(name)))


def test_a_role_cut_from_before_a_name_drops_its_courtesy_title():
    """The words the name reader cuts from before a name ("GP Dr" of "GP Dr John Roe") lose the courtesy title
    that ends them; what is left is a role only with a role noun or title or a noun of one who does something."""
    from helpers.text.names import without_courtesy
    assert without_courtesy("GP Dr") == "GP" and without_courtesy("Judge Sir") == "Judge"
    assert without_courtesy("Pathologist Dr") == "Pathologist" and without_courtesy("Labour MP Mr") == "Labour MP"
    assert without_courtesy("old Mrs") is None and without_courtesy("former Miss") is None
    assert without_courtesy("Chief Constable") == "Chief Constable"


@pytest.mark.parametrize("text, needle, name, role", [
    ("Later, Falcons DL Marcus Oduya went to the locker room.", "Falcons DL Marcus Oduya", "Marcus Oduya", "Falcons DL"),
    ("The Harbour City QB Jordan Pell threw twice.", "Harbour City QB Jordan Pell", "Jordan Pell", "Harbour City QB"),
    ("The team said RB Joique Bell was fine.", "RB Joique Bell", "Joique Bell", "RB"),
    ("Former president George HW Bush spoke.", "George HW Bush", "George HW Bush", None),
    ("Lawyer John FX Smith Jr spoke.", "John FX Smith Jr", "John FX Smith Jr", None),
])
def test_a_team_and_a_position_in_capitals_before_a_given_name_are_no_part_of_the_name(text, needle, name, role):
    got, text = _span(text, needle)
    assert got is not None and text[got[0]:got[1]] == name and got[2] == role, got


def test_a_nickname_blended_from_a_given_name_and_a_surname_is_that_person(tmp_path):
    """ECB+ 40: a gossip blog's "LiLo" (four times, read as an organisation) stood apart from Lindsay Lohan. A blend
    of the starts of a given name and a surname is the one person named in full whom it fits; a word that fits
    no one ("McKenzie") or a real name ("Jo Ray" beside "Joan Raynor") is left alone."""
    texts = {"a": "Actress Lucinda Loman checked into a clinic in Malibu on Friday, her lawyer Ken Strand said.",
             "b": "That is what LuLo's lawyer told the court. LuLo left the clinic an hour later, and K-Stra "
                  "drove her home. Reporter Tilly McKenzie saw them leave.",
             "c": "Jo Ray watched the clinic. Joan Raynor owns it."}
    _, ment = _story_mentions(tmp_path, texts)
    lucinda = _figures_of(ment, "Lucinda Loman")
    assert len(lucinda) == 1 and _figures_of(ment, "LuLo") == lucinda, ment[["doc_id", "text", "figure_id"]]
    assert set(ment[ment.text == "LuLo"]["figure_label"]) == {"PERSON"}
    assert _figures_of(ment, "Jo Ray") != _figures_of(ment, "Joan Raynor")


def test_a_title_glued_to_a_surname_is_no_blended_nickname():
    """"Dr.Lo" (a typo'd "Dr. Lo") has the shape of "J.Lo" but is a title and a surname: it does not join
    Drew Lopez; "DLo" would."""
    from helpers.corpus.figures import _join_name_blends
    clusters = [{"label": "PERSON", "kind": "full", "tokens": ["Drew", "Lopez"]},
                {"label": "PERSON", "kind": "lone", "tokens": ["Lo"]}]
    rows = [{"text": t, "kind": "name", "cid": 1, "label": "PERSON"} for t in ("Dr.Lo", "DLo")]
    _join_name_blends(rows, clusters)
    assert [r["cid"] for r in rows] == [1, 0], rows
