-- Schema 9: a labour contract ended early keeps why on its own row. The day it ends is end_date
-- (the early end moves it); end_reason says that it was ended early and why, so that the
-- ending-soon warning, renewals, lists and the server read the contract, not the audit log.
-- No release wrote labour_contract.end events before this schema: nothing to fill in.
ALTER TABLE labour_contract ADD COLUMN end_reason TEXT CHECK (end_reason IS NULL OR length(end_reason) > 0);
