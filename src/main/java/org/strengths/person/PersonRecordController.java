package org.strengths.person;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.platform.PersonRecordPart;

/**
 * A person's record. The summary opens with the person (every module's {@link PersonRecordPart}
 * cards: their words, strengths, network, outcomes, what was agreed, the next review, connections)
 * with their details and allocation below; context for the national return with the change history,
 * and the chronology, are pages of their own. Every page checks the working relationship and audits
 * the view before reading anything.
 */
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
  private final List<PersonRecordPart> parts;

  PersonRecordController(
      People people,
      AuditLog audit,
      Allocations allocations,
      PersonContext context,
      PersonChanges changes,
      Chronology chronology,
      PersonText text,
      List<PersonRecordPart> parts) {
    this.people = people;
    this.audit = audit;
    this.allocations = allocations;
    this.context = context;
    this.changes = changes;
    this.chronology = chronology;
    this.text = text;
    this.parts = parts;
  }

  @GetMapping("/people/{id}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String record(PersonInScope scope, Model model) {
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
    model.addAttribute(
        "dateOfDeath", person.dateOfDeath() == null ? null : text.date(person.dateOfDeath()));
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
    PersonRecordPart.Subject subject =
        new PersonRecordPart.Subject(person.id(), person.displayName());
    model.addAttribute("personId", person.id());
    model.addAttribute(
        "cards",
        parts.stream()
            .flatMap(part -> part.cards(subject).stream())
            .sorted(Comparator.comparingInt(PersonRecordPart.Card::order))
            .toList());
    return "person/record";
  }

  @GetMapping("/people/{id}/history")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String history(PersonInScope scope, Model model) {
    PersonDetails person = people.details(scope);
    audit.record(person.id(), "record", "view", null, "history");
    model.addAttribute("person", person);
    Map<CldField, PersonContext.Entry> current = context.today(person.id());
    List<ContextRow> rows =
        Arrays.stream(CldField.values())
            .map(field -> new ContextRow(field, current.get(field)))
            .toList();
    model.addAttribute("contextRows", rows);
    model.addAttribute("contextHistory", context.history(person.id()));
    model.addAttribute("changes", changes.of(person.id()));
    return "person/history";
  }

  @GetMapping("/people/{id}/chronology")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String chronology(PersonInScope scope, Model model) {
    PersonDetails person = people.details(scope);
    audit.record(person.id(), "record", "view", null, "chronology");
    model.addAttribute("person", person);
    model.addAttribute("chronology", chronology.entries(person.id()));
    return "person/chronology";
  }

  private static List<String> addressLines(PersonDetails person) {
    return Stream.of(person.addressLine1(), person.addressLine2(), person.town(), person.postcode())
        .filter(Objects::nonNull)
        .toList();
  }
}
