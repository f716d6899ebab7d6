"""The announcement (公告) of a vote's result, worded as a union secretary writes it:

    2026年4月2日，第三届会员代表大会第一次会议以无记名投票方式选举第三届工会委员会委员。本次选举应到
    60 人，实到 56 人；共发出选票 56 张，收回 56 张，其中有效票 54 张，无效票 2 张。参加投票人数达到
    应到人数的三分之二以上，选举有效。
    根据《工会基层组织选举工作条例》和本次大会通过的选举办法，获得赞成票超过应到人数半数（即 31 票
    以上）的候选人始得当选。经计票，下列同志当选（按姓氏笔画为序）：……
    特此公告。

A title that starts with its verb (选举…, 评选…, 审议…) is used as it is; otherwise the verb of the
kind of vote is put before it, so nothing reads "进行了选举第三届…" or "根据自定规则规则".
"""

from __future__ import annotations

import datetime as dt

from desktop.documents.shared.notice import Notice
from desktop.documents.shared.text import chinese_date
from desktop.domain.votes.counting import Base, Kind, Outcome, Quorum, Threshold, required_votes
from desktop.domain.votes.explain import hide_breakdown, outcome_zh, standing_zh
from desktop.domain.votes.ordering import CandidateOrder, ordered
from desktop.domain.votes.presets import CUSTOM, MEMBER_ASSEMBLY, UNION_COMMITTEE, WORKERS_CONGRESS
from desktop.domain.votes.queries import RoundReason, VoteDetail

VERBS = ("选举", "补选", "推选", "评选", "表决", "审议")
KIND_VERB = {Kind.ELECTION: "选举", Kind.SELECTION: "评选", Kind.MOTION: "表决"}
BASE_PHRASE = {Base.DUE: "应到人数（{n} 人）", Base.PRESENT: "实到人数（{n} 人）", Base.VALID: "有效票（{n} 张）"}


def starts_with_verb(title: str) -> bool:
    return title.startswith(VERBS)


def _action(detail: VoteDetail) -> str:
    """What the meeting did, as a verb phrase: 选举第三届工会委员会委员 / 对《…》进行了表决."""
    title = detail.title
    if starts_with_verb(title):
        return title
    if detail.kind is Kind.MOTION:
        return f"对{title}进行了表决"
    return f"{KIND_VERB[detail.kind]}{title}"


def _opening(detail: VoteDetail, when: str, how: str) -> str:
    """The first sentence: who voted, how, on what (a later round says which round it was)."""
    meeting = detail.meeting or "大会"
    reason = RoundReason(detail.round_reason) if detail.round_no > 1 and detail.round_reason else None
    if reason is RoundReason.REVOTE:
        tied = "、".join(c.name for c in detail.listed)
        return f"{when}{meeting}在{detail.title}中，以{how}方式对得票相等的候选人{tied}重新进行了投票。"
    if reason is RoundReason.ANOTHER_ROUND:
        return (f"{when}{meeting}在{detail.title}中，以{how}方式对尚未选足的 {detail.rule.seats} 个名额"
                f"进行了另行选举。")
    action = _action(detail)
    if reason is RoundReason.RERUN:
        action = f"重新{action}" if starts_with_verb(detail.title) else f"重新进行了{KIND_VERB[detail.kind]}：{detail.title}"
    return f"{when}{meeting}以{how}方式{action}。"


def basis(detail: VoteDetail) -> str:
    """根据…办法: the rules the vote followed, as a secretary cites them."""
    verb = KIND_VERB[detail.kind]
    if detail.preset == UNION_COMMITTEE.key:
        return "根据《工会基层组织选举工作条例》和本次大会通过的选举办法"
    if detail.preset == WORKERS_CONGRESS.key:
        return f"根据职工代表大会有关规定和本次大会通过的{verb}办法"
    if detail.preset == MEMBER_ASSEMBLY.key:
        return f"根据本次大会通过的{verb}办法"
    assert detail.preset == CUSTOM.key
    return f"根据本次会议确定的{verb}办法"


def threshold_clause(detail: VoteDetail, base_value: int) -> str:
    """获得赞成票超过应到人数（60 人）半数（即 31 票以上）的候选人始得当选."""
    rule = detail.rule
    who, won, votes = {Kind.ELECTION: ("候选人", "始得当选", "赞成票"), Kind.SELECTION: ("人选", "入选", "票数"),
                       Kind.MOTION: ("事项", "通过", "同意票")}[detail.kind]
    if rule.threshold is Threshold.PLURALITY:
        return f"按得票多少为序确定{'入选人' if detail.kind is Kind.SELECTION else '当选人'}" \
            if detail.kind is not Kind.MOTION else "同意票多于不同意票的事项获得通过"
    needed = required_votes(rule.threshold, base_value)
    share = "半数" if rule.threshold is Threshold.MORE_THAN_HALF else "三分之二"
    over = "超过" if rule.threshold is Threshold.MORE_THAN_HALF else "达到"
    tail = "" if rule.threshold is Threshold.MORE_THAN_HALF else "以上"
    base = BASE_PHRASE[rule.base].format(n=base_value)
    return f"获得{votes}{over}{base}{share}{tail}（即 {needed} 票以上）的{who}{won}"


def _quorum_sentence(detail: VoteDetail) -> str:
    verb = KIND_VERB[detail.kind]
    if detail.rule.quorum is Quorum.TWO_THIRDS:
        return f"参加投票人数达到应到人数的三分之二以上，{verb}有效。"
    if detail.rule.quorum is Quorum.MORE_THAN_HALF:
        return f"参加投票人数超过应到人数的半数，{verb}有效。"
    return ""


def announcement_body(detail: VoteDetail, outcome: Outcome) -> list[str]:
    names = {c.id: c.name for c in detail.candidates}
    figures = outcome.figures
    when = f"{chinese_date(detail.held_on)}，" if detail.held_on else ""
    how = "无记名投票" if detail.secret else "记名投票"
    paper = "表决票" if detail.kind is Kind.MOTION else "选票"
    verb = KIND_VERB[detail.kind]
    head = (f"{_opening(detail, when, how)}本次{verb}应到 {figures.due} 人，"
            f"实到 {figures.present} 人；共发出{paper} {figures.issued} 张，收回 {figures.returned} 张，其中有效票 "
            f"{outcome.valid_ballots} 张，无效票 {outcome.invalid_ballots} 张。{_quorum_sentence(detail)}")
    rule = f"{basis(detail)}，{threshold_clause(detail, outcome.base_value)}。"
    body = [head]
    if detail.kind is Kind.MOTION:
        body.append(rule + "经计票，表决结果如下：")
        hidden = hide_breakdown(detail.secret, outcome)
        for n, r in enumerate(outcome.results, start=1):
            verdict = standing_zh(detail.kind, r.standing)
            body.append(f"{n}. {names[r.key]}：{verdict}。" if hidden else
                        f"{n}. {names[r.key]}：同意 {r.yes} 票，不同意 {r.no} 票，弃权 {r.abstain} 票，{verdict}。")
    else:
        elected = ordered([names[k] for k in outcome.elected], CandidateOrder.STROKES, lambda n: n)
        word = "入选" if detail.kind is Kind.SELECTION else "当选"
        if elected:
            body.append(f"{rule}经计票，下列同志{word}（按姓氏笔画为序）：{'、'.join(elected)}。")
        else:
            body.append(f"{rule}经计票，无人{word}。")
        body += outcome_zh(detail.kind, outcome, names)[1:]
    body.append("特此公告。")
    return body


def announcement_title(detail: VoteDetail) -> str:
    """第三届工会委员会委员选举结果公告 / 关于审议通过集体合同等事项的表决结果公告."""
    title = detail.title
    if detail.kind is Kind.MOTION:
        return f"关于{title}的表决结果公告"
    verb = next((v for v in VERBS if title.startswith(v)), KIND_VERB[detail.kind])
    subject = title[len(verb):] if title.startswith(verb) else title
    return f"{subject}{verb}结果公告"


def vote_announcement(detail: VoteDetail, outcome: Outcome, union: str, date: dt.date | None) -> Notice:
    return Notice(announcement_title(detail), "\n".join(announcement_body(detail, outcome)), union, date)
