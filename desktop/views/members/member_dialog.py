"""Adding or editing a member. Validates as you type with the same rules the service applies;
Save stays disabled until the record is valid, and each problem is shown under its field."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget,
)

from desktop.domain.codes import ID_TYPE_RESIDENT_CARD
from desktop.domain.concurrency import StaleEditError
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.id_numbers import check_id_number
from desktop.domain.members.lifecycle import EVENT_LABELS, EventType
from desktop.domain.members.queries import MemberDetail
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import MemberInput, normalize_input, validate_member
from desktop.models.texts import message_text
from desktop.views.widgets.forms import ERROR_STYLE
from desktop.views.widgets.fields import CodeCombo, OptionalDateEdit
from desktop.views.widgets.stale_edit import StaleEditBanner



class MemberDialog(QDialog):
    """`member_id` None adds a member; otherwise edits it, starting from `initial`."""

    def __init__(self, service: MemberService, language: str, departments: list[str],
                 member_id: int | None = None, initial: MemberInput | None = None, parent=None,
                 version: int | None = None, reload: Callable[[], MemberDetail | None] | None = None):
        super().__init__(parent)
        self._service = service
        self._member_id = member_id
        self._version = version    # the version being edited: a save over a newer one is refused
        self._reload = reload      # reads the member as stored now, for "Reload their version"
        self._language = language
        self._touched: set[str] = set()
        self._show_all_errors = False
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Add member") if member_id is None else self.tr("Edit member"))
        self._build(departments)
        self._load(initial or MemberInput())
        self._revalidate()
        self.resize(980, 680)  # wide enough that a message under a field fits on one or two lines

    # -- layout ---------------------------------------------------------------------------------

    def _build(self, departments: list[str]) -> None:
        language = self._language
        w = self.widgets = {
            "name": QLineEdit(), "id_type": CodeCombo("id_type", language, allow_empty=False),
            "id_number": QLineEdit(), "gender": CodeCombo("gender", language),
            "birth_date": OptionalDateEdit(), "ethnicity": CodeCombo("ethnicity", language),
            "political_status": CodeCombo("political_status", language),
            "education": CodeCombo("education", language), "mobile": QLineEdit(),
            "department": QComboBox(), "team": QLineEdit(), "post": QLineEdit(),
            "hire_date": OptionalDateEdit(),
            "employment_status": CodeCombo("employment_status", language),
            "skill_level": CodeCombo("skill_level", language), "work_unit": QLineEdit(),
            "is_migrant_worker": QCheckBox(self.tr("Migrant worker (农民工)")),
            "household_type": CodeCombo("household_type", language), "household_place": QLineEdit(),
            "native_place": QLineEdit(),
            "join_date": OptionalDateEdit(), "card_no": QLineEdit(), "member_no": QLineEdit(),
            "consent_date": OptionalDateEdit(), "remarks": QPlainTextEdit(),
        }
        w["department"].setEditable(True)
        w["department"].addItems([""] + departments)
        w["remarks"].setMaximumHeight(60)
        w["id_number"].setPlaceholderText(self.tr("18 characters; the last may be X"))
        w["mobile"].setPlaceholderText(self.tr("11-digit mobile number"))
        w["card_no"].setPlaceholderText(self.tr("issued by the provincial system"))
        self.first_event = QComboBox()
        for event in (EventType.JOIN, EventType.TRANSFER_IN):
            self.first_event.addItem(message_text(EVENT_LABELS[event]), event)

        self._errors: dict[str, QLabel] = {}
        identity = self._group(self.tr("Identity"), [
            ("name", self.tr("Name *")), ("id_type", self.tr("Document type")),
            ("id_number", self.tr("ID number *")), ("gender", self.tr("Gender *")),
            ("birth_date", self.tr("Birth date")), ("ethnicity", self.tr("Ethnicity")),
            ("political_status", self.tr("Political status")), ("education", self.tr("Education")),
            ("mobile", self.tr("Mobile")),
        ])
        work = self._group(self.tr("Work and household"), [
            ("department", self.tr("Department")), ("team", self.tr("Team")), ("post", self.tr("Post")),
            ("hire_date", self.tr("Hire date")), ("employment_status", self.tr("Employment")),
            ("skill_level", self.tr("Skill level")), ("work_unit", self.tr("Work unit")),
            ("is_migrant_worker", ""), ("household_type", self.tr("Household type")),
            ("household_place", self.tr("Household registration")), ("native_place", self.tr("Native place")),
        ])
        membership_rows = [("join_date", self.tr("Joined on *"))]
        membership = self._group(self.tr("Membership"), membership_rows + [
            ("card_no", self.tr("Member card no.")), ("member_no", self.tr("Member no.")),
            ("consent_date", self.tr("Consent to data collection")), ("remarks", self.tr("Remarks")),
        ])
        if self._member_id is None:
            membership.layout().insertRow(1, self.tr("Joined by"), self.first_event)

        grid = QGridLayout()
        grid.addWidget(identity, 0, 0)
        grid.addWidget(work, 0, 1, 2, 1)
        grid.addWidget(membership, 1, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.conflict = StaleEditBanner()
        self.conflict.reload_requested.connect(self.reload_stored)
        self.conflict.reload_button.setEnabled(self._reload is not None)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.conflict)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        for name, widget in w.items():
            self._on_edit(widget, lambda *_, n=name: self._edited(n))

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        for name, label in rows:
            self.widgets[name].setMinimumWidth(260)
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(self.widgets[name])
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setVisible(False)
            error.setObjectName(f"error_{name}")
            column.addWidget(error)
            self._errors[name] = error
            form.addRow(label, holder)
        return box

    @staticmethod
    def _on_edit(widget: QWidget, slot) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(slot)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(slot)
            if widget.isEditable():
                widget.editTextChanged.connect(slot)
        elif isinstance(widget, OptionalDateEdit):
            widget.dateChanged.connect(slot)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(slot)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(slot)

    # -- values ---------------------------------------------------------------------------------

    def _load(self, data: MemberInput) -> None:
        for name, widget in self.widgets.items():
            widget.blockSignals(True)
            value = getattr(data, name)
            if isinstance(widget, CodeCombo):
                widget.set_code(value)
            elif isinstance(widget, OptionalDateEdit):
                widget.set_value(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentText(value or "")
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            else:
                widget.setText(value or "")
            widget.blockSignals(False)

    def current_input(self) -> MemberInput:
        values = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, CodeCombo):
                values[name] = widget.code() or ("" if name in ("gender", "id_type") else None)
            elif isinstance(widget, OptionalDateEdit):
                values[name] = widget.value()
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentText()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            else:
                values[name] = widget.text()
        return MemberInput(**values)

    # -- validation -----------------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        if name in ("id_number", "id_type"):
            self._fill_from_id()
        self._revalidate()

    def _fill_from_id(self) -> None:
        """A valid resident ID says the birth date and gender: fill them in."""
        data = self.current_input()
        if data.id_type != ID_TYPE_RESIDENT_CARD:
            return
        check = check_id_number(data.id_number)
        if check.ok:
            for name, value in (("birth_date", check.birth_date), ("gender", check.gender)):
                widget = self.widgets[name]
                widget.blockSignals(True)
                widget.set_value(value) if name == "birth_date" else widget.set_code(value)
                widget.blockSignals(False)

    def _revalidate(self) -> list:
        errors = validate_member(normalize_input(self.current_input()))
        self._show_errors({e.field: message_text(e.message) for e in errors})
        self.buttons.button(QDialogButtonBox.Save).setEnabled(not errors)
        return errors

    def _show_errors(self, texts: dict[str, str]) -> None:
        for name, label in self._errors.items():
            text = texts.get(name, "")
            visible = bool(text) and (self._show_all_errors or name in self._touched)
            label.setText(text)
            label.setVisible(visible)
        hidden = [t for n, t in texts.items() if not self._errors[n].isVisible()]
        self.summary.setText(self.tr("Still to complete: {count} field(s) marked *.").format(count=len(hidden))
                             if hidden else "")

    def _save(self) -> None:
        self._show_all_errors = True
        if self._revalidate():
            return
        data = self.current_input()
        try:
            if self._member_id is None:
                self.saved_id = self._service.create(data, self.first_event.currentData())
            else:
                self._service.update(self._member_id, data, self._version)
                self.saved_id = self._member_id
        except StaleEditError as error:
            self.conflict.show_conflict(message_text(error.message))  # what was typed stays in the form
            return
        except ValidationError as error:
            self._show_errors({e.field: message_text(e.message) for e in error.errors})
            self.buttons.button(QDialogButtonBox.Save).setEnabled(True)
            return
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), message_text(error.message))
            return
        self.accept()

    def reload_stored(self) -> None:
        """Put the member as now stored in the form (the other person's save), to edit from there."""
        detail = self._reload() if self._reload is not None else None
        if detail is None:
            return
        self._load(detail.data)
        self._version = detail.version
        self.conflict.clear()
        self._revalidate()

    def error_text(self, name: str) -> str:
        """The message shown under a field ('' when none is shown)."""
        label = self._errors[name]
        return label.text() if label.isVisible() else ""
