package org.strengths.portal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;
import org.strengths.platform.Display;
import org.strengths.platform.web.FormErrors;

/**
 * "Online access" on a person's record: a practitioner or manager with a working relationship
 * invites the person to their own pages with an email address or mobile number confirmed with them,
 * and can withdraw the invitation. Every view and change is audited.
 */
@Controller
class InvitationController {

  static final String ROLES = "hasAnyRole('PRACTITIONER','MANAGER')";
  static final String SECTION = "online-access";

  private final Invitations invitations;
  private final People people;
  private final AuditLog audit;
  private final MyPagesText words;
  private final Clock clock;

  InvitationController(
      Invitations invitations, People people, AuditLog audit, MyPagesText words, Clock clock) {
    this.invitations = invitations;
    this.people = people;
    this.audit = audit;
    this.words = words;
    this.clock = clock;
  }

  /** The invitation form: the address, and that it was confirmed with the person. */
  record InvitationForm(String contact, String confirmed) {}

  @GetMapping("/people/{id}/online-access")
  @PreAuthorize(ROLES)
  String page(PersonInScope person, @ModelAttribute("form") InvitationForm form, Model model) {
    audit.record(person.id(), SECTION, "view");
    if (form.contact() == null) {
      PersonDetails details = people.details(person);
      String suggested =
          details.email() != null && !details.email().isBlank() ? details.email() : details.phone();
      model.addAttribute("form", new InvitationForm(suggested, null));
    }
    return show(person, model, FormErrors.none());
  }

  @PostMapping("/people/{id}/online-access")
  @PreAuthorize(ROLES)
  String invite(
      PersonInScope person,
      @ModelAttribute("form") InvitationForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    FormErrors errors = FormErrors.inFormOrder("contact", "confirmed");
    Optional<ContactAddress> address = ContactAddress.read(form.contact());
    if (form.contact() == null || form.contact().isBlank()) {
      errors.add("contact", words.get("invitation.contact.missing"));
    } else if (address.isEmpty()) {
      errors.add("contact", words.get("invitation.contact.invalid"));
    }
    if (!"yes".equals(form.confirmed())) {
      errors.add("confirmed", words.get("invitation.confirmed.missing"));
    }
    if (errors.isEmpty() && people.details(person).died()) {
      // No invitation to the pages of a person recorded as dead (docs/adr/0174).
      errors.add("contact", words.get("invitation.contact.died"));
    }
    if (errors.isEmpty()) {
      Invitations.Invited invited = invitations.invite(person.id(), address.get(), staff.id());
      if (invited instanceof Invitations.UsedByAnotherPerson) {
        errors.add("contact", words.get("invitation.contact.taken"));
      } else if (invited instanceof Invitations.Done done) {
        audit.record(person.id(), SECTION, "invite", null, done.id().toString());
        redirect.addFlashAttribute("savedMessage", "invitation.saved.invited");
        return "redirect:/people/" + person.id() + "/online-access";
      } else {
        return "redirect:/people/" + person.id() + "/online-access";
      }
    }
    audit.record(person.id(), SECTION, "view");
    return show(person, model, errors);
  }

  @PostMapping("/people/{id}/online-access/withdraw")
  @PreAuthorize(ROLES)
  String withdraw(
      PersonInScope person,
      @AuthenticationPrincipal StaffMember staff,
      RedirectAttributes redirect) {
    if (invitations.withdraw(person.id(), staff.id())) {
      audit.record(person.id(), SECTION, "withdraw");
      redirect.addFlashAttribute("savedMessage", "invitation.saved.withdrawn");
    }
    return "redirect:/people/" + person.id() + "/online-access";
  }

  private String show(PersonInScope person, Model model, FormErrors errors) {
    Optional<Invitations.Invitation> current = invitations.current(person.id());
    model.addAttribute("person", person);
    model.addAttribute("personId", person.id());
    model.addAttribute("invitation", current.orElse(null));
    model.addAttribute(
        "invitedOn",
        current.map(i -> Display.momentOf(i.invitedAt(), clock.getZone())).orElse(null));
    model.addAttribute("errors", errors);
    return "portal/invitation";
  }
}
