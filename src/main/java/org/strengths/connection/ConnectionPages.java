package org.strengths.connection;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * Finds what a page address names: the record of a person in scope ({@link PersonInScope}, checked
 * by the access module), a connection of that person, or a connection sent to the partner's own
 * organisation. Anything else is "not found".
 */
@Component
class ConnectionPages {

  /** The errors of a connection form, in the order of its fields. */
  static FormErrors errors() {
    return FormErrors.inFormOrder(
            "conflict",
            "method",
            "providesCare",
            "lawfulBasis",
            "consentDate",
            "consentScope",
            "shareName",
            "sharePhone",
            "shareEmail",
            "shareAddress",
            "shareDateOfBirth",
            "shareMainLanguage",
            "whatMatters",
            "accessNeeds",
            "message",
            "decision",
            "status",
            "declineReason",
            "feedback",
            "reply")
        .dateFields("consentDate");
  }

  private final People people;
  private final ConnectionStore store;

  ConnectionPages(People people, ConnectionStore store) {
    this.people = people;
    this.store = store;
  }

  /** The record of a person in scope: access was checked when the handler received them. */
  PersonDetails details(PersonInScope person) {
    return people.details(person);
  }

  Connection ofPerson(PersonDetails person, UUID connectionId) {
    return store
        .find(connectionId)
        .filter(c -> c.personId().equals(person.id()))
        .orElseThrow(NotFoundException::new);
  }

  /** A connection sent to the partner's organisation; 404 for any other, to leak nothing. */
  Connection forPartner(UUID connectionId, StaffMember partner) {
    if (partner.organisationId() == null) {
      throw new NotFoundException();
    }
    return store
        .find(connectionId)
        .filter(c -> c.sentTo(partner.organisationId()))
        .orElseThrow(NotFoundException::new);
  }

  /** Everything a connection page shows: what was shared, the status history and the thread. */
  void addDetails(Connection c, Model model) {
    model.addAttribute("connection", c);
    model.addAttribute("shared", store.items(c.id()));
    model.addAttribute("history", store.statusChanges(c.id()));
    model.addAttribute("messages", store.messages(c.id()));
  }

  static List<String> outcomeValues(ConnectionStatus status) {
    return status.outcomeChoices().stream().map(Enum::name).toList();
  }
}
