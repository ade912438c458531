"""The audit log: who did what, from which desk, when."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from ecodesk.db.models import AuditEntry
from ecodesk.services.clock import now


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: uuid.UUID | None = None,
    *,
    desk: str = "",
    **detail: Any,
) -> None:
    session.add(
        AuditEntry(
            at=now(), desk=desk, action=action, entity=entity, entity_id=entity_id, detail=detail
        )
    )
