"""Extraction: Chinese government documents -> figures that point back to their source.

The pipeline (jieba, cn2an: seconds to import) loads on first use, so that a dashboard page that
only needs `src.extract.resources` (names, colours, the catalog) starts quickly.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .records import DocMeta, Figure, Measure, Qualifier, Status

if TYPE_CHECKING:
    from .pipeline import extract_document, extract_text
    from .runner import extract_file, extract_manifest

_LAZY = {"extract_document": ".pipeline", "extract_text": ".pipeline", "extract_file": ".runner",
         "extract_manifest": ".runner"}

__all__ = [
    "DocMeta", "Figure", "Measure", "Qualifier", "Status",
    "extract_document", "extract_file", "extract_manifest", "extract_text",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
