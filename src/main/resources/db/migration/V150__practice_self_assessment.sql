-- practice: the statements practitioners assess themselves against (docs/adr/0150). Only short
-- titles are held as shipped: the full wording of the Knowledge and Skills Statement and of the
-- framework is loaded by an administrator or the principal social worker, with where it came from
-- and the licence it is used under.
CREATE TABLE practice_statement (
  id                 uuid PRIMARY KEY,
  framework          text NOT NULL CHECK (framework IN ('KSS_ADULTS', 'STRENGTHS_FRAMEWORK')),
  code               text NOT NULL,
  title              text NOT NULL,
  position           int NOT NULL,
  source             text NOT NULL,
  wording            text,
  wording_licence    text,
  wording_loaded_at  timestamptz,
  wording_loaded_by  text,
  version            int NOT NULL DEFAULT 0,
  UNIQUE (framework, code),
  CHECK ((wording IS NULL) = (wording_licence IS NULL))
);

INSERT INTO practice_statement (id, framework, code, title, position, source) VALUES
  ('5a1e0000-0000-4000-8000-000000000001', 'KSS_ADULTS', '1',
   'The role of social workers working with adults', 1,
   'Knowledge and Skills Statement for social workers in adult services (Chief Social Worker for Adults, Department of Health, 2015), heading 1'),
  ('5a1e0000-0000-4000-8000-000000000002', 'KSS_ADULTS', '2',
   'Person-centred practice', 2,
   'Knowledge and Skills Statement for social workers in adult services (Chief Social Worker for Adults, Department of Health, 2015), heading 2'),
  ('5a1e0000-0000-4000-8000-000000000003', 'KSS_ADULTS', '3',
   'Safeguarding', 3,
   'Knowledge and Skills Statement for social workers in adult services (Chief Social Worker for Adults, Department of Health, 2015), heading 3'),
  ('5a1e0000-0000-4000-8000-000000000004', 'KSS_ADULTS', '4',
   'Mental capacity', 4,
   'Knowledge and Skills Statement for social workers in adult services (Chief Social Worker for Adults, Department of Health, 2015), heading 4'),
  ('5a1e0000-0000-4000-8000-000000000005', 'KSS_ADULTS', '5',
   'Effective assessments and outcome-based support planning', 5,
   'Knowledge and Skills Statement for social workers in adult services (Chief Social Worker for Adults, Department of Health, 2015), heading 5'),
  ('5a1e0000-0000-4000-8000-000000000006', 'KSS_ADULTS', '6',
   'Direct work with individuals and families', 6,
   'Knowledge and Skills Statement for social workers in adult services (Chief Social Worker for Adults, Department of Health, 2015), heading 6'),
  ('5a1e0000-0000-4000-8000-000000000007', 'KSS_ADULTS', '7',
   'Supervision, critical reflection and analysis', 7,
   'Knowledge and Skills Statement for social workers in adult services (Chief Social Worker for Adults, Department of Health, 2015), heading 7'),
  ('5a1e0000-0000-4000-8000-000000000008', 'KSS_ADULTS', '8',
   'Organisational context', 8,
   'Knowledge and Skills Statement for social workers in adult services (Chief Social Worker for Adults, Department of Health, 2015), heading 8'),
  ('5a1e0000-0000-4000-8000-000000000009', 'KSS_ADULTS', '9',
   'Professional ethics and leadership', 9,
   'Knowledge and Skills Statement for social workers in adult services (Chief Social Worker for Adults, Department of Health, 2015), heading 9'),
  ('5a1e0000-0000-4000-8000-000000000101', 'STRENGTHS_FRAMEWORK', 'Kc',
   'Knowledge co-produced with the person', 11,
   'Strengths-based approach: practice framework and handbook (DHSC with SCIE, 2019), the KcVETS model: Kc'),
  ('5a1e0000-0000-4000-8000-000000000102', 'STRENGTHS_FRAMEWORK', 'V',
   'Values', 12,
   'Strengths-based approach: practice framework and handbook (DHSC with SCIE, 2019), the KcVETS model: V'),
  ('5a1e0000-0000-4000-8000-000000000103', 'STRENGTHS_FRAMEWORK', 'E',
   'Ethics', 13,
   'Strengths-based approach: practice framework and handbook (DHSC with SCIE, 2019), the KcVETS model: E'),
  ('5a1e0000-0000-4000-8000-000000000104', 'STRENGTHS_FRAMEWORK', 'T',
   'Theories and methods', 14,
   'Strengths-based approach: practice framework and handbook (DHSC with SCIE, 2019), the KcVETS model: T'),
  ('5a1e0000-0000-4000-8000-000000000105', 'STRENGTHS_FRAMEWORK', 'S',
   'Skills', 15,
   'Strengths-based approach: practice framework and handbook (DHSC with SCIE, 2019), the KcVETS model: S');

-- practice: a worker's learning: courses, action-learning sets and innovation-site work.
CREATE TABLE practice_learning (
  id           uuid PRIMARY KEY,
  worker_id    uuid NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('COURSE', 'ACTION_LEARNING_SET', 'INNOVATION_SITE')),
  title        text NOT NULL,
  held_on      date NOT NULL,
  hours        numeric(5, 1) NOT NULL CHECK (hours > 0),
  learned      text NOT NULL,
  created_at   timestamptz NOT NULL,
  created_by   text NOT NULL
);
CREATE INDEX practice_learning_worker_idx ON practice_learning (worker_id, held_on DESC);

CREATE TABLE practice_learning_statement (
  learning_id   uuid NOT NULL REFERENCES practice_learning (id),
  statement_id  uuid NOT NULL REFERENCES practice_statement (id),
  PRIMARY KEY (learning_id, statement_id)
);

-- practice: a practitioner's self-assessment on a date. Each date is kept: a new assessment is a
-- new row, so the history shows how the worker's view of their practice changed.
CREATE TABLE practice_self_assessment (
  id           uuid PRIMARY KEY,
  worker_id    uuid NOT NULL,
  worker_name  text NOT NULL,
  assessed_on  date NOT NULL,
  created_at   timestamptz NOT NULL,
  created_by   text NOT NULL,
  UNIQUE (worker_id, assessed_on)
);

CREATE TABLE practice_self_rating (
  assessment_id  uuid NOT NULL REFERENCES practice_self_assessment (id),
  statement_id   uuid NOT NULL REFERENCES practice_statement (id),
  rating         smallint NOT NULL CHECK (rating BETWEEN 1 AND 4),
  PRIMARY KEY (assessment_id, statement_id)
);

-- practice: evidence linked to a rating, chosen from the worker's own records. The label is
-- copied so the assessment reads as it did when it was made.
CREATE TABLE practice_self_evidence (
  assessment_id  uuid NOT NULL REFERENCES practice_self_assessment (id),
  statement_id   uuid NOT NULL REFERENCES practice_statement (id),
  kind           text NOT NULL CHECK (kind IN ('CONVERSATION', 'SUPERVISION', 'LEARNING')),
  ref_id         uuid NOT NULL,
  person_id      uuid,
  label          text NOT NULL,
  PRIMARY KEY (assessment_id, statement_id, kind, ref_id)
);

-- practice: the development plan made with a self-assessment.
CREATE TABLE practice_self_goal (
  assessment_id  uuid NOT NULL REFERENCES practice_self_assessment (id),
  position       int NOT NULL,
  goal           text NOT NULL,
  actions        text NOT NULL,
  by_when        date NOT NULL,
  PRIMARY KEY (assessment_id, position)
);
