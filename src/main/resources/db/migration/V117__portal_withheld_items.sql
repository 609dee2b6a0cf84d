-- Items on the person's own pages that a practitioner has withheld from the person, with the reason
-- (docs/adr/0116). An item is named by a key the portal gives it: plan/<part>, assessment/<id>/<field>
-- or connection/<id>. Un-withholding keeps the row (released_at), so the list is a history.
CREATE TABLE portal_withheld_item (
  id              uuid PRIMARY KEY,
  person_id       uuid         NOT NULL,
  team_id         uuid,
  item_key        varchar(200) NOT NULL,
  item_label      varchar(300) NOT NULL,
  reason          varchar(20)  NOT NULL CHECK (reason IN ('THIRD_PARTY', 'SERIOUS_HARM')),
  note            varchar(1000),
  withheld_at     timestamptz  NOT NULL,
  withheld_by     uuid         NOT NULL,
  withheld_by_name varchar(200) NOT NULL,
  released_at     timestamptz,
  released_by     uuid,
  released_by_name varchar(200)
);
-- An item is withheld once at a time.
CREATE UNIQUE INDEX portal_withheld_item_open ON portal_withheld_item (person_id, item_key)
  WHERE released_at IS NULL;
CREATE INDEX portal_withheld_item_team ON portal_withheld_item (team_id, withheld_at DESC)
  WHERE released_at IS NULL;
