package org.strengths.practice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Workers' learning records and the statements each supports, in SQL. */
@Repository
class LearningStore {

  private final JdbcClient jdbc;

  LearningStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A learning record with the ids of the statements it supports. */
  record Learning(
      UUID id,
      LearningKind kind,
      String title,
      LocalDate heldOn,
      BigDecimal hours,
      String learned,
      List<UUID> statements) {}

  void insert(UUID id, UUID workerId, LearningRules.Checked learning, String by, Instant at) {
    jdbc.sql(
            """
            INSERT INTO practice_learning (id, worker_id, kind, title, held_on, hours, learned,
              created_at, created_by)
            VALUES (:id, :worker, :kind, :title, :on, :hours, :learned, :at, :by)
            """)
        .param("id", id)
        .param("worker", workerId)
        .param("kind", learning.kind().name())
        .param("title", learning.title())
        .param("on", learning.heldOn())
        .param("hours", learning.hours())
        .param("learned", learning.learned())
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .param("by", by)
        .update();
    for (UUID statement : learning.statements()) {
      jdbc.sql(
              "INSERT INTO practice_learning_statement (learning_id, statement_id)"
                  + " VALUES (:id, :statement)")
          .param("id", id)
          .param("statement", statement)
          .update();
    }
  }

  /** A worker's learning, newest first. */
  List<Learning> of(UUID workerId) {
    Map<UUID, List<UUID>> supports = new HashMap<>();
    jdbc.sql(
            """
            SELECT s.learning_id, s.statement_id FROM practice_learning_statement s
            JOIN practice_learning l ON l.id = s.learning_id WHERE l.worker_id = :worker
            """)
        .param("worker", workerId)
        .query(
            rs -> {
              supports
                  .computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                  .add(rs.getObject(2, UUID.class));
            });
    return jdbc.sql(
            "SELECT id, kind, title, held_on, hours, learned FROM practice_learning"
                + " WHERE worker_id = :worker ORDER BY held_on DESC, title")
        .param("worker", workerId)
        .query(
            (rs, row) -> {
              UUID id = rs.getObject(1, UUID.class);
              return new Learning(
                  id,
                  LearningKind.valueOf(rs.getString(2)),
                  rs.getString(3),
                  rs.getObject(4, LocalDate.class),
                  rs.getBigDecimal(5),
                  rs.getString(6),
                  supports.getOrDefault(id, List.of()));
            })
        .list();
  }
}
