package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit log: who (and their role), when, which person, what (section and action),
 * why (for break-glass) and from where. Call it for every view and change of personal data.
 */
@Service
public class AuditLog {

  // Serialises appends so that each entry chains to exactly one predecessor.
  static final long CHAIN_LOCK = 0x5354524e47544853L;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate afterwards;

  AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.afterwards = new TransactionTemplate(transactions);
    this.afterwards.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        new Unwritten(
            staff == null ? null : staff.id(),
            staff == null ? "anonymous" : staff.getUsername(),
            staff == null ? "NONE" : staff.role().name(),
            personId,
            section,
            action,
            reason,
            detail,
            clientAddress()));
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
    append(
        new Unwritten(
            null, "person", "PERSON", personId, section, action, null, detail, clientAddress()));
  }

  /**
   * Records that someone signed in to their own pages, not the person, saw or did {@code action} to
   * {@code section} of the person's record: named as {@code who} says.
   */
  @Transactional
  public void recordBy(ActingFor who, UUID personId, String section, String action, String detail) {
    append(
        new Unwritten(
            null,
            who.attribution(),
            who.role(),
            personId,
            section,
            action,
            null,
            detail,
            clientAddress()));
  }

  // Always inside a transaction: every public method that reaches it is @Transactional.
  private void append(Unwritten entry) {
    TransactionSynchronizationManager.getSynchronizations().stream()
        .filter(EntriesAtCommit.class::isInstance)
        .map(EntriesAtCommit.class::cast)
        .findFirst()
        .orElseGet(this::entriesAtCommit)
        .add(entry);
  }

  private EntriesAtCommit entriesAtCommit() {
    var entries = new EntriesAtCommit();
    TransactionSynchronizationManager.registerSynchronization(entries);
    return entries;
  }

  /** An entry not yet on the chain: who, which person, what and from where. */
  private record Unwritten(
      UUID staffId,
      String username,
      String role,
      UUID personId,
      String section,
      String action,
      String reason,
      String detail,
      String ip) {

    AuditChain.Entry chained(long seq, Instant at) {
      return new AuditChain.Entry(
          seq, at, staffId, username, role, personId, section, action, reason, detail, ip);
    }
  }

  /**
   * The entries of one transaction, chained just before it commits (docs/adr/0183): the chain's
   * lock is then held for the appends and the commit, not for the rest of the transaction's work.
   */
  private final class EntriesAtCommit implements TransactionSynchronization {

    private final List<Unwritten> entries = new ArrayList<>();
    private boolean written;

    void add(Unwritten entry) {
      if (written) {
        write(List.of(entry)); // recorded by work that runs while the transaction commits
      } else {
        entries.add(entry);
      }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      written = true;
      write(entries);
    }

    @Override
    public void afterCompletion(int status) {
      if (status == STATUS_COMMITTED && !written) {
        // Recorded while the transaction committed, too late to join it: chain them straight after.
        afterwards.executeWithoutResult(transaction -> write(entries));
      }
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE; // after other work before the commit, which may audit too
    }
  }

  private void write(List<Unwritten> entries) {
    jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query().singleValue();
    var last =
        jdbc.sql("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
            .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .optional();
    long seq = last.map(l -> (Long) l[0]).orElse(0L);
    String previousHash = last.map(l -> (String) l[1]).orElse(AuditChain.GENESIS);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    for (Unwritten unwritten : entries) {
      seq++;
      previousHash = insert(unwritten.chained(seq, now), previousHash);
    }
  }

  private String insert(AuditChain.Entry entry, String previousHash) {
    String hash = AuditChain.hash(previousHash, entry);
    jdbc.sql(
            """
            INSERT INTO audit_entry (seq, occurred_at, staff_id, username, role, person_id, section,
              action, reason, detail, ip_address, previous_hash, hash)
            VALUES (:seq, :at, :staff, :username, :role, :person, :section, :action, :reason,
              :detail, :ip, :previous, :hash)
            """)
        .param("seq", entry.seq())
        .param("at", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
        .param("staff", entry.staffId())
        .param("username", entry.username())
        .param("role", entry.role())
        .param("person", entry.personId())
        .param("section", entry.section())
        .param("action", entry.action())
        .param("reason", entry.reason())
        .param("detail", entry.detail())
        .param("ip", entry.ipAddress())
        .param("previous", previousHash)
        .param("hash", hash)
        .update();
    return hash;
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
