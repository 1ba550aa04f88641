"""Real multi-article folders from the dev data, for looking at reports and timing them.

    python benchmarks/folders.py OUT_DIR      writes OUT_DIR/ecb_2, ecb_16, ecb_40 (ECB+ news stories), polnear_40
                                              (40 full-length election articles) and
                                              OUT_DIR/meter (a PA wire story and its newspapers),
                                              OUT_DIR/meter_16, meter_40 (several PA stories and their papers)

ECB+ articles are rebuilt from their tokens (one line per sentence; the page URL line of ``ecbplus`` files
kept, as a copied page would have it). A folder of N articles takes whole stories, largest first, until N.
Reads ``../shared/eval``; the project's tests never use this.
"""
from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
ECB = EVAL / "ecbplus_dev" / "xml"
METER = EVAL / "meter_dev"

_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", "%", ")", "]", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"}
_NO_SPACE_AFTER = {"(", "[", "$", "``"}


def detokenize(tokens: list[str]) -> str:
    """Tokens joined as a reader would write them ("Reid ," -> "Reid,", `` x '' -> "x")."""
    out = ""
    for i, tok in enumerate(tokens):
        t = {"``": "\u201c", "''": "\u201d"}.get(tok, tok)
        if out and tok not in _NO_SPACE_BEFORE and (i == 0 or tokens[i - 1] not in _NO_SPACE_AFTER):
            out += " "
        out += t
    return out


def ecb_text(path: Path) -> str:
    sents = defaultdict(list)
    for tok in ET.parse(path).getroot().iter("token"):
        sents[int(tok.get("sentence"))].append(tok.text or "")
    lines = [detokenize(sents[k]) for k in sorted(sents)]
    # the page address opening ecbplus files is one token run: written back without spaces, as a page has it
    lines = ["".join(ln.split()) if re.match(r"https?\s*:", ln) else ln for ln in lines]
    return "\n".join(lines) + "\n"


def ecb_stories() -> dict[str, list[Path]]:
    """``{"<topic>_ecb" | "<topic>_ecbplus": [files]}``, largest story first."""
    stories = defaultdict(list)
    for f in sorted(ECB.glob("*/*.xml")):
        m = re.match(r"(\d+)_\d+(ecbplus|ecb)\.xml$", f.name)
        if m:
            stories[f"{m.group(1)}_{m.group(2)}"].append(f)
    return dict(sorted(stories.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def ecb_folder(n: int, out: Path, story: str | None = None) -> Path:
    """Write ``n`` ECB+ articles (whole stories, largest first, or the one ``story``) as .txt into ``out``."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    files = []
    for name, fs in ecb_stories().items():
        if story and name != story:
            continue
        files += fs
        if len(files) >= n:
            break
    for f in files[:n]:
        (out / f"{f.stem}.txt").write_text(ecb_text(f), encoding="utf-8")
    return out


def polnear_folder(n: int, out: Path) -> Path:
    """The first ``n`` PolNeAR dev articles (full-length 2016 US election news, about 950 words each)."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for f in sorted((EVAL / "polnear_dev" / "text").glob("*.txt"))[:n]:
        shutil.copy(f, out / f.name)
    return out


def meter_folder(out: Path, min_papers: int = 3, label: str = "wholly_derived") -> Path:
    """A PA wire story (its PA files joined) and the newspaper stories written from it: the first story
    with ``min_papers`` newspaper stories, at least two of them labelled ``label`` in METER's file index."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    listed = " ".join(f.read_text(errors="replace") for f in (METER / "file_index").glob(f"*/{label}.txt"))
    papers = sorted((METER / "newspapers" / "rawtexts").glob("*/*/*"))
    for story in papers:
        pa = METER / "PA" / "rawtexts" / story.relative_to(METER / "newspapers" / "rawtexts")
        news = sorted(story.glob("*.txt"))
        labelled = sum(f"{story.parent.name}/{story.name}/{f.name}" in listed for f in news)
        if len(news) >= min_papers and pa.exists() and labelled >= 2:
            wire = "\n".join(p.read_text(encoding="cp1252", errors="replace") for p in sorted(pa.glob("*.txt")))
            (out / "PA_wire.txt").write_text(wire, encoding="utf-8")
            for f in news:
                shutil.copy(f, out / f.name)
            return out
    raise SystemExit("no METER story with enough newspapers")


def meter_mixed(n: int, out: Path) -> Path:
    """``n`` files from several METER stories, as a folder a fact-checker might gather on one court day: each
    story's PA copy (its files joined, ``PA_<catchline>.txt``) and the newspaper stories written from it (or
    not), whole stories in corpus order until ``n``."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    count = 0
    for story in sorted((METER / "newspapers" / "rawtexts").glob("*/*/*")):
        pa = METER / "PA" / "rawtexts" / story.relative_to(METER / "newspapers" / "rawtexts")
        news = sorted(story.glob("*.txt"))
        if not pa.exists() or not news or count + 1 + len(news) > n:
            continue
        wire = "\n".join(p.read_text(encoding="cp1252", errors="replace") for p in sorted(pa.glob("*.txt")))
        (out / f"PA_{story.name}.txt").write_text(wire, encoding="utf-8")
        for f in news:
            shutil.copy(f, out / f.name)
        count += 1 + len(news)
        if count >= n - 1:
            break
    return out


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/real")
    for n in (2, 16, 40):
        print(ecb_folder(n, root / f"ecb_{n}"), n)
    print(polnear_folder(40, root / "polnear_40"))
    print(meter_folder(root / "meter"))
    for n in (16, 40):
        print(meter_mixed(n, root / f"meter_{n}"), n)
