"""The hardship tier of a household, computed from its figures and the local minimum-living line.

Pure arithmetic (docs/domain.md "Hardship aid"); no database, no Qt:

- per head and month = (household yearly disposable income − rigid spending) / 12 / household size;
- 深度困难 (deep) when that is ≤ the 低保 line; 相对困难 (relative) when it is < 2 × 低保;
- 意外致困 (accident) when the year's costs of disaster, accident or serious illness are more than
  80 % of the household's income.

The comparisons are made exactly on whole numbers (income − spending ≤ line × 12 × size), so a
household exactly on a line is never pushed across it by a rounded per-head figure. When several
tiers apply, the most severe income tier wins (deep, then relative), then accident; the explanation
says which tests were met.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.money import cents, format_yuan
from desktop.messages import QT_TRANSLATE_NOOP, Message

DEEP = "deep"
RELATIVE = "relative"
ACCIDENT = "accident"
NONE = "none"
TIERS = (DEEP, RELATIVE, ACCIDENT, NONE)

ACCIDENT_SHARE = Decimal("0.8")


@dataclass(frozen=True)
class TierFigures:
    yearly_income: Decimal      # 家庭年可支配收入
    rigid_spending: Decimal     # 刚性支出 of the year
    household_size: int
    accident_costs: Decimal = Decimal("0")  # the year's costs of disaster, accident, serious illness


@dataclass(frozen=True)
class TierResult:
    tier: str
    per_head_month: Decimal     # rounded to the fen, for showing
    line: Decimal
    deep: bool
    relative: bool
    accident: bool
    lines: tuple[Message, ...]  # the calculation, one step a line

    def explanation(self, translate=None) -> str:
        return "\n".join(m.render(translate) for m in self.lines)


def compute_tier(figures: TierFigures, line: Decimal) -> TierResult:
    """The tier of a household for a 低保 line (yuan per person per month)."""
    size = max(int(figures.household_size), 1)
    net = figures.yearly_income - figures.rigid_spending
    deep_limit = line * 12 * size
    deep = line > 0 and net <= deep_limit
    relative = line > 0 and net < 2 * deep_limit
    accident = figures.accident_costs > 0 and figures.accident_costs > ACCIDENT_SHARE * figures.yearly_income
    tier = DEEP if deep else RELATIVE if relative else ACCIDENT if accident else NONE
    exact = net / 12 / size
    per_head = cents(exact)
    # A figure that rounds onto a line it is not on is shown with more places, so that the text
    # never reads "1,600.00 < 1,600.00".
    shown = format_yuan(per_head)
    if per_head in (line, 2 * line) and exact != per_head:
        shown = f"{exact.quantize(Decimal('0.0001')):,}"
    share = None
    if figures.yearly_income > 0:
        exact_share = figures.accident_costs * 100 / figures.yearly_income
        share = cents(exact_share)
        if share == ACCIDENT_SHARE * 100 and exact_share != share:  # just over or under: show how far
            share = exact_share.quantize(Decimal("0.000001")).normalize()
    lines = [
        QT_TRANSLATE_NOOP(
            "AidTiers", "({income} yearly disposable income - {rigid} rigid spending) ÷ 12 months ÷ {size} "
            "persons = {per_head} yuan per person per month").format(
            income=format_yuan(figures.yearly_income), rigid=format_yuan(figures.rigid_spending), size=size,
            per_head=shown),
        QT_TRANSLATE_NOOP("AidTiers", "Local minimum-living line (低保): {line} yuan; twice the line: {double} yuan")
        .format(line=format_yuan(line), double=format_yuan(2 * line)),
    ]
    if line <= 0:
        lines.append(QT_TRANSLATE_NOOP(
            "AidTiers", "No minimum-living line is set for this date: enter it in the aid settings."))
    elif deep:
        lines.append(QT_TRANSLATE_NOOP("AidTiers", "{per_head} ≤ {line}: deep hardship (深度困难)")
                     .format(per_head=shown, line=format_yuan(line)))
    elif relative:
        lines.append(QT_TRANSLATE_NOOP(
            "AidTiers", "{per_head} > {line} but < {double}: relative hardship (相对困难)")
            .format(per_head=shown, line=format_yuan(line), double=format_yuan(2 * line)))
    else:
        lines.append(QT_TRANSLATE_NOOP("AidTiers", "{per_head} ≥ {double}: above both income lines")
                     .format(per_head=shown, double=format_yuan(2 * line)))
    if share is None:
        lines.append(QT_TRANSLATE_NOOP(
            "AidTiers", "Costs of disaster, accident or serious illness this year: {costs} yuan; the household "
            "has no income, so any such cost counts as more than 80%").format(costs=format_yuan(figures.accident_costs)))
    else:
        lines.append(QT_TRANSLATE_NOOP(
            "AidTiers", "Costs of disaster, accident or serious illness this year: {costs} yuan = {share}% of "
            "the household income (more than 80% means hardship by accident, 意外致困): {verdict}").format(
            costs=format_yuan(figures.accident_costs), share=share,
            verdict=QT_TRANSLATE_NOOP("AidTiers", "met") if accident else QT_TRANSLATE_NOOP("AidTiers", "not met")))
    if tier == NONE:
        lines.append(QT_TRANSLATE_NOOP("AidTiers", "Result: does not qualify for a hardship file"))
    return TierResult(tier, per_head, line, deep, relative, accident, tuple(lines))
