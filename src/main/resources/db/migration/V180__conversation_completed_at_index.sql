-- conversation: the CLD events' hourly catch-up reads the conversations completed in the last days
-- (docs/adr/0184, revisited).
CREATE INDEX conversation_completed_at_idx ON conversation (completed_at)
  WHERE completed_at IS NOT NULL;
