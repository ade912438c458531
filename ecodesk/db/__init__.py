"""Storage: typed models, engine set-up and migrations. Imports nothing else of EcoDesk."""

from ecodesk.db.database import (
    CorruptDatabase,
    Database,
    DatabaseError,
    NewerSchemaError,
    NotEcoDeskDatabase,
    open_database,
)

__all__ = [
    "CorruptDatabase",
    "Database",
    "DatabaseError",
    "NewerSchemaError",
    "NotEcoDeskDatabase",
    "open_database",
]
