package org.strengths.access;

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
 * On start: in demo mode, fills an empty database with the fictional council's teams and staff; in
 * production, creates the first administrator from the environment and refuses to run while any
 * account still has the demo password.
 */
@Component
@Order(1)
class StaffSetup implements ApplicationRunner {

  static final String DEMO_PASSWORD = "strengths-demo";

  /**
   * The demo befriending charity "Chapeltown Befrienders" in the community directory (the same
   * value as {@code CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID}; access keeps organisation
   * ids as plain values and knows nothing of the directory).
   */
  static final UUID DEMO_PARTNER_ORGANISATION_ID =
      UUID.fromString("5b1f0c3e-7a4d-4c59-9a51-0b7e3c2d1f01");

  private static final Logger log = LoggerFactory.getLogger(StaffSetup.class);

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final StrengthsProperties properties;
  private final String bootstrapAdminUsername;
  private final String bootstrapAdminPassword;

  StaffSetup(
      JdbcClient jdbc,
      PasswordEncoder passwords,
      StrengthsProperties properties,
      @Value("${strengths.bootstrap-admin.username:}") String bootstrapAdminUsername,
      @Value("${strengths.bootstrap-admin.password:}") String bootstrapAdminPassword) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.properties = properties;
    this.bootstrapAdminUsername = bootstrapAdminUsername;
    this.bootstrapAdminPassword = bootstrapAdminPassword;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    boolean empty = jdbc.sql("SELECT count(*) FROM access_staff").query(Long.class).single() == 0;
    if (properties.demo()) {
      if (empty) {
        seedDemoCouncil();
      }
      ensureDemoPartner();
      return;
    }
    if (empty && !bootstrapAdminUsername.isBlank()) {
      createBootstrapAdmin();
    }
    refuseDemoPasswords();
  }

  private void seedDemoCouncil() {
    UUID north = team("North locality");
    UUID south = team("South locality");
    UUID hospital = team("Hospital discharge");
    String hash = passwords.encode(DEMO_PASSWORD);
    staff("practitioner", "Sam Okafor", Role.PRACTITIONER, north, hash);
    staff("manager", "Priya Shah", Role.MANAGER, north, hash);
    staff("practitioner2", "Tom Reid", Role.PRACTITIONER, south, hash);
    staff("analyst", "Alex Morgan", Role.ANALYST, null, hash);
    staff("admin", "Jo Bennett", Role.ADMIN, null, hash);
    staff("practitioner3", "Grace Evans", Role.PRACTITIONER, north, hash);
    staff("manager2", "Daniel Hughes", Role.MANAGER, south, hash);
    staff("practitioner4", "Aisha Rahman", Role.PRACTITIONER, hospital, hash);
    staff("practitioner5", "Owen Price", Role.PRACTITIONER, south, hash);
    staff("manager3", "Mark Lewis", Role.MANAGER, hospital, hash);
    log.info("Seeded the demo council: 3 teams and 10 staff (password {})", DEMO_PASSWORD);
  }

  /**
   * A partner account for the demo befriending charity. Added to existing demo databases too, which
   * were seeded before partners existed.
   */
  private void ensureDemoPartner() {
    boolean exists =
        jdbc.sql("SELECT count(*) FROM access_staff WHERE username = 'partner'")
                .query(Long.class)
                .single()
            > 0;
    if (!exists) {
      jdbc.sql(
              """
              INSERT INTO access_staff (id, username, display_name, password_hash, role,
                organisation_id)
              VALUES (:id, 'partner', 'Beth Adebayo', :hash, 'PARTNER', :organisation)
              """)
          .param("id", UUID.randomUUID())
          .param("hash", passwords.encode(DEMO_PASSWORD))
          .param("organisation", DEMO_PARTNER_ORGANISATION_ID)
          .update();
      log.info("Seeded the demo partner account 'partner' for Chapeltown Befrienders");
    }
  }

  private UUID team(String name) {
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO access_team (id, name) VALUES (:id, :name)")
        .param("id", id)
        .param("name", name)
        .update();
    return id;
  }

  private void staff(String username, String name, Role role, UUID teamId, String hash) {
    jdbc.sql(
            """
            INSERT INTO access_staff (id, username, display_name, password_hash, role, team_id)
            VALUES (:id, :username, :name, :hash, :role, :team)
            """)
        .param("id", UUID.randomUUID())
        .param("username", username)
        .param("name", name)
        .param("hash", hash)
        .param("role", role.name())
        .param("team", teamId)
        .update();
  }

  private void createBootstrapAdmin() {
    if (bootstrapAdminPassword.length() < 12) {
      throw new IllegalStateException(
          "strengths.bootstrap-admin.password must be at least 12 characters");
    }
    staff(
        bootstrapAdminUsername.trim().toLowerCase(),
        "Administrator",
        Role.ADMIN,
        null,
        passwords.encode(bootstrapAdminPassword));
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
