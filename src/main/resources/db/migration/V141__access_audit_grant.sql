-- access: time-limited access to a person's record for a case-file auditor (docs/adr/0140). A grant
-- opens only that record, only to that member of staff, only until it ends: when the audit closes
-- (ended_at) or at its time limit (until), whichever is first.
CREATE TABLE access_audit_grant (
  audit_id    uuid NOT NULL,
  staff_id    uuid NOT NULL,
  person_id   uuid NOT NULL,
  granted_at  timestamptz NOT NULL,
  until       timestamptz NOT NULL,
  ended_at    timestamptz,
  PRIMARY KEY (audit_id, staff_id, person_id)
);
CREATE INDEX access_audit_grant_staff_person_idx ON access_audit_grant (staff_id, person_id);
