"""Boilerplate removal on real pages and real clean stories (../shared/eval), printed, never asserted.

Pages (``boilerplate_dev``: real news pages with their ground-truth article body, split by site into two
halves A and B by a hash of the site name; tune on A, report both). Each page is scored four ways:

- ``html``: the saved page through the project's loader (``load_corpus`` on the ``.html`` file);
- ``copied``: the page "copied as plain text" (see ``copy_as_text``) through the project's ``.txt``
  loader (``load_corpus`` on a ``.txt`` file: the text cleaner, the title taken out of the body);
- ``copied+folder``: the same cleaner given the short lines shared with the other dev pages
  (``shared_lines``, as for a folder of articles from the same sites);
- ``copied+jusText veto``: the cleaner, then body lines under 10 words that jusText calls bad removed
  (jusText's classifier as one signal: measured, not adopted, since it gains 0.002 on half A);
- ``justext``: jusText (English stoplist, default settings) on the same copied text, one ``<p>`` per line;
- ``none``: the copied text with no cleaning at all.

Metric: the benchmark's own (scrapinghub/article-extraction-benchmark ``evaluate.py``): tokens ``\\w+``,
multisets of 4-token shingles, per page tp/fp/fn normalised to sum 1, precision averaged over pages
with a prediction, recall over pages with a truth, F1 of the two means.

``copy_as_text`` approximates what a browser gives for "select all, copy" (``innerText`` rules of the
HTML standard): only ``<body>``; no ``script``/``style``/``noscript``/``template``/``svg``/form controls;
no element with the ``hidden`` attribute or an inline ``display:none``/``visibility:hidden`` style; white
space collapsed; ``<br>`` a line break; each block element (div, li, h1-h6, header, nav, footer, ...) on
its own line, ``<p>``, headings, lists, tables and blockquotes set off by a blank line; table cells of a
row joined by a tab. Limits: style sheets are not applied, so menus, pop-ups and widgets that CSS hides
are copied too (a real copy would often leave them out); image ``alt`` text is not copied, as in browsers.

Clean stories: every METER newspaper story (``newspapers/rawtexts``, cp1252; no page furniture at all)
and every ECB+ article (tokens joined, one line per sentence, light detokenisation: no space before
``,.;:!?)'`` and in the URL of sentence 0) through ``clean_text``: lines removed (``boilerplate``) are
real article text by construction; titles taken from METER stories (they have none) are leads lost;
for ECB+ (see ``_ecb_mixups``) a title holding a date, an ``ecbplus`` file (URL, headline, often a
date line) without a title or with a head line in ``boilerplate``, an ``ecb`` file given a title.

Run: ``python benchmarks/boilerplate.py [pages|stories|failures] [A|B]`` (needs ../shared/eval).
"""
from __future__ import annotations

import gzip
import hashlib
import html as htmllib
import json
import re
import statistics
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

from helpers.corpus.load import load_corpus
from helpers.text.cleaning import clean_text, shared_lines

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
PAGES = EVAL / "boilerplate_dev"


# ------------------------------------------------------------------------------ the metric
_TOKEN = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> Counter:
    toks = _TOKEN.findall(text or "")
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i:i + n])


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    """One page's shingle matches, normalised to sum 1 (as the benchmark does)."""
    t, p = _shingles(true), _shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def scores(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(precision, recall, F1) over pages, exactly as the benchmark's ``metrics_from_tp_fp_fns``."""
    def prec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def rec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    ps = [prec(*r) for r in rows if r[0] + r[1] > 0]
    rs = [rec(*r) for r in rows if r[0] + r[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ------------------------------------------------------------------------------ "copy as text"
_SKIP = {"script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "svg",
         "canvas", "object", "embed", "select", "option", "datalist", "input", "textarea", "map", "audio",
         "video", "source", "track", "math"}
_PARA = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "figure", "pre",
         "hr"}
_BLOCK = _PARA | {"address", "article", "aside", "body", "center", "details", "dialog", "dd", "div", "dt",
                  "fieldset", "figcaption", "footer", "form", "header", "hgroup", "li", "main", "nav",
                  "section", "summary", "caption", "tr", "legend", "menu", "html"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hidden(el) -> bool:
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def copy_as_text(page_html: str) -> str:
    """The visible text of a page as "select all, copy" gives it (approximation; see the module docstring)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(page_html)
    except Exception:  # empty or hopeless markup
        return ""
    body = root.find("body")
    out: list[str] = []  # pieces; "\n" and "\n\n" are break requests

    def walk(el, pre: bool):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag.lower() in _SKIP or not tag or _hidden(el):
            if el.tail:
                out.append(el.tail if pre else re.sub(r"\s+", " ", el.tail))
            return
        tag = tag.lower()
        brk = "\n\n" if tag in _PARA else ("\n" if tag in _BLOCK else "")
        if brk:
            out.append(brk)
        if tag == "br":
            out.append("\n")
        if tag in ("td", "th"):
            out.append("\t")
        inner_pre = pre or tag == "pre"
        if el.text:
            out.append(el.text if inner_pre else re.sub(r"\s+", " ", el.text))
        for child in el:
            walk(child, inner_pre)
        if brk:
            out.append(brk)
        if el.tail:
            out.append(el.tail if pre else re.sub(r"\s+", " ", el.tail))

    walk(body if body is not None else root, False)
    text = "".join(out)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


# ------------------------------------------------------------------------------ the methods
def _load_one(name: str, data: str) -> str:
    """The article text the project's loader gives for one file (empty when it skips it)."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / name
        p.write_text(data, encoding="utf-8")
        try:
            c = load_corpus(p)
        except Exception:
            return ""
        if not len(c.articles):
            return ""
        art = c.articles.iloc[0]  # the text starts with the headline when there is one: score the body
        return art["text"][int(art["body_start"]):] if "body_start" in art else art["text"]


def justext_text(copied: str) -> str:
    """jusText (English stoplist, default settings) on the copied lines, one ``<p>`` per line."""
    import justext

    lines = [ln for ln in copied.split("\n") if ln.strip()]
    if not lines:
        return ""
    doc = "<html><body>" + "".join(f"<p>{htmllib.escape(ln)}</p>" for ln in lines) + "</body></html>"
    paras = justext.justext(doc.encode("utf-8"), justext.get_stoplist("English"), encoding="utf-8")
    return "\n\n".join(p.text for p in paras if not p.is_boilerplate)


def justext_veto(copied: str) -> str:
    """The project's cleaner, then jusText as a veto: body lines under 10 words that jusText calls bad go out
    (the measured candidate for adopting jusText as one signal)."""
    import justext

    lines = [ln for ln in copied.split("\n") if ln.strip()]
    doc = "<html><body>" + "".join(f"<p>{htmllib.escape(ln)}</p>" for ln in lines) + "</body></html>"
    kind = {p.text.strip(): p.class_type for p in
            justext.justext(doc.encode("utf-8"), justext.get_stoplist("English"), encoding="utf-8")}
    body = clean_text(copied).paragraphs
    return "\n\n".join(p for p in body if not (kind.get(p.strip()) == "bad" and len(p.split()) < 10))


_FOLDER: set[str] = set()  # short lines shared by the dev pages, filled by run_pages


METHODS = {
    "html": lambda page, copied: _load_one("page.html", page),
    "copied": lambda page, copied: _load_one("page.txt", copied),
    "copied+folder": lambda page, copied: "\n\n".join(clean_text(copied, seen_elsewhere=_FOLDER).paragraphs),
    "copied+jusText veto": lambda page, copied: justext_veto(copied),
    "justext": lambda page, copied: justext_text(copied),
    "none": lambda page, copied: copied,
}


# ------------------------------------------------------------------------------ pages
def half_of(url: str) -> str:
    """A or B by a hash of the site (so pages of one site fall in one half)."""
    site = urlparse(url).netloc.lower().removeprefix("www.")
    return "AB"[int(hashlib.md5(site.encode()).hexdigest(), 16) % 2]


def _english(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower()[:5000])
    hints = {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "said", "on", "has"}
    return len(words) >= 20 and sum(w in hints for w in words) / len(words) >= 0.08


def page_items():
    gt = json.loads((PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    for pid in sorted(gt):
        page = gzip.decompress((PAGES / "html" / f"{pid}.html.gz").read_bytes()).decode("utf-8", "replace")
        yield pid, gt[pid]["url"], gt[pid]["articleBody"], page


def run_pages(show_half: str | None = None):
    """Print P/R/F1 per method and half; with ``show_half``, list the worst pages of that half."""
    rows: dict[tuple[str, str], list] = {}
    per_page = []
    t0 = time.time()
    timing = Counter()
    _FOLDER.clear()
    _FOLDER.update(shared_lines([copy_as_text(page) for _, _, _, page in page_items()]))
    for pid, url, truth, page in page_items():
        half = half_of(url)
        copied = copy_as_text(page)
        eng = _english(truth)
        for m, fn in METHODS.items():
            t = time.time()
            pred = fn(page, copied)
            timing[m] += time.time() - t
            r = tp_fp_fn(truth, pred)
            for key in ((m, half), (m, "all"), (m, f"{half}-en" if eng else None)):
                if key[1]:
                    rows.setdefault(key, []).append(r)
            per_page.append((half, m, pid, url, r, pred, truth, copied))
    n = Counter(half_of(u) for _, u, _, _ in page_items())
    print(f"Article extraction dev pages: {sum(n.values())} (half A {n['A']}, half B {n['B']}; by site hash), "
          f"4-gram shingle P / R / F1")
    print(f"  {'method':<19}" + "".join(f"{h:>25}" for h in ("A", "B", "A English", "B English", "all")))
    for m in METHODS:
        cells = []
        for h in ("A", "B", "A-en", "B-en", "all"):
            p, r, f = scores(rows.get((m, h), []))
            cells.append(f"{p:.3f} {r:.3f} {f:.3f} ({len(rows.get((m, h), [])):>2})")
        print(f"  {m:<19}" + "".join(f"{c:>25}" for c in cells))
    print("  seconds per method: " + ", ".join(f"{m} {timing[m]:.1f}" for m in METHODS)
          + f"; total {time.time() - t0:.1f}")
    _titles()
    if show_half:
        _failures(per_page, show_half)
    return per_page


def _titles():
    """Titles found in the copied text against the page's own title (trafilatura's metadata: og:title or
    <title>, often with the site name): a match is a similarity ratio above 0.6."""
    from difflib import SequenceMatcher

    import trafilatura

    hits, n = Counter(), Counter()
    for _, url, _, page in page_items():
        meta = trafilatura.extract_metadata(page)
        ref = (meta.title if meta else "") or ""
        found = clean_text(copy_as_text(page)).title or ""
        n[half_of(url)] += 1
        hits[half_of(url)] += SequenceMatcher(None, found.lower(), ref.lower()).ratio() > 0.6
    print("  titles from copied text matching the page's own title: "
          + ", ".join(f"half {h} {hits[h]}/{n[h]}" for h in "AB"))


def _failures(per_page, half: str, k: int = 12):
    print(f"\nWorst pages of half {half} for the copied-text cleaner (precision, recall):")
    worst = sorted((p for p in per_page if p[0] == half and p[1] == "copied"),
                   key=lambda p: scores([p[4]])[2])[:k]
    for _, _, pid, url, r, pred, truth, copied in worst:
        p, rc, f = scores([r])
        print(f"  {f:.3f} (P {p:.3f} R {rc:.3f}) {pid[:10]} {url[:90]}")


# ------------------------------------------------------------------------------ clean stories
def meter_stories():
    for f in sorted((EVAL / "meter_dev" / "newspapers" / "rawtexts").rglob("*.txt")):
        yield f, f.read_bytes().decode("cp1252", "replace")


_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}'’”]|n't|'s|'re|'ll|'ve|'d|'m)")


def ecb_articles():
    """ECB+ articles as plain text: one line per sentence, tokens joined, light detokenisation."""
    for f in sorted((EVAL / "ecbplus_dev" / "xml").glob("*/*.xml")):
        sents: dict[int, list[str]] = {}
        for t in ET.parse(f).getroot().iter("token"):
            sents.setdefault(int(t.get("sentence")), []).append(t.text or "")
        lines = []
        for k in sorted(sents):
            toks = sents[k]
            if f.stem.endswith("ecbplus") and k == 0 and toks and toks[0].lower().startswith(("http", "www")):
                lines.append("".join(toks))
                continue
            s = re.sub(r"(\d) : (\d)", r"\1:\2", " ".join(toks))
            s = re.sub(r"(\w) ([’']) ?(s|t|re|ll|ve|d|m)\b", r"\1\2\3", s)
            s = _NO_SPACE_BEFORE.sub(r"\1", s)
            s = re.sub(r"([(\[{$£‘“]) ", r"\1", s)
            lines.append(s)
        yield f, "\n".join(lines) + "\n", sents


_DATEISH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(jan|feb|mar|apr|may|"
                      r"jun|jul|aug|sep|oct|nov|dec)|\d{1,4}\s*/\s*\d{1,2}\s*/\s*\d{2,4}|\d:\d\d", re.I)


def _ecb_mixups(f: Path, raw: str, c, mixups: Counter, examples: list):
    """ECB+ titles: a title holding a date; ``ecbplus`` files (URL, headline, often a date line) with no
    title or with one of their first three lines (not dates) in ``boilerplate``; ``ecb`` files (they start
    with the lead, a few with a headline) given a title."""
    if c.title and _DATEISH.search(c.title):
        mixups["title holds a date"] += 1
        examples.append((f.name, f"DATE TITLE {c.title!r}"))
    head = [ln.strip() for ln in raw.splitlines()[1:4] if not _DATEISH.search(ln)]
    if f.stem.endswith("ecbplus"):
        if not c.title:
            mixups["ecbplus without title"] += 1
            examples.append((f.name, f"NO TITLE; first lines {head[:2]!r}"))
        if any(h in c.boilerplate for h in head):
            mixups["ecbplus head line in boilerplate"] += 1
            examples.append((f.name, f"HEAD LOST {[h for h in head if h in c.boilerplate]!r}"))
    elif c.title:
        mixups["ecb files with a title (many open with a headline)"] += 1
        examples.append((f.name, f"ECB TITLE {c.title!r}"))


def run_stories(verbose: bool = False):
    """Lines removed from clean stories; titles and dates mixed up."""
    for name, items in (("METER newspaper stories", meter_stories()), ("ECB+ articles", ecb_articles())):
        n = n_lines = removed = arts = leads = 0
        halves = Counter()
        examples = []
        mixups = Counter()
        for item in items:
            f, raw = item[0], item[1]
            n += 1
            half = "AB"[int(hashlib.md5(f.parent.name.encode()).hexdigest(), 16) % 2]
            c = clean_text(raw)
            n_lines += sum(1 for ln in raw.splitlines() if ln.strip())
            bp = [b for b in c.boilerplate if b.strip()]
            if bp:
                arts += 1
                removed += len(bp)
                halves[half] += len(bp)
                examples += [(f.name, b) for b in bp]
            if name.startswith("METER") and c.title:
                leads += 1
                examples.append((f.name, "TITLE: " + c.title))
            if name.startswith("ECB"):
                _ecb_mixups(f, raw, c, mixups, examples if verbose else [])
        print(f"{name}: {n} texts, {n_lines} non-blank lines; clean_text removed {removed} lines from {arts} "
              f"texts (half A {halves['A']}, B {halves['B']})"
              + (f"; {leads} leads taken as titles" if name.startswith("METER") else "")
              + ("; " + ", ".join(f"{k}: {v}" for k, v in mixups.items()) if mixups else ""))
        if verbose:
            for fn_, line in examples[:60]:
                print(f"    {fn_}: {line[:140]}")


def main(argv):
    what = argv[1] if len(argv) > 1 else "all"
    half = argv[2] if len(argv) > 2 else "A"
    if what in ("pages", "all"):
        run_pages()
    if what == "failures":
        run_pages(show_half=half)
        run_stories(verbose=True)
    if what in ("stories", "all"):
        run_stories()


if __name__ == "__main__":
    main(sys.argv)
