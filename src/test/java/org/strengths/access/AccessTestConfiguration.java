package org.strengths.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the access integration tests add to the application: made-up people (primary, so it wins
 * over the person module's directory once both are present) and a page and an API endpoint that
 * guard a person's record the way the person module's do.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({AccessTestConfiguration.PersonPage.class, AccessTestConfiguration.PersonApi.class})
class AccessTestConfiguration {

  @Bean
  @Primary
  FakePersonDirectory fakePersonDirectory(ListableBeanFactory beans) {
    return new FakePersonDirectory(
        () ->
            beans.getBeansOfType(PersonDirectory.class).values().stream()
                .filter(directory -> !(directory instanceof FakePersonDirectory))
                .findFirst());
  }

  @Controller
  static class PersonPage {
    private final PersonAccess access;
    private final PersonDirectory people;
    private final AuditLog audit;

    PersonPage(PersonAccess access, PersonDirectory people, AuditLog audit) {
      this.access = access;
      this.people = people;
      this.audit = audit;
    }

    @GetMapping("/test-only/people/{id}")
    @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
    @ResponseBody
    String show(@PathVariable UUID id, @AuthenticationPrincipal StaffMember staff) {
      AccessBasis basis = access.check(staff, people.allocationOf(id).orElseThrow());
      audit.record(id, "record", "view");
      return "Record of " + people.displayName(id).orElseThrow() + " seen as " + basis;
    }

    @GetMapping("/test-only/failure")
    @PreAuthorize("isAuthenticated()")
    String failure() {
      throw new IllegalStateException("A page that fails on the server");
    }
  }

  @RestController
  static class PersonApi {
    private final PersonAccess access;
    private final PersonDirectory people;

    PersonApi(PersonAccess access, PersonDirectory people) {
      this.access = access;
      this.people = people;
    }

    @GetMapping("/api/test-only/people/{id}")
    @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
    Map<String, Object> show(@PathVariable UUID id, @AuthenticationPrincipal StaffMember staff) {
      AccessBasis basis = access.check(staff, people.allocationOf(id).orElseThrow());
      return Map.of("name", people.displayName(id).orElseThrow(), "basis", basis.name());
    }

    @PostMapping("/api/test-only/people")
    @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
    Map<String, Object> create(@Valid @RequestBody NewPerson person) {
      return Map.of("created", person.lastName());
    }

    @GetMapping("/api/test-only/failure")
    @PreAuthorize("isAuthenticated()")
    Map<String, Object> failure() {
      throw new IllegalStateException("SELECT secret FROM internals");
    }

    @GetMapping("/api/test-only/database-down")
    @PreAuthorize("isAuthenticated()")
    Map<String, Object> databaseDown() {
      throw new org.springframework.transaction.CannotCreateTransactionException(
          "Could not open JDBC Connection for transaction");
    }
  }

  record NewPerson(@NotBlank String firstName, @NotBlank @Size(max = 5) String lastName) {}
}
