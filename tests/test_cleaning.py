"""The text cleaner: story lines are kept, page chrome goes to ``boilerplate``, titles and dates are told apart;
the readers import, and the lock pins every package."""
import re
import sys
from datetime import date

import pytest

from conftest import ROOT
from helpers.corpus.load import load_corpus
from helpers.text.cleaning import clean_text, date_line, headline_like, name_line, shared_lines

P1 = ("The council approved the new budget on Monday after a long debate about the cost of repairs to "
      "the old bridge, officials said.")
P2 = ("Residents had asked for the work for years, and the mayor said the first crews would arrive in the "
      "spring if the weather allowed it.")
P3 = ("Opponents said the money should go to schools instead, and several of them promised to raise the "
      "question again at the next meeting.")


def _lines_accounted(raw: str, c) -> bool:
    """Every non-blank input line is in the body, the boilerplate or the furniture (nothing dropped)."""
    body = "\n".join(c.paragraphs)
    furniture = {c.title, c.byline, c.source_url} | set(c.boilerplate)
    for ln in raw.splitlines():
        s = ln.strip()
        named = s.removeprefix("By ") in (c.byline or "").split("; ")
        if s and s not in body and s not in furniture and not date_line(s) and not named:
            return False
    return True


def test_short_closing_sentences_of_a_clean_story_stay():
    raw = f"{P1}\n\n{P2}\n\nVerdict: accident.\n\nThe trial continues.\n"
    c = clean_text(raw)
    assert c.paragraphs[-2:] == ["Verdict: accident.", "The trial continues."]
    assert c.boilerplate == [] and c.title is None


@pytest.mark.parametrize("sentence", [
    "About 100 people were at work at the plant, which makes Nabisco cookies and crackers.",
    "The court heard that his stepmother had a collection of designer clothes and jewellery.",
    "Police said the suspect had tried to share the password with two other men in the flat.",
    "Read more about the plan in the council's report, the mayor told reporters on Tuesday.",
])
def test_a_chrome_word_inside_a_sentence_is_never_enough(sentence):
    c = clean_text(f"{P1}\n\n{sentence}\n\n{P2}\n")
    assert sentence in c.paragraphs and not c.boilerplate


def test_read_more_links_inside_the_article_do_not_end_it():
    raw = (f"Council approves repairs to the bridge\n\n{P1}\n\nREAD MORE: Council row over bridge costs\n\nRelated articles\n\n"
           f"Mayor faces questions over repairs\n\n{P2}\n\nCLICK HERE TO GET THE NEWS APP\n\n{P3}\n")
    c = clean_text(raw)
    assert c.paragraphs == [P1, P2, P3]
    assert "READ MORE: Council row over bridge costs" in c.boilerplate
    assert "Mayor faces questions over repairs" in c.boilerplate
    assert c.title == "Council approves repairs to the bridge"


def test_a_share_panel_does_not_take_a_short_article_with_it():
    short = ["Storm closes schools across the region.", "Officials said the roads were too dangerous.",
             "Buses will run again on Thursday, the council said."]
    raw = "Storm closes schools\n\nShare\n\nFacebook\n\nTwitter\n\nEmail\n\n" + "\n\n".join(short) + "\n"
    c = clean_text(raw)
    assert c.paragraphs == short and c.title == "Storm closes schools"
    assert {"Share", "Facebook", "Twitter", "Email"} <= set(c.boilerplate)


def test_a_comment_thread_goes_out_by_its_structure():
    comment = "I have lived near that bridge for forty years and nobody ever fixed a thing, so I doubt it."
    raw = (f"{P1}\n\n{P2}\n\n3 Comments\n\nmike_g\n\n2 hours ago\n\n{comment}\n\nReply\n\n12\n\n"
           f"annie\n\n1 hour ago\n\n{P3}\n\nReply\n")
    c = clean_text(raw)
    assert c.paragraphs == [P1, P2]
    assert comment in c.boilerplate and "2 hours ago" in c.boilerplate
    assert _lines_accounted(raw, c)


def test_footer_and_most_read_list_go_out():
    raw = (f"{P1}\n\n{P2}\n\nMost Read\n\nTeen arrested after crash on the ring road\n\nHouse prices fall again\n\n"
           "Five things to do this weekend\n\nWeather: frost expected tonight\n\n"
           "© 2024 The Daily Example. All rights reserved.\n\nPrivacy Policy\n\nContact Us\n")
    c = clean_text(raw)
    assert c.paragraphs == [P1, P2]
    assert "House prices fall again" in c.boilerplate and "Privacy Policy" in c.boilerplate


def test_a_photo_caption_goes_out_by_its_credit_a_sentence_about_a_photo_stays():
    caption = "A cyclist rides past a blocked fuel plant on the outskirts of the city, November 19. © Reuters / D. Mercado"
    about = "The photo of the minister, taken by a bystander on Monday, was shared thousands of times online."
    c = clean_text(f"{P1}\n\n{caption}\n\n{about}\n\n{P2}\n")
    assert c.paragraphs == [P1, about, P2] and c.boilerplate == [caption]


def test_a_menu_seen_in_other_articles_goes_out_prose_never_does():
    raw = f"News\n\nSport\n\nWeather\n\n{P1}\n\n{P2}\n\nSport\n"
    seen = {"News", "Weather", P2}
    c = clean_text(raw, seen_elsewhere=seen)
    assert c.paragraphs == [P1, P2] and {"News", "Weather"} <= set(c.boilerplate)


def test_shared_lines_are_short_non_sentences_found_in_two_texts():
    a = f"Home\n\nWorld\n\n{P1}\n\nThe trial continues.\n\nContact us\n"
    b = f"Home\n\nSport\n\n{P1}\n\nThe trial continues.\n\nContact us\n"
    assert shared_lines([a, b]) == {"home", "contact us"}
    assert clean_text(b, seen_elsewhere=shared_lines([a, b])).paragraphs == [P1, "The trial continues."]


def test_a_clean_story_ending_with_a_list_keeps_it():
    items = ["1 Be Here Now - Oasis", "2 K - Kula Shaker", "3 Urban Hymns - The Verve"]
    raw = f"{P1}\n\nHere's the full chart.\n\n" + "\n\n".join(items) + "\n"
    c = clean_text(raw)
    assert c.paragraphs[-3:] == items and not c.boilerplate


@pytest.mark.parametrize("raw,title,published", [
    (f"May 3, 2013\n\nLohan checks into rehab center\n\n{P1}\n", "Lohan checks into rehab center", date(2013, 5, 3)),
    (f"http://example.com/a/b\nLohan checks into rehab center\nMay 2, 2013 | 5:03pm\n{P1}\n{P2}\n",
     "Lohan checks into rehab center", date(2013, 5, 2)),
    (f"Lohan checks into rehab center\nPUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM\n"
     f"UPDATED: FRIDAY, MAY 3, 2013, 9:56 AM\n{P1}\n", "Lohan checks into rehab center", date(2013, 5, 2)),
    (f"Updated 09/14/2013 01:03 PM\n\n{P1}\n", None, date(2013, 9, 14)),
])
def test_a_date_line_is_never_the_title(raw, title, published):
    c = clean_text(raw)
    assert c.title == title and c.published == published
    assert c.paragraphs[0] == P1


def test_the_headline_is_found_past_widget_lines_by_the_words_it_shares_with_the_lead():
    raw = (f"World News\n\nCouncil approves bridge repairs after long debate\n\nBy Sam Roe\n\nMay 2, 2013\n\n"
           f"Print this article\n\nImage 1 of 5\n\n{P1}\n\n{P2}\n")
    c = clean_text(raw)
    assert c.title == "Council approves bridge repairs after long debate" and c.byline == "Sam Roe"
    assert c.paragraphs == [P1, P2] and {"Print this article", "Image 1 of 5"} <= set(c.boilerplate)


@pytest.mark.parametrize("line,expected", [
    ("PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019", date(2019, 11, 19)),
    ("November 28th, 2005, 09:11 GMT", date(2005, 11, 28)),
    ("2 October 2013, 15:39 (GMT+05:00)", date(2013, 10, 2)),
    ("11:39am UK, Monday 09 September 2013", date(2013, 9, 9)),
    ("By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM", date(2019, 11, 18)),
    ("New Delhi, News Bureau | Updated : 19 November 2019, 09:01 AM", date(2019, 11, 19)),
    ("End of Watch: Friday, June 24, 2005", None),  # words beside the date: a line of text
    ("The war began on May 2, 2013 | and it never ended for the people of the valley", None),
])
def test_date_lines(line, expected):
    assert date_line(line) == expected


def test_an_ambiguous_numeric_date_is_not_a_title_nor_a_guess():
    assert not headline_like("11/09/2010")
    assert date_line("11/09/2010") is None


@pytest.mark.parametrize("date_text, body, published, readings", [
    # nothing tells: both readings kept for the corpus to choose
    ("05 / 02 / 2013", "The mayor said on Tuesday that the bridge would close.", None,
     (date(2013, 5, 2), date(2013, 2, 5))),
    # the text names one of the two days
    ("05 / 02 / 2013", "Her lawyer said on May 2 that the judge had agreed.", date(2013, 5, 2), ()),
    ("05/02/2013", "The council voted on 5th February to close the bridge.", date(2013, 2, 5), ()),
    # a North American time zone: month first
    ("UPDATED 05 / 03 / 2013 at 11: 00 AM EDT", "The mayor said on Tuesday that the bridge would close.",
     date(2013, 5, 3), ()),
    # a day over 12 reads one way only, as before
    ("25/03/2013", "The mayor said on Tuesday that the bridge would close.", date(2013, 3, 25), ()),
])
def test_a_date_line_that_reads_two_ways_is_settled_by_the_article_or_left_to_the_corpus(
        date_text, body, published, readings):
    c = clean_text(f"Bridge to close for repairs next month\n{date_text}\n{body} Work starts soon, he added.\n")
    assert (c.published, c.published_readings) == (published, readings)


@pytest.mark.parametrize("raw", [
    "A WOMAN was jailed for seven years yesterday\n\nfor torturing her husband and leaving him scarred for life.\n",
    "A TELEVISION researcher accused of arranging for impostors to appear on the BBC's\n\n"
    "Vanessa show has been awarded libel damages in the High Court, her lawyers said yesterday.\n",
])
def test_a_lead_wrapped_over_two_lines_is_not_a_headline(raw):
    c = clean_text(raw)
    assert c.title is None and not c.boilerplate
    assert "yesterday" in " ".join(c.paragraphs)


def test_the_seed_chrome_tail_is_boilerplate_and_the_byline_is_kept():
    raw = (f"Bridge Repairs Approved\n\nJane Doe\n\n{P1}\n\n{P2}\n\nJane Doe\n\nLeave your vote\n\n20 Points\n\n"
           "Upvote Downvote\n\nShare This Article\n\nLeave a comment\n\nYour email address will not be published. "
           "Required fields are marked *\n\nForgot password?\n\nEnter your account data and we will send you a link "
           "to reset your password.\n\nPrivacy Policy\n")
    c = clean_text(raw)
    assert c.paragraphs == [P1, P2] and c.byline == "Jane Doe" and c.title == "Bridge Repairs Approved"
    assert "Enter your account data and we will send you a link to reset your password." in c.boilerplate
    assert _lines_accounted(raw, c)


# ------------------------------------------------------------------------------------------ readers and lock
def test_every_reader_imports_and_an_html_page_loads(tmp_path):
    import justext  # noqa: F401  (trafilatura's paragraph classifier; needs lxml_html_clean)
    import lxml_html_clean  # noqa: F401
    import trafilatura  # noqa: F401

    (tmp_path / "page.html").write_text(
        "<html><head><title>Flood Warning Issued</title></head><body><article><h1>Flood Warning Issued</h1>"
        f"<p>{P1}</p><p>{P2}</p></article><footer>Privacy Policy</footer></body></html>", encoding="utf-8")
    c = load_corpus(tmp_path)
    assert c.skipped.empty and "bridge" in c.text("page")


def test_a_reader_that_fails_to_import_gives_the_real_error(tmp_path, monkeypatch):
    (tmp_path / "page.html").write_text(f"<html><body><p>{P1}</p></body></html>", encoding="utf-8")
    (tmp_path / "note.txt").write_text(P2, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    c = load_corpus(tmp_path)
    reason = c.skipped.set_index(c.skipped["path"].str.split("/").str[-1]).at["page.html", "reason"]
    assert "None in sys.modules" in reason and "trafilatura" in reason and "not installed" not in reason


def _pins(text: str) -> dict[str, str]:
    """``name: version`` of every requirement line (``name ; marker: version`` for a line that applies only on
    some Pythons or systems); fails on a requirement that is not pinned with ``==``."""
    pins = {}
    for line in text.splitlines():
        s = line.split(" #")[0].strip()
        if not s or s.startswith("#") or s.endswith(":") or s in ("- pip", "- conda-forge", "- -e ."):
            continue
        s = s.removeprefix("- ").strip()
        if s.startswith(("name:", "python=")):
            continue
        s, _, marker = (part.strip() for part in s.partition(";"))
        assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[\w.+!\-]+", s), f"not pinned: {s}"
        assert not _ or re.fullmatch(r"(?:python_version|sys_platform|os_name) (?:[<>=!]=?) \"[\w.]+\"", marker), marker
        name, version = s.split("==")
        pins[name.lower().replace("_", "-") + (f" ; {marker}" if marker else "")] = version
    return pins


def test_the_lock_pins_every_package_and_conda_mirrors_it():
    req = _pins((ROOT / "requirements.txt").read_text())
    env = _pins((ROOT / "environment.yml").read_text())
    assert req == env
    for name in ("trafilatura", "justext", "lxml", "lxml-html-clean", "import-linter", "spacy", "courlan",
                 "htmldate", "charset-normalizer", "urllib3"):
        assert name in req, name
    # what some Pythons or systems install besides (papermill's aiohttp on 3.12, spaCy's setuptools where the
    # venv has none, colorama on Windows) is pinned too, for the Python or system that installs it
    for name in ('setuptools ; python_version >= "3.12"', 'aiohttp ; python_version == "3.12"',
                 'colorama ; sys_platform == "win32"', 'appnope ; sys_platform == "darwin"'):
        assert name in req, name


def test_typewriter_quotes_load_as_quotation_marks(tmp_path):
    """Archive text types double quotes as two apostrophes; the loaded article has curly quotes, so the
    quote finder reads them (a lone inch mark, or text with real quotation marks, is left alone)."""
    from helpers import quotes
    from helpers.text.wire import typewriter_quotes
    text = ("Mayor Resigns\n\n''I leave with a full heart,'' said Mayor Ana Ruiz, who served nine years. "
            "Her deputy, Tom Berg, said: ''She kept the budget balanced.''\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    c = load_corpus(tmp_path)
    body = c.text("a")
    assert "“I leave with a full heart,”" in body and "''" not in body
    q = quotes(c)
    assert set(q.loc[q["kind"] == "direct", "speaker"]) >= {"Ana Ruiz", "Tom Berg"}, q
    assert typewriter_quotes("A 12'' pipe burst.") == "A 12'' pipe burst."
    mixed = "He said \"yes\" and ''no'' to it."
    assert typewriter_quotes(mixed) == mixed


def test_a_headline_in_title_case_may_end_with_a_full_stop_but_a_lead_sentence_is_no_headline():
    from helpers.text.cleaning import clean_text
    body = ("The senator said on Monday that the bill would pass, and her office released figures showing wide "
            "support across both parties in the chamber.\n\nMore votes are expected later this week.\n")
    got = clean_text("Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.\n\n" + body)
    assert got.title == "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.", got.title
    for lead in ("A storm hit the coast on Monday.", "Tony Blair met Gordon Brown in London."):
        got = clean_text(lead + "\n\n" + body)
        assert got.title is None and got.paragraphs[0] == lead, (got.title, got.paragraphs[:1])


def test_an_editors_note_is_no_part_of_the_story():
    """Reader V5: an outlet's standing 'Editor's note: ...' paragraph, pasted under many articles, is furniture,
    not a fact the articles share; a sentence about an editor's notes stays."""
    note = ("Editor’s note: The candidate regularly incites political violence and has repeatedly pledged to ban "
            "all members of one religion from entering the country.")
    c = clean_text(f"{P1}\n\n{P2}\n\n{note}\n")
    assert note in c.boilerplate and note not in c.paragraphs, c.paragraphs
    kept = "The editor's notes from the 1990s were found in a box at the council offices on Tuesday."
    assert kept in clean_text(f"{P1}\n\n{kept}\n\n{P2}\n").paragraphs


def test_an_archives_section_labels_are_furniture():
    """Reader V5: 'ABSTRACT.' and 'FULL TEXT.' lines of a newspaper archive are labels, not sentences."""
    c = clean_text(f"A headline for the story\n\nABSTRACT.\n\n{P1}\n\nFULL TEXT.\n\n{P2}\n")
    assert {"ABSTRACT.", "FULL TEXT."} <= set(c.boilerplate) and "FULL TEXT." not in c.paragraphs, c.paragraphs


@pytest.mark.parametrize("first, title", [
    # a headline written as a sentence, full stop and all, alone above the lead that retells it
    ("Judge rejects newspaper request to unseal mayor's divorce file.", "Judge rejects newspaper request to unseal "
                                                                          "mayor's divorce file."),
    ("Mayor Sees 'Personal Insult' if Voters Don't Back the Bridge Plan.", "Mayor Sees 'Personal Insult' if Voters "
                                                                            "Don't Back the Bridge Plan."),
    # a short lead whose words the next paragraph does not retell: a sentence of the body
    ("The winter was long.", None),
    # a headline's style needs no words retold: title case (a number word too), or a label and a colon
    ("Riverside's '13th' Street Festival Opens To Crowds.", "Riverside's '13th' Street Festival Opens To Crowds."),
    ("The Latest: Council weighs cost of repairs.", "The Latest: Council weighs cost of repairs."),
    ("Mayor: Festival will go ahead despite rain.", "Mayor: Festival will go ahead despite rain."),
    # a dateline in capitals before a colon is no label
    ("LONDON: The winter was long.", None),
    # the British lead style: a sentence of the body
    ("A JUDGE rejected the request to unseal the divorce file.", None),
])
def test_a_headline_written_as_a_sentence_is_the_title_and_a_short_lead_is_not(first, title):
    lead = ("A judge on Thursday rejected a request by the Riverside Courier to unseal the divorce file of the "
            "mayor, saying that the personal insult of publicity would harm the children, and that voters who back "
            "the bridge plan had no need to read it.")
    c = clean_text(f"{first}\n\n{lead}\n\nThe newspaper said it would appeal the ruling next week.\n")
    assert c.title == title
    assert (first in c.paragraphs) == (title is None)


def test_review_r13_cases_of_bylines_leads_and_date_readings():
    assert name_line("By Christmas Eve, the council said") is None
    assert name_line("By Tuesday Afternoon, Rescuers said") is None
    c = clean_text("A gunman killed five people at a school in Ohio on Monday.\n\n"
                   "The gunman, a former pupil, opened fire in a classroom at the school in Ohio, killing five people "
                   "and wounding three before police arrived, the state police said.\n")
    assert c.title is None  # a lead that tells its day is no headline
    c = clean_text("Bridge to close for repairs next month\n05/02/2013\nMay 2,000 people signed the petition, "
                   "the mayor said. Work starts soon, he added.\n")
    assert c.published is None and len(c.published_readings) == 2


def test_a_line_ending_in_a_title_goes_on_into_the_name_on_the_next_line():
    """Text kept one sentence per line whose splitter cut after "the Rev.": the speaker's name began the next
    paragraph, so the quote lost its speaker and the sentence showed as two halves."""
    raw = "\n".join([P1, "“We have no idea what caused it,” the Rev.", "Larry Okonjo of the chapel said on Saturday.",
                     P2, "The fire was out by noon, said Dr.", "the rest of the line is lower case.", P3])
    c = clean_text(raw)
    assert "“We have no idea what caused it,” the Rev. Larry Okonjo of the chapel said on Saturday." in c.paragraphs
    assert "The fire was out by noon, said Dr." in c.paragraphs and P1 in c.paragraphs and P2 in c.paragraphs


def test_a_live_blog_keeps_every_timed_entry():
    """A live blog ("The Latest ... (all times EDT):") is one article of entries, each under a bare clock time
    and a rule: the times head entries, not the next story of a page, so no entry goes out (two AP blogs lost
    two thirds of their words); a page of stories under full dates still splits (the comment-thread test)."""
    entries = [P1, P2, P3, "The mayor said the bridge would reopen in the spring, and that the repairs would be paid "
               "for by the state and the county together, without new taxes.",
               "A spokeswoman for the county confirmed the plan on Friday but said that no contract had been signed "
               "yet and that the cost could still change."]
    times = ["7 p.m.", "6:05 p.m.", "5:55 p.m.", "5:45 p.m.", "4 p.m."]
    raw = "The Latest: Council approves bridge budget.\n\nRIVERSIDE (AP) — The Latest on the budget (all times EDT):\n"
    raw += "\n___.\n".join(f"\n{t}\n\n{e}\n" for t, e in zip(times, entries))
    c = clean_text(raw)
    assert all(e in c.paragraphs for e in entries)
    assert c.title == "The Latest: Council approves bridge budget."
    assert set(c.boilerplate) == {"___."}


def test_the_furniture_list_flags_an_article_that_lost_much_of_its_text(tmp_path):
    """The corpus page says how many words each article lost to page furniture and their share of the file,
    and asks the reader to check when that share is large or a removed line reads as a long sentence; short
    menu lines alone are no cause for it."""
    from helpers.report.views import boilerplate_html
    menu = "\n".join(["Home", "World", "Sport"] * 2)
    (tmp_path / "a.txt").write_text(f"Council approves budget\n\n{P1}\n\n{P2}\n\n{P3}\n\n{menu}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Bridge plan\n\n{P1}\n\n{menu}\n\nCOMMENTS\n\n{P2}\n\n{P3}\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    labels = {d: d for d in corpus.articles["doc_id"]}
    html = boilerplate_html(corpus, list(labels), labels)
    part = {sec.split("<summary>")[1][0]: sec for sec in html.split("<details>")[1:]}
    a, b = part["a"], part["b"]
    assert "words removed" in a and "CHECK" not in a
    assert "CHECK" in b and "long sentences" in b and "of the file&#x27;s words" in b


def test_a_table_under_a_line_of_prose_keeps_one_row_per_line():
    """Reader jr41 (a saved standings page): the rows of a table were joined into one 2,000-character
    "sentence" (the lines look hard-wrapped: 30 to 100 characters, no sentence end)."""
    rows = [f"| {k} | Driver Number{k} | {5040 - k * 7} | {k % 3} | {k % 2} | 17 | 27 |" for k in range(1, 9)]
    raw = "Final standings of the cup series after 36 races, with points and wins:\n" + "\n".join(rows) + "\n"
    paras = clean_text(raw, main_text=True).paragraphs
    assert paras[1:] == rows, paras


def test_a_page_in_portuguese_is_known_past_its_table(tmp_path):
    """The same page: its Portuguese prose was outweighed by the names in its table, so no language was
    guessed and the English tools ran on it ("Piloto" a person, "Nesta" a place)."""
    rows = "\n".join(f"| {k} | Kyle Busch{k} | {5040 - k} | 5 | 1 | 17 | 27 |" for k in range(1, 40))
    (tmp_path / "nascar.txt").write_text(
        "Classificação NASCAR\n\nNesta página você terá sempre a classificação atualizada da NASCAR até a última "
        "corrida! Coloque nos seus favoritos e venha sempre conferir a classificação da NASCAR! Classificação final "
        "da Cup Series em 2019 após 36 etapas:\n" + rows + "\n\n* O calendário da Cup é composto por 36 corridas.\n",
        encoding="utf-8")
    assert load_corpus(tmp_path).articles.loc[0, "language"] == "pt"
