package org.strengths.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strengths.access.PersonAllocation;

/** The {@code person} table. */
@Repository
class PersonStore {

  private static final String COLUMNS =
      """
      id, first_name, last_name, preferred_name, pronouns, date_of_birth, nhs_number,
      address_line_1, address_line_2, town, postcode, phone, email, gender, ethnicity,
      main_language, interpreter_needed, communication_needs, preferred_format, advocate_needed,
      team_id, worker_id, version, created_at, created_by, updated_at, updated_by, date_of_death
      """;

  private final JdbcClient jdbc;

  PersonStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, NewPerson person, String by, Instant now) {
    detailParams(
            jdbc.sql(
                """
                INSERT INTO person (id, first_name, last_name, preferred_name, pronouns,
                  date_of_birth, nhs_number, address_line_1, address_line_2, town, postcode, phone,
                  email, gender, ethnicity, main_language, interpreter_needed, communication_needs,
                  preferred_format, advocate_needed, team_id, worker_id, created_at, created_by,
                  updated_at, updated_by, version)
                VALUES (:id, :firstName, :lastName, :preferredName, :pronouns, :dateOfBirth,
                  :nhsNumber, :addressLine1, :addressLine2, :town, :postcode, :phone, :email,
                  :gender, :ethnicity, :mainLanguage, :interpreterNeeded, :communicationNeeds,
                  :preferredFormat, :advocateNeeded, :teamId, :workerId, :now, :by, :now, :by, 0)
                """),
            person)
        .param("id", id)
        .param("teamId", person.teamId())
        .param("workerId", person.workerId())
        .param("now", utc(now))
        .param("by", by)
        .update();
  }

  Optional<PersonDetails> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id = :id")
        .param("id", id)
        .query((rs, row) -> details(rs))
        .optional();
  }

  Optional<PersonAllocation> allocationOf(UUID id) {
    return jdbc.sql("SELECT id, team_id, worker_id FROM person WHERE id = :id")
        .param("id", id)
        .query(
            (rs, row) ->
                new PersonAllocation(
                    rs.getObject("id", UUID.class),
                    rs.getObject("team_id", UUID.class),
                    rs.getObject("worker_id", UUID.class)))
        .optional();
  }

  /** Saves the details if nobody saved since {@code version} was read; false if someone did. */
  boolean updateDetails(UUID id, int version, NewPerson person, String by, Instant now) {
    return detailParams(
                jdbc.sql(
                    """
                    UPDATE person SET first_name = :firstName, last_name = :lastName,
                      preferred_name = :preferredName, pronouns = :pronouns,
                      date_of_birth = :dateOfBirth, nhs_number = :nhsNumber,
                      address_line_1 = :addressLine1, address_line_2 = :addressLine2,
                      town = :town, postcode = :postcode, phone = :phone, email = :email,
                      gender = :gender, ethnicity = :ethnicity, main_language = :mainLanguage,
                      interpreter_needed = :interpreterNeeded,
                      communication_needs = :communicationNeeds,
                      preferred_format = :preferredFormat, advocate_needed = :advocateNeeded,
                      updated_at = :now, updated_by = :by, version = version + 1
                    WHERE id = :id AND version = :version
                    """),
                person)
            .param("id", id)
            .param("version", version)
            .param("now", utc(now))
            .param("by", by)
            .update()
        == 1;
  }

  /**
   * Records the date the person died if nobody saved their details since {@code version} was read
   * (the same version as the details, so a death recorded on a record someone else has just changed
   * is a conflict to look at); false if someone did.
   */
  boolean updateDateOfDeath(UUID id, int version, LocalDate diedOn, String by, Instant now) {
    return jdbc.sql(
                """
                UPDATE person SET date_of_death = :diedOn,
                  updated_at = :now, updated_by = :by, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("id", id)
            .param("version", version)
            .param("diedOn", diedOn)
            .param("now", utc(now))
            .param("by", by)
            .update()
        == 1;
  }

  /**
   * Moves the person to a new team and worker if the allocation is still the one the user saw;
   * false if someone changed it meanwhile. The details version is left alone, so an allocation
   * never makes someone's edit of the details look like a conflict.
   */
  boolean updateAllocation(
      PersonAllocation seen, UUID teamId, UUID workerId, String by, Instant now) {
    return jdbc.sql(
                """
                UPDATE person SET team_id = :team, worker_id = :worker, reallocated_at = :now,
                  updated_at = :now, updated_by = :by
                WHERE id = :id AND team_id IS NOT DISTINCT FROM :seenTeam
                  AND worker_id IS NOT DISTINCT FROM :seenWorker
                """)
            .param("id", seen.personId())
            .param("team", teamId)
            .param("worker", workerId)
            .param("seenTeam", seen.teamId())
            .param("seenWorker", seen.workerId())
            .param("now", utc(now))
            .param("by", by)
            .update()
        == 1;
  }

  /**
   * Records that could be the person typed: same NHS number, or same date of birth, with how alike
   * the names are. Which of them really are likely duplicates is {@link DuplicateRule}'s call.
   */
  List<DuplicateRule.Candidate> duplicateCandidates(DuplicateRule.Typed typed) {
    List<String> where = new ArrayList<>();
    if (typed.nhsNumber() != null) {
      where.add("nhs_number = :nhs");
    }
    if (typed.dateOfBirth() != null) {
      where.add("date_of_birth = :dob");
    }
    if (where.isEmpty()) {
      return List.of();
    }
    var statement =
        jdbc.sql(
                """
                SELECT id, first_name, preferred_name, last_name, date_of_birth, nhs_number,
                  postcode,
                  similarity(lower(first_name || ' ' || last_name), lower(:fullName)) AS similarity,
                  dmetaphone(last_name) = dmetaphone(:lastName) AS sounds_alike
                FROM person WHERE %s
                ORDER BY similarity DESC LIMIT 200
                """
                    .formatted(String.join(" OR ", where)))
            .param("fullName", typed.firstName() + " " + typed.lastName())
            .param("lastName", typed.lastName());
    if (typed.nhsNumber() != null) {
      statement = statement.param("nhs", typed.nhsNumber());
    }
    if (typed.dateOfBirth() != null) {
      statement = statement.param("dob", typed.dateOfBirth());
    }
    return statement
        .query(
            (rs, row) ->
                new DuplicateRule.Candidate(
                    rs.getObject("id", UUID.class),
                    rs.getString("first_name"),
                    rs.getString("preferred_name"),
                    rs.getString("last_name"),
                    rs.getObject("date_of_birth", LocalDate.class),
                    rs.getString("nhs_number"),
                    rs.getString("postcode"),
                    rs.getDouble("similarity"),
                    rs.getBoolean("sounds_alike")))
        .list();
  }

  private static JdbcClient.StatementSpec detailParams(
      JdbcClient.StatementSpec statement, NewPerson person) {
    return statement
        .param("firstName", person.firstName())
        .param("lastName", person.lastName())
        .param("preferredName", person.preferredName())
        .param("pronouns", person.pronouns())
        .param("dateOfBirth", person.dateOfBirth())
        .param("nhsNumber", person.nhsNumber())
        .param("addressLine1", person.addressLine1())
        .param("addressLine2", person.addressLine2())
        .param("town", person.town())
        .param("postcode", person.postcode())
        .param("phone", person.phone())
        .param("email", person.email())
        .param("gender", person.gender())
        .param("ethnicity", person.ethnicity())
        .param("mainLanguage", person.mainLanguage())
        .param("interpreterNeeded", person.interpreterNeeded())
        .param("communicationNeeds", person.communicationNeeds())
        .param("preferredFormat", person.preferredFormat())
        .param("advocateNeeded", person.advocateNeeded());
  }

  private static PersonDetails details(ResultSet rs) throws SQLException {
    String nhs = rs.getString("nhs_number");
    return new PersonDetails(
        rs.getObject("id", UUID.class),
        rs.getString("first_name"),
        rs.getString("last_name"),
        rs.getString("preferred_name"),
        rs.getString("pronouns"),
        rs.getObject("date_of_birth", LocalDate.class),
        nhs == null ? null : nhs.strip(),
        rs.getString("address_line_1"),
        rs.getString("address_line_2"),
        rs.getString("town"),
        rs.getString("postcode"),
        rs.getString("phone"),
        rs.getString("email"),
        rs.getString("gender"),
        rs.getString("ethnicity"),
        rs.getString("main_language"),
        rs.getBoolean("interpreter_needed"),
        rs.getString("communication_needs"),
        rs.getString("preferred_format"),
        rs.getBoolean("advocate_needed"),
        rs.getObject("team_id", UUID.class),
        rs.getObject("worker_id", UUID.class),
        rs.getInt("version"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        rs.getString("updated_by"),
        rs.getObject("date_of_death", LocalDate.class));
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
