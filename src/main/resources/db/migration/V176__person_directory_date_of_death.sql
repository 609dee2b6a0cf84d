-- Other modules' lists of who is waiting leave out people who have died (docs/adr/0174): the
-- published directory now says who has, so they can without reading the person table.
CREATE OR REPLACE VIEW person_directory AS
SELECT id, first_name, preferred_name, last_name, team_id, worker_id, date_of_death
FROM person;
