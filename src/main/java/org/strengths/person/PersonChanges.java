package org.strengths.person;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strengths.access.StaffMember;

/** The {@code person_change} table: every changed field, who changed it and when. */
@Repository
class PersonChanges {

  private final JdbcClient jdbc;

  PersonChanges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(
      UUID personId, List<ChangeHistory.FieldChange> changes, StaffMember by, Instant changedAt) {
    for (ChangeHistory.FieldChange change : changes) {
      jdbc.sql(
              """
              INSERT INTO person_change (person_id, changed_at, changed_by, changed_by_name, field,
                old_value, new_value)
              VALUES (:person, :at, :by, :name, :field, :old, :new)
              """)
          .param("person", personId)
          .param("at", PersonStore.utc(changedAt))
          .param("by", by.getUsername())
          .param("name", by.displayName())
          .param("field", change.field())
          .param("old", change.oldValue())
          .param("new", change.newValue())
          .update();
    }
  }

  /** The person's change history, newest first. */
  List<Change> of(UUID personId) {
    return jdbc.sql(
            """
            SELECT changed_at, changed_by, changed_by_name, field, old_value, new_value
            FROM person_change WHERE person_id = :person ORDER BY changed_at DESC, id
            """)
        .param("person", personId)
        .query(
            (rs, row) ->
                new Change(
                    rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                    rs.getString("changed_by"),
                    rs.getString("changed_by_name"),
                    rs.getString("field"),
                    rs.getString("old_value"),
                    rs.getString("new_value")))
        .list();
  }

  record Change(
      Instant changedAt,
      String changedBy,
      String changedByName,
      String field,
      String oldValue,
      String newValue) {}
}
