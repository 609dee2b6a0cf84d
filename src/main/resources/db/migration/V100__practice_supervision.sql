-- access: the principal social worker, who leads practice across the council and may read every
-- supervision record (docs/adr/0100), but sees no person's record by that role alone.
ALTER TABLE access_staff DROP CONSTRAINT access_staff_role_check;
ALTER TABLE access_staff ADD CONSTRAINT access_staff_role_check
  CHECK (role IN ('PRACTITIONER', 'MANAGER', 'ANALYST', 'ADMIN', 'PARTNER',
                  'PRINCIPAL_SOCIAL_WORKER'));

-- practice: how often each worker is supervised, set by their team manager. A worker with no row
-- is expected monthly. Staff are kept as plain ids (access owns them).
CREATE TABLE practice_expectation (
  supervisee_id  uuid PRIMARY KEY,
  frequency      text NOT NULL CHECK (frequency IN ('FORTNIGHTLY', 'MONTHLY', 'SIX_WEEKLY')),
  created_at     timestamptz NOT NULL,
  created_by     text NOT NULL,
  updated_at     timestamptz NOT NULL,
  updated_by     text NOT NULL,
  version        int NOT NULL DEFAULT 0
);

-- practice: one supervision session between a team manager and a practitioner, under the KcVETS
-- headings. Names are copied so the record reads correctly after someone leaves.
CREATE TABLE practice_supervision (
  id                uuid PRIMARY KEY,
  supervisee_id     uuid NOT NULL,
  supervisee_name   text NOT NULL,
  supervisor_id     uuid NOT NULL,
  supervisor_name   text NOT NULL,
  held_on           date NOT NULL,
  knowledge         text,
  values_ethics     text,
  theories_methods  text,
  skills            text,
  reflection        text,
  decisions         text,
  wellbeing         text,
  created_at        timestamptz NOT NULL,
  created_by        text NOT NULL,
  updated_at        timestamptz NOT NULL,
  updated_by        text NOT NULL,
  version           int NOT NULL DEFAULT 0
);
CREATE INDEX practice_supervision_supervisee_idx
  ON practice_supervision (supervisee_id, held_on DESC);

-- practice: the people whose records were discussed in a session (ids from the person module).
CREATE TABLE practice_discussion (
  supervision_id  uuid NOT NULL REFERENCES practice_supervision (id),
  person_id       uuid NOT NULL,
  PRIMARY KEY (supervision_id, person_id)
);

-- practice: actions agreed in supervision. An action stays open, carried from session to session,
-- until a session records it done (closed_in).
CREATE TABLE practice_action (
  id            uuid PRIMARY KEY,
  raised_in     uuid NOT NULL REFERENCES practice_supervision (id),
  description   text NOT NULL,
  owner         text NOT NULL,
  due_on        date NOT NULL,
  closed_in     uuid REFERENCES practice_supervision (id),
  created_at    timestamptz NOT NULL,
  created_by    text NOT NULL
);
CREATE INDEX practice_action_raised_idx ON practice_action (raised_in);

-- practice: what each session decided about the actions open when it was held.
CREATE TABLE practice_action_review (
  action_id       uuid NOT NULL REFERENCES practice_action (id),
  supervision_id  uuid NOT NULL REFERENCES practice_supervision (id),
  outcome         text NOT NULL CHECK (outcome IN ('DONE', 'CARRIED')),
  PRIMARY KEY (action_id, supervision_id)
);
