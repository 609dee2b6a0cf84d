package org.strengths.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.platform.statute.WellbeingArea;

/** Needs assessments in PostgreSQL. Column names come only from {@link AssessmentSection}. */
@Repository
class AssessmentStore {

  private final JdbcClient jdbc;

  AssessmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  void insert(
      UUID id,
      UUID personId,
      UUID conversationId,
      LocalDate startedOn,
      Map<String, String> prefill,
      String username,
      Instant now) {
    jdbc.sql(
            """
            INSERT INTO assessment (id, person_id, conversation_id, started_on, created_at,
              created_by, updated_at, updated_by)
            VALUES (:id, :person, :conversation, :started, :now, :by, :now, :by)
            """)
        .param("id", id)
        .param("person", personId)
        .param("conversation", conversationId)
        .param("started", startedOn)
        .param("now", utc(now))
        .param("by", username)
        .update();
    Map<String, Object> columns = new HashMap<>();
    for (AssessmentSection section : AssessmentSection.values()) {
      for (AssessmentField field : section.fields()) {
        if (field.column() != null && prefill.containsKey(field.name())) {
          columns.put(field.name(), prefill.get(field.name()));
        }
      }
    }
    writeColumns(id, AssessmentSection.values(), columns);
    writeWellbeing(id, new HashMap<>(prefill));
  }

  /**
   * Saves one section if nobody saved the assessment since {@code versionSeen}.
   *
   * @return whether it was saved (false: a conflict)
   */
  @Transactional
  boolean saveSection(
      UUID id,
      int versionSeen,
      AssessmentSection section,
      Map<String, Object> values,
      AssessmentSectionStatus status,
      String username,
      Instant now) {
    int updated =
        jdbc.sql(
                """
                UPDATE assessment SET version = version + 1, updated_at = :now, updated_by = :by
                WHERE id = :id AND version = :version
                """)
            .param("now", utc(now))
            .param("by", username)
            .param("id", id)
            .param("version", versionSeen)
            .update();
    if (updated == 0) {
      return false;
    }
    if (section == AssessmentSection.WELLBEING) {
      writeWellbeing(id, values);
    } else {
      writeColumns(id, new AssessmentSection[] {section}, values);
    }
    jdbc.sql(
            """
            INSERT INTO assessment_section (assessment_id, section, status)
            VALUES (:id, :section, :status)
            ON CONFLICT (assessment_id, section) DO UPDATE SET status = EXCLUDED.status
            """)
        .param("id", id)
        .param("section", section.name())
        .param("status", status.name())
        .update();
    return true;
  }

  private void writeColumns(UUID id, AssessmentSection[] sections, Map<String, Object> values) {
    for (AssessmentSection section : sections) {
      List<AssessmentField> fields =
          section.fields().stream().filter(field -> field.column() != null).toList();
      if (fields.isEmpty()) {
        continue;
      }
      String assignments =
          fields.stream()
              .map(field -> field.column() + " = :" + field.name())
              .collect(Collectors.joining(", "));
      JdbcClient.StatementSpec statement =
          jdbc.sql("UPDATE assessment SET " + assignments + " WHERE id = :id").param("id", id);
      for (AssessmentField field : fields) {
        statement = statement.param(field.name(), values.get(field.name()));
      }
      if (sections.length == 1 || fields.stream().anyMatch(f -> values.containsKey(f.name()))) {
        statement.update();
      }
    }
  }

  private void writeWellbeing(UUID id, Map<String, ?> values) {
    for (WellbeingArea area : WellbeingArea.values()) {
      Object words = values.get(AssessmentField.wordsField(area));
      Object summary = values.get(AssessmentField.summaryField(area));
      jdbc.sql(
              """
              INSERT INTO assessment_wellbeing (assessment_id, area, persons_words,
                practitioner_summary)
              VALUES (:id, :area, :words, :summary)
              ON CONFLICT (assessment_id, area) DO UPDATE
                SET persons_words = EXCLUDED.persons_words,
                    practitioner_summary = EXCLUDED.practitioner_summary
              """)
          .param("id", id)
          .param("area", area.name())
          .param("words", words)
          .param("summary", summary)
          .update();
    }
  }

  Optional<AssessmentView> find(UUID id) {
    return jdbc.sql("SELECT * FROM assessment WHERE id = :id")
        .param("id", id)
        .query((rs, row) -> read(rs))
        .optional();
  }

  List<AssessmentView> forPerson(UUID personId) {
    return jdbc.sql(
            "SELECT * FROM assessment WHERE person_id = :person ORDER BY started_on DESC, created_at"
                + " DESC")
        .param("person", personId)
        .query((rs, row) -> read(rs))
        .list();
  }

  private AssessmentView read(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    Map<String, Object> values = new HashMap<>();
    for (AssessmentSection section : AssessmentSection.values()) {
      for (AssessmentField field : section.fields()) {
        if (field.column() == null) {
          continue;
        }
        Object value =
            field.kind() == AssessmentField.Kind.DATE
                ? rs.getObject(field.column(), LocalDate.class)
                : rs.getString(field.column());
        if (value != null) {
          values.put(field.name(), value);
        }
      }
    }
    values.putAll(wellbeing(id));
    return new AssessmentView(
        id,
        rs.getObject("person_id", UUID.class),
        rs.getObject("conversation_id", UUID.class),
        rs.getObject("started_on", LocalDate.class),
        Map.copyOf(values),
        statuses(id),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        rs.getString("updated_by"),
        rs.getInt("version"));
  }

  private Map<String, Object> wellbeing(UUID id) {
    Map<String, Object> values = new HashMap<>();
    jdbc.sql(
            "SELECT area, persons_words, practitioner_summary FROM assessment_wellbeing"
                + " WHERE assessment_id = :id")
        .param("id", id)
        .query(
            (rs, row) -> {
              WellbeingArea area = WellbeingArea.valueOf(rs.getString(1));
              if (rs.getString(2) != null) {
                values.put(AssessmentField.wordsField(area), rs.getString(2));
              }
              if (rs.getString(3) != null) {
                values.put(AssessmentField.summaryField(area), rs.getString(3));
              }
              return area;
            })
        .list();
    return values;
  }

  private Map<AssessmentSection, AssessmentSectionStatus> statuses(UUID id) {
    Map<AssessmentSection, AssessmentSectionStatus> statuses =
        new EnumMap<>(AssessmentSection.class);
    jdbc.sql("SELECT section, status FROM assessment_section WHERE assessment_id = :id")
        .param("id", id)
        .query(
            (rs, row) ->
                statuses.put(
                    AssessmentSection.valueOf(rs.getString(1)),
                    AssessmentSectionStatus.valueOf(rs.getString(2))))
        .list();
    return statuses;
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
