"""The print preview on real documents, offscreen: it shows the engine's PDF, prints it through the
same path as the Print button (a QPrinter writing a PDF file, no dialog) and saves it; the option
dialogs produce what the user chose; the notice composer previews as you type."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from desktop.documents.members.contents import RosterRequest, build_roster
from desktop.documents.shared.notice import notice_pdf
from desktop.documents.members.roster import roster_pdf
from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.audit.entities import AuditRecord
from desktop.views.paper.preview_dialog import PreviewDialog


def pdf_page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


@pytest.fixture
def roster_bytes(db):
    return roster_pdf(build_roster(db, LOCAL_ADMIN, RosterRequest()))


def test_preview_shows_every_page_and_navigates(qtbot, roster_bytes):
    dialog = PreviewDialog(roster_bytes, "花名册", "roster.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count() == pdf_page_count(roster_bytes) > 1
    dialog.pane.go_to(1)
    assert dialog.pane.page() == 1
    assert dialog.pane.page_box.value() == 2
    dialog.pane.zoom(2.0)
    assert not dialog.pane.next_button.isEnabled() or dialog.page_count() > 2


def test_print_path_writes_the_same_pages_to_a_printer(qtbot, tmp_path, roster_bytes):
    dialog = PreviewDialog(roster_bytes, "花名册", "roster.pdf")
    qtbot.addWidget(dialog)
    printer = dialog.new_printer()
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer, max_dpi=100)
    assert out.exists() and out.stat().st_size > 0
    assert pdf_page_count(out.read_bytes()) == dialog.page_count()


def test_save_as_pdf_writes_the_previewed_bytes(qtbot, tmp_path, roster_bytes):
    saved = []
    dialog = PreviewDialog(roster_bytes, "花名册", "roster.pdf", on_saved=saved.append)
    qtbot.addWidget(dialog)
    assert dialog.save_to(str(tmp_path / "copy"))
    assert (tmp_path / "copy.pdf").read_bytes() == roster_bytes
    assert saved == [str(tmp_path / "copy.pdf")]


def test_save_as_word_writes_an_editable_copy_and_is_audited_like_the_pdf(qtbot, tmp_path, db, roster_bytes):
    from docx import Document

    from desktop.documents.members.roster import roster_docx

    roster = build_roster(db, LOCAL_ADMIN, RosterRequest())
    saved = []
    plain = PreviewDialog(roster_bytes, "花名册", "roster.pdf")
    qtbot.addWidget(plain)
    assert plain.word_button.isHidden()  # papers without a Word copy show no button
    dialog = PreviewDialog(roster_bytes, "花名册", "roster.pdf", on_saved=saved.append,
                           word=lambda: roster_docx(roster))
    qtbot.addWidget(dialog)
    assert not dialog.word_button.isHidden()
    assert dialog.save_word_to(str(tmp_path / "copy"))
    table = Document(str(tmp_path / "copy.docx")).tables[0]
    assert len(table.rows) == len(roster.rows) + 1 and table.rows[1].cells[1].text == roster.rows[0][0]
    assert saved == [str(tmp_path / "copy.docx")]


def test_roster_dialog_gives_the_chosen_columns(qtbot, settings):
    from desktop.domain.members.queries import MemberFilter
    from desktop.views.paper.roster_dialog import RosterDialog

    dialog = RosterDialog(settings, shown=200, selected=0, may_print_full_ids=False)
    qtbot.addWidget(dialog)
    assert "portrait" in dialog.orientation_note.text()   # the default columns fit A4 portrait
    for i in range(dialog.columns.count()):  # tick every column: too wide for portrait
        dialog.columns.item(i).setCheckState(Qt.CheckState.Checked)
    request = dialog.request(MemberFilter(), [])
    assert len(request.columns) == dialog.columns.count()
    assert request.ids is None and not request.full_ids
    assert "landscape" in dialog.orientation_note.text()


def test_notice_composer_previews_the_text(qtbot):
    from desktop.views.paper.notice_dialog import NoticeDialog

    dialog = NoticeDialog("测试工会")
    qtbot.addWidget(dialog)
    assert dialog.preview.page_count() >= 1
    dialog.template.setCurrentIndex(dialog.template.findData("public"))
    assert dialog.period_end.isVisibleTo(dialog)
    assert dialog.notice().period is not None
    dialog.body.setPlainText("第一段。\n" * 80)
    qtbot.waitUntil(lambda: dialog.preview.page_count() >= 3, timeout=3000)


def test_notice_composer_prints_the_red_header_and_remembers_the_issuer_mark(qtbot, settings, monkeypatch):
    from desktop.views.paper.notice_dialog import NoticeDialog
    from desktop.views.paper.preview_dialog import PreviewDialog
    from tests.pdf_reading import pdf_text

    dialog = NoticeDialog("测试工会", settings=settings)
    qtbot.addWidget(dialog)
    dialog.issuer_mark.setText("测试工会委员会文件")
    dialog.doc_number.setText("工发〔2026〕3号")
    text = "".join(pdf_text(notice_pdf(dialog.notice()), 1).split())
    assert "测试工会委员会文件" in text and "工发〔2026〕3号" in text
    monkeypatch.setattr(PreviewDialog, "exec", lambda self: 0)
    dialog.open_preview()
    again = NoticeDialog("测试工会", settings=settings)
    qtbot.addWidget(again)
    assert again.issuer_mark.text() == "测试工会委员会文件" and again.doc_number.text() == ""


def test_notice_headings_come_from_buttons_not_typed_marks(qtbot):
    from PySide6.QtGui import QTextCursor

    from desktop.views.paper.notice_dialog import NoticeDialog

    dialog = NoticeDialog("测试工会")
    qtbot.addWidget(dialog)
    dialog.body.setPlainText("活动安排\n报名方式\n请按时参加。")
    cursor = dialog.body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("活动安排\n报名方式"), QTextCursor.MoveMode.KeepAnchor)  # the first two lines
    dialog.body.setTextCursor(cursor)
    dialog.level_buttons[1].click()                       # 标题 一、
    assert dialog.body.toPlainText() == "# 活动安排\n# 报名方式\n请按时参加。"
    cursor = dialog.body.textCursor()
    cursor.setPosition(2)
    dialog.body.setTextCursor(cursor)
    dialog.level_buttons[2].click()                       # the first line becomes 标题 (一)
    assert dialog.body.toPlainText().startswith("## 活动安排\n# 报名方式")
    dialog.level_buttons[0].click()                       # back to body text
    assert dialog.body.toPlainText().startswith("活动安排\n# 报名方式")


def test_full_id_roster_saved_from_the_menu_path_is_audited(qtbot, db, tmp_path):
    from sqlalchemy import select

    from desktop.domain.members.paper import record_saved, rows_for_paper

    rows = rows_for_paper(db, LOCAL_ADMIN, ids=[1, 2], full_ids=True)
    record_saved(db, LOCAL_ADMIN, "roster", [r.id for r in rows], str(tmp_path / "x.pdf"))
    with db.session() as session:
        actions = list(session.scalars(select(AuditRecord.action).order_by(AuditRecord.id.desc()).limit(2)))
    assert actions == ["export", "print"]
