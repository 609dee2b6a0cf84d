package org.strengths.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strengths.access.ActingAs;
import org.strengths.access.ActingFor;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.carer.CarerSharing;

/**
 * The demo council's representative (docs/adr/0118): Ali Raza holds a lasting power of attorney for
 * health and welfare for Nusrat Raza, recorded by her practitioner with its Office of the Public
 * Guardian reference, and invited at {@value #ALI_EMAIL}; a sign-in code for him waits in the
 * outbox. Made through the same paths as the Representatives page, so it is audited as Sam.
 */
@Component
public class RepresentativesDemo {

  static final String ALI_EMAIL = "ali.raza@example.com";
  static final String NUSRAT_EMAIL = "nusrat.raza@example.com";
  static final String CARER_EMAIL = "carer.demo@example.com";

  private final JdbcClient jdbc;
  private final Representatives representatives;
  private final PersonSignIn signIn;
  private final Invitations invitations;
  private final CarerSharing carers;
  private final AuditLog audit;
  private final MyPagesText words;
  private final Clock clock;

  RepresentativesDemo(
      JdbcClient jdbc,
      Representatives representatives,
      PersonSignIn signIn,
      Invitations invitations,
      CarerSharing carers,
      AuditLog audit,
      MyPagesText words,
      Clock clock) {
    this.jdbc = jdbc;
    this.representatives = representatives;
    this.signIn = signIn;
    this.invitations = invitations;
    this.carers = carers;
    this.audit = audit;
    this.words = words;
    this.clock = clock;
  }

  /** Adds Ali Raza for Nusrat, recorded and invited by {@code practitioner}, if she is invited. */
  public void add(StaffMember practitioner) {
    Optional<UUID> nusrat =
        jdbc.sql(
                "SELECT person_id FROM portal_invitation WHERE contact = :contact"
                    + " AND status = 'ACTIVE' AND representative_id IS NULL")
            .param("contact", NUSRAT_EMAIL)
            .query(UUID.class)
            .optional();
    if (nusrat.isEmpty()) {
      return;
    }
    ActingAs.at(
        practitioner,
        clock.instant(),
        () -> {
          LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
          Representatives.Saved saved =
              representatives.record(
                  nusrat.get(),
                  new RepresentativeRules.Typed(
                      "Ali Raza",
                      RepresentativeRules.Authority.LPA_HEALTH_WELFARE.name(),
                      "7000-1234-5678 (registered LPA seen 2 July)",
                      today.plusYears(2),
                      false,
                      false),
                  Optional.of(ContactAddress.parse(ALI_EMAIL)),
                  practitioner.id());
          audit.record(
              nusrat.get(),
              RepresentativesController.SECTION,
              "record",
              null,
              saved.id().toString());
          audit.record(
              nusrat.get(),
              RepresentativesController.SECTION,
              "invite",
              null,
              saved.id().toString());
          carer(practitioner, today);
          return null;
        });
    // Ali has read Nusrat's plan on her pages, so her "Who has looked at your record" shows a look
    // by someone acting for her, in his name (docs/adr/0164).
    audit.recordBy(
        ActingFor.representative(
            words.get(
                "reps.attribution",
                "Ali Raza",
                words.get(
                    "reps.authority.short." + RepresentativeRules.Authority.LPA_HEALTH_WELFARE),
                "Nusrat")),
        nusrat.get(),
        "my-home",
        "view",
        "plan");
    signIn.requestCode(ContactAddress.parse(ALI_EMAIL));
    signIn.requestCode(ContactAddress.parse(CARER_EMAIL));
  }

  /**
   * The carer of the first demo pair: the person they care for agreed to share who helps with what
   * and the next review date with them, and they are invited to their own pages.
   */
  private void carer(StaffMember practitioner, LocalDate today) {
    carers
        .firstDemoLink()
        .ifPresent(
            link -> {
              carers.share(
                  link.linkId(),
                  Set.of(
                      CarerSharing.SharingScope.WHO_HELPS, CarerSharing.SharingScope.NEXT_REVIEW),
                  "The person, at a home visit",
                  today.minusDays(7),
                  practitioner.getUsername());
              carers
                  .carerOf(link.linkId())
                  .ifPresent(
                      carerId -> {
                        Invitations.Invited invited =
                            invitations.invite(
                                carerId, ContactAddress.parse(CARER_EMAIL), practitioner.id());
                        if (invited instanceof Invitations.Done done) {
                          audit.record(
                              carerId,
                              InvitationController.SECTION,
                              "invite",
                              null,
                              done.id().toString());
                        }
                      });
            });
  }
}
