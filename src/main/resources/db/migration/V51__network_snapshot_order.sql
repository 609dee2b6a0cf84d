-- Two snapshots of one network can carry the same time (saves in the same microsecond, or tests
-- on a fixed clock); the network "as it stood" must then be the one saved last, not whichever the
-- random id sorts first. Existing rows are numbered in the order they are stored.
ALTER TABLE network_snapshot ADD COLUMN saved_order bigint GENERATED ALWAYS AS IDENTITY;
