-- network: a new or changed relationship suggested by the person on their own pages, waiting for
-- the practitioner to confirm it onto the network (and so the ecomap) or decline it with a reason
-- (docs/adr/0117). A suggestion never changes the network by itself. Kept after the decision, so
-- the person sees what became of it and the record shows the person's own words.
CREATE TABLE network_suggestion (
  id               uuid PRIMARY KEY,
  person_id        uuid NOT NULL,
  member_id        uuid REFERENCES network_member (id),
  kind             text,
  label            text,
  specific_tie     text,
  strength         text,
  ends             boolean NOT NULL DEFAULT false,
  note             text,
  status           text NOT NULL DEFAULT 'WAITING',
  decline_reason   text,
  decided_at       timestamptz,
  decided_by       text,
  decided_by_name  text,
  created_at       timestamptz NOT NULL,
  created_by       text NOT NULL,
  updated_at       timestamptz NOT NULL,
  updated_by       text NOT NULL,
  version          int NOT NULL DEFAULT 0,
  CHECK (status IN ('WAITING', 'CONFIRMED', 'DECLINED')),
  CHECK (kind IS NULL OR kind IN ('FAMILY', 'FRIEND', 'NEIGHBOUR', 'COMMUNITY_GROUP', 'FAITH',
                  'WORK_EDUCATION', 'PROFESSIONAL', 'PAID_CARER', 'PLACE', 'PET', 'OTHER')),
  CHECK (strength IS NULL OR strength IN ('STRONG', 'ORDINARY', 'TENUOUS')),
  -- Someone new has a name, kind and strength; a change names the relationship and what changes.
  CHECK ((member_id IS NULL AND kind IS NOT NULL AND label IS NOT NULL AND strength IS NOT NULL
          AND NOT ends)
      OR (member_id IS NOT NULL AND kind IS NULL AND label IS NULL
          AND (ends <> (strength IS NOT NULL)))),
  CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL)
);
CREATE INDEX network_suggestion_person_idx ON network_suggestion (person_id, created_at DESC);
