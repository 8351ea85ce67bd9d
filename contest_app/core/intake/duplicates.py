"""Find works whose image is the same file as, or looks like, another work's.

Exact: the same SHA-256 as an earlier row of the batch, another work of this edition or a work of
an earlier edition (an error: one file cannot be two works). Near: a difference hash within
NEAR_DISTANCE bits of such an image (a warning: a re-encoded or resized copy, for staff to look at).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core.intake import problems as P
from contest_app.core.intake.plan import PlannedWork
from contest_app.core.intake.problems import problem
from contest_app.db.models import Contest, Entry, ImageFile, Region

NEAR_DISTANCE = 6  # of 64 bits: re-encoding and resizing move a dhash by 0-4 bits
_BANDS = 8  # 8 bands of 8 bits: two hashes within 7 bits agree exactly on at least one band


@dataclass(frozen=True)
class KnownImage:
    sha256: str
    phash: str
    entry_no: str
    region_code: str
    edition: int
    entry_id: int | None = None  # None: a work earlier in the same batch
    row: int | None = None


class NearIndex:
    """Difference hashes indexed by band, so a lookup compares a handful, not every image."""

    def __init__(self) -> None:
        self._bands: list[dict[int, list[int]]] = [{} for _ in range(_BANDS)]
        self._items: list[tuple[int, KnownImage]] = []

    @staticmethod
    def _split(bits: int) -> Iterable[tuple[int, int]]:
        for band in range(_BANDS):
            yield band, (bits >> (band * 8)) & 0xFF

    def add(self, item: KnownImage) -> None:
        if not item.phash:
            return
        bits = int(item.phash, 16)
        index = len(self._items)
        self._items.append((bits, item))
        for band, key in self._split(bits):
            self._bands[band].setdefault(key, []).append(index)

    def nearest(self, phash: str, limit: int = NEAR_DISTANCE) -> list[tuple[int, KnownImage]]:
        """(distance, item) within limit bits, closest first."""
        if not phash:
            return []
        bits = int(phash, 16)
        candidates: set[int] = set()
        for band, key in self._split(bits):
            candidates.update(self._bands[band].get(key, ()))
        found = []
        for index in candidates:
            other, item = self._items[index]
            distance = (bits ^ other).bit_count()
            if distance <= limit:
                found.append((distance, item))
        return sorted(found, key=lambda pair: (pair[0], pair[1].edition, pair[1].entry_no))


def load_known(session: Session, edition: int, skip_entry_ids: set[int]) -> list[KnownImage]:
    """Images of this edition and earlier ones, less the entries this batch replaces."""
    rows = session.execute(
        select(ImageFile.sha256, ImageFile.phash, Entry.entry_no, Region.code, Contest.edition,
               Entry.id)
        .join(Entry, ImageFile.entry_id == Entry.id)
        .join(Region, Entry.region_id == Region.id)
        .join(Contest, Entry.contest_id == Contest.id)
        .where(Contest.edition <= edition)
    )
    return [KnownImage(sha, phash, entry_no, region, ed, entry_id)
            for sha, phash, entry_no, region, ed, entry_id in rows
            if entry_id not in skip_entry_ids]


def _where(item: KnownImage, edition: int) -> dict[str, object]:
    scope = ("batch" if item.entry_id is None
             else "edition" if item.edition == edition else "earlier_edition")
    detail: dict[str, object] = {"other_entry_no": item.entry_no, "other_region": item.region_code,
                                 "other_edition": item.edition, "scope": scope}
    if item.row is not None:
        detail["other_row"] = item.row
    return detail


def check_duplicates(works: list[PlannedWork], known: list[KnownImage], region_code: str,
                     edition: int) -> None:
    """Add duplicate problems to works, in sheet order: the later of two copies is flagged."""
    by_sha: dict[str, KnownImage] = {}
    index = NearIndex()
    for item in known:
        by_sha.setdefault(item.sha256, item)
        index.add(item)
    for work in works:
        image = work.image
        if image is None:
            continue
        row = work.image_row or work.first_row
        same = by_sha.get(image.sha256)
        if same is not None:
            work.problems.append(problem(P.IMAGE_DUPLICATE_EXACT, row=row, column="image",
                                         value=work.image_name, entry_no=work.entry_no,
                                         **_where(same, edition)))
        else:
            near = [(d, item) for d, item in index.nearest(image.phash)
                    if item.sha256 != image.sha256]
            if near:
                distance, item = near[0]
                work.problems.append(problem(P.IMAGE_DUPLICATE_NEAR, row=row, column="image",
                                             value=work.image_name, entry_no=work.entry_no,
                                             distance=distance, **_where(item, edition)))
        mine = KnownImage(image.sha256, image.phash, work.entry_no, region_code, edition,
                          None, work.first_row)
        by_sha.setdefault(image.sha256, mine)
        index.add(mine)
