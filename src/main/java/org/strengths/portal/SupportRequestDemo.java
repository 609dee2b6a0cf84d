package org.strengths.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;

/**
 * The demo council's requests made online, waiting on a fresh start: a neighbour asking for someone
 * new to the council, and someone asking for themselves who may already have a record (so the team
 * sees "possible match" and confirms who it is).
 */
@Service
public class SupportRequestDemo {

  private final SupportRequests requests;
  private final People people;
  private final Clock clock;

  SupportRequestDemo(SupportRequests requests, People people, Clock clock) {
    this.requests = requests;
    this.people = people;
    this.clock = clock;
  }

  /**
   * Adds the two requests; {@code knownPersonId} is a demo person whose own request it is (the
   * possible match).
   */
  public void add(UUID knownPersonId) {
    requests.addDemoRequest(
        new SupportRequestAnswers(
            SupportRequestAnswers.SOMEONE_I_KNOW,
            "Her garden and her cat, Biscuit. Phoning her sister in Whitby on Sundays. Going to"
                + " the chapel coffee morning.",
            "She still cooks her own tea and walks to the corner shop most days.",
            "Since her fall she is nervous on the stairs and has stopped going out to the coffee"
                + " morning. I think she is lonely and would like some help getting about.",
            "Edna",
            "Whitmore",
            LocalDate.of(1941, 5, 9),
            null,
            "LS6 2AB",
            "Kwame Asante",
            "kwame.asante@example.com",
            "07700 900 418"),
        clock.instant().minus(Duration.ofDays(2)).minus(Duration.ofHours(3)));
    people
        .find(knownPersonId)
        .ifPresent(
            person ->
                requests.addDemoRequest(
                    ownRequest(person), clock.instant().minus(Duration.ofHours(5))));
  }

  private static SupportRequestAnswers ownRequest(PersonDetails person) {
    return new SupportRequestAnswers(
        SupportRequestAnswers.MYSELF,
        "Getting to the allotment and seeing my grandchildren at the weekend.",
        "My neighbour drops in most days and I manage my own shopping online.",
        "My hands are getting worse and I struggle with buttons and jars. I would like to know"
            + " what could make mornings easier.",
        person.firstName(),
        person.lastName(),
        person.dateOfBirth(),
        null,
        person.postcode() == null ? "LS6 2AB" : person.postcode(),
        null,
        null,
        "0113 496 0418");
  }
}
