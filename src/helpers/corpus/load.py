"""Load a folder of news articles into tidy DataFrames.

``load_corpus(path)`` reads ``.txt`` (UTF-8, UTF-8/UTF-16 with BOM, or cp1252), ``.html``/``.htm``
(main text and metadata by trafilatura), ``.jsonl``/``.csv`` (one article per record, a ``text``
column required) from a file or a folder holding any mix, plus an optional ``metadata.csv``
(doc_id, published, language, source_url, outlet; extra columns kept).

Every file that is not loaded becomes a row of ``Corpus.skipped`` with the reason; a path that
does not exist, or a folder with no loadable article, raises ``CorpusError`` naming the path.

Limits: PDF and Word files are not read; the language is a stopword guess between English and
"unknown" when no metadata gives it.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .. import config
from ..text.cleaning import clean_text, date_line
from ..text.sentences import paragraph_spans, sentence_spans

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".jsonl", ".csv"}
METADATA_NAME = "metadata.csv"
ARTICLE_COLUMNS = ["doc_id", "path", "title", "byline", "published", "language", "source_url", "outlet",
                   "text", "body_start", "boilerplate", "encoding", "n_words", "n_sentences"]
_ENGLISH_HINTS = {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "said", "on", "has"}


class CorpusError(ValueError):
    """A corpus path that cannot be loaded at all (the message names the path and the problem)."""


@dataclass
class Corpus:
    """The articles of one story, as tidy DataFrames.

    ``articles``: one row per article (see ``ARTICLE_COLUMNS``); ``paragraphs`` and ``sentences``:
    one row each with ``start``/``end`` offsets into the article's ``text``; ``skipped``: files or
    metadata rows not used, with the reason.
    """

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    skipped: pd.DataFrame
    path: Path | None = None
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def doc_ids(self) -> list[str]:
        return list(self.articles["doc_id"])

    def _index(self, name: str, build):
        """Lookup tables built once per corpus (the tables are not changed after loading)."""
        return self.cached(f"_index:{name}", build)

    def text(self, doc_id: str) -> str:
        """The clean text of one article: its headline (when it has one), a blank line, its body."""
        return self._index("text", lambda: dict(zip(self.articles["doc_id"], self.articles["text"])))[doc_id]

    def article(self, doc_id: str) -> pd.Series:
        return self._index("articles", lambda: self.articles.set_index("doc_id")).loc[doc_id]

    def reference_date(self, doc_id: str):
        """The article's publication date (``datetime.date``) or None when unknown."""
        v = self.article(doc_id)["published"]
        return None if pd.isna(v) else pd.Timestamp(v).date()

    def sentences_of(self, doc_id: str) -> pd.DataFrame:
        groups = self._index("sentences", lambda: {d: g.reset_index(drop=True)
                                                   for d, g in self.sentences.groupby("doc_id", sort=False)})
        return groups.get(doc_id, self.sentences.iloc[:0].reset_index(drop=True))

    def sentence_index(self, doc_id: str, positions) -> list[int]:
        """The ``sent`` number holding each character offset of an article (the last sentence starting at
        or before it, so offsets in the blank line between paragraphs go to the sentence before)."""
        import numpy as np

        s = self.sentences_of(doc_id)
        idx = np.searchsorted(s["start"].to_numpy(), np.asarray(list(positions), dtype=int), side="right") - 1
        return [int(s["sent"].iloc[max(0, i)]) for i in idx]

    def cached(self, key: str, compute):
        """Compute a derived table once per corpus (parses, entity tables) and reuse it."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]


# --------------------------------------------------------------------------------------- decoding
def decode_bytes(data: bytes) -> tuple[str | None, str]:
    """Decode article bytes; return ``(text, encoding)`` or ``(None, reason)`` for binary/undecodable."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None, "not decodable as UTF-16 despite its byte-order mark"
    head = data[:8192]
    if b"\x00" in head:
        return None, "binary file (contains NUL bytes)"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None, "text cannot be decoded (not UTF-8, UTF-16 or cp1252)"
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * max(1, len(text[:8192])):
        return None, "binary file (control characters)"
    return text, "cp1252"


def guess_language(text: str) -> str | None:
    words = re.findall(r"[a-z]+", text.lower()[:5000])
    if len(words) < 20:
        return None
    share = sum(w in _ENGLISH_HINTS for w in words) / len(words)
    return "en" if share >= 0.08 else None


# --------------------------------------------------------------------------------------- readers
def _records_from_file(path: Path) -> tuple[list[dict], list[tuple[str, str]]]:
    """Raw records (dicts with at least ``raw`` or ``text``) from one file, plus skip reasons."""
    suffix = path.suffix.lower()
    data = path.read_bytes()
    if not data.strip():
        return [], [(str(path), "empty file")]
    text, enc = decode_bytes(data)
    if text is None:
        return [], [(str(path), enc)]
    if suffix in TEXT_SUFFIXES:
        return [{"doc_id": path.stem, "path": str(path), "raw": text, "encoding": enc}], []
    if suffix in HTML_SUFFIXES:
        return _html_record(path, text, enc)
    if suffix == ".jsonl":
        return _table_records(path, _jsonl_rows(path, text), enc)
    if suffix == ".csv":
        try:
            rows = list(csv.DictReader(io.StringIO(text)))
        except csv.Error as e:
            return [], [(str(path), f"malformed CSV: {e}")]
        return _table_records(path, [(i + 2, r, None) for i, r in enumerate(rows)], enc)
    return [], [(str(path), f"unsupported file type '{suffix or path.name}' (expected .txt, .html, .htm, .jsonl or .csv)")]


def _jsonl_rows(path: Path, text: str):
    rows = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            rows.append((n, None, f"line {n}: not valid JSON ({e.msg})"))
            continue
        if not isinstance(obj, dict):
            rows.append((n, None, f"line {n}: not a JSON object"))
            continue
        rows.append((n, obj, None))
    return rows


def _table_records(path: Path, rows, enc: str):
    records, skipped = [], []
    if not rows:
        return [], [(str(path), "no records")]
    for n, row, err in rows:
        where = f"{path}:{'row' if path.suffix.lower() == '.csv' else 'line'} {n}"
        if err:
            skipped.append((f"{path}:line {n}", err.split(": ", 1)[-1]))
            continue
        row = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
        if "text" not in row:
            skipped.append((where, "no 'text' column/field"))
            continue
        body = row.get("text") or ""
        if not isinstance(body, str):
            skipped.append((where, "'text' is not a string"))
            continue
        doc_id = str(row.get("doc_id") or row.get("id") or f"{path.stem}_{n:04d}")
        # the title comes from its own column, never guessed from the body
        rec = {"doc_id": doc_id, "path": where, "raw": body, "encoding": enc, "explicit_title": True}
        for col in ("title", "byline", "author", "published", "date", "language", "source_url", "url", "outlet"):
            if row.get(col) not in (None, ""):
                rec[col] = row[col]
        records.append(rec)
    return records, skipped


def _html_record(path: Path, text: str, enc: str):
    try:
        import trafilatura
    except Exception as e:  # not installed, or installed but broken (e.g. lxml without lxml_html_clean)
        return [], [(str(path), f"cannot read HTML: importing trafilatura failed ({type(e).__name__}: {e})")]
    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as e:  # trafilatura raises many kinds on odd markup
        return [], [(str(path), f"HTML could not be parsed ({type(e).__name__})")]
    if doc is None:
        return [], [(str(path), "no main text found in the HTML page")]
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    body = get("text") or ""
    rec = {"doc_id": path.stem, "path": str(path), "raw": body, "encoding": enc, "explicit_title": True,
           "title": get("title"), "byline": get("author"), "published": get("date"),
           "source_url": get("url"), "outlet": get("sitename"), "language": get("language")}
    return [rec], []


# --------------------------------------------------------------------------------------- metadata
def _read_metadata(folder: Path, known: set[str]) -> tuple[dict[str, dict], list[tuple[str, str]]]:
    """Rows of ``metadata.csv`` keyed by doc_id; malformed rows reported, not fatal."""
    path = folder / METADATA_NAME
    if not path.exists():
        return {}, []
    text, enc = decode_bytes(path.read_bytes())
    if text is None:
        return {}, [(str(path), f"metadata ignored: {enc}")]
    meta, problems = {}, []
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "doc_id" not in [f.strip() for f in reader.fieldnames]:
        return {}, [(str(path), "metadata ignored: no 'doc_id' column")]
    for n, row in enumerate(reader, start=2):
        row = {str(k).strip(): (v.strip() if isinstance(v, str) else v) for k, v in row.items() if k}
        doc_id = row.get("doc_id", "")
        if doc_id not in known:
            problems.append((f"{path}:row {n}", f"metadata row ignored: unknown doc_id '{doc_id}'"))
            continue
        pub = row.get("published")
        if pub:
            ts = pd.to_datetime(pub, errors="coerce")
            if pd.isna(ts):
                problems.append((f"{path}:row {n}", f"bad date '{pub}' for {doc_id}: published left unknown"))
                row["published"] = None
        meta[doc_id] = row
    return meta, problems


# --------------------------------------------------------------------------------------- building
def _parse_date(value: Any):
    if value in (None, "") or (isinstance(value, float) and pd.isna(value)):
        return pd.NaT
    ts = pd.to_datetime(value, errors="coerce", utc=False)
    if pd.isna(ts):
        d = date_line(str(value))
        return pd.Timestamp(d) if d else pd.NaT
    if getattr(ts, "tzinfo", None) is not None:
        ts = ts.tz_localize(None)
    return ts.normalize()


def _build(records: list[dict], meta: dict[str, dict]) -> tuple[list[dict], list[dict], list[dict], list[tuple[str, str]]]:
    arts, paras, sents, skipped = [], [], [], []
    seen_hash: dict[str, str] = {}
    seen_ids: dict[str, int] = {}
    for rec in records:
        cleaned = clean_text(rec["raw"], main_text=bool(rec.get("explicit_title")))  # title given apart: not looked for
        title = rec.get("title") if rec.get("explicit_title") else cleaned.title
        headline = re.sub(r"\s+", " ", title).strip() if isinstance(title, str) else ""
        body = "\n\n".join(cleaned.paragraphs)
        if not body and not headline:
            skipped.append((rec["path"], "no article text once page boilerplate is removed"))
            continue
        # the headline is part of the article (parsed for names and dates like the body): paragraph 0
        text = f"{headline}\n\n{body}" if headline and body else (headline or body)
        body_start = len(text) - len(body) if body else len(text)
        digest = hashlib.sha1(re.sub(r"\s+", " ", body or text).strip().lower().encode()).hexdigest()
        if digest in seen_hash:
            skipped.append((rec["path"], f"exact duplicate of {seen_hash[digest]}"))
            continue
        doc_id = rec["doc_id"]
        if doc_id in seen_ids:  # same stem in two formats: keep both, disambiguated
            seen_ids[doc_id] += 1
            doc_id = f"{doc_id}_{seen_ids[doc_id]}"
        seen_ids.setdefault(doc_id, 1)
        seen_hash[digest] = doc_id
        m = meta.get(rec["doc_id"], {})
        art = {
            "doc_id": doc_id,
            "path": rec["path"],
            "title": (title or None),
            "byline": rec.get("byline") or rec.get("author") or cleaned.byline,
            "published": _parse_date(m.get("published") or rec.get("published") or rec.get("date")
                                     or cleaned.published),
            "language": m.get("language") or rec.get("language") or guess_language(text),
            "source_url": m.get("source_url") or rec.get("source_url") or rec.get("url") or cleaned.source_url,
            "outlet": m.get("outlet") or rec.get("outlet"),
            "text": text,
            "body_start": body_start,
            "boilerplate": "\n".join(cleaned.boilerplate),
            "encoding": rec["encoding"],
        }
        for k, v in m.items():  # extra metadata columns are kept
            if k not in art and k != "doc_id":
                art[k] = v
        for p_i, (s, e) in enumerate(paragraph_spans(text)):
            paras.append({"doc_id": doc_id, "para": p_i, "start": s, "end": e, "text": text[s:e],
                          "part": "title" if s < body_start else "body"})
        n_sent = 0
        for p_i, s, e in sentence_spans(text):
            sents.append({"doc_id": doc_id, "para": p_i, "sent": n_sent, "start": s, "end": e, "text": text[s:e],
                          "part": "title" if s < body_start else "body"})
            n_sent += 1
        art["n_words"] = len(re.findall(r"\w+(?:[’'\-.,]\w+)*", text))
        art["n_sentences"] = n_sent
        arts.append(art)
    return arts, paras, sents, skipped


def load_corpus(path: str | Path | None = None) -> Corpus:
    """Load articles from a file or folder (default: the bundled seeds) into a ``Corpus``.

    Raises ``CorpusError`` when the path does not exist or nothing in it can be loaded.
    """
    root = config.resolve_path(path)
    if not root.exists():
        raise CorpusError(f"{path}: no such file or folder (looked for {root})")
    if root.is_dir():
        files = sorted(p for p in root.iterdir() if not p.name.startswith("."))
    else:
        files = [root]
    records, skipped = [], []
    for f in files:
        if f.is_dir():
            skipped.append((str(f), "sub-folder not read (pass it as its own corpus)"))
            continue
        if f.name == METADATA_NAME and root.is_dir():
            continue
        if f.name.lower().startswith("readme"):
            skipped.append((str(f), "documentation (README), not an article"))
            continue
        try:
            size = f.stat().st_size
        except OSError as e:
            skipped.append((str(f), f"cannot be read ({e.strerror})"))
            continue
        if size > config.MAX_FILE_BYTES:
            skipped.append((str(f), f"file over {config.MAX_FILE_BYTES // (1024 * 1024)} MB ({size:,} bytes)"))
            continue
        try:
            recs, skips = _records_from_file(f)
        except OSError as e:
            recs, skips = [], [(str(f), f"cannot be read ({e.strerror})")]
        records += recs
        skipped += skips
    meta, meta_problems = _read_metadata(root if root.is_dir() else root.parent, {r["doc_id"] for r in records})
    arts, paras, sents, build_skips = _build(records, meta)
    skipped += build_skips + meta_problems
    skipped_df = pd.DataFrame(skipped, columns=["path", "reason"])
    if not arts:
        reasons = "; ".join(f"{Path(p).name}: {r}" for p, r in skipped[:5]) or "no files"
        raise CorpusError(f"{root}: no loadable article ({reasons})")
    articles = pd.DataFrame(arts)
    for col in ARTICLE_COLUMNS:
        if col not in articles:
            articles[col] = None
    extra = [c for c in articles.columns if c not in ARTICLE_COLUMNS]
    articles = articles[ARTICLE_COLUMNS + extra]
    articles["published"] = pd.to_datetime(articles["published"])
    return Corpus(
        articles=articles,
        paragraphs=pd.DataFrame(paras, columns=["doc_id", "para", "start", "end", "text", "part"]),
        sentences=pd.DataFrame(sents, columns=["doc_id", "para", "sent", "start", "end", "text", "part"]),
        skipped=skipped_df,
        path=root,
    )
