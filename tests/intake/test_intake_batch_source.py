"""Batch folders and zips: the one sheet, image lookup, zip names from Windows and macOS, and
hostile archives refused before anything is written."""

from __future__ import annotations

import hashlib
import tempfile
import unicodedata
import zipfile
import zlib
from pathlib import Path

import pytest

from contest_app.core.demo_data import generate_batches, write_batch_folder
from contest_app.core.intake.batch_source import open_batch
from contest_app.core.intake.errors import IntakeError
from contest_app.core.intake.sheet import read_sheet

DATA = Path(__file__).resolve().parents[1] / "data" / "intake"
IMAGE = 12  # the image column of the demo sheets


def _temp_dirs() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("contest-intake-*")}


def _refused(path: Path, code: str, **kwargs: int) -> IntakeError:
    before = _temp_dirs()
    with pytest.raises(IntakeError) as error:
        open_batch(path, **kwargs).close()
    assert error.value.code == code, error.value.values
    assert _temp_dirs() == before  # nothing left behind
    return error.value


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_demo_folder_with_xlsx(tmp_path: Path) -> None:
    batch = next(b for b in generate_batches(total=39) if b.region_code == "KR-47")
    sheet_path = write_batch_folder(batch, tmp_path / "pohang", image_size=(32, 24))
    (tmp_path / "pohang" / "~$entries.xlsx").write_bytes(b"lock")  # Excel's lock file
    (tmp_path / "pohang" / "Thumbs.db").write_bytes(b"x")
    with open_batch(tmp_path / "pohang") as source:
        assert source.sheet_path == sheet_path and source.display_name == "pohang"
        assert source.source_sha256 == hashlib.sha256(sheet_path.read_bytes()).hexdigest()
        for _, cells in read_sheet(source.sheet_path).rows:
            rel = source.find_image(str(cells[IMAGE]))
            assert rel == f"images/{cells[IMAGE]}"
            assert source.read_bytes(rel)[:3] == b"\xff\xd8\xff"
        assert source.images[f"images/{batch.works[0].image_name}".casefold()].startswith("images/")


def test_find_image_variants(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    (folder / "images" / "sub").mkdir(parents=True)
    (folder / "entries.csv").write_text("entry_no\n1\n", encoding="utf-8")
    nfd = unicodedata.normalize("NFD", "김지유.JPG")
    for rel in ["images/KR-47-001.jpg", f"images/{nfd}", "images/sub/a.png", "b/a.png",
                "top.jpeg", "notes.docx"]:
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(b"\xff\xd8\xff")
    with open_batch(folder) as source:
        assert source.find_image("KR-47-001.jpg") == "images/KR-47-001.jpg"
        assert source.find_image("images/kr-47-001.JPG") == "images/KR-47-001.jpg"
        assert source.find_image(".\\images\\KR-47-001.jpg") == "images/KR-47-001.jpg"
        assert source.find_image("KR-47-001") == "images/KR-47-001.jpg"  # no extension
        assert source.find_image("김지유.jpg") == f"images/{nfd}"  # NFC sheet, NFD disk
        assert source.find_image("a.png") is None  # two folders hold one: ambiguous
        assert source.find_image("sub/a.png") == "images/sub/a.png"
        assert source.find_image("images/b/a.png") == "b/a.png"
        assert source.find_image("images/top.jpeg") == "top.jpeg"
        assert source.find_image("missing.jpg") is None and source.find_image("") is None
        assert source.other_files == ["notes.docx"]
        with pytest.raises(IntakeError) as error:
            source.file_path("../outside.jpg")
        assert error.value.code == "file_unknown"


def test_sheet_missing_and_ambiguous(tmp_path: Path) -> None:
    (tmp_path / "none").mkdir()
    (tmp_path / "none" / "a.jpg").write_bytes(b"x")
    (tmp_path / "none" / "__MACOSX").mkdir()
    (tmp_path / "none" / "__MACOSX" / "entries.csv").write_bytes(b"x")
    _refused(tmp_path / "none", "sheet_missing")
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "entries.xlsx").write_bytes(b"x")
    (tmp_path / "two" / "old" ).mkdir()
    (tmp_path / "two" / "old" / "entries.csv").write_bytes(b"x")
    error = _refused(tmp_path / "two", "sheet_ambiguous")
    assert error.values["names"] == ["entries.xlsx", "old/entries.csv"]
    _refused(tmp_path / "nothing-here", "batch_unreadable")
    (tmp_path / "readme.txt").write_text("hi")
    _refused(tmp_path / "readme.txt", "batch_unreadable")


def test_a_lone_sheet_is_a_batch_of_its_folder(tmp_path: Path) -> None:
    (tmp_path / "entries.csv").write_text("entry_no\n1\n", encoding="utf-8")
    (tmp_path / "other.csv").write_text("x\n", encoding="utf-8")
    (tmp_path / "1.jpg").write_bytes(b"x")
    with open_batch(tmp_path / "entries.csv") as source:
        assert source.sheet_rel == "entries.csv" and source.find_image("1.jpg") == "1.jpg"


def test_windows_zip_with_cp949_names() -> None:
    with zipfile.ZipFile(DATA / "windows_cp949.zip") as archive:
        assert not any(info.flag_bits & 0x800 for info in archive.infolist())
    with open_batch(DATA / "windows_cp949.zip") as source:
        root = source.root
        assert source.sheet_rel == "부산/출품목록.csv"
        assert source.source_sha256 == hashlib.sha256(
            (DATA / "windows_cp949.zip").read_bytes()).hexdigest()
        sheet = read_sheet(source.sheet_path)
        assert sheet.encoding == "cp949"
        for _, cells in sheet.rows:
            rel = source.find_image(str(cells[IMAGE]))
            assert rel == f"부산/그림/{cells[1]}.jpg"
            assert source.file_path(rel).is_file()
    assert not root.exists()  # the extraction folder goes on close


def test_windows_zip_with_cp932_names() -> None:
    with open_batch(DATA / "windows_cp932.zip") as source:
        assert source.sheet_rel == "応募作品一覧.csv"
        sheet = read_sheet(source.sheet_path)
        found = [source.find_image(str(cells[IMAGE])) for _, cells in sheet.rows]
        assert found and all(rel is not None and rel.startswith("画像/") for rel in found)


def test_macos_zip_with_nfd_names_and_junk() -> None:
    with open_batch(DATA / "macos_nfd.zip") as source:
        assert source.sheet_rel == "대구 출품/출품목록.csv"  # NFC now
        assert not any("__MACOSX" in rel or "DS_Store" in rel for rel in source.files)
        sheet = read_sheet(source.sheet_path)
        for _, cells in sheet.rows:
            assert source.find_image(str(cells[IMAGE])) == f"대구 출품/{cells[IMAGE]}"


def test_unicode_path_extra_field(tmp_path: Path) -> None:
    """7-Zip writes a CP437-safe name plus the real one in field 0x7075."""
    raw = b"???.jpg"
    real = "김지유.jpg".encode()
    extra = (0x7075).to_bytes(2, "little") + (5 + len(real)).to_bytes(2, "little") \
        + b"\x01" + zlib.crc32(raw).to_bytes(4, "little") + real
    path = tmp_path / "7zip.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("entries.csv", "entry_no\n1\n")
        info = zipfile.ZipInfo("???.jpg")
        info.extra = extra
        archive.writestr(info, b"\xff\xd8\xff")
    with open_batch(path) as source:
        assert source.find_image("김지유.jpg") == "김지유.jpg"


@pytest.mark.parametrize(("name", "member"), [
    ("evil_dotdot.zip", "../evil.jpg"), ("evil_absolute.zip", "/tmp/evil.jpg"),
    ("evil_drive.zip", "C:/Windows/evil.jpg"), ("evil_symlink.zip", "images/link.jpg"),
])
def test_hostile_member_names(name: str, member: str) -> None:
    error = _refused(DATA / name, "zip_unsafe_path")
    assert error.values["name"] == member
    assert not (DATA.parent / "evil.jpg").exists() and not Path("/tmp/evil.jpg").exists()


@pytest.mark.parametrize("names", [
    ["a/../../b.jpg"], ["images\\..\\..\\b.jpg"], ["a.jpg", "A.JPG"],
    [unicodedata.normalize("NFC", "지유.jpg"), unicodedata.normalize("NFD", "지유.jpg")],
    ["CON.jpg"], ["a:stream.jpg"], ["bad\x01.jpg"],
])
def test_more_unsafe_names(tmp_path: Path, names: list[str]) -> None:
    members = {"entries.csv": b"entry_no\n1\n"} | {n: b"x" for n in names}
    _refused(_zip(tmp_path / "bad.zip", members), "zip_unsafe_path")


def test_zip_bomb_ratio(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.zip", {"entries.csv": b"entry_no\n1\n",
                                        "images/big.jpg": bytes(50 * 1024**2)})
    assert bomb.stat().st_size < 200_000
    error = _refused(bomb, "zip_too_large")
    assert error.values["name"] == "images/big.jpg"


def test_zip_total_size(tmp_path: Path) -> None:
    members = {"entries.csv": b"entry_no\n1\n"} | {f"{i}.jpg": bytes(range(256)) * 40
                                                   for i in range(5)}
    path = _zip(tmp_path / "many.zip", members)
    _refused(path, "zip_too_large", max_total_bytes=30_000)
    with open_batch(path, max_total_bytes=60_000) as source:
        assert len(source.images) == 5  # at the top, path and base name are one key


def test_broken_and_encrypted_zips(tmp_path: Path) -> None:
    (tmp_path / "not.zip").write_bytes(b"this is no zip")
    _refused(tmp_path / "not.zip", "zip_unreadable")
    good = _zip(tmp_path / "good.zip", {"entries.csv": b"entry_no\n1\n", "1.jpg": bytes(5000)})
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[:-60])
    _refused(cut, "zip_unreadable")
    # zipfile writes no encrypted members: set the flag (bit 0) in both headers of 1.jpg
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as archive:
        data[archive.getinfo("1.jpg").header_offset + 6] |= 0x1
    data[data.rfind(b"PK\x01\x02", 0, data.rfind(b"1.jpg")) + 8] |= 0x1
    encrypted = tmp_path / "encrypted.zip"
    encrypted.write_bytes(bytes(data))
    assert _refused(encrypted, "zip_unreadable").values["detail"] == "encrypted"


def test_no_sheet_or_two_sheets_in_a_zip(tmp_path: Path) -> None:
    _refused(_zip(tmp_path / "none.zip", {"1.jpg": b"x", "__MACOSX/entries.csv": b"x"}),
             "sheet_missing")
    _refused(_zip(tmp_path / "two.zip", {"a.csv": b"x", "b.xlsx": b"x"}), "sheet_ambiguous")


class _RawName(zipfile.ZipInfo):
    """A member name written as raw bytes with the UTF-8 flag clear, as Windows writes it."""

    __slots__ = ("raw_name",)

    def __init__(self, raw_name: bytes) -> None:
        super().__init__(raw_name.decode("cp437"))
        self.raw_name = raw_name

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:  # noqa: N802 (zipfile's name)
        return self.raw_name, self.flag_bits & ~0x800


def test_shift_jis_names_whose_second_byte_is_a_backslash(tmp_path: Path) -> None:
    # 表 is 95 5C and ソ is 83 5C in Shift_JIS: the 5C must not split the path
    path = tmp_path / "jp.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(_RawName("作品表.csv".encode("cp932")), b"entry_no\n1\n")
        archive.writestr(_RawName("画像\\ソラ.jpg".encode("cp932")), b"\xff\xd8\xff")
    with open_batch(path) as source:
        assert source.sheet_rel == "作品表.csv"
        assert source.find_image("ソラ.jpg") == "画像/ソラ.jpg"
