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
    """Send records to ecodesk.log (1 MB x 5); idempotent."""
    path = log_file()
    root = logging.getLogger()
    if any(getattr(h, "ecodesk", False) for h in root.handlers):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.ecodesk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
