package org.strengths.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Recomputes every hash of the audit log in sequence order. Reads in batches by sequence number so
 * that memory stays flat however long the log grows.
 */
@Service
class AuditChainVerification {

  static final int BATCH_SIZE = 1000;

  private final JdbcClient jdbc;

  AuditChainVerification(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  AuditChain.Verification verify() {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    long after = 0;
    List<AuditChain.Stored> batch;
    do {
      batch = batchAfter(after);
      for (AuditChain.Stored stored : batch) {
        if (!verifier.accept(stored)) {
          return verifier.result();
        }
        after = stored.entry().seq();
      }
    } while (batch.size() == BATCH_SIZE);
    return verifier.result();
  }

  private List<AuditChain.Stored> batchAfter(long seq) {
    return jdbc.sql(
            """
            SELECT seq, occurred_at, staff_id, username, role, person_id, section, action, reason,
              detail, ip_address, previous_hash, hash
            FROM audit_entry WHERE seq > :after ORDER BY seq LIMIT :limit
            """)
        .param("after", seq)
        .param("limit", BATCH_SIZE)
        .query((rs, row) -> stored(rs))
        .list();
  }

  private static AuditChain.Stored stored(ResultSet rs) throws SQLException {
    var entry =
        new AuditChain.Entry(
            rs.getLong("seq"),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            rs.getObject("staff_id", UUID.class),
            rs.getString("username"),
            rs.getString("role"),
            rs.getObject("person_id", UUID.class),
            rs.getString("section"),
            rs.getString("action"),
            rs.getString("reason"),
            rs.getString("detail"),
            rs.getString("ip_address"));
    return new AuditChain.Stored(entry, rs.getString("previous_hash"), rs.getString("hash"));
  }
}
