-- The flow page counts everyone without reading every person (ADR 0176): the first episode keeps
-- the days from first contact to it, and the long-term starts in a period are found by index.
ALTER TABLE insight_flow_episode ADD COLUMN days_to_first int;

UPDATE insight_flow_episode e
SET days_to_first = greatest(0, e.started_on - p.opened_on)
FROM insight_flow_person p
WHERE p.person_id = e.person_id AND e.number = 1;

CREATE INDEX insight_flow_person_first_plan_idx ON insight_flow_person (first_plan_on);

-- The filters' choices, worked out at each rebuild rather than by four scans of every person on
-- every view.
CREATE TABLE insight_flow_option (
  filter  text NOT NULL,
  value   text NOT NULL,
  PRIMARY KEY (filter, value)
);

INSERT INTO insight_flow_option (filter, value)
SELECT 'district', postcode_district FROM insight_flow_person WHERE postcode_district IS NOT NULL
UNION SELECT 'reason', primary_support_reason FROM insight_flow_person
  WHERE primary_support_reason IS NOT NULL
UNION SELECT 'ethnicity', ethnicity FROM insight_flow_person WHERE ethnicity IS NOT NULL
UNION SELECT 'gender', gender FROM insight_flow_person WHERE gender IS NOT NULL;
