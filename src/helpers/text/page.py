"""Words a page extractor cut out of the middle of a paragraph, put back from the page itself.

trafilatura in its precise mode drops some inline links with their words ("Jason La Canfora has reported that
<a>the NFL will fine Rudolph</a> for his role" comes out "... has reported that for his role"), so a sentence
loses its subject and nothing says so. ``restore_cut_words(body, html)`` gives each extracted line back the
text of the page's paragraph it came from, when that paragraph holds every word of the line in order, starts
and ends as the line does, and has more words.

``page_title(title, site, url)`` takes the site's name off a page title ("New York State Attorney General
reportedly investigating WeWork – TechCrunch", "LinkNaija | Nigeria's popular news platform: ...").

Limits: a line is matched to a page paragraph by its first words (``LEAD_WORDS``), so a line the extractor
rewrote at its start is left as it is; a table row (a line opening with "|") is never touched; paragraphs
the extractor dropped whole are not brought back (only words inside a kept line are).
"""
from __future__ import annotations

import re

#: How many opening words a line and a page paragraph must share to be one paragraph.
LEAD_WORDS = 3
#: Block elements whose text is one paragraph of the page.
_BLOCKS = ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "figcaption")
_NOT_TEXT = ("script", "style", "noscript", "template", "svg")
_BREAK = "\u2029"


def _page_paragraphs(html: str) -> dict[tuple[str, ...], list[list[str]]]:
    """The words of each block element of the page (innermost blocks only), keyed by their first words."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # empty or odd markup: nothing to restore from
        return {}
    for bad in root.xpath("|".join(f"//{t}" for t in _NOT_TEXT)):
        bad.drop_tree()
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
    paragraphs = _page_paragraphs(html)
    if not paragraphs:
        return body, 0
    lines, restored = body.split("\n"), 0
    for k, line in enumerate(lines):
        words = line.split()
        if len(words) <= LEAD_WORDS or line.lstrip().startswith("|"):
            continue
        for full in paragraphs.get(tuple(words[:LEAD_WORDS]), ()):
            if len(full) > len(words) and full[-1] == words[-1] and _in_order(words, full):
                lines[k] = re.match(r"\s*", line).group(0) + " ".join(full)
                restored += len(full) - len(words)
                break
    return "\n".join(lines), restored


#: What parts a site's name from the headline in a page title: a dash, a bar, a double colon, a middle dot.
_TITLE_SEP = r"\s+(?:[-–—|·•]|::)\s+"


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
        keys.add(_key(labels[-3] if len(labels) >= 3 and len(labels[-2]) <= 3 else labels[-2]))  # bbc.co.uk -> bbc
    return {k for k in keys if len(k) >= 3}


def page_title(title: str | None, site: str | None, url: str | None) -> str | None:
    """``title`` without the site's name at its end or start, where a separator (``_TITLE_SEP``) parts it and
    the part is the site's name (``_site_keys``) or opens with it ("LinkNaija | Nigeria's popular news
    platform: ..." keeps what follows the site's tagline only when a colon ends it). A title that is the site's
    name alone stays (nothing else to show). Limits: a site named in the title only by another name ("The
    Paradigm" for paradigmng.com) stays."""
    if not title:
        return title
    keys = _site_keys(site, url)
    if not keys:
        return title
    parts = re.split(f"({_TITLE_SEP})", title.strip())
    if len(parts) < 3:
        return title
    if any(_key(parts[-1]) == k or _key(parts[-1]).startswith(k) and len(parts[-1].split()) <= 4 for k in keys):
        return "".join(parts[:-2]).strip() or title  # "... – TechCrunch", "... | MoreBikes"
    head = _key(parts[0])
    if any(head == k for k in keys):
        rest = "".join(parts[2:]).strip()
        tagline = re.match(r"[^:]{0,60}:\s+(?=\S)", rest)  # "Nigeria's popular news platform: <headline>"
        return (rest[tagline.end():] if tagline else rest) or title
    return title
