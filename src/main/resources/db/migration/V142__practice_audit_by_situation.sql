-- practice: targeted case-file audit samples by kind of situation (issue 14 item 2, docs/adr/0140):
-- the team's records in that situation, drawn from a recorded seed as random samples are.
ALTER TABLE practice_audit ADD COLUMN situation text, ADD COLUMN situation_detail text;

-- The sampling checks of V140 were unnamed; drop them by what they say and name their successors.
DO $$
DECLARE c record;
BEGIN
  FOR c IN SELECT conname FROM pg_constraint
           WHERE conrelid = 'practice_audit'::regclass AND contype = 'c'
             AND pg_get_constraintdef(oid) LIKE '%sampling%'
  LOOP
    EXECUTE format('ALTER TABLE practice_audit DROP CONSTRAINT %I', c.conname);
  END LOOP;
END $$;

ALTER TABLE practice_audit
  ADD CONSTRAINT practice_audit_sampling_check
    CHECK (sampling IN ('RANDOM', 'WORKER', 'SITUATION')),
  ADD CONSTRAINT practice_audit_seed_check
    CHECK ((sampling IN ('RANDOM', 'SITUATION')) = (seed IS NOT NULL)),
  ADD CONSTRAINT practice_audit_target_check
    CHECK ((sampling = 'WORKER') = (target_worker IS NOT NULL)),
  ADD CONSTRAINT practice_audit_situation_check
    CHECK ((sampling = 'SITUATION') = (situation IS NOT NULL)),
  ADD CONSTRAINT practice_audit_situation_kind_check
    CHECK (situation IN ('PRIMARY_SUPPORT_REASON', 'GIVES_CARE', 'HAS_UNPAID_CARER', 'CRISIS',
                         'NEW_LONG_TERM_SUPPORT')),
  ADD CONSTRAINT practice_audit_situation_detail_check
    CHECK ((situation = 'PRIMARY_SUPPORT_REASON') IS NOT TRUE OR situation_detail IS NOT NULL);
