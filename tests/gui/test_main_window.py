"""The main window: contest switcher, pages, live language switch, persisted state."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from contest_app.core.languages import LANGUAGES
from contest_app.gui.main_window import MainWindow
from contest_app.i18n import LanguageSwitcher, translate


def make_window(db, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    switcher = LanguageSwitcher()
    switcher.switch("en")
    window = MainWindow(db, switcher, QSettings())
    qtbot.addWidget(window)
    window.show()  # hidden pages load their data only when shown
    qtbot.waitExposed(window)
    return window


def test_pages_show_the_demo_contest(demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db, qtbot)
    assert window.contest_id == demo_db.demo_contest_id
    assert window.nav.count() == 5
    entries = window.pages[0]
    assert entries.proxy.rowCount() == 39
    # counts are computed from the entries: 5 countries plus the total line
    tree = entries.counts_panel.tree
    assert tree.topLevelItemCount() == 6
    assert tree.topLevelItem(5).text(1) == "39"
    assert len(entries.counts_panel.chart.bars) == 5


def test_entries_filter_by_country_and_search(demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db, qtbot)
    page = window.pages[0]
    page.country_filter.setCurrentIndex(page.country_filter.findData("RU"))
    assert page.proxy.rowCount() == 6
    assert len(page.counts_panel.chart.bars) == 6  # the chart now shows Russia's regions
    page.search.setText("zzzz-no-such-name")
    assert page.proxy.rowCount() == 0
    page.search.clear()
    page.country_filter.setCurrentIndex(0)
    assert page.proxy.rowCount() == 39


def test_language_switches_live_in_all_six(demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db, qtbot)
    english = window.file_menu.title()
    seen = {english}
    for lang in LANGUAGES[1:]:
        window.set_language(lang)
        assert window.switcher.language == lang
        title = window.file_menu.title()
        assert title != english, lang
        assert window.nav.item(0).text() == translate("EntriesPage", "Entries")
        seen.add(title)
    assert len(seen) >= 5  # six languages, Russian and Mongolian may share «Файл»
    window.set_language("en")
    assert window.file_menu.title() == english
    assert QSettings().value("language") == "en"


def test_language_and_window_state_persist(demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db, qtbot)
    window.resize(640, 480)
    window.nav.setCurrentRow(2)
    window.set_language("ru")
    saved_size = window.size()  # Russian may need more room than 640 px
    window.close()
    settings = QSettings()
    assert settings.value("language") == "ru"
    again = make_window(demo_db, qtbot)
    assert again.nav.currentRow() == 2
    assert again.size() == saved_size


def test_no_contest_yet_shows_an_empty_window(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(db, qtbot)
    assert window.contest_id is None
    assert not window.settings_action.isEnabled()
    assert window.pages[0].proxy.rowCount() == 0
    assert window.pages[0].note.text()
