-- access: the postcode districts each team covers ("LS6"), so that a request made online reaches
-- the team for the person's address. A district belongs to one team at most.
CREATE TABLE access_team_area (
  district   text PRIMARY KEY,
  team_id    uuid NOT NULL REFERENCES access_team (id)
);
CREATE INDEX access_team_area_team_idx ON access_team_area (team_id);

-- conversation: a request for support waiting for its first conversation, with its CLD route of
-- access (the Request_Route_of_Access list). The first conversation completed after it answers it,
-- and the CLD Request event of that conversation carries its route.
CREATE TABLE conversation_request (
  id               uuid PRIMARY KEY,
  person_id        uuid NOT NULL REFERENCES person (id),
  route_of_access  text NOT NULL,
  received_on      date NOT NULL,
  reference        text,
  answered_by      uuid,
  created_at       timestamptz NOT NULL,
  created_by       text NOT NULL
);
CREATE INDEX conversation_request_open_idx ON conversation_request (person_id)
  WHERE answered_by IS NULL;

-- portal: requests for support made online ("Ask for support"). A row is a draft (saved and
-- returned to by the hash of an unguessable token) until it is sent; then it waits for a
-- practitioner of its team to confirm who the person is (new, or an existing record).
CREATE TABLE portal_support_request (
  id                uuid PRIMARY KEY,
  token_hash        text NOT NULL UNIQUE,
  status            text NOT NULL CHECK (status IN ('DRAFT', 'WAITING', 'CONFIRMED')),
  reference         text UNIQUE,
  who_for           text,
  what_matters      text,
  going_well        text,
  what_would_help   text,
  first_name        text,
  last_name         text,
  date_of_birth     date,
  nhs_number        text,
  postcode          text,
  contact_name      text,
  email             text,
  phone             text,
  team_id           uuid,
  possible_matches  int NOT NULL DEFAULT 0,
  person_id         uuid,
  started_at        timestamptz NOT NULL,
  expires_at        timestamptz NOT NULL,
  sent_at           timestamptz,
  confirmed_at      timestamptz,
  confirmed_by      text,
  version           int NOT NULL DEFAULT 0
);
CREATE INDEX portal_support_request_waiting_idx ON portal_support_request (team_id, sent_at)
  WHERE status = 'WAITING';

-- portal: how many times a key (a hashed address or session) did something in a window, shared by
-- every instance so that two of them count together.
CREATE TABLE portal_rate_limit (
  key           text NOT NULL,
  window_start  timestamptz NOT NULL,
  hits          int NOT NULL,
  PRIMARY KEY (key, window_start)
);
