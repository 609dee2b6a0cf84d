-- practice: audit templates are versioned (issue 14 item 2, docs/adr/0140). Editing a template adds
-- a new version (a new row, its own id and questions) and retires the old one; an audit keeps the
-- version it was set up with, so scores always sit beside the questions they answered.
ALTER TABLE practice_audit_template
  ADD COLUMN family_id uuid,
  ADD COLUMN version int NOT NULL DEFAULT 1,
  ADD COLUMN superseded_at timestamptz;
UPDATE practice_audit_template SET family_id = id;
ALTER TABLE practice_audit_template ALTER COLUMN family_id SET NOT NULL;
ALTER TABLE practice_audit_template DROP CONSTRAINT practice_audit_template_name_key;
ALTER TABLE practice_audit_template
  ADD CONSTRAINT practice_audit_template_family_version UNIQUE (family_id, version);
CREATE UNIQUE INDEX practice_audit_template_current_name
  ON practice_audit_template (lower(name)) WHERE superseded_at IS NULL;
CREATE UNIQUE INDEX practice_audit_template_one_current
  ON practice_audit_template (family_id) WHERE superseded_at IS NULL;
