package org.strengths.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Versioned defined lists (national returns change their lists between releases). A list is read as
 * it stood on a date: when two versions overlap, the one that came into force last wins, so a new
 * release can be loaded before its start date without disturbing today's forms.
 */
@Service
public class ReferenceData {

  private final JdbcClient jdbc;
  private final Clock clock;

  ReferenceData(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The values of {@code listName} in force today, in their defined order. */
  public List<ListValue> current(String listName) {
    return current(listName, LocalDate.now(clock));
  }

  /** The values of {@code listName} in force on {@code date}, in their defined order. */
  public List<ListValue> current(String listName, LocalDate date) {
    return jdbc.sql(
            """
            WITH valid AS (
              SELECT list_name, list_version, code, label, sort_order, valid_from
              FROM ref_list_value
              WHERE list_name = :list AND valid_from <= :date
                AND (valid_to IS NULL OR valid_to > :date)
            ),
            newest AS (
              SELECT list_version FROM valid ORDER BY valid_from DESC, list_version DESC LIMIT 1
            )
            SELECT list_name, list_version, code, label, sort_order FROM valid
            WHERE list_version = (SELECT list_version FROM newest)
            ORDER BY sort_order, label
            """)
        .param("list", listName)
        .param("date", date)
        .query(ListValue.class)
        .list();
  }

  /** The value with {@code code} in {@code listName} as the list stood on {@code date}. */
  public Optional<ListValue> find(String listName, String code, LocalDate date) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return current(listName, date).stream().filter(value -> value.code().equals(code)).findFirst();
  }

  /** Whether {@code code} is one of the values of {@code listName} in force on {@code date}. */
  public boolean contains(String listName, String code, LocalDate date) {
    return find(listName, code, date).isPresent();
  }

  /** Whether {@code code} is one of the values of {@code listName} in force today. */
  public boolean contains(String listName, String code) {
    return contains(listName, code, LocalDate.now(clock));
  }

  /**
   * One value of a defined list.
   *
   * @param listName the list, e.g. {@code Client_Type}
   * @param listVersion the release it belongs to, e.g. {@code CLD-R1}
   * @param code what is stored and sent in national returns
   * @param label what people see
   * @param sortOrder position in the list
   */
  public record ListValue(
      String listName, String listVersion, String code, String label, int sortOrder) {}
}
