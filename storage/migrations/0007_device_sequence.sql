-- Schema 7: the device identity belongs to an installation, not to the file, and the outbox
-- numbers each device's entries from 1 without gaps.
--
-- device: every identity this file has had. A copy opened elsewhere, a move, or a restored
-- backup gets a new device (with a new sequence); the old one stays listed so the server can tell
-- which device a pushed entry came from.
CREATE TABLE device (
    id              TEXT PRIMARY KEY NOT NULL,
    installation_id TEXT NOT NULL,
    file_path       TEXT NOT NULL,
    previous_id     TEXT,
    reason          TEXT NOT NULL,
    assigned_at     TEXT NOT NULL
);
INSERT INTO device (id, installation_id, file_path, previous_id, reason, assigned_at)
    SELECT value, '', '', NULL, 'created', COALESCE((SELECT value FROM meta WHERE key = 'created_at'), '')
    FROM meta WHERE key = 'device_id';

-- device_seq: 1, 2, 3 … per device, in the order of the device's commands; the server keeps the
-- last one per device and rejects gaps. kind: 'intent' (a mutation to replay) or 'event' (an
-- audit-only event such as a sign-in, a reveal, a print or an export, queued in the same order).
ALTER TABLE outbox ADD COLUMN device_seq INTEGER;
ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'intent' CHECK (kind IN ('intent', 'event'));
-- One pass over the queue (a correlated count per row would be quadratic in its length).
UPDATE outbox SET device_seq = numbered.n
    FROM (SELECT seq, row_number() OVER (PARTITION BY device_id ORDER BY seq) AS n FROM outbox) AS numbered
    WHERE numbered.seq = outbox.seq;
CREATE UNIQUE INDEX outbox_device_seq ON outbox (device_id, device_seq);
