"""Run the safety-net checks over extracted figures and count the flags.

python tools/flag_report.py [MANIFEST …] [--sample N] [--code CODE]

Default manifests: the seeds and the Shenzhen corpus (../shared/corpus/shenzhen). Prints, per set,
figures, flagged figures and flags by code; with --sample N, N flagged figures (code, figure,
reason, quote) to read and judge by hand.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from src.extract.checks import check_figures  # noqa: E402
from src.extract.runner import extract_manifest  # noqa: E402

SHARED = next((d / "shared" for d in (ROOT.parent, ROOT.parent.parent) if (d / "shared").is_dir()), ROOT.parent / "shared")
DEFAULT = [ROOT / "seeds/manifest.csv", SHARED / "corpus/shenzhen/manifest.csv"]


def report(manifest: Path, sample: int, code: str | None) -> None:
    rows: list[dict[str, object]] = []
    for doc, figs in extract_manifest(manifest):
        rows += [dict(f.to_dict(), id=f"{doc}#{i}") for i, f in enumerate(figs)]
    flags = check_figures(rows)
    by_code = Counter(f.code for v in flags.values() for f in v)
    print(f"{manifest}: {len(rows)} figures, {len(flags)} flagged, {sum(by_code.values())} flags: {dict(by_code)}")
    if not sample:
        return
    byid = {str(r["id"]): r for r in rows}
    items = [(k, f) for k, v in flags.items() for f in v if code is None or f.code == code]
    for k, f in random.Random(0).sample(items, min(sample, len(items))):
        r = byid[k]
        print(f"  {f.code:<15} {k:<40} {r['indicator']} {r['measure']} {r['value']}{r['unit']}")
        print(f"    理由: {f.reason}")
        print(f"    原文: {str(r['quote'])[:90]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("manifests", nargs="*", type=Path)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--code")
    a = ap.parse_args()
    for m in a.manifests or DEFAULT:
        if m.exists():
            report(m, a.sample, a.code)
        else:
            print(f"{m}: not found")


if __name__ == "__main__":
    main()
