-- Messages to people (sign-in codes, invitations, acknowledgements), written in the same
-- transaction as what caused them and sent through GOV.UK Notify by a scheduled sender
-- (docs/adr/0110). Without a Notify key they are shown on /admin/outbox and logged instead.
CREATE TABLE portal_outbox (
  id               uuid PRIMARY KEY,
  template         varchar(60)  NOT NULL,
  channel          varchar(10)  NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
  recipient        varchar(320) NOT NULL,
  personalisation  jsonb        NOT NULL,
  status           varchar(20)  NOT NULL CHECK (status IN ('WAITING', 'SENT', 'IN_OUTBOX', 'FAILED')),
  attempts         integer      NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz  NOT NULL,
  last_error       varchar(500),
  notify_id        varchar(64),
  created_at       timestamptz  NOT NULL,
  sent_at          timestamptz
);

CREATE INDEX portal_outbox_due ON portal_outbox (next_attempt_at) WHERE status = 'WAITING';
CREATE INDEX portal_outbox_newest ON portal_outbox (created_at DESC);
