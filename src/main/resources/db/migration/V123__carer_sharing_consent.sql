-- What the person cared for agreed their carer may see of their record on the carer's own pages,
-- part by part, when and from whom; withdrawn, not deleted (docs/adr/0118).
CREATE TABLE carer_sharing_consent (
  id            uuid PRIMARY KEY,
  link_id       uuid        NOT NULL REFERENCES carer_link (id),
  scope         varchar(30) NOT NULL CHECK (scope IN ('WHO_HELPS', 'NEXT_REVIEW')),
  given_by      text        NOT NULL,
  given_on      date        NOT NULL,
  withdrawn_at  timestamptz,
  created_at    timestamptz NOT NULL,
  created_by    text        NOT NULL,
  updated_at    timestamptz NOT NULL,
  updated_by    text        NOT NULL,
  version       int         NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX carer_sharing_consent_active ON carer_sharing_consent (link_id, scope)
  WHERE withdrawn_at IS NULL;
