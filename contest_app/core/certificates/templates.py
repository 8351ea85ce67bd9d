"""Certificate templates: page, fields in millimetres, images, texts per language; stored as JSON.

A contest's templates live in one Setting row, "certificate_templates/<contest_id>", holding
only what staff saved; anything not saved falls back to the built-in design. Keys are the
kind ("award", "participation", "teacher") or "award:<tier key>" for a tier's own design.
Image files are copied into the data folder (media root / certificate-assets) and referenced
by that relative path, so the database and its media folder travel together.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError
from sqlalchemy.orm import Session

from contest_app.core import audit
from contest_app.core.certificates.layouts import ALL_FIELDS, ALL_IMAGES, default_boxes
from contest_app.core.certificates.texts import default_texts
from contest_app.core.errors import InvalidValue
from contest_app.db.models import Setting

SETTING_PREFIX = "certificate_templates/"
ASSETS_FOLDER = "certificate-assets"
KINDS = ("award", "participation", "teacher")
PAGE_SIZES: dict[str, tuple[float, float]] = {  # portrait width, height in mm
    "A4": (210.0, 297.0), "A5": (148.0, 210.0), "A3": (297.0, 420.0),
    "B5": (182.0, 257.0), "Letter": (215.9, 279.4),
}
STYLES = ("serif", "serif-bold", "sans", "sans-bold")
ALIGNS = ("left", "center", "right")
ACCENTS = {"award": "#8A6D1F", "participation": "#1F3A5F", "teacher": "#2F5D50"}
# Portrait: the bilingual stacks (native line over English line) need height more than width.
DEFAULT_ORIENTATION = "portrait"


@dataclass
class FieldBox:
    """A text field: a box in mm from the page's top-left; text is fitted into it.

    text / text2 set a language-neutral first / second line (the name over its Latin form);
    otherwise the first line is the field's text in the document's language and the second
    its English text (on bilingual documents, when size2 > 0).
    """

    x: float
    y: float
    w: float
    h: float
    size: float = 11.0
    size2: float = 0.0
    style: str = "serif"
    align: str = "center"
    color: str = "ink"
    wrap: bool = False
    visible: bool = True
    on_stock: bool = True  # printed on pre-printed stock too (variable data)
    text: str = ""
    text2: str = ""
    tracking: float = 0.0


@dataclass
class ImageBox:
    x: float
    y: float
    w: float
    h: float
    file: str = ""  # relative to the media root; empty: nothing (or, for qr/thumbnail, built)
    visible: bool = True
    on_stock: bool = False


@dataclass
class Template:
    kind: str
    page: str = "A4"
    orientation: str = DEFAULT_ORIENTATION
    width_mm: float = 210.0
    height_mm: float = 297.0
    border: str = "double"  # "double" or "none" (pre-printed stock, or a background image)
    accent: str = ACCENTS["award"]
    ink: str = "#1E1E1E"
    grey: str = "#5A5A5A"
    fields: dict[str, FieldBox] = field(default_factory=dict)
    images: dict[str, ImageBox] = field(default_factory=dict)
    texts: dict[str, dict[str, str]] = field(default_factory=dict)

    def text(self, language: str, key: str) -> str:
        return self.texts.get(language, {}).get(key, "")

    def color(self, name: str) -> str:
        return {"accent": self.accent, "ink": self.ink, "grey": self.grey}.get(name, name)


def page_size(page: str, orientation: str) -> tuple[float, float]:
    width, height = PAGE_SIZES.get(page, PAGE_SIZES["A4"])
    return (height, width) if orientation == "landscape" else (width, height)


def default_template(kind: str, page: str = "A4",
                     orientation: str = DEFAULT_ORIENTATION) -> Template:
    if kind not in KINDS:
        raise InvalidValue("certificate_kind_invalid", value=kind)
    width, height = page_size(page, orientation)
    field_specs, image_specs = default_boxes(kind, width, height)
    return Template(
        kind=kind, page=page, orientation=orientation, width_mm=width, height_mm=height,
        accent=ACCENTS[kind],
        fields={key: FieldBox(**spec) for key, spec in field_specs.items()},
        images={key: ImageBox(**spec) for key, spec in image_specs.items()},
        texts=default_texts(kind),
    )


def relayout(template: Template, page: str, orientation: str) -> Template:
    """The template on another page size: default positions for it, same texts and images."""
    fresh = default_template(template.kind, page, orientation)
    fresh.border, fresh.accent, fresh.ink, fresh.grey = (
        template.border, template.accent, template.ink, template.grey)
    fresh.texts = {lang: dict(words) for lang, words in template.texts.items()}
    for key, box in fresh.images.items():
        old = template.images.get(key)
        if old is not None and key != "background":
            box.file, box.visible = old.file, old.visible
    if "background" in template.images:
        fresh.images["background"].file = template.images["background"].file
    for key, field_box in fresh.fields.items():
        old_field = template.fields.get(key)
        if old_field is not None:
            field_box.visible = old_field.visible
            field_box.text, field_box.text2 = old_field.text, old_field.text2
    return fresh


def template_to_dict(template: Template) -> dict[str, Any]:
    return asdict(template)


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def template_from_dict(data: dict[str, Any]) -> Template:
    """A template from stored JSON, merged onto the default so missing parts fall back."""
    kind = str(data.get("kind", ""))
    page = str(data.get("page", "A4"))
    orientation = str(data.get("orientation", DEFAULT_ORIENTATION))
    template = default_template(kind, page if page in PAGE_SIZES else "A4",
                                orientation if orientation in ("portrait", "landscape")
                                else DEFAULT_ORIENTATION)
    for name in ("border", "accent", "ink", "grey"):
        if isinstance(data.get(name), str):
            setattr(template, name, data[name])
    for name in ("width_mm", "height_mm"):
        value = data.get(name)
        if isinstance(value, int | float) and value > 0:
            setattr(template, name, float(value))
    try:
        for key, spec in dict(data.get("fields") or {}).items():
            if key in ALL_FIELDS and isinstance(spec, dict):
                merged = {**asdict(template.fields[key]), **_known(FieldBox, spec)}
                template.fields[key] = FieldBox(**merged)
        for key, spec in dict(data.get("images") or {}).items():
            if key in ALL_IMAGES and isinstance(spec, dict):
                merged = {**asdict(template.images[key]), **_known(ImageBox, spec)}
                template.images[key] = ImageBox(**merged)
    except (TypeError, ValueError) as exc:
        raise InvalidValue("certificate_template_invalid", value=str(exc)) from exc
    for lang, words in dict(data.get("texts") or {}).items():
        if isinstance(words, dict):
            template.texts.setdefault(str(lang), {}).update(
                {str(k): str(v) for k, v in words.items()})
    return template


def validate_template(template: Template) -> None:
    if template.width_mm <= 0 or template.height_mm <= 0:
        raise InvalidValue("certificate_template_invalid", value="page size")
    for key, box in template.fields.items():
        if box.w <= 0 or box.h <= 0 or box.size <= 0 or box.size2 < 0:
            raise InvalidValue("certificate_template_invalid", value=key)
        if box.style not in STYLES or box.align not in ALIGNS:
            raise InvalidValue("certificate_template_invalid", value=key)
    for key, image in template.images.items():
        if image.w <= 0 or image.h <= 0:
            raise InvalidValue("certificate_template_invalid", value=key)


def template_key(kind: str, tier: str = "") -> str:
    return f"{kind}:{tier}" if kind == "award" and tier else kind


def _setting_key(contest_id: int) -> str:
    return f"{SETTING_PREFIX}{contest_id}"


def stored_templates(session: Session, contest_id: int) -> dict[str, Template]:
    """The templates staff saved for the contest, by key; built-in ones are not listed."""
    setting = session.get(Setting, _setting_key(contest_id))
    if setting is None:
        return {}
    stored = dict(setting.value.get("templates") or {})
    return {key: template_from_dict(data) for key, data in stored.items()
            if isinstance(data, dict)}


class TemplateSet:
    """The templates one job uses: saved ones first, built-in defaults for the rest."""

    def __init__(self, stored: dict[str, Template] | None = None) -> None:
        self.stored = stored or {}
        self._defaults: dict[str, Template] = {}

    def get(self, kind: str, tier: str = "") -> Template:
        for key in (template_key(kind, tier), kind):
            if key in self.stored:
                return self.stored[key]
        if kind not in self._defaults:
            self._defaults[kind] = default_template(kind)
        return self._defaults[kind]

    def is_custom(self, key: str) -> bool:
        return key in self.stored


def load_templates(session: Session, contest_id: int) -> TemplateSet:
    return TemplateSet(stored_templates(session, contest_id))


def save_template(session: Session, contest_id: int, key: str, template: Template | None,
                  reason: str = "") -> None:
    """Store (or with None, drop back to the built-in design) one template of the contest."""
    kind = key.split(":", 1)[0]
    if kind not in KINDS:
        raise InvalidValue("certificate_kind_invalid", value=key)
    if template is not None:
        validate_template(template)
    setting = session.get(Setting, _setting_key(contest_id))
    if setting is None:
        setting = Setting(key=_setting_key(contest_id), value={"version": 1, "templates": {}})
        session.add(setting)
    stored = dict(setting.value.get("templates") or {})
    if template is None:
        stored.pop(key, None)
    else:
        stored[key] = template_to_dict(template)
    # a new dict: the JSON column notices a replaced value, not one changed in place
    setting.value = {"version": 1, "templates": stored}
    session.flush()
    audit.record(session, "certificates.template", contest_id=contest_id, target_table="setting",
                 changes={"template": [None, key if template is not None else f"-{key}"]},
                 reason=reason)


def import_asset(media_root: Path, source: Path) -> str:
    """Copy an image into the data folder; returns the path to store (relative to media_root)."""
    try:
        with Image.open(source) as probe:
            probe.verify()
    except (OSError, UnidentifiedImageError, ValueError) as exc:
        raise InvalidValue("certificate_image_unreadable", value=source.name) from exc
    data = source.read_bytes()
    digest = hashlib.sha256(data).hexdigest()[:20]
    relative = f"{ASSETS_FOLDER}/{digest}{source.suffix.lower() or '.png'}"
    target = media_root / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        shutil.copyfile(source, target)
    return relative
