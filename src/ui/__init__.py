"""Streamlit-facing helpers: cached data access, URLs, messages and the one document renderer."""
