package org.strengths.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V45 turns the carer's assessment's own spellings of the s.1(2) wellbeing areas into the names
 * every module uses, in a database that holds records written before it.
 */
class WellbeingVocabularyMigrationTest {

  private static final UUID ASSESSMENT = UUID.randomUUID();
  private static JdbcClient jdbc;

  @BeforeAll
  static void migrateADatabaseWithOldSpellings() throws Exception {
    EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.EmbeddedDatabase.startEphemeral();
    String name = "v45_" + UUID.randomUUID().toString().replace("-", "");
    try (var connection = postgres.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    // One connection throughout, so that the session setting below applies to the inserts.
    DataSource database =
        new SingleConnectionDataSource(postgres.getJdbcUrl("postgres", name), "postgres", "", true);
    flyway(database, lastVersionBefore(45));
    jdbc = JdbcClient.create(database);
    // Rows as the carer's assessment stored them, without the people and links they belong to.
    jdbc.sql("SET session_replication_role = replica").update();
    for (String[] row :
        new String[][] {
          {"health", "Sleeping badly"},
          {"socialEconomic", "Cannot afford to go out"},
          {"relationships", "Sees friends less"}
        }) {
      jdbc.sql(
              "INSERT INTO carer_assessment_wellbeing (assessment_id, area, impact)"
                  + " VALUES (:id, :area, :impact)")
          .param("id", ASSESSMENT)
          .param("area", row[0])
          .param("impact", row[1])
          .update();
    }
    jdbc.sql("SET session_replication_role = DEFAULT").update();
    flyway(database, "45");
  }

  @Test
  void storesTheCarersWellbeingAreasByTheNamesEveryModuleUses() {
    assertThat(
            jdbc.sql(
                    "SELECT area || '=' || impact FROM carer_assessment_wellbeing"
                        + " WHERE assessment_id = :id ORDER BY area")
                .param("id", ASSESSMENT)
                .query(String.class)
                .list())
        .containsExactly(
            "HEALTH=Sleeping badly",
            "RELATIONSHIPS=Sees friends less",
            "SOCIAL_AND_ECONOMIC=Cannot afford to go out");
  }

  @Test
  void refusesAnyOtherSpellingFromNowOn() {
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "INSERT INTO carer_assessment_wellbeing (assessment_id, area, impact)"
                            + " VALUES (:id, 'SOCIAL_ECONOMIC', 'Money worries')")
                    .param("id", ASSESSMENT)
                    .update())
        .hasMessageContaining("carer_assessment_wellbeing_area_check");
  }

  /** The newest migration before the given one, whatever other changes have numbered theirs. */
  private static String lastVersionBefore(int version) throws Exception {
    int last = 0;
    for (Resource migration :
        new PathMatchingResourcePatternResolver()
            .getResources("classpath:db/migration/V*__*.sql")) {
      int number =
          Integer.parseInt(
              migration.getFilename().substring(1, migration.getFilename().indexOf("__")));
      if (number < version) {
        last = Math.max(last, number);
      }
    }
    return String.valueOf(last);
  }

  private static void flyway(DataSource database, String target) {
    Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }
}
