-- The strengths.ask-for-support.team-areas setting as last applied at a start
-- (SupportRequestTeamAreas): a later start with the same setting leaves the teams' postcode
-- districts as administrators have since changed them on /admin/teams; a new setting is applied.
CREATE TABLE portal_team_areas_applied (
  id         integer     PRIMARY KEY CHECK (id = 1),
  areas      text        NOT NULL,
  applied_at timestamptz NOT NULL
);
