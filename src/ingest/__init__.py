"""Ingestion: files (txt, html, pdf, docx) -> documents and figures in the store."""
