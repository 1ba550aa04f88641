"""How the loader's input checks behave on real news files (prints figures, asserts nothing).

Reads ``../shared/eval`` (all English news): every text file of PolNeAR, METER (wire copy and newspaper
stories, many in cp1252) and TimeBank/AQUAINT, and the HTML pages of the article-extraction set. Each
collection is split in two halves by an MD5 of the file name (``half 0`` / ``half 1``); the rules were
written before looking at either half, and both are reported.

1. Encodings: how many files decode, with which encoding, and how many are refused (an English file
   refused as "gibberish" would be a false alarm of the cp1252 plausibility check).
2. Language guess: share of these English texts that ``guess_language`` calls English, something else
   (a false "not English": the article would not be mined), or unknown (None).
3. HTML publication dates: pages that get a date from their metadata only (what the loader does) versus
   trafilatura's extensive search, which also reads dates from the body; the difference is the dates the
   loader now leaves unknown rather than risk a year from the body.

Usage: ``python benchmarks/loader_inputs.py`` (about a minute).
"""
from __future__ import annotations

import gzip
import hashlib
from collections import Counter
from pathlib import Path

from helpers.corpus.load import decode_bytes, guess_language

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def half(name: str) -> int:
    return int(hashlib.md5(name.encode()).hexdigest(), 16) % 2


def text_files() -> dict[str, list[Path]]:
    tbaq = sorted((EVAL / "tbaq").rglob("*.tml"))
    return {
        "PolNeAR text": sorted((EVAL / "polnear_dev" / "text").glob("*.txt")),
        "METER wire (PA)": sorted((EVAL / "meter_dev" / "PA" / "rawtexts").rglob("*.txt")),
        "METER newspapers": sorted((EVAL / "meter_dev" / "newspapers" / "rawtexts").rglob("*.txt")),
        "TimeBank/AQUAINT": tbaq,
    }


def _plain(path: Path, text: str) -> str:
    if path.suffix == ".tml":
        import xml.etree.ElementTree as ET

        try:
            node = ET.fromstring(text).find(".//TEXT")
            return "".join(node.itertext()) if node is not None else ""
        except ET.ParseError:
            return ""
    return text


def encodings_and_languages() -> None:
    print("1-2. Encodings and language guesses (English news: every 'not en' is a false alarm)")
    print(f"{'collection':20s} {'half':>4s} {'files':>5s}  encodings                      refused  "
          f"{'en':>6s} {'other':>6s} {'None':>6s}  other languages")
    for name, files in text_files().items():
        for h in (0, 1):
            part = [f for f in files if half(f.name) == h]
            enc, refused, langs = Counter(), Counter(), Counter()
            for f in part:
                text, how = decode_bytes(f.read_bytes())
                if text is None:
                    refused[how.split(":")[0][:40]] += 1
                    continue
                enc[how] += 1
                langs[guess_language(_plain(f, text))] += 1
            n = max(1, sum(langs.values()))
            other = {k: v for k, v in langs.items() if k not in ("en", None)}
            print(f"{name:20s} {h:>4d} {len(part):>5d}  {dict(enc)!s:30s} {sum(refused.values()):>7d}  "
                  f"{langs['en'] / n:>6.1%} {sum(other.values()) / n:>6.1%} {langs[None] / n:>6.1%}  "
                  f"{other or ''} {dict(refused) or ''}")


def html_dates() -> None:
    import trafilatura

    print("\n3. HTML publication dates (article-extraction pages)")
    pages = sorted((EVAL / "boilerplate_dev" / "html").glob("*.html.gz"))
    for h in (0, 1):
        part = [p for p in pages if half(p.name) == h]
        meta_only = extensive = both_same = 0
        for p in part:
            html = gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace")
            kw = dict(with_metadata=True, include_comments=False, include_tables=False, favor_precision=True)
            a = trafilatura.bare_extraction(html, date_extraction_params={"extensive_search": False,
                                                                         "original_date": True}, **kw)
            b = trafilatura.bare_extraction(html, date_extraction_params={"extensive_search": True,
                                                                         "original_date": True}, **kw)
            da, db = getattr(a, "date", None) if a else None, getattr(b, "date", None) if b else None
            meta_only += bool(da)
            extensive += bool(db)
            both_same += bool(da) and da == db
        print(f"half {h}: {len(part)} pages; a date from metadata: {meta_only}; with the body search too: "
              f"{extensive} ({extensive - meta_only} dates only the body search finds, now left unknown); "
              f"same date both ways: {both_same}")


if __name__ == "__main__":
    if not EVAL.exists():
        raise SystemExit(f"{EVAL} not found (the dev data sits beside the project)")
    encodings_and_languages()
    html_dates()
    print("\n(ground truth has no publication dates: section 3 counts, it does not score)")
