"""The statistics pane's export to a parent union's template and its printed yearly report. Who signs
(填报人, 审核人, 联系电话) is asked each time and remembered; the domain records each file in the
audit trail as it is put in place (export) or before it is shown (print)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QFormLayout, QLineEdit, QMessageBox

from desktop.domain.statistics.inputs import Signers
from desktop.domain.statistics.reporting import StatisticsRecords, printed_report
from desktop.messages import UserError
from desktop.models.texts import qt_translate
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text

SIGNER_KEYS = ("statistics/preparer", "statistics/reviewer", "statistics/phone")
OTHER_PROFILE = ""


class SignersDialog(QDialog):
    """填报人, 审核人, 联系电话 (and, for an export, the template profile)."""

    def __init__(self, pane, title: str, with_profile: bool):
        super().__init__(pane)
        from desktop.exchange.statistics.export import bundled_profiles, load_profile

        self.setWindowTitle(title)
        self._settings = pane.context.settings
        form = QFormLayout()
        self.profile = QComboBox()
        for name in bundled_profiles():
            self.profile.addItem(load_profile(name).label(pane.context.language), name)
        self.profile.addItem(self.tr("Another profile file…"), OTHER_PROFILE)
        if with_profile:
            form.addRow(self.tr("Template"), self.profile)
        self.fields = [QLineEdit(str(self._settings.value(key, "") or "")) for key in SIGNER_KEYS]
        for label, field in zip((self.tr("Filled in by (填报人)"), self.tr("Checked by (审核人)"),
                                 self.tr("Phone (联系电话)")), self.fields):
            form.addRow(label, field)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.accept)

    def signers(self) -> Signers:
        for key, field in zip(SIGNER_KEYS, self.fields):
            self._settings.setValue(key, field.text().strip())
        return Signers(*(field.text().strip() for field in self.fields))


def export_to(pane, profile: str, signers: Signers, path: str) -> bool:
    """Write the pane's report through `profile` to `path`; False (with the reason shown) if not."""
    from desktop.exchange.statistics.export import export_report

    records = StatisticsRecords(pane.context.db, pane.context.actor)
    as_of = pane.report.as_of
    try:
        export_report(pane.report, profile, signers, dt.date.today(), path,
                      lambda move: records.record("stats_export", as_of, path, profile, move))
    except UserError as error:
        QMessageBox.warning(pane, pane.tr("Export"), user_error_text(error))
        return False
    return True


def export_template(pane) -> None:
    if pane.report is None:
        return
    dialog = SignersDialog(pane, pane.tr("Export to the parent union's form"), with_profile=True)
    if not dialog.exec():
        return
    profile = dialog.profile.currentData()
    if profile == OTHER_PROFILE:
        profile, _ = QFileDialog.getOpenFileName(pane, pane.tr("Statistics profile file"), "",
                                                 pane.tr("Profile (*.json)"))
        if not profile:
            return
    path, _ = QFileDialog.getSaveFileName(pane, pane.tr("Export to the parent union's form"),
                                          f"基层工会统计_{pane.report.as_of.isoformat()}.xlsx",
                                          pane.tr("Excel workbook (*.xlsx);;PDF (*.pdf)"))
    if path and export_to(pane, profile, dialog.signers(), path):
        pane.status.setText(pane.tr("Written: {path}").format(path=path))


def report_papers(pane, signers: Signers) -> tuple[bytes, object]:
    """The yearly report's PDF, and a builder of its .docx; the print is recorded first."""
    from desktop.documents.statistics.report import report_docx, report_pdf

    context = pane.context
    report = printed_report(context.db, context.actor, pane.report.as_of, signers, context.language, qt_translate)
    StatisticsRecords(context.db, context.actor).record("stats_print", pane.report.as_of, "-", "yearly_report")
    return report_pdf(report), lambda: report_docx(report)


def print_report(pane) -> None:
    from desktop.views.paper.preview_dialog import PreviewDialog

    if pane.report is None:
        return
    dialog = SignersDialog(pane, pane.tr("Print the yearly report"), with_profile=False)
    if not dialog.exec():
        return
    pdf, word = report_papers(pane, dialog.signers())
    title = pane.tr("Yearly figures {date}").format(date=pane.report.as_of.isoformat())
    PreviewDialog(pdf, title, f"{title}.pdf", pane, word=word).exec()
