"""The audit log: who did what, from which desk, when."""

from __future__ import annotations

import uuid
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from ecodesk.db.bulk import RowWriter, SessionWriter
from ecodesk.db.models import AuditEntry, new_id
from ecodesk.services.clock import now

AUDIT_LOG = cast(Table, AuditEntry.__table__)


def record(
    target: Session | RowWriter,
    action: str,
    entity: str,
    entity_id: uuid.UUID | None = None,
    *,
    desk: str = "",
    **detail: Any,
) -> None:
    """The entry, written in the transaction of the session or writer that makes the change."""
    writer = SessionWriter(target) if isinstance(target, Session) else target
    writer.insert(
        AUDIT_LOG,
        {
            "id": [new_id()],
            "at": [now()],
            "desk": [desk],
            "action": [action],
            "entity": [entity],
            "entity_id": [entity_id],
            "detail": [detail],
        },
    )
