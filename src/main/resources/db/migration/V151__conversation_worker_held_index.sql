-- conversation: a worker's completed conversations, newest first, which a practitioner picks from
-- as evidence for their self-assessment (org.strengths.practice, docs/adr/0150).
CREATE INDEX conversation_worker_held_idx ON conversation (worker_id, held_on DESC)
  WHERE status = 'COMPLETE';
