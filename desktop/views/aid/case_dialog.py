"""The case dialog: the applicant picked from the register, the household and its figures (with
the tier computed as you type and the calculation shown), the file fields, the aid asked for and
the consent. Sensitive values of an existing case stay masked unless revealed here (audited)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
    QTabWidget, QVBoxLayout, QWidget,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.aid import codes
from desktop.domain.aid.inputs import CaseInput, HouseholdInput
from desktop.domain.aid.queries import HIDDEN, AidQueries, CaseDetail, member_choices
from desktop.domain.aid.service import AidService, DuplicateCase
from desktop.domain.aid.settings import AidSettingsService
from desktop.domain.aid.tiers import TierFigures, compute_tier
from desktop.domain.errors import ValidationError
from desktop.messages import UserError
from desktop.models.texts import message_text, qt_translate
from desktop.views.aid.widgets import AidCodeCombo, AidTypeChecks, YuanEdit
from desktop.views.context import AppContext
from desktop.views.widgets.fields import CodeCombo, OptionalDateEdit
from desktop.views.widgets.forms import error_label, user_error_text

HOUSEHOLD_COLUMNS = 7  # name, relation, birth date, health, work/school, monthly income, ID number


class CaseDialog(QDialog):
    def __init__(self, context: AppContext, detail: CaseDetail | None = None, parent=None):
        super().__init__(parent)
        self._context = context
        self._detail = detail
        self.saved_id: int | None = None
        self.existing_case_id: int | None = None  # set when refused as a second case of a household
        language = context.language
        self.setWindowTitle(self.tr("New aid case") if detail is None else
                            self.tr("Aid case {case_no}").format(case_no=detail.case_no))
        self._settings = AidSettingsService(context.db, context.actor).read()

        # -- applicant
        self.member_search = QLineEdit()
        self.member_search.setClearButtonEnabled(True)
        self.member_search.setPlaceholderText(self.tr("Search the register: name, pinyin initials, phone"))
        self.member_list = QListWidget()
        self.member_list.setMaximumHeight(110)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._search_members)
        self.member_search.textChanged.connect(lambda _t: self._search_timer.start())
        self.opened_on = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.opened_on.setDate(QDate.currentDate())
        self.category = AidCodeCombo(codes.CATEGORY, language)
        self.work_status = AidCodeCombo(codes.WORK_STATUS, language)
        self.marital_status = CodeCombo("marital_status", language)
        self.household_type = CodeCombo("household_type", language)
        self.address = QLineEdit()
        self.consent_on = OptionalDateEdit()
        self.consent_scope = QLineEdit()
        self.consent_scope.setPlaceholderText(self.tr("What the applicant consented to (health, income, bank card …)"))
        self.consent_default = QPushButton(self.tr("Usual wording"))
        self.consent_default.clicked.connect(lambda: self.consent_scope.setText(
            "同意工会为困难帮扶收集、使用本人及家庭成员的健康、收入、银行账户信息，用于审核、发放、公示（仅姓名、部门、类别、金额）和回访"))
        applicant = QWidget()
        form = QFormLayout(applicant)
        form.addRow(self.tr("Applicant"), self.member_search)
        form.addRow("", self.member_list)
        form.addRow(self.tr("Application date"), self.opened_on)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Work status"), self.work_status)
        form.addRow(self.tr("Marital status"), self.marital_status)
        form.addRow(self.tr("Household registration"), self.household_type)
        form.addRow(self.tr("Address"), self.address)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_on)
        consent_row.addWidget(self.consent_scope, 1)
        consent_row.addWidget(self.consent_default)
        form.addRow(self.tr("Consent (date, scope)"), consent_row)

        # -- household and income
        self.household_size = QSpinBox(minimum=1, maximum=30)
        self.yearly_income = YuanEdit()
        self.rigid_spending = YuanEdit()
        self.accident_costs = YuanEdit()
        self.monthly_income = YuanEdit()
        self.other_income = YuanEdit()
        self.tier_text = QLabel()
        self.tier_text.setWordWrap(True)
        self.tier_text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.tier_text.setStyleSheet("background: #f4f6f8; padding: 6px;")
        self.household = QTableWidget(0, HOUSEHOLD_COLUMNS)
        self.household.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Relation"), self.tr("Birth date (YYYY-MM-DD)"), self.tr("Health"),
            self.tr("Work or school"), self.tr("Monthly income"), self.tr("ID number")])
        self.household.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        add_person = QPushButton(self.tr("Add person"))
        remove_person = QPushButton(self.tr("Remove person"))
        add_person.clicked.connect(lambda: self._add_person(None))
        remove_person.clicked.connect(self._remove_person)
        income = QWidget()
        income_form = QFormLayout(income)
        income_form.addRow(self.tr("Household size (persons)"), self.household_size)
        income_form.addRow(self.tr("Household yearly disposable income (yuan)"), self.yearly_income)
        income_form.addRow(self.tr("Rigid spending this year (yuan)"), self.rigid_spending)
        income_form.addRow(self.tr("Costs of disaster, accident or serious illness this year (yuan)"),
                           self.accident_costs)
        income_form.addRow(self.tr("Applicant's monthly income (yuan)"), self.monthly_income)
        income_form.addRow(self.tr("Other household income this year (yuan)"), self.other_income)
        income_form.addRow(self.tr("Tier (computed)"), self.tier_text)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add_person)
        buttons_row.addWidget(remove_person)
        buttons_row.addStretch(1)
        income_form.addRow(self.tr("Household members"), buttons_row)
        income_form.addRow(self.household)
        for edit in (self.yearly_income, self.rigid_spending, self.accident_costs):
            edit.textChanged.connect(self._update_tier)
        self.household_size.valueChanged.connect(self._update_tier)
        self.opened_on.dateChanged.connect(self._update_tier)

        # -- file
        self.health = AidCodeCombo(codes.HEALTH, language)
        self.health_detail = QLineEdit()
        self.disability_type = AidCodeCombo(codes.DISABILITY_TYPE, language)
        self.disability_grade = AidCodeCombo(codes.DISABILITY_GRADE, language)
        self.housing_type = AidCodeCombo(codes.HOUSING_TYPE, language)
        self.housing_area = QSpinBox(minimum=0, maximum=2000, suffix=" m²")
        self.main_cause = AidCodeCombo(codes.CAUSE, language)
        self.secondary_cause = AidCodeCombo(codes.CAUSE, language)
        self.bank_name = QLineEdit()
        self.bank_card_no = QLineEdit()
        self.reveal_button = QPushButton(self.tr("Reveal hidden values (recorded)"))
        self.reveal_button.setVisible(detail is not None and context.actor.can(Permission.AID_SENSITIVE))
        self.reveal_button.clicked.connect(self._reveal)
        file = QWidget()
        file_form = QFormLayout(file)
        file_form.addRow(self.tr("Health"), self.health)
        file_form.addRow(self.tr("Health details"), self.health_detail)
        disability = QHBoxLayout()
        disability.addWidget(self.disability_type)
        disability.addWidget(self.disability_grade)
        file_form.addRow(self.tr("Disability (type, grade)"), disability)
        housing = QHBoxLayout()
        housing.addWidget(self.housing_type)
        housing.addWidget(self.housing_area)
        file_form.addRow(self.tr("Housing (type, area)"), housing)
        file_form.addRow(self.tr("Main cause of hardship"), self.main_cause)
        file_form.addRow(self.tr("Secondary cause"), self.secondary_cause)
        file_form.addRow(self.tr("Bank"), self.bank_name)
        file_form.addRow(self.tr("Bank card no."), self.bank_card_no)
        file_form.addRow("", self.reveal_button)

        # -- aid
        self.aid_requested = AidTypeChecks(language)
        self.aid_granted = AidTypeChecks(language)
        self.tier_override = AidCodeCombo(codes.TIER, language)
        self.tier_override.setItemText(0, self.tr("(use the computed tier)"))
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(self.tr("Required when the tier is overridden"))
        self.situation = QPlainTextEdit()
        self.situation.setPlaceholderText(self.tr("The household's situation and the reason for the application"))
        self.reviewed_by = QLineEdit()
        aid = QWidget()
        aid_form = QFormLayout(aid)
        aid_form.addRow(self.tr("Aid requested"), self.aid_requested)
        aid_form.addRow(self.tr("Aid granted"), self.aid_granted)
        aid_form.addRow(self.tr("Override the tier"), self.tier_override)
        aid_form.addRow(self.tr("Reason for the override"), self.override_reason)
        aid_form.addRow(self.tr("Situation"), self.situation)
        aid_form.addRow(self.tr("Reviewed by (审核人)"), self.reviewed_by)

        self.tabs = QTabWidget()
        self.tabs.addTab(applicant, self.tr("Applicant"))
        self.tabs.addTab(income, self.tr("Household and income"))
        self.tabs.addTab(file, self.tr("Health, housing, causes"))
        self.tabs.addTab(aid, self.tr("Aid"))
        self.error = error_label()
        box = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        # shown when the household already has an open case: takes the user there
        self.open_existing = box.addButton(self.tr("Open the existing case"), QDialogButtonBox.ActionRole)
        self.open_existing.setVisible(False)
        self.open_existing.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.resize(900, 640)
        if detail is not None:
            self._load(detail)
        self._update_tier()

    # -- applicant search ---------------------------------------------------------------------------

    def _search_members(self) -> None:
        self.member_list.clear()
        text = self.member_search.text().strip()
        if not text:
            return
        try:
            choices = member_choices(self._context.db, self._context.actor, text)
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        for choice in choices:
            label = " · ".join(p for p in (choice.name, choice.department) if p)
            if choice.open_case:
                label += "  " + self.tr("(open case {case_no})").format(case_no=choice.open_case)
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, choice.member_id)
            self.member_list.addItem(item)
        if self.member_list.count():
            self.member_list.setCurrentRow(0)

    def member_id(self) -> int | None:
        if self._detail is not None:
            return self._detail.member_id
        item = self.member_list.currentItem()
        return item.data(Qt.UserRole) if item else None

    # -- household rows -----------------------------------------------------------------------------

    def _add_person(self, person) -> None:
        row = self.household.rowCount()
        self.household.insertRow(row)
        relation = AidCodeCombo(codes.RELATION, self._context.language)
        health = AidCodeCombo(codes.HEALTH, self._context.language)
        if person is not None and person.health == HIDDEN:
            health.insertItem(0, HIDDEN, HIDDEN)
        self.household.setCellWidget(row, 1, relation)
        self.household.setCellWidget(row, 3, health)
        values = ["", "", "", "", "", "", ""]
        if person is not None:
            relation.set_value(person.relation)
            health.set_value(person.health)
            values = [person.name, "", person.birth_date.isoformat() if person.birth_date else "", "",
                      person.work_or_school, str(person.monthly_income) if person.monthly_income else "",
                      person.id_number]
        for column, text in enumerate(values):
            if column not in (1, 3):
                self.household.setItem(row, column, QTableWidgetItem(text))

    def _remove_person(self) -> None:
        row = self.household.currentRow()
        if row >= 0:
            self.household.removeRow(row)

    def _household(self) -> tuple[HouseholdInput, ...]:
        people = []
        for row in range(self.household.rowCount()):
            def text(column: int) -> str:
                item = self.household.item(row, column)
                return item.text().strip() if item else ""
            if not any(text(c) for c in (0, 2, 4, 5, 6)):
                continue
            birth = None
            if text(2):
                try:
                    birth = dt.date.fromisoformat(text(2))
                except ValueError:
                    raise UserError(_message(self.tr("Household row {row}: the birth date “{text}” is not a date "
                                                     "(YYYY-MM-DD).").format(row=row + 1, text=text(2)))) from None
            try:
                from desktop.domain.money import parse_yuan
                income = parse_yuan(text(5)) if text(5) else Decimal("0.00")
            except UserError as error:
                raise UserError(_message(self.tr("Household row {row}: {problem}").format(
                    row=row + 1, problem=message_text(error.message)))) from None
            people.append(HouseholdInput(
                name=text(0), relation=self.household.cellWidget(row, 1).value(), birth_date=birth,
                health=self.household.cellWidget(row, 3).value(), work_or_school=text(4), monthly_income=income,
                id_number=text(6)))
        return tuple(people)

    # -- tier ---------------------------------------------------------------------------------------

    def _update_tier(self) -> None:
        try:
            figures = TierFigures(self.yearly_income.value(), self.rigid_spending.value(), self.household_size.value(),
                                  self.accident_costs.value())
        except UserError as error:
            self.tier_text.setText(message_text(error.message))
            return
        day = self.opened_on.date().toPython()
        result = compute_tier(figures, self._settings.line_on(day))
        self.tier_text.setText("<b>{}</b><br>{}".format(
            codes.aid_label(codes.TIER, result.tier, self._context.language),
            result.explanation(qt_translate).replace("\n", "<br>")))

    # -- load / save --------------------------------------------------------------------------------

    def _load(self, d: CaseDetail) -> None:
        v = d.values
        self.member_search.setText(d.name)
        self.member_search.setEnabled(False)
        self.member_list.setVisible(False)
        self.opened_on.setDate(QDate(d.opened_on))
        self.category.set_value(v["category"])
        self.work_status.set_value(v["work_status"])
        self.marital_status.set_code(v["marital_status"])
        self.household_type.set_code(v["household_type"])
        self.address.setText(v["address"])
        self.consent_on.set_value(v["consent_on"])
        self.consent_scope.setText(v["consent_scope"])
        self.household_size.setValue(v["household_size"])
        for name in ("yearly_income", "rigid_spending", "accident_costs", "monthly_income", "other_income"):
            getattr(self, name).set_value(v[name])
        for name in ("health", "disability_type", "disability_grade"):
            combo = getattr(self, name)
            if v[name] == HIDDEN:
                combo.insertItem(0, HIDDEN, HIDDEN)
            combo.set_value(v[name])
        self.health_detail.setText(v["health_detail"])
        self.housing_type.set_value(v["housing_type"])
        self.housing_area.setValue(v["housing_area"] or 0)
        self.main_cause.set_value(v["main_cause"])
        self.secondary_cause.set_value(v["secondary_cause"])
        self.bank_name.setText(v["bank_name"])
        self.bank_card_no.setText(v["bank_card_no"])
        self.aid_requested.set_value(codes.split_codes(v["aid_requested"]))
        self.aid_granted.set_value(codes.split_codes(v["aid_granted"]))
        if d.tier != d.tier_computed or d.tier_override_reason:
            self.tier_override.set_value(d.tier)
        self.override_reason.setText(d.tier_override_reason)
        self.situation.setPlainText(v["situation"])
        self.reviewed_by.setText(v["reviewed_by"])
        for person in d.household:
            self._add_person(person)

    def _reveal(self) -> None:
        """Unmask the health, the bank card and the household's ID numbers and health for editing."""
        queries = AidQueries(self._context.db, self._context.actor)
        case_id = self._detail.id
        try:
            self.bank_card_no.setText(queries.reveal(case_id, "bank_card_no"))
            stored = queries.reveal_health_for_editing(case_id)
            for name in ("health", "disability_type", "disability_grade"):
                combo = getattr(self, name)
                if combo.itemData(0) == HIDDEN:
                    combo.removeItem(0)
                combo.set_value(stored[name])
            self.health_detail.setText(stored["health_detail"])
            for row, person in enumerate(self._detail.household):
                if row >= self.household.rowCount():
                    break
                self.household.item(row, 6).setText(queries.reveal(case_id, "id_number", person.id))
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.reveal_button.setEnabled(False)

    def case_input(self) -> CaseInput:
        member_id = self.member_id()
        if member_id is None:
            raise ValidationError([_field("member_id", self.tr("Pick the applicant from the register first."))])
        return CaseInput(
            member_id=member_id, opened_on=self.opened_on.date().toPython(),
            household_size=self.household_size.value(), yearly_income=self.yearly_income.value(),
            rigid_spending=self.rigid_spending.value(), accident_costs=self.accident_costs.value(),
            monthly_income=self.monthly_income.value(), other_income=self.other_income.value(),
            tier_override=self.tier_override.value(), tier_override_reason=self.override_reason.text(),
            category=self.category.value(), health=self.health.value(), health_detail=self.health_detail.text(),
            disability_type=self.disability_type.value(), disability_grade=self.disability_grade.value(),
            work_status=self.work_status.value(), housing_type=self.housing_type.value(),
            housing_area=self.housing_area.value() or None, marital_status=self.marital_status.code() or "",
            household_type=self.household_type.code() or "", address=self.address.text(),
            main_cause=self.main_cause.value(), secondary_cause=self.secondary_cause.value(),
            bank_name=self.bank_name.text(), bank_card_no=self.bank_card_no.text(),
            aid_requested=self.aid_requested.value(), aid_granted=self.aid_granted.value(),
            situation=self.situation.toPlainText(), consent_on=self.consent_on.value(),
            consent_scope=self.consent_scope.text(), reviewed_by=self.reviewed_by.text(),
            household=self._household())

    def save(self) -> None:
        service = AidService(self._context.db, self._context.actor)
        try:
            data = self.case_input()
            if self._detail is None:
                self.saved_id = service.create_case(data)
            else:
                service.update_case(self._detail.id, data, self._detail.version)
                self.saved_id = self._detail.id
        except DuplicateCase as error:
            self.existing_case_id = error.case_id
            self.error.setText(user_error_text(error))
            self.open_existing.setText(self.tr("Open case {case_no}").format(case_no=error.case_no))
            self.open_existing.setVisible(True)
            return
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


def _message(text: str):
    from desktop.messages import Message
    return Message("", "{text}").format(text=text)


def _field(name: str, text: str):
    from desktop.domain.errors import FieldError
    return FieldError(name, _message(text))
