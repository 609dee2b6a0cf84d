package org.strengths.carer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.person.Chronology;
import org.strengths.person.PersonDetails;

/**
 * Links a carer's record to the record of the person they care for. Only with consent: the link
 * lets each record lead to the other, so it records who agreed and when. The cared-for person's
 * chronology gets a neutral line that says nothing about the carer.
 */
@Service
class CarerLinks {

  private final CarerStore store;
  private final AuditLog audit;
  private final Chronology chronology;
  private final CarerText text;
  private final Clock clock;

  CarerLinks(CarerStore store, AuditLog audit, Chronology chronology, CarerText text, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
    this.clock = clock;
  }

  /** What was typed to link a carer; text already trimmed, blanks as null. */
  record NewLink(
      String relationship, Boolean consentGiven, LocalDate consentDate, String consentGivenBy) {}

  sealed interface Outcome permits Linked, Refused {}

  record Linked(CarerLink link) implements Outcome {}

  record Refused(Map<String, String> problems) implements Outcome {}

  /** Both people must already have passed the access check. */
  @Transactional
  Outcome link(PersonDetails carer, PersonDetails caredFor, NewLink typed, StaffMember by) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (carer.id().equals(caredFor.id())) {
      problems.put("carerId", text.get("carer.error.carerId.self"));
    } else if (store.link(carer.id(), caredFor.id()).isPresent()) {
      problems.put("carerId", text.get("carer.error.carerId.alreadyLinked"));
    }
    problems.putAll(
        text.resolve(
            CarerRules.linkProblems(
                typed.relationship(),
                typed.consentGiven(),
                typed.consentDate(),
                typed.consentGivenBy(),
                LocalDate.now(clock))));
    if (!problems.isEmpty()) {
      return new Refused(problems);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    CarerLink link =
        new CarerLink(
            UUID.randomUUID(),
            carer.id(),
            caredFor.id(),
            typed.relationship(),
            true,
            typed.consentDate(),
            typed.consentGivenBy(),
            now,
            by.getUsername(),
            0);
    store.insertLink(link, by.getUsername(), now);
    audit.record(caredFor.id(), "carers", "create", null, "link " + link.id());
    audit.record(carer.id(), "carers", "create", null, "link " + link.id());
    chronology.add(
        carer.id(),
        "carer-linked",
        text.get(
            "carer.chronology.linked",
            caredFor.displayName(),
            typed.relationship(),
            typed.consentGivenBy(),
            text.date(typed.consentDate())));
    chronology.add(caredFor.id(), "carer-linked", text.get("carer.chronology.linkedNeutral"));
    return new Linked(link);
  }
}
