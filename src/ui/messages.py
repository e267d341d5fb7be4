"""User-facing messages in Simplified Chinese, keyed by code."""

MESSAGES = {
    "no_db": "首次启动：正在用 seeds/ 中的文件建立数据库……",
    "seeding": "首次启动：正在建立数据库，已处理 {done} / {total} 份文件",
    "db_busy": "数据库正被其他进程写入，请稍后刷新页面。",
    "db_error": "无法读取数据库：{detail}",
    "no_data": "当前筛选条件下没有数据。请放宽年份、地区或指标条件，或在「导入」页添加文件。",
    "empty_store": "数据库中还没有文件。请在「导入」页上传文件，或运行 python -m src.ingest 文件夹。",
    "bad_param": "链接参数 {name}={value} 无效，已改用默认值。",
    "pick_point": "点击图中的点，下方即显示它在原文中的句子；点击表格中的行，打开原文。",
    "no_doc": "找不到该文件（doc={doc}）。请从其他页面的图表或表格进入原文。",
    "no_figure": "该文件中找不到指定的数据点（figure={figure}），已显示全文。",
    "review_saved": "已保存审核：{action}",
    "review_error": "审核未保存：{detail}",
    "queue_empty": "没有待审核的数据。",
    "upload_refused": "文件未导入：{detail}",
    "upload_saved": "已导入 {name}：{figures} 条数据。",
    "upload_unchanged": "{name} 已在数据库中，内容未变。",
    "upload_preview": "预览：从文件中读出 {n} 条数据（尚未保存）。",
    "no_targets": "该地区和年份没有目标数据。",
}


def msg(code: str, **kw: object) -> str:
    return MESSAGES[code].format(**kw)
