"""Starting the window: fonts, language, database, crash dialog."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from ecodesk.db import Database, DatabaseError, open_database
from ecodesk.db.database import ENV_VAR
from ecodesk.logging_setup import log_file
from ecodesk.services.demo import create_demo
from ecodesk.ui.context import AppContext
from ecodesk.ui.fonts import register_fonts, ui_font
from ecodesk.ui.i18n import DEFAULT_LANGUAGE, install_translators, remove_translators
from ecodesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SETTINGS_ENV_VAR = "ECODESK_SETTINGS"


def make_settings() -> QSettings:
    """This computer's settings; ``ECODESK_SETTINGS`` points at an .ini file instead."""
    path = os.environ.get(SETTINGS_ENV_VAR)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("EcoDesk", "EcoDesk")


def crash_text(exc: BaseException) -> tuple[str, str]:
    title = QCoreApplication.translate("Crash", "EcoDesk ran into a problem")
    text = QCoreApplication.translate(
        "Crash",
        "Something unexpected happened: %1\n\n"
        "What was saved before is safe. Try the last step again; if it happens again, "
        "send the log file to your support contact:\n%2",
    )
    return title, text.replace("%1", str(exc) or type(exc).__name__).replace("%2", str(log_file()))


def install_excepthook() -> None:
    """Unexpected errors are logged and explained in a dialog instead of closing the window."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        title, text = crash_text(exc)
        box = QMessageBox(QMessageBox.Icon.Critical, title, text)
        box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
        box.exec()

    sys.excepthook = hook


class Application:
    """The running program: one QApplication, its translators, and the main window."""

    def __init__(self, qapp: QApplication, settings: QSettings) -> None:
        self.qapp = qapp
        self.settings = settings
        self.translators: list = []

    def set_language(self, lang: str) -> None:
        remove_translators(self.qapp, self.translators)
        self.translators = install_translators(self.qapp, lang)

    def open_db(self, target: str | None) -> Database:
        if not target and not os.environ.get(ENV_VAR):
            last = self.settings.value("db/last")
            target = str(last) if last else None
        db = open_database(target)
        self.settings.setValue("db/last", db.url)
        return db

    def build_window(self, args: argparse.Namespace) -> MainWindow:
        lang = args.lang or str(self.settings.value("ui/language", DEFAULT_LANGUAGE))
        self.settings.setValue("ui/language", lang)
        self.set_language(lang)
        db = self.open_db(args.db)
        ctx = AppContext(db, self.settings)
        if getattr(args, "demo", False):
            event_id = create_demo(db).id
        else:
            last = self.settings.value("event/last")
            event_id = None
            if last:
                import uuid

                try:
                    event_id = uuid.UUID(str(last))
                except ValueError:
                    event_id = None
        ctx.set_event(event_id)
        return MainWindow(ctx, self.set_language)


def prepare_qapplication() -> QApplication:
    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    qapp.setOrganizationName("EcoDesk")
    qapp.setApplicationName("EcoDesk")
    register_fonts()
    qapp.setFont(ui_font(11))
    return qapp


def run_app(args: argparse.Namespace) -> int:
    qapp = prepare_qapplication()
    install_excepthook()
    app = Application(qapp, make_settings())
    try:
        window = app.build_window(args)
    except DatabaseError as exc:
        log.error("cannot open database: %s", exc)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Crash", "Cannot open the database"),
            str(exc),
        )
        return 1
    window.show()
    return qapp.exec()
