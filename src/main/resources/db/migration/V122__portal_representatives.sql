-- Representatives who act for a person on the person's own pages, with their authority, its
-- evidence and an end date (docs/adr/0118).
CREATE TABLE portal_representative (
  id            uuid PRIMARY KEY,
  person_id     uuid         NOT NULL,
  name          varchar(200) NOT NULL,
  authority     varchar(30)  NOT NULL
    CHECK (authority IN ('LPA_HEALTH_WELFARE', 'DEPUTY', 'CHOSEN')),
  reference     varchar(200) NOT NULL,
  ends_on       date         NOT NULL,
  status        varchar(20)  NOT NULL CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
  created_at    timestamptz  NOT NULL,
  created_by    uuid,
  updated_at    timestamptz  NOT NULL,
  updated_by    uuid,
  version       integer      NOT NULL DEFAULT 0
);
CREATE INDEX portal_representative_person ON portal_representative (person_id);

-- An invitation is the person's own, or a representative's to act for the person.
ALTER TABLE portal_invitation ADD COLUMN representative_id uuid
  REFERENCES portal_representative (id);

-- The person has one way in of their own; each representative has one of theirs. One address may
-- open the pages of several people only for a representative acting for each of them (and an
-- address is never both a person's own and a representative's: the code decides, under a lock).
DROP INDEX portal_invitation_active_person;
DROP INDEX portal_invitation_active_contact;
CREATE UNIQUE INDEX portal_invitation_active_person ON portal_invitation (person_id)
  WHERE status = 'ACTIVE' AND representative_id IS NULL;
CREATE UNIQUE INDEX portal_invitation_active_contact ON portal_invitation (contact)
  WHERE status = 'ACTIVE' AND representative_id IS NULL;
CREATE UNIQUE INDEX portal_invitation_active_representative ON portal_invitation (representative_id)
  WHERE status = 'ACTIVE';
CREATE UNIQUE INDEX portal_invitation_active_contact_person ON portal_invitation (contact, person_id)
  WHERE status = 'ACTIVE';
