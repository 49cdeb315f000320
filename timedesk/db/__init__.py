"""Database access: engine creation, the declarative base, sessions and migrations."""

from timedesk.db.base import Base, UTCDateTime, utcnow
from timedesk.db.database import Database

__all__ = ["Base", "Database", "UTCDateTime", "utcnow"]
