"""The review queue's sentences are cut from the stored text at the figure's sentence offsets."""

from __future__ import annotations

from src.store import queries
from src.store.db import connect


def test_queue_sentences_are_the_texts_slices(seed_db):
    q = queries.review_queue(seed_db, limit=1000)
    with connect(seed_db, read_only=True) as con:
        texts = dict(con.execute("SELECT doc_id, text FROM documents").fetchall())
        spans = {f: (s, e) for f, s, e in con.execute("SELECT figure_id, sentence_start, sentence_end FROM figures"
                                                       ).fetchall()}
    assert len(q) > 100 and q.doc_id.nunique() > 20
    non_ascii = 0
    for fid, doc_id, sentence in zip(q.figure_id, q.doc_id, q.sentence, strict=True):
        s, e = spans[fid]
        assert sentence == texts[doc_id][s:e]
        non_ascii += any(ord(c) > 127 for c in texts[doc_id][:s])
    assert non_ascii > 100, "offsets after Chinese text: characters, not bytes, are counted"


def test_the_queue_reads_only_its_own_documents_texts(seed_db, monkeypatch):
    """Publishing cuts the queue's sentences from the texts of the queue's documents only: a store
    whose texts come near DuckDB's memory limit still publishes a change (a join over every text
    ran out of memory at ~6,000 documents of 17,000 characters under the 512 MB limit, and each
    publish after it failed)."""
    from src.store import db as dbmod
    from src.store import snapshot

    with connect(seed_db) as con:
        # 8,000 documents of 4,500 characters (13 KB), 108 MB in all, no figures: never in the queue
        con.execute("INSERT INTO documents (doc_id, file, title, region, doc_type, text) "
                    "SELECT 'pad-' || i, 'pad-' || i || '.txt', 'pad', '西湖区', 'news', "
                    "i || repeat('填充文字，无数字。', 500) FROM range(8000) t(i)")
        snapshot.publish(con)
        (some,) = con.execute("SELECT doc_id FROM figures LIMIT 1").fetchone()
    monkeypatch.setattr(dbmod, "MEMORY_LIMIT", "80MB")
    with connect(seed_db) as con:
        assert snapshot.publish(con, docs=[some]) is not None  # a delta: one document re-published
    q = queries.review_queue(seed_db, limit=1000)
    assert len(q) > 100 and not q.doc_id.str.startswith("pad-").any()
    assert q.sentence.notna().all()
