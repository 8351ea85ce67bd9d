"""Contest settings, regions and about dialogs save real data and report bad input in words."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from contest_app.db.models import AuditLog, AwardTier, Contest, Region
from contest_app.gui.dialogs.about_dialog import AboutDialog
from contest_app.gui.dialogs.contest_settings_dialog import ContestSettingsDialog
from contest_app.gui.dialogs.regions_dialog import RegionsDialog


def capture_warnings(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def test_new_contest_is_created_with_default_tiers(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ContestSettingsDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.edition.setValue(13)
    dialog.year.setValue(2025)
    dialog.texts.item(0, 1).setText("Our rivers")
    dialog.save()
    assert dialog.saved_id is not None
    with db.session() as s:
        contest = s.get(Contest, dialog.saved_id)
        assert contest.edition == 13 and contest.theme["en"] == "Our rivers"
        assert [(t.key, t.quota) for t in contest.tiers] == [
            ("grand", 1), ("excellence", 10), ("encouragement", 20), ("finalist", 124)]
        assert len(contest.criteria) == 4


def test_settings_change_quota_and_age_is_audited(demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ContestSettingsDialog(demo_db, demo_db.demo_contest_id)
    qtbot.addWidget(dialog)
    dialog.max_age.setValue(18)
    dialog.tiers.table.item(3, 2).setText("100")
    dialog.reason.setText("committee decision")
    dialog.save()
    with demo_db.session() as s:
        finalist = s.scalar(select(AwardTier).where(AwardTier.key == "finalist"))
        assert finalist.quota == 100
        log = s.scalars(select(AuditLog).where(AuditLog.action == "contest.edit")).one()
        assert log.reason == "committee decision"
        assert log.changes["max_age"] == [19, 18]
        assert "tiers" in log.changes


def test_bad_settings_are_refused_in_words(demo_db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = capture_warnings(monkeypatch)
    dialog = ContestSettingsDialog(demo_db, demo_db.demo_contest_id)
    qtbot.addWidget(dialog)
    dialog.min_age.setValue(20)
    dialog.save()
    assert shown and "20-19" in shown[0]
    assert "Traceback" not in shown[0]
    dialog.min_age.setValue(12)
    dialog.tiers.table.item(0, 2).setText("one")
    dialog.save()
    assert len(shown) == 2 and "grand=one" in shown[1]
    with demo_db.session() as s:
        assert s.get(Contest, demo_db.demo_contest_id).min_age == 12


def test_regions_dialog_adds_and_edits_a_region(db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = capture_warnings(monkeypatch)
    dialog = RegionsDialog(db)
    qtbot.addWidget(dialog)
    rows_before = dialog.model.rowCount()
    dialog.new_region()
    dialog.code.setText("KR-POHANGTEST")
    dialog.country.setCurrentIndex(dialog.country.findData("KR"))
    dialog.membership.setCurrentIndex(dialog.membership.findData("non_member"))
    dialog.names["en"].setText("Test City")
    dialog.names["ko"].setText("시험시")
    dialog.save()
    assert not shown
    assert dialog.model.rowCount() == rows_before + 1
    dialog.names["en"].setText("Test City (renamed)")
    dialog.reason.setText("spelling")
    dialog.save()
    with db.session() as s:
        region = s.scalar(select(Region).where(Region.code == "KR-POHANGTEST"))
        assert region.names["en"] == "Test City (renamed)" and region.membership == "non_member"
        actions = [a.action for a in s.scalars(select(AuditLog).order_by(AuditLog.id))]
        assert actions[-2:] == ["region.add", "region.edit"]
    dialog.new_region()
    dialog.code.setText("XX-1")
    dialog.save()
    assert shown and "XX-1" in shown[0]


def test_about_shows_version_and_database(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from contest_app import __version__

    dialog = AboutDialog(db)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.text.text()
    assert "sqlite" in dialog.text.text() or "postgresql" in dialog.text.text()
