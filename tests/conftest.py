import json
import os
import tempfile
from pathlib import Path

import pytest

# The tests store their analyses apart (set before ``helpers`` reads it): a test run never fills or prunes the
# analyses a user keeps in data/processed.
os.environ.setdefault("STORY_PROCESSED_DIR", tempfile.mkdtemp(prefix="story-tests-processed-"))

from helpers.corpus import load_corpus  # noqa: E402

HERE = Path(__file__).parent
ROOT = HERE.parent
GOLD = json.loads((HERE / "seeds_gold.json").read_text(encoding="utf-8"))
A, B = sorted(GOLD["documents"])  # 000_... (the paraphrase with boilerplate), 003_... (the translation)


@pytest.fixture(scope="session")
def gold():
    return GOLD


@pytest.fixture(scope="session")
def corpus():
    return load_corpus(ROOT / "data" / "seeds")


def locate(text: str, needle: str) -> tuple[int, int]:
    """Offsets of a gold string in an article text (fails the test when it is missing)."""
    i = text.find(needle)
    assert i >= 0, f"gold string not in the article text: {needle!r}"
    return i, i + len(needle)


@pytest.fixture(scope="session")
def seed_reports(tmp_path_factory):
    """Run the report command's job once per test session: every notebook on the seeds, exported to HTML."""
    from helpers.report import runner as report

    out = tmp_path_factory.mktemp("reports")
    here = os.getcwd()
    os.chdir(out.parent)  # a relative output folder, as `--out reports` gives: notebooks run in notebooks/
    try:
        entries = report.run_reports(corpus=str(ROOT / "data" / "seeds"), out=out.name, log=lambda *_: None)
    finally:
        os.chdir(here)
    return out, entries
