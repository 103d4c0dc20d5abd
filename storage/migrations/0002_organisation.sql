-- Schema 2: the organisation (branches and departments as one tree) and the staff.

CREATE TABLE department (
    id         TEXT PRIMARY KEY NOT NULL,
    parent_id  TEXT REFERENCES department (id),
    kind       TEXT NOT NULL CHECK (kind IN ('company', 'region', 'branch', 'department')),
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX department_parent ON department (parent_id);

CREATE TABLE employee (
    id                TEXT PRIMARY KEY NOT NULL,
    employee_no       TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    gender            TEXT NOT NULL CHECK (gender IN ('male', 'female')),
    birth_date        TEXT,
    id_type           TEXT NOT NULL DEFAULT 'resident_id',
    id_number         TEXT NOT NULL,
    mobile            TEXT,
    email             TEXT,
    department_id     TEXT REFERENCES department (id),
    position          TEXT,
    manager_id        TEXT REFERENCES employee (id),
    hire_date         TEXT,
    status            TEXT NOT NULL CHECK (status IN ('onboarding', 'probation', 'active', 'notice', 'departed')),
    status_changed_at TEXT,
    version           INTEGER NOT NULL DEFAULT 1,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT
);
CREATE UNIQUE INDEX employee_id_number ON employee (id_type, id_number) WHERE deleted_at IS NULL;
CREATE INDEX employee_department ON employee (department_id);
CREATE INDEX employee_manager ON employee (manager_id);
CREATE INDEX employee_name ON employee (name);

ALTER TABLE local_user ADD COLUMN employee_id TEXT REFERENCES employee (id);
