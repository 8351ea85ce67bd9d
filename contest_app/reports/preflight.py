"""Pre-flight: before anything prints, find every text that would come out as empty boxes.

It walks exactly what generation would draw (the same plan, templates, document languages and
per-line font chains), so a character is reported precisely when the PDF would show a box for
it. Texts from the template (the same on every certificate) are reported once; texts from a
student's data are reported per student. Missing image files of a template are reported too.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from contest_app.core.certificates.plan import plan_certificates
from contest_app.core.certificates.templates import load_templates
from contest_app.core.certificates.values import placeholder_values
from contest_app.reports.certificate_layout import CertificateRenderer
from contest_app.reports.fonts import missing_glyphs

# fields whose text comes from the student's or the work's own data
STUDENT_FIELDS = ("name", "work", "school", "region", "tier")
ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class PreflightProblem:
    code: str  # glyphs_missing | certificate_image_missing | thumbnail_missing
    severity: str
    field: str
    text: str
    characters: str = ""  # the characters no font has, each once, in order
    student_id: int | None = None
    student: str = ""
    region_code: str = ""

    def codepoints(self) -> str:
        return " ".join(f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}" for ch in self.characters)


def preflight(session: Session, contest_id: int, media_root: Path, *, kind: str = "all",
              region_code: str | None = None, language: str | None = None,
              allow_provisional: bool = False, thumbnails: bool = True
              ) -> list[PreflightProblem]:
    plan = plan_certificates(session, contest_id, kind=kind, region_code=region_code,
                             language=language, allow_provisional=allow_provisional)
    templates = load_templates(session, contest_id)
    renderer = CertificateRenderer(plan.contest, templates, media_root)
    problems: list[PreflightProblem] = []
    seen: set[tuple[str, str]] = set()
    checked_templates: set[int] = set()
    for item in plan.items:
        template = renderer.template_for(item)
        if id(template) not in checked_templates:
            checked_templates.add(id(template))
            for key, image in template.images.items():
                if image.visible and image.file and not (media_root / image.file).is_file():
                    problems.append(PreflightProblem("certificate_image_missing", ERROR, key,
                                                     image.file))
        values = {lang: placeholder_values(item, plan.contest, lang)
                  for lang in dict.fromkeys((*item.languages, "en"))}
        for key, box in template.fields.items():
            if not box.visible:
                continue
            serif = box.style.startswith("serif")
            bold = box.style.endswith("bold")
            for index, (text, _size, lang) in enumerate(
                    renderer.field_lines(template, key, box, item, values)):
                fontset = renderer.fontset(text, serif, lang)
                missing = missing_glyphs(text, fontset, bold and index == 0)
                if not missing:
                    continue
                personal = key in STUDENT_FIELDS
                if not personal and (key, text) in seen:
                    continue
                seen.add((key, text))
                ordered = "".join(dict.fromkeys(ch for ch in unicodedata.normalize("NFC", text)
                                                if ch in missing))
                problems.append(PreflightProblem(
                    "glyphs_missing", ERROR, key, text, ordered,
                    item.student_id if personal else None, item.name if personal else "",
                    item.region_code if personal else ""))
        if thumbnails and item.kind != "teacher":
            thumb = template.images.get("thumbnail")
            if thumb is not None and thumb.visible and (
                    not item.thumb_path or not (media_root / item.thumb_path).is_file()):
                problems.append(PreflightProblem("thumbnail_missing", WARNING, "thumbnail",
                                                 item.title, "", item.student_id, item.name,
                                                 item.region_code))
    return problems


def has_errors(problems: list[PreflightProblem]) -> bool:
    return any(p.severity == ERROR for p in problems)
