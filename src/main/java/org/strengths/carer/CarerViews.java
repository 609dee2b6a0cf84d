package org.strengths.carer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.strengths.access.StaffAccounts;
import org.strengths.person.PersonDetails;
import org.strengths.person.PreferredFormat;
import org.strengths.platform.statute.WellbeingArea;
import org.strengths.platform.web.DateInput;

/** What the carer pages show beside the assessment itself: names, links and conflicts. */
@Component
class CarerViews {

  /** Whom the carer cares for, as shown on the carer's own pages. */
  record LinkView(CarerLink link, String caredForName) {}

  /** A field where the saved version and what the user typed differ. */
  record Difference(String labelKey, String theirs, String yours) {}

  private final CarerStore store;
  private final CarerPeople people;
  private final StaffAccounts staff;
  private final CarerText text;

  CarerViews(CarerStore store, CarerPeople people, StaffAccounts staff, CarerText text) {
    this.store = store;
    this.people = people;
    this.staff = staff;
    this.text = text;
  }

  /** The message for a problem with a typed date, naming the date. */
  java.util.Optional<String> dateProblem(DateInput.Result typed, String nameKey) {
    return text.dateProblem(typed, nameKey);
  }

  String text(String key, Object... args) {
    return text.get(key, args);
  }

  List<LinkView> links(UUID carerId) {
    return store.caredForBy(carerId).stream()
        .map(link -> new LinkView(link, name(link.caredForId())))
        .toList();
  }

  /** The name of the person cared for under this link, or null if there is no link. */
  String caredForName(UUID linkId) {
    return linkId == null
        ? null
        : store.link(linkId).map(link -> name(link.caredForId())).orElse(null);
  }

  void addAssessment(Model model, PersonDetails carer, CarerAssessment assessment) {
    CarerConversation c = assessment.conversation();
    model.addAttribute("carer", carer);
    model.addAttribute("assessment", assessment);
    model.addAttribute("c", c);
    model.addAttribute("caredForName", caredForName(assessment.linkId()));
    model.addAttribute(
        "link", assessment.linkId() == null ? null : store.link(assessment.linkId()).orElse(null));
    model.addAttribute("areas", Arrays.asList(WellbeingArea.values()));
    model.addAttribute("outcomes", Arrays.asList(CarerOutcome.values()));
    model.addAttribute("eligibility", assessment.eligibility());
    model.addAttribute("suggestion", assessment.eligibility().suggestion());
    model.addAttribute(
        "recordFormatKey",
        c.recordGivenFormat() == null ? null : "carer.format." + c.recordGivenFormat());
    model.addAttribute("updatedByName", displayName(assessment.updatedBy()));
  }

  String conflictMessage(CarerAssessment theirs) {
    return text.get(
        "carer.edit.conflict", displayName(theirs.updatedBy()), text.moment(theirs.updatedAt()));
  }

  /** The fields where the saved version differs from what the user typed, in form order. */
  List<Difference> differences(CarerAssessment theirs, CarerAssessmentForm form) {
    Map<String, String> saved = readable(CarerRules.normalise(theirs.conversation()));
    Map<String, String> typed = readable(CarerRules.normalise(form.toConversation()));
    List<Difference> differences = new ArrayList<>();
    saved.forEach(
        (key, value) -> {
          if (!Objects.equals(value, typed.get(key))) {
            differences.add(new Difference(key, value, typed.get(key)));
          }
        });
    return differences;
  }

  private Map<String, String> readable(CarerConversation c) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("carer.label.conversationDate", text.date(c.conversationDate()));
    fields.put("carer.label.whatMatters", c.whatMatters());
    fields.put(
        "carer.label.quotes",
        c.quotes().isEmpty()
            ? null
            : String.join(
                "\n",
                c.quotes().stream().map(q -> "“" + q.quote() + "” – " + q.saidBy()).toList()));
    fields.put("carer.label.ableNow", ability(c.ableNow()));
    fields.put("carer.label.willingNow", ability(c.willingNow()));
    fields.put("carer.label.ableFuture", ability(c.ableFuture()));
    fields.put("carer.label.willingFuture", ability(c.willingFuture()));
    fields.put("carer.label.ableWillingNotes", c.ableWillingNotes());
    for (WellbeingArea area : WellbeingArea.values()) {
      fields.put(area.messageKey(), c.wellbeing().get(area));
    }
    fields.put("carer.label.carerOutcomes", c.carerOutcomes());
    fields.put("carer.label.activitiesNow", c.activitiesNow());
    fields.put("carer.label.activitiesWished", c.activitiesWished());
    fields.put("carer.label.networkSupport", c.networkSupport());
    fields.put("carer.label.peopleInvolved", c.peopleInvolved());
    fields.put("carer.label.practitionerSummary", c.practitionerSummary());
    fields.put("carer.label.fluctuation", c.fluctuation());
    fields.put(
        "carer.label.recordGiven",
        c.recordGivenDate() == null ? null : text.date(c.recordGivenDate()));
    fields.put(
        "carer.label.recordGivenFormat",
        c.recordGivenFormat() == null || !CarerRules.isFormat(c.recordGivenFormat())
            ? c.recordGivenFormat()
            : text.get("carer.format." + PreferredFormat.valueOf(c.recordGivenFormat()).name()));
    return fields;
  }

  private String ability(String value) {
    CarerAbility ability = CarerAbility.of(value);
    return ability == null ? value : text.get(ability.labelKey());
  }

  private String name(UUID personId) {
    return people.find(personId).map(PersonDetails::displayName).orElse(null);
  }

  String displayName(String username) {
    if (username == null) {
      return "";
    }
    try {
      return staff.loadUserByUsername(username).displayName();
    } catch (UsernameNotFoundException gone) {
      return username;
    }
  }
}
