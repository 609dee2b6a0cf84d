-- conversation module: Care Act needs assessment (s.9), eligibility determination (Eligibility
-- Regulations 2015 reg. 2) with manager sign-off, and the CLD events derived from practice.

-- CLD Release 1 lists the derived events use (domain-reference §7.2). Event_Outcome may already have
-- been loaded with the conversations; loading twice changes nothing.
INSERT INTO ref_list_value (list_name, list_version, code, label, sort_order, valid_from) VALUES
  ('Event_Type', 'CLD-R1', 'Request', 'Request', 1, DATE '2023-04-01'),
  ('Event_Type', 'CLD-R1', 'Assessment', 'Assessment', 2, DATE '2023-04-01'),
  ('Event_Type', 'CLD-R1', 'Service', 'Service', 3, DATE '2023-04-01'),
  ('Event_Type', 'CLD-R1', 'Review', 'Review', 4, DATE '2023-04-01'),
  ('Assessment_Type', 'CLD-R1', 'Short Term Assessment', 'Short Term Assessment', 1, DATE '2023-04-01'),
  ('Assessment_Type', 'CLD-R1', 'Long Term Assessment', 'Long Term Assessment', 2, DATE '2023-04-01'),
  ('Request_Route_of_Access', 'CLD-R1', 'Planned Entry (Transition)', 'Planned Entry (Transition)', 1, DATE '2023-04-01'),
  ('Request_Route_of_Access', 'CLD-R1', 'Discharge from Hospital', 'Discharge from Hospital', 2, DATE '2023-04-01'),
  ('Request_Route_of_Access', 'CLD-R1', 'Diversion from Hospital Services', 'Diversion from Hospital Services', 3, DATE '2023-04-01'),
  ('Request_Route_of_Access', 'CLD-R1', 'Community / Other route', 'Community / Other route', 4, DATE '2023-04-01'),
  ('Request_Route_of_Access', 'CLD-R1', 'Prison', 'Prison', 5, DATE '2023-04-01'),
  ('Request_Route_of_Access', 'CLD-R1', 'Self-Funder', 'Self-Funder', 6, DATE '2023-04-01'),
  ('Request_Route_of_Access', 'CLD-R1', 'Discharge from Reablement', 'Discharge from Reablement', 7, DATE '2023-04-01'),
  ('Request_Route_of_Access', 'CLD-R1', 'Transfer from Other LA', 'Transfer from Other LA', 8, DATE '2023-04-01')
ON CONFLICT DO NOTHING;

INSERT INTO ref_list_value (list_name, list_version, code, label, sort_order, valid_from) VALUES
  ('Event_Outcome', 'CLD-R1', 'Progress to Reablement/ST-Max', 'Progress to Reablement/ST-Max', 1, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'Progress to Assessment', 'Progress to Assessment', 2, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'Admitted to hospital', 'Admitted to hospital', 3, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'Progress to Re-assessment / Unplanned Review', 'Progress to Re-assessment / Unplanned Review', 4, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'Progress to Support Planning / Services', 'Progress to Support Planning / Services', 5, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'Progress to End of Life Care', 'Progress to End of Life Care', 6, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'No change in package', 'No change in package', 7, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'Service ended as planned', 'Service ended as planned', 8, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'Progress to financial assessment', 'Progress to financial assessment', 9, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'Provision of service', 'Provision of service', 10, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'NFA - Deceased', 'NFA - Deceased', 11, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'NFA - Moved to another LA', 'NFA - Moved to another LA', 12, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'NFA - 100% NHS funded care', 'NFA - 100% NHS funded care', 13, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'NFA - Information & Advice / Signposting only', 'NFA - Information & Advice / Signposting only', 14, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'NFA - Self-funded client (inc. 12wk disregard)', 'NFA - Self-funded client (inc. 12wk disregard)', 15, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'NFA - Support declined', 'NFA - Support declined', 16, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'NFA - Support ended: Other reason', 'NFA - Support ended: Other reason', 17, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'NFA - No services offered: Other reason', 'NFA - No services offered: Other reason', 18, DATE '2023-04-01'),
  ('Event_Outcome', 'CLD-R1', 'NFA - Other', 'NFA - Other', 19, DATE '2023-04-01')
ON CONFLICT DO NOTHING;

-- The needs assessment, s.9(4)–(6) and the Assessment Regulations 2014. Yes/no answers are 'yes' or
-- 'no' (null: not answered yet).
CREATE TABLE assessment (
  id                        uuid PRIMARY KEY,
  person_id                 uuid NOT NULL REFERENCES person (id),
  conversation_id           uuid,   -- the conversation it was started from
  started_on                date NOT NULL,
  who_was_involved          text,   -- s.9(5)
  information_given         text CHECK (information_given IN ('yes', 'no')),
  information_given_on      date,
  information_format        text,
  self_assessment_offered   text CHECK (self_assessment_offered IN ('yes', 'no')),
  self_assessment_wanted    text CHECK (self_assessment_wanted IN ('yes', 'no')),
  self_assessment_done      text CHECK (self_assessment_done IN ('yes', 'no')),
  advocacy_considered       text CHECK (advocacy_considered IN ('yes', 'no')),
  advocacy_outcome          text,
  outcomes_wanted           text,   -- s.9(4)(b)
  care_could_contribute     text,   -- s.9(4)(c)
  other_network             text,   -- s.9(6): what else could contribute
  other_community           text,
  other_information         text,
  other_prevention          text,
  needs_fluctuate           text CHECK (needs_fluctuate IN ('yes', 'no')),
  fluctuating_from          date,
  fluctuating_to            date,
  fluctuating_notes         text,
  proportionality_note      text,   -- reg. 3(2)
  record_given_on           date,   -- written record given to the person
  record_format             text,
  created_at                timestamptz NOT NULL,
  created_by                text NOT NULL,
  updated_at                timestamptz NOT NULL,
  updated_by                text NOT NULL,
  version                   int NOT NULL DEFAULT 0
);
CREATE INDEX assessment_person_idx ON assessment (person_id, started_on DESC);

-- s.1(2) wellbeing: the person's words and the practitioner's summary for each of the nine areas.
CREATE TABLE assessment_wellbeing (
  assessment_id         uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
  area                  text NOT NULL,
  persons_words         text,
  practitioner_summary  text,
  PRIMARY KEY (assessment_id, area)
);

-- Task list: each section's status (no row = not started).
CREATE TABLE assessment_section (
  assessment_id  uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
  section        text NOT NULL,
  status         text NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
  PRIMARY KEY (assessment_id, section)
);

CREATE TABLE eligibility_determination (
  id                      uuid PRIMARY KEY,
  assessment_id           uuid NOT NULL UNIQUE REFERENCES assessment (id),
  person_id               uuid NOT NULL REFERENCES person (id),
  impairment_link         text CHECK (impairment_link IN ('yes', 'no')),
  impairment_description  text,
  significant_impact      text CHECK (significant_impact IN ('yes', 'no')),
  impact_rationale        text,
  suggested_eligible      boolean,   -- what the rule suggested when the decision was made
  decision                text CHECK (decision IN ('CONFIRM', 'OVERRIDE')),
  decided_eligible        boolean,
  override_reason         text,
  status                  text NOT NULL DEFAULT 'DRAFT'
                            CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'SIGNED_OFF')),
  submitted_at            timestamptz,
  submitted_by            uuid,
  submitted_by_name       text,
  signed_off_at           timestamptz,
  signed_off_by           uuid,
  signed_off_by_name      text,
  created_at              timestamptz NOT NULL,
  created_by              text NOT NULL,
  updated_at              timestamptz NOT NULL,
  updated_by              text NOT NULL,
  version                 int NOT NULL DEFAULT 0
);

CREATE TABLE eligibility_outcome (
  determination_id   uuid NOT NULL REFERENCES eligibility_determination (id) ON DELETE CASCADE,
  outcome            text NOT NULL,
  achievement        text CHECK (achievement IN ('ABLE', 'UNABLE', 'NOT_RELEVANT')),
  needs_assistance   boolean NOT NULL DEFAULT false,
  pain_distress      boolean NOT NULL DEFAULT false,
  endangers          boolean NOT NULL DEFAULT false,
  takes_longer       boolean NOT NULL DEFAULT false,
  only_sometimes     boolean NOT NULL DEFAULT false,
  notes              text,
  PRIMARY KEY (determination_id, outcome)
);

-- Sign-off history: every submission, return (with the manager's comments) and sign-off.
CREATE TABLE eligibility_review (
  id                uuid PRIMARY KEY,
  determination_id  uuid NOT NULL REFERENCES eligibility_determination (id) ON DELETE CASCADE,
  action            text NOT NULL CHECK (action IN ('SUBMITTED', 'RETURNED', 'SIGNED_OFF')),
  comments          text,
  by_id             uuid NOT NULL,
  by_name           text NOT NULL,
  at                timestamptz NOT NULL
);
CREATE INDEX eligibility_review_idx ON eligibility_review (determination_id, at);

-- CLD events derived from practice. The derived_* columns are rewritten on re-derivation; a
-- manager's correction sits beside them and wins in the extract, so it survives re-derivation.
CREATE TABLE cld_event (
  id                          uuid PRIMARY KEY,
  reference                   text NOT NULL UNIQUE,
  person_id                   uuid NOT NULL REFERENCES person (id),
  source_kind                 text NOT NULL CHECK (source_kind IN ('conversation', 'eligibility')),
  source_id                   uuid NOT NULL,
  start_date                  date,
  end_date                    date,
  derived_event_type          text NOT NULL,
  derived_assessment_type     text,
  derived_description         text NOT NULL,
  derived_outcome             text,
  derived_route_of_access     text,
  derived_at                  timestamptz NOT NULL,
  corrected_event_type        text,
  corrected_assessment_type   text,
  corrected_description       text,
  corrected_outcome           text,
  corrected_route_of_access   text,
  correction_reason           text,
  corrected_by                text,
  corrected_at                timestamptz,
  created_at                  timestamptz NOT NULL,
  created_by                  text NOT NULL,
  updated_at                  timestamptz NOT NULL,
  updated_by                  text NOT NULL,
  version                     int NOT NULL DEFAULT 0,
  UNIQUE (source_kind, source_id)
);
CREATE INDEX cld_event_person_idx ON cld_event (person_id, start_date);
