"""The command line, driven in-process through contest_app.cli.main (both backends)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from contest_app import __version__
from contest_app.cli import main
from contest_app.cli.common import safe_url
from contest_app.db import migrate

TIERS = "grand=1,excellence=10,encouragement=20,finalist=124"
CREATE = ["contest", "create", "--edition", "12", "--year", "2024", "--theme", "X",
          "--deadline", "2024-09-13", "--tiers", TIERS]


def run(capsys: pytest.CaptureFixture[str], db_url: str, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", db_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_create_and_list_contest(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db_url, *CREATE)
    assert code == 0, err
    contest_id = int(out.strip())

    code, out, err = run(capsys, db_url, "contest", "list", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert [(r["id"], r["edition"], r["year"], r["deadline"]) for r in rows] == [
        (contest_id, 12, 2024, "2024-09-13")]
    assert rows[0]["theme"] == {"en": "X"} and rows[0]["entries"] == 0

    code, out, err = run(capsys, db_url, "contest", "list")
    assert code == 0 and "12" in out and "X" in out


def test_create_twice_is_refused(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, db_url, *CREATE)[0] == 0
    code, out, err = run(capsys, db_url, *CREATE)
    assert code == 2
    assert out == ""
    assert "Edition 12 exists already" in err


def test_theme_in_other_languages(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db_url, "contest", "create", "--edition", "13", "--year", "2025",
                       "--theme", "Sea", "--theme-lang", "ko=바다")
    assert code == 0, err
    _, out, _ = run(capsys, db_url, "contest", "list", "--json")
    assert json.loads(out)[0]["theme"] == {"en": "Sea", "ko": "바다"}

    code, _, err = run(capsys, db_url, "contest", "create", "--edition", "14", "--year", "2026",
                       "--theme-lang", "xx=bad")
    assert code == 2 and "xx=bad" in err


def test_bad_tiers_name_the_bad_part(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db_url, "contest", "create", "--edition", "12", "--year",
                         "2024", "--tiers", "grand=1,excellence=ten")
    assert code == 2
    assert "excellence=ten" in err and "key=quota" in err
    _, out, _ = run(capsys, db_url, "contest", "list", "--json")
    assert json.loads(out) == []


def test_bad_age_range(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db_url, "contest", "create", "--edition", "12", "--year", "2024",
                       "--min-age", "15", "--max-age", "12")
    assert code == 2 and "15-12" in err


def test_bad_deadline_is_a_usage_error(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--db", db_url, "contest", "create", "--edition", "12", "--year", "2024",
              "--deadline", "13/09/2024"])
    assert caught.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_region_list(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db_url, "region", "list", "--country", "KR", "--json")
    assert code == 0, err
    regions = {r["code"]: r for r in json.loads(out)}
    assert regions and all(r["country"] == "KR" for r in regions.values())
    assert regions["KR-11"]["membership"] == "non_member"
    assert regions["KR-POHANG"]["iso"] is False
    assert regions["KR-47"]["names"]["ko"]

    code, out, _ = run(capsys, db_url, "region", "list", "--country", "kr")
    assert code == 0 and "KR-47" in out and "CN-" not in out


def test_db_info(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db_url, "db", "info", "--json")
    assert code == 0, err
    info = json.loads(out)
    assert info["app_schema"] == migrate.head_revision()
    assert info["schema"] is None  # not opened yet: info changes nothing

    assert run(capsys, db_url, *CREATE)[0] == 0
    info = json.loads(run(capsys, db_url, "db", "info", "--json")[1])
    assert info["schema"] == migrate.head_revision()
    assert set(info) >= {"url", "schema", "app_schema", "media", "data_folder"}


def test_db_upgrade(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db_url, "db", "upgrade")
    assert code == 0, err
    assert migrate.head_revision() in out
    code, out, _ = run(capsys, db_url, "db", "upgrade")
    assert code == 0 and "nothing to do" in out


def test_urls_are_shown_without_password() -> None:
    shown = safe_url("postgresql+psycopg://contest:s3cret@db.example:5432/contest")
    assert "s3cret" not in shown and "db.example" in shown
    assert safe_url(None) == ""


def test_unreachable_database(capsys: pytest.CaptureFixture[str]) -> None:
    for url in ("postgresql+psycopg://contest:s3cret@127.0.0.1:1/contest", "nonsense://x",
                "not a url"):
        capsys.readouterr()
        assert main(["--db", url, "contest", "list"]) == 3, url
        err = capsys.readouterr().err
        assert "Cannot open the database" in err, url
        assert "s3cret" not in err


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for command in ("contest", "region", "demo", "db", "gui"):
        assert f"\n    {command} " in out or f"\n    {command}\n" in out, command


def test_version_from_python_m() -> None:
    result = subprocess.run([sys.executable, "-m", "contest_app", "--version"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"contest-app {__version__}"
