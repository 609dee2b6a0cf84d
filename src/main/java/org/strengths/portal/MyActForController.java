package org.strengths.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strengths.access.AuditLog;
import org.strengths.platform.web.FormErrors;

/**
 * A representative who acts for more than one person chooses whom they act for now. Only the people
 * their own address is invited to act for are offered or accepted, so changing the id sent never
 * reaches anyone else (docs/adr/0118).
 */
@Controller
class MyActForController {

  static final String PATH = "/my/act-for";

  private final Representatives representatives;
  private final SignedInAs signedInAs;
  private final AuditLog audit;
  private final MyPagesText words;

  MyActForController(
      Representatives representatives, SignedInAs signedInAs, AuditLog audit, MyPagesText words) {
    this.representatives = representatives;
    this.signedInAs = signedInAs;
    this.audit = audit;
    this.words = words;
  }

  @GetMapping(PATH)
  @PreAuthorize("hasRole('PERSON')")
  String page(@AuthenticationPrincipal PersonSignedIn person, Model model) {
    List<Representatives.Choice> choices = representatives.choices(person.invitationId());
    if (choices.isEmpty()) {
      return "redirect:/my/";
    }
    audit.recordByThePerson(person.personId(), "act-for", "view", null);
    return show(person, choices, model, FormErrors.none());
  }

  @PostMapping(PATH)
  @PreAuthorize("hasRole('PERSON')")
  String choose(
      @AuthenticationPrincipal PersonSignedIn person,
      @RequestParam(name = "invitation", required = false) String typed,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    List<Representatives.Choice> choices = representatives.choices(person.invitationId());
    if (choices.isEmpty()) {
      return "redirect:/my/";
    }
    Optional<Representatives.Choice> chosen =
        choices.stream().filter(choice -> choice.invitationId().toString().equals(typed)).findAny();
    if (chosen.isEmpty()) {
      FormErrors errors = new FormErrors();
      errors.add("invitation", words.get("reps.actFor.missing"));
      audit.recordByThePerson(person.personId(), "act-for", "view", null);
      return show(person, choices, model, errors);
    }
    Representatives.Choice choice = chosen.get();
    signedInAs.signIn(
        new PersonSignedIn(choice.personId(), choice.invitationId(), choice.firstName()),
        request,
        response);
    audit.recordByThePerson(choice.personId(), "act-for", "choose", null);
    return "redirect:/my/";
  }

  private String show(
      PersonSignedIn person, List<Representatives.Choice> choices, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("choices", choices);
    model.addAttribute("current", person.invitationId());
    model.addAttribute("errors", errors);
    return "portal/my-act-for";
  }
}
