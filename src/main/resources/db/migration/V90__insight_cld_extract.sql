-- insight: every CLD extract made, so that a later correction can be explained (ADR 0090).
-- The file itself is not kept: it can be made again for the same period, and the checksum says
-- whether the data changed since.
CREATE TABLE insight_cld_extract (
  id           uuid PRIMARY KEY,
  period_from  date NOT NULL,
  period_to    date NOT NULL,
  made_by      text NOT NULL,
  made_at      timestamptz NOT NULL,
  row_count    bigint NOT NULL CHECK (row_count >= 0),
  sha256       char(64) NOT NULL,
  CHECK (period_from <= period_to)
);
CREATE INDEX insight_cld_extract_made_idx ON insight_cld_extract (made_at DESC);
