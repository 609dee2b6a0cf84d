-- The team home's "waiting for a worker" (Caseloads.withoutWorker): the longest waiting of a
-- team's people with no worker, read from an index of those alone rather than the whole team.
CREATE INDEX person_without_worker_idx ON person (team_id, allocated_since, id)
  WHERE worker_id IS NULL AND date_of_death IS NULL;
