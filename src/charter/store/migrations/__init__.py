"""Alembic migrations for the store; run them with `charter.store.migrate.upgrade`."""
