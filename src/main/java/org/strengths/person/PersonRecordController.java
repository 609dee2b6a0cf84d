package org.strengths.person;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;

/** A person's record: details, allocation, CLD context, change history and chronology. */
@Controller
class PersonRecordController {

  /** A context field with its value in force today, if any. */
  record ContextRow(CldField field, PersonContext.Entry current) {}

  private final People people;
  private final AuditLog audit;
  private final Allocations allocations;
  private final PersonContext context;
  private final PersonChanges changes;
  private final Chronology chronology;
  private final PersonText text;

  PersonRecordController(
      People people,
      AuditLog audit,
      Allocations allocations,
      PersonContext context,
      PersonChanges changes,
      Chronology chronology,
      PersonText text) {
    this.people = people;
    this.audit = audit;
    this.allocations = allocations;
    this.context = context;
    this.changes = changes;
    this.chronology = chronology;
    this.text = text;
  }

  @GetMapping("/people/{id}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String record(PersonInScope scope, @AuthenticationPrincipal StaffMember staff, Model model) {
    PersonDetails person = people.details(scope);
    audit.record(person.id(), "record", "view");
    model.addAttribute("person", person);
    model.addAttribute(
        "dateOfBirth",
        person.dateOfBirth() == null
            ? null
            : text.date(person.dateOfBirth())
                + " "
                + text.get("person.record.age", text.age(person.dateOfBirth())));
    model.addAttribute("addressLines", addressLines(person));
    model.addAttribute(
        "communicationLines",
        person.communicationNeeds() == null
            ? List.of()
            : List.of(person.communicationNeeds().split("\n")));
    model.addAttribute("teamName", allocations.teamName(person.teamId()));
    model.addAttribute("workerName", allocations.workerName(person.workerId()));
    model.addAttribute(
        "preferredFormatKey",
        PreferredFormat.of(person.preferredFormat()).map(PreferredFormat::labelKey).orElse(null));
    Map<CldField, PersonContext.Entry> current = context.today(person.id());
    List<ContextRow> rows =
        Arrays.stream(CldField.values())
            .map(field -> new ContextRow(field, current.get(field)))
            .toList();
    model.addAttribute("contextRows", rows);
    model.addAttribute("contextHistory", context.history(person.id()));
    model.addAttribute("changes", changes.of(person.id()));
    model.addAttribute("chronology", chronology.entries(person.id()));
    model.addAttribute("mayReadAuditTrail", staff.role() == Role.MANAGER);
    return "person/record";
  }

  private static List<String> addressLines(PersonDetails person) {
    return Stream.of(person.addressLine1(), person.addressLine2(), person.town(), person.postcode())
        .filter(Objects::nonNull)
        .toList();
  }
}
