"""Every exported report opened in headless Chromium, as a reader would see it.

Skipped (with the reason) only when Chromium or ChromeDriver is missing; `make test` installs them under CI.
"""
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from helpers.report import runner as report

SHOTS = ROOT / "reports" / "screenshots"


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
        _full_screenshot(driver, SHOTS / (Path(e["html"]).stem + ".png"))
    errors, body = _open(driver, out / "index.html")
    links = driver.execute_script("return Array.from(document.links).map(a => a.getAttribute('href'))")
    assert links == [e["html"] for e in entries]


def test_discrepancy_table_has_rows(driver, seed_reports):
    out, _ = seed_reports
    _open(driver, out / "04_comparison_report.html")
    rows = driver.execute_script("""
        const t = Array.from(document.querySelectorAll('table')).find(t =>
            Array.from(t.querySelectorAll('th')).some(th => th.innerText.trim() === 'what'));
        return t ? t.querySelectorAll('tbody tr').length : 0""")
    assert rows >= 7


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
