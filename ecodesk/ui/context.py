"""What every page shares: the database, this desk's name and the event being worked on."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, QSettings, Signal

from ecodesk.db import Database
from ecodesk.services.events import EventInfo, EventNotFound, get_event
from ecodesk.ui.dialogs import UserDialogs


class _Signals(QObject):
    event_changed = Signal(object)
    data_changed = Signal(str)


class AppContext:
    """Shared state of one window; pages listen to its signals instead of reaching into each other.

    A plain object holding a QObject for its signals: an ``event`` attribute on a QObject would
    shadow ``QObject.event()``, which Qt calls for every event it delivers.
    """

    def __init__(
        self, db: Database, settings: QSettings, dialogs: UserDialogs | None = None
    ) -> None:
        self._signals = _Signals()
        #: The chosen event changed (EventInfo or None).
        self.event_changed = self._signals.event_changed
        #: Data of a kind changed: 'participants', 'checkins', 'surveys', 'event'.
        self.data_changed = self._signals.data_changed
        self.db = db
        self.settings = settings
        self.dialogs = dialogs or UserDialogs()
        self.event: EventInfo | None = None

    @property
    def desk_name(self) -> str:
        """Set per computer in the settings; recorded with every check-in and change."""
        import socket

        return str(self.settings.value("desk/name", socket.gethostname() or "desk"))

    @desk_name.setter
    def desk_name(self, value: str) -> None:
        self.settings.setValue("desk/name", value.strip())

    def set_event(self, event_id: uuid.UUID | None) -> None:
        try:
            self.event = get_event(self.db, event_id) if event_id else None
        except EventNotFound:
            self.event = None
        if self.event:
            self.settings.setValue("event/last", str(self.event.id))
        self.event_changed.emit(self.event)

    def reload_event(self) -> None:
        """Read the event again (after an edit) and tell the pages."""
        self.set_event(self.event.id if self.event else None)
        self.data_changed.emit("event")
