"""The federation's window: how many members each union on the server has, and the yearly figures
the unions recorded. Figures only; it shows no person and offers nothing to change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.domain.operations.federation import YEAR_COLUMNS, Figures


def _year_headers() -> list[str]:
    labels = {
        "workforce": QCoreApplication.translate("FederationWindow", "Workforce"),
        "women_workforce": QCoreApplication.translate("FederationWindow", "Women workers"),
        "migrant_workforce": QCoreApplication.translate("FederationWindow", "Migrant workers"),
        "committee": QCoreApplication.translate("FederationWindow", "Committee"),
        "audit_committee": QCoreApplication.translate("FederationWindow", "Audit committee"),
        "women_committee": QCoreApplication.translate("FederationWindow", "Women's committee"),
        "member_representatives": QCoreApplication.translate("FederationWindow", "Member representatives"),
        "congress_delegates": QCoreApplication.translate("FederationWindow", "Congress delegates"),
    }
    return [labels[name] for name in YEAR_COLUMNS]


class FederationWindow(QWidget):
    def __init__(self, figures: Figures, server: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Federation figures — {server}").format(server=server))
        total = sum(union.members for union in figures.members)
        self.summary = QLabel(self.tr("{unions} union(s) on the server, {members} members in all. Only figures "
                                      "are shown here: no member, no aid case.").format(
                                          unions=len(figures.members), members=total))
        self.summary.setWordWrap(True)
        self.members_table = self._table(
            [self.tr("Union"), self.tr("Schema"), self.tr("Members")],
            [(u.union_name or "—", u.schema, u.members) for u in figures.members])
        self.years_table = self._table(
            [self.tr("Union"), self.tr("As of"), *_year_headers()],
            [(y.union_name or y.schema, str(y.as_of), *(y.figures[name] for name in YEAR_COLUMNS))
             for y in figures.years])
        years_title = QLabel(self.tr("Yearly figures") if figures.years else
                             self.tr("Yearly figures: no union has recorded them yet."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Members by union")))
        layout.addWidget(self.members_table, 1)
        layout.addWidget(years_title)
        layout.addWidget(self.years_table, 1)

    @staticmethod
    def _table(headers: list[str], rows: list[tuple]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem("—" if value is None else str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                table.setItem(row, column, item)
        return table


def show_window(figures: Figures, server: str, language: str) -> int:
    """`uniondesk federation show`: the window on its own (a federation has no union database, so
    the main window, which opens one, is not for it)."""
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translations

    app = QApplication.instance() or QApplication([])
    translators = install_translations(app, language)  # noqa: F841  (kept alive while the window is open)
    window = FederationWindow(figures, server)
    window.resize(1100, 640)
    window.show()
    return app.exec()
