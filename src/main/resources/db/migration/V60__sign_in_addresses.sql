-- Failed sign-ins per client address (an IPv6 address counts by its /64), in fixed windows, so that
-- every instance on this database refuses an address that has failed too often (docs/adr/0031).
CREATE TABLE access_sign_in_address (
    address           text        PRIMARY KEY,
    window_started_at timestamptz NOT NULL,
    failures          integer     NOT NULL CHECK (failures > 0)
);
CREATE INDEX access_sign_in_address_window ON access_sign_in_address (window_started_at);
