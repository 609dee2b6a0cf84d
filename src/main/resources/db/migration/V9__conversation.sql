-- conversation: strengths-based conversations (Three Conversations stages), the person's own words,
-- the strengths inventory, agreed actions, crisis spending, hand-overs and the language coach.
-- Sub-tables hold rows of a conversation in form order (position); they are replaced as a whole on
-- each save, so only the conversation row carries a version.

-- Stage names are local reference data: an admin renames them, the code never changes.
CREATE TABLE conversation_stage (
  code        text PRIMARY KEY,
  label       text NOT NULL,
  sort_order  int  NOT NULL,
  crisis      boolean NOT NULL DEFAULT false,
  updated_at  timestamptz,
  updated_by  text,
  version     int NOT NULL DEFAULT 0
);
INSERT INTO conversation_stage (code, label, sort_order, crisis) VALUES
  ('listen-and-connect', 'Listen and connect', 1, false),
  ('crisis', 'Work intensively with people in crisis', 2, true),
  ('good-life', 'Build a good life', 3, false);

-- CLD Release 1 Event_Outcome (domain-reference §7.2), in NHS England's de-duplication order.
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
  ('Event_Outcome', 'CLD-R1', 'NFA - Other', 'NFA - Other', 19, DATE '2023-04-01');

CREATE TABLE conversation (
  id               uuid PRIMARY KEY,
  person_id        uuid NOT NULL REFERENCES person (id),
  status           text NOT NULL CHECK (status IN ('DRAFT', 'COMPLETE')),
  -- 1 for the person's first completed conversation, 2, 3…; null while a draft
  number           int,
  held_on          date,
  stage            text REFERENCES conversation_stage (code),
  channel          text CHECK (channel IN ('phone', 'home', 'community-venue', 'video', 'other')),
  venue            text,
  who_was_there    text,
  analysis         text,   -- the practitioner's own analysis, kept apart from the person's words
  good_day         text,
  hard_day         text,
  working          text,
  not_working      text,
  connections      text,   -- connections made / ideas to try
  safety_changes   text,   -- crisis: what needs to change to be safe
  emergency_plan   text,   -- crisis: the emergency plan
  follow_up_on     date,
  outcome          text,   -- CLD Event_Outcome code
  worker_id        uuid,   -- who held the conversation
  completed_at     timestamptz,
  created_at       timestamptz NOT NULL,
  created_by       text NOT NULL,
  updated_at       timestamptz NOT NULL,
  updated_by       text NOT NULL,
  version          int NOT NULL DEFAULT 0,
  UNIQUE (person_id, number)
);
CREATE INDEX conversation_person_idx ON conversation (person_id, held_on DESC);

-- The person's words (and others'), attributed; section is 'what-matters' or 'good-life'.
CREATE TABLE conversation_quote (
  conversation_id  uuid NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
  section          text NOT NULL CHECK (section IN ('what-matters', 'good-life')),
  position         int  NOT NULL,
  words            text NOT NULL,
  attribution      text NOT NULL CHECK (attribution IN ('person', 'carer', 'family', 'practitioner')),
  attributed_name  text,   -- the named family member (or carer)
  PRIMARY KEY (conversation_id, section, position)
);

CREATE TABLE conversation_strength (
  conversation_id  uuid NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
  position         int  NOT NULL,
  kind             text NOT NULL,
  description      text NOT NULL,
  identified_by    text NOT NULL,
  carried_forward  boolean NOT NULL DEFAULT false,
  PRIMARY KEY (conversation_id, position)
);

CREATE TABLE conversation_action (
  conversation_id  uuid NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
  position         int  NOT NULL,
  what             text NOT NULL,
  who              text NOT NULL CHECK (who IN ('person', 'network', 'practitioner', 'community-group')),
  who_name         text,
  by_when          date,
  PRIMARY KEY (conversation_id, position)
);

-- Small sums of money spent in a crisis, in pence so that sums are exact.
CREATE TABLE conversation_spend (
  conversation_id  uuid NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
  position         int    NOT NULL,
  amount_pence     bigint NOT NULL CHECK (amount_pence > 0),
  what_for         text   NOT NULL,
  PRIMARY KEY (conversation_id, position)
);

-- A hand-over to another worker is an explicit act with a reason (no hand-off by default).
CREATE TABLE conversation_handover (
  id              uuid PRIMARY KEY,
  person_id       uuid NOT NULL REFERENCES person (id),
  from_worker_id  uuid,
  to_worker_id    uuid NOT NULL,
  reason          text NOT NULL,
  handed_at       timestamptz NOT NULL,
  handed_by       text NOT NULL
);
CREATE INDEX conversation_handover_person_idx ON conversation_handover (person_id, handed_at DESC);

-- The language coach's lexicon: deficit and jargon terms with a strengths-based suggestion.
CREATE TABLE language_lexicon (
  id           uuid PRIMARY KEY,
  term         text NOT NULL,
  suggestion   text NOT NULL,
  explanation  text NOT NULL,
  -- phrases containing the term that are fine, comma-separated ("in case", "case law")
  exceptions   text NOT NULL DEFAULT '',
  active       boolean NOT NULL DEFAULT true,
  created_at   timestamptz NOT NULL DEFAULT now(),
  created_by   text NOT NULL DEFAULT 'system',
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   text NOT NULL DEFAULT 'system',
  version      int NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX language_lexicon_term_idx ON language_lexicon (lower(term));

INSERT INTO language_lexicon (id, term, suggestion, explanation) VALUES
  (gen_random_uuid(), 'service user', 'the person, or their name', 'A label for a person by the service they use. Use their name, or "the person".'),
  (gen_random_uuid(), 'client', 'the person, or their name', 'People are not customers of social care. Use their name, or "the person".'),
  (gen_random_uuid(), 'case', 'the person, or their name', 'A person is not a case. Say whose life you mean.'),
  (gen_random_uuid(), 'caseload', 'the people I work with', 'Talks about people as a workload.'),
  (gen_random_uuid(), 'placement', 'where they live, or the name of the home', 'Describes a move done to someone. Say where they live, or chose to live.'),
  (gen_random_uuid(), 'package of care', 'support, and what it is for', 'Jargon that hides what the support is. Say who does what, and what it helps with.'),
  (gen_random_uuid(), 'challenging behaviour', 'describe what happened and what it might mean', 'A label that blames the person. Describe what happened, and what they may be communicating.'),
  (gen_random_uuid(), 'non-compliant', 'chose not to, or did not want to', 'Frames the person''s choice as a failure to obey. Say what they chose and why, if known.'),
  (gen_random_uuid(), 'refuses', 'chose not to, or said no to', 'People make choices. Say what they decided and their reasons.'),
  (gen_random_uuid(), 'fails to', 'did not, or was not able to', 'Frames the person as failing. Say what happened and what got in the way.'),
  (gen_random_uuid(), 'bed-blocker', 'person waiting to leave hospital', 'Blames the person for a delay the system causes.'),
  (gen_random_uuid(), 'suffers from', 'lives with, or has', 'Assumes suffering. Many people live well with a condition.'),
  (gen_random_uuid(), 'wheelchair bound', 'uses a wheelchair', 'A wheelchair gives freedom; it does not bind.'),
  (gen_random_uuid(), 'confined to a wheelchair', 'uses a wheelchair', 'A wheelchair gives freedom; it does not confine.'),
  (gen_random_uuid(), 'vulnerable adult', 'the person, and what puts them at risk', 'Vulnerability comes from circumstances, not who someone is. Say what the risk is.'),
  (gen_random_uuid(), 'manipulative', 'describe what they did and what they wanted', 'A judgement of character. Describe the behaviour and the need behind it.'),
  (gen_random_uuid(), 'attention-seeking', 'seeking connection, or asking for help', 'Dismisses a real need. Say what they asked for and why it matters to them.'),
  (gen_random_uuid(), 'the elderly', 'older people', 'Groups people by age as if they were all the same.'),
  (gen_random_uuid(), 'demented', 'living with dementia', 'Defines a person by a diagnosis and is offensive.'),
  (gen_random_uuid(), 'dementia sufferer', 'person living with dementia', 'Defines a person by a diagnosis and assumes suffering.'),
  (gen_random_uuid(), 'difficult to engage', 'we have not yet found a way to work together', 'Places the problem with the person rather than the service.'),
  (gen_random_uuid(), 'hard to reach', 'not yet reached by services', 'Places the problem with the person rather than the service.'),
  (gen_random_uuid(), 'lacks insight', 'sees things differently', 'Dismisses the person''s own view of their life. Record their view in their words.'),
  (gen_random_uuid(), 'frequent flyer', 'person who often asks for help', 'Mocks a person for asking for help. Say what keeps bringing them back.'),
  (gen_random_uuid(), 'in denial', 'sees things differently', 'Dismisses the person''s view. Record what they say and what matters to them.'),
  (gen_random_uuid(), 'noncompliant', 'chose not to, or did not want to', 'Frames the person''s choice as a failure to obey. Say what they chose and why, if known.'),
  (gen_random_uuid(), 'unmotivated', 'has not yet found what matters to them in this', 'A judgement of character. Say what matters to them.'),
  (gen_random_uuid(), 'uncooperative', 'did not agree with', 'Places blame on the person. Say what they disagreed with and why.'),
  (gen_random_uuid(), 'high functioning', 'describe what they can do', 'A label that hides what the person can and cannot do.'),
  (gen_random_uuid(), 'low functioning', 'describe what they can do', 'A label that hides what the person can do.'),
  (gen_random_uuid(), 'hand-off', 'introduction', 'Process language from the Three Conversations banned list. Say who you introduced them to.'),
  (gen_random_uuid(), 'waiting list', 'people waiting to talk to us', 'Process language. Say who is waiting and for what.');

-- Hyphens and spaces match alike ("bed-blocker" also finds "bed blocker").
INSERT INTO language_lexicon (id, term, suggestion, explanation) VALUES
  (gen_random_uuid(), 'care package', 'support, and what it is for', 'Jargon that hides what the support is. Say who does what, and what it helps with.');

UPDATE language_lexicon SET exceptions = 'in case, just in case, in any case, in that case, in this case, in which case, case law, upper case, lower case'
WHERE term = 'case';
