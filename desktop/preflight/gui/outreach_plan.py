"""The "Plan…" dialog: which LinkedIn plan, since when, and the user's own numbers for it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from preflight.core.outreach.log import PlanChoice
from preflight.core.outreach.plans import Plan, plan_by_id, plans
from preflight.core.outreach.summary import chosen_plan
from preflight.gui.outreach_model import DATE_FORMAT, qdate

NUMBERS = (
    "monthly_credits",
    "credit_lifetime_days",
    "refund_window_days",
    "extra_credit_price_usd",
)


class PlanDialog(QDialog):
    """Picks a plan and its start day; every number can be changed, and reset to the plan's."""

    def __init__(self, parent: QWidget | None, current: PlanChoice | None, as_of: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your LinkedIn plan"))
        self.plan_box = QComboBox()
        for plan in plans():
            self.plan_box.addItem(plan.name, plan.id)
        self.plan_box.setAccessibleName(self.tr("Plan"))
        self.start_edit = QDateEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(DATE_FORMAT)
        self.start_edit.setAccessibleName(self.tr("Plan start day"))
        self.start_edit.setToolTip(self.tr("New credits arrive on this day of every month."))
        self.credits_spin = QSpinBox(maximum=10_000)
        self.lifetime_spin = QSpinBox(minimum=1, maximum=3_650)
        self.window_spin = QSpinBox(maximum=3_650)
        self.price_spin = QDoubleSpinBox(maximum=1_000.0, decimals=2, singleStep=0.25)
        self.price_spin.setPrefix("$")
        for spin, name in (
            (self.credits_spin, self.tr("Credits each month")),
            (self.lifetime_spin, self.tr("Days a credit lasts")),
            (self.window_spin, self.tr("Refund window in days")),
            (self.price_spin, self.tr("Price of an extra credit")),
        ):
            spin.setAccessibleName(name)
        self.source_label = QLabel(wordWrap=True)
        self.source_label.setAccessibleName(self.tr("Where these numbers come from"))
        self.reset_button = QPushButton(self.tr("Use the Plan's Numbers"))
        self.reset_button.setAccessibleName(self.tr("Use the plan's numbers"))
        self.reset_button.clicked.connect(self._fill_from_plan)

        form = QFormLayout()
        form.addRow(self.tr("&Plan:"), self.plan_box)
        form.addRow(self.tr("&Started on:"), self.start_edit)
        form.addRow(self.tr("&Credits each month:"), self.credits_spin)
        form.addRow(self.tr("Credits &last (days):"), self.lifetime_spin)
        form.addRow(self.tr("&Refund window (days):"), self.window_spin)
        form.addRow(self.tr("Extra credit &price:"), self.price_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.source_label)
        layout.addWidget(self.reset_button)
        layout.addWidget(buttons)

        if current is not None:
            self.plan_box.setCurrentIndex(max(self.plan_box.findData(current.plan_id), 0))
            self.start_edit.setDate(qdate(current.started))
            try:
                self._show_numbers(chosen_plan(current))
            except (KeyError, ValueError):  # a plan no longer in the file: start from the list
                self._fill_from_plan()
        else:
            self.start_edit.setDate(qdate(as_of.replace(day=1)))
            self._fill_from_plan()
        self._show_source()
        self.plan_box.currentIndexChanged.connect(self._fill_from_plan)

    @classmethod
    def edit(
        cls, parent: QWidget | None, current: PlanChoice | None, as_of: dt.date
    ) -> PlanChoice | None:
        """The user's choice, or None when cancelled (tests replace this method)."""
        dialog = cls(parent, current, as_of)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def base_plan(self) -> Plan:
        """The plan picked in the list, with the file's numbers."""
        return plan_by_id(str(self.plan_box.currentData()))

    def choice(self) -> PlanChoice:
        """The plan, its start day and the numbers that differ from the plan's own."""
        base = self.base_plan()
        entered: dict[str, float] = {
            "monthly_credits": self.credits_spin.value(),
            "credit_lifetime_days": self.lifetime_spin.value(),
            "refund_window_days": self.window_spin.value(),
            "extra_credit_price_usd": round(self.price_spin.value(), 2),
        }
        overrides = {k: v for k, v in entered.items() if float(getattr(base, k)) != float(v)}
        day = self.start_edit.date()
        return PlanChoice(base.id, dt.date(day.year(), day.month(), day.day()), overrides)

    def _fill_from_plan(self) -> None:
        self._show_numbers(self.base_plan())
        self._show_source()

    def _show_numbers(self, plan: Plan) -> None:
        self.credits_spin.setValue(plan.monthly_credits)
        self.lifetime_spin.setValue(plan.credit_lifetime_days)
        self.window_spin.setValue(plan.refund_window_days)
        self.price_spin.setValue(plan.extra_credit_price_usd)

    def _show_source(self) -> None:
        source = self.base_plan().source
        self.source_label.setText(
            self.tr(
                "Source: {source}. LinkedIn changes its plans; correct any number here."
            ).format(source=source)
        )
