-- Schema 1: database identity, local users, the outbox of commands, the audit chain.
-- Conventions for every domain table: UUID text primary key, version, updated_at (UTC ISO 8601),
-- deleted_at as the tombstone (NULL while the row is alive).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE local_user (
    id            TEXT PRIMARY KEY NOT NULL,
    login         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('hr_clerk', 'sales_manager', 'admin', 'auditor', 'sales')),
    password_hash TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);

-- Intents to push to the server, in device sequence order. seq never repeats (AUTOINCREMENT),
-- so the server can reject gaps per device.
CREATE TABLE outbox (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    command_id    TEXT NOT NULL UNIQUE,
    device_id     TEXT NOT NULL,
    actor_id      TEXT,
    mutation      TEXT NOT NULL,
    arguments     TEXT NOT NULL,
    base_versions TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    pushed_at     TEXT
);

CREATE TABLE audit_event (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    command_id  TEXT,
    actor_id    TEXT,
    actor_name  TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT,
    before_json TEXT,
    after_json  TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_command ON audit_event (command_id);

CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;

CREATE TRIGGER audit_event_append_only_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;
