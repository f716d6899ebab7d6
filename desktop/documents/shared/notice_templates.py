"""Starting points for the notices a union writes most: a meeting notice, an activity notice, a
public notice (公示) with its period, a request for instructions (请示), a report (报告) and meeting
minutes (会议纪要). The text is Chinese because the paper is; the names shown in
the template picker are translatable."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class NoticeTemplate:
    key: str
    label: Message
    title: str
    addressee: str
    body: str
    period_days: int | None = None   # a 公示 runs for a period (default length in days)


MEETING = NoticeTemplate(
    "meeting", QT_TRANSLATE_NOOP("NoticeTemplates", "Meeting notice"),
    "关于召开工会委员会会议的通知",
    "各位工会委员、各工会小组长：",
    """经研究，决定召开工会委员会会议。现将有关事项通知如下：
# 会议时间
2026年×月×日（星期×）上午9:00
# 会议地点
本单位×楼会议室
# 参会人员
全体工会委员、各工会小组长。
# 会议议程
## 传达学习上级工会有关文件精神；
## 研究部署近期工会重点工作；
## 其他事项。
# 有关要求
请参会人员准时出席。因故不能参加的，请提前向工会办公室请假。
特此通知。""",
)

ACTIVITY = NoticeTemplate(
    "activity", QT_TRANSLATE_NOOP("NoticeTemplates", "Activity notice"),
    "关于组织开展职工文体活动的通知",
    "各部门、各工会小组：",
    """为丰富职工业余文化生活，增强职工凝聚力，经工会委员会研究，决定组织开展职工文体活动。现将有关事项通知如下：
# 活动时间
2026年×月×日
# 活动地点
×××
# 参加对象
全体工会会员。
# 活动安排
## 报名：请于×月×日前向所在工会小组长报名；
## 活动当天请按时到达集合地点签到。
# 注意事项
请参加活动的职工注意安全，服从组织安排。
特此通知。""",
)

PUBLIC = NoticeTemplate(
    "public", QT_TRANSLATE_NOOP("NoticeTemplates", "Public notice (公示)"),
    "关于×××的公示",
    "",
    """根据有关规定，经工会委员会研究，拟对以下事项予以公示：
×××
公示期间，如有异议，请以书面或当面形式向工会反映。
联系人：×××    联系电话：×××""",
    period_days=7,
)

REQUEST = NoticeTemplate(
    "request", QT_TRANSLATE_NOOP("NoticeTemplates", "Request for instructions (请示)"),
    "关于×××的请示",
    "×××工会：",
    """为×××，根据×××的有关规定，结合本单位实际，拟×××。现将有关情况请示如下：
# 基本情况
×××
# 拟办事项
×××
# 经费预算
×××
妥否，请批示。
（联系人：×××，联系电话：×××）""",
)

REPORT = NoticeTemplate(
    "report", QT_TRANSLATE_NOOP("NoticeTemplates", "Report (报告)"),
    "关于×××工作情况的报告",
    "×××工会：",
    """根据×××要求，现将本单位×××工作情况报告如下：
# 主要工作及成效
×××
# 存在的问题
×××
# 下一步工作打算
×××
特此报告。""",
)

MINUTES = NoticeTemplate(
    "minutes", QT_TRANSLATE_NOOP("NoticeTemplates", "Meeting minutes (会议纪要)"),
    "工会委员会会议纪要",
    "",
    """2026年×月×日，工会主席×××主持召开工会委员会会议，研究×××等事项。现将会议议定事项纪要如下：
# 会议同意×××
# 会议决定×××
# 会议要求×××
出席：×××、×××、×××
列席：×××
记录：×××""",
)

TEMPLATES: dict[str, NoticeTemplate] = {t.key: t for t in (MEETING, ACTIVITY, PUBLIC, REQUEST, REPORT, MINUTES)}
