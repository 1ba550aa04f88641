"""The package's layers hold: report -> corpus -> text -> config, and no two modules import each other.

Imports inside functions count: a cycle hidden in a function is still a cycle.
"""
import ast
import os
from pathlib import Path

from conftest import ROOT

SRC = ROOT / "src"


def _imports(pkg: str = "helpers") -> dict[str, set[str]]:
    """Module -> the package modules it imports (anywhere in the file), read from the source with ast."""
    mods = {}
    for f in (SRC / pkg).rglob("*.py"):
        parts = f.relative_to(SRC).with_suffix("").parts
        mods[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = f
    edges = {m: set() for m in mods}
    for m, f in mods.items():
        is_pkg = f.name == "__init__.py"
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = m.split(".") if is_pkg else m.split(".")[:-1]
                    base = ".".join(base[: len(base) - node.level + 1] + ([node.module] if node.module else []))
                else:
                    base = node.module or ""
                names = [base] + [f"{base}.{a.name}" for a in node.names]
            else:
                continue
            for n in names:
                while n and n not in mods:
                    n = n.rpartition(".")[0]
                if n and n != m and n != pkg:  # the root's lazy re-exports are the public API, not a layer
                    edges[m].add(n)
    return edges


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1 or v in edges[v]:
                out.append(sorted(comp))

    for v in edges:
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles():
    edges = _imports()
    assert len(edges) > 20, "the package's modules were not found"
    assert _cycles(edges) == []


def test_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b"]]


def test_text_level_never_imports_corpus_or_report():
    edges = _imports()
    bad = {m: sorted(t for t in ts if t.startswith(("helpers.corpus", "helpers.report")))
           for m, ts in edges.items() if m.startswith("helpers.text")}
    assert not any(bad.values()), bad
    bad = {m: sorted(t for t in ts if t.startswith("helpers.report"))
           for m, ts in edges.items() if m.startswith("helpers.corpus")}
    assert not any(bad.values()), bad


def test_import_linter_layers_contract():
    """The contract in pyproject.toml, checked by import-linter (grimp counts imports inside functions too)."""
    from importlinter.cli import lint_imports

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0
    finally:
        os.chdir(cwd)
