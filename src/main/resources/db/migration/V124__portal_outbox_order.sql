-- The order messages were put in the outbox, so "newest first" is exact even when two messages
-- share a timestamp (the admin's outbox page, and which sign-in code is the latest).
ALTER TABLE portal_outbox ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
