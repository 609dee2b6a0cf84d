package org.strengths.portal;

import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.ActingFor;
import org.strengths.access.AuditLog;
import org.strengths.platform.web.FormErrors;

/**
 * "Messages with your worker" on the person's own pages (docs/adr/0162): the person's thread with
 * the staff working with them, and a message to send. Only the signed-in person's own thread (there
 * is no id to change); a representative's messages carry their name. Every view and message is
 * audited as the person (or the representative).
 */
@Controller
class MyMessagesController {

  static final String SECTION = "my-messages";

  /** The form: the message as typed. */
  record MessageForm(String text) {}

  /** A message as the person's page shows it. */
  record Shown(String who, String when, String text, boolean mine, boolean isNew) {}

  private final PersonMessages messages;
  private final AuditLog audit;
  private final MyPagesText words;

  MyMessagesController(PersonMessages messages, AuditLog audit, MyPagesText words) {
    this.messages = messages;
    this.audit = audit;
    this.words = words;
  }

  @ModelAttribute("homePath")
  String homePath() {
    return "/my/";
  }

  @GetMapping("/my/messages")
  @PreAuthorize("hasRole('PERSON')")
  String thread(
      @AuthenticationPrincipal PersonSignedIn person,
      @ModelAttribute("form") MessageForm form,
      Model model) {
    return page(person, model, FormErrors.none());
  }

  @PostMapping("/my/messages")
  @PreAuthorize("hasRole('PERSON')")
  String send(
      @AuthenticationPrincipal PersonSignedIn person,
      @ModelAttribute("form") MessageForm form,
      Model model,
      RedirectAttributes redirect) {
    MessageRules.Checked checked = MessageRules.check(form.text());
    if (checked.text().isEmpty()) {
      return page(person, model, new FormErrors().add("text", words.get(checked.problem())));
    }
    messages.fromPerson(person.personId(), checked.text().get(), actingAs());
    audit.recordByThePerson(person.personId(), SECTION, "create", null);
    redirect.addFlashAttribute("savedMessage", "messages.my.sent");
    return "redirect:/my/messages";
  }

  private String page(PersonSignedIn person, Model model, FormErrors errors) {
    // The person and each representative have their own read marks (docs/adr/0175).
    MessageRules.Reader reader = messages.readerFor(person.invitationId());
    List<PersonMessages.Message> thread = messages.thread(person.personId(), reader);
    messages.readBy(person.personId(), reader);
    audit.recordByThePerson(person.personId(), SECTION, "view", null);
    String me = actingAs();
    model.addAttribute("person", person);
    model.addAttribute(
        "thread",
        thread.stream()
            .map(
                message -> {
                  boolean mine =
                      message.from() == MessageRules.Side.PERSON
                          && Objects.equals(message.author(), me);
                  String who =
                      mine
                          ? words.get("messages.my.you")
                          : message.author() == null ? person.firstName() : message.author();
                  return new Shown(
                      who, words.moment(message.sentAt()), message.body(), mine, message.isNew());
                })
            .toList());
    model.addAttribute("limit", MessageRules.LIMIT);
    model.addAttribute("errors", errors);
    return "portal/my-messages";
  }

  /** A representative's attribution when one is signed in for the person; null for the person. */
  private static String actingAs() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getDetails() instanceof ActingFor acting
        ? acting.attribution()
        : null;
  }
}
