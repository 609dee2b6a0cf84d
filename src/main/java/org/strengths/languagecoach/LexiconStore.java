package org.strengths.languagecoach;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The language coach's terms as admins keep them. */
@Repository
class LexiconStore {

  /** A stored term. */
  record Entry(
      UUID id,
      String term,
      String suggestion,
      String explanation,
      String exceptions,
      boolean active,
      Instant updatedAt,
      String updatedBy,
      int version) {

    Lexicon.Term asTerm() {
      return new Lexicon.Term(term, suggestion, explanation, Lexicon.exceptionsOf(exceptions));
    }
  }

  private final JdbcClient jdbc;

  LexiconStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Entry> all() {
    return jdbc.sql(
            "SELECT id, term, suggestion, explanation, exceptions, active, updated_at, updated_by,"
                + " version FROM language_lexicon ORDER BY active DESC, lower(term)")
        .query(
            (rs, n) ->
                new Entry(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBoolean(6),
                    rs.getObject(7, OffsetDateTime.class).toInstant(),
                    rs.getString(8),
                    rs.getInt(9)))
        .list();
  }

  /**
   * Changes whenever a term is added or changed (every change adds one to its version): compared by
   * each instance to notice an admin's change made on another.
   */
  String stamp() {
    return jdbc.sql(
            "SELECT count(*) || ':' || md5(coalesce(string_agg(id || ':' || version, ','"
                + " ORDER BY id), '')) FROM language_lexicon")
        .query(String.class)
        .single();
  }

  List<Entry> active() {
    return all().stream().filter(Entry::active).toList();
  }

  Optional<Entry> find(UUID id) {
    return all().stream().filter(entry -> entry.id().equals(id)).findFirst();
  }

  boolean termTaken(String term, UUID except) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM language_lexicon WHERE lower(term) = lower(:term)"
                + " AND (CAST(:except AS uuid) IS NULL OR id <> :except))")
        .param("term", term)
        .param("except", except)
        .query(Boolean.class)
        .single();
  }

  void insert(
      UUID id, String term, String suggestion, String explanation, String exceptions, String by) {
    jdbc.sql(
            """
            INSERT INTO language_lexicon (id, term, suggestion, explanation, exceptions, active,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :term, :suggestion, :explanation, :exceptions, true, now(), :by, now(), :by)
            """)
        .param("id", id)
        .param("term", term)
        .param("suggestion", suggestion)
        .param("explanation", explanation)
        .param("exceptions", exceptions == null ? "" : exceptions)
        .param("by", by)
        .update();
  }

  boolean update(
      UUID id,
      int versionSeen,
      String term,
      String suggestion,
      String explanation,
      String exceptions,
      boolean active,
      String by) {
    return jdbc.sql(
                """
                UPDATE language_lexicon SET term = :term, suggestion = :suggestion,
                  explanation = :explanation, exceptions = :exceptions, active = :active,
                  updated_at = now(), updated_by = :by, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("id", id)
            .param("version", versionSeen)
            .param("term", term)
            .param("suggestion", suggestion)
            .param("explanation", explanation)
            .param("exceptions", exceptions == null ? "" : exceptions)
            .param("active", active)
            .param("by", by)
            .update()
        == 1;
  }
}
