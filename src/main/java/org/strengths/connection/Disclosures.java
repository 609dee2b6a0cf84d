package org.strengths.connection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The connection module's API for the person's own pages (docs/adr/0117): each disclosure of their
 * details to a voluntary organisation (what, to whom, when, on what basis and with what consent),
 * and withdrawing consent for future sharing. Every method takes the signed-in person's own id and
 * finds only their connections, so another person's connection is "not found". Callers audit views.
 */
@Service
public class Disclosures {

  /**
   * One sending of the person's details to an organisation.
   *
   * @param method {@code WARM_INTRODUCTION} or {@code FORMAL_REFERRAL}
   * @param basis {@code IMPLIED_CONSENT} (the organisation gives them care) or {@code
   *     EXPLICIT_CONSENT}
   * @param consentDate when they gave explicit consent; null for implied consent
   * @param consentScope what they agreed to, as the practitioner recorded it; null for implied
   * @param shared what was sent, as it was on the day
   * @param consentWithdrawnAt when they withdrew consent for future sharing; null if they have not
   */
  public record Disclosure(
      UUID connectionId,
      String organisationName,
      String assetName,
      Instant sentAt,
      String sentByName,
      String method,
      String basis,
      LocalDate consentDate,
      String consentScope,
      List<Shared> shared,
      Instant consentWithdrawnAt) {

    public boolean consentWithdrawn() {
      return consentWithdrawnAt != null;
    }
  }

  /**
   * One piece of information sent.
   *
   * @param field {@code NAME}, {@code PHONE}, {@code EMAIL}, {@code ADDRESS}, {@code
   *     DATE_OF_BIRTH}, {@code MAIN_LANGUAGE}, {@code WHAT_MATTERS} or {@code ACCESS_NEEDS}
   */
  public record Shared(String field, String value) {}

  /** What came of asking to withdraw consent. */
  public enum Withdrawal {
    WITHDRAWN,
    ALREADY_WITHDRAWN,
    NOTHING_SHARED,
    NOT_FOUND
  }

  private final ConnectionStore store;
  private final Connections connections;

  Disclosures(ConnectionStore store, Connections connections) {
    this.store = store;
    this.connections = connections;
  }

  /**
   * Every disclosure of the person's details, newest first; connections that shared nothing are
   * left out.
   */
  public List<Disclosure> ofPerson(UUID personId) {
    return store.forPerson(personId).stream()
        .filter(Connection::sentToOrganisation)
        .map(this::disclosure)
        .toList();
  }

  /** One of the person's own disclosures; empty for anyone else's or one that shared nothing. */
  public Optional<Disclosure> ofPerson(UUID personId, UUID connectionId) {
    return own(personId, connectionId).map(this::disclosure);
  }

  /**
   * Withdraws the person's consent for future sharing on one of their own connections: audited as
   * the person and put on their chronology. Past disclosures stay recorded as they were.
   */
  @Transactional
  public Withdrawal withdrawConsent(UUID personId, UUID connectionId) {
    Optional<Connection> found = own(personId, connectionId);
    if (found.isEmpty()) {
      return Withdrawal.NOT_FOUND;
    }
    return connections
        .withdrawConsent(found.get())
        .map(
            key ->
                key.endsWith("nothingShared")
                    ? Withdrawal.NOTHING_SHARED
                    : Withdrawal.ALREADY_WITHDRAWN)
        .orElse(Withdrawal.WITHDRAWN);
  }

  private Optional<Connection> own(UUID personId, UUID connectionId) {
    return store
        .find(connectionId)
        .filter(c -> c.personId().equals(personId))
        .filter(Connection::sentToOrganisation);
  }

  private Disclosure disclosure(Connection c) {
    return new Disclosure(
        c.id(),
        c.organisationName(),
        c.assetName(),
        c.sentAt(),
        c.sentByName(),
        c.method().name(),
        c.lawfulBasis().name(),
        c.consentDate(),
        c.consentScope(),
        store.items(c.id()).stream()
            .map(item -> new Shared(item.field().name(), item.value()))
            .toList(),
        c.consentWithdrawnAt());
  }
}
