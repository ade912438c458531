"""Logging to a rotating file in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

LOG_ENV_VAR = "ECODESK_LOG_DIR"


def log_dir() -> Path:
    override = os.environ.get(LOG_ENV_VAR)
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir("EcoDesk", appauthor=False))


def log_file() -> Path:
    return log_dir() / "ecodesk.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Send records to ecodesk.log (1 MB x 5); idempotent, and follows a changed log folder."""
    path = log_file()
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "ecodesk", False):
            if Path(getattr(h, "baseFilename", "")) == path:
                return path
            root.removeHandler(h)
            h.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.ecodesk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
