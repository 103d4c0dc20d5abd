-- Schema 3: the customer book with its owner (an employee); the handover moves ownership.

CREATE TABLE customer (
    id          TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('company', 'person')),
    name        TEXT NOT NULL,
    credit_code TEXT,
    tier        TEXT NOT NULL CHECK (tier IN ('key', 'A', 'B', 'C')),
    region      TEXT,
    industry    TEXT,
    score       INTEGER,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('prospect', 'active', 'dormant', 'lost')),
    owner_id    TEXT REFERENCES employee (id),
    source      TEXT,
    created_by  TEXT REFERENCES employee (id),
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE UNIQUE INDEX customer_credit_code ON customer (credit_code) WHERE credit_code IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX customer_owner ON customer (owner_id);
CREATE INDEX customer_name ON customer (name);
