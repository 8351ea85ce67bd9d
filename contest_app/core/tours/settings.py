"""A tour's own catalogue texts and choices, kept in the Setting table under tour:<id>:catalogue.

The tour table has no columns for them, and they are document content (a title and forewords in
each language, the cover work), so they live as one JSON value beside the data.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from contest_app.core import audit
from contest_app.core.errors import InvalidValue
from contest_app.core.languages import LANGUAGES
from contest_app.core.tours.tours import get_tour, settings_key
from contest_app.db.models import Setting


@dataclass
class TourSettings:
    title: dict[str, str] = field(default_factory=dict)  # language -> catalogue title
    theme: dict[str, str] = field(default_factory=dict)  # the exhibition's theme or subtitle
    forewords: dict[str, str] = field(default_factory=dict)  # language -> text; blank line = ¶
    cover_entry_id: int | None = None
    editions: list[int] = field(default_factory=list)  # what the tour draws on, for add-works
    organiser: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_value(cls, value: dict[str, Any]) -> TourSettings:
        def texts(name: str) -> dict[str, str]:
            raw = value.get(name) or {}
            return {k: str(v) for k, v in raw.items() if k in LANGUAGES and v}

        cover = value.get("cover_entry_id")
        return cls(title=texts("title"), theme=texts("theme"), forewords=texts("forewords"),
                   cover_entry_id=int(cover) if cover not in (None, "") else None,
                   editions=[int(e) for e in value.get("editions") or []],
                   organiser=texts("organiser"))


def load_settings(session: Session, tour_id: int) -> TourSettings:
    get_tour(session, tour_id)
    row = session.get(Setting, settings_key(tour_id))
    return TourSettings.from_value(row.value if row is not None else {})


def save_settings(session: Session, tour_id: int, settings: TourSettings) -> None:
    get_tour(session, tour_id)
    for texts in (settings.title, settings.theme, settings.forewords, settings.organiser):
        for lang in texts:
            if lang not in LANGUAGES:
                raise InvalidValue("language_invalid", value=lang)
    value = asdict(settings)
    row = session.get(Setting, settings_key(tour_id))
    before = dict(row.value) if row is not None else {}
    if row is None:
        session.add(Setting(key=settings_key(tour_id), value=value))
    else:
        row.value = value  # a new dict: JSON columns only notice replaced values
    session.flush()
    changed = {k: [before.get(k), v] for k, v in value.items() if before.get(k) != v}
    if changed:
        audit.record(session, "tour.catalogue_settings", target_table="tour",
                     target_id=tour_id, changes=changed)
