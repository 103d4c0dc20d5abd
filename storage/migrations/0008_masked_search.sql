-- Schema 8: masked fields are searched by their full value only.
--
-- Schema 6 indexed the mobile (and a customer's phone and contacts' mobiles) as bigrams, so any
-- two or more digits of it found the person: typing digits narrowed a list down to one person
-- without revealing the number. From here on the ID number, mobile and phone numbers are one
-- whole-value token each (storage/search/SearchTokens.h, hrdesk_search_entry): the full value
-- finds the record, a fragment does not. The name and the employee number stay searchable by
-- any part. The ID number is indexed too (by full value), as its own reveal shows it.

-- Index maintenance off while every entry is rewritten; the full-text index is rebuilt once.
DROP TRIGGER search_entry_ai;
DROP TRIGGER search_entry_ad;
DROP TRIGGER search_entry_au;
DROP TRIGGER employee_search_au;

DROP VIEW employee_search_source;
DROP VIEW customer_search_source;

-- hrdesk_search_entry(n, ...): the first n fields by any part, the rest by full value only
-- (one value per line within a field).
CREATE VIEW employee_search_source AS
SELECT e.id, hrdesk_search_entry(2, e.name, e.employee_no, e.mobile, e.id_number) AS tokens
FROM employee e WHERE e.deleted_at IS NULL;

CREATE VIEW customer_search_source AS
SELECT c.id, hrdesk_search_entry(1, c.name, c.phone,
           (SELECT group_concat(m.mobile, char(10)) FROM customer_contact m
            WHERE m.customer_id = c.id AND m.deleted_at IS NULL)) AS tokens
FROM customer c WHERE c.deleted_at IS NULL;

DELETE FROM search_entry;
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

-- The ID number is indexed now: its changes update the entry too.
CREATE TRIGGER employee_search_au AFTER UPDATE OF name, employee_no, mobile, id_number, deleted_at ON employee BEGIN
    DELETE FROM search_entry WHERE entity_type = 'employee' AND entity_id = OLD.id;
    INSERT INTO search_entry (entity_type, entity_id, tokens)
    SELECT 'employee', id, tokens FROM employee_search_source WHERE id = NEW.id;
END;
