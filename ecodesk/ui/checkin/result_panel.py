"""The large result the queue can see: green (in), amber (already in), red (refused)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ecodesk.services.checkin import CheckInResult, Status
from ecodesk.services.thai_dates import format_date

KIND_OF_STATUS = {Status.OK: "ok", Status.ALREADY: "already"}
# Background and text colour of each kind; "idle" before the first check-in.
COLOURS = {
    "ok": ("#2E7D32", "#FFFFFF"),
    "already": ("#F9A825", "#212121"),
    "error": ("#C62828", "#FFFFFF"),
    "idle": ("#ECEFF1", "#37474F"),
}


def kind_of(status: Status) -> str:
    return KIND_OF_STATUS.get(status, "error")


class ResultPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinResult")
        self.setMinimumHeight(220)
        self.headline = QLabel()
        self.name = QLabel()
        self.details = QLabel()
        self.sector = QLabel()
        for label, size, bold in (
            (self.headline, 22, True),
            (self.name, 34, True),
            (self.details, 17, False),
            (self.sector, 17, True),
        ):
            font = label.font()
            font.setPointSize(size)
            font.setBold(bold)
            label.setFont(font)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            # Thai vowels and tone marks reach above and below the font's nominal height.
            label.setContentsMargins(0, size // 4, 0, size // 4)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.headline, self.name, self.details, self.sector):
            layout.addWidget(label)
        layout.addStretch(1)
        self.kind = "idle"
        self.show_idle()

    def _paint(self, kind: str) -> None:
        self.kind = kind
        background, text = COLOURS[kind]
        self.setStyleSheet(
            f"#checkinResult {{ background: {background}; border-radius: 12px; }}"
            f"#checkinResult QLabel {{ color: {text}; background: transparent; }}"
        )

    def show_idle(self) -> None:
        self._paint("idle")
        self.headline.setText(self.tr("Ready: scan a badge or type a name"))
        for label in (self.name, self.details, self.sector):
            label.clear()

    def show_message(self, kind: str, headline: str, detail: str = "") -> None:
        self._paint(kind)
        self.headline.setText(headline)
        self.name.clear()
        self.details.setText(detail)
        self.sector.clear()

    def show_result(self, result: CheckInResult) -> None:
        self._paint(kind_of(result.status))
        self.headline.setText(self.headline_for(result))
        person = result.person
        if person is None:
            self.name.clear()
            self.details.setText(self.tr("Read: %1").replace("%1", result.text))
            self.sector.clear()
            return
        self.name.setText(person.full_name)
        self.details.setText("\n".join(t for t in (person.position, person.organisation) if t))
        self.sector.setText(person.sector)

    def headline_for(self, result: CheckInResult) -> str:
        status = result.status
        if status is Status.OK:
            return self.tr("Checked in")
        if status is Status.ALREADY:
            at = result.at.strftime("%H:%M") if result.at else ""
            return (
                self.tr("Already checked in at %1 by desk %2")
                .replace("%1", at)
                .replace("%2", result.desk)
            )
        if status is Status.OTHER_EVENT:
            text = self.tr("Badge of another event")
            return f"{text} ({result.detail})" if result.detail else text
        if status is Status.REVOKED:
            return self.tr("Reissued badge: this old badge is no longer valid")
        if status is Status.WRONG_DAY:
            day = format_date(date.fromisoformat(result.detail)) if result.detail else ""
            return self.tr("Wrong day: this sitting is on %1").replace("%1", day)
        if result.detail == "deleted":
            return self.tr("Removed from the list of participants")
        return self.tr("Unknown code")
