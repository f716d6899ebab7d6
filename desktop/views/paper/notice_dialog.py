"""The notice composer: pick a template, edit title, addressee and the body as plain text, and
watch the page beside it. No word processor: the layout is the official one (GB/T 9704), and the
body's # marks become the numbered headings 一、(一) 1. (1)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSettings, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from desktop.documents.shared.notice import Notice, notice_pdf
from desktop.documents.shared.word import notice_docx
from desktop.documents.shared.notice_templates import TEMPLATES, NoticeTemplate
from desktop.models.texts import message_text
from desktop.views.paper.pdf_pane import PdfPane
from desktop.views.paper.preview_dialog import PreviewDialog, font_note

PREVIEW_DELAY_MS = 400  # wait for a pause in typing before laying the page out again


ISSUER_MARK_KEY = "paper/issuer_mark"  # the union's 发文机关标志, remembered between notices


class NoticeDialog(QDialog):
    """`settings`, when given, remembers the red header's 发文机关标志 for the next notice."""

    def __init__(self, signature: str, parent=None, settings: QSettings | None = None):
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Write a notice"))
        self._signature = signature
        self.template = QComboBox()
        for key, template in TEMPLATES.items():
            self.template.addItem(message_text(template.label), key)
        self.template.currentIndexChanged.connect(lambda _: self.use_template(self.chosen_template()))
        self.title = QLineEdit()
        self.addressee = QLineEdit()
        self.addressee.setPlaceholderText(self.tr("e.g. 各部门、各工会小组："))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.hint = QLabel(self.tr("One paragraph a line. Put the cursor in a line and press a heading "
                                   "button: headings are numbered for you (一、 (一) 1. (1))."))
        self.hint.setWordWrap(True)
        self.heading_buttons = self._heading_bar()
        self.attachments = QPlainTextEdit()
        self.attachments.setPlaceholderText(self.tr("Attachments, one a line (optional)"))
        self.attachments.setMaximumHeight(60)
        self.signature = QLineEdit(signature)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.period_end = QDateEdit()
        self.period_end.setCalendarPopup(True)
        self.period_end.setDisplayFormat("yyyy-MM-dd")
        self.period_label = QLabel(self.tr("Public until:"))
        self.issuer_mark = QLineEdit(str(settings.value(ISSUER_MARK_KEY, "")) if settings is not None else "")
        self.issuer_mark.setPlaceholderText(self.tr("e.g. XX公司工会委员会文件 (empty: no red header)"))
        self.doc_number = QLineEdit()
        self.doc_number.setPlaceholderText(self.tr("e.g. 工发〔2026〕3号"))

        form = QFormLayout()
        form.addRow(self.tr("Template:"), self.template)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Addressed to:"), self.addressee)
        form.addRow(self.tr("Text:"), self.heading_buttons)
        form.addRow("", self.body)
        form.addRow("", self.hint)
        form.addRow(self.tr("Attachments:"), self.attachments)
        form.addRow(self.tr("Signed by:"), self.signature)
        form.addRow(self.tr("Red header (版头):"), self.issuer_mark)
        form.addRow(self.tr("Document number (发文字号):"), self.doc_number)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.period_label, self.period_end)
        editor = QWidget()
        editor.setLayout(form)

        self.preview = PdfPane()
        splitter = QSplitter()
        splitter.addWidget(editor)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.print_button = QPushButton(self.tr("Print preview…"))
        self.print_button.clicked.connect(self.open_preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        for edit in (self.title, self.addressee, self.signature, self.issuer_mark, self.doc_number):
            edit.textChanged.connect(lambda _: self._timer.start())
        for text in (self.body, self.attachments):
            text.textChanged.connect(self._timer.start)
        for date in (self.date, self.period_end):
            date.dateChanged.connect(lambda _: self._timer.start())
        self.use_template(self.chosen_template())
        self.resize(1300, 850)

    def _heading_bar(self) -> QWidget:
        """Buttons in the words of a word processor for the body's heading levels (stored as the
        # marks the paper understands, which a WPS user need not learn)."""
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.level_buttons: list[QPushButton] = []
        for level, text in enumerate((self.tr("Body text"), self.tr("Heading 一、"), self.tr("Heading (一)"),
                                      self.tr("Heading 1."), self.tr("Heading (1)"))):
            button = QPushButton(text)
            button.setToolTip(self.tr("Make the line the cursor is in (or the selected lines) this level"))
            button.clicked.connect(lambda _=False, n=level: self.set_heading_level(n))
            row.addWidget(button)
            self.level_buttons.append(button)
        row.addStretch(1)
        return bar

    def set_heading_level(self, level: int) -> None:
        """Level 0 is body text; 1-4 put 1-4 # marks before each selected line (replacing any)."""
        cursor = self.body.textCursor()
        start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        document = self.body.document()
        first, last = document.findBlock(start), document.findBlock(end)
        cursor.beginEditBlock()
        block = first
        while block.isValid():
            text = block.text()
            plain = text.lstrip("#").lstrip() if text.startswith("#") else text
            wanted = ("#" * level + " " + plain) if level else plain
            if wanted != text:
                line = QTextCursor(block)
                line.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                line.insertText(wanted)
            if block == last:
                break
            block = block.next()
        cursor.endEditBlock()
        self.body.setFocus()

    def chosen_template(self) -> NoticeTemplate:
        return TEMPLATES[self.template.currentData()]

    def use_template(self, template: NoticeTemplate) -> None:
        self.title.setText(template.title)
        self.addressee.setText(template.addressee)
        self.body.setPlainText(template.body)
        has_period = template.period_days is not None
        self.period_label.setVisible(has_period)
        self.period_end.setVisible(has_period)
        if has_period:
            self.period_end.setDate(self.date.date().addDays(template.period_days - 1))
        self.refresh_preview()

    def notice(self) -> Notice:
        date: dt.date = self.date.date().toPython()
        period = None
        if self.chosen_template().period_days is not None:
            period = (date, max(date, self.period_end.date().toPython()))
        attachments = tuple(line.strip() for line in self.attachments.toPlainText().splitlines() if line.strip())
        return Notice(self.title.text().strip(), self.body.toPlainText(), self.signature.text().strip(), date,
                      self.addressee.text().strip(), attachments, period, self.issuer_mark.text().strip(),
                      self.doc_number.text().strip())

    def refresh_preview(self) -> None:
        self._timer.stop()
        self.preview.set_pdf(notice_pdf(self.notice()))

    def open_preview(self) -> None:
        notice = self.notice()
        if self._settings is not None:
            self._settings.setValue(ISSUER_MARK_KEY, notice.issuer_mark)
        PreviewDialog(notice_pdf(notice), notice.title, f"{notice.title or 'notice'}.pdf", self,
                      word=lambda: notice_docx(notice), note=font_note()).exec()
