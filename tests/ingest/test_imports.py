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


def import_time_imports(f: Path, root: Path = ROOT) -> set[str]:
    """The modules a file imports while it is being imported: module and class bodies, not function
    bodies (a lazy import cannot form a cycle) and not `if TYPE_CHECKING:` blocks."""
    pkg = ".".join(f.relative_to(root).parts[:-1])
    found: set[str] = set()

    def walk(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                walk(node.orelse)
                continue
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = pkg.split(".")[: len(pkg.split(".")) - node.level + 1] if node.level else []
                mod = ".".join([*base, node.module] if node.module else base) if node.level else node.module or ""
                found.add(mod)
                found.update(f"{mod}.{a.name}" for a in node.names)
            for field in ("body", "orelse", "finalbody"):
                inner = getattr(node, field, None)
                if isinstance(inner, list) and inner and isinstance(inner[0], ast.stmt):
                    walk(inner)
            for h in getattr(node, "handlers", []):
                walk(h.body)

    walk(ast.parse(f.read_text(encoding="utf-8")).body)
    return {m for m in found if m == "src" or m.startswith("src.")}


def test_no_import_cycle_between_modules():
    """The module graph of import-time imports (a module also runs its parent packages' __init__) is acyclic."""
    mods = set(modules())
    files = {m: (SRC.parent / Path(*m.split("."))) for m in mods}
    graph: dict[str, set[str]] = {}
    for m, base in files.items():
        f = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
        deps: set[str] = set()
        for name in import_time_imports(f):
            parts = name.split(".")
            target = next((".".join(parts[:k]) for k in range(len(parts), 0, -1) if ".".join(parts[:k]) in mods), None)
            if target:
                tp = target.split(".")
                deps.update(".".join(tp[:k]) for k in range(1, len(tp) + 1))
        deps.discard(m)
        graph[m] = {d for d in deps if not m.startswith(d + ".")}  # a module's own packages are already running
    state: dict[str, int] = {}

    def visit(n: str, path: list[str]) -> None:
        state[n] = 1
        for d in sorted(graph.get(n, ())):
            assert state.get(d) != 1, f"import cycle: {' -> '.join([*path, d])}"
            if d not in state:
                visit(d, [*path, d])
        state[n] = 2

    for n in sorted(graph):
        if n not in state:
            visit(n, [n])
    assert "src.store.writes" in graph["src.ingest.pipeline"]


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
