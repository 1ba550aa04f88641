"""Load a folder of news articles into tidy DataFrames.

``load_corpus(path)`` reads ``.txt``, ``.html``/``.htm`` (main text and metadata by trafilatura),
``.jsonl``/``.csv`` (one article per record, a ``text`` column required) from a file or a folder holding
any mix, plus an optional ``metadata.csv`` (doc_id, published, title, byline, language, source_url,
outlet; extra columns kept).

Nothing is dropped silently: every file, record or metadata row passed over is a row of
``Corpus.skipped`` (``path``, ``reason``, ``kind`` = "skipped"); things used but worth knowing (a renamed
id, a date read one of two ways, a non-English article) are rows with ``kind`` = "note". A path that
does not exist or cannot be read, or a folder with no loadable article, raises ``CorpusError`` naming
the path and the problem.

What is read:

- only regular files directly in the corpus folder. A link is followed only when its target is inside
  the folder; links leaving it, broken links, named pipes, devices, sockets, sub-folders, hidden files
  and folders (the name starts with ".") are skipped with the reason. Sizes are checked while reading
  (at most ``config.MAX_FILE_BYTES`` + 1 bytes; ``config.MAX_TABLE_BYTES`` for .jsonl/.csv).
- an article whose clean text has more than ``config.MAX_ARTICLE_CHARS`` characters is skipped with the
  reason (split it into several articles).
- encodings: UTF-8; UTF-8, UTF-16 or UTF-32 with a byte-order mark; UTF-16 without one (recognised from
  its zero bytes); cp1252 only when the result reads as Latin-script text. Bytes that would decode to
  gibberish (GBK, Big5, Shift-JIS, cp1251...) are skipped with the reason and the likely encoding; Word,
  PDF and image files are named as such.
- ids: the file name without extension, or the record's ``doc_id``/``id``, kept as given (control
  characters and runs of white space become one space; over ``MAX_ID_CHARS`` cut with a hash). Ids are
  data, never paths: ``report.render.safe_filename`` makes file names from them. A second article with
  an id already used is renamed ``id_2`` (the first free suffix), with a note.
- metadata.csv: column names match without regard to case, spaces or hyphens, with the aliases of table
  records (id, date, author, url, headline, lang); its title, byline and published override the
  article's own. A second row for one doc_id is skipped (the first is used). See :func:`parse_date` for
  the dates read and the ones left unknown with a note.
- HTML pages: the publication date comes from the page's metadata (meta tags, structured data, URL),
  never from a year in the body.
- language: metadata, else :func:`guess_language` (script, then function words). ``Corpus.is_english``
  tells the English-only steps which articles to mine.
- ``path`` is relative to the corpus folder (``file.csv:row 3`` for records), never an absolute path;
  ``Corpus.name`` is the folder's name for display.

Limits: PDF and Word files are not read; languages in Latin script other than en, fr, de, es, it, pt,
nl are not recognised (None); a link swapped for another between the check and the read is not caught
(a pipe or device is, once the file is open).
"""
from __future__ import annotations

import csv
import datetime as _dt
import errno
import hashlib
import io
import json
import math
import os
import re
import stat
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .. import config
from ..text.cleaning import TABLE_ROW, clean_text, date_line
from ..text.page import page_title, read_page
from ..text.wire import is_wire
from ..text.sentences import paragraph_spans, sentence_spans

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".jsonl", ".csv"}
METADATA_NAME = "metadata.csv"
ARTICLE_COLUMNS = ["doc_id", "path", "title", "byline", "published", "language", "source_url", "outlet",
                   "text", "body_start", "boilerplate", "encoding", "wire", "n_words", "n_sentences"]
_ENGLISH_HINTS = {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "said", "on", "has"}
_FUNCTION_WORDS = {  # frequent function words of each language (a guess needs 8% of the words from one list)
    "en": _ENGLISH_HINTS,
    "fr": {"le", "les", "des", "et", "est", "une", "que", "qui", "dans", "pour", "pas", "sur", "au", "aux",
           "été", "avec", "ont", "il", "elle", "du"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "des", "ein", "eine", "zu", "auf",
           "sich", "von", "im", "für", "wurde", "sei"},
    "es": {"el", "los", "las", "del", "y", "que", "en", "una", "por", "con", "para", "es", "se", "fue", "al",
           "como", "su"},
    "it": {"il", "di", "che", "della", "per", "non", "del", "sono", "è", "nel", "alla", "gli", "una", "dei",
           "delle", "ha", "con"},
    "pt": {"os", "as", "do", "da", "dos", "das", "que", "em", "um", "uma", "para", "com", "não", "foi", "ao",
           "pelo", "pela"},
    "nl": {"de", "het", "een", "en", "van", "dat", "op", "te", "zijn", "niet", "met", "voor", "die", "er",
           "werd", "naar"},
}
_SCRIPTS = (  # language (or und-<Script>) -> Unicode ranges of its script
    ("ja", ((0x3040, 0x30FF),)),
    ("ko", ((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F))),
    ("zh", ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))),
    ("und-Cyrl", ((0x0400, 0x04FF),)),
    ("und-Arab", ((0x0600, 0x06FF),)),
    ("he", ((0x0590, 0x05FF),)),
    ("el", ((0x0370, 0x03FF),)),
    ("und-Deva", ((0x0900, 0x097F),)),
    ("th", ((0x0E00, 0x0E7F),)),
)
_LANGUAGE_NAMES = {"english": "en", "eng": "en", "french": "fr", "german": "de", "spanish": "es", "italian": "it",
                   "portuguese": "pt", "dutch": "nl", "chinese": "zh", "japanese": "ja", "korean": "ko",
                   "russian": "ru", "ukrainian": "uk", "arabic": "ar"}
_SCRIPT_NAMES = {"zh": "Chinese", "ja": "Japanese", "ko": "Korean", "und-Cyrl": "Cyrillic", "und-Arab": "Arabic",
                 "he": "Hebrew", "el": "Greek", "und-Deva": "Devanagari", "th": "Thai", "und": "non-Latin"}
_LEGACY = (  # legacy code pages named in the reason when a file decodes as one of them into its script
    ("gb18030", "Chinese GBK/GB18030", ((0x4E00, 0x9FFF),)),
    ("big5", "Chinese Big5", ((0x4E00, 0x9FFF),)),
    ("shift_jis", "Japanese Shift-JIS", ((0x3040, 0x30FF), (0x4E00, 0x9FFF))),
    ("euc-kr", "Korean EUC-KR", ((0xAC00, 0xD7AF),)),
    ("cp1251", "Cyrillic cp1251", ((0x0400, 0x04FF),)),
)
_MAGIC = ((b"PK\x03\x04", "a ZIP archive, e.g. a Word .docx"), (b"%PDF", "a PDF document"),
          (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"\xd0\xcf\x11\xe0", "an old Office document (.doc, .xls)"))
_DOCUMENT_TYPES = {".docx": "a Word document", ".doc": "a Word document", ".odt": "an OpenDocument text",
                   ".rtf": "an RTF document", ".pdf": "a PDF document", ".pages": "a Pages document"}
_SPECIAL_FILES = ((stat.S_ISFIFO, "named pipe"), (stat.S_ISCHR, "character device"),
                  (stat.S_ISBLK, "block device"), (stat.S_ISSOCK, "socket"))
_ALIASES = {"id": "doc_id", "docid": "doc_id", "date": "published", "published_date": "published",
            "author": "byline", "authors": "byline", "url": "source_url", "headline": "title", "lang": "language"}
#: Ids longer than this are cut (with a short hash) so they stay readable in tables and charts.
MAX_ID_CHARS = 200
_EPOCH_RANGE = (631152000, 4102444800)  # Unix seconds read as dates: 1990-01-01 .. 2100-01-01
SKIPPED_COLUMNS = ["path", "reason", "kind"]


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

    @property
    def name(self) -> str:
        """The corpus folder's (or file's) name, for display: never the absolute local path."""
        return self.path.name if self.path is not None else ""

    def is_english(self, doc_id: str) -> bool:
        """False when the article's language (metadata, else detected) is known and not English.

        English-only steps (figures, quotes, numbers, time expressions) should skip such articles.
        An unknown language (None: too short to tell) counts as English.
        """
        return is_english_language(self.article(doc_id)["language"])

    @property
    def english_ids(self) -> list[str]:
        """The doc_ids of the articles :meth:`is_english` accepts, in corpus order."""
        return [d for d, lang in zip(self.articles["doc_id"], self.articles["language"]) if is_english_language(lang)]

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


# --------------------------------------------------------------------------------------- reading files
class _Skip(Exception):
    """A file or record that is passed over; the message is the reason (a row of ``skipped``)."""


def _special_kind(mode: int) -> str | None:
    """None for a regular file, else what it is ("folder", "named pipe", "character device", ...)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    for test, name in _SPECIAL_FILES:
        if test(mode):
            return name
    return "special file"


def _check_entry(path: Path, inside: Path | None) -> os.stat_result:
    """The ``stat`` of a file that may be read; raises ``_Skip`` with the reason when it may not.

    A link is followed only when its target is inside the folder ``inside`` (None: any target, for a
    file the user named). Pipes, devices, sockets and folders are never read.
    """
    try:
        st = os.lstat(path)
    except OSError as e:
        raise _Skip(f"cannot be read ({e.strerror})") from None
    if stat.S_ISLNK(st.st_mode):
        target = Path(os.path.realpath(path))
        if inside is not None and not target.is_relative_to(inside):
            raise _Skip("link to a file outside the corpus folder (not followed)")
        try:
            st = os.stat(path)
        except OSError as e:
            reason = "broken link" if e.errno == errno.ENOENT else f"link cannot be followed ({e.strerror})"
            raise _Skip(reason) from None
    kind = _special_kind(st.st_mode)
    if kind == "folder":
        raise _Skip("sub-folder not read (pass it as its own corpus)")
    if kind:
        raise _Skip(f"{kind}, not a regular file (not read)")
    return st


def _mb(n: int) -> str:
    return f"{n / 2**20:g} MB" if n >= 2**20 else f"{n:,} bytes"


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, reading at most ``limit`` + 1 bytes; ``_Skip`` when over the limit.

    The file is opened without blocking and checked again once open, so a pipe or device put in its
    place is refused, not read; the size is checked while reading, not trusted from the file system.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        raise _Skip(f"cannot be read ({e.strerror})") from None
    buf = bytearray()
    try:
        kind = _special_kind(os.fstat(fd).st_mode)
        if kind:
            raise _Skip(f"{kind}, not a regular file (not read)")
        while len(buf) <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - len(buf)))
            if not chunk:
                break
            buf += chunk
    finally:
        os.close(fd)
    if len(buf) > limit:
        raise _Skip(f"file over {_mb(limit)} (stopped reading at {limit + 1:,} bytes)")
    return bytes(buf)


# --------------------------------------------------------------------------------------- decoding
def decode_bytes(data: bytes) -> tuple[str | None, str]:
    """Decode article bytes; return ``(text, encoding)`` or ``(None, reason)``.

    Byte-order marks (UTF-8, UTF-16, UTF-32) are honoured; UTF-16 without one is recognised from its
    zero bytes; then UTF-8; then cp1252, only when the result reads as Latin-script text. Known binary
    formats (ZIP/Word, PDF, images) are named in the reason.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom, enc in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                     (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                return None, f"not decodable as {enc.upper()} despite its byte-order mark"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return None, f"binary file ({what})"
    head = data[:8192]
    if b"\x00" in head:
        return _utf16_without_bom(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None, "text cannot be decoded (not UTF-8, UTF-16 or cp1252)" + _legacy_hint(data)
    if _control_share(text) > 0.01:
        return None, "binary file (control characters)"
    sample = [c for c in text[:20000] if not c.isspace()]
    if sample and sum(ord(c) > 127 for c in sample) / len(sample) > 0.2:
        return None, ("not UTF-8, and read as cp1252 it is gibberish (too many non-ASCII characters)"
                      + _legacy_hint(data) + ": save it as UTF-8")
    return text, "cp1252"


def _control_share(text: str) -> float:
    head = text[:8192]
    return sum(1 for ch in head if ord(ch) < 32 and ch not in "\n\r\t\f") / max(1, len(head))


def _utf16_without_bom(data: bytes) -> tuple[str | None, str]:
    """UTF-16 text without a byte-order mark (every other byte zero, as in Latin text), else binary."""
    head = data[:8192]
    n = len(head) // 2
    even, odd = head[0:2 * n:2].count(0) / max(n, 1), head[1:2 * n:2].count(0) / max(n, 1)
    enc = "utf-16-le" if odd > 0.3 and even < 0.02 else "utf-16-be" if even > 0.3 and odd < 0.02 else None
    if enc is None:
        return None, "binary file (contains NUL bytes)"
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None, f"looks like {enc.upper()} without a byte-order mark but does not decode as it"
    if _control_share(text) > 0.01:
        return None, "binary file (contains NUL bytes)"
    return text, enc


def _legacy_hint(data: bytes) -> str:
    """'; it may be <encoding>' when the bytes decode as a legacy code page into one script."""
    for enc, name, script in _LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        letters = [c for c in text[:20000] if ord(c) > 127 and c.isalpha()]
        if letters and sum(lo <= ord(c) <= hi for c in letters for lo, hi in script) / len(letters) > 0.8:
            return f"; it may be {name}"
    return ""


# --------------------------------------------------------------------------------------- language
def _script_language(text: str) -> str | None:
    """A language (or ``und-<Script>``) when most letters are in one non-Latin script, else None."""
    letters = [ord(c) for c in text[:20000] if c.isalpha()]
    if not letters or sum(o > 0x24F for o in letters) / len(letters) < 0.5:
        return None
    counts = {lang: sum(lo <= o <= hi for o in letters for lo, hi in ranges) for lang, ranges in _SCRIPTS}
    if counts.get("ja", 0) >= 0.05 * len(letters):  # kana: Japanese, even with many Han characters
        return "ja"
    best = max(counts, key=counts.get)
    return best if counts[best] else "und"


def guess_language(text: str) -> str | None:
    """The article's language from its script, else from function words (en, fr, de, es, it, pt, nl).

    None when the text is too short (under 20 words) or no list scores at least 8% of the words.
    Limits: languages outside these lists in Latin script come out as None.
    """
    by_script = _script_language(text)
    if by_script:
        return by_script
    prose = "\n".join(ln for ln in text.split("\n") if not TABLE_ROW.match(ln))  # a table's names say little
    words = re.findall(r"[^\W\d_]+", prose.lower()[:5000])
    if len(words) < 20:
        return None
    scores = {lang: sum(w in hints for w in words) / len(words) for lang, hints in _FUNCTION_WORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 0.08 else None


def normalise_language(value) -> str | None:
    """A language tag in lower case ("English", "ENG" -> "en"); None for empty values."""
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip().lower().replace("_", "-")
    return _LANGUAGE_NAMES.get(v, v)


def is_english_language(value) -> bool:
    """True for English tags (en, en-GB, eng, english) and for an unknown language (None)."""
    v = normalise_language(value)
    return v is None or v == "en" or v.startswith("en-")


# --------------------------------------------------------------------------------------- field values
def clean_id(value) -> tuple[str | None, str | None]:
    """``(doc_id, note)``: the id as text with control characters and runs of white space made one space;
    over ``MAX_ID_CHARS`` cut and given a short hash (noted). None for an empty or non-scalar value."""
    if not _scalar(value):
        return None, (None if value is None else f"doc_id is {_describe(value)}, not text: ignored")
    s = re.sub(r"[\s\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+", " ", str(value)).strip()
    if not s:
        return None, None
    if len(s) > MAX_ID_CHARS:
        short = f"{s[:MAX_ID_CHARS - 9]}~{hashlib.sha1(s.encode()).hexdigest()[:8]}"
        return short, f"doc_id of {len(s)} characters cut to '{short}'"
    return s, None


def _scalar(value) -> bool:
    """A string or a number (not a bool, not NaN)."""
    if isinstance(value, float):
        return not math.isnan(value)
    return isinstance(value, (str, int)) and not isinstance(value, bool)


def _describe(value) -> str:
    return {list: "a list", tuple: "a list", dict: "an object (dict)", bool: "true/false"}.get(
        type(value), f"a {type(value).__name__}")


def text_value(value, name: str) -> tuple[str | None, str | None]:
    """``(text, note)`` for a title/byline/url-like field: strings stripped, numbers as text, lists of
    strings joined with '; '; objects and other types ignored with a note."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None, None
    if isinstance(value, str):
        return value.strip() or None, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value), None
    if isinstance(value, (list, tuple)) and all(_scalar(v) for v in value):
        return "; ".join(str(v).strip() for v in value if str(v).strip()) or None, None
    return None, f"{name} is {_describe(value)}, not text: ignored"


def _norm_key(key) -> str:
    k = re.sub(r"[\s\-]+", "_", str(key).strip().lower())
    return k.lstrip("\ufeff")


def normalise_row(row: dict) -> dict:
    """Column names in lower case ("Published" -> "published"), aliases mapped (id, date, author, url,
    headline, lang), the first non-empty value kept when two columns map to one name."""
    out: dict = {}
    for k, v in row.items():
        if k is None:
            continue
        key = _norm_key(k)
        key = _ALIASES.get(key, key)
        if out.get(key) in (None, "") or key not in out:
            out[key] = v
    return out


# --------------------------------------------------------------------------------------- readers
def _records(path: Path, rel: str, data: bytes) -> tuple[list[dict], list[tuple[str, str]]]:
    """Raw records (dicts with at least ``raw``) from one file's bytes, plus skip reasons."""
    suffix = path.suffix.lower()
    if not data.strip():
        return [], [(rel, "empty file")]
    text, enc = decode_bytes(data)
    if text is None:
        return [], [(rel, enc)]
    if suffix in TEXT_SUFFIXES:
        return [_file_id({"path": rel, "raw": text, "encoding": enc}, path)], []
    if suffix in HTML_SUFFIXES:
        recs, skips = _html_record(path, text, enc)
        full = str(path)
        recs = [_file_id({**r, "path": rel}, path) for r in recs]
        return recs, [(rel if p == full else p, r) for p, r in skips]
    if suffix == ".jsonl":
        return _table_records(path, rel, _jsonl_rows(text), enc)
    rows, error = _csv_rows(text)
    recs, skips = _table_records(path, rel, rows, enc)
    if error:
        skips.append((rel, error + (" (the rows before it were read)" if rows else "")))
    return recs, skips


def _file_id(rec: dict, path: Path) -> dict:
    """The record with its id from the file name, tidied like any id (see :func:`clean_id`)."""
    doc_id, note = clean_id(path.stem)
    rec["doc_id"] = doc_id or hashlib.sha1(path.name.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    rec["notes"] = [note] if note else []
    return rec


def _unsupported(path: Path) -> str | None:
    """The reason a file type is not read, or None when it is."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES:
        return None
    if suffix in _DOCUMENT_TYPES:
        return f"unsupported file type: {_DOCUMENT_TYPES[suffix]} ({suffix}) is not read; save it as .txt or .html"
    return f"unsupported file type '{suffix or path.name}' (expected .txt, .html, .htm, .jsonl or .csv)"


def _csv_rows(text: str) -> tuple[list[tuple[int, dict, None]], str | None]:
    """``(rows, error)``: the records of a CSV text (row numbers count the header as row 1); a malformed
    line stops reading there, the rows before it are kept. Fields may be as long as the file."""
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, config.MAX_TABLE_BYTES))
    rows, error = [], None
    try:
        reader = csv.DictReader(io.StringIO(text))
        it = iter(reader)
        while True:
            try:
                row = next(it)
            except StopIteration:
                break
            except csv.Error as e:
                error = f"malformed CSV at line {reader.line_num}: {e}"
                break
            rows.append((len(rows) + 2, row, None))
    finally:
        csv.field_size_limit(old)
    return rows, error


def _jsonl_rows(text: str):
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


def _table_records(path: Path, rel: str, rows, enc: str):
    """One record per row of a .jsonl/.csv file; odd values (lists, objects) are ignored with a note."""
    records, skipped = [], []
    if not rows:
        return [], [(rel, "no records")]
    unit = "row" if path.suffix.lower() == ".csv" else "line"
    rows = [(n, normalise_row(row) if row else row, err) for n, row, err in rows]
    order = date_order(row.get("published") for _, row, err in rows if not err)
    for n, row, err in rows:
        where = f"{rel}:{unit} {n}"
        if err:
            skipped.append((f"{rel}:line {n}", err.split(": ", 1)[-1]))
            continue
        if "text" not in row:
            skipped.append((where, "no 'text' column/field"))
            continue
        body = row.get("text") or ""
        if not isinstance(body, str):
            skipped.append((where, "'text' is not a string"))
            continue
        notes = []
        doc_id, note = clean_id(row.get("doc_id"))
        if note:
            notes.append(note)
        # the title comes from its own column, never guessed from the body
        rec = {"doc_id": doc_id or f"{path.stem}_{n:04d}", "path": where, "raw": body, "encoding": enc,
               "explicit_title": True, "notes": notes}
        for col in ("title", "byline", "language", "source_url", "outlet"):
            value, note = text_value(row.get(col), col)
            if value:
                rec[col] = value
            if note:
                notes.append(note)
        if row.get("published") not in (None, ""):
            rec["published"], note = parse_date(row["published"], order)
            if note:
                notes.append(note)
        records.append(rec)
    return records, skipped


def _html_record(path: Path, text: str, enc: str):
    try:
        import trafilatura
    except Exception as e:  # not installed, or installed but broken (e.g. lxml without lxml_html_clean)
        return [], [(str(path), f"cannot read HTML: importing trafilatura failed ({type(e).__name__}: {e})")]
    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                          include_tables=True, favor_precision=True,  # tables are story
                                          date_extraction_params={"extensive_search": False,
                                                                  "original_date": True})
    except Exception as e:  # trafilatura raises many kinds on odd markup
        return [], [(str(path), f"HTML could not be parsed ({type(e).__name__})")]
    if doc is None:
        return [], [(str(path), "no main text found in the HTML page")]
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    # the masthead taken for a headline, words trafilatura cut from inside a paragraph: mended from the page
    title, body = read_page(get("title"), get("text") or "", text)
    rec = {"doc_id": path.stem, "path": str(path), "raw": body, "encoding": enc, "explicit_title": True,
           "title": page_title(title, get("sitename"), get("url")), "byline": get("author"),
           "published": get("date"),
           "source_url": get("url"), "outlet": get("sitename"), "language": get("language")}
    return [rec], []


# --------------------------------------------------------------------------------------- metadata
def _read_metadata(folder: Path, inside: Path | None, known: set[str]) -> tuple[dict[str, dict], list[tuple]]:
    """Rows of ``metadata.csv`` keyed by doc_id, plus ``(path, reason, kind)`` rows for ``skipped``.

    Column names match without regard to case; a second row for one doc_id is skipped (the first is
    used); odd dates are noted (see :func:`parse_date`). A metadata file that cannot be used is
    reported, never fatal.
    """
    path = folder / METADATA_NAME
    if not os.path.lexists(path):
        return {}, []
    try:
        _check_entry(path, inside)
        data = read_limited(path, config.MAX_TABLE_BYTES)
    except _Skip as e:
        return {}, [(METADATA_NAME, f"metadata ignored: {e}", "skipped")]
    text, enc = decode_bytes(data)
    if text is None:
        return {}, [(METADATA_NAME, f"metadata ignored: {enc}", "skipped")]
    rows, error = _csv_rows(text)
    problems = [(METADATA_NAME, f"metadata: {error}", "skipped")] if error else []
    rows = [(n, normalise_row(r)) for n, r, _ in rows]
    if not rows or not any("doc_id" in r for _, r in rows):
        return {}, problems + [(METADATA_NAME, "metadata ignored: no 'doc_id' column", "skipped")]
    order = date_order(r.get("published") for _, r in rows)
    meta: dict[str, dict] = {}
    for n, row in rows:
        where = f"{METADATA_NAME}:row {n}"
        row = {k: (v.strip() if isinstance(v, str) else v) for k, v in row.items()}
        doc_id = _known_id(clean_id(row.get("doc_id"))[0], known)
        if doc_id is None:
            problems.append((where, f"metadata row ignored: unknown doc_id '{row.get('doc_id') or ''}'", "skipped"))
            continue
        if doc_id in meta:
            problems.append((where, f"duplicate metadata row for '{doc_id}' (row {meta[doc_id]['_row']} is used)",
                             "skipped"))
            continue
        row["_row"] = n
        if row.get("published"):
            row["published"], note = parse_date(row["published"], order)
            if note:
                problems.append((where, f"{doc_id}: {note}", "note"))
        row["language"] = normalise_language(row.get("language"))
        meta[doc_id] = row
    return meta, problems


def _known_id(doc_id: str | None, known: set[str]) -> str | None:
    """The loaded id a metadata row names: exactly, or as a file name with its extension ("a.txt")."""
    if doc_id is None:
        return None
    if doc_id in known:
        return doc_id
    stem, dot, suffix = doc_id.rpartition(".")
    return stem if dot and f".{suffix.lower()}" in TEXT_SUFFIXES | HTML_SUFFIXES and stem in known else None


# --------------------------------------------------------------------------------------- dates
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})")
_RELATIVE_DATE = re.compile(r"(today|now|just now|yesterday|tomorrow|tonight|this (morning|afternoon|evening|week)|"
                            r"(last|next) \w+|\d+ (second|minute|hour|day|week|month|year)s? ago)", re.I)


def date_order(values) -> str | None:
    """"dmy" or "mdy" when the numeric dates among ``values`` settle the order (13/04 or 04/13), else None."""
    day_first = month_first = False
    for v in values:
        m = _NUMERIC_DATE.fullmatch(v.strip()) if isinstance(v, str) else None
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            day_first |= a > 12 >= b
            month_first |= b > 12 >= a
    return "dmy" if day_first and not month_first else "mdy" if month_first and not day_first else None


def parse_date(value: Any, order: str | None = None) -> tuple[Any, str | None]:
    """``(Timestamp or NaT, note)`` for a publication date value from metadata or a record.

    Read: ISO and written-out dates, YYYYMMDD, Unix time in seconds or milliseconds (noted), numeric
    d/m/y dates. Left unknown, with a note: relative words ("today", "yesterday", "3 days ago"), a bare
    year, lists, objects, unreadable text, years before 1800 or more than a year ahead. A numeric date
    whose day and month could be swapped (03/04/2025) is read in ``order`` ("dmy"/"mdy", from the other
    dates of its file), else month first, and noted either way.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return pd.NaT, None
    if isinstance(value, (_dt.date, pd.Timestamp)):
        return _plausible(pd.Timestamp(value), str(value))
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return pd.NaT, f"published is {_describe(value)}, not a date: ignored"
    s = str(value).strip()
    if not s:
        return pd.NaT, None
    if _RELATIVE_DATE.fullmatch(s):
        return pd.NaT, f"published '{s}' is relative to an unknown day: ignored"
    if re.fullmatch(r"\d+(\.\d+)?", s):
        return _number_date(s)
    m = _NUMERIC_DATE.fullmatch(s)
    if m:
        return _numeric_date(s, m, order)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ts = pd.to_datetime(s, errors="coerce")
        except (ValueError, TypeError, OverflowError):
            ts = pd.NaT
    if pd.isna(ts):
        d = date_line(s)
        if d is None:
            return pd.NaT, f"bad date '{s[:60]}' (not readable as a date): ignored"
        ts = pd.Timestamp(d)
    return _plausible(ts, s)


def _plausible(ts, s: str) -> tuple[Any, str | None]:
    if getattr(ts, "tzinfo", None) is not None:
        ts = ts.tz_localize(None)
    ts = ts.normalize()
    if ts.year < 1800 or ts > pd.Timestamp.now() + pd.Timedelta(days=366):
        return pd.NaT, f"implausible publication date '{s[:60]}': ignored"
    return ts, None


def _number_date(s: str) -> tuple[Any, str | None]:
    """A date written as a number: YYYYMMDD, Unix seconds or milliseconds; a bare year is not a day."""
    whole = s.split(".")[0]
    if len(whole) == 8 and "." not in s:
        try:
            return _plausible(pd.Timestamp(_dt.datetime.strptime(s, "%Y%m%d")), s)
        except ValueError:
            pass
    if len(whole) == 4 and "." not in s:
        return pd.NaT, f"published '{s}' is only a year, not a day: ignored"
    n = float(s)
    for unit, scale in (("seconds", 1), ("milliseconds", 1000)):
        secs = n / scale
        if _EPOCH_RANGE[0] <= secs <= _EPOCH_RANGE[1]:
            ts = pd.Timestamp(int(secs), unit="s").normalize()
            return ts, f"published '{s}' read as Unix time in {unit}: {ts.date().isoformat()} (UTC)"
    return pd.NaT, f"published '{s}' is a number, not a date: ignored"


def _numeric_date(s: str, m: re.Match, order: str | None) -> tuple[Any, str | None]:
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if len(m.group(3)) == 2:
        y += 2000 if y < 70 else 1900
    note = None
    if a > 12 or (a <= 12 and b <= 12 and a != b and order == "dmy"):
        day, month = a, b
    else:
        month, day = a, b
    if a <= 12 and b <= 12 and a != b:
        how = {"dmy": "day first, like other dates in its file", "mdy": "month first, like other dates in its file"}
        note = (f"published '{s}' could be day/month or month/day: read {how.get(order, 'month first')}")
    try:
        ts = pd.Timestamp(_dt.date(y, month, day))
    except ValueError:
        return pd.NaT, f"published '{s}' is not a valid date: ignored"
    ts, bad = _plausible(ts, s)
    if bad:
        return ts, bad
    return ts, (f"{note} as {ts.date().isoformat()}; write dates as YYYY-MM-DD" if note else None)


# --------------------------------------------------------------------------------------- building
def _clean(rec: dict):
    """``clean_text`` of a record, refusing raw text far over the article limit before any work."""
    if len(rec["raw"]) > 4 * config.MAX_ARTICLE_CHARS:
        raise _Skip(_too_long(len(rec["raw"])))
    return clean_text(rec["raw"], main_text=bool(rec.get("explicit_title")))  # title given apart: not looked for


def _too_long(n: int) -> str:
    return (f"article too long: {n:,} characters, over the limit of {config.MAX_ARTICLE_CHARS:,} "
            "(config.MAX_ARTICLE_CHARS); split it into several articles")


def _no_text_reason(raw: str) -> str:
    lang = _script_language(raw)
    if lang:
        return (f"text in {_SCRIPT_NAMES.get(lang, lang)} script: no paragraphs found "
                "(the helpers read English articles only)")
    return "no article text once page boilerplate is removed"


def _unique_id(rec: dict, used: dict[str, str], wanted: set[str]) -> tuple[str, str | None]:
    """``(doc_id, note)``: the record's id, or ``id_2``, ``id_3``... (the first not used and not asked for
    by another record) when an earlier article has it."""
    doc_id = rec["doc_id"]
    if doc_id not in used:
        return doc_id, None
    k = 2
    while f"{doc_id}_{k}" in used or f"{doc_id}_{k}" in wanted:
        k += 1
    new = f"{doc_id}_{k}"
    return new, f"doc_id '{doc_id}' is already used by {used[doc_id]}: renamed '{new}'"


def _publication(m: dict, rec: dict, cleaned, notes: list[str]):
    """The publication date: metadata, else the record's (HTML metadata, a table column), else a lone
    date line of the text; NaT when none. Notes on odd values go to ``notes``."""
    for value in (m.get("published"), rec.get("published"), cleaned.published):
        ts, note = parse_date(value)
        if note and value is rec.get("published"):
            notes.append(note)
        if not pd.isna(ts):
            return ts
    named = _FILE_NAME_DATE.search(str(rec.get("doc_id", "")))
    if named:  # files saved as "outlet_2016-09-12_headline.txt": the date their owner gave them
        ts = pd.to_datetime(named.group(0), errors="coerce", format="%Y-%m-%d")
        if not pd.isna(ts):
            notes.append(f"publication date {named.group(0)} taken from the file name")
            return ts
    return pd.NaT


def _file_name_outlet(doc_id) -> str | None:
    """The outlet a file name gives before its date ("nyt_2016-09-19_obama" -> "nyt", "wash-post_2016-09-25_..."
    -> "wash-post"), as its owner wrote it; None for other names. Limits: a word after a number
    ("chips271_sun") is not read as an outlet: as often it names no outlet ("2016_election", "week1_monday")."""
    m = re.match(r"([A-Za-z][A-Za-z0-9&.\-]{0,29})[_ ]((?:19|20)\d\d-\d\d-\d\d)(?:[_ ]|$)", str(doc_id or ""))
    if not m or not _FILE_NAME_DATE.fullmatch(m.group(2)) or m.group(1).lower() in _NOT_OUTLETS:
        return None
    return m.group(1)


def url_outlet(url) -> str | None:
    """The web site a page's address names, without "www." or a mobile or edition prefix
    ("https://www.bbc.com/news/1" -> "bbc.com", "http://m.guardian.co.uk/x" -> "guardian.co.uk"); None for no
    address, and for a share button, a link shortener or an archive (``_NOT_OUTLET_HOSTS``). Only an address line
    above the text is the page's own (``CleanText.address``): a URL line inside it is a source the article cites.
    Limits: a syndicating site or an aggregator the list lacks is named as the outlet; one outlet's sites stay
    apart ("news.bbc.co.uk", "bbc.co.uk")."""
    if not isinstance(url, str):
        return None
    m = re.match(r"\s*(?:https?://)?([A-Za-z0-9.-]+\.[A-Za-z]{2,})(?::\d+)?(?:[/?#]|\s*$)", url, re.I)
    if not m:
        return None
    host = m.group(1).lower()
    first, _, rest = host.partition(".")
    labels = rest.split(".")
    if re.fullmatch(r"www\d?|m|mobile|amp|edition|eu|uk|us", first) and len(labels) >= 2 and (
            len(labels) > 2 or labels[0] not in ("co", "com", "org", "net", "ac", "gov", "edu")):
        host = rest  # "www.bbc.com" -> "bbc.com"; not "m.co.uk" -> "co.uk"
    return None if host in _NOT_OUTLET_HOSTS else host


#: Sites an address line may name that publish no article of their own: share buttons, link shorteners, archives.
_NOT_OUTLET_HOSTS = {"twitter.com", "x.com", "t.co", "facebook.com", "fb.me", "linkedin.com", "pinterest.com",
                     "reddit.com", "whatsapp.com", "wa.me", "bit.ly", "ow.ly", "tinyurl.com", "buff.ly", "goo.gl",
                     "lnkd.in", "web.archive.org", "archive.org", "archive.ph", "archive.today", "news.google.com"}


#: Words a file name may open with that name no outlet ("article_2016-09-19_...").
_NOT_OUTLETS = {"article", "articles", "story", "stories", "doc", "document", "file", "text", "page", "news", "item",
                "copy", "draft", "untitled", "download", "scan", "clip", "web"}


#: An ISO date inside a file name or record id (``nyt_2016-09-19_obama.txt``), used when nothing else dates it.
_FILE_NAME_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)")


def _language_note(lang) -> str | None:
    if is_english_language(lang):
        return None
    return (f"language '{lang}': figures, quotes, numbers and time expressions are English-only "
            "and are not mined for this article")


def _build(records: list[dict], meta: dict[str, dict]) -> tuple[list[dict], list[dict], list[dict], list[tuple[str, str]]]:
    arts, paras, sents, skipped = [], [], [], []
    seen_hash: dict[str, str] = {}
    used_ids: dict[str, str] = {}  # doc_id -> the path that has it
    wanted = {r["doc_id"] for r in records}
    for rec in records:
        m = meta.get(rec["doc_id"], {})
        try:
            cleaned = _clean(rec)
        except _Skip as e:
            skipped.append((rec["path"], str(e)))
            continue
        title = m.get("title") or (rec.get("title") if rec.get("explicit_title") else cleaned.title)
        headline = re.sub(r"\s+", " ", title).strip() if isinstance(title, str) else ""
        body = "\n\n".join(cleaned.paragraphs)
        if not body and not headline:
            skipped.append((rec["path"], _no_text_reason(rec["raw"])))
            continue
        # the headline is part of the article (parsed for names and dates like the body): paragraph 0
        text = f"{headline}\n\n{body}" if headline and body else (headline or body)
        body_start = len(text) - len(body) if body else len(text)
        if len(text) > config.MAX_ARTICLE_CHARS:
            skipped.append((rec["path"], _too_long(len(text))))
            continue
        # the whole text, headline too: a copy republished under a new headline is an article of its own (the
        # copy graph shows who republished whom); the same headline and body twice is one article
        digest = hashlib.sha1(re.sub(r"\s+", " ", text).strip().lower().encode()).hexdigest()
        if digest in seen_hash:
            skipped.append((rec["path"], f"exact duplicate of {seen_hash[digest]} (same headline and text)"))
            continue
        notes = list(rec.get("notes", []))
        doc_id, note = _unique_id(rec, used_ids, wanted)  # same id twice (two formats, two records): renamed
        if note:
            notes.append(note)
        used_ids[doc_id] = rec["path"]
        seen_hash[digest] = doc_id
        art = {
            "doc_id": doc_id,
            "path": rec["path"],
            "title": (title or None),
            "byline": m.get("byline") or rec.get("byline") or cleaned.byline,
            "published": _publication(m, rec, cleaned, notes),
            "language": m.get("language") or normalise_language(rec.get("language")) or guess_language(text),
            "source_url": m.get("source_url") or rec.get("source_url") or cleaned.source_url,
            "outlet": (m.get("outlet") or rec.get("outlet") or _file_name_outlet(rec.get("doc_id"))
                       or url_outlet(cleaned.address)),
            "text": text,
            "body_start": body_start,
            "boilerplate": "\n".join(cleaned.boilerplate),
            "encoding": rec["encoding"],
            "wire": is_wire(rec["raw"]) if isinstance(rec.get("raw"), str) else False,
            "_readings": cleaned.published_readings,
        }
        for k, v in m.items():  # extra metadata columns are kept
            if k not in art and k != "doc_id" and not k.startswith("_"):
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
        notes.append(_language_note(art["language"]))
        skipped += [(rec["path"], n, "note") for n in notes if n]
    skipped += _settle_readings(arts)
    return arts, paras, sents, skipped


def _settle_readings(arts: list[dict]) -> list[tuple[str, str, str]]:
    """Date the articles whose only date line reads two ways ("05/02/2013") by the reading nearest the
    median publication date of the folder's dated articles, when it lies within 31 days of it and the
    other reading at least twice as far. Notes say which reading was taken, or that none was.

    Limits: a folder whose articles span months cannot settle a date this way; one without dated
    articles never does."""
    dated = sorted(pd.Timestamp(a["published"]) for a in arts if not pd.isna(a["published"]))
    centre = dated[len(dated) // 2] if dated else None
    notes = []
    for a in arts:
        readings = a.pop("_readings", ())
        if not pd.isna(a["published"]) or len(readings) < 2:
            continue
        shown = " or ".join(d.isoformat() for d in readings)
        if centre is not None:
            far = sorted((abs((pd.Timestamp(d) - centre).days), d) for d in readings)
            if far[0][0] <= 31 and far[1][0] >= 2 * max(far[0][0], 1):
                a["published"] = pd.Timestamp(far[0][1])
                notes.append((a["path"], f"its date line reads {shown} (day and month can be swapped): "
                                         f"read {far[0][1].isoformat()}, nearest the other articles' dates", "note"))
                continue
        notes.append((a["path"], f"its date line reads {shown} (day and month can be swapped): not used; "
                                 "give the date in metadata.csv as YYYY-MM-DD", "note"))
    return notes


def _read_entry(path: Path, rel: str, inside: Path | None) -> tuple[list[dict], list[tuple[str, str]]]:
    """The records of one folder entry, or the reason it is passed over (never an exception)."""
    if inside is not None and rel.startswith("."):
        return [], [(rel, "hidden folder" if os.path.isdir(path) else "hidden file")]
    try:
        st = _check_entry(path, inside)
        if rel.lower().startswith("readme"):
            raise _Skip("documentation (README), not an article")
        reason = _unsupported(path)
        if reason:
            raise _Skip(reason)
        limit = config.MAX_TABLE_BYTES if path.suffix.lower() in TABLE_SUFFIXES else config.MAX_FILE_BYTES
        if st.st_size > limit:
            raise _Skip(f"file over {_mb(limit)} ({st.st_size:,} bytes)")
        return _records(path, rel, read_limited(path, limit))
    except _Skip as e:
        return [], [(rel, str(e))]
    except Exception as e:  # one odd file never stops the load
        return [], [(rel, f"could not be read ({type(e).__name__}: {str(e)[:200]})")]


def load_corpus(path: str | Path | None = None) -> Corpus:
    """Load articles from a file or folder (default: the bundled seeds) into a ``Corpus``.

    Raises ``CorpusError`` when the path does not exist, cannot be read, or nothing in it can be loaded.
    """
    root = config.resolve_path(path)
    if not os.path.lexists(root):
        raise CorpusError(f"{path}: no such file or folder (looked for {root})")
    if root.is_dir():
        folder, inside = root, Path(os.path.realpath(root))
        try:
            names = sorted(os.listdir(root))
        except OSError as e:
            raise CorpusError(f"{root}: the folder cannot be read ({e.strerror})") from None
    else:  # one file the user named: read it wherever it points, metadata.csv beside it only inside
        folder, inside, names = root.parent, None, [root.name]
    records, skipped = [], []
    for name in names:
        if inside is not None and name == METADATA_NAME:
            continue
        recs, skips = _read_entry(folder / name, name, inside)
        records += recs
        skipped += skips
    meta_inside = inside or Path(os.path.realpath(folder))
    meta, meta_problems = _read_metadata(folder, meta_inside, {r["doc_id"] for r in records})
    arts, paras, sents, build_skips = _build(records, meta)
    skipped = [(p, r, k[0] if k else "skipped") for p, r, *k in skipped + meta_problems + build_skips]
    skipped_df = pd.DataFrame(skipped, columns=SKIPPED_COLUMNS)
    if not arts:
        reasons = "; ".join(f"{Path(p).name}: {r}" for p, r, k in skipped if k == "skipped")
        raise CorpusError(f"{root}: no loadable article ({reasons[:600] or 'no files'})")
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
