-- Sign-in with a citizen identity provider (GOV.UK One Login, NHS login; docs/adr/0163): the
-- provider's stable subject for the person, linked to their invitation at their first sign-in (when
-- the provider vouched for the invited address) and matched on every sign-in after that.
CREATE TABLE portal_provider_link (
  invitation_id  uuid         PRIMARY KEY REFERENCES portal_invitation (id),
  issuer         varchar(500) NOT NULL,
  subject        varchar(500) NOT NULL,
  linked_at      timestamptz  NOT NULL
);
CREATE INDEX portal_provider_link_subject ON portal_provider_link (issuer, subject);
