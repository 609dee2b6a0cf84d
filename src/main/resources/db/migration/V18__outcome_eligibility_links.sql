-- A personal outcome may name the eligibility outcomes (Eligibility Regulations 2015, reg. 2(2))
-- it relates to, where the person's needs were found eligible.
ALTER TABLE planning_outcome ADD COLUMN eligibility_outcomes text[] NOT NULL DEFAULT '{}';
