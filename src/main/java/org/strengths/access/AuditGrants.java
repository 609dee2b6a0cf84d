package org.strengths.access;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case-file audit access (docs/adr/0140): a practitioner or manager chosen to audit or moderate a
 * sample of records may open exactly those records, and only until the audit closes or its time
 * limit passes, whichever is first. {@link PersonAccess} consults the grants only when no working
 * relationship admits the member of staff; every view is audited as usual.
 */
@Service
public class AuditGrants {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  AuditGrants(JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Opens each of the people's records to the member of staff for the audit, until {@code until}.
   */
  @Transactional
  public void grant(UUID auditId, UUID staffId, Collection<UUID> personIds, Instant until) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    for (UUID personId : personIds) {
      jdbc.sql(
              """
              INSERT INTO access_audit_grant (audit_id, staff_id, person_id, granted_at, until)
              VALUES (:audit, :staff, :person, :now, :until)
              ON CONFLICT (audit_id, staff_id, person_id)
                DO UPDATE SET until = EXCLUDED.until, ended_at = NULL
              """)
          .param("audit", auditId)
          .param("staff", staffId)
          .param("person", personId)
          .param("now", now)
          .param("until", until.atOffset(ZoneOffset.UTC))
          .update();
      audit.record(
          personId, "case-file-audit", "grant", null, "audit " + auditId + " to " + staffId);
    }
  }

  /** Ends every grant of the audit now: its records close to its auditors. */
  @Transactional
  public void end(UUID auditId) {
    jdbc.sql(
            "UPDATE access_audit_grant SET ended_at = :now"
                + " WHERE audit_id = :audit AND ended_at IS NULL")
        .param("audit", auditId)
        .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .update();
  }

  /** Whether a grant of any open audit lets the member of staff see the person now. */
  public boolean active(UUID staffId, UUID personId) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM access_audit_grant
              WHERE staff_id = :staff AND person_id = :person AND ended_at IS NULL
                AND until > :now)
            """)
        .param("staff", staffId)
        .param("person", personId)
        .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .query(Boolean.class)
        .single();
  }

  /** Whether a grant of this audit lets the member of staff see the person now. */
  public boolean active(UUID auditId, UUID staffId, UUID personId) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM access_audit_grant
              WHERE audit_id = :audit AND staff_id = :staff AND person_id = :person
                AND ended_at IS NULL AND until > :now)
            """)
        .param("audit", auditId)
        .param("staff", staffId)
        .param("person", personId)
        .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .query(Boolean.class)
        .single();
  }
}
