-- Messages between a person (or a representative acting for them) and the staff working with them:
-- one thread per person (docs/adr/0162). A message is never edited or deleted: the only change a
-- row may take is being read by the other side (read_at, read_by), and the trigger below refuses
-- anything else, so the thread stays what both sides wrote.
CREATE TABLE portal_message (
  id           uuid PRIMARY KEY,
  person_id    uuid          NOT NULL,
  seq          bigint        GENERATED ALWAYS AS IDENTITY,
  from_side    varchar(10)   NOT NULL CHECK (from_side IN ('PERSON', 'STAFF')),
  -- Who wrote it as the other side sees it: null for the person themselves, a representative's
  -- attribution ("Ali Raza, lasting power of attorney, for Nusrat"), or the member of staff's name.
  author       varchar(300),
  staff_id     uuid,
  body         varchar(2000) NOT NULL,
  sent_at      timestamptz   NOT NULL,
  read_at      timestamptz,
  read_by      uuid
);
CREATE INDEX portal_message_thread ON portal_message (person_id, seq);
-- What the staff side has not read yet, for the worker's My work.
CREATE INDEX portal_message_unread_by_staff ON portal_message (person_id)
  WHERE from_side = 'PERSON' AND read_at IS NULL;

CREATE FUNCTION portal_message_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'portal_message is kept: a message is never deleted';
  END IF;
  IF NEW.id <> OLD.id OR NEW.person_id <> OLD.person_id OR NEW.seq <> OLD.seq
     OR NEW.from_side <> OLD.from_side OR NEW.author IS DISTINCT FROM OLD.author
     OR NEW.staff_id IS DISTINCT FROM OLD.staff_id OR NEW.body <> OLD.body
     OR NEW.sent_at <> OLD.sent_at THEN
    RAISE EXCEPTION 'portal_message is kept: a message is never edited';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER portal_message_kept BEFORE UPDATE OR DELETE ON portal_message
  FOR EACH ROW EXECUTE FUNCTION portal_message_kept();
