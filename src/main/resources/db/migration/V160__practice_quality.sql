-- Practice quality over time (issue 14 item 5, ADR 0160).
--
-- Read-only views, each published by the module that owns the rows (named with that module's
-- prefix, listed in ModuleTablesTest.PUBLISHED): practice reads them, never the tables. They give
-- the same facts the case-file audit evidence (practice.EvidenceRules) counts for one record.

-- conversation publishes: each completed conversation, how many quotes are in the person's own
-- words and how many different strengths it names (as the audit counts them: by their words,
-- ignoring case and blanks); updated_at changes whenever the conversation is saved.
CREATE VIEW conversation_quality AS
SELECT c.id AS conversation_id,
       c.person_id,
       c.held_on,
       c.updated_at,
       (SELECT count(*) FROM conversation_quote q
         WHERE q.conversation_id = c.id AND q.attribution = 'person') AS quotes_in_their_words,
       (SELECT count(DISTINCT lower(btrim(s.description))) FROM conversation_strength s
         WHERE s.conversation_id = c.id AND btrim(s.description) <> '') AS strengths
FROM conversation c
WHERE c.status = 'COMPLETE' AND c.held_on IS NOT NULL;

-- conversation publishes: the practitioner's own words in each completed conversation, as the
-- language coach reads them (EvidenceRules.practitionersWords): the narrative fields, quotes
-- attributed to the practitioner, strengths and agreed actions; never the person's, a carer's or
-- family's words.
CREATE VIEW conversation_practitioner_words AS
SELECT c.id AS conversation_id,
       c.updated_at,
       array_remove(ARRAY[c.who_was_there, c.venue, c.analysis, c.good_day, c.hard_day, c.working,
                          c.not_working, c.connections, c.safety_changes, c.emergency_plan], NULL)
         || coalesce((SELECT array_agg(q.words ORDER BY q.section, q.position)
                        FROM conversation_quote q
                       WHERE q.conversation_id = c.id AND q.attribution = 'practitioner'), '{}')
         || coalesce((SELECT array_agg(s.description ORDER BY s.position)
                        FROM conversation_strength s WHERE s.conversation_id = c.id), '{}')
         || coalesce((SELECT array_agg(a.what ORDER BY a.position)
                        FROM conversation_action a WHERE a.conversation_id = c.id), '{}') AS texts
FROM conversation c
WHERE c.status = 'COMPLETE' AND c.held_on IS NOT NULL;

-- conversation publishes: each strength named in a completed conversation, with its stable id
-- (PersonInTheirWords.strengthId: a name-based UUID, version 3, of
-- "conversation-strength:<conversation id>:<position>") and the network member it points to.
CREATE VIEW conversation_quality_strength AS
SELECT s.conversation_id,
       c.person_id,
       c.held_on,
       lower(btrim(s.description)) AS strength_key,
       overlay(overlay(h.hex PLACING '3' FROM 13 FOR 1)
               PLACING substr('89ab', (('x' || substr(h.hex, 17, 1))::bit(4)::int & 3) + 1, 1)
               FROM 17 FOR 1)::uuid AS strength_id,
       s.network_member_id
FROM conversation_strength s
JOIN conversation c ON c.id = s.conversation_id
CROSS JOIN LATERAL (SELECT md5('conversation-strength:' || s.conversation_id::text || ':'
                               || s.position) AS hex) h
WHERE c.status = 'COMPLETE' AND c.held_on IS NOT NULL AND btrim(s.description) <> '';

-- planning publishes: agreed (or since ended) plans, and whether any support in them comes from
-- the person's network or their community (the audit's network, community and universal lines).
CREATE VIEW planning_quality_plan AS
SELECT pl.id AS plan_id,
       pl.person_id,
       pl.agreed_on,
       EXISTS (SELECT 1 FROM planning_support_line l
                WHERE l.plan_id = pl.id AND l.kind IN ('NETWORK', 'COMMUNITY', 'UNIVERSAL'))
         AS network_or_community
FROM planning_plan pl
WHERE pl.status IN ('AGREED', 'ENDED') AND pl.agreed_on IS NOT NULL;

-- planning publishes: what a plan builds on: the strengths its outcomes name, and the network
-- members who give support in it (a strength pointing to such a member counts as used).
CREATE VIEW planning_quality_builds_on AS
SELECT o.plan_id, o.strength_id, NULL::uuid AS network_member_id
FROM planning_outcome o WHERE o.strength_id IS NOT NULL
UNION ALL
SELECT l.plan_id, NULL::uuid, l.network_member_id
FROM planning_support_line l WHERE l.network_member_id IS NOT NULL;

-- assessment publishes: when each needs assessment started.
CREATE VIEW assessment_quality AS
SELECT id AS assessment_id, person_id, started_on FROM assessment;

-- practice's read model, worked out from the views above by QualityRefresh (ADR 0160).

-- The language coach's count for each completed conversation, kept so that only conversations
-- saved since the last refresh are read again (and all of them when the lexicon changes).
CREATE TABLE practice_quality_words (
  conversation_id  uuid PRIMARY KEY,
  updated_at       timestamptz NOT NULL,
  flags            int NOT NULL,
  words            int NOT NULL
);

-- One row per team (the nil UUID for the whole council), month and measure: the numerator and
-- denominator of the figure, how many conversations, plans or people it is worked from (for small
-- numbers), and for the timeliness measures the median in days.
CREATE TABLE practice_quality_month (
  team_id      uuid NOT NULL,
  measure      text NOT NULL,
  month        date NOT NULL,
  numerator    bigint NOT NULL,
  denominator  bigint NOT NULL,
  base         bigint NOT NULL,
  median_days  int,
  PRIMARY KEY (team_id, measure, month)
);

CREATE TABLE practice_quality_setting (
  id            int PRIMARY KEY CHECK (id = 1),
  refreshed_at  timestamptz,
  lexicon       text
);
INSERT INTO practice_quality_setting (id) VALUES (1);
