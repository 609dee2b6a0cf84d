package org.strengths.carer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.carer.CarerSharing.SharingScope;
import org.strengths.person.People;
import org.strengths.platform.Words;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * On the cared-for person's record: what they agreed to share with a carer on the carer's own
 * pages, part by part, with who agreed and when (docs/adr/0118). Practitioners and managers with a
 * working relationship to the cared-for person; every view and change audited on their record.
 */
@Controller
class CarerSharingController {

  static final String SECTION = "carer-sharing";

  private final CarerSharing sharing;
  private final People people;
  private final AuditLog audit;
  private final Words words;

  CarerSharingController(CarerSharing sharing, People people, AuditLog audit, CarerText words) {
    this.sharing = sharing;
    this.people = people;
    this.audit = audit;
    this.words = words;
  }

  /** What the practitioner ticked and typed. */
  record SharingForm(
      List<String> scopes,
      String givenBy,
      String givenOnDay,
      String givenOnMonth,
      String givenOnYear) {}

  @GetMapping("/people/{id}/carers/{link}/sharing")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String page(
      PersonInScope person,
      @PathVariable("link") UUID linkId,
      @ModelAttribute("form") SharingForm form,
      Model model) {
    CarerLink link = sharing.linkOf(person.id(), linkId).orElseThrow(NotFoundException::new);
    audit.record(person.id(), SECTION, "view");
    if (form.scopes() == null) {
      model.addAttribute(
          "form",
          new SharingForm(
              sharing.shared(linkId).stream().map(Enum::name).toList(), null, null, null, null));
    }
    return show(person, link, model, FormErrors.none());
  }

  @PostMapping("/people/{id}/carers/{link}/sharing")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String save(
      PersonInScope person,
      @PathVariable("link") UUID linkId,
      @ModelAttribute("form") SharingForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    CarerLink link = sharing.linkOf(person.id(), linkId).orElseThrow(NotFoundException::new);
    Set<SharingScope> scopes = EnumSet.noneOf(SharingScope.class);
    if (form.scopes() != null) {
      for (String typed : form.scopes()) {
        for (SharingScope scope : SharingScope.values()) {
          if (scope.name().equals(typed)) {
            scopes.add(scope);
          }
        }
      }
    }
    DateInput.Result givenOn =
        DateInput.read(form.givenOnDay(), form.givenOnMonth(), form.givenOnYear());
    FormErrors errors =
        FormErrors.inFormOrder("scopes", "givenBy", "givenOn").dateFields("givenOn");
    if (form.givenBy() == null || form.givenBy().isBlank()) {
      errors.add("givenBy", words.get("carerSharing.givenBy.missing"));
    } else if (form.givenBy().strip().length() > 200) {
      errors.add("givenBy", words.get("carerSharing.givenBy.tooLong"));
    }
    if (givenOn.problem() != null) {
      errors.add("givenOn", words.dateProblem(givenOn, "carerSharing.givenOn.name").orElseThrow());
    } else if (givenOn.date() == null) {
      errors.add("givenOn", words.get("carerSharing.givenOn.missing"));
    } else if (givenOn.date().isAfter(words.today())) {
      errors.add("givenOn", words.get("carerSharing.givenOn.future"));
    }
    if (!errors.isEmpty()) {
      audit.record(person.id(), SECTION, "view");
      return show(person, link, model, errors);
    }
    sharing.share(linkId, scopes, form.givenBy().strip(), givenOn.date(), staff.getUsername());
    audit.record(person.id(), SECTION, "change", null, linkId.toString());
    redirect.addFlashAttribute("savedMessage", "carerSharing.saved");
    return "redirect:/people/" + person.id() + "/carers/" + linkId + "/sharing";
  }

  private String show(PersonInScope person, CarerLink link, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("personId", person.id());
    model.addAttribute("link", link);
    model.addAttribute(
        "carerName", people.find(link.carerId()).map(c -> c.displayName()).orElse(""));
    model.addAttribute("scopes", SharingScope.values());
    model.addAttribute("errors", errors);
    return "carer/sharing";
  }
}
