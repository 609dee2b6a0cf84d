-- A read-only view the person module publishes for other modules' SQL: who the person is called
-- and who they are allocated to. Other modules join this, never the person table itself, so the
-- person module may change its tables as long as the view keeps its columns.
CREATE VIEW person_directory AS
SELECT id, first_name, preferred_name, last_name, team_id, worker_id
FROM person;
