"""The name rules against their look-alikes (``entity_lookalikes.py``): every kept expectation holds."""
import pytest

from entity_lookalikes import LOOKALIKES
from helpers.text.entities import extract_entities


@pytest.mark.parametrize("text,expected", LOOKALIKES, ids=[t[:40] for t, _ in LOOKALIKES])
def test_name_rule_lookalike(text, expected):
    df = extract_entities(text)
    ents = list(zip(df["text"], df["label"]))
    for name, want in expected.items():
        labels = [label for t, label in ents if t == name]
        if want.startswith("!"):
            assert want[1:] not in labels, (name, ents)
        else:
            assert labels and all(label in want.split("|") for label in labels), (name, want, ents)
