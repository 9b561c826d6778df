-- Sync with the shared PostgreSQL server (docs/SYNC.md).

-- This desk's side of the sync, never replicated: the server it is attached to, its replica id,
-- whether changes are captured, and one pull cursor per replicated table ("cursor:TABLE" →
-- "XID:REVISION").
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- The outbox: one entry per local change of a replicated row, written in the same transaction
-- as the change (RowWriter), once the desk is attached to a server. `fields` holds the changed
-- columns with their new values and `old` their values before (JSON objects); `base_revision`
-- the row's server revision when it was changed. Entries leave when the server acknowledged them.
CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'delete')),
    base_revision INTEGER NOT NULL DEFAULT 0,
    fields TEXT NOT NULL DEFAULT '{}',
    old TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_outbox_by_row ON sync_outbox (table_name, row_id);

-- The first upload of the rows written before the desk was attached: instead of one outbox
-- entry per existing row, those rows (rowid <= mark_rowid when attached) are sent in pages.
-- Rows up to claimed_rowid belong to a page already taken (their later changes go to the
-- outbox); a page taken but not yet acknowledged is (page_change_id, page_from, page_to].
CREATE TABLE sync_upload (
    table_name TEXT PRIMARY KEY NOT NULL,
    mark_rowid INTEGER NOT NULL,
    claimed_rowid INTEGER NOT NULL DEFAULT 0,
    page_change_id TEXT,
    page_from INTEGER NOT NULL DEFAULT 0,
    page_to INTEGER NOT NULL DEFAULT 0
);

-- The conflict log: every value that a sync overwrote or refused, written by the server while
-- it applies a push and replicated to every desk like the other tables. Values are in the form
-- this database stores them.
CREATE TABLE sync_conflict (
    id TEXT PRIMARY KEY NOT NULL,
    at TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    kept_value TEXT,
    lost_value TEXT,
    rule TEXT NOT NULL,
    change_id TEXT NOT NULL DEFAULT '',
    kept_by TEXT NOT NULL DEFAULT '',
    lost_by TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX sync_conflict_by_row ON sync_conflict (table_name, row_id);
CREATE INDEX sync_conflict_by_time ON sync_conflict (at);
