-- person: "Find a person" by name (typo tolerant), NHS number, date of birth and postcode.
--
-- Names are compared as keys: accents folded, lower case, apostrophes dropped, anything else that
-- is not a letter made a space. The same function normalises what is typed, so both sides of each
-- comparison are alike. Keys are stored generated columns, so they can never disagree with the
-- names they come from.
CREATE FUNCTION person_name_key(name text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
RETURN btrim(regexp_replace(regexp_replace(lower(translate(name,
  'ÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞŤÙÚÛÜŪŮŰÝŸŹŻŽàáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťùúûüūůűýÿźżž',
  'AAAAAAAAACCCDEEEEEEEEIIIIIILNNNOOOOOOOORRSSSTUUUUUUUYYZZZaaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorrssstuuuuuuuyyzzz')),
  '[''’`]', '', 'g'), '[^a-z]+', ' ', 'g'));

-- The letters of a key in alphabetical order: two letters swapped ("Jonh") give the same value.
CREATE FUNCTION person_name_letters(key text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
RETURN (SELECT string_agg(letter, '' ORDER BY letter)
        FROM regexp_split_to_table(replace(key, ' ', ''), '') AS letter);

ALTER TABLE person
  ADD COLUMN first_name_key     text GENERATED ALWAYS AS (person_name_key(first_name)) STORED,
  ADD COLUMN last_name_key      text GENERATED ALWAYS AS (person_name_key(last_name)) STORED,
  ADD COLUMN preferred_name_key text GENERATED ALWAYS AS (person_name_key(preferred_name)) STORED,
  ADD COLUMN postcode_key       text GENERATED ALWAYS AS (upper(replace(postcode, ' ', ''))) STORED,
  ADD COLUMN postcode_outward   text GENERATED ALWAYS AS (
    CASE WHEN length(replace(postcode, ' ', '')) > 3
         THEN upper(left(replace(postcode, ' ', ''), -3)) END) STORED;

-- Every distinct name key, once: L for last names, F for first and preferred names. Fuzzy matching
-- (trigrams, Double Metaphone, swapped letters) runs on this small table; people are then fetched
-- by exact key from the covering indexes below, so no person row is read only to be discarded.
CREATE TABLE person_search_name (
  kind    char(1) NOT NULL CHECK (kind IN ('F', 'L')),
  key     text NOT NULL,
  sound   text GENERATED ALWAYS AS (dmetaphone(key)) STORED,
  letters text GENERATED ALWAYS AS (person_name_letters(key)) STORED,
  PRIMARY KEY (kind, key)
);
CREATE INDEX person_search_name_last_trgm_idx ON person_search_name
  USING gin (key gin_trgm_ops) WHERE kind = 'L';
CREATE INDEX person_search_name_first_trgm_idx ON person_search_name
  USING gin (key gin_trgm_ops) WHERE kind = 'F';
CREATE INDEX person_search_name_sound_idx ON person_search_name (kind, sound);
CREATE INDEX person_search_name_letters_idx ON person_search_name (kind, letters);

-- Names are learnt as people are added or renamed. Keys no longer used stay: they find nobody.
CREATE FUNCTION person_search_name_learn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_search_name (kind, key)
  SELECT kind, key
  FROM (VALUES ('L', NEW.last_name_key), ('F', NEW.first_name_key),
               ('F', NEW.preferred_name_key)) AS name (kind, key)
  WHERE key <> ''
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER person_search_name_learn
  AFTER INSERT OR UPDATE OF first_name, last_name, preferred_name ON person
  FOR EACH ROW EXECUTE FUNCTION person_search_name_learn();

INSERT INTO person_search_name (kind, key)
  SELECT 'L', last_name_key FROM person WHERE last_name_key <> ''
  UNION SELECT 'F', first_name_key FROM person WHERE first_name_key <> ''
  UNION SELECT 'F', preferred_name_key FROM person WHERE preferred_name_key <> '';

-- Familiar forms of first names, so "Bill Smith" finds William Smith and "Peggy" Margaret.
CREATE TABLE person_search_nickname (
  name     text NOT NULL,
  nickname text NOT NULL,
  PRIMARY KEY (name, nickname)
);
CREATE INDEX person_search_nickname_idx ON person_search_nickname (nickname);
INSERT INTO person_search_nickname (name, nickname) VALUES
  ('abdul', 'abdi'), ('abigail', 'abbie'), ('albert', 'bert'), ('alexander', 'alex'),
  ('alexandra', 'alex'), ('alfred', 'alf'), ('andrew', 'andy'), ('anthony', 'tony'),
  ('arthur', 'art'), ('barbara', 'babs'), ('benjamin', 'ben'), ('bernard', 'bernie'),
  ('bridget', 'biddy'), ('catherine', 'cath'), ('catherine', 'kate'), ('charles', 'charlie'),
  ('charles', 'chas'), ('christine', 'chris'), ('christopher', 'chris'), ('daniel', 'danny'),
  ('daniel', 'dan'), ('david', 'dave'), ('deborah', 'debbie'), ('dennis', 'den'),
  ('derek', 'del'), ('dorothy', 'dot'), ('dorothy', 'dolly'), ('douglas', 'doug'),
  ('edward', 'ted'), ('edward', 'eddie'), ('edward', 'ed'), ('elizabeth', 'betty'),
  ('elizabeth', 'liz'), ('elizabeth', 'beth'), ('elizabeth', 'lizzie'), ('ellen', 'nell'),
  ('frances', 'fran'), ('francis', 'frank'), ('frederick', 'fred'), ('gerald', 'gerry'),
  ('gillian', 'gill'), ('gregory', 'greg'), ('harold', 'harry'), ('helen', 'nell'),
  ('henry', 'harry'), ('herbert', 'bert'), ('jacqueline', 'jackie'), ('james', 'jim'),
  ('james', 'jimmy'), ('jennifer', 'jenny'), ('john', 'jack'), ('john', 'johnny'),
  ('jonathan', 'jon'), ('joseph', 'joe'), ('josephine', 'jo'), ('kathleen', 'kath'),
  ('katherine', 'kate'), ('kathryn', 'kate'), ('kenneth', 'ken'), ('lawrence', 'larry'),
  ('leonard', 'len'), ('leslie', 'les'), ('margaret', 'peggy'), ('margaret', 'maggie'),
  ('margaret', 'meg'), ('margaret', 'madge'), ('mary', 'molly'), ('mary', 'polly'),
  ('matthew', 'matt'), ('michael', 'mike'), ('michael', 'mick'), ('mohammed', 'mo'),
  ('muhammad', 'mo'), ('nicholas', 'nick'), ('patricia', 'pat'), ('patricia', 'trish'),
  ('patrick', 'pat'), ('peter', 'pete'), ('philip', 'phil'), ('raymond', 'ray'),
  ('rebecca', 'becky'), ('richard', 'dick'), ('richard', 'rick'), ('robert', 'bob'),
  ('robert', 'rob'), ('robert', 'bobby'), ('ronald', 'ron'), ('samantha', 'sam'),
  ('samuel', 'sam'), ('sarah', 'sally'), ('stephen', 'steve'), ('steven', 'steve'),
  ('susan', 'sue'), ('susan', 'susie'), ('terence', 'terry'), ('theresa', 'tess'),
  ('thomas', 'tom'), ('thomas', 'tommy'), ('timothy', 'tim'), ('victoria', 'vicky'),
  ('walter', 'wally'), ('william', 'bill'), ('william', 'will'), ('william', 'billy'),
  ('winifred', 'winnie');

-- People by name key, covering what ranking needs, so matches are counted from the index alone.
CREATE INDEX person_last_name_key_idx
  ON person (last_name_key, first_name_key, preferred_name_key, id);
CREATE INDEX person_first_name_key_idx
  ON person (first_name_key, last_name_key, preferred_name_key, id);
CREATE INDEX person_preferred_name_key_idx
  ON person (preferred_name_key, last_name_key, first_name_key, id)
  WHERE preferred_name_key IS NOT NULL;

CREATE INDEX person_nhs_number_idx ON person (nhs_number);
CREATE INDEX person_date_of_birth_idx ON person (date_of_birth);
CREATE INDEX person_postcode_key_idx ON person (postcode_key);
-- An outward code alone ("LS6") matches thousands: this index gives them in name order.
CREATE INDEX person_postcode_outward_idx
  ON person (postcode_outward, last_name_key, first_name_key, id);
