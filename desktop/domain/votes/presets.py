"""The rules a vote can follow, as presets the user picks and can read before choosing.

A preset fixes what the rules fix (the union committee election and the workers' congress) and
leaves open what they leave open: a member assembly and a custom vote must say their base and
threshold explicitly. Each preset carries its rule text as printed on the result (Chinese paper)
and, for the screen, a translatable summary; `threshold_text` gives the computed threshold."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.votes.counting import (
    Base, Kind, Quorum, Rule, Threshold, minimum_candidates, quorum_needed, required_votes,
)
from desktop.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class Preset:
    key: str
    name: Message
    name_zh: str
    kinds: tuple[Kind, ...]
    base: Base | None              # None: chosen explicitly for each vote
    threshold: Threshold | None
    quorum: Quorum | None
    secret: bool | None            # True: always secret; None: the vote chooses
    margin_percent: int            # 差额 (candidates over seats), elections only
    summary: Message               # for the screen
    rule_zh: str                   # printed on the result report

    @property
    def fixed(self) -> bool:
        return self.base is not None


UNION_COMMITTEE = Preset(
    "union_committee",
    QT_TRANSLATE_NOOP("VotePresets", "Union committee election"), "工会委员会选举",
    (Kind.ELECTION,), Base.DUE, Threshold.MORE_THAN_HALF, Quorum.TWO_THIRDS, True, 5,
    QT_TRANSLATE_NOOP(
        "VotePresets", "Rules for the election of grassroots union organisations (2016): members in "
        "good standing vote (retained members excluded); valid only if at least two thirds of those due "
        "vote; candidates exceed seats by at least 5 %; elected with more than half of those due; more "
        "winners than seats → highest votes; a tie at the last seat → re-vote among the tied; unfilled "
        "seats → another round among the rest."),
    "依据《工会基层组织选举工作条例》：实行差额选举，候选人数多于应选人数5%以上；参加投票人数达到应到会"
    "有选举权人数三分之二以上，选举有效；候选人获得赞成票超过应到会有选举权人数的半数始得当选；得票超过"
    "半数的人数多于应选名额时，按得票多少为序确定当选人，票数相等不能确定当选人时，对票数相等的候选人"
    "重新投票；当选人数少于应选名额时，在未当选的候选人中另行选举。",
)

WORKERS_CONGRESS = Preset(
    "workers_congress",
    QT_TRANSLATE_NOOP("VotePresets", "Workers' congress decision"), "职工代表大会表决",
    (Kind.MOTION, Kind.ELECTION, Kind.SELECTION), Base.DUE, Threshold.MORE_THAN_HALF, Quorum.TWO_THIRDS,
    True, 0,
    QT_TRANSLATE_NOOP(
        "VotePresets", "Workers' congress: at least two thirds of all delegates present; a decision "
        "or election needs more than half of ALL delegates, not of those present (60 delegates: 31 "
        "votes, even if 45 attend); important matters by secret ballot, item by item."),
    "依据职工代表大会有关规定：职工代表大会须有全体职工代表三分之二以上出席方可召开；选举和表决须经全体"
    "职工代表的过半数通过（以应到代表人数为基数，而非实到人数）；重要事项以无记名投票方式逐项表决。",
)

MEMBER_ASSEMBLY = Preset(
    "member_assembly",
    QT_TRANSLATE_NOOP("VotePresets", "Member assembly"), "会员（代表）大会表决",
    (Kind.MOTION, Kind.ELECTION, Kind.SELECTION), None, None, Quorum.TWO_THIRDS, None, 0,
    QT_TRANSLATE_NOOP(
        "VotePresets", "Member assembly: at least two thirds of members due must attend; the base "
        "(due, present or valid ballots) and the threshold are chosen explicitly for each vote."),
    "会员（代表）大会：到会人数须达到应到人数三分之二以上；表决基数与通过标准由大会事先确定。",
)

CUSTOM = Preset(
    "custom",
    QT_TRANSLATE_NOOP("VotePresets", "Custom rule"), "自定规则",
    (Kind.MOTION, Kind.ELECTION, Kind.SELECTION), None, None, None, None, 0,
    QT_TRANSLATE_NOOP(
        "VotePresets", "Custom: quorum, base and threshold chosen explicitly (e.g. a selection of "
        "model workers decided by plurality)."),
    "本次表决规则由会议事先确定。",
)

PRESETS: dict[str, Preset] = {p.key: p for p in (UNION_COMMITTEE, WORKERS_CONGRESS, MEMBER_ASSEMBLY, CUSTOM)}

KIND_LABELS = {
    Kind.ELECTION: QT_TRANSLATE_NOOP("VotePresets", "Election"),
    Kind.MOTION: QT_TRANSLATE_NOOP("VotePresets", "Motion"),
    Kind.SELECTION: QT_TRANSLATE_NOOP("VotePresets", "Selection"),
}
KIND_ZH = {Kind.ELECTION: "选举", Kind.MOTION: "表决", Kind.SELECTION: "评选"}
BASE_LABELS = {
    Base.DUE: QT_TRANSLATE_NOOP("VotePresets", "those due (应到)"),
    Base.PRESENT: QT_TRANSLATE_NOOP("VotePresets", "those present (实到)"),
    Base.VALID: QT_TRANSLATE_NOOP("VotePresets", "valid ballots"),
}
BASE_ZH = {Base.DUE: "应到人数", Base.PRESENT: "实到人数", Base.VALID: "有效票数"}
THRESHOLD_LABELS = {
    Threshold.MORE_THAN_HALF: QT_TRANSLATE_NOOP("VotePresets", "more than half"),
    Threshold.TWO_THIRDS: QT_TRANSLATE_NOOP("VotePresets", "two thirds or more"),
    Threshold.PLURALITY: QT_TRANSLATE_NOOP("VotePresets", "most votes (plurality)"),
}
THRESHOLD_ZH = {Threshold.MORE_THAN_HALF: "超过半数", Threshold.TWO_THIRDS: "三分之二以上",
                Threshold.PLURALITY: "以得票多少为序（相对多数）"}
QUORUM_LABELS = {
    Quorum.TWO_THIRDS: QT_TRANSLATE_NOOP("VotePresets", "two thirds of those due"),
    Quorum.MORE_THAN_HALF: QT_TRANSLATE_NOOP("VotePresets", "more than half of those due"),
    Quorum.NONE: QT_TRANSLATE_NOOP("VotePresets", "no quorum"),
}
QUORUM_ZH = {Quorum.TWO_THIRDS: "应到人数三分之二以上", Quorum.MORE_THAN_HALF: "应到人数过半数", Quorum.NONE: "不设"}


def rule_for(preset: Preset, kind: Kind, seats: int, base: Base | None = None,
             threshold: Threshold | None = None, quorum: Quorum | None = None) -> Rule:
    """The counting rule of a vote under `preset`: the preset's own choices where it fixes them,
    the vote's explicit choices otherwise (ValueError if one is missing)."""
    chosen_base = preset.base or base
    chosen_threshold = preset.threshold or threshold
    chosen_quorum = preset.quorum or quorum
    if chosen_base is None or chosen_threshold is None or chosen_quorum is None:
        raise ValueError(f"preset {preset.key} needs the base, threshold and quorum chosen")
    margin = preset.margin_percent if kind is Kind.ELECTION else 0
    return Rule(kind, chosen_base, chosen_threshold, chosen_quorum, seats if kind is not Kind.MOTION else 0,
                margin)


def threshold_zh(rule: Rule, base_value: int) -> str:
    """The threshold as printed: 基数：应到人数 60 人；通过标准：超过半数，即至少 31 票。"""
    needed = required_votes(rule.threshold, base_value)
    head = f"基数：{BASE_ZH[rule.base]} {base_value}；标准：{THRESHOLD_ZH[rule.threshold]}"
    return head + (f"，即至少 {needed} 票" if needed is not None else "")


def quorum_zh(rule: Rule, due: int) -> str:
    if rule.quorum is Quorum.NONE:
        return "法定人数：不设"
    return f"法定人数：{QUORUM_ZH[rule.quorum]}，即至少 {quorum_needed(rule.quorum, due)} 人"


def margin_zh(rule: Rule) -> str:
    if rule.margin_percent <= 0 or rule.kind is not Kind.ELECTION:
        return ""
    return f"差额要求：应选 {rule.seats} 名，候选人不少于 {minimum_candidates(rule.seats, rule.margin_percent)} 名"
