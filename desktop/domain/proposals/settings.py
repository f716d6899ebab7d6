"""Settings shared by the proposals and the suggestions registers (table proposal_settings):
the 附议 and answer-days defaults of a new congress session, the suggestions' score sheet and the
reward amounts by grade. Read by anyone who may read the registers; changed with PROPOSALS_DECIDE
(ProposalService.change_settings), audited."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.proposals.entities import ProposalSetting

# docs/domain.md: 技术水平 30, 经济效益 30, 应用范围 20, 实用性 20 (out of 100).
DEFAULT_SHEET: tuple[tuple[str, int], ...] = (("技术水平", 30), ("经济效益", 30), ("应用范围", 20), ("实用性", 20))
DEFAULT_REWARDS = {"first": Decimal("1000.00"), "second": Decimal("500.00"), "third": Decimal("200.00")}


@dataclass(frozen=True)
class ProposalSettings:
    seconders_required: int = 2
    answer_days: int = 60
    score_sheet: tuple[tuple[str, int], ...] = DEFAULT_SHEET
    rewards: tuple[tuple[str, Decimal], ...] = tuple(DEFAULT_REWARDS.items())

    def reward_for(self, grade: str) -> Decimal:
        return dict(self.rewards).get(grade, Decimal("0.00"))

    def stored(self) -> dict[str, str]:
        return {"seconders_required": str(self.seconders_required), "answer_days": str(self.answer_days),
                "score_sheet": json.dumps([list(c) for c in self.score_sheet], ensure_ascii=False),
                "rewards": json.dumps({g: str(a) for g, a in self.rewards})}


def read_settings(session: Session) -> ProposalSettings:
    stored = dict(session.execute(select(ProposalSetting.key, ProposalSetting.value)).all())
    base = ProposalSettings()
    sheet = tuple((str(n), int(m)) for n, m in json.loads(stored["score_sheet"])) if "score_sheet" in stored \
        else base.score_sheet
    rewards = tuple((g, Decimal(a)) for g, a in json.loads(stored["rewards"]).items()) if "rewards" in stored \
        else base.rewards
    return ProposalSettings(int(stored.get("seconders_required", base.seconders_required)),
                            int(stored.get("answer_days", base.answer_days)), sheet, rewards)
