package org.strengths.connection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.StaffMember;
import org.strengths.community.AssetSummary;
import org.strengths.community.CommunityAssets;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;

/**
 * The connection module's API for recording connections from another module (the demo council):
 * sending, the organisation's response and messages, with the same sharing rules, status rules,
 * audit, chronology and ecomap entry as the pages. A step that its page would refuse throws {@link
 * IllegalArgumentException}. Callers have checked that the member of staff may act: a practitioner
 * with a working relationship, or a partner of the organisation the connection was sent to.
 */
@Service
public class ConnectionRecords {

  /**
   * A warm introduction sent with the person's explicit consent, sharing their name, phone (if on
   * their record) and what matters to them.
   *
   * @param formalReferral a referral the organisation accepts or declines, rather than an
   *     introduction
   */
  public record Introduction(
      boolean formalReferral,
      LocalDate consentDate,
      String consentScope,
      String whatMatters,
      String message) {}

  /** One of the person's connections, where it has got to, and how many messages it has. */
  public record Summary(UUID id, String assetName, String status, int messages) {}

  private final Connections connections;
  private final ConnectionStore store;
  private final People people;
  private final CommunityAssets assets;

  ConnectionRecords(
      Connections connections, ConnectionStore store, People people, CommunityAssets assets) {
    this.connections = connections;
    this.store = store;
    this.people = people;
    this.assets = assets;
  }

  /** Sends an introduction or referral to the organisation behind an asset; its id. */
  @Transactional
  public UUID send(UUID personId, UUID assetId, Introduction typed, StaffMember by) {
    PersonDetails person = people.find(personId).orElseThrow(IllegalArgumentException::new);
    AssetSummary asset = assets.find(assetId).orElseThrow(IllegalArgumentException::new);
    Set<SharedField> fields = EnumSet.of(SharedField.NAME, SharedField.WHAT_MATTERS);
    // One way to reach the person that is on their record: phone, else address, else email.
    PersonFacts facts = connections.factsOf(person);
    if (person.phone() != null) {
      fields.add(SharedField.PHONE);
    } else if (facts.valueOf(SharedField.ADDRESS) == null
        && facts.valueOf(SharedField.EMAIL) != null) {
      fields.add(SharedField.EMAIL);
    } else {
      fields.add(SharedField.ADDRESS);
    }
    SharingChoice choice =
        new SharingChoice(
            typed.formalReferral()
                ? ConnectionMethod.FORMAL_REFERRAL
                : ConnectionMethod.WARM_INTRODUCTION,
            false,
            LawfulBasis.EXPLICIT_CONSENT,
            typed.consentDate(),
            null,
            typed.consentScope(),
            fields,
            typed.whatMatters(),
            null,
            typed.message());
    Connections.Sending sending = connections.send(person, asset, choice, by);
    if (sending instanceof Connections.Made made) {
      return made.id();
    }
    throw new IllegalArgumentException(
        Arrays.toString(((Connections.Refused) sending).problems().toArray()));
  }

  /**
   * The organisation's response to what it was sent: {@code ACCEPTED}, or {@code DECLINED} with a
   * reason.
   */
  @Transactional
  public void respond(UUID connectionId, boolean accepted, String reason, StaffMember partner) {
    change(
        connectionId,
        accepted ? ConnectionStatus.ACCEPTED : ConnectionStatus.DECLINED,
        reason,
        StatusRule.Side.PARTNER,
        partner);
  }

  /** Adds a message to the connection's thread, from the organisation or the practitioner. */
  @Transactional
  public void reply(UUID connectionId, String body, boolean fromPartner, StaffMember by) {
    Connection connection = find(connectionId);
    connections
        .reply(
            connection,
            body,
            fromPartner ? StatusRule.Side.PARTNER : StatusRule.Side.PRACTITIONER,
            by)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem.key());
            });
  }

  /** The person's connections. */
  public List<Summary> forPerson(UUID personId) {
    return store.forPerson(personId).stream()
        .map(
            c ->
                new Summary(
                    c.id(), c.assetName(), c.status().name(), store.messages(c.id()).size()))
        .toList();
  }

  private void change(
      UUID connectionId, ConnectionStatus to, String reason, StatusRule.Side side, StaffMember by) {
    Connection connection = find(connectionId);
    Connections.Change change =
        connections.changeStatus(connection, connection.version(), to, reason, null, side, by);
    if (change instanceof Connections.Refusal refusal) {
      throw new IllegalArgumentException(refusal.problem().key());
    }
    if (change instanceof Connections.Conflict) {
      throw new IllegalStateException("Changed by someone else: " + connectionId);
    }
  }

  private Connection find(UUID connectionId) {
    return store.find(connectionId).orElseThrow(IllegalArgumentException::new);
  }
}
