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
        "VotePresets", "Member assembly: at least two thirds of members due must attend; for motions and "
        "selections the base (due, present or valid ballots) and the threshold are chosen explicitly. "
        "An election follows the union's election rules."),
    "会员（代表）大会：到会人数须达到应到人数三分之二以上；表决基数与通过标准由大会事先确定。",
)

CUSTOM = Preset(
    "custom",
    QT_TRANSLATE_NOOP("VotePresets", "Custom rule"), "自定规则",
    (Kind.MOTION, Kind.SELECTION), None, None, None, None, 0,
    QT_TRANSLATE_NOOP(
        "VotePresets", "Custom: for motions and selections only (e.g. a selection of model workers "
        "decided by plurality); quorum, base and threshold chosen explicitly. Elections of union bodies "
        "always follow the union's election rules."),
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
             threshold: Threshold | None = None, quorum: Quorum | None = None,
             margin_percent: int | None = None) -> Rule:
    """The counting rule of a vote under `preset`: the preset's own choices where it fixes them,
    the vote's explicit choices otherwise (ValueError if one is missing). An election of a union
    body always follows the union's rules (a member assembly elects under them). `margin_percent`
    overrides the preset's 差额 margin for a later round (0: a re-vote among the tied, or 等额
    另行选举)."""
    if kind is Kind.ELECTION and preset.key == MEMBER_ASSEMBLY.key:
        preset = UNION_COMMITTEE
    chosen_base = preset.base or base
    chosen_threshold = preset.threshold or threshold
    chosen_quorum = preset.quorum or quorum
    if chosen_base is None or chosen_threshold is None or chosen_quorum is None:
        raise ValueError(f"preset {preset.key} needs the base, threshold and quorum chosen")
    margin = preset.margin_percent if kind is Kind.ELECTION else 0
    if margin_percent is not None and kind is Kind.ELECTION:
        margin = margin_percent
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


# 工会基层组织选举工作条例 (2016): seats of the union committee by the number of members.
COMMITTEE_SIZES = ((24, 3, 5), (200, 3, 7), (1000, 7, 15), (5000, 15, 21), (10000, 21, 29), (50000, 29, 37))
LARGEST_COMMITTEE = (37, 45)


def committee_size(members: int) -> tuple[int, int]:
    """How many seats a union committee of a union with `members` members has: (fewest, most)."""
    for up_to, fewest, most in COMMITTEE_SIZES:
        if members <= up_to:
            return fewest, most
    return LARGEST_COMMITTEE


# Elections of other union bodies (女职委, 经审会) and of the chair are not sized by membership.
_OTHER_BODIES = ("女职工", "经费审查", "经审", "主席", "职工代表", "职代会")


def elects_union_committee(kind: Kind, preset_key: str, title: str) -> bool:
    """Whether a vote elects the members of the union committee itself (工会委员会委员), the one
    body whose size the rules fix by membership; read from the title the cadre typed."""
    return (kind is Kind.ELECTION and preset_key == UNION_COMMITTEE.key and "委员会委员" in title
            and not any(word in title for word in _OTHER_BODIES))
