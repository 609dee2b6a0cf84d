package org.strengths.access;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the audit log of one person, newest first, a page at a time. */
@Service
class AuditTrail {

  static final int PAGE_SIZE = 50;

  private final JdbcClient jdbc;

  AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long count(UUID personId) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE person_id = :person")
        .param("person", personId)
        .query(Long.class)
        .single();
  }

  /** Page {@code page} (from 1) of the person's entries, newest first. */
  List<Entry> page(UUID personId, int page) {
    return jdbc.sql(
            """
            SELECT seq, occurred_at, staff_id, username, role, section, action, reason, ip_address
            FROM audit_entry WHERE person_id = :person
            ORDER BY seq DESC LIMIT :limit OFFSET :offset
            """)
        .param("person", personId)
        .param("limit", PAGE_SIZE)
        .param("offset", (long) (page - 1) * PAGE_SIZE)
        .query(
            (rs, row) ->
                new Entry(
                    rs.getLong("seq"),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("staff_id", UUID.class),
                    rs.getString("username"),
                    rs.getString("role"),
                    rs.getString("section"),
                    rs.getString("action"),
                    rs.getString("reason"),
                    rs.getString("ip_address")))
        .list();
  }

  record Entry(
      long seq,
      Instant occurredAt,
      UUID staffId,
      String username,
      String role,
      String section,
      String action,
      String reason,
      String ipAddress) {}
}
