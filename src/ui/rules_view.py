"""The rules behind a figure (stored as JSON by the store) as a small Chinese table for reviewers."""

from __future__ import annotations

import json

import pandas as pd

FIELD_ZH = {"indicator": "指标", "measure": "口径", "value": "数值", "status": "状态", "year": "年份",
            "period": "期间", "region": "地区", "qualifier": "限定"}
COLUMNS = ["字段", "规则", "依据"]


def rules_table(raw: object) -> pd.DataFrame:
    """Rows (字段, 规则, 依据) from the stored `rules`: a list of {field, rule, evidence}, or the older
    {field: explanation} form. Unreadable input gives an empty table, never an error."""
    try:
        data = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        data = None
    rows: list[list[str]] = []
    if isinstance(data, list):
        for r in data:
            if isinstance(r, dict):
                f = str(r.get("field", ""))
                rows.append([FIELD_ZH.get(f, f), str(r.get("rule", "")), str(r.get("evidence", ""))])
    elif isinstance(data, dict):
        rows = [[FIELD_ZH.get(str(k), str(k)), "", str(v)] for k, v in data.items()]
    return pd.DataFrame(rows, columns=COLUMNS)
