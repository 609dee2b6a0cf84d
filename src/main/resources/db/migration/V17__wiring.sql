-- A strength can point to one of the person's network members ("a relationship", "a community
-- connection"). No foreign key: the network module owns its table, and an ended relationship keeps
-- its row, so the link stays readable.
ALTER TABLE conversation_strength ADD COLUMN network_member_id uuid;
