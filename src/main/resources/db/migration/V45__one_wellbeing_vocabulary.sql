-- The nine wellbeing areas of the Care Act 2014 s.1(2) are stored everywhere by the names of
-- org.strengths.platform.statute.WellbeingArea. The carer's assessment stored its own form-field
-- spellings ('health', 'socialEconomic', and in places 'SOCIAL_ECONOMIC'); convert them, then let
-- the database refuse any other spelling.
UPDATE carer_assessment_wellbeing
   SET area = CASE area
                WHEN 'dignity'         THEN 'DIGNITY'
                WHEN 'health'          THEN 'HEALTH'
                WHEN 'protection'      THEN 'PROTECTION'
                WHEN 'control'         THEN 'CONTROL'
                WHEN 'participation'   THEN 'PARTICIPATION'
                WHEN 'socialEconomic'  THEN 'SOCIAL_AND_ECONOMIC'
                WHEN 'SOCIAL_ECONOMIC' THEN 'SOCIAL_AND_ECONOMIC'
                WHEN 'relationships'   THEN 'RELATIONSHIPS'
                WHEN 'accommodation'   THEN 'ACCOMMODATION'
                WHEN 'contribution'    THEN 'CONTRIBUTION'
                ELSE area
              END;

UPDATE assessment_wellbeing
   SET area = 'SOCIAL_AND_ECONOMIC'
 WHERE area = 'SOCIAL_ECONOMIC';

UPDATE planning_outcome
   SET wellbeing_areas = array_replace(wellbeing_areas, 'SOCIAL_ECONOMIC', 'SOCIAL_AND_ECONOMIC')
 WHERE 'SOCIAL_ECONOMIC' = ANY (wellbeing_areas);

ALTER TABLE carer_assessment_wellbeing
  ADD CONSTRAINT carer_assessment_wellbeing_area_check CHECK (area IN (
    'DIGNITY', 'HEALTH', 'PROTECTION', 'CONTROL', 'PARTICIPATION', 'SOCIAL_AND_ECONOMIC',
    'RELATIONSHIPS', 'ACCOMMODATION', 'CONTRIBUTION'));

ALTER TABLE assessment_wellbeing
  ADD CONSTRAINT assessment_wellbeing_area_check CHECK (area IN (
    'DIGNITY', 'HEALTH', 'PROTECTION', 'CONTROL', 'PARTICIPATION', 'SOCIAL_AND_ECONOMIC',
    'RELATIONSHIPS', 'ACCOMMODATION', 'CONTRIBUTION'));

ALTER TABLE planning_outcome
  ADD CONSTRAINT planning_outcome_wellbeing_areas_check CHECK (wellbeing_areas <@ ARRAY[
    'DIGNITY', 'HEALTH', 'PROTECTION', 'CONTROL', 'PARTICIPATION', 'SOCIAL_AND_ECONOMIC',
    'RELATIONSHIPS', 'ACCOMMODATION', 'CONTRIBUTION']::text[]);
