-- Flow of demand and "did it work?" (issue 12 items 4 and 5, ADR 0130).
--
-- Three read-only views, each published by the module that owns the rows (named with that
-- module's prefix, listed in ModuleTablesTest.PUBLISHED): insight reads them, never the tables.
-- The owning module may change its tables as long as its view keeps these columns.

-- person publishes: what the flow filters need, with no name, address or NHS number.
CREATE VIEW person_flow AS
SELECT p.id AS person_id,
       p.team_id,
       (p.created_at AT TIME ZONE 'Europe/London')::date AS opened_on,
       NULLIF(upper(split_part(trim(p.postcode), ' ', 1)), '') AS postcode_district,
       p.date_of_birth,
       NULLIF(trim(p.gender), '') AS gender,
       NULLIF(trim(p.ethnicity), '') AS ethnicity,
       (SELECT c.code FROM person_context c
         WHERE c.person_id = p.id AND c.field = 'Primary_Support_Reason'
         ORDER BY c.effective_from DESC, c.id DESC LIMIT 1) AS primary_support_reason
FROM person p;

-- conversation publishes: completed conversations with their stage's order and crisis flag.
CREATE VIEW conversation_flow AS
SELECT c.id AS conversation_id,
       c.person_id,
       c.held_on,
       c.stage,
       s.sort_order AS stage_order,
       coalesce(s.crisis, false) AS crisis,
       s.sort_order = (SELECT min(sort_order) FROM conversation_stage) AS first_stage
FROM conversation c
LEFT JOIN conversation_stage s ON s.code = c.stage
WHERE c.status = 'COMPLETE' AND c.held_on IS NOT NULL;

-- person publishes: hand-overs of a person from one worker to another.
CREATE VIEW person_handover_flow AS
SELECT person_id, (handed_at AT TIME ZONE 'Europe/London')::date AS handed_on
FROM person_handover;

-- planning publishes: agreed and ended plans, when the review is due, and where the support
-- in them comes from (paid services, or the person, their network and community).
CREATE VIEW planning_flow_plan AS
SELECT pl.id AS plan_id,
       pl.person_id,
       pl.status,
       pl.agreed_on,
       pl.review_due_on,
       count(l.id) FILTER (WHERE l.kind = 'COMMISSIONED') AS paid_lines,
       count(l.id) FILTER (WHERE l.kind IN ('PERSON', 'NETWORK', 'COMMUNITY', 'UNIVERSAL'))
         AS network_community_lines,
       sum(l.unit_cost_pence * l.planned_units_per_week)
         FILTER (WHERE l.kind = 'COMMISSIONED') AS weekly_paid_pence
FROM planning_plan pl
LEFT JOIN planning_support_line l ON l.plan_id = pl.id
WHERE pl.status IN ('AGREED', 'ENDED') AND pl.agreed_on IS NOT NULL
GROUP BY pl.id;

-- insight's read model, rebuilt from the views above by FlowRefresh (ADR 0130).

-- One row per person known to the council, with the filters' values.
CREATE TABLE insight_flow_person (
  person_id               uuid PRIMARY KEY,
  team_id                 uuid,
  postcode_district       text,
  age_band                text NOT NULL,
  gender                  text,
  ethnicity               text,
  primary_support_reason  text,
  opened_on               date NOT NULL,
  first_conversation_on   date,
  first_plan_on           date
);
CREATE INDEX insight_flow_person_team_idx ON insight_flow_person (team_id);
CREATE INDEX insight_flow_person_waiting_idx ON insight_flow_person (opened_on)
  WHERE first_conversation_on IS NULL;
CREATE INDEX insight_flow_person_first_idx ON insight_flow_person (first_conversation_on);

-- One row per episode: a run of conversations that starts with the person's first conversation or
-- with a conversation at the first stage ("listen and connect") after that.
CREATE TABLE insight_flow_episode (
  person_id             uuid NOT NULL,
  number                int NOT NULL,
  started_on            date NOT NULL,
  last_on               date NOT NULL,
  ended_stage           text,
  conversations         int NOT NULL,
  crisis_days           int,
  handovers             int NOT NULL DEFAULT 0,
  previous_last_on      date,
  PRIMARY KEY (person_id, number)
);
CREATE INDEX insight_flow_episode_started_idx ON insight_flow_episode (started_on);

-- One row per agreed (or since ended) plan.
CREATE TABLE insight_flow_plan (
  plan_id                  uuid PRIMARY KEY,
  person_id                uuid NOT NULL,
  agreed_on                date NOT NULL,
  current                  boolean NOT NULL,
  review_due_on            date,
  paid_lines               int NOT NULL,
  network_community_lines  int NOT NULL,
  weekly_paid_pence        numeric
);
CREATE INDEX insight_flow_plan_agreed_idx ON insight_flow_plan (agreed_on);

-- When the read model was last rebuilt, and the council's own settings for "did it work?".
CREATE TABLE insight_flow_setting (
  id              int PRIMARY KEY CHECK (id = 1),
  go_live_on      date,
  go_live_what    text,
  refreshed_at    timestamptz,
  updated_at      timestamptz,
  updated_by      text
);
INSERT INTO insight_flow_setting (id) VALUES (1);

-- conversation publishes: its stages as the council names them.
CREATE VIEW conversation_stage_labels AS
SELECT code, label, sort_order, crisis FROM conversation_stage;
