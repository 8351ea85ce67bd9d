"""The committee's decisions on one work or on the whole results, each with its reason.

ChangeTierDialog: another tier (or no award) for a work. ReasonDialog: disqualify a work,
finalise and lock, unlock. OK stays disabled until a reason is written where one is required:
the reason goes to the audit log, so an empty one is refused here before the core refuses it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contest_app.i18n import translate


class _ReasonBase(QDialog):
    def __init__(self, parent: QWidget | None, require_reason: bool) -> None:
        super().__init__(parent)
        self.require_reason = require_reason
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.reason_label = QLabel(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(self.fontMetrics().height() * 6)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self.update_ok)

    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def update_ok(self) -> None:
        self.ok_button().setEnabled(bool(self.reason_text()) or not self.require_reason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError


class ChangeTierDialog(_ReasonBase):
    """tiers: (key, name) highest first; the result is tier_key() (None: no award) and reason."""

    def __init__(self, code: str, tiers: list[tuple[str, str]], current: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, require_reason=True)
        self.code, self.tiers, self.current = code, tiers, current
        self.setup_ui()
        self.retranslate_ui()
        index = next((i for i, (k, _) in enumerate(tiers) if k == current), len(tiers))
        self.tier.setCurrentIndex(index)
        self.update_ok()

    def setup_ui(self) -> None:
        self.tier_label = QLabel(self)
        self.tier = QComboBox(self)
        for key, name in self.tiers:
            self.tier.addItem(name, key)
        self.tier.addItem("", None)  # "No award": its words come in retranslate_ui
        self.tier.currentIndexChanged.connect(self.update_ok)
        form = QFormLayout()
        form.addRow(self.tier_label, self.tier)
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("AwardDecisionDialog", "Change the tier of {code}").format(
            code=self.code))
        self.intro.setText(translate(
            "AwardDecisionDialog", "The committee's decision overrides the ranking. The reason "
            "is kept in the audit log with your name and the time."))
        self.tier_label.setText(translate("AwardDecisionDialog", "New tier:"))
        self.reason_label.setText(translate("AwardDecisionDialog", "Reason:"))
        self.tier.setItemText(self.tier.count() - 1, translate("AwardDecisionDialog", "No award"))

    def tier_key(self) -> str | None:
        data = self.tier.currentData()
        return str(data) if data else None

    def update_ok(self) -> None:
        if not hasattr(self, "tier"):
            return
        changed = self.tier_key() != self.current
        self.ok_button().setEnabled(changed and bool(self.reason_text()))


class ReasonDialog(_ReasonBase):
    """A decision on a work or on all results with a reason (required unless told otherwise)."""

    DISQUALIFY, FINALIZE, UNLOCK = "disqualify", "finalize", "unlock"

    def __init__(self, kind: str, code: str = "", require_reason: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, require_reason)
        self.kind, self.code = kind, code
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.update_ok()

    def retranslate_ui(self) -> None:
        self.reason_label.setText(translate("AwardDecisionDialog", "Reason:"))
        if self.kind == self.DISQUALIFY:
            self.setWindowTitle(translate("AwardDecisionDialog", "Disqualify {code}").format(
                code=self.code))
            self.intro.setText(translate(
                "AwardDecisionDialog", "Work {code} will be disqualified. If it holds an award, "
                "the award is withdrawn and the next works move up one place in every tier "
                "below, so that each tier keeps its quota.").format(code=self.code))
        elif self.kind == self.FINALIZE:
            self.setWindowTitle(translate("AwardDecisionDialog", "Finalise the results"))
            self.intro.setText(translate(
                "AwardDecisionDialog", "The results become final and are locked: any later "
                "change needs an unlock with a reason.") + ("\n\n" + translate(
                    "AwardDecisionDialog", "Some tiers do not hold their quota: say why.")
                    if self.require_reason else ""))
        else:
            self.setWindowTitle(translate("AwardDecisionDialog", "Unlock the final results"))
            self.intro.setText(translate(
                "AwardDecisionDialog", "The results become provisional again and can be "
                "changed. The reason is kept in the audit log."))
