package org.strengths;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.NewPerson;
import org.strengths.person.People;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * Every page about a person refuses a practitioner of another team: a new {@code /people/{id}/…}
 * page that forgets the working-relationship check fails here. Other ids in the address are random,
 * so the refusal must come before anything is looked up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EveryPersonPageChecksTheWorkingRelationshipTest {

  private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

  /** The break-glass offer and request are for exactly this visitor; nothing else is exempt. */
  private static final Set<String> BREAK_GLASS = Set.of("/people/{id}/break-glass");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired People people;
  @Autowired StaffAccounts accounts;

  @Test
  void aPractitionerOfAnotherTeamIsRefusedOnEveryPageAboutThePerson() {
    StaffMember sam = accounts.loadUserByUsername("practitioner");
    StaffMember tom = accounts.loadUserByUsername("practitioner2");
    assertThat(tom.teamId()).isNotEqualTo(sam.teamId());
    UUID person = personOf(sam);
    WebSession visitor = WebSession.signedIn(port, "practitioner2", "strengths-demo");
    visitor.get("/");

    List<String> routes = routes();
    List<String> notRefused = new ArrayList<>();
    for (String route : routes) {
      String[] parts = route.split(" ", 2);
      String path = address(parts[1], person);
      int status =
          parts[0].equals("POST")
              ? visitor.post(path, Map.of()).statusCode()
              : visitor.get(path).statusCode();
      if (status != 403) {
        notRefused.add(route + " answered " + status);
      }
    }

    assertThat(routes).as("routes under /people/{id}").hasSizeGreaterThan(40);
    assertThat(notRefused).as("pages about a person open to another team").isEmpty();
  }

  private List<String> routes() {
    return context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
        .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
        .flatMap(EveryPersonPageChecksTheWorkingRelationshipTest::routes)
        .distinct()
        .sorted()
        .toList();
  }

  private static java.util.stream.Stream<String> routes(RequestMappingInfo info) {
    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
    List<String> verbs = new ArrayList<>();
    if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
      verbs.add("GET");
    }
    if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
      verbs.add("POST");
    }
    return info.getPatternValues().stream()
        .filter(EveryPersonPageChecksTheWorkingRelationshipTest::aboutAPerson)
        .filter(pattern -> !BREAK_GLASS.contains(pattern))
        .flatMap(pattern -> verbs.stream().map(verb -> verb + " " + pattern));
  }

  /** Any address whose first segment after /people/ is a variable names a person. */
  private static boolean aboutAPerson(String pattern) {
    return pattern.startsWith("/people/{") && !pattern.startsWith("/people/new");
  }

  /** The person's id for the first variable, random ids for any others. */
  private static String address(String pattern, UUID person) {
    String path = VARIABLE.matcher(pattern).replaceFirst(person.toString());
    return VARIABLE.matcher(path).replaceAll(variable -> UUID.randomUUID().toString());
  }

  /**
   * Every page about a person receives it as a {@link PersonInScope}, so the check is made in one
   * place. The break-glass offer is for those without a working relationship, and the audit trail
   * has a stricter rule of its own (the manager of the person's team only).
   */
  @Test
  void everyPageAboutAPersonReceivesThePersonInScope() {
    List<String> without =
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
            .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
            .filter(
                handler ->
                    handler.getKey().getPatternValues().stream()
                        .anyMatch(
                            pattern ->
                                aboutAPerson(pattern)
                                    && !pattern.startsWith("/people/{id}/break-glass")
                                    && !pattern.equals("/people/{id}/audit-trail")))
            .filter(
                handler ->
                    Arrays.stream(handler.getValue().getMethodParameters())
                        .noneMatch(
                            parameter -> parameter.getParameterType() == PersonInScope.class))
            .map(handler -> handler.getValue().getShortLogMessage() + " " + handler.getKey())
            .sorted()
            .toList();

    assertThat(without).as("pages about a person that look the person up themselves").isEmpty();
  }

  private UUID personOf(StaffMember worker) {
    NewPerson person =
        RecordFixtures.allocated(
            "Ada", "Qroutewalk", LocalDate.of(1950, 1, 1), worker.teamId(), worker.id());
    return people.create(person, worker).personId().orElseThrow();
  }
}
