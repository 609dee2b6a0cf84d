package org.strengths.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strengths.access.ActingAs;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.planning.OwnWords;

/**
 * The demo council's co-writing (issue 13 item 3), written through the same path as the person's
 * own pages and accepted through the same path as the practitioner's: Nusrat Raza wrote what
 * matters to her two days ago and Sam Okafor accepted it into her plan the next morning; she asked
 * that evening to change the words of one of her outcomes, which waits for Sam's reply. The demo
 * module calls it once Nusrat has been invited.
 */
@Component
public class CoWritingDemo {

  static final String NUSRAT = "nusrat.raza@example.com";

  private final JdbcClient jdbc;
  private final OwnWords ownWords;
  private final StaffAccounts staff;
  private final Clock clock;

  CoWritingDemo(JdbcClient jdbc, OwnWords ownWords, StaffAccounts staff, Clock clock) {
    this.jdbc = jdbc;
    this.ownWords = ownWords;
    this.staff = staff;
    this.clock = clock;
  }

  /** Adds Nusrat's own words unless she is not invited or has written already; whether it did. */
  public boolean add() {
    Optional<UUID> invited =
        jdbc.sql(
                "SELECT person_id FROM portal_invitation WHERE contact = :contact"
                    + " AND status = 'ACTIVE'")
            .param("contact", NUSRAT)
            .query(UUID.class)
            .optional();
    if (invited.isEmpty()) {
      return false;
    }
    UUID nusrat = invited.get();
    OwnWords.Mine mine = ownWords.mine(nusrat);
    if (!mine.history().isEmpty() || !mine.planAgreed() || mine.outcomes().isEmpty()) {
      return false;
    }
    StaffMember sam = staff.loadUserByUsername("practitioner");
    LocalDate today = LocalDate.now(clock);

    OwnWords.Written matters =
        on(
            today.minusDays(2),
            LocalTime.of(19, 40),
            null,
            () ->
                ownWords.write(
                    nusrat,
                    "Nusrat",
                    OwnWords.Part.WHAT_MATTERS,
                    null,
                    "Seeing my grandchildren on Sundays. Cooking for them, even if I sit down to do"
                        + " it. Going to Friday prayers with my friend Yasmin.",
                    mine.planVersion()));
    on(
        today.minusDays(1),
        LocalTime.of(10, 15),
        sam,
        () -> ownWords.acceptProposal(nusrat, matters.id(), sam));

    OwnWords.Mine now = ownWords.mine(nusrat);
    OwnWords.OutcomeNow outcome = now.outcomes().get(0);
    on(
        today.minusDays(1),
        LocalTime.of(18, 30),
        null,
        () ->
            ownWords.write(
                nusrat,
                "Nusrat",
                OwnWords.Part.OUTCOME,
                outcome.id(),
                "I want to cook a proper meal for my family once a week, with help to shop.",
                now.planVersion()));
    return true;
  }

  /** Runs {@code work} at {@code time} on {@code day}, signed in as {@code as} (or no one). */
  private <T> T on(LocalDate day, LocalTime time, StaffMember as, Supplier<T> work) {
    return ActingAs.at(as, day.atTime(time).atZone(ZoneId.of("Europe/London")).toInstant(), work);
  }
}
