"""Scoring straight into the contest database: "score as juror X" on a staff machine.

Everything goes through core/jury/scoring (works_for_juror, scores_for_juror, save_score), so
the scoring screen gets codes, previews and (if the round shows them) titles, and nothing
else. Each save is its own short transaction: a closed window loses nothing.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from contest_app.core.errors import InvalidValue, NotFound
from contest_app.core.jury.package import round_display_label
from contest_app.core.jury.rounds import get_round, round_criteria
from contest_app.core.jury.scoring import save_score, scores_for_juror, works_for_juror
from contest_app.core.jury.source import CriterionInfo, ScoreItem, WorkItem
from contest_app.db.models import ImageFile, Juror, ScoreSource
from contest_app.db.session import Database


class LiveSource:
    """JurorSource over the contest database for one juror in one round."""

    def __init__(self, db: Database, round_id: int, juror_id: int) -> None:
        self._db = db
        self.round_id = round_id
        self.juror_id = juror_id
        with db.session() as session:
            round_ = get_round(session, round_id)
            juror = session.get(Juror, juror_id)
            if juror is None or juror.contest_id != round_.contest_id:
                raise NotFound("juror_not_found", ref=str(juror_id))
            self.juror_label: str = juror.name
            self.round_label: str = round_display_label(round_)
            self.language: str = juror.language
            self.show_titles: bool = bool(round_.show_titles)
            self.criteria: list[CriterionInfo] = round_criteria(session, round_)
        self._entries: dict[str, int] = {}
        self._previews: dict[str, str] = {}

    def works(self) -> list[WorkItem]:
        with self._db.session() as session:
            pairs = works_for_juror(session, self.round_id, self.juror_id)
            entry_ids = [entry.id for entry, _item in pairs]
            rows = session.execute(
                select(ImageFile.entry_id, ImageFile.preview_path)
                .where(ImageFile.entry_id.in_(entry_ids)).order_by(ImageFile.id))
            first: dict[int, str] = {}
            for entry_id, preview in rows:
                if preview:
                    first.setdefault(entry_id, preview)
        self._entries = {item.code: entry.id for entry, item in pairs}
        self._previews = {item.code: first.get(entry.id, "") for entry, item in pairs}
        return [item for _entry, item in pairs]

    def _entry_id(self, code: str) -> int:
        if code not in self._entries:
            self.works()  # assignments may have changed since the list was read
        if code not in self._entries:
            raise InvalidValue("package_work_unknown", code=code)
        return self._entries[code]

    def image_path(self, code: str) -> Path:
        """The stored preview: already a metadata-free derivative (core/images.py)."""
        self._entry_id(code)
        return self._db.media_root / self._previews[code]

    def scores(self) -> dict[str, ScoreItem]:
        with self._db.session() as session:
            return scores_for_juror(session, self.round_id, self.juror_id)

    def save(self, code: str, item: ScoreItem) -> None:
        entry_id = self._entry_id(code)
        with self._db.session() as session, session.begin():
            save_score(session, self.round_id, self.juror_id, entry_id, item,
                       source=ScoreSource.SCREEN)

    def close(self) -> None:
        self._entries.clear()
