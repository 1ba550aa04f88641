"""Every notebook: stored clean, well-formed, executes top to bottom; the report command's HTML output."""
import json
import re
from pathlib import Path

import pytest

from conftest import ROOT
from helpers.report import runner as report

NOTEBOOKS = report.notebooks(ROOT / "notebooks")


def _nb(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_notebooks_are_numbered_in_order():
    names = [p.name for p in NOTEBOOKS]
    assert names, "no notebooks found"
    assert [n[:2] for n in names] == [f"{i:02d}" for i in range(len(names))]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_clean_and_well_formed(path):
    nb = _nb(path)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    cells = nb["cells"]
    for c in cells:
        if c["cell_type"] == "code":
            assert not c.get("outputs") and c.get("execution_count") is None, "commit notebooks without outputs"
    first = "".join(cells[0]["source"])
    assert first.startswith("# ") and len([ln for ln in first.splitlines() if ln.strip()]) >= 2, \
        "first cell: a title and a one-line summary"
    params = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(params) == 1 and re.search(r"^CORPUS = ", "".join(params[0]["source"]), re.M)


def test_every_notebook_executes_cleanly(seed_reports):
    out, entries = seed_reports
    assert [e["notebook"] for e in entries] == [p.name for p in NOTEBOOKS]
    failed = {e["notebook"]: e["error"] for e in entries if not e["ok"]}
    assert not failed, failed
    for e in entries:  # papermill stops at the first error; check no cell holds an error output either
        nb = _nb(out / "executed" / e["notebook"])
        errors = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])
                  if o.get("output_type") == "error"]
        assert not errors, (e["notebook"], errors[:1])


def test_html_reports_and_index(seed_reports):
    out, entries = seed_reports
    index = (out / "index.html").read_text(encoding="utf-8")
    for e in entries:
        page = out / e["html"]
        assert page.exists() and page.stat().st_size > 10_000
        assert f'href="{e["html"]}"' in index and e["summary"] and e["summary"][:40] in index.replace("&#x27;", "'")
        html = page.read_text(encoding="utf-8")
        assert "import " not in html.split("<body", 1)[1] and 'class="jp-CodeMirrorEditor' not in html, "code hidden"
        assert not re.search(r'<script[^>]+src="https?://', html), "report must not need the network"
    charts = sum((out / e["html"]).read_text(encoding="utf-8").count("data:image/png;base64") for e in entries)
    corpus_page = (out / entries[0]["html"]).read_text(encoding="utf-8")  # notes on reading are no skipped files
    assert re.search(r"\d+ articles loaded; \d+ files or rows skipped; \d+ notes on how files were read", corpus_page)
    assert charts >= len(entries) - 1, "charts are embedded as images"
    for name in ("articles", "similarity", "provenance", "figures", "timexes", "discrepancies"):
        assert (out / "tables" / f"{name}.csv").exists(), name  # in the output folder, not under notebooks/


def test_notebooks_match_their_cell_script():
    """The committed notebooks are what scripts/make_notebooks.py writes (one place to review the cells)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_notebooks", ROOT / "scripts" / "make_notebooks.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert sorted(mod.NOTEBOOKS) == sorted(p.stem for p in NOTEBOOKS)
    for path in NOTEBOOKS:
        committed = ["".join(c["source"]) for c in _nb(path)["cells"]]
        assert committed == [c["source"] for c in mod.NOTEBOOKS[path.stem]], f"{path.name}: run `make notebooks`"


def test_a_dying_kernel_fails_its_notebook_and_the_rest_still_run(tmp_path, monkeypatch):
    """A kernel that dies (out of memory, a crash in a C library) is not a cell's error: papermill raises
    nbclient's DeadKernelError. The runner reports that notebook as failed, by name and reason, exports the
    others, and lets no traceback out."""
    import shutil

    import papermill as pm
    from nbclient.exceptions import DeadKernelError

    def fake_execute(inp, outp, **kw):
        if Path(inp).name.startswith("01"):
            raise DeadKernelError("Kernel died")
        shutil.copy(inp, outp)  # stands for a clean run; the export needs only the file

    monkeypatch.setattr(pm, "execute_notebook", fake_execute)
    lines = []
    entries = report.run_reports(corpus=str(ROOT / "data" / "seeds"), out=tmp_path, only=["00", "01", "02"],
                                 log=lines.append)
    assert [e["ok"] for e in entries] == [True, False, True], [e["error"] for e in entries]
    assert entries[1]["error"] == "DeadKernelError: Kernel died"
    assert any(line.startswith("FAIL 01_") and "DeadKernelError" in line for line in lines)
    assert (tmp_path / "02_figures.html").exists()
    assert "01_similarity" in (tmp_path / "index.html").read_text(encoding="utf-8")
