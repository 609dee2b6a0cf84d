-- planning: personal outcomes, the care and support plan (s.25), who does what, the personal budget
-- (s.26), reviews (s.27) and wellbeing measures. Money is whole pence (ADR 0010).
-- Conversation and network data plug in through the nullable *_id columns: they hold ids owned by
-- those modules and are not foreign keys, so this module stands on its own.

CREATE TABLE planning_plan (
  id                          uuid PRIMARY KEY,
  person_id                   uuid NOT NULL REFERENCES person (id),
  status                      text NOT NULL CHECK (status IN ('DRAFT', 'AGREED', 'ENDED')),
  started_on                  date NOT NULL,
  agreed_on                   date,
  last_changed_on             date,
  direct_payments_started_on  date,
  needs_identified            text,
  eligibility                 text,
  needs_met_how               text,
  advice                      text,
  direct_payment_needs        text,
  direct_payment_frequency    text,
  involved                    text,
  person_agrees               boolean,
  person_view                 text,
  contingency                 text,
  next_review_on              date,
  copy_given_on               date,
  copy_format                 text,
  indicative_weekly_pence     bigint CHECK (indicative_weekly_pence >= 0),
  contribution_weekly_pence   bigint CHECK (contribution_weekly_pence >= 0),
  management_option           text CHECK (management_option IN
                                ('DIRECT_PAYMENT', 'COUNCIL_MANAGED', 'INDIVIDUAL_SERVICE_FUND', 'MIXED')),
  sign_off_by                 uuid,
  sign_off_name               text,
  sign_off_reason             text,
  sign_off_cost_pence         bigint,
  sign_off_at                 timestamptz,
  -- The schedule's answer, kept with the plan so the caseload view is one indexed read; it is
  -- recomputed (ReviewSchedule) whenever the plan, its reviews or review requests change.
  review_kind                 text,
  review_opens_on             date,
  review_due_on               date,
  created_at                  timestamptz NOT NULL,
  created_by                  text NOT NULL,
  updated_at                  timestamptz NOT NULL,
  updated_by                  text NOT NULL,
  version                     int NOT NULL DEFAULT 0
);
-- At most one plan in force per person; ended plans are kept as history.
CREATE UNIQUE INDEX planning_plan_current_idx ON planning_plan (person_id) WHERE status <> 'ENDED';
CREATE INDEX planning_plan_due_idx ON planning_plan (review_opens_on, person_id) WHERE status = 'AGREED';

CREATE TABLE planning_outcome (
  id                       uuid PRIMARY KEY,
  plan_id                  uuid NOT NULL REFERENCES planning_plan (id),
  person_id                uuid NOT NULL REFERENCES person (id),
  words                    text NOT NULL,
  wellbeing_areas          text[] NOT NULL DEFAULT '{}',
  source_conversation_id   uuid,
  strength_id              uuid,
  gas_minus_2              text,
  gas_minus_1              text,
  gas_0                    text,
  gas_plus_1               text,
  gas_plus_2               text,
  gas_weight               int CHECK (gas_weight BETWEEN 1 AND 4),
  position                 int NOT NULL,
  created_at               timestamptz NOT NULL,
  created_by               text NOT NULL,
  updated_at               timestamptz NOT NULL,
  updated_by               text NOT NULL,
  version                  int NOT NULL DEFAULT 0
);
CREATE INDEX planning_outcome_plan_idx ON planning_outcome (plan_id, position);

CREATE TABLE planning_support_line (
  id                        uuid PRIMARY KEY,
  plan_id                   uuid NOT NULL REFERENCES planning_plan (id),
  person_id                 uuid NOT NULL REFERENCES person (id),
  kind                      text NOT NULL CHECK (kind IN
                              ('PERSON', 'NETWORK', 'COMMUNITY', 'UNIVERSAL', 'EQUIPMENT', 'COMMISSIONED')),
  help                      text NOT NULL,
  given_by                  text,
  network_member_id         uuid,
  willing                   boolean,
  able                      boolean,
  impact_on_them            text,
  person_agrees             boolean,
  community_asset_id        uuid,
  service_type              text,
  service_component         text,
  delivery_mechanism        text,
  unit_cost_pence           bigint CHECK (unit_cost_pence >= 0),
  cost_frequency            text,
  planned_units_per_week    numeric(7, 2) CHECK (planned_units_per_week >= 0),
  start_on                  date,
  end_on                    date,
  suspended_from            date,
  suspended_until           date,
  created_at                timestamptz NOT NULL,
  created_by                text NOT NULL,
  updated_at                timestamptz NOT NULL,
  updated_by                text NOT NULL,
  version                   int NOT NULL DEFAULT 0
);
CREATE INDEX planning_support_line_plan_idx ON planning_support_line (plan_id);

CREATE TABLE planning_support_line_outcome (
  line_id     uuid NOT NULL REFERENCES planning_support_line (id) ON DELETE CASCADE,
  outcome_id  uuid NOT NULL REFERENCES planning_outcome (id),
  PRIMARY KEY (line_id, outcome_id)
);

CREATE TABLE planning_review_request (
  id            uuid PRIMARY KEY,
  plan_id       uuid NOT NULL REFERENCES planning_plan (id),
  requested_on  date NOT NULL,
  reason        text NOT NULL,
  review_id     uuid,
  created_at    timestamptz NOT NULL,
  created_by    text NOT NULL
);
CREATE INDEX planning_review_request_plan_idx ON planning_review_request (plan_id);

CREATE TABLE planning_review (
  id               uuid PRIMARY KEY,
  plan_id          uuid NOT NULL REFERENCES planning_plan (id),
  person_id        uuid NOT NULL REFERENCES person (id),
  held_on          date NOT NULL,
  review_reason    text NOT NULL CHECK (review_reason IN ('Planned', 'Unplanned')),
  unplanned_reason text,
  review_method    text NOT NULL CHECK (review_method IN
                     ('Service user only', 'Carer only', 'Service user and carer')),
  working          text NOT NULL,
  not_working      text NOT NULL,
  package_changed  boolean NOT NULL,
  event_outcome    text NOT NULL,
  gas_t_score      numeric(4, 1),
  created_at       timestamptz NOT NULL,
  created_by       text NOT NULL,
  updated_at       timestamptz NOT NULL,
  updated_by       text NOT NULL,
  version          int NOT NULL DEFAULT 0
);
CREATE INDEX planning_review_plan_idx ON planning_review (plan_id, held_on);
CREATE INDEX planning_review_person_idx ON planning_review (person_id, held_on);

CREATE TABLE planning_review_rating (
  review_id    uuid NOT NULL REFERENCES planning_review (id),
  outcome_id   uuid NOT NULL REFERENCES planning_outcome (id),
  rating       text NOT NULL CHECK (rating IN ('ACHIEVED', 'PARTLY', 'NOT_YET', 'NO_LONGER_WANTED')),
  their_words  text,
  gas_score    int CHECK (gas_score BETWEEN -2 AND 2),
  PRIMARY KEY (review_id, outcome_id)
);

-- A wellbeing measure taken (ONS4 now; licensed instruments later), at plan start or a review.
CREATE TABLE planning_measure (
  id                  uuid PRIMARY KEY,
  person_id           uuid NOT NULL REFERENCES person (id),
  plan_id             uuid NOT NULL REFERENCES planning_plan (id),
  review_id           uuid REFERENCES planning_review (id),
  instrument          text NOT NULL,
  instrument_version  text NOT NULL,
  taken_on            date NOT NULL,
  created_at          timestamptz NOT NULL,
  created_by          text NOT NULL
);
CREATE INDEX planning_measure_person_idx ON planning_measure (person_id, taken_on);

CREATE TABLE planning_measure_answer (
  measure_id   uuid NOT NULL REFERENCES planning_measure (id),
  question_id  text NOT NULL,
  value        int NOT NULL,
  PRIMARY KEY (measure_id, question_id)
);

-- CLD Release 1 lists this module uses (domain-reference §7.2). Other branches may load the same
-- rows, hence ON CONFLICT. Service_Component and Cost_Frequency are not listed in full in the
-- compiled reference, so they are held under a provisional version until the specification is seen.
INSERT INTO ref_list_value (list_name, list_version, code, label, sort_order, valid_from) VALUES
  ('Service_Type', 'CLD-R1', 'Long Term Support: Nursing Care', 'Long Term Support: Nursing Care', 1, DATE '2023-04-01'),
  ('Service_Type', 'CLD-R1', 'Long Term Support: Residential Care', 'Long Term Support: Residential Care', 2, DATE '2023-04-01'),
  ('Service_Type', 'CLD-R1', 'Long Term Support: Community', 'Long Term Support: Community', 3, DATE '2023-04-01'),
  ('Service_Type', 'CLD-R1', 'Long Term Support: Prison', 'Long Term Support: Prison', 4, DATE '2023-04-01'),
  ('Service_Type', 'CLD-R1', 'Short Term Support: ST-Max', 'Short Term Support: ST-Max', 5, DATE '2023-04-01'),
  ('Service_Type', 'CLD-R1', 'Short Term Support: Ongoing Low Level', 'Short Term Support: Ongoing Low Level', 6, DATE '2023-04-01'),
  ('Service_Type', 'CLD-R1', 'Short Term Support: Other Short Term', 'Short Term Support: Other Short Term', 7, DATE '2023-04-01'),
  ('Service_Type', 'CLD-R1', 'Carer Support: Direct to Carer', 'Carer Support: Direct to Carer', 8, DATE '2023-04-01'),
  ('Service_Type', 'CLD-R1', 'Carer Support: Support involving the person cared-for', 'Carer Support: Support involving the person cared-for', 9, DATE '2023-04-01'),
  ('Delivery_Mechanism', 'CLD-R1', 'Direct Payment', 'Direct Payment', 1, DATE '2023-04-01'),
  ('Delivery_Mechanism', 'CLD-R1', 'CASSR Managed Personal Budget', 'CASSR Managed Personal Budget', 2, DATE '2023-04-01'),
  ('Delivery_Mechanism', 'CLD-R1', 'CASSR Commissioned Support', 'CASSR Commissioned Support', 3, DATE '2023-04-01'),
  ('Review_Reason', 'CLD-R1', 'Planned', 'Planned', 1, DATE '2023-04-01'),
  ('Review_Reason', 'CLD-R1', 'Unplanned', 'Unplanned', 2, DATE '2023-04-01'),
  ('Method_of_Review', 'CLD-R1', 'Service user only', 'The person only', 1, DATE '2023-04-01'),
  ('Method_of_Review', 'CLD-R1', 'Carer only', 'Their carer only', 2, DATE '2023-04-01'),
  ('Method_of_Review', 'CLD-R1', 'Service user and carer', 'The person and their carer', 3, DATE '2023-04-01'),
  ('Service_Component', 'CLD-R1-provisional', 'Direct Payment', 'Direct Payment', 1, DATE '2023-04-01'),
  ('Service_Component', 'CLD-R1-provisional', 'Home care', 'Home care', 2, DATE '2023-04-01'),
  ('Service_Component', 'CLD-R1-provisional', 'Day care', 'Day care', 3, DATE '2023-04-01'),
  ('Service_Component', 'CLD-R1-provisional', 'Supported living', 'Supported living', 4, DATE '2023-04-01'),
  ('Service_Component', 'CLD-R1-provisional', 'Shared Lives', 'Shared Lives', 5, DATE '2023-04-01'),
  ('Service_Component', 'CLD-R1-provisional', 'Meals', 'Meals', 6, DATE '2023-04-01'),
  ('Service_Component', 'CLD-R1-provisional', 'Equipment and adaptations', 'Equipment and adaptations', 7, DATE '2023-04-01'),
  ('Service_Component', 'CLD-R1-provisional', 'Respite', 'Respite', 8, DATE '2023-04-01'),
  ('Service_Component', 'CLD-R1-provisional', 'Residential care', 'Residential care', 9, DATE '2023-04-01'),
  ('Service_Component', 'CLD-R1-provisional', 'Nursing care', 'Nursing care', 10, DATE '2023-04-01'),
  ('Service_Component', 'CLD-R1-provisional', 'Other', 'Other', 11, DATE '2023-04-01'),
  ('Cost_Frequency', 'CLD-R1-provisional', 'Hourly', 'Hourly', 1, DATE '2023-04-01'),
  ('Cost_Frequency', 'CLD-R1-provisional', 'Daily', 'Daily', 2, DATE '2023-04-01'),
  ('Cost_Frequency', 'CLD-R1-provisional', 'Per session', 'Per session', 3, DATE '2023-04-01'),
  ('Cost_Frequency', 'CLD-R1-provisional', 'Weekly', 'Weekly', 4, DATE '2023-04-01')
ON CONFLICT DO NOTHING;
