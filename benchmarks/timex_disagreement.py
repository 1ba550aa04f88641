"""Where the time grammar and spaCy disagree on news nobody annotated: a way to find error classes.

Gold data is scarce and its halves must stay apart (tune on one, check on the other). Unlabelled news is
plentiful: this script runs the time grammar (``extract_timexes``) and spaCy's DATE/TIME entities over
every text in ``../shared/eval`` that has no time gold or whose gold is not used here (PolNeAR, METER's
wire copy and newspapers, SemEval's page pairs, the article-extraction pages, the ECB+ files with scored sentences) and prints the
most frequent expressions each finds that the other does not overlap, digits written as 9.

- ``ours only``: candidates for false times (names, titles, fractions read as times) and for times spaCy
  misses (wire slugs "16:40 01/03/00", "now");
- ``spaCy only``: candidates for missed times, mixed with what TIMEX3 does not tag (ages, "the day").

It measures nothing: every line must be read in its context (``--out FILE`` writes all of them as JSON).
Reference dates are each corpus's rough publication date; values are not compared.

Run: ``python benchmarks/timex_disagreement.py [--top N] [--out FILE]`` (about three minutes on two cores).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import glob
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from entities_ecb import files as ecb_files  # noqa: E402
from entities_ecb import read as ecb_read  # noqa: E402
from timex_ecb import _glue  # noqa: E402

from helpers.text.pipeline import load  # noqa: E402
from helpers.text.timex import extract_timexes  # noqa: E402

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _meter_date(path: str) -> str:
    """A METER file's publication date: its folder's date for the PA wire copy; the next day for a newspaper,
    which printed the court story of that day (``meter_dev/PA/readme.txt``)."""
    dd, mm, yy = path.split("/")[-3].split(".")
    day = dt.date(int(f"{'20' if int(yy) < 50 else '19'}{yy}"), int(mm), int(dd))
    return (day + dt.timedelta(days=1 if "/newspapers/" in path else 0)).isoformat()


def texts():
    """(name, text, reference date) of every unlabelled text, corpus by corpus."""
    meta = {r["filename"]: r["publication_date"]
            for r in csv.DictReader(open(EVAL / "polnear_dev" / "metadata.tsv"), delimiter="\t")}
    for p in sorted((EVAL / "polnear_dev" / "text").glob("*.txt")):
        yield "polnear/" + p.stem, p.read_text(), meta.get(p.stem, "2016-09-27")
    for p in sorted(glob.glob(str(EVAL / "meter_dev" / "*" / "rawtexts" / "*" / "*" / "*" / "*.txt"))):
        t = open(p, encoding="cp1252", errors="replace").read().replace("<\n", "\n").replace("``", '"').replace("''", '"')
        yield "meter/" + "/".join(p.split("/")[-4:]), t, _meter_date(p)
    for r in csv.DictReader(open(EVAL / "semeval2022_task8_en_dev.csv")):
        for k in ("text1", "text2"):
            yield f"semeval/{r['pair_id']}/{k}", r[k], "2020-01-15"
    for k, v in json.load(open(EVAL / "boilerplate_dev" / "ground-truth.json")).items():
        yield "pages/" + k, v["articleBody"], "2019-11-15"
    for _, doc, f, _ in ecb_files():
        yield "ecb/" + doc, ecb_read(f, _glue)[0], "2010-06-15"


def disagreements(nlp):
    """(kind, name, surface, context) of each expression one side finds and the other does not overlap."""
    for name, text, ref in texts():
        ours = [(r.start, r.end, f"{r.text} = {r.value} ({r.rule})") for r in extract_timexes(text, ref).itertuples()]
        theirs = [(e.start_char, e.end_char, e.text) for e in nlp(text).ents if e.label_ in ("DATE", "TIME")]
        for kind, mine, other in (("ours only", ours, theirs), ("spaCy only", theirs, ours)):
            for s, e, surface in mine:
                if not any(a < e and s < b for a, b, _ in other):
                    yield kind, name, surface, text[max(0, s - 70):e + 50].replace("\n", " ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--out")
    args = ap.parse_args()
    rows = list(disagreements(load()))
    if args.out:
        json.dump(rows, open(args.out, "w"), indent=0)
    for kind in ("ours only", "spaCy only"):
        counts, example = Counter(), {}
        for k, name, surface, context in rows:
            if k == kind:
                key = re.sub(r"\d", "9", surface.split(" = ")[0].lower().replace("\n", " "))
                key += " (" + surface.rsplit("(", 1)[1] if kind == "ours only" else ""
                counts[key] += 1
                example.setdefault(key, f"{name[:30]}: ...{context[40:150]}...")
        print(f"{kind}: {sum(counts.values())} expressions, {len(counts)} kinds; the {args.top} most frequent")
        for key, n in counts.most_common(args.top):
            print(f"  {n:4}  {key[:40]:40}  {example[key]}")


if __name__ == "__main__":
    main()
