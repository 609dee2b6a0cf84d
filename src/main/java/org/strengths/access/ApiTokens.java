package org.strengths.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API. The secret is shown once when issued; only its SHA-256 hash is kept,
 * so the secrets carry 256 random bits and need no slow hash. A token acts as the member of staff
 * it was issued to, with their role and team, until it is revoked or their account is disabled.
 */
@Service
class ApiTokens {

  static final String PREFIX = "stk_";
  static final int MAX_LABEL = 100;
  // Recording every use would write on every API call; a minute is precise enough to see activity.
  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  private final SecureRandom random = new SecureRandom();
  private final JdbcClient jdbc;
  private final Clock clock;

  ApiTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Issues a token and returns its secret, which is not kept anywhere. */
  @Transactional
  String issue(UUID staffId, String label, StaffMember issuer) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql(
            """
            INSERT INTO access_api_token (id, staff_id, label, token_hash, created_at, created_by)
            VALUES (:id, :staff, :label, :hash, :at, :by)
            """)
        .param("id", UUID.randomUUID())
        .param("staff", staffId)
        .param("label", label)
        .param("hash", hash(secret))
        .param("at", now())
        .param("by", issuer.id())
        .update();
    return secret;
  }

  /** The member of staff a live token acts for; empty for unknown or revoked tokens. */
  @Transactional
  Optional<StaffMember> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    var found =
        jdbc.sql(
                """
                SELECT t.id AS token_id, s.id, s.username, s.display_name, s.role, s.team_id
                FROM access_api_token t JOIN access_staff s ON s.id = t.staff_id
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND s.enabled
                  AND s.role <> 'PARTNER'
                """)
            .param("hash", hash(secret))
            .query(
                (rs, row) ->
                    new Object[] {
                      rs.getObject("token_id", UUID.class),
                      StaffMember.of(
                          rs.getObject("id", UUID.class),
                          rs.getString("username"),
                          rs.getString("display_name"),
                          Role.valueOf(rs.getString("role")),
                          rs.getObject("team_id", UUID.class))
                    })
            .optional();
    found.ifPresent(token -> markUsed((UUID) token[0]));
    return found.map(token -> (StaffMember) token[1]);
  }

  private void markUsed(UUID tokenId) {
    Instant now = clock.instant();
    jdbc.sql(
            """
            UPDATE access_api_token SET last_used_at = :now
            WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :stale)
            """)
        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .param("stale", OffsetDateTime.ofInstant(now.minus(LAST_USED_PRECISION), ZoneOffset.UTC))
        .param("id", tokenId)
        .update();
  }

  List<Token> all() {
    return jdbc.sql(TOKENS + " ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC, t.label")
        .query((rs, row) -> token(rs))
        .list();
  }

  Optional<Token> find(UUID id) {
    return jdbc.sql(TOKENS + " WHERE t.id = :id")
        .param("id", id)
        .query((rs, row) -> token(rs))
        .optional();
  }

  private static final String TOKENS =
      """
      SELECT t.id, t.label, s.display_name, s.username, t.created_at, t.last_used_at, t.revoked_at
      FROM access_api_token t JOIN access_staff s ON s.id = t.staff_id
      """;

  private static Token token(ResultSet rs) throws SQLException {
    return new Token(
        rs.getObject("id", UUID.class),
        rs.getString("label"),
        rs.getString("display_name"),
        rs.getString("username"),
        instant(rs.getObject("created_at", OffsetDateTime.class)),
        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
        instant(rs.getObject("revoked_at", OffsetDateTime.class)));
  }

  /** Returns false when there is no such live token. */
  @Transactional
  boolean revoke(UUID id, StaffMember by) {
    return jdbc.sql(
                """
                UPDATE access_api_token SET revoked_at = :at, revoked_by = :by
                WHERE id = :id AND revoked_at IS NULL
                """)
            .param("at", now())
            .param("by", by.id())
            .param("id", id)
            .update()
        == 1;
  }

  /** Who a token may be issued to: every enabled account except partners, who have no API. */
  List<Holder> holders() {
    return jdbc.sql(
            """
            SELECT id, display_name, username, role FROM access_staff
            WHERE enabled AND role <> 'PARTNER'
            ORDER BY display_name, username
            """)
        .query(
            (rs, row) ->
                new Holder(
                    rs.getObject("id", UUID.class),
                    rs.getString("display_name"),
                    rs.getString("username"),
                    Role.valueOf(rs.getString("role"))))
        .list();
  }

  static String hash(String secret) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  record Token(
      UUID id,
      String label,
      String holderName,
      String holderUsername,
      Instant createdAt,
      Instant lastUsedAt,
      Instant revokedAt) {

    boolean revoked() {
      return revokedAt != null;
    }
  }

  record Holder(UUID id, String displayName, String username, Role role) {}
}
