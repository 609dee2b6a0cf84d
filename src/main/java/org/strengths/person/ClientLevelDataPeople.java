package org.strengths.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The person fields of the Client Level Data return, for many people at once (the extract asks in
 * batches so that it never holds the whole council in memory). No access check: callers are the
 * analyst's extract and the scheduled command, which are audited where they run.
 */
@Service
public class ClientLevelDataPeople {

  private final JdbcClient jdbc;

  ClientLevelDataPeople(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The people with these ids as they stood on {@code date}; unknown ids are left out. */
  public Map<UUID, CldPerson> on(Collection<UUID> ids, LocalDate date) {
    Map<UUID, CldPerson> people = new HashMap<>();
    if (ids.isEmpty()) {
      return people;
    }
    UUID[] array = ids.stream().distinct().toArray(UUID[]::new);
    Map<UUID, Map<String, String>> context = new HashMap<>();
    jdbc.sql(
            """
            SELECT DISTINCT ON (person_id, field) person_id, field, code FROM person_context
            WHERE person_id = ANY(:ids) AND effective_from <= :date
            ORDER BY person_id, field, effective_from DESC, recorded_at DESC, id DESC
            """)
        .param("ids", array)
        .param("date", date)
        .query(
            rs -> {
              context
                  .computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new HashMap<>())
                  .put(rs.getString("field"), rs.getString("code"));
            });
    jdbc.sql(
            """
            SELECT id, nhs_number, date_of_birth, gender, ethnicity, date_of_death FROM person
            WHERE id = ANY(:ids)
            """)
        .param("ids", array)
        .query(
            rs -> {
              UUID id = rs.getObject("id", UUID.class);
              Map<String, String> values = context.getOrDefault(id, Map.of());
              people.put(
                  id,
                  new CldPerson(
                      id,
                      rs.getString("nhs_number"),
                      rs.getObject("date_of_birth", LocalDate.class),
                      rs.getString("gender"),
                      rs.getString("ethnicity"),
                      values.get(CldField.CLIENT_TYPE.listName),
                      values.get(CldField.PRIMARY_SUPPORT_REASON.listName),
                      values.get(CldField.ACCOMMODATION_STATUS.listName),
                      values.get(CldField.EMPLOYMENT_STATUS.listName),
                      values.get(CldField.HAS_UNPAID_CARER.listName),
                      rs.getObject("date_of_death", LocalDate.class)));
            });
    return people;
  }
}
