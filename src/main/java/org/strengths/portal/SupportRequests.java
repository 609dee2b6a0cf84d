package org.strengths.portal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.conversation.ConversationRequests;
import org.strengths.person.CreatedPerson;
import org.strengths.person.DuplicateMatch;
import org.strengths.person.NewPerson;
import org.strengths.person.People;

/**
 * Requests for support made online: drafts saved and returned to by an unguessable token, sent with
 * a reference to the team covering the person's postcode, then confirmed by a practitioner of that
 * team as a new person or an existing record (never merged without them). Once confirmed, the
 * request waits for its first conversation in the conversation module, with its route of access.
 */
@Service
public class SupportRequests {

  /** A request sent and waiting for its team to confirm who the person is. */
  public record Waiting(
      UUID id, String reference, String personName, Instant sentAt, int possibleMatches) {

    public boolean possibleMatch() {
      return possibleMatches > 0;
    }
  }

  /** A draft found by its token. */
  record Draft(UUID id, SupportRequestAnswers answers, Instant startedAt, boolean expired) {}

  /** A sent request, as its team sees it. */
  record Sent(
      UUID id,
      String reference,
      String status,
      SupportRequestAnswers answers,
      UUID teamId,
      UUID personId,
      Instant sentAt) {

    boolean waiting() {
      return "WAITING".equals(status);
    }
  }

  /** What sending a draft came to. */
  sealed interface Sending permits Accepted, Refused, Incomplete {}

  record Accepted(String reference) implements Sending {}

  record Refused(SupportRequestSpamRule.Refusal refusal) implements Sending {}

  record Incomplete(AskForSupportQuestion question) implements Sending {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String REFERENCE_LETTERS = "ACDEFGHJKMNPQRTVWXY34679";

  private final JdbcClient jdbc;
  private final Teams teams;
  private final People people;
  private final ConversationRequests requests;
  private final SupportRequestLimits limits;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  private final Clock clock;
  private final Duration minimumTime;
  private final Duration draftLife;
  private final int sendsPerAddress;
  private final int sendsPerSession;
  private final int startsPerAddress;
  private final String uncoveredTeam;

  SupportRequests(
      JdbcClient jdbc,
      Teams teams,
      People people,
      ConversationRequests requests,
      SupportRequestLimits limits,
      ApplicationEventPublisher events,
      AuditLog audit,
      Clock clock,
      @Value("${strengths.ask-for-support.minimum-seconds:30}") long minimumSeconds,
      @Value("${strengths.ask-for-support.draft-days:7}") long draftDays,
      @Value("${strengths.ask-for-support.sends-per-address-per-hour:10}") int sendsPerAddress,
      @Value("${strengths.ask-for-support.sends-per-session-per-hour:3}") int sendsPerSession,
      @Value("${strengths.ask-for-support.starts-per-address-per-hour:30}") int startsPerAddress,
      @Value("${strengths.ask-for-support.uncovered-team:}") String uncoveredTeam) {
    this.jdbc = jdbc;
    this.teams = teams;
    this.people = people;
    this.requests = requests;
    this.limits = limits;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
    this.minimumTime = Duration.ofSeconds(minimumSeconds);
    this.draftLife = Duration.ofDays(draftDays);
    this.sendsPerAddress = sendsPerAddress;
    this.sendsPerSession = sendsPerSession;
    this.startsPerAddress = startsPerAddress;
    this.uncoveredTeam = uncoveredTeam;
  }

  Duration draftLife() {
    return draftLife;
  }

  /**
   * Starts a draft (and forgets drafts whose time is up); its token (shown only to whoever started
   * it), or empty if the address has started too many.
   */
  @Transactional
  Optional<String> start(String address) {
    if (!limits.allow("start-address", address, startsPerAddress, Duration.ofHours(1))) {
      return Optional.empty();
    }
    String token = token();
    Instant now = clock.instant();
    // Answers nobody came back to are not kept past their link's life.
    jdbc.sql("DELETE FROM portal_support_request WHERE status = 'DRAFT' AND expires_at < :now")
        .param("now", utc(now))
        .update();
    jdbc.sql(
            """
            INSERT INTO portal_support_request (id, token_hash, status, started_at, expires_at)
            VALUES (:id, :hash, 'DRAFT', :now, :expires)
            """)
        .param("id", UUID.randomUUID())
        .param("hash", SupportRequestLimits.hash(token))
        .param("now", utc(now))
        .param("expires", utc(now.plus(draftLife)))
        .update();
    return Optional.of(token);
  }

  /** The draft a token opens, if there is one (expired or not); sent requests are not drafts. */
  Optional<Draft> draft(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return jdbc.sql(
            "SELECT * FROM portal_support_request WHERE token_hash = :hash AND status = 'DRAFT'")
        .param("hash", SupportRequestLimits.hash(token))
        .query(
            (rs, row) ->
                new Draft(
                    rs.getObject("id", UUID.class),
                    answers(rs),
                    instant(rs, "started_at"),
                    !instant(rs, "expires_at").isAfter(now)))
        .optional();
  }

  /** Saves a draft's answers; it lives another {@link #draftLife()} from now. */
  @Transactional
  void save(UUID draftId, SupportRequestAnswers answers) {
    jdbc.sql(
            """
            UPDATE portal_support_request SET who_for = :whoFor, what_matters = :whatMatters,
              going_well = :goingWell, what_would_help = :whatWouldHelp, first_name = :firstName,
              last_name = :lastName, date_of_birth = :dateOfBirth, nhs_number = :nhsNumber,
              postcode = :postcode, contact_name = :contactName, email = :email, phone = :phone,
              expires_at = :expires, version = version + 1
            WHERE id = :id AND status = 'DRAFT'
            """)
        .param("whoFor", answers.whoFor())
        .param("whatMatters", answers.whatMatters())
        .param("goingWell", answers.goingWell())
        .param("whatWouldHelp", answers.whatWouldHelp())
        .param("firstName", answers.firstName())
        .param("lastName", answers.lastName())
        .param("dateOfBirth", answers.dateOfBirth())
        .param("nhsNumber", answers.nhsNumber())
        .param("postcode", answers.postcode())
        .param("contactName", answers.contactName())
        .param("email", answers.email())
        .param("phone", answers.phone())
        .param("expires", utc(clock.instant().plus(draftLife)))
        .param("id", draftId)
        .update();
  }

  /**
   * Sends a draft if it is complete, was not sent too quickly and its sender is within the limits:
   * it goes to the team covering the postcode with the number of existing records that may be the
   * same person, and {@link SupportRequested} is published.
   */
  @Transactional
  Sending send(Draft draft, String address, String session) {
    Optional<AskForSupportQuestion> missing = draft.answers().firstUnanswered();
    if (missing.isPresent()) {
      return new Incomplete(missing.get());
    }
    Instant now = clock.instant();
    Optional<SupportRequestSpamRule.Refusal> tooQuick =
        SupportRequestSpamRule.checkTime(draft.startedAt(), now, minimumTime);
    if (tooQuick.isPresent()) {
      return new Refused(tooQuick.get());
    }
    limits.forgetOld();
    boolean allowed =
        limits.allow("send-session", session, sendsPerSession, Duration.ofHours(1))
            & limits.allow("send-address", address, sendsPerAddress, Duration.ofHours(1));
    if (!allowed) {
      return new Refused(SupportRequestSpamRule.Refusal.TOO_MANY);
    }
    return new Accepted(file(draft.id(), draft.answers(), now));
  }

  /** Files a complete request: its team, its possible matches, its reference; publishes it. */
  private String file(UUID id, SupportRequestAnswers answers, Instant now) {
    String reference = reference();
    UUID team = teamFor(answers.postcode());
    int matches = matchesOf(answers).size();
    jdbc.sql(
            """
            UPDATE portal_support_request SET status = 'WAITING', reference = :reference,
              team_id = :team, possible_matches = :matches, sent_at = :now,
              version = version + 1
            WHERE id = :id AND status = 'DRAFT'
            """)
        .param("reference", reference)
        .param("team", team)
        .param("matches", matches)
        .param("now", utc(now))
        .param("id", id)
        .update();
    events.publishEvent(
        new SupportRequested(
            reference, answers.contactFirstName(), answers.email(), answers.phone()));
    return reference;
  }

  /** The team covering the postcode, else the configured team, else the first team by name. */
  private UUID teamFor(String postcode) {
    return teams
        .covering(postcode)
        .or(
            () ->
                teams.all().stream()
                    .filter(team -> team.name().equalsIgnoreCase(uncoveredTeam.strip()))
                    .findFirst())
        .or(() -> teams.all().stream().findFirst())
        .map(Teams.Team::id)
        .orElse(null);
  }

  /** Existing records that may be the same person: same NHS number, or similar name and birth. */
  List<DuplicateMatch> matchesOf(SupportRequestAnswers answers) {
    return people.likelyDuplicates(
        answers.firstName(), answers.lastName(), answers.dateOfBirth(), answers.nhsNumber());
  }

  /** The requests waiting for the team to confirm who the person is, longest waiting first. */
  public List<Waiting> waitingFor(UUID teamId) {
    if (teamId == null) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT id, reference, first_name, last_name, sent_at, possible_matches
            FROM portal_support_request WHERE status = 'WAITING' AND team_id = :team
            ORDER BY sent_at, id
            """)
        .param("team", teamId)
        .query(
            (rs, row) ->
                new Waiting(
                    rs.getObject("id", UUID.class),
                    rs.getString("reference"),
                    rs.getString("first_name") + " " + rs.getString("last_name"),
                    instant(rs, "sent_at"),
                    rs.getInt("possible_matches")))
        .list();
  }

  /** A sent request (waiting or confirmed), without any access check. */
  Optional<Sent> find(UUID id) {
    return jdbc.sql("SELECT * FROM portal_support_request WHERE id = :id AND status <> 'DRAFT'")
        .param("id", id)
        .query(
            (rs, row) ->
                new Sent(
                    rs.getObject("id", UUID.class),
                    rs.getString("reference"),
                    rs.getString("status"),
                    answers(rs),
                    rs.getObject("team_id", UUID.class),
                    rs.getObject("person_id", UUID.class),
                    instant(rs, "sent_at")))
        .optional();
  }

  /**
   * The practitioner says who the person is: an existing record ({@code existing}) or someone new
   * (null), whose record is then opened allocated to the request's team. Either way the request
   * waits for its first conversation with its route of access. The person's id; {@link
   * AlreadyConfirmed} (and nothing saved) if someone confirmed it first.
   */
  @Transactional
  UUID confirm(Sent request, UUID existing, StaffMember by) {
    SupportRequestAnswers answers = request.answers();
    UUID personId = existing;
    if (personId == null) {
      CreatedPerson created = people.create(newPerson(answers, request.teamId()), by);
      personId =
          created
              .personId()
              .orElseThrow(() -> new IllegalStateException("Request " + request.reference()));
    }
    int updated =
        jdbc.sql(
                """
                UPDATE portal_support_request SET status = 'CONFIRMED', person_id = :person,
                  confirmed_at = :now, confirmed_by = :by, version = version + 1
                WHERE id = :id AND status = 'WAITING'
                """)
            .param("person", personId)
            .param("now", utc(clock.instant()))
            .param("by", by.getUsername())
            .param("id", request.id())
            .update();
    if (updated == 0) {
      throw new AlreadyConfirmed();
    }
    requests.receive(
        personId,
        ConversationRequests.COMMUNITY_OR_OTHER_ROUTE,
        LocalDate.ofInstant(request.sentAt(), clock.getZone()),
        request.reference(),
        by.getUsername());
    audit.record(personId, "support-request", "confirm", null, request.reference());
    return personId;
  }

  /** The request was confirmed by someone else first; nothing was saved. */
  static final class AlreadyConfirmed extends RuntimeException {
    AlreadyConfirmed() {
      super("The request was already confirmed");
    }
  }

  /** For the demo council: a request sent as if by the form, at the given time. */
  @Transactional
  String addDemoRequest(SupportRequestAnswers answers, Instant sentAt) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO portal_support_request (id, token_hash, status, started_at, expires_at)
            VALUES (:id, :hash, 'DRAFT', :started, :expires)
            """)
        .param("id", id)
        .param("hash", SupportRequestLimits.hash(token()))
        .param("started", utc(sentAt.minus(Duration.ofMinutes(12))))
        .param("expires", utc(sentAt.plus(draftLife)))
        .update();
    save(id, answers);
    return file(id, answers, sentAt);
  }

  private static NewPerson newPerson(SupportRequestAnswers answers, UUID teamId) {
    boolean themselves = !answers.forSomeoneElse();
    return new NewPerson(
        answers.firstName(),
        answers.lastName(),
        null,
        null,
        answers.dateOfBirth(),
        answers.nhsNumber(),
        null,
        null,
        null,
        answers.postcode(),
        themselves ? answers.phone() : null,
        themselves ? answers.email() : null,
        null,
        null,
        null,
        false,
        null,
        null,
        false,
        teamId,
        null);
  }

  private static SupportRequestAnswers answers(ResultSet rs) throws SQLException {
    return new SupportRequestAnswers(
        rs.getString("who_for"),
        rs.getString("what_matters"),
        rs.getString("going_well"),
        rs.getString("what_would_help"),
        rs.getString("first_name"),
        rs.getString("last_name"),
        rs.getObject("date_of_birth", LocalDate.class),
        rs.getString("nhs_number"),
        rs.getString("postcode"),
        rs.getString("contact_name"),
        rs.getString("email"),
        rs.getString("phone"));
  }

  /** 32 random bytes, URL-safe: unguessable, and only its hash is stored. */
  private static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** ASK- and eight letters and digits that cannot be mistaken for each other (no 0/O, 1/I). */
  static String reference() {
    StringBuilder reference = new StringBuilder("ASK-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        reference.append('-');
      }
      reference.append(REFERENCE_LETTERS.charAt(RANDOM.nextInt(REFERENCE_LETTERS.length())));
    }
    return reference.toString();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
