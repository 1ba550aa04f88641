"""Grouping helpers shared by the corpus-level tables: one union-find.

Limits: items must be hashable; groups come back in the order their first item was given.
"""
from __future__ import annotations

from collections import defaultdict


class Groups:
    """Union-find over hashable items (path halving): ``union(a, b)``, ``find(x)``, ``groups()``."""

    def __init__(self, items):
        self.parent = {i: i for i in items}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list]:
        out = defaultdict(list)
        for i in self.parent:
            out[self.find(i)].append(i)
        return list(out.values())
