"""Works and students per country and region, as a tree and as a bar chart."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from contest_app.core.languages import pick
from contest_app.core.summary import CountryCount
from contest_app.gui.widgets.bar_chart import BarChart
from contest_app.i18n import current_language, translate


class CountsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree_data: list[CountryCount] = []
        self.country: str | None = None
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.chart_title = QLabel(self)
        self.chart = BarChart(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart)

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([
            translate("EntriesPage", "Country / region"), translate("EntriesPage", "Works"),
            translate("EntriesPage", "Students"), translate("EntriesPage", "Eligible")])
        self.set_counts(self.tree_data)

    def set_counts(self, tree: list[CountryCount]) -> None:
        self.tree_data = tree
        lang = current_language()
        self.tree.clear()
        total = [0, 0, 0]
        for country in tree:
            item = QTreeWidgetItem([pick(country.names, lang), str(country.works),
                                    str(country.students), str(country.eligible)])
            for region in country.regions:
                item.addChild(QTreeWidgetItem([pick(region.names, lang), str(region.works),
                                               str(region.students), str(region.eligible)]))
            self.tree.addTopLevelItem(item)
            total = [total[0] + country.works, total[1] + country.students,
                     total[2] + country.eligible]
        if tree:
            line = QTreeWidgetItem([translate("EntriesPage", "Total"), *map(str, total)])
            font = line.font(0)
            font.setBold(True)
            for col in range(4):
                line.setFont(col, font)
            self.tree.addTopLevelItem(line)
        for col in range(4):
            self.tree.resizeColumnToContents(col)
        self.show_country(self.country)

    def show_country(self, country_code: str | None) -> None:
        """The chart shows countries, or the regions of the country the filter has chosen."""
        self.country = country_code
        lang = current_language()
        chosen = next((c for c in self.tree_data if c.code == country_code), None)
        if chosen is None:
            self.chart_title.setText(translate("EntriesPage", "Works per country"))
            bars = [(pick(c.names, lang), c.works, i) for i, c in enumerate(self.tree_data)]
        else:
            index = self.tree_data.index(chosen)
            self.chart_title.setText(translate("EntriesPage", "Works per region: {country}")
                                     .format(country=pick(chosen.names, lang)))
            bars = [(pick(r.names, lang), r.works, index) for r in chosen.regions]
        self.chart.set_bars(bars)
