"""Who gets which certificate: final awards, provisional ones only when allowed, none for works
that are not eligible; templates round-trip through the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select

from contest_app.core.certificates.plan import document_languages, plan_certificates
from contest_app.core.certificates.templates import (
    default_template,
    import_asset,
    load_templates,
    relayout,
    save_template,
    template_from_dict,
    template_to_dict,
)
from contest_app.core.errors import InvalidValue, NotFound
from contest_app.db.models import Award, Entry, EntryStatus, Region


def _entry(db: Any, contest_id: int, code: str) -> int:
    with db.session() as s:
        region = s.scalar(select(Region).where(Region.code == code))
        return s.scalar(select(Entry.id).where(Entry.contest_id == contest_id,
                                               Entry.region_id == region.id))


def test_provisional_awards_are_held_back_unless_allowed(awarded: Any) -> None:
    entry_id = _entry(awarded.db, awarded.contest_id, "KR-11")
    with awarded.db.session() as s, s.begin():
        s.scalar(select(Award).where(Award.entry_id == entry_id)).status = "provisional"
    with awarded.db.session() as s:
        held = plan_certificates(s, awarded.contest_id)
        allowed = plan_certificates(s, awarded.contest_id, allow_provisional=True)
    assert not [i for i in held.items if i.entry_id == entry_id]
    assert [w.code for w in held.warnings] == ["awards_held_back"]
    kinds = {i.kind for i in allowed.items if i.entry_id == entry_id}
    assert kinds == {"award"} and [w.code for w in allowed.warnings] == ["awards_provisional"]


def test_disqualified_and_withdrawn(awarded: Any) -> None:
    out_id = _entry(awarded.db, awarded.contest_id, "JP-16")
    withdrawn_id = _entry(awarded.db, awarded.contest_id, "MN-055")
    with awarded.db.session() as s, s.begin():
        s.get(Entry, out_id).status = EntryStatus.DISQUALIFIED
        s.scalar(select(Award).where(Award.entry_id == withdrawn_id)).status = "withdrawn"
    with awarded.db.session() as s:
        plan = plan_certificates(s, awarded.contest_id)
    assert not [i for i in plan.items if i.entry_id == out_id]
    assert {i.kind for i in plan.items if i.entry_id == withdrawn_id} == {"participation"}


def test_selection_by_region_and_kind(awarded: Any) -> None:
    with awarded.db.session() as s:
        awards = plan_certificates(s, awarded.contest_id, kind="award")
        korea = plan_certificates(s, awarded.contest_id, region_code="KR-11")
        with pytest.raises(NotFound):
            plan_certificates(s, awarded.contest_id, region_code="XX-1")
        with pytest.raises(InvalidValue):
            plan_certificates(s, awarded.contest_id, kind="diploma")
    assert {i.kind for i in awards.items} == {"award"}
    assert {i.region_code for i in korea.items} == {"KR-11"}
    assert [i.tier_key for i in korea.items] == ["grand"]
    assert korea.items[0].languages == ("ko", "en")


def test_document_languages() -> None:
    assert document_languages("mn") == ("mn", "en")
    assert document_languages("en") == ("en",)
    assert document_languages("ru", "ja") == ("ja",)
    with pytest.raises(InvalidValue):
        document_languages("ko", "fr")


def test_template_round_trip_and_per_tier_override(awarded: Any) -> None:
    grand = default_template("award")
    grand.accent = "#AA0000"
    grand.texts["ko"]["title"] = "최우수 상장"
    grand.fields["name"].size = 36
    assert template_from_dict(template_to_dict(grand)) == grand
    with awarded.db.session() as s, s.begin():
        save_template(s, awarded.contest_id, "award:grand", grand)
    with awarded.db.session() as s:
        templates = load_templates(s, awarded.contest_id)
    assert templates.get("award", "grand").accent == "#AA0000"
    assert templates.get("award", "finalist").accent != "#AA0000"  # the built-in design
    assert templates.get("award", "grand").fields["name"].size == 36
    with awarded.db.session() as s, s.begin():
        save_template(s, awarded.contest_id, "award:grand", None)
    with awarded.db.session() as s:
        assert load_templates(s, awarded.contest_id).get("award", "grand").accent != "#AA0000"


def test_landscape_relayout_keeps_fields_on_the_page() -> None:
    template = relayout(default_template("participation"), "A4", "landscape")
    assert (template.width_mm, template.height_mm) == (297.0, 210.0)
    for key, box in template.fields.items():
        if box.visible:
            assert box.x + box.w <= 297 and box.y + box.h <= 210, key
    a5 = relayout(template, "A5", "portrait")
    assert a5.fields["name"].size < template.fields["name"].size


def test_images_are_copied_into_the_data_folder(tmp_path: Path) -> None:
    source = tmp_path / "Seal.PNG"
    Image.new("RGBA", (40, 40), (200, 0, 0, 128)).save(source)
    media = tmp_path / "media"
    relative = import_asset(media, source)
    assert relative.startswith("certificate-assets/") and relative.endswith(".png")
    assert (media / relative).read_bytes() == source.read_bytes()
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    with pytest.raises(InvalidValue):
        import_asset(media, broken)
