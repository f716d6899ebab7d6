"""The papers of congress proposals (职代会提案), formatted from the frozen values of
desktop.domain.proposals.printing (which decides what is printed and records the print): 提案表
(filled or blank), 立案通知书 / 不立案说明, 提案交办单, 提案答复单, the session's 提案汇总表 (also as
.docx) and 提案办理情况报告 (an official-style report on the GB/T 9704 grid, also as .docx)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.documents.shared.fonts import register_fonts
from desktop.documents.shared.form_cells import CELL, LABEL, PLAIN, RIGHT, TEXT, boxes, form_grid, para
from desktop.documents.shared.grid import GridColumn, GridStyle, GridTable
from desktop.documents.shared.notice import Notice, notice_pdf
from desktop.documents.shared.page import FORM, TABLE_LANDSCAPE, CaptionLine, Furniture, SignatureLine, Title, render
from desktop.documents.shared.text import blank_date, chinese_date
from desktop.domain.proposals.printing import ANSWER, ASSIGN, DECISION, FORM as FORM_PAPER
from desktop.domain.proposals.printing import ProposalPaper, ReportLine, SessionReport

CATEGORIES_ZH = ("生产经营", "劳动保护", "工资福利", "生活后勤", "民主管理", "其他")
DECISIONS_ZH = ("立案", "不立案", "转为意见建议", "并案")
VERDICTS_ZH = ("满意", "基本满意", "不满意")
HALVES = (0.16, 0.34, 0.16, 0.34)
CAPTION = CELL


def _title(paper: ProposalPaper, kind: str) -> str:
    if kind == DECISION:
        return "提案立案通知书" if paper.decision == "立案" else "提案不予立案说明" if paper.decision == "不立案" \
            else f"提案审查结果通知（{paper.decision}）"
    return {FORM_PAPER: "职工代表大会提案表", ASSIGN: "提案交办单", ANSWER: "提案答复单"}[kind]


def _head(paper: ProposalPaper) -> list[list]:
    return [[para("案　　由", LABEL), para(paper.title), "", ""],
            [para("领衔人", LABEL), para(paper.lead), para("所在部门", LABEL), para(paper.lead_department)],
            [para("附议人", LABEL), para(paper.seconders), "", ""]]


def _form(paper: ProposalPaper) -> list[Flowable]:
    rows = _head(paper) + [
        [para("类　　别", LABEL), para(boxes(CATEGORIES_ZH, paper.category)), "", ""],
        [para("提交日期", LABEL), para(chinese_date(paper.submitted_on) if paper.submitted_on else blank_date()),
         para("编　　号", LABEL), para(paper.number)],
        [para("理　　由", LABEL), para(paper.reason), "", ""],
        [para("建议办法", LABEL), para(paper.measures), "", ""],
        [para("提案工作委员会审查意见", LABEL),
         para(boxes(DECISIONS_ZH, paper.decision) + "\n" + (paper.decision_text or "") +
              "\n\n负责人：　　　　　　　　" + (chinese_date(paper.decided_on) if paper.decided_on else blank_date())),
         "", ""],
    ]
    spans = [((1, r), (3, r)) for r in (0, 2, 3, 5, 6, 7)]
    return [CaptionLine([f"会议：{paper.session_name}", f"编号：{paper.number or '　　　　'}"]),
            form_grid(rows, HALVES, spans, heights=[None] * 5 + [62 * mm, 62 * mm, 34 * mm], top_rows=(5, 6, 7)),
            Spacer(0, 3 * mm),
            para("填写说明：一事一案；领衔人须为职工代表，附议人按本次会议规定人数签名；理由写明事实和依据，"
                 "建议办法具体可行。", PLAIN),
            SignatureLine([("领衔人（签名）", ""), ("附议人（签名）", ""), ("日期", blank_date())])]


def _decision(paper: ProposalPaper) -> list[Flowable]:
    text = f"你（领衔）提出的第 {paper.number} 号提案《{paper.title}》，经提案工作委员会于{chinese_date(paper.decided_on)}审查，"
    if paper.decision == "立案":
        text += "决定立案"
        text += f"，交由{paper.department}办理。" if paper.department else "，将交有关部门办理。"
        follow = "承办部门将在规定期限内书面答复，请对办理结果提出意见。"
    elif paper.decision == "并案":
        text += f"决定与第 {paper.merged_into} 号提案并案办理。"
        follow = "办理结果将随该提案一并答复。"
    else:
        reason = paper.decision_text.rstrip("。")
        text += ("决定不予立案" if paper.decision == "不立案" else "决定转为意见建议，交有关部门研究处理") + \
            (f"，理由：{reason}。" if reason else "。")
        follow = "感谢你对企业发展和职工权益的关心。"
    return [para(f"{paper.lead}代表：", PLAIN), Spacer(0, 2 * mm), para(text, TEXT), para(follow, TEXT),
            Spacer(0, 20 * mm), para(f"{paper.union_name}\n提案工作委员会", RIGHT),
            para(chinese_date(paper.decided_on), RIGHT)]


def _assign(paper: ProposalPaper) -> list[Flowable]:
    rows = _head(paper) + [
        [para("承办部门", LABEL), para(paper.department), para("交办日期", LABEL), para(chinese_date(paper.assigned_on))],
        [para("答复期限", LABEL), para(chinese_date(paper.due_on)), para("编　　号", LABEL), para(paper.number)],
        [para("提案内容", LABEL), para(f"理由：{paper.reason}\n\n建议办法：{paper.measures}"), "", ""],
        [para("交办意见", LABEL), para("请认真研究办理，于答复期限前书面答复提案人，并抄送提案工作委员会。"), "", ""],
    ]
    spans = [((1, r), (3, r)) for r in (0, 2, 5, 6)]
    return [CaptionLine([f"会议：{paper.session_name}"]),
            form_grid(rows, HALVES, spans, heights=[None] * 5 + [90 * mm, 26 * mm], top_rows=(5,)),
            SignatureLine([("交办人", ""), ("承办部门签收", ""), ("日期", blank_date())])]


def _answer(paper: ProposalPaper) -> list[Flowable]:
    rows = _head(paper) + [
        [para("承办部门", LABEL), para(paper.department), para("答复日期", LABEL), para(chinese_date(paper.answered_on))],
        [para("答复内容", LABEL), para(paper.answer), "", ""],
        [para("提案人意见", LABEL), para(boxes(VERDICTS_ZH, paper.satisfaction) +
                                        "\n\n提案人（签名）：　　　　　　　　　　" + blank_date()), "", ""],
    ]
    spans = [((1, r), (3, r)) for r in (0, 2, 4, 5)]
    return [CaptionLine([f"会议：{paper.session_name}", f"编号：{paper.number}"]),
            form_grid(rows, HALVES, spans, heights=[None] * 4 + [110 * mm, 30 * mm], top_rows=(4,)),
            para("提案人对答复不满意的，承办部门应再次研究办理并重新答复（以一次为限）。", PLAIN),
            SignatureLine([("承办部门负责人", ""), ("经办人", "")])]


_STORIES = {FORM_PAPER: _form, DECISION: _decision, ASSIGN: _assign, ANSWER: _answer}


def proposal_paper_pdf(paper: ProposalPaper, kind: str) -> bytes:
    register_fonts()
    title = _title(paper, kind)
    story = [Title(title, size=20, space_after=4 * mm), *_STORIES[kind](paper)]
    return render(story, FORM, Furniture.of_union(paper.union_name, title, f"{title} {paper.number}".strip()))


# -- the session's register and report -------------------------------------------------------------

REGISTER_COLUMNS = (
    GridColumn("编号", 18 * mm, nowrap=True), GridColumn("案由", 70 * mm), GridColumn("领衔人", 16 * mm),
    GridColumn("附议", 10 * mm, "right", nowrap=True), GridColumn("类别", 16 * mm), GridColumn("审查", 18 * mm),
    GridColumn("承办部门", 24 * mm), GridColumn("答复期限", 20 * mm, nowrap=True),
    GridColumn("答复日期", 20 * mm, nowrap=True), GridColumn("按时", 10 * mm, "center", nowrap=True),
    GridColumn("满意度", 16 * mm), GridColumn("进度", 16 * mm))


def _register_rows(report: SessionReport) -> list[tuple[str, ...]]:
    return [(r.number, r.title, r.lead, str(r.seconders), r.category, r.decision, r.department,
             r.due_on.isoformat() if r.due_on else "", r.answered_on.isoformat() if r.answered_on else "",
             r.in_time, r.satisfaction, r.stage) for r in report.register]


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value}%"


def _figures(report: SessionReport) -> str:
    decisions = "，".join(f"{k} {n} 件" for k, n in report.decisions)
    verdicts = "，".join(f"{k} {n} 件" for k, n in report.verdicts if n)
    return (f"共收到提案 {report.total} 件（{decisions}）；已答复 {report.answered} 件，其中按时答复 "
            f"{report.answered_in_time} 件，按时答复率 {_percent(report.in_time_percent)}；提案人意见：{verdicts or '暂无'}，"
            f"满意率（含基本满意）{_percent(report.satisfied_percent)}；已办结 {report.closed} 件。")


def summary_pdf(report: SessionReport) -> bytes:
    """提案汇总表: every proposal of the session with its handling, the figures underneath."""
    register_fonts()
    title = f"{report.session_name}提案汇总表"
    story = [Title(title, size=18, space_after=3 * mm),
             CaptionLine([f"填报单位：{report.union_name}", f"共 {report.total} 件"]),
             para(_figures(report), CAPTION), Spacer(0, 2 * mm),
             GridTable(REGISTER_COLUMNS, _register_rows(report), GridStyle(size=9, leading=11),
                       tail=SignatureLine([("制表人", ""), ("审核人", ""), ("日期", blank_date())]))]
    return render(story, TABLE_LANDSCAPE, Furniture.of_union(report.union_name, title))


def summary_docx(report: SessionReport) -> bytes:
    from desktop.documents.shared.word import WordTable, grid_word_columns, table_docx
    title = f"{report.session_name}提案汇总表"
    return table_docx(WordTable(report.union_name, title, (f"填报单位：{report.union_name}　　共 {report.total} 件",
                                                           _figures(report)),
                                grid_word_columns(REGISTER_COLUMNS), tuple(_register_rows(report)), landscape=True))


def _share_text(line: ReportLine) -> str:
    in_time = _percent(None if not line.answered else round(100.0 * line.in_time / line.answered, 1))
    satisfied = _percent(None if not line.verdicts else round(100.0 * line.satisfied / line.verdicts, 1))
    return (f"{line.label}：{line.total} 件，立案 {line.accepted} 件，已答复 {line.answered} 件，"
            f"按时答复率 {in_time}，满意率 {satisfied}。")


def report_notice(report: SessionReport) -> Notice:
    """提案办理情况报告 as an official-style document (to the next congress)."""
    categories = [_share_text(x) for x in report.by_category if x.total]
    departments = [_share_text(x) for x in report.by_department]
    body = "\n".join([
        f"{report.session_name}期间，共征集职工代表提案 {report.total} 件。现将提案办理情况报告如下。",
        "一、总体情况",
        _figures(report) + (f"大会表决通过立案提案 {report.approved} 件。" if report.approved else ""),
        "二、分类办理情况",
        *categories,
        "三、各承办部门办理情况",
        *(departments or ["尚无交办的提案。"]),
        "四、下一步工作",
        "对尚未答复的提案，提案工作委员会将督促承办部门抓紧办理；对提案人不满意的提案，已退回重新办理，"
        "并将办理结果向下一次职工代表大会报告。",
    ])
    return Notice(title=f"关于{report.session_name}\n提案办理情况的报告", body=body, signature=report.union_name,
                  date=None)


def report_pdf(report: SessionReport) -> bytes:
    return notice_pdf(report_notice(report))


def report_docx(report: SessionReport) -> bytes:
    from desktop.documents.shared.word import notice_docx
    return notice_docx(report_notice(report))
