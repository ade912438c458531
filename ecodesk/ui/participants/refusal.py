"""What the clerk is told when a participant cannot be saved as typed: the same words in the
participant form and in the check-in desk's walk-in form."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from ecodesk.services.participants import ParticipantError


def refusal(exc: ParticipantError, boxes: Mapping[str, QLineEdit]) -> tuple[str, QLineEdit]:
    """The message, naming what was typed, and the box to correct. ``boxes``: the form's, by
    the field they hold ('first_name', 'phone', 'email')."""
    translate = QCoreApplication.translate
    box = boxes.get(exc.field)
    if exc.field == "phone":
        text = translate(
            "Refusal", "Phone: %1 is not a phone number. Correct it, or leave it empty."
        )
    elif exc.field == "email":
        text = translate(
            "Refusal", "E-mail: %1 is not an e-mail address. Correct it, or leave it empty."
        )
    elif exc.field == "first_name":
        text = translate("Refusal", "Type the participant's first name.")
    else:
        text = translate("Refusal", "This participant was deleted meanwhile.")
    return text.replace("%1", box.text().strip() if box else ""), box or boxes["first_name"]
