"""Save as PDF of a paper with full ID numbers: the export is recorded before the file takes its
name, so a record that cannot be written leaves no file (and the user is told in one sentence)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.errors import StoreError
from desktop.views.paper.preview_dialog import PreviewDialog

PDF = b"%PDF-1.4 a roster with full ID numbers"


def test_the_record_is_written_before_the_file_appears(qtbot, tmp_path):
    seen = []
    dialog = PreviewDialog(PDF, "花名册", "roster.pdf",
                           on_saved=lambda path: seen.append(sorted(p.name for p in tmp_path.iterdir())))
    qtbot.addWidget(dialog)
    assert dialog.save_to(str(tmp_path / "花名册.pdf"))
    assert seen == [["花名册.pdf.part"]]  # at the moment of the record only the unfinished file exists
    assert (tmp_path / "花名册.pdf").read_bytes() == PDF


def test_a_record_that_fails_leaves_no_file(qtbot, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))

    def record(path):
        raise StoreError(QT_TRANSLATE_NOOP("Store", "The disk is full (or the file has grown beyond what the system "
                                           "allows) while writing {path}. Nothing was changed. Free some space, or "
                                           "choose another drive, and try again.").format(path="union.sqlite3"))

    dialog = PreviewDialog(PDF, "花名册", "roster.pdf", on_saved=record)
    qtbot.addWidget(dialog)
    assert not dialog.save_to(str(tmp_path / "花名册.pdf"))
    assert list(tmp_path.iterdir()) == []
    assert len(warnings) == 1 and ("磁盘已满" in warnings[0] or "disk is full" in warnings[0])
