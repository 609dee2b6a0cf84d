-- "How it's going" (issue 13 item 4, docs/adr/0114): what the person says on their own pages
-- before a review, and their requests for a review (Care Act s.27(1)(b), a reasonable request).
-- Both belong to the plan, so planning owns them; the portal writes them through planning's API.

-- One check-in as the person sent it. Each send is kept (never overwritten), so the review page can
-- say who said what and when; the newest since the last review is the one the review page uses.
CREATE TABLE planning_checkin (
  id                uuid PRIMARY KEY,
  plan_id           uuid NOT NULL REFERENCES planning_plan (id),
  person_id         uuid NOT NULL REFERENCES person (id),
  plan_version      integer NOT NULL,
  working           text,
  not_working       text,
  life_satisfaction smallint CHECK (life_satisfaction BETWEEN 0 AND 10),
  worthwhile        smallint CHECK (worthwhile BETWEEN 0 AND 10),
  happy             smallint CHECK (happy BETWEEN 0 AND 10),
  anxious           smallint CHECK (anxious BETWEEN 0 AND 10),
  written_at        timestamptz NOT NULL,
  written_by_name   text NOT NULL
);
CREATE INDEX planning_checkin_plan_idx ON planning_checkin (plan_id, written_at DESC);

CREATE TABLE planning_checkin_rating (
  checkin_id uuid NOT NULL REFERENCES planning_checkin (id),
  outcome_id uuid NOT NULL REFERENCES planning_outcome (id),
  rating     text NOT NULL CHECK (rating IN ('ACHIEVED', 'PARTLY', 'NOT_YET', 'NO_LONGER_WANTED')),
  PRIMARY KEY (checkin_id, outcome_id)
);

-- A review the person asked for, and the practitioner's decision and reply (the guidance expects
-- reasons in writing when the council decides not to review).
CREATE TABLE planning_review_asked (
  id              uuid PRIMARY KEY,
  plan_id         uuid NOT NULL REFERENCES planning_plan (id),
  person_id       uuid NOT NULL REFERENCES person (id),
  reason          text NOT NULL,
  asked_at        timestamptz NOT NULL,
  asked_by_name   text NOT NULL,
  decision        text CHECK (decision IN ('AGREED', 'DECLINED')),
  reply           text,
  decided_at      timestamptz,
  decided_by      text,
  decided_by_name text,
  CHECK ((decision IS NULL) = (decided_at IS NULL) AND (decision IS NULL) = (reply IS NULL))
);
CREATE INDEX planning_review_asked_person_idx ON planning_review_asked (person_id, asked_at DESC);
CREATE INDEX planning_review_asked_open_idx ON planning_review_asked (person_id)
  WHERE decision IS NULL;
