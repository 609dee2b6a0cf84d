-- practice: case-file audit (issue 14 item 2, docs/adr/0140). Staff, teams and people are kept as
-- plain ids (access and person own them); names are looked up when shown.

-- A template: its questions, each tied to a piece of computed evidence shown beside it.
CREATE TABLE practice_audit_template (
  id           uuid PRIMARY KEY,
  name         text NOT NULL UNIQUE,
  description  text,
  is_default   boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL,
  created_by   text NOT NULL
);
CREATE UNIQUE INDEX practice_audit_template_one_default
  ON practice_audit_template (is_default) WHERE is_default;

CREATE TABLE practice_audit_question (
  template_id  uuid NOT NULL REFERENCES practice_audit_template (id),
  position     int NOT NULL,
  question     text NOT NULL,
  evidence     text NOT NULL CHECK (evidence IN ('OWN_WORDS', 'STRENGTHS', 'NETWORK',
                 'COMMUNITY', 'HELP_MIX', 'VOICES', 'LANGUAGE', 'S94', 'S25', 'TIMELINESS',
                 'NONE')),
  PRIMARY KEY (template_id, position)
);

-- An audit: a sample of records of one team for one month, drawn at random from a recorded seed or
-- targeted at one worker's records, scored by an auditor and moderated by a second auditor.
CREATE TABLE practice_audit (
  id             uuid PRIMARY KEY,
  template_id    uuid NOT NULL REFERENCES practice_audit_template (id),
  team_id        uuid NOT NULL,
  month          date NOT NULL CHECK (extract(day FROM month) = 1),
  sampling       text NOT NULL CHECK (sampling IN ('RANDOM', 'WORKER')),
  seed           bigint,
  target_worker  uuid,
  sample_size    int NOT NULL CHECK (sample_size BETWEEN 1 AND 20),
  frame_size     int NOT NULL,
  auditor_id     uuid NOT NULL,
  moderator_id   uuid NOT NULL CHECK (moderator_id <> auditor_id),
  re_audit_of    uuid REFERENCES practice_audit (id),
  status         text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
  access_until   timestamptz NOT NULL,
  closed_at      timestamptz,
  created_at     timestamptz NOT NULL,
  created_by     text NOT NULL,
  CHECK ((sampling = 'RANDOM') = (seed IS NOT NULL)),
  CHECK ((sampling = 'WORKER') = (target_worker IS NOT NULL))
);
CREATE INDEX practice_audit_team_month_idx ON practice_audit (team_id, month);

-- The sampled records, with the worker allocated when the sample was drawn.
CREATE TABLE practice_audit_record (
  audit_id         uuid NOT NULL REFERENCES practice_audit (id),
  person_id        uuid NOT NULL,
  position         int NOT NULL,
  worker_id        uuid,
  feedback         text,
  feedback_at      timestamptz,
  response         text,
  responded_at     timestamptz,
  PRIMARY KEY (audit_id, person_id)
);
CREATE INDEX practice_audit_record_worker_idx ON practice_audit_record (worker_id);

-- A score (1 inadequate, 2 requires improvement, 3 good, 4 outstanding) with its narrative, by the
-- auditor or the moderator, for one question about one record.
CREATE TABLE practice_audit_score (
  audit_id    uuid NOT NULL,
  person_id   uuid NOT NULL,
  position    int NOT NULL,
  by_role     text NOT NULL CHECK (by_role IN ('AUDITOR', 'MODERATOR')),
  score       int NOT NULL CHECK (score BETWEEN 1 AND 4),
  narrative   text,
  scored_at   timestamptz NOT NULL,
  scored_by   text NOT NULL,
  PRIMARY KEY (audit_id, person_id, position, by_role),
  FOREIGN KEY (audit_id, person_id) REFERENCES practice_audit_record (audit_id, person_id)
);

-- The default strengths-based template (domain-reference §10 F34). A principal social worker or an
-- administrator adds others; this one stays as the default.
INSERT INTO practice_audit_template (id, name, description, is_default, created_at, created_by)
VALUES ('5b0a7d1e-0140-4000-8000-000000000001', 'Strengths-based practice',
        'The default case-file audit: is the record about the person, in their words, built on '
          || 'their strengths, network and community, lawful and timely?',
        true, now(), 'system');
INSERT INTO practice_audit_question (template_id, position, question, evidence) VALUES
  ('5b0a7d1e-0140-4000-8000-000000000001', 1,
   'Is the person''s own voice recorded, in their own words?', 'OWN_WORDS'),
  ('5b0a7d1e-0140-4000-8000-000000000001', 2,
   'Are the person''s strengths identified, and are they used in the outcomes and support?',
   'STRENGTHS'),
  ('5b0a7d1e-0140-4000-8000-000000000001', 3,
   'Was the person''s network considered, with the para 6.64 checks where people give care?',
   'NETWORK'),
  ('5b0a7d1e-0140-4000-8000-000000000001', 4,
   'Were community options explored before paid services?', 'COMMUNITY'),
  ('5b0a7d1e-0140-4000-8000-000000000001', 5,
   'Does the plan set out outcomes rather than services?', 'HELP_MIX'),
  ('5b0a7d1e-0140-4000-8000-000000000001', 6,
   'Is positive risk-taking considered and recorded, with the person''s view?', 'NONE'),
  ('5b0a7d1e-0140-4000-8000-000000000001', 7,
   'Is the work co-produced with the person and the people who matter to them?', 'VOICES'),
  ('5b0a7d1e-0140-4000-8000-000000000001', 8,
   'Is the record written in plain, strengths-based language?', 'LANGUAGE'),
  ('5b0a7d1e-0140-4000-8000-000000000001', 9,
   'Does the assessment cover the s.9(4) matters?', 'S94'),
  ('5b0a7d1e-0140-4000-8000-000000000001', 10,
   'Does the plan have every part s.25 requires?', 'S25'),
  ('5b0a7d1e-0140-4000-8000-000000000001', 11,
   'Was the person seen, assessed and planned with in good time?', 'TIMELINESS');
