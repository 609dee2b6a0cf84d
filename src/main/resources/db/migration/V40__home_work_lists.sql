-- Indexes for the home pages' lists of work (org.strengths.home), each read by its owning module.

-- conversation: a worker's unfinished drafts
CREATE INDEX conversation_worker_draft_idx ON conversation (worker_id, updated_at DESC)
  WHERE status = 'DRAFT';

-- assessment: determinations waiting for sign-off (by person), and those returned (by submitter)
CREATE INDEX eligibility_determination_submitted_idx ON eligibility_determination (person_id)
  WHERE status = 'SUBMITTED';
CREATE INDEX eligibility_determination_returned_idx ON eligibility_determination (submitted_by)
  WHERE status = 'RETURNED';
