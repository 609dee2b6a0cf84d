-- network: the person's relationships (people, groups, organisations, places, pets) and dated
-- snapshots of the whole network, so the ecomap as it was on any date can be drawn again.
CREATE TABLE network_member (
  id                  uuid PRIMARY KEY,
  person_id           uuid NOT NULL,
  kind                text NOT NULL,
  label               text NOT NULL,
  specific_tie        text,
  linked_person_id    uuid,
  strength            text NOT NULL,
  stressful           boolean NOT NULL DEFAULT false,
  direction           text NOT NULL,
  contact_frequency   text,
  wants_change        text NOT NULL DEFAULT 'NOT_ASKED',
  change_wanted       text,
  gives_care          boolean NOT NULL DEFAULT false,
  willing             text NOT NULL DEFAULT 'NOT_ASKED',
  able                text NOT NULL DEFAULT 'NOT_ASKED',
  impact_on_them      text,
  person_agrees       text NOT NULL DEFAULT 'NOT_ASKED',
  consent_to_contact  text NOT NULL DEFAULT 'NOT_ASKED',
  third_party         boolean NOT NULL DEFAULT true,
  created_at          timestamptz NOT NULL,
  created_by          text NOT NULL,
  created_by_name     text NOT NULL,
  updated_at          timestamptz NOT NULL,
  updated_by          text NOT NULL,
  updated_by_name     text NOT NULL,
  version             int NOT NULL DEFAULT 0,
  ended_at            timestamptz,
  CHECK (kind IN ('FAMILY', 'FRIEND', 'NEIGHBOUR', 'COMMUNITY_GROUP', 'FAITH', 'WORK_EDUCATION',
                  'PROFESSIONAL', 'PAID_CARER', 'PLACE', 'PET', 'OTHER')),
  CHECK (strength IN ('STRONG', 'ORDINARY', 'TENUOUS')),
  CHECK (direction IN ('TO_PERSON', 'FROM_PERSON', 'BOTH_WAYS', 'NONE')),
  CHECK (contact_frequency IS NULL
         OR contact_frequency IN ('DAILY', 'WEEKLY', 'MONTHLY', 'LESS_OFTEN', 'RARELY')),
  CHECK (wants_change IN ('YES', 'NO', 'NOT_ASKED')),
  CHECK (willing IN ('YES', 'NO', 'NOT_ASKED')),
  CHECK (able IN ('YES', 'NO', 'NOT_ASKED')),
  CHECK (person_agrees IN ('YES', 'NO', 'NOT_ASKED')),
  CHECK (consent_to_contact IN ('YES', 'NO', 'NOT_ASKED'))
);
CREATE INDEX network_member_person_idx ON network_member (person_id) WHERE ended_at IS NULL;

CREATE TABLE network_snapshot (
  id        uuid PRIMARY KEY,
  person_id uuid NOT NULL,
  taken_at  timestamptz NOT NULL,
  taken_by  text NOT NULL,
  ties      jsonb NOT NULL
);
CREATE INDEX network_snapshot_person_idx ON network_snapshot (person_id, taken_at DESC);
