"""What a page extractor gets wrong about a page, put right from the page itself: words cut out of the
middle of a paragraph, a site name or masthead taken for the headline.

trafilatura in its precise mode drops some inline links with their words ("Jason La Canfora has reported that
<a>the NFL will fine Rudolph</a> for his role" comes out "... has reported that for his role"), so a sentence
loses its subject and nothing says so. ``restore_cut_words(body, html)`` gives each extracted line back the
text of the page's paragraph it came from, when that paragraph holds every word of the line in order, starts
and ends as the line does, and has more words.

``page_title(title, site, url)`` takes the site's name off a page title ("New York State Attorney General
reportedly investigating WeWork – TechCrunch").
``headline(title, html)`` gives the page's own title when the extractor took the site's masthead heading for
the headline (a page whose only ``<h1>`` is the logo).

Limits: a line is matched to a page paragraph by its first words (``LEAD_WORDS``), so a line the extractor
rewrote at its start is left as it is, and so is a line two page paragraphs could complete, or one the page
holds whole besides; a list item ("- ...") is never completed; a table row (``cleaning.TABLE_ROW``) is never
touched; paragraphs the extractor dropped whole are not brought back (only words inside a kept line are).
"""
from __future__ import annotations

import re

from .cleaning import TABLE_ROW

#: How many opening words a line and a page paragraph must share to be one paragraph.
LEAD_WORDS = 3
#: Block elements whose text is one paragraph of the page.
_BLOCKS = ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "figcaption")
_NOT_TEXT = ("script", "style", "noscript", "template", "svg")
_BREAK = "\u2029"
#: Elements inside a paragraph that are not its words: hidden, for screen readers only ("(opens in new window)"),
#: or an advertisement ("ADVERTISEMENT Continue reading below").
_HIDDEN = ("|//*[@hidden or @aria-hidden='true' or contains(translate(@style, ' ', ''), 'display:none')]"
           "|//*[@class and (" + " or ".join(
               f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')"
               for c in ("sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "offscreen", "ad",
                         "ads", "advert", "advertisement")) + ")]")


def _parse(html: str):
    """The page's element tree, or None for empty or odd markup. The text is given to the parser as UTF-8
    bytes, said to be UTF-8: a string with an XML encoding declaration is refused, and bytes without a
    declared charset would be read as Latin-1 ("엔터" as "ì—”í„°")."""
    import lxml.html

    try:
        return lxml.html.fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception:
        return None


def _page_paragraphs(root) -> dict[tuple[str, ...], list[list[str]]]:
    """The words of each block element of the page's tree ``root`` (innermost blocks only), keyed by their first
    words. The tree loses its scripts and hidden parts."""
    if root is None:  # empty or odd markup: nothing to restore from
        return {}
    for bad in root.xpath("|".join(f"//{t}" for t in _NOT_TEXT) + _HIDDEN):
        bad.drop_tree()  # words no reader sees in the sentence: scripts, screen-reader notes, advertisements
    for br in root.iter("br"):  # a line break parts lines the extractor gives one by one
        br.tail = _BREAK + (br.tail or "")
    out: dict = {}
    for el in root.iter(*_BLOCKS):
        if any(True for _ in el.iterdescendants(*_BLOCKS)):
            continue  # a list item holding paragraphs: its paragraphs are the units
        for part in el.text_content().split(_BREAK):
            words = part.split()
            if len(words) > LEAD_WORDS:
                out.setdefault(tuple(words[:LEAD_WORDS]), []).append(words)
    return out


def _in_order(short: list[str], long_: list[str]) -> bool:
    """Whether every word of ``short`` stands in ``long_`` in the same order."""
    it = iter(long_)
    return all(w in it for w in short)


def restore_cut_words(body: str, html: str) -> tuple[str, int]:
    """``body`` (extracted text, one paragraph per line) with words cut from inside its lines put back from
    ``html``, and how many words were put back (see the module docstring)."""
    return _restore(body, _parse(html))


def _restore(body: str, root) -> tuple[str, int]:
    """:func:`restore_cut_words` from the page's parsed tree (which loses its scripts and hidden parts)."""
    paragraphs = _page_paragraphs(root)
    if not paragraphs:
        return body, 0
    lines, restored = body.split("\n"), 0
    for k, line in enumerate(lines):
        words = line.split()
        if len(words) <= LEAD_WORDS or TABLE_ROW.match(line):
            continue
        cands = paragraphs.get(tuple(words[:LEAD_WORDS]), ())
        if any(full == words for full in cands):
            continue  # the page has the line whole: nothing was cut (a teaser opening like the lead stays)
        longer = [full for full in cands if len(full) > len(words) and full[-1] == words[-1] and _in_order(words, full)]
        if len(longer) == 1:  # one paragraph it can be; two (a related story's item too) leave it be
            lines[k] = re.match(r"\s*", line).group(0) + " ".join(longer[0])
            restored += len(longer[0]) - len(words)
    return "\n".join(lines), restored


#: What parts a site's name from the headline in a page title: a dash, a bar, a double colon, a middle dot.
_TITLE_SEP = r"\s+(?:[-–—|·•]|::)\s+"


#: Second-level names under a country's domain ("co" of bbc.co.uk): the site's own name is the label before.
_SECOND_LEVEL = {"co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go"}


def _key(text: str) -> str:
    """Letters and digits of a name, lower case ("Express.co.uk" -> "expresscouk")."""
    return re.sub(r"[\W_]+", "", text.lower())


def _site_keys(site: str | None, url: str | None) -> set[str]:
    """The forms a site's name takes in a title: the page's site name (with and without a final ".com"), and
    the name its address is registered under ("https://www.techcrunch.com/x" -> "techcrunch")."""
    keys = set()
    if site:
        keys |= {_key(site), _key(re.sub(r"\.(?:com|org|net|co\.uk|ru)$", "", site.strip(), flags=re.I))}
    host = re.match(r"(?:https?://)?(?:www\.)?([^/:?#]+)", url or "")
    if host and "." in host.group(1):
        labels = host.group(1).split(".")
        second_level = len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL
        keys.add(_key(labels[-3] if second_level else labels[-2]))  # bbc.co.uk -> bbc, edition.cnn.com -> cnn
    return {k for k in keys if len(k) >= 3}


def page_title(title: str | None, site: str | None, url: str | None) -> str | None:
    """``title`` without the site's name at its end or start, where a separator (``_TITLE_SEP``) parts it and
    the part is the site's name (``_site_keys``), letters and digits alike ("BBC News - Brexit: May loses key
    vote" keeps "Brexit: May loses key vote"; "Ukraine war - Time to talk peace" on time.com stays whole). A
    title that is the site's name alone stays (nothing else to show). Limits: a site named in the title by
    another name ("The Paradigm" for paradigmng.com, "CNN Politics") stays, and so does a tagline after the
    name ("LinkNaija | Nigeria's popular news platform: ..." keeps the tagline)."""
    if not title:
        return title
    keys = _site_keys(site, url)
    if not keys:
        return title
    parts = re.split(f"({_TITLE_SEP})", title.strip())
    if len(parts) < 3:
        return title
    if _key(parts[-1]) in keys:
        kept = "".join(parts[:-2]).strip()  # "... – TechCrunch", "... | MoreBikes"
    elif _key(parts[0]) in keys:
        kept = "".join(parts[2:]).strip()  # "LinkNaija | ...", "BBC News - Brexit: May loses key vote"
    else:
        return title
    return kept if re.search(r"\w", kept) else title


#: A heading that is the site's masthead: its id or class names a site title or logo ("site-title", "logo").
_MASTHEAD_CLASS = re.compile(r"site[-_]?(?:title|name|logo|branding)|\blogo|masthead|brand", re.I)
#: A link to the site's front page: "/", "./", "index.html", or an address with no path.
_HOME_HREF = re.compile(r"^(?:\.?/|/?index\.\w+|(?:https?:)?//[^/?#]+/?)$", re.I)


def _masthead_texts(root) -> set[str]:
    """The letters and digits (``_key``) of each top heading that names the site, not the story: one that
    links to the front page, sits in such a link, or whose id or class (or its parent's) says site title or
    logo (``<h1 id="site-title"><a href="/">Enter Media</a></h1>``)."""
    out = set()
    for h in root.iter("h1", "h2"):
        links = [a.get("href", "") for a in h.iterdescendants("a")]
        links += [a.get("href", "") for a in h.iterancestors("a")]
        marks = " ".join(f"{e.get('id', '')} {e.get('class', '')}" for e in (h, h.getparent()) if e is not None)
        if any(_HOME_HREF.match(x.strip()) for x in links) or _MASTHEAD_CLASS.search(marks):
            key = _key(h.text_content())
            if key:
                out.add(key)
    return out


def _document_title(root) -> str | None:
    """The page's ``og:title``, else its ``<title>``, whitespace collapsed; None when it has neither."""
    for found in (root.xpath("//meta[@property='og:title' or @name='og:title']/@content"),
                  [t.text_content() for t in root.iter("title")]):
        text = " ".join(" ".join(found[:1]).split())
        if text:
            return text
    return None


def headline(title: str | None, html: str) -> str | None:
    """``title`` as an extractor gave it, unless it is the text of the site's masthead heading
    (``_masthead_texts``: a page whose only ``<h1>`` is the logo, "엔터 미디어"), then the page's own title
    (``og:title`` or ``<title>``, site name still in it for :func:`page_title` to take off). Limits: a masthead
    not marked by a front-page link, an id or a class is taken for a headline."""
    return _headline(title, _parse(html) if title else None)


def _headline(title: str | None, root) -> str | None:
    """:func:`headline` from the page's parsed tree (read only)."""
    if not title or root is None or _key(title) not in _masthead_texts(root):
        return title
    return _document_title(root) or title


def read_page(title: str | None, body: str, html: str) -> tuple[str | None, str]:
    """The extractor's ``title`` and ``body`` of a page, mended from ``html`` parsed once: the headline
    (:func:`headline`) and the body with cut words put back (:func:`restore_cut_words`)."""
    root = _parse(html)
    head = _headline(title, root)  # read before restoring, which drops scripts and hidden parts from the tree
    return head, _restore(body, root)[0]
