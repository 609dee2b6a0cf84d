-- What a person's death ends in planning (ADR 0174). The plan keeps its status, so it stays readable
-- and can be reopened if the date of death was recorded in error; while ended_by_death_on is set it
-- has no review schedule. A service line ended on the date of death remembers that it was, and the
-- end date it had before, so a removed date of death can list it for the practitioner to check.
ALTER TABLE planning_plan ADD COLUMN ended_by_death_on date;
ALTER TABLE planning_support_line ADD COLUMN ended_by_death boolean NOT NULL DEFAULT false;
ALTER TABLE planning_support_line ADD COLUMN end_on_before_death date;
