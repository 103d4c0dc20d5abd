-- Schema 5: the customer book in full: contacts, follow-ups, deals, sales contracts, and the
-- history of every owner change (the handover relies on it). Amounts are integer fen (1/100 yuan).

ALTER TABLE customer ADD COLUMN phone TEXT;

CREATE TABLE customer_contact (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customer (id),
    name        TEXT NOT NULL,
    title       TEXT,
    mobile      TEXT,
    wechat      TEXT,
    email       TEXT,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX customer_contact_customer ON customer_contact (customer_id);

CREATE TABLE follow_up (
    id             TEXT PRIMARY KEY NOT NULL,
    customer_id    TEXT NOT NULL REFERENCES customer (id),
    occurred_at    TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('visit', 'phone', 'wechat', 'email', 'meeting', 'other')),
    summary        TEXT NOT NULL,
    next_step      TEXT,
    next_step_due  TEXT,
    by_employee_id TEXT REFERENCES employee (id),
    version        INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT
);
CREATE INDEX follow_up_customer ON follow_up (customer_id, occurred_at);

CREATE TABLE deal (
    id             TEXT PRIMARY KEY NOT NULL,
    customer_id    TEXT NOT NULL REFERENCES customer (id),
    title          TEXT NOT NULL,
    stage          TEXT NOT NULL CHECK (stage IN ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost')),
    amount_fen     INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
    expected_close TEXT,
    owner_id       TEXT REFERENCES employee (id),
    version        INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT
);
CREATE INDEX deal_customer ON deal (customer_id);
CREATE INDEX deal_owner ON deal (owner_id);

CREATE TABLE sales_contract (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customer (id),
    contract_no TEXT NOT NULL UNIQUE,
    amount_fen  INTEGER NOT NULL CHECK (amount_fen >= 0),
    signed_on   TEXT,
    start_date  TEXT,
    end_date    TEXT,
    owner_id    TEXT REFERENCES employee (id),
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX sales_contract_customer ON sales_contract (customer_id);
CREATE INDEX sales_contract_owner ON sales_contract (owner_id);

-- Written in the same command as every change of customer.owner_id; never updated.
CREATE TABLE customer_owner_change (
    id            TEXT PRIMARY KEY NOT NULL,
    customer_id   TEXT NOT NULL REFERENCES customer (id),
    from_owner_id TEXT REFERENCES employee (id),
    to_owner_id   TEXT REFERENCES employee (id),
    changed_at    TEXT NOT NULL,
    changed_by    TEXT NOT NULL,
    reason        TEXT NOT NULL,
    command_id    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX customer_owner_change_customer ON customer_owner_change (customer_id, changed_at);
