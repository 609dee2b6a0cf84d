package org.strengths.portal;

import java.util.List;
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
import org.strengths.access.Role;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.FormErrors;

/**
 * "Messages" on a person's record (docs/adr/0162): the thread between the person and the staff
 * working with them. Practitioners and managers with a working relationship read it; practitioners
 * reply, and opening it as a practitioner marks the person's messages read. Every view and message
 * is audited.
 */
@Controller
class MessagesController {

  static final String SECTION = "messages";

  /** The reply form: the message as typed. */
  record MessageForm(String text) {}

  /** A message as the record shows it. */
  record Shown(String who, String when, String text, boolean fromPerson, boolean isNew) {}

  private final PersonMessages messages;
  private final Invitations invitations;
  private final AuditLog audit;
  private final MyPagesText words;

  MessagesController(
      PersonMessages messages, Invitations invitations, AuditLog audit, MyPagesText words) {
    this.messages = messages;
    this.invitations = invitations;
    this.audit = audit;
    this.words = words;
  }

  @GetMapping("/people/{id}/messages")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String thread(
      PersonInScope person,
      @ModelAttribute("form") MessageForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    return page(person, staff, model, FormErrors.none());
  }

  @PostMapping("/people/{id}/messages")
  @PreAuthorize("hasRole('PRACTITIONER')")
  String reply(
      PersonInScope person,
      @ModelAttribute("form") MessageForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    MessageRules.Checked checked = MessageRules.check(form.text());
    if (checked.text().isEmpty()) {
      return page(person, staff, model, new FormErrors().add("text", words.get(checked.problem())));
    }
    messages.fromStaff(person.id(), staff, checked.text().get());
    audit.record(person.id(), SECTION, "create");
    redirect.addFlashAttribute("savedMessage", "messages.record.sent");
    return "redirect:/people/" + person.id() + "/messages";
  }

  private String page(PersonInScope person, StaffMember staff, Model model, FormErrors errors) {
    List<PersonMessages.Message> thread = messages.thread(person.id(), MessageRules.Reader.STAFF);
    boolean practitioner = staff.hasRole(Role.PRACTITIONER);
    if (practitioner) {
      messages.readByStaff(person.id(), staff.id());
    }
    audit.record(person.id(), SECTION, "view");
    model.addAttribute("person", person);
    model.addAttribute("personId", person.id());
    model.addAttribute(
        "thread",
        thread.stream()
            .map(
                message -> {
                  boolean fromPerson = message.from() == MessageRules.Side.PERSON;
                  String who =
                      fromPerson && message.author() == null
                          ? person.displayName()
                          : staff.id().equals(message.staffId())
                              ? words.get("messages.record.you")
                              : message.author();
                  return new Shown(
                      who,
                      words.moment(message.sentAt()),
                      message.body(),
                      fromPerson,
                      message.isNew());
                })
            .toList());
    model.addAttribute("invited", invitations.current(person.id()).isPresent());
    model.addAttribute("mayWrite", practitioner);
    model.addAttribute("limit", MessageRules.LIMIT);
    model.addAttribute("errors", errors);
    return "portal/messages";
  }
}
