"""Helpers of the reliability tests: a scored demo contest, and exact snapshots of what is held."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, select

from contest_app.core.demo import build_demo
from contest_app.core.jury.assignment import assign
from contest_app.core.jury.jurors import add_juror
from contest_app.core.jury.rounds import create_round
from contest_app.core.jury.scoring import save_score, works_for_juror
from contest_app.core.jury.source import ScoreItem
from contest_app.db.backup import _plain, media_files
from contest_app.db.session import Database

CRITERIA = ("theme", "creativity", "composition", "technique")


@dataclass
class Scored:
    contest_id: int
    round_id: int
    jurors: list[int]
    works: dict[int, dict[str, int]]  # juror -> code -> entry id


def score_for(code: str) -> ScoreItem:
    """A deterministic score from the code, so tests can tell which value belongs where."""
    base = 1 + int(hashlib.sha256(code.encode()).hexdigest(), 16) % 19 / 2
    return ScoreItem(values={key: base for key in CRITERIA})


def scored_contest(db: Database, *, total: int = 39, score: bool = True) -> Scored:
    """The demo edition, two jurors each scoring every work (unless score=False)."""
    contest_id = build_demo(db, total=total, workers=1, image_size=(160, 120))
    with db.session() as session, session.begin():
        jurors = [add_juror(session, contest_id, name, language="en").id
                  for name in ("Juror One", "Juror Two")]
        round_id = create_round(session, contest_id).id
        assign(session, round_id, seed=3)
        works = {j: {item.code: entry.id for entry, item in works_for_juror(session, round_id, j)}
                 for j in jurors}
        if score:
            for juror, codes in works.items():
                for code, entry_id in codes.items():
                    save_score(session, round_id, juror, entry_id, score_for(code))
    return Scored(contest_id, round_id, jurors, works)


@pytest.fixture
def make_scored() -> Callable[..., Scored]:
    return scored_contest


def snapshot(db: Database, *, skip_actions: tuple[str, ...] = ("backup.restore",)
             ) -> dict[str, list[str]]:
    """Every row of every table, as sorted canonical text: equal snapshots, equal content."""
    meta = MetaData()
    meta.reflect(db.engine)
    data: dict[str, list[str]] = {}
    with db.engine.connect() as conn:
        for table in meta.sorted_tables:
            rows: list[dict[str, Any]] = [
                {k: _plain(v) for k, v in row.items()}
                for row in conn.execute(select(table)).mappings()]
            if table.name == "audit_log":
                rows = [r for r in rows if r["action"] not in skip_actions]
            data[table.name] = sorted(repr(sorted(r.items())) for r in rows)
    return data


def media_snapshot(root: Path) -> dict[str, str]:
    return {rel: hashlib.sha256((root / rel).read_bytes()).hexdigest()
            for rel in media_files(root)}


def tree(root: Path) -> set[str]:
    """Every file and folder under root (to see that nothing was written where it must not)."""
    if not root.exists():
        return set()
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}
