from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.corpus import run_twice


@pytest.fixture(scope="session")
def single(tmp_path_factory) -> tuple[dict, list[list[str]]]:
    """The reference: seeds + a generated corpus ingested in this process, reviewed, then changed."""
    return run_twice(Path(tmp_path_factory.mktemp("one")), 1)
