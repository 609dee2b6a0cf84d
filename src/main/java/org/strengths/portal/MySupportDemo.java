package org.strengths.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.strengths.access.ActingAs;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.assessment.NeedsAssessments;
import org.strengths.connection.ConnectionRecords;

/**
 * The demo council's "My support" for Nusrat Raza (invited to her own pages, on Sam Okafor's
 * caseload): a befriending charity she is connected to, and one answer of her needs assessment that
 * Sam withheld from her because it is about her daughter and her neighbour (third-party
 * information). Her assessment's written record and eligibility decision are there already. Made
 * through the same paths as the pages, so each step is audited.
 */
@Component
public class MySupportDemo {

  /** The answer of Nusrat's assessment that is withheld: help from family and neighbours. */
  static final String WITHHELD_FIELD = "otherNetwork";

  private final ConnectionRecords connections;
  private final NeedsAssessments assessments;
  private final MySupport support;
  private final WithheldItems withheld;
  private final AuditLog audit;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
  private final Clock clock;

  MySupportDemo(
      ConnectionRecords connections,
      NeedsAssessments assessments,
      MySupport support,
      WithheldItems withheld,
      AuditLog audit,
      org.springframework.jdbc.core.simple.JdbcClient jdbc,
      Clock clock) {
    this.connections = connections;
    this.assessments = assessments;
    this.support = support;
    this.withheld = withheld;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Adds Nusrat's connection to {@code befriending} (introduced by {@code worker}, accepted by
   * {@code partner}) and the withheld answer, if she has been invited at {@code contact}.
   */
  public void add(String contact, UUID befriending, StaffMember worker, StaffMember partner) {
    UUID nusrat =
        jdbc.sql(
                "SELECT person_id FROM portal_invitation WHERE contact = :contact"
                    + " AND status = 'ACTIVE'")
            .param("contact", contact)
            .query(UUID.class)
            .optional()
            .orElse(null);
    if (nusrat == null) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    UUID connection =
        as(
            worker,
            today.minusDays(20),
            () ->
                connections.send(
                    nusrat,
                    befriending,
                    new ConnectionRecords.Introduction(
                        false,
                        today.minusDays(20),
                        "To share my name, how to reach me and what matters to me with the"
                            + " befriending charity, so they can find me a befriender.",
                        "Getting out to the lunch club, and someone to chat with in the week.",
                        "She would like a weekly visit on a Thursday afternoon."),
                    worker));
    as(
        partner,
        today.minusDays(17),
        () -> {
          connections.respond(connection, true, null, partner);
          return null;
        });
    as(
        worker,
        today.minusDays(1),
        () -> {
          withholdNetworkAnswer(nusrat, worker);
          return null;
        });
  }

  private void withholdNetworkAnswer(UUID nusrat, StaffMember worker) {
    NeedsAssessments.WrittenRecord latest =
        assessments.writtenRecords(nusrat).stream().findFirst().orElse(null);
    if (latest == null) {
      return;
    }
    WithholdRules.Checked checked =
        WithholdRules.check(
            new WithholdRules.Typed(
                ShownItem.assessmentKey(latest.id(), WITHHELD_FIELD),
                WithholdReason.THIRD_PARTY.name(),
                "About her daughter and her neighbour, who have not been asked about sharing it."),
            support.items(nusrat, "Nusrat Raza"),
            withheld.keys(nusrat));
    WithholdRules.Withholding withholding =
        checked
            .withholding()
            .orElseThrow(() -> new IllegalStateException("Refused: " + checked.problems()));
    if (withheld.withhold(nusrat, worker.teamId(), withholding, worker)) {
      audit.record(
          nusrat,
          WithheldController.SECTION,
          "withhold",
          withholding.reason().name(),
          withholding.item().key());
    }
  }

  private <T> T as(StaffMember staff, LocalDate day, Supplier<T> work) {
    return ActingAs.at(
        staff, day.atTime(11, 0).atZone(ZoneId.of("Europe/London")).toInstant(), work);
  }
}
