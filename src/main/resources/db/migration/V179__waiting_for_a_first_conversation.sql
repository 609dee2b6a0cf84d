-- My work's queue of people waiting for a first conversation, read from the person's own row
-- instead of from every team member's change history and conversations (docs/adr/0179).

-- When the person's team or worker last changed; null while they are with the team and worker
-- they were added with. Kept by PersonStore.updateAllocation.
ALTER TABLE person ADD COLUMN reallocated_at timestamptz;
UPDATE person p SET reallocated_at = c.at
FROM (SELECT person_id, max(changed_at) AS at FROM person_change
      WHERE field IN ('team', 'worker') GROUP BY person_id) c
WHERE c.person_id = p.id;
ALTER TABLE person ADD COLUMN allocated_since timestamptz
  GENERATED ALWAYS AS (coalesce(reallocated_at, created_at)) STORED;

-- Whether the person has had a completed conversation numbered 1. The conversation module sets it
-- through Caseloads.firstConversationsHeld when it numbers one; this one-off copy of what it has
-- numbered so far is the only place that reads its table for the person module.
ALTER TABLE person ADD COLUMN first_conversation_held boolean NOT NULL DEFAULT false;
UPDATE person p SET first_conversation_held = true
FROM conversation c WHERE c.person_id = p.id AND c.number = 1;

CREATE INDEX person_waiting_first_idx ON person (team_id, allocated_since, id)
  WHERE NOT first_conversation_held AND date_of_death IS NULL;
