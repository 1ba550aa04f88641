"""Hostile and odd input (issue 15): each case with its expected row of ``skipped``, error or escaped output.

Every case is built in ``tmp_path`` at test time (links, pipes, sockets and devices cannot be committed).
"""
import json
import os
import shutil
import socket
import subprocess
import threading
import zipfile

import pandas as pd
import pytest

from conftest import ROOT
from helpers import config
from helpers.corpus import CorpusError, load_corpus
from helpers.corpus import load as loader
from helpers.report import render, runner

ARTICLE = ("Storm Hits Coast\n\nBy Jane Doe\n\nA powerful storm hit the coast on Monday, cutting power to "
           "thousands of homes, officials said. Rescue teams worked through the night and the roads were "
           "closed for a day.\n\nThe mayor said the damage was the worst in a decade. Schools will stay closed "
           "until the water is gone, and the council will meet on Friday.\n")
FRENCH = ("Une tempête frappe la côte\n\nUne violente tempête a frappé la côte lundi, privant d'électricité des "
          "milliers de foyers, ont indiqué les autorités. Les secours ont travaillé toute la nuit.\n\n"
          "Le maire a déclaré que les dégâts étaient les pires depuis dix ans. Les écoles resteront fermées "
          "jusqu'à ce que l'eau se retire, et le conseil se réunira vendredi.\n")
CHINESE = ("暴风雨袭击海岸\n\n周一，一场强烈的暴风雨袭击了海岸，数千户家庭停电。官员表示，救援队整夜工作。\n\n"
           "市长说，这是十年来最严重的破坏。学校将继续关闭，直到洪水退去。\n") * 3
HOSTILE_IDS = ["<svg onload=document.title='X'>", "<img src=x onerror=alert(1)>", "pay_vs_$56bn_$44bn_deal",
               "a" * 150, "https://example.com/news/2025/storm", "../../etc/evil", '=HYPERLINK("http://x","y")',
               "CON", ".hidden", "x\\y", "Zürich — Überblick", "**bold** [link](javascript:x)"]


def article(tag: str) -> str:
    """A distinct English article (exact duplicates are skipped)."""
    return ARTICLE.replace("Monday", f"Monday ({tag})")


def write(folder, name, data):
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def reasons(corpus, kind=None) -> dict:
    s = corpus.skipped if kind is None else corpus.skipped[corpus.skipped["kind"] == kind]
    return dict(zip(s["path"], s["reason"]))


def load_within(path, seconds=10):
    """load_corpus in a thread: a hang fails the test instead of stopping the suite."""
    out = {}
    t = threading.Thread(target=lambda: out.update(c=load_corpus(path)), daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), f"load_corpus did not return within {seconds} s"
    return out["c"]


# ------------------------------------------------------------------------------ what is read
def test_links_leaving_the_folder_are_not_followed(tmp_path):
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    write(outside, "private.txt", article("PRIVATE NOTES"))
    write(corpus, "ok.txt", article("ok"))
    os.symlink(outside / "private.txt", corpus / "leak.txt")
    os.symlink("/etc/passwd", corpus / "passwd.txt")
    c = load_corpus(corpus)
    assert c.doc_ids == ["ok"]
    r = reasons(c)
    assert r["leak.txt"] == r["passwd.txt"] == "link to a file outside the corpus folder (not followed)"
    assert not c.articles["text"].str.contains("PRIVATE").any()


def test_links_inside_the_folder_are_read_and_broken_links_named(tmp_path):
    write(tmp_path, "sub/real.txt", article("inside"))
    os.symlink(tmp_path / "sub" / "real.txt", tmp_path / "alias.txt")
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    c = load_corpus(tmp_path)
    assert c.doc_ids == ["alias"]
    r = reasons(c)
    assert r["dangling.txt"] == "broken link"
    assert r["loop.txt"].startswith("link cannot be followed")
    assert r["sub"] == "sub-folder not read (pass it as its own corpus)"


def test_named_pipe_is_skipped_within_seconds(tmp_path):
    write(tmp_path, "ok.txt", article("ok"))
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink(tmp_path / "pipe.txt", tmp_path / "to_pipe.txt")
    c = load_within(tmp_path)
    r = reasons(c)
    assert r["pipe.txt"] == r["to_pipe.txt"] == "named pipe, not a regular file (not read)"


def test_socket_and_devices_are_skipped(tmp_path):
    write(tmp_path, "ok.txt", article("ok"))
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(tmp_path / "sock.txt"))
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    c = load_within(tmp_path)
    r = reasons(c)
    assert r["sock.txt"] == "socket, not a regular file (not read)"
    assert r["zero.txt"] == "link to a file outside the corpus folder (not followed)"


def test_a_device_inside_the_folder_is_not_read(tmp_path):
    write(tmp_path, "ok.txt", article("ok"))
    try:
        os.mknod(tmp_path / "zero.txt", 0o600 | 0o020000, os.makedev(1, 5))  # a character device like /dev/zero
    except (PermissionError, OSError):
        pytest.skip("creating a device node needs root")
    c = load_within(tmp_path)
    assert reasons(c)["zero.txt"] == "character device, not a regular file (not read)"


def test_a_device_named_as_the_corpus_is_a_clear_error():
    with pytest.raises(CorpusError, match=r"no loadable article \(zero: character device, not a regular file"):
        load_within_error("/dev/zero")


def load_within_error(path):
    box = {}

    def run():
        try:
            load_corpus(path)
        except Exception as e:  # noqa: BLE001 - handed to the test
            box["e"] = e
    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(10)
    assert not t.is_alive()
    raise box["e"]


def test_size_is_checked_while_reading_not_trusted(tmp_path, monkeypatch):
    write(tmp_path, "ok.txt", article("ok"))
    write(tmp_path, "big.txt", b"word " * 2000)
    real = loader._check_entry

    def lying_stat(path, inside):  # a file system that reports size 0 (like /proc files)
        st = real(path, inside)
        return os.stat_result((st.st_mode, 0, 0, 1, 0, 0, 0, 0, 0, 0))
    monkeypatch.setattr(loader, "_check_entry", lying_stat)
    monkeypatch.setattr(config, "MAX_FILE_BYTES", 1000)
    asked, got = [], []
    real_read = os.read

    def counting_read(fd, n):
        asked.append(n)
        got.append(len(real_read(fd, 0)) if n == 0 else 0)
        data = real_read(fd, n)
        got[-1] = len(data)
        return data
    monkeypatch.setattr(loader.os, "read", counting_read)
    c = load_corpus(tmp_path)
    assert reasons(c)["big.txt"] == "file over 1,000 bytes (stopped reading at 1,001 bytes)"
    assert max(asked) <= 1001 and sum(got) <= 1001 + len(article("ok"))  # never the whole 10,000 bytes


def test_hidden_files_and_folders_get_a_row(tmp_path):
    write(tmp_path, "ok.txt", article("ok"))
    write(tmp_path, ".draft.txt", article("draft"))
    write(tmp_path, ".drafts/a.txt", article("draft a"))
    c = load_corpus(tmp_path)
    assert c.doc_ids == ["ok"]
    assert reasons(c) == {".draft.txt": "hidden file", ".drafts": "hidden folder"}


def test_a_hidden_file_named_directly_is_read(tmp_path):
    p = write(tmp_path, ".draft.txt", article("draft"))
    assert load_corpus(p).doc_ids == [".draft"]


def test_unreadable_folder_is_a_clear_error(tmp_path, monkeypatch):
    write(tmp_path, "ok.txt", article("ok"))
    real = os.listdir

    def deny(path="."):
        if os.fspath(path) == os.fspath(tmp_path):
            raise PermissionError(13, "Permission denied")
        return real(path)
    monkeypatch.setattr(loader.os, "listdir", deny)
    with pytest.raises(CorpusError, match=r"the folder cannot be read \(Permission denied\)"):
        load_corpus(tmp_path)


def _deny_open(monkeypatch, target):
    real = os.open

    def fake(path, flags, *a, **k):
        if os.fspath(path) == os.fspath(target):
            raise PermissionError(13, "Permission denied")
        return real(path, flags, *a, **k)
    monkeypatch.setattr(loader.os, "open", fake)


def test_unreadable_file_and_metadata_are_rows_not_tracebacks(tmp_path, monkeypatch):
    write(tmp_path, "ok.txt", article("ok"))
    secret = write(tmp_path, "secret.txt", article("secret"))
    meta = write(tmp_path, "metadata.csv", "doc_id,published\nok,2025-01-01\n")
    _deny_open(monkeypatch, secret)
    c = load_corpus(tmp_path)
    assert reasons(c)["secret.txt"] == "cannot be read (Permission denied)"
    _deny_open(monkeypatch, meta)
    c = load_corpus(tmp_path)
    assert reasons(c)["metadata.csv"] == "metadata ignored: cannot be read (Permission denied)"


def test_metadata_csv_that_is_a_folder_is_reported(tmp_path):
    write(tmp_path, "ok.txt", article("ok"))
    (tmp_path / "metadata.csv").mkdir()
    c = load_corpus(tmp_path)
    assert c.doc_ids == ["ok"]
    assert reasons(c)["metadata.csv"] == "metadata ignored: sub-folder not read (pass it as its own corpus)"


def test_metadata_link_out_of_the_folder_is_not_followed(tmp_path):
    write(tmp_path / "out", "metadata.csv", "doc_id,published\nok,2025-01-01\n")
    write(tmp_path / "c", "ok.txt", article("ok"))
    os.symlink(tmp_path / "out" / "metadata.csv", tmp_path / "c" / "metadata.csv")
    c = load_corpus(tmp_path / "c")
    assert pd.isna(c.article("ok")["published"])
    assert reasons(c)["metadata.csv"] == "metadata ignored: link to a file outside the corpus folder (not followed)"


def test_paths_are_relative_to_the_corpus_folder(tmp_path):
    write(tmp_path, "ok.txt", article("ok"))
    write(tmp_path, "records.csv", "doc_id,text\nr1," + json.dumps(article("r1")) + "\n")
    write(tmp_path, "empty.txt", "")
    c = load_corpus(tmp_path)
    assert sorted(c.articles["path"]) == ["ok.txt", "records.csv:row 2"]
    assert list(c.skipped["path"]) == ["empty.txt"]
    for table in (c.articles, c.skipped):
        assert not table.astype(str).apply(lambda col: col.str.contains(str(tmp_path), regex=False)).any().any()
    assert c.name == tmp_path.name


# ------------------------------------------------------------------------------ ids and names
def test_hostile_ids_are_kept_as_data(tmp_path):
    recs = [{"id": i, "text": article(f"id {n}")} for n, i in enumerate(HOSTILE_IDS)]
    write(tmp_path, "records.jsonl", "\n".join(json.dumps(r) for r in recs))
    c = load_corpus(tmp_path)
    assert c.doc_ids == HOSTILE_IDS


def test_hostile_file_names_load(tmp_path):
    names = ["<svg onload=document.title='X'>", "pay_vs_$56bn_$44bn_deal", "b" * 150]
    for n in names:
        write(tmp_path, n + ".txt", article(n))
    assert sorted(load_corpus(tmp_path).doc_ids) == sorted(names)


def test_control_characters_and_huge_ids_are_tidied(tmp_path):
    recs = [{"id": "a\nb\u202ec\x00", "text": article("ctl")}, {"id": "z" * 500, "text": article("long")},
            {"id": {"x": 1}, "text": article("dict")}]
    write(tmp_path, "r.jsonl", "\n".join(json.dumps(r) for r in recs))
    c = load_corpus(tmp_path)
    assert c.doc_ids[0] == "a b c"
    assert len(c.doc_ids[1]) == loader.MAX_ID_CHARS and c.doc_ids[1].startswith("z" * 100)
    assert c.doc_ids[2] == "r_0003"
    notes = reasons(c, "note")
    assert "doc_id of 500 characters cut" in notes["r.jsonl:line 2"]
    assert notes["r.jsonl:line 3"] == "doc_id is an object (dict), not text: ignored"


def test_file_names_with_line_breaks_become_tidy_ids(tmp_path):
    write(tmp_path, "two\nlines\t.txt", article("nl"))
    write(tmp_path, ("d" * 240) + ".txt", article("long"))
    c = load_corpus(tmp_path)
    assert sorted(c.doc_ids)[1] == "two lines" and len(sorted(c.doc_ids)[0]) == loader.MAX_ID_CHARS
    assert "doc_id of 240 characters cut" in reasons(c, "note")["d" * 240 + ".txt"]


def test_duplicate_ids_are_renamed_without_collision(tmp_path):
    recs = [{"doc_id": "x_2", "text": article("x_2")}, {"doc_id": "x", "text": article("x first")},
            {"doc_id": "x", "text": article("x second")}]
    write(tmp_path, "records.jsonl", "\n".join(json.dumps(r) for r in recs))
    c = load_corpus(tmp_path)
    assert c.doc_ids == ["x_2", "x", "x_3"]
    assert reasons(c, "note") == {"records.jsonl:line 3":
                                  "doc_id 'x' is already used by records.jsonl:line 2: renamed 'x_3'"}


def test_same_stem_in_two_formats_is_renamed_with_a_note(tmp_path):
    write(tmp_path, "x.txt", article("txt"))
    write(tmp_path, "x.jsonl", json.dumps({"text": article("jsonl"), "doc_id": "x"}))
    write(tmp_path, "x_2.txt", article("x_2"))
    c = load_corpus(tmp_path)
    assert sorted(c.doc_ids) == ["x", "x_2", "x_3"] and c.articles["doc_id"].is_unique


# ------------------------------------------------------------------------------ odd records and metadata
def test_published_list_or_dict_does_not_break_the_load(tmp_path):
    recs = [{"doc_id": "lst", "published": ["2025-01-01", "2025-01-02"], "text": article("list")},
            {"doc_id": "dct", "published": {"date": "2025-01-01"}, "text": article("dict")},
            {"doc_id": "num", "title": 12345, "byline": ["Ann Lee", "Bo Park"], "text": article("num")},
            {"doc_id": "obj", "title": {"x": 1}, "text": article("obj")},
            {"doc_id": "ok", "published": "2025-01-03", "text": article("ok")}]
    write(tmp_path, "records.jsonl", "\n".join(json.dumps(r) for r in recs))
    c = load_corpus(tmp_path)
    a = c.articles.set_index("doc_id")
    assert pd.isna(a.at["lst", "published"]) and pd.isna(a.at["dct", "published"])
    assert a.at["ok", "published"] == pd.Timestamp("2025-01-03")
    assert a.at["num", "title"] == "12345" and a.at["num", "byline"] == "Ann Lee; Bo Park"
    notes = reasons(c, "note")
    assert notes["records.jsonl:line 1"] == "published is a list, not a date: ignored"
    assert notes["records.jsonl:line 2"] == "published is an object (dict), not a date: ignored"
    assert notes["records.jsonl:line 4"] == "title is an object (dict), not text: ignored"


def _meta(folder, rows, ids=("a", "b")):
    for i in ids:
        write(folder, f"{i}.txt", article(i))
    write(folder, "metadata.csv", rows)
    c = load_corpus(folder)
    return c, c.articles.set_index("doc_id")


def test_duplicate_metadata_rows_are_reported(tmp_path):
    c, a = _meta(tmp_path, "doc_id,published\na,2025-01-01\na,2025-02-02\nb,2025-01-05\n")
    assert a.at["a", "published"] == pd.Timestamp("2025-01-01")
    assert reasons(c, "skipped") == {"metadata.csv:row 3": "duplicate metadata row for 'a' (row 2 is used)"}


def test_relative_dates_in_metadata_are_not_the_run_date(tmp_path):
    c, a = _meta(tmp_path, "doc_id,published\na,today\nb,3 days ago\n")
    assert a["published"].isna().all()
    notes = reasons(c, "note")
    assert notes["metadata.csv:row 2"] == "a: published 'today' is relative to an unknown day: ignored"
    assert "relative to an unknown day" in notes["metadata.csv:row 3"]


def test_epoch_numbers_are_read_as_unix_time_with_a_note(tmp_path):
    c, a = _meta(tmp_path, "doc_id,published\na,1714262400\nb,1714262400000\n")
    assert (a["published"] == pd.Timestamp("2024-04-28")).all()
    notes = reasons(c, "note")
    assert notes["metadata.csv:row 2"] == "a: published '1714262400' read as Unix time in seconds: 2024-04-28 (UTC)"
    assert "milliseconds" in notes["metadata.csv:row 3"]


def test_bare_years_and_odd_numbers_are_not_days(tmp_path):
    c, a = _meta(tmp_path, "doc_id,published\na,2025\nb,42\n")
    assert a["published"].isna().all()
    notes = reasons(c, "note")
    assert notes["metadata.csv:row 2"] == "a: published '2025' is only a year, not a day: ignored"
    assert notes["metadata.csv:row 3"] == "b: published '42' is a number, not a date: ignored"


def test_ambiguous_day_month_is_resolved_and_reported(tmp_path):
    c, a = _meta(tmp_path / "one", "doc_id,published\na,03/04/2025\nb,2025-01-01\n")
    assert a.at["a", "published"] == pd.Timestamp("2025-03-04")
    assert reasons(c, "note")["metadata.csv:row 2"] == (
        "a: published '03/04/2025' could be day/month or month/day: read month first as 2025-03-04; "
        "write dates as YYYY-MM-DD")
    c, a = _meta(tmp_path / "two", "doc_id,published\na,03/04/2025\nb,13/04/2025\n")
    assert a.at["a", "published"] == pd.Timestamp("2025-04-03") and a.at["b", "published"] == pd.Timestamp("2025-04-13")
    assert "read day first, like other dates in its file" in reasons(c, "note")["metadata.csv:row 2"]
    assert "metadata.csv:row 3" not in reasons(c)


def test_metadata_columns_match_without_case_and_title_byline_are_used(tmp_path):
    c, a = _meta(tmp_path, "Doc_ID,Published,Language,Source URL,Title,Byline\n"
                           "a,2025-01-01,English,https://example.com/a,Meta Title A,Meta Author\n"
                           "b,2025-01-02,EN,,,\n")
    assert a.at["a", "published"] == pd.Timestamp("2025-01-01")
    assert a.at["a", "title"] == "Meta Title A" and a.at["a", "byline"] == "Meta Author"
    assert a.at["a", "source_url"] == "https://example.com/a"
    assert list(a["language"]) == ["en", "en"]
    assert c.skipped.empty


def test_metadata_may_name_files_with_their_extension(tmp_path):
    c, a = _meta(tmp_path, "doc_id,published\na.txt,2025-01-01\n")
    assert a.at["a", "published"] == pd.Timestamp("2025-01-01")


def test_a_huge_csv_field_does_not_drop_the_other_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "MAX_ARTICLE_CHARS", 200_000)
    rows = pd.DataFrame({"doc_id": ["good1", "huge", "good2", "toolong"],
                         "text": [article("g1"), "word " * 30_000, article("g2"), "word " * 50_000]})
    rows.to_csv(tmp_path / "records.csv", index=False)
    c = load_corpus(tmp_path)
    assert c.doc_ids == ["good1", "huge", "good2"]
    assert reasons(c)["records.csv:row 5"].startswith("article too long: 249,999 characters, over the limit of 200,000")


def test_a_malformed_csv_keeps_the_rows_before_the_error(tmp_path):
    write(tmp_path, "r.csv", 'doc_id,text\ng1,"' + article("g1").replace('"', "") + '"\nbad,"unclosed\n')
    c = load_corpus(tmp_path)
    assert "g1" in c.doc_ids


def test_html_date_never_comes_from_the_body(tmp_path):
    paras = "".join(f"<p>{p}</p>" for p in [
        "The treaty was signed in 1995 by both governments after long talks in the capital city.",
        "Officials said on Monday that the agreement would be reviewed next month by a joint committee.",
        "Critics said the review had come too late, and that the accord had never been fully applied."])
    write(tmp_path, "treaty.html", f"<html><head><title>Treaty review</title></head><body><article>"
                                   f"<h1>Treaty review</h1>{paras}</article></body></html>")
    write(tmp_path, "dated.html", "<html><head><title>Flood</title>"
                                  '<meta property="article:published_time" content="2024-03-02"></head><body>'
                                  f"<article><h1>Flood</h1>{paras}<p>Flood 2.</p></article></body></html>")
    a = load_corpus(tmp_path).articles.set_index("doc_id")
    assert pd.isna(a.at["treaty", "published"])
    assert a.at["dated", "published"] == pd.Timestamp("2024-03-02")


def test_too_long_articles_are_rejected_with_the_reason(tmp_path, monkeypatch):
    sent = "The council met again on Monday and said the storm had cut power to many homes. "
    write(tmp_path, "huge.txt", "Huge Story\n\n" + "\n\n".join(sent * 10 for _ in range(1300)))  # ~1.05M chars
    write(tmp_path, "ok.txt", article("ok"))
    c = load_corpus(tmp_path)
    assert c.doc_ids == ["ok"] and config.MAX_ARTICLE_CHARS < 1_000_000  # spaCy's own ceiling
    r = reasons(c)
    assert r["huge.txt"].startswith("article too long: 1,04") and "config.MAX_ARTICLE_CHARS" in r["huge.txt"]
    write(tmp_path, "flat.txt", " ".join(["word"] * 50_001))  # 250k characters, no punctuation
    monkeypatch.setattr(config, "MAX_ARTICLE_CHARS", 200_000)
    assert reasons(load_corpus(tmp_path))["flat.txt"] == (
        "article too long: 250,004 characters, over the limit of 200,000 (config.MAX_ARTICLE_CHARS); "
        "split it into several articles")


# ------------------------------------------------------------------------------ encodings and languages
def test_gbk_is_not_passed_off_as_cp1252(tmp_path):
    write(tmp_path, "ok.txt", article("ok"))
    write(tmp_path, "gbk.txt", CHINESE.encode("gbk"))
    c = load_corpus(tmp_path)
    assert c.doc_ids == ["ok"]
    assert reasons(c)["gbk.txt"] == ("not UTF-8, and read as cp1252 it is gibberish (too many non-ASCII "
                                     "characters); it may be Chinese GBK/GB18030: save it as UTF-8")


def test_random_high_bytes_are_not_text_but_cp1252_latin_is(tmp_path):
    import random
    rnd = random.Random(1)
    ok = [b for b in range(0x80, 0x100) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)]
    write(tmp_path, "garbage.txt", bytes(rnd.choice(ok) if i % 7 else 0x20 for i in range(4000)))
    write(tmp_path, "latin.txt", article("café naïve — cp1252").encode("cp1252"))
    c = load_corpus(tmp_path)
    assert c.doc_ids == ["latin"] and c.article("latin")["encoding"] == "cp1252"
    assert "gibberish" in reasons(c)["garbage.txt"]


def test_utf16_without_bom_is_detected(tmp_path):
    write(tmp_path, "le.txt", article("le").encode("utf-16-le"))
    write(tmp_path, "be.txt", article("be").encode("utf-16-be"))
    a = load_corpus(tmp_path).articles.set_index("doc_id")
    assert a.at["le", "encoding"] == "utf-16-le" and a.at["be", "encoding"] == "utf-16-be"
    assert "Monday (le)" in a.at["le", "text"]


def test_word_files_are_named_not_called_binary(tmp_path):
    write(tmp_path, "ok.txt", article("ok"))
    with zipfile.ZipFile(tmp_path / "story.docx", "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    shutil.copy(tmp_path / "story.docx", tmp_path / "story_docx.txt")  # a Word file renamed .txt
    r = reasons(load_corpus(tmp_path))
    assert r["story.docx"] == "unsupported file type: a Word document (.docx) is not read; save it as .txt or .html"
    assert r["story_docx.txt"] == "binary file (a ZIP archive, e.g. a Word .docx)"


def test_cjk_text_gets_an_honest_reason(tmp_path):
    write(tmp_path, "ok.txt", article("ok"))
    write(tmp_path, "zh.txt", CHINESE)
    assert reasons(load_corpus(tmp_path))["zh.txt"] == (
        "text in Chinese script: no paragraphs found (the helpers read English articles only)")


def test_non_english_articles_are_flagged(tmp_path):
    write(tmp_path, "fr.txt", FRENCH)
    write(tmp_path, "ok.txt", article("ok"))
    write(tmp_path, "meta_de.txt", article("tagged German"))
    write(tmp_path, "metadata.csv", "doc_id,language\nmeta_de,German\n")
    c = load_corpus(tmp_path)
    a = c.articles.set_index("doc_id")
    assert a.at["fr", "language"] == "fr" and a.at["ok", "language"] == "en" and a.at["meta_de", "language"] == "de"
    assert not c.is_english("fr") and c.is_english("ok") and not c.is_english("meta_de")
    assert c.english_ids == ["ok"]
    assert reasons(c, "note")["fr.txt"] == ("language 'fr': figures, quotes, numbers and time expressions are "
                                            "English-only and are not mined for this article")


@pytest.mark.parametrize("text,lang", [
    (FRENCH, "fr"),
    ("Ein heftiger Sturm hat am Montag die Küste getroffen und tausende Haushalte ohne Strom gelassen, teilten "
     "die Behörden mit. Die Rettungskräfte arbeiteten die ganze Nacht, und der Bürgermeister sagte, der Schaden "
     "sei der schlimmste seit zehn Jahren.", "de"),
    ("Una violenta tormenta azotó la costa el lunes y dejó sin luz a miles de hogares, según las autoridades. "
     "Los equipos de rescate trabajaron toda la noche y el alcalde dijo que los daños eran los peores de la "
     "década.", "es"),
    (CHINESE, "zh"),
    ("Мощный шторм обрушился на побережье в понедельник, оставив без света тысячи домов, сообщили власти.",
     "und-Cyrl"),
    (ARTICLE, "en"),
    ("Too short to tell.", None),
])
def test_guess_language(text, lang):
    assert loader.guess_language(text) == lang


def test_no_loadable_article_error_names_the_files(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path, ".draft.txt", article("x"))
    with pytest.raises(CorpusError) as e:
        load_within_error(tmp_path)
    msg = str(e.value)
    assert "no loadable article" in msg and "pipe.txt: named pipe" in msg and ".draft.txt: hidden file" in msg
    assert "Traceback" not in msg


# ------------------------------------------------------------------------------ escaping and exported tables
@pytest.mark.parametrize("name", HOSTILE_IDS)
def test_safe_filename_never_makes_a_path(name):
    f = render.safe_filename(name, ".csv")
    assert "/" not in f and "\\" not in f and not f.startswith(".") and ".." not in f
    assert len(f) <= 84 and f.endswith(".csv")
    assert f == render.safe_filename(name, ".csv")


def test_safe_filename_keeps_plain_names_and_separates_others():
    assert render.safe_filename("articles", ".csv") == "articles.csv"
    assert render.safe_filename("alignment_a__b") == "alignment_a__b"
    names = HOSTILE_IDS + ["A", "a_", "Zurich — Uberblick", "x/y", "x y", "x_y", "b" * 151]
    assert len({render.safe_filename(n) for n in names}) == len(names)
    assert render.safe_filename("CON") != "CON" and render.safe_filename("con") != "con"


def test_save_table_writes_inside_the_tables_folder(tmp_path):
    tables = tmp_path / "tables"
    df = pd.DataFrame({"x": [1]})
    for a in HOSTILE_IDS:
        assert render.save_table(df, tables, f"alignment_{a}__{HOSTILE_IDS[0]}") is None  # no path shown
        p = render.table_path(tables, f"alignment_{a}__{HOSTILE_IDS[0]}")
        assert p.parent == tables and p.exists()
    assert len(list(tables.iterdir())) == len(HOSTILE_IDS)
    assert not (tmp_path / "etc").exists()


def test_exported_cells_never_start_a_formula(tmp_path):
    df = pd.DataFrame({
        "text": ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx", "ok", "-5",
                 "+3.5%", "-1,200"],
        "n": [-5, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        "f": [-1.5] * 10,
        "=bad header": ["v"] * 10,
    })
    render.save_table(df, tmp_path, "articles.csv")
    p = tmp_path / "articles.csv"
    back = pd.read_csv(p, keep_default_na=False)
    assert list(back["text"]) == ["'=HYPERLINK(\"http://x\",\"y\")", "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1)",
                                  "'\tx", "'\rx", "ok", "-5", "'+3.5%", "-1,200"]
    assert list(back["n"]) == list(range(-5, -4)) + list(range(1, 10)) and back["f"].eq(-1.5).all()
    assert list(back.columns)[-1] == "'=bad header"
    import csv
    with open(p, newline="", encoding="utf-8") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    starts = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r", "-")]
    assert set(starts) == {"-5", "-1.5", "-1,200"}  # numbers only


def test_esc_md_and_label_show_names_as_written():
    assert render.esc_md("**x** $a$ <b>") == r"\*\*x\*\* \$a\$ &lt;b&gt;"
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    for parse_math in (True, False):  # matplotlib's default, and report.plots' setting
        with matplotlib.rc_context({"text.parse_math": parse_math}):
            fig, ax = plt.subplots()
            labels = [render.label(i, 30) for i in HOSTILE_IDS]
            ax.barh(range(len(labels)), range(len(labels)))
            ax.set_yticks(range(len(labels)), labels)
            ax.set_title(render.label("pay_vs_$56bn_$44bn_deal"))
            fig.canvas.draw()  # mathtext would raise on '$56bn_$'
            assert ax.title._preprocess_math(ax.title.get_text()) == ("pay_vs_$56bn_$44bn_deal", False)
            plt.close(fig)
    assert render.label("a\nb", 10) == "a b" and render.label("x" * 40, 10) == "x" * 9 + "…"


def test_html_tables_escape_ids_in_headers_and_cells():
    df = pd.DataFrame({HOSTILE_IDS[0]: [HOSTILE_IDS[1]]})
    out = render.table_html(df)
    assert "<svg" not in out and "<img" not in out and "&lt;svg onload=document.title=&#x27;X&#x27;&gt;" in out


def test_timelinejs_carries_text_not_markup():
    doc = {"events": [{"text": {"headline": "<b>x</b>", "text": "<script>alert(1)</script>"},
                       "group": "<img src=x onerror=alert(1)>", "start_date": {"year": 2025},
                       "media": {"url": "javascript:alert(1)"}},
                      {"media": {"url": "https://example.com/a?b=1&c=2"}}]}
    safe = render.timelinejs_safe(doc)
    e = safe["events"][0]
    assert e["text"]["headline"] == "&lt;b&gt;x&lt;/b&gt;" and "<" not in json.dumps(safe)
    assert e["group"] == "&lt;img src=x onerror=alert(1)&gt;" and e["start_date"] == {"year": 2025}
    assert "url" not in e["media"] and safe["events"][1]["media"]["url"] == "https://example.com/a?b=1&c=2"
    assert render.plain_text(None) == "" and render.plain_text("a\x00b") == "ab"


# ------------------------------------------------------------------------------ the report command
def test_a_report_removes_its_own_previous_outputs_only(tmp_path):
    out = tmp_path / "out"
    stale = [out / "tables" / "alignment_old__corpus.csv", out / "index.html", out / "timeline.json",
             out / "01_similarity.html", out / "executed" / "01_similarity.ipynb"]
    for p in stale:
        write(p.parent, p.name, "old")
    keep = [write(out, "notes.txt", "mine"), write(out / "tables", "readme.md", "mine")]
    nbs = [ROOT / "notebooks" / "01_similarity.ipynb"]
    removed = runner.clear_previous(out, nbs)
    assert sorted(removed) == sorted(stale)
    assert all(p.exists() for p in keep) and not any(p.exists() for p in stale)


def test_run_reports_starts_clean_and_shares_no_local_path(tmp_path, monkeypatch):
    import nbformat
    import papermill

    from helpers.corpus import analysis

    def fake_execute(nb, executed, parameters=None, **kw):
        node = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Report")])
        nbformat.write(node, executed)
    monkeypatch.setattr(analysis, "analyse", lambda *a, **k: None)
    monkeypatch.setattr(papermill, "execute_notebook", fake_execute)
    corpus = tmp_path / "my story $5m"
    write(corpus, "ok.txt", article("ok"))
    out = tmp_path / "out dir"
    write(out / "tables", "alignment_previous__story.csv", "old")
    entries = runner.run_reports(str(corpus), out, only=["00"], log=lambda *_: None)
    assert [e["ok"] for e in entries] == [True]
    assert not (out / "tables" / "alignment_previous__story.csv").exists()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "my story $5m" in index and str(tmp_path) not in index


def test_make_report_passes_any_folder_name_safely(tmp_path):
    if not shutil.which("make"):
        pytest.skip("make is not installed")
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "python").write_text('#!/bin/sh\nfor a in "$@"; do printf "<%s>\\n" "$a"; done\n')
    (fake / "python").chmod(0o755)
    (fake / ".installed").touch()
    os.utime(fake / ".installed", (2**31, 2**31))  # newer than requirements.txt: no set-up
    pwned = tmp_path / "pwned"
    corpus = f"my story $5m `touch {pwned}` $(touch {pwned}) \"q\" 's"
    r = subprocess.run(["make", "-s", "report", f"BIN={fake}", f"CORPUS={corpus}", "OUT=out dir"], cwd=ROOT,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["<-m>", "<helpers.report>", "<--out=out dir>", f"<--corpus={corpus}>"]
    assert not pwned.exists()


def test_a_step_across_articles_that_raises_stops_the_report_with_one_line_naming_the_step(tmp_path, monkeypatch,
                                                                                             capsys):
    from helpers.corpus import events

    def broken(corpus):
        raise KeyError("name")

    monkeypatch.setattr(events, "events", broken)
    (tmp_path / "a.txt").write_text("Dam opens\n\nThe new dam opened on Monday, the water board said.\n",
                                    encoding="utf-8")
    monkeypatch.setenv("STORY_PROCESSED_DIR", str(tmp_path / "store"))
    code = runner.main(["--corpus", str(tmp_path), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1].startswith("error: the analysis of 1 article(s) stopped at step 'events': KeyError: 'name'"), err
    assert not any("Traceback" in line for line in err)
