package org.strengths.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SQL behind "Find a person".
 *
 * <p>Names are matched in two steps. First the typed name is compared with the distinct names
 * people have ({@code person_search_name}, thousands of rows where people are hundreds of
 * thousands): names that share enough trigrams with it, sound the same (Double Metaphone), hold the
 * same letters in another order (a transposition), are an edit or two away with the same initial,
 * or are a familiar form of it. Each such name gets a score: trigram similarity, edit distance, an
 * exact or prefix match, sounding alike. Then people are fetched by exact name key from covering
 * indexes and ranked, the last name counting twice the first; a preferred name counts as a first
 * name. NHS number, date of birth and postcode are exact look-ups on their own indexes: when one is
 * given it drives the search, and the name (if any) must match at least one of the person's names.
 *
 * <p>A name that could be read either way round ("raza nusrat": first name first, or surname first)
 * is searched both ways in the same statement, each reading with its own known names; a person
 * found by both keeps the better score, and the less likely reading scores a little less, so that
 * an exact match in the order typed comes before the same names the other way round.
 */
@Component
class PersonSearchQueries {

  static final int PAGE_SIZE = 20;

  /** Trigram similarity at which a known name becomes a candidate for the typed one. */
  static final double NAME_SIMILARITY = 0.3;

  /** Score of a familiar form of a first name (Bill for William). */
  static final double NICKNAME_SCORE = 1.2;

  /** Score of a first name that begins with a typed initial ("J Smith"). */
  static final double INITIAL_SCORE = 1.0;

  /**
   * How alike a known name must be to a typed one to count: one wrong letter in a short name (Nazh
   * for Nash scores 0.63) passes, a different name two letters away (Paul for Patel, 0.52) does
   * not.
   */
  static final double MIN_NAME_MATCH = 0.6;

  /** A first name alone counts for less than a last name alone. */
  static final double FIRST_NAME_ALONE = 0.8;

  /**
   * What reading a name the less likely way round costs: enough to order two people whose names are
   * the same two words swapped, far less than any misspelling, so an exact match either way round
   * comes before a near one.
   */
  static final double OTHER_ORDER = 0.1;

  private static final String COLUMNS =
      """
      p.id, p.first_name, p.last_name, p.preferred_name, p.date_of_birth, p.nhs_number,
      p.postcode, p.team_id, p.worker_id""";

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  PersonSearchQueries(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setReadOnly(true);
  }

  record Row(
      UUID id,
      String firstName,
      String lastName,
      String preferredName,
      LocalDate dateOfBirth,
      String nhsNumber,
      String postcode,
      UUID teamId,
      UUID workerId) {}

  record Page(List<Row> rows, long total) {}

  /** One page (from 0) of the people matching every criterion in the query, best match first. */
  Page find(SearchQuery query, int page) {
    return transactions.execute(
        status -> {
          List<Keys> readings = readings(query);
          if (query.hasName() && readings.isEmpty()) {
            // Typed in a script the keys cannot hold: nothing to compare names with.
            return new Page(List.of(), 0);
          }
          Page found = run(query, readings, page);
          if (found.rows().isEmpty() && page > 0) {
            // Past the last page: the total still tells the page where the last one is.
            return new Page(found.rows(), run(query, readings, 0).total());
          }
          return found;
        });
  }

  /** The typed names as keys, normalised by the same function as the stored ones. */
  record Keys(Optional<String> first, Optional<String> last) {}

  /**
   * The ways of reading the typed name as keys, the likelier first: one, or two when the words
   * could be either way round. None when no name was typed or its keys are empty.
   */
  private List<Keys> readings(SearchQuery query) {
    // Settings for this transaction only. Planning these statements takes longer than running
    // them, and their shape (small CTEs, one index look-up per known name) suits every input, so
    // once prepared, a statement keeps its generic plan.
    Optional<SearchQuery.Name> other = query.otherOrder();
    List<Keys> keys =
        jdbc.sql(
                """
                SELECT set_config('pg_trgm.similarity_threshold', :threshold, true),
                       set_config('plan_cache_mode', 'force_generic_plan', true),
                       person_name_key(:first) AS first, person_name_key(:last) AS last,
                       person_name_key(:otherFirst) AS other_first,
                       person_name_key(:otherLast) AS other_last
                """)
            .param("threshold", Double.toString(NAME_SIMILARITY))
            .param("first", query.firstName().orElse(null))
            .param("last", query.lastName().orElse(null))
            .param("otherFirst", other.map(SearchQuery.Name::firstName).orElse(null))
            .param("otherLast", other.map(SearchQuery.Name::lastName).orElse(null))
            .query(
                (rs, n) ->
                    List.of(
                        new Keys(nonBlank(rs.getString("first")), nonBlank(rs.getString("last"))),
                        new Keys(
                            nonBlank(rs.getString("other_first")),
                            nonBlank(rs.getString("other_last")))))
            .single();
    return keys.stream().filter(reading -> reading.last().isPresent()).distinct().toList();
  }

  private static Optional<String> nonBlank(String key) {
    return Optional.ofNullable(key).filter(k -> !k.isBlank());
  }

  private Page run(SearchQuery query, List<Keys> readings, int page) {
    Map<String, Object> params = new HashMap<>();
    for (int i = 0; i < readings.size(); i++) {
      int reading = i;
      readings.get(i).first().ifPresent(first -> putKey(params, "first" + reading, first));
      readings.get(i).last().ifPresent(last -> putKey(params, "last" + reading, last));
    }
    query.nhsNumber().ifPresent(nhs -> params.put("nhs", nhs.digits()));
    query.dateOfBirth().ifPresent(date -> params.put("dob", date));
    query.postcode().ifPresent(code -> params.put("postcode", code.value().replace(" ", "")));
    query.outwardCode().ifPresent(code -> params.put("outward", code));
    params.put("limit", PAGE_SIZE);
    params.put("offset", (long) page * PAGE_SIZE);
    if (!query.hasName() && query.outwardCode().isPresent() && exactFilters(query).size() == 1) {
      return outwardCodeOnly(params);
    }
    long[] total = {0};
    List<Row> rows =
        jdbc.sql(statement(query, readings))
            .params(params)
            .query(
                (rs, n) -> {
                  total[0] = rs.getLong("total");
                  return ROW.mapRow(rs, n);
                })
            .list();
    return new Page(rows, total[0]);
  }

  /**
   * A typed key and what its look-ups need: the range of keys with the same initial, and how many
   * edits to allow (one in a short name, where two would match almost anything).
   */
  private static void putKey(Map<String, Object> params, String name, String key) {
    params.put(name, key);
    params.put(name + "From", key.substring(0, 1));
    params.put(name + "To", String.valueOf((char) (key.charAt(0) + 1)));
    params.put(name + "Edits", key.length() <= 4 ? 1 : 2);
  }

  private static final RowMapper<Row> ROW =
      (rs, n) -> {
        String nhs = rs.getString("nhs_number");
        return new Row(
            rs.getObject("id", UUID.class),
            rs.getString("first_name"),
            rs.getString("last_name"),
            rs.getString("preferred_name"),
            rs.getObject("date_of_birth", LocalDate.class),
            nhs == null ? null : nhs.trim(),
            rs.getString("postcode"),
            rs.getObject("team_id", UUID.class),
            rs.getObject("worker_id", UUID.class));
      };

  private static String statement(SearchQuery query, List<Keys> readings) {
    List<String> exact = exactFilters(query);
    boolean driven =
        query.nhsNumber().isPresent()
            || query.dateOfBirth().isPresent()
            || query.postcode().isPresent();
    if (!query.hasName()) {
      return exactOnly(exact);
    }
    List<String> candidates = new ArrayList<>();
    for (int i = 0; i < readings.size(); i++) {
      candidates.add(nameCandidates(readings.get(i), i));
    }
    String names = String.join(",\n", candidates);
    String matched = driven ? namesAmongExact(readings, exact) : byName(readings, exact);
    return """
        WITH %s,
        matched AS (%s)
        SELECT %s, r.total
        FROM (SELECT m.*, count(*) OVER () AS total FROM matched m
              ORDER BY m.score DESC, m.lk, m.fk, m.id LIMIT :limit OFFSET :offset) r
        JOIN person p ON p.id = r.id
        ORDER BY r.score DESC, r.lk, r.fk, r.id
        """
        .formatted(names, matched, COLUMNS);
  }

  private static List<String> exactFilters(SearchQuery query) {
    List<String> filters = new ArrayList<>();
    query.nhsNumber().ifPresent(nhs -> filters.add("p.nhs_number = CAST(:nhs AS char(10))"));
    query.dateOfBirth().ifPresent(date -> filters.add("p.date_of_birth = :dob"));
    query.postcode().ifPresent(code -> filters.add("p.postcode_key = :postcode"));
    query.outwardCode().ifPresent(code -> filters.add("p.postcode_outward = :outward"));
    return filters;
  }

  private static String exactOnly(List<String> filters) {
    return """
        SELECT %s, count(*) OVER () AS total
        FROM person p
        WHERE %s
        ORDER BY p.last_name_key, p.first_name_key, p.id
        LIMIT :limit OFFSET :offset
        """
        .formatted(COLUMNS, String.join(" AND ", filters));
  }

  /** Everyone in an outward code: counted, then one page read in name order from the index. */
  private Page outwardCodeOnly(Map<String, Object> params) {
    long total =
        jdbc.sql("SELECT count(*) FROM person WHERE postcode_outward = :outward")
            .params(params)
            .query(Long.class)
            .single();
    List<Row> rows =
        jdbc.sql(
                """
                SELECT %s FROM person p
                WHERE p.postcode_outward = :outward
                ORDER BY p.postcode_outward, p.last_name_key, p.first_name_key, p.id
                LIMIT :limit OFFSET :offset
                """
                    .formatted(COLUMNS))
            .params(params)
            .query(ROW)
            .list();
    return new Page(rows, total);
  }

  /**
   * The known names like each typed one in reading {@code i}, with their scores: {@code last_like}
   * for the last name (or the only name typed), {@code first_like} for the first name or, when one
   * word was typed, for that word as a first name.
   */
  private static String nameCandidates(Keys keys, int i) {
    String last = "last_like%d AS MATERIALIZED (%s)".formatted(i, like("L", "last" + i));
    String first;
    if (keys.first().isEmpty()) {
      first = like("F", "last" + i);
    } else if (keys.first().get().length() == 1) {
      first =
          """
          SELECT key, %s AS s FROM person_search_name
          WHERE kind = 'F' AND key >= :first%dFrom AND key < :first%dTo"""
              .formatted(INITIAL_SCORE, i, i);
    } else {
      first = like("F", "first" + i);
    }
    return last + ",\nfirst_like%d AS MATERIALIZED (%s)".formatted(i, first);
  }

  /**
   * Known names of one kind like the typed key {@code :name}. Each way of being alike is its own
   * index look-up: trigrams, sound, the same letters, a small edit distance among names with the
   * same initial (which catches what the others miss in short names: Nazh, Nash), and for first
   * names, familiar forms.
   */
  private static String like(String kind, String name) {
    String typed = ":" + name;
    String nicknames =
        """
        SELECT nickname FROM person_search_nickname WHERE name = %1$s
        UNION ALL SELECT name FROM person_search_nickname WHERE nickname = %1$s"""
            .formatted(typed);
    String nicknameSource =
        kind.equals("F")
            ? """

                UNION SELECT key, sound, letters FROM person_search_name
                  WHERE kind = 'F' AND key IN (%s)"""
                .formatted(nicknames)
            : "";
    String nicknameScore =
        kind.equals("F")
            ? ", CASE WHEN key IN (%s) THEN %s ELSE 0 END".formatted(nicknames, NICKNAME_SCORE)
            : "";
    return """
        SELECT key, s FROM (
          SELECT key, greatest(%3$s%4$s) AS s
          FROM (
            SELECT key, sound, letters FROM person_search_name
              WHERE kind = '%1$s' AND key %% %2$s
            UNION SELECT key, sound, letters FROM person_search_name
              WHERE kind = '%1$s' AND sound = dmetaphone(%2$s) AND sound <> ''
            UNION SELECT key, sound, letters FROM person_search_name
              WHERE kind = '%1$s' AND letters = person_name_letters(%2$s)
            UNION SELECT key, sound, letters FROM person_search_name
              WHERE kind = '%1$s' AND key >= %2$sFrom AND key < %2$sTo
                AND levenshtein_less_equal(key, %2$s, 2) <= %2$sEdits%5$s
          ) known
        ) scored
        WHERE s >= %6$s"""
        .formatted(kind, typed, nameMatch(typed), nicknameScore, nicknameSource, MIN_NAME_MATCH);
  }

  /**
   * How alike a known name is to the typed one, about 0 to 2.4: trigram similarity (robust to most
   * typos), edit distance, an exact or prefix match, the same sound (Smyth and Smith), and two
   * letters swapped (Jonh and John, Mema and Emma: a swap breaks two or three trigrams and costs
   * two edits, so it needs its own evidence).
   */
  private static String nameMatch(String typed) {
    return """
        similarity(key, %1$s)
          + 0.5 * greatest(0, 1 - least(levenshtein_less_equal(key, %1$s, 4), 4)::float
                / greatest(length(key), length(%1$s), 1))
          + CASE WHEN key = %1$s THEN 0.6 WHEN key LIKE %1$s || '%%' THEN 0.2 ELSE 0 END
          + CASE WHEN sound = dmetaphone(%1$s) AND sound <> '' THEN 0.3 ELSE 0 END
          + CASE WHEN letters = person_name_letters(%1$s) AND key <> %1$s
                  AND levenshtein_less_equal(key, %1$s, 2) <= 2 THEN 0.4 ELSE 0 END"""
        .formatted(typed);
  }

  /**
   * People found by name alone (an outward code may narrow them), by each reading of the name; a
   * person found by both keeps the better score, the less likely reading costing {@link
   * #OTHER_ORDER}.
   */
  private static String byName(List<Keys> readings, List<String> filters) {
    if (readings.size() == 1) {
      return byName(readings.get(0), 0, filters);
    }
    return """
        SELECT id, lk, fk, max(score) AS score FROM (
          %s
          UNION ALL
          SELECT id, lk, fk, score - %s FROM (%s) other_order
        ) either_order
        GROUP BY id, lk, fk"""
        .formatted(
            byName(readings.get(0), 0, filters), OTHER_ORDER, byName(readings.get(1), 1, filters));
  }

  /**
   * People found by one reading of the name. With two names, both must be like the typed ones;
   * pairs of known names are looked up in the (last, first) index. With one word, it may be any of
   * the person's names.
   */
  private static String byName(Keys keys, int i, List<String> filters) {
    // LATERAL ... OFFSET 0 keeps the planner to one index look-up per known name (or pair of
    // names): there are a few dozen of them, while a join might scan every person.
    String where = filters.isEmpty() ? "" : " AND " + String.join(" AND ", filters);
    if (keys.first().isPresent()) {
      return """
          SELECT p.id, p.lk, p.fk, 2 * l.s + f.s AS score
          FROM last_like%2$d l CROSS JOIN first_like%2$d f
          CROSS JOIN LATERAL (
            SELECT p.id, p.last_name_key AS lk, p.first_name_key AS fk FROM person p
            WHERE p.last_name_key = l.key AND p.first_name_key = f.key%1$s OFFSET 0) p
          UNION ALL
          SELECT p.id, p.lk, p.fk, 2 * l.s + f.s
          FROM last_like%2$d l CROSS JOIN first_like%2$d f
          CROSS JOIN LATERAL (
            SELECT p.id, p.last_name_key AS lk, p.first_name_key AS fk FROM person p
            WHERE p.preferred_name_key = f.key AND p.last_name_key = l.key%1$s OFFSET 0) p
          WHERE p.fk NOT IN (SELECT key FROM first_like%2$d)"""
          .formatted(where, i);
    }
    return """
        SELECT p.id, p.lk, p.fk, l.s AS score
        FROM last_like%3$d l CROSS JOIN LATERAL (
          SELECT p.id, p.last_name_key AS lk, p.first_name_key AS fk FROM person p
          WHERE p.last_name_key = l.key%1$s OFFSET 0) p
        UNION ALL
        SELECT p.id, p.lk, p.fk, %2$s * f.s
        FROM first_like%3$d f CROSS JOIN LATERAL (
          SELECT p.id, p.last_name_key AS lk, p.first_name_key AS fk FROM person p
          WHERE p.first_name_key = f.key%1$s OFFSET 0) p
        WHERE p.lk NOT IN (SELECT key FROM last_like%3$d)
        UNION ALL
        SELECT p.id, p.lk, p.fk, %2$s * f.s
        FROM first_like%3$d f CROSS JOIN LATERAL (
          SELECT p.id, p.last_name_key AS lk, p.first_name_key AS fk FROM person p
          WHERE p.preferred_name_key = f.key%1$s OFFSET 0) p
        WHERE p.lk NOT IN (SELECT key FROM last_like%3$d)
          AND p.fk NOT IN (SELECT key FROM first_like%3$d)"""
        .formatted(where, FIRST_NAME_ALONE, i);
  }

  /**
   * People found by NHS number, date of birth or postcode, kept when the typed name is like any of
   * their names, in either reading: a first contact may get one name wrong, and these criteria are
   * specific already.
   */
  private static String namesAmongExact(List<Keys> readings, List<String> filters) {
    List<String> scores = new ArrayList<>();
    List<String> joins = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (int i = 0; i < readings.size(); i++) {
      boolean twoNames = readings.get(i).first().isPresent();
      String firstWeight = twoNames ? "1" : String.valueOf(FIRST_NAME_ALONE);
      String lastWeight = twoNames ? "2" : "1";
      scores.add(
          "%2$s * coalesce(l%1$d.s, 0) + %3$s * greatest(coalesce(f%1$d.s, 0), coalesce(pf%1$d.s, 0))"
                  .formatted(i, lastWeight, firstWeight)
              + (i == 0 ? "" : " - " + OTHER_ORDER));
      joins.add(
          """
          LEFT JOIN last_like%1$d l%1$d ON l%1$d.key = p.last_name_key
          LEFT JOIN first_like%1$d f%1$d ON f%1$d.key = p.first_name_key
          LEFT JOIN first_like%1$d pf%1$d ON pf%1$d.key = p.preferred_name_key"""
              .formatted(i));
      found.add(
          "l%1$d.key IS NOT NULL OR f%1$d.key IS NOT NULL OR pf%1$d.key IS NOT NULL".formatted(i));
    }
    return """
        SELECT p.id, p.last_name_key AS lk, p.first_name_key AS fk,
               greatest(%s) AS score
        FROM person p
        %s
        WHERE %s
          AND (%s)"""
        .formatted(
            String.join(",\n                        ", scores),
            String.join("\n", joins),
            String.join(" AND ", filters),
            String.join(" OR ", found));
  }
}
