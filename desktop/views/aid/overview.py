"""What the aid pane shows of the selected case: the overview (household, causes, tier and its
calculation) and the workflow timeline, the steps taken and the ones to come."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.domain.aid import codes, workflow
from desktop.domain.aid.queries import CaseDetail
from desktop.domain.money import format_yuan
from desktop.models.texts import message_text, qt_translate
from desktop.views.widgets.register_pane import detail_line


translate = QCoreApplication.translate   # lupdate reads translate("Context", "text")


def _joined(parts, separator: str = " ") -> str:
    return separator.join(p for p in parts if p)


def overview_html(d: CaseDetail, language: str) -> str:
    v = d.values
    row = detail_line
    status = translate("AidPane", "Open") if d.status == "open" else translate("AidPane", "Closed") + (
        f" · {message_text(workflow.OUTCOME_LABELS[d.outcome])}" if d.outcome else "")
    tier = codes.aid_label(codes.TIER, d.tier, language)
    if d.tier != d.tier_computed or d.tier_override_reason:
        tier += " " + translate("AidPane", "(overridden; computed: {computed}; reason: {reason})").format(
            computed=codes.aid_label(codes.TIER, d.tier_computed, language), reason=d.tier_override_reason)
    household = translate("AidPane", "{size} persons, yearly income {income} yuan, rigid spending {rigid} yuan").format(
        size=v["household_size"], income=format_yuan(v["yearly_income"]), rigid=format_yuan(v["rigid_spending"]))
    causes = _joined((codes.aid_label(codes.CAUSE, v["main_cause"], language),
                      codes.aid_label(codes.CAUSE, v["secondary_cause"], language)), " / ")
    paid = (format_yuan(sum((p.amount for p in d.payments), start=d.tier_result.line * 0)) + " "
            + translate("AidPane", "yuan"))
    parts = [f"<h3>{escape(d.case_no)} {escape(d.name)}</h3><table>",
             row(translate("AidPane", "Department"), d.department), row(translate("AidPane", "ID number"), d.id_number),
             row(translate("AidPane", "Status"), status), row(translate("AidPane", "Opened"), d.opened_on.isoformat()),
             row(translate("AidPane", "Tier"), tier), row(translate("AidPane", "Household"), household),
             row(translate("AidPane", "Health"), _joined((v["health"], v["health_detail"]))),
             row(translate("AidPane", "Causes"), causes),
             row(translate("AidPane", "Bank card"), _joined((v["bank_name"], v["bank_card_no"]))),
             row(translate("AidPane", "Aid requested"), codes.aid_types_label(v["aid_requested"], language)),
             row(translate("AidPane", "Aid granted"), codes.aid_types_label(v["aid_granted"], language)),
             row(translate("AidPane", "Paid so far"), paid),
             row(translate("AidPane", "Consent"), f"{v['consent_on'] or ''} {v['consent_scope']}"),
             row(translate("AidPane", "Filed by / reviewed by"), f"{d.filed_by} / {d.reviewed_by}")]
    if d.publicity_until and workflow.PUBLICITY in d.next_steps:
        parts.append(row(translate("AidPane", "Public notice until"), d.publicity_until.isoformat()))
    if d.purged_on:
        purged = translate("AidPane", "personal data removed on {day}").format(day=d.purged_on.isoformat())
        parts.append(row(translate("AidPane", "Purged"), purged))
    parts.append("</table>")
    heading = translate("AidPane", "Tier calculation")  # outside the f-string, where lupdate finds it
    parts.append(f"<p><b>{escape(heading)}</b><br>"
                 + escape(d.tier_result.explanation(qt_translate)).replace("\n", "<br>") + "</p>")
    return "".join(parts)


def timeline_table() -> QTableWidget:
    table = QTableWidget(0, 5)
    table.setHorizontalHeaderLabels([translate("AidPane", "Step"), translate("AidPane", "Decision"),
                                     translate("AidPane", "Date"), translate("AidPane", "By"),
                                     translate("AidPane", "Reason")])
    table.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    return table


def fill_timeline(table: QTableWidget, d: CaseDetail, names: dict) -> None:
    """The steps taken, then the next ones and those to come in grey."""
    rows = [(message_text(workflow.STEP_LABELS[s.step]), message_text(workflow.DECISION_LABELS[s.decision]),
             s.decided_on.isoformat(), names.get(s.decided_by, s.decided_by), s.reason, None) for s in d.steps]
    if d.next_steps:
        last = max(d.next_steps, key=workflow.STEPS.index)
        upcoming = [*d.next_steps, *workflow.STEPS[workflow.STEPS.index(last) + 1:]]
        for step in upcoming:
            state = translate("AidPane", "next") if step in d.next_steps else translate("AidPane", "to come")
            rows.append((message_text(workflow.STEP_LABELS[step]), state, "", "", "", "#888"))
    table.setRowCount(len(rows))
    for number, values in enumerate(rows):
        for column, text in enumerate(values[:5]):
            item = QTableWidgetItem(text)
            if values[5]:
                item.setForeground(QBrush(QColor(values[5])))
            table.setItem(number, column, item)
    table.resizeColumnsToContents()
