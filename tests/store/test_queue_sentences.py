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
