-- connection: the person may withdraw their consent for future sharing from their own pages
-- (docs/adr/0117). The disclosure already made stays recorded as it was (connection_shared_item is
-- never changed); from this moment the council shares nothing more on this connection, and the
-- partner sees that consent was withdrawn and no longer sees the details beyond the name.
ALTER TABLE connection ADD COLUMN consent_withdrawn_at timestamptz;
ALTER TABLE connection ADD COLUMN consent_withdrawn_by text;
ALTER TABLE connection ADD CONSTRAINT connection_withdrawal_needs_sharing_check
  CHECK (consent_withdrawn_at IS NULL OR lawful_basis <> 'NOTHING_SHARED');
