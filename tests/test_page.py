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
            "Interlagos</p><table><tr><td>1</td><td>Kyle Busch</td></tr></table>")
    body = "Round one: March 10 at Interlagos\nRound two: April 8 at Curitiba\n| 1 | Kyle Busch |"
    assert restore_cut_words(body, html) == (body, 0)


def test_a_line_is_completed_only_from_a_paragraph_that_holds_its_words_in_order():
    html = "<p>The mayor said on Monday that <a href='/x'>the budget</a> would pass.</p>"
    assert restore_cut_words("The mayor said on Monday that would pass.", html)[0] == \
        "The mayor said on Monday that the budget would pass."
    assert restore_cut_words("The mayor said on Monday that it would fail.", html)[1] == 0


@pytest.mark.parametrize("title, site, url, shown", [
    ("Attorney General reportedly investigating WeWork – TechCrunch", "TechCrunch", None,
     "Attorney General reportedly investigating WeWork"),
    ("Clymer workshop manual review | MoreBikes", None, "https://www.morebikes.co.uk/clymer",
     "Clymer workshop manual review"),
    ("LinkNaija | Nigeria's popular news platform: Actress dies at 45", None, "https://linknaija.com/a",
     "Actress dies at 45"),
    ("Hong Kong chaos: China deploys troops - and warns", "Express.co.uk", "https://www.express.co.uk/x",
     "Hong Kong chaos: China deploys troops - and warns"),
    ("TechCrunch", "TechCrunch", None, "TechCrunch"),
    ("Trump wins - CNN Politics", "CNN", "https://edition.cnn.com/x", "Trump wins")])
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
