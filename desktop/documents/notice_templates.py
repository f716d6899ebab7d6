"""Starting points for the notices a union writes most: a meeting notice, an activity notice and a
public notice (公示) with its period. The text is Chinese because the paper is; the names shown in
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

TEMPLATES: dict[str, NoticeTemplate] = {t.key: t for t in (MEETING, ACTIVITY, PUBLIC)}
