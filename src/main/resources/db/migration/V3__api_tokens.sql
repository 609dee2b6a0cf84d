-- API tokens: bearer secrets an administrator issues to a named member of staff. Only a SHA-256
-- hash of the secret is kept, so a copy of the database cannot be used to call the API.
CREATE TABLE access_api_token (
  id            uuid PRIMARY KEY,
  staff_id      uuid NOT NULL REFERENCES access_staff (id),
  label         text NOT NULL,
  token_hash    char(64) NOT NULL UNIQUE,
  created_at    timestamptz NOT NULL,
  created_by    uuid NOT NULL REFERENCES access_staff (id),
  last_used_at  timestamptz,
  revoked_at    timestamptz,
  revoked_by    uuid REFERENCES access_staff (id)
);
CREATE INDEX access_api_token_staff_idx ON access_api_token (staff_id);

-- "Who has looked at this record" pages newest first by sequence.
CREATE INDEX audit_entry_person_seq_idx ON audit_entry (person_id, seq DESC);
