"""The store layer: the only place corroborate writes SQL.

``Store(url)`` opens a knowledge base: a SQLite file (the embedded
default, :mod:`.sqlite`) or a PostgreSQL database (a shared server,
:mod:`.postgres`), chosen by the URL; :mod:`.base` holds the migrations and
every query both understand.
"""

from .base import DEFAULT_DB, Store, backend_of
from .schema import COUNTED_TABLES, MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "COUNTED_TABLES",
    "DEFAULT_DB",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Store",
    "backend_of",
]
