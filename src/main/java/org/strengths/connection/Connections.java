package org.strengths.connection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.community.AssetSummary;
import org.strengths.connection.ConnectionStore.Message;
import org.strengths.connection.ConnectionStore.StatusChange;
import org.strengths.connection.StatusRule.Side;
import org.strengths.network.Networks;
import org.strengths.person.Chronology;
import org.strengths.person.PersonDetails;

/**
 * Sends connections and records what follows. Sending copies the chosen details (the disclosure
 * snapshot), audits the disclosure, adds to the person's chronology, puts the asset on the person's
 * network (so on their ecomap) and announces {@link ConnectionMade}. Callers check who may see the
 * person, or that a partner's organisation is the one the connection was sent to, before calling.
 */
@Service
class Connections {

  static final int MAX_FEEDBACK = 2000;
  static final int MAX_REPLY = 2000;

  private final ConnectionStore store;
  private final AuditLog audit;
  private final Chronology chronology;
  private final ApplicationEventPublisher events;
  private final ConnectionText text;
  private final Networks networks;
  private final Clock clock;

  Connections(
      ConnectionStore store,
      AuditLog audit,
      Chronology chronology,
      ApplicationEventPublisher events,
      ConnectionText text,
      Networks networks,
      Clock clock) {
    this.store = store;
    this.audit = audit;
    this.chronology = chronology;
    this.events = events;
    this.text = text;
    this.networks = networks;
    this.clock = clock;
  }

  sealed interface Sending permits Refused, Made {}

  record Refused(List<Problem> problems) implements Sending {}

  record Made(UUID id) implements Sending {}

  sealed interface Change permits Saved, Refusal, Conflict {}

  record Saved() implements Change {}

  record Refusal(Problem problem) implements Change {}

  /** Someone else changed the connection first; this is how it is now. */
  record Conflict(Connection current, String changedByName) implements Change {}

  LocalDate today() {
    return LocalDate.now(clock);
  }

  PersonFacts factsOf(PersonDetails person) {
    String name = person.firstName() + " " + person.lastName();
    if (person.preferredName() != null && !person.preferredName().isBlank()) {
      name = text.get("connection.value.knownAs", name, person.preferredName());
    }
    String address =
        Stream.of(person.addressLine1(), person.addressLine2(), person.town(), person.postcode())
            .filter(line -> line != null && !line.isBlank())
            .collect(Collectors.joining(", "));
    String language = person.mainLanguage();
    if (language != null && person.interpreterNeeded()) {
      language = text.get("connection.value.interpreter", language);
    }
    return new PersonFacts(
        name,
        person.phone(),
        person.email(),
        address.isEmpty() ? null : address,
        person.dateOfBirth(),
        language);
  }

  @Transactional
  Sending send(PersonDetails person, AssetSummary asset, SharingChoice choice, StaffMember by) {
    PersonFacts facts = factsOf(person);
    List<Problem> problems = new ArrayList<>(assetProblems(asset, choice));
    problems.addAll(SharingRules.problems(choice, facts, today()));
    if (!problems.isEmpty()) {
      return new Refused(problems);
    }
    boolean shares = choice.method().sharesData();
    Instant now = now();
    Connection connection =
        new Connection(
            UUID.randomUUID(),
            person.id(),
            asset.id(),
            asset.name(),
            asset.organisationId(),
            asset.organisationName(),
            choice.method(),
            shares ? choice.lawfulBasis() : LawfulBasis.NOTHING_SHARED,
            shares && Boolean.TRUE.equals(choice.providesCare()),
            shares && choice.lawfulBasis() == LawfulBasis.EXPLICIT_CONSENT
                ? choice.consentDate()
                : null,
            shares && choice.lawfulBasis() == LawfulBasis.EXPLICIT_CONSENT
                ? choice.consentScope()
                : null,
            choice.message(),
            ConnectionStatus.initial(choice.method()),
            null,
            null,
            now,
            by.id(),
            by.displayName(),
            now,
            by.getUsername(),
            0,
            null);
    store.insert(connection, by.getUsername());
    List<DisclosureSnapshot.Item> items =
        shares
            ? DisclosureSnapshot.of(
                facts, choice.fields(), choice.whatMatters(), choice.accessNeeds())
            : List.of();
    store.insertItems(connection.id(), items);
    store.addStatusChange(
        connection.id(),
        new StatusChange(
            connection.status(), null, now, by.getUsername(), by.displayName(), false));
    recordSending(connection, items);
    // In the same transaction, so the ecomap never shows a connection that was not saved.
    networks.addCommunityConnection(person.id(), asset.name(), asset.id(), by);
    events.publishEvent(new ConnectionMade(connection.id(), person.id(), asset.id(), asset.name()));
    return new Made(connection.id());
  }

  private List<Problem> assetProblems(AssetSummary asset, SharingChoice choice) {
    if ("CLOSED".equals(asset.status())) {
      return List.of(new Problem("method", "connection.error.asset.closed"));
    }
    if (choice.method() != null && choice.method().sharesData() && asset.organisationId() == null) {
      return List.of(new Problem("method", "connection.error.asset.noOrganisation"));
    }
    return List.of();
  }

  private void recordSending(Connection c, List<DisclosureSnapshot.Item> items) {
    String method = text.get("connection.method." + c.method());
    if (c.method().sharesData()) {
      String fields =
          items.stream().map(item -> item.field().name()).collect(Collectors.joining(","));
      audit.record(
          c.personId(),
          "connection",
          "disclose",
          method + "; " + text.get("connection.basis." + c.lawfulBasis()),
          c.organisationName() + " (" + c.assetName() + "): " + fields);
    } else {
      audit.record(c.personId(), "connection", "create", null, c.assetName());
    }
    chronology.add(
        c.personId(),
        "connection-" + c.method().name().toLowerCase().replace('_', '-'),
        text.get("connection.chronology." + c.method(), c.assetName(), organisation(c)));
  }

  @Transactional
  Change changeStatus(
      Connection c,
      int versionSeen,
      ConnectionStatus to,
      String reason,
      String feedback,
      Side side,
      StaffMember by) {
    // A change based on an old version is a conflict first: the rules apply to what the user saw.
    if (c.version() != versionSeen) {
      return conflict(c);
    }
    Optional<String> refused =
        ConsentRule.changeRefusal(c, to, side)
            .or(() -> StatusRule.refusal(c.status(), to, side, reason));
    if (refused.isPresent()) {
      String field =
          refused.get().startsWith("connection.error.declineReason") ? "declineReason" : "status";
      Object[] arguments =
          refused.get().endsWith("tooLong") ? new Object[] {StatusRule.MAX_REASON} : new Object[0];
      return new Refusal(new Problem(field, refused.get(), arguments));
    }
    if (SharingRules.length(feedback) > MAX_FEEDBACK) {
      return new Refusal(
          new Problem("feedback", "connection.error.feedback.tooLong", MAX_FEEDBACK));
    }
    String declineReason = to == ConnectionStatus.DECLINED ? reason : null;
    String keptFeedback = ConnectionStatus.OUTCOMES.contains(to) ? feedback : null;
    Instant now = now();
    if (!store.updateStatus(
        c.id(), versionSeen, to, declineReason, keptFeedback, by.getUsername(), now)) {
      return conflict(store.find(c.id()).orElseThrow());
    }
    String note = declineReason != null ? declineReason : keptFeedback;
    store.addStatusChange(
        c.id(),
        new StatusChange(to, note, now, by.getUsername(), by.displayName(), side == Side.PARTNER));
    audit.record(c.personId(), "connection", "change", null, "status " + to.name());
    if (to != c.status()) {
      chronology.add(
          c.personId(),
          "connection-" + to.name().toLowerCase().replace('_', '-'),
          text.get("connection.chronology.status." + to, c.assetName(), organisation(c)));
    } else {
      chronology.add(
          c.personId(),
          "connection-feedback",
          text.get("connection.chronology.feedback", c.assetName(), organisation(c)));
    }
    return new Saved();
  }

  private Conflict conflict(Connection current) {
    List<StatusChange> changes = store.statusChanges(current.id());
    String who = changes.isEmpty() ? current.updatedBy() : changes.get(changes.size() - 1).byName();
    return new Conflict(current, who);
  }

  /** Adds a message to the connection's thread; the problem with it, if any. */
  @Transactional
  Optional<Problem> reply(Connection c, String body, Side side, StaffMember by) {
    if (side == Side.PRACTITIONER && !ConsentRule.maySendMore(c)) {
      return Optional.of(new Problem("reply", "connection.error.reply.consentWithdrawn"));
    }
    if (body == null) {
      return Optional.of(new Problem("reply", "connection.error.reply.required"));
    }
    if (SharingRules.length(body) > MAX_REPLY) {
      return Optional.of(new Problem("reply", "connection.error.reply.tooLong", MAX_REPLY));
    }
    store.addMessage(
        c.id(), new Message(now(), by.getUsername(), by.displayName(), side == Side.PARTNER, body));
    audit.record(c.personId(), "connection", "reply", null, side.name().toLowerCase());
    if (side == Side.PARTNER) {
      chronology.add(
          c.personId(),
          "connection-reply",
          text.get("connection.chronology.reply", organisation(c), c.assetName()));
    }
    return Optional.empty();
  }

  /**
   * Records that the person, signed in to their own pages, withdrew consent for future sharing:
   * audited as the person and put on the chronology. Empty if it was recorded; else why not.
   */
  @Transactional
  Optional<String> withdrawConsent(Connection c) {
    Optional<String> refused = ConsentRule.withdrawalRefusal(c);
    if (refused.isPresent()) {
      return refused;
    }
    if (!store.withdrawConsent(c.id(), c.personId(), "person", now())) {
      return Optional.of("connection.error.withdraw.already");
    }
    audit.recordByThePerson(c.personId(), "connection", "withdraw-consent", c.id().toString());
    chronology.add(
        c.personId(),
        "connection-consent-withdrawn",
        text.get("connection.chronology.consentWithdrawn", c.assetName(), organisation(c)));
    return Optional.empty();
  }

  private String organisation(Connection c) {
    return c.organisationName() == null ? c.assetName() : c.organisationName();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
