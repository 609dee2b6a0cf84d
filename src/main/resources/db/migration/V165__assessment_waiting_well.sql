-- Waiting well (issue 12 item 6, docs/adr/0165): for people waiting for a first conversation or a
-- needs assessment, a triage level with its reason (every change kept), a keep-in-touch schedule,
-- a log of contacts, and an escalation recorded once when a contact is overdue.

-- Where each waiting person stands now: their triage level, how often to keep in touch and when
-- next. One row per person; it stays when they stop waiting and is used again if they wait again.
CREATE TABLE assessment_waiting (
  person_id        uuid PRIMARY KEY REFERENCES person (id),
  level            text NOT NULL CHECK (level IN ('URGENT', 'SOON', 'ROUTINE')),
  reason           text NOT NULL,
  every_days       int NOT NULL CHECK (every_days BETWEEN 1 AND 365),
  next_contact_on  date NOT NULL,
  updated_at       timestamptz NOT NULL,
  updated_by       text NOT NULL,
  version          int NOT NULL DEFAULT 0
);
CREATE INDEX assessment_waiting_next_idx ON assessment_waiting (next_contact_on);

-- Every triage decision, newest last: the level, why, how often to keep in touch, who and when.
CREATE TABLE assessment_waiting_triage (
  id          uuid PRIMARY KEY,
  person_id   uuid NOT NULL REFERENCES person (id),
  level       text NOT NULL CHECK (level IN ('URGENT', 'SOON', 'ROUTINE')),
  reason      text NOT NULL,
  every_days  int NOT NULL,
  set_at      timestamptz NOT NULL,
  set_by      text NOT NULL,
  set_by_name text NOT NULL
);
CREATE INDEX assessment_waiting_triage_person_idx ON assessment_waiting_triage (person_id, set_at);

-- Each time someone kept in touch with the person while they waited.
CREATE TABLE assessment_waiting_contact (
  id            uuid PRIMARY KEY,
  person_id     uuid NOT NULL REFERENCES person (id),
  contacted_on  date NOT NULL,
  how           text NOT NULL CHECK (how IN ('PHONE', 'LETTER', 'EMAIL', 'VISIT')),
  said          text NOT NULL,
  changed       boolean NOT NULL,
  recorded_at   timestamptz NOT NULL,
  recorded_by   text NOT NULL,
  recorded_by_name text NOT NULL
);
CREATE INDEX assessment_waiting_contact_person_idx
  ON assessment_waiting_contact (person_id, contacted_on DESC);

-- A keep-in-touch contact that went overdue past the grace days: recorded once for the date it
-- was due (the unique key), whoever looks and however often the job runs.
CREATE TABLE assessment_waiting_escalation (
  id            uuid PRIMARY KEY,
  person_id     uuid NOT NULL REFERENCES person (id),
  due_on        date NOT NULL,
  escalated_at  timestamptz NOT NULL,
  UNIQUE (person_id, due_on)
);
