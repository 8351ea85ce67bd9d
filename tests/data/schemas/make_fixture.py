"""Write tests/data/schemas/schema_<REV>.sqlite: a small real database at schema revision REV.

    .venv/bin/python tests/data/schemas/make_fixture.py 0001

The schema comes from the app's own Alembic migrations (stopped at REV, not at head); the rows
are written with plain SQL that fits REV, so the file stays what a user of that version had.
test_migrations.py opens every schema_*.sqlite with the current app and checks that nothing is
lost. Run this once when a migration is added (for the revision before it) and commit the file
(`git add -f`: *.sqlite is ignored); never regenerate an existing one with a newer schema.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from contest_app.db import migrate

HERE = Path(__file__).resolve().parent


def _j(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _rows_0001(conn: sqlite3.Connection) -> None:
    """Edition 11 (2023) with three regions, a batch, two works by three students, an award."""
    conn.executemany(
        "INSERT INTO country (code, language, names) VALUES (?, ?, ?)",
        [
            ("KR", "ko", _j({"en": "Korea", "ko": "대한민국"})),
            ("JP", "ja", _j({"en": "Japan", "ja": "日本"})),
        ],
    )
    conn.executemany(
        "INSERT INTO region (id, code, is_iso, country_code, membership, names, active, notes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (1, "KR-47", 1, "KR", "member",
             _j({"en": "Gyeongsangbuk-do (edited)", "ko": "경상북도"}), 1, "staff edit"),
            (2, "KR-POHANG", 0, "KR", "special", _j({"en": "Pohang", "ko": "포항시"}), 1, ""),
            (3, "JP-28", 1, "JP", "member", _j({"en": "Hyogo", "ja": "兵庫県"}), 0, "inactive"),
        ],
    )
    conn.execute(
        "INSERT INTO contest (id, edition, year, title, theme, deadline, age_reference_date,"
        " min_age, max_age, status, results_locked, settings, created_at)"
        " VALUES (1, 11, 2023, ?, ?, '2023-09-15', NULL, 12, 19, 'results', 1, ?,"
        " '2023-03-01 09:00:00.000000')",
        (_j({"en": "The 11th NEAR Youth Painting Contest"}),
         _j({"en": "Our shared sea", "ko": "함께하는 바다"}), _j({"anon_code_length": 6})),
    )
    conn.executemany(
        "INSERT INTO award_tier (id, contest_id, key, position, quota, names)"
        " VALUES (?, 1, ?, ?, ?, ?)",
        [
            (1, "grand", 1, 1, _j({"en": "Grand Prize"})),
            (2, "excellence", 2, 10, _j({"en": "Excellence Award"})),
            (3, "encouragement", 3, 20, _j({"en": "Encouragement Award"})),
            (4, "finalist", 4, 124, _j({"en": "Finalist"})),
        ],
    )
    conn.executemany(
        "INSERT INTO criterion (id, contest_id, key, position, weight, scale_min, scale_max, names)"
        " VALUES (?, 1, ?, ?, ?, 1.0, 10.0, ?)",
        [
            (1, "theme", 1, 1.0, _j({"en": "Theme fit"})),
            (2, "creativity", 2, 1.5, _j({"en": "Creativity"})),
            (3, "composition", 3, 1.0, _j({"en": "Composition"})),
            (4, "technique", 4, 1.0, _j({"en": "Technique"})),
        ],
    )
    conn.execute(
        "INSERT INTO batch (id, contest_id, region_id, source_name, source_sha256, sheet_name,"
        " encoding, rows_read, rows_refused, imported_at, imported_by, summary)"
        " VALUES (1, 1, 1, 'gyeongbuk_2023.xlsx', ?, 'Sheet1', 'utf-8', 2, 0,"
        " '2023-09-20 10:30:00.000000', 'secretariat', ?)",
        ("ab" * 32, _j({"entries": 2})),
    )
    conn.executemany(
        "INSERT INTO student (id, contest_id, region_id, name, name_latin, name_latin_suggested,"
        " birth_date, grade, school, guardian_consent, publication_consent, purged_at,"
        " created_at, version) VALUES (?, 1, 1, ?, ?, ?, ?, ?, ?, 1, ?, NULL,"
        " '2023-09-20 10:30:00.000000', 1)",
        [
            (1, "김하늘", "Kim Haneul", 0, "2008-04-02", "10", "포항여자고등학교", 1),
            (2, "이바다", "Lee Bada", 1, "2009-11-30", "9", "경주중학교", 0),
            (3, "박별", "Park Byeol", 0, "2007-01-15", "11", "안동고등학교", 1),
        ],
    )
    conn.executemany(
        "INSERT INTO entry (id, contest_id, region_id, batch_id, entry_no, anon_code, title,"
        " title_en, medium, width_cm, height_cm, status, status_reason, legacy_tier, extra,"
        " created_at, updated_at, version)"
        " VALUES (?, 1, 1, 1, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?,"
        " '2023-09-20 10:30:00.000000', '2023-09-21 08:00:00.000000', ?)",
        [
            (1, "GB-001", "K7Q2XM", "푸른 바다", "Blue Sea", "watercolour", 54.5, 39.4,
             "eligible", _j({"teacher": "최선생"}), 2),
            (2, "GB-002", "P3V9TA", "우리 동네 항구", "Our Harbour", "acrylic", 72.7, 53.0,
             "eligible", _j({}), 1),
        ],
    )
    conn.executemany(
        "INSERT INTO entry_student (entry_id, student_id, position, source_row) VALUES (?, ?, ?, ?)",
        [(1, 1, 0, 2), (2, 2, 0, 3), (2, 3, 1, 3)],
    )
    conn.execute(
        "INSERT INTO award (id, contest_id, entry_id, tier_id, rank, score, method, status,"
        " reason, decided_by, decided_at, detail)"
        " VALUES (1, 1, 1, 2, 3, 8.25, 'mean', 'final', '', 'committee',"
        " '2023-10-10 15:00:00.000000', ?)",
        (_j({"jurors": 5}),),
    )
    conn.execute(
        "INSERT INTO audit_log (id, at, actor, action, contest_id, target_table, target_id,"
        " changes, reason) VALUES (1, '2023-09-21 08:00:00.000000', 'secretariat',"
        " 'entry.edit', 1, 'entry', 1, ?, 'typo in title')",
        (_j({"title": ["푸른바다", "푸른 바다"]}),),
    )
    conn.execute("INSERT INTO setting (key, value) VALUES ('ui', ?)", (_j({"language": "ko"}),))


ROWS: dict[str, Callable[[sqlite3.Connection], None]] = {"0001": _rows_0001}


def make_fixture(revision: str, target: Path) -> Path:
    if revision not in ROWS:
        raise SystemExit(f"no rows defined for revision {revision}: add a _rows_{revision}()")
    target.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{target}")  # rollback journal: one self-contained file
    try:
        cfg = migrate.alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()
    conn = sqlite3.connect(str(target))
    try:
        with conn:
            ROWS[revision](conn)
        conn.execute("PRAGMA page_size=1024")  # keeps the checked-in file small
        conn.execute("VACUUM")
        (stored,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert stored == revision, stored
    finally:
        conn.close()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", help="schema revision, e.g. 0001")
    args = parser.parse_args(argv)
    path = make_fixture(args.revision, HERE / f"schema_{args.revision}.sqlite")
    print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
