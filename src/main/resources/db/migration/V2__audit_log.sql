-- The audit log: append-only (the database itself refuses changes) and hash-chained.
CREATE TABLE audit_entry (
  seq            bigint PRIMARY KEY,
  occurred_at    timestamptz NOT NULL,
  staff_id       uuid,
  username       text NOT NULL,
  role           text NOT NULL,
  person_id      uuid,
  section        text NOT NULL,
  action         text NOT NULL,
  reason         text,
  detail         text,
  ip_address     text,
  previous_hash  text NOT NULL,
  hash           text NOT NULL
);
CREATE INDEX audit_entry_person_idx ON audit_entry (person_id, occurred_at DESC);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();

-- Break-glass: access without a working relationship, with a reason, for the team manager to review.
CREATE TABLE access_break_glass (
  id               uuid PRIMARY KEY,
  person_id        uuid NOT NULL,
  team_id          uuid,
  staff_id         uuid NOT NULL,
  reason           text NOT NULL,
  occurred_at      timestamptz NOT NULL,
  acknowledged_by  uuid,
  acknowledged_at  timestamptz,
  review_note      text
);
CREATE INDEX access_break_glass_team_idx ON access_break_glass (team_id, acknowledged_at);
