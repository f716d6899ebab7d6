"""The paper actions of the Votes pane (Print menu): ballots (counted as printed), the electorate's
sign-in sheet, the result report and the announcement, each shown in the preview first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog


class VotePapersMixin:
    """Uses the pane's _context, _detail and _run; its strings keep the pane's translation context."""

    def _preview(self, build, title: str, file_name: str) -> None:
        from desktop.views.paper.preview_dialog import PreviewDialog

        pdf = []
        if self._run(lambda: pdf.append(build())):
            PreviewDialog(pdf[0], title, file_name, self).exec()

    def print_ballots(self) -> None:
        from desktop.documents.votes.contents import print_ballots

        detail = self._detail()
        if detail is None:
            return
        copies, ok = QInputDialog.getInt(self, QCoreApplication.translate("VotesPane", "Ballots"), QCoreApplication.translate("VotesPane", 
            "How many ballots? (printed so far: {n}; each print run is counted)").format(n=detail.ballots_printed),
            detail.electorate_count or 1, 1, 100000)
        if ok:
            self._preview(lambda: print_ballots(self._context.db, self._context.actor, detail.id, copies),
                          QCoreApplication.translate("VotesPane", "Ballots"), f"{detail.title}选票.pdf")

    def print_signin(self) -> None:
        from desktop.documents.votes.contents import electorate_signin

        detail = self._detail()
        if detail is not None:
            self._preview(lambda: electorate_signin(self._context.db, self._context.actor, detail.id),
                          QCoreApplication.translate("VotesPane", "Electorate sign-in sheet"), f"{detail.title}签到表.pdf")

    def print_result(self) -> None:
        from desktop.documents.votes.contents import print_result

        detail = self._detail()
        if detail is not None:
            self._preview(lambda: print_result(self._context.db, self._context.actor, detail.id),
                          QCoreApplication.translate("VotesPane", "Result report"), f"{detail.title}计票结果报告单.pdf")

    def print_notice(self) -> None:
        from desktop.documents.votes.contents import print_announcement

        detail = self._detail()
        if detail is not None:
            self._preview(lambda: print_announcement(self._context.db, self._context.actor, detail.id),
                          QCoreApplication.translate("VotesPane", "Announcement"), f"{detail.title}结果公告.pdf")

    def print_archive(self) -> None:
        from desktop.documents.votes.contents import paper_trail

        detail = self._detail()
        if detail is not None:
            self._preview(lambda: paper_trail(self._context.db, self._context.actor, detail.id),
                          QCoreApplication.translate("VotesPane", "Paper trail"),
                          f"{detail.title}{'选举' if detail.kind == 'election' else '表决'}材料.pdf")
