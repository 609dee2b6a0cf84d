package org.strengths.access;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.platform.StrengthsProperties;

/**
 * On start in production: creates the first administrator from the environment, and refuses to run
 * while any account still has the demo password. (The demo council's teams and staff are added by
 * the demo module through {@link Teams#add} and {@link StaffAccounts#addDemoAccount}.)
 */
@Component
@Order(1)
class StaffSetup implements ApplicationRunner {

  static final String DEMO_PASSWORD = "strengths-demo";

  private static final Logger log = LoggerFactory.getLogger(StaffSetup.class);

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final StrengthsProperties properties;
  private final String bootstrapAdminUsername;
  private final String bootstrapAdminPassword;
  private final String bootstrapAdminSignInId;
  private final SignInProperties signIn;

  StaffSetup(
      JdbcClient jdbc,
      PasswordEncoder passwords,
      StrengthsProperties properties,
      SignInProperties signIn,
      @Value("${strengths.bootstrap-admin.username:}") String bootstrapAdminUsername,
      @Value("${strengths.bootstrap-admin.password:}") String bootstrapAdminPassword,
      @Value("${strengths.bootstrap-admin.sign-in-id:}") String bootstrapAdminSignInId) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.properties = properties;
    this.signIn = signIn;
    this.bootstrapAdminUsername = bootstrapAdminUsername;
    this.bootstrapAdminPassword = bootstrapAdminPassword;
    this.bootstrapAdminSignInId = bootstrapAdminSignInId;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (properties.demo()) {
      return;
    }
    // Two instances starting together on an empty database would both see no accounts; the lock
    // (held until this transaction ends) lets one create the administrator and the other see it.
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('access-bootstrap-admin'))")
        .query()
        .singleValue();
    boolean empty = jdbc.sql("SELECT count(*) FROM access_staff").query(Long.class).single() == 0;
    if (empty && !bootstrapAdminUsername.isBlank()) {
      createBootstrapAdmin();
    }
    refuseDemoPasswords();
  }

  static void insert(
      JdbcClient jdbc,
      UUID id,
      String username,
      String name,
      Role role,
      UUID teamId,
      UUID organisationId,
      String hash) {
    jdbc.sql(
            """
            INSERT INTO access_staff (id, username, display_name, password_hash, role, team_id,
              organisation_id)
            VALUES (:id, :username, :name, :hash, :role, :team, :organisation)
            """)
        .param("id", id)
        .param("username", username)
        .param("name", name)
        .param("hash", hash)
        .param("role", role.name())
        .param("team", teamId)
        .param("organisation", organisationId)
        .update();
  }

  /**
   * With local passwords on, the first administrator signs in with the password given. With them
   * off (single sign-on only) no password is needed: the account gets a random one nobody knows,
   * and the administrator signs in at the provider, matched by their username (for example their
   * email address) or by {@code strengths.bootstrap-admin.sign-in-id} (docs/adr/0060).
   */
  private void createBootstrapAdmin() {
    String password;
    if (signIn.localPasswords()) {
      if (bootstrapAdminPassword.length() < 12) {
        throw new IllegalStateException(
            "strengths.bootstrap-admin.password must be at least 12 characters");
      }
      password = bootstrapAdminPassword;
    } else {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      password = HexFormat.of().formatHex(random);
    }
    UUID id = UUID.randomUUID();
    insert(
        jdbc,
        id,
        bootstrapAdminUsername.trim().toLowerCase(),
        "Administrator",
        Role.ADMIN,
        null,
        null,
        passwords.encode(password));
    if (!bootstrapAdminSignInId.isBlank()) {
      jdbc.sql("UPDATE access_staff SET sign_in_id = :signInId WHERE id = :id")
          .param("signInId", bootstrapAdminSignInId.trim())
          .param("id", id)
          .update();
    }
    log.info("Created the first administrator account '{}'", bootstrapAdminUsername);
  }

  private void refuseDemoPasswords() {
    List<String> usingDemoPassword =
        jdbc
            .sql("SELECT username, password_hash FROM access_staff WHERE enabled")
            .query(
                (rs, row) ->
                    passwords.matches(DEMO_PASSWORD, rs.getString("password_hash"))
                        ? rs.getString("username")
                        : null)
            .list()
            .stream()
            .filter(java.util.Objects::nonNull)
            .toList();
    if (!usingDemoPassword.isEmpty()) {
      throw new IllegalStateException(
          "Refusing to start without demo data: these accounts still have the demo password: "
              + usingDemoPassword);
    }
  }
}
