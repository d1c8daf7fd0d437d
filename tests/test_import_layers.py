"""The package's layers, checked on its source: no import cycle between the top-level parts of
``chronique`` and no import up the layer order.

Every module under ``src/chronique`` is parsed with ``ast``; every import counts, those inside
functions and ``if TYPE_CHECKING:`` blocks too (a function-level import is still a dependency,
only a later one), and relative imports are resolved. A *component* is a top-level module or
sub-package (``chronique.extract.quotes.stage`` belongs to ``extract``; ``chronique/__init__.py``
is the component ``chronique``, the package's public facade).

Layers, bottom to top. A module may import from its own component and from lower layers. Two
components of one layer are independent: neither imports the other (``api`` and ``web`` meet only
in ``server``, through the corpus service). A new top-level module must be placed here.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = "chronique"
SOURCE = Path(__file__).resolve().parent.parent / "src" / PACKAGE

LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors",),
    ("paths", "extras", "regex_trie"),  # file locations; optional dependencies; many words as one pattern
    ("lang",),                    # what the library knows about French
    ("knowledge",),               # facts about the world (office holders...)
    ("timex",),                   # TIMEX3 values as intervals, and their French labels
    ("article",),                 # the data model
    ("nlp",),                     # loading spaCy (ingestion asks its vocabulary about words)
    ("ingest",),
    ("extract",),
    ("pipeline",),
    ("analysis",),
    (PACKAGE,),                   # the public facade: chronique.analyze, __version__
    ("store",),
    ("corpus",),                  # the service layer over the store
    ("cluster",),                 # analysis on Ray actors, feeding the corpus's one writer
    ("evaluate", "bench"),
    ("api", "web"),
    ("server",),                  # the one app that mounts both the API and the pages
    ("cli",),
)


@dataclass(frozen=True)
class Import:
    source: str   # importing module, dotted
    target: str   # imported module, dotted
    line: int

    def __str__(self) -> str:
        return f"{self.source}:{self.line} imports {self.target}"


# -- reading the source --------------------------------------------------------------------------
def module_names(root: Path, package: str) -> dict[str, Path]:
    """Dotted module name -> file, for every ``.py`` under ``root`` (the package folder)."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def imports_of(module: str, path: Path, modules: set[str], package: str) -> list[Import]:
    """The package-internal imports of one module, resolved to module names."""
    is_package = path.name == "__init__.py"
    here = module.split(".") if is_package else module.split(".")[:-1]  # the package it is in
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(here[: len(here) - node.level + 1] + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            # ``from pkg import name``: the submodule when ``name`` is one, else ``pkg`` itself
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
        else:
            continue
        for target in dict.fromkeys(targets):
            if target == package or target.startswith(package + "."):
                while target not in modules and "." in target:  # ``import pkg.mod.Class`` style
                    target = target.rsplit(".", 1)[0]
                out.append(Import(module, target, node.lineno))
    return out


def import_graph(root: Path = SOURCE, package: str = PACKAGE) -> list[Import]:
    modules = module_names(root, package)
    return [imp for name, path in modules.items() for imp in imports_of(name, path, set(modules), package)]


def component(module: str, package: str = PACKAGE) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else package


# -- the checks (pure functions of the graph) --------------------------------------------------------
def layer_violations(imports: list[Import], layers=LAYERS, package: str = PACKAGE) -> list[str]:
    """Imports that go up the order, between two components of one layer, or from or to a
    component no layer names."""
    rank = {name: i for i, layer in enumerate(layers) for name in layer}
    out = []
    for imp in imports:
        a, b = component(imp.source, package), component(imp.target, package)
        if a == b:
            continue
        if a not in rank or b not in rank:
            out.append(f"{imp}: {a if a not in rank else b!r} is in no layer")
        elif rank[b] > rank[a]:
            out.append(f"{imp}: {a} may not import {b}, a higher layer")
        elif rank[b] == rank[a]:
            out.append(f"{imp}: {a} and {b} share a layer and must not import each other")
    return out


def component_cycles(imports: list[Import], package: str = PACKAGE) -> list[list[str]]:
    """Cycles between components: each a list of the imports that close it (one per step)."""
    edges: dict[str, dict[str, Import]] = {}
    for imp in imports:
        a, b = component(imp.source, package), component(imp.target, package)
        if a != b:
            edges.setdefault(a, {}).setdefault(b, imp)
    # Tarjan's strongly connected components; every component of two or more nodes holds a cycle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, {}):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.add(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(edges):
        if node not in index:
            visit(node)
    cycles = []
    for group in groups:  # the shortest cycle through the group's first component, by breadth-first search
        start = min(group)
        came_from: dict[str, str] = {}
        frontier = [start]
        while frontier and start not in came_from:
            next_frontier = []
            for node in frontier:
                for nxt in sorted(edges.get(node, {})):
                    if nxt in group and nxt not in came_from:
                        came_from[nxt] = node
                        next_frontier.append(nxt)
            frontier = next_frontier
        path, node = [], start
        while True:
            prev = came_from[node]
            path.append(str(edges[prev][node]))
            node = prev
            if node == start:
                break
        cycles.append(path[::-1])
    return cycles


# -- the package -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def graph() -> list[Import]:
    imports = import_graph()
    assert len(imports) > 100, "the import graph looks empty: is SOURCE right?"
    return imports


def test_no_import_cycle_between_components(graph):
    cycles = component_cycles(graph)
    assert not cycles, "import cycles between parts of chronique:\n" + "\n\n".join("\n".join(c) for c in cycles)


def test_no_import_goes_up_the_layers(graph):
    bad = layer_violations(graph)
    assert not bad, f"{len(bad)} import(s) break the layer order:\n" + "\n".join(bad)


def test_every_layer_name_is_a_part_or_reserved():
    present = {component(name) for name in module_names(SOURCE, PACKAGE)}
    reserved = {"knowledge"}  # layers kept for parts that do not exist yet
    assert {name for layer in LAYERS for name in layer} - present <= reserved


# -- the checker itself ---------------------------------------------------------------------------------
def test_checker_reports_back_arrows_siblings_and_unknown_parts():
    layers = (("low",), ("mid_a", "mid_b"), ("high",))
    imports = [Import("pkg.high.x", "pkg.low", 1), Import("pkg.mid_a", "pkg.low.y", 2),   # fine
               Import("pkg.low.z", "pkg.high", 3),                                        # up
               Import("pkg.mid_a.w", "pkg.mid_b", 4),                                     # sibling
               Import("pkg.high", "pkg.stray", 5),                                        # unplaced
               Import("pkg.low.a", "pkg.low.b", 6)]                                       # inside
    bad = layer_violations(imports, layers, package="pkg")
    assert len(bad) == 3
    assert "pkg.low.z:3 imports pkg.high: low may not import high" in bad[0]
    assert "share a layer" in bad[1] and "'stray' is in no layer" in bad[2]


def test_checker_finds_a_cycle_hidden_in_function_level_imports(tmp_path):
    """The cycle this test was written for: extract -> extract.quotes -> baseline -> pipeline -> extract,
    its last two steps inside functions, the middle ones relative."""
    pkg = tmp_path / "pkg"
    for folder in (pkg, pkg / "extract", pkg / "extract" / "quotes"):
        folder.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "extract" / "__init__.py").write_text("from .quotes import Stage\n")
    (pkg / "extract" / "quotes" / "__init__.py").write_text("from .baseline import Stage\n")
    (pkg / "extract" / "quotes" / "baseline.py").write_text(
        "class Stage:\n    pass\n\ndef pipeline():\n    from ...pipeline import Pipeline\n    return Pipeline\n")
    (pkg / "pipeline.py").write_text("def stages():\n    from . import extract\n    return extract\n")
    imports = import_graph(pkg, "pkg")
    assert Import("pkg.extract.quotes.baseline", "pkg.pipeline", 5) in imports
    assert Import("pkg.pipeline", "pkg.extract", 2) in imports
    (cycle,) = component_cycles(imports, package="pkg")
    assert cycle == ["pkg.extract.quotes.baseline:5 imports pkg.pipeline", "pkg.pipeline:2 imports pkg.extract"]
    bad = layer_violations(imports, (("extract",), ("pipeline",)), package="pkg")
    assert bad == ["pkg.extract.quotes.baseline:5 imports pkg.pipeline: extract may not import pipeline, "
                   "a higher layer"]
