package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit log: who (and their role), when, which person, what (section and action),
 * why (for break-glass) and from where. Call it for every view and change of personal data.
 */
@Service
public class AuditLog {

  // Serialises appends so that each entry chains to exactly one predecessor.
  private static final long CHAIN_LOCK = 0x5354524e47544853L;

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records that the signed-in member of staff did {@code action} to {@code section}. */
  @Transactional
  public void record(UUID personId, String section, String action) {
    record(personId, section, action, null, null);
  }

  /** As {@link #record(UUID, String, String)}, with a reason and a short non-identifying detail. */
  @Transactional
  public void record(UUID personId, String section, String action, String reason, String detail) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    StaffMember staff =
        authentication != null && authentication.getPrincipal() instanceof StaffMember member
            ? member
            : null;
    append(
        staff == null ? null : staff.id(),
        staff == null ? "anonymous" : staff.getUsername(),
        staff == null ? "NONE" : staff.role().name(),
        personId,
        section,
        action,
        reason,
        detail,
        clientAddress());
  }

  /**
   * Records that the person, signed in to their own pages (the portal), did {@code action} to
   * {@code section} of their own record: the entry names no member of staff, and its role is {@code
   * PERSON}. When the one signed in acts for the person (their sign-in carries {@link ActingFor}),
   * the entry names them instead, with the role {@code REPRESENTATIVE}.
   */
  @Transactional
  public void recordByThePerson(UUID personId, String section, String action, String detail) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getDetails() instanceof ActingFor acting) {
      recordBy(acting, personId, section, action, detail);
      return;
    }
    append(null, "person", "PERSON", personId, section, action, null, detail, clientAddress());
  }

  /**
   * Records that someone signed in to their own pages, not the person, saw or did {@code action} to
   * {@code section} of the person's record: named as {@code who} says.
   */
  @Transactional
  public void recordBy(ActingFor who, UUID personId, String section, String action, String detail) {
    append(
        null,
        who.attribution(),
        who.role(),
        personId,
        section,
        action,
        null,
        detail,
        clientAddress());
  }

  private void append(
      UUID staffId,
      String username,
      String role,
      UUID personId,
      String section,
      String action,
      String reason,
      String detail,
      String ip) {
    jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query().singleValue();
    var last =
        jdbc.sql("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
            .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .optional();
    long seq = last.map(l -> (Long) l[0] + 1).orElse(1L);
    String previousHash = last.map(l -> (String) l[1]).orElse(AuditChain.GENESIS);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    var entry =
        new AuditChain.Entry(
            seq, now, staffId, username, role, personId, section, action, reason, detail, ip);
    jdbc.sql(
            """
            INSERT INTO audit_entry (seq, occurred_at, staff_id, username, role, person_id, section,
              action, reason, detail, ip_address, previous_hash, hash)
            VALUES (:seq, :at, :staff, :username, :role, :person, :section, :action, :reason,
              :detail, :ip, :previous, :hash)
            """)
        .param("seq", seq)
        .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .param("staff", staffId)
        .param("username", username)
        .param("role", role)
        .param("person", personId)
        .param("section", section)
        .param("action", action)
        .param("reason", reason)
        .param("detail", detail)
        .param("ip", ip)
        .param("previous", previousHash)
        .param("hash", AuditChain.hash(previousHash, entry))
        .update();
  }

  private static String clientAddress() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
        ? remoteAddress(servlet.getRequest())
        : null;
  }

  private static String remoteAddress(HttpServletRequest request) {
    // Behind a proxy, server.forward-headers-strategy=native makes this the client's address.
    return request.getRemoteAddr();
  }
}
