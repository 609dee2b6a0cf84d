-- planning: the person's own words, written on their own pages (issue 13 item 3, ADR 0113).
-- Every change is a new row (the history), with who wrote it and when. A change to the agreed plan
-- is a proposal that a practitioner accepts into the plan or declines with a reason; nothing here
-- changes the plan by itself.

CREATE TABLE planning_own_words (
  id                 uuid PRIMARY KEY,
  person_id          uuid NOT NULL REFERENCES person (id),
  plan_id            uuid REFERENCES planning_plan (id),
  part               text NOT NULL CHECK (part IN ('ABOUT_ME', 'WHAT_MATTERS', 'GOOD_LIFE', 'OUTCOME')),
  outcome_id         uuid REFERENCES planning_outcome (id),
  words_before       text,
  words              text NOT NULL,
  written_by         text NOT NULL,
  written_by_name    text NOT NULL,
  written_at         timestamptz NOT NULL,
  status             text NOT NULL CHECK (status IN ('KEPT', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'REPLACED')),
  replied_by         uuid,
  replied_by_name    text,
  replied_at         timestamptz,
  decline_reason     text,
  CHECK ((part = 'OUTCOME') = (outcome_id IS NOT NULL)),
  CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL)
);

CREATE INDEX planning_own_words_person ON planning_own_words (person_id, written_at DESC);
