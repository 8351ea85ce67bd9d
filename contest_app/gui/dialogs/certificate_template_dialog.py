"""The certificate template editor: texts per language, images, field positions, live preview.

Each template (award for all tiers, a tier's own, participation, the teachers' letter) is edited
on a working copy; the preview re-renders a moment after each change, filled with a real student
of the contest (one per language) so staff see Hangul, hanzi, kana and Mongolian Cyrillic as
they will print. Save stores the template in the database; Reset returns to the built-in design.
"""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from contest_app.core.certificates.plan import (
    CertificateData,
    ContestInfo,
    contest_info,
    plan_certificates,
)
from contest_app.core.certificates.templates import (
    PAGE_SIZES,
    Template,
    TemplateSet,
    default_template,
    import_asset,
    relayout,
    save_template,
    stored_templates,
)
from contest_app.core.languages import LANGUAGES, NATIVE_NAMES, pick
from contest_app.db.models import AwardTier
from contest_app.db.session import Database
from contest_app.gui.errors import show_error
from contest_app.gui.widgets.certificate_template_tables import (
    PositionsTable,
    TextsTable,
    field_name,
    refill_combo,
)
from contest_app.gui.widgets.pdf_preview import PdfPreview
from contest_app.i18n import current_language, translate
from contest_app.reports.certificate_layout import CertificateRenderer
from contest_app.reports.certificates import render_items, sample_item

IMAGE_KEYS = ("background", "logo", "seal", "sig1", "sig2")
PREVIEW_DELAY_MS = 350


class CertificateTemplateDialog(QDialog):
    def __init__(self, db: Database, contest_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.contest_id = contest_id
        with db.session() as session:
            self.contest: ContestInfo = contest_info(session, contest_id)
            self.stored = stored_templates(session, contest_id)
            self.tiers = [(t.key, dict(t.names)) for t in session.scalars(select(AwardTier).where(
                AwardTier.contest_id == contest_id).order_by(AwardTier.position))]
            plan = plan_certificates(session, contest_id, allow_provisional=True)
        self.samples = self._pick_samples(plan.items)
        self.working: dict[str, Template] = {}
        self.key = "award"
        self.language = "ko"
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.render_preview)
        self.setup_ui()
        self.retranslate_ui()
        self.load_key("award")

    # --- layout -----------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.template_combo = QComboBox(self)
        self.state_label = QLabel(self)
        self.tabs = QTabWidget(self)
        # page
        self.page_tab = QWidget(self.tabs)
        self.page_size = QComboBox(self.page_tab)
        self.page_size.addItems(list(PAGE_SIZES))
        self.orientation = QComboBox(self.page_tab)
        self.border = QComboBox(self.page_tab)
        self.accent = QLineEdit(self.page_tab)
        self.page_labels = [QLabel(self.page_tab) for _ in range(4)]
        page_form = QFormLayout(self.page_tab)
        for label, widget in zip(self.page_labels, (self.page_size, self.orientation,
                                                    self.border, self.accent), strict=True):
            page_form.addRow(label, widget)
        # texts
        self.texts_tab = QWidget(self.tabs)
        self.text_language = QComboBox(self.texts_tab)
        for code in LANGUAGES:
            self.text_language.addItem(NATIVE_NAMES[code], code)
        self.texts = TextsTable(self.texts_tab)
        self.placeholders = QLabel(self.texts_tab)
        self.placeholders.setWordWrap(True)
        texts_layout = QVBoxLayout(self.texts_tab)
        texts_layout.addWidget(self.text_language)
        texts_layout.addWidget(self.texts, 1)
        texts_layout.addWidget(self.placeholders)
        # images
        self.images_tab = QWidget(self.tabs)
        grid = QGridLayout(self.images_tab)
        self.image_rows: dict[str, tuple[QLabel, QLabel, QPushButton, QPushButton]] = {}
        for row, key in enumerate(IMAGE_KEYS):
            widgets = (QLabel(self.images_tab), QLabel(self.images_tab),
                       QPushButton(self.images_tab), QPushButton(self.images_tab))
            for col, widget in enumerate(widgets):
                grid.addWidget(widget, row, col)
            widgets[2].clicked.connect(lambda _=False, k=key: self.choose_image(k))
            widgets[3].clicked.connect(lambda _=False, k=key: self.set_image(k, ""))
            self.image_rows[key] = widgets
        self.second_signature = QCheckBox(self.images_tab)
        grid.addWidget(self.second_signature, len(IMAGE_KEYS), 0, 1, 4)
        grid.setRowStretch(len(IMAGE_KEYS) + 1, 1)
        # positions
        self.positions = PositionsTable(self.tabs)
        for tab in (self.page_tab, self.texts_tab, self.images_tab, self.positions):
            self.tabs.addTab(tab, "")
        # preview
        self.sample_combo = QComboBox(self)
        self.stock_preview = QCheckBox(self)
        self.preview = PdfPreview(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        sample_row = QHBoxLayout()
        sample_row.addWidget(self.sample_combo, 1)
        sample_row.addWidget(self.stock_preview)
        right_layout.addLayout(sample_row)
        right_layout.addWidget(self.preview, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.template_combo, 1)
        top.addWidget(self.state_label)
        left_layout.addLayout(top)
        left_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 440])
        self.reset_button, self.save_button = QPushButton(self), QPushButton(self)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1100, 760)

        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self.text_language.currentIndexChanged.connect(self._language_chosen)
        self.page_size.currentIndexChanged.connect(self._page_changed)
        self.orientation.currentIndexChanged.connect(self._page_changed)
        for signal in (self.border.currentIndexChanged, self.accent.editingFinished,
                       self.texts.edited, self.positions.edited, self.sample_combo.currentIndexChanged,
                       self.stock_preview.toggled, self.second_signature.toggled):
            signal.connect(self.changed)
        self.reset_button.clicked.connect(self.reset)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("CertificateTemplateDialog", "Certificate templates"))
        lang = current_language()
        keys = [("award", translate("CertificateTemplateDialog", "Award certificate (every tier)"))]
        keys += [(f"award:{key}", translate("CertificateTemplateDialog", "Award certificate: {tier}")
                  .format(tier=pick(names, lang))) for key, names in self.tiers]
        keys += [("participation", translate("CertificateTemplateDialog",
                                             "Participation certificate")),
                 ("teacher", translate("CertificateTemplateDialog",
                                       "Thank-you letter to a teacher"))]
        refill_combo(self.template_combo, keys)
        for label, text in zip(self.page_labels, (
                translate("CertificateTemplateDialog", "Paper:"),
                translate("CertificateTemplateDialog", "Orientation:"),
                translate("CertificateTemplateDialog", "Border:"),
                translate("CertificateTemplateDialog", "Accent colour:")), strict=True):
            label.setText(text)
        refill_combo(self.orientation, [
            ("portrait", translate("CertificateTemplateDialog", "Portrait")),
            ("landscape", translate("CertificateTemplateDialog", "Landscape"))])
        refill_combo(self.border, [
            ("double", translate("CertificateTemplateDialog", "Thin double rule")),
            ("none", translate("CertificateTemplateDialog",
                               "None (pre-printed stock or a background image)"))])
        for index, title in enumerate((translate("CertificateTemplateDialog", "Page"),
                                       translate("CertificateTemplateDialog", "Texts"),
                                       translate("CertificateTemplateDialog", "Images"),
                                       translate("CertificateTemplateDialog", "Positions"))):
            self.tabs.setTabText(index, title)
        self.placeholders.setText(translate(
            "CertificateTemplateDialog", "Placeholders: {name} {name_latin} {tier} {region} "
            "{country} {school} {title} {title_en} {edition_title} {theme} {date} {serial} "
            "{year}. A language with an empty text prints nothing in that place."))
        for key, (name, _file, choose, remove) in self.image_rows.items():
            name.setText(field_name(key))
            choose.setText(translate("CertificateTemplateDialog", "Choose…"))
            remove.setText(translate("CertificateTemplateDialog", "Remove"))
        self.second_signature.setText(translate("CertificateTemplateDialog",
                                                "A second signature"))
        refill_combo(self.sample_combo, [(str(i), f"{item.name} · {item.region_code}")
                                         for i, item in enumerate(self.samples)])
        self.stock_preview.setText(translate("CertificateTemplateDialog", "As on stock"))
        self.reset_button.setText(translate("CertificateTemplateDialog", "Reset to built-in"))
        self.save_button.setText(translate("CertificateTemplateDialog", "Save"))
        self.close_button.setText(translate("CertificateTemplateDialog", "Close"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- state ------------------------------------------------------------------------------
    def _pick_samples(self, items: list[CertificateData]) -> list[CertificateData]:
        """One student per document language, so every script can be checked."""
        chosen: dict[str, CertificateData] = {}
        for item in items:
            if item.kind != "teacher":
                chosen.setdefault(item.country_language, item)
        samples = list(chosen.values()) or [sample_item(self.contest, "award")]
        return [dataclasses.replace(s, serial=s.serial or f"NEAR-{self.contest.year}-X-0000",
                                    code=s.code or "7K3M9QX2TB") for s in samples]

    def template_for(self, key: str) -> Template:
        if key not in self.working:
            kind = key.split(":", 1)[0]
            base = self.stored.get(key) or (self.stored.get(kind) if kind == "award" else None)
            self.working[key] = copy.deepcopy(base) if base else default_template(kind)
        return self.working[key]

    @property
    def current(self) -> Template:
        return self.template_for(self.key)

    def load_key(self, key: str) -> None:
        self.key = key
        template = self.current
        for combo, value in ((self.page_size, template.page),
                             (self.orientation, template.orientation),
                             (self.border, template.border)):
            combo.blockSignals(True)
            index = combo.findData(value) if combo is not self.page_size else combo.findText(value)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.accent.setText(template.accent)
        self.texts.load(template, self.language)
        self.positions.load(template)
        for image_key in IMAGE_KEYS:
            self._show_image(image_key)
        self.second_signature.blockSignals(True)
        self.second_signature.setChecked(template.images["sig2"].visible)
        self.second_signature.blockSignals(False)
        self._show_state()
        self.render_preview()

    def _show_state(self) -> None:
        if not hasattr(self, "key"):
            return
        custom = self.key in self.stored
        self.state_label.setText(translate("CertificateTemplateDialog", "saved for this contest")
                                 if custom else translate("CertificateTemplateDialog", "built-in"))

    def _show_image(self, key: str) -> None:
        file_label = self.image_rows[key][1]
        name = self.current.images[key].file
        file_label.setText(Path(name).name if name else translate("CertificateTemplateDialog",
                                                                  "none"))

    def collect(self) -> None:
        """Read the widgets into the working template."""
        template = self.current
        template.border = str(self.border.currentData())
        accent = self.accent.text().strip()
        if len(accent) == 7 and accent.startswith("#"):
            template.accent = accent
        self.texts.apply(template, self.language)
        self.positions.apply(template)
        second = self.second_signature.isChecked()
        template.images["sig2"].visible = second
        for key in ("sig2_name", "sig2_title"):
            template.fields[key].visible = second

    # --- reactions --------------------------------------------------------------------------
    def changed(self) -> None:
        self.timer.start()

    def _template_chosen(self) -> None:
        self.collect()
        self.load_key(str(self.template_combo.currentData()))

    def _language_chosen(self) -> None:
        self.texts.apply(self.current, self.language)
        self.language = str(self.text_language.currentData())
        self.texts.load(self.current, self.language)
        self.changed()

    def _page_changed(self) -> None:
        self.collect()
        self.working[self.key] = relayout(self.current, self.page_size.currentText(),
                                          str(self.orientation.currentData()))
        self.positions.load(self.current)
        self.changed()

    def choose_image(self, key: str) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, field_name(key), str(Path.home()),
            translate("CertificateTemplateDialog", "Images (*.png *.jpg *.jpeg)"))
        if name:
            try:
                self.set_image(key, import_asset(self.db.media_root, Path(name)))
            except Exception as exc:  # the GUI tells every failure in words
                show_error(self, exc)

    def set_image(self, key: str, relative: str) -> None:
        box = self.current.images[key]
        box.file = relative
        if relative:
            box.visible = True
        if key == "background" and relative:
            self.current.border = "none"
            self.border.setCurrentIndex(max(self.border.findData("none"), 0))
        self._show_image(key)
        self.changed()

    def sample(self) -> CertificateData:
        item = self.samples[max(self.sample_combo.currentIndex(), 0)]
        kind = self.key.split(":", 1)[0]
        tier = self.key.split(":", 1)[1] if ":" in self.key else (item.tier_key or "grand")
        names = dict(self.tiers).get(tier, item.tier_names)
        return dataclasses.replace(item, kind=kind, tier_key=tier if kind == "award" else "",
                                   tier_names=names if kind == "award" else {})

    def render_preview(self) -> None:
        self.timer.stop()
        self.collect()
        renderer = CertificateRenderer(self.contest, TemplateSet({}), self.db.media_root,
                                       stock=self.stock_preview.isChecked())
        try:
            self.preview.set_pdf(render_items(renderer, [self.sample()], self.current))
        except Exception as exc:  # a half-typed value must not close the editor
            show_error(self, exc)

    def save(self) -> None:
        self.collect()
        try:
            with self.db.session() as session, session.begin():
                save_template(session, self.contest_id, self.key, self.current)
        except Exception as exc:  # the GUI tells every failure in words
            show_error(self, exc)
            return
        self.stored[self.key] = copy.deepcopy(self.current)
        self._show_state()

    def reset(self) -> None:
        answer = QMessageBox.question(self, translate("CertificateTemplateDialog", "Reset"),
                                      translate("CertificateTemplateDialog",
                                                "Return this template to the built-in design? "
                                                "Your texts, images and positions for it are "
                                                "removed."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.db.session() as session, session.begin():
            save_template(session, self.contest_id, self.key, None)
        self.stored.pop(self.key, None)
        self.working.pop(self.key, None)
        self.load_key(self.key)

