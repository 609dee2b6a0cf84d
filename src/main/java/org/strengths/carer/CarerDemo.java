package org.strengths.carer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.person.Chronology;
import org.strengths.platform.StrengthsProperties;
import org.strengths.platform.statute.WellbeingArea;

/**
 * In demo mode, links four pairs of people (the demo module passes eight of the demo practitioner's
 * people) as carer and cared-for, with consent, and gives each carer an assessment: one eligible
 * (following the suggestion), one not eligible with the practitioner's reason for differing, one
 * with eligibility answered but not decided, and one conversation only. A fifth pair, when ten
 * people are given, is a carer found eligible about eight months ago, whose own support the demo
 * then plans (so the carers' parts of ASCOF 3D have someone to count). The same words every time,
 * dated over the last eight months; runs once.
 */
@Component
class CarerDemo {

  static final String DEMO_USER = "demo";
  private static final Logger log = LoggerFactory.getLogger(CarerDemo.class);

  private final JdbcClient jdbc;
  private final CarerStore store;
  private final Chronology chronology;
  private final CarerText text;
  private final StrengthsProperties properties;
  private final Clock clock;

  CarerDemo(
      JdbcClient jdbc,
      CarerStore store,
      Chronology chronology,
      CarerText text,
      StrengthsProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.store = store;
    this.chronology = chronology;
    this.text = text;
    this.properties = properties;
    this.clock = clock;
  }

  /** How many days before today each pair's carer's conversation was held. */
  private static final long[] DAYS_AGO = {210, 170, 130, 90, 250};

  /**
   * Adds the four carers' assessments, pairing the people given (at least eight: carer, cared-for,
   * carer, ...), and a fifth eligible carer when there are ten; nothing in production, with fewer
   * people, or if they were added before.
   *
   * @return whether they were added
   */
  @Transactional
  boolean add(List<UUID> people) {
    if (!properties.demo()
        || jdbc.sql("SELECT EXISTS (SELECT 1 FROM carer_link WHERE created_by = :demo)")
            .param("demo", DEMO_USER)
            .query(Boolean.class)
            .single()
        || people.size() < 8) {
      return false;
    }
    LocalDate today = LocalDate.now(clock);
    int pairs = people.size() >= 10 ? 5 : 4;
    for (int i = 0; i < pairs; i++) {
      seed(i, people.get(2 * i), people.get(2 * i + 1), today);
    }
    log.info("Seeded {} demo carers' assessments", pairs);
    return true;
  }

  /** The id of the demo's link of pair {@code n}, counting from 0. */
  static UUID linkId(int n) {
    return UUID.nameUUIDFromBytes(("carer-demo-link-" + n).getBytes());
  }

  private void seed(int n, UUID carer, UUID caredFor, LocalDate today) {
    LocalDate day = today.minusDays(DAYS_AGO[n]);
    Instant at = day.atTime(10, 30).toInstant(ZoneOffset.UTC);
    String[] relationships = {"Wife", "Son", "Neighbour", "Daughter", "Partner"};
    CarerLink link =
        new CarerLink(
            linkId(n),
            carer,
            caredFor,
            relationships[n],
            true,
            day,
            "The carer and the person they care for",
            at,
            DEMO_USER,
            0);
    store.insertLink(link, DEMO_USER, at);
    UUID id = UUID.nameUUIDFromBytes(("carer-demo-assessment-" + n).getBytes());
    store.insertAssessment(id, carer, conversation(n, link.id(), day), DEMO_USER, at);
    if (n < 3 || n == 4) {
      store.updateEligibility(id, 0, eligibility(n, at), DEMO_USER, at);
    }
    chronology.add(carer, "carer-assessment", text.get("carer.chronology.recorded"));
    chronology.add(caredFor, "carer-assessment", text.get("carer.chronology.recordedNeutral"));
  }

  private static CarerConversation conversation(int n, UUID linkId, LocalDate day) {
    String[] matters = {
      "Keeping Dad at home with me, and still singing with my choir on Thursdays.",
      "Getting to work on time and having one evening a week that is mine.",
      "Being a good neighbour without it taking over my life.",
      "My own health. I had a fall in March and I worry about who would help Mum if I could not.",
      "Keeping my partner at home, and getting to the allotment two mornings a week."
    };
    String[] words = {
      "I don't mind the caring, it's the nights that wear me down.",
      "My boss has been kind but I can't keep leaving early.",
      "I'm happy to pop in, I just can't be on call all day.",
      "We have always looked after each other.",
      "I'd do anything for them, but I've not had a morning to myself since Christmas."
    };
    return new CarerConversation(
        linkId,
        day,
        matters[n],
        List.of(new CarerConversation.Quote(words[n], "the carer")),
        n == 2 ? "YES" : "WITH_SUPPORT",
        "YES",
        n == 3 ? "NOT_SURE" : "WITH_SUPPORT",
        n == 1 ? "NOT_SURE" : "YES",
        "Wants to carry on, with a break now and then.",
        Map.of(
            WellbeingArea.HEALTH,
            "Sleeping badly; tired most days.",
            WellbeingArea.RELATIONSHIPS,
            "Sees friends less."),
        "A full night's sleep twice a week; time for the choir.",
        n == 1 ? "Works full-time at the depot." : "Retired; volunteers at the food bank.",
        "Would like to start swimming again.",
        "A sister nearby helps at weekends; the church lunch club on Wednesdays.",
        "The carer",
        "Caring is sustainable with regular breaks; the network is strong at weekends.",
        "The last 3 months",
        day,
        "STANDARD_PRINT");
  }

  private static CarerEligibility eligibility(int n, Instant at) {
    Map<CarerOutcome, CarerEligibilityRule.OutcomeAnswer> outcomes =
        new EnumMap<>(CarerEligibilityRule.allOutcomes(CarerOutcomeStatus.ACHIEVES));
    outcomes.put(
        CarerOutcome.CHILD_CARE,
        new CarerEligibilityRule.OutcomeAnswer(CarerOutcomeStatus.DOES_NOT_APPLY, Set.of()));
    outcomes.put(
        CarerOutcome.RECREATION,
        new CarerEligibilityRule.OutcomeAnswer(
            CarerOutcomeStatus.UNABLE, Set.of(CarerUnableReason.NEEDS_ASSISTANCE)));
    CarerEligibility answers =
        new CarerEligibility(
            true,
            n == 0 || n == 4,
            n == 0 || n == 4 ? "Sleeping badly; the GP has noticed." : null,
            outcomes,
            Map.of(CarerOutcome.RECREATION, "Cannot get to the choir without someone sitting in."),
            true,
            "Has had no time for themselves for a year.",
            null);
    CarerEligibilityRule.Suggestion suggested = answers.suggestion().suggestion();
    CarerEligibility.Decision decision =
        switch (n) {
          case 0 -> new CarerEligibility.Decision(true, null, suggested, at, "Sam Okafor");
          case 4 -> new CarerEligibility.Decision(true, null, suggested, at, "Priya Shah");
          case 1 ->
              new CarerEligibility.Decision(
                  false,
                  "The carer's employer has agreed flexible hours from next month, which meets the need.",
                  suggested,
                  at,
                  "Sam Okafor");
          default -> null;
        };
    return new CarerEligibility(
        answers.necessaryCare(),
        answers.healthDeteriorating(),
        answers.healthNotes(),
        answers.outcomes(),
        answers.outcomeNotes(),
        answers.significantImpact(),
        answers.impactRationale(),
        decision);
  }
}
