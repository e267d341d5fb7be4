"""One meaning of "ingest": the store imports nothing from the pipeline, and no import cycle remains."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

SRC = ROOT / "src"


def modules() -> list[str]:
    out = []
    for f in sorted(SRC.rglob("*.py")):
        parts = f.relative_to(ROOT).with_suffix("").parts
        out.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return out


def imports_of(f: Path, root: Path = ROOT) -> set[str]:
    """Every module a file imports, at any depth (function-level imports included), made absolute."""
    pkg = ".".join(f.relative_to(root).parts[:-1])
    found: set[str] = set()
    for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")[: len(pkg.split(".")) - node.level + 1]
                mod = ".".join([*base, node.module] if node.module else base)
            else:
                mod = node.module or ""
            found.add(mod)
            found.update(f"{mod}.{a.name}" for a in node.names)
    return {m for m in found if m == "src" or m.startswith("src.")}


def package_of(mod: str) -> str:
    return ".".join(mod.split(".")[:2])


def test_the_store_imports_nothing_from_ingest():
    offenders = {str(f.relative_to(ROOT)): sorted(m for m in imports_of(f) if m.startswith("src.ingest"))
                 for f in (SRC / "store").rglob("*.py")}
    assert not {k: v for k, v in offenders.items() if v}


def test_the_import_scanner_sees_relative_and_nested_imports(tmp_path):
    pkg = tmp_path / "src" / "store"
    pkg.mkdir(parents=True)
    f = pkg / "x.py"
    f.write_text("from ..ingest import seed\ndef g():\n    from src.ingest.plan import Job\n    import src.extract\n")
    got = imports_of(f, tmp_path)
    assert {"src.ingest", "src.ingest.seed", "src.ingest.plan", "src.extract"} <= got, got


def test_packages_form_no_cycle():
    """src.extract <- src.store <- src.ingest <- src.ui …: the package graph (every import, at any
    depth) has no cycle."""
    graph: dict[str, set[str]] = {}
    for f in SRC.rglob("*.py"):
        mod = ".".join(f.relative_to(ROOT).with_suffix("").parts)
        me = package_of(mod)
        graph.setdefault(me, set()).update(package_of(m) for m in imports_of(f) if package_of(m) not in (me, "src"))
    state: dict[str, int] = {}

    def visit(n: str, path: list[str]) -> None:
        state[n] = 1
        for m in sorted(graph.get(n, ())):
            assert state.get(m) != 1, f"import cycle: {' -> '.join([*path, m])}"
            if m not in state:
                visit(m, [*path, m])
        state[n] = 2

    for n in sorted(graph):
        if n not in state:
            visit(n, [n])
    assert "src.ingest" in graph["src.ui"] and "src.store" in graph["src.ingest"]


ALONE = """
import importlib, sys
bad = []
for mod in sys.argv[1:]:
    for name in [m for m in sys.modules if m == "src" or m.startswith("src.")]:
        del sys.modules[name]
    try:
        importlib.import_module(mod)
    except Exception as e:
        bad.append(f"{mod}: {type(e).__name__}: {e}")
    if mod.startswith("src.store"):
        leaked = sorted(m for m in sys.modules if m.startswith("src.ingest"))
        if leaked:
            bad.append(f"{mod} pulled in {leaked}")
print("\\n".join(bad))
"""


def test_every_module_imports_alone():
    """Each module of src/ imported first, in a fresh module table: an import cycle shows up as a
    partially initialised module for one of them."""
    mods = modules()
    assert len(mods) > 30
    r = subprocess.run([sys.executable, "-c", ALONE, *mods], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ""
