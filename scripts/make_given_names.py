"""Build ``src/helpers/text/given_names.json``: English given names read as male or female.

Source: the first-name lists of Faker (MIT licence, https://github.com/joke2k/faker), providers
``person/en``, ``en_US``, ``en_GB``, ``en_IE`` and ``en_IN``. A name found in both the male and the female
lists (Jordan, Taylor, Leslie) is dropped: it says nothing of sex. Run once, by hand, on a Faker wheel
(no install needed, nothing is imported from it):

    pip download faker==33.1.0 --no-deps -d /tmp/fk
    python scripts/make_given_names.py /tmp/fk/Faker-33.1.0-py3-none-any.whl
"""
from __future__ import annotations

import ast
import json
import sys
import zipfile
from pathlib import Path

LOCALES = ("en", "en_US", "en_GB", "en_IE", "en_IN")
OUT = Path(__file__).resolve().parents[1] / "src" / "helpers" / "text" / "given_names.json"


def _lists(source: str) -> dict[str, list[str]]:
    """The ``first_names_male`` / ``first_names_female`` literals of a provider module (tuples, lists,
    dicts or ``OrderedDict((name, weight), ...)``)."""
    out = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and node.targets[0].id in ("first_names_male", "first_names_female"):
            value = node.value
            if isinstance(value, ast.Call):
                value = value.args[0]
            names = ast.literal_eval(value)
            out[node.targets[0].id] = [n if isinstance(n, str) else n[0] for n in names]
    return out


def main(wheel: str) -> None:
    male, female = set(), set()
    with zipfile.ZipFile(wheel) as z:
        version = Path(wheel).name.split("-")[1]
        for loc in LOCALES:
            found = _lists(z.read(f"faker/providers/person/{loc}/__init__.py").decode("utf-8"))
            male.update(n.lower() for n in found.get("first_names_male", []))
            female.update(n.lower() for n in found.get("first_names_female", []))
    both = male & female
    data = {"source": f"Faker {version} (MIT licence), person providers {', '.join(LOCALES)}; "
                      f"{len(both)} names in both lists dropped",
            "male": sorted(n for n in male - both if len(n) > 1 and n.isalpha()),
            "female": sorted(n for n in female - both if len(n) > 1 and n.isalpha())}
    OUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['male'])} male, {len(data['female'])} female, {len(both)} in both dropped")


if __name__ == "__main__":
    main(sys.argv[1])
