"""Every exported report opened in headless Chromium, as a reader would see it.

Skipped (with the reason) only when Chromium or ChromeDriver is missing; `make test` installs them under CI.
"""
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from helpers.report import runner as report


def _browser_paths():
    chrome = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
    return chrome, shutil.which("chromedriver")


@pytest.fixture(scope="module")
def driver():
    chrome, drv = _browser_paths()
    if not (chrome and drv):
        pytest.skip("no headless Chromium + ChromeDriver (Debian: apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chrome
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              "--disable-dev-shm-usage", "--window-size=1280,1000"):
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    d = webdriver.Chrome(service=Service(drv), options=opts)
    yield d
    d.quit()


def _open(driver, page: Path):
    driver.get(page.resolve().as_uri())
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    body = driver.execute_script("return document.body ? document.body.innerText : ''")
    return errors, body


def _full_screenshot(driver, path: Path):
    h = driver.execute_script("return Math.min(document.body.scrollHeight, 16000)")
    driver.set_window_size(1280, max(800, h))
    path.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(path))
    driver.set_window_size(1280, 1000)


def test_every_report_renders(driver, seed_reports):
    out, entries = seed_reports
    for e in entries:
        errors, body = _open(driver, out / e["html"])
        assert not errors, (e["html"], errors)
        assert len(body.strip()) > 500, f"{e['html']} looks empty"
        sizes = driver.execute_script(
            "return Array.from(document.images).map(i => [i.complete, i.naturalWidth, i.naturalHeight])")
        assert all(ok and w > 0 and h > 0 for ok, w, h in sizes), (e["html"], sizes)
        if not e["html"].startswith("00_"):
            assert sizes, f"{e['html']} has no chart"
        _full_screenshot(driver, out / "screenshots" / (Path(e["html"]).stem + ".png"))  # beside the test's pages
    errors, body = _open(driver, out / "index.html")
    links = driver.execute_script("return Array.from(document.links).map(a => a.getAttribute('href'))")
    assert links == [e["html"] for e in entries]


def test_facts_table_has_rows(driver, seed_reports):
    """The comparison page's facts x articles table is filled, disagreements marked (the seeds have 5+:
    conflicts, figures hedged differently and quotes reworded)."""
    out, _ = seed_reports
    _open(driver, out / "04_comparison_report.html")
    rows = driver.execute_script("""
        const t = Array.from(document.querySelectorAll('table')).find(t =>
            Array.from(t.querySelectorAll('th')).some(th => th.innerText.trim() === 'what the articles say'));
        if (!t) return [0, 0];
        const body = Array.from(t.querySelectorAll('tbody tr'));
        return [body.length, body.filter(r => ['yes', 'other figure', 'hedged differently', 'reworded'].some(
            w => r.lastElementChild.innerText.trim() === w)).length]""")
    assert rows[0] >= 5 and rows[1] >= 5, rows


def test_malicious_article_is_shown_as_text(driver, tmp_path):
    corpus = ROOT / "tests" / "fixtures" / "malicious"
    entries = report.run_reports(corpus=str(corpus), out=tmp_path, only=["01", "02", "04"], log=lambda *_: None)
    assert all(e["ok"] for e in entries), entries
    for e in entries:
        errors, body = _open(driver, tmp_path / e["html"])
        assert driver.execute_script("return window.__pwned === undefined"), f"article script ran in {e['html']}"
        assert not errors, errors
    _open(driver, tmp_path / "04_comparison_report.html")
    assert "<script>" in driver.execute_script("return document.body.innerText")
    html = (tmp_path / "04_comparison_report.html").read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html and "<img src=x" not in html  # only escaped (&lt;...) forms


HOSTILE_NAMES = ["<svg onload=document.title='X'>", "<img src=x onerror=window.__pwned=1>", "pay_vs_$56bn_$44bn_deal",
                 "c" * 150, '=HYPERLINK("http:x","y")']


def _hostile_names_corpus(folder: Path) -> None:
    """Five files with hostile names and two records with hostile ids and titles, all retelling one story."""
    import json

    base = ("Storm Hits Coast\n\nBy Jane Doe\n\nA powerful storm hit the coast on Monday, cutting power to 3,000 "
            "homes, officials said. Rescue teams worked through the night and the roads were closed for a day.\n\n"
            "\"We have never seen anything like it,\" Mayor John Smith said on Tuesday. Schools will stay closed "
            "until the water is gone, and the council will meet on Friday.\n")
    folder.mkdir(parents=True)
    for i, name in enumerate(HOSTILE_NAMES):
        (folder / f"{name}.txt").write_text(base.replace("3,000", f"{3000 + 500 * i:,}"), encoding="utf-8")
    recs = [{"id": "https://example.com/news/2025/storm", "title": "<script>window.__pwned=2</script> Storm",
             "text": base.replace("3,000", "4,200")},
            {"id": "../../etc/evil", "title": "@SUM(1+1)*cmd|' /C calc'!A0", "text": base.replace("3,000", "5,100")}]
    (folder / "records.jsonl").write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    rows = [f'"{n.replace(chr(34), chr(34) * 2)}",2025-04-2{i},<b onmouseover=window.__pwned=3>Outlet {i}</b>'
            for i, n in enumerate(HOSTILE_NAMES)]
    (folder / "metadata.csv").write_text("doc_id,published,outlet\n" + "\n".join(rows) + "\n", encoding="utf-8")


def test_hostile_file_names_run_nothing(driver, tmp_path):
    """Markup, '/', '$…$', 150-character names and formula-like ids: every report renders, nothing runs,
    no local path is shared, no table is written outside tables/ and no exported cell starts a formula."""
    import csv

    corpus, out = tmp_path / "hostile names $5m", tmp_path / "out"
    _hostile_names_corpus(corpus)
    entries = report.run_reports(corpus=str(corpus), out=out, log=lambda *_: None)
    assert all(e["ok"] for e in entries), [(e["html"], e["error"]) for e in entries if not e["ok"]]
    for page in [e["html"] for e in entries] + ["index.html"]:
        errors, _ = _open(driver, out / page)
        assert driver.execute_script("return window.__pwned === undefined"), f"script ran in {page}"
        assert driver.execute_script("return document.title") != "X", f"markup in a name ran in {page}"
        assert not errors, (page, errors)
        html = (out / page).read_text(encoding="utf-8")
        for raw in ("<svg onload", "<img src=x onerror", "<script>window.__pwned", "<b onmouseover"):
            assert raw not in html, (page, raw)
        assert str(tmp_path) not in html, f"a local path is shared in {page}"
        sizes = driver.execute_script(
            "return Array.from(document.images).map(i => [i.complete, i.naturalWidth, i.naturalHeight])")
        assert all(ok and w > 0 and h > 0 for ok, w, h in sizes), (page, sizes)
    _open(driver, out / "00_corpus.html")
    shown = driver.execute_script("return document.body.innerText")
    # names shown as written, as text: a long id is cut on the page (``views._id_cell``) and whole on hover
    titles = driver.execute_script(
        "return Array.from(document.querySelectorAll('span[title]')).map(s => s.getAttribute('title'))")
    assert HOSTILE_NAMES[0] in titles and HOSTILE_NAMES[2] in titles, titles
    assert HOSTILE_NAMES[0][:8] in shown and HOSTILE_NAMES[2][:8] in shown
    tables = sorted((out / "tables").iterdir())
    assert tables and all(t.suffix == ".csv" and len(t.name) <= 84 for t in tables)
    assert not any(p.name == "etc" for p in tmp_path.rglob("*"))
    for t in tables:
        with open(t, newline="", encoding="utf-8") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    assert cell[:1] not in ("=", "+", "@", "\t", "\r"), (t.name, cell[:40])
                    if cell.startswith("-"):
                        float(cell.rstrip("%").replace(",", ""))  # only negative numbers start with '-'
