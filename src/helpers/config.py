"""Paths, defined once (cookiecutter-data-science style).

``PROJECT_ROOT`` is the repository root when the package is installed in
editable mode (``pip install -e .``), which is how the project is meant to be used.
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(os.environ.get("STORY_PROJECT_ROOT", Path(__file__).resolve().parents[2]))
DATA_DIR = PROJECT_ROOT / "data"
SEEDS_DIR = DATA_DIR / "seeds"
PROCESSED_DIR = Path(os.environ.get("STORY_PROCESSED_DIR", DATA_DIR / "processed"))
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORTS_DIR = Path(os.environ.get("STORY_REPORTS_DIR", PROJECT_ROOT / "reports"))


#: The names of what a report run writes in its output folder (the runner, the notebooks and the index use them).
TABLES_DIRNAME = "tables"
EXECUTED_DIRNAME = "executed"
INDEX_FILE = "index.html"
TIMELINE_FILE = "timeline.json"


def _env_int(name: str, default: int) -> int:
    """An integer limit from the environment (``STORY_...``), else ``default``."""
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


#: Article files (.txt, .html) larger than this are skipped by the loader (bytes); checked while reading.
MAX_FILE_BYTES = _env_int("STORY_MAX_FILE_BYTES", 5 * 1024 * 1024)
#: Table files (.jsonl, .csv, metadata.csv: many articles each) larger than this are skipped (bytes).
MAX_TABLE_BYTES = _env_int("STORY_MAX_TABLE_BYTES", 200 * 1024 * 1024)
#: Articles whose clean text is longer than this (characters) are skipped with the reason. 500,000 characters
#: is about 80,000 words, far beyond a news article, and half of spaCy's own ceiling (1,000,000).
MAX_ARTICLE_CHARS = _env_int("STORY_MAX_ARTICLE_CHARS", 500_000)


def resolve_path(path: str | os.PathLike | None) -> Path:
    """Resolve a user-given corpus path.

    ``None`` means the bundled seeds. A relative path is taken relative to the
    current directory when it exists there, else relative to the project root
    (notebooks run with the ``notebooks/`` folder as current directory).
    """
    if path is None or str(path).strip() == "":
        return SEEDS_DIR
    p = Path(path).expanduser()
    if p.is_absolute() or p.exists():
        return p
    alt = PROJECT_ROOT / p
    return alt if alt.exists() else p


def reports_dir() -> Path:
    """The folder reports and exported tables are written to (created on demand)."""
    REPORTS_DIR.mkdir(parents=True, exist_ok=True)
    return REPORTS_DIR


def _output(output_dir: str | os.PathLike | None) -> Path:
    return Path(output_dir) if output_dir else REPORTS_DIR


def tables_dir(output_dir: str | os.PathLike | None = None) -> Path:
    """Where notebooks save their tables as CSV: ``<output_dir or reports/>/tables`` (created)."""
    d = _output(output_dir) / TABLES_DIRNAME
    d.mkdir(parents=True, exist_ok=True)
    return d


def timeline_path(output_dir: str | os.PathLike | None = None) -> Path:
    """Where notebook 03 writes the timeline for TimelineJS: ``<output_dir or reports/>/timeline.json``."""
    return _output(output_dir) / TIMELINE_FILE
