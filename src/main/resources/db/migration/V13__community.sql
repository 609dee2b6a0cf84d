-- community: the directory of community assets (ABCD), its organisations and taxonomy, search
-- synonyms, the postcode → coordinates table and the gaps register.
--
-- Asset data is public information about groups and places, not personal data, except the gifts
-- of individuals: those need the individual's recorded consent and are never published.

CREATE TABLE community_organisation (
  id          uuid PRIMARY KEY,
  name        text NOT NULL,
  description text,
  email       text,
  website     text,
  phone       text,
  -- provenance of imported records: where they came from and their id there
  source      text,
  source_id   text UNIQUE,
  source_hash text,
  created_at  timestamptz NOT NULL,
  created_by  text NOT NULL,
  updated_at  timestamptz NOT NULL,
  updated_by  text NOT NULL,
  version     int NOT NULL DEFAULT 0
);

CREATE TABLE community_taxonomy (
  id          uuid PRIMARY KEY,
  name        text NOT NULL,
  description text,
  uri         text,
  version     text,
  source      text,
  source_id   text UNIQUE
);

CREATE TABLE community_taxonomy_term (
  id          uuid PRIMARY KEY,
  taxonomy_id uuid REFERENCES community_taxonomy (id),
  code        text,
  name        text NOT NULL,
  description text,
  parent_id   uuid,
  term_uri    text,
  source      text,
  source_id   text UNIQUE
);
CREATE INDEX community_taxonomy_term_taxonomy_idx ON community_taxonomy_term (taxonomy_id);

CREATE TABLE community_asset (
  id                    uuid PRIMARY KEY,
  kind                  text NOT NULL CHECK (kind IN ('ASSOCIATION', 'INSTITUTION', 'PHYSICAL',
                          'ECONOMIC', 'CULTURAL', 'NATURAL', 'SERVICE', 'GIFT')),
  name                  text NOT NULL,
  description           text,
  offers                text,
  organisation_id       uuid REFERENCES community_organisation (id),
  -- who it welcomes: ages in years, decimals allowed (ORUK minimum_age/maximum_age are numbers)
  minimum_age           numeric(5, 2),
  maximum_age           numeric(5, 2),
  languages             text[] NOT NULL DEFAULT '{}',
  conditions            text,
  step_free             boolean NOT NULL DEFAULT false,
  hearing_loop          boolean NOT NULL DEFAULT false,
  accessible_toilet     boolean NOT NULL DEFAULT false,
  bsl                   boolean NOT NULL DEFAULT false,
  accessibility_notes   text,
  cost                  text NOT NULL DEFAULT 'FREE' CHECK (cost IN ('FREE', 'PAID')),
  cost_details          text,
  schedule_notes        text,
  address_line_1        text,
  address_line_2        text,
  town                  text,
  postcode              text,
  latitude              double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude             double precision CHECK (longitude BETWEEN -180 AND 180),
  contact_name          text,
  email                 text,
  phone                 text,
  website               text,
  how_to_connect        text NOT NULL DEFAULT 'TURN_UP'
                          CHECK (how_to_connect IN ('TURN_UP', 'INTRODUCTION', 'REFERRAL')),
  status                text NOT NULL DEFAULT 'ACTIVE'
                          CHECK (status IN ('ACTIVE', 'PAUSED', 'CLOSED')),
  last_verified_on      date,
  last_verified_by      text,
  -- an individual's gift: their consent, when and who recorded it (required for kind GIFT)
  gift_consent_on       date,
  gift_consent_by       text,
  CHECK (kind <> 'GIFT' OR (gift_consent_on IS NOT NULL AND gift_consent_by IS NOT NULL)),
  -- the ORUK ids of the asset's one location and service-at-location, stable across edits
  location_id           uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
  service_at_location_id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
  source                text,
  source_id             text UNIQUE,
  source_hash           text,
  created_at            timestamptz NOT NULL,
  created_by            text NOT NULL,
  updated_at            timestamptz NOT NULL,
  updated_by            text NOT NULL,
  version               int NOT NULL DEFAULT 0,
  search                tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(name, '')), 'A')
    || setweight(to_tsvector('english', coalesce(offers, '')), 'B')
    || setweight(to_tsvector('english', coalesce(description, '')), 'C')
    || setweight(to_tsvector('english', coalesce(conditions, '')), 'D')) STORED
);
CREATE INDEX community_asset_search_idx ON community_asset USING gin (search);
CREATE INDEX community_asset_location_idx ON community_asset (latitude, longitude)
  WHERE latitude IS NOT NULL;
CREATE INDEX community_asset_organisation_idx ON community_asset (organisation_id);
CREATE INDEX community_asset_verified_idx ON community_asset (last_verified_on);
CREATE INDEX community_asset_name_idx ON community_asset (name, id);

-- Regular weekly sessions: one row per day, with opening and closing times.
CREATE TABLE community_asset_schedule (
  id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  asset_id  uuid NOT NULL REFERENCES community_asset (id) ON DELETE CASCADE,
  day       text NOT NULL CHECK (day IN ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')),
  opens_at  time,
  closes_at time
);
CREATE INDEX community_asset_schedule_asset_idx ON community_asset_schedule (asset_id);
CREATE INDEX community_asset_schedule_day_idx ON community_asset_schedule (day, opens_at, closes_at);

CREATE TABLE community_asset_term (
  asset_id uuid NOT NULL REFERENCES community_asset (id) ON DELETE CASCADE,
  term_id  uuid NOT NULL REFERENCES community_taxonomy_term (id),
  PRIMARY KEY (asset_id, term_id)
);
CREATE INDEX community_asset_term_term_idx ON community_asset_term (term_id, asset_id);

-- Words that mean the same to someone searching ("walking", "rambling"): one group per row.
CREATE TABLE community_synonym (
  id         uuid PRIMARY KEY,
  words      text NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  version    int NOT NULL DEFAULT 0
);

-- Postcode centroids, loaded from the ONS Postcode Directory (pcds, lat, long).
CREATE TABLE community_postcode (
  postcode_key text PRIMARY KEY,
  postcode     text NOT NULL,
  latitude     double precision NOT NULL,
  longitude    double precision NOT NULL
);

-- Unmet needs: what was looked for and not found, where (a postcode district) and for whom in
-- general terms. Never a name: these are aggregated for commissioners.
CREATE TABLE community_gap (
  id          uuid PRIMARY KEY,
  need        text NOT NULL,
  kind        text,
  area        text NOT NULL,
  who         text,
  search_text text,
  created_at  timestamptz NOT NULL,
  created_by  text NOT NULL
);
CREATE INDEX community_gap_area_idx ON community_gap (area, kind);
