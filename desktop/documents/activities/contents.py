"""From an activity to its papers: the notice prefilled from the plan, the sign-in sheet with the
participants (or blank rows for walk-ins), the participant list for reimbursement and the results
list. The GUI and `uniondesk print … --activity ID` both come through here."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.domain.accounts.actor import Actor
from desktop.domain.activities.queries import ActivityDetail, ActivityQueries
from desktop.domain.activities.inputs import ActivityStatus, ParticipantState
from desktop.domain.errors import NotFoundError
from desktop.documents.activities.papers import (
    ListedParticipant, ParticipantList, ResultLine, ResultsList, date_range_text,
)
from desktop.documents.members.contents import union_name
from desktop.documents.shared.notice import Notice
from desktop.documents.members.signin import SignInEntry, SignInSheet
from desktop.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the open database is handed through to the domain, never used here
    from desktop.store.database import Database

NOTICE_ADDRESSEE = "各部门、各工会小组："


def _detail(queries: ActivityQueries, activity_id: int) -> ActivityDetail:
    detail = queries.detail(activity_id)
    if detail is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("ActivityPapers", "There is no activity number {id}.")
                            .format(id=activity_id))
    return detail


def _when(detail: ActivityDetail) -> str:
    d = detail.data
    return date_range_text(d.starts_on, d.ends_on, d.start_time, d.end_time)


def notice_title(title: str) -> str:
    if title.startswith("关于") and title.endswith("通知"):
        return title
    return f"关于开展{title}的通知" if not title.startswith("关于") else f"{title}的通知"


def notice_body(detail: ActivityDetail, type_label: str) -> str:
    """The notice's text in the headings format of desktop/documents/shared/headings.py (# 一、 ## （一）)."""
    d = detail.data
    lines = [f"为丰富职工文化生活，经工会委员会研究，决定组织开展{d.title}（{type_label}）。现将有关事项通知如下："]
    lines += ["# 活动时间", _when(detail) + "。"]
    if d.place:
        lines += ["# 活动地点", d.place + "。"]
    lines.append("# 参加对象")
    if d.capacity:
        lines.append(f"全体工会会员自愿报名，限{d.capacity}人，额满后进入候补名单，按报名先后递补。")
    else:
        lines.append("全体工会会员。")
    if d.description:
        lines.append("# 活动内容")
        lines += [line.strip() for line in d.description.splitlines() if line.strip()]
    lines += ["# 有关要求", "## 请各部门、各工会小组做好组织和报名工作；",
              "## 参加活动的职工请准时到达，到场签到，注意安全，服从组织安排。"]
    if d.organizer:
        lines.append(f"联系人/组织部门：{d.organizer}。")
    lines.append("特此通知。")
    return "\n".join(lines)


def build_activity_notice(db: Database, actor: Actor, activity_id: int, date: dt.date | None = None) -> Notice:
    queries = ActivityQueries(db, actor)
    detail = _detail(queries, activity_id)
    label = next((t.zh for t in queries.types() if t.code == detail.data.type_code), "")
    return Notice(notice_title(detail.data.title), notice_body(detail, label), union_name(db),
                  date or dt.date.today(), NOTICE_ADDRESSEE)


def build_activity_signin(db: Database, actor: Actor, activity_id: int, blank_rows: int = 5,
                          include_participants: bool = True) -> SignInSheet:
    """The sheet lists those signed up (plus walk-ins already checked in), by name; `blank_rows`
    leaves room for walk-ins. Without participants it is a blank sheet."""
    queries = ActivityQueries(db, actor)
    detail = _detail(queries, activity_id)
    entries: tuple[SignInEntry, ...] = ()
    if include_participants:
        entries = tuple(SignInEntry(p.name, p.department, "临时参加" if p.walk_in else "")
                        for p in queries.participants(activity_id, include_cancelled=False)
                        if p.state == ParticipantState.SIGNED_UP)
    d = detail.data
    time = f"{d.start_time:%H:%M}" + (f"—{d.end_time:%H:%M}" if d.end_time else "") if d.start_time else ""
    return SignInSheet(union_name(db), f"{d.title}签到表", d.starts_on, d.place, entries, blank_rows,
                       meeting=d.title, time=time)


def build_participant_list(db: Database, actor: Actor, activity_id: int, signature_column: bool = True) -> ParticipantList:
    """Everyone on the list (not the waiting list); once the activity has started, whether they came."""
    queries = ActivityQueries(db, actor)
    detail = _detail(queries, activity_id)
    started = detail.data.status in (ActivityStatus.RUNNING, ActivityStatus.FINISHED)
    people = []
    present = 0
    for p in queries.participants(activity_id, include_cancelled=False):
        if p.state != ParticipantState.SIGNED_UP:
            continue
        present += p.present
        attended = ("迟到" if p.late else "出席") if p.present else ("缺席" if started else "")
        people.append(ListedParticipant(p.name, p.department, p.team, attended, "临时参加" if p.walk_in else ""))
    return ParticipantList(union_name(db), detail.data.title, _when(detail), detail.data.place,
                           detail.data.organizer, tuple(people), present if started else None, signature_column)


def build_results(db: Database, actor: Actor, activity_id: int) -> ResultsList:
    queries = ActivityQueries(db, actor)
    detail = _detail(queries, activity_id)
    lines = tuple(ResultLine(str(r.rank) if r.rank else "", r.name or r.team_name,
                             r.department if r.member_id else "", r.score, r.award, r.note)
                  for r in queries.results(activity_id))
    return ResultsList(union_name(db), detail.data.title, _when(detail), detail.data.place, lines)
