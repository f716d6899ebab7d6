"""The one print preview of the program: every document (roster, sign-in sheet, notice, form, and
later ballots and receipts) is shown here from its PDF bytes, and Print and Save as PDF use those
same bytes — what the user previews is what prints."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QProgressDialog, QPushButton, QVBoxLayout,
)

from desktop.documents.shared.files import save_file
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.paper.pdf_pane import PdfPane
from desktop.views.paper.printing import match_orientation, print_document


class PreviewDialog(QDialog):
    """`on_saved(path)` is called when Save as PDF (or Word) has written the file, before it takes its
    name (a paper with full ID numbers records that in the audit trail; if the record fails, no file
    appears). `word` builds an editable .docx copy of the paper (notices and table papers): a Save as
    Word button appears. `note` is shown above the pages (e.g. which free font stands in for a
    standard one)."""

    def __init__(self, pdf: bytes, title: str, file_name: str, parent=None,
                 on_saved: Callable[[str], None] | None = None, word: Callable[[], bytes] | None = None,
                 note: str = ""):
        super().__init__(parent)
        self._word = word
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=title))
        self._pdf = pdf
        self._file_name = file_name
        self._on_saved = on_saved
        self.pane = PdfPane(self)
        self.pane.set_pdf(pdf)

        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.word_button = QPushButton(self.tr("Save as Word…"))
        self.word_button.setToolTip(self.tr("An editable copy for Word or WPS, with the same page set-up"))
        buttons.addButton(self.word_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.word_button.setVisible(word is not None)  # after addButton, which shows it
        self.word_button.clicked.connect(self.save_word_with_dialog)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        layout.addWidget(self.pane, 1)
        layout.addWidget(buttons)
        self.resize(900, 1000)

    @property
    def pdf(self) -> bytes:
        return self._pdf

    def page_count(self) -> int:
        return self.pane.page_count()

    # -- printing -------------------------------------------------------------------------------

    def new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._file_name)
        match_orientation(self.pane.document, printer)
        return printer

    def print_with_dialog(self) -> None:
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter, max_dpi: int | None = None) -> bool:
        """Print on an already set-up printer, with a progress dialog that can cancel."""
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, self.page_count(), self)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def on_page(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setLabelText(self.tr("Printing page {page} of {count}…").format(
                page=min(done + 1, total), count=total))
            progress.setValue(done)  # a window-modal progress dialog processes events here
            return not progress.wasCanceled()

        kwargs = {"max_dpi": max_dpi} if max_dpi else {}
        try:
            done = print_document(self.pane.document, printer, on_page=on_page, **kwargs)
        finally:
            progress.close()
        if not done and not progress.wasCanceled():
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The printer could not be used. Check that it is switched on and connected, then try again."))
        return done

    # -- saving ---------------------------------------------------------------------------------

    def save_with_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self._file_name,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(path)

    def save_word_with_dialog(self) -> None:
        name = str(Path(self._file_name).with_suffix(".docx"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as Word"), name,
                                              self.tr("Word documents (*.docx)"))
        if path:
            self.save_word_to(path)

    def save_word_to(self, path: str) -> bool:
        if not path.lower().endswith(".docx"):
            path += ".docx"
        return self._write(path, self._word())

    def save_to(self, path: str) -> bool:
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        return self._write(path, self._pdf)

    def _write(self, path: str, data: bytes) -> bool:
        record = (lambda: self._on_saved(path)) if self._on_saved is not None else None
        try:  # complete or not at all: never a truncated file, nor an unrecorded one, under that name
            save_file(path, data, before_move=record)
        except OSError as error:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Could not save {path}: {reason}. Choose another folder or file name.").format(
                path=path, reason=error.strerror or str(error)))
            return False
        except UserError as error:  # the audit record could not be written (full disk, locked file)
            QMessageBox.warning(self, self.windowTitle(), message_text(error.message))
            return False
        return True


def show_preview(pdf: bytes, title: str, file_name: str, parent=None,
                 on_saved: Callable[[str], None] | None = None, word: Callable[[], bytes] | None = None
                 ) -> PreviewDialog:
    """Open the preview for a document and return it (modal)."""
    dialog = PreviewDialog(pdf, title, file_name, parent, on_saved, word)
    dialog.exec()
    return dialog



def font_note() -> str:
    """For official documents: which free font stands in for a standard font this PC lacks
    (e.g. "仿宋_GB2312 / 仿宋 → 朱雀仿宋（Zhuque Fangsong）"); "" when all four standard fonts were found."""
    from desktop.documents.shared.fonts import stand_ins

    lines = stand_ins()
    if not lines:
        return ""
    return QCoreApplication.translate(
        "PreviewDialog", "This PC lacks some standard fonts of official documents; free fonts stand in: {fonts}. "
        "Install the standard fonts for the official look (see Settings).").format(fonts="; ".join(lines))
