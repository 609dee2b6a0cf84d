-- conversation (carers, Care Act s.10): who cares for whom, with the consent to link their records,
-- and the carer's conversation and assessment, which belong to the carer's own record.
CREATE TABLE carer_link (
  id                uuid PRIMARY KEY,
  carer_id          uuid NOT NULL REFERENCES person (id),
  cared_for_id      uuid NOT NULL REFERENCES person (id),
  relationship      text NOT NULL,
  consent_given     boolean NOT NULL,
  consent_date      date NOT NULL,
  consent_given_by  text NOT NULL,
  created_at        timestamptz NOT NULL,
  created_by        text NOT NULL,
  updated_at        timestamptz NOT NULL,
  updated_by        text NOT NULL,
  version           int NOT NULL DEFAULT 0,
  CONSTRAINT carer_link_not_self CHECK (carer_id <> cared_for_id),
  CONSTRAINT carer_link_once UNIQUE (carer_id, cared_for_id)
);
CREATE INDEX carer_link_cared_for_idx ON carer_link (cared_for_id);

CREATE TABLE carer_assessment (
  id                         uuid PRIMARY KEY,
  carer_id                   uuid NOT NULL REFERENCES person (id),
  link_id                    uuid REFERENCES carer_link (id),
  conversation_date          date NOT NULL,
  what_matters               text,
  able_now                   text,
  willing_now                text,
  able_future                text,
  willing_future             text,
  able_willing_notes         text,
  carer_outcomes             text,
  activities_now             text,
  activities_wished          text,
  network_support            text,
  people_involved            text,
  practitioner_summary       text,
  fluctuation                text,
  record_given_date          date,
  record_given_format        text,
  necessary_care             boolean,
  health_deteriorating       boolean,
  health_notes               text,
  significant_impact         boolean,
  impact_rationale           text,
  suggestion                 text,
  decision_eligible          boolean,
  decision_reason            text,
  decided_at                 timestamptz,
  decided_by                 text,
  created_at                 timestamptz NOT NULL,
  created_by                 text NOT NULL,
  updated_at                 timestamptz NOT NULL,
  updated_by                 text NOT NULL,
  version                    int NOT NULL DEFAULT 0
);
CREATE INDEX carer_assessment_carer_idx ON carer_assessment (carer_id);
CREATE INDEX carer_assessment_link_idx ON carer_assessment (link_id);

-- The carer's words, attributed to whoever said them.
CREATE TABLE carer_assessment_quote (
  assessment_id  uuid NOT NULL REFERENCES carer_assessment (id) ON DELETE CASCADE,
  position       int  NOT NULL,
  quote          text NOT NULL,
  said_by        text NOT NULL,
  PRIMARY KEY (assessment_id, position)
);

-- Impact on each of the nine wellbeing areas of s.1(2), in the carer's words.
CREATE TABLE carer_assessment_wellbeing (
  assessment_id  uuid NOT NULL REFERENCES carer_assessment (id) ON DELETE CASCADE,
  area           text NOT NULL,
  impact         text NOT NULL,
  PRIMARY KEY (assessment_id, area)
);

-- The eight carer outcomes of reg. 3(2)(b) and, when unable, why (reg. 3(3)).
CREATE TABLE carer_assessment_outcome (
  assessment_id  uuid NOT NULL REFERENCES carer_assessment (id) ON DELETE CASCADE,
  outcome        text NOT NULL,
  status         text NOT NULL CHECK (status IN ('ACHIEVES', 'UNABLE', 'DOES_NOT_APPLY')),
  reasons        text[] NOT NULL DEFAULT '{}',
  notes          text,
  PRIMARY KEY (assessment_id, outcome)
);
