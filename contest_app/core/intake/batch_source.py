"""A region's batch as sent: a folder or a .zip with one sheet and the images it names.

A zip is untrusted input. Every member name is checked before anything is written (absolute
paths, drive letters, `..`, symlinks, names Windows cannot hold, duplicates after Unicode
normalisation), declared sizes and compression ratios are checked before extraction and the
bytes actually written are counted during it. Only the sheet and image files are extracted,
into a private temporary folder removed on close.

Zip member names: Windows writes them in the local code page without the UTF-8 flag, and
Python then decodes them as CP437; they are re-encoded and decoded with the most plausible
of UTF-8, CP949, CP932, GB18030 and CP866 (judged over all names of the archive together, as
one machine wrote them). macOS writes NFD names; every name is compared in NFC.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import tempfile
import unicodedata
import weakref
import zipfile
import zlib
from pathlib import Path
from types import TracebackType

from contest_app.core.intake.encodings import detect_encoding
from contest_app.core.intake.errors import IntakeError
from contest_app.core.intake.sheet import is_sheet_name

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".heic", ".heif")
MAX_MEMBERS = 20_000
RATIO_MIN_BYTES = 1024**2  # small files of repeated bytes compress legitimately well
_NAME_CANDIDATES = ("utf-8", "cp949", "cp932", "gb18030", "cp866")
_UTF8_FLAG = 0x800
_JUNK_FILES = {".ds_store", "thumbs.db", "desktop.ini"}
_WINDOWS_RESERVED = re.compile(r"(con|prn|aux|nul|com\d|lpt\d)(\..*)?", re.IGNORECASE)
_WINDOWS_FORBIDDEN = set('<>:"|?*')
_CHUNK = 1024 * 1024


def normalise_key(name: str) -> str:
    """How names are compared: NFC, case-folded, '/' separators, no leading './' or '/'."""
    key = unicodedata.normalize("NFC", name.strip()).replace("\\", "/").casefold()
    while key.startswith(("./", "/")):
        key = key[1:] if key.startswith("/") else key[2:]
    return key


def is_junk(rel: str) -> bool:
    """Files operating systems and Office add by themselves."""
    parts = rel.split("/")
    base = parts[-1]
    return ("__MACOSX" in parts or base.casefold() in _JUNK_FILES
            or base.startswith(("~$", "._")))


def is_image_name(name: str) -> bool:
    return name.lower().endswith(IMAGE_SUFFIXES)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class BatchSource:
    """The files of one batch; use as a context manager (a zip's temporary folder is removed)."""

    def __init__(self, root: Path, files: list[str], sheet_rel: str | None, *,
                 source_sha256: str | None = None, display_name: str = "",
                 temp_dir: Path | None = None) -> None:
        self.root = root
        self.display_name = display_name or root.name
        self.files = sorted(files)
        self._cleanup = (weakref.finalize(self, shutil.rmtree, temp_dir, True)
                         if temp_dir is not None else None)
        sheets = [rel for rel in files if is_sheet_name(rel)] if sheet_rel is None else [sheet_rel]
        if not sheets:
            self.close()
            raise IntakeError("sheet_missing", file=self.display_name)
        if len(sheets) > 1:
            self.close()
            raise IntakeError("sheet_ambiguous", file=self.display_name, names=sorted(sheets))
        self.sheet_rel = sheets[0]
        self.sheet_path = root / self.sheet_rel
        self.source_sha256 = source_sha256 or _sha256(self.sheet_path)
        self.other_files = [rel for rel in self.files
                            if rel != self.sheet_rel and not is_image_name(rel)]
        self._by_path: dict[str, str] = {}
        by_base: dict[str, list[str]] = {}
        by_stem: dict[str, list[str]] = {}
        for rel in self.files:
            if not is_image_name(rel):
                continue
            key = normalise_key(rel)
            self._by_path[key] = rel
            base = key.rsplit("/", 1)[-1]
            by_base.setdefault(base, []).append(rel)
            by_stem.setdefault(base.rsplit(".", 1)[0], []).append(rel)
        # a base name found in two folders is ambiguous: only its full path finds it
        self._by_base = {k: v[0] for k, v in by_base.items() if len(v) == 1}
        self._by_stem = {k: v[0] for k, v in by_stem.items() if len(v) == 1}
        self.images: dict[str, str] = {**self._by_base, **self._by_path}

    def find_image(self, name_in_sheet: str) -> str | None:
        """The relative path of the image a sheet cell names, or None.

        Tried in order: the relative path; the same without a leading "images/"; a path that
        ends with it (a zip may add a top folder); the base name; the name without extension.
        """
        key = normalise_key(str(name_in_sheet))
        if not key:
            return None
        keys = [key] + ([key.removeprefix("images/")] if key.startswith("images/") else [])
        for candidate in keys:
            if candidate in self._by_path:
                return self._by_path[candidate]
        for candidate in keys:
            found = {rel for path, rel in self._by_path.items() if path.endswith("/" + candidate)}
            if len(found) == 1:
                return found.pop()
        base = key.rsplit("/", 1)[-1]
        if base in self._by_base:
            return self._by_base[base]
        return self._by_stem.get(base) or self._by_stem.get(base.rsplit(".", 1)[0])

    def file_path(self, rel: str) -> Path:
        """Where a file of the batch is on disk; file_unknown for a path not in the batch."""
        if rel not in self.files:
            raise IntakeError("file_unknown", file=self.display_name, value=rel)
        return self.root / rel

    def read_bytes(self, rel: str) -> bytes:
        return self.file_path(rel).read_bytes()

    def close(self) -> None:
        if self._cleanup is not None:
            self._cleanup()

    def __enter__(self) -> BatchSource:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


def _folder_files(root: Path) -> list[str]:
    files = []
    for folder, dirs, names in os.walk(root):  # does not follow linked folders
        base = Path(folder)
        dirs[:] = [d for d in dirs if not (base / d).is_symlink()]
        for name in names:
            path = base / name
            if path.is_symlink() or not path.is_file():
                continue  # a link in a copied folder could point anywhere
            rel = path.relative_to(root).as_posix()
            if not is_junk(rel):
                files.append(rel)
    return files


def _unicode_path_extra(info: zipfile.ZipInfo, raw: bytes) -> str | None:
    """7-Zip and WinRAR add the UTF-8 name in an Info-ZIP extra field (0x7075)."""
    extra, pos = info.extra, 0
    while pos + 4 <= len(extra):
        kind, size = int.from_bytes(extra[pos:pos + 2], "little"), \
            int.from_bytes(extra[pos + 2:pos + 4], "little")
        body = extra[pos + 4:pos + 4 + size]
        if kind == 0x7075 and len(body) > 5 and body[0] == 1 \
                and int.from_bytes(body[1:5], "little") == zlib.crc32(raw):
            try:
                return body[5:].decode("utf-8")
            except UnicodeDecodeError:
                return None
        pos += 4 + size
    return None


def _member_names(infos: list[zipfile.ZipInfo]) -> list[str]:
    """Each member's name as the sender's computer showed it."""
    raws = [info.orig_filename.encode("cp437") if not info.flag_bits & _UTF8_FLAG else b""
            for info in infos]
    legacy = [raw for raw in raws if raw and not raw.isascii()]
    try:
        encoding = (detect_encoding(b"\n".join(legacy), _NAME_CANDIDATES)
                    if legacy else "ascii")
    except IntakeError:
        encoding = "cp437"
    names = []
    for info, raw in zip(infos, raws, strict=True):
        if info.flag_bits & _UTF8_FLAG or not raw:
            names.append(info.orig_filename)
            continue
        name = _unicode_path_extra(info, raw)
        if name is None:
            try:
                name = raw.decode(encoding)
            except UnicodeDecodeError:  # one name from another machine: judge it alone
                try:
                    name = raw.decode(detect_encoding(raw, _NAME_CANDIDATES))
                except (IntakeError, UnicodeDecodeError):
                    name = info.orig_filename
        names.append(name)
    return [unicodedata.normalize("NFC", name).replace("\\", "/") for name in names]


def _check_name(name: str, info: zipfile.ZipInfo) -> list[str]:
    """The path parts of a safe member name; zip_unsafe_path otherwise."""
    mode = info.external_attr >> 16
    unsafe = (
        stat.S_ISLNK(mode)
        or name.startswith("/")
        or re.match(r"[A-Za-z]:", name) is not None
        or any(ord(ch) < 32 for ch in name)
    )
    parts = [part for part in name.split("/") if part not in ("", ".")]
    for part in parts:
        unsafe = unsafe or (
            # Windows would open a device (CON, NUL) or an alternate data stream (a:b)
            part == ".." or bool(_WINDOWS_FORBIDDEN & set(part))
            or _WINDOWS_RESERVED.fullmatch(part) is not None
        )
    if unsafe or not parts:
        raise IntakeError("zip_unsafe_path", name=name)
    return parts


def _open_zip(path: Path, max_total_bytes: int, max_ratio: int) -> BatchSource:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise IntakeError("zip_unreadable", file=path.name, detail=str(error)) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise IntakeError("zip_too_large", file=path.name, value=len(infos))
        members: list[tuple[zipfile.ZipInfo, str]] = []
        seen: set[str] = set()
        for info, name in zip(infos, _member_names(infos), strict=True):
            parts = _check_name(name, info)
            rel = "/".join(parts)
            if info.is_dir():
                continue
            if normalise_key(rel) in seen:  # two members would land on one file
                raise IntakeError("zip_unsafe_path", name=name)
            seen.add(normalise_key(rel))
            if info.file_size >= RATIO_MIN_BYTES and \
                    info.file_size > max_ratio * max(info.compress_size, 1):
                raise IntakeError("zip_too_large", file=path.name, name=rel,
                                  value=info.file_size)
            if not is_junk(rel):
                members.append((info, rel))
        if sum(info.file_size for info, _ in members) > max_total_bytes:
            raise IntakeError("zip_too_large", file=path.name, value=max_total_bytes)
        temp_dir = Path(tempfile.mkdtemp(prefix="contest-intake-"))
        try:
            _extract(archive, members, temp_dir, path.name, max_total_bytes)
        except BaseException:
            shutil.rmtree(temp_dir, ignore_errors=True)
            raise
    files = [rel for _, rel in members if is_sheet_name(rel) or is_image_name(rel)]
    return BatchSource(temp_dir, files, None, source_sha256=_sha256(path),
                       display_name=path.name, temp_dir=temp_dir)


def _extract(archive: zipfile.ZipFile, members: list[tuple[zipfile.ZipInfo, str]],
             target: Path, display: str, max_total_bytes: int) -> None:
    written = 0
    root = target.resolve()
    for info, rel in members:
        if not (is_sheet_name(rel) or is_image_name(rel)):
            continue  # letters and other attachments are not needed, so never written
        if info.flag_bits & 0x1:
            raise IntakeError("zip_unreadable", file=display, name=rel, detail="encrypted")
        dest = target / rel
        if not dest.resolve().is_relative_to(root):  # the name checks make this unreachable
            raise IntakeError("zip_unsafe_path", name=rel)
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            with archive.open(info) as source, dest.open("xb") as out:
                while chunk := source.read(_CHUNK):
                    written += len(chunk)
                    if written > max_total_bytes:  # declared sizes can lie
                        raise IntakeError("zip_too_large", file=display, value=max_total_bytes)
                    out.write(chunk)
        except IntakeError:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError,
                zlib.error) as error:
            raise IntakeError("zip_unreadable", file=display, name=rel,
                              detail=str(error)) from None


def open_batch(path: Path, *, max_total_bytes: int = 8 * 1024**3,
               max_ratio: int = 200) -> BatchSource:
    """Open a batch folder or zip (a lone sheet file counts as a folder batch of that sheet)."""
    path = Path(path)
    if path.is_dir():
        return BatchSource(path, _folder_files(path), None, display_name=path.name)
    if not path.is_file():
        raise IntakeError("batch_unreadable", file=str(path))
    if path.suffix.lower() == ".zip" or (not is_sheet_name(path.name)
                                          and zipfile.is_zipfile(path)):
        return _open_zip(path, max_total_bytes, max_ratio)
    if is_sheet_name(path.name):
        root = path.parent
        return BatchSource(root, _folder_files(root), path.name, display_name=path.name)
    raise IntakeError("batch_unreadable", file=path.name)
