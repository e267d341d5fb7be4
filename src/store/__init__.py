"""The store: an embedded DuckDB file of documents, figures and human reviews."""

from .db import DEFAULT_DB, StoreError, connect, db_path, ensure_db

__all__ = ["DEFAULT_DB", "StoreError", "connect", "db_path", "ensure_db"]
