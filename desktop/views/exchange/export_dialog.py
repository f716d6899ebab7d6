"""The export dialog: a profile (parent-union template, register, CSV …), what I see or all members,
full ID numbers only for roles allowed to export them, and for the parent union "only what changed
since the last submission"."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QMessageBox,
    QRadioButton, QVBoxLayout,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.exports.submissions import ExportRecords
from desktop.domain.members.queries import MemberFilter, MemberQueries, SortOrder
from desktop.exchange.members.export import ExportOutcome, ExportRequest, export_members
from desktop.exchange.shared.profiles import profiles
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.context import AppContext
from desktop.views.widgets.progress import run_with_progress


LAST_PROFILE_KEY = "export/last_profile"
DEFAULT_PROFILE = "parent-union"


class ExportDialog(QDialog):
    def __init__(self, context: AppContext, seen: MemberFilter | None = None, order: SortOrder | None = None,
                 parent=None):
        super().__init__(parent)
        self._context = context
        self._seen = seen or MemberFilter()
        self._order = order or SortOrder()
        self.outcome: ExportOutcome | None = None
        self.setWindowTitle(self.tr("Export members"))
        queries = MemberQueries(context.db, context.actor)
        self.profile_combo = QComboBox()
        for name, profile in profiles().items():
            self.profile_combo.addItem(profile.label(context.language), name)
        self.seen_radio = QRadioButton(self.tr("What I see in the list ({count} members)").format(
            count=queries.count(self._seen)))
        self.all_radio = QRadioButton(self.tr("All members ({count})").format(count=queries.count(MemberFilter())))
        self.seen_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.seen_radio)
        group.addButton(self.all_radio)
        self.full_ids = QCheckBox(self.tr("Full ID numbers and phone numbers (recorded in the audit trail)"))
        self.since_last = QCheckBox(self.tr("Only members added or changed since the last submission"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export…"), QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.choose_file_and_export)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.profile_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.seen_radio)
        layout.addWidget(self.all_radio)
        layout.addWidget(self.full_ids)
        layout.addWidget(self.since_last)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        # The profile used last time; the first time, the parent union's real-name template (what
        # most exports are for), not the CSV that happens to sort first.
        last = str(context.settings.value(LAST_PROFILE_KEY, DEFAULT_PROFILE))
        index = self.profile_combo.findData(last)
        if index < 0:
            index = max(self.profile_combo.findData(DEFAULT_PROFILE), 0)
        self.profile_combo.setCurrentIndex(index)
        self.profile_combo.currentIndexChanged.connect(self._profile_changed)
        self._profile_changed()

    def profile(self):
        return profiles()[self.profile_combo.currentData()]

    def _profile_changed(self) -> None:
        profile = self.profile()
        allowed = self._context.actor.can(Permission.EXPORT_SENSITIVE)
        self.full_ids.setEnabled(allowed and not profile.requires_full_ids)
        self.full_ids.setChecked(profile.requires_full_ids and allowed)
        self.since_last.setEnabled(profile.remember_submissions)
        if not profile.remember_submissions:
            self.since_last.setChecked(False)
        notes = []
        if profile.requires_full_ids and not allowed:
            notes.append(self.tr("This format needs full ID numbers, which your role may not export."))
        elif not allowed:
            notes.append(self.tr("ID numbers and phones are masked: your role may not export them in full."))
        if profile.remember_submissions:
            last = ExportRecords(self._context.db, self._context.actor).last_submission(profile.name)
            notes.append(self.tr("Last submission: {when}, {count} members.").format(
                when=last.exported_at.astimezone().strftime("%Y-%m-%d %H:%M"), count=last.member_count)
                if last else self.tr("Nothing has been submitted with this format yet."))
        self.note.setText("\n".join(notes))
        self.export_button.setEnabled(allowed or not profile.requires_full_ids)

    def request(self, out: Path) -> ExportRequest:
        seen = self.seen_radio.isChecked()
        flt = replace(self._seen, in_trash=False) if seen else MemberFilter()
        return ExportRequest(self.profile().name, out, flt, self._order if seen else SortOrder(),
                             full_ids=self.full_ids.isChecked(), since_last=self.since_last.isChecked(),
                             description="list filter" if seen else "all")

    def choose_file_and_export(self) -> None:
        profile = self.profile()
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), profile.label(self._context.language)
                                              + profile.suffix, f"*{profile.suffix}")
        if path:
            self.export_to(Path(path).with_suffix(profile.suffix) if not path.endswith(profile.suffix) else Path(path))

    def export_to(self, path: Path) -> ExportOutcome | None:
        request = self.request(path)
        context = self._context
        try:
            self.outcome = run_with_progress(self, self.tr("Exporting members…"), lambda progress, cancelled:
                                             export_members(context.db, context.actor, request, context.language,
                                                            progress, cancelled))
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), message_text(error.message))
            return None
        context.settings.setValue(LAST_PROFILE_KEY, request.profile)
        self.accept()
        return self.outcome
