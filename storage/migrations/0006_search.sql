-- Schema 6: search as you type over staff and customers, and the indexes the list views sort by.
--
-- search_entry holds one row per live (not soft-deleted) employee and customer: the index text
-- built by hrdesk_search_tokens() (bigrams + pinyin initials, see storage/search/SearchTokens.h).
-- search_fts is an FTS5 index over it (external content, so `INSERT INTO search_fts(search_fts)
-- VALUES ('rebuild')` restores it from search_entry, also from the sqlcipher shell). docid is
-- an INTEGER PRIMARY KEY because VACUUM and sqlcipher_export renumber implicit rowids.
-- Triggers keep both current; they call hrdesk_search_tokens(), which HR Desk registers on each
-- connection: other tools can read but not write employee, customer or customer_contact.

CREATE TABLE search_entry (
    docid       INTEGER PRIMARY KEY,
    entity_type TEXT NOT NULL CHECK (entity_type IN ('employee', 'customer')),
    entity_id   TEXT NOT NULL,
    tokens      TEXT NOT NULL
);
CREATE UNIQUE INDEX search_entry_entity ON search_entry (entity_type, entity_id);

CREATE VIRTUAL TABLE search_fts USING fts5 (
    tokens, content = 'search_entry', content_rowid = 'docid', tokenize = 'unicode61'
);

CREATE VIEW employee_search_source AS
SELECT e.id, hrdesk_search_tokens(e.name, e.employee_no, e.mobile) AS tokens
FROM employee e WHERE e.deleted_at IS NULL;

CREATE VIEW customer_search_source AS
SELECT c.id, hrdesk_search_tokens(c.name, c.phone,
           (SELECT group_concat(m.mobile, ' ') FROM customer_contact m
            WHERE m.customer_id = c.id AND m.deleted_at IS NULL)) AS tokens
FROM customer c WHERE c.deleted_at IS NULL;

-- Existing rows first, then the full-text index in one pass, then the triggers.
INSERT INTO search_entry (entity_type, entity_id, tokens) SELECT 'employee', id, tokens FROM employee_search_source;
INSERT INTO search_entry (entity_type, entity_id, tokens) SELECT 'customer', id, tokens FROM customer_search_source;
INSERT INTO search_fts (search_fts) VALUES ('rebuild');

CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry BEGIN
    INSERT INTO search_fts (rowid, tokens) VALUES (NEW.docid, NEW.tokens);
END;
CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry BEGIN
    INSERT INTO search_fts (search_fts, rowid, tokens) VALUES ('delete', OLD.docid, OLD.tokens);
END;
CREATE TRIGGER search_entry_au AFTER UPDATE ON search_entry BEGIN
    INSERT INTO search_fts (search_fts, rowid, tokens) VALUES ('delete', OLD.docid, OLD.tokens);
    INSERT INTO search_fts (rowid, tokens) VALUES (NEW.docid, NEW.tokens);
END;

CREATE TRIGGER employee_search_ai AFTER INSERT ON employee WHEN NEW.deleted_at IS NULL BEGIN
    INSERT INTO search_entry (entity_type, entity_id, tokens)
    SELECT 'employee', id, tokens FROM employee_search_source WHERE id = NEW.id;
END;
CREATE TRIGGER employee_search_au AFTER UPDATE OF name, employee_no, mobile, deleted_at ON employee BEGIN
    DELETE FROM search_entry WHERE entity_type = 'employee' AND entity_id = OLD.id;
    INSERT INTO search_entry (entity_type, entity_id, tokens)
    SELECT 'employee', id, tokens FROM employee_search_source WHERE id = NEW.id;
END;
CREATE TRIGGER employee_search_ad AFTER DELETE ON employee BEGIN
    DELETE FROM search_entry WHERE entity_type = 'employee' AND entity_id = OLD.id;
END;

CREATE TRIGGER customer_search_ai AFTER INSERT ON customer WHEN NEW.deleted_at IS NULL BEGIN
    INSERT INTO search_entry (entity_type, entity_id, tokens)
    SELECT 'customer', id, tokens FROM customer_search_source WHERE id = NEW.id;
END;
CREATE TRIGGER customer_search_au AFTER UPDATE OF name, phone, deleted_at ON customer BEGIN
    DELETE FROM search_entry WHERE entity_type = 'customer' AND entity_id = OLD.id;
    INSERT INTO search_entry (entity_type, entity_id, tokens)
    SELECT 'customer', id, tokens FROM customer_search_source WHERE id = NEW.id;
END;
CREATE TRIGGER customer_search_ad AFTER DELETE ON customer BEGIN
    DELETE FROM search_entry WHERE entity_type = 'customer' AND entity_id = OLD.id;
END;

-- A contact's mobile finds its customer.
CREATE TRIGGER customer_contact_search_ai AFTER INSERT ON customer_contact BEGIN
    DELETE FROM search_entry WHERE entity_type = 'customer' AND entity_id = NEW.customer_id;
    INSERT INTO search_entry (entity_type, entity_id, tokens)
    SELECT 'customer', id, tokens FROM customer_search_source WHERE id = NEW.customer_id;
END;
CREATE TRIGGER customer_contact_search_au AFTER UPDATE OF mobile, deleted_at, customer_id ON customer_contact BEGIN
    DELETE FROM search_entry WHERE entity_type = 'customer' AND entity_id IN (OLD.customer_id, NEW.customer_id);
    INSERT INTO search_entry (entity_type, entity_id, tokens)
    SELECT 'customer', id, tokens FROM customer_search_source WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER customer_contact_search_ad AFTER DELETE ON customer_contact BEGIN
    DELETE FROM search_entry WHERE entity_type = 'customer' AND entity_id = OLD.customer_id;
    INSERT INTO search_entry (entity_type, entity_id, tokens)
    SELECT 'customer', id, tokens FROM customer_search_source WHERE id = OLD.customer_id;
END;

-- List sorting: one index per sortable column, (sort key, id) over live rows, so every page is
-- an index range scan (keyset paging with id as the tiebreak). The expressions must stay
-- identical to the ones in models/StaffListModel.cpp and models/CustomerListModel.cpp.
CREATE INDEX employee_list_no ON employee (employee_no, id) WHERE deleted_at IS NULL;
CREATE INDEX employee_list_name ON employee (name, id) WHERE deleted_at IS NULL;
CREATE INDEX employee_list_position ON employee (ifnull(position, ''), id) WHERE deleted_at IS NULL;
CREATE INDEX employee_list_hire_date ON employee (ifnull(hire_date, ''), id) WHERE deleted_at IS NULL;
CREATE INDEX employee_list_status ON employee (status, id) WHERE deleted_at IS NULL;

CREATE INDEX customer_list_name ON customer (name, id) WHERE deleted_at IS NULL;
CREATE INDEX customer_list_tier ON customer (
    (CASE tier WHEN 'key' THEN 0 WHEN 'A' THEN 1 WHEN 'B' THEN 2 ELSE 3 END), id) WHERE deleted_at IS NULL;
CREATE INDEX customer_list_region ON customer (ifnull(region, ''), id) WHERE deleted_at IS NULL;
CREATE INDEX customer_list_score ON customer (ifnull(score, -1), id) WHERE deleted_at IS NULL;
CREATE INDEX customer_list_status ON customer (status, id) WHERE deleted_at IS NULL;
CREATE INDEX customer_list_updated ON customer (updated_at, id) WHERE deleted_at IS NULL;
