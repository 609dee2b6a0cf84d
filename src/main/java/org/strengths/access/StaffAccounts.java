package org.strengths.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: sign-in look-up, lockout after repeated failures, and names for display. */
@Service
public class StaffAccounts implements UserDetailsService, UserDetailsPasswordService {

  static final int MAX_FAILED_ATTEMPTS = 5;
  static final Duration LOCKOUT = Duration.ofMinutes(15);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final PasswordEncoder passwords;

  /**
   * The demo password hashed once and shared by every demo account: hashing it for each of the
   * eleven accounts cost most of a second of a first start (docs/adr/0070).
   */
  private volatile String demoPasswordHash;

  StaffAccounts(JdbcClient jdbc, Clock clock, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.passwords = passwords;
  }

  /**
   * Adds an account of the fictional demo council, with the demo password that a production start
   * refuses; or finds the account with this username.
   *
   * @param teamId null for staff outside the teams
   * @param organisationId the partner organisation, for {@link Role#PARTNER} accounts only
   */
  @Transactional
  public UUID addDemoAccount(
      String username, String displayName, Role role, UUID teamId, UUID organisationId) {
    return jdbc.sql("SELECT id FROM access_staff WHERE username = :username")
        .param("username", username)
        .query(UUID.class)
        .optional()
        .orElseGet(
            () -> {
              UUID id = UUID.randomUUID();
              StaffSetup.insert(
                  jdbc,
                  id,
                  username,
                  displayName,
                  role,
                  teamId,
                  organisationId,
                  demoPasswordHash());
              return id;
            });
  }

  private String demoPasswordHash() {
    String hash = demoPasswordHash;
    if (hash == null) {
      hash = passwords.encode(StaffSetup.DEMO_PASSWORD);
      demoPasswordHash = hash;
    }
    return hash;
  }

  /** Whether an account (enabled or not) has this username. */
  public boolean usernameTaken(String username) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_staff WHERE username = :username)")
        .param("username", username.trim().toLowerCase())
        .query(Boolean.class)
        .single();
  }

  @Override
  public StaffMember loadUserByUsername(String username) {
    return jdbc.sql(
            """
            SELECT id, username, display_name, role, team_id, organisation_id, password_hash,
              locked_until
            FROM access_staff WHERE username = :username AND enabled
            """)
        .param("username", username.trim().toLowerCase())
        .query(
            (rs, row) -> {
              OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
              boolean locked =
                  lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
              return new StaffMember(
                  rs.getObject("id", UUID.class),
                  rs.getString("username"),
                  rs.getString("display_name"),
                  Role.valueOf(rs.getString("role")),
                  rs.getObject("team_id", UUID.class),
                  rs.getObject("organisation_id", UUID.class),
                  rs.getString("password_hash"),
                  locked);
            })
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("No such account"));
  }

  /**
   * The account that a single sign-on claim names (docs/adr/0060): the one whose sign-in id is
   * exactly this value, else the one whose username is this value (in any case) and that has no
   * sign-in id of its own. Disabled and locked accounts are found too, so that the person can be
   * told why they cannot come in.
   */
  Optional<SingleSignOnAccount> findForSingleSignOn(String claimValue) {
    if (claimValue == null || claimValue.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            SELECT id, username, display_name, role, team_id, organisation_id, locked_until,
              enabled
            FROM access_staff
            WHERE sign_in_id = :value OR (sign_in_id IS NULL AND username = :username)
            ORDER BY sign_in_id IS NOT NULL DESC
            LIMIT 1
            """)
        .param("value", claimValue)
        .param("username", claimValue.trim().toLowerCase(java.util.Locale.ROOT))
        .query(
            (rs, row) -> {
              OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
              boolean locked =
                  lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
              StaffMember staff =
                  new StaffMember(
                      rs.getObject("id", UUID.class),
                      rs.getString("username"),
                      rs.getString("display_name"),
                      Role.valueOf(rs.getString("role")),
                      rs.getObject("team_id", UUID.class),
                      rs.getObject("organisation_id", UUID.class),
                      null,
                      locked);
              return new SingleSignOnAccount(staff, rs.getBoolean("enabled"));
            })
        .optional();
  }

  /** A member of staff found by a single sign-on claim, and whether their account is enabled. */
  record SingleSignOnAccount(StaffMember staff, boolean enabled) {}

  /**
   * Keeps the new hash of a password that was just checked at sign-in, when the stored hash was
   * made with weaker settings than today's (docs/adr/0080): Spring Security calls this after a
   * successful sign-in, so every hash moves to the current settings as its owner next signs in.
   */
  @Override
  @Transactional
  public UserDetails updatePassword(UserDetails user, String newPassword) {
    jdbc.sql("UPDATE access_staff SET password_hash = :hash WHERE username = :username")
        .param("hash", newPassword)
        .param("username", user.getUsername())
        .update();
    return loadUserByUsername(user.getUsername());
  }

  /** Counts a wrong password; a lock that has run out starts the count again from this one. */
  @Transactional
  void recordFailedSignIn(String username) {
    Instant now = clock.instant();
    jdbc.sql(
            """
            UPDATE access_staff
            SET failed_attempts = CASE WHEN locked_until <= :now THEN 1 ELSE failed_attempts + 1 END,
                locked_until = CASE
                  WHEN locked_until <= :now THEN NULL
                  WHEN failed_attempts + 1 >= :max THEN :lockedUntil
                  ELSE locked_until END
            WHERE username = :username
            """)
        .param("now", OffsetDateTime.ofInstant(now, clock.getZone()))
        .param("max", MAX_FAILED_ATTEMPTS)
        .param("lockedUntil", OffsetDateTime.ofInstant(now.plus(LOCKOUT), clock.getZone()))
        .param("username", username.trim().toLowerCase())
        .update();
  }

  @Transactional
  void recordSuccessfulSignIn(UUID staffId) {
    // Only when there is something to clear: most sign-ins follow no failure, and a write
    // waits for the disk (docs/adr/0177).
    jdbc.sql(
            "UPDATE access_staff SET failed_attempts = 0, locked_until = NULL WHERE id = :id"
                + " AND (failed_attempts <> 0 OR locked_until IS NOT NULL)")
        .param("id", staffId)
        .update();
  }

  /** Display names for the given staff ids; unknown ids are left out. */
  public Map<UUID, String> displayNames(List<UUID> staffIds) {
    if (staffIds.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql("SELECT id, display_name FROM access_staff WHERE id IN (:ids)")
        .param("ids", staffIds)
        .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  public Optional<StaffSummary> find(UUID staffId) {
    return jdbc.sql(
            "SELECT id, username, display_name, role, team_id FROM access_staff WHERE id = :id")
        .param("id", staffId)
        .query(StaffSummary.class)
        .optional();
  }

  /** Staff who can hold allocations in a team, for choosing an allocated worker. */
  public List<StaffSummary> membersOf(UUID teamId) {
    return jdbc.sql(
            """
            SELECT id, username, display_name, role, team_id FROM access_staff
            WHERE team_id = :team AND enabled AND role IN ('PRACTITIONER', 'MANAGER')
            ORDER BY display_name
            """)
        .param("team", teamId)
        .query(StaffSummary.class)
        .list();
  }

  /** Enabled staff with the role, by name (for choosing, say, a principal social worker). */
  public List<StaffSummary> withRole(Role role) {
    return jdbc.sql(
            """
            SELECT id, username, display_name, role, team_id FROM access_staff
            WHERE role = :role AND enabled ORDER BY display_name
            """)
        .param("role", role.name())
        .query(StaffSummary.class)
        .list();
  }

  /** A member of staff as other modules see them. */
  public record StaffSummary(
      UUID id, String username, String displayName, Role role, UUID teamId) {}
}
