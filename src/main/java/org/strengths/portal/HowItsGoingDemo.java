package org.strengths.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strengths.access.AuditLog;
import org.strengths.person.People;
import org.strengths.planning.HowItsGoing;
import org.strengths.platform.ApplicationClock;

/**
 * The demo council's "How it's going" (docs/adr/0114), through the same path as the person's own
 * pages: Nusrat Raza has rated her outcomes, answered the wellbeing questions and said what is
 * working before her review (so Sam's review page starts from her words), and another invited
 * person of Sam's has asked for a review (so it waits in Sam's and the team manager's lists). The
 * demo module calls it once the invitations are made.
 */
@Service
public class HowItsGoingDemo {

  static final String NUSRAT = "nusrat.raza@example.com";
  static final String ASKS_FOR_A_REVIEW = "07700900311";

  private final HowItsGoing howItsGoing;
  private final People people;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final Clock clock;

  HowItsGoingDemo(
      HowItsGoing howItsGoing, People people, AuditLog audit, JdbcClient jdbc, Clock clock) {
    this.howItsGoing = howItsGoing;
    this.people = people;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Adds both, if the demo's invited people are there with agreed plans. */
  public void add() {
    invited(NUSRAT).ifPresent(this::nusratRatesHerPlan);
    invited(ASKS_FOR_A_REVIEW).ifPresent(this::asksForAReview);
  }

  private void nusratRatesHerPlan(UUID personId) {
    HowItsGoing.Page page = howItsGoing.page(personId).orElse(null);
    if (page == null || page.outcomes().isEmpty()) {
      return;
    }
    List<String> ratings = List.of("PARTLY", "ACHIEVED", "NOT_YET");
    Map<String, String> rated = new LinkedHashMap<>();
    for (int i = 0; i < page.outcomes().size(); i++) {
      rated.put(
          page.outcomes().get(i).id().toString(), ratings.get(Math.min(i, ratings.size() - 1)));
    }
    HowItsGoing.Typed typed =
        new HowItsGoing.Typed(
            String.valueOf(page.version()),
            rated,
            "I have been to the lunch club every Tuesday since the summer. I see my friend Pam"
                + " there and we sit together.",
            "Some mornings the carer comes late, so I am still not dressed by ten.",
            Map.of("lifeSatisfaction", "7", "worthwhile", "7", "happy", "8", "anxious", "4"));
    asThePerson(
        Duration.ofDays(2),
        () -> {
          List<HowItsGoing.Problem> problems =
              howItsGoing.save(personId, typed, firstName(personId));
          if (!problems.isEmpty()) {
            throw new IllegalStateException("Nusrat's check-in refused: " + problems);
          }
          audit.recordByThePerson(personId, "how-its-going", "create", null);
        });
  }

  private void asksForAReview(UUID personId) {
    if (howItsGoing.page(personId).isEmpty()) {
      return;
    }
    asThePerson(
        Duration.ofDays(1),
        () -> {
          List<HowItsGoing.Problem> problems =
              howItsGoing.askForReview(
                  personId,
                  "My husband is in hospital and I am on my own at home now. I need more help in"
                      + " the evenings.",
                  firstName(personId));
          if (!problems.isEmpty()) {
            throw new IllegalStateException("The review request was refused: " + problems);
          }
          audit.recordByThePerson(personId, "ask-for-a-review", "create", null);
        });
  }

  private void asThePerson(Duration ago, Runnable work) {
    ApplicationClock.at(
        clock.instant().minus(ago),
        () -> {
          work.run();
          return null;
        });
  }

  private String firstName(UUID personId) {
    return people.find(personId).map(PersonSignIn::firstNameOf).orElseThrow();
  }

  private Optional<UUID> invited(String contact) {
    return jdbc.sql(
            "SELECT person_id FROM portal_invitation WHERE contact = :contact AND status = 'ACTIVE'")
        .param("contact", contact)
        .query(UUID.class)
        .optional();
  }
}
