"""Extraction: Chinese government documents -> figures that point back to their source."""

from .pipeline import extract_document, extract_text
from .records import DocMeta, Figure, Measure, Qualifier, Status
from .runner import extract_file, extract_manifest

__all__ = [
    "DocMeta", "Figure", "Measure", "Qualifier", "Status",
    "extract_document", "extract_file", "extract_manifest", "extract_text",
]
