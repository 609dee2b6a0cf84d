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
          Keys keys = keys(query);
          if (query.hasName() && keys.last().isEmpty()) {
            // Typed in a script the keys cannot hold: nothing to compare names with.
            return new Page(List.of(), 0);
          }
          Page found = run(query, keys, page);
          if (found.rows().isEmpty() && page > 0) {
            // Past the last page: the total still tells the page where the last one is.
            return new Page(found.rows(), run(query, keys, 0).total());
          }
          return found;
        });
  }

  /** The typed names as keys, normalised by the same function as the stored ones. */
  record Keys(Optional<String> first, Optional<String> last) {}

  private Keys keys(SearchQuery query) {
    // Settings for this transaction only. Planning these statements takes longer than running
    // them, and their shape (small CTEs, one index look-up per known name) suits every input, so
    // once prepared, a statement keeps its generic plan.
    return jdbc.sql(
            """
            SELECT set_config('pg_trgm.similarity_threshold', :threshold, true),
                   set_config('plan_cache_mode', 'force_generic_plan', true),
                   person_name_key(:first) AS first, person_name_key(:last) AS last
            """)
        .param("threshold", Double.toString(NAME_SIMILARITY))
        .param("first", query.firstName().orElse(null))
        .param("last", query.lastName().orElse(null))
        .query((rs, n) -> new Keys(nonBlank(rs.getString("first")), nonBlank(rs.getString("last"))))
        .single();
  }

  private static Optional<String> nonBlank(String key) {
    return Optional.ofNullable(key).filter(k -> !k.isBlank());
  }

  private Page run(SearchQuery query, Keys keys, int page) {
    Map<String, Object> params = new HashMap<>();
    keys.first().ifPresent(first -> putKey(params, "first", first));
    keys.last().ifPresent(last -> putKey(params, "last", last));
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
        jdbc.sql(statement(query, keys))
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

  private static String statement(SearchQuery query, Keys keys) {
    List<String> exact = exactFilters(query);
    boolean driven =
        query.nhsNumber().isPresent()
            || query.dateOfBirth().isPresent()
            || query.postcode().isPresent();
    if (!query.hasName()) {
      return exactOnly(exact);
    }
    String names = nameCandidates(keys);
    String matched = driven ? namesAmongExact(keys, exact) : byName(keys, exact);
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
   * The known names like each typed one, with their scores: {@code last_like} for the last name (or
   * the only name typed), {@code first_like} for the first name or, when one word was typed, for
   * that word as a first name.
   */
  private static String nameCandidates(Keys keys) {
    String last = "last_like AS MATERIALIZED (%s)".formatted(like("L", "last"));
    String first;
    if (keys.first().isEmpty()) {
      first = like("F", "last");
    } else if (keys.first().get().length() == 1) {
      first =
          """
          SELECT key, %s AS s FROM person_search_name
          WHERE kind = 'F' AND key >= :firstFrom AND key < :firstTo"""
              .formatted(INITIAL_SCORE);
    } else {
      first = like("F", "first");
    }
    return last + ",\nfirst_like AS MATERIALIZED (%s)".formatted(first);
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
   * People found by name alone (an outward code may narrow them). With two names, both must be like
   * the typed ones; pairs of known names are looked up in the (last, first) index. With one word,
   * it may be any of the person's names.
   */
  private static String byName(Keys keys, List<String> filters) {
    // LATERAL ... OFFSET 0 keeps the planner to one index look-up per known name (or pair of
    // names): there are a few dozen of them, while a join might scan every person.
    String where = filters.isEmpty() ? "" : " AND " + String.join(" AND ", filters);
    if (keys.first().isPresent()) {
      return """
          SELECT p.id, p.lk, p.fk, 2 * l.s + f.s AS score
          FROM last_like l CROSS JOIN first_like f
          CROSS JOIN LATERAL (
            SELECT p.id, p.last_name_key AS lk, p.first_name_key AS fk FROM person p
            WHERE p.last_name_key = l.key AND p.first_name_key = f.key%1$s OFFSET 0) p
          UNION ALL
          SELECT p.id, p.lk, p.fk, 2 * l.s + f.s
          FROM last_like l CROSS JOIN first_like f
          CROSS JOIN LATERAL (
            SELECT p.id, p.last_name_key AS lk, p.first_name_key AS fk FROM person p
            WHERE p.preferred_name_key = f.key AND p.last_name_key = l.key%1$s OFFSET 0) p
          WHERE p.fk NOT IN (SELECT key FROM first_like)"""
          .formatted(where);
    }
    return """
        SELECT p.id, p.lk, p.fk, l.s AS score
        FROM last_like l CROSS JOIN LATERAL (
          SELECT p.id, p.last_name_key AS lk, p.first_name_key AS fk FROM person p
          WHERE p.last_name_key = l.key%1$s OFFSET 0) p
        UNION ALL
        SELECT p.id, p.lk, p.fk, %2$s * f.s
        FROM first_like f CROSS JOIN LATERAL (
          SELECT p.id, p.last_name_key AS lk, p.first_name_key AS fk FROM person p
          WHERE p.first_name_key = f.key%1$s OFFSET 0) p
        WHERE p.lk NOT IN (SELECT key FROM last_like)
        UNION ALL
        SELECT p.id, p.lk, p.fk, %2$s * f.s
        FROM first_like f CROSS JOIN LATERAL (
          SELECT p.id, p.last_name_key AS lk, p.first_name_key AS fk FROM person p
          WHERE p.preferred_name_key = f.key%1$s OFFSET 0) p
        WHERE p.lk NOT IN (SELECT key FROM last_like) AND p.fk NOT IN (SELECT key FROM first_like)"""
        .formatted(where, FIRST_NAME_ALONE);
  }

  /**
   * People found by NHS number, date of birth or postcode, kept when the typed name is like any of
   * their names: a first contact may get one name wrong, and these criteria are specific already.
   */
  private static String namesAmongExact(Keys keys, List<String> filters) {
    String firstWeight = keys.first().isPresent() ? "1" : String.valueOf(FIRST_NAME_ALONE);
    String lastWeight = keys.first().isPresent() ? "2" : "1";
    return """
        SELECT p.id, p.last_name_key AS lk, p.first_name_key AS fk,
               %3$s * coalesce(l.s, 0) + %2$s * greatest(coalesce(f.s, 0), coalesce(pf.s, 0))
                 AS score
        FROM person p
        LEFT JOIN last_like l ON l.key = p.last_name_key
        LEFT JOIN first_like f ON f.key = p.first_name_key
        LEFT JOIN first_like pf ON pf.key = p.preferred_name_key
        WHERE %1$s
          AND (l.key IS NOT NULL OR f.key IS NOT NULL OR pf.key IS NOT NULL)"""
        .formatted(String.join(" AND ", filters), firstWeight, lastWeight);
  }
}
