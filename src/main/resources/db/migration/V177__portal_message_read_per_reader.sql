-- Read marks per reader (docs/adr/0175): what the person has read, what each representative acting
-- for them has read, and what the staff side has read are kept apart, so a representative opening
-- the thread no longer marks the worker's messages read for the person. Messages stay as written:
-- a mark is a row of its own, and portal_message now refuses every UPDATE as well as DELETE.
CREATE TABLE portal_message_read (
  message_id        uuid        NOT NULL REFERENCES portal_message (id),
  reader            varchar(20) NOT NULL CHECK (reader IN ('PERSON', 'REPRESENTATIVE', 'STAFF')),
  -- The representative who read it (portal_representative.id); null for the person and for staff.
  representative_id uuid,
  read_at           timestamptz NOT NULL,
  -- The member of staff who read it, for the staff side.
  read_by           uuid,
  CHECK ((reader = 'REPRESENTATIVE') = (representative_id IS NOT NULL)),
  CONSTRAINT portal_message_read_once UNIQUE NULLS NOT DISTINCT (message_id, reader, representative_id)
);

-- The marks kept so far on the message itself. A message from staff that was read was read by
-- someone on the person's side, and which of them is not known: it stays read for the person and
-- for each of their representatives, so nothing already read comes back as new.
INSERT INTO portal_message_read (message_id, reader, representative_id, read_at, read_by)
SELECT id, 'STAFF', NULL, read_at, read_by FROM portal_message
WHERE from_side = 'PERSON' AND read_at IS NOT NULL;
INSERT INTO portal_message_read (message_id, reader, representative_id, read_at, read_by)
SELECT id, 'PERSON', NULL, read_at, NULL FROM portal_message
WHERE from_side = 'STAFF' AND read_at IS NOT NULL;
INSERT INTO portal_message_read (message_id, reader, representative_id, read_at, read_by)
SELECT m.id, 'REPRESENTATIVE', r.id, m.read_at, NULL
FROM portal_message m JOIN portal_representative r ON r.person_id = m.person_id
WHERE m.from_side = 'STAFF' AND m.read_at IS NOT NULL;

DROP INDEX portal_message_unread_by_staff;
ALTER TABLE portal_message DROP COLUMN read_at, DROP COLUMN read_by;

-- Nothing on a message changes once it is sent.
CREATE OR REPLACE FUNCTION portal_message_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'portal_message is kept: a message is never deleted';
  END IF;
  RAISE EXCEPTION 'portal_message is kept: a message is never edited';
END;
$$;
