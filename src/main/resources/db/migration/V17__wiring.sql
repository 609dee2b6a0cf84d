-- A strength can point to one of the person's network members ("a relationship", "a community
-- connection"). No foreign key: the network module owns its table, and an ended relationship keeps
-- its row, so the link stays readable.
ALTER TABLE conversation_strength ADD COLUMN network_member_id uuid;

-- A relationship added because a connection was made to a community directory entry. An
-- organisation's name is not personal data, so such a relationship is not third-party data, even
-- after it is edited.
ALTER TABLE network_member ADD COLUMN community_asset_id uuid;
