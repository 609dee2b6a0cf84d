-- practice: a self-assessment may link the case-file audit feedback a worker was given (issue 14
-- item 3: evidence from the worker's records, supervision, audits and training).
ALTER TABLE practice_self_evidence DROP CONSTRAINT practice_self_evidence_kind_check;
ALTER TABLE practice_self_evidence ADD CONSTRAINT practice_self_evidence_kind_check
  CHECK (kind IN ('CONVERSATION', 'SUPERVISION', 'LEARNING', 'AUDIT'));
