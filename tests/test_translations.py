"""The UI translations: complete, faithful to their sources, compilable and up to date with the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from contest_app.core.languages import QT_LOCALES

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"

# Qt locale of each file -> the values its <TS language="..."> may have
EXPECTED_LANGUAGE: dict[str, tuple[str, ...]] = {
    "ko": ("ko", "ko_KR"),
    "zh_CN": ("zh_CN",),
    "ja": ("ja", "ja_JP"),
    "ru": ("ru", "ru_RU"),
    "mn": ("mn", "mn_MN"),
}
LOCALES = sorted(EXPECTED_LANGUAGE)

# "{name}", and "{share:.0f}" with its format spec: both must survive translation unchanged
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^{}]*)?\}")
SOURCE_ACCELERATOR = re.compile(r"&[^\W\d_]")  # "&F"; "&&" is removed before matching
TRANSLATION_ACCELERATOR = re.compile(r"&\S")


def ts_path(locale: str) -> Path:
    return I18N / f"contest_app_{locale}.ts"


def qt_tool(name: str) -> str:
    """A Qt tool from the venv's bin folder (beside this Python), else from PATH."""
    beside = Path(sys.executable).parent / name
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    assert found, f"{name} not found beside {sys.executable} nor on PATH"
    return found


@cache
def parse(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    return [(ctx.findtext("name") or "", msg)
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def pairs(root: ET.Element) -> set[tuple[str, str]]:
    return {(context, msg.findtext("source") or "") for context, msg in messages(root)}


def translation_texts(msg: ET.Element) -> list[str]:
    """The translation, or each plural form of it."""
    tr = msg.find("translation")
    if tr is None:
        return []
    forms = tr.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return [tr.text or ""]


def translation_of(locale: str, context: str, source: str) -> str:
    for ctx, msg in messages(parse(ts_path(locale))):
        if ctx == context and msg.findtext("source") == source:
            return translation_texts(msg)[0]
    raise AssertionError(f"{context}/{source!r} is not in {ts_path(locale).name}")


def lrelease(ts: Path, qm: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([qt_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
                          capture_output=True, text=True, timeout=120)


def test_every_ui_language_has_a_file() -> None:
    wanted = {locale for lang, locale in QT_LOCALES.items() if lang != "en"}
    assert wanted == set(EXPECTED_LANGUAGE)


@pytest.mark.parametrize("locale", LOCALES)
def test_ts_file_exists_and_names_its_language(locale: str) -> None:
    path = ts_path(locale)
    assert path.is_file(), f"{path} is missing: run `make lupdate` and translate it"
    root = parse(path)
    assert root.tag == "TS"
    assert root.get("language") in EXPECTED_LANGUAGE[locale]
    assert messages(root), f"{path.name} holds no messages"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_is_translated(locale: str) -> None:
    problems = []
    for context, msg in messages(parse(ts_path(locale))):
        source = msg.findtext("source")
        tr = msg.find("translation")
        if tr is None:
            problems.append(f"{context}/{source!r}: no <translation>")
            continue
        kind = tr.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}/{source!r}: type={kind}")
        if not all(text.strip() for text in translation_texts(msg)):
            problems.append(f"{context}/{source!r}: empty translation")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("locale", LOCALES)
def test_placeholders_are_kept(locale: str) -> None:
    problems = []
    for context, msg in messages(parse(ts_path(locale))):
        source = msg.findtext("source") or ""
        wanted = set(PLACEHOLDER.findall(source))
        for text in translation_texts(msg):
            got = set(PLACEHOLDER.findall(text))
            if got != wanted:
                problems.append(f"{context}/{source!r}: {sorted(got)} instead of {sorted(wanted)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("locale", LOCALES)
def test_keyboard_accelerators_are_kept(locale: str) -> None:
    problems = []
    for context, msg in messages(parse(ts_path(locale))):
        source = msg.findtext("source") or ""
        has_accelerator = bool(SOURCE_ACCELERATOR.search(source.replace("&&", "")))
        for text in translation_texts(msg):
            count = len(TRANSLATION_ACCELERATOR.findall(text.replace("&&", "")))
            if has_accelerator and count != 1:
                problems.append(f"{context}/{source!r}: {count} accelerators in {text!r}")
            if not has_accelerator and count:
                problems.append(f"{context}/{source!r}: stray accelerator in {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("locale", LOCALES)
def test_lrelease_compiles_it(locale: str, tmp_path: Path) -> None:
    qm = tmp_path / f"contest_app_{locale}.qm"
    result = lrelease(ts_path(locale), qm)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert qm.is_file() and qm.stat().st_size > 0, output
    assert "Ignored" not in output, output
    assert re.search(r"\b0 unfinished\b", output), output


def test_ts_files_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """A string added to (or dropped from) the code must show up in the translations."""
    committed = ts_path("ko")
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "contest_app").rglob("*.py"))
    result = subprocess.run(
        [qt_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(fresh)],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    code_pairs = pairs(ET.parse(fresh).getroot())
    file_pairs = pairs(parse(committed))
    new = sorted(code_pairs - file_pairs)
    gone = sorted(file_pairs - code_pairs)
    assert not new and not gone, (
        "i18n/*.ts are out of date: run `make lupdate` and translate.\n"
        f"new in the code: {new}\nno longer in the code: {gone}")


@pytest.mark.parametrize("locale", LOCALES)
def test_compiled_translation_loads_in_qt(locale: str, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = tmp_path / f"contest_app_{locale}.qm"
    result = lrelease(ts_path(locale), qm)
    assert result.returncode == 0, result.stdout + result.stderr
    translator = QTranslator()
    assert translator.load(str(qm)), f"QTranslator cannot load {qm}"
    # whatever other tests left installed; the translator installed last answers first
    before = QCoreApplication.translate("MainWindow", "&File")
    assert QCoreApplication.installTranslator(translator)
    try:
        translated = QCoreApplication.translate("MainWindow", "&File")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert translated != "&File"
    assert translated == translation_of(locale, "MainWindow", "&File")
    assert QCoreApplication.translate("MainWindow", "&File") == before
