"""The words of the report's interface in the plan's language: English, 简体 or 繁體.

Why it exists: a reviewer of a Chinese plan reads Chinese, and a page whose buttons, legend and
table headings are in English beside a Chinese text is harder to review.  Every word the report
shows — in its templates and in the few strings its script writes — comes from the table of the
plan's language here, so no template holds a literal English word, and a missing translation is
a ``KeyError`` at render time (the templates use ``StrictUndefined``) rather than a silent gap.

Strings with ``{name}`` fields are filled with :meth:`str.format` in the templates or, for the
script, by replacing ``{shown}``/``{total}`` in JavaScript.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["STATUS_ORDER", "labels", "ui_language"]

#: Review statuses in the order the legend shows them: from "nothing to check" to "must fix".
#: ``translated`` and ``local`` are styled even where the resolver does not produce them.
STATUS_ORDER: tuple[str, ...] = (
    "exact",
    "alias",
    "translated",
    "local",
    "fuzzy",
    "ambiguous",
    "unresolved",
)

_EN: dict[str, str] = {
    "items": "items",
    "departments": "departments",
    "pairs": "pairs working together",
    "diagnostics": "diagnostics",
    "errors_warnings": "{errors} errors, {warnings} warnings",
    "department": "Department",
    "all_departments": "All departments ({n})",
    "dept_option": "{label} — leads {led}, joins {joined}",
    "role": "Role",
    "role_any": "leads or takes part",
    "role_lead": "leads",
    "role_participant": "takes part",
    "needs_review": "Needs review",
    "shown": "{shown} of {total} items",
    "lead": "lead",
    "participant": "participant",
    "clause": "responsibility clause",
    "status_legend": "Match:",
    "status_exact": "exact",
    "status_alias": "alias",
    "status_translated": "translated",
    "status_local": "local unit",
    "status_fuzzy": "fuzzy",
    "status_ambiguous": "ambiguous",
    "status_unresolved": "unresolved",
    "source_text": "Source text",
    "source_unavailable": (
        "The source text is not available (the plan was loaded from JSON and its text file was "
        "not found or has changed); see the items below."
    ),
    "workload": "Workload: items led",
    "workload_and": "and joined",
    "network": "Who works with whom",
    "network_note": (
        "A line joins two departments named on the same item (thicker: more items). Node size: "
        "items named on; colour: mostly leads"
    ),
    "network_note_or": "or mostly takes part",
    "network_note_click": "Click a department to filter.",
    "items_heading": "Items",
    "col_number": "#",
    "col_section": "§",
    "col_task": "task",
    "col_mode": "mode",
    "col_lead": "lead",
    "col_participants": "participants",
    "col_deadline": "deadline",
    "col_review": "review",
    "others": "+ others",
    "flag_inferred": "inferred",
    "flag_no_clause": "no clause",
    "flag_fuzzy": "fuzzy match",
    "flag_ambiguous": "ambiguous",
    "flag_unresolved": "unknown department",
    "flag_error": "error",
    "flag_warning": "warning",
    "matrix_heading": "Departments × items",
    "matrix_note": "● leads, ○ takes part; a column per item, a row per department.",
    "matrix_too_big": "The matrix is left out: {cells} cells are too many for one page.",
    "col_department": "department",
    "col_led": "led",
    "col_joined": "joined",
    "diagnostics_heading": "Diagnostics",
    "diagnostics_summary": "{errors} errors, {warnings} warnings, {infos} notes",
    "no_diagnostics": "No diagnostics: nothing was found to check.",
    "col_severity": "severity",
    "col_code": "code",
    "col_message": "message",
    "col_item": "item",
    "col_where": "where",
    "severity_error": "error",
    "severity_warning": "warning",
    "severity_info": "note",
    "item_n": "item {n}",
    "line_col": "line {line}, col {column}",
    "card_written": "written",
    "card_status": "match",
    "card_score": "score",
    "card_matched": "matched",
    "card_runner_up": "runner-up",
    "card_candidates": "candidates",
    "card_out_of_period": "did not exist at the plan's date",
}

_ZH: dict[str, str] = {
    "items": "任务",
    "departments": "部门",
    "pairs": "协作部门对",
    "diagnostics": "诊断",
    "errors_warnings": "{errors} 个错误，{warnings} 个警告",
    "department": "部门",
    "all_departments": "全部部门（{n}）",
    "dept_option": "{label} — 牵头 {led}，参与 {joined}",
    "role": "角色",
    "role_any": "牵头或参与",
    "role_lead": "牵头",
    "role_participant": "参与",
    "needs_review": "需复核",
    "shown": "显示 {shown} / {total} 项",
    "lead": "牵头",
    "participant": "参与",
    "clause": "责任分工",
    "status_legend": "匹配：",
    "status_exact": "精确",
    "status_alias": "别名",
    "status_translated": "译名",
    "status_local": "地方单位",
    "status_fuzzy": "模糊匹配",
    "status_ambiguous": "有歧义",
    "status_unresolved": "未识别",
    "source_text": "原文",
    "source_unavailable": (
        "原文不可用（方案从 JSON 读入，其文本文件未找到或已改动）；请看下方任务表。"
    ),
    "workload": "工作量：牵头",
    "workload_and": "与参与",
    "network": "部门协作关系",
    "network_note": (
        "两个部门出现在同一项任务中即连线（越粗任务越多）。圆点大小：任务数；颜色：多为牵头"
    ),
    "network_note_or": "或多为参与",
    "network_note_click": "点击部门可筛选。",
    "items_heading": "任务",
    "col_number": "序号",
    "col_section": "章节",
    "col_task": "任务",
    "col_mode": "方式",
    "col_lead": "牵头",
    "col_participants": "参与",
    "col_deadline": "时限",
    "col_review": "复核",
    "others": "等",
    "flag_inferred": "推断",
    "flag_no_clause": "无分工",
    "flag_fuzzy": "模糊匹配",
    "flag_ambiguous": "有歧义",
    "flag_unresolved": "未识别部门",
    "flag_error": "错误",
    "flag_warning": "警告",
    "matrix_heading": "部门 × 任务",
    "matrix_note": "● 牵头，○ 参与；每列一项任务，每行一个部门。",
    "matrix_too_big": "矩阵从略：{cells} 个单元格，一页放不下。",
    "col_department": "部门",
    "col_led": "牵头",
    "col_joined": "参与",
    "diagnostics_heading": "诊断",
    "diagnostics_summary": "{errors} 个错误，{warnings} 个警告，{infos} 条提示",
    "no_diagnostics": "无诊断：没有需要检查的问题。",
    "col_severity": "级别",
    "col_code": "代码",
    "col_message": "说明",
    "col_item": "任务",
    "col_where": "位置",
    "severity_error": "错误",
    "severity_warning": "警告",
    "severity_info": "提示",
    "item_n": "第 {n} 项",
    "line_col": "第 {line} 行第 {column} 列",
    "card_written": "原文",
    "card_status": "匹配",
    "card_score": "得分",
    "card_matched": "匹配名称",
    "card_runner_up": "次优",
    "card_candidates": "候选",
    "card_out_of_period": "方案日期时该部门尚不存在或已撤销",
}


@functools.cache
def _zh_hant() -> dict[str, str]:
    """The simplified table converted to 繁體 (zhconv, a core dependency), once per process."""
    from zhconv_rs import zhconv

    return {key: str(zhconv(value, "zh-Hant")) for key, value in _ZH.items()}


def ui_language(language: str | None) -> str:
    """The interface language for a plan's ``language``: ``zh``, ``zh-Hant`` or ``en``."""
    if language == "zh-Hant":
        return "zh-Hant"
    if language and language.startswith("zh"):
        return "zh"
    return "en"


def labels(language: str | None) -> Mapping[str, str]:
    """The interface words for a plan in ``language`` (read-only, shared: built once)."""
    return _table(ui_language(language))


@functools.cache
def _table(ui: str) -> Mapping[str, str]:
    return MappingProxyType(_zh_hant() if ui == "zh-Hant" else _ZH if ui == "zh" else _EN)
