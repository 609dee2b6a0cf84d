package org.strengths.carer;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.person.PersonDetails;
import org.strengths.person.PersonSearch;
import org.strengths.person.SearchQueryException;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.Ids;
import org.strengths.platform.web.NotFoundException;

/**
 * The carers of a person, from the cared-for person's record: who cares for them (with the consent
 * to link their records) and linking a carer, found by search or added as a new person first.
 */
@Controller
class CarersController {

  /** A carer in the list; {@code mayOpen} says whether the viewer may open the carer's record. */
  record CarerRow(
      CarerLink link, PersonDetails carer, boolean mayOpen, List<CarerAssessment> assessments) {}

  private final CarerPeople people;
  private final CarerStore store;
  private final CarerLinks links;
  private final PersonSearch search;
  private final AuditLog audit;
  private final CarerText text;
  private final java.time.Clock clock;

  CarersController(
      CarerPeople people,
      CarerStore store,
      CarerLinks links,
      PersonSearch search,
      AuditLog audit,
      CarerText text,
      java.time.Clock clock) {
    this.people = people;
    this.store = store;
    this.links = links;
    this.search = search;
    this.audit = audit;
    this.text = text;
    this.clock = clock;
  }

  @GetMapping("/people/{id}/carers")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String carers(PersonInScope scope, @AuthenticationPrincipal StaffMember staff, Model model) {
    PersonDetails person = people.details(scope);
    audit.record(person.id(), "carers", "view");
    List<CarerLink> linked = store.carersOf(person.id());
    Map<UUID, List<CarerAssessment>> assessments =
        store.assessmentsByLink(linked.stream().map(CarerLink::id).toList());
    List<CarerRow> rows =
        linked.stream()
            .map(
                link -> {
                  PersonDetails carer = people.find(link.carerId()).orElseThrow();
                  return new CarerRow(
                      link,
                      carer,
                      people.mayView(carer, staff),
                      assessments.getOrDefault(link.id(), List.of()));
                })
            .toList();
    model.addAttribute("person", person);
    model.addAttribute("rows", rows);
    return "carer/carers";
  }

  @GetMapping("/people/{id}/carers/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String choose(
      PersonInScope scope,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String carer,
      @ModelAttribute("form") CarerLinkForm form,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    PersonDetails person = people.details(scope);
    audit.record(person.id(), "carers", "view");
    String chosen = PreservedForm.wasRestored(request) ? form.getCarerId() : carer;
    if (chosen != null && !chosen.isBlank()) {
      UUID chosenId = Ids.orNull(chosen);
      if (chosenId == null) {
        throw new NotFoundException();
      }
      PersonDetails carerPerson = people.checked(chosenId, staff);
      if (!PreservedForm.wasRestored(request)) {
        form.setCarerId(carerPerson.id().toString());
        LocalDate today = LocalDate.now(clock);
        form.setConsentDateDay(String.valueOf(today.getDayOfMonth()));
        form.setConsentDateMonth(String.valueOf(today.getMonthValue()));
        form.setConsentDateYear(String.valueOf(today.getYear()));
      }
      return showLinkForm(person, carerPerson, model, CarerRules.errors());
    }
    model.addAttribute("person", person);
    model.addAttribute("q", q == null ? "" : q);
    FormErrors errors = CarerRules.errors();
    if (q != null) {
      try {
        model.addAttribute(
            "results",
            search.search(q, 1).people().stream()
                .filter(result -> !result.id().equals(person.id()))
                .toList());
      } catch (SearchQueryException refused) {
        errors.add("q", text.get(refused.messageKey(), refused.arguments()));
      }
    }
    model.addAttribute("errors", errors);
    return "carer/choose-carer";
  }

  @PostMapping("/people/{id}/carers/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String link(
      PersonInScope scope,
      @ModelAttribute("form") CarerLinkForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = people.details(scope);
    UUID carerId = Ids.orNull(form.getCarerId());
    if (carerId == null || people.find(carerId).isEmpty()) {
      return "redirect:/people/" + person.id() + "/carers/new";
    }
    PersonDetails carer = people.checked(carerId, staff);
    FormErrors errors = CarerRules.errors();
    text.dateProblem(form.consentDate(), "carer.date.consentDate")
        .ifPresent(message -> errors.add("consentDate", message));
    CarerLinks.Outcome outcome = links.link(carer, person, form.toNewLink(), staff);
    if (outcome instanceof CarerLinks.Refused refused) {
      errors.addAll(refused.problems());
    }
    if (!errors.isEmpty()) {
      return showLinkForm(person, carer, model, errors);
    }
    CarerLink link = ((CarerLinks.Linked) outcome).link();
    redirect.addFlashAttribute("savedMessage", "carer.saved.linked");
    return "redirect:/people/" + carer.id() + "/carer-assessments/new?link=" + link.id();
  }

  private String showLinkForm(
      PersonDetails person, PersonDetails carer, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("carer", carer);
    model.addAttribute("errors", errors);
    return "carer/link-carer";
  }
}
