package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class DemoPeopleIntegrationTest {

  @Autowired JdbcClient jdbc;

  @Test
  void onePersonHeldByATeamHasDiedWithTheDateInTheirChronologyAndNothingAfterIt() {
    List<Map<String, Object>> died =
        jdbc.sql(
                "SELECT id, worker_id, date_of_death FROM person"
                    + " WHERE created_by = 'demo' AND date_of_death IS NOT NULL")
            .query()
            .listOfRows();

    assertThat(died).hasSize(1);
    UUID id = (UUID) died.get(0).get("id");
    LocalDate date = ((java.sql.Date) died.get(0).get("date_of_death")).toLocalDate();
    assertThat(died.get(0).get("worker_id")).isNull();
    assertThat(date)
        .isEqualTo(org.strengths.testing.TestClock.today().minusDays(DemoPeople.DIED_DAYS_AGO));
    assertThat(
            jdbc.sql(
                    "SELECT summary FROM person_chronology WHERE person_id = :id"
                        + " AND kind = 'death-recorded'")
                .param("id", id)
                .query(String.class)
                .list())
        .containsExactly("Died on 3 July 2026");
    assertThat(
            count(
                "SELECT count(*) FROM conversation WHERE person_id = '"
                    + id
                    + "' AND held_on > DATE '"
                    + date
                    + "'"))
        .isZero();
  }

  @Test
  void addsTwoHundredFictionalPeopleToAnEmptyDemoDatabase() {
    assertThat(count("SELECT count(*) FROM person WHERE created_by = 'demo'")).isEqualTo(200);
  }

  @Test
  void givesEveryoneAValidNhsNumberFromTheRangeReservedForTesting() {
    List<String> numbers =
        jdbc.sql("SELECT nhs_number FROM person WHERE created_by = 'demo'")
            .query(String.class)
            .list();

    assertThat(numbers).doesNotHaveDuplicates();
    assertThat(numbers)
        .allSatisfy(
            nhs -> {
              assertThat(nhs).startsWith("999");
              assertThat(NhsNumber.parse(nhs)).isPresent();
            });
  }

  @Test
  void makesAdultsMostlyOlderWithLeedsPostcodes() {
    List<LocalDate> births =
        jdbc.sql("SELECT date_of_birth FROM person WHERE created_by = 'demo'")
            .query(LocalDate.class)
            .list();
    List<String> postcodes =
        jdbc.sql("SELECT postcode FROM person WHERE created_by = 'demo'")
            .query(String.class)
            .list();

    LocalDate adult = DemoPeople.AGE_REFERENCE.minusYears(18);
    LocalDate sixtyFive = DemoPeople.AGE_REFERENCE.minusYears(65);
    assertThat(births).allSatisfy(birth -> assertThat(birth).isBefore(adult));
    assertThat(births.stream().filter(birth -> birth.isBefore(sixtyFive)).count())
        .isGreaterThan(births.size() / 2);
    assertThat(postcodes)
        .allSatisfy(
            postcode -> {
              assertThat(postcode).startsWith("LS");
              assertThat(Postcode.parse(postcode)).isPresent();
            });
  }

  @Test
  void includesJohnSmithAndHisNearNamesakesForSearchDemonstrations() {
    List<String> names =
        jdbc.sql(
                "SELECT first_name || ' ' || last_name FROM person"
                    + " WHERE created_by = 'demo' AND last_name LIKE 'Smith%' OR last_name = 'Smyth'")
            .query(String.class)
            .list();

    assertThat(names).contains("John Smith", "Jon Smith", "John Smyth", "Joan Smith");
  }

  @Test
  void allocatesAbout15PeopleToTheDemoPractitionerAndLeavesSomeNorthPeopleWaiting() {
    UUID north =
        jdbc.sql("SELECT id FROM access_team WHERE name = 'North locality'")
            .query(UUID.class)
            .single();

    long practitionersPeople =
        count(
            "SELECT count(*) FROM person p JOIN access_staff s ON s.id = p.worker_id"
                + " WHERE s.username = 'practitioner' AND p.created_by = 'demo'");
    long northWaiting =
        jdbc.sql(
                "SELECT count(*) FROM person WHERE team_id = :north AND worker_id IS NULL"
                    + " AND created_by = 'demo'")
            .param("north", north)
            .query(Long.class)
            .single();

    assertThat(practitionersPeople).isEqualTo(DemoPeople.PRACTITIONER_CASELOAD);
    assertThat(northWaiting).isEqualTo(DemoPeople.NORTH_UNALLOCATED);
  }

  @Test
  void allocatesEveryoneToATeamAndWorkersOnlyFromThatTeam() {
    assertThat(count("SELECT count(*) FROM person WHERE created_by = 'demo' AND team_id IS NULL"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM person p JOIN access_staff s ON s.id = p.worker_id"
                    + " WHERE p.created_by = 'demo' AND s.team_id <> p.team_id"))
        .isZero();
    Map<String, Long> byTeam =
        jdbc
            .sql(
                "SELECT t.name, count(*) FROM person p JOIN access_team t ON t.id = p.team_id"
                    + " WHERE p.created_by = 'demo' GROUP BY t.name")
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
            .list()
            .stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(byTeam).containsKeys("North locality", "South locality", "Hospital discharge");
  }

  @Test
  void mixesEthnicitiesGendersAndLanguages() {
    assertThat(count("SELECT count(DISTINCT ethnicity) FROM person WHERE created_by = 'demo'"))
        .isGreaterThanOrEqualTo(8);
    assertThat(count("SELECT count(DISTINCT gender) FROM person WHERE created_by = 'demo'"))
        .isGreaterThanOrEqualTo(2);
    assertThat(count("SELECT count(DISTINCT main_language) FROM person WHERE created_by = 'demo'"))
        .isGreaterThanOrEqualTo(5);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
