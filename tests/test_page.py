"""Words a page extractor cut from inside a paragraph come back from the page (constructed pages)."""
import pytest

from helpers import load_corpus
from helpers.text.page import page_title, restore_cut_words

_PAGE = """<html><head><title>Steelers and Browns fight</title></head><body>
<nav><a href="/">Home</a> <a href="/nfl">NFL</a></nav>
<article><h1>Steelers and Browns fight</h1>
<p>The fight on Thursday night ended with suspensions for two players and fines for both teams, the league said on
Friday afternoon.</p>
<p>CBS Sports <a href="/nfl">NFL</a> Insider Jason La Canfora has reported that <span class="link"><a
href="https://example.com/nfl/news/steelers-browns-fight-rudolph-will-be-fined/" target="_blank">the NFL will fine
Rudolph</a></span> for his role in the fight. Whether he deserves any punishment was a hot topic all week.</p>
<p>The teams meet again in Pittsburgh in two weeks, and the kickoff has been moved to one in the afternoon.</p>
</article><footer>Copyright</footer></body></html>"""


def test_a_saved_page_keeps_the_words_of_a_link_inside_a_sentence(tmp_path):
    """Reader jr41 (saved pages): "has reported that <a>the NFL will fine Rudolph</a> for his role" came out
    "has reported that for his role": trafilatura's precise mode dropped the link and its words."""
    (tmp_path / "fight.html").write_text(_PAGE, encoding="utf-8")
    c = load_corpus(tmp_path)
    assert "has reported that the NFL will fine Rudolph for his role in the fight." in c.text(c.doc_ids[0])


def test_lines_a_line_break_parts_stay_apart_and_table_rows_are_untouched():
    html = ("<p>Round one: March 10 at Interlagos<br>Round two: April 8 at Curitiba<br>Round three: April 22 at "
            "Interlagos</p><p>| 1 | Kyle Busch | 5040 | 5 | 1 |</p>")
    body = "Round one: March 10 at Interlagos\nRound two: April 8 at Curitiba\n| 1 | Kyle Busch | 1 |"
    assert restore_cut_words(body, html) == (body, 0)


def test_a_line_the_page_holds_whole_or_two_paragraphs_could_complete_stays():
    """Second read (r41): a teaser opening like the lead became the lead (the lead then stood twice)."""
    teaser = "Police arrested a man after a stabbing in Leeds city centre."
    html = (f"<p>{teaser}</p><p>Police arrested a man on Sunday evening after a stabbing in Leeds city centre.</p>"
            "<p>The company said it would appeal.</p>"
            "<li>The company said last year, after a fight, it would appeal.</li>")
    assert restore_cut_words(teaser, html) == (teaser, 0)
    assert restore_cut_words("The company said it would appeal.", html)[1] == 0


def test_words_no_reader_sees_are_not_put_back():
    html = ('<p>The minister told <a>Sky News<span class="sr-only"> (opens in new window)</span></a> the plan was '
            'dead.</p><p>Officials said on Monday <span class="ad">ADVERTISEMENT Continue reading below</span> that '
            '<a>the talks</a> were over.</p>')
    body = "The minister told the plan was dead.\nOfficials said on Monday that were over."
    assert restore_cut_words(body, html)[0] == ("The minister told Sky News the plan was dead.\n"
                                                "Officials said on Monday that the talks were over.")


def test_a_line_is_completed_only_from_a_paragraph_that_holds_its_words_in_order():
    html = "<p>The mayor said on Monday that <a href='/x'>the budget</a> would pass.</p>"
    assert restore_cut_words("The mayor said on Monday that would pass.", html)[0] == \
        "The mayor said on Monday that the budget would pass."
    assert restore_cut_words("The mayor said on Monday that it would pass.", html)[1] == 0  # "it": not the page's
    xhtml = '<?xml version="1.0" encoding="utf-8"?><html><body>' + html + "</body></html>"
    assert restore_cut_words("The mayor said on Monday that would pass.", xhtml)[1] == 2


@pytest.mark.parametrize("title, site, url, shown", [
    ("Attorney General reportedly investigating WeWork – TechCrunch", "TechCrunch", None,
     "Attorney General reportedly investigating WeWork"),
    ("Clymer workshop manual review | MoreBikes", None, "https://www.morebikes.co.uk/clymer",
     "Clymer workshop manual review"),
    ("LinkNaija | Nigeria's popular news platform: Actress dies at 45", None, "https://linknaija.com/a",
     "Nigeria's popular news platform: Actress dies at 45"),
    ("BBC News - Brexit: May loses key vote", "BBC News", "https://www.bbc.co.uk/news/x", "Brexit: May loses key vote"),
    ("Ukraine war - Time to talk peace", "Time", "https://time.com/x", "Ukraine war - Time to talk peace"),
    ("- - CNN", "CNN", None, "- - CNN"),
    ("Hong Kong chaos: China deploys troops - and warns", "Express.co.uk", "https://www.express.co.uk/x",
     "Hong Kong chaos: China deploys troops - and warns"),
    ("TechCrunch", "TechCrunch", None, "TechCrunch"),
    ("Trump wins - CNN", None, "https://edition.cnn.com/x", "Trump wins")])
def test_a_page_title_loses_the_site_name_and_keeps_the_headline(title, site, url, shown):
    """Reader jr41: 8 of 16 saved pages kept the site's name in their headline ("... – TechCrunch")."""
    assert page_title(title, site, url) == shown


def test_a_saved_page_is_titled_without_its_site_name(tmp_path):
    page = _PAGE.replace("<title>Steelers and Browns fight</title>",
                         '<meta property="og:title" content="Steelers and Browns fight | Quillby Sports">'
                         '<meta property="og:site_name" content="Quillby Sports">')
    (tmp_path / "fight.html").write_text(page, encoding="utf-8")
    c = load_corpus(tmp_path)
    assert c.articles.loc[0, "title"] == "Steelers and Browns fight"


def test_a_masthead_heading_is_no_headline_and_the_page_title_stands_in():
    from helpers.text.page import headline
    page = ('<html><head><title>엘제이-류화영 진흙탕 싸움 - Entermedia</title></head><body>'
            '<div id="header"><h1 id="site-title"><a href="/"><h1>엔터 미디어</h1></a></h1></div>'
            '<p>엘제이와 류화영의 싸움은 계속되고 있다.</p></body></html>')  # UTF-8, no charset declared
    assert headline("엔터 미디어", page) == "엘제이-류화영 진흙탕 싸움 - Entermedia"
    logo = ('<html><head><meta property="og:title" content="Dam  fails after storm"><title>Home</title></head>'
            '<body><h2 class="site-logo">The Valley Post</h2><h1>Dam fails after storm</h1></body></html>')
    assert headline("The Valley Post", logo) == "Dam fails after storm"  # og:title first
    story = ('<html><head><title>Valley Post</title></head><body><h1><a href="/2024/05/dam-fails">Dam fails after '
             'storm</a></h1><p>Text.</p></body></html>')
    assert headline("Dam fails after storm", story) == "Dam fails after storm"  # a link to the story itself
    assert headline(None, story) is None and headline("Dam", "") == "Dam"
