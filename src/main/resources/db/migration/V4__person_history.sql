-- person: change history of details, CLD context with effective dates, and the chronology.

-- Every changed field of a person's details, kept so the record can show who changed what.
CREATE TABLE person_change (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id        uuid NOT NULL REFERENCES person (id),
  changed_at       timestamptz NOT NULL,
  changed_by       text NOT NULL,
  changed_by_name  text NOT NULL,
  field            text NOT NULL,
  old_value        text,
  new_value        text
);
CREATE INDEX person_change_person_idx ON person_change (person_id, changed_at DESC);

-- CLD person context: rows are only ever added, so the value on any date can be reconstructed.
CREATE TABLE person_context (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id             uuid NOT NULL REFERENCES person (id),
  field                 text NOT NULL,
  code                  text NOT NULL,
  list_version          text NOT NULL,
  effective_from        date NOT NULL,
  recorded_at           timestamptz NOT NULL,
  recorded_by           text NOT NULL,
  recorded_by_username  text NOT NULL
);
CREATE INDEX person_context_person_idx ON person_context (person_id, field, effective_from DESC);

-- What happened on a person's record; later modules add their own kinds of entry.
CREATE TABLE person_chronology (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id             uuid NOT NULL REFERENCES person (id),
  occurred_at           timestamptz NOT NULL,
  kind                  text NOT NULL,
  summary               text NOT NULL,
  recorded_by           text NOT NULL,
  recorded_by_username  text NOT NULL
);
CREATE INDEX person_chronology_person_idx ON person_chronology (person_id, occurred_at DESC);

-- Duplicate warnings look people up by NHS number and by date of birth on every new record.
CREATE INDEX person_duplicate_nhs_idx ON person (nhs_number);
CREATE INDEX person_duplicate_dob_idx ON person (date_of_birth);
