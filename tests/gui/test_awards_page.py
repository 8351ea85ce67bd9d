"""The Awards page on the demo contest with constructed scores: the ranked table in tier bands,
a proposal made in the background, a tier change through the dialog recorded in the audit log,
locking, and a screenshot (AWARDS_SCREENSHOT=folder keeps it for a person to look at)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "awards"))
from test_awards_support import give, make_juror, make_round  # noqa: E402

from contest_app.db.models import AuditLog, Award, AwardTier, Entry, EntryStatus  # noqa: E402
from contest_app.gui.dialogs.award_decision_dialog import (  # noqa: E402
    ChangeTierDialog,
    ReasonDialog,
)
from contest_app.gui.pages.awards_page import AwardsPage  # noqa: E402


def _scores(db) -> list[int]:  # type: ignore[no-untyped-def]
    """Three jurors over the demo's eligible works, one of them 2 points more generous."""
    cid = db.demo_contest_id
    with db.session() as s, s.begin():
        entries = list(s.scalars(select(Entry).where(
            Entry.contest_id == cid, Entry.status == EntryStatus.ELIGIBLE).order_by(Entry.id)))
        round_ = make_round(s, cid, entries)
        jurors = [make_juror(s, cid, n) for n in ("Kim Ji-woo", "Wang Fang", "Сэргэлэн")]
        for i, entry in enumerate(entries):
            quality = 8.5 - 0.15 * i
            for j, juror in enumerate(jurors):
                if j == 2 and i % 2:
                    give(s, round_, juror, entry, None, abstained=True)
                    continue
                give(s, round_, juror, entry, round(quality + (2 if j == 1 else 0), 2))
        return [e.id for e in entries]


def test_awards_page_ranks_proposes_and_records_a_tier_change(  # type: ignore[no-untyped-def]
        demo_db, qtbot, monkeypatch, tmp_path: Path) -> None:
    entry_ids = _scores(demo_db)
    page = AwardsPage(demo_db)
    qtbot.addWidget(page)
    page.resize(1500, 900)
    page.set_contest(demo_db.demo_contest_id)
    page.show()
    qtbot.waitExposed(page)
    model = page.ranking_model
    assert model.rowCount() == len(entry_ids)
    assert page.board is not None and not page.board.saved  # a preview until proposed
    tier_col = 1
    assert model.index(0, tier_col).data() == "Grand Prize"
    assert model.index(0, tier_col).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(len(entry_ids) - 1, tier_col).data() == "Finalist"  # 39 < 155 places
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert {"Mean (raw)", "Z-scores per juror", "Ranks per juror"} <= set(headers)
    assert page.stats_panel.jurors_model.rowCount() == 3
    assert page.stats_panel.leniency.values and max(page.stats_panel.leniency.values) > 1

    page.method.setCurrentIndex(page.method.findData("zscore"))
    page.propose()
    qtbot.waitUntil(lambda: page.board is not None and page.board.saved, timeout=10_000)
    assert page.board.method == "zscore" and page.board.state() == "proposed"

    target = page.board.rows[5]
    page.select_entry(target.entry_id)
    assert page.selected_row() is not None and page.selected_row().entry_id == target.entry_id

    def accept_change(dialog: ChangeTierDialog) -> int:
        dialog.tier.setCurrentIndex(dialog.tier.findData("grand"))
        dialog.reason.setPlainText("The committee prefers its symbolism")
        assert dialog.ok_button().isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChangeTierDialog, "exec", accept_change)
    page.change_button.click()
    with demo_db.session() as s:
        log = s.scalars(select(AuditLog).where(AuditLog.action == "awards.set_tier")).one()
        assert log.reason == "The committee prefers its symbolism"
        assert log.changes["tier"][1] == "grand" and log.target_id == target.entry_id
        key = s.scalar(select(AwardTier.key).join(Award, Award.tier_id == AwardTier.id)
                       .where(Award.entry_id == target.entry_id))
        assert key == "grand"
    assert page.decisions_panel.model.rowCount() == 2  # the proposal and the change
    assert page.board.row(target.entry_id).tier == "grand"

    shot = tmp_path / "awards_page.png"
    assert page.grab().save(str(shot)) and shot.stat().st_size > 10_000
    keep = os.environ.get("AWARDS_SCREENSHOT")
    if keep:
        page.grab().save(str(Path(keep) / "awards_page.png"))
        page.tabs.setCurrentWidget(page.stats_panel)
        page.grab().save(str(Path(keep) / "awards_stats.png"))
        page.tabs.setCurrentWidget(page.boundaries_panel)
        page.grab().save(str(Path(keep) / "awards_lines.png"))


def test_finalised_results_lock_the_page_until_unlocked(demo_db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _scores(demo_db)
    page = AwardsPage(demo_db)
    qtbot.addWidget(page)
    page.set_contest(demo_db.demo_contest_id)
    page.show()
    page.propose()
    qtbot.waitUntil(lambda: page.board is not None and page.board.saved, timeout=10_000)

    def with_reason(text: str):  # type: ignore[no-untyped-def]
        def accept(dialog: ReasonDialog) -> int:
            dialog.reason.setPlainText(text)
            return QDialog.DialogCode.Accepted
        return accept

    # 39 works cannot fill 155 places: finalising needs a reason
    monkeypatch.setattr(ReasonDialog, "exec", with_reason("fewer works than places"))
    page.finalize_button.click()
    assert page.board.locked and page.board.state() == "final"
    page.select_entry(page.board.rows[0].entry_id)
    assert not page.change_button.isEnabled() and page.unlock_button.isEnabled()
    monkeypatch.setattr(ReasonDialog, "exec", with_reason("appeal from a region"))
    page.unlock_button.click()
    assert not page.board.locked and page.board.state() == "provisional"
    with demo_db.session() as s:
        reasons = {log.action: log.reason for log in s.scalars(select(AuditLog))}
    assert reasons["awards.finalize"] == "fewer works than places"
    assert reasons["awards.unlock"] == "appeal from a region"


def test_page_follows_a_language_change(demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from contest_app.i18n import LanguageSwitcher

    _scores(demo_db)
    page = AwardsPage(demo_db)
    qtbot.addWidget(page)
    page.set_contest(demo_db.demo_contest_id)
    page.show()
    LanguageSwitcher().switch("ko")
    try:
        tier = page.ranking_model.index(0, 1).data()
        assert tier == "최우수상"  # tier names are contest data, picked in the UI's language
    finally:
        LanguageSwitcher().switch("en")
    assert page.ranking_model.index(0, 1).data() == "Grand Prize"


def test_disqualify_boundary_round_and_export_from_the_page(  # type: ignore[no-untyped-def]
        demo_db, qtbot, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from contest_app.db.models import Round, RoundEntry

    _scores(demo_db)
    page = AwardsPage(demo_db)
    qtbot.addWidget(page)
    page.set_contest(demo_db.demo_contest_id)
    page.show()
    page.propose()
    qtbot.waitUntil(lambda: page.board is not None and page.board.saved, timeout=10_000)
    winner, runner_up = page.board.rows[0], page.board.rows[1]

    def accept(dialog: ReasonDialog) -> int:
        dialog.reason.setPlainText("copied from a published illustration")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReasonDialog, "exec", accept)
    page.select_entry(winner.entry_id)
    page.disqualify_button.click()
    assert page.board.row(runner_up.entry_id).tier == "grand"
    assert page.board.row(winner.entry_id).status == "withdrawn"
    actions = [page.decisions_panel.model.index(r, 2).data()
               for r in range(page.decisions_panel.model.rowCount())]
    assert "Disqualified" in actions and "Moved up after a disqualification" in actions

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    page.boundaries_panel.open_round.click()
    with demo_db.session() as s:
        round_ = s.scalars(select(Round).where(Round.kind == "boundary")).one()
        held = list(s.scalars(select(RoundEntry.entry_id).where(
            RoundEntry.round_id == round_.id)))
    assert len(held) >= 2

    out = tmp_path / "results.xlsx"
    page.export_results(out)
    qtbot.waitUntil(lambda: page.last_saved == out, timeout=10_000)
    pdf = tmp_path / "results.pdf"
    page.export_report(pdf)
    qtbot.waitUntil(lambda: page.last_saved == pdf, timeout=20_000)
    assert pdf.read_bytes().startswith(b"%PDF")
