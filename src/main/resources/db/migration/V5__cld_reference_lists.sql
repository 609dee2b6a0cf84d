-- Reference data: the CLD Release 1 defined lists (domain-reference §7.2) and the England and
-- Wales 2021 census ethnic groups. The code is the exact text the national return expects, so an
-- extract needs no mapping; a later release adds rows under a new list_version.
-- Primary_Support_Reason drops the guidance's parenthetical notes ("used for all carer events",
-- "where PSR is not yet determined"): they explain the values, they are not part of them.
-- Accommodation_Status lists the settled values first, then the not settled ones (ASCOF 2E).

INSERT INTO ref_list_value (list_name, list_version, code, label, sort_order, valid_from) VALUES
  ('Client_Type', 'CLD-R1', 'Service User', 'Service User', 1, DATE '2023-04-01'),
  ('Client_Type', 'CLD-R1', 'Carer', 'Carer', 2, DATE '2023-04-01'),
  ('Client_Type', 'CLD-R1', 'Carer known by association', 'Carer known by association', 3, DATE '2023-04-01');

INSERT INTO ref_list_value (list_name, list_version, code, label, sort_order, valid_from) VALUES
  ('Primary_Support_Reason', 'CLD-R1', 'Physical Support: Access & mobility only', 'Physical Support: Access & mobility only', 1, DATE '2023-04-01'),
  ('Primary_Support_Reason', 'CLD-R1', 'Physical Support: Personal care support', 'Physical Support: Personal care support', 2, DATE '2023-04-01'),
  ('Primary_Support_Reason', 'CLD-R1', 'Sensory Support: Support for visual impairment', 'Sensory Support: Support for visual impairment', 3, DATE '2023-04-01'),
  ('Primary_Support_Reason', 'CLD-R1', 'Sensory Support: Support for hearing impairment', 'Sensory Support: Support for hearing impairment', 4, DATE '2023-04-01'),
  ('Primary_Support_Reason', 'CLD-R1', 'Sensory Support: Support for dual impairment', 'Sensory Support: Support for dual impairment', 5, DATE '2023-04-01'),
  ('Primary_Support_Reason', 'CLD-R1', 'Support with Memory & Cognition', 'Support with Memory & Cognition', 6, DATE '2023-04-01'),
  ('Primary_Support_Reason', 'CLD-R1', 'Learning Disability Support', 'Learning Disability Support', 7, DATE '2023-04-01'),
  ('Primary_Support_Reason', 'CLD-R1', 'Mental Health Support', 'Mental Health Support', 8, DATE '2023-04-01'),
  ('Primary_Support_Reason', 'CLD-R1', 'Social Support: Substance misuse support', 'Social Support: Substance misuse support', 9, DATE '2023-04-01'),
  ('Primary_Support_Reason', 'CLD-R1', 'Social Support: Asylum seeker support', 'Social Support: Asylum seeker support', 10, DATE '2023-04-01'),
  ('Primary_Support_Reason', 'CLD-R1', 'Social Support: Support for Social Isolation/Other', 'Social Support: Support for Social Isolation/Other', 11, DATE '2023-04-01'),
  ('Primary_Support_Reason', 'CLD-R1', 'Social Support: Support to Carer', 'Social Support: Support to Carer', 12, DATE '2023-04-01'),
  ('Primary_Support_Reason', 'CLD-R1', 'Unknown', 'Unknown', 13, DATE '2023-04-01');

INSERT INTO ref_list_value (list_name, list_version, code, label, sort_order, valid_from) VALUES
  ('Accommodation_Status', 'CLD-R1', 'Owner occupier or shared ownership scheme', 'Owner occupier or shared ownership scheme', 1, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Tenant', 'Tenant', 2, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Tenant - private landlord', 'Tenant - private landlord', 3, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Settled mainstream housing with family / friends', 'Settled mainstream housing with family / friends', 4, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Supported accommodation / supported lodgings / supported group home', 'Supported accommodation / supported lodgings / supported group home', 5, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Shared Lives scheme', 'Shared Lives scheme', 6, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Approved premises for offenders released from prison or under probation supervision', 'Approved premises for offenders released from prison or under probation supervision', 7, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Sheltered housing / extra care housing / other sheltered housing', 'Sheltered housing / extra care housing / other sheltered housing', 8, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Mobile accommodation for Gypsy / Roma and Traveller communities', 'Mobile accommodation for Gypsy / Roma and Traveller communities', 9, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Rough sleeper / squatting', 'Rough sleeper / squatting', 10, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Night shelter / emergency hostel / direct access hostel', 'Night shelter / emergency hostel / direct access hostel', 11, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Refuge', 'Refuge', 12, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Placed in temporary accommodation by the council (inc. homelessness resettlement)', 'Placed in temporary accommodation by the council (inc. homelessness resettlement)', 13, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Staying with family / friends as a short-term guest', 'Staying with family / friends as a short-term guest', 14, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Acute / long-term healthcare residential facility or hospital', 'Acute / long-term healthcare residential facility or hospital', 15, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Registered care home', 'Registered care home', 16, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Registered nursing home', 'Registered nursing home', 17, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Prison / Young offenders institution / detention centre', 'Prison / Young offenders institution / detention centre', 18, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Other temporary accommodation', 'Other temporary accommodation', 19, DATE '2023-04-01'),
  ('Accommodation_Status', 'CLD-R1', 'Unknown', 'Unknown', 20, DATE '2023-04-01');

INSERT INTO ref_list_value (list_name, list_version, code, label, sort_order, valid_from) VALUES
  ('Employment_Status', 'CLD-R1', 'Paid: Less than 16 hours a week', 'Paid: Less than 16 hours a week', 1, DATE '2023-04-01'),
  ('Employment_Status', 'CLD-R1', 'Paid: 16 or more hours a week', 'Paid: 16 or more hours a week', 2, DATE '2023-04-01'),
  ('Employment_Status', 'CLD-R1', 'Paid: Hours per week unknown', 'Paid: Hours per week unknown', 3, DATE '2023-04-01'),
  ('Employment_Status', 'CLD-R1', 'Not in Paid Employment (seeking work)', 'Not in Paid Employment (seeking work)', 4, DATE '2023-04-01'),
  ('Employment_Status', 'CLD-R1', 'Not in Paid Employment (voluntary work only)', 'Not in Paid Employment (voluntary work only)', 5, DATE '2023-04-01'),
  ('Employment_Status', 'CLD-R1', 'Not in Paid Employment (not actively seeking work / retired)', 'Not in Paid Employment (not actively seeking work / retired)', 6, DATE '2023-04-01'),
  ('Employment_Status', 'CLD-R1', 'Unknown', 'Unknown', 7, DATE '2023-04-01');

INSERT INTO ref_list_value (list_name, list_version, code, label, sort_order, valid_from) VALUES
  ('Has_Unpaid_Carer', 'CLD-R1', 'Yes', 'Yes', 1, DATE '2023-04-01'),
  ('Has_Unpaid_Carer', 'CLD-R1', 'No', 'No', 2, DATE '2023-04-01'),
  ('Has_Unpaid_Carer', 'CLD-R1', 'Unknown', 'Unknown', 3, DATE '2023-04-01');

INSERT INTO ref_list_value (list_name, list_version, code, label, sort_order, valid_from) VALUES
  ('ETHNICITY', '2021', 'Asian, Asian British or Asian Welsh - Bangladeshi', 'Asian, Asian British or Asian Welsh - Bangladeshi', 1, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'Asian, Asian British or Asian Welsh - Chinese', 'Asian, Asian British or Asian Welsh - Chinese', 2, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'Asian, Asian British or Asian Welsh - Indian', 'Asian, Asian British or Asian Welsh - Indian', 3, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'Asian, Asian British or Asian Welsh - Pakistani', 'Asian, Asian British or Asian Welsh - Pakistani', 4, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'Asian, Asian British or Asian Welsh - Other Asian', 'Asian, Asian British or Asian Welsh - Other Asian', 5, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'Black, Black British, Black Welsh, Caribbean or African - African', 'Black, Black British, Black Welsh, Caribbean or African - African', 6, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'Black, Black British, Black Welsh, Caribbean or African - Caribbean', 'Black, Black British, Black Welsh, Caribbean or African - Caribbean', 7, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'Black, Black British, Black Welsh, Caribbean or African - Other Black', 'Black, Black British, Black Welsh, Caribbean or African - Other Black', 8, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'Mixed or Multiple ethnic groups - White and Asian', 'Mixed or Multiple ethnic groups - White and Asian', 9, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'Mixed or Multiple ethnic groups - White and Black African', 'Mixed or Multiple ethnic groups - White and Black African', 10, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'Mixed or Multiple ethnic groups - White and Black Caribbean', 'Mixed or Multiple ethnic groups - White and Black Caribbean', 11, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'Mixed or Multiple ethnic groups - Other Mixed or Multiple ethnic groups', 'Mixed or Multiple ethnic groups - Other Mixed or Multiple ethnic groups', 12, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'White - English, Welsh, Scottish, Northern Irish or British', 'White - English, Welsh, Scottish, Northern Irish or British', 13, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'White - Irish', 'White - Irish', 14, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'White - Gypsy or Irish Traveller', 'White - Gypsy or Irish Traveller', 15, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'White - Roma', 'White - Roma', 16, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'White - Other White', 'White - Other White', 17, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'Other ethnic group - Arab', 'Other ethnic group - Arab', 18, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'Other ethnic group - Any other ethnic group', 'Other ethnic group - Any other ethnic group', 19, DATE '2021-03-21'),
  ('ETHNICITY', '2021', 'Not stated', 'Not stated', 20, DATE '2021-03-21');
