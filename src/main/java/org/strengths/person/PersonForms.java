package org.strengths.person;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.strengths.access.Teams;
import org.strengths.platform.web.FormErrors;

/** Checks what was typed into the person forms, adding the problems only the web form can have. */
@Component
class PersonForms {

  /** The fields of the person's forms in page order; date inputs link to their day box. */
  private static final List<String> FIELD_ORDER =
      Stream.concat(
              ChangeHistory.FIELDS.stream(),
              Stream.of(
                  "teamId",
                  "workerId",
                  "clientType",
                  "primarySupportReason",
                  "accommodationStatus",
                  "employmentStatus",
                  "hasUnpaidCarer",
                  "effectiveFrom"))
          .toList();

  static FormErrors errors() {
    return FormErrors.inFormOrder(FIELD_ORDER).dateFields("dateOfBirth", "effectiveFrom");
  }

  private final People people;
  private final Teams teams;
  private final PersonText text;

  PersonForms(People people, Teams teams, PersonText text) {
    this.people = people;
    this.teams = teams;
    this.text = text;
  }

  /**
   * All the problems with the form: the date boxes and select values first (they cannot reach the
   * API as typed), then the module's own checks.
   */
  FormErrors check(PersonForm form, boolean withAllocation) {
    FormErrors errors = PersonForms.errors();
    text.dateProblem(form.dateOfBirth(), "person.date.dateOfBirth")
        .ifPresent(message -> errors.add("dateOfBirth", message));
    NewPerson person = PersonRules.normalise(form.toNewPerson());
    if (withAllocation) {
      if (form.teamTypedButUnknown()) {
        errors.add("teamId", text.get("person.error.teamId.invalid"));
      }
      if (form.workerTypedButUnknown()) {
        errors.add("workerId", text.get("person.error.workerId.notInTeam"));
      }
      errors.addAll(people.problems(person));
    } else {
      errors.addAll(people.detailProblems(person));
    }
    return errors;
  }

  String teamName(UUID teamId) {
    return teamId == null ? "" : teams.find(teamId).map(Teams.Team::name).orElse("");
  }
}
