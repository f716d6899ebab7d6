"""The outcome of a vote in words: for the screen (translatable Messages) and for Chinese paper.
Ties and shortfalls are explained together with the next step."""

from __future__ import annotations

from typing import Mapping

from desktop.domain.votes.counting import Kind, Outcome, Standing, Step, Void, breakdown_hidden
from desktop.messages import QT_TRANSLATE_NOOP, Message

STANDING_LABELS = {
    Standing.ELECTED: QT_TRANSLATE_NOOP("VoteOutcome", "Elected"),
    Standing.TIED: QT_TRANSLATE_NOOP("VoteOutcome", "Tied: re-vote"),
    Standing.BELOW_THRESHOLD: QT_TRANSLATE_NOOP("VoteOutcome", "Below threshold"),
    Standing.NOT_ELECTED: QT_TRANSLATE_NOOP("VoteOutcome", "Not elected"),
    Standing.PASSED: QT_TRANSLATE_NOOP("VoteOutcome", "Passed"),
    Standing.FAILED: QT_TRANSLATE_NOOP("VoteOutcome", "Not passed"),
    Standing.INELIGIBLE: QT_TRANSLATE_NOOP("VoteOutcome", "May not stand: not elected"),
}
STANDING_ZH = {Standing.ELECTED: "当选", Standing.TIED: "票数相等，重新投票", Standing.BELOW_THRESHOLD: "未当选（票数未达标准）",
               Standing.NOT_ELECTED: "未当选", Standing.PASSED: "通过", Standing.FAILED: "未通过",
               Standing.INELIGIBLE: "不具备当选资格（非在册会员）"}
SELECTED_ZH = {Standing.ELECTED: "入选", Standing.NOT_ELECTED: "未入选", Standing.BELOW_THRESHOLD: "未入选（票数未达标准）",
               Standing.INELIGIBLE: "不具备入选资格"}
VOID_ZH = {Void.RETURNED_EXCEEDS_ISSUED: "收回选票多于发出选票，本次投票无效，应重新投票。",
           Void.QUORUM_NOT_MET: "参加投票人数未达到法定人数，本次投票无效，应重新投票。"}
INVALID_ZH = {"over_marked": "多选", "unreadable": "无法辨认", "marked": "作有记号", "blank_paper": "空白票（按大会规定作废）",
              "damaged": "污损", "other": "其他"}


def standing_zh(kind: Kind, standing: Standing) -> str:
    if kind is Kind.SELECTION and standing in SELECTED_ZH:
        return SELECTED_ZH[standing]
    return STANDING_ZH[standing]


def outcome_messages(kind: Kind, outcome: Outcome, names: Mapping[int, str]) -> list[Message]:
    """What the outcome means and what comes next, in sentences for the screen."""
    def listed(keys) -> str:
        return "、".join(names.get(k, str(k)) for k in keys)

    if outcome.void is Void.RETURNED_EXCEEDS_ISSUED:
        return [QT_TRANSLATE_NOOP(
            "VoteOutcome", "VOID: {returned} ballots returned but only {issued} issued. The whole vote is "
            "void and must be held again (start a new round).").format(
                returned=outcome.figures.returned, issued=outcome.figures.issued)]
    if outcome.void is Void.QUORUM_NOT_MET:
        return [QT_TRANSLATE_NOOP(
            "VoteOutcome", "VOID: only {returned} of {due} due voted, short of the quorum. The vote must be "
            "held again (start a new round).").format(returned=outcome.figures.returned, due=outcome.figures.due)]
    lines = []
    if kind is Kind.MOTION:
        passed = [r.key for r in outcome.results if r.elected]
        failed = [r.key for r in outcome.results if not r.elected]
        if passed:
            lines.append(QT_TRANSLATE_NOOP("VoteOutcome", "Passed: {items}.").format(items=listed(passed)))
        if failed:
            lines.append(QT_TRANSLATE_NOOP("VoteOutcome", "Not passed: {items}.").format(items=listed(failed)))
        return lines
    if outcome.elected:
        lines.append(QT_TRANSLATE_NOOP("VoteOutcome", "Elected: {names}.").format(names=listed(outcome.elected)))
    else:
        lines.append(QT_TRANSLATE_NOOP("VoteOutcome", "Nobody was elected."))
    step = outcome.next_step
    if step is not None and step.step is Step.REVOTE:
        lines.append(QT_TRANSLATE_NOOP(
            "VoteOutcome", "Tie at the last seat: {names} have equal votes for {seats} seat(s). Next step: a "
            "re-vote among them (new round).").format(names=listed(step.candidates), seats=step.seats))
    elif step is not None and step.step is Step.ANOTHER_ROUND:
        lines.append(QT_TRANSLATE_NOOP(
            "VoteOutcome", "{seats} seat(s) unfilled: too few reached the threshold. Next step: another round "
            "(另行选举) among {names}.").format(seats=step.seats, names=listed(step.candidates) or "—"))
    return lines


def outcome_zh(kind: Kind, outcome: Outcome, names: Mapping[int, str]) -> list[str]:
    """The same, as printed on the result report and the notice."""
    def listed(keys) -> str:
        return "、".join(names.get(k, str(k)) for k in keys)

    if outcome.void is not None:
        return [VOID_ZH[outcome.void]]
    if kind is Kind.MOTION:
        lines = []
        passed = [r.key for r in outcome.results if r.elected]
        failed = [r.key for r in outcome.results if not r.elected]
        if passed:
            lines.append(f"通过事项：{listed(passed)}。")
        if failed:
            lines.append(f"未通过事项：{listed(failed)}。")
        return lines
    word = "入选" if kind is Kind.SELECTION else "当选"
    lines = [f"{word}：{listed(outcome.elected)}。" if outcome.elected else f"无人{word}。"]
    step = outcome.next_step
    if step is not None and step.step is Step.REVOTE:
        lines.append(f"{listed(step.candidates)}得票相等，不能确定{word}人，应对上述人员重新投票（剩余名额 {step.seats} 名）。")
    elif step is not None and step.step is Step.ANOTHER_ROUND:
        lines.append(f"{word}人数少于应选名额，尚缺 {step.seats} 名，应在未{word}的{listed(step.candidates)}中另行选举。"
                     if step.candidates else f"{word}人数少于应选名额，尚缺 {step.seats} 名，应另行选举。")
    return lines


def hide_breakdown(secret: bool, outcome: Outcome) -> bool:
    """Secret vote of fewer than five voters: outcomes only (see counting.breakdown_hidden)."""
    return breakdown_hidden(secret, outcome.figures.returned)
