"""Sync through a shared folder: each computer appends to its own journal there and merges the
others' journals into its local SQLite log. The facade is `desktop.storage.sync.engine.SyncEngine`
(not imported here: migrations.py imports `schema` from this package)."""
