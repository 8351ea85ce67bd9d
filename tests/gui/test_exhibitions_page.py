"""The Exhibitions page: tours, their works (thumbnails, order by drag or buttons, status),
venues, and the catalogue preview rendered from the PDF in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from contest_app.core.tours import tours as T
from contest_app.core.tours.demo import EditionPlan, build_demo_tour
from contest_app.gui.pages.exhibitions_page import ExhibitionsPage
from contest_app.gui.widgets.tour_works_view import COL_WORK, MIME


@pytest.fixture
def page(db: Any, tmp_path: Path, qtbot: Any) -> ExhibitionsPage:
    build_demo_tour(db, tmp_path / "batches",
                    (EditionPlan(11, 2023, works_per_region=2, awarded_share=1.0),
                     EditionPlan(12, 2024, works_per_region=2, awarded_share=1.0)),
                    regions=("KR-47", "JP-16", "RU-TOM"))
    widget = ExhibitionsPage(db)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.refresh()
    return widget


def order(db: Any, tour_id: int) -> list[int]:
    with db.session() as session:
        return [w.entry_id for w in T.tour_works(session, tour_id)]


def test_tour_works_with_thumbnails_and_reordering(page: ExhibitionsPage, db: Any) -> None:
    tour_id = page.tour_id()
    assert tour_id is not None and page.doc is not None
    model = page.works_model
    assert model.rowCount() == len(page.doc.entries) == 12
    thumb = model.data(model.index(0, COL_WORK), Qt.ItemDataRole.DecorationRole)
    assert thumb is not None and not thumb.isNull()
    before = order(db, tour_id)
    # the down button moves the selection and saves the new order at once
    page.works_view.select_rows([0])
    page.down_button.click()
    after = order(db, tour_id)
    assert after[:2] == [before[1], before[0]] and page.works_view.selected_rows() == [1]
    # a drop of rows 0 and 1 below row 4 (what a drag does), handled by the model
    data = QMimeData()
    data.setData(MIME, b"0,1")
    accepted = model.dropMimeData(data, Qt.DropAction.MoveAction, 5, 0, QModelIndex())
    assert accepted is False  # the model moved them; the view must not remove them
    dropped = order(db, tour_id)
    assert dropped[3:5] == after[:2] and dropped[:3] == after[2:5]
    assert model.rowCount() == 12


def test_status_venues_and_contest_independence(page: ExhibitionsPage, db: Any) -> None:
    tour_id = page.tour_id()
    assert tour_id is not None
    page.works_view.select_rows([0, 2])
    page.status_choice.setCurrentIndex(page.status_choice.findData("shipped"))
    page.status_button.click()
    assert page.doc is not None
    statuses = [e.status for e in page.doc.hanging_order()]
    assert statuses[0] == statuses[2] == "shipped" and statuses[1] == "selected"
    assert page.venues.model.rowCount() == 2
    page.set_contest(None)  # a tour draws on every edition: the page keeps showing it
    assert page.tour_id() == tour_id and page.works_model.rowCount() == 12


def test_catalogue_preview_renders_in_the_background(page: ExhibitionsPage, qtbot: Any,
                                                     monkeypatch: Any) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a)))
    page.tabs.setCurrentIndex(2)
    panel = page.catalogue
    panel.language.setCurrentIndex(panel.language.findData("ru"))
    panel.preview_button.click()
    qtbot.waitUntil(lambda: panel.preview_widget.pages() > 0, timeout=60_000)
    preview = panel.preview_widget
    assert preview.pages() > 10
    image = preview.image.pixmap().toImage()
    assert not image.isNull() and image.height() > 200
    corner = image.pixelColor(2, 2)
    assert (corner.red(), corner.green(), corner.blue()) == (255, 255, 255)  # on white
    assert panel.warnings.count() > 0  # the checks are shown with the preview
    preview.page.setValue(5)
    assert preview.image.pixmap().toImage().height() > 200  # page 5 rendered too
    panel.cleanup()


def test_language_switch_retranslates_without_errors(page: ExhibitionsPage) -> None:
    from contest_app.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    assert switcher.switch("ko")
    assert page.tabs.count() == 3 and page.title()
    switcher.switch("en")
    assert page.tabs.tabText(0) == "Works"
