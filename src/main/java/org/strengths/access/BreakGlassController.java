package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * The "no working relationship" page with its break-glass form. Any page that refuses a person's
 * record shows it (via {@link NoWorkingRelationshipAdvice}); the form posts to {@code
 * /people/{id}/break-glass}, which also shows it on GET so that a form kept over an expired session
 * comes back there.
 */
@Controller
class BreakGlassController {

  static final String VIEW = "access/no-relationship";
  static final String OFFER_PATH = "/people/{id}/break-glass/offer";

  private final BreakGlass breakGlass;
  private final PersonAccess access;
  private final PersonDirectory people;
  private final AccessText text;

  BreakGlassController(
      BreakGlass breakGlass, PersonAccess access, PersonDirectory people, AccessText text) {
    this.text = text;
    this.breakGlass = breakGlass;
    this.access = access;
    this.people = people;
  }

  /** Where a refused request is forwarded, whatever its method, to show the offer with a 403. */
  @RequestMapping(OFFER_PATH)
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String offer(@PathVariable UUID id, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    return show(model, id, new BreakGlassForm(""), FormErrors.none());
  }

  @GetMapping("/people/{id}/break-glass")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String form(
      @PathVariable UUID id,
      @AuthenticationPrincipal StaffMember staff,
      HttpServletRequest request,
      Model model) {
    if (access.mayView(staff, allocationOf(id))) {
      return "redirect:/people/" + id;
    }
    String reason = PreservedForm.wasRestored(request) ? request.getParameter("reason") : "";
    return show(model, id, new BreakGlassForm(reason), FormErrors.none());
  }

  @PostMapping("/people/{id}/break-glass")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String breakGlass(
      @PathVariable UUID id,
      @ModelAttribute BreakGlassForm form,
      @AuthenticationPrincipal StaffMember staff,
      HttpServletRequest request,
      Model model) {
    if (access.mayView(staff, allocationOf(id))) {
      return "redirect:/people/" + id;
    }
    FormErrors errors = form.validate(text);
    if (errors.any()) {
      return show(model, id, form, errors);
    }
    breakGlass.grant(staff, request.getSession(), id, form.reason());
    return "redirect:/people/" + id;
  }

  private PersonAllocation allocationOf(UUID personId) {
    return people.allocationOf(personId).orElseThrow(() -> new NotFoundException());
  }

  private static String show(Model model, UUID personId, BreakGlassForm form, FormErrors errors) {
    model.addAttribute("personId", personId);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("maxReason", BreakGlass.MAX_REASON);
    return VIEW;
  }
}
