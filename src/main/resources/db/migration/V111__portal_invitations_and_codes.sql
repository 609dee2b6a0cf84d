-- Invitations to the person's own pages and the one-time codes they sign in with (docs/adr/0111).
CREATE TABLE portal_invitation (
  id            uuid PRIMARY KEY,
  person_id     uuid         NOT NULL,
  contact       varchar(320) NOT NULL,
  channel       varchar(10)  NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
  status        varchar(20)  NOT NULL CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
  created_at    timestamptz  NOT NULL,
  created_by    uuid,
  updated_at    timestamptz  NOT NULL,
  updated_by    uuid,
  version       integer      NOT NULL DEFAULT 0
);
-- One way in per person, and an address opens one person's pages only.
CREATE UNIQUE INDEX portal_invitation_active_person ON portal_invitation (person_id)
  WHERE status = 'ACTIVE';
CREATE UNIQUE INDEX portal_invitation_active_contact ON portal_invitation (contact)
  WHERE status = 'ACTIVE';

-- Codes are kept only as a salted SHA-256 hash; the newest unused one for an invitation is the only
-- one that works, for 15 minutes, with 5 wrong tries.
CREATE TABLE portal_sign_in_code (
  id             uuid PRIMARY KEY,
  invitation_id  uuid        NOT NULL REFERENCES portal_invitation (id),
  code_hash      varchar(64) NOT NULL,
  created_at     timestamptz NOT NULL,
  expires_at     timestamptz NOT NULL,
  used_at        timestamptz,
  wrong_tries    integer     NOT NULL DEFAULT 0
);
CREATE INDEX portal_sign_in_code_newest ON portal_sign_in_code (invitation_id, created_at DESC);

-- Every request for a code, whoever's address it names, so that asking for codes is limited the
-- same way on every instance whether or not the address was invited.
CREATE TABLE portal_code_request (
  contact       varchar(320) NOT NULL,
  requested_at  timestamptz  NOT NULL
);
CREATE INDEX portal_code_request_recent ON portal_code_request (contact, requested_at DESC);
