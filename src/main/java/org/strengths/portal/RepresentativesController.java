package org.strengths.portal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.strengths.person.People;
import org.strengths.platform.Display;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;

/**
 * "Representatives" on a person's record: a practitioner or manager with a working relationship
 * records who may act for the person (a lasting power of attorney for health and welfare, a deputy,
 * or someone the person chose), the evidence, and when the authority ends, and may invite them to
 * the person's pages; and withdraws the authority when it ends early. Every view and change is
 * audited (docs/adr/0118).
 */
@Controller
class RepresentativesController {

  static final String SECTION = "representatives";

  private final Representatives representatives;
  private final AuditLog audit;
  private final People people;
  private final MyPagesText words;
  private final Clock clock;

  RepresentativesController(
      Representatives representatives,
      People people,
      AuditLog audit,
      MyPagesText words,
      Clock clock) {
    this.representatives = representatives;
    this.people = people;
    this.audit = audit;
    this.words = words;
    this.clock = clock;
  }

  /** What the practitioner typed when recording a representative. */
  record RepresentativeForm(
      String name,
      String authority,
      String reference,
      String endsOnDay,
      String endsOnMonth,
      String endsOnYear,
      String personChose,
      String contact,
      String confirmed) {}

  @GetMapping("/people/{id}/representatives")
  @PreAuthorize(InvitationController.ROLES)
  String page(PersonInScope person, @ModelAttribute("form") RepresentativeForm form, Model model) {
    audit.record(person.id(), SECTION, "view");
    return show(person, model, FormErrors.none());
  }

  @PostMapping("/people/{id}/representatives")
  @PreAuthorize(InvitationController.ROLES)
  String record(
      PersonInScope person,
      @ModelAttribute("form") RepresentativeForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    DateInput.Result endsOn =
        DateInput.read(form.endsOnDay(), form.endsOnMonth(), form.endsOnYear());
    RepresentativeRules.Typed typed =
        new RepresentativeRules.Typed(
            form.name(),
            form.authority(),
            form.reference(),
            endsOn.date(),
            endsOn.problem() != null,
            "yes".equals(form.personChose()));
    Map<String, String> problems =
        new LinkedHashMap<>(RepresentativeRules.problems(typed, words.today()));
    FormErrors errors =
        FormErrors.inFormOrder(
                "name", "authority", "reference", "endsOn", "personChose", "contact", "confirmed")
            .dateFields("endsOn");
    problems.forEach(
        (field, key) ->
            errors.add(
                field,
                field.equals("endsOn") && endsOn.problem() != null
                    ? words.dateProblem(endsOn, "reps.endsOn.name").orElseThrow()
                    : words.get(key)));
    Optional<ContactAddress> address = Optional.empty();
    if (form.contact() != null && !form.contact().isBlank()) {
      address = ContactAddress.read(form.contact());
      if (address.isEmpty()) {
        errors.add("contact", words.get("invitation.contact.invalid"));
      } else if (!"yes".equals(form.confirmed())) {
        errors.add("confirmed", words.get("reps.confirmed.missing"));
      } else if (people.details(person).died()) {
        // Nobody is invited to act for a person recorded as dead (docs/adr/0174).
        errors.add("contact", words.get("reps.contact.died"));
      }
    }
    if (errors.isEmpty()) {
      try {
        Representatives.Saved saved =
            representatives.record(person.id(), typed, address, staff.id());
        audit.record(person.id(), SECTION, "record", null, saved.id().toString());
        if (saved.invited()) {
          audit.record(person.id(), SECTION, "invite", null, saved.id().toString());
        }
        redirect.addFlashAttribute(
            "savedMessage", saved.invited() ? "reps.saved.invited" : "reps.saved.recorded");
        return "redirect:/people/" + person.id() + "/representatives";
      } catch (Representatives.AddressTakenException taken) {
        errors.add("contact", words.get("reps.contact.taken"));
      }
    }
    audit.record(person.id(), SECTION, "view");
    return show(person, model, errors);
  }

  @PostMapping("/people/{id}/representatives/{representative}/withdraw")
  @PreAuthorize(InvitationController.ROLES)
  String withdraw(
      PersonInScope person,
      @PathVariable("representative") UUID representative,
      @AuthenticationPrincipal StaffMember staff,
      RedirectAttributes redirect) {
    if (representatives.withdraw(person.id(), representative, staff.id())) {
      audit.record(person.id(), SECTION, "withdraw", null, representative.toString());
      redirect.addFlashAttribute("savedMessage", "reps.saved.withdrawn");
    }
    return "redirect:/people/" + person.id() + "/representatives";
  }

  private String show(PersonInScope person, Model model, FormErrors errors) {
    List<Representatives.Representative> all = representatives.of(person.id());
    model.addAttribute("person", person);
    model.addAttribute("personId", person.id());
    model.addAttribute("representatives", all);
    model.addAttribute("authorities", RepresentativeRules.Authority.values());
    model.addAttribute(
        "recordedOn",
        all.stream()
            .collect(
                Collectors.toMap(
                    Representatives.Representative::id,
                    r -> Display.momentOf(r.recordedAt(), clock.getZone()))));
    model.addAttribute("errors", errors);
    return "portal/representatives";
  }
}
