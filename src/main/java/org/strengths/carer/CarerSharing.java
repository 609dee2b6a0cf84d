package org.strengths.carer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a carer may see on their own pages (docs/adr/0118): their own carer's assessments, and of
 * the person they care for only the parts that person agreed to share with them ({@link
 * SharingScope}), recorded by the practitioner with who agreed and when, and withdrawn, never
 * deleted. Consent to link the two records (on {@code carer_link}) is not consent to share.
 */
@Service
public class CarerSharing {

  private final JdbcClient jdbc;
  private final CarerStore store;
  private final Clock clock;

  CarerSharing(JdbcClient jdbc, CarerStore store, Clock clock) {
    this.jdbc = jdbc;
    this.store = store;
    this.clock = clock;
  }

  /** The parts of the cared-for person's record that may be shared with their carer. */
  public enum SharingScope {
    /** Who helps with what, from the agreed plan. */
    WHO_HELPS,
    /** When the plan will next be reviewed. */
    NEXT_REVIEW
  }

  /** Someone the carer cares for, and what they agreed to share with the carer. */
  public record CaredFor(
      UUID linkId, UUID caredForId, String relationship, Set<SharingScope> shared) {
    public CaredFor {
      shared = shared.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shared));
    }
  }

  /** A carer's assessment as the carer sees it on their own pages. */
  public record MyAssessment(
      LocalDate conversationDate,
      String whatMatters,
      String carerOutcomes,
      String networkSupport,
      Boolean eligible,
      String decisionReason) {}

  /** The people the carer cares for (records linked with consent) and what each shares. */
  @Transactional(readOnly = true)
  public List<CaredFor> caredForBy(UUID carerId) {
    return store.caredForBy(carerId).stream()
        .filter(CarerLink::consentGiven)
        .map(
            link ->
                new CaredFor(link.id(), link.caredForId(), link.relationship(), shared(link.id())))
        .toList();
  }

  /** The carer's own assessments, newest first. */
  @Transactional(readOnly = true)
  public List<MyAssessment> assessmentsOf(UUID carerId) {
    return store.assessmentsOf(carerId).stream()
        .map(
            a ->
                new MyAssessment(
                    a.conversation().conversationDate(),
                    a.conversation().whatMatters(),
                    a.conversation().carerOutcomes(),
                    a.conversation().networkSupport(),
                    a.eligibility().decision() == null
                        ? null
                        : a.eligibility().decision().eligible(),
                    a.eligibility().decision() == null
                        ? null
                        : a.eligibility().decision().reason()))
        .toList();
  }

  /** The link between a carer and the cared-for person, if it is the cared-for person's. */
  Optional<CarerLink> linkOf(UUID caredForId, UUID linkId) {
    return store.link(linkId).filter(link -> link.caredForId().equals(caredForId));
  }

  /** What the cared-for person currently shares over this link. */
  @Transactional(readOnly = true)
  Set<SharingScope> shared(UUID linkId) {
    Set<SharingScope> scopes = EnumSet.noneOf(SharingScope.class);
    jdbc.sql(
            "SELECT scope FROM carer_sharing_consent WHERE link_id = :link"
                + " AND withdrawn_at IS NULL")
        .param("link", linkId)
        .query(String.class)
        .list()
        .forEach(scope -> scopes.add(SharingScope.valueOf(scope)));
    return scopes;
  }

  /**
   * Records that the cared-for person now shares exactly {@code scopes} with the carer over this
   * link: parts newly agreed are added with who agreed and when, parts no longer agreed are
   * withdrawn.
   */
  @Transactional
  public void share(
      UUID linkId, Set<SharingScope> scopes, String givenBy, LocalDate givenOn, String by) {
    OffsetDateTime now =
        OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    Set<SharingScope> before = shared(linkId);
    for (SharingScope scope : before) {
      if (!scopes.contains(scope)) {
        jdbc.sql(
                """
                UPDATE carer_sharing_consent SET withdrawn_at = :now, updated_at = :now,
                  updated_by = :by, version = version + 1
                WHERE link_id = :link AND scope = :scope AND withdrawn_at IS NULL
                """)
            .param("now", now)
            .param("by", by)
            .param("link", linkId)
            .param("scope", scope.name())
            .update();
      }
    }
    for (SharingScope scope : scopes) {
      if (!before.contains(scope)) {
        jdbc.sql(
                """
                INSERT INTO carer_sharing_consent (id, link_id, scope, given_by, given_on,
                  created_at, created_by, updated_at, updated_by)
                VALUES (:id, :link, :scope, :givenBy, :givenOn, :now, :by, :now, :by)
                """)
            .param("id", UUID.randomUUID())
            .param("link", linkId)
            .param("scope", scope.name())
            .param("givenBy", givenBy)
            .param("givenOn", givenOn)
            .param("now", now)
            .param("by", by)
            .update();
      }
    }
  }

  /**
   * The first demo pair's link (whose cared-for person has an agreed plan), for the demo's invited
   * carer; chosen by its id, not its date, as a later pair is dated earlier ({@link CarerDemo}).
   */
  @Transactional(readOnly = true)
  public Optional<CaredFor> firstDemoLink() {
    return store
        .link(CarerDemo.linkId(0))
        .flatMap(
            link ->
                caredForBy(link.carerId()).stream()
                    .filter(caredFor -> caredFor.linkId().equals(link.id()))
                    .findFirst());
  }

  /** The carer of a link. */
  @Transactional(readOnly = true)
  public Optional<UUID> carerOf(UUID linkId) {
    return store.link(linkId).map(CarerLink::carerId);
  }
}
