package org.strengths.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.StaffMember;

/**
 * The items withheld from the person on their own pages (docs/adr/0116): the only store of the
 * flag, read by every page of the person's that shows an item (and the PDF). Callers have checked
 * who may withhold and audit what they do.
 */
@Service
public class WithheldItems {

  /** One withholding, open or released. */
  public record Withheld(
      UUID id,
      UUID personId,
      String itemKey,
      String itemLabel,
      WithholdReason reason,
      String note,
      Instant withheldAt,
      String withheldByName) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  WithheldItems(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The keys of the items withheld from the person now. */
  @Transactional(readOnly = true)
  public Set<String> keys(UUID personId) {
    return new HashSet<>(
        jdbc.sql(
                "SELECT item_key FROM portal_withheld_item WHERE person_id = :person"
                    + " AND released_at IS NULL")
            .param("person", personId)
            .query(String.class)
            .list());
  }

  /** What is withheld from the person now, newest first. */
  @Transactional(readOnly = true)
  public List<Withheld> forPerson(UUID personId) {
    return jdbc.sql(SELECT + " WHERE person_id = :person AND released_at IS NULL" + ORDER)
        .param("person", personId)
        .query(WithheldItems::row)
        .list();
  }

  /** What is withheld now from people of the team, newest first. */
  @Transactional(readOnly = true)
  public List<Withheld> forTeam(UUID teamId) {
    return jdbc.sql(SELECT + " WHERE team_id = :team AND released_at IS NULL" + ORDER)
        .param("team", teamId)
        .query(WithheldItems::row)
        .list();
  }

  /** Withholds the item; false if it was withheld already (by someone at the same moment). */
  @Transactional
  boolean withhold(
      UUID personId, UUID teamId, WithholdRules.Withholding withholding, StaffMember by) {
    return jdbc.sql(
                """
                INSERT INTO portal_withheld_item (id, person_id, team_id, item_key, item_label,
                  reason, note, withheld_at, withheld_by, withheld_by_name)
                VALUES (:id, :person, :team, :key, :label, :reason, :note, :now, :by, :byName)
                ON CONFLICT DO NOTHING
                """)
            .param("id", UUID.randomUUID())
            .param("person", personId)
            .param("team", teamId)
            .param("key", withholding.item().key())
            .param("label", withholding.item().label())
            .param("reason", withholding.reason().name())
            .param("note", withholding.note())
            .param("now", now())
            .param("by", by.id())
            .param("byName", by.displayName())
            .update()
        > 0;
  }

  /** Shows the item to the person again; its key, or null if it was not withheld. */
  @Transactional
  String release(UUID personId, UUID withheldId, StaffMember by) {
    return jdbc.sql(
            """
            UPDATE portal_withheld_item SET released_at = :now, released_by = :by,
              released_by_name = :byName
            WHERE id = :id AND person_id = :person AND released_at IS NULL
            RETURNING item_key
            """)
        .param("now", now())
        .param("by", by.id())
        .param("byName", by.displayName())
        .param("id", withheldId)
        .param("person", personId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private static final String SELECT =
      "SELECT id, person_id, item_key, item_label, reason, note, withheld_at, withheld_by_name"
          + " FROM portal_withheld_item";
  private static final String ORDER = " ORDER BY withheld_at DESC, id";

  private static Withheld row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Withheld(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        rs.getString(4),
        WithholdReason.valueOf(rs.getString(5)),
        rs.getString(6),
        rs.getObject(7, OffsetDateTime.class).toInstant(),
        rs.getString(8));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }
}
