-- Foundation: teams and staff (access), reference data (platform), the person record (person).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- platform: defined lists, versioned because national lists change between releases
CREATE TABLE ref_list_value (
  list_name     text    NOT NULL,
  list_version  text    NOT NULL,
  code          text    NOT NULL,
  label         text    NOT NULL,
  sort_order    int     NOT NULL,
  valid_from    date    NOT NULL,
  valid_to      date,
  PRIMARY KEY (list_name, list_version, code)
);

-- access
CREATE TABLE access_team (
  id         uuid PRIMARY KEY,
  name       text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE access_staff (
  id               uuid PRIMARY KEY,
  username         text NOT NULL UNIQUE,
  display_name     text NOT NULL,
  password_hash    text NOT NULL,
  role             text NOT NULL CHECK (role IN ('PRACTITIONER', 'MANAGER', 'ANALYST', 'ADMIN')),
  team_id          uuid REFERENCES access_team (id),
  enabled          boolean NOT NULL DEFAULT true,
  failed_attempts  int NOT NULL DEFAULT 0,
  locked_until     timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  version          int NOT NULL DEFAULT 0
);

-- person: identity, demographics, communication, allocation
CREATE TABLE person (
  id                   uuid PRIMARY KEY,
  first_name           text NOT NULL,
  last_name            text NOT NULL,
  preferred_name       text,
  pronouns             text,
  date_of_birth        date,
  nhs_number           char(10),
  address_line_1       text,
  address_line_2       text,
  town                 text,
  postcode             text,
  phone                text,
  email                text,
  gender               text,
  ethnicity            text,
  main_language        text,
  interpreter_needed   boolean NOT NULL DEFAULT false,
  communication_needs  text,
  preferred_format     text,
  advocate_needed      boolean NOT NULL DEFAULT false,
  team_id              uuid,
  worker_id            uuid,
  created_at           timestamptz NOT NULL,
  created_by           text NOT NULL,
  updated_at           timestamptz NOT NULL,
  updated_by           text NOT NULL,
  version              int NOT NULL DEFAULT 0
);
CREATE INDEX person_team_idx ON person (team_id);
CREATE INDEX person_worker_idx ON person (worker_id);
