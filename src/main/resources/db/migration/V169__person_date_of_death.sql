-- A person's date of death (ADR 0169): recorded on their record, sent as the CLD Release 1
-- Date_of_Death field, and used by the national measures to leave out people who died before a
-- period. Null while the person is alive (or their death is not known to the council).
ALTER TABLE person ADD COLUMN date_of_death date;
