-- access: partner accounts. Staff of a voluntary organisation sign in like council staff but belong
-- to an organisation (a community directory id, kept as a plain uuid so access knows nothing of the
-- directory) instead of a team.
ALTER TABLE access_staff ADD COLUMN organisation_id uuid;
ALTER TABLE access_staff DROP CONSTRAINT access_staff_role_check;
ALTER TABLE access_staff ADD CONSTRAINT access_staff_role_check
  CHECK (role IN ('PRACTITIONER', 'MANAGER', 'ANALYST', 'ADMIN', 'PARTNER'));
ALTER TABLE access_staff ADD CONSTRAINT access_staff_partner_organisation_check
  CHECK ((role = 'PARTNER') = (organisation_id IS NOT NULL));
ALTER TABLE access_staff ADD CONSTRAINT access_staff_partner_no_team_check
  CHECK (role <> 'PARTNER' OR team_id IS NULL);

-- connection: introductions and referrals from a person's record to a community asset. What was
-- shared is copied at the time of sending (connection_shared_item), so the partner only ever sees
-- that disclosure, never the record; asset and organisation names are copied for the same reason
-- and so that the history still reads correctly if the directory entry changes or closes.
CREATE TABLE connection (
  id                 uuid PRIMARY KEY,
  person_id          uuid NOT NULL REFERENCES person (id),
  asset_id           uuid NOT NULL,
  asset_name         text NOT NULL,
  organisation_id    uuid,
  organisation_name  text,
  method             text NOT NULL
    CHECK (method IN ('INFORMATION_GIVEN', 'WARM_INTRODUCTION', 'FORMAL_REFERRAL')),
  lawful_basis       text NOT NULL
    CHECK (lawful_basis IN ('NOTHING_SHARED', 'IMPLIED_CONSENT', 'EXPLICIT_CONSENT')),
  provides_care      boolean NOT NULL,
  consent_date       date,
  consent_scope      text,
  message            text,
  status             text NOT NULL
    CHECK (status IN ('INFORMATION_GIVEN', 'SENT', 'ACCEPTED', 'DECLINED', 'ATTENDED',
                      'NOT_ATTENDED', 'ONGOING', 'ENDED')),
  decline_reason     text,
  feedback           text,
  sent_at            timestamptz NOT NULL,
  sent_by_id         uuid NOT NULL,
  sent_by_name       text NOT NULL,
  created_at         timestamptz NOT NULL,
  created_by         text NOT NULL,
  updated_at         timestamptz NOT NULL,
  updated_by         text NOT NULL,
  version            int NOT NULL DEFAULT 0,
  CHECK (lawful_basis <> 'EXPLICIT_CONSENT' OR (consent_date IS NOT NULL AND consent_scope IS NOT NULL)),
  CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL)
);
CREATE INDEX connection_person_idx ON connection (person_id, sent_at DESC);
CREATE INDEX connection_organisation_idx ON connection (organisation_id, sent_at DESC);

-- The disclosure snapshot: each field shared, in the order shown, as it was when sent.
CREATE TABLE connection_shared_item (
  connection_id  uuid NOT NULL REFERENCES connection (id),
  position       int NOT NULL,
  field          text NOT NULL,
  value          text NOT NULL,
  PRIMARY KEY (connection_id, position)
);

-- Every change of status, with who made it (practitioner or partner) and why.
CREATE TABLE connection_status_change (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  connection_id  uuid NOT NULL REFERENCES connection (id),
  status         text NOT NULL,
  note           text,
  changed_at     timestamptz NOT NULL,
  changed_by     text NOT NULL,
  changed_by_name text NOT NULL,
  by_partner     boolean NOT NULL
);
CREATE INDEX connection_status_change_idx ON connection_status_change (connection_id, changed_at);

-- Messages between the practitioner's side and the partner about one connection.
CREATE TABLE connection_message (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  connection_id  uuid NOT NULL REFERENCES connection (id),
  sent_at        timestamptz NOT NULL,
  author         text NOT NULL,
  author_name    text NOT NULL,
  from_partner   boolean NOT NULL,
  body           text NOT NULL
);
CREATE INDEX connection_message_idx ON connection_message (connection_id, sent_at);
