package org.strengths.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statements practitioners assess themselves against, in SQL. */
@Repository
class StatementStore {

  private static final String SELECT =
      "SELECT id, framework, code, title, position, source, wording, wording_licence,"
          + " wording_loaded_at, wording_loaded_by, version FROM practice_statement";

  private final JdbcClient jdbc;

  StatementStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every statement, the Knowledge and Skills Statement first, in their own order. */
  List<Statement> all() {
    return jdbc.sql(SELECT + " ORDER BY position, code").query((rs, row) -> statement(rs)).list();
  }

  Optional<Statement> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE id = :id")
        .param("id", id)
        .query((rs, row) -> statement(rs))
        .optional();
  }

  /**
   * Loads (or clears, with nulls) a statement's full wording and its licence, unless someone else
   * changed it since {@code versionSeen}; whether it was saved.
   */
  boolean loadWording(
      UUID id, String wording, String licence, int versionSeen, String by, Instant at) {
    return jdbc.sql(
                """
                UPDATE practice_statement SET wording = :wording, wording_licence = :licence,
                  wording_loaded_at = :at, wording_loaded_by = :by, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("id", id)
            .param("wording", wording)
            .param("licence", licence)
            .param("at", wording == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
            .param("by", wording == null ? null : by)
            .param("version", versionSeen)
            .update()
        == 1;
  }

  private static Statement statement(ResultSet rs) throws SQLException {
    OffsetDateTime loaded = rs.getObject(9, OffsetDateTime.class);
    return new Statement(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getInt(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        loaded == null ? null : loaded.toInstant(),
        rs.getString(10),
        rs.getInt(11));
  }
}
