"""Progress as data: long operations report through a ``Progress`` and stop when cancelled.

Services stay Qt-free; the UI hands in a subclass that forwards to a progress bar and whose
``cancelled`` flag is set by the Cancel button.
"""

from __future__ import annotations


class Cancelled(Exception):
    """Raised inside a long operation when the user cancelled it; nothing was committed."""


class Progress:
    """A no-op reporter; subclasses forward the figures somewhere visible."""

    cancelled: bool = False

    def update(self, done: int, total: int | None = None, message: str = "") -> None:
        """Report ``done`` of ``total`` units, then stop here if the user cancelled."""
        self.report(done, total, message)
        if self.cancelled:
            raise Cancelled

    def report(self, done: int, total: int | None, message: str) -> None:
        pass


NO_PROGRESS = Progress()
