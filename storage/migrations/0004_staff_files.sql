-- Schema 4: complete staff files: personal details, labour contracts, and documents kept
-- encrypted inside the database (the whole file is encrypted; nothing is written beside it).

ALTER TABLE employee ADD COLUMN emergency_contact_name TEXT;
ALTER TABLE employee ADD COLUMN emergency_contact_phone TEXT;
ALTER TABLE employee ADD COLUMN address TEXT;
ALTER TABLE employee ADD COLUMN probation_end TEXT;
-- id_type: 'resident_id' (GB 11643), 'passport', 'hk_macau_permit', 'taiwan_permit'

CREATE TABLE labour_contract (
    id            TEXT PRIMARY KEY NOT NULL,
    employee_id   TEXT NOT NULL REFERENCES employee (id),
    contract_no   TEXT,
    type          TEXT NOT NULL CHECK (type IN ('fixed_term', 'open_ended', 'per_task', 'internship', 'dispatch')),
    start_date    TEXT NOT NULL,
    end_date      TEXT,
    signed_on     TEXT,
    renewal_of    TEXT REFERENCES labour_contract (id),
    renewal_count INTEGER NOT NULL DEFAULT 0,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX labour_contract_employee ON labour_contract (employee_id);
CREATE INDEX labour_contract_end ON labour_contract (end_date) WHERE deleted_at IS NULL;

-- Metadata of attached files; the bytes live in document_content so lists stay light.
CREATE TABLE document (
    id          TEXT PRIMARY KEY NOT NULL,
    owner_type  TEXT NOT NULL CHECK (owner_type IN ('employee', 'labour_contract', 'customer', 'sales_contract')),
    owner_id    TEXT NOT NULL,
    category    TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL CHECK (size_bytes BETWEEN 0 AND 20971520),
    sha256      TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX document_owner ON document (owner_type, owner_id);

CREATE TABLE document_content (
    document_id TEXT PRIMARY KEY NOT NULL REFERENCES document (id),
    content     BLOB NOT NULL
);
