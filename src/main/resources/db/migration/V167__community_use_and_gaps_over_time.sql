-- Community-asset use and the gaps register over time (issue 12 item 7, ADR 0167).
--
-- community: a gap in the register can be marked as met (a commissioner or manager has found or
-- commissioned something for it); it then counts as closed from that day.
ALTER TABLE community_gap ADD COLUMN closed_at timestamptz;
ALTER TABLE community_gap ADD COLUMN closed_by text;
CREATE INDEX community_gap_open_idx ON community_gap (area, kind) WHERE closed_at IS NULL;

-- Read-only views, each published by the module that owns the rows (named with that module's
-- prefix, listed in ModuleTablesTest.PUBLISHED): insight reads them, never the tables. None carries
-- a name or free text.

-- community publishes: each gap's kind, postcode district, and the days it was recorded and met.
CREATE VIEW community_gap_flow AS
SELECT id AS gap_id,
       kind,
       area,
       (created_at AT TIME ZONE 'Europe/London')::date AS recorded_on,
       (closed_at AT TIME ZONE 'Europe/London')::date AS closed_on
FROM community_gap;

-- community publishes: the kind of every entry in the directory.
CREATE VIEW community_asset_kind AS
SELECT id AS asset_id, kind FROM community_asset;

-- connection publishes: each connection, the day it was made, whether it was an introduction or
-- referral (not information only), whether the organisation accepted it, and whether the person
-- went (attended, or it is ongoing, now or at any time since).
CREATE VIEW connection_use AS
SELECT c.id AS connection_id,
       c.person_id,
       c.asset_id,
       (c.sent_at AT TIME ZONE 'Europe/London')::date AS made_on,
       c.method <> 'INFORMATION_GIVEN' AS introduction,
       c.method <> 'INFORMATION_GIVEN' AND c.status NOT IN ('SENT', 'DECLINED') AS accepted,
       c.status IN ('ATTENDED', 'ONGOING')
         OR EXISTS (SELECT 1 FROM connection_status_change s
                     WHERE s.connection_id = c.id AND s.status IN ('ATTENDED', 'ONGOING'))
         AS went
FROM connection c;
CREATE INDEX connection_sent_at_idx ON connection (sent_at);
